/**
 * The `--json` document of interfaces.md §1 (a stable interface: fields may be
 * added, never renamed). Numbers are unrounded; a number that does not exist
 * (NaN, ±Infinity, an absent optional field) is null, never left out, so
 * consumers see the same keys for every school.
 */
import {
  type AllowanceFinding,
  type AllowanceNote,
  type CountyAssessment,
  type CountyPart,
  type Evaluation,
  type ExcludedSchool,
  findFieldRule,
  type IndicatorAssessment,
  type IndicatorId,
  type IndicatorRecord,
  type InputIssue,
  renderCountyNotes,
  renderFinding,
  renderFindings,
  type SchoolStageAssessment,
  type Stage,
  STAGES,
} from "../core";
import { planningDocument } from "./planningJson";

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
  /** 政府保障程度, 教育质量, 社会认可度 and the vetoes; null when the workbook has no county sheet. */
  county?: unknown;
  /** Under a profile with the 认定规程 allowances only: every use and every claim without its fact. */
  allowances?: unknown;
}

/** Replaces NaN/±Infinity/undefined by null, recursively, keeping key order. */
export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // An own "__proto__" key (a group or school named so) stays a key, as JSON.stringify writes it.
      if (k === "__proto__")
        Object.defineProperty(out, k, {
          value: jsonSafe(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[k] = jsonSafe(v);
    }
    return out;
  }
  return value;
}

function school(s: SchoolStageAssessment, ids?: readonly IndicatorId[]): unknown {
  // `source` (sheet and row) is left out: the document describes the county, and
  // must not change when the same data comes in another workbook layout.
  return {
    name: s.name,
    // Only when the sheet gives one: a document without codes stays as it was.
    ...(s.code !== undefined ? { code: s.code } : {}),
    type: s.type,
    ownership: s.ownership,
    locale: s.locale,
    group: s.group,
    students: s.students,
    facilityShare: s.facilityShare,
    values: ids ? partialValues(s, ids) : s.values,
    met: s.met,
    metCount: s.metCount,
    passes: s.passes,
    shortfalls: s.shortfalls,
    borderline: s.borderline,
  };
}

/**
 * A school's values in a stage of a partial table: every indicator of the profile, in its
 * order, null where it is not computed (the stage's indicators say `missing`), so that
 * every school has the same keys.
 */
function partialValues(s: SchoolStageAssessment, ids: readonly IndicatorId[]): unknown {
  const out: Record<string, number | null> = {};
  for (const id of ids) out[id] = s.values[id] ?? null;
  return out;
}

/**
 * A stage's indicators as the document gives them: as computed, and for one a partial
 * table cannot compute, `missing: true` with the fields it lacks (`missingFields`) and
 * their template headers (`missingColumns`). A complete table's entries are unchanged.
 */
function indicatorsJson(indicators: IndicatorRecord<IndicatorAssessment>): unknown {
  const out: Record<string, unknown> = {};
  for (const [id, ind] of Object.entries(indicators)) {
    if (!ind || ind.missingFields === undefined) {
      out[id] = ind;
      continue;
    }
    const { missingFields, ...rest } = ind;
    out[id] = {
      ...rest,
      missing: true,
      missingFields,
      missingColumns: missingFields.map((f) => findFieldRule(f)?.templateHeader ?? f),
    };
  }
  return out;
}

/** An allowance note or finding without the cell it came from (like the schools). */
function allowanceJson({ source: _source, ...rest }: AllowanceNote | AllowanceFinding): unknown {
  return rest;
}

function issue(i: InputIssue): unknown {
  return {
    severity: i.severity,
    code: i.code,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    field: i.field,
    // Only an issue that names several fields has them (missingColumns): other issues keep their shape.
    ...(i.fields === undefined ? {} : { fields: i.fields }),
    // A partial table's missing columns: an error that leaves no school out (indicators only).
    ...(i.partial ? { partial: true } : {}),
    school: i.school,
    message: i.message,
  };
}

/**
 * Warnings as the document lists them: the reader's warning-level issues, then
 * the assessment's own warnings. Error-level issues go to `issues`.
 */
export function documentWarnings(ev: Evaluation): string[] {
  const fromReader = ev.read.issues.filter((i) => i.severity === "warning").map((i) => i.message);
  return [...fromReader, ...renderFindings(ev.assessment.findings)];
}

function excluded(e: ExcludedSchool): unknown {
  // Key order as before the reason was coded: name, stage (when any), reason.
  const out: Record<string, unknown> = { name: e.name };
  if (e.stage !== undefined) out.stage = e.stage;
  out.reason = renderFinding(e.reason);
  return out;
}

export function assessmentJson(ev: Evaluation): AssessmentJson {
  return jsonSafe(assessmentDocument(ev)) as AssessmentJson;
}

/**
 * The document before jsonSafe: what `--json` streams (src/cli/jsonStream.ts applies the same
 * null rules as it writes, so the document is not copied first).
 */
