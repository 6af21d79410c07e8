/**
 * 示例县: a made-up but realistic county for the examples, the tests and the
 * functions' formula template. Deterministic (seeded PRNG), so the committed
 * example files and expected.json can be regenerated bit for bit.
 *
 * What it is built to show (see the `plan` of each school):
 * - every school type of template.md §1: 小学, 初中, 九年一贯制, 完全中学,
 *   十二年一贯制, 教学点 below and above 50 students, a 特殊教育学校, 民办 schools;
 * - 城区/镇区/乡村 and 学区;
 * - schools short of an indicator: some still pass (one shortfall within 85%),
 *   three fail (小学), one value that shows as 2.30 but is 2.2977 (borderline);
 * - one school above 2000 students, 大班额 and 超大班额 classes;
 * - one school short of an 美术 room.
 * Numbers are pure data: no Node API here, so the functions helper can import it.
 */
import {
  type ClassRecord,
  type Locale,
  NATIONAL_2017,
  type Ownership,
  type QualityIndicatorId,
  type SchoolRecord,
  type SchoolType,
  seededRandom,
  type Stage,
} from "../../core";

export { seededRandom };

export const SAMPLE_SEED = 20240901;
export const SAMPLE_COUNTY_NAME = "示例县";

/** National thresholds (standards.md §1.1): the plan below places schools relative to them. */
const THRESHOLD = NATIONAL_2017.thresholds;

interface SchoolPlan {
  name: string;
  type: SchoolType;
  locale: Locale;
  group: string;
  ownership?: Ownership;
  students: { primary?: number; junior?: number; senior?: number };
  /** Indicators deliberately below the threshold: value = factor × threshold. */
  short?: Partial<Record<QualityIndicatorId, number>>;
  /** Fixed multimedia rooms (the borderline case). */
  multimediaRooms?: number;
  /** Class sizes forced into the class sheet (大班额), per stage. */
  bigClasses?: Partial<Record<Stage, number[]>>;
  /** One 美术 room fewer than required. */
  shortOfArtRoom?: boolean;
}

