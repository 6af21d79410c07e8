/**
 * The example county's county sheet (县级指标), twice:
 * - in the template's layout (countyTemplateRows: 指标 / 数值 / 说明或佐证, units
 *   as the 指标 text says, shares as numbers formatted %);
 * - as counties really fill it in: a title and 填报单位 row, 序号 and 单位
 *   columns, their own wording, "其中：" rows, 万元 where the template has 元,
 *   numbers as text with separators, "100" for 100%, "52%", "III", √, 已落实.
 * Both hold the same figures (sampleCountyFigures), so they must give the same
 * county assessment.
 */
import { countyTemplateRows, formatLevel } from "../../core";
import type { ReportCell, ReportSheet } from "../../report";
import type { SampleCountyFigure } from "./sampleCounty";

function figureKey(key: string, param?: string): string {
  return param === undefined ? key : `${key}@${param}`;
}

function byKey(figures: readonly SampleCountyFigure[]): Map<string, SampleCountyFigure> {
  return new Map(figures.map((f) => [figureKey(f.key, f.param), f]));
}

/** The template's value cell: in the unit its 指标 text names. */
function templateValue(f: SampleCountyFigure, kind: string, label: string): ReportCell {
  const v = f.value;
  if (typeof v === "string") return { value: v };
  if (typeof v === "boolean")
    return { value: kind === "occurred" ? (v ? "有" : "无") : v ? "是" : "否" };
  switch (kind) {
    case "money":
      return label.includes("万元") ? { value: v / 10000, numFmt: "0.00" } : { value: v };
    case "people":
      return label.includes("万人") ? { value: v / 10000, numFmt: "0.00" } : { value: v };
    case "rate":
      return { value: v, numFmt: "0.00%" };
    case "ratio":
      return { value: v, numFmt: "0.00" };
    case "level":
      return { value: formatLevel(v) };
    default:
      return { value: v };
  }
}

export function templateCountySheet(figures: readonly SampleCountyFigure[]): ReportSheet {
  const t = countyTemplateRows();
  const data = byKey(figures);
  const rows: ReportCell[][] = [t.headers.map((h) => ({ value: h, style: "header" }))];
  const merges: NonNullable<ReportSheet["merges"]> = [];
  for (const r of t.rows) {
    if (r.kind === "section") {
      rows.push([{ value: r.text, style: "total" }]);
      merges.push({
        startRow: rows.length - 1,
        startColumn: 0,
        endRow: rows.length - 1,
        endColumn: 2,
      });
      continue;
    }
    const f = data.get(figureKey(r.key, r.param));
    rows.push([
      { value: r.label, style: "text" },
      f ? { ...templateValue(f, r.value, r.label), style: "text" } : { value: "", style: "text" },
      { value: f?.note ?? "", style: "text" },
    ]);
  }
  return {
    name: t.name,
    id: "countyData",
    columns: [{ width: 64 }, { width: 14 }, { width: 44 }],
    rows,
    merges,
    headerRows: 1,
    print: { landscape: true, fitToWidth: true },
  };
}

// ---------------------------------------------------------------------------
// The untidy county sheet
// ---------------------------------------------------------------------------

type Untidy =
  | { section: string }
  | {
      key: string;
      param?: string;
      label: string;
      unit: string;
      value: (v: number | boolean | string) => string | number | boolean;
    };

const yes = (word: string) => (v: number | boolean | string) => (v ? word : "否");
const had = (v: number | boolean | string) => (v ? "有" : "无");
const grouped = (v: number | boolean | string) =>
  Number(v).toLocaleString("en-US", { maximumFractionDigits: 4 });
const wan = (v: number | boolean | string) => String(Number(v) / 10000);
const plain = (v: number | boolean | string) => Number(v);
const percentNumber = (v: number | boolean | string) => String(Number(v) * 100);
const percentText = (v: number | boolean | string) => `${Number(v) * 100}%`;
const ROMAN = ["", "I", "II", "III", "IV"];

