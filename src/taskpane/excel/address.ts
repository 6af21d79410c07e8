/**
 * A1 addresses ↔ 0-based indexes, as Office.js writes them. Column letters are
 * the core's (the reader names columns the same way in its messages).
 */

import { columnIndex, columnLetter } from "../../core";

export { columnIndex, columnLetter };

/** A cell's A1 address from 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export interface ParsedRange {
  /** undefined when the address has no sheet part. */
  sheet?: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Parses what Office.js puts in `Range.address` and `NamedItem.value`:
 * "Sheet1!B3:D10", "'学校 数据'!$A$1", "=Sheet1!$A$1", "B3". Whole rows or
 * columns ("3:5", "A:C") are not produced by the ranges we read and are rejected.
 */
export function parseRangeAddress(address: string): ParsedRange | undefined {
  let text = address.trim();
  if (text.startsWith("=")) text = text.slice(1);
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    let sheetPart = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (sheetPart.startsWith("'") && sheetPart.endsWith("'") && sheetPart.length >= 2) {
      sheetPart = sheetPart.slice(1, -1).replace(/''/g, "'");
    }
    sheet = sheetPart;
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const c1 = columnIndex(m[1])!;
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3])! : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  if (r1 < 0 || r2 < 0) return undefined;
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** Splits a RangeAreas address ("S!A1:B1, S!C1:C2") into its areas, respecting quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
