/**
 * The county sheet (县级指标) as data: one rule per figure the county-level
 * parts need (standards.md §1.4–1.7), with the template's wording and the key
 * terms by which another workbook's wording is recognised. The reader
 * (county.ts) and the template (countyTemplateRows) read only this table.
 *
 * A figure is recognised by the text of its 指标 cell, like the school sheet's
 * columns are by their headers: every group of `allOf` must occur (any one term
 * of a group will do), no term of `noneOf` may; the most specific match wins.
 */
import type {
  CountyFlagId,
  CountyNumberId,
  CountyTextId,
  SurveyGroup,
  VetoId,
} from "./countyFigures";
import { matchText } from "./cells";

/** How a figure's value cell is read. */
export type CountyValueKind =
  | "count" // a whole number of people (人, 名, 人次 written after it are accepted)
  | "people" // 人口: 万人 or 人
  | "money" // 元, 万元 or 千元 (from the cell, a 单位 column or the 指标 text)
  | "rate" // a share: 96.5%, 96.5 or 0.965
  | "ratio" // 校际差异率: a decimal (0.12) or 12%
  | "level" // 学业表现水平 Ⅰ–Ⅳ
  | "text" // a name or code, kept as written (县名称, 行政区划代码)
  | "year" // 填报年度: 2025, "2025年", "2025-2026学年" (the first year)
  | "yesNo" // 是/否
  | "occurred"; // 有/无 (a veto: 有 = it happened)

export type CountySection = "basic" | "government" | "quality" | "recognition" | "vetoes";

export type CountyTarget =
  | { kind: "number"; id: CountyNumberId }
  | { kind: "text"; id: CountyTextId }
  | { kind: "flag"; id: CountyFlagId }
  | { kind: "veto"; id: VetoId }
  /** The group surveyed is read from the 指标 text (学生, 家长 …); none means the whole survey. */
  | { kind: "survey"; measure: "responses" | "satisfied" | "rate" }
  /** The subject (and grade) is read from the 指标 text. */
  | { kind: "monitoring"; measure: "level" | "differenceRate" };

export interface CountyFieldRule {
  /** Unique: the figure's id, or "survey.rate", "monitoring.level". */
  key: string;
  target: CountyTarget;
  value: CountyValueKind;
  section: CountySection;
  /** The item of its part (standards.md numbering) the figure serves. */
  item?: number;
  /** The 指标 text in the template (for parametric rules, an example). */
  templateLabel: string;
  /** What messages call the figure. */
  label: string;
  labelEn: string;
  allOf: readonly (readonly string[])[];
  noneOf: readonly string[];
  /** Accepted instead of the template's figures (a rate instead of its counts): not a template row. */
  alternative?: boolean;
}

const JUNIOR = ["初中", "初一", "七年级", "初级中学"];
const PRIMARY = ["小学"];
const RATE = ["比例", "率"];

function rule(
  key: string,
  target: CountyTarget,
  value: CountyValueKind,
  section: CountySection,
  item: number | undefined,
  templateLabel: string,
  label: string,
  labelEn: string,
  allOf: string[][],
  noneOf: string[] = [],
  alternative = false
): CountyFieldRule {
  const r: CountyFieldRule = {
    key,
    target,
    value,
    section,
    templateLabel,
    label,
    labelEn,
    allOf,
    noneOf,
  };
  if (item !== undefined) r.item = item;
  if (alternative) r.alternative = true;
  return r;
}

const num = (id: CountyNumberId): CountyTarget => ({ kind: "number", id });
const flag = (id: CountyFlagId): CountyTarget => ({ kind: "flag", id });
const veto = (id: VetoId): CountyTarget => ({ kind: "veto", id });

