/**
 * The `compare --json` document (issue 25): several years of one county side by side. A stable
 * interface like `assess --json` (fields may be added, never renamed). Numbers are unrounded;
 * every per-year array has one entry per year of `years`, oldest first, null where the school
 * (or its stage) is not there that year or the figure cannot be computed. A school without a
 * 学校标识码 has `code: null`; an event has only the keys that apply to it (a CV's event names
 * no school).
 */
import {
  type CompareEvent,
  type EarlyWarning,
  type SchoolHistory,
  type Stage,
  type StageYears,
  STAGES,
  type YearComparison,
} from "../core";
import { jsonSafe, jsonText } from "./json";

function stageJson(s: StageYears): unknown {
  const indicators: Record<string, unknown> = {};
  for (const [id, ind] of Object.entries(s.indicators)) {
    if (!ind) continue;
    indicators[id] = {
      cv: ind.cv,
      countyValue: ind.countyValue,
      cvLimit: ind.cvLimit,
      cvChange: ind.cvChange,
    };
  }
  return {
    indicators,
    // 2012 基本均衡: the 综合差异系数 by year and its limit (absent under 2017's per-indicator rule).
    ...(s.compositeLimit === undefined
      ? {}
      : { compositeCv: s.compositeCv ?? [], compositeLimit: s.compositeLimit }),
    schoolsPassing: s.schoolsPassing,
    schools: s.schools,
    passes: s.passes,
    classesOverLimit: s.classesOverLimit,
    largeClasses: s.largeClasses,
    veryLargeClasses: s.veryLargeClasses,
  };
}

function schoolJson(h: SchoolHistory): unknown {
  const stages: Partial<Record<Stage, unknown>> = {};
  for (const stage of STAGES) {
    const st = h.stages[stage];
    if (!st) continue;
    stages[stage] = { metCount: st.metCount, passes: st.passes, values: st.values };
  }
  return { code: h.code ?? null, names: h.names, stages, oversized: h.oversized };
}

/** An event with the keys that apply to it, always in the same order. */
function eventJson(e: CompareEvent): unknown {
  const out: Record<string, unknown> = { kind: e.kind, year: e.year };
  if (e.stage !== undefined) out.stage = e.stage;
  if (e.school !== undefined) out.school = e.school;
  if (e.previousName !== undefined) out.previousName = e.previousName;
  if (e.indicator !== undefined) out.indicator = e.indicator;
  if (e.value !== undefined) out.value = e.value;
  if (e.previousValue !== undefined) out.previousValue = e.previousValue;
  if (e.limit !== undefined) out.limit = e.limit;
  return out;
}

function warningJson(w: EarlyWarning): unknown {
  return {
    kind: w.kind,
    stage: w.stage,
    indicator: w.indicator ?? null,
    school: w.school ?? null,
    value: w.value,
    projected: w.projected,
    limit: w.limit,
    distance: w.distance,
  };
}

/** The document before jsonSafe. */
export function compareDocument(c: YearComparison): Record<string, unknown> {
  const stages: Partial<Record<Stage, unknown>> = {};
  for (const stage of STAGES) {
    const s = c.stages[stage];
    if (s) stages[stage] = stageJson(s);
  }
  return {
    years: c.years,
    profile: c.profile,
    sources: c.sources,
    county: c.county ? { name: c.county.name ?? null, code: c.county.code ?? null } : null,
    margin: c.margin,
    stages,
    schools: c.schools.map(schoolJson),
    events: c.events.map(eventJson),
    warnings: c.warnings.map(warningJson),
    countyItems: c.countyItems.map((i) => ({
      id: i.id,
      part: i.part,
      figure: i.figure,
      verdict: i.verdict,
    })),
  };
}

/** The `compare --json` document: plain JSON data (NaN, ±Infinity and undefined are null). */
export function compareJson(c: YearComparison): Record<string, unknown> {
  return jsonSafe(compareDocument(c)) as Record<string, unknown>;
}

/** The `compare --json` text with its final newline: what the CLI prints and the page downloads. */
export function compareJsonText(c: YearComparison): string {
  return `${jsonText(compareJson(c))}\n`;
}
