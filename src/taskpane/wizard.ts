/**
 * The wizard's decisions, as pure functions of the core's results: what the
 * mapping step lists, whether the county may be assessed, and the overall
 * verdict. No React and no Excel here, so each is tested on plain data.
 */
import { assessTable } from '../core/assess';
import { INDICATORS } from '../core/indicators';
import { DEFAULT_PROFILE } from '../core/profiles';
import type { StandardsProfile } from '../core/profiles/profile';
import { roundTo } from '../core/rules';
import { excelColumn, originOf } from '../core/table/columns';
import { CLASS_FIELD_RULES, SCHOOL_FIELD_RULES, type FieldRule } from '../core/table/fields';
import { findHeader } from '../core/table/header';
import { readWorkbook } from '../core/table';
import type { Assessment, FieldMapping, InputIssue, SheetCells, Stage, TableReadResult } from '../core/types';
import { INDICATOR_IDS, STAGES } from '../core/types';
import { STAGE_NAMES } from '../core/vocabulary';
import { badDataSchoolCount } from '../report/build';
import type { SourceData } from './excel/types';
import type { Lang, MessageKey, MessageParams } from './messages';

/** Reads the cells the workbook gave with the user's column choices. */
export function readTable(source: SourceData, overrides: Record<string, string>): TableReadResult {
  const sheets = source.classes ? [source.school, source.classes] : [source.school];
  return readWorkbook(sheets, {
    overrides,
    schoolSheet: source.school.name,
    classSheet: source.classes ? source.classes.name : '',
  });
}

export interface ColumnOption {
  letter: string;
  header: string;
}

/** The columns of a sheet's header as the reader sees them: what the mapping drop-downs offer. */
export function columnOptions(sheet: SheetCells, kind: 'school' | 'class'): ColumnOption[] {
  const header = findHeader(sheet, kind === 'school' ? SCHOOL_FIELD_RULES : CLASS_FIELD_RULES);
  const origin = originOf(sheet);
  if (header) {
    return header.block.columns
      .filter((c) => c.display.trim() !== '')
      .map((c) => ({ letter: excelColumn(origin, c.index), header: c.display }));
  }
  // No header found: offer every column with its first text, so the user can still point at one.
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  return Array.from({ length: width }, (_, i) => {
    const first = sheet.values.find((r) => typeof r[i] === 'string' && String(r[i]).trim() !== '')?.[i];
    return { letter: excelColumn(origin, i), header: typeof first === 'string' ? first : '' };
  });
}

export interface FieldRow {
  rule: FieldRule;
  /** What the reader took, when it found a column. */
  mapping?: FieldMapping;
  /** The user's override: a column letter, '' for "not used", undefined for automatic. */
  override?: string;
}

export function fieldRows(read: TableReadResult, kind: 'school' | 'class', overrides: Record<string, string>): FieldRow[] {
  const rules = kind === 'school' ? SCHOOL_FIELD_RULES : CLASS_FIELD_RULES;
  const sheet = kind === 'school' ? read.schoolSheet : read.classSheet;
  return rules.map((rule) => ({
    rule,
    mapping: read.mapping.find((m) => m.field === rule.field && m.sheet === sheet),
    override: Object.prototype.hasOwnProperty.call(overrides, rule.field) ? overrides[rule.field] : undefined,
  }));
}

/** Issues in the order a person fixes them: errors first, then by sheet, row and column. */
export function sortedIssues(issues: readonly InputIssue[]): InputIssue[] {
  const rank = (i: InputIssue) => (i.severity === 'error' ? 0 : 1);
  return [...issues].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
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
  const errors = read.issues.filter((i) => i.severity === 'error').length;
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
export function runAssessment(read: TableReadResult, profile: StandardsProfile = DEFAULT_PROFILE): Assessment {
  return assessTable(read, profile);
}

export interface Reason {
  key: MessageKey;
  params: MessageParams;
}

export interface OverallVerdict {
  passes: boolean;
  reasons: Reason[];
}

/**
 * One verdict for the county over what the add-in computes: 资源配置 of each
 * stage that has schools (every school meets the standard and every CV is
 * within its limit, §1.1), class size (§1.4 item 5), school size (item 4) and
 * the music/art room count (item 3). A stage without any school is said, not failed.
 */
export function overallVerdict(a: Assessment, lang: Lang, profile: StandardsProfile = DEFAULT_PROFILE): OverallVerdict {
  const reasons: Reason[] = [];
  const stageName = (s: Stage) => (lang === 'zh' ? STAGE_NAMES[s] : s === 'primary' ? 'Primary' : 'Junior');
  let anyStage = false;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.schools.length === 0) {
      reasons.push({ key: 'reasonStageEmpty', params: { stage: stageName(stage) } });
      continue;
    }
    anyStage = true;
    const failing = sa.schools.length - sa.schoolsPassing;
    if (failing > 0) reasons.push({ key: 'reasonStageSchools', params: { stage: stageName(stage), failing } });
    const cvFails = INDICATOR_IDS.filter((id) => !sa.indicators[id].cvPasses).length;
    if (cvFails > 0) reasons.push({ key: 'reasonStageCv', params: { stage: stageName(stage), count: cvFails, limit: profile.cvLimits[stage] } });
  }
  if (a.classSize) {
    for (const stage of STAGES) {
      const cs = a.classSize[stage];
      if (cs.overLimit > 0) reasons.push({ key: 'reasonClassSize', params: { stage: stageName(stage), count: cs.overLimit, limit: profile.classSize.limits[stage] } });
    }
  }
  if (a.oversizedSchools.length > 0) reasons.push({ key: 'reasonSchoolSize', params: { count: a.oversizedSchools.length } });
  const shortRooms = a.specialRooms?.filter((r) => !r.passes).length ?? 0;
  if (shortRooms > 0) reasons.push({ key: 'reasonSpecialRooms', params: { count: shortRooms } });
  const blocking = reasons.filter((r) => r.key !== 'reasonStageEmpty');
  return { passes: anyStage && blocking.length === 0, reasons };
}

/** An indicator's name in the user's language. */
export function indicatorName(id: (typeof INDICATOR_IDS)[number], lang: Lang): string {
  return lang === 'zh' ? INDICATORS[id].name : INDICATORS[id].nameEn;
}

/** Numbers as the report shows them: 2 decimals for values, 3 for CVs (standards.md §1.3). */
export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return roundTo(value, decimals).toFixed(decimals);
}

export function percent(fraction: number): string {
  return `${roundTo(fraction * 100, 1).toFixed(1)}%`;
}
