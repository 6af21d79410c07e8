/**
 * The charts' axes (issue 24 §7): ticks at 1, 2 or 5 × 10^k, a domain widened to multiples
 * of the step from 0, every value given (the standard's or the limit's line) inside, labels
 * never finer than the values' decimals, and sane answers for zero, tiny and odd ranges.
 */
import { niceScale, niceStep } from "../../src/report/niceScale";
import { seededRandom } from "../../src/core/random";

/** Is `step` 1, 2 or 5 × 10^k? */
function isNice(step: number): boolean {
  const k = Math.floor(Math.log10(step) + 1e-9);
  const f = step / 10 ** k;
  return [1, 2, 5, 10].some((n) => Math.abs(f - n) < 1e-9);
}

describe("niceStep", () => {
  it.each([
    [0.0826, 0.1],
    [1.33, 2],
    [0.1, 0.1],
    [0.2, 0.2],
    [0.21, 0.5],
    [0.5, 0.5],
    [0.51, 1],
    [3, 5],
    [400, 500],
    [0.001, 0.001],
    [1000, 1000],
    [999.9, 1000],
  ])("%p → %p", (raw, step) => {
    expect(niceStep(raw)).toBe(step);
  });
});

describe("niceScale", () => {
  it("reads 0, 0.1 … 0.5 where the hand-drawn axis read 0.138 / 0.275 / 0.413", () => {
    expect(niceScale([0.413])).toEqual({
      min: 0,
      max: 0.5,
      step: 0.1,
      ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
      decimals: 1,
    });
  });

  it("reads 0, 2, 4, 6, 8 where it read 2.22 / 4.44 / 6.65", () => {
    expect(niceScale([6.65])).toEqual({
      min: 0,
      max: 8,
      step: 2,
      ticks: [0, 2, 4, 6, 8],
      decimals: 0,
    });
  });

  it("keeps the limit and the standard inside, at the top when they are the largest", () => {
    expect(niceScale([0.5, 0.157, 0.21]).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(niceScale([0.45, 0.3]).max).toBe(0.5);
    expect(niceScale([4.2, 3.5, 5.1]).ticks).toEqual([0, 2, 4, 6]);
    expect(niceScale([2000, 1800, 950]).ticks).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it("writes ticks without floating-point noise", () => {
    const { ticks } = niceScale([0.7]);
    expect(ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceScale([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceScale([0.00042]).ticks).toEqual([0, 0.0001, 0.0002, 0.0003, 0.0004, 0.0005]);
    expect(niceScale([0.00042]).decimals).toBe(4);
  });

  it("draws nothing but zeros, or no values at all, on 0 … 1", () => {
    for (const values of [[0], [0, 0, 0], [], [NaN, Infinity, -Infinity]]) {
      const s = niceScale(values);
      expect([s.min, s.max]).toEqual([0, 1]);
      expect(s.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    }
  });

  it("gives a tiny range its own step, but never one finer than minStep", () => {
    expect(niceScale([3e-7]).ticks).toEqual([0, 1e-7, 2e-7, 3e-7]);
    // A CV of float noise among identical schools, shown with 3 decimals: 0 and 0.001.
    const noise = niceScale([1e-17], { minStep: 0.001 });
    expect(noise).toEqual({ min: 0, max: 0.001, step: 0.001, ticks: [0, 0.001], decimals: 3 });
    // Values shown with 2 decimals: the step is 0.01 or coarser, so ticks need 2 decimals at most.
    expect(niceScale([0.013], { minStep: 0.01 }).ticks).toEqual([0, 0.01, 0.02]);
    // Never a step finer than 1e-12, whatever the value (5e-324 / 5 underflows).
    expect(niceScale([5e-324]).ticks).toEqual([0, 1e-12]);
  });

  it("reaches below zero when a value does", () => {
    expect(niceScale([-0.4, 1.3]).ticks).toEqual([-0.5, 0, 0.5, 1, 1.5]);
    expect(niceScale([-3]).ticks).toEqual([-3, -2, -1, 0]);
  });

  it("has about `count` intervals", () => {
    expect(niceScale([10], { count: 10 }).ticks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(niceScale([10], { count: 2 }).ticks).toEqual([0, 5, 10]);
  });

  it("for any values: a nice step, even ticks from min to max, every value inside", () => {
    const random = seededRandom(24);
    const problems: unknown[] = [];
    for (let n = 0; n < 2000; n++) {
      const exponent = Math.floor(random() * 16) - 8;
      const values = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => random() * 10 ** exponent
      );
      const minStep = random() < 0.5 ? 10 ** -Math.floor(random() * 4) : undefined;
      const s = niceScale(values, { minStep });
      const ok =
        isNice(s.step) &&
        (minStep === undefined || s.step >= minStep) &&
        s.min === 0 &&
        s.ticks[0] === s.min &&
        s.ticks[s.ticks.length - 1] === s.max &&
        s.ticks.length >= 2 &&
        s.ticks.length <= 7 &&
        s.ticks.every(
          (t, i) => Math.abs(t - i * s.step) <= s.step * 1e-9 && Number(t.toFixed(s.decimals)) === t
        ) &&
        values.every((v) => s.min <= v && v <= s.max);
      if (!ok) problems.push({ values, minStep, s });
    }
    expect(problems).toEqual([]);
  });
});
