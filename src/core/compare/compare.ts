/**
 * Year over year (issue 25): several years of one county, each already evaluated as `assess`
 * does, laid side by side — per stage and year the county's figures, per school its history,
 * the events of each year and the early warnings of the latest. Pure: the caller reads and
 * evaluates the files, and refuses duplicate years and different counties before this.
 *
 * Matching schools across years (never fuzzy):
 * 1. by 学校标识码 (`code`) when both years give the school one;
 * 2. otherwise by name, exactly, after the reader's normalisation (matchText: NFKC, no
 *    whitespace, lower case) — a school whose code differs from the earlier year's is never
 *    matched by name;
 * 3. then by the user's renames (原名称 → 新名称): the school named `from` in an earlier year is
 *    the one named `to` now.
 * What is left is `new` (only in the later year) or `closed` (only in the earlier). A closed and
 * a new school of the same 学区/集团 with similar names (similarNames below) are listed as a
 * `possibleRename` for the user to confirm; they stay two schools.
 */
import type { Evaluation } from "../pipeline";
import { applySchoolRule, atLeast, atMost } from "../rules";
import { RELATIVE_TOLERANCE, type StandardsProfile } from "../profiles/profile";
import { matchText } from "../table/cells";
import type { ClassSizeSummary, IndicatorId, Stage, StageAssessment } from "../types";
import { STAGES } from "../types";
import { CHINESE_DIGITS, SCHOOL_NAME_KIND_WORDS, SCHOOL_NAME_ORDINAL } from "../vocabulary";
import {
  DEFAULT_MARGIN,
  type ComparedEvaluation,
  type ComparedStage,
  type CompareEvent,
  type CompareEventKind,
  type CompareOptions,
  type CountyItemYears,
  type EarlyWarning,
  type IndicatorYears,
  type RenamePair,
  type SchoolHistory,
  type SchoolStageYears,
  type StageYears,
  type YearComparison,
  type YearInput,
} from "./types";

/** The order events of one year are listed in (the type's order). */
export const EVENT_KINDS: readonly CompareEventKind[] = [
  "new",
  "closed",
  "renamed",
  "possibleRename",
  "newlyFailing",
  "recovered",
  "nearStandard",
  "cvNearLimit",
  "cvRising",
  "newOversized",
  "newLargeClasses",
];

// ---------------------------------------------------------------------------
// One year's schools, as the comparison needs them.
// ---------------------------------------------------------------------------

interface YearSchool {
  name: string;
  /** matchText(name): what names are matched by. */
  key: string;
  code?: string;
  group?: string;
}

type SizeFinding = ComparedEvaluation["assessment"]["schoolSize"][number];
type YearAssessment = ComparedEvaluation["assessment"];

interface PreparedYear {
  schools: YearSchool[];
  sizeByName: Map<string, SizeFinding>;
}

function codeOf(r: { code?: string }): string | undefined {
  const c = r.code?.trim();
  return c === undefined || c === "" ? undefined : c;
}

function prepare(input: YearInput, profile: StandardsProfile): PreparedYear {
  const { read, assessment } = input.evaluation;
  const excluded = new Set(profile.coverage.excludedTypes);
  const seen = new Set<string>();
  const schools: YearSchool[] = [];
  // Every school the reader kept, but for the types outside 资源配置 (特教, 职业): those are not monitored.
  for (const r of read.schools) {
    if (excluded.has(r.type) || seen.has(r.name)) continue;
    seen.add(r.name);
    const s: YearSchool = { name: r.name, key: matchText(r.name) };
    const code = codeOf(r);
    if (code !== undefined) s.code = code;
    if (r.group !== undefined && r.group !== "") s.group = r.group;
    schools.push(s);
  }
  const sizeByName = new Map<string, SizeFinding>();
  for (const f of assessment.schoolSize) if (!sizeByName.has(f.name)) sizeByName.set(f.name, f);
  return { schools, sizeByName };
}

// ---------------------------------------------------------------------------
// Tracks: one school across the years.
// ---------------------------------------------------------------------------

interface Track {
  at: (YearSchool | null)[];
  /** The latest year (index) the school was there, before the year being matched. */
  last: number;
}

function lastSchool(t: Track): YearSchool {
  return t.at[t.last] as YearSchool;
}