const CITY = "城关学区";
const PLANS: SchoolPlan[] = [
  // 城区
  {
    name: "城关第一小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 2150 },
    short: { teachingAreaPerStudent: 0.89, sportsAreaPerStudent: 0.69 },
    bigClasses: { primary: [57, 58] },
  },
  {
    name: "城关第二小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 1680 },
  },
  {
    name: "城关第三小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 1320 },
  },
  {
    name: "城关第四小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 1001 },
    multimediaRooms: 23,
  },
  {
    name: "城关第五小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 760 },
    short: { multimediaRoomsPer100: 0.9 },
  },
  {
    name: "城关第六小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 420 },
  },
  {
    name: "县实验小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    students: { primary: 1850 },
  },
  {
    name: "启明双语小学",
    type: "primary",
    locale: "urban",
    group: CITY,
    ownership: "private",
    students: { primary: 540 },
  },
  {
    name: "城关第一初级中学",
    type: "junior",
    locale: "urban",
    group: CITY,
    students: { junior: 1560 },
    bigClasses: { junior: [67, 52] },
  },
  {
    name: "城关第二初级中学",
    type: "junior",
    locale: "urban",
    group: CITY,
    students: { junior: 1240 },
  },
  {
    name: "县实验学校",
    type: "nineYear",
    locale: "urban",
    group: CITY,
    students: { primary: 1100, junior: 820 },
  },
  {
    name: "县第一中学",
    type: "complete",
    locale: "urban",
    group: CITY,
    students: { junior: 1350, senior: 2400 },
  },
  {
    name: "县第二中学",
    type: "complete",
    locale: "urban",
    group: CITY,
    students: { junior: 900, senior: 1500 },
  },
  {
    name: "育才实验学校",
    type: "twelveYear",
    locale: "urban",
    group: CITY,
    ownership: "private",
    students: { primary: 620, junior: 480, senior: 360 },
  },
  {
    name: "县特殊教育学校",
    type: "special",
    locale: "urban",
    group: CITY,
    students: { primary: 86, junior: 42 },
  },
  // 青石镇
  {
    name: "青石镇中心小学",
    type: "primary",
    locale: "town",
    group: "青石学区",
    students: { primary: 1080 },
  },
  {
    name: "青石镇初级中学",
    type: "junior",
    locale: "town",
    group: "青石学区",
    students: { junior: 860 },
  },
  {
    name: "青石镇杨柳村小学",
    type: "primary",
    locale: "rural",
    group: "青石学区",
    students: { primary: 312 },
  },
  {
    name: "青石镇红星村小学",
    type: "primary",
    locale: "rural",
    group: "青石学区",
    students: { primary: 186 },
  },
  {
    name: "青石镇塘坊教学点",
    type: "teachingPoint",
    locale: "rural",
    group: "青石学区",
    students: { primary: 55 },
  },
  // 柳河镇
  {
    name: "柳河镇中心小学",
    type: "primary",
    locale: "town",
    group: "柳河学区",
    students: { primary: 940 },
  },
  {
    name: "柳河镇初级中学",
    type: "junior",
    locale: "town",
    group: "柳河学区",
    students: { junior: 720 },
  },
  {
    name: "柳河镇前进小学",
    type: "primary",
    locale: "rural",
    group: "柳河学区",
    students: { primary: 264 },
  },
  {
    name: "柳河镇河口小学",
    type: "primary",
    locale: "rural",
    group: "柳河学区",
    students: { primary: 148 },
  },
  {
    name: "柳河镇高岭教学点",
    type: "teachingPoint",
    locale: "rural",
    group: "柳河学区",
    students: { primary: 28 },
  },
  // 白马镇
  {
    name: "白马镇中心小学",
    type: "primary",
    locale: "town",
    group: "白马学区",
    students: { primary: 820 },
  },
  {
    name: "白马镇初级中学",
    type: "junior",
    locale: "town",
    group: "白马学区",
    students: { junior: 640 },
  },
  {
    name: "白马镇大坪小学",
    type: "primary",
    locale: "rural",
    group: "白马学区",
    students: { primary: 232 },
    short: { backboneTeachersPer100: 0.6, peArtTeachersPer100: 0.8 },
  },
  {
    name: "白马镇新华村小学",
    type: "primary",
    locale: "rural",
    group: "白马学区",
    students: { primary: 168 },
    shortOfArtRoom: true,
  },
  {
    name: "白马镇松树湾教学点",
    type: "teachingPoint",
    locale: "rural",
    group: "白马学区",
    students: { primary: 36 },
  },
  // 石桥镇
  {
    name: "石桥镇中心小学",
    type: "primary",
    locale: "town",
    group: "石桥学区",
    students: { primary: 760 },
  },
  {
    name: "石桥镇初级中学",
    type: "junior",
    locale: "town",
    group: "石桥学区",
    students: { junior: 580 },
  },
  {
    name: "石桥镇红旗学校",
    type: "nineYear",
    locale: "rural",
    group: "石桥学区",
    students: { primary: 210, junior: 150 },
  },
  {
    name: "石桥镇桥头小学",
    type: "primary",
    locale: "rural",
    group: "石桥学区",
    students: { primary: 205 },
    short: { equipmentValuePerStudent: 0.8, multimediaRoomsPer100: 0.88 },
  },
  // 东湖镇
  {
    name: "东湖镇中心小学",
    type: "primary",
    locale: "town",
    group: "东湖学区",
    students: { primary: 690 },
  },
  {
    name: "东湖镇初级中学",
    type: "junior",
    locale: "town",
    group: "东湖学区",
    students: { junior: 520 },
  },
  {
    name: "东湖镇第二初级中学",
    type: "junior",
    locale: "rural",
    group: "东湖学区",
    students: { junior: 320 },
    short: { sportsAreaPerStudent: 0.88 },
  },
  {
    name: "东湖镇湖滨小学",
    type: "primary",
    locale: "rural",
    group: "东湖学区",
    students: { primary: 276 },
  },
  {
    name: "东湖镇李家庄小学",
    type: "primary",
    locale: "rural",
    group: "东湖学区",
    students: { primary: 134 },
  },
  // 龙泉镇
  {
    name: "龙泉镇中心小学",
    type: "primary",
    locale: "town",
    group: "龙泉学区",
    students: { primary: 730 },
  },
  {
    name: "龙泉镇九年一贯制学校",
    type: "nineYear",
    locale: "town",
    group: "龙泉学区",
    students: { primary: 520, junior: 380 },
  },
  {
    name: "龙泉镇凤凰小学",
    type: "primary",
    locale: "rural",
    group: "龙泉学区",
    students: { primary: 250 },
  },
  {
    name: "龙泉镇石门村小学",
    type: "primary",
    locale: "rural",
    group: "龙泉学区",
    students: { primary: 158 },
  },
  {
    name: "龙泉镇黄泥坳教学点",
    type: "teachingPoint",
    locale: "rural",
    group: "龙泉学区",
    students: { primary: 62 },
    short: { equipmentValuePerStudent: 0.9 },
  },
];

