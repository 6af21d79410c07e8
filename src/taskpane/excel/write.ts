/**
 * Writing the report sheets of buildReport() into the workbook.
 *
 * A fixed number of syncs whatever the number of schools (see writeReport). Each sheet's
 * values and number formats go as one 2-D assignment; the cells of each style are
 * grouped into rectangles (styles.ts) and formatted together through RangeAreas
 * (ExcelApi 1.9), a few calls per style and chunk of addresses. The values grow
 * with the report; the round trips do not, and the formatting calls barely do.
 *
 * Which sheets are the add-in's: each report sheet is tagged by a hidden,
 * workbook-level named item "EduBalance_Report_<id>" that refers to its A1
 * (NamedItemCollection.add, ExcelApi 1.4). The reference follows the sheet when
 * it is renamed or moved and breaks (#REF!) when it is deleted, so a user's sheet
 * is never mistaken for ours: a user's sheet with a report's name keeps its data
 * and the report gets a suffix, "学校达标情况(2)".
 */
import { EduError } from "../../core";
import { capCellText, cellText } from "../../report/cellText";
import type { ChartSpec, ReportCell, ReportSheet, ReportWorkbook } from "../../report/model";
import { rowHeights, wrapColumns } from "../../report/layout";
import { fontSizeOf } from "../../report/formats";
import { cellAddress, parseRangeAddress } from "./address";
import type { Supports } from "./read";
import { officeSupports } from "./read";
import { applyFormat, type CellRect, groupIntoRectangles, STYLE_FORMATS } from "./styles";
import type { WrittenSheet } from "./types";

export const MARKER_PREFIX = "EduBalance_Report_";

/**
 * Most notes written per report (see writeSheetContent). Each note is its own call, and with the
 * styles formatted per style (RangeAreas) the notes were most of a big county's calls (2,000 of
 * ~3,000 at 5,000 schools). The notes repeat what the rows already show (the 说明 column names each
 * shortfall, the 标准值 row the standard, the class-size rows the students and the limit), so the
 * first 300 failing cells get one and the rest rely on the row.
 */
export const NOTE_BUDGET = 300;

/** The named item that tags the report sheet of a role (ReportSheet.id). */
export function markerName(sheetId: string): string {
  return MARKER_PREFIX + sheetId.replace(/[^A-Za-z0-9_]/g, "_");
}

/** Excel refuses these in sheet names; a name is at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, 31);
}

export interface ExistingSheet {
  name: string;
  position: number;
}

export interface SheetPlan {
  sheet: ReportSheet;
  /** The name the new sheet gets. */
  name: string;
  /** The add-in's earlier sheet of this role, replaced in place. */
  replaces?: ExistingSheet;
}

/**
 * Decides every sheet's name. `ours` maps a report role to the existing sheet
 * its marker points at. Sheet names compare case-insensitively, as in Excel.
 */
export function planReportSheets(
  report: ReportWorkbook,
  existing: readonly ExistingSheet[],
  ours: ReadonlyMap<string, ExistingSheet>
): SheetPlan[] {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const plans: SheetPlan[] = [];
  for (const sheet of report.sheets) {
    const previous = ours.get(sheet.id);
    if (previous) {
      plans.push({ sheet, name: previous.name, replaces: previous });
      continue;
    }
    const base = cleanSheetName(sheet.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    plans.push({ sheet, name });
  }
  return plans;
}

function columnCount(sheet: ReportSheet): number {
  return Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length), 0);
}

/** Strings are written as text (numberFormat "@"): a school called "=1+1" stays a name, never a formula. */
function cellNumberFormat(cell: ReportCell | undefined): string {
  if (!cell) return "General";
  if (cell.numFmt) return cell.numFmt;
  return typeof cell.value === "string" ? "@" : "General";
}

/**
 * Office.js reads a string given to range.values as if typed: "=…" becomes a formula unless
 * the cell is text. Besides the "@" format, a text that starts like a formula gets Excel's
 * own escape, a leading apostrophe, which Excel keeps out of the value (report/cellText.ts).
 */
function cellValue(cell: ReportCell | undefined): string | number | boolean {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) return "";
  // Capped at Excel's 32,767 characters; the apostrophe for a text that begins like a formula.
  if (typeof cell.value === "string") return cellText(cell.value, "excel").value;
  return cell.value;
}

