/**
 * Reading one cell. Hosts hand us Office.js `range.values` (number, string,
 * boolean, '' for blank) or what exceljs reads (also null, undefined, Date).
 * Statisticians' workbooks hold numbers typed as text, full-width digits,
 * thousands separators and dashes for "nothing"; all of that is read here, and
 * anything else is reported, never guessed.
 */
import type { CellValue } from "../types";

/**
 * matchText's recent answers. A class sheet repeats its school's name on every
 * class row, and NFKC normalisation is the reader's costliest step per row
 * (npm run bench: reading 20,000 schools with 450,000 classes ~30% faster).
 * Bounded, so a province's unique names cannot grow it without limit.
 */
const matchTextCache = new Map<string, string>();
const MATCH_TEXT_CACHE_SIZE = 50000;

/** Text for matching: NFKC (full-width → half-width, ㎡ → m2), no whitespace, lower case. */
export function matchText(text: string): string {
  let t = matchTextCache.get(text);
  if (t === undefined) {
    t = text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
    if (matchTextCache.size >= MATCH_TEXT_CACHE_SIZE) matchTextCache.clear();
    matchTextCache.set(text, t);
  }
  return t;
}

/** A header or name as shown to the user: line breaks inside CJK headers removed, spaces collapsed. */
export function displayText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  return String(value)
    .replace(/\s*[\r\n]+\s*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? String(d) : d.toISOString().slice(0, 10);
}

/**
 * Marks that mean "no value" in Chinese statistics tables: '-', '—', '/'.
 * (Full-width forms are folded by NFKC before the lookup.)
 */
const BLANK_MARKS = new Set(["", "-", "--", "—", "——", "–", "―", "/"]);

/** Excel's error values, as Office.js and exceljs report them. */
const EXCEL_ERROR =
  /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function isExcelError(value: CellValue): boolean {
  return typeof value === "string" && EXCEL_ERROR.test(value.trim());
}

export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const t = value.trim();
  // Every mark is at most two characters: longer text is never blank (and skips NFKC).
  if (t.length > 2) return false;
  return BLANK_MARKS.has(t.normalize("NFKC").replace(/\s+/g, ""));
}

export type ParsedNumber =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "excelError"; text: string }
  | { kind: "invalid"; text: string };

/** Digits grouped by thousands: 1,234 or 12,345,678.9 (after NFKC, so 1，234 too). */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number as written in a cell; text is accepted when it is unambiguously a number. */
export function parseNumberCell(value: CellValue): ParsedNumber {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value }
      : { kind: "invalid", text: String(value) };
  }
  if (isBlankCell(value)) return { kind: "blank" };
  if (typeof value !== "string") return { kind: "invalid", text: displayText(value) };
  if (isExcelError(value)) return { kind: "excelError", text: value.trim() };
  const t = value.normalize("NFKC").replace(/\s+/g, "");
  // Text such as "1e400" is written like a number but is beyond a double (Infinity): not a number.
  const n = GROUPED.test(t) ? Number(t.replace(/,/g, "")) : PLAIN.test(t) ? Number(t) : NaN;
  if (Number.isFinite(n)) return { kind: "number", value: n };
  return { kind: "invalid", text: value.trim() };
}

/** The cell as it reads, for quoting in a message. */
export function quoteCell(value: CellValue): string {
  if (typeof value === "string") return value.trim();
  return displayText(value);
}
