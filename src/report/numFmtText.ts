/**
 * A cell's value as the workbook displays it under its number format (ReportCell.numFmt), for
 * the writers that cannot hand the number and the format to a spreadsheet (the 自评报告's Word
 * tables, src/report/docx/). It knows the formats the report uses (formats.ts NUMBER_FORMATS
 * and decimalsFormat): "0", "0.00…", "#,##0", "#,##0.00…", "0.0%", "0.00%", "0.0#", "@",
 * "General"; any other format shows the number as JavaScript writes it, never a wrong rounding.
 * Rounding is the form's (core roundTo: half away from zero, as Excel shows).
 */
import { roundTo } from "../core";
import type { ReportValue } from "./model";

/** `0`, `0.00`, `#,##0.0`, `0.0#`, each optionally followed by `%`. */
const NUMERIC = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/;

/** 1234567.5 → "1,234,567.5": the integer part grouped by thousands. */
function group(text: string): string {
  const [int, frac] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac === undefined ? "" : `.${frac}`);
}

/** A number under one of the report's number formats, as Excel shows it. */
export function formatByNumFmt(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const m = numFmt === undefined ? null : NUMERIC.exec(numFmt);
  if (!m) return String(Number(value.toPrecision(15)));
  const [, grouping, required = "", optional = "", percent] = m;
  const scaled = percent ? value * 100 : value;
  const max = required.length + optional.length;
  let text = roundTo(scaled, max).toFixed(max);
  // Optional digits (#): trailing zeros beyond the required ones are not shown.
  if (optional.length > 0) {
    const [int, frac] = text.split(".");
    let f = frac;
    while (f.length > required.length && f.endsWith("0")) f = f.slice(0, -1);
    text = f.length > 0 ? `${int}.${f}` : int;
  }
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1); // Excel shows no "-0.00"
  if (grouping) text = group(text);
  return text + percent;
}

/** A cell's text as the workbook shows it: text as typed, a number under its format. */
export function cellDisplayText(value: ReportValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "number")
    return numFmt === "@" ? String(value) : formatByNumFmt(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
