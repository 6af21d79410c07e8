/**
 * The figures a county sheet (县级指标) gives (standards.md §1.4–1.7), as the
 * table reader reads them. Pure data. They live with the reader so that the
 * relation is one-way: county/ (the judge) imports table/, never the reverse.
 */
import { ZH } from "../../i18n";

/** Where a figure was read: the county sheet's cell, so every message and report line can point at it. */
export interface CountyCellRef {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  /** Excel column letter of the value. */
  column: string;
}

/** A number of the county sheet, in canonical units: 元 for money, a fraction for rates (0.95 = 95%). */
export interface CountyNumber {
  value: number;
  source: CountyCellRef;
  /** The 指标 text as written in the sheet. */
  label: string;
  /** The unit the sheet used, when it said one ("万元", "%"). */
  unit?: string;
  /** The 说明或佐证 cell. */
  note?: string;
}

/** A 是/否 answer. For a veto, true means the thing happened (有). */
export interface CountyFlag {
  value: boolean;
  source: CountyCellRef;
  label: string;
  note?: string;
}

/** Figures, each of which the county sheet may give once. Counts are people unless said otherwise. */
export type CountyNumberId =
  // 基本情况 (表Ⅰ)
  | "population" // 县域常住人口, in 人 (表Ⅰ L1)
  | "agriculturalPopulation" // 农业人口, in 人 (L2)
  | "townships" // 乡镇数 (L3)
  | "villages" // 行政村数 (L4)
  | "gdpPerCapita" // 年人均国内生产总值, 元 (L5)
  | "fiscalRevenuePerCapita" // 年人均地方财政收入, 元 (L6)
  | "ruralIncomePerCapita" // 农民年人均纯收入, 元 (L7)
  | "urbanIncomePerCapita" // 城镇居民年人均可支配收入, 元 (L8)
  | "reportYear" // 填报年度 (a year, e.g. 2025)
  | "fieldVisits" // 表Ⅵ L5 实地走访人数
  | "fieldVisitsSatisfied" // 表Ⅵ L6 其中：满意人数
  | "fullTimeTeachers" // 义务教育专任教师数 (also the denominator of §1.4 item 12)
  // §1.4 政府保障程度
  | "specialSchoolFundingPerStudent" // item 7, 元 per student
  | "specialSchoolPublicFunds" // item 7's sentence: 特殊教育学校公用经费, 元
  | "specialSchoolStudents" // item 7's sentence: 特殊教育学生数
  | "teacherAverageSalary" // item 8, 元
  | "civilServantAverageSalary" // item 8, 元
  | "trainingCompletionRate" // item 9
  | "trainedTeachers" // item 9's sentence: teachers who completed the 360 hours
  | "rotatedTeachers" // item 11
  | "eligibleForRotation" // item 11
  | "rotatedBackboneTeachers" // item 11
  | "certifiedTeachers" // item 12
  | "certifiedTeacherRate" // item 12, when only the rate is known
  | "primaryIntake" // item 13: 城区和镇区公办小学 new entrants (boarding schools excluded)
  | "primaryNearbyIntake" // item 13: of whom admitted 就近划片
  | "primaryNearbyRate"
  | "juniorIntake"
  | "juniorNearbyIntake"
  | "juniorNearbyRate"
  | "highSchoolQuotaRate" // item 14
  | "highSchoolQuotaTotal" // item 14's sentence: 优质高中招生名额总数
  | "highSchoolQuotaAllocated" // item 14's sentence: 分配名额
  | "highSchoolQuotaRural" // item 14's sentence: 分配农村学校的名额
  | "migrantChildrenInPublic" // item 15
  | "migrantChildrenEligible" // item 15
  | "migrantChildrenInPurchased" // item 15's sentence: of migrantChildrenInPublic, in places bought at private schools
  | "migrantChildrenPublicRate"
  // §1.5 教育质量
  | "juniorGraduates" // item 1 (巩固率)
  | "juniorTransfersIn"
  | "juniorTransfersOut"
  | "juniorCohortEnrolled" // 三年前初一在校生
  | "juniorCohortDeaths"
  | "consolidationRate"
  | "disabledEnrolled" // item 2
  | "disabledTotal"
  | "disabledInSpecialSchools" // item 2's sentence: of disabledEnrolled, in special schools
  | "disabledEnrolmentRate"
  | "trainingSpending" // item 4, 元
  | "publicFundsBudget" // item 4, 元
  | "trainingSpendingRate";

