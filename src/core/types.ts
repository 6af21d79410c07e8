import type { CountyAssessment, CountyFigures } from "./county/types";
import type { AssessmentFinding, ExclusionReason } from "./findings";

/**
 * Domain types shared by the core, the report model, the CLI, the custom
 * functions and the task pane. Pure data: no Office, DOM or Node types here.
 */

/** 学段 of compulsory education that the resource indicators are computed for. */
export type Stage = "primary" | "junior";
export const STAGES: readonly Stage[] = ["primary", "junior"];

/** 学校类型 (template.md §1). */
export type SchoolType =
  | "primary" // 小学
  | "junior" // 初中
  | "nineYear" // 九年一贯制学校
  | "complete" // 完全中学 (初中 + 高中)
  | "twelveYear" // 十二年一贯制学校
  | "teachingPoint" // 教学点
  | "special" // 特殊教育学校
  | "vocational"; // 职业学校

/** 办学性质 */
export type Ownership = "public" | "private";

/** 举办者类型代码 of the official 申报表 (表Ⅱ-2 注 2): 1 中央教育部门 … 7 县级教育部门 … 10 民办. */
export type SponsorCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** 城乡类别: 城区 / 镇区 / 乡村 */
export type Locale = "urban" | "town" | "rural";

/** Where a record came from, so every message can name the cell. Rows are 1-based as in Excel. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/**
 * One school as the table reader yields it, in canonical units:
 * areas in ㎡, money in 元 (the statistics report 万元; the reader converts).
 * Numeric fields a school does not have (e.g. juniorStudents of a 小学) are 0.
 */
export interface SchoolRecord {
  name: string;
  /** 学校标识码 (the 10 digits of the 教育事业统计), when the sheet gives a valid one. */
  code?: string;
  type: SchoolType;
  ownership?: Ownership;
  locale?: Locale;
  group?: string;
  primaryStudents: number;
  juniorStudents: number;
  seniorStudents: number;
  primaryClasses: number;
  juniorClasses: number;
  primaryQualifiedTeachers: number;
  juniorQualifiedTeachers: number;
  primaryBackboneTeachers: number;
  juniorBackboneTeachers: number;
  primaryPeArtTeachers: number;
  juniorPeArtTeachers: number;
  /** 教学及辅助用房面积 (㎡) as in the statistics, which includes 室内体育用房. */
  teachingArea: number;
  /** 其中：室内体育用房面积 (㎡) */
  indoorSportsArea: number;
  /** 运动场地面积 (㎡) */
  outdoorSportsArea: number;
  /** 教学仪器设备值 in 元 (book value). */
  equipmentValue: number;
  /** 网络多媒体教室数 (间) */
  multimediaRooms: number;
  /** 音乐专用教室数; undefined when the table has no such column. */
  musicRooms?: number;
  /** 美术专用教室数; undefined when the table has no such column. */
  artRooms?: number;
  // The inputs of the 2012 基本均衡 indicators (standards.md §2), read only when the
  // chosen profile needs them; undefined otherwise.
  /** 计算机台数 (台), shared by the school's stages and split like the other facilities (§1.2). */
  computers?: number;
  /** 图书册数 (册), shared and split like the other facilities. */
  books?: number;
  /** 小学教职工数, for the 2012 师生比 (教职工 ÷ 学生), counted per stage like the teachers. */
  primaryStaff?: number;
  juniorStaff?: number;
  /** 小学中级及以上（专业技术职务）职称教师数, per stage. */
  primaryIntermediateTitleTeachers?: number;
  juniorIntermediateTitleTeachers?: number;
  // --- Facts the 2019 认定规程 allowances rest on (application-form.md §2), read when
  // the table has the columns (fields.ts ALLOWANCE_FACT_RULES); undefined otherwise.
  /** 建校年份: the year the school was planned and built. */
  builtYear?: number;
  /** 是否2010年及之前建成, when the table says 是/否 instead of the year. */
  builtBy2010?: boolean;
  /** 是否2016年及之前建成. */
  builtBy2016?: boolean;
  /** 进城务工人员随迁子女数 (students of the compulsory stages). */
  migrantStudents?: number;
  /** 是否中心城区 (a school in the over-dense central city). */
  centralUrban?: boolean;
  /** 是否农村小规模学校. */
  ruralSmallSchool?: boolean;
  /** 交流轮岗、兼职、走教的体育艺术教师数 by stage, or for the school when the table has no stages. */
  primarySharedPeArtTeachers?: number;
  juniorSharedPeArtTeachers?: number;
  sharedPeArtTeachers?: number;
  /** 校外租赁及楼顶、地下运动场地面积 (㎡). */
  leasedSportsArea?: number;
  /** 音乐 / 美术专用教室 areas, one per room (㎡), from a list such as "96,80". */
  musicRoomAreas?: number[];
  artRoomAreas?: number[];
  /** Rooms counted by the form's area bands: 音乐 ≥96, 73–96, 61–73 ㎡; 美术 ≥90, 67–90, 61–67 ㎡. */
  musicRoomsFrom96?: number;
  musicRoomsFrom73To96?: number;
  musicRoomsFrom61To73?: number;
  artRoomsFrom90?: number;
  artRoomsFrom67To90?: number;
  artRoomsFrom61To67?: number;
  // What the official 申报表 (表Ⅰ, 表Ⅱ-2) shows per school; undefined when the table has
  // no such column or leaves the cell blank (the form then says 未填报).
  /** 举办者类型, the form's code 1–10 (SPONSOR_NAMES). */
  sponsor?: SponsorCode;
  /** 年级数 */
  grades?: number;
  /** 专任教师数 by stage (教职工数 is primaryStaff / juniorStaff above). */
  primaryFullTimeTeachers?: number;
  juniorFullTimeTeachers?: number;
  source?: SourceRef;
}

