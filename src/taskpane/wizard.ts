/**
 * The wizard's decisions, as pure functions of the core's results: what the
 * mapping step lists, whether the county may be assessed, and the overall
 * verdict. No React and no Excel here, so each is tested on plain data.
 */
import { assessTable } from "../core/assess";
import { INDICATORS } from "../core/indicators";
import { COUNTY_PART_NAMES, COUNTY_PART_NAMES_EN } from "../core/county/items";
import type { CountyAssessment, CountyPart, CountyPartId } from "../core/county/types";
import { DEFAULT_PROFILE, PROFILES } from "../core/profiles";
import type { StandardsProfile } from "../core/profiles/profile";
import { roundTo } from "../core/rules";
import { excelColumn, originOf } from "../core/table/columns";
import { CLASS_FIELD_RULES, schoolFieldRules, type FieldRule } from "../core/table/fields";
import { findHeader } from "../core/table/header";
import { readWorkbook } from "../core/table";
import type {
  Assessment,
  FieldMapping,
  IndicatorId,
  InputIssue,
  SheetCells,
  Stage,
  TableReadResult,
} from "../core/types";
import { INDICATOR_IDS, STAGES } from "../core/types";
import { STAGE_NAMES } from "../core/vocabulary";
import { badDataSchoolCount, formatThreshold } from "../report/build";
import type { SourceData } from "./excel/types";
import type { Lang, MessageKey, MessageParams } from "./messages";

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

export interface ColumnOption {
  letter: string;
  header: string;
}

/** The columns of a sheet's header as the reader sees them: what the mapping drop-downs offer. */
export function columnOptions(
  sheet: SheetCells,
  kind: "school" | "class",
  profile: StandardsProfile = DEFAULT_PROFILE
): ColumnOption[] {
  const header = findHeader(
    sheet,
    kind === "school" ? schoolFieldRules(profile) : CLASS_FIELD_RULES
  );
  const origin = originOf(sheet);
  if (header) {
    return header.block.columns
      .filter((c) => c.display.trim() !== "")
      .map((c) => ({ letter: excelColumn(origin, c.index), header: c.display }));
  }
  // No header found: offer every column with its first text, so the user can still point at one.
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  return Array.from({ length: width }, (_, i) => {
    const first = sheet.values.find(
      (r) => typeof r[i] === "string" && String(r[i]).trim() !== ""
    )?.[i];
    return { letter: excelColumn(origin, i), header: typeof first === "string" ? first : "" };
  });
}

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
}

export function checkSummary(read: TableReadResult): CheckSummary {
  const errors = read.issues.filter((i) => i.severity === "error").length;
  return {
    errors,
    warnings: read.issues.length - errors,
    badSchools: badDataSchoolCount(read),
    schools: read.schools.length,
    classes: read.classes ? read.classes.length : null,
    canAssess: read.schools.length > 0,
    needsConsent: errors > 0,
  };
}

/** The same entry as the CLI's: the reader's result → assessment (class rows already checked by the reader). */
export function runAssessment(
  read: TableReadResult,
  profile: StandardsProfile = DEFAULT_PROFILE
): Assessment {
  return assessTable(read, profile);
}

export interface Reason {
  key: MessageKey;
  params: MessageParams;
  /** Said for information only: it does not enter the verdict (class and school size under 2012). */
  info?: boolean;
}

