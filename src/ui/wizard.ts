/**
 * The wizard's decisions, as pure functions of the core's results: what the
 * mapping step lists, whether the county may be assessed, and the overall
 * verdict. No React and no Excel here, so each is tested on plain data.
 */
import {
  badDataSchoolCount,
  CLASS_FIELD_RULES,
  COUNTY_PART_NAMES,
  COUNTY_PART_NAMES_EN,
  DEFAULT_PROFILE,
  evaluate,
  formatNumber,
  formatPercent,
  formatThreshold,
  INDICATOR_IDS,
  INDICATORS,
  PROFILES,
  readWorkbook,
  schoolFieldRules,
  STAGE_NAMES,
  type Assessment,
  type CountyAssessment,
  type CountyPart,
  type CountyPartId,
  type Evaluation,
  type FieldMapping,
  type FieldRule,
  type IndicatorId,
  type InputIssue,
  type Stage,
  type StandardsProfile,
  type TableReadResult,
} from "../core";
import type { SourceData } from "./gateway";
import type { Lang } from "./messages";

/**
 * Reads the cells the workbook gave with the user's column choices: the school
 * table, the class sheet and the county sheet (县级指标) are the ones step 1 named.
 * The profile decides which columns are required (the 2012 indicators need 计算机,
 * 图书, 教职工 and 中级职称 columns that 2017 does not look for).
 */
export function readTable(
  source: SourceData,
  overrides: Record<string, string>,
  profile: StandardsProfile = DEFAULT_PROFILE
): TableReadResult {
  const sheets = [source.school];
  if (source.classes) sheets.push(source.classes);
  const county =
    source.county &&
    source.county.name !== source.school.name &&
    source.county.name !== source.classes?.name
      ? source.county
      : null;
  if (county) sheets.push(county);
  return readWorkbook(sheets, {
    overrides,
    schoolSheet: source.school.name,
    classSheet: source.classes ? source.classes.name : "",
    countySheet: county ? county.name : "",
    profile,
  });
}

/** The columns the mapping drop-downs offer (core/columnOptions.ts). */
export { columnOptions, type ColumnOption } from "../core";

export interface FieldRow {
  rule: FieldRule;
  /** What the reader took, when it found a column. */
  mapping?: FieldMapping;
  /** The user's override: a column letter, '' for "not used", undefined for automatic. */
  override?: string;
}

export function fieldRows(
  read: TableReadResult,
  kind: "school" | "class",
  overrides: Record<string, string>,
  profile: StandardsProfile = DEFAULT_PROFILE
): FieldRow[] {
  const rules = kind === "school" ? schoolFieldRules(profile) : CLASS_FIELD_RULES;
  const sheet = kind === "school" ? read.schoolSheet : read.classSheet;
  return rules.map((rule) => ({
    rule,
    mapping: read.mapping.find((m) => m.field === rule.field && m.sheet === sheet),
    override: Object.prototype.hasOwnProperty.call(overrides, rule.field)
      ? overrides[rule.field]
      : undefined,
  }));
}

/** Issues in the order a person fixes them: errors first, then by sheet, row and column. */
export function sortedIssues(issues: readonly InputIssue[]): InputIssue[] {
  const rank = (i: InputIssue) => (i.severity === "error" ? 0 : 1);
  return [...issues].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? "").length - (b.column ?? "").length ||
      (a.column ?? "").localeCompare(b.column ?? "")
  );
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  /** Schools left out for bad data (rows with an error on the school sheet). */
  badSchools: number;
  schools: number;
  classes: number | null;
  /** The county can be assessed at all: at least one school was read. */
  canAssess: boolean;
  /** The user must agree to leave schools out first. */
  needsConsent: boolean;
  /**
   * Every error is a partial table's missing columns (InputIssue.partial): they leave
   * indicators out, not schools, so there is nothing to consent to.
   */
  partialOnly: boolean;
}

export function checkSummary(read: TableReadResult): CheckSummary {
  const errors = read.issues.filter((i) => i.severity === "error");
  const leavingOut = errors.filter((i) => i.partial !== true).length;
  return {
    errors: errors.length,
    warnings: read.issues.length - errors.length,
    badSchools: badDataSchoolCount(read),
    schools: read.schools.length,
    classes: read.classes ? read.classes.length : null,
    canAssess: read.schools.length > 0,
    needsConsent: leavingOut > 0,
    partialOnly: errors.length > 0 && leavingOut === 0,
  };
}

/** The same pipeline as the CLI's (core/pipeline.ts): the reader's result → the evaluation. */
export function runAssessment(
  read: TableReadResult,
  profile: StandardsProfile = DEFAULT_PROFILE
): Evaluation {
  return evaluate(read, { profile });
}

/** The resource indicators of the assessment's profile, in its order (7 in 2017, 8 in 2012). */
export function indicatorsOf(a: Assessment): readonly IndicatorId[] {
  return a.indicators && a.indicators.length > 0 ? a.indicators : INDICATOR_IDS;
}

export function stageName(stage: Stage, lang: Lang): string {
  return lang === "zh" ? STAGE_NAMES[stage] : stage === "primary" ? "Primary" : "Junior";
}

export function profileName(
  profile: Pick<StandardsProfile, "name" | "nameEn">,
  lang: Lang
): string {
  return lang === "zh" ? profile.name : profile.nameEn;
}

export function countyPartName(id: CountyPartId, lang: Lang): string {
  return lang === "zh" ? COUNTY_PART_NAMES[id] : COUNTY_PART_NAMES_EN[id];
}

/** The county parts in the policy's order (§1.4–1.7). */
export function countyParts(c: CountyAssessment): CountyPart[] {
  return [c.government, c.quality, c.recognition, c.vetoes];
}

/** An indicator's name in the user's language. */
export function indicatorName(id: IndicatorId, lang: Lang): string {
  return lang === "zh" ? INDICATORS[id].name : INDICATORS[id].nameEn;
}

/** Numbers as the report shows them (the core's one formatter): 2 decimals for values, 3 for CVs. */
export const fixed = formatNumber;
export const percent = (fraction: number): string => formatPercent(fraction);
/** A threshold as the policy writes it (4.2, 1.0, 2000); '—' when the profile sets none (2012). */
export const thresholdText = formatThreshold;

/** The built-in profiles the wizard offers, the default first. */
export function builtInProfiles(): StandardsProfile[] {
  const all = Object.values(PROFILES);
  return [DEFAULT_PROFILE, ...all.filter((p) => p.id !== DEFAULT_PROFILE.id)];
}

/** The profile a saved id names, or the first offered when it names none we ship (a later version's, a typo). */
export function profileById(
  profiles: readonly StandardsProfile[],
  id: string | undefined
): StandardsProfile {
  return profiles.find((p) => p.id === id) ?? profiles[0] ?? DEFAULT_PROFILE;
}