/** One row of the optional class sheet (班级). */
export interface ClassRecord {
  school: string;
  stage: Stage;
  className: string;
  students: number;
  source?: SourceRef;
}

/** The seven 优质均衡 resource indicators, in the order of standards.md §1.1. */
export type QualityIndicatorId =
  | "qualifiedTeachersPer100"
  | "backboneTeachersPer100"
  | "peArtTeachersPer100"
  | "teachingAreaPerStudent"
  | "sportsAreaPerStudent"
  | "equipmentValuePerStudent"
  | "multimediaRoomsPer100";

/**
 * The 2012 基本均衡 indicators that 2017 does not have (standards.md §2). The other
 * three of the 2012 eight (教学及辅助用房, 体育运动场馆, 教学仪器设备值) are the
 * 2017 indicators of the same name and definition.
 */
export type BasicIndicatorId =
  | "computersPer100"
  | "booksPerStudent"
  | "staffStudentRatio"
  | "qualifiedTeachersPerStudent"
  | "intermediateTitleTeachersPerStudent";

/** Every resource indicator a profile can use; a profile lists its own (StandardsProfile.indicators). */
export type IndicatorId = QualityIndicatorId | BasicIndicatorId;

/** The seven of 2017, in §1.1 order: the default profile's list, and what the EDU functions take. */
export const INDICATOR_IDS: readonly QualityIndicatorId[] = [
  "qualifiedTeachersPer100",
  "backboneTeachersPer100",
  "peArtTeachersPer100",
  "teachingAreaPerStudent",
  "sportsAreaPerStudent",
  "equipmentValuePerStudent",
  "multimediaRoomsPer100",
];

/** The eight of 2012, in the order of 教督〔2012〕3号 第七条 (standards.md §2). */
export const BASIC_2012_INDICATOR_IDS: readonly IndicatorId[] = [
  "teachingAreaPerStudent",
  "sportsAreaPerStudent",
  "equipmentValuePerStudent",
  "computersPer100",
  "booksPerStudent",
  "staffStudentRatio",
  "qualifiedTeachersPerStudent",
  "intermediateTitleTeachersPerStudent",
];

/** Every indicator id, 2017's first. */
export const ALL_INDICATOR_IDS: readonly IndicatorId[] = [
  ...INDICATOR_IDS,
  "computersPer100",
  "booksPerStudent",
  "staffStudentRatio",
  "qualifiedTeachersPerStudent",
  "intermediateTitleTeachersPerStudent",
];

/**
 * Per indicator: holds the indicators of the profile the assessment used
 * (Assessment.indicators), in its order, and no other.
 */
export type IndicatorRecord<T> = Partial<Record<IndicatorId, T>>;

