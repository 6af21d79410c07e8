/**
 * How far a figure recomputed from 表Ⅱ-2 may honestly lie from the county's own, given the form's
 * rounding (application-form.md §1: L7–L13 two decimals; 表Ⅲ means two, CVs three).
 *
 * A figure showing d decimals (at least the form's) stands for any number within half a unit of
 * its last decimal: h = ½·10^−max(form, d). A value with more than MAX_SHOWN_DECIMALS decimals
 * was not rounded (the form's cell keeps the unrounded number under a "0.00" format): h = 0.
 *
 * For one indicator and stage, with Pi the students and hi each value's h, P = Σ Pi:
 * - the mean X̄ = Σ Pi·Xi / P moves by at most Hm = Σ Pi·hi / P;
 * - S (the weighted standard deviation) by at most Hs = √(Σ Pi·hi² / P) (the triangle
 *   inequality in the weighted norm);
 * - so |CV_true − CV| = |S/X̄ − S'/X̄'| ≤ (Hs + CV'·Hm) / (X̄' − Hm), from the recomputed X̄', CV'.
 * The county's figure may then be off by its own rounding (½ unit of its last decimal, at least
 * the form's). A county figure within its own rounding of the recomputed one is the same; within
 * both, consistent; beyond, different. Counts and verdicts: the rule applied at every value
 * moved by ∓h gives the range the true count may lie in.
 */

/** Beyond this many decimals a number is taken as unrounded. */
export const MAX_SHOWN_DECIMALS = 6;

/** Float noise allowed on top of every tolerance: relative 1e-9, as the rules compare (RELATIVE_TOLERANCE). */
export function noise(value: number): number {
  return 1e-9 * Math.max(1, Math.abs(value));
}

/** The decimals a number shows (0 for 1600, 2 for 5.63); undefined beyond MAX_SHOWN_DECIMALS. */
export function decimalsShown(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  for (let d = 0; d <= MAX_SHOWN_DECIMALS; d++) {
    const x = value * 10 ** d;
    if (Math.abs(x - Math.round(x)) <= 1e-6) return d;
  }
  return undefined;
}

/** Half a unit of the last decimal a figure shows, at least the form's `decimals`; 0 when unrounded. */
export function roundingHalfUnit(value: number, decimals: number): number {
  const d = decimalsShown(value);
  return d === undefined ? 0 : 0.5 * 10 ** -Math.max(decimals, d);
}

/** How far the true mean and CV may lie from those of the values as written. */
export function statisticTolerance(
  values: readonly number[],
  students: readonly number[],
  halfUnits: readonly number[],
  mean: number,
  cv: number | null
): { mean: number; cv: number | null } {
  let total = 0;
  let hm = 0;
  let hs = 0;
  for (let i = 0; i < values.length; i++) {
    total += students[i];
    hm += students[i] * halfUnits[i];
    hs += students[i] * halfUnits[i] * halfUnits[i];
  }
  if (!(total > 0)) return { mean: 0, cv: null };
  hm /= total;
  hs = Math.sqrt(hs / total);
  const denominator = Math.abs(mean) - hm;
  return {
    mean: hm,
    cv: cv === null || !(denominator > 0) ? null : (hs + cv * hm) / denominator,
  };
}