const UNTIDY_ROWS: readonly Untidy[] = [
  { section: "一、县域基本情况" },
  { key: "countyName", label: "县（市、区）名称", unit: "", value: (v) => v },
  { key: "countyCode", label: "行政区划代码", unit: "", value: (v) => v },
  { key: "reportYear", label: "填报年度", unit: "", value: (v) => `${String(v)}年` },
  { key: "population", label: "全县常住人口", unit: "人", value: grouped },
  { key: "fullTimeTeachers", label: "专任教师数（义务教育）", unit: "人", value: plain },
  { key: "agriculturalPopulation", label: "农业人口", unit: "万人", value: wan },
  { key: "townships", label: "乡镇数", unit: "个", value: plain },
  { key: "villages", label: "行政村数", unit: "个", value: plain },
  { key: "gdpPerCapita", label: "人均GDP", unit: "元", value: grouped },
  { key: "fiscalRevenuePerCapita", label: "人均地方财政收入", unit: "元", value: plain },
  { key: "ruralIncomePerCapita", label: "农村居民人均纯收入", unit: "元", value: grouped },
  { key: "urbanIncomePerCapita", label: "城镇居民人均可支配收入", unit: "元", value: grouped },
  { key: "fieldVisits", label: "实地走访人数", unit: "人", value: plain },
  { key: "fieldVisitsSatisfied", label: "实地走访中满意人数", unit: "人", value: plain },
  { section: "二、政府保障程度" },
  { key: "layoutPlanned", label: "学校规划布局是否合理", unit: "", value: yes("是") },
  { key: "fourUnified", label: "是否实现城乡“四统一”", unit: "", value: yes("是（已出台文件）") },
  {
    key: "specialRoomAreasMet",
    label: "音乐美术专用教室面积是否达标",
    unit: "",
    value: yes("达标"),
  },
  {
    key: "smallSchoolsFundedAs100",
    label: "100人以下村小、教学点按100人拨付公用经费",
    unit: "",
    value: yes("已落实"),
  },
  {
    key: "specialSchoolFundingPerStudent",
    label: "特教学校生均公用经费",
    unit: "元/生",
    value: grouped,
  },
  { key: "specialSchoolPublicFunds", label: "特教学校公用经费支出", unit: "万元", value: wan },
  { key: "specialSchoolStudents", label: "特教学校在校生", unit: "人", value: plain },
  { key: "teacherAverageSalary", label: "义务教育教师年平均工资", unit: "万元", value: wan },
  { key: "civilServantAverageSalary", label: "当地公务员年平均工资", unit: "万元", value: wan },
  { key: "performancePayFullySet", label: "教师绩效工资总量足额核定", unit: "", value: yes("√") },
  { key: "trainingCompletionRate", label: "5年360学时培训完成率", unit: "%", value: percentNumber },
  { key: "trainedTeachers", label: "完成360学时培训教师人数", unit: "人", value: grouped },
  { key: "staffingAllocated", label: "教职工编制、岗位由县统筹调配", unit: "", value: yes("是") },
  { key: "rotatedTeachers", label: "本学年交流轮岗教师人数", unit: "人", value: plain },
  { key: "rotatedBackboneTeachers", label: "其中：骨干教师", unit: "人", value: plain },
  { key: "eligibleForRotation", label: "符合交流条件教师总人数", unit: "人", value: grouped },
  { key: "certifiedTeachers", label: "持教师资格证专任教师数", unit: "人", value: grouped },
  { key: "primaryIntake", label: "城镇公办小学一年级新生数", unit: "人", value: grouped },
  { key: "primaryNearbyIntake", label: "其中：就近划片入学", unit: "人", value: String },
  { key: "juniorIntake", label: "城镇公办初中七年级新生数", unit: "人", value: plain },
  { key: "juniorNearbyIntake", label: "其中：就近划片入学", unit: "人", value: plain },
  { key: "highSchoolQuotaRate", label: "优质高中指标到校比例", unit: "", value: percentText },
  { key: "highSchoolQuotaTotal", label: "优质高中招生计划总数", unit: "人", value: grouped },
  { key: "highSchoolQuotaAllocated", label: "其中：分配到校名额", unit: "人", value: plain },
  { key: "highSchoolQuotaRural", label: "其中：分配农村初中名额", unit: "人", value: plain },
  {
    key: "highSchoolQuotaFavoursRural",
    label: "指标到校向农村学校倾斜",
    unit: "",
    value: yes("是"),
  },
  { key: "leftBehindChildrenCare", label: "留守儿童关爱体系", unit: "", value: yes("已建立") },
  {
    key: "migrantChildrenInPublic",
    label: "随迁子女在公办学校（含政府购买学位）就读人数",
    unit: "人",
    value: grouped,
  },
  { key: "migrantChildrenEligible", label: "符合条件随迁子女总人数", unit: "人", value: grouped },
  {
    key: "migrantChildrenInPurchased",
    label: "其中：随迁子女在民办学校政府购买学位就读",
    unit: "人",
    value: plain,
  },
  { section: "三、教育质量" },
  { key: "juniorCohortEnrolled", label: "2021年秋季初一在校生数", unit: "人", value: grouped },
  { key: "juniorGraduates", label: "2024届初中毕业生数", unit: "人", value: grouped },
  { key: "juniorTransfersIn", label: "其中：转入", unit: "人", value: plain },
  { key: "juniorTransfersOut", label: "转出学生", unit: "人", value: plain },
  { key: "juniorCohortDeaths", label: "死亡学生", unit: "人", value: plain },
  {
    key: "disabledEnrolled",
    label: "残疾儿童少年在校（含送教上门）人数",
    unit: "人",
    value: plain,
  },
  { key: "disabledTotal", label: "适龄残疾儿童少年总数", unit: "人", value: plain },
  {
    key: "disabledInSpecialSchools",
    label: "其中：特教学校就读残疾学生",
    unit: "人",
    value: plain,
  },
  {
    key: "charterAndDigitalManagement",
    label: "学校章程制定及信息化管理",
    unit: "",
    value: yes("是"),
  },
  {
    key: "trainingSpending",
    label: "教师培训经费",
    unit: "万元",
    value: (v) => Number(Number(v) / 10000).toFixed(2),
  },
  {
    key: "publicFundsBudget",
    label: "公用经费预算总额",
    unit: "万元",
    value: (v) => grouped(Number(v) / 10000),
  },
  { key: "ictWellUsed", label: "信息技术应用与设备利用", unit: "", value: yes("是") },
  { key: "moralEducationGood", label: "德育及校园文化建设", unit: "", value: yes("良好") },
  { key: "fullCurriculum", label: "开齐开足课程", unit: "", value: yes("是") },
  { key: "homeworkBurdenReasonable", label: "无过重课业负担", unit: "", value: yes("是") },
  {
    key: "monitoring.level",
    param: "语文",
    label: "质量监测 语文 学业水平",
    unit: "级",
    value: (v) => ROMAN[Number(v)],
  },
  {
    key: "monitoring.differenceRate",
    param: "语文",
    label: "语文校际差异率",
    unit: "",
    value: plain,
  },
  {
    key: "monitoring.level",
    param: "数学",
    label: "质量监测 数学 学业水平",
    unit: "级",
    value: (v) => `水平${formatLevel(Number(v))}`,
  },
  {
    key: "monitoring.differenceRate",
    param: "数学",
    label: "数学校际差异率",
    unit: "",
    value: String,
  },
  { key: "monitoring.level", param: "科学", label: "科学学业表现", unit: "级", value: plain },
  {
    key: "monitoring.differenceRate",
    param: "科学",
    label: "科学校际差异率",
    unit: "",
    value: plain,
  },
  {
    key: "monitoring.level",
    param: "体育与健康",
    label: "体育与健康监测等级",
    unit: "",
    value: (v) => `${formatLevel(Number(v))}级`,
  },
  {
    key: "monitoring.differenceRate",
    param: "体育与健康",
    label: "体育与健康校际差异率",
    unit: "",
    value: plain,
  },
  {
    key: "monitoring.level",
    param: "艺术",
    label: "艺术监测等级",
    unit: "",
    value: (v) => ROMAN[Number(v)],
  },
  {
    key: "monitoring.differenceRate",
    param: "艺术",
    label: "艺术校际差异率",
    unit: "",
    value: plain,
  },
  {
    key: "monitoring.level",
    param: "德育",
    label: "德育状况监测水平",
    unit: "",
    value: (v) => ROMAN[Number(v)],
  },
  {
    key: "monitoring.differenceRate",
    param: "德育",
    label: "德育校际差异率",
    unit: "",
    value: plain,
  },
  { section: "四、社会认可度调查" },
  { key: "survey.responses", param: "students", label: "学生问卷数", unit: "份", value: plain },
  { key: "survey.satisfied", param: "students", label: "学生满意人数", unit: "人", value: plain },
  { key: "survey.responses", param: "parents", label: "家长调查样本", unit: "人", value: grouped },
  { key: "survey.satisfied", param: "parents", label: "家长满意人数", unit: "人", value: grouped },
  { key: "survey.responses", param: "teachers", label: "教师调查人数", unit: "人", value: plain },
  { key: "survey.satisfied", param: "teachers", label: "教师满意人数", unit: "人", value: plain },
  { key: "survey.responses", param: "principals", label: "校长参评人数", unit: "人", value: plain },
  { key: "survey.satisfied", param: "principals", label: "校长满意人数", unit: "人", value: plain },
  {
    key: "survey.responses",
    param: "npcDeputies",
    label: "人大代表调查人数",
    unit: "人",
    value: plain,
  },
  {
    key: "survey.satisfied",
    param: "npcDeputies",
    label: "人大代表满意人数",
    unit: "人",
    value: plain,
  },
  {
    key: "survey.responses",
    param: "cppccMembers",
    label: "政协委员调查人数",
    unit: "人",
    value: plain,
  },
  {
    key: "survey.satisfied",
    param: "cppccMembers",
    label: "政协委员满意人数",
    unit: "人",
    value: plain,
  },
  {
    key: "survey.responses",
    param: "residents",
    label: "社会群众调查人数",
    unit: "人",
    value: plain,
  },
  {
    key: "survey.satisfied",
    param: "residents",
    label: "社会群众满意人数",
    unit: "人",
    value: plain,
  },
  { section: "五、一票否决事项" },
  { key: "examAdmission", label: "是否存在以考试方式招生", unit: "", value: had },
  { key: "illegalSchoolChoice", label: "违规择校行为", unit: "", value: (v) => (v ? "有" : "否") },
  { key: "keySchoolsOrClasses", label: "重点校、重点班", unit: "", value: had },
  { key: "staffingVacancies", label: "有编不补或长期聘用编外人员", unit: "", value: had },
  {
    key: "majorSafetyAccident",
    label: "重大安全事故",
    unit: "",
    value: (v) => (v ? "发生" : "未发生"),
  },
  { key: "falsifiedData", label: "弄虚作假", unit: "", value: had },
];

