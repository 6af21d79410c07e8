/**
 * The rounding tolerance of the re-check (src/core/recheck/tolerance.ts): what a figure's
 * decimals allow, and that the allowance of a mean and a CV recomputed from rounded values
 * really bounds how far they lie from those of the unrounded values.
 */
import { weightedMean, weightedVariationCoefficient, roundTo } from "../../../src/core/rules";
import {
  decimalsShown,
  roundingHalfUnit,
  statisticTolerance,
} from "../../../src/core/recheck/tolerance";

describe("what a figure's decimals allow", () => {
  it("counts the decimals a number shows, up to six; more is unrounded", () => {
    expect(decimalsShown(1600)).toBe(0);
    expect(decimalsShown(5.63)).toBe(2);
    expect(decimalsShown(2214.7)).toBe(1);
    expect(decimalsShown(0.1 + 0.2)).toBe(1);
    expect(decimalsShown(0.104)).toBe(3);
    expect(decimalsShown(5.627906976744186)).toBeUndefined();
  });

  it("allows half a unit of the last decimal, at least the form's", () => {
    expect(roundingHalfUnit(5.63, 2)).toBe(0.005);
    expect(roundingHalfUnit(1600, 2)).toBe(0.005);
    expect(roundingHalfUnit(0.1, 3)).toBe(0.0005);
    expect(roundingHalfUnit(5.6279, 2)).toBeCloseTo(0.00005, 12);
    expect(roundingHalfUnit(5.627906976744186, 2)).toBe(0);
  });
});

/** A small seeded generator (mulberry32): the same cases every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the mean's and the CV's allowance bounds what rounding to two decimals does", () => {
  it("holds on 500 random counties (values 0.3–12, students 20–2500)", () => {
    const next = random(20240901);
    let tightest = Infinity;
    for (let k = 0; k < 500; k++) {
      const n = 2 + Math.floor(next() * 40);
      const raw = Array.from({ length: n }, () => 0.3 + next() * 12);
      const students = Array.from({ length: n }, () => 20 + Math.floor(next() * 2480));
      const shown = raw.map((v) => roundTo(v, 2));
      const halfUnits = shown.map((v) => roundingHalfUnit(v, 2));
      const mean = weightedMean(shown, students);
      const cv = weightedVariationCoefficient(shown, students)!;
      const t = statisticTolerance(shown, students, halfUnits, mean, cv);
      const trueMean = weightedMean(raw, students);
      const trueCv = weightedVariationCoefficient(raw, students)!;
      expect(Math.abs(trueMean - mean)).toBeLessThanOrEqual(t.mean + 1e-12);
      expect(Math.abs(trueCv - cv)).toBeLessThanOrEqual(t.cv! + 1e-12);
      tightest = Math.min(tightest, t.cv! - Math.abs(trueCv - cv));
    }
    expect(tightest).toBeGreaterThanOrEqual(0);
  });

  it("is 0 for unrounded values, and undefined for the CV when the mean is within rounding of 0", () => {
    expect(statisticTolerance([1.234567891, 2.5], [10, 10], [0, 0], 1.8672839455, 0.3)).toEqual({
      mean: 0,
      cv: 0,
    });
    expect(statisticTolerance([0, 0.01], [10, 10], [0.005, 0.005], 0.005, 1).cv).toBeNull();
  });
});
