/**
 * The `--json` document of interfaces.md §1 (a stable interface: fields may be
 * added, never renamed). Numbers are unrounded; a number that does not exist
 * (NaN, ±Infinity, an absent optional field) is null, never left out, so
 * consumers see the same keys for every school.
 */
import type { Assessment, InputIssue, SchoolStageAssessment, Stage, TableReadResult } from '../core/types';
import { STAGES } from '../core/types';

export interface AssessmentJson {
  profile: string;
  profileName: string;
  stages: Record<Stage, unknown>;
  classSize: unknown;
  oversizedSchools: string[];
  schoolSize: unknown[];
  specialRooms: unknown[] | null;
  excluded: unknown[];
  incomplete: boolean;
  issues: unknown[];
  warnings: string[];
}

/** Replaces NaN/±Infinity/undefined by null, recursively, keeping key order. */
export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = jsonSafe(v);
    return out;
  }
  return value;
}

function school(s: SchoolStageAssessment): unknown {
  // `source` (sheet and row) is left out: the document describes the county, and
  // must not change when the same data comes in another workbook layout.
  return {
    name: s.name,
    type: s.type,
    ownership: s.ownership,
    locale: s.locale,
    group: s.group,
    students: s.students,
    facilityShare: s.facilityShare,
    values: s.values,
    met: s.met,
    metCount: s.metCount,
    passes: s.passes,
    shortfalls: s.shortfalls,
    borderline: s.borderline,
  };
}

function issue(i: InputIssue): unknown {
  return { severity: i.severity, code: i.code, sheet: i.sheet, row: i.row, column: i.column, field: i.field, school: i.school, message: i.message };
}

/**
 * Warnings as the document lists them: the reader's warning-level issues, then
 * the assessment's own warnings. Error-level issues go to `issues`.
 */
export function documentWarnings(a: Assessment, read?: TableReadResult): string[] {
  const fromReader = (read?.issues ?? []).filter((i) => i.severity === 'warning').map((i) => i.message);
  return [...fromReader, ...a.warnings];
}

export function assessmentJson(a: Assessment, read?: TableReadResult): AssessmentJson {
  const stages = {} as Record<Stage, unknown>;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    stages[stage] = {
      schools: sa.schools.map(school),
      indicators: sa.indicators,
      schoolsPassing: sa.schoolsPassing,
      passes: sa.passes,
    };
  }
  return jsonSafe({
    profile: a.profile,
    profileName: a.profileName,
    stages,
    classSize: a.classSize,
    oversizedSchools: a.oversizedSchools,
    schoolSize: a.schoolSize,
    specialRooms: a.specialRooms,
    excluded: a.excluded,
    incomplete: a.incomplete || read?.incomplete === true,
    issues: (read?.issues ?? []).filter((i) => i.severity === 'error').map(issue),
    warnings: documentWarnings(a, read),
  }) as AssessmentJson;
}
