/**
 * Every text the task pane shows, in one table: Chinese first (the users are
 * county statisticians), English when Office's display language is English.
 * Placeholders {name} are filled with plain values; React renders the result as
 * text, so a school name can never become markup.
 */

export type Lang = "zh" | "en";

interface Entry {
  zh: string;
  en: string;
}

export const MESSAGES = {
  appTitle: { zh: "EduBalance 优质均衡测算", en: "EduBalance quality-balance assessment" },
  outsideExcelTitle: { zh: "EduBalance 是 Excel 加载项", en: "EduBalance is an Excel add-in" },
  outsideExcel: {
    zh: "它需要在 Excel 中运行：请在 Excel 中打开工作簿，从「开始 › 加载项」启动 EduBalance。",
    en: "It needs to run in Excel: open your workbook in Excel and start EduBalance from Home › Add-ins.",
  },
  oldExcel: {
    zh: "此版本的 Excel 不支持本加载项所需的功能（ExcelApi 1.9）。请更新 Excel 或使用网页版 Excel。",
    en: "This version of Excel lacks what the add-in needs (ExcelApi 1.9). Update Excel or use Excel on the web.",
  },
  officeLoading: { zh: "正在连接 Excel…", en: "Connecting to Excel…" },
  officeNotLoadedTitle: {
    zh: "Office 组件没有加载完成",
    en: "Office's script did not finish loading",
  },
  officeNotLoaded: {
    zh: "EduBalance 要从微软的网站（appsforoffice.microsoft.com）加载 Office 组件，现在没有加载完成：这台电脑可能不能上网，或单位网络屏蔽了该网站。请检查网络（或请网络管理员放行 appsforoffice.microsoft.com），然后关闭并重新打开本窗格。",
    en: "EduBalance loads Office's script from Microsoft (appsforoffice.microsoft.com), and it has not finished loading: this computer may be off the internet, or the network blocks that site. Check the network (or ask its administrator to allow appsforoffice.microsoft.com), then close and reopen this pane.",
  },
  offlinePageHint: {
    zh: "不能上网、没有 Excel 或 Excel 版本较旧时，请改用离线页面 edu-balance.html：它与本加载项一同发布（在加载项的 dist 文件夹中，也可向发布加载项的管理员索取），双击用浏览器打开即可，不需要联网，也不需要安装，数据不离开本机。",
    en: "Off the internet, without Excel or with an older Excel, use the offline page edu-balance.html instead: it is published with this add-in (in the add-in's dist folder, or ask whoever published the add-in). Double-click it to open it in a browser: no network, no installation, and your data stays on this computer.",
  },
  offlinePageLink: {
    zh: "打开离线页面 edu-balance.html",
    en: "Open the offline page edu-balance.html",
  },

  // --- steps ---------------------------------------------------------------
  stepSource: { zh: "数据来源", en: "Data source" },
  stepMapping: { zh: "字段对应", en: "Field mapping" },
  stepCheck: { zh: "数据检查", en: "Data check" },
  stepResults: { zh: "测算", en: "Assessment" },
  stepReport: { zh: "生成报表", en: "Report" },
  stepNumber: { zh: "第 {n} 步", en: "Step {n}" },
  back: { zh: "上一步", en: "Back" },

  // --- 1 数据来源 ----------------------------------------------------------
  sourceIntro: {
    zh: "选择学校基础数据所在的表格。一行一所学校，表头可以在任意一行，列的顺序不限。",
    en: "Choose where the school table is: one row per school; the header may be on any row, columns in any order.",
  },
  savedSetup: { zh: "上次的设置", en: "Last setup" },
  savedSetupText: {
    zh: "学校表：{school}；班级表：{classes}；县级指标表：{county}；手动对应的字段：{overrides} 个；评估标准：{profile}。",
    en: "School table: {school}; class sheet: {classes}; county sheet: {county}; fields mapped by hand: {overrides}; standard: {profile}.",
  },
  quickRun: { zh: "按上次设置测算", en: "Run with the last setup" },
  schoolTable: { zh: "学校表", en: "School table" },
  sourceActiveSheet: { zh: "当前工作表「{sheet}」", en: 'The active sheet "{sheet}"' },
  sourceSelection: { zh: "当前选定区域 {address}", en: "The selection {address}" },
  sourceSelectionNone: {
    zh: "当前选定区域（未选中单元格）",
    en: "The selection (nothing selected)",
  },
  sourceSheet: { zh: "指定工作表", en: "This sheet" },
  sourceRange: {
    zh: "上次选定的区域：「{sheet}」{address}",
    en: 'The range chosen last time: "{sheet}" {address}',
  },
  classSheet: { zh: "班级表（可选，用于检查班额）", en: "Class sheet (optional, for class sizes)" },
  noClassSheet: { zh: "不使用班级表", en: "No class sheet" },
  countySheet: {
    zh: "县级指标表（可选，用于政府保障程度、教育质量、社会认可度和一票否决）",
    en: "County sheet (optional: government support, education quality, public recognition and vetoes)",
  },
  noCountySheet: { zh: "不使用县级指标表", en: "No county sheet" },
  countyDetected: { zh: "{sheet}（按内容识别）", en: "{sheet} (recognised by its content)" },
  templateWithCounty: { zh: "同时新建县级指标表", en: "Also create the county sheet" },
  readData: { zh: "读取数据", en: "Read the data" },
  createTemplate: { zh: "新建空白数据模板", en: "Create an empty data template" },
  templateHint: {
    zh: "还没有整理好的表格？新建模板：表头、下拉选项和数字格式都已设好。",
    en: "No table yet? Create the template: headers, drop-down lists and number formats are set.",
  },
  templateCreated: {
    zh: "已新建工作表「{school}」和「{classes}」。填好数据后，在此选择「{school}」并读取。",
    en: 'Created sheets "{school}" and "{classes}". Fill them in, then choose "{school}" here and read it.',
  },
  templateCreatedCounty: {
    zh: "已新建工作表「{school}」「{classes}」和「{county}」。填好数据后，在此选择「{school}」和「{county}」并读取。",
    en: 'Created sheets "{school}", "{classes}" and "{county}". Fill them in, then choose "{school}" and "{county}" here and read them.',
  },
  reading: { zh: "正在读取工作簿……", en: "Reading the workbook…" },
  loadingWorkbook: { zh: "正在查看工作簿……", en: "Looking at the workbook…" },
  creatingTemplate: { zh: "正在新建模板……", en: "Creating the template…" },

  sourceRecognised: {
    zh: "按内容识别：学校表「{school}」，班级表{classes}，县级指标表{county}。如有不对，可在下面改选。",
    en: 'Recognised by content: school table "{school}", class sheet {classes}, county sheet {county}. Change them below if needed.',
  },
  sourceRecognisedNone: {
    zh: "没有哪张工作表像学校表（表头应在前 30 行内，含学校名称、学校类型、在校生数等）：请在下面指定，或新建模板。",
    en: "No sheet looks like a school table (its header, within the first 30 rows, should name the school, its type, its students …): choose one below, or create the template.",
  },
  recognisedMark: { zh: "{sheet}（按内容识别）", en: "{sheet} (recognised by content)" },
  noneRecognised: { zh: "无", en: "none" },

  // --- wrong sheet (steps 2 and 3) ----------------------------------------
  wrongSheetClass: {
    zh: "「{sheet}」看起来是班级表，不是学校表（只识别出 {found} / {total} 个字段）。",
    en: '"{sheet}" looks like the class sheet, not a school table ({found} of {total} fields recognised).',
  },
  wrongSheetCounty: {
    zh: "「{sheet}」看起来是县级指标表，不是学校表（只识别出 {found} / {total} 个字段）。",
    en: '"{sheet}" looks like the county sheet, not a school table ({found} of {total} fields recognised).',
  },
  wrongSheetOther: {
    zh: "「{sheet}」看起来不是学校表：只识别出 {found} / {total} 个字段。",
    en: '"{sheet}" does not look like a school table: {found} of {total} fields recognised.',
  },
  wrongSheetSuggestion: {
    zh: "学校表似乎是「{school}」。不必修改表头，换一张表读取即可。",
    en: 'The school table seems to be "{school}". No need to change headers: read that sheet instead.',
  },
  wrongSheetNoSuggestion: {
    zh: "请在第 1 步选择学校表所在的工作表；表头应在前 30 行内，含学校名称、学校类型、在校生数等。",
    en: "Choose the sheet that holds the school table in step 1; its header, within the first 30 rows, should name the school, its type and its students.",
  },
  wrongSheetSwitch: { zh: "改用「{school}」", en: 'Use "{school}"' },

  // --- 2 字段对应 ----------------------------------------------------------
  mappingIntro: {
    zh: "下表是每个字段从哪一列读取。识别有误时，请在下拉框中改选；选择会保存在本工作簿中，下次无需再选。",
    en: "Where each field is read from. Change any column below; your choice is saved in this workbook for next time.",
  },
  mappingSchoolSheet: { zh: "学校表「{sheet}」", en: 'School table "{sheet}"' },
  mappingClassSheet: { zh: "班级表「{sheet}」", en: 'Class sheet "{sheet}"' },
  mappingNoSchoolSheet: { zh: "没有识别出学校表。", en: "No school table was recognised." },
  fieldColumn: { zh: "字段", en: "Field" },
  recognisedColumn: { zh: "识别结果", en: "Recognised" },
  changeColumn: { zh: "改为", en: "Use column" },
  notFound: { zh: "未找到", en: "Not found" },
  recognisedAs: { zh: "{column} 列「{header}」", en: 'column {column} "{header}"' },
  unitMissingShort: { zh: "找到了列，缺单位", en: "Column found, unit missing" },
  unitMissingHint: {
    zh: "{column} 列「{header}」是这一项，但表头没有写单位：是元还是万元？请在表头注明，如「{label}（万元）」或「{label}（元）」，改好后回到第 1 步重新读取。",
    en: 'Column {column} "{header}" holds this figure, but its header names no unit: 元 or 万元? Write it in the header, e.g. "{label}（万元）" or "{label}（元）", then read the data again in step 1.',
  },
  optionalField: { zh: "（可选）", en: " (optional)" },
  automatic: { zh: "自动识别", en: "Automatic" },
  notUsed: { zh: "不使用", en: "Not used" },
  columnOption: { zh: "{letter} 列：{header}", en: "Column {letter}: {header}" },
  unitLabel: { zh: "单位 {unit}", en: "unit {unit}" },
  recognisedCount: {
    zh: "已识别 {found} / {total} 个字段",
    en: "{found} of {total} fields recognised",
  },
  confirmMapping: { zh: "确认，检查数据", en: "Confirm and check the data" },
  resetMapping: { zh: "全部恢复自动识别", en: "Reset all to automatic" },

  // --- 3 数据检查 ----------------------------------------------------------
  checkIntro: {
    zh: "点击一条问题，Excel 会选中对应的单元格。",
    en: "Click an issue to select its cell in Excel.",
  },
  checkIntroFile: {
    zh: "每条问题都注明工作表、行和列：请在 Excel 或 WPS 中打开原文件改正后重新选择文件。",
    en: "Each issue names its sheet, row and column: correct them in the file with Excel or WPS, then pick the file again.",
  },
  checkPassed: {
    zh: "数据检查通过：{schools} 所学校，没有发现问题。",
    en: "Data check passed: {schools} schools, no issues.",
  },
  issuesHidden: {
    zh: "另有 {count} 条问题未列出（申报表的“数据问题”表列出全部问题）。",
    en: "{count} more issues are not listed (the report's 数据问题 sheet lists them all).",
  },
  showMoreIssues: { zh: "再列出 {count} 条", en: "List {count} more" },
  checkErrors: {
    zh: "发现 {errors} 条错误、{warnings} 条提示。有错误的学校不能计入测算。",
    en: "{errors} errors and {warnings} warnings. Schools with errors cannot be assessed.",
  },
  checkWarningsOnly: {
    zh: "发现 {warnings} 条提示（不影响测算，请核对）。",
    en: "{warnings} warnings (they do not stop the assessment; please check).",
  },
  errorLabel: { zh: "错误", en: "Error" },
  warningLabel: { zh: "提示", en: "Warning" },
  issueWhere: { zh: "「{sheet}」{cell}", en: '"{sheet}" {cell}' },
  issueRow: { zh: "第 {row} 行", en: "row {row}" },
  issueColumn: { zh: "{column} 列", en: "column {column}" },
  excludeBad: {
    zh: "不计入有错误的学校，继续测算（结果将注明“数据不完整”）",
    en: "Leave out the schools with errors and go on (results will say “incomplete data”)",
  },
  noSchools: {
    zh: "没有可以测算的学校：请先更正上面的错误。",
    en: "No school can be assessed: correct the errors above first.",
  },
  readSummary: {
    zh: "可以测算的学校：{schools} 所{classes}。",
    en: "Schools ready to assess: {schools}{classes}.",
  },
  readSummaryLeftOut: {
    zh: "其余学校因下列错误暂时不能测算，更正后回到第 1 步重新读取即可计入。",
    en: "The other schools cannot be assessed until the errors below are corrected; then read the data again in step 1.",
  },
  readSummaryClasses: { zh: "；班级 {classes} 个", en: "; classes: {classes}" },
  runAssessment: { zh: "开始测算", en: "Assess" },
  selectFailed: { zh: "无法选中该单元格：{message}", en: "Could not select the cell: {message}" },

  // --- 4 测算 --------------------------------------------------------------
  incompleteNotice: {
    zh: "数据不完整：{count} 所数据有误的学校未计入以下结果。",
    en: "Incomplete data: {count} schools with bad data are not included in these results.",
  },
  incompleteNoticeGeneric: {
    zh: "数据不完整：部分数据有误的学校或班级未计入以下结果。",
    en: "Incomplete data: some schools or classes with bad data are not included in these results.",
  },
  overallPass: {
    zh: "县域资源配置与规模、班额指标均达到优质均衡标准",
    en: "The county meets the quality-balance standard on resources, school and class size",
  },
  overallPassFull: {
    zh: "县域达到义务教育优质均衡发展标准：四个部分均达标，无一票否决事项",
    en: "The county meets the quality-balance standard: all four parts met, no veto",
  },
  overallPassBasic: {
    zh: "县域各学段综合差异系数均达到基本均衡标准",
    en: "Every stage meets the basic-balance standard on the composite CV",
  },
  overallFailBasic: {
    zh: "县域尚未达到基本均衡标准",
    en: "The county does not yet meet the basic-balance standard",
  },
  infoOnly: {
    zh: "仅供参考，不计入此标准的结论：",
    en: "For information, not part of this standard’s verdict:",
  },
  overallNoCounty: {
    zh: "未提供县级指标表：以上只是资源配置、学校规模与班额的结论；政府保障程度、教育质量、社会认可度须另行评估。",
    en: "No county sheet: this covers resources, school and class size only; government support, quality and recognition are not assessed.",
  },
  profileLabel: { zh: "评估标准", en: "Standard" },
  overallFail: {
    zh: "县域尚未达到优质均衡标准",
    en: "The county does not yet meet the quality-balance standard",
  },
  profileLine: { zh: "评估标准：{profile}", en: "Standard: {profile}" },
  stageHeading: { zh: "{stage}（{schools} 所）", en: "{stage} ({schools} schools)" },
  stageVerdictPass: { zh: "资源配置达标", en: "Resources meet the standard" },
  stageVerdictFail: { zh: "资源配置未达标", en: "Resources do not meet the standard" },
  // A partial table (an indicator without its columns): nothing of it is judged.
  stageVerdictUndetermined: {
    zh: "资源配置无法判定（缺列）",
    en: "Resources cannot be judged (columns missing)",
  },
  overallUndetermined: {
    zh: "无法判定：部分指标缺列未计算",
    en: "Cannot be judged: some indicators are not computed (columns missing)",
  },
  indicatorNotComputed: {
    zh: "缺列未计算：表中没有{columns}列",
    en: "Not computed: the table has no column for {columns}",
  },
  summaryNotComputed: {
    zh: "{count} 项指标缺列未计算",
    en: "{count} indicators not computed (columns missing)",
  },
  checkPartialOnly: {
    zh: "表中缺少部分指标的列（{errors} 条）：这些指标不计算，也不判定是否达标；其余指标照常测算，没有学校被排除。另有 {warnings} 条提示。",
    en: "Some indicators' columns are missing ({errors}): those indicators are not computed and nothing is judged; the others are computed and no school is left out. {warnings} warnings besides.",
  },
  indicator: { zh: "指标", en: "Indicator" },
  countyValue: { zh: "县域均值", en: "County value" },
  cvAgainstLimit: { zh: "差异系数 / 上限", en: "CV / limit" },
  thresholdColumn: { zh: "标准", en: "Standard" },
  compositeCv: { zh: "综合差异系数", en: "Composite CV" },
  compositeLine: {
    zh: "综合差异系数 {cv} / 上限 {limit}",
    en: "Composite CV {cv} / limit {limit}",
  },
  noSchoolRule: {
    zh: "此评估标准不对单个学校作达标判定，只看县域综合差异系数。",
    en: "This standard does not judge single schools: only the county composite CV counts.",
  },
  verdict: { zh: "结论", en: "Verdict" },
  schoolsMeeting: { zh: "达标学校", en: "Schools meeting" },
  pass: { zh: "达标", en: "Meets" },
  fail: { zh: "未达标", en: "Fails" },
  notComputable: { zh: "无法计算", en: "n/a" },
  borderlineMark: {
    zh: "（临界，按未四舍五入值判定）",
    en: " (borderline: judged on unrounded value)",
  },
  failingSchools: {
    zh: "未达到办学标准的学校（{count} 所）",
    en: "Schools below the standard ({count})",
  },
  noFailingSchools: { zh: "所有学校均达到办学标准。", en: "Every school meets the standard." },
  schoolMetCount: { zh: "{met}/{total} 项达标", en: "{met}/{total} met" },
  shortfall: {
    zh: "{indicator}：{value}，标准 {threshold}，差 {absolute}（{relative}）",
    en: "{indicator}: {value}, standard {threshold}, short by {absolute} ({relative})",
  },
  moreSchools: {
    zh: "另有 {count} 所未列出，见报表“学校达标情况”。",
    en: "{count} more not listed: see the report sheet.",
  },
  classSizeHeading: { zh: "班额", en: "Class size" },
  classSizeMissing: {
    zh: "未提供班级表，未检查班额。",
    en: "No class sheet: class sizes not checked.",
  },
  classSizeLine: {
    zh: "{stage}：{classes} 个班，超过 {limit} 人的 {over} 个，大班额 {large} 个，超大班额 {superLarge} 个",
    en: "{stage}: {classes} classes, {over} above {limit}, {large} large (56+), {superLarge} super-large (66+)",
  },
  schoolSizeHeading: { zh: "学校规模", en: "School size" },
  schoolSizeOk: { zh: "没有学校超过规模上限。", en: "No school is above the size limit." },
  schoolSizeOver: {
    zh: "{name}：{students} 人，上限 {limit} 人",
    en: "{name}: {students} students, limit {limit}",
  },
  specialRoomsHeading: { zh: "音乐、美术专用教室", en: "Music and art rooms" },
  specialRoomsMissing: {
    zh: "学校表中没有专用教室数，未检查。",
    en: "The school table has no room counts: not checked.",
  },
  specialRoomsOk: {
    zh: "各校音乐、美术专用教室间数均满足要求。",
    en: "Every school has enough music and art rooms.",
  },
  specialRoomsShort: {
    zh: "{name}：{classes} 个班，应各配 {required} 间，音乐 {music} 间，美术 {art} 间",
    en: "{name}: {classes} classes, needs {required} of each, music {music}, art {art}",
  },
  roomAreasShort: {
    zh: "{name}：专用教室面积不足：{rooms}",
    en: "{name}: rooms too small: {rooms}",
  },
  allowancesHeading: {
    zh: "认定规程放宽条款（国教督办函〔2019〕30号）",
    en: "2019 certification allowances",
  },
  allowancesNone: { zh: "没有学校使用放宽条款。", en: "No school used an allowance." },
  allowanceNotApplied: { zh: "未适用：{message}", en: "Not applied: {message}" },
  excludedHeading: {
    zh: "不纳入资源配置测算的学校（{count} 所）",
    en: "Schools outside the resource assessment ({count})",
  },
  warningsHeading: { zh: "提示（{count} 条）", en: "Notes ({count})" },
  toReport: { zh: "生成报表", en: "Write the report" },
  summaryHeading: { zh: "各部分结论", en: "Verdict by part" },
  summaryResources: { zh: "资源配置·{stage}", en: "Resources · {stage}" },
  summarySchoolsFailing: {
    zh: "{total} 所学校中 {failing} 所未达到办学标准",
    en: "{failing} of {total} schools below the school standard",
  },
  summarySchoolsAllMeet: {
    zh: "{total} 所学校均达到办学标准",
    en: "all {total} schools meet the school standard",
  },
  summaryCvFailing: {
    zh: "{count} 项指标的差异系数超过 {limit}",
    en: "{count} indicators with a CV above {limit}",
  },
  summaryCvAllMeet: {
    zh: "各项差异系数均不超过 {limit}",
    en: "every CV within {limit}",
  },
  summaryComposite: {
    zh: "综合差异系数 {cv}，上限 {limit}",
    en: "composite CV {cv}, limit {limit}",
  },
  summaryClassSizeOk: { zh: "没有超过上限的班级", en: "no class above the limit" },
  summaryClassSizeOver: {
    zh: "{stage} {count} 个班超过 {limit} 人",
    en: "{stage}: {count} classes above {limit}",
  },
  summarySchoolSizeOver: {
    zh: "{count} 所学校超过规模上限",
    en: "{count} schools above the size limit",
  },
  summaryRoomsShort: {
    zh: "{count} 所学校音乐或美术专用教室不足",
    en: "{count} schools short of music or art rooms",
  },
  summaryCountyOpen: {
    zh: "{failed} 项未达标，{missing} 项未填报",
    en: "{failed} not met, {missing} not filled in",
  },
  summaryOpen: { zh: "未完成", en: "Open" },
  sizesHeading: {
    zh: "班额、学校规模与专用教室",
    en: "Class size, school size and special rooms",
  },
  cvMet: { zh: "差异系数达标", en: "CV met" },
  cvNotMet: { zh: "差异系数超限", en: "CV above limit" },
  cvShort: { zh: "差异系数", en: "CV" },
  cvWithLimit: { zh: "{cv}（上限 {limit}）", en: "{cv} (limit {limit})" },
  schoolsMeetingValue: { zh: "{met} / {total} 所", en: "{met} of {total}" },
  standardAt: { zh: "标准 {value}", en: "standard {value}" },
  cvLimitAt: { zh: "上限 {limit}", en: "limit {limit}" },
  cvChartTitle: {
    zh: "{stage}各项指标的差异系数与上限",
    en: "{stage}: each indicator's CV against its limit",
  },
  distributionLabel: {
    zh: "{indicator}：{schools} 所学校的分布，{met} 所达到标准",
    en: "{indicator}: {schools} schools, {met} at or above the standard",
  },
  indicatorDetails: {
    zh: "查看 {count} 项指标的标准、县域均值与各校分布",
    en: "Show the {count} indicators: standard, county value, schools",
  },
  toSample: { zh: "复核抽样", en: "Review sample" },

  // --- 4 县级指标 ----------------------------------------------------------
  countyHeading: {
    zh: "政府保障程度、教育质量、社会认可度与一票否决",
    en: "Government support, quality, recognition and vetoes",
  },
  countyFrom: {
    zh: "数据来自县级指标表「{sheet}」。",
    en: 'Figures from the county sheet "{sheet}".',
  },
  countyNone: {
    zh: "未提供县级指标表，未评估这三个部分和一票否决事项。请在“数据来源”中选择县级指标表，或新建模板填写。",
    en: "No county sheet: these parts and the vetoes were not assessed. Choose the county sheet in step 1, or create the template and fill it in.",
  },
  countyNoStandards: {
    zh: "评估标准「{profile}」没有县级部分的标准，县级指标表未评估。",
    en: 'The standard "{profile}" has no county-level parts: the county sheet was not assessed.',
  },
  countyPartCounts: {
    zh: "{total} 项中 {passed} 项达标，{failed} 项未达标，{missing} 项未填报或缺少数据",
    en: "{passed} of {total} met, {failed} not met, {missing} not filled in or without data",
  },
  countyPartIncomplete: { zh: "未填完", en: "Incomplete" },
  countyStatusPass: { zh: "达标", en: "Met" },
  countyStatusFail: { zh: "未达标", en: "Not met" },
  countyStatusMissing: { zh: "未填报", en: "Not filled in" },
  countyStatusNoData: { zh: "缺少数据", en: "No data" },
  countyVetoFail: { zh: "有", en: "Applies" },
  countyVetoPass: { zh: "无", en: "None" },
  countyItemLine: {
    zh: "{number}. {name}：{text}（标准：{threshold}）",
    en: "{number}. {name}: {text} (standard: {threshold})",
  },
  countyEvidence: { zh: "佐证：{evidence}", en: "Evidence: {evidence}" },
  countyAllItems: { zh: "查看全部 {count} 项", en: "Show all {count} items" },
  countyNothingOpen: { zh: "各项均达标。", en: "Every item is met." },

  // --- 4 假设分析 ----------------------------------------------------------
  whatIfHeading: { zh: "假设分析：修改一所学校的数据", en: "What if: change one school's figures" },
  whatIfIntro: {
    zh: "修改下面的数字，学校结论和县域差异系数随即重新测算。这里的修改只用于测算，不会写入工作簿。",
    en: "Change the figures below: the school's verdict and the county CVs are recomputed at once. Nothing here is written to the workbook.",
  },
  whatIfSchool: { zh: "学校", en: "School" },
  whatIfStage: { zh: "学段", en: "Stage" },
  whatIfFailingMark: { zh: "（未达标）", en: " (fails)" },
  whatIfFigure: { zh: "项目", en: "Figure" },
  whatIfOriginal: { zh: "原值", en: "Workbook" },
  whatIfNew: { zh: "修改为", en: "Change to" },
  whatIfNotNumber: {
    zh: "“{text}”不是数字：「{field}」请只填数字，如 1200 或 35.5，不带单位。测算仍用上一个有效值。",
    en: '"{text}" is not a number: enter digits only for "{field}", e.g. 1200 or 35.5, without a unit. The last valid value is used.',
  },
  whatIfNegative: {
    zh: "“{text}”是负数：「{field}」不能小于 0。测算仍用上一个有效值。",
    en: '"{text}" is negative: "{field}" cannot be below 0. The last valid value is used.',
  },
  whatIfNotWhole: {
    zh: "“{text}”不是整数：「{field}」是人数、班数或间数，请填整数。测算仍用上一个有效值。",
    en: '"{text}" is not a whole number: "{field}" counts people, classes or rooms. The last valid value is used.',
  },
  whatIfTooLarge: {
    zh: "“{text}”大得不合常理：请核对「{field}」的数值和单位（如万元与元）。测算仍用上一个有效值。",
    en: '"{text}" is implausibly large: check the figure and the unit of "{field}" (万元 or 元). The last valid value is used.',
  },
  whatIfReset: { zh: "恢复原始数据", en: "Reset to the workbook's figures" },
  whatIfApplyGap: { zh: "一键补足（按最小补差方案增加）", en: "Apply the smallest additions" },
  whatIfGapApplied: {
    zh: "已按最小补差方案增加：{additions}。",
    en: "Added the smallest additions: {additions}.",
  },
  whatIfChanged: {
    zh: "已修改 {count} 项（未写入工作簿）",
    en: "{count} figures changed (not written to the workbook)",
  },
  whatIfSchoolValues: { zh: "{school}（{stage}）", en: "{school} ({stage})" },
  whatIfBefore: { zh: "修改前", en: "Before" },
  whatIfAfter: { zh: "修改后", en: "After" },
  whatIfMetCount: { zh: "达标项数：{before} → {after}", en: "Indicators met: {before} → {after}" },
  whatIfVerdict: { zh: "学校结论：{before} → {after}", en: "School verdict: {before} → {after}" },
  whatIfCountyVerdict: {
    zh: "县域结论：{before} → {after}",
    en: "County verdict: {before} → {after}",
  },
  whatIfCvHeading: { zh: "县域差异系数：修改前 → 修改后", en: "County CVs: before → after" },
  whatIfNotAssessed: {
    zh: "修改后该校不再纳入{stage}的资源配置测算（该学段在校生数为 0）。",
    en: "After the change the school is no longer assessed in {stage} (no students of that stage).",
  },
  whatIfError: { zh: "无法测算：{message}", en: "Cannot assess: {message}" },
  whatIfCountyPass: { zh: "达到", en: "Meets" },
  whatIfCountyFail: { zh: "未达到", en: "Does not meet" },

  // --- 复核抽样 ------------------------------------------------------------
  stepSample: { zh: "复核抽样", en: "Review sample" },
  sampleIntro: {
    zh: "为市级复核抽取实地核查的学校：按“学段 × 城乡”分层、按比例抽取，未达标和临界学校全部列入，其余随机抽取。同一工作簿、同一随机种子总是得到同一名单。",
    en: "Draws the schools the city visits for its review: stratified by stage and urban/rural, in proportion; failing and borderline schools always, the rest at random. The same workbook and seed always give the same list.",
  },
  sampleSeed: { zh: "随机种子", en: "Seed" },
  sampleSeedHint: {
    zh: "0 到 4294967295 的整数，例如公开摇号得到的数",
    en: "A whole number 0 to 4294967295, e.g. from a public draw",
  },
  sampleShare: { zh: "抽样比例（%）", en: "Share (%)" },
  sampleBadSeed: {
    zh: "随机种子应为 0 到 4294967295 之间的整数。",
    en: "The seed must be a whole number from 0 to 4294967295.",
  },
  sampleBadShare: {
    zh: "抽样比例应大于 0 且不超过 100%。",
    en: "The share must be above 0 and at most 100%.",
  },
  sampleSummary: {
    zh: "纳入资源配置测算的学校 {total} 所（一贯制学校按一所计），至少抽取 {required} 所，本次抽取 {sampled} 所：未达标 {failing} 所，临界 {borderline} 所，随机抽取 {random} 所。",
    en: "{total} schools assessed (a multi-stage school counts once); at least {required} to draw; {sampled} drawn: {failing} failing, {borderline} borderline, {random} at random.",
  },
  sampleNumber: { zh: "序号", en: "No." },
  sampleSchoolName: { zh: "学校名称", en: "School" },
  sampleStage: { zh: "学段", en: "Stage" },
  sampleLocale: { zh: "城乡", en: "Area" },
  sampleReason: { zh: "抽取原因", en: "Why" },
  sampleReasonFailing: { zh: "未达标", en: "Fails" },
  sampleReasonBorderline: { zh: "临界", en: "Borderline" },
  sampleReasonRandom: { zh: "随机抽取", en: "Random" },
  /** A drawn school that passes only by the school rule (issue 22 §13): a note for the reviewer, not a reason. */
  sampleShortfallNote: {
    zh: "注：按 {total} 项中 {met} 项达标",
    en: "Note: passes on {met} of {total}",
  },
  sampleMore: {
    zh: "另有 {count} 所未列出，见写入的工作表。",
    en: "{count} more not listed: see the sheet once written.",
  },
  writeSample: { zh: "写入抽样名单工作表", en: "Write the sample sheet" },
  downloadSample: { zh: "下载抽样名单", en: "Download the sample list" },
  sampleDownloaded: {
    zh: "抽样名单已下载（工作表「{sheet}」）。",
    en: 'The sample list was downloaded (sheet "{sheet}").',
  },
  sampleWritten: {
    zh: "抽样名单已写入工作表「{sheet}」（{note}）。",
    en: 'The sample was written to the sheet "{sheet}" ({note}).',
  },
  localeUrban: { zh: "城区", en: "Urban" },
  localeTown: { zh: "镇区", en: "Town" },
  localeRural: { zh: "乡村", en: "Rural" },

  // --- 5 生成报表 ----------------------------------------------------------
  reportIntro: {
    zh: "在本工作簿中新建申报表工作表：表Ⅰ–表Ⅵ（县级指标表中没有的数显示为“未填报”），然后是汇总（四个部分的结论和逐项差距）、学校达标情况（未达标的数值标红）、校际均衡（差异系数及上限）、班额与规模、补差测算、分组比较、图表数据，有数据问题时还有数据问题表。每张表都注明评估标准。再次生成时只替换本加载项生成的工作表，不会改动您自己的工作表。",
    en: "Adds the application form's sheets to this workbook: tables I–VI (figures the county sheet lacks read 未填报), then the summary (the four parts' verdicts and every gap), schools (failing values in red), variation (CVs and their limits), class and school size, gap closing, group comparison and chart data, and the data issues when there are any. Every sheet names the standard. Writing again replaces only the sheets the add-in made, never your own.",
  },
  writeReport: { zh: "生成报表", en: "Write the report" },
  writeAgain: { zh: "重新生成", en: "Write again" },
  reportIntroFile: {
    zh: "下载申报表（.xlsx）：表Ⅰ–表Ⅵ，然后是汇总（四个部分的结论和逐项差距）、学校达标情况（未达标的数值标红）、校际均衡（差异系数及上限）、班额与规模、补差测算、分组比较，有数据问题时还有数据问题表。与命令行版生成的申报表相同。您的原文件不会被改动。",
    en: "Download the application form (.xlsx): tables I–VI, then the summary (the four parts' verdicts and every gap), schools (failing values in red), variation (CVs and their limits), class and school size, gap closing and group comparison, and the data issues when there are any. The same as the command line writes. Your file is never changed.",
  },
  downloadReport: { zh: "下载申报表", en: "Download the report" },
  downloadJson: { zh: "下载 JSON", en: "Download JSON" },
  downloaded: {
    zh: "已下载（浏览器的“下载”文件夹），其中有以下工作表：",
    en: "Downloaded (to the browser's Downloads folder), with these sheets:",
  },
  writing: {
    zh: "正在写入报表（{sheets} 张工作表）……",
    en: "Writing the report ({sheets} sheets)…",
  },
  writingSheet: {
    zh: "正在写入第 {n}/{total} 张工作表「{sheet}」……",
    en: 'Writing sheet {n} of {total}, "{sheet}"…',
  },
  cancelWriting: { zh: "取消", en: "Cancel" },
  writeCancelled: {
    zh: "已取消：报表未写入，已写了一半的工作表已删除，工作簿保持原样。",
    en: "Cancelled: no report was written; half-written sheets were removed and the workbook is as it was.",
  },
  written: { zh: "报表已写入以下工作表：", en: "The report was written to:" },
  writtenNew: { zh: "新建", en: "new" },
  writtenReplaced: { zh: "替换了上次生成的工作表", en: "replaced the previous report sheet" },
  writtenRenamed: {
    zh: "工作簿中已有您的同名工作表「{wanted}」，未改动它",
    en: 'your own sheet "{wanted}" exists and was left alone',
  },

  // --- several school forms (一校一表, issue 23 §6) -------------------------
  collectTitle: { zh: "回收情况", en: "Returned forms (回收情况)" },
  collectForms: { zh: "汇总各校填报表…", en: "Collect the schools' forms…" },
  collectFormsHint: {
    zh: "各校交回的学校填报表（一校一表）：一次选择多个文件，汇总成新的工作表「学校基础数据」和「回收情况」后测算。文件只在本机读取，不会上传。",
    en: "The schools' returned one-school forms: pick several files at once; they are collected into new sheets 学校基础数据 and 回收情况, then assessed. The files are read on this computer only, never uploaded.",
  },
  collectReadingFile: {
    zh: "正在读取第 {index} / {count} 个文件 {file}……",
    en: "Reading file {index} of {count}, {file}…",
  },
  collectWriting: { zh: "正在写入汇总表……", en: "Writing the county table…" },
  collectWritten: {
    zh: "汇总表已写入新工作表「{table}」，回收情况写入「{receipt}」；下面按「{table}」测算。",
    en: 'The county table was written to the new sheet "{table}" and 回收情况 to "{receipt}"; the steps below assess "{table}".',
  },
  collectCountFiles: { zh: "收到文件 {count} 个", en: "{count} files received" },
  collectCountWritten: {
    zh: "写入汇总表 {count} 所学校",
    en: "{count} schools written into the county table",
  },
  collectCountErrors: {
    zh: "数据有错误 {count} 所（测算时不计入）",
    en: "{count} with errors (left out of the assessment)",
  },
  collectCountNotWritten: { zh: "未写入 {count} 份", en: "{count} not written" },
  collectCountDuplicates: { zh: "重复提交 {count} 所", en: "{count} schools returned twice" },
  collectCountNotForms: { zh: "不是学校填报表 {count} 个", en: "{count} not school forms" },
  collectCountUnreadable: { zh: "无法读取 {count} 个", en: "{count} cannot be read" },
  collectEntries: { zh: "各文件的结果（{count} 个）", en: "Each file's result ({count})" },
  collectEntryRow: { zh: "汇总表第 {row} 行", en: "row {row} of the county table" },
  collectIssuesHeading: {
    zh: "问题明细：{count} 条（行、列为各文件中的单元格）",
    en: "Problems: {count} (rows and columns are cells of each file)",
  },
  collectNoIssues: { zh: "各文件没有发现问题。", en: "No problem found in the files." },
  collectIssuesHidden: {
    zh: "另有 {count} 条未列出（下载的汇总表的「回收情况」表列出全部）。",
    en: "{count} more are not listed (the downloaded table's 回收情况 sheet lists them all).",
  },
  collectDownload: {
    zh: "下载汇总表（学校基础数据＋回收情况）",
    en: "Download the county table (学校基础数据 + 回收情况)",
  },
  collectNothing: {
    zh: "所选文件中没有可以写入汇总表的学校填报表，无法测算；原因见下面的问题明细。",
    en: "None of the files picked is a school form that can be written into the county table: nothing can be assessed. The problems below say why.",
  },
  collectMixed: {
    zh: "所选文件中既有学校填报表（一校一表：{forms}），又有多所学校的县级学校表（{tables}），无法确定是汇总各校填报表还是测算县级表，未作测算。请只选择各校的填报表一起汇总，或一次只打开一个县级学校表。",
    en: "The files picked hold both one-school forms ({forms}) and county school tables of several schools ({tables}): it cannot be told whether to collect the forms or assess a county table, so nothing was computed. Pick the schools' forms only, or open one county table at a time.",
  },
  collectTables: {
    zh: "所选文件中有县级学校表（{tables}），不是各校的一校一表，不能一起汇总，未作测算。请一次只打开一个县级学校表。",
    en: "The files picked include county school tables ({tables}), not one-school forms; they cannot be collected together, so nothing was computed. Open one county table at a time.",
  },
  collectFileQuoted: { zh: "「{file}」", en: '"{file}"' },
  collectListSeparator: { zh: "、", en: ", " },
  collectFileListMore: { zh: "{list} 等 {count} 个", en: "{list} ({count} in all)" },
  collectStatusOk: { zh: "已写入", en: "written" },
  collectStatusErrors: { zh: "已写入，有错误", en: "written, with errors" },
  collectStatusNotWritten: { zh: "未写入", en: "not written" },
  collectStatusDuplicate: { zh: "重复，未写入", en: "returned twice, not written" },
  collectStatusDuplicateSame: {
    zh: "重复（内容相同），只写入一次",
    en: "returned twice (same figures), written once",
  },
  collectStatusBlank: { zh: "空白，未写入", en: "blank, not written" },
  collectStatusCountyTable: { zh: "县级汇总表，未汇总", en: "a county table, not collected" },
  collectStatusNotForm: { zh: "不是学校填报表", en: "not a school form" },
  collectStatusUnreadable: { zh: "无法读取", en: "cannot be read" },

  // --- errors --------------------------------------------------------------
  excelError: { zh: "Excel 报告了一个错误：{message}", en: "Excel reported an error: {message}" },
  dismiss: { zh: "关闭", en: "Dismiss" },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const text = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** English when Office speaks English (Office.context.displayLanguage, e.g. "en-US"); Chinese otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}
