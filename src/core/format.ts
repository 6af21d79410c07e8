/**
 * How numbers are written in every output (summary, JSON warnings, report,
 * pane): one formatter, deterministic (no Intl), rounding half away from zero
 * like Excel (standards.md §1.3: 2 decimals for values, 3 for CVs).
 */
import { roundTo } from "./rules";

/** A number with fixed decimals: formatNumber(4.195, 2) → "4.20"; "—" when it does not exist. */
export function formatNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return roundTo(value, decimals).toFixed(decimals);
}

/** A fraction as a percentage: formatPercent(0.083) → "8.3%". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** A threshold as the policy text writes it: 1.0, 4.2, 2000; "—" where the profile sets none (2012). */
export function formatThreshold(threshold: number | null | undefined): string {
  if (threshold === null || threshold === undefined) return "—";
  if (Number.isInteger(threshold))
    return Math.abs(threshold) >= 10 ? String(threshold) : threshold.toFixed(1);
  return String(Number(threshold.toPrecision(10)));
}

/** Enough digits to show why a rounded value misleads (4.1951 shows as 4.20). */
export function formatPrecise(value: number): string {
  return String(Number(value.toPrecision(8)));
}
