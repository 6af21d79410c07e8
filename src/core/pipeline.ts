/**
 * The one pipeline every host runs: cells (or the reader's result, or records)
 * → read → assess → verdict, gap plan, CVs after the gaps, breakdowns. Each is
 * computed once, here; the CLI, the task pane (its what-if too), the report
 * builder and the batch take the `Evaluation` and only say what it holds.
 *
 *     SheetCells[] ─ readWorkbook ─▶ TableReadResult ─ assess ─▶ Assessment
 *                                                          ├─▶ overallVerdict
 *                                                          ├─▶ planGaps ─ assess (records + additions) ─▶ GapAnalysis
 *                                                          └─▶ breakdowns
 *
 * The gap plan and the breakdowns are computed on first use (the what-if panel
 * re-evaluates on every keystroke and needs neither), and then kept.
 */
import { assess } from "./assess";
import { assessCounty } from "./county/assess";
import { emptyCountyFigures, type CountyAssessment, type CountyFigures } from "./county/types";
import { isEduError } from "./errors";
import { NATIONAL_2017 } from "./profiles/national2017";
import type { StandardsProfile } from "./profiles/profile";
import { breakdowns, type Breakdowns } from "./planning/breakdown";
import {
  applyGapPlans,
  countyAfterGaps,
  planGaps,
  type GapAdditions,
  type GapAnalysis,
} from "./planning/gaps";
import { readWorkbook, type ReadWorkbookOptions } from "./table";
import type { Assessment, ClassRecord, SchoolRecord, SheetCells, TableReadResult } from "./types";
import { STAGES } from "./types";
import { overallVerdict, type OverallVerdict } from "./verdict";

/** School and class records from elsewhere than the table reader (tests, the custom functions' template). */
export interface CountyRecords {
  schools: SchoolRecord[];
  classes: ClassRecord[] | null;
  county?: CountyFigures;
}

export type EvaluateInput = readonly SheetCells[] | TableReadResult | CountyRecords;

export interface EvaluateOptions extends ReadWorkbookOptions {
  /** The standard to apply (default national-2017); the reader reads the columns it needs. */
  profile?: StandardsProfile;
}

/** Gap-closing that could not be computed, in words (zh, en). */
export interface GapFailure {
  error: string;
  errorEn: string;
}

/** Everything the hosts show about one county, computed once. */
export interface Evaluation {
  /** The profile applied: hosts never look it up again. */
  readonly profile: StandardsProfile;
  readonly read: TableReadResult;
  readonly assessment: Assessment;
  readonly verdict: OverallVerdict;
  /** Schools bad data left out (rows with an error on the school sheet). */
  readonly badDataSchools: number;
  /** Gap-closing (补差测算) and the county's CVs after it; with no school rule (2012), no gap and the county as it is. */
  readonly gaps: GapAnalysis | GapFailure;
  /** Means and CVs by 学区/集团 and by 城区/镇区/乡村, and the urban–rural ratio. */
  readonly breakdowns: Breakdowns;
}

function isReadResult(input: EvaluateInput): input is TableReadResult {
  return !Array.isArray(input) && "issues" in input && "mapping" in input;
}

/** How many schools bad data left out, from the reader's error issues (one per school row). */
export function badDataSchoolCount(read: TableReadResult): number {
  const rows = new Set<string>();
  for (const issue of read.issues) {
    if (issue.severity !== "error" || issue.row === undefined) continue;
    if (read.schoolSheet !== undefined && issue.sheet !== read.schoolSheet) continue;
    rows.add(`${issue.sheet}\u0000${issue.row}`);
    for (const other of issue.otherRows ?? []) rows.add(`${issue.sheet}\u0000${other}`);
  }
  return rows.size;
}

/** The records assessed: what the reader read, or records given as they are. */
function readOf(input: EvaluateInput, options: EvaluateOptions, profile: StandardsProfile) {
  if (Array.isArray(input)) {
    const read = readWorkbook(input as SheetCells[], { ...options, profile });
    return { read, fromReader: true };
  }
  if (isReadResult(input as TableReadResult | CountyRecords))
    return { read: input as TableReadResult, fromReader: true };
  const records = input as CountyRecords;
  const read: TableReadResult = {
    schools: records.schools,
    classes: records.classes,
    issues: [],
    mapping: [],
    incomplete: false,
  };
  if (records.county) read.county = records.county;
  return { read, fromReader: false };
}

