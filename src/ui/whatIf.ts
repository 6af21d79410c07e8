/**
 * What-if (issue 5 §4): one school's figures changed in the pane, and the county
 * assessed again in memory on a copy of the records. Nothing here touches the
 * workbook; the records the reader gave are never modified.
 *
 * Pure functions of the reader's result, so each is tested on plain data.
 */
import {
  type Assessment,
  evaluate,
  type Evaluation,
  type FieldRule,
  GAP_FIELD_ORDER,
  type GapAdditions,
  schoolFieldRules,
  type SchoolRecord,
  type SchoolStageAssessment,
  smallestAdditionsFor,
  type Stage,
  STAGES,
  type StandardsProfile,
  type TableReadResult,
} from "../core";

/** A numeric field of the school table (students, teachers, ㎡, 元, rooms). */
export type SchoolNumberKey = Exclude<
  {
    [K in keyof SchoolRecord]-?: NonNullable<SchoolRecord[K]> extends number ? K : never;
  }[keyof SchoolRecord],
  "sponsor" // a code, not a figure to edit
>;

/** New values of a school's figures, in the record's units (㎡, 元, persons, rooms). */
export type SchoolEdits = Partial<Record<SchoolNumberKey, number>>;

/** What the what-if editor holds: the school, its stage, the new figures, and what the user typed. */
export interface WhatIfState {
  /** Index in TableReadResult.schools. */
  index: number;
  stage: Stage;
  edits: SchoolEdits;
  /** Text typed in each field, kept as typed (an invalid figure stays visible with its message). */
  texts: Partial<Record<SchoolNumberKey, string>>;
  /** The additions the gap plan made, said once after the click. */
  applied?: GapAdditions;
}

/** The largest figure the pane accepts: nothing in a county comes near 10^15 (students, ㎡, 元). */
export const MAX_WHAT_IF_VALUE = 1e15;

/** 万元 as the school table writes money; the record holds 元. */
export const YUAN_PER_WAN = 10000;

export interface WhatIfSchool {
  /** Index in TableReadResult.schools. */
  index: number;
  name: string;
  /** The stages it is assessed in (资源配置). */
  stages: Stage[];
  /** It fails the school rule in some stage. */
  failing: boolean;
}

function recordKey(r: {
  name: string;
  type: string;
  source?: { sheet: string; row: number };
}): string {
  return r.source ? `${r.source.sheet}\u0000${r.source.row}` : `${r.name}\u0000${r.type}`;
}

/** The schools the pane can pick: those assessed in 资源配置, in the reader's row order. */
export function whatIfSchools(read: TableReadResult, a: Assessment): WhatIfSchool[] {
  const byKey = new Map<string, number>();
  read.schools.forEach((s, i) => {
    const key = recordKey(s);
    if (!byKey.has(key)) byKey.set(key, i);
  });
  const found = new Map<number, WhatIfSchool>();
  for (const stage of STAGES) {
    for (const part of a.stages[stage].schools) {
      const index = byKey.get(recordKey(part));
      if (index === undefined) continue;
      const entry = found.get(index) ?? { index, name: part.name, stages: [], failing: false };
      entry.stages.push(stage);
      if (part.passes === false) entry.failing = true;
      found.set(index, entry);
    }
  }
  return [...found.values()].sort((x, y) => x.index - y.index);
}

/** The record's part in a stage of an assessment (matched by its row, as the reader numbered it). */
export function stagePart(
  a: Assessment,
  stage: Stage,
  record: SchoolRecord
): SchoolStageAssessment | undefined {
  const key = recordKey(record);
  return a.stages[stage].schools.find((s) => recordKey(s) === key);
}

const NUMERIC_KINDS = new Set<FieldRule["kind"]>(["count", "area", "money"]);

/**
 * The figures the pane offers for a school and stage: the stage's own (students,
 * classes, teachers of each kind) and the school's shared ones (areas, equipment,
 * rooms), in the template's order, as the profile reads them. Optional columns
 * the table did not have (音乐/美术教室, the 2012 fields under 2017) are left out, and
 * so are the `missing` fields of a partial table (their indicators are not computed);
 * 高中 students only for a school that has them.
 */