/** Order = the template's row order; alternatives last in each section. */
export const COUNTY_FIELD_RULES: readonly CountyFieldRule[] = [
  // --- 基本情况 (表Ⅰ) ---------------------------------------------------------
  // Who and when: they head every sheet of the 申报表.
  rule(
    "countyName",
    { kind: "text", id: "countyName" },
    "text",
    "basic",
    undefined,
    "县（市、区）名称",
    "县（市、区）名称",
    "county name",
    [["名称", "县名", "县（市、区）", "县(市、区)", "县市区"]],
    ["学校", "代码", "学区", "集团", "科目"]
  ),
  rule(
    "countyCode",
    { kind: "text", id: "countyCode" },
    "text",
    "basic",
    undefined,
    "行政区划代码",
    "行政区划代码",
    "county code",
    [["区划代码", "行政代码", "县代码"]]
  ),
  rule(
    "reportYear",
    num("reportYear"),
    "year",
    "basic",
    undefined,
    "填报年度",
    "填报年度",
    "reporting year",
    [["填报年度", "统计年度", "年度"]],
    ["经费", "预算", "上一", "培训", "交流", "轮岗"]
  ),
  // 表Ⅰ L1–L8: the county's own figures (the rest of 表Ⅰ follows from the school table).
  rule(
    "population",
    num("population"),
    "people",
    "basic",
    undefined,
    "县域常住人口（万人）",
    "县域常住人口",
    "county population",
    [["人口"]],
    ["残疾", "农业", "农村"]
  ),
  rule(
    "agriculturalPopulation",
    num("agriculturalPopulation"),
    "people",
    "basic",
    undefined,
    "农业人口数（万人）",
    "农业人口数",
    "agricultural population",
    [["农业人口", "农村人口"]]
  ),
  rule(
    "townships",
    num("townships"),
    "count",
    "basic",
    undefined,
    "乡镇数（个）",
    "乡镇数",
    "townships",
    [["乡镇数", "乡镇（个）", "乡镇(个)", "乡镇个数"]]
  ),
  rule(
    "villages",
    num("villages"),
    "count",
    "basic",
    undefined,
    "行政村数（个）",
    "行政村数",
    "administrative villages",
    [["行政村"]]
  ),
  rule(
    "gdpPerCapita",
    num("gdpPerCapita"),
    "money",
    "basic",
    undefined,
    "年人均国内生产总值（元）",
    "年人均国内生产总值",
    "GDP per head",
    [["生产总值", "gdp"]]
  ),
  rule(
    "fiscalRevenuePerCapita",
    num("fiscalRevenuePerCapita"),
    "money",
    "basic",
    undefined,
    "年人均地方财政收入（元）",
    "年人均地方财政收入",
    "local fiscal revenue per head",
    [["财政收入"]]
  ),
  rule(
    "ruralIncomePerCapita",
    num("ruralIncomePerCapita"),
    "money",
    "basic",
    undefined,
    "农民年人均纯收入（元）",
    "农民年人均纯收入",
    "rural net income per head",
    [["农民", "农村居民"], ["收入"]]
  ),
  rule(
    "urbanIncomePerCapita",
    num("urbanIncomePerCapita"),
    "money",
    "basic",
    undefined,
    "城镇居民年人均可支配收入（元）",
    "城镇居民年人均可支配收入",
    "urban disposable income per head",
    [["城镇居民"], ["收入"]]
  ),
  rule(
    "fullTimeTeachers",
    num("fullTimeTeachers"),
    "count",
    "basic",
    undefined,
    "义务教育阶段专任教师总数（人）",
    "专任教师总数",
    "full-time teachers",
    [["专任教师"]],
    ["资格", "证", "体育", "艺术", "学历", "骨干", "交流", "轮岗", "培训", "工资", "满意", "调查"]
  ),

  // --- 政府保障程度 (§1.4) ------------------------------------------------------
  rule(
    "layoutPlanned",
    flag("layoutPlanned"),
    "yesNo",
    "government",
    1,
    "1. 县域学校规划布局合理，符合国家规定要求（是/否）",
    "学校规划布局合理",
    "school layout planned",
    [["规划布局", "布局规划", "学校布局", "规划"]]
  ),
  rule(
    "fourUnified",
    flag("fourUnified"),
    "yesNo",
    "government",
    2,
    "2. 城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准“四统一”（是/否）",
    "城乡“四统一”",
    "the four unified standards",
    [["四统一", "四个统一"]]
  ),
  rule(
    "specialRoomAreasMet",
    flag("specialRoomAreasMet"),
    "yesNo",
    "government",
    3,
    "3. 音乐、美术专用教室面积达标：每间音乐教室不小于96㎡、美术教室不小于90㎡（是/否）",
    "音乐、美术专用教室面积达标",
    "music and art room areas",
    [["音乐", "美术", "专用教室"], ["面积"]]
  ),
  rule(
    "smallSchoolsFundedAs100",
    flag("smallSchoolsFundedAs100"),
    "yesNo",
    "government",
    6,
    "6. 不足100名学生的村小学和教学点按100名学生核定公用经费（是/否）",
    "小规模学校按100人核定公用经费",
    "small schools funded as 100 students",
    [["村小", "教学点", "不足100", "100名", "100人"]]
  ),
  rule(
    "specialSchoolFundingPerStudent",
    num("specialSchoolFundingPerStudent"),
    "money",
    "government",
    7,
    "7. 特殊教育学校生均公用经费（元）",
    "特殊教育学校生均公用经费",
    "special school funding per student",
    [["特殊教育", "特教"], ["经费"]]
  ),
  // Figures the 申报表's sentences name (表Ⅳ item 7), not judged.
  rule(
    "specialSchoolPublicFunds",
    num("specialSchoolPublicFunds"),
    "money",
    "government",
    7,
    "特殊教育学校公用经费总额（元）",
    "特殊教育学校公用经费总额",
    "special schools' public funds",
    [["特殊教育学校", "特教学校"], ["公用经费"]],
    ["生均"]
  ),
  rule(
    "specialSchoolStudents",
    num("specialSchoolStudents"),
    "count",
    "government",
    7,
    "特殊教育学校在校生数（人）",
    "特殊教育学校在校生数",
    "special-school students",
    [
      ["特殊教育学校", "特教学校"],
      ["学生数", "在校生"],
    ],
    ["经费", "残疾", "生均"]
  ),
  rule(
    "teacherAverageSalary",
    num("teacherAverageSalary"),
    "money",
    "government",
    8,
    "8. 教师平均工资收入（元/年）",
    "教师平均工资收入",
    "teachers' average pay",
    [["教师"], ["工资", "收入", "薪酬"]],
    ["公务员", "绩效", "满意", "调查"]
  ),
  rule(
    "civilServantAverageSalary",
    num("civilServantAverageSalary"),
    "money",
    "government",
    8,
    "当地公务员平均工资收入（元/年）",
    "公务员平均工资收入",
    "civil servants' average pay",
    [["公务员"]]
  ),
  rule(
    "performancePayFullySet",
    flag("performancePayFullySet"),
    "yesNo",
    "government",
    8,
    "按规定足额核定教师绩效工资总量（是/否）",
    "足额核定教师绩效工资总量",
    "performance pay fully set",
    [["绩效"]]
  ),
  rule(
    "trainingCompletionRate",
    num("trainingCompletionRate"),
    "rate",
    "government",
    9,
    "9. 教师5年360学时培训完成率（%）",
    "教师5年360学时培训完成率",
    "360-hour training completion",
    [["360", "培训完成", "参训率"]],
    ["经费"]
  ),
  rule(
    "trainedTeachers",
    num("trainedTeachers"),
    "count",
    "government",
    9,
    "完成5年360学时培训的教师数（人）",
    "完成360学时培训的教师数",
    "teachers who completed the 360 hours",
    [["360"], ["教师数", "教师人数", "人数"]],
    ["经费", ...RATE]
  ),
  rule(
    "staffingAllocated",
    flag("staffingAllocated"),
    "yesNo",
    "government",
    10,
    "10. 县级教育行政部门在核定的编制和岗位总量内统筹分配各校编制和岗位（是/否）",
    "统筹分配各校编制和岗位",
    "posts allocated across schools",
    [
      ["编制", "岗位"],
      ["统筹", "调配", "调剂", "分配"],
    ],
    ["四统一", "有编不补", "编外", "非编"]
  ),
  rule(
    "rotatedTeachers",
    num("rotatedTeachers"),
    "count",
    "government",
    11,
    "11. 上一学年交流轮岗教师数（人）",
    "交流轮岗教师数",
    "teachers rotated",
    [["交流", "轮岗"]],
    ["骨干", "符合", "条件", "应交流", "应轮岗", "比例", "率", "校长"]
  ),
  rule(
    "eligibleForRotation",
    num("eligibleForRotation"),
    "count",
    "government",
    11,
    "符合交流轮岗条件的教师总数（人）",
    "符合交流条件的教师数",
    "teachers eligible for rotation",
    [
      ["交流", "轮岗"],
      ["符合", "条件", "应交流", "应轮岗"],
    ],
    ["骨干", "比例", "率"]
  ),
  rule(
    "rotatedBackboneTeachers",
    num("rotatedBackboneTeachers"),
    "count",
    "government",
    11,
    "其中：交流轮岗的骨干教师数（人）",
    "交流轮岗的骨干教师数",
    "backbone teachers rotated",
    [["交流", "轮岗"], ["骨干"]],
    ["比例", "率"]
  ),
  rule(
    "certifiedTeachers",
    num("certifiedTeachers"),
    "count",
    "government",
    12,
    "12. 持有教师资格证的专任教师数（人）",
    "持有教师资格证的专任教师数",
    "certified teachers",
    [["资格"]],
    RATE
  ),
  rule(
    "primaryIntake",
    num("primaryIntake"),
    "count",
    "government",
    13,
    "13. 城区和镇区公办小学一年级招生数（不含寄宿制学校）（人）",
    "城区和镇区公办小学招生数",
    "urban public primary intake",
    [PRIMARY, ["招生", "新生", "入学人数"]],
    ["就近", "划片", "随迁", "残疾", "中小学", ...RATE]
  ),
  rule(
    "primaryNearbyIntake",
    num("primaryNearbyIntake"),
    "count",
    "government",
    13,
    "其中：小学就近划片入学人数（人）",
    "小学就近划片入学人数",
    "primary admitted by catchment",
    [PRIMARY, ["就近", "划片"]],
    ["中小学", ...RATE]
  ),
  rule(
    "juniorIntake",
    num("juniorIntake"),
    "count",
    "government",
    13,
    "城区和镇区公办初中七年级招生数（不含寄宿制学校）（人）",
    "城区和镇区公办初中招生数",
    "urban public junior intake",
    [JUNIOR, ["招生", "新生", "入学人数"]],
    ["就近", "划片", "随迁", "残疾", "高中", "名额", "三年前", "巩固", ...RATE]
  ),
  rule(
    "juniorNearbyIntake",
    num("juniorNearbyIntake"),
    "count",
    "government",
    13,
    "其中：初中就近划片入学人数（人）",
    "初中就近划片入学人数",
    "junior admitted by catchment",
    [JUNIOR, ["就近", "划片"]],
    RATE
  ),
  rule(
    "highSchoolQuotaRate",
    num("highSchoolQuotaRate"),
    "rate",
    "government",
    14,
    "14. 优质高中招生名额分配到县域内初中的比例（%）",
    "优质高中招生名额分配比例",
    "quality high school quota share",
    [["名额", "指标到校"]],
    ["倾斜"]
  ),
  rule(
    "highSchoolQuotaTotal",
    num("highSchoolQuotaTotal"),
    "count",
    "government",
    14,
    "优质高中招生名额总数（人）",
    "优质高中招生名额总数",
    "quality high school places in all",
    [["优质高中"], ["名额总数", "招生总数", "招生计划"]],
    ["分配", "农村", "倾斜", ...RATE]
  ),
  rule(
    "highSchoolQuotaAllocated",
    num("highSchoolQuotaAllocated"),
    "count",
    "government",
    14,
    "其中：分配到县域内初中的名额（人）",
    "分配到县域内初中的名额",
    "places allocated to junior schools",
    [["名额"], ["分配"]],
    ["农村", "倾斜", ...RATE]
  ),
  rule(
    "highSchoolQuotaRural",
    num("highSchoolQuotaRural"),
    "count",
    "government",
    14,
    "其中：分配到农村初中的名额（人）",
    "分配到农村初中的名额",
    "places allocated to rural junior schools",
    [["名额"], ["农村"]],
    ["倾斜", ...RATE]
  ),
  rule(
    "highSchoolQuotaFavoursRural",
    flag("highSchoolQuotaFavoursRural"),
    "yesNo",
    "government",
    14,
    "优质高中招生名额分配向农村初中倾斜（是/否）",
    "名额分配向农村初中倾斜",
    "quota favours rural schools",
    [["倾斜"]]
  ),
  rule(
    "leftBehindChildrenCare",
    flag("leftBehindChildrenCare"),
    "yesNo",
    "government",
    15,
    "15. 留守儿童关爱体系健全（是/否）",
    "留守儿童关爱体系健全",
    "left-behind children care",
    [["留守"]]
  ),
  rule(
    "migrantChildrenInPublic",
    num("migrantChildrenInPublic"),
    "count",
    "government",
    15,
    "在公办学校和政府购买学位就读的随迁子女数（人）",
    "在公办学校和政府购买学位就读的随迁子女数",
    "migrant children in public places",
    [["随迁"], ["公办", "购买"]],
    RATE
  ),
  rule(
    "migrantChildrenEligible",
    num("migrantChildrenEligible"),
    "count",
    "government",
    15,
    "符合条件的随迁子女总数（人）",
    "符合条件的随迁子女总数",
    "eligible migrant children",
    [["随迁"], ["符合", "条件", "总数", "适龄"]],
    ["公办", "购买", ...RATE]
  ),
  rule(
    "migrantChildrenInPurchased",
    num("migrantChildrenInPurchased"),
    "count",
    "government",
    15,
    "其中：在政府购买服务的民办学校就读的随迁子女数（人）",
    "在政府购买服务的民办学校就读的随迁子女数",
    "migrant children in places bought at private schools",
    [["随迁"], ["民办"], ["购买"]],
    RATE
  ),
  // Rates accepted where a county reports them instead of the counts.
  rule(
    "certifiedTeacherRate",
    num("certifiedTeacherRate"),
    "rate",
    "government",
    12,
    "专任教师持证上岗率（%）",
    "专任教师持证上岗率",
    "certified teacher share",
    [["资格", "持证"], RATE],
    [],
    true
  ),
  rule(
    "primaryNearbyRate",
    num("primaryNearbyRate"),
    "rate",
    "government",
    13,
    "小学就近划片入学比例（%）",
    "小学就近划片入学比例",
    "primary catchment share",
    [PRIMARY, ["就近", "划片"], RATE],
    ["中小学"],
    true
  ),
  rule(
    "juniorNearbyRate",
    num("juniorNearbyRate"),
    "rate",
    "government",
    13,
    "初中就近划片入学比例（%）",
    "初中就近划片入学比例",
    "junior catchment share",
    [JUNIOR, ["就近", "划片"], RATE],
    [],
    true
  ),
  rule(
    "migrantChildrenPublicRate",
    num("migrantChildrenPublicRate"),
    "rate",
    "government",
    15,
    "随迁子女在公办学校和政府购买学位就读比例（%）",
    "随迁子女在公办学校就读比例",
    "migrant children public share",
    [["随迁"], RATE],
    [],
    true
  ),

  // --- 教育质量 (§1.5) ----------------------------------------------------------
  rule(
    "juniorCohortEnrolled",
    num("juniorCohortEnrolled"),
    "count",
    "quality",
    1,
    "1. 本届初中毕业生三年前初一（七年级）在校生数（人）",
    "三年前初一在校生数",
    "grade 7 enrolment three years ago",
    [["三年前", "入学时", "初一在校生", "七年级在校生"]],
    RATE
  ),
  rule(
    "juniorGraduates",
    num("juniorGraduates"),
    "count",
    "quality",
    1,
    "本届初中毕业生数（人）",
    "初中毕业生数",
    "junior graduates",
    [["毕业生", "毕业人数"]],
    ["三年前", ...RATE]
  ),
  rule(
    "juniorTransfersIn",
    num("juniorTransfersIn"),
    "count",
    "quality",
    1,
    "三年内转入学生数（人）",
    "转入学生数",
    "transfers in",
    [["转入"]]
  ),
  rule(
    "juniorTransfersOut",
    num("juniorTransfersOut"),
    "count",
    "quality",
    1,
    "三年内转出学生数（人）",
    "转出学生数",
    "transfers out",
    [["转出"]]
  ),
  rule(
    "juniorCohortDeaths",
    num("juniorCohortDeaths"),
    "count",
    "quality",
    1,
    "三年内死亡学生数（人）",
    "死亡学生数",
    "deaths",
    [["死亡"]]
  ),
  rule(
    "disabledEnrolled",
    num("disabledEnrolled"),
    "count",
    "quality",
    2,
    "2. 残疾儿童少年入学人数（含随班就读、送教上门）（人）",
    "残疾儿童少年入学人数",
    "disabled children enrolled",
    [["残疾"], ["入学", "在校", "就读", "安置"]],
    ["总数", "应入学", ...RATE]
  ),
  rule(
    "disabledTotal",
    num("disabledTotal"),
    "count",
    "quality",
    2,
    "适龄残疾儿童少年总数（人）",
    "适龄残疾儿童少年总数",
    "disabled children of school age",
    [["残疾"], ["总数", "应入学", "适龄残疾儿童少年数", "适龄残疾儿童少年人数"]],
    ["已入学", ...RATE]
  ),
  rule(
    "disabledInSpecialSchools",
    num("disabledInSpecialSchools"),
    "count",
    "quality",
    2,
    "其中：在特殊教育学校就读的残疾儿童少年数（人）",
    "在特殊教育学校就读的残疾儿童少年数",
    "disabled children in special schools",
    [["残疾"], ["特殊教育学校", "特教学校"]],
    ["总数", "应入学", ...RATE]
  ),
  rule(
    "charterAndDigitalManagement",
    flag("charterAndDigitalManagement"),
    "yesNo",
    "quality",
    3,
    "3. 所有学校制定章程，实现学校管理与教学信息化（是/否）",
    "学校章程与管理、教学信息化",
    "school charters, digital management",
    [["章程"]]
  ),
  rule(
    "trainingSpending",
    num("trainingSpending"),
    "money",
    "quality",
    4,
    "4. 学校教师培训经费支出合计（万元）",
    "教师培训经费",
    "teacher training spending",
    [["培训"], ["经费", "费用", "支出"]],
    ["比例", "占", "率"]
  ),
  rule(
    "publicFundsBudget",
    num("publicFundsBudget"),
    "money",
    "quality",
    4,
    "学校年度公用经费预算总额（万元）",
    "公用经费预算总额",
    "annual public funds budget",
    [["公用经费"], ["预算"]],
    ["培训", "特殊", "特教", "比例"]
  ),
  rule(
    "ictWellUsed",
    flag("ictWellUsed"),
    "yesNo",
    "quality",
    5,
    "5. 教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平（是/否）",
    "熟练运用信息化手段，设施设备利用率高",
    "ICT used well",
    [["信息化手段", "信息技术", "信息化教学", "设施设备", "设备利用", "利用率"]]
  ),
  rule(
    "moralEducationGood",
    flag("moralEducationGood"),
    "yesNo",
    "quality",
    6,
    "6. 所有学校德育工作、校园文化建设水平达到良好以上（是/否）",
    "德育、校园文化达到良好以上",
    "moral education and school culture",
    [["德育", "校园文化"]],
    ["监测", "差异"]
  ),
  rule(
    "fullCurriculum",
    flag("fullCurriculum"),
    "yesNo",
    "quality",
    7,
    "7. 课程开齐开足，教学秩序规范，综合实践活动有效开展（是/否）",
    "课程开齐开足，综合实践活动有效开展",
    "full curriculum",
    [["课程", "综合实践"]],
    ["监测"]
  ),
  rule(
    "homeworkBurdenReasonable",
    flag("homeworkBurdenReasonable"),
    "yesNo",
    "quality",
    8,
    "8. 无过重课业负担（是/否）",
    "无过重课业负担",
    "no excessive homework",
    [["负担"]]
  ),
  rule(
    "monitoring.level",
    { kind: "monitoring", measure: "level" },
    "level",
    "quality",
    9,
    "9. 质量监测 数学：学业表现水平（Ⅰ～Ⅳ级）",
    "质量监测学业表现水平",
    "monitoring level",
    [["质量监测", "学业水平", "学业表现", "监测"]],
    ["差异"]
  ),
  rule(
    "monitoring.differenceRate",
    { kind: "monitoring", measure: "differenceRate" },
    "ratio",
    "quality",
    9,
    "质量监测 数学：校际差异率",
    "质量监测校际差异率",
    "monitoring between-school difference rate",
    [["差异率", "校际差异"]]
  ),
  rule(
    "consolidationRate",
    num("consolidationRate"),
    "rate",
    "quality",
    1,
    "初中三年巩固率（%）",
    "初中三年巩固率",
    "junior retention rate",
    [["巩固率"]],
    [],
    true
  ),
  rule(
    "disabledEnrolmentRate",
    num("disabledEnrolmentRate"),
    "rate",
    "quality",
    2,
    "残疾儿童少年入学率（%）",
    "残疾儿童少年入学率",
    "disabled children enrolment rate",
    [["残疾"], ["入学率", "比例"]],
    [],
    true
  ),
  rule(
    "trainingSpendingRate",
    num("trainingSpendingRate"),
    "rate",
    "quality",
    4,
    "教师培训经费占公用经费预算比例（%）",
    "教师培训经费占公用经费比例",
    "training spending share",
    [["培训"], ["经费"], ["比例", "占"]],
    [],
    true
  ),

  // --- 社会认可度 (§1.6) --------------------------------------------------------
  rule(
    "survey.responses",
    { kind: "survey", measure: "responses" },
    "count",
    "recognition",
    1,
    "学生：参与调查人数（人）",
    "参与调查人数",
    "people surveyed",
    [["调查人数", "问卷", "样本", "参与调查", "参评", "调查对象", "调查人次"]],
    ["满意人数", "认可人数", "满意的", "认可的", "率", "走访"]
  ),
  rule(
    "survey.satisfied",
    { kind: "survey", measure: "satisfied" },
    "count",
    "recognition",
    1,
    "学生：满意（认可）人数（人）",
    "满意人数",
    "people satisfied",
    [["满意人数", "认可人数", "满意的人数", "认可的人数", "满意人次", "表示满意", "满意", "认可"]],
    ["率", "度", "比例", "%", "走访"]
  ),
  rule(
    "survey.rate",
    { kind: "survey", measure: "rate" },
    "rate",
    "recognition",
    1,
    "社会认可度（综合，%）",
    "社会认可度",
    "public recognition",
    [
      ["满意", "认可"],
      ["率", "度", "比例", "%"],
    ],
    ["人数", "人次", "问卷", "样本", "走访"]
  ),
  // 表Ⅵ L5–L6: the 实地走访 (on-site visits) beside the questionnaire.
  rule(
    "fieldVisits",
    num("fieldVisits"),
    "count",
    "recognition",
    undefined,
    "实地走访人数（人）",
    "实地走访人数",
    "people visited on site",
    [["走访"]],
    ["满意", "认可", "率", "度"]
  ),
  rule(
    "fieldVisitsSatisfied",
    num("fieldVisitsSatisfied"),
    "count",
    "recognition",
    undefined,
    "实地走访满意人数（人）",
    "实地走访满意人数",
    "people visited on site who are satisfied",
    [["走访"], ["满意", "认可"]],
    ["率", "度", "比例", "%"]
  ),

  // --- 一票否决 (§1.7): 有 = it happened -----------------------------------------
  rule(
    "examAdmission",
    veto("examAdmission"),
    "occurred",
    "vetoes",
    1,
    "以考试方式招生（有/无）",
    "以考试方式招生",
    "admission by examination",
    [["考试"]],
    ["监测"]
  ),
  rule(
    "illegalSchoolChoice",
    veto("illegalSchoolChoice"),
    "occurred",
    "vetoes",
    2,
    "违规择校（有/无）",
    "违规择校",
    "illegal school choice",
    [["择校"]]
  ),
  rule(
    "keySchoolsOrClasses",
    veto("keySchoolsOrClasses"),
    "occurred",
    "vetoes",
    3,
    "设置重点学校或重点班（有/无）",
    "重点学校或重点班",
    "key schools or classes",
    [["重点校", "重点学校", "重点班"]]
  ),
  rule(
    "staffingVacancies",
    veto("staffingVacancies"),
    "occurred",
    "vetoes",
    4,
    "“有编不补”或长期聘用编外教师（有/无）",
    "“有编不补”或长期聘用编外教师",
    "unfilled posts or long-term non-staff teachers",
    [["有编不补", "编外", "非编", "代课"]]
  ),
  rule(
    "majorSafetyAccident",
    veto("majorSafetyAccident"),
    "occurred",
    "vetoes",
    5,
    "教育系统重大安全责任事故或严重违纪违规事件（有/无）",
    "重大安全责任事故或严重违纪违规事件",
    "major accident or misconduct",
    [["安全事故", "责任事故", "安全责任", "违纪违规", "违纪", "事故"]]
  ),
  rule(
    "falsifiedData",
    veto("falsifiedData"),
    "occurred",
    "vetoes",
    6,
    "弄虚作假（有/无）",
    "弄虚作假",
    "falsified data",
    [["弄虚作假", "造假", "虚假", "弄虚"]]
  ),
];