/** Column width in characters → points (Excel's default font: ~7 px a character plus 5 px padding; 0.75 pt a px). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

type ExcelChartTypeName = "ColumnClustered" | "Line" | "BarClustered";
const CHART_TYPES: Record<ChartSpec["kind"], ExcelChartTypeName> = {
  columnClustered: "ColumnClustered",
  line: "Line",
  barClustered: "BarClustered",
};
const SERIES_TYPES: Record<"line" | "column", ExcelChartTypeName> = {
  line: "Line",
  column: "ColumnClustered",
};

function writeChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  if (spec.series.length === 0) return;
  const rows = (first: number, last: number) => Math.max(last - first + 1, 1);
  const categories = ws.getRangeByIndexes(
    spec.categories.firstRow,
    spec.categories.column,
    rows(spec.categories.firstRow, spec.categories.lastRow),
    1
  );
  const [first, ...rest] = spec.series;
  const firstValues = ws.getRangeByIndexes(
    first.firstRow,
    first.column,
    rows(first.firstRow, first.lastRow),
    1
  );
  const chart = ws.charts.add(CHART_TYPES[spec.kind], firstValues, "Columns");
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  if (first.kind) s0.chartType = SERIES_TYPES[first.kind];
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRangeByIndexes(s.firstRow, s.column, rows(s.firstRow, s.lastRow), 1));
    series.setXAxisValues(categories);
    if (s.kind) series.chartType = SERIES_TYPES[s.kind];
  }
  const a = spec.anchor;
  chart.setPosition(
    cellAddress(a.row, a.column),
    cellAddress(a.row + Math.max(a.heightRows, 1) - 1, a.column + Math.max(a.widthColumns, 1) - 1)
  );
}

/**
 * Bounds on one Worksheet.getRanges address list. Microsoft documents no limit, but reports
 * (OfficeDev/office-js#5198) show lists of ~500 areas / ~8,000 characters refused as an invalid
 * argument while shorter ones pass; these bounds stay well below.
 */
export const RANGE_AREAS_MAX_CHARS = 2000;
export const RANGE_AREAS_MAX_AREAS = 200;

/** "B3" for one cell, "B3:D5" for a rectangle. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  return rect.rowCount === 1 && rect.columnCount === 1
    ? first
    : `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** Joins addresses into comma lists within the getRanges bounds above. */
export function chunkAddresses(
  addresses: readonly string[],
  maxChars = RANGE_AREAS_MAX_CHARS,
  maxAreas = RANGE_AREAS_MAX_AREAS
): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    const added = current.length === 0 ? a.length : length + 1 + a.length;
    if (current.length > 0 && (added > maxChars || current.length >= maxAreas)) {
      chunks.push(current.join(","));
      current = [a];
      length = a.length;
    } else {
      current.push(a);
      length = added;
    }
  }
  if (current.length > 0) chunks.push(current.join(","));
  return chunks;
}