export type CountyFlagId =
  | "layoutPlanned" // §1.4 item 1
  | "fourUnified" // item 2
  | "specialRoomAreasMet" // item 3: the room areas (the school table has no area columns)
  | "smallSchoolsFundedAs100" // item 6
  | "performancePayFullySet" // item 8
  | "staffingAllocated" // item 10
  | "highSchoolQuotaFavoursRural" // item 14
  | "leftBehindChildrenCare" // item 15
  | "charterAndDigitalManagement" // §1.5 item 3
  | "ictWellUsed" // item 5
  | "moralEducationGood" // item 6
  | "fullCurriculum" // item 7
  | "homeworkBurdenReasonable"; // item 8

/** Texts of the county sheet. */
export type CountyTextId = "countyName" | "countyCode";

/** §1.7 一票否决. */
export type VetoId =
  | "examAdmission"
  | "illegalSchoolChoice"
  | "keySchoolsOrClasses"
  | "staffingVacancies"
  | "majorSafetyAccident"
  | "falsifiedData";

export const VETO_IDS: readonly VetoId[] = [
  "examAdmission",
  "illegalSchoolChoice",
  "keySchoolsOrClasses",
  "staffingVacancies",
  "majorSafetyAccident",
  "falsifiedData",
];

/** §1.6: the groups surveyed. */
export type SurveyGroup =
  "students" | "parents" | "teachers" | "principals" | "npcDeputies" | "cppccMembers" | "residents";
export const SURVEY_GROUPS: readonly SurveyGroup[] = [
  "students",
  "parents",
  "teachers",
  "principals",
  "npcDeputies",
  "cppccMembers",
  "residents",
];
export const SURVEY_GROUP_NAMES: Readonly<Record<SurveyGroup, string>> = ZH.core.items.surveyGroups;

/** One group's survey figures (or the whole survey's, under `overall`). */
export interface SurveyFigures {
  responses?: CountyNumber;
  satisfied?: CountyNumber;
  rate?: CountyNumber;
}

/** §1.5 item 9: one monitored subject (and grade), or the county's overall 差异率 (subject ''). */
export interface MonitoringFigures {
  /** "数学（八年级）"; '' for a figure that names no subject. */
  subject: string;
  /** 学业表现水平 1–4 (Ⅰ–Ⅳ). */
  level?: CountyNumber;
  /** 校际差异率, a plain ratio (0.12). */
  differenceRate?: CountyNumber;
}

/** A text of the county sheet (county name, its code), with where it was read. */
export interface CountyText {
  value: string;
  source: CountyCellRef;
  label: string;
}

/** What the county sheet gave. Absent keys were not filled in (未填报). */
export interface CountyFigures {
  sheet: string;
  /** 县（市、区）名称 and 行政区划代码, which head the 申报表. */
  identity?: Partial<Record<CountyTextId, CountyText>>;
  numbers: Partial<Record<CountyNumberId, CountyNumber>>;
  flags: Partial<Record<CountyFlagId, CountyFlag>>;
  vetoes: Partial<Record<VetoId, CountyFlag>>;
  survey: Partial<Record<SurveyGroup | "overall", SurveyFigures>>;
  monitoring: MonitoringFigures[];
  /**
   * Figures whose cells were given but bad (each reported as an InputIssue):
   * their items say 数据有误 rather than 未填报. Keys as CountyFieldRule.key,
   * with the group or subject: "rotatedTeachers", "survey.students.responses",
   * "monitoring.数学.level".
   */
  rejected: string[];
}

/** The figures of a county sheet with nothing filled in (every item 未填报), e.g. before it is read. */
export function emptyCountyFigures(sheet = ""): CountyFigures {
  return {
    sheet,
    numbers: {},
    flags: {},
    vetoes: {},
    survey: {},
    monitoring: [],
    rejected: [],
  };
}
