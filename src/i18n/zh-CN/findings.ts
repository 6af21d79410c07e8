/** zh-CN, part `findings`: the words of the core's coded findings (src/core/messages.ts renders them). */
export const FINDINGS = {
  /** The pieces the messages are built from. */
  pieces: {
    schoolAt: "{sheet} 第 {row} 行「{name}」",
    schoolNamed: "「{name}」",
    classAt: "{sheet} 第 {row} 行",
    classNamed: "班级「{school} {className}」",
    /** An indicator in a list of them: quoted in Chinese, plain in English. */
    indicatorInList: "「{name}」",
    quoted: "「{name}」",
    outOfRange: "{field}（{value}）超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间）",
    notNumber: "{field}（{value}）不是有效的非负数",
    blank: "空",
    scope: {
      resources: "该校未计入{stage}资源配置评估",
      schoolSize: "未判定学校规模",
      rooms: "未判定音乐、美术专用教室",
    },
    figures: {
      schoolRooms: "学校表的音乐、美术专用教室数",
      schoolTable: "学校表",
      classTable: "班级表",
      survey: "社会认可度（或各类调查对象的调查人数和满意人数）",
    },
    /** A quality-monitoring figure: 质量监测学业表现水平, 县域校际差异率, 语文学业表现水平. */
    monitoring: {
      level: "学业表现水平",
      rate: "校际差异率",
      ofSubject: "{subject}{what}",
      monitoring: "质量监测{what}",
      county: "县域{what}",
      none: "{what}",
    },
    blankAsZero: { transfersIn: "转入", transfersOut: "转出", deaths: "死亡" },
    /** "小学、初中不超过 2000 人，九年一贯制、十二年一贯制不超过 2500 人" (a province's 2400/3000 apart). */
    schoolSize: {
      single: "小学、初中不超过 {default} 人",
      same: "{single}，九年一贯制、十二年一贯制不超过 {nineYear} 人",
      byType: "{single}，九年一贯制不超过 {nineYear} 人，十二年一贯制不超过 {twelveYear} 人",
    },
    /** "小学 7 项指标（「…」、「…」）" of a partial table, per stage that has any. */
    partialStage: "{stage} {count} 项指标（{indicators}）",
    classFirstSeen: "（首见于{sheet} 第 {row} 行）",
    roomsOfSchool: "{name}（应各 {required} 间，音乐 {music}、美术 {art}）",
    sizeOfSchool: "{name}（{students} 人，上限 {limit} 人）",
    smallSchool: "{name}（{students} 人）",
    surveyGroup: "{group} {rate}",
    qualityMonitoring: "质量监测",
    subject: "{subject}",
    rateOf: "{subject}校际差异率",
    rate: "校际差异率",
    lackingBad: "数据有误或未填报",
    lacking: "未填报",
    /** Joiners: of a list, of indicator names, of quoted columns, of a school's problems, of an item's notes, of the partial table's stages (may be empty). */
    joiners: {
      list: "、",
      indicators: "、",
      fields: "",
      problems: "；",
      notes: "；",
      stages: "、",
    },
  },
  messages: {
    unknownSchoolType: "{school}的学校类型（{type}）无法识别，未计入评估",
    studentsOfUntaughtStage:
      "{school}是{typeName}，却填有{stageInText}在校生 {students} 人；这些学生未计入{stageInText}，请核对学校类型",
    badFigures: "{school}：{problems}，{scope}",
    noStageStudents:
      "{school}是{typeName}，但{stageInText}在校生数为 0，未计入{stageInText}资源配置评估",
    indoorSportsAboveTeachingArea:
      "{school}：{indoorLabel}（{indoorSportsArea}）大于{teachingLabel}（{teachingArea}），而后者应包含前者；该校未计入{stageInText}资源配置评估",
    zeroCountyMean: "{stage}「{indicator}」的县域均值为 0，差异系数无法计算，按未达标处理",
    noSchoolsInStage:
      "没有纳入资源配置评估的{stageInText}学校，{stageInText}资源配置无法判定，按未达标处理",
    compositeUndefined: "{stage}有指标的差异系数无法计算，综合差异系数无法计算，按未达标处理",
    duplicateSchoolName:
      "学校名称「{name}」在学校基础数据中出现 {count} 次；班级表按名称对应时取第一所，请核对",
    classBadStage: "{class}：学段（{stageGiven}）应为小学或初中，该班未计入班额统计",
    classBadStudents: "{class}：学生数（{students}）不是有效的非负数，该班未计入班额统计",
    classStageMismatch:
      "班级表中「{school}」有{stageInText}班级，但学校基础数据中它是{typeName}；仍计入班额统计，请核对",
    classUnknownSchool:
      "班级表中的学校「{school}」不在学校基础数据中{first}，其 {classes} 个班级仍计入班额统计，请核对学校名称",
    countyNoProfileStandards:
      "评估标准「{profile}」不含政府保障程度、教育质量和社会认可度的标准，县级指标表未评估。",
    excludedType: "{typeName}不纳入资源配置评估",
    excludedPrivate: "民办学校不纳入资源配置评估（{profile}）",
    smallTeachingPoint: "教学点学生数 {students} 人，少于 {min} 人，不纳入资源配置评估",
    stageEmpty: "{stage}：没有纳入测算的学校",
    stageSchoolsFailing: "{stage}：{failing} 所学校未达到办学标准",
    stageCvsFailing: "{stage}：{count} 项指标差异系数超过 {limit}",
    partialTable:
      "部分指标的表：没有{fields}列，{stages}未计算（缺列）。已计算的指标照常给出各校指标值、县域均值和差异系数；缺少指标的学段不判定各校是否达标，县域不判定是否达到均衡（结论为“无法判定”），也不做补差测算。补齐这些列后重新计算即可",
    stageIndicatorsMissing:
      "{stage}：{count} 项指标缺列未计算（{indicators}），不判定各校是否达标，也不判定县域是否达到均衡（无法判定）",
    stageCompositeFailing: "{stage}：综合差异系数 {cv} 超过 {limit}",
    classesOverLimit: "{stage}：{count} 个班级超过 {limit} 人",
    schoolsOversized: "{count} 所学校规模超过上限",
    specialRoomsShort: "{count} 所学校音乐、美术专用教室不足",
    countyPartFailed: "{part}：{count} 项未达标",
    countyPartMissing: "{part}：{count} 项未填报或缺少数据",
    vetoes: "一票否决：有 {count} 项（{items}）",
    vetoesMissing: "一票否决事项：{count} 项未填报",
    countyFlagNo: "{check}：否",
    countyShareBelow: "{check} {value}，低于 {threshold}",
    countyAmountBelow: "{check} {value} 元，低于 {threshold} 元，差 {short} 元",
    countyRoomsShort: "专用教室不足：{schools}",
    countySchoolsTooLarge: "超过规模上限：{schools}",
    countyClassesTooLarge: "{stage} {count} 个班超过 {limit} 人",
    countyPayBelow: "教师平均工资比公务员低 {short} 元",
    countyLevelBelow: "{subject}学业水平 {level}级，低于 {min}级",
    countyRateNotBelow: "{rate} {value}，未低于 {limit}",
    countyVetoApplies: "{veto}（一票否决）",
    countyNotMet: "未达标：{reasons}",
    countyLacking: "{lacking}：{figures}",
    countyBlankAsZero: "{figures}人数未填，按 0 计算",
    countyConsolidationAbove100: "巩固率超过 100%，请核对毕业生和转入、转出人数",
    countySurveyRatesAveraged: "部分调查对象只填了认可度，未填人数，按各类对象认可度的算术平均计算",
    countySurveyGroupsLow: "认可度低于 {threshold} 的调查对象：{groups}",
    countyNoSmallSchools: "学校表中没有不足 {students} 人的村小学和教学点",
    countySmallSchools: "学校表中不足 {students} 人的村小学和教学点：{schools}",
    countyNoSpecialSchool: "学校表中没有{typeName}",
  },
  /** The words every host shows for a partial table (PARTIAL_WORDS). */
  partial: {
    undetermined: "无法判定",
    notComputed: "缺列未计算",
    someNotComputed: "部分指标缺列未计算，不作判定",
    schoolsNotJudged: "缺列的指标未计算，不判定各校是否达标",
    noGaps: "部分指标缺列未计算，各校未判定是否达标，不做补差测算",
  },
};