/** 班额 bands of standards.md §3. */
export type ClassBand = "standard" | "large" | "veryLarge" | "superLarge";

/** A problem found in the input: always names sheet, row and column, with a Chinese message. */
export interface InputIssue {
  severity: "error" | "warning";
  /** A stable code (see messages.ts) so that hosts can localise. */
  code: string;
  sheet: string;
  /** 1-based Excel row; undefined when the issue concerns a whole sheet or column. */
  row?: number;
  /** Column letter(s), e.g. "F"; undefined when the issue concerns a whole row or sheet. */
  column?: string;
  /** The field concerned, when known. */
  field?: string;
  /** The fields concerned, when one issue names several (missingColumns). */
  fields?: string[];
  /** The school concerned, when known. */
  school?: string;
  /** The Chinese message shown to the user. */
  message: string;
  /** The English message (second locale). */
  messageEn?: string;
  /**
   * A missing-columns error that leaves no school out: only the indicators read
   * from those columns are not computed (a partial table, TableReadResult.missingFields).
   */
  partial?: true;
  /**
   * Other 1-based rows this error leaves out besides `row` (a duplicated name: every
   * other row of that name), so that counts of rows left out stay right while the
   * message lists only a few of them.
   */
  otherRows?: number[];
}

// ---------------------------------------------------------------------------
// The result of an assessment: the one type that the CLI, the functions and
// the wizard render.
// ---------------------------------------------------------------------------

export interface Shortfall {
  indicator: IndicatorId;
  value: number;
  threshold: number;
  /** threshold − value (> 0) */
  absolute: number;
  /** absolute / threshold, as a fraction (0.12 = 12% short) */
  relative: number;
}

export interface SchoolStageAssessment {
  name: string;
  /** 学校标识码, when the school sheet gives one (SchoolRecord.code). */
  code?: string;
  type: SchoolType;
  ownership?: Ownership;
  locale?: Locale;
  group?: string;
  /** Students of this stage. */
  students: number;
  /** Share of the school's shared facilities attributed to this stage (§1.2); 1 for a single-stage school. */
  facilityShare: number;
  /** The profile's indicators (Assessment.indicators), in its order. */
  values: IndicatorRecord<number>;
  /** Whether each value reaches its threshold; only indicators that have one (none in 2012). */
  met: IndicatorRecord<boolean>;
  /** How many indicators are met; null when the profile has no school rule (2012 基本均衡). */
  metCount: number | null;
  /**
   * The school rule: ≥ minMet indicators met and every other ≥ floor × threshold.
   * Null when the profile has no school rule: 2012 judges the county's CVs only,
   * so a school neither passes nor fails.
   */
  passes: boolean | null;
  shortfalls: Shortfall[];
  /** True when rounding the displayed values (2 decimals) would flip a verdict: verdictBorderline or any borderlineIndicators. */
  borderline: boolean;
  /**
   * The indicators whose 达标 the displayed value (indicatorDecimals) would flip (§1.3): the
   * report marks these cells 临界. Empty when none, and without thresholds (2012).
   */
  borderlineIndicators: readonly IndicatorId[];
  /** The school rule judged on the displayed values gives the other verdict; false without a school rule. */
  verdictBorderline: boolean;
  /**
   * The indicators below the rule's floor (floor × threshold, 85% in 2017): one of them fails
   * the school whatever the count. Empty without a school rule. The report, the 表Ⅱ-2 备注 and
   * the CLI read this; none of them compares again.
   */
  belowFloor: readonly IndicatorId[];
  source?: SourceRef;
  /** The 认定规程 allowances this stage's values used (only under a profile that has them). */
  allowances?: AllowanceNote[];
}

/** Which 认定规程 allowance (application-form.md §2). */
export type AllowanceKind =
  | "sharedPeArtTeachers"
  | "leasedSportsArea"
  | "olderSchoolRooms"
  | "smallRuralRooms"
  | "olderSchoolSize"
  | "migrantSchoolSize";

/** One use of an allowance by one school: what every output shows beside the school. */
export interface AllowanceNote {
  allowance: AllowanceKind;
  /** A stable message code (allowances/messages.ts). */
  code: string;
  school: string;
  /** The stage whose values it changed (teachers, sports area); absent for rooms and size. */
  stage?: Stage;
  /** "按 2016 年前建成学校标准 73 ㎡（音乐）、67 ㎡（美术）评估专用教室面积…" */
  message: string;
  messageEn: string;
  source?: SourceRef;
}