/** Queues everything one report sheet holds. No sync. */
export function writeSheetContent(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  supports: Supports,
  noteBudget = { remaining: NOTE_BUDGET }
): void {
  const width = columnCount(sheet);
  const height = sheet.rows.length;
  if (height > 0 && width > 0) {
    const numberFormats: string[][] = [];
    const values: (string | number | boolean)[][] = [];
    for (const row of sheet.rows) {
      const f: string[] = [];
      const v: (string | number | boolean)[] = [];
      for (let c = 0; c < width; c++) {
        f.push(cellNumberFormat(row[c]));
        v.push(cellValue(row[c]));
      }
      numberFormats.push(f);
      values.push(v);
    }
    const block = ws.getRangeByIndexes(0, 0, height, width);
    // Number formats first: "@" must be in place before a text that looks like a formula arrives.
    block.numberFormat = numberFormats;
    block.values = values;
    block.format.verticalAlignment = "Center";
    // Long text wraps below the titles (report/layout.ts), one call per wrapped column.
    const firstBodyRow = sheet.rows.findIndex(
      (row) => !row.some((cell) => cell?.style === "title" || cell?.style === "subtitle")
    );
    if (firstBodyRow >= 0) {
      const wrap = wrapColumns(sheet);
      wrap.forEach((w, c) => {
        if (w)
          ws.getRangeByIndexes(firstBodyRow, c, height - firstBodyRow, 1).format.wrapText = true;
      });
    }
    // Row heights from the wrapped text (report/layout.ts), the same as the CLI's: the runs of
    // rows of equal height, gathered by height into RangeAreas (like the styles below), so the
    // calls stay few however many schools there are.
    const heights = sheet.rowHeights ?? rowHeights(sheet, fontSizeOf);
    const areas = supports("ExcelApi", "1.9");
    const runsByHeight = new Map<number, string[]>();
    for (let r = 0; r < heights.length;) {
      let end = r + 1;
      while (end < heights.length && heights[end] === heights[r]) end++;
      if (areas) {
        const runs = runsByHeight.get(heights[r]) ?? [];
        runs.push(`A${r + 1}:A${end}`);
        runsByHeight.set(heights[r], runs);
      } else {
        // Writers given a host below 1.9 (the pane refuses those): one call per run.
        ws.getRangeByIndexes(r, 0, end - r, 1).format.rowHeight = heights[r];
      }
      r = end;
    }
    for (const [rowHeight, runs] of runsByHeight)
      for (const chunk of chunkAddresses(runs)) ws.getRanges(chunk).format.rowHeight = rowHeight;
  }
  const byStyle = new Map<string, { row: number; column: number }[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.style || cell.style === "text") return;
      const list = byStyle.get(cell.style);
      if (list) list.push({ row: r, column: c });
      else byStyle.set(cell.style, [{ row: r, column: c }]);
    })
  );
  for (const [style, cells] of byStyle) {
    const format = STYLE_FORMATS[style as keyof typeof STYLE_FORMATS];
    if (!format) continue;
    const rects = groupIntoRectangles(cells);
    if (supports("ExcelApi", "1.9")) {
      // One style, one format for all its rectangles at once (RangeAreas, ExcelApi 1.9): the calls
      // grow with the chunks of addresses, not with the failing cells of a big county.
      for (const chunk of chunkAddresses(rects.map(rectAddress)))
        applyFormat(ws.getRanges(chunk), format);
    } else {
      // The pane refuses hosts below 1.9 (index.tsx); this stays for writers given a narrower `supports`.
      for (const rect of rects)
        applyFormat(
          ws.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount),
          format
        );
    }
  }
  for (const m of sheet.merges ?? []) {
    ws.getRangeByIndexes(
      m.startRow,
      m.startColumn,
      m.endRow - m.startRow + 1,
      m.endColumn - m.startColumn + 1
    ).merge(false);
  }
  sheet.columns.forEach((col, c) => {
    if (col.width > 0)
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(col.width);
  });
  if (sheet.headerRows && sheet.headerRows > 0) {
    ws.freezePanes.freezeRows(sheet.headerRows);
  }
  if (supports("ExcelApi", "1.9")) {
    if (sheet.headerRows && sheet.headerRows > 0)
      ws.pageLayout.setPrintTitleRows(`$1:$${sheet.headerRows}`);
    if (sheet.print) {
      ws.pageLayout.orientation = sheet.print.landscape ? "Landscape" : "Portrait";
      if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      if (sheet.print.footer)
        ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = sheet.print.footer;
    }
  }
  // Notes (ExcelApi 1.18) say what a failing cell lacks; without them the fill still marks it
  // and the sheet's 说明 column says the same. Each note is one more call in the sheet's request,
  // so a big county gets the first NOTE_BUDGET and no more (calls and request size stay bounded;
  // Excel on the web refuses requests over 5 MB).
  if (supports("ExcelApi", "1.18")) {
    let budget = noteBudget.remaining;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.note && budget > 0) {
          ws.notes.add(ws.getRangeByIndexes(r, c, 1, 1), capCellText(cell.note));
          budget--;
        }
      })
    );
    noteBudget.remaining = budget;
  }
  for (const chart of sheet.charts ?? []) writeChart(ws, chart);
}

