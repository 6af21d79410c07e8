/** zh-CN: see ../index.ts for which sources use this part. */
export const CLI = {
  /** Shared by every command. */
  common: {
    error: "错误：",
    warning: "警告：",
    listSeparator: "、",
  },
  args: {
    needsValue: "选项 {name} 后面需要一个值",
    givenTwice: "选项 {name} 给了两次",
    unknownOption: "未知选项 {option}（运行 {help} 查看用法）",
    oneFileOnly: "一次只能读取一个文件，却给了 {n} 个：{files}",
  },
  assessOutput: {
    /** 申报表.xlsx → 申报表.图表.html */
    chartsSuffix: ".图表.html",
    incomplete: "数据不完整：有学校因数据错误未计入，见 issues",
    reportWritten: "已生成申报表：{file}",
    chartsWritten: "已生成图表：{file}",
    reportDocWritten: "已生成自评报告（初稿）：{file}",
    noRasteriser:
      "提示：本机无法加载绘图组件，自评报告中的图表以说明代替（图表见 --out 旁的图表页）",
  },
  load: {
    noComputableSchools: "{file} 中没有可计算的学校：{n} 条数据错误，第一条：{first}",
    noSchoolRows: "{file} 中没有学校：{reason}",
    noSchoolData: "{file} 中没有找到学校数据（需要含“学校名称”“学校类型”“在校生数”等表头的工作表）",
  },
  profile: {
    builtIn: "{id}（{name}）",
    fileNotFound: "找不到评估标准文件 {file}；可用的内置标准：{builtIns}",
    unknown: "未知的评估标准 {name}；可选的内置标准：{builtIns}，或给出评估标准文件（.json）的路径",
    failed: "失败",
    cannotRead: "无法读取评估标准文件 {file}（{code}）",
    notAFile: "不是普通文件",
  },
  readFile: {
    notFound: "找不到文件：{file}",
    failed: "读取失败",
    cannotOpen: "无法打开文件 {file}（{code}）",
    notAFile: "无法读取 {file}：不是普通文件（设备、管道或套接字），不是 Excel 工作簿",
    cannotRead: "无法读取文件 {file}（{code}）",
    folder: "{file} 是文件夹，不是 Excel 工作簿",
  },
  output: {
    failed: "失败",
    sameAsInput:
      "输出文件不能与输入文件相同：{file}{alias} 是要读取的文件，源数据不会被改写；请换一个输出文件名",
    sameAsInputAlias: "（即 {input}）",
    insideInputFolder:
      "汇总表 {file} 不能写在要汇总的文件夹 {folder} 中：那里的每个 .xlsx 都会被当作县的工作簿读取；请写到别的文件夹",
    isFolder: "无法写入文件 {file}：这是一个文件夹",
    exists: "文件 {file} 已存在，未覆盖；如需覆盖请加 --force",
    interrupted: "已中断：未写入输出文件",
    cannotWrite: "无法写入文件 {file}（{code}）",
    cannotCreateFolder: "无法创建文件夹 {folder}（{code}）",
  },
  planning: {
    gapsTitle: "【补差测算】",
    gapsLead: " 未达标学校达到办学标准所需的最少补充（一项指标可保留在标准的 {floor}% 以上）",
    cannotCompute: "无法测算：{error}",
    noGaps: "{words}。",
    allMeet: "所有纳入测算的学校均已达到办学标准，无需补差。",
    sharedWith: "（共用设施与{stage}部为同一笔）",
    otherStage: "（共用设施也提高{stage}部的生均值）",
    gapLine: "{name}（{stage}）：增加{additions}{shared}{other}",
    additionSeparator: "，",
    cvsAfterGaps: "全部补齐后的差异系数（现 → 补齐后）：",
    indicator: "指标",
    urbanRuralTitle: "【城乡比较】",
    urbanRuralLead:
      " 城区均值 ÷ 乡村均值（各学区、城乡的均值和差异系数见 --out 报表的“分组比较”表）",
  },
  main: {
    usage: {
      head: `edu-balance：义务教育优质均衡发展资源配置测算（教督〔2017〕6号）

用法：
  edu-balance assess 文件.xlsx [选项]
  edu-balance assess 文件夹/ [--json] [--out 汇总.xlsx]   （批量：文件夹中每个县的工作簿一行；
                                                       文件夹中是各校的学校填报表时，汇总成一个县测算）
  edu-balance sample 文件.xlsx --seed 整数 [--share 0.4] [--json]   （市级复核抽样，详见 edu-balance sample --help）
  edu-balance template 模板.xlsx [--profile 标准]   （空白数据模板：学校基础数据、班级、县级指标）
  edu-balance template --school [学校填报表.xlsx]   （发给各校的一校一表：每行一个填报项目）
  edu-balance collect 文件夹/ [--out 学校基础数据.xlsx] [--list 名单.xlsx]   （汇总各校交回的填报表，详见 collect --help）
  edu-balance recheck 表Ⅱ-2.xlsx [--json] [--out 复核.xlsx]   （市、省复核县报的表Ⅱ-2，详见 edu-balance recheck --help）
  edu-balance compare 2023.xlsx 2024.xlsx … [--json] [--out 监测.xlsx]   （逐年比较与预警，详见 edu-balance compare --help）
  edu-balance formulas unplug 文件.xlsx --out 新文件.xlsx   （EDU.* 公式换成普通公式，不装加载项也能计算）
  edu-balance --help | --version

读取学校基础数据表（可另附班级表），计算 7 项资源配置指标、各校达标情况、
差异系数、班额与学校规模，默认在终端输出中文摘要。

选项：`,
      options: {
        json: ["--json", "输出 JSON（字段见 README），警告同时写到标准错误"],
        out: [
          "--out 报表.xlsx",
          "生成申报表工作簿（汇总、学校达标情况、校际均衡、班额与规模、数据问题）",
        ],
        force: ["--force", "--out、--report-doc 的文件已存在时覆盖"],
        reportDoc: [
          "--report-doc 报告.docx",
          "另写自评报告（初稿）Word 文档：数字取自同一次测算，须人工补写处标为【请填写】",
        ],
        formulas: [
          "--formulas",
          "与 --out 同用：表Ⅱ-1、表Ⅱ-2、表Ⅲ 的计算结果写成引用「数据」表的普通公式（WPS、Excel 2010 也能重算）",
        ],
        profile: [
          "--profile 标准",
          "评估标准：内置 {builtIns}，或省级评估标准文件（.json）的路径（默认 {default}）",
        ],
        schoolSheet: ["--school-sheet 表名", "指定学校基础数据所在的工作表（默认按表头自动识别）"],
        classSheet: ["--class-sheet 表名", "指定班级表所在的工作表（默认按表头自动识别）"],
        county: ["--county 县名", "申报表上的县（市、区）名称（默认取县级指标表，其次文件名）"],
        help: ["-h, --help", "显示本帮助"],
        version: ["-V, --version", "显示版本号"],
      },
      tail: `
退出码：0 已完成测算（无论是否达标）；1 文件无法读取或写入；2 命令行参数有误。

示例：
  edu-balance assess examples/county-template.xlsx
  edu-balance assess 学校数据.xlsx --json > 结果.json
  edu-balance assess 学校数据.xlsx --out 申报表.xlsx
  edu-balance assess 学校数据.xlsx --out 申报表.xlsx --report-doc 自评报告.docx   （同时写自评报告初稿）
  edu-balance assess 学校数据.xlsx --out 申报表.xlsx --formulas   （申报表中的均值、差异系数等写成公式）
  edu-balance assess 各县数据/ --out 全市汇总.xlsx
  edu-balance assess 学校数据.xlsx --profile basic-2012   （基本均衡：8 项指标与综合差异系数）
  edu-balance assess 学校数据.xlsx --profile 某省标准.json
  edu-balance sample 学校数据.xlsx --seed 20240901
  edu-balance template 数据模板.xlsx
  edu-balance collect 各校填报表/ --list 学校名单.xlsx
  edu-balance recheck 某县申报表.xlsx --out 复核.xlsx

文件夹的两种用法：assess 文件夹/ 逐个读取其中的工作簿。若有文件是一校一表的学校填报表（或只填了一所学校的
学校基础数据表），且没有两所以上学校的县级学校表，就把它们当作同一个县各校交回的表，汇总后测算一个县（与
collect 之后再 assess 汇总表的结果相同）；否则每个工作簿是一个县，逐县测算。两类混在一起时报错并分别列出文件。

Usage: edu-balance assess FILE.xlsx [--json] [--out REPORT.xlsx [--force] [--formulas]] [--profile ID|FILE.json]
       [--school-sheet NAME] [--class-sheet NAME] [--county NAME]. Exit 0 when the county was computed,
       1 when a file cannot be read or written, 2 on a usage error.
       edu-balance assess FOLDER/ [--json] [--out CITY.xlsx]: one row per county workbook in the folder;
       a folder of one-school forms (none a table of 2+ schools) is collected and assessed as one county.
       edu-balance collect FOLDER/ [--out FILE.xlsx] [--list LIST]: one-school forms → the county table.
       edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]: the reproducible review sample.
       edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]: the empty data template;
       edu-balance template --school [FILE.xlsx]: the one-school form (one item a row).
       edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx]: re-checks a county's 表Ⅱ-2 against its 表Ⅲ, 表Ⅱ-1.
       edu-balance compare FILE1 FILE2 [FILE…] | FOLDER/ [--json] [--out MONITOR.xlsx]: years compared, events, early warnings.
`,
    },
    noCommand: "缺少命令；用法：edu-balance assess 文件.xlsx（运行 edu-balance --help 查看说明）",
    unknownCommand:
      "未知命令 {command}；可用的命令：assess、sample、template、collect、recheck、compare、formulas，例如：edu-balance assess 文件.xlsx",
    missingFile: "缺少要读取的 Excel 文件；用法：edu-balance assess 文件.xlsx",
    outNotXlsx: "--out 的文件名应以 .xlsx 结尾：{file}",
    reportDocNotDocx: "--report-doc 的文件名应以 .docx 结尾：{file}",
    reportDocFolder:
      "--report-doc 只用于一个县的工作簿，不用于文件夹：请对该县的文件单独运行 edu-balance assess 文件.xlsx --report-doc 报告.docx",
    formulasNeedsOut:
      "--formulas 写的是申报表工作簿中的公式，须与 --out 一起使用：edu-balance assess 文件.xlsx --out 申报表.xlsx --formulas",
    formulasFolder:
      "--formulas 只用于一个县的工作簿，不用于文件夹：请对该县的文件单独运行 edu-balance assess 文件.xlsx --out 申报表.xlsx --formulas",
    internalError: "程序内部错误（{message}）；请把输入文件和这条信息反馈给开发者{debugHint}",
    debugHint: "（设置 EDU_BALANCE_DEBUG=1 可显示详细信息）",
  },
  template: {
    /** `template --school` without a file name writes this one, in the current folder. */
    schoolFormFile: "学校填报表.xlsx",
    usage: {
      head: `edu-balance template：生成空白数据模板（学校基础数据、班级、县级指标三张表）

用法：
  edu-balance template 模板.xlsx [--profile 标准] [--formulas] [--force]
  edu-balance template --school [学校填报表.xlsx] [--profile 标准] [--force]

表头与读取程序识别的完全相同，学校类型、城乡、学段、是/否等列带下拉选项，数字列只接受不小于 0 的数，
与任务窗格的“新建空白数据模板”和离线页面下载的模板相同。各县填好后即可用 edu-balance assess 测算。
--school 生成发给各校的一校一表：同样的项目、单位、下拉选项和检查，每行一项；
收回后用 edu-balance collect 文件夹/ 汇总成全县的学校基础数据表（或直接 edu-balance assess 文件夹/）。

选项：`,
      options: {
        profile: [
          "--profile 标准",
          "按该评估标准的字段生成（默认 {default}）；内置：{builtIns}，或评估标准文件（.json）",
        ],
        school: [
          "--school",
          "改为生成一校一表的学校填报表（填报项目｜单位｜填报值｜说明，每行一项），默认文件名 学校填报表.xlsx",
        ],
        formulas: [
          "--formulas",
          "另加「测算」表：用 Excel 2010、WPS 和 LibreOffice 共有的普通公式随填随算（各校指标、达标结论、县域均值、差异系数、班额、规模），不需要加载项；最多 {n} 所学校",
        ],
        force: ["--force", "输出文件已存在时覆盖它（默认不覆盖）"],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
Usage: edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]: writes the empty data
       template (school, class and county sheets). Exit 0 written, 1 cannot write, 2 usage error.
       edu-balance template --school [FILE.xlsx]: the one-school form (one item a row) to collect back.
       --formulas adds a calculation sheet of plain formulas (Excel 2010, WPS, LibreOffice).
`,
    },
    missingFile: "缺少输出文件名，例如：edu-balance template 模板.xlsx",
    notXlsx: "模板文件名应以 .xlsx 结尾：{file}（模板是 Excel 2007 及以后的工作簿）",
    schoolFormWritten:
      "已生成学校填报表：{file}（一校一表，{n} 项；各校填好后用 edu-balance collect 汇总）",
    templateWritten: "已生成空白数据模板：{file}（{sheets}）",
    formulasWritten:
      "「{sheet}」表用普通公式计算（最多 {n} 所学校、{m} 个班级），在 Excel、WPS 或 LibreOffice 中填入数据即出结果",
    formulasSchoolForm: "--formulas 用于全县数据模板，不能与 --school 同用",
    formulasAllowances:
      "评估标准 {profile} 含《认定规程》的放宽条件，普通公式无法表达；请改用不含放宽条件的标准生成公式模板",
  },
  countySummary: {
    tableHeader: ["序号", "指标", "数值", "标准", "结论"],
    gapsTitle: "差距与未填报：",
    pass: "达标",
    fail: "未达标",
    reached: "达到",
    notReached: "未达到",
    notFilled: "未填报",
    noCountyTitle: "【政府保障程度、教育质量、社会认可度】",
    noCountyLead:
      " 未提供县级指标表，未评估（请在工作簿中加入数据模板的「县级指标」表，每行一个指标：指标、数值、说明或佐证）",
    overallTitle: "【总体结论】",
    noSchools: "无纳入测算的学校",
    basicOverall: " 资源配置：{stages}。县域基本均衡：{result}",
    schoolsOnlyOverall:
      " 资源配置与规模、班额：{resources}（资源配置：{stages}）；政府保障程度、教育质量、社会认可度、一票否决：{notFilled}。县域优质均衡：{result}",
    notFilledFails: "{notReached}（未填报的部分不算达标）",
    partTitle: "【{name}】",
    partLine: " {summary}。{name}：{result}",
    recognitionTitle: "【社会认可度】",
    recognitionLine: " {text}，标准 {threshold}：{result}",
    groupSeparator: "，",
    evidence: "佐证：{evidence}",
    vetoApplies: "有：{names}",
    vetoUnanswered: "未填报：{names}",
    vetoNone: "无",
    vetoYes: "有",
    vetoTitle: "【一票否决】",
    overall:
      " 资源配置：小学{primary}、初中{junior}；政府保障程度{government}；教育质量{quality}；社会认可度{recognition}；一票否决{veto}。县域优质均衡：{result}",
  },
  batch: {
    /** "甲县.xlsx、乙县.xlsx … 等 12 个" */
    andMore: "{names} 等 {n} 个",
    mixedFolder:
      "文件夹 {folder} 中既有学校填报表（一校一表：{forms}），又有多所学校的县级学校表（{counties}），无法确定是汇总各校填报表还是批量测算各县。请把两类文件分放在不同的文件夹：各校填报表用 edu-balance collect 或 assess 汇总测算，各县的表用 assess 批量测算",
    cannotReadFolder: "无法读取文件夹 {folder}（{code}）",
    progressBar: "正在测算 [{bar}] {done}/{total} {file}",
    progressLine: "正在测算（{done}/{total}）：{file}",
    pass: "达标",
    fail: "未达标",
    title: "义务教育{kind}发展资源配置测算：各县汇总",
    profile: "评估标准：{name}",
    folder: "文件夹：{folder}（{n} 个工作簿，已计算 {computed} 个{failed}）",
    folderFailed: "，无法计算 {n} 个",
    header: {
      number: "序号",
      file: "文件",
      primary: "小学",
      junior: "初中",
      primaryComposite: "小学综合差异系数",
      juniorComposite: "初中综合差异系数",
      primaryCvs: "小学差异系数达标",
      juniorCvs: "初中差异系数达标",
      failingSchools: "未达标学校",
      data: "数据",
    },
    notComputable: "无法计算",
    missingIndicators: "{n} 项{words}",
    schools: "{n} 所",
    incomplete: "不完整",
    complete: "完整",
    failingTitle: "【未达标学校】",
    compositeLine: "{file} {stage} 综合差异系数：{cv}（上限 {limit}）",
    cvLine: "{file} {stage} {indicator}：{cv}（上限 {limit}）",
    cvTitle: "【差异系数未达标】",
    skippedTitle: "【无法计算的文件】",
    details: "各县差异系数明细见 --out 生成的汇总表或 --json。",
    noWorkbooks: "文件夹 {folder} 中没有 .xlsx 工作簿（不读取子文件夹，跳过 ~$ 开头的锁定文件）",
    skipped: "{reason}；已跳过",
    fileReason: "{file}：{reason}",
    noneComputed: "文件夹 {folder} 中的 {n} 个工作簿都无法计算",
    written: "已生成汇总表：{file}",
  },
  summary: {
    pass: "达标",
    fail: "未达标",
    title: "县域义务教育{kind}发展 资源配置测算",
    profile: "评估标准：{name}",
    profileSource: "标准依据：{source}",
    classes: "，班级 {n} 个",
    noClasses: "，未提供班级表",
    dataFile: "数据文件：{file}（学校 {n} 所{classes}）",
    schoolsPassing: "，达标 {n} 所",
    missingIndicators: "{n} 项指标{notComputed}，{computed} 项已计算",
    notComputable: "无法计算",
    compositeCv: "综合差异系数 {cv}（上限 {limit}）",
    borderline: "（临界）",
    cvsMet: "差异系数 {met}/{n} 项达标",
    stageTitle: "【{stage}】",
    stageLine: " 纳入测算 {n} 所{passing}；{cvs}。资源配置：{result}",
    compositeHeader: ["指标", "县域均值", "差异系数"],
    indicatorHeader: ["指标", "标准值", "达标学校", "县域均值", "差异系数", "上限", "结论"],
    compositeRow: "综合差异系数（{n} 项平均）",
    failingSchools: "未达标学校（{n} 所）：",
    shortButPassing: "有指标未达标但仍达标的学校（{n} 所）：",
    borderlineSchools: "临界（按两位小数显示会改变判定，请复核）：{names}",
    classSizeTitle: "【班额】",
    classSizeLead: " 小学不超过 {primary} 人，初中不超过 {junior} 人（不含特殊教育学校）",
    classSizeHeader: {
      stage: "学段",
      classes: "班级数",
      overLimit: "超过上限",
      large: "大班额(≥{n})",
      superLarge: "超大班额(≥{n})",
      result: "结论",
    },
    withShare: "{n}（{share}）",
    overLimitClasses: "超过上限的班级：",
    overLimitClass: "{school} {className}（{stage}）{students} 人，{band}",
    noClassSheet: "未提供班级表，未检查班额。",
    schoolSizeTitle: "【学校规模】",
    noneOversized: "{n} 所学校均未超过上限。",
    oversized: "{name}（{type}）义务教育阶段学生 {students} 人，超过上限 {limit} 人",
    sizeAllowance: "{name}：{students} 人，{allowance}，{result}",
    notOver: "未超过",
    stillOver: "仍超过",
    specialRoomsTitle: "【音乐、美术专用教室】",
    specialRoomsLead: " 每 {n} 个班各 1 间",
    allRoomsProvided: "{n} 所学校均已配齐。",
    roomsShort:
      "{name}：{classes} 个班，应各配 {required} 间，现有音乐教室 {music} 间、美术教室 {art} 间",
    roomAreas: "专用教室面积：音乐 ≥ {music}㎡、美术 ≥ {art}㎡；{n} 所学校中 {met} 所达到",
    roomsSmall:
      "{name}：{rooms}；达到面积的音乐教室 {music} 间、美术教室 {art} 间，应各 {required} 间",
    allowancesTitle: "【认定规程放宽条款】",
    allowancesLead: "（国教督办函〔2019〕30号，逐校列出所用条款）",
    noAllowances: "没有学校使用放宽条款。",
    notApplied: "未适用",
    excludedTitle: "【不纳入资源配置测算的学校】",
    issuesTitle: "【数据问题】",
    error: "错误",
    warning: "警告",
    hint: "提示",
    incomplete: "数据不完整：以上结果未包含数据有误的学校，请修正“数据问题”中的错误后重新计算。",
  },
  sample: {
    usage: {
      head: `edu-balance sample：市级复核实地核查抽样

用法：
  edu-balance sample 文件.xlsx --seed 整数 [--share 0.4] [--json]

从纳入资源配置测算的学校中按“学段 × 城乡”分层、按比例抽取至少 40% 的学校（一贯制学校按一所计），
未达标和临界（按报表的小数位数取整会改变结论或某项指标是否达标）的学校全部列入，其余随机抽取；
靠“7 项中至少 6 项达标”规则达标的学校与其他学校一样随机抽取，抽到的在名单的备注中注明。

选项：`,
      options: {
        seed: [
          "--seed 整数",
          "随机种子（必填，0 到 {max} 的整数）；同一文件、同一种子总是得到同一名单",
        ],
        share: [
          "--share 比例",
          "至少抽取的学校比例，大于 0 且不超过 1，可写 0.4 或 40%（默认 {default}）",
        ],
        json: [
          "--json",
          '输出 JSON：{"schools": [{"name", "stage", "reason", "passesWithShortfall", "shortfallIndicators"}], …}',
        ],
        profile: [
          "--profile 标准",
          "评估标准：内置 {builtIns}，或评估标准文件（.json）的路径（默认 {default}）",
        ],
        schoolSheet: ["--school-sheet 表名", "指定学校基础数据所在的工作表"],
        classSheet: ["--class-sheet 表名", "指定班级表所在的工作表"],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
Usage: edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]. A reproducible, stratified sample of
       at least 40% of the schools for the city review; failing and borderline (rounding) schools are always
       included; schools that pass by 6 of 7 are drawn at random like the rest and noted in the list.
`,
    },
    missingFile: "缺少要读取的 Excel 文件；用法：edu-balance sample 文件.xlsx --seed 整数",
    missingSeed:
      "缺少随机种子 --seed：复核抽样须可重现，请给出一个整数（例如抽签或公开摇号得到的数），如 --seed 20240901",
    badSeed: "随机种子 {seed} 无效：应为 0 到 {max} 之间的整数",
    badShare: "抽样比例 {share} 无效：应大于 0 且不超过 1（例如 0.4 或 40%）",
    title: "县域义务教育{kind}发展 市级复核实地核查抽样名单",
    profile: "评估标准：{name}",
    dataFile: "数据文件：{file}　随机种子：{seed}　抽样比例：不少于 {share}",
    counts:
      "纳入资源配置测算的学校 {total} 所（一贯制学校按一所计），至少抽取 {required} 所，本次抽取 {n} 所：未达标 {failing} 所，临界 {borderline} 所，随机抽取 {random} 所",
    countsNoted: "；其中 {n} 所{allowance}，见备注。",
    countsEnd: "。",
    strataTitle: "【分层】",
    strataLead:
      " 学段 × 城乡，按学校数比例分配（全县合计不少于 {share}，各层取整后可能略少于 {share}），每层至少 1 所；未达标、临界学校全部列入",
    strataHeader: ["层", "学校数", "按比例应抽", "未达标/临界", "实抽"],
    listTitle: "【名单】",
    listHeader: ["序号", "学校名称", "学段", "城乡", "学校类型", "学区/集团", "抽取原因", "备注"],
    reproducible: "同一文件、同一随机种子（{seed}）总是得到同一名单。",
    incomplete:
      "数据不完整：有学校因数据错误未计入测算，也未参与抽样；请先用 edu-balance assess 查看并修正",
  },
  recheck: {
    usage: {
      head: `edu-balance recheck：市、省复核县报的表Ⅱ-2（各校资源配置指标值）

用法：
  edu-balance recheck 文件.xlsx [--json] [--out 复核.xlsx] [--profile 标准] [--sheet 表名]

读取表Ⅱ-2（官方样式：L1–L14 代码、小学/初中分块；或公示表：学校、学生数和 7 项指标值），
按表中数值重算各校是否达标、各学段全县平均值和差异系数（按学生数加权）、各项指标达标学校数，
并与同一工作簿中县报的表Ⅲ、表Ⅱ-1 和 L14“该校综合评估是否达标”逐格比较。
表中数值按两位小数填报，允许相应的舍入误差：在误差内的记为“一致”，超出的记为“不一致”，并给出单元格。

选项：`,
      options: {
        json: [
          "--json",
          "输出 JSON：复核结果、每处比较（工作表、单元格、县报数、复核数、允许误差、结论）",
        ],
        out: [
          "--out 复核.xlsx",
          "生成复核工作簿（“复核”表：不相符之处、平均值与差异系数、各校达标）",
        ],
        force: ["--force", "--out 的文件已存在时覆盖"],
        profile: [
          "--profile 标准",
          "县里所用的评估标准：内置 {builtIns}，或评估标准文件（.json）（默认 {default}）",
        ],
        sheet: ["--sheet 表名", "指定表Ⅱ-2 所在的工作表（默认按表头自动识别）"],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
退出码：0 已完成复核（无论是否发现不一致）；1 文件无法读取或写入；2 命令行参数有误。

Usage: edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx [--force]] [--profile ID|FILE.json]
       [--sheet NAME]: recomputes a county's 表Ⅱ-2 (school verdicts, means, CVs, counts) and compares
       it with the county's 表Ⅲ, 表Ⅱ-1 and L14, within the rounding of the form.
`,
    },
    missingFile: "缺少要复核的 Excel 文件；用法：edu-balance recheck 文件.xlsx",
    title: "县报表Ⅱ-2 复核（按各校指标值重算并与县报数核对）",
    profile: "评估标准：{name}",
    sheet: "「{sheet}」",
    schoolVerdictColumn: "各校综合评估列",
    dataFile: "数据文件：{file}　表Ⅱ-2：{sheets}{layout}",
    officialLayout: "（申报表样式，带 L 代码）",
    publicLayout: "（公示表样式）",
    compared: "比较对象：{what}",
    nothingCompared: "无（工作簿中没有县报的表Ⅲ、表Ⅱ-1 或综合评估列）",
    stageTitle: "【{stage}】",
    noStageSchools: " 表Ⅱ-2 中没有该学段的学校",
    schoolsPassing: "，按表中数值复核达标 {n} 所",
    leftOut: "，{n} 所数据有误未计入",
    stageLine: " {n} 所学校{passing}{left}",
    header: ["指标", "标准", "达标校数", "全县平均值", "差异系数", "上限", "结论"],
    pass: "达标",
    fail: "未达标",
    failingSchools: "未达标学校：{schools}",
    failingSchool: "{name}（第{row}行，{met} 项达标）",
    comparisonTitle: "【与县报数比较】",
    comparisonLine:
      " 共 {n} 处：相符 {same} 处，在舍入误差内一致 {consistent} 处，不一致 {different} 处",
    different: "不一致：",
    withinRounding: "在舍入误差内一致：",
    notesTitle: "【读取与比较说明】",
    error: "错误",
    hint: "提示",
    written: "已生成复核工作簿：{file}（“{sheet}”表）",
  },
  collect: {
    /** collect's default output, in the current folder. */
    defaultOut: "学校基础数据.xlsx",
    usage: {
      head: `edu-balance collect：把各校交回的学校填报表（一校一表）汇总成全县的学校基础数据表

用法：
  edu-balance collect 文件夹/ [--out 学校基础数据.xlsx] [--force] [--list 名单.xlsx] [--json]

读取文件夹中的每个 .xlsx、.xls、.et 文件（不读子文件夹，跳过 ~$ 开头的锁定文件并列出），
认出学校填报表（edu-balance template --school 生成的，或其他「填报项目｜单位｜填报值」式的表，
也可以是只填了一所学校的学校基础数据表），逐份检查，写出全县的学校基础数据表（与数据模板相同的表头，
edu-balance assess 可以直接测算）和「{receiptSheet}」表：哪些学校交了、哪些没交、哪些文件有错误及位置、
哪些文件不是学校填报表。同一所学校交了两份且内容不同时两份都不写入，并列出两个文件；内容相同时只写入一次。
缺少必填项目的填报表不写入（空着会被当作 0）。

选项：`,
      options: {
        out: [
          "--out 文件.xlsx",
          "汇总表的文件名（默认 {default}，写在当前文件夹；不能写在被汇总的文件夹中）",
        ],
        force: ["--force", "输出文件已存在时覆盖它（默认不覆盖）"],
        list: [
          "--list 名单",
          "应交学校的名单（.xlsx/.xls/.et 或 .csv，含「学校名称」列），或去年的全县学校基础数据表：列出未交的学校",
        ],
        profile: [
          "--profile 标准",
          "按该评估标准的字段读取（默认 {default}）；内置：{builtIns}，或评估标准文件（.json）",
        ],
        json: ["--json", "在标准输出给出 JSON（字段见 README）"],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
退出码：0 已写出汇总表（有错误的填报表照样写入并列出）；1 没有可汇总的学校，或文件无法读取、写入；2 参数有误。

示例：
  edu-balance template --school 学校填报表.xlsx
  edu-balance collect 各校填报表/ --list 学校名单.xlsx
  edu-balance assess 学校基础数据.xlsx
  edu-balance assess 各校填报表/   （不写汇总表，直接测算）

Usage: edu-balance collect FOLDER [--out FILE.xlsx] [--force] [--list LIST.xlsx|.csv] [--profile ID] [--json]:
       one-school forms (and one-row school workbooks) → the county school table and a 回收情况 sheet.
       Exit 0 written, 1 nothing to collect or a file cannot be read or written, 2 usage error.
`,
    },
    missingFolder: "缺少要汇总的文件夹，例如：edu-balance collect 各校填报表/",
    badList: "--list 应是 .xlsx、.xls、.et 或 .csv 文件：{file}",
    folderNotFound: "找不到文件夹：{folder}",
    notAFolder: "{folder} 不是文件夹；collect 汇总一个文件夹中的学校填报表",
    /** Why a file of the folder was not read (also in --json's "skipped"). */
    skipped: {
      subfolder: "子文件夹，不读取",
      lockFile: "Excel 或 WPS 打开文件时的临时锁定文件",
      hidden: "隐藏文件",
      notWorkbook: "不是 .xlsx、.xls 或 .et 工作簿",
      theList: "这是 --list 给出的名单",
      notAFile: "不是普通文件",
    },
    listNotAFile: "名单 {file} 不是普通文件",
    listTooLarge: "名单 {file} 太大（{size} MB，上限 {limit} MB）",
    listNotFound: "找不到名单文件：{file}",
    cannotReadList: "无法读取名单 {file}（{code}）",
    noNameColumn:
      "名单 {file} 中找不到学校名称列：应有一列的表头是「学校名称」（或「学校」「校名」）",
    title: "学校填报表汇总：{folder}",
    writtenFile: "已生成：{file}（「{sheet}」{n} 所学校，「{receipt}」）",
    notWrittenTitle: "【未写入汇总表】{n} 份",
    entry: "{file}{sheet}{school}：{status}",
    entrySheet: "（{sheet}）",
    errorsTitle: "【错误】{n} 条（有错误的学校已写入汇总表，测算时不计入，改正后重新汇总）",
    warningsTitle: "【提示】{n} 条",
    missingTitle: "【未交的学校】名单「{file}」共 {expected} 所，未交 {n} 所{names}",
    missingNames: "：{names}",
    notInListTitle: "【不在名单中的学校】{n} 所（新学校，或名称与名单写法不同）：{names}",
    skippedTitle: "【跳过的文件】{n} 个",
    nextStep: "下一步：edu-balance assess {file}",
    noWorkbooks: "文件夹 {folder} 中没有 .xlsx、.xls 或 .et 文件{skipped}",
    noWorkbooksSkipped: "（跳过了 {n} 个：{files}）",
    reading: "正在读取（{done}/{total}）{file}",
    nothingWritten: "文件夹 {folder} 中没有可以写入汇总表的学校填报表，未生成 {file}",
    written: "已生成：{file}",
    noForms: "{folder} 中没有可以汇总的学校填报表：{reason}",
    assessTitle: "学校填报表（一校一表）：{folder}",
  },
  compare: {
    usage: {
      head: `edu-balance compare：年度监测，把同一个县几个年度的工作簿放在一起比较

用法：
  edu-balance compare 2023.xlsx 2024.xlsx [更多年度.xlsx…] [选项]
  edu-balance compare 文件夹（每个年度一个工作簿）[选项]

每个文件按 assess 的方式读取和评估。年度取县级表的“填报年度”，没有时取文件名中的四位年份
（2000–2099），都没有时须用 --years 给出。列出变化（新增、撤并、更名、新不达标、恢复达标、
接近标准、差异系数接近上限或连续上升、新超规模或超班额）和按最近两年趋势的预警。

选项：`,
      options: {
        json: ["--json", "输出 JSON：各年度的差异系数、达标学校数、各校逐年情况、变化和预警"],
        out: ["--out 监测.xlsx", "生成监测工作簿（年度对比、学校变化、预警）和同名的图表页"],
        reportDoc: [
          "--report-doc 报告.docx",
          "另写最近一个年度的自评报告（初稿）Word 文档，含按各年度比较写的监测段落",
        ],
        force: ["--force", "--out、--report-doc 的文件已存在时覆盖"],
        profile: [
          "--profile 标准",
          "评估标准：内置 {builtIns}，或评估标准文件（.json）（默认 {default}）",
        ],
        county: ["--county 县名", "监测工作簿上的县名（默认取县级表，否则取文件名）"],
        margin: [
          "--margin 比例",
          "“接近”的幅度，0 ≤ 比例 < 1（默认 {default}）：指标值低于标准 ×（1 + 比例）、差异系数达到上限 ×（1 − 比例）时提示",
        ],
        years: ["--years 年份,…", "按文件顺序给出各文件的年度，如 2023,2024（个数须与文件数相同）"],
        renames: [
          "--renames 文件",
          "更名表（.csv 或 .xlsx，两列：原名称、新名称），说明哪些学校改了名",
        ],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
退出码：0 已完成比较（无论是否有预警）；1 文件无法读取或写入；2 命令行参数有误、年度无法确定、
年度重复或不是同一个县。

Usage: edu-balance compare FILE1 FILE2 [FILE…] | FOLDER [--json] [--out MONITOR.xlsx] [--report-doc REPORT.docx] [--force]
       [--profile ID|FILE.json] [--county NAME] [--margin M] [--years 2023,2024,…] [--renames FILE]:
       several years of one county side by side: changes, events and early warnings.
`,
    },
    tooFewFiles:
      "比较至少需要两个年度的工作簿（或一个存放各年度工作簿的文件夹）；用法：edu-balance compare 2023.xlsx 2024.xlsx",
    folderTooFew: "文件夹 {folder} 中只有 {n} 个工作簿，比较至少需要两个年度",
    folderAndFiles:
      "文件夹 {folder} 不能与其他文件一起给出：给一个存放各年度工作簿的文件夹，或逐个给出文件",
    badMargin: "--margin 须为不小于 0、小于 1 的小数，如 0.05，而不是 {value}",
    badYears: "--years 须为逗号分隔的四位年份（2000–2099），如 2023,2024，而不是 {value}",
    yearsCount: "--years 给了 {n} 个年份，却有 {files} 个文件：须按文件顺序一一对应",
    noYear:
      "无法确定 {file} 的年度：县级表没有“填报年度”，文件名中也没有四位年份；请用 --years 2023,2024,… 按文件顺序给出各文件的年度",
    unknownRename:
      "{source}：更名对照“{from} → {to}”中有学校在各年度的学校表中都找不到，请核对名称（须与学校表中的写法一致）",
    dataErrors:
      "{file} 中有 {n} 条数据错误，相应学校未计入该年度（与 assess 相同），第一条：{first}",
    renamesNotTable: "更名表 {file} 须为 .csv 或 .xlsx 文件",
    reportDocWritten: "已生成 {year} 年的自评报告（初稿，含年度监测）：{file}",
    title: "义务教育{kind}年度监测：{years}（{n} 个年度）",
    county: "县：{name}",
    profile: "评估标准：{name}",
    files: "数据文件：{files}",
    fileYear: "{year} 年 {file}",
    watchTitle: "【需要关注】",
    watchNone: "无：没有预警，也没有新不达标的学校或接近上限的差异系数",
    warning: "预警",
    watchLine: "{name}：{text}",
    more: "…… 另有 {n} 条，见 --json 或 --out 的监测工作簿",
    method: "（预警按最近两年的变化外推一年估算，不是预测）",
    stageTitle: "【{stage}】",
    headerIndicator: "指标",
    headerLimit: "上限",
    composite: "综合差异系数",
    schoolsPassing: "达标学校数",
    stagePasses: "学段结论",
    pass: "达标",
    fail: "未达标",
    eventsTitle: "【变化统计】",
    eventCount: "{kind} {n}",
    noEvents: "没有变化",
    written: "已生成监测工作簿：{file}",
  },
  formulas: {
    usage: {
      head: `edu-balance formulas：把工作簿中的 EDU.* 公式换成普通公式（issue 27）

用法：
  edu-balance formulas unplug 文件.xlsx [--out 新文件.xlsx] [--force]

把每个 EDU.* 公式改写为 Excel 2010、WPS 表格和 LibreOffice 都能计算的普通公式（SUMPRODUCT、SQRT 等），
保留单元格上次的计算结果，其他单元格、工作表、格式、合并和名称一概不动；原文件不改动。
不加 --out 时只列出将要改写的单元格，不写文件。有公式无法改写时，列出它们（工作表、单元格、原因），不写文件。

选项：`,
      options: {
        out: ["--out 新文件.xlsx", "写入改写后的工作簿（不能是原文件）"],
        force: ["--force", "--out 的文件已存在时覆盖"],
        help: ["-h, --help", "显示本帮助"],
      },
      tail: `
退出码：0 已改写（或没有 EDU.* 公式）；1 文件无法读取或写入，或有公式无法改写；2 命令行参数有误。

Usage: edu-balance formulas unplug FILE.xlsx [--out NEW.xlsx [--force]]: every EDU.* formula rewritten
       into plain worksheet functions that Excel 2010, WPS and LibreOffice share; last values kept.
`,
    },
    unknownAction:
      "未知的操作 {action}；用法：edu-balance formulas unplug 文件.xlsx --out 新文件.xlsx",
    missingFile:
      "缺少要改写的 .xlsx 文件；用法：edu-balance formulas unplug 文件.xlsx --out 新文件.xlsx",
    notXlsx: "只能改写 .xlsx 工作簿（.xls、.et 请先另存为 .xlsx）：{file}",
    notWorkbook: "{file} 不是 .xlsx 工作簿（无法解压或缺少工作表），未改写",
    none: "{file} 中没有 EDU.* 公式，无需改写",
    copied: "已按 --out 照原样复制（没有要改写的公式）：{file}",
    change: "「{sheet}」{cell}：{before} → {after}",
    more: "……另有 {n} 处",
    planned: "共 {n} 个单元格将被改写（加 --out 新文件.xlsx 写入）",
    written: "已改写 {n} 个单元格，写入：{file}",
    refused: "「{sheet}」{cell} 的公式无法改写：{reason}（{formula}）",
    refusedSummary: "有 {n} 个 EDU.* 公式无法改写，未写入文件；请先修改这些公式",
  },
  //@@ZH
};
