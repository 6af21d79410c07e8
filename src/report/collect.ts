/**
 * 回收情况: what collecting the one-school forms found (issue 23 §6), as rows for a sheet
 * beside the county school table — which file gave which school, which were written, which
 * schools are missing against the roster, the duplicates, every message at its file and
 * cell — and as the lines of the CLI's summary. Host-neutral; ./xlsx/collect.ts writes it.
 *
 * The sheet sits in the workbook that `assess` reads, so it must never look like a school,
 * class or county sheet: free text (messages, file names) stays right of the columns the
 * county sheet's labels are looked for in (the first 8), and no header row names school fields.
 */
import type { Collection, CollectStatus } from "../core";
import { fill, ZH } from "../i18n";
import type { ReportSheet, ReportValue, ReportWorkbook } from "./model";

const T = ZH.tools.collect;

export const RECEIPT_SHEET = T.sheet;

export interface ReceiptRow {
  cells: (string | number | null)[];
  style?: "title" | "subtitle" | "header" | "section";
}

/** What each status means, in a word or two. */
export const STATUS_TEXT: Readonly<Record<CollectStatus, string>> = T.status;

/** Widths (characters) of the sheet's columns A–I; messages are in I. */
export const RECEIPT_WIDTHS = [6, 28, 14, 24, 22, 10, 8, 8, 90];

/** The figures of the first lines (and of the CLI's summary). */
export function receiptCounts(c: Collection) {
  const files = new Set(c.entries.map((e) => e.file)).size;
  const written = c.entries.filter((e) => e.written).length;
  const withErrors = c.entries.filter((e) => e.status === "errors").length;
  const notWritten = c.entries.filter(
    (e) => !e.written && ["notWritten", "duplicate", "duplicateSame", "blank"].includes(e.status)
  ).length;
  const notForms = c.entries.filter(
    (e) => e.status === "notForm" || e.status === "countyTable"
  ).length;
  const unreadable = c.entries.filter((e) => e.status === "unreadable").length;
  return { files, written, withErrors, notWritten, notForms, unreadable };
}

/** The summary line: 收到 12 个文件：写入 10 所学校（其中 1 所有错误）…… */
export function receiptSummary(c: Collection): string {
  const n = receiptCounts(c);
  const parts = [
    fill(T.received, { files: n.files, written: n.written }) +
      (n.withErrors > 0 ? fill(T.receivedErrors, { n: n.withErrors }) : ""),
  ];
  if (n.notWritten > 0) parts.push(fill(T.notWritten, { n: n.notWritten }));
  if (n.notForms > 0) parts.push(fill(T.notForms, { n: n.notForms }));
  if (n.unreadable > 0) parts.push(fill(T.unreadable, { n: n.unreadable }));
  let text = parts.join("；") + "。";
  if (c.roster)
    text +=
      fill(T.roster, {
        file: c.roster.file,
        expected: c.roster.expected,
        missing: c.roster.missing.length,
      }) +
      (c.roster.notInList.length > 0
        ? fill(T.rosterNotInList, { n: c.roster.notInList.length })
        : "") +
      T.rosterEnd;
  return text;
}

const row = (cells: ReceiptRow["cells"], style?: ReceiptRow["style"]): ReceiptRow =>
  style === undefined ? { cells } : { cells, style };

/** A line of text in column I (right of where county labels are looked for). */
const textRow = (text: string, style?: ReceiptRow["style"]): ReceiptRow =>
  row([null, null, null, null, null, null, null, null, text], style);