const STAGE_WEIGHT = NATIONAL_2017.stageWeights;

export interface SampleCounty {
  county: string;
  /** Canonical records: areas ㎡, money 元 (a multiple of 100 that converts exactly to and from 万元 with 2 decimals). */
  schools: SchoolRecord[];
  classes: ClassRecord[];
}

/** 元 → 万元 with the 2 decimals the statistics use. */
export function yuanToWan(yuan: number): number {
  return Number((yuan / 10000).toFixed(2));
}

/**
 * A money amount in 元 that survives the round trip through a 万元 cell
 * (万元 × 10000 gives back exactly the same double), so the template in 万元 and
 * the untidy export in 元 describe the very same county.
 */
function exactYuan(approximate: number): number {
  let yuan = Math.ceil(approximate / 100) * 100;
  while (yuanToWan(yuan) * 10000 !== yuan) yuan += 100;
  return yuan;
}

const GRADES: Record<Stage, string[]> = {
  primary: ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"],
  junior: ["七年级", "八年级", "九年级"],
};

/** Class sizes that add up to `students`: forced sizes first, the rest as even as possible. */
function classSizes(students: number, classes: number, forced: number[]): number[] {
  const rest = students - forced.reduce((a, b) => a + b, 0);
  const restClasses = classes - forced.length;
  const base = Math.floor(rest / restClasses);
  const extra = rest - base * restClasses;
  const sizes = Array.from({ length: restClasses }, (_, i) => base + (i < extra ? 1 : 0));
  // The big classes sit in the middle grades, where 大班额 usually builds up.
  sizes.splice(Math.floor(restClasses / 2), 0, ...forced);
  return sizes;
}

function classNames(stage: Stage, count: number, teachingPoint: boolean): string[] {
  const grades = GRADES[stage];
  if (teachingPoint) return Array.from({ length: count }, (_, i) => `${grades[i]}（复式）`);
  const perGrade = grades.map(
    (_, g) => Math.floor(count / grades.length) + (g < count % grades.length ? 1 : 0)
  );
  return grades.flatMap((grade, g) =>
    Array.from({ length: perGrade[g] }, (_, k) => `${grade}（${k + 1}）班`)
  );
}