/** A school that claims an allowance without the fact it rests on, or whose facts rule it out. */
export interface AllowanceFinding {
  code: string;
  school: string;
  message: string;
  messageEn: string;
  source?: SourceRef;
}

export interface IndicatorAssessment {
  /** The school standard; null when the profile sets none (2012). */
  threshold: number | null;
  /** Student-weighted county mean (= county total resource / county students); null with no schools. */
  countyValue: number | null;
  /** Student-weighted CV (§1.3); null when it is undefined (no schools or a zero mean). */
  cv: number | null;
  /** The limit of this indicator's CV; null when the county rule is the 2012 composite (StageAssessment.compositeLimit). */
  cvLimit: number | null;
  /** cv ≤ cvLimit; null when the CV has no limit of its own (2012 composite). */
  cvPasses: boolean | null;
  /** Schools whose value reaches the threshold; null without a threshold. */
  schoolsMeeting: number | null;
  /** True when rounding the CV to 3 decimals would flip its verdict. */
  borderline: boolean;
  /**
   * Set when the indicator is not computed: the school table has no column for these
   * inputs (SchoolRecord fields; a partial table). countyValue, cv, cvPasses and
   * schoolsMeeting are then null — never 0, never a pass or a fail — and the schools'
   * values lack it. Absent when the indicator was computed.
   */
  missingFields?: string[];
}

export interface StageAssessment {
  stage: Stage;
  schools: SchoolStageAssessment[];
  /** The profile's indicators (Assessment.indicators), in its order. */
  indicators: IndicatorRecord<IndicatorAssessment>;
  /** Schools that meet the school rule; null when the profile has none (2012), or when an indicator is missing. */
  schoolsPassing: number | null;
  /**
   * The stage has schools, every school passes (when the profile has a school rule),
   * and the county rule holds: every CV within its limit (2017), or the composite (2012).
   * Null when the stage has schools but an indicator is not computed (missingIndicators):
   * it cannot be judged.
   */
  passes: boolean | null;
  /** The profile's indicators not computed for this stage (a partial table), in its order; absent when none. */
  missingIndicators?: IndicatorId[];
  /** 2012 综合差异系数: the mean of the indicators' CVs; null when one of them cannot be computed. Absent under a per-indicator rule. */
  compositeCv?: number | null;
  /** The composite's limit (0.65 小学, 0.55 初中). Absent under a per-indicator rule. */
  compositeLimit?: number;
  /** Null when an indicator is missing (the composite needs them all). */
  compositePasses?: boolean | null;
  /** True when rounding the composite to 3 decimals would flip its verdict. */
  compositeBorderline?: boolean;
}

export interface ClassSizeSummary {
  classes: number;
  /** Classes above the stage's limit (45 / 50). */
  overLimit: number;
  /** Classes of 56 or more (超大班额 included). */
  largeClasses: number;
  /** Classes of 66 or more. */
  superLargeClasses: number;
  overLimitShare: number | null;
  largeClassShare: number | null;
  superLargeClassShare: number | null;
  /** No class above the limit. */
  passes: boolean;
  /** The classes above the limit, for the report. */
  overLimitClasses: { school: string; className: string; students: number; band: ClassBand }[];
}

export interface SchoolSizeFinding {
  name: string;
  type: SchoolType;
  /** Students of the compulsory stages (小学 + 初中). */
  students: number;
  limit: number;
  passes: boolean;
  /** The allowance that set the limit (only under a profile that has them). */
  allowance?: AllowanceNote;
}

export interface SpecialRoomFinding {
  name: string;
  classes: number;
  /** Rooms of each kind required: ceil(classes / classesPerRoom). */
  required: number;
  musicRooms: number;
  artRooms: number;
  /** The room count rule: both kinds ≥ required. */
  passes: boolean;
  // The 专用教室面积 item, when the school table gives room areas (a list or counts by band):
  /** The smallest area a room must have to count (㎡): 96 / 90, or an allowance's. */
  musicRoomMinArea?: number;
  artRoomMinArea?: number;
  /** Rooms of each kind at least that large. */
  musicRoomsLargeEnough?: number;
  artRoomsLargeEnough?: number;
  /** At least `required` rooms of each kind large enough; null when the school gives no areas. */
  areaPasses?: boolean | null;
  /** The rooms below the area ("音乐教室 80 ㎡（应不小于 96 ㎡）"). */
  roomsBelowArea?: {
    kind: "music" | "art";
    area: number;
    band: boolean;
    minArea: number;
    message: string;
    messageEn: string;
  }[];
  /** The allowance that set the areas. */
  allowance?: AllowanceNote;
}