/** The 回收情况 sheet, row by row. */
export function receiptRows(c: Collection): ReceiptRow[] {
  const rows: ReceiptRow[] = [];
  rows.push(row([RECEIPT_SHEET], "title"));
  rows.push(textRow(receiptSummary(c), "subtitle"));
  rows.push(row([]));
  rows.push(row([...T.entriesHeader], "header"));
  c.entries.forEach((e, i) => {
    const first = c.issues.find(
      (x) => x.file === e.file && (x.sheet === undefined || x.sheet === e.sheet)
    );
    rows.push(
      row([
        i + 1,
        e.file,
        e.sheet ?? null,
        e.school ?? null,
        STATUS_TEXT[e.status],
        e.row ?? null,
        e.errors,
        e.warnings,
        e.errors + e.warnings > 0 && first ? first.message : null,
      ])
    );
  });
  if (c.roster) {
    rows.push(row([]));
    rows.push(
      textRow(
        fill(T.missingSection, { file: c.roster.file, n: c.roster.missing.length }),
        "section"
      )
    );
    c.roster.missing.forEach((name, i) => rows.push(row([i + 1, null, null, name])));
    if (c.roster.notInList.length > 0) {
      rows.push(row([]));
      rows.push(textRow(fill(T.notInListSection, { n: c.roster.notInList.length }), "section"));
      c.roster.notInList.forEach((name, i) => rows.push(row([i + 1, null, null, name])));
    }
  }
  if (c.duplicates.length > 0) {
    rows.push(row([]));
    rows.push(textRow(fill(T.duplicatesSection, { n: c.duplicates.length }), "section"));
    c.duplicates.forEach((d, i) =>
      rows.push(
        row([
          i + 1,
          d.files.join("、"),
          null,
          d.school,
          d.same ? T.duplicateSame : T.duplicateDifferent,
          null,
          null,
          null,
          d.differences.length > 0
            ? fill(T.differences, { items: d.differences.join("、") })
            : null,
        ])
      )
    );
  }
  rows.push(row([]));
  rows.push(textRow(fill(T.issuesSection, { n: c.issues.length }), "section"));
  rows.push(row([...T.issuesHeader, "", "", T.issuesNote], "header"));
  c.issues.forEach((x, i) =>
    rows.push(
      row([
        i + 1,
        x.file === "" ? T.countyTable : x.file,
        x.sheet ?? null,
        x.row ?? null,
        x.column ?? null,
        x.severity === "error" ? T.error : T.warning,
        null,
        null,
        x.message,
      ])
    )
  );
  return rows;
}

/** The ids of the two sheets in a ReportWorkbook (a host's own sheets: the pane replaces its earlier ones). */
export const COLLECTED_SHEET_ID = "collectedSchools";
export const RECEIPT_SHEET_ID = "collectReceipt";

/**
 * The collected county table and 回收情况 as a host-neutral workbook (the pane writes it with
 * Office.js as new sheets of its own, as it writes the 申报表): the county sheet in the
 * template's layout, one row per school as the forms gave it; 回收情况 as receiptRows.
 */
export function collectionReport(c: Collection): ReportWorkbook {
  const value = (v: unknown): ReportValue =>
    v === null || v === undefined
      ? null
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
          ? v
          : String(v);
  const table: ReportSheet = {
    name: c.sheet.name,
    id: COLLECTED_SHEET_ID,
    columns: c.columns.map((col) => ({ width: Math.max(10, Math.min(30, col.header.length * 2)) })),
    rows: c.sheet.values.map((row, r) =>
      row.map((v) =>
        r === 0 ? { value: value(v), style: "header" as const } : { value: value(v) }
      )
    ),
    headerRows: 1,
  };
  const receipt: ReportSheet = {
    name: RECEIPT_SHEET,
    id: RECEIPT_SHEET_ID,
    columns: RECEIPT_WIDTHS.map((width) => ({ width })),
    rows: receiptRows(c).map((row) =>
      row.cells.map((v, i) => {
        const first = row.cells.findIndex((x) => x !== null && x !== "");
        const style =
          row.style === "header"
            ? "header"
            : row.style && i === first
              ? row.style === "section"
                ? "total"
                : row.style
              : undefined;
        return style ? { value: v, style } : { value: v };
      })
    ),
  };
  return { sheets: [table, receipt] };
}
