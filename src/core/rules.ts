/**
 * The small rules of standards.md as pure functions over plain numbers.
 * assess() and the EDU.* custom functions both call these, so no rule is
 * written twice.
 */
import { EN_US, fill, ZH } from "../i18n";
import { EduError } from "./errors";
import type { SchoolRule, StandardsProfile } from "./profiles/profile";
import { RELATIVE_TOLERANCE } from "./profiles/profile";
import type { ClassBand, SchoolType, Stage } from "./types";
import { STAGES_OF_TYPE } from "./vocabulary";

/** value ≥ threshold, with a relative tolerance so that 21/500·100 meets 4.2 however it is divided. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - RELATIVE_TOLERANCE * Math.abs(threshold);
}

/** value ≤ limit, with the same tolerance: a CV exactly at its limit passes. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + RELATIVE_TOLERANCE * Math.abs(limit);
}

/** Rounds half away from zero, as Excel's ROUND and the published tables do. */
export function roundTo(value: number, decimals: number): number {
  // From 2^52 on every double is a whole number (and value·10^d could overflow): nothing to round.
  if (!(Math.abs(value) < 4503599627370496)) return value;
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(value) * f + 1e-9) / f;
  return value < 0 ? -r : r;
}

/**
 * The magnitudes the weighted statistics stay exact in: products and squares of numbers
 * whose absolute value is 0 or in [1e-100, 1e100] neither overflow to Infinity nor
 * underflow to 0 in a double. County data (counts, ㎡, 元) lies far inside; a number
 * outside is a typing slip or hostile input, refused rather than turned into NaN.
 */
export const CALCULABLE_MAGNITUDE = { min: 1e-100, max: 1e100 } as const;

const T = ZH.rules;
const E = EN_US.rules;

/** (Written without Math.abs or Number.isFinite: global lookups are slow in hot loops inside jest's vm sandbox.) */
function calculable(x: number): boolean {
  const a = x < 0 ? -x : x;
  return a === 0 || (a >= CALCULABLE_MAGNITUDE.min && a <= CALCULABLE_MAGNITUDE.max);
}

function outOfRange(what: string, whatEn: string, x: number): EduError {
  return new EduError(
    "outOfRange",
    fill(T.outOfRange, { what, x }),
    fill(E.outOfRange, { what: whatEn, x })
  );
}

/** A ratio of finite inputs that still overflowed (e.g. 1e308 ÷ 0.5): said, never returned as Infinity. */
function finiteRatio(result: number, what: string, whatEn: string): number {
  // result − result is NaN for NaN and ±Infinity.
  if (result - result !== 0) {
    throw new EduError(
      "outOfRange",
      fill(T.overflow, { what }),
      fill(E.overflow, { what: whatEn })
    );
  }
  return result;
}

function checkWeighted(values: readonly number[], weights: readonly number[]): number {
  if (values.length !== weights.length) {
    throw new EduError(
      "lengthMismatch",
      fill(T.lengthMismatch, { values: values.length, students: weights.length }),
      fill(E.lengthMismatch, { values: values.length, students: weights.length })
    );
  }
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = weights[i];
    const x = values[i];
    if (!Number.isFinite(p) || p < 0) {
      throw new EduError(
        "badStudents",
        fill(T.badStudents, { n: i + 1, value: p }),
        fill(E.badStudents, { n: i + 1, value: p })
      );
    }
    if (!Number.isFinite(x)) {
      throw new EduError(
        "badValue",
        fill(T.badValue, { n: i + 1, value: x }),
        fill(E.badValue, { n: i + 1, value: x })
      );
    }
    if (!calculable(p))
      throw outOfRange(fill(T.studentCount, { n: i + 1 }), fill(E.studentCount, { n: i + 1 }), p);
    if (!calculable(x))
      throw outOfRange(fill(T.valueAt, { n: i + 1 }), fill(E.valueAt, { n: i + 1 }), x);
    total += p;
  }
  if (!(total > 0)) {
    throw new EduError("noStudents", T.noStudents, E.noStudents);
  }
  return total;
}

/** X̄ = Σ Pi·Xi / Σ Pi (standards.md §1.3): the county total resource per county student. */
export function weightedMean(values: readonly number[], students: readonly number[]): number {
  const total = checkWeighted(values, students);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += students[i] * values[i];
  return sum / total;
}

/**
 * The student-weighted, population coefficient of variation of §1.3:
 * S = √(Σ Pi·(Xi − X̄)² / P), CV = S / X̄. Null when X̄ = 0 (undefined).
 * Two passes over the data, so large values do not cancel catastrophically.
 */
export function weightedVariationCoefficient(
  values: readonly number[],
  students: readonly number[]
): number | null {
  const total = checkWeighted(values, students);
  const mean = weightedMean(values, students);
  if (mean === 0) return null;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    ss += students[i] * d * d;
  }
  return Math.sqrt(ss / total) / Math.abs(mean);
}