/** Links each year's schools to the tracks of the years before (see the file's comment). */
function matchSchools(years: readonly PreparedYear[], renames: readonly RenamePair[]): Track[] {
  const n = years.length;
  const tracks: Track[] = [];
  const open = (s: YearSchool, j: number): void => {
    const at: (YearSchool | null)[] = new Array<YearSchool | null>(n).fill(null);
    at[j] = s;
    tracks.push({ at, last: j });
  };
  const renameTo = new Map<string, string[]>();
  for (const p of renames) {
    const to = matchText(p.to);
    const list = renameTo.get(to) ?? [];
    list.push(matchText(p.from));
    renameTo.set(to, list);
  }
  years.forEach((year, j) => {
    if (j === 0) {
      for (const s of year.schools) open(s, 0);
      return;
    }
    const byCode = new Map<string, Track>();
    const byKey = new Map<string, Track>();
    for (const t of tracks) {
      const s = lastSchool(t);
      if (s.code !== undefined && !byCode.has(s.code)) byCode.set(s.code, t);
      if (!byKey.has(s.key)) byKey.set(s.key, t);
    }
    const taken = new Set<Track>();
    const linked: (Track | undefined)[] = year.schools.map(() => undefined);
    const link = (i: number, t: Track | undefined): boolean => {
      if (t === undefined || taken.has(t)) return false;
      taken.add(t);
      linked[i] = t;
      return true;
    };
    // 1. The same code.
    year.schools.forEach((s, i) => {
      if (s.code !== undefined) link(i, byCode.get(s.code));
    });
    // 2. The same name, unless both years give a code and the codes differ.
    year.schools.forEach((s, i) => {
      if (linked[i] !== undefined) return;
      const t = byKey.get(s.key);
      if (t === undefined) return;
      const earlier = lastSchool(t).code;
      if (s.code !== undefined && earlier !== undefined && s.code !== earlier) return;
      link(i, t);
    });
    // 3. The user's renames.
    year.schools.forEach((s, i) => {
      if (linked[i] !== undefined) return;
      for (const from of renameTo.get(s.key) ?? []) if (link(i, byKey.get(from))) return;
    });
    year.schools.forEach((s, i) => {
      const t = linked[i];
      if (t === undefined) open(s, j);
      else t.at[j] = s;
    });
    for (const t of tracks) if (t.at[j] !== null) t.last = j;
  });
  return tracks;
}

/**
 * Two names are similar (a possible rename) when their cores are the same, or one core holds
 * the other and the shorter has at least two characters. A name's core is its matchText with
 * the ordinal 第 removed, Arabic digits written as Chinese numerals (1 → 一), and the kind of
 * school that ends it dropped (the longest of 九年一贯制学校, 初级中学, 小学, 中学, 学校, 完小,
 * 小, 中, 校 …: SCHOOL_NAME_KIND_WORDS). So 城关一小 ~ 城关第一小学 (core 城关一), and
 * 实验小学 ~ 城关实验小学 (实验 is in 城关实验); 城关一小 and 城关二小 are not similar.
 */
export function similarNames(a: string, b: string): boolean {
  return similarCores(nameCore(a), nameCore(b));
}

function similarCores(x: string, y: string): boolean {
  if (x === y) return x !== "";
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short);
}

