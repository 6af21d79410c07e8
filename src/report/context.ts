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

/** Stable ids of the report's sheets, so a host can find and replace its own sheets. */
export type ReportSheetId =
  "summary" | "schools" | "variation" | "classSize" | "issues" | "charts" | "gaps" | "breakdowns";

/** Sheet names by id (≤ 31 characters, no []:*?/\). */
export const REPORT_SHEET_NAMES: Readonly<Record<ReportSheetId, string>> = {
  summary: "汇总",
  schools: "学校达标情况",
  variation: "校际均衡",
  classSize: "班额与规模",
  issues: "数据问题",
  charts: "图表数据",
  gaps: "补差测算",
  breakdowns: "分组比较",
};

/** 优质均衡 (2017: every CV within its limit) or 基本均衡 (2012: the composite). */
export function balanceKind(profile: StandardsProfile): string {
  return profile.countyRule.kind === "composite" ? "基本均衡" : "优质均衡";
}

/** The notice every sheet carries when bad data left schools out. */
export function incompleteNotice(ev: Evaluation): string | undefined {
  if (!ev.assessment.incomplete && !ev.read.incomplete) return undefined;
  const n = ev.badDataSchools;
  return n > 0
    ? `数据不完整：以下结果不含 ${n} 所数据有误的学校（见“${REPORT_SHEET_NAMES.issues}”表）`
    : `数据不完整：部分数据有误的学校或班级未计入以下结果（见“${REPORT_SHEET_NAMES.issues}”表）`;
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
