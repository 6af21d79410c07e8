import type { CountyAssessment, CountyFigures } from './county/types';

/**
 * Domain types shared by the core, the report model, the CLI, the custom
 * functions and the task pane. Pure data: no Office, DOM or Node types here.
 */

/** 学段 of compulsory education that the resource indicators are computed for. */
export type Stage = 'primary' | 'junior';
export const STAGES: readonly Stage[] = ['primary', 'junior'];

/** 学校类型 (template.md §1). */
export type SchoolType =
  | 'primary' // 小学
  | 'junior' // 初中
  | 'nineYear' // 九年一贯制学校
  | 'complete' // 完全中学 (初中 + 高中)
  | 'twelveYear' // 十二年一贯制学校
  | 'teachingPoint' // 教学点
  | 'special' // 特殊教育学校
  | 'vocational'; // 职业学校

/** 办学性质 */
export type Ownership = 'public' | 'private';

/** 城乡类别: 城区 / 镇区 / 乡村 */
export type Locale = 'urban' | 'town' | 'rural';

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
export type IndicatorId =
  | 'qualifiedTeachersPer100'
  | 'backboneTeachersPer100'
  | 'peArtTeachersPer100'
  | 'teachingAreaPerStudent'
  | 'sportsAreaPerStudent'
  | 'equipmentValuePerStudent'
  | 'multimediaRoomsPer100';

export const INDICATOR_IDS: readonly IndicatorId[] = [
  'qualifiedTeachersPer100',
  'backboneTeachersPer100',
  'peArtTeachersPer100',
  'teachingAreaPerStudent',
  'sportsAreaPerStudent',
  'equipmentValuePerStudent',
  'multimediaRoomsPer100',
];

/** 班额 bands of standards.md §3. */
export type ClassBand = 'standard' | 'large' | 'veryLarge' | 'superLarge';

/** A problem found in the input: always names sheet, row and column, with a Chinese message. */
export interface InputIssue {
  severity: 'error' | 'warning';
  /** A stable code (see messages.ts) so that hosts can localise. */
  code: string;
  sheet: string;
  /** 1-based Excel row; undefined when the issue concerns a whole sheet or column. */
  row?: number;
  /** Column letter(s), e.g. "F"; undefined when the issue concerns a whole row or sheet. */
  column?: string;
  /** The field concerned, when known. */
  field?: string;
  /** The school concerned, when known. */
  school?: string;
  /** The Chinese message shown to the user. */
  message: string;
  /** The English message (second locale). */
  messageEn?: string;
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
  type: SchoolType;
  ownership?: Ownership;
  locale?: Locale;
  group?: string;
  /** Students of this stage. */
  students: number;
  /** Share of the school's shared facilities attributed to this stage (§1.2); 1 for a single-stage school. */
  facilityShare: number;
  values: Record<IndicatorId, number>;
  met: Record<IndicatorId, boolean>;
  metCount: number;
  /** The school rule: ≥ minMet indicators met and every other ≥ floor × threshold. */
  passes: boolean;
  shortfalls: Shortfall[];
  /** True when rounding the displayed values (2 decimals) would flip a verdict. */
  borderline: boolean;
  source?: SourceRef;
}

export interface IndicatorAssessment {
  threshold: number;
  /** Student-weighted county mean (= county total resource / county students); null with no schools. */
  countyValue: number | null;
  /** Student-weighted CV (§1.3); null when it is undefined (no schools or a zero mean). */
  cv: number | null;
  cvLimit: number;
  cvPasses: boolean;
  schoolsMeeting: number;
  /** True when rounding the CV to 3 decimals would flip its verdict. */
  borderline: boolean;
}

export interface StageAssessment {
  stage: Stage;
  schools: SchoolStageAssessment[];
  indicators: Record<IndicatorId, IndicatorAssessment>;
  schoolsPassing: number;
  /** Every school passes and every CV passes (and the stage has schools). */
  passes: boolean;
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
}

export interface SpecialRoomFinding {
  name: string;
  classes: number;
  /** Rooms of each kind required: ceil(classes / classesPerRoom). */
  required: number;
  musicRooms: number;
  artRooms: number;
  passes: boolean;
}

export interface ExcludedSchool {
  name: string;
  /** Why it is outside 资源配置 (Chinese). */
  reason: string;
  stage?: Stage;
}

export interface Assessment {
  profile: string;
  profileName: string;
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
  /** Human-readable warnings (Chinese). */
  warnings: string[];
  /** 政府保障程度, 教育质量, 社会认可度 and the vetoes (§1.4–1.7), when the workbook has a county sheet. */
  county?: CountyAssessment;
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
  /** The county sheet (县级指标), when the workbook has one. */
  county?: CountyFigures;
  countySheet?: string;
}