export interface OverallVerdict {
  passes: boolean;
  /** The county sheet's four parts were judged too (Assessment.county). */
  full: boolean;
  /** The profile judges 基本均衡 (2012: the composite CV only), not 优质均衡. */
  basic: boolean;
  reasons: Reason[];
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

/**
 * One verdict for the county over what the add-in computes: 资源配置 of each
 * stage that has schools (every school meets the standard and the county rule on
 * the CVs holds, §1.1 / §2), class size (§1.4 item 5), school size (item 4) and
 * the music/art room count (item 3); with a county sheet, also 政府保障程度,
 * 教育质量, 社会认可度 and the vetoes (§1.4–1.7). A stage without any school is said, not failed.
 */
export function overallVerdict(
  a: Assessment,
  lang: Lang,
  profile: StandardsProfile = DEFAULT_PROFILE
): OverallVerdict {
  const reasons: Reason[] = [];
  let anyStage = false;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const name = stageName(stage, lang);
    if (sa.schools.length === 0) {
      reasons.push({ key: "reasonStageEmpty", params: { stage: name } });
      continue;
    }
    anyStage = true;
    const failing = sa.schools.filter((s) => s.passes === false).length;
    if (failing > 0) reasons.push({ key: "reasonStageSchools", params: { stage: name, failing } });
    if (sa.compositeCv !== undefined) {
      if (sa.compositePasses === false) {
        reasons.push({
          key: "reasonStageComposite",
          params: {
            stage: name,
            cv: fixed(sa.compositeCv, profile.display.cvDecimals),
            limit: sa.compositeLimit ?? "—",
          },
        });
      }
    } else {
      const cvFails = indicatorsOf(a).filter((id) => sa.indicators[id]?.cvPasses === false).length;
      if (cvFails > 0)
        reasons.push({
          key: "reasonStageCv",
          params: { stage: name, count: cvFails, limit: profile.countyRule.limits[stage] },
        });
    }
  }
  // 2012 (§2) judges the composite CV only: class and school sizes are said, for information.
  const basic = profile.countyRule.kind === "composite";
  const info = basic ? { info: true } : {};
  if (a.classSize) {
    for (const stage of STAGES) {
      const cs = a.classSize[stage];
      if (cs.overLimit > 0)
        reasons.push({
          key: "reasonClassSize",
          params: {
            stage: stageName(stage, lang),
            count: cs.overLimit,
            limit: profile.classSize.limits[stage],
          },
          ...info,
        });
    }
  }
  if (a.oversizedSchools.length > 0)
    reasons.push({
      key: "reasonSchoolSize",
      params: { count: a.oversizedSchools.length },
      ...info,
    });
  const shortRooms = a.specialRooms?.filter((r) => !r.passes).length ?? 0;
  if (shortRooms > 0)
    reasons.push({ key: "reasonSpecialRooms", params: { count: shortRooms }, ...info });
  const county = a.county;
  if (county) {
    for (const p of [county.government, county.quality, county.recognition]) {
      if (p.failed > 0)
        reasons.push({
          key: "reasonCountyPartFailed",
          params: { part: countyPartName(p.id, lang), count: p.failed },
        });
      if (p.missing > 0)
        reasons.push({
          key: "reasonCountyPartMissing",
          params: { part: countyPartName(p.id, lang), count: p.missing },
        });
    }
    const vetoed = county.vetoes.items.filter((i) => i.status === "fail");
    if (vetoed.length > 0)
      reasons.push({
        key: "reasonVeto",
        params: { count: vetoed.length, items: vetoed.map((i) => i.shortName).join("、") },
      });
    const unanswered = county.vetoes.items.filter((i) => i.status === "missing").length;
    if (unanswered > 0) reasons.push({ key: "reasonVetoMissing", params: { count: unanswered } });
  }
  const blocking = reasons.filter((r) => r.key !== "reasonStageEmpty" && !r.info);
  const resourcesPass = anyStage && blocking.length === 0;
  return {
    passes: county ? resourcesPass && county.passes : resourcesPass,
    full: Boolean(county),
    basic,
    reasons,
  };
}

/** An indicator's name in the user's language. */
export function indicatorName(id: IndicatorId, lang: Lang): string {
  return lang === "zh" ? INDICATORS[id].name : INDICATORS[id].nameEn;
}

/** Numbers as the report shows them: 2 decimals for values, 3 for CVs (standards.md §1.3). */
export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return roundTo(value, decimals).toFixed(decimals);
}

export function percent(fraction: number): string {
  return `${roundTo(fraction * 100, 1).toFixed(1)}%`;
}

/** A threshold as the policy writes it (4.2, 1.0, 2000); '—' when the profile sets none (2012). */
export function thresholdText(threshold: number | null | undefined): string {
  return threshold === null || threshold === undefined ? "—" : formatThreshold(threshold);
}

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
