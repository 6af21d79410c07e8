/**
 * Year over year (issue 25): several years of one county, each evaluated exactly as `assess`
 * does, laid side by side. The contract between the core (compare.ts: compareYears), the JSON
 * (report/compareJson.ts), the CLI (`edu-balance compare`) and the 监测 workbook.
 *
 * Every per-year array has one entry per year of `years`, oldest first; a year in which a
 * school (or a stage of it) does not exist, or a figure cannot be computed, holds null.
 */
import type { StandardsProfile } from "../profiles/profile";
import type {
  Assessment,
  ClassSizeSummary,
  IndicatorId,
  SchoolRecord,
  SchoolSizeFinding,
  SchoolStageAssessment,
  Stage,
  StageAssessment,
  TableReadResult,
} from "../types";

/**
 * What the comparison (compareYears, checkYears, yearOf, unknownRenames) reads of one year's
 * evaluation. An Evaluation is one; forComparison keeps only this of it, so that a host holding
 * several years (a county of 20,000 schools over five) does not hold their classes and reports.
 */
export interface ComparedEvaluation {
  readonly profile: StandardsProfile;
  readonly read: {
    readonly schools: readonly Pick<SchoolRecord, "name" | "type" | "code" | "group">[];
    readonly county?: TableReadResult["county"];
    readonly issues: TableReadResult["issues"];
  };
  readonly assessment: {
    readonly stages: Record<Stage, ComparedStage>;
    readonly classSize: Record<
      Stage,
      Pick<ClassSizeSummary, "overLimit" | "largeClasses" | "superLargeClasses">
    > | null;
    readonly schoolSize: readonly Pick<
      SchoolSizeFinding,
      "name" | "students" | "limit" | "passes"
    >[];
    readonly county?: Assessment["county"];
  };
}

/** What the comparison reads of one stage's assessment. */
export interface ComparedStage extends Pick<
  StageAssessment,
  "indicators" | "schoolsPassing" | "passes" | "compositeCv"
> {
  readonly schools: readonly Pick<
    SchoolStageAssessment,
    "name" | "values" | "metCount" | "passes"
  >[];
}

/** One year's evaluation (an Evaluation, or what forComparison keeps of one), with where it came from (a file name, for messages). */
export interface YearInput {
  year: number;
  source: string;
  evaluation: ComparedEvaluation;
}

/**
 * A rename the user states (原名称 → 新名称), without editing the source data: the school
 * called `from` in an earlier year is the school called `to` in a later one.
 */
export interface RenamePair {
  from: string;
  to: string;
  /** Where the pair was written, for messages: "更名.csv 第 3 行". */
  source?: string;
}

export interface CompareOptions {
  /** nearStandard: value < standard × (1 + margin); cvNearLimit: CV ≥ limit × (1 − margin). Default 0.05. */
  margin?: number;
  renames?: readonly RenamePair[];
}

export const DEFAULT_MARGIN = 0.05;

export type CompareEventKind =
  | "new"
  | "closed"
  | "renamed"
  | "possibleRename"
  | "newlyFailing"
  | "recovered"
  | "nearStandard"
  | "cvNearLimit"
  | "cvRising"
  | "newOversized"
  | "newLargeClasses";

export interface CompareEvent {
  kind: CompareEventKind;
  /** The year the event is seen in (for closed: the first year without the school). */
  year: number;
  stage?: Stage;
  /** The school as named that year (for closed: its last name). */
  school?: string;
  indicator?: IndicatorId;
  /** renamed / possibleRename: the earlier name. */
  previousName?: string;
  /** The figure behind the event: the value (nearStandard), the CV (cvNearLimit, cvRising), students (newOversized), classes over the limit (newLargeClasses). */
  value?: number;
  /** The standard, the CV limit or the size limit the figure is compared with. */
  limit?: number;
  /** newLargeClasses: the classes over the limit the year before (added for the event's text). */
  previousValue?: number;
}

export interface IndicatorYears {
  cv: (number | null)[];
  /** The county mean (县域均值) of the indicator. */
  countyValue: (number | null)[];
  /** The profile's CV limit for this stage; null when it has none (2012 judges the composite). */
  cvLimit: number | null;
  /** Change of the CV since the previous year; null for the first year or a missing CV. */
  cvChange: (number | null)[];
}

export interface StageYears {
  indicators: Partial<Record<IndicatorId, IndicatorYears>>;
  /** 2012's composite CV, when the profile judges one. */
  compositeCv?: (number | null)[];
  compositeLimit?: number;
  schoolsPassing: (number | null)[];
  /** Schools assessed in the stage. */
  schools: (number | null)[];
  /** The stage passes (StageAssessment.passes). */
  passes: (boolean | null)[];
  /** Classes above the stage's limit (45 / 50), 大班额 (56+), 超大班额 (66+); null without a class sheet. */
  classesOverLimit: (number | null)[];
  largeClasses: (number | null)[];
  veryLargeClasses: (number | null)[];
}

export interface SchoolStageYears {
  values: Partial<Record<IndicatorId, (number | null)[]>>;
  metCount: (number | null)[];
  passes: (boolean | null)[];
}

export interface SchoolHistory {
  /** 学校标识码, when the tables give one. */
  code?: string;
  /** The school's name in each year (null: not there that year). */
  names: (string | null)[];
  stages: Partial<Record<Stage, SchoolStageYears>>;
  /** Students above the school-size limit, per year (null: not there, or no limit). */
  oversized: (boolean | null)[];
}

/** A county item (政府保障程度 / 教育质量 / 社会认可度) by year. */
export interface CountyItemYears {
  id: string;
  part: "government" | "quality" | "recognition";
  /** The item's figure as the 申报表 shows it (a number or a text such as 是/否); null when not given. */
  figure: (number | string | null)[];
  /** met / notMet / missing (未填报), null when the year has no county sheet. */
  verdict: ("met" | "notMet" | "missing" | null)[];
}

/**
 * Early warning for the latest year: what would tip the county into failing next year if the
 * change of the last two years went on once more (linear: next = last + (last − previous)).
 */
export interface EarlyWarning {
  kind: "cv" | "school";
  stage: Stage;
  indicator?: IndicatorId;
  school?: string;
  /** The latest year's figure (a CV, or the school's value of the indicator). */
  value: number;
  /** The figure next year if the trend went on. */
  projected: number;
  /** The CV limit, or the value the school must keep (standard, or the floor when it would fail the school). */
  limit: number;
  /** How far the latest figure is from the limit, as a share of the limit (0 = at it); the list is ordered by it. */
  distance: number;
}

export interface YearComparison {
  years: number[];
  /** The profile's id (national-2017 …). */
  profile: string;
  /** Where each year came from (a file name), in the order of `years`. */
  sources: string[];
  county?: { name?: string; code?: string };
  margin: number;
  stages: Partial<Record<Stage, StageYears>>;
  schools: SchoolHistory[];
  countyItems: CountyItemYears[];
  events: CompareEvent[];
  warnings: EarlyWarning[];
}