export function editableFields(
  record: SchoolRecord,
  stage: Stage,
  profile?: StandardsProfile,
  missing: readonly string[] = []
): FieldRule[] {
  return schoolFieldRules(profile).filter((rule) => {
    if (!NUMERIC_KINDS.has(rule.kind)) return false;
    if (missing.includes(rule.field)) return false;
    if (rule.stage === "senior") return record.seniorStudents > 0;
    if (rule.stage !== undefined && rule.stage !== stage) return false;
    return !rule.optional || record[rule.field as keyof SchoolRecord] !== undefined;
  });
}

/** How many record units one unit shown in the pane is: money is shown in 万元, as the table has it. */
export function displayScale(rule: FieldRule): number {
  return rule.kind === "money" ? YUAN_PER_WAN : 1;
}

/** A copy of the county's records with one school's edits made. */
export function withEdits(
  schools: readonly SchoolRecord[],
  index: number,
  edits: SchoolEdits
): SchoolRecord[] {
  const out = schools.slice();
  out[index] = { ...schools[index], ...edits };
  return out;
}

/** The county evaluated again with one school's figures changed: the same pipeline as the wizard's, on a copy. */
export function evaluateWhatIf(before: Evaluation, index: number, edits: SchoolEdits): Evaluation {
  const read = before.read;
  return evaluate(
    { ...read, schools: withEdits(read.schools, index, edits) },
    { profile: before.profile }
  );
}

/**
 * A typed figure → the record's value: a finite number from 0 to MAX_WHAT_IF_VALUE
 * (persons, classes and rooms whole), scaled from 万元 to 元; undefined when it is
 * not one, so the pane says so and keeps the last good value.
 */
export function parseEdit(text: string, rule: FieldRule): number | undefined {
  const t = text.trim().replace(/,/g, "");
  if (t === "" || !/^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const shown = Number(t);
  if (!Number.isFinite(shown) || shown < 0) return undefined;
  if (rule.kind === "count" && !Number.isInteger(shown)) return undefined;
  // 0.01 元 is the finest money the statistics know; 万元 × 10000 must not leave float dust.
  const value = rule.kind === "money" ? Math.round(shown * YUAN_PER_WAN * 100) / 100 : shown;
  return value <= MAX_WHAT_IF_VALUE ? value : undefined;
}

/** Why a typed figure is refused, so the pane can say it in a statistician's words. */
export type EditProblem = "notNumber" | "negative" | "notWhole" | "tooLarge";

/** What is wrong with a figure parseEdit refuses; undefined when it is accepted. */
export function editProblem(text: string, rule: FieldRule): EditProblem | undefined {
  if (parseEdit(text, rule) !== undefined) return undefined;
  const t = text.trim().replace(/,/g, "");
  if (/^-\s*(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) && Number(t) < 0) return "negative";
  if (t === "" || !/^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return "notNumber";
  const shown = Number(t);
  if (rule.kind === "count" && Number.isFinite(shown) && !Number.isInteger(shown))
    return "notWhole";
  return "tooLarge";
}

/** A record value as the pane shows it (万元 for money). */
export function shownValue(value: number | undefined, rule: FieldRule): string {
  if (value === undefined) return "";
  const shown = value / displayScale(rule);
  return String(Number(shown.toPrecision(12)));
}

/**
 * The smallest additions (src/core/planning/gaps.ts) that make the school meet the
 * school rule from its figures as edited now (`after` = evaluateWhatIf of them);
 * null when it does not fail in any stage, or when the profile has no school rule.
 */
export function smallestAdditions(after: Evaluation, index: number): GapAdditions | null {
  return smallestAdditionsFor(after, index);
}

/** The edits with the additions made on top of the school's current figures. */
export function addAdditions(
  record: SchoolRecord,
  edits: SchoolEdits,
  additions: GapAdditions
): SchoolEdits {
  const out: SchoolEdits = { ...edits };
  for (const field of GAP_FIELD_ORDER) {
    const amount = additions[field];
    if (amount === undefined || amount === 0) continue;
    const current = edits[field] ?? record[field];
    // 15 significant digits drop float dust (1234.5 + 0.1) without ever rounding a sum down past a digit the data has.
    out[field] = Number((current + amount).toPrecision(15));
  }
  return out;
}
