/**
 * Breakdowns (standards.md §4): the indicators per 学区/教育集团 and per
 * 城区/镇区/乡村, so a county sees where its gap is. Each group's figure is
 * computed exactly as the county's (§1.3): the student-weighted mean (the
 * group's total resource per student) and the student-weighted population CV,
 * over the school-stage parts that count in 资源配置.
 */
import { ZH } from "../../i18n";
import { weightedMean, weightedVariationCoefficient } from "../rules";
import type {
  Assessment,
  IndicatorId,
  IndicatorRecord,
  Locale,
  SchoolStageAssessment,
  Stage,
} from "../types";
import { INDICATOR_IDS, STAGES } from "../types";
import { LOCALE_NAMES } from "../vocabulary";

export interface IndicatorSummary {
  /** Student-weighted mean; null when the group has no students. */
  mean: number | null;
  /** Student-weighted CV (§1.3); null when undefined (a zero mean). One school: 0. */
  cv: number | null;
}

export interface GroupBreakdown<K> {
  /** The group: a 学区/集团 name or a Locale; null for schools that leave it blank. */
  key: K | null;
  /** How the group is shown (Chinese). */
  label: string;
  stage: Stage;
  /** School-stage parts of this stage in the group. */
  schools: number;
  students: number;
  /** The assessment's indicators (Assessment.indicators). */
  indicators: IndicatorRecord<IndicatorSummary>;
}

export interface Breakdowns {
  /** Per stage (小学 first), per 学区/集团 in order of first appearance, blank last. */
  byGroup: GroupBreakdown<string>[];
  /** Per stage, 城区, 镇区, 乡村, blank last. */
  byLocale: GroupBreakdown<Locale>[];
  /** Per stage and indicator: 城区 mean / 乡村 mean; null when either is missing or the 乡村 mean is 0. */
  urbanRuralRatio: Record<Stage, IndicatorRecord<number | null>>;
}

export const NO_GROUP_LABEL = ZH.core.breakdown.noGroup;
export const NO_LOCALE_LABEL = ZH.core.breakdown.noLocale;

/** Per indicator (default: the seven of §1.1; pass Assessment.indicators), the group's mean and CV. */
export function summariseIndicators(
  schools: readonly SchoolStageAssessment[],
  ids: readonly IndicatorId[] = INDICATOR_IDS
): IndicatorRecord<IndicatorSummary> {
  const students = schools.map((s) => s.students);
  const total = students.reduce((a, b) => a + b, 0);
  const out: IndicatorRecord<IndicatorSummary> = {};
  for (const id of ids) {
    // A stage's schools all lack an indicator a partial table cannot compute: no mean, no CV.
    if (!(total > 0) || schools[0].values[id] === undefined) {
      out[id] = { mean: null, cv: null };
      continue;
    }
    const values = schools.map((s) => s.values[id] as number);
    const mean = weightedMean(values, students);
    // One school does not vary: 0 exactly, not the rounding noise of the two-pass formula.
    const cv =
      schools.length === 1
        ? mean === 0
          ? null
          : 0
        : weightedVariationCoefficient(values, students);
    out[id] = { mean, cv };
  }
  return out;
}

function breakdown<K>(
  a: Assessment,
  keyOf: (s: SchoolStageAssessment) => K | null,
  order: (keys: (K | null)[]) => (K | null)[],
  label: (key: K | null) => string
): GroupBreakdown<K>[] {
  const out: GroupBreakdown<K>[] = [];
  for (const stage of STAGES) {
    const groups = new Map<K | null, SchoolStageAssessment[]>();
    for (const s of a.stages[stage].schools) {
      const key = keyOf(s);
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
    for (const key of order([...groups.keys()])) {
      const members = groups.get(key) as SchoolStageAssessment[];
      out.push({
        key,
        label: label(key),
        stage,
        schools: members.length,
        students: members.reduce((sum, s) => sum + s.students, 0),
        indicators: summariseIndicators(members, a.indicators),
      });
    }
  }
  return out;
}

const LOCALE_ORDER: readonly Locale[] = ["urban", "town", "rural"];

export function breakdowns(a: Assessment): Breakdowns {
  const byGroup = breakdown<string>(
    a,
    (s) => (s.group !== undefined && s.group.trim() !== "" ? s.group.trim() : null),
    (keys) => [...keys.filter((k) => k !== null), ...keys.filter((k) => k === null)],
    (key) => key ?? NO_GROUP_LABEL
  );
  const byLocale = breakdown<Locale>(
    a,
    (s) => s.locale ?? null,
    (keys) => [...LOCALE_ORDER.filter((l) => keys.includes(l)), ...keys.filter((k) => k === null)],
    (key) => (key === null ? NO_LOCALE_LABEL : LOCALE_NAMES[key])
  );
  const urbanRuralRatio = {} as Breakdowns["urbanRuralRatio"];
  for (const stage of STAGES) {
    const urban = byLocale.find((g) => g.stage === stage && g.key === "urban");
    const rural = byLocale.find((g) => g.stage === stage && g.key === "rural");
    const ratios: IndicatorRecord<number | null> = {};
    for (const id of a.indicators) {
      const u = urban?.indicators[id]?.mean ?? null;
      const r = rural?.indicators[id]?.mean ?? null;
      ratios[id] = u === null || r === null || r === 0 ? null : u / r;
    }
    urbanRuralRatio[stage] = ratios;
  }
  return { byGroup, byLocale, urbanRuralRatio };
}
