/** zh-CN: see ../index.ts for which sources use this part. */
export const SELF_REPORT = {
  /** src/report/docx/write.ts: the words the .docx writer adds itself (issue 26). */
  writer: {
    /** The page footer when the report names none; {page} is Word's PAGE field. */
    footer: "第 {page} 页",
    /** In place of a chart that could not be drawn here (no rasteriser, or it failed). */
    noChart: "〔图：{caption}。此处未能绘制图片，图中数据见附件各表。〕",
    /** A chart's caption under its image. */
    chartCaption: "图：{caption}",
    /**
     * The East Asian fonts (w:rFonts w:eastAsia), named as Chinese Word and WPS list them: body
     * 仿宋, title 宋体 (小标宋 is not installed with Windows), 一、 headings 黑体, （一） headings 楷体.
     */
    fonts: { body: "仿宋", title: "宋体", heading1: "黑体", heading2: "楷体" },
  },
  /** src/report/selfReport/sentences.ts: the report's own words (issue 26); figures fill the {holes}. */
  build: {
    /** 《××县义务教育优质均衡发展自评报告》（初稿）; {kind} is 优质均衡 or 基本均衡. */
    title: "《{county}义务教育{kind}发展自评报告》（初稿）",
    /** In place of the county's name when the workbook and the options give none. */
    countyUnknown: "××县",
    subtitleCounty: "{county}",
    subtitleCode: "行政区划代码：{code}",
    subtitleYear: "填报年度：{year}",
    subtitleStandard: "评估标准：{profile}",
    subtitleSource: "数据来源：{source}",
    subtitleDate: "生成日期：{date}",
    /** The placeholder's brackets: a gap to fill, highlighted in the document. */
    /** Group numbers: （一）, （二） … */
    numerals: ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"],
    placeholder: "【{text}】",
    /** 【请填写：…】 */
    fillIn: "请填写：{what}",
    /** What a figure the workbook lacks reads (inside the brackets). */
    notFilled: "未填报",
    /** The first paragraph: how the draft was made and what the brackets mean. */
    draftNote:
      "本稿由 EduBalance 依据与申报表相同的数据自动生成，文中数据与申报表（附件1）一致，请勿改动数字；以【】标出的内容需填写或核实，定稿前删除本段。",
    headings: {
      basic: "一、基本情况",
      practice: "二、主要做法",
      indicators: "三、评估指标达成情况",
      resources: "（一）资源配置",
      government: "（二）政府保障程度",
      quality: "（三）教育质量",
      recognition: "（四）社会认可度",
      vetoes: "（五）一票否决",
      problems: "四、存在的问题",
      measures: "五、整改措施",
      annex: "附件",
      annexForms: "附件1　义务教育{kind}发展县（市、区）申报表（表Ⅰ—表Ⅵ）",
      annexCharts: "附件2　差异系数与各校指标图",
      /** 1. 小学, 2. 初中 under （一）资源配置. */
      stage: "{n}. {stage}",
      sizes: "{n}. 班额、学校规模与专用教室",
      allowances: "{n}. 认定规程核定办法的适用",
    },
    basic: {
      county:
        "{county}常住人口 {population} 万人，其中农业人口 {agricultural} 万人；辖 {townships} 个乡镇、{villages} 个行政村。",
      economy:
        "年人均国内生产总值 {gdp} 元，年人均地方财政收入 {fiscal} 元，农民年人均纯收入 {rural} 元，城镇居民年人均可支配收入 {urban} 元。",
      schools:
        "全县有小学 {primary} 所、九年一贯制学校 {nine} 所、初中 {junior} 所、完全中学 {complete} 所、十二年一贯制学校 {twelve} 所，特殊教育学校 {special} 所；小学教学点 {points} 个，其中 50 人及以上的 {bigPoints} 个。",
      primary:
        "小学教学班 {classes} 个，在校学生 {students} 人，教职工 {staff} 人，其中专任教师 {teachers} 人。",
      junior:
        "初中教学班 {classes} 个，在校学生 {students} 人，教职工 {staff} 人，其中专任教师 {teachers} 人。",
      source: "以上数据见附件1表Ⅰ：L1–L8 取自县级指标表，L9–L24 由学校表汇总。",
      noCountySheet:
        "工作簿没有县级指标表，县情数据（人口、乡镇、经济情况）请在数据模板的「{sheet}」表填写后重新生成。",
    },
    practice: {
      /** 二、主要做法: one heading and one prompt each; never prose of ours. */
      items: [
        "（一）规划布局",
        "（二）经费投入",
        "（三）教师队伍",
        "（四）学校建设",
        "（五）质量提升",
      ],
      prompts: [
        "县域学校布局规划的制定与落实，新建、改扩建学校情况",
        "义务教育经费投入、生均公用经费和“四统一”落实情况",
        "教师编制核定与补充、县管校聘、交流轮岗和培训情况",
        "学校标准化建设、薄弱学校改造、专用教室和运动场地建设情况",
        "课程开齐开足、质量监测、教研和学校特色发展情况",
      ],
    },
    resources: {
      noSchools: "全县没有{stage}学段的学校，该学段不评估。",
      tableCaption: "{stage}资源配置指标全县平均值与差异系数",
      tableHeader: ["指标", "全县平均值", "学校标准", "差异系数", "差异系数上限", "结果"],
      compositeRow: "综合差异系数",
      /** One sentence per indicator. */
      indicator: "{indicator}全县平均值为 {mean} {unit}，差异系数为 {cv}，{judgement}。",
      indicatorNoLimit: "{indicator}全县平均值为 {mean} {unit}，差异系数为 {cv}。",
      cvWithin: "不高于上限 {limit}，达标",
      cvOver: "高于上限 {limit}，未达标",
      notComputed: "{indicator}：{words}（学校表缺少所需的列）。",
      noValue: "{indicator}：全县平均值或差异系数无法计算（{reason}）。",
      composite: "综合差异系数为 {cv}，{judgement}。",
      schools:
        "全县{stage}共 {n} 所学校（一贯制学校、完全中学按学段分别计），{passing} 所达到办学标准，{failing} 所未达到。",
      schoolsNoRule: "全县{stage}共 {n} 所学校（一贯制学校、完全中学按学段分别计）。",
      schoolsNotJudged: "全县{stage}共 {n} 所学校；学校表缺列，学校是否达标{words}。",
      failingIntro: "未达到办学标准的学校及差距：",
      failingSchool: "{school}：{shortfall}",
      classSize:
        "{stage}共有教学班 {classes} 个，超过 {limit} 人的班级 {over} 个，其中 {largeFrom} 人及以上的大班额 {large} 个、{superFrom} 人及以上的超大班额 {superLarge} 个。",
      noClasses: "工作簿没有班级表，班额未评估：请在数据模板的「班级」表逐班填写学生数后重新生成。",
      schoolSizeAll: "学校规模：{limits}；全县所有学校均未超过。",
      schoolSizeOver: "学校规模：{limits}；{n} 所学校超过：{list}。",
      schoolSizeItem: "{school}（{students} 人，上限 {limit} 人）",
      roomsNone:
        "学校表没有音乐、美术专用教室数的列，专用教室未评估：请在数据模板的学校表填写后重新生成。",
      roomsAll: "专用教室：每 12 个班级应配备音乐、美术专用教室各 1 间以上，{n} 所学校均已配足。",
      roomsShort:
        "专用教室：每 12 个班级应配备音乐、美术专用教室各 1 间以上，{n} 所学校中 {short} 所未配足：{list}。",
      roomsItem: "{school}（应各 {required} 间，音乐 {music} 间、美术 {art} 间）",
      allowancesIntro: "按《认定规程》核定的学校（申报表中逐校注明）：",
    },
    county: {
      tableHeader: ["序号", "项目", "指标值或简要结论", "标准", "结果"],
      tableCaption: "{part}各项指标达成情况",
      summary: "{summary}。",
      /** An unmet or unfilled item under the table. */
      itemNote: "{n}. {item}：{notes}",
      noSheet:
        "工作簿没有县级指标表，{part}未评估。请在数据模板的「{sheet}」表逐项填写指标、数值、说明或佐证后重新生成",
      notInProfile: "评估标准「{profile}」不含{part}的标准，本部分未评估。",
      recognitionHeader: ["调查对象", "有效问卷（份）", "满意问卷（份）", "满意度（%）"],
      recognitionCaption: "社会认可度问卷调查结果",
      recognitionItem: "社会认可度：{text}（标准 {threshold}），{status}。",
      vetoHeader: ["序号", "事项", "情况"],
      vetoCaption: "一票否决事项",
      vetoNone: "未发生",
      vetoApplies: "发生",
      vetoState: {
        none: "经核查，一票否决事项均未发生。",
        applies: "存在一票否决事项：{list}。",
        unanswered: "一票否决事项尚有 {n} 项未填报：{list}。",
      },
    },
    problems: {
      none: "按申报表数据，各项评估指标均已达到标准，未发现未达标项目。",
      groups: {
        vetoes: "（{n}）一票否决",
        resources: "（{n}）资源配置方面",
        sizes: "（{n}）班额、学校规模与专用教室",
        county: "（{n}）{part}方面",
        missing: "（{n}）尚未填报的数据",
      },
      cvs: "{stage}：{list} 的差异系数高于上限 {limit}。",
      composite: "{stage}：综合差异系数 {cv} 高于上限 {limit}。",
      schools: "{stage}：{n} 所学校未达到办学标准：",
      item: "{item}：{notes}",
      itemPlain: "{item}：{status}",
      missing: "{part}：{list}。",
      missingResources: "{stage}：{list} {words}（学校表缺少所需的列）。",
    },
    measures: {
      gapsIntro:
        "按申报表「补差测算」，{n} 所学校达到办学标准至少需增加的资源如下（学校的两个学段共用的设施只计一次）：",
      gapSchool: "{school}（{stages}）：增加{additions}。",
      gapsNone: "所有学校均已达到办学标准，无需补差。",
      gapsFailed: "补差测算无法完成：{error}",
      partial: "{words}",
      afterCaption: "补差后全县差异系数",
      afterHeader: ["学段", "指标", "现差异系数", "补差后", "上限", "补差后结果"],
      afterStage: "{stage}：补齐后所有学校达到办学标准，差异系数 {n}/{of} 项达标。",
      deadline: "完成时限、责任单位",
      itemMeasure: "{item}：",
      itemPrompt: "整改措施、完成时限、责任单位",
      classesMeasure: "班额：{stage}超过 {limit} 人的班级 {over} 个。",
      sizeMeasure: "学校规模：{n} 所学校超过规模上限。",
      roomsMeasure: "专用教室：{n} 所学校未配足音乐、美术专用教室。",
      monitoringHeading: "（{n}）动态监测",
      monitoring: "与 {years}的数据相比（年度监测，见监测工作簿），需关注的变化和预警如下：",
      monitoringNone: "与 {years}的数据相比，未发现需要关注的变化或预警。",
      groups: {
        schools: "（{n}）学校补差",
        county: "（{n}）{part}整改",
        sizes: "（{n}）班额、学校规模与专用教室",
      },
    },
    charts: {
      tooMany:
        "{stage}有 {n} 所学校，各校指标图不再逐一绘出（图中难以辨认），各校数值见附件1表Ⅱ-2。",
      none: "本报告未附图表。",
    },
  },
};