/** A name no sheet has (for a sheet under construction, or an old one on its way out). */
function freeName(taken: Set<string>, prefix: string): string {
  let n = 1;
  let name = `${prefix}${n}`;
  while (taken.has(name.toLowerCase())) name = `${prefix}${++n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Best effort, after a failed build: removes the half-built sheets, which only the add-in knows. */
async function removeSheets(
  context: Excel.RequestContext,
  doomed: readonly string[]
): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const set = new Set(doomed.map((n) => n.toLowerCase()));
    sheets.items.filter((s) => set.has(s.name.toLowerCase())).forEach((s) => s.delete());
    await context.sync();
  } catch {
    // The first error is the one worth reporting.
  }
}

export interface WriteReportOptions {
  supports?: Supports;
  /** Called before each sheet is built: (sheets done, sheets in all, the sheet's name). */
  onProgress?: (done: number, total: number, sheet: string) => void;
  /** Aborted: no further sheet is built, the half-built ones are removed, the earlier report stays. */
  signal?: AbortSignal;
}

/** The user cancelled the write (the wizard's 取消 button). */
export const WRITE_CANCELLED = "writeCancelled";

function cancelled(): EduError {
  return new EduError(
    WRITE_CANCELLED,
    "已取消：报表未写入，工作簿保持原样",
    "Cancelled: no report was written; the workbook is as it was"
  );
}

/**
 * Writes the report: replaces the add-in's own sheets from an earlier run (same
 * name, same position), adds the others, and never writes to a sheet it did not
 * create. 2 + (number of report sheets) context.sync() calls, whatever the number
 * of schools:
 *
 * 1. look: which sheets exist, and which of them the add-in's markers point at;
 * 2. build: each report sheet under a temporary name, with all its content, one
 *    sync a sheet. If Excel refuses anything here (a request too large, an API it
 *    lacks), the half-built sheets are removed and the earlier report is intact;
 * 3. swap: the old report sheets go, the new ones take their names and positions,
 *    and are tagged. Only renames, deletions and names: nothing that can fail on content.
 */
export async function writeReport(
  context: Excel.RequestContext,
  report: ReportWorkbook,
  options: WriteReportOptions = {}
): Promise<WrittenSheet[]> {
  const supports = options.supports ?? officeSupports;
  const book = context.workbook;
  const sheets = book.worksheets;
  sheets.load("items/name,items/position");
  const names = book.names;
  names.load("items/name,items/value");
  await context.sync();

  const existing: ExistingSheet[] = sheets.items.map((s) => ({
    name: s.name,
    position: s.position,
  }));
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const markerNames = new Set<string>();
  const ours = new Map<string, ExistingSheet>();
  for (const item of names.items) {
    if (!item.name.startsWith(MARKER_PREFIX)) continue;
    markerNames.add(item.name);
    const target = typeof item.value === "string" ? parseRangeAddress(item.value) : undefined;
    const sheet = target?.sheet ? byName.get(target.sheet.toLowerCase()) : undefined;
    const role = report.sheets.find((s) => markerName(s.id) === item.name)?.id;
    if (role && sheet) ours.set(role, sheet);
  }
  const plans = planReportSheets(report, existing, ours);
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  plans.forEach((p) => taken.add(p.name.toLowerCase()));

  // 2. build, one request per sheet: the number of requests is the report's sheet count, whatever
  // the number of schools, and no request carries more than one sheet.
  const building = plans.map(() => freeName(taken, "~EduBalance_new_"));
  const noteBudget = { remaining: NOTE_BUDGET };
  const added: Excel.Worksheet[] = [];
  try {
    for (const [i, plan] of plans.entries()) {
      if (options.signal?.aborted) throw cancelled();
      options.onProgress?.(i, plans.length, plan.name);
      const ws = sheets.add(building[i]);
      writeSheetContent(ws, plan.sheet, supports, noteBudget);
      added.push(ws);
      // One sync per sheet on purpose: no request carries more than one sheet.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    // Cancelled while the last sheet was being built: still nothing of the new report is shown.
    if (options.signal?.aborted) throw cancelled();
  } catch (e) {
    await removeSheets(context, building);
    throw e;
  }

  // 3. swap: park the old sheets, give the new ones the names, then delete the old
  // (a workbook must keep a visible sheet, and two sheets never share a name).
  const parked: string[] = [];
  plans.forEach((plan, i) => {
    const marker = markerName(plan.sheet.id);
    if (markerNames.has(marker)) names.getItem(marker).delete();
    if (plan.replaces) {
      const park = freeName(taken, "~EduBalance_old_");
      sheets.getItem(plan.replaces.name).name = park;
      parked.push(park);
    }
    added[i].name = plan.name;
  });
  plans.forEach((plan, i) => {
    const tag = names.add(
      markerName(plan.sheet.id),
      added[i].getRange("A1"),
      "EduBalance 报表工作表标记（请勿删除）"
    );
    tag.visible = false;
  });
  for (const park of parked) sheets.getItem(park).delete();
  plans
    .map((plan, i) => ({ plan, ws: added[i] }))
    .filter((x) => x.plan.replaces)
    .sort((a, b) => a.plan.replaces!.position - b.plan.replaces!.position)
    .forEach(({ plan, ws }) => {
      ws.position = plan.replaces!.position;
    });
  if (added.length > 0) added[0].activate();
  await context.sync();
  return plans.map((p) => ({ id: p.sheet.id, name: p.name, replaced: Boolean(p.replaces) }));
}