// ---------------------------------------------------------------------------
// Parameters read from the 指标 text: the survey group, the monitored subject.
// ---------------------------------------------------------------------------

/** Checked in this order: 学生家长 is 家长, 教师 comes after 校长 and the deputies. */
const SURVEY_GROUP_TERMS: readonly [SurveyGroup, readonly string[]][] = [
  ["parents", ["家长"]],
  ["principals", ["校长"]],
  ["npcDeputies", ["人大"]],
  ["cppccMembers", ["政协"]],
  ["residents", ["群众", "居民", "社会人士", "社区", "其他"]],
  ["teachers", ["教师", "老师"]],
  ["students", ["学生"]],
];

/** The group a survey figure is about; undefined for the whole survey. */
export function surveyGroupOf(text: string): SurveyGroup | undefined {
  const t = matchText(text);
  for (const [group, terms] of SURVEY_GROUP_TERMS)
    if (terms.some((term) => t.includes(term))) return group;
  return undefined;
}

/** Subjects of the 国家义务教育质量监测, by the words people write for them. 美术/音乐 are monitored separately. */
const SUBJECTS: readonly [string, readonly string[]][] = [
  ["语文", ["语文"]],
  ["数学", ["数学"]],
  ["英语", ["英语", "外语"]],
  ["科学", ["科学"]],
  ["物理", ["物理"]],
  ["化学", ["化学"]],
  ["生物", ["生物"]],
  ["德育", ["德育"]],
  ["道德与法治", ["道德与法治", "品德"]],
  ["体育与健康", ["体育与健康", "体育"]],
  ["心理健康", ["心理健康"]],
  ["音乐", ["音乐"]],
  ["美术", ["美术"]],
  ["艺术", ["艺术"]],
  ["劳动", ["劳动"]],
  ["信息科技", ["信息科技", "信息技术"]],
];

