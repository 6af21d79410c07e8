/**
 * Nice axes for the charts drawn by hand — the CLI's charts page (chartsHtml.ts) and the
 * pane's SVG charts (ui/components/Charts.tsx, also on the offline page): ticks at
 * 1, 2 or 5 × 10^k and a domain widened to multiples of that step, so an axis reads
 * 0, 0.1, 0.2 … or 0, 2, 4 … instead of 0, 0.138, 0.275 (issue 24 §7). The classic
 * "nice numbers" algorithm, as d3-scale's nice()/ticks() do it, without the dependency.
 */

export interface NiceScale {
  /** The domain's ends: multiples of `step`, min ≤ every value given ≤ max, 0 always inside. */
  min: number;
  max: number;
  /** 1, 2 or 5 × 10^k. */
  step: number;
  /** min, min + step, …, max, each rounded to `decimals` (0.3, never 0.30000000000000004). */
  ticks: number[];
  /** The decimals that write every tick exactly: 0 for steps of 1 and more, 1 for 0.1–0.5, … */
  decimals: number;
}

export interface NiceScaleOptions {
  /**
   * The most intervals the values themselves may need (default 5); widening the domain to a
   * multiple of the step can add one, and the step's rounding up leaves at least count / 2.5.
   */
  count?: number;
  /**
   * The smallest step worth drawing, e.g. 0.001 for values shown with 3 decimals (default 1e-12):
   * a CV of 1e-17 among identical schools gets an axis of 0 and 0.001, not 0 and 2e-17.
   */
  minStep?: number;
}

/** Relative slack for floating-point noise: 0.45 / 0.05 = 9.000000000000002 is 9 intervals. */
const EPS = 1e-9;

/** The smallest step of 1, 2 or 5 × 10^k at least `raw` (raw > 0). */
export function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const f = raw / magnitude; // [1, 10), give or take Math.log10's rounding
  const nice = f <= 1 + EPS ? 1 : f <= 2 + EPS ? 2 : f <= 5 + EPS ? 5 : 10;
  return Number((nice * magnitude).toPrecision(12));
}

/** The fewest decimals (≤ 100, toFixed's limit) that write `step` exactly. */
function decimalsOf(step: number): number {
  for (let d = 0; d < 100; d++)
    if (Math.abs(Number(step.toFixed(d)) - step) <= step * EPS) return d;
  return 100;
}

/**
 * A nice linear scale over `values` and zero (bars start at 0): non-finite values are
 * ignored; with nothing but zeros the domain is [0, 1].
 */
export function niceScale(values: readonly number[], options: NiceScaleOptions = {}): NiceScale {
  const count = Math.max(1, Math.floor(options.count ?? 5));
  const minStep = Math.max(options.minStep ?? 0, 1e-12);
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === lo) hi = 1; // nothing but zeros
  const span = hi - lo;
  const step = niceStep(Math.max(span / count, minStep));
  const decimals = decimalsOf(step);
  const at = (i: number) => Number((i * step).toFixed(decimals)) + 0; // + 0: no -0
  let first = Math.floor(lo / step + EPS);
  let last = Math.ceil(hi / step - EPS);
  // The slack must never leave a value (the standard's or the limit's line) outside.
  while (at(first) > lo) first--;
  while (at(last) < hi) last++;
  if (last === first) last++;
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(at(i));
  return { min: ticks[0], max: ticks[ticks.length - 1], step, ticks, decimals };
}
