/** zh-CN: see ../index.ts for which sources use this part. */
export const CORE = {
  /** src/core/profiles/load.ts: what each key of a profile file means, and its problems. */
  /** src/core/profiles: the built-in profiles' names and the documents they follow. */
  /** src/core/rules.ts: the arithmetic's refusals and the class-size bands. */
  /** src/core/county/items.ts: the county items of 教督〔2017〕6号, named and worded as the policy does. */
  items: {
    parts: {
      government: "政府保障程度",
      quality: "教育质量",
      recognition: "社会认可度",
      vetoes: "一票否决",
    },
    largeSame: "九年一贯制学校、十二年一贯制学校义务教育阶段规模不超过{nine}人",
    largeEach:
      "九年一贯制学校义务教育阶段规模不超过{nine}人，十二年一贯制学校义务教育阶段规模不超过{twelve}人",
    reducedAreas: "（{appliesTo}：音乐专用教室不小于{music}平方米，美术专用教室不小于{art}平方米）",
    government: {
      schoolLayout: { shortName: "规划布局合理", name: "县域学校规划布局合理，符合国家规定要求" },
      fourUnified: {
        shortName: "城乡“四统一”",
        name: "县级人民政府落实城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准“四统一”",
      },
      specialRooms: {
        shortName: "音乐、美术专用教室",
        name: "所有小学、初中每{classes}个班级配备音乐、美术专用教室1间以上；其中，每间音乐专用教室面积不小于{music}平方米，每间美术专用教室面积不小于{art}平方米{reduced}",
      },
      schoolSize: { shortName: "学校规模", name: "所有小学、初中规模不超过{limit}人，{large}" },
      classSize: {
        shortName: "班额",
        name: "小学、初中所有班级学生数分别不超过{primary}人、{junior}人",
      },
      smallSchoolFunding: {
        shortName: "小规模学校公用经费",
        name: "不足{n}名学生的村小学和教学点按{n}名学生核定公用经费",
      },
      specialSchoolFunding: {
        shortName: "特教生均公用经费",
        name: "特殊教育学校生均公用经费不低于{amount}元",
      },
      teacherPay: {
        shortName: "教师工资",
        name: "全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量",
      },
      teacherTraining: {
        shortName: "教师培训完成率",
        name: "教师5年360学时培训完成率达到{share}",
      },
      staffingAllocation: {
        shortName: "编制岗位统筹",
        name: "县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量",
      },
      teacherRotation: {
        shortName: "教师交流轮岗",
        name: "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的{share}；其中，骨干教师不低于交流轮岗教师总数的{backbone}",
      },
      teacherCertification: {
        shortName: "教师持证上岗率",
        name: "专任教师持有教师资格证上岗率达到{share}",
      },
      nearbyEnrolment: {
        shortName: "就近划片入学",
        name: "城区和镇区公办小学、初中（不含寄宿制学校）就近划片入学比例分别达到{primary}、{junior}",
      },
      highSchoolQuota: {
        shortName: "优质高中名额分配",
        name: "优质高中招生名额分配比例不低于{share}，并向农村初中倾斜",
      },
      leftBehindAndMigrantChildren: {
        shortName: "留守儿童与随迁子女",
        name: "县域内留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于{share}",
      },
    },
    quality: {
      consolidation: { shortName: "初中三年巩固率", name: "全县初中三年巩固率达到{share}以上" },
      disabledEnrolment: {
        shortName: "残疾儿童少年入学率",
        name: "全县残疾儿童少年入学率达到{share}以上",
      },
      charterAndDigitalManagement: {
        shortName: "学校章程与信息化",
        name: "所有学校制定章程，实现学校管理与教学信息化",
      },
      trainingSpending: {
        shortName: "教师培训经费",
        name: "所有学校按照不低于学校年度公用经费预算总额的{share}安排教师培训经费",
      },
      ictUse: {
        shortName: "信息化教学",
        name: "教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平",
      },
      moralEducation: {
        shortName: "德育与校园文化",
        name: "所有学校德育工作、校园文化建设水平达到良好以上",
      },
      curriculum: {
        shortName: "课程与综合实践",
        name: "课程开齐开足，教学秩序规范，综合实践活动有效开展",
      },
      homeworkBurden: { shortName: "课业负担", name: "无过重课业负担" },
      qualityMonitoring: {
        shortName: "质量监测",
        name: "在国家义务教育质量监测中，相关科目学生学业水平达到{level}级以上，且校际差异率低于{rate}",
      },
    },
    recognition: {
      publicRecognition: {
        shortName: "社会认可度",
        name: "社会认可度（学生、家长、教师、校长、人大代表、政协委员及其他群众）达到{share}以上",
      },
    },
    vetoes: {
      examAdmission: { shortName: "以考试方式招生", name: "存在以考试方式招生" },
      illegalSchoolChoice: { shortName: "违规择校", name: "存在违规择校行为" },
      keySchoolsOrClasses: { shortName: "重点校、重点班", name: "存在重点学校或重点班" },
      staffingVacancies: {
        shortName: "有编不补、长期聘用编外教师",
        name: "存在“有编不补”或长期聘用编外教师的情况",
      },
      majorSafetyAccident: {
        shortName: "重大安全责任事故",
        name: "教育系统存在重大安全责任事故和严重违纪违规事件",
      },
      falsifiedData: { shortName: "弄虚作假", name: "有弄虚作假行为" },
    },
    /** The groups of the 社会认可度 survey (src/core/table/countyFigures.ts SURVEY_GROUP_NAMES). */
    surveyGroups: {
      students: "学生",
      parents: "家长",
      teachers: "教师",
      principals: "校长",
      npcDeputies: "人大代表",
      cppccMembers: "政协委员",
      residents: "其他群众",
    },
  },
  /** src/core/county/assess.ts: the name of each check the county judge makes. */
  checks: {
    schoolLayout: "规划布局合理",
    fourUnified: "“四统一”",
    roomCount: "专用教室间数",
    roomAreas: "专用教室面积",
    schoolSize: "学校规模",
    classSize: "班额",
    primaryClassSize: "小学班额",
    juniorClassSize: "初中班额",
    smallSchoolFunding: "按100人核定公用经费",
    specialSchoolFunding: "特教生均公用经费",
    teacherPay: "教师平均工资",
    performancePay: "绩效工资足额核定",
    training: "360学时培训完成率",
    staffing: "统筹分配编制和岗位",
    rotation: "交流轮岗比例",
    backbone: "骨干教师占比",
    certified: "持证上岗率",
    primaryNearby: "小学",
    juniorNearby: "初中",
    quota: "名额分配比例",
    quotaRural: "向农村初中倾斜",
    leftBehind: "留守儿童关爱体系",
    migrantPublic: "随迁子女公办就读比例",
    consolidation: "初中三年巩固率",
    disabledEnrolment: "残疾儿童少年入学率",
    charter: "学校章程与信息化",
    trainingSpending: "培训经费占公用经费比例",
    ict: "信息化教学",
    moralEducation: "德育与校园文化良好以上",
    curriculum: "课程开齐开足",
    homework: "无过重课业负担",
    monitoring: "质量监测",
    differenceRate: "校际差异率",
    recognition: "社会认可度",
  },
  /** src/core/county/assess.ts: what the county judge says it found (en: the English pane's). */
  assess: {
    notFilled: "未填报",
    badData: "数据有误（见数据问题）",
    yes: "是",
    no: "否",
    none: "无",
    occurred: "有",
    people: "人",
    yuan: "元",
    wholeIsZero: "{what}为 0，无法计算",
    atLeastYuan: "≥ {n} 元",
    yuanAmount: "{n} 元",
    noRoomCounts: "学校表中没有音乐、美术专用教室数",
    roomsEnough: "{all} 所学校中 {ok} 所配足",
    roomAreas: "音乐 ≥ {music}㎡、美术 ≥ {art}㎡",
    roomAreasReduced: "（{appliesTo}：音乐 ≥ {music}㎡、美术 ≥ {art}㎡）",
    atMostStudents: "≤ {n} 人",
    atMostStudentsWith: "≤ {n} 人（{large}）",
    noSchoolToJudge: "学校表中没有可判定规模的学校",
    noSchoolAbove: "{n} 所学校均未超过",
    schoolAbove: "{n} 所学校超过上限",
    schoolsAbove: "{n} 所学校超过上限",
    classLimits: "小学 ≤ {primary} 人，初中 ≤ {junior} 人",
    noClassSheet: "未提供班级表",
    noClassAbove: "{n} 个班均未超过",
    classesAbove: "{all} 个班中 {over} 个超过",
    pay: "教师 {pay} 元 / 公务员 {civil} 元（{shown}）",
    civilPayZero: "公务员平均工资为 0，无法比较",
    levelAtLeast: "≥ {level}级",
    level: "{level}级",
    monitoringStandard: "学业水平 {level}，校际差异率 {rate}",
    subjectStandard: "{level}；差异率 {rate}",
    levelNotFilled: "学业水平未填报",
    differenceRate: "差异率 {ratio}",
    rateNotFilled: "差异率未填报",
    overallRecognition: "综合认可度",
    peopleCounts: "{counts} 人",
    groupsTotal: "{groups} 类调查对象合计 {satisfied} / {responses} 人",
    groupsMean: "{groups} 类调查对象认可度的算术平均",
    surveyIncomplete: "调查人数或满意人数不全",
    roomsPerClasses: "每 {n} 个班各 1 间",
    notBelowCivil: "不低于公务员",
    notBelowCivilShare: "不低于公务员的 {share}",
    largeSame: "九年一贯制、十二年一贯制 ≤ {nine} 人",
    largeEach: "九年一贯制 ≤ {nine} 人，十二年一贯制 ≤ {twelve} 人",
  },
  /** src/core/table/county.ts: the county sheet's reader (its recognised words are in countyFields.ts). */
  county: {
    sheetKind: "县级指标表",
    /** No sheet to list. */
    none: "无",
    /** What a county figure's cell must hold, by kind of value. */
    expected: {
      count: "非负整数（人数）",
      people: "非负数（万人或人）",
      money: "非负数（元或万元）",
      rate: "0～100% 之间的比例（如 96.5%）",
      ratio: "0～1 之间的小数（如 0.12）",
      level: "Ⅰ、Ⅱ、Ⅲ、Ⅳ级之一",
      text: "文字",
      year: "年份（如 2025）",
      yesNo: "“是”或“否”",
      occurred: "“有”或“无”",
    },
  },
  /** src/core/collect/source.ts: the reader's messages said of a one-school form's items. */
  source: {
    /** The reader's place prefix (src/core/table/messages.ts), to take off its messages. */
    workbook: "工作簿：",
    sheet: "工作表「{sheet}」{row}{column}：",
    row: "第{row}行",
    column: "{column}列",
    rowQuote: "第{row}行「",
    /** As the reader names a school by its row (matched in its messages). */
    rowSchool: "第{row}行的学校",
    thisFormSchool: "本表的学校",
    /** The reader's words about columns and headers, said of a form's items ($1: what the reader's text held). */
    itemWords: {
      missingMany: "找不到以下 $1 项",
      missingOne: "找不到「$1」这一项",
      shouldHold: "填报项目应含有",
      templateHas: "模板中为",
      similar: "相近的项目",
      fixMany: "请按学校填报表补上或改正这些项目。",
      fixOne: "请按学校填报表补上或改正这一项。",
      several: "有多个项目都像",
      whichOne: "无法确定使用哪一项，请删除或改写多余的一项。",
      unused: "未使用这一项，请按学校填报表改写项目名称。",
      noUnit: "「$1」这一项没有写单位",
      writeUnit: "请在「单位」栏或项目名称中注明单位",
      schoolLeftOut: "该校暂不计入。",
      itemUnused: "该项暂不使用。",
      itemQuote: "填报项目「",
    },
  },
  /** src/core/planning/gaps.ts: what a gap plan adds, and its refusals. */
  gaps: {
    units: { people: "人", yuan: "元", rooms: "间" },
    fields: {
      primaryQualifiedTeachers: "小学高于规定学历教师",
      juniorQualifiedTeachers: "初中高于规定学历教师",
      primaryBackboneTeachers: "小学县级以上骨干教师",
      juniorBackboneTeachers: "初中县级以上骨干教师",
      primaryPeArtTeachers: "小学体育艺术专任教师",
      juniorPeArtTeachers: "初中体育艺术专任教师",
      teachingArea: "教学及辅助用房",
      outdoorSportsArea: "运动场地",
      equipmentValue: "教学仪器设备值",
      multimediaRooms: "网络多媒体教室",
    },
    noStandard: "「{indicator}」没有办学标准，不做补差测算",
    noLever: "「{school}」的{field}对该指标没有作用，无法测算补差",
    planFailed: "「{school}」的补差测算未能通过校验",
    recordMissing: "补差测算找不到学校「{school}」的原始数据",
  },
  /** src/core/table/school.ts: the school sheet's reader (its recognised words are in fields.ts). */
  school: {
    unsplit: "「{name}」（第{row}行，{type}）",
    notArea: "不是面积",
    notNumber: "「{part}」不是数字",
    areaRange: "{part} 不在 0～{max} 平方米之间",
    stages: { primary: "小学", junior: "初中" },
    yes: "是",
    no: "否",
  },
  /** src/core/allowances/index.ts: the words the 认定规程 allowances' notes are filled with. */
  allowances: {
    builtIn: "{year} 年",
    builtBy2010: "2010 年及之前",
    builtBy2016: "2016 年及之前",
    builtUnknown: "不详",
    teachingPoint: "教学点",
    smallRuralSchool: "农村小规模学校",
    yearBuilt: "建校年份",
    migrantChildren: "随迁子女数",
    and: "和",
    rooms: { music: "音乐", art: "美术" },
  },
  /** src/core/planning/sampling.ts: why a school is sampled, and the sampler's refusals. */
  sampling: {
    reasons: { failing: "未达标", borderline: "临界", random: "随机抽取" },
    noLocale: "未填城乡",
    badSeed: "随机种子应为 0 到 {max} 之间的整数，收到 {seed}",
    badShare: "抽样比例应大于 0 且不超过 1，收到 {share}",
  },
  /** src/core/planning/breakdown.ts: the group of the schools that name none. */
  breakdown: { noGroup: "（未填学区/集团）", noLocale: "（未填城乡类别）" },
  /** src/core/collect/collect.ts: how two forms of one school differ. */
  collect: {
    differences: "不同的项目：{items}{more}",
    andMore: " 等 {n} 项",
    notWritten: "其中有的文件未能写入",
  },
  /** src/core/recheck/read.ts: the re-check's reading of a 表Ⅱ-2. */
  recheck: {
    blank: "空",
    none: "无",
    noSchools: "表Ⅱ-2 中没有可复核的学校",
    noSchoolsFirstError: "表Ⅱ-2 中没有可复核的学校：第一条错误：{error}",
  },
  /** src/core/table/mapping.ts: columns as the mapping names them. */
  mapping: { column: "{column}列「{header}」", and: "和" },
  // @@NEXT
};