const GRADE = /([一二三四五六七八九]|[1-9])年级/;

/** "数学（八年级）" from the 指标 text; '' when it names no subject (a county-wide figure). */
export function monitoringSubjectOf(text: string): string {
  const t = matchText(text);
  const subject = SUBJECTS.find(([, terms]) => terms.some((term) => t.includes(term)))?.[0] ?? "";
  const grade = GRADE.exec(t);
  if (!grade) return subject;
  const digits = "一二三四五六七八九";
  const g = /[1-9]/.test(grade[1]) ? digits[Number(grade[1]) - 1] : grade[1];
  return subject === "" ? `${g}年级` : `${subject}（${g}年级）`;
}

// ---------------------------------------------------------------------------
// Matching a 指标 text
// ---------------------------------------------------------------------------

export interface CountyRuleMatch {
  rule: CountyFieldRule;
  /** Characters of the matched terms: the most specific rule wins. */
  score: number;
}

const normalised = new WeakMap<CountyFieldRule, { allOf: string[][]; noneOf: string[] }>();
function termsOf(r: CountyFieldRule): { allOf: string[][]; noneOf: string[] } {
  let t = normalised.get(r);
  if (!t) {
    t = { allOf: r.allOf.map((g) => g.map(matchText)), noneOf: r.noneOf.map(matchText) };
    normalised.set(r, t);
  }
  return t;
}

