/**
 * How county figures are shown: percentages with two decimals (more where two
 * would hide a fail, §1.3: "where rounding for display would flip a pass/fail,
 * say so" — here the digits that show it are given instead), amounts with
 * thousands separators. Deterministic: no Intl, so outputs are the same everywhere.
 */
import { roundTo } from "../rules";

function fixed(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}

/** 12345.5 → "12,345.50"; whole numbers without decimals. */
export function formatAmount(value: number): string {
  const decimals = Number.isInteger(roundTo(value, 2)) ? 0 : 2;
  const [whole, part] = fixed(Math.abs(value), decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${part ? `.${part}` : ""}`;
}

/**
 * A fraction as a percentage: 0.091 → "9.10%". When `threshold` is given and
 * two decimals would show a failing value as meeting it (0.09999 as "10.00%"),
 * more decimals are shown until the display agrees with the verdict.
 */
export function formatShare(fraction: number, threshold?: number, meets?: boolean): string {
  let decimals = 2;
  if (threshold !== undefined && meets !== undefined) {
    const shownMeets = (d: number): boolean =>
      roundTo(fraction * 100, d) >= roundTo(threshold * 100, d);
    while (decimals < 6 && shownMeets(decimals) !== meets) decimals++;
  }
  return `${fixed(fraction * 100, decimals)}%`;
}

/** A threshold share as the policy writes it: 0.1 → "10%", 0.955 → "95.5%". */
export function formatThresholdShare(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(10))}%`;
}

/** Ⅰ–Ⅳ for a 学业表现水平. */
export function formatLevel(level: number): string {
  return ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"][level - 1] ?? String(level);
}

/** A ratio such as the 校际差异率: "0.12", with the digits that show why it fails. */
export function formatRatio(value: number, limit?: number, below?: boolean): string {
  let decimals = 2;
  if (limit !== undefined && below !== undefined) {
    while (decimals < 6 && roundTo(value, decimals) < limit !== below) decimals++;
  }
  return fixed(value, decimals);
}
