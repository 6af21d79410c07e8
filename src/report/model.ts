/**
 * The host-neutral report model: what the 申报表 looks like, independent of who
 * writes it. The CLI renders it with exceljs; the task pane with Office.js.
 * Styles are semantic names; each writer maps them to its own formatting.
 */

export type ReportValue = string | number | boolean | null;

/** Semantic styles; writers map them to fonts, fills and borders. */
export type CellStyle =
  | "title" // the sheet's title row
  | "subtitle" // notes under the title (profile, date, incomplete-data notice)
  | "header" // column headers
  | "text" // ordinary cell
  | "pass" // a verdict or value that meets the standard
  | "fail" // a value or verdict that does not: visibly marked
  | "borderline" // meets or fails only by rounding: marked for a second look
  | "missing" // 未填报: the workbook holds no such figure (never a pass)
  | "total" // a total / county row
  | "note"; // 注 lines, the legend and the signature lines under a table (wrapped)

export interface ReportCell {
  value: ReportValue;
  style?: CellStyle;
  /** Excel number format, e.g. "0.00" or "0.000" or "0.0%". */
  numFmt?: string;
  /** A short note shown as a comment (e.g. what is short and by how much). */
  note?: string;
  /**
   * A worksheet formula without its "=" (plain functions only: the formula template, issue 27).
   * `value` is then its cached result, or null when the spreadsheet is to compute it on load.
   * The exceljs writer (./xlsx/report.ts) writes it with its value; the task pane's writer writes
   * the formula alone over the value, once every sheet is named (Excel computes it).
   */
  formula?: string;
}

export interface ReportColumn {
  /** Width in characters. */
  width: number;
}

/** A native chart (the task pane writes it; exceljs cannot, so the CLI omits charts). */
export interface ChartSpec {
  kind: "columnClustered" | "line" | "barClustered";
  title: string;
  /** Category labels: 0-based rows/column of this sheet's `rows`. */
  categories: { firstRow: number; lastRow: number; column: number };
  series: {
    name: string;
    column: number;
    firstRow: number;
    lastRow: number;
    kind?: "line" | "column";
  }[];
  /** Where to put it, in 0-based cell coordinates of this sheet. */
  anchor: { row: number; column: number; widthColumns: number; heightRows: number };
}

export interface ReportSheet {
  /** Sheet name (≤ 31 characters, no []:*?/\ ). */
  name: string;
  /** Stable id of the sheet's role, e.g. "schools", "variation", "classSize". */
  id: string;
  columns: ReportColumn[];
  /** Row-major cells, 0-based; rows may be shorter than the column count. */
  rows: ReportCell[][];
  /** Merged areas, 0-based inclusive. */
  merges?: { startRow: number; startColumn: number; endRow: number; endColumn: number }[];
  /** Rows (from the top) frozen and repeated on every printed page. */
  headerRows?: number;
  charts?: ChartSpec[];
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    /** Page footer, with Excel's fields &P (page) and &N (pages); formats.ts PAGE_FOOTER. */
    footer?: string;
  };
  /** Row heights in points (layout.ts rowHeights), so wrapped text never overlaps the next row. */
  rowHeights?: number[];
}

export interface ReportWorkbook {
  sheets: ReportSheet[];
  /** What a downloaded copy is called after the source file's stem (监测); else by its sheets. */
  fileLabel?: string;
}