function scoreRule(r: CountyFieldRule, text: string): number {
  const terms = termsOf(r);
  for (const t of terms.noneOf) if (text.includes(t)) return 0;
  let total = 0;
  for (const group of terms.allOf) {
    let best = 0;
    for (const t of group) if (t.length > best && text.includes(t)) best = t.length;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** The rules a text fits best (several on a tie; none when it fits none). */
export function matchCountyRules(text: string): CountyRuleMatch[] {
  const t = matchText(text);
  if (t === "") return [];
  let best: CountyRuleMatch[] = [];
  for (const r of COUNTY_FIELD_RULES) {
    const score = scoreRule(r, t);
    if (score === 0) continue;
    if (best.length === 0 || score > best[0].score) best = [{ rule: r, score }];
    else if (score === best[0].score) best.push({ rule: r, score });
  }
  return best;
}

// ---------------------------------------------------------------------------
// The template
// ---------------------------------------------------------------------------

export const COUNTY_SHEET_NAME = "县级指标";
export const COUNTY_TEMPLATE_HEADERS: readonly string[] = ["指标", "数值", "说明或佐证"];

export type CountyTemplateRow =
  | { kind: "section"; text: string }
  /** `param`: the survey group (e.g. "students") or the monitored subject (e.g. "数学") of a parametric row. */
  | { kind: "figure"; label: string; key: string; value: CountyValueKind; param?: string };

const SECTION_TITLES: Readonly<Record<CountySection, string>> = {
  basic: "一、基本情况",
  government: "二、政府保障程度（第4、5项班额与学校规模、第3项专用教室间数由学校表计算，不必填写）",
  quality: "三、教育质量",
  recognition: "四、社会认可度调查（按调查对象填写人数，或只填综合认可度）",
  vetoes: "五、一票否决事项（填“有”或“无”）",
};

/** The groups in the template's order (§1.6). */
const TEMPLATE_SURVEY_GROUPS: readonly [SurveyGroup, string][] = [
  ["students", "学生"],
  ["parents", "家长"],
  ["teachers", "教师"],
  ["principals", "校长"],
  ["npcDeputies", "人大代表"],
  ["cppccMembers", "政协委员"],
  ["residents", "其他群众"],
];

/** Subjects the template lists; subjects not monitored are left blank. */
export const TEMPLATE_MONITORING_SUBJECTS: readonly string[] = [
  "语文",
  "数学",
  "英语",
  "科学",
  "体育与健康",
  "艺术",
  "德育",
];

/**
 * The county sheet of the data template, row by row: section rows and one row
 * per figure (指标 / 数值 / 说明或佐证). The CLI's example generator and the
 * wizard's "create template" step write these, so what they write is what the
 * reader reads best.
 */
export function countyTemplateRows(): {
  name: string;
  headers: string[];
  rows: CountyTemplateRow[];
} {
  const rows: CountyTemplateRow[] = [];
  let section: CountySection | undefined;
  const figure = (
    r: CountyFieldRule,
    label = r.templateLabel,
    param?: string
  ): CountyTemplateRow =>
    param === undefined
      ? { kind: "figure", label, key: r.key, value: r.value }
      : { kind: "figure", label, key: r.key, value: r.value, param };
  for (const r of COUNTY_FIELD_RULES) {
    if (r.alternative) continue;
    if (r.section !== section) {
      section = r.section;
      rows.push({ kind: "section", text: SECTION_TITLES[section] });
    }
    if (r.key === "monitoring.level") {
      TEMPLATE_MONITORING_SUBJECTS.forEach((subject, i) => {
        rows.push(
          figure(
            r,
            `${i === 0 ? "9. " : ""}质量监测 ${subject}：学业表现水平（Ⅰ～Ⅳ级）`,
            monitoringSubjectOf(subject)
          )
        );
        rows.push(
          figure(
            COUNTY_FIELD_RULES.find((x) => x.key === "monitoring.differenceRate")!,
            `质量监测 ${subject}：校际差异率`,
            monitoringSubjectOf(subject)
          )
        );
      });
    } else if (r.key === "monitoring.differenceRate") {
      continue;
    } else if (r.key === "survey.responses") {
      for (const [group, name] of TEMPLATE_SURVEY_GROUPS) {
        rows.push(figure(r, `${name}：参与调查人数（人）`, group));
        rows.push(
          figure(
            COUNTY_FIELD_RULES.find((x) => x.key === "survey.satisfied")!,
            `${name}：满意（认可）人数（人）`,
            group
          )
        );
      }
    } else if (r.key === "survey.satisfied") {
      continue;
    } else {
      rows.push(figure(r));
    }
  }
  return { name: COUNTY_SHEET_NAME, headers: [...COUNTY_TEMPLATE_HEADERS], rows };
}

// ---------------------------------------------------------------------------
// Words the county sheet's reader (county.ts) recognises in a workbook
// ---------------------------------------------------------------------------

/**
 * Titles of the report sheets that showed county figures until issue 24 (the 申报表 now
 * carries them on 表Ⅰ, 表Ⅳ–表Ⅵ only): a workbook that holds an earlier 申报表 must not
 * have those sheets read back as the county's input.
 */
export const COUNTY_REPORT_TITLES: readonly string[] = [
  "县域义务教育优质均衡发展 政府保障程度",
  "县域义务教育优质均衡发展 教育质量",
  "县域义务教育优质均衡发展 社会认可度",
  "县域义务教育优质均衡发展 基本情况（表Ⅰ）",
];

/** The header row of a county sheet (指标 | 数值 | 说明): the words of each column's heading. */
export const COUNTY_NOTE_HEADER = ["说明", "佐证", "备注", "依据", "材料", "来源"];
export const COUNTY_VALUE_HEADER = ["数值", "数据", "填报", "值", "结果", "情况", "本县"];
export const COUNTY_LABEL_HEADER = ["指标", "项目", "内容", "名称"];
export const COUNTY_UNIT_HEADER = ["单位"];

/** Units of money and of people a county figure may be written in, the larger first, with their factors. */
export const COUNTY_MONEY_UNITS: readonly [string, number][] = [
  ["万元", 10000],
  ["千元", 1000],
  ["元", 1],
];
export const COUNTY_PEOPLE_UNITS: readonly [string, number][] = [
  ["万人", 10000],
  ["人", 1],
];

/** The unit a figure is taken in when its cell says none. */
export const COUNTY_DEFAULT_UNITS = {
  money: "元",
  people: "人",
  tenThousandPeople: "万人",
} as const;

/** The answers read as 是 and as 否 (NFKC, the text before any explanation). */
export const COUNTY_YES_WORDS: readonly string[] = [
  "是",
  "有",
  "已",
  "存在",
  "发生",
  "达到",
  "达标",
  "已达到",
  "已达标",
  "符合",
  "合格",
  "良好",
  "优秀",
  "良好以上",
  "健全",
  "已健全",
  "已建立",
  "建立",
  "已落实",
  "落实",
  "完成",
  "已完成",
  "足额",
  "是的",
  "yes",
  "y",
  "true",
  "√",
  "✓",
  "✔",
  "对",
];
export const COUNTY_NO_WORDS: readonly string[] = [
  "否",
  "无",
  "没有",
  "不存在",
  "未发生",
  "未",
  "未达到",
  "未达标",
  "不达标",
  "不符合",
  "不合格",
  "不健全",
  "未建立",
  "未落实",
  "未完成",
  "不足额",
  "较差",
  "不是",
  "no",
  "n",
  "false",
  "×",
  "✗",
  "✘",
  "不",
];