export interface ExcludedSchool {
  name: string;
  /** Why it is outside 资源配置 (coded; core/messages.ts says it). */
  reason: ExclusionReason;
  stage?: Stage;
}

export interface Assessment {
  profile: string;
  profileName: string;
  /** The resource indicators of the profile, in its order: the keys of every per-indicator record below. */
  indicators: readonly IndicatorId[];
  stages: Record<Stage, StageAssessment>;
  classSize: Record<Stage, ClassSizeSummary> | null;
  oversizedSchools: string[];
  schoolSize: SchoolSizeFinding[];
  /** null when the table has no 音乐/美术专用教室 columns. */
  specialRooms: SpecialRoomFinding[] | null;
  /** Schools outside 资源配置 by rule (特教, 职业, small 教学点), not by bad data. */
  excluded: ExcludedSchool[];
  /** True when schools were left out because of bad input data. */
  incomplete: boolean;
  /**
   * A partial table: the inputs the school table has no column for (the reader's
   * missingFields) and, per stage, the indicators not computed for them. Nothing
   * that needs them is judged: no school verdict in those stages, no county
   * verdict. Absent when every indicator was computed.
   */
  missing?: { fields: string[]; indicators: Record<Stage, IndicatorId[]> };
  /** What the assessment found (coded with its figures; core/messages.ts renders them), in order. */
  findings: AssessmentFinding[];
  /** 政府保障程度, 教育质量, 社会认可度 and the vetoes (§1.4–1.7), when the workbook has a county sheet. */
  county?: CountyAssessment;
  /**
   * Under a profile with the 认定规程 allowances: every use, school by school,
   * and every school that claims one without the fact it rests on (also in
   * warnings). Absent under a profile without allowances.
   */
  allowances?: { used: AllowanceNote[]; findings: AllowanceFinding[] };
}

// ---------------------------------------------------------------------------
// What hosts hand the table reader, and what it gives back.
// ---------------------------------------------------------------------------

/** A cell value as Office.js `range.values` gives it (exceljs values are normalised to this). */
export type CellValue = string | number | boolean | null | undefined | Date;

/** A merged area, 0-based and inclusive, relative to `values`. */
export interface MergedArea {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

/** One sheet's cells: Office.js `range.values` of its used range, or what exceljs reads. */
export interface SheetCells {
  name: string;
  values: CellValue[][];
  /** The Excel position (1-based) of values[0][0]; default row 1, column 1 (A1). */
  origin?: { row: number; column: number };
  /** Merged areas, when the host knows them (two-row headers with merged group cells). */
  merges?: MergedArea[];
}

/** Which column the reader took for a field: shown in the wizard's 字段对应 step. */
export interface FieldMapping {
  /** SchoolRecord / ClassRecord field name, e.g. "primaryStudents". */
  field: string;
  sheet: string;
  /** Column letter, e.g. "F". */
  column: string;
  /** The header text as read (group text joined with the column's own). */
  header: string;
  /** The unit found in the header, e.g. "万元", "元", "㎡". */
  unit?: string;
}

export interface TableReadResult {
  schools: SchoolRecord[];
  /** null when the workbook has no class sheet. */
  classes: ClassRecord[] | null;
  issues: InputIssue[];
  schoolSheet?: string;
  classSheet?: string;
  mapping: FieldMapping[];
  /** True when any school was left out because of bad data. */
  incomplete: boolean;
  /**
   * A partial table: the inputs (SchoolRecord fields) of the profile's indicators that
   * the school sheet has no column for. The schools are read (those fields stand at 0
   * in the records and must not be used); the indicators that read them are not
   * computed. Absent when every indicator's columns are there.
   */
  missingFields?: string[];
  /** The county sheet (县级指标), when the workbook has one. */
  county?: CountyFigures;
  countySheet?: string;
}