export function assessmentDocument(ev: Evaluation): Record<string, unknown> {
  const { assessment: a, read } = ev;
  const stages = {} as Record<Stage, unknown>;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    // A partial table: every school's values keyed by every indicator, null where not computed.
    const ids = sa.missingIndicators ? a.indicators : undefined;
    // Under a profile with allowances every school says which it used ([] for none); the default document is unchanged.
    const schools = a.allowances
      ? sa.schools.map((s) => ({
          ...(school(s, ids) as object),
          allowances: (s.allowances ?? []).map(allowanceJson),
        }))
      : sa.schools.map((s) => school(s, ids));
    const part: Record<string, unknown> = {
      schools,
      indicators: sa.missingIndicators ? indicatorsJson(sa.indicators) : sa.indicators,
      schoolsPassing: sa.schoolsPassing,
      passes: sa.passes,
    };
    // A partial table: the indicators not computed, in the profile's order (passes is then null).
    if (sa.missingIndicators) part.missingIndicators = sa.missingIndicators;
    // 2012 基本均衡: the 综合差异系数 and its verdict (absent under 2017's per-indicator rule, so that document is unchanged).
    if (sa.compositeLimit !== undefined) {
      part.compositeCv = sa.compositeCv;
      part.compositeLimit = sa.compositeLimit;
      part.compositePasses = sa.compositePasses;
      part.compositeBorderline = sa.compositeBorderline;
    }
    stages[stage] = part;
  }
  return {
    profile: a.profile,
    profileName: a.profileName,
    stages,
    classSize: a.classSize,
    oversizedSchools: a.oversizedSchools,
    schoolSize: a.allowances
      ? a.schoolSize.map((f) => ({
          ...f,
          allowance: f.allowance ? allowanceJson(f.allowance) : null,
        }))
      : a.schoolSize,
    specialRooms:
      a.allowances && a.specialRooms
        ? a.specialRooms.map((r) => ({
            ...r,
            allowance: r.allowance ? allowanceJson(r.allowance) : null,
          }))
        : a.specialRooms,
    excluded: a.excluded.map(excluded),
    incomplete: a.incomplete || read.incomplete,
    issues: read.issues.filter((i) => i.severity === "error").map(issue),
    warnings: documentWarnings(ev),
    county: a.county ? countyJson(a.county) : null,
    ...(a.allowances
      ? {
          allowances: {
            used: a.allowances.used.map(allowanceJson),
            findings: a.allowances.findings.map(allowanceJson),
          },
        }
      : {}),
  };
}

/**
 * The county part as the document gives it: like the schools, without the cells
 * it was read from (sheet, rows), so the same county in another workbook layout
 * gives the same document.
 */
function countyJson(c: CountyAssessment): unknown {
  // The notes in words (the catalogue's Chinese) under `note`, as the document has always had them.
  const { sheet: _sheet, vetoVerdict: _vetoes, gaps, ...rest } = c;
  const part = <P extends CountyPart>(p: P): unknown => ({
    ...p,
    // The English texts are the English pane's; the document keeps the Chinese ones it always had.
    items: p.items.map(
      ({
        sources: _sources,
        textEn: _textEn,
        thresholdEn: _thresholdEn,
        notes,
        evidence,
        checks,
        ...item
      }) => ({
        ...item,
        note: renderCountyNotes(notes),
        evidence,
        checks: checks.map(({ textEn: _t, thresholdEn: _h, ...check }) => check),
      })
    ),
  });
  return {
    ...rest,
    government: part(c.government),
    quality: part(c.quality),
    recognition: part(c.recognition),
    vetoes: part(c.vetoes),
    gaps: gaps.map(({ notes, ...g }) => ({ ...g, note: renderCountyNotes(notes) })),
  };
}

/**
 * The JSON text of a document, two-space indented. JSON.stringify escapes C0 control characters
 * in strings but leaves DEL and C1 (U+0080–U+009F, where U+009B acts as ESC [ on some
 * terminals) raw; they are written as \u escapes too, so the JSON is the same data and prints
 * safely (issue 16 §9).
 */
export function jsonText(doc: unknown): string {
  return escapeC1(JSON.stringify(doc, null, 2));
}

/** DEL and C1 characters as \u escapes (they only ever stand inside JSON strings). */
export function escapeC1(json: string): string {
  return json.replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/**
 * The whole `assess --json` document: the assessment, then the planning fields. What the CLI
 * streams (src/cli/jsonStream.ts) and the offline page downloads.
 */
export function assessDocument(ev: Evaluation): Record<string, unknown> {
  return { ...assessmentDocument(ev), ...planningDocument(ev) };
}

/** The `assess --json` text with its final newline: the same bytes as the CLI's stdout. */
export function assessJsonText(ev: Evaluation): string {
  return `${jsonText(jsonSafe(assessDocument(ev)))}\n`;
}
