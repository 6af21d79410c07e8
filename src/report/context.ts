/**
 * What the analysis sheets of buildReport share: their ids and names, the context each is
 * built from (assessment, profile, subtitle, notice), and the words every sheet uses.
 */
import {
  type Assessment,
  type Evaluation,
  type IndicatorId,
  type StandardsProfile,
  type TableReadResult,
} from "../core";
import { fill, ZH } from "../i18n";

const T = ZH.report.context;

/** Stable ids of the report's sheets, so a host can find and replace its own sheets. */
export type ReportSheetId =
  "summary" | "schools" | "variation" | "classSize" | "issues" | "charts" | "gaps" | "breakdowns";

/** Sheet names by id (≤ 31 characters, no []:*?/\). */
export const REPORT_SHEET_NAMES: Readonly<Record<ReportSheetId, string>> = T.sheetNames;

/** 优质均衡 (2017: every CV within its limit) or 基本均衡 (2012: the composite). */
export function balanceKind(profile: StandardsProfile): string {
  return profile.countyRule.kind === "composite" ? T.basic : T.quality;
}

/** The notice every sheet carries when bad data left schools out. */
export function incompleteNotice(ev: Evaluation): string | undefined {
  if (!ev.assessment.incomplete && !ev.read.incomplete) return undefined;
  const n = ev.badDataSchools;
  return n > 0
    ? fill(T.incompleteSchools, { n, sheet: REPORT_SHEET_NAMES.issues })
    : fill(T.incomplete, { sheet: REPORT_SHEET_NAMES.issues });
}

/** What every analysis sheet of buildReport is built from. */
export interface ReportContext {
  a: Assessment;
  read: TableReadResult;
  profile: StandardsProfile;
  ev: Evaluation;
  /** The assessment's indicators, in the profile's order (7 in 2017, 8 in 2012). */
  ids: readonly IndicatorId[];
  subtitle: string;
  notice?: string;
}
