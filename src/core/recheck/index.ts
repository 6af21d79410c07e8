/**
 * The reviewer's re-check (issue 23 item 8): a county's 表Ⅱ-2 (per-school values and students)
 * → each school's 达标, each stage's means and CVs, the counts of schools meeting each indicator,
 * compared with the county's own 表Ⅲ, 表Ⅱ-1 and L14 where the workbook holds them. Pure: cells
 * in, plain data out; messages.ts says it in words.
 */
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import type { SheetCells } from "../types";
import { compareWithCounty } from "./compare";
import { recheckStages } from "./compute";
import { recheckIssue } from "./messages";
import { readRecheckWorkbook } from "./read";
import type { ComparisonStatus, RecheckResult } from "./types";

export interface RecheckOptions {
  /** The standard the county applied (default national-2017): thresholds, school rule, CV limits. */
  profile?: StandardsProfile;
  /** Read this sheet as the 表Ⅱ-2 instead of recognising it. */
  sheet?: string;
}

export function recheckWorkbook(
  sheets: readonly SheetCells[],
  options: RecheckOptions = {}
): RecheckResult {
  const profile = options.profile ?? NATIONAL_2017;
  const read = readRecheckWorkbook(sheets, profile.indicators, { sheet: options.sheet });
  const stages = recheckStages(read.rows, profile, read.missingIndicators, read.leftOut);
  const { comparisons, notes } = compareWithCounty(read, stages, profile);
  if (profile.schoolRule === undefined)
    notes.unshift(
      recheckIssue(
        "noSchoolRule",
        { sheet: "" },
        { profile: profile.name, profileEn: profile.nameEn }
      )
    );
  if (
    read.rows.length > 0 &&
    read.figures.length === 0 &&
    read.counts.length === 0 &&
    !read.rows.some((r) => r.countyPasses !== undefined || r.countyMetCount !== undefined)
  )
    notes.push(recheckIssue("noCountyFigures", { sheet: "" }));
  const counts: Record<ComparisonStatus, number> = { same: 0, consistent: 0, different: 0 };
  for (const c of comparisons) counts[c.status]++;
  return {
    profile: profile.id,
    profileName: profile.name,
    indicators: profile.indicators,
    read,
    stages,
    comparisons,
    counts,
    notes,
  };
}

export { readRecheckWorkbook, recheckRefusal, parseVerdict } from "./read";
export { findIndicatorValuesShape, resourceFields, stageOfText, indicatorOfHeader } from "./shape";
export type { IndicatorValuesShape, ValueColumn } from "./shape";
export {
  comparisonFigures,
  comparisonSubject,
  formatWritten,
  itemDecimals,
  ITEM_NAMES,
  RECHECK_MESSAGES,
  renderComparison,
  STATUS_NAMES,
  TABLE_NAMES,
  type RecheckMessageCode,
} from "./messages";
export {
  decimalsShown,
  roundingHalfUnit,
  statisticTolerance,
  MAX_SHOWN_DECIMALS,
} from "./tolerance";
export * from "./types";