function assessRead(
  read: TableReadResult,
  profile: StandardsProfile,
  fromReader: boolean
): Assessment {
  // The reader has already reported unknown class schools and bad rows: not repeated here.
  const a = assess(read.schools, read.classes, profile, {
    incomplete: read.incomplete,
    classSchoolsChecked: fromReader,
    ...(read.missingFields ? { missingFields: read.missingFields } : {}),
  });
  // The county sheet (县级指标): 政府保障程度, 教育质量, 社会认可度 and the vetoes (§1.4–1.7).
  if (read.county) {
    if (profile.county) a.county = assessCounty(read.county, a, profile, read.schools);
    else
      a.findings.push({
        code: "countyNoProfileStandards",
        profile: profile.name,
        profileEn: profile.nameEn,
      });
  }
  return a;
}

function gapAnalysis(
  read: TableReadResult,
  a: Assessment,
  profile: StandardsProfile
): GapAnalysis | GapFailure {
  try {
    const plan = planGaps(read.schools, a, profile);
    // The county after every plan: the same assessment, on the records with the additions.
    const after =
      plan.plans.length === 0 ? a : assess(applyGapPlans(read.schools, plan.plans), null, profile);
    return { ...plan, ...countyAfterGaps(after) };
  } catch (e) {
    if (isEduError(e)) return { error: e.message, errorEn: e.messageEn };
    throw e;
  }
}

/**
 * Reads (when given cells) and assesses a county with a profile, and decides
 * everything the hosts show about it. Never modifies its input.
 */
export function evaluate(input: EvaluateInput, options: EvaluateOptions = {}): Evaluation {
  const profile = options.profile ?? NATIONAL_2017;
  const { read, fromReader } = readOf(input, options, profile);
  const assessment = assessRead(read, profile, fromReader);
  let gaps: GapAnalysis | GapFailure | undefined;
  let groups: Breakdowns | undefined;
  return {
    profile,
    read,
    assessment,
    verdict: overallVerdict(assessment, profile),
    badDataSchools: badDataSchoolCount(read),
    get gaps() {
      return (gaps ??= gapAnalysis(read, assessment, profile));
    },
    get breakdowns() {
      return (groups ??= breakdowns(assessment));
    },
  };
}

/** True when gap-closing was computed (not a failure message). */
export function hasGaps(gaps: GapAnalysis | GapFailure): gaps is GapAnalysis {
  return !("error" in gaps);
}

/** Index in `read.schools` of each assessed stage part, matched by sheet and row (or name and type). */
function recordKey(r: { name: string; type: string; source?: { sheet: string; row: number } }) {
  return r.source ? `${r.source.sheet}\u0000${r.source.row}` : `${r.name}\u0000${r.type}`;
}

/**
 * The smallest additions (core/planning/gaps.ts) that make one school of an
 * evaluation meet the school rule; null when it fails in no stage, or when the
 * profile has no school rule (2012 judges the county only). Only this school is
 * planned, so a county of thousands of failing schools costs one plan.
 */
export function smallestAdditionsFor(ev: Evaluation, schoolIndex: number): GapAdditions | null {
  const { profile, assessment: a, read } = ev;
  if (!profile.schoolRule) return null;
  const record = read.schools[schoolIndex];
  const key = recordKey(record);
  const only: Assessment = { ...a, stages: { ...a.stages } };
  let fails = false;
  for (const stage of STAGES) {
    const parts = a.stages[stage].schools.filter((s) => recordKey(s) === key);
    if (parts.some((p) => p.passes === false)) fails = true;
    only.stages[stage] = { ...a.stages[stage], schools: parts };
  }
  if (!fails) return null;
  const plan = planGaps(read.schools, only, profile).plans.find(
    (p) => p.schoolIndex === schoolIndex
  );
  return plan ? plan.additions : null;
}

/**
 * The county parts of an assessment; without a county sheet, those of an empty one
 * (every item 未填报, never a pass), so the official 表Ⅳ–表Ⅵ can always be written.
 */
export function countyAssessmentOf(
  a: Assessment,
  profile: StandardsProfile,
  schools: readonly SchoolRecord[],
  figures?: CountyFigures
): CountyAssessment {
  if (a.county) return a.county;
  return assessCounty(figures ?? emptyCountyFigures(), a, profile, schools as SchoolRecord[]);
}