export function sampleCounty(): SampleCounty {
  const random = seededRandom(SAMPLE_SEED);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  const schools: SchoolRecord[] = [];
  const classes: ClassRecord[] = [];

  for (const plan of PLANS) {
    const A = plan.students.primary ?? 0;
    const B = plan.students.junior ?? 0;
    const C = plan.students.senior ?? 0;
    const stages = (["primary", "junior"] as Stage[]).filter((s) => (plan.students[s] ?? 0) > 0);
    // Facilities are shared by weighted headcount (§1.2): a stage's per-student value is
    // weight × total / W, so the total is set from the stage that needs the most per weight.
    const W = STAGE_WEIGHT.primary * A + STAGE_WEIGHT.junior * B + STAGE_WEIGHT.senior * C;
    const factor = (id: QualityIndicatorId): number => plan.short?.[id] ?? between(1.08, 1.6);
    const facilityTotal = (id: QualityIndicatorId): number => {
      const f = factor(id);
      return W * f * Math.max(...stages.map((s) => THRESHOLD[id][s] / STAGE_WEIGHT[s]));
    };
    const small = plan.type === "teachingPoint" || plan.type === "special";
    const avgClass =
      plan.locale === "urban"
        ? between(38, 44)
        : plan.locale === "town"
          ? between(34, 42)
          : between(22, 34);
    const classCount = (n: number, stage: Stage): number => {
      if (n === 0) return 0;
      if (plan.type === "teachingPoint")
        return Math.min(GRADES.primary.length, Math.max(2, Math.round(n / 14)));
      if (plan.type === "special") return Math.max(2, Math.round(n / 10));
      return Math.max(GRADES[stage].length, Math.ceil(n / avgClass));
    };
    const primaryClasses = classCount(A, "primary");
    const juniorClasses = classCount(B, "junior");

    const teachers = (id: QualityIndicatorId, stage: Stage, n: number): number => {
      if (n === 0) return 0;
      const target = (n / 100) * THRESHOLD[id][stage] * factor(id);
      // Short on purpose: round down; otherwise round up so rounding never makes a school fail.
      return plan.short?.[id] !== undefined ? Math.floor(target) : Math.ceil(target);
    };

    const sportsTotal = Math.ceil(facilityTotal("sportsAreaPerStudent"));
    const indoorSportsArea =
      small || A + B < 300 ? 0 : Math.round(sportsTotal * between(0.05, 0.15));
    const teachingTotal = Math.ceil(facilityTotal("teachingAreaPerStudent"));
    const multimediaTarget = facilityTotal("multimediaRoomsPer100") / 100;
    const multimediaRooms =
      plan.multimediaRooms ??
      (plan.short?.multimediaRoomsPer100 !== undefined
        ? Math.floor(multimediaTarget)
        : Math.ceil(multimediaTarget));
    const requiredRooms = Math.ceil((primaryClasses + juniorClasses) / 12);
    const musicRooms = plan.type === "teachingPoint" ? 0 : requiredRooms + (random() < 0.3 ? 1 : 0);
    const artRooms =
      plan.type === "teachingPoint"
        ? 0
        : plan.shortOfArtRoom
          ? requiredRooms - 1
          : requiredRooms + (random() < 0.3 ? 1 : 0);

    const school: SchoolRecord = {
      name: plan.name,
      type: plan.type,
      ownership: plan.ownership ?? "public",
      locale: plan.locale,
      group: plan.group,
      primaryStudents: A,
      juniorStudents: B,
      seniorStudents: C,
      primaryClasses,
      juniorClasses,
      primaryQualifiedTeachers: teachers("qualifiedTeachersPer100", "primary", A),
      juniorQualifiedTeachers: teachers("qualifiedTeachersPer100", "junior", B),
      primaryBackboneTeachers: teachers("backboneTeachersPer100", "primary", A),
      juniorBackboneTeachers: teachers("backboneTeachersPer100", "junior", B),
      primaryPeArtTeachers: teachers("peArtTeachersPer100", "primary", A),
      juniorPeArtTeachers: teachers("peArtTeachersPer100", "junior", B),
      teachingArea: teachingTotal + indoorSportsArea,
      indoorSportsArea,
      outdoorSportsArea: sportsTotal - indoorSportsArea,
      equipmentValue: exactYuan(facilityTotal("equipmentValuePerStudent")),
      multimediaRooms,
      musicRooms,
      artRooms,
      // What the official 申报表 shows (表Ⅰ L21–L24, 表Ⅱ-2 L3, L5).
      sponsor: plan.ownership === "private" ? 10 : 7,
      grades: plan.type === "teachingPoint" ? 2 : GRADE_COUNT[plan.type],
      primaryFullTimeTeachers: A > 0 ? Math.round(A / 17) : 0,
      juniorFullTimeTeachers: B > 0 ? Math.round(B / 12.5) : 0,
      primaryStaff: A > 0 ? Math.round(A / 17) + Math.ceil(A / 400) : 0,
      juniorStaff: B > 0 ? Math.round(B / 12.5) + Math.ceil(B / 300) : 0,
    };
    schools.push(school);

    for (const stage of stages) {
      const n = stage === "primary" ? A : B;
      const count = stage === "primary" ? primaryClasses : juniorClasses;
      const sizes = classSizes(n, count, plan.bigClasses?.[stage] ?? []);
      const names = classNames(stage, count, plan.type === "teachingPoint");
      sizes.forEach((students, i) =>
        classes.push({ school: plan.name, stage, className: names[i], students })
      );
    }
  }
  return { county: SAMPLE_COUNTY_NAME, schools, classes };
}

