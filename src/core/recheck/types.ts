/**
 * The reviewer's re-check (issue 23 item 8): what is read from a county's 表Ⅱ-2 (and its 表Ⅲ,
 * 表Ⅱ-1 when the workbook holds them), what is recomputed from it, and how each county figure
 * compares. Plain data (JSON-safe); the words are in messages.ts.
 */
import type { IndicatorId, IndicatorRecord, InputIssue, Stage } from "../types";

/** A cell of the workbook: sheet and Excel reference ("C7"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** One school part as 表Ⅱ-2 gives it. */
export interface ValueRow {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  stage: Stage;
  name: string;
  students: number;
  /** The indicator values as written (the form rounds them to 2 decimals). */
  values: IndicatorRecord<number>;
  /** Where each value is. */
  cells: IndicatorRecord<string>;
  /** The county's own verdict (L14 / 结论), when the sheet has one. */
  countyPasses?: boolean;
  verdictCell?: string;
  /** The county's 达标指标数, when the sheet has one. */
  countyMetCount?: number;
  metCountCell?: string;
}

/** A figure the county published, with its place. */
export interface CountyFigure extends CellRef {
  value: number;
}

/** A county verdict text (达标 / 未达标, 是 / 否), with its place. */
export interface CountyVerdict extends CellRef {
  passes: boolean;
}

/** The county's 表Ⅲ, or the 全县平均值 / 差异系数 rows of a 公示 table, for one stage. */
export interface CountyStageFigures {
  means: IndicatorRecord<CountyFigure>;
  cvs: IndicatorRecord<CountyFigure>;
  /** L8 综合 on the 差异系数 row: whether every CV meets its limit. */
  cvVerdict?: CountyVerdict;
}

/** The county's 表Ⅱ-1 for one stage. */
export interface CountyCounts {
  meeting: IndicatorRecord<CountyFigure>;
  /** 达标学校比例（%）. */
  shares: IndicatorRecord<CountyFigure>;
  /** L8 综合评估: schools passing, and their share. */
  passing?: CountyFigure;
  passingShare?: CountyFigure;
}

/** The form's tables the re-check compares with. */
export type CountyTableKind = "formIII" | "formII1" | "formII2";

export interface CountyTable<T> {
  kind: CountyTableKind;
  sheet: string;
  stages: Partial<Record<Stage, T>>;
}

/** What the reader found in the workbook. */
export interface RecheckRead {
  /** The 表Ⅱ-2-shaped sheets read for schools (one, or one per stage). */
  valueSheets: string[];
  /** Whether the sheet read carries the form's L-codes (the official layout). */
  officialLayout: boolean;
  rows: ValueRow[];
  /** Per stage, the schools left out for bad data (their rows are in issues). */
  leftOut: Record<Stage, number>;
  /** The indicators of the profile the sheet has no column for. */
  missingIndicators: IndicatorId[];
  /** 表Ⅲ sheets, and the 全县平均值 / 差异系数 rows of the 表Ⅱ-2 sheet itself. */
  figures: CountyTable<CountyStageFigures>[];
  /** 表Ⅱ-1 sheets. */
  counts: CountyTable<CountyCounts>[];
  issues: InputIssue[];
}

/** An interval the true figure lies in, given the rounding of the values it comes from. */
export interface Bounds {
  low: number;
  high: number;
}

export interface RecheckSchool {
  name: string;
  sheet: string;
  row: number;
  students: number;
  values: IndicatorRecord<number>;
  /** Whether each value reaches its threshold, as written. */
  met: IndicatorRecord<boolean>;
  metCount: number | null;
  /** Indicators met at every value less, and plus, its rounding. */
  metCountBounds?: Bounds;
  /** The school rule on the values as written; null without a school rule or with indicators missing. */
  passes: boolean | null;
  /**
   * Whether the verdict could be otherwise before the values were rounded: some value lies
   * within its rounding of a threshold or of the 85% floor, and moving it there flips the rule.
   */
  roundingSensitive: boolean;
  countyPasses?: boolean;
}

export interface RecheckIndicator {
  threshold: number | null;
  /** Σ Pi·Xi / Σ Pi over the values as written. */
  countyValue: number | null;
  cv: number | null;
  cvLimit: number | null;
  cvPasses: boolean | null;
  /** How far the true mean and CV may lie from these, given the rounding of the values. */
  meanTolerance: number | null;
  cvTolerance: number | null;
  schoolsMeeting: number | null;
  /** Schools meeting, at the values' lowest and highest before rounding. */
  schoolsMeetingBounds: Bounds | null;
}

export interface RecheckStage {
  stage: Stage;
  schools: RecheckSchool[];
  indicators: IndicatorRecord<RecheckIndicator>;
  schoolsPassing: number | null;
  schoolsPassingBounds: Bounds | null;
  /** Every CV within its limit (2017's rule); null when a CV is undefined or the rule is composite. */
  cvsPass: boolean | null;
  /** 2012: the mean of the CVs. */
  compositeCv?: number | null;
  /** Schools left out for bad data: the county figures of this stage are not compared. */
  leftOut: number;
}

/** What a county figure is. */
export type ComparedItem =
  | "mean"
  | "cv"
  | "cvVerdict"
  | "schoolsMeeting"
  | "meetingShare"
  | "schoolsPassing"
  | "passingShare"
  | "schoolVerdict"
  | "metCount";

/**
 * One county figure against the recomputed one:
 * - same: equal, as the form rounds (the county's figure shows the recomputed one);
 * - consistent: not equal, but within what the rounding of 表Ⅱ-2's values allows;
 * - different: beyond it.
 */
export type ComparisonStatus = "same" | "consistent" | "different";

export interface Comparison extends CellRef {
  table: CountyTableKind;
  item: ComparedItem;
  stage: Stage;
  indicator?: IndicatorId;
  school?: string;
  /** The county's figure (a verdict as true/false). */
  county: number | boolean;
  recomputed: number | boolean;
  /** How far apart they may be and still agree (numbers); undefined for verdicts and counts. */
  tolerance?: number;
  /** Counts and verdicts: the range the rounding of the values allows. */
  bounds?: Bounds;
  status: ComparisonStatus;
}

export interface RecheckResult {
  profile: string;
  profileName: string;
  indicators: readonly IndicatorId[];
  read: RecheckRead;
  stages: Record<Stage, RecheckStage>;
  /** Every county figure compared, in the order of the workbook's tables. */
  comparisons: Comparison[];
  counts: Record<ComparisonStatus, number>;
  /** Coded notes on what was not compared and why (messages.ts renders them). */
  notes: InputIssue[];
}
