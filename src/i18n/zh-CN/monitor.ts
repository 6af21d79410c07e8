/** zh-CN: see ../index.ts for which sources use this part. */
export const MONITOR = {
  /** src/report/compare.ts: the 监测 workbook of `edu-balance compare --out` (issue 25). */
  workbook: {
    /** Printed at the foot of every page: the county, the years, the page (Excel's &P, &N). */
    footer: "{county}　{years}　第 &P 页 共 &N 页",
    years: "{first}—{last} 年",
    oneYear: "{year} 年",
    yearSeparator: "、",
    noCountyName: "（未填县名）",
    subtitle: "评估标准：{profile}　年度：{years}　数据文件：{sources}",
    yearColumn: "{year} 年",
    dash: "—",
    /** The downloaded workbook's name after the file's stem (the offline page): 示例县2025.监测.xlsx. */
    fileLabel: "监测",
  },
  trend: {
    sheet: "年度对比",
    title: "义务教育{kind}发展年度监测：年度对比",
    /** The 县域项目 rows use the same columns: 部分, 数值 or 结论, the item. */
    header: ["学段或部分", "项目", "指标", "上限"],
    stageSection: "【{stage}】",
    mean: "全县平均值",
    cv: "差异系数",
    cvChange: "差异系数较上年变化",
    composite: "综合差异系数",
    allIndicators: "七项指标",
    schoolsPassing: "达标学校数",
    schools: "参评学校数",
    stagePasses: "学段结论",
    classesOverLimit: "超过标准班额的班级数",
    largeClasses: "大班额班级数（56 人及以上）",
    veryLargeClasses: "超大班额班级数（66 人及以上）",
    counts: "学校与班额",
    countySection: "县域项目（政府保障程度、教育质量、社会认可度），按年度",
    figure: "数值",
    verdict: "结论",
    noCountyItems: "各年度工作簿均无县级表，县域项目未比较",
    parts: {
      government: "政府保障程度",
      quality: "教育质量",
      recognition: "社会认可度",
    },
    verdicts: {
      met: "达标",
      notMet: "未达标",
      missing: "未填报",
    },
    pass: "达标",
    fail: "未达标",
  },
  schools: {
    sheet: "学校变化",
    title: "义务教育{kind}发展年度监测：各校逐年情况",
    header: ["学校标识码", "学段"],
    name: "{year} 年名称",
    met: "{year} 年达标项数",
    verdict: "{year} 年结论",
    events: "变化",
    notThere: "（无）",
    legendTitle: "图例：",
    legend:
      "红色：新不达标、撤并或停办；绿色：新增学校、恢复达标；黄色：接近标准、可能更名、新增超规模或超班额，须留意；无底色：更名等其他变化",
    eventSeparator: "；",
  },
  /** The charts page beside the workbook (监测.图表.html). */
  charts: {
    title: "{county}义务教育{kind}年度监测图表（{years}）",
    subtitle:
      "评估标准：{profile}。红色柱：超过上限的差异系数，或学段未达标的年度；虚线：差异系数上限。",
    cvChart: "{stage}{indicator}差异系数",
    compositeChart: "{stage}综合差异系数",
    limit: "上限 {limit}",
    passingChart: "{stage}达标学校数（柱上：达标数/参评数）",
  },
  warnings: {
    sheet: "预警",
    title: "义务教育{kind}发展年度监测：预警（{year} 年）",
    header: ["序号", "类别", "学段", "学校", "指标", "今年", "按趋势下一年", "上限或标准", "距离"],
    kinds: {
      cv: "差异系数",
      school: "学校",
    },
    /** The 学校 cell of a CV's warning. */
    wholeCounty: "（全县）",
    oneYear: "只有一个年度的数据，无法按趋势预警",
  },
};
