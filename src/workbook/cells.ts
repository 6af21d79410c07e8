/**
 * Cell values as the table reader expects them (what Office.js `range.values` would give,
 * and what the CLI gave when it read through exceljs): numbers, strings, booleans, Dates,
 * error values as their text, "" for nothing.
 */
import type { MergedArea } from "../core";
import { ZH } from "../i18n";

/**
 * What a formula cell reads as when the file holds no cached result (written by a
 * program that does not calculate). Office.js would show the calculated value; we
 * cannot calculate, so the reader sees a non-number and reports the cell.
 */
export const UNCALCULATED_FORMULA = ZH.host.uncalculatedFormula;

/** An Excel serial date → Date (1900 system, or 1904 when the workbook says so), to the millisecond. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * Whether a number format shows a date or time: y, m, d, h, s (or b, the Buddhist year)
 * outside quoted text and [..] sections (colours, locales, elapsed hours are removed first).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * Built-in number formats (ECMA-376 §18.8.30) that show dates or times: 14–22 and 45–47 in
 * every locale, and the East Asian ones, 27–36 and 50–58 (in zh-CN 31 is yyyy"年"m"月"d"日").
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** `_xHHHH_` escapes of ST_Xstring (ECMA-376 §22.9.2.19): how a file stores control characters. */
export function decodeXString(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  return n;
}

/** "B2:D3" → 0-based inclusive area (origin A1); undefined when not a range. */
export function parseRange(range: string): MergedArea | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(
    range.trim()
  );
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  if (r1 < 1 || r2 < 1) return undefined;
  return {
    startRow: Math.min(r1, r2) - 1,
    startColumn: Math.min(c1, c2) - 1,
    endRow: Math.max(r1, r2) - 1,
    endColumn: Math.max(c1, c2) - 1,
  };
}
