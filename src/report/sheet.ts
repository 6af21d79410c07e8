/**
 * The report's one sheet kit: the cells every sheet is made of and the builder that lays a
 * sheet out row by row (title, subtitle, notice, header; merges; the rows frozen and printed
 * on every page). Every sheet of the report model is built with it, so a cell, a verdict or
 * a merged title row is written one way; the styles are the palette's names and the number
 * formats are formats.ts's.
 */
import { PARTIAL_WORDS } from "../core";
import { NUMBER_FORMATS } from "./formats";
import type { CellStyle, ChartSpec, ReportCell, ReportSheet, ReportValue } from "./model";
import { ZH } from "../i18n";

/** A merged area, 0-based inclusive. */
export type MergedArea = NonNullable<ReportSheet["merges"]>[number];

/** A cell of a style (text by default); `extra` adds a number format or a note. */
export function cell(
  value: ReportValue,
  style: CellStyle = "text",
  extra: Partial<ReportCell> = {}
): ReportCell {
  return { value, style, ...extra };
}

/**
 * A number with its format, unrounded (the format shows what the form asks for); "—" where
 * there is no number (null, undefined, NaN, ±∞).
 */
export function num(
  value: number | null | undefined,
  numFmt: string,
  style: CellStyle = "text",
  note?: string
): ReportCell {
  const c: ReportCell = {
    value: value === null || value === undefined || !Number.isFinite(value) ? "—" : value,
    style,
    numFmt,
  };
  if (note) c.note = note;
  return c;
}

/**
 * 达标 / 未达标, green or red unless a style is given (borderline); 无法判定 (not a fail)
 * where nothing can be judged (null: a partial table).
 */
export function verdictCell(passes: boolean | null, style?: CellStyle, note?: string): ReportCell {
  const c =
    passes === null
      ? cell(PARTIAL_WORDS.undetermined.zh, "missing")
      : cell(
          passes ? ZH.report.sheet.pass : ZH.report.sheet.fail,
          style ?? (passes ? "pass" : "fail")
        );
  if (note) c.note = note;
  return c;
}

/** Thresholds as the policy text writes them: 1.0, 4.2, 2000; '—' where the profile sets none (2012). */
export function thresholdCell(threshold: number | null, style: CellStyle = "text"): ReportCell {
  if (threshold === null) return cell("—", style);
  return {
    value: threshold,
    style,
    numFmt:
      Number.isInteger(threshold) && Math.abs(threshold) >= 10
        ? NUMBER_FORMATS.whole
        : NUMBER_FORMATS.threshold,
  };
}

/** The print set-up of every sheet unless it says otherwise: landscape, fit to the page's width. */
const LANDSCAPE: NonNullable<ReportSheet["print"]> = { landscape: true, fitToWidth: true };

/** Builds a sheet row by row: a title, subtitles, a frozen header, merged areas. */
export class SheetBuilder {
  /** Rows frozen at the top and printed on every page (`top` and `freeze` set it). */
  headerRows = 0;

  constructor(
    readonly widths: number[],
    readonly rows: ReportCell[][] = [],
    readonly merges: MergedArea[] = []
  ) {}

  /** A builder that goes on adding to a sheet already built (its rows and merges). */
  static extending(sheet: ReportSheet): SheetBuilder {
    return new SheetBuilder(
      sheet.columns.map((c) => c.width),
      sheet.rows,
      (sheet.merges ??= [])
    );
  }

  get columnCount(): number {
    return this.widths.length;
  }

  /** The last column's index. */
  get last(): number {
    return this.widths.length - 1;
  }

  /** Merges an area; a single cell is left alone. */
  merge(startRow: number, startColumn: number, endRow: number, endColumn: number): void {
    if (endRow > startRow || endColumn > startColumn)
      this.merges.push({ startRow, startColumn, endRow, endColumn });
  }

  /** A row spanning every column (title, subtitle, section heading, note). */
  wide(text: string, style: CellStyle): number {
    const r = this.row([cell(text, style)]);
    this.merge(r, 0, r, this.last);
    return r;
  }

  row(cells: ReportCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** A header row of texts; "" cells are covered by a merge the caller adds. */
  header(texts: string[]): number {
    return this.row(texts.map((t) => cell(t, "header")));
  }

  blank(): void {
    this.rows.push([]);
  }

  /** The rows so far are the header: frozen and printed on every page. */
  freeze(): void {
    this.headerRows = this.rows.length;
  }

  /** Title, subtitle and notice rows, then the header row; all of them frozen. */
  top(title: string, subtitle: string, notice: string | undefined, header?: string[]): void {
    this.wide(title, "title");
    this.wide(subtitle, "subtitle");
    if (notice) this.wide(notice, "fail");
    if (header) this.header(header);
    this.freeze();
  }

  build(
    id: string,
    name: string,
    options: { print?: ReportSheet["print"]; charts?: ChartSpec[] } = {}
  ): ReportSheet {
    const sheet: ReportSheet = {
      name,
      id,
      columns: this.widths.map((width) => ({ width })),
      rows: this.rows,
      merges: this.merges,
      headerRows: this.headerRows,
      print: options.print ?? { ...LANDSCAPE },
    };
    if (options.charts && options.charts.length > 0) sheet.charts = options.charts;
    return sheet;
  }
}