function nameCore(name: string): string {
  let t = matchText(name)
    .split(SCHOOL_NAME_ORDINAL)
    .join("")
    .replace(/[0-9]/g, (d) => CHINESE_DIGITS[Number(d)]);
  for (const word of SCHOOL_NAME_KIND_WORDS) {
    const w = matchText(word);
    if (t.length > w.length && t.endsWith(w)) {
      t = t.slice(0, t.length - w.length);
      break;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------
// The comparison.
// ---------------------------------------------------------------------------

function nulls<T>(n: number): (T | null)[] {
  // Pushed, not `new Array(n).fill(null)`: a packed array, and faster to make (20,000 schools × 9).
  const a: (T | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

function stageYears(
  stage: Stage,
  assessments: readonly YearAssessment[],
  profile: StandardsProfile
): StageYears {
  const rule = profile.countyRule;
  const cvLimit = rule.kind === "each" ? rule.limits[stage] : null;
  const indicators: Partial<Record<IndicatorId, IndicatorYears>> = {};
  for (const id of profile.indicators) {
    const cv = assessments.map((a) => a.stages[stage].indicators[id]?.cv ?? null);
    indicators[id] = {
      cv,
      countyValue: assessments.map((a) => a.stages[stage].indicators[id]?.countyValue ?? null),
      cvLimit,
      cvChange: changes(cv),
    };
  }
  const out: StageYears = {
    indicators,
    schoolsPassing: assessments.map((a) => a.stages[stage].schoolsPassing),
    schools: assessments.map((a) => a.stages[stage].schools.length),
    passes: assessments.map((a) => a.stages[stage].passes),
    classesOverLimit: assessments.map((a) => a.classSize?.[stage].overLimit ?? null),
    largeClasses: assessments.map((a) => a.classSize?.[stage].largeClasses ?? null),
    veryLargeClasses: assessments.map((a) => a.classSize?.[stage].superLargeClasses ?? null),
  };
  if (rule.kind === "composite") {
    out.compositeCv = assessments.map((a) => a.stages[stage].compositeCv ?? null);
    out.compositeLimit = rule.limits[stage];
  }
  return out;
}

function changes(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v, j) => {
    const before = j > 0 ? values[j - 1] : null;
    return v === null || before === null ? null : v - before;
  });
}

/**
 * Every school's history, filled year by year from each year's assessment (one pass over its
 * schools, not one look-up per school and year: a county of 20,000 schools over five years).
 */
function schoolHistories(
  tracks: readonly Track[],
  assessments: readonly YearAssessment[],
  years: readonly PreparedYear[],
  profile: StandardsProfile
): SchoolHistory[] {
  const n = years.length;
  const ids = profile.indicators;
  const out: SchoolHistory[] = tracks.map((t) => {
    let code: string | undefined;
    for (const s of t.at) if (s?.code !== undefined) code = s.code;
    const h: SchoolHistory = {
      names: t.at.map((s) => s?.name ?? null),
      stages: {},
      oversized: nulls(n),
    };
    return code === undefined ? h : { code, ...h };
  });
  // Per year, each school's track by name.
  const byName: Map<string, number>[] = years.map(() => new Map());
  tracks.forEach((t, k) =>
    t.at.forEach((s, j) => {
      if (s) byName[j].set(s.name, k);
    })
  );
  // Per stage and track, the indicators' arrays in the profile's order (the values' own arrays).
  const columns: Record<Stage, ((number | null)[][] | undefined)[]> = {
    primary: tracks.map(() => undefined),
    junior: tracks.map(() => undefined),
  };
  assessments.forEach((a, j) => {
    for (const stage of STAGES) {
      const seen = new Set<number>();
      const cols = columns[stage];
      for (const sa of a.stages[stage].schools) {
        const k = byName[j].get(sa.name);
        // The first stage part of a name, as the reader keeps one school per name.
        if (k === undefined || seen.has(k)) continue;
        seen.add(k);
        let st = out[k].stages[stage];
        let col = cols[k];
        if (st === undefined || col === undefined) {
          const values: Partial<Record<IndicatorId, (number | null)[]>> = {};
          col = ids.map(() => nulls<number>(n));
          ids.forEach((id, i) => (values[id] = (col as (number | null)[][])[i]));
          st = { values, metCount: nulls(n), passes: nulls(n) };
          out[k].stages[stage] = st;
          cols[k] = col;
        }
        const values = sa.values;
        for (let i = 0; i < ids.length; i++) {
          const v = values[ids[i]];
          col[i][j] = typeof v === "number" && Number.isFinite(v) ? v : null;
        }
        st.metCount[j] = sa.metCount;
        st.passes[j] = sa.passes;
      }
    }
    for (const [name, f] of years[j].sizeByName) {
      const k = byName[j].get(name);
      if (k !== undefined) out[k].oversized[j] = !f.passes;
    }
  });
  // Stages in their order (primary, junior), whichever year a school first had one.
  for (const h of out) {
    const stages: Partial<Record<Stage, SchoolStageYears>> = {};
    for (const stage of STAGES) if (h.stages[stage]) stages[stage] = h.stages[stage];
    h.stages = stages;
  }
  return out;
}

function countyItems(inputs: readonly YearInput[]): CountyItemYears[] {
  const n = inputs.length;
  if (!inputs.some((y) => y.evaluation.assessment.county)) return [];
  const byKey = new Map<string, CountyItemYears>();
  inputs.forEach((y, j) => {
    const c = y.evaluation.assessment.county;
    if (!c) return;
    for (const part of ["government", "quality", "recognition"] as const) {
      for (const item of c[part].items) {
        const key = `${part}\u0000${item.id}`;
        let entry = byKey.get(key);
        if (entry === undefined) {
          entry = { id: item.id, part, figure: nulls(n), verdict: nulls(n) };
          byKey.set(key, entry);
        }
        entry.figure[j] =
          item.status === "missing" ? null : (item.value ?? (item.text === "" ? null : item.text));
        entry.verdict[j] =
          item.status === "pass" ? "met" : item.status === "fail" ? "notMet" : "missing";
      }
    }
  });
  return [...byKey.values()];
}

function countyIdentity(inputs: readonly YearInput[]): YearComparison["county"] {
  let name: string | undefined;
  let code: string | undefined;
  for (const y of inputs) {
    const id = y.evaluation.read.county?.identity;
    if (id?.countyName?.value) name = id.countyName.value;
    if (id?.countyCode?.value) code = id.countyCode.value;
  }
  if (name === undefined && code === undefined) return undefined;
  return {
    ...(name === undefined ? {} : { name }),
    ...(code === undefined ? {} : { code }),
  };
}

/**
 * Compares several years of one county (any order: sorted by year here). The caller has
 * refused duplicate years and different counties; every year is read with the first year's
 * profile's eyes (the caller refuses different profiles too).
 */
export function compareYears(
  inputs: readonly YearInput[],
  options: CompareOptions = {}
): YearComparison {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const sorted = [...inputs].sort((a, b) => a.year - b.year);
  const years = sorted.map((y) => y.year);
  const out: YearComparison = {
    years,
    profile: sorted[0]?.evaluation.profile.id ?? "",
    sources: sorted.map((y) => y.source),
    margin,
    stages: {},
    schools: [],
    countyItems: [],
    events: [],
    warnings: [],
  };
  if (sorted.length === 0) return out;
  const profile = sorted[0].evaluation.profile;
  const county = countyIdentity(sorted);
  if (county) out.county = county;
  const assessments = sorted.map((y) => y.evaluation.assessment);
  for (const stage of STAGES)
    if (assessments.some((a) => a.stages[stage].schools.length > 0))
      out.stages[stage] = stageYears(stage, assessments, profile);
  const prepared = sorted.map((y) => prepare(y, profile));
  const tracks = matchSchools(prepared, options.renames ?? []);
  out.schools = schoolHistories(tracks, assessments, prepared, profile);
  out.countyItems = countyItems(sorted);
  out.events = sortEvents(
    [...schoolEvents(tracks, out.schools, prepared, years), ...stageEvents(out, profile, margin)],
    profile
  );
  out.warnings = earlyWarnings(out, profile);
  return out;
}

// ---------------------------------------------------------------------------
// Events.
// ---------------------------------------------------------------------------

function schoolEvents(
  tracks: readonly Track[],
  histories: readonly SchoolHistory[],
  prepared: readonly PreparedYear[],
  years: readonly number[]
): CompareEvent[] {
  const events: CompareEvent[] = [];
  for (let j = 1; j < years.length; j++) {
    const year = years[j];
    const closed: Track[] = [];
    const opened: Track[] = [];
    tracks.forEach((t, k) => {
      const now = t.at[j];
      const before = t.at[j - 1];
      const h = histories[k];
      if (now === null) {
        if (before !== null) {
          closed.push(t);
          events.push({ kind: "closed", year, school: before.name });
        }
        return;
      }
      if (before === null) {
        opened.push(t);
        events.push({ kind: "new", year, school: now.name });
      }
      // Renamed: the name it had when last there differs (a code kept, or the user's rename).
      let p = j - 1;
      while (p >= 0 && t.at[p] === null) p--;
      const earlier = p >= 0 ? t.at[p] : null;
      if (earlier !== null && earlier.key !== now.key)
        events.push({ kind: "renamed", year, school: now.name, previousName: earlier.name });
      // School size: over the limit now, and not the year before (a school new this year included).
      const size = prepared[j].sizeByName.get(now.name);
      if (h.oversized[j] === true && h.oversized[j - 1] !== true && size !== undefined)
        events.push({
          kind: "newOversized",
          year,
          school: now.name,
          value: size.students,
          limit: size.limit,
        });
      for (const stage of STAGES) {
        const passes = h.stages[stage]?.passes;
        if (!passes) continue;
        if (passes[j - 1] === true && passes[j] === false)
          events.push({ kind: "newlyFailing", year, stage, school: now.name });
        if (passes[j - 1] === false && passes[j] === true)
          events.push({ kind: "recovered", year, stage, school: now.name });
      }
    });
    // Possible renames: a closed and a new school of the same 学区/集团 (both without one counts
    // as the same: a county that keeps no groups) with similar names, unless both give a code.
    // The new schools are grouped by 学区 first, and each name's core is computed once.
    const openedByGroup = new Map<string, { school: YearSchool; core: string }[]>();
    for (const o of opened) {
      const now = o.at[j] as YearSchool;
      const group = matchText(now.group ?? "");
      const list = openedByGroup.get(group) ?? [];
      list.push({ school: now, core: nameCore(now.name) });
      openedByGroup.set(group, list);
    }
    for (const c of closed) {
      const gone = c.at[j - 1] as YearSchool;
      const candidates = openedByGroup.get(matchText(gone.group ?? ""));
      if (candidates === undefined) continue;
      const core = nameCore(gone.name);
      for (const { school: now, core: newCore } of candidates) {
        if (gone.code !== undefined && now.code !== undefined) continue;
        if (!similarCores(core, newCore)) continue;
        events.push({ kind: "possibleRename", year, school: now.name, previousName: gone.name });
      }
    }
  }
  return events;
}

/**
 * The events of the figures, every year: nearStandard (a value that meets its standard by less
 * than the margin), cvNearLimit (a CV at or above limit × (1 − margin), one above its limit
 * included), cvRising (up two years running), newLargeClasses (more classes above the stage's
 * limit than the year before: from 0 to some, or more than before). Under 2012 the composite
 * CV stands for the indicators' (no indicator named).
 */
function stageEvents(c: YearComparison, profile: StandardsProfile, margin: number): CompareEvent[] {
  const events: CompareEvent[] = [];
  // Per stage, the indicators that have a standard, with it.
  const standards = {} as Record<Stage, [IndicatorId, number][]>;
  for (const stage of STAGES) {
    standards[stage] = [];
    for (const id of profile.indicators) {
      const t = profile.thresholds[id]?.[stage];
      if (t !== undefined) standards[stage].push([id, t]);
    }
  }
  c.years.forEach((year, j) => {
    for (const stage of STAGES) {
      const sy = c.stages[stage];
      if (!sy) continue;
      const cvEvents = (
        cv: readonly (number | null)[],
        limit: number | null,
        indicator?: IndicatorId
      ): void => {
        const v = cv[j];
        if (v === null) return;
        const named = indicator === undefined ? {} : { indicator };
        if (limit !== null && v >= limit * (1 - margin))
          events.push({ kind: "cvNearLimit", year, stage, ...named, value: v, limit });
        const a = j >= 2 ? cv[j - 1] : null;
        const b = j >= 2 ? cv[j - 2] : null;
        if (a !== null && b !== null && rises(b, a) && rises(a, v))
          events.push({
            kind: "cvRising",
            year,
            stage,
            ...named,
            value: v,
            ...(limit === null ? {} : { limit }),
          });
      };
      for (const id of profile.indicators) {
        const ind = sy.indicators[id];
        if (ind) cvEvents(ind.cv, ind.cvLimit, id);
      }
      if (sy.compositeCv) cvEvents(sy.compositeCv, sy.compositeLimit ?? null);
      const over = sy.classesOverLimit;
      const now = over[j];
      const before = j > 0 ? over[j - 1] : null;
      if (now !== null && before !== null && now > before)
        events.push({
          kind: "newLargeClasses",
          year,
          stage,
          value: now,
          previousValue: before,
          limit: profile.classSize.limits[stage],
        });
    }
    for (const h of c.schools) {
      const school = h.names[j];
      if (school === null) continue;
      for (const stage of STAGES) {
        const st = h.stages[stage];
        if (!st) continue;
        for (const [id, standard] of standards[stage]) {
          const v = st.values[id]?.[j];
          if (v === null || v === undefined) continue;
          if (atLeast(v, standard) && v < standard * (1 + margin))
            events.push({
              kind: "nearStandard",
              year,
              stage,
              school,
              indicator: id,
              value: v,
              limit: standard,
            });
        }
      }
    }
  });
  return events;
}

/**
 * A CV rose: by more than RELATIVE_TOLERANCE (as an absolute CV), so that the rounding noise of
 * equal values (a CV of 1e-16 where every school has the same value) is no rise.
 */
function rises(from: number, to: number): boolean {
  return to - from > RELATIVE_TOLERANCE;
}

function byText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

const KIND_ORDER = new Map(EVENT_KINDS.map((k, i) => [k, i]));

/**
 * Events by year, kind (EVENT_KINDS), stage, school name (code-point order), indicator (the
 * profile's order), then the earlier name; the sort compares numbers (a county of 20,000 schools
 * near its standards has hundreds of thousands of events).
 */
function sortEvents(events: CompareEvent[], profile: StandardsProfile): CompareEvent[] {
  const indicatorOrder = new Map(profile.indicators.map((id, i) => [id, i]));
  const names = new Set<string>();
  for (const e of events) {
    if (e.school !== undefined) names.add(e.school);
    if (e.previousName !== undefined) names.add(e.previousName);
  }
  const rank = new Map([...names].sort(byText).map((n, i) => [n, i + 1]));
  const nameRank = (n: string | undefined) => (n === undefined ? 0 : (rank.get(n) as number));
  const yearRank = new Map(
    [...new Set(events.map((e) => e.year))].sort((a, b) => a - b).map((y, i) => [y, i])
  );
  const n = events.length;
  const major = new Float64Array(n);
  const minor = new Float64Array(n);
  const size = rank.size + 1;
  const indicators = profile.indicators.length + 1;
  events.forEach((e, i) => {
    const stage = e.stage === undefined ? 0 : STAGES.indexOf(e.stage) + 1;
    major[i] =
      ((yearRank.get(e.year) as number) * EVENT_KINDS.length + (KIND_ORDER.get(e.kind) as number)) *
        (STAGES.length + 1) +
      stage;
    const ind = e.indicator === undefined ? 0 : (indicatorOrder.get(e.indicator) ?? -1) + 1;
    minor[i] = (nameRank(e.school) * indicators + ind) * size + nameRank(e.previousName);
  });
  const order = events.map((_, i) => i);
  order.sort((a, b) => major[a] - major[b] || minor[a] - minor[b]);
  return order.map((i) => events[i]);
}

// ---------------------------------------------------------------------------
// Early warning.
// ---------------------------------------------------------------------------

/**
 * Early warning for the latest year, by a linear projection of the last two years: next year's
 * figure = latest + (latest − previous), as if the change of the last year happened once more.
 * - a CV within its limit now whose projection is above it (under 2012, the composite CV);
 * - a school passing now (present in both years in that stage) whose projected values fail
 *   the school rule: each indicator that meets its standard now and not when projected, or
 *   that is above the floor (floor × standard) now and below it when projected, is listed,
 *   with the standard (or the floor, when the projection falls below it) as its limit.
 * distance = how far the latest figure is from the limit, as a share of the limit; the list is
 * ordered by it, nearest first (then CVs before schools, stage, school, indicator).
 */
function earlyWarnings(c: YearComparison, profile: StandardsProfile): EarlyWarning[] {
  const L = c.years.length - 1;
  if (L < 1) return [];
  const P = L - 1;
  const warnings: EarlyWarning[] = [];
  for (const stage of STAGES) {
    const sy = c.stages[stage];
    if (!sy) continue;
    const cvWarning = (
      cv: readonly (number | null)[],
      limit: number | null,
      indicator?: IndicatorId
    ): void => {
      const last = cv[L];
      const before = cv[P];
      if (limit === null || last === null || before === null) return;
      const projected = last + (last - before);
      if (!atMost(last, limit) || atMost(projected, limit)) return;
      warnings.push({
        kind: "cv",
        stage,
        ...(indicator === undefined ? {} : { indicator }),
        value: last,
        projected,
        limit,
        distance: (limit - last) / limit,
      });
    };
    for (const id of profile.indicators) {
      const ind = sy.indicators[id];
      if (ind) cvWarning(ind.cv, ind.cvLimit, id);
    }
    if (sy.compositeCv) cvWarning(sy.compositeCv, sy.compositeLimit ?? null);

    const rule = profile.schoolRule;
    if (rule === undefined) continue;
    const ids = profile.indicators;
    const thresholds = ids.map((id) => profile.thresholds[id]?.[stage]);
    if (thresholds.some((t) => t === undefined)) continue;
    const t = thresholds as number[];
    for (const h of c.schools) {
      const st = h.stages[stage];
      const school = h.names[L];
      if (!st || school === null || st.passes[L] !== true) continue;
      const last = ids.map((id) => st.values[id]?.[L] ?? null);
      const before = ids.map((id) => st.values[id]?.[P] ?? null);
      if (last.some((v) => v === null) || before.some((v) => v === null)) continue;
      const now = last as number[];
      const projected = now.map((v, i) => v + (v - (before[i] as number)));
      const judged = applySchoolRule(projected, t, rule);
      if (judged.passes) continue;
      ids.forEach((indicator, i) => {
        const floor = rule.floor * t[i];
        const falls = atLeast(now[i], t[i]) && !judged.met[i];
        const belowFloor = atLeast(now[i], floor) && !atLeast(projected[i], floor);
        if (!falls && !belowFloor) return;
        const limit = atLeast(projected[i], floor) ? t[i] : floor;
        warnings.push({
          kind: "school",
          stage,
          indicator,
          school,
          value: now[i],
          projected: projected[i],
          limit,
          distance: (now[i] - limit) / limit,
        });
      });
    }
  }
  const stageIndex = (w: EarlyWarning) => STAGES.indexOf(w.stage);
  const ind = (w: EarlyWarning) =>
    w.indicator === undefined ? -1 : profile.indicators.indexOf(w.indicator);
  return warnings.sort(
    (a, b) =>
      a.distance - b.distance ||
      (a.kind === b.kind ? 0 : a.kind === "cv" ? -1 : 1) ||
      stageIndex(a) - stageIndex(b) ||
      byText(a.school, b.school) ||
      ind(a) - ind(b)
  );
}

/**
 * The user's rename pairs that name no school: `from` in no year, or `to` in no year (names
 * matched as the reader matches them). The caller refuses them, naming where each was written.
 */
export function unknownRenames(
  inputs: readonly YearInput[],
  renames: readonly RenamePair[]
): RenamePair[] {
  const names = new Set<string>();
  for (const y of inputs) for (const s of y.evaluation.read.schools) names.add(matchText(s.name));
  return renames.filter((p) => !names.has(matchText(p.from)) || !names.has(matchText(p.to)));
}

/**
 * What the comparison reads of a year's evaluation (ComparedEvaluation), copied out of it so that
 * the rest can be let go: the class records, the school records' figures, each school's
 * shortfalls and flags, the gap-closing and the breakdowns — most of a year held in memory
 * (20,000 schools: 450,000 classes), which a host comparing five years would otherwise hold four
 * of while it reads the fifth. compareYears gives the same result for it as for the evaluation.
 */
export function forComparison(evaluation: Evaluation): ComparedEvaluation {
  const { read, assessment } = evaluation;
  const stage = (sa: StageAssessment): ComparedStage => ({
    indicators: sa.indicators,
    schoolsPassing: sa.schoolsPassing,
    passes: sa.passes,
    ...(sa.compositeCv === undefined ? {} : { compositeCv: sa.compositeCv }),
    schools: sa.schools.map((s) => ({
      name: s.name,
      values: s.values,
      metCount: s.metCount,
      passes: s.passes,
    })),
  });
  const classes = (c: ClassSizeSummary) => ({
    overLimit: c.overLimit,
    largeClasses: c.largeClasses,
    superLargeClasses: c.superLargeClasses,
  });
  return {
    profile: evaluation.profile,
    read: {
      schools: read.schools.map((r) => ({
        name: r.name,
        type: r.type,
        ...(r.code === undefined ? {} : { code: r.code }),
        ...(r.group === undefined ? {} : { group: r.group }),
      })),
      ...(read.county === undefined ? {} : { county: read.county }),
      issues: read.issues,
    },
    assessment: {
      stages: {
        primary: stage(assessment.stages.primary),
        junior: stage(assessment.stages.junior),
      },
      classSize:
        assessment.classSize === null
          ? null
          : {
              primary: classes(assessment.classSize.primary),
              junior: classes(assessment.classSize.junior),
            },
      schoolSize: assessment.schoolSize.map((f) => ({
        name: f.name,
        students: f.students,
        limit: f.limit,
        passes: f.passes,
      })),
      ...(assessment.county === undefined ? {} : { county: assessment.county }),
    },
  };
}