// ---------------------------------------------------------------------------
// The county sheet (县级指标) of 示例县: the figures of 政府保障程度, 教育质量,
// 社会认可度 and the vetoes (standards.md §1.4–1.7). Made to fail two items the
// way counties do: 交流轮岗 at 9.1% (91 of 1000 eligible teachers, below 10%) and
// the 校际差异率 of 科学 at 0.16 (not below 0.15). Everything else is met.
// ---------------------------------------------------------------------------

/**
 * One figure in canonical units: people as counts, money in 元, population in 人,
 * shares as fractions, 差异率 as a decimal, levels 1–4; 是/否 and 有/无 as booleans.
 * `key` is the reader's rule key (countyFields.ts); `param` the survey group or subject.
 */
/** 年级数 of a school of each type (a 完全中学 counts its 初中 and 高中 years). */
const GRADE_COUNT: Readonly<Record<SchoolType, number>> = {
  primary: 6,
  junior: 3,
  nineYear: 9,
  complete: 6,
  twelveYear: 12,
  teachingPoint: 2,
  special: 9,
  vocational: 3,
};

export interface SampleCountyFigure {
  key: string;
  param?: string;
  /** A string for the county's name and code. */
  value: number | boolean | string;
  note?: string;
}

export function sampleCountyFigures(): SampleCountyFigure[] {
  const f = (
    key: string,
    value: number | boolean | string,
    note?: string,
    param?: string
  ): SampleCountyFigure => {
    const x: SampleCountyFigure = { key, value };
    if (param !== undefined) x.param = param;
    if (note !== undefined) x.note = note;
    return x;
  };
  const survey: [string, number, number][] = [
    ["students", 1200, 1104],
    ["parents", 1500, 1302],
    ["teachers", 400, 372],
    ["principals", 45, 44],
    ["npcDeputies", 30, 27],
    ["cppccMembers", 30, 26],
    ["residents", 300, 249],
  ];
  const monitoring: [string, number, number][] = [
    ["语文", 3, 0.11],
    ["数学", 3, 0.13],
    ["科学", 3, 0.16],
    ["体育与健康", 4, 0.09],
    ["艺术", 3, 0.12],
    ["德育", 4, 0.08],
  ];
  return [
    f("population", 526000, "2023年末常住人口（县统计公报）"),
    f("countyName", SAMPLE_COUNTY_NAME),
    f("countyCode", "000000", "示例代码（真实的县填 6 位行政区划代码）"),
    f("agriculturalPopulation", 318000),
    f("townships", 14),
    f("villages", 203),
    f("gdpPerCapita", 58260),
    f("fiscalRevenuePerCapita", 4120),
    f("ruralIncomePerCapita", 18930),
    f("urbanIncomePerCapita", 39850),
    f("reportYear", 2025),
    f("fieldVisits", 120),
    f("fieldVisitsSatisfied", 109),
    f("fullTimeTeachers", 2046),
    // 政府保障程度
    f("layoutPlanned", true, "《示例县中小学布局规划（2021—2030年）》"),
    f("fourUnified", true, "示政办〔2022〕15号"),
    f("specialRoomAreasMet", true, "县教育局2024年专用教室面积核查表"),
    f("smallSchoolsFundedAs100", true, "2024年公用经费拨付文件：不足100人按100人核定"),
    f("specialSchoolFundingPerStudent", 6800, "2023年教育经费决算"),
    f("specialSchoolPublicFunds", 238000),
    f("specialSchoolStudents", 35),
    f("teacherAverageSalary", 98460, "2023年工资统计年报"),
    f("civilServantAverageSalary", 96120, "县人社局提供"),
    f("performancePayFullySet", true, "示人社〔2024〕8号"),
    f("trainingCompletionRate", 1, "教师培训管理平台统计"),
    f("trainedTeachers", 2046),
    f("staffingAllocated", true, "县管校聘实施方案"),
    f("rotatedTeachers", 91, "2023—2024学年交流轮岗名单"),
    f("eligibleForRotation", 1000),
    f("rotatedBackboneTeachers", 23),
    f("certifiedTeachers", 2046),
    f("primaryIntake", 3216),
    f("primaryNearbyIntake", 3216),
    f("juniorIntake", 2480),
    f("juniorNearbyIntake", 2391),
    f("highSchoolQuotaRate", 0.52, "2024年中考招生方案"),
    f("highSchoolQuotaTotal", 1000),
    f("highSchoolQuotaAllocated", 520),
    f("highSchoolQuotaRural", 300),
    f("highSchoolQuotaFavoursRural", true),
    f("leftBehindChildrenCare", true, "留守儿童关爱服务体系建设方案"),
    f("migrantChildrenInPublic", 1724),
    f("migrantChildrenEligible", 1960),
    f("migrantChildrenInPurchased", 96),
    // 教育质量
    f("juniorCohortEnrolled", 2310),
    f("juniorGraduates", 2236),
    f("juniorTransfersIn", 58),
    f("juniorTransfersOut", 64),
    f("juniorCohortDeaths", 2),
    f("disabledEnrolled", 212, "含随班就读 146 人、送教上门 31 人"),
    f("disabledTotal", 221),
    f("disabledInSpecialSchools", 35),
    f("charterAndDigitalManagement", true, "一校一章程，智慧校园平台全覆盖"),
    f("trainingSpending", 1864000, "各校决算汇总"),
    f("publicFundsBudget", 34200000),
    f("ictWellUsed", true),
    f("moralEducationGood", true, "2024年德育工作评估"),
    f("fullCurriculum", true),
    f("homeworkBurdenReasonable", true, "“双减”督导检查"),
    ...monitoring.flatMap(([subject, level, rate]) => [
      f("monitoring.level", level, undefined, subject),
      f(
        "monitoring.differenceRate",
        rate,
        subject === "语文" ? "2023年国家义务教育质量监测报告" : undefined,
        subject
      ),
    ]),
    // 社会认可度
    ...survey.flatMap(([group, responses, satisfied]) => [
      f("survey.responses", responses, undefined, group),
      f("survey.satisfied", satisfied, undefined, group),
    ]),
    // 一票否决: none
    f("examAdmission", false),
    f("illegalSchoolChoice", false),
    f("keySchoolsOrClasses", false),
    f("staffingVacancies", false),
    f("majorSafetyAccident", false),
    f("falsifiedData", false),
  ];
}
