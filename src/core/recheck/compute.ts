/**
 * Recomputing a county's 资源配置 from its 表Ⅱ-2: each school's 达标 per indicator and overall
 * (the profile's school rule, rules.ts applySchoolRule), each stage's county means and
 * student-weighted CVs (rules.ts weightedMean, weightedVariationCoefficient), and the counts
 * of schools meeting each indicator — with, for each, the range the rounding of the values
 * allows (tolerance.ts). The same rule functions assess() applies to raw data, never a copy.
 */
import type { StandardsProfile } from "../profiles/profile";
import {
  applySchoolRule,
  atLeast,
  atMost,
  compositeVariationCoefficient,
  weightedMean,
  weightedVariationCoefficient,
} from "../rules";
import type { IndicatorId, IndicatorRecord, Stage } from "../types";
import { STAGES } from "../types";
import { roundingHalfUnit, statisticTolerance } from "./tolerance";
import type { Bounds, RecheckIndicator, RecheckSchool, RecheckStage, ValueRow } from "./types";

/** The profile's thresholds for a stage, in its indicators' order; undefined where it sets none. */
function thresholdsOf(profile: StandardsProfile, stage: Stage): (number | undefined)[] {
  return profile.indicators.map((id) => profile.thresholds[id]?.[stage]);
}

function recheckSchool(
  row: ValueRow,
  ids: readonly IndicatorId[],
  thresholds: readonly (number | undefined)[],
  profile: StandardsProfile,
  complete: boolean
): {
  school: RecheckSchool;
  halfUnits: number[];
  /** Per indicator (the profile's order): met at the value less, and plus, its rounding. */
  low: (boolean | undefined)[];
  high: (boolean | undefined)[];
  passBounds?: Bounds;
} {
  const decimals = profile.display.valueDecimals;
  const values = ids.map((id) => row.values[id] ?? NaN);
  const halfUnits = values.map((v) => (Number.isFinite(v) ? roundingHalfUnit(v, decimals) : 0));
  const met: IndicatorRecord<boolean> = {};
  const low: (boolean | undefined)[] = ids.map(() => undefined);
  const high: (boolean | undefined)[] = ids.map(() => undefined);
  ids.forEach((id, i) => {
    const t = thresholds[i];
    if (t === undefined || !Number.isFinite(values[i])) return;
    met[id] = atLeast(values[i], t);
    low[i] = atLeast(values[i] - halfUnits[i], t);
    high[i] = atLeast(values[i] + halfUnits[i], t);
  });
  const school: RecheckSchool = {
    name: row.name,
    sheet: row.sheet,
    row: row.row,
    students: row.students,
    values: row.values,
    met,
    metCount: null,
    passes: null,
    roundingSensitive: false,
  };
  if (row.countyPasses !== undefined) school.countyPasses = row.countyPasses;
  const rule = profile.schoolRule;
  if (!complete || rule === undefined || thresholds.some((t) => t === undefined))
    return { school, halfUnits, low, high };
  const t = thresholds as number[];
  const asWritten = applySchoolRule(values, t, rule);
  const lowest = applySchoolRule(
    values.map((v, i) => v - halfUnits[i]),
    t,
    rule
  );
  const highest = applySchoolRule(
    values.map((v, i) => v + halfUnits[i]),
    t,
    rule
  );
  school.metCount = asWritten.metCount;
  school.metCountBounds = { low: lowest.metCount, high: highest.metCount };
  school.passes = asWritten.passes;
  school.roundingSensitive = lowest.passes !== highest.passes;
  return {
    school,
    halfUnits,
    low,
    high,
    passBounds: { low: Number(lowest.passes), high: Number(highest.passes) },
  };
}

/** One stage recomputed from its rows of 表Ⅱ-2. */
export function recheckStage(
  stage: Stage,
  rows: readonly ValueRow[],
  profile: StandardsProfile,
  missing: readonly IndicatorId[],
  leftOut: number
): RecheckStage {
  const ids = profile.indicators;
  const thresholds = thresholdsOf(profile, stage);
  const complete = missing.length === 0;
  const judged =
    complete && profile.schoolRule !== undefined && thresholds.every((t) => t !== undefined);
  const schools: RecheckSchool[] = [];
  const halfUnits: number[][] = ids.map(() => []);
  const meetingLow = ids.map(() => 0);
  const meetingHigh = ids.map(() => 0);
  let passing = 0;
  const passingBounds: Bounds = { low: 0, high: 0 };
  for (const row of rows) {
    const r = recheckSchool(row, ids, thresholds, profile, complete);
    schools.push(r.school);
    r.halfUnits.forEach((h, i) => halfUnits[i].push(h));
    ids.forEach((_, i) => {
      if (r.low[i] === true) meetingLow[i]++;
      if (r.high[i] === true) meetingHigh[i]++;
    });
    if (r.school.passes === true) passing++;
    if (r.passBounds) {
      passingBounds.low += r.passBounds.low;
      passingBounds.high += r.passBounds.high;
    }
  }

  const each = profile.countyRule.kind === "each";
  const cvLimit = each ? profile.countyRule.limits[stage] : null;
  const students = rows.map((r) => r.students);
  const indicators: IndicatorRecord<RecheckIndicator> = {};
  const cvs: (number | null)[] = [];
  ids.forEach((id, i) => {
    if (missing.includes(id)) return;
    const threshold = thresholds[i] ?? null;
    const meeting = threshold === null ? null : schools.filter((s) => s.met[id] === true).length;
    const base: RecheckIndicator = {
      threshold,
      countyValue: null,
      cv: null,
      cvLimit,
      cvPasses: null,
      meanTolerance: null,
      cvTolerance: null,
      schoolsMeeting: meeting,
      schoolsMeetingBounds:
        threshold === null ? null : { low: meetingLow[i], high: meetingHigh[i] },
    };
    if (rows.length === 0) {
      cvs.push(null);
      indicators[id] = base;
      return;
    }
    const values = rows.map((r) => r.values[id] as number);
    const mean = weightedMean(values, students);
    const cv = weightedVariationCoefficient(values, students);
    const tolerance = statisticTolerance(values, students, halfUnits[i], mean, cv);
    cvs.push(cv);
    indicators[id] = {
      ...base,
      countyValue: mean,
      cv,
      cvPasses: cv === null || cvLimit === null ? null : atMost(cv, cvLimit),
      meanTolerance: tolerance.mean,
      cvTolerance: tolerance.cv,
    };
  });

  const result: RecheckStage = {
    stage,
    schools,
    indicators,
    schoolsPassing: judged ? passing : null,
    schoolsPassingBounds: judged ? passingBounds : null,
    cvsPass:
      each && complete && rows.length > 0 && ids.every((id) => indicators[id]?.cvPasses !== null)
        ? ids.every((id) => indicators[id]?.cvPasses === true)
        : null,
    leftOut,
  };
  if (!each) {
    result.compositeCv =
      complete && rows.length > 0 && cvs.every((c): c is number => c !== null)
        ? compositeVariationCoefficient(cvs as number[])
        : null;
  }
  return result;
}

/** Every stage recomputed. */
export function recheckStages(
  rows: readonly ValueRow[],
  profile: StandardsProfile,
  missing: readonly IndicatorId[],
  leftOut: Record<Stage, number>
): Record<Stage, RecheckStage> {
  const out = {} as Record<Stage, RecheckStage>;
  for (const stage of STAGES)
    out[stage] = recheckStage(
      stage,
      rows.filter((r) => r.stage === stage),
      profile,
      missing,
      leftOut[stage]
    );
  return out;
}