export function untidyCountySheet(
  countyName: string,
  figures: readonly SampleCountyFigure[]
): ReportSheet {
  const data = byKey(figures);
  const header = ["序号", "评估内容", "单位", "填报数据", "佐证材料"];
  const rows: ReportCell[][] = [
    [{ value: `${countyName}义务教育优质均衡发展县级指标填报表`, style: "title" }],
    [{ value: `填报单位：${countyName}教育局（盖章）　　填报日期：2024年10月` }],
    header.map((h) => ({ value: h, style: "header" })),
  ];
  const merges: NonNullable<ReportSheet["merges"]> = [
    { startRow: 0, startColumn: 0, endRow: 0, endColumn: 4 },
    { startRow: 1, startColumn: 0, endRow: 1, endColumn: 4 },
  ];
  let n = 0;
  for (const r of UNTIDY_ROWS) {
    if ("section" in r) {
      rows.push([{ value: "" }, { value: r.section, style: "total" }]);
      continue;
    }
    const f = data.get(figureKey(r.key, r.param));
    if (!f) throw new Error(`sample county has no figure ${figureKey(r.key, r.param)}`);
    rows.push([
      { value: ++n },
      { value: r.label },
      { value: r.unit },
      { value: r.value(f.value) },
      { value: f.note ?? "" },
    ]);
  }
  rows.push([]);
  rows.push([{ value: "" }, { value: "填表人：王某某　　审核人：李某某" }]);
  return {
    name: "优质均衡县级指标填报表",
    id: "untidyCounty",
    columns: [{ width: 6 }, { width: 44 }, { width: 8 }, { width: 14 }, { width: 40 }],
    rows,
    merges,
    headerRows: 3,
    print: { landscape: true, fitToWidth: true },
  };
}