/** The 2012 综合差异系数: the arithmetic mean of the indicators' CVs. */
export function compositeVariationCoefficient(cvs: readonly number[]): number {
  if (cvs.length === 0) throw new EduError("noValues", T.noCvs, E.noCvs);
  for (const cv of cvs) {
    if (!Number.isFinite(cv) || cv < 0)
      throw new EduError("badValue", fill(T.badCv, { cv }), fill(E.badCv, { cv }));
    if (!calculable(cv)) throw outOfRange(T.cv, E.cv, cv);
  }
  return cvs.reduce((a, b) => a + b, 0) / cvs.length;
}

/** Per 100 students: count / students × 100. */
export function per100(count: number, students: number): number {
  return finiteRatio(
    (requireNumber(count) / requirePositiveStudents(students)) * 100,
    T.per100,
    E.per100
  );
}

/** Per student: amount / students. */
export function perStudent(amount: number, students: number): number {
  return finiteRatio(
    requireNumber(amount) / requirePositiveStudents(students),
    T.perStudent,
    E.perStudent
  );
}

function requireNumber(x: number): number {
  if (x - x !== 0)
    throw new EduError("badValue", fill(T.notFinite, { x }), fill(E.notFinite, { x }));
  return x;
}

function requirePositiveStudents(students: number): number {
  if (!Number.isFinite(students) || students <= 0) {
    throw new EduError(
      "noStudents",
      fill(T.studentsNotPositive, { n: students }),
      fill(E.studentsNotPositive, { n: students })
    );
  }
  return students;
}

/**
 * The share of a school's shared facilities attributed to one stage (§1.2):
 * students weighted 小学 1 : 初中 1.1 : 高中 1.32, over the stages the school type
 * has. 九年一贯制: A/(A+1.1B); 完全中学: B/(B+1.2C); 十二年一贯制: A/(A+1.1B+1.32C).
 */
export function facilityShare(
  students: { primary: number; junior: number; senior: number },
  type: SchoolType,
  stage: Stage,
  weights: StandardsProfile["stageWeights"]
): number {
  const has = STAGES_OF_TYPE[type];
  if (!has[stage]) return 0;
  const weighted = {
    primary: has.primary ? weights.primary * students.primary : 0,
    junior: has.junior ? weights.junior * students.junior : 0,
    senior: has.senior ? weights.senior * students.senior : 0,
  };
  const total = weighted.primary + weighted.junior + weighted.senior;
  if (total === Infinity) {
    // Counts near Number.MAX_VALUE overflow the weighted sum; the share is the same for counts scaled into [0, 1].
    const largest = Math.max(students.primary, students.junior, students.senior);
    return facilityShare(
      {
        primary: students.primary / largest,
        junior: students.junior / largest,
        senior: students.senior / largest,
      },
      type,
      stage,
      weights
    );
  }
  return total > 0 ? weighted[stage] / total : 0;
}

export interface SchoolRuleResult {
  met: boolean[];
  metCount: number;
  /** Every indicator not met reaches at least floor × threshold. */
  allAboveFloor: boolean;
  passes: boolean;
}

/**
 * The school rule of §1.1: at least minMet (6) of the 7 indicators reach their
 * threshold and every remaining one reaches floor (85%) of its threshold.
 */
export function applySchoolRule(
  values: readonly number[],
  thresholds: readonly number[],
  rule: SchoolRule
): SchoolRuleResult {
  const met = values.map((v, i) => atLeast(v, thresholds[i]));
  const metCount = met.filter(Boolean).length;
  const allAboveFloor = values.every((v, i) => met[i] || atLeast(v, rule.floor * thresholds[i]));
  return { met, metCount, allAboveFloor, passes: metCount >= rule.minMet && allAboveFloor };
}

/** 班额 band of standards.md §3. */
export function classBand(
  students: number,
  bands: StandardsProfile["classSize"]["bands"]
): ClassBand {
  if (students >= bands.superLarge) return "superLarge";
  if (students >= bands.veryLarge) return "veryLarge";
  if (students >= bands.large) return "large";
  return "standard";
}

export const CLASS_BAND_NAMES: Readonly<Record<ClassBand, string>> = {
  standard: T.bands.standard,
  large: T.bands.large,
  veryLarge: T.bands.veryLarge,
  superLarge: T.bands.superLarge,
};

/** The largest school allowed for a type (§1.4 item 4), counting compulsory-stage students. */
export function schoolSizeLimit(type: SchoolType, profile: StandardsProfile): number {
  return profile.schoolSize.byType[type] ?? profile.schoolSize.default;
}

/** Rooms of each kind (音乐, 美术) a school needs: ceil(classes / 12) (§1.4 item 3). */
export function requiredSpecialRooms(classes: number, classesPerRoom: number): number {
  return classes > 0 ? Math.ceil(classes / classesPerRoom) : 0;
}

/**
 * 初中三年巩固率 (§1.5 item 1) = (毕业生 − 转入 + 转出) / (三年前初一在校生 − 死亡).
 */
export function consolidationRate(
  graduates: number,
  transferIn: number,
  transferOut: number,
  enrolled: number,
  deaths: number
): number {
  const base = enrolled - deaths;
  if (!(base > 0)) {
    throw new EduError("noStudents", T.noCohort, E.noCohort);
  }
  return finiteRatio(
    (graduates - transferIn + transferOut) / base,
    T.consolidationRate,
    E.consolidationRate
  );
}
