/**
 * Writing the report sheets of buildReport() into the workbook.
 *
 * Syncs that follow the bytes written, never the rows or schools as such (see writeReport):
 * a county's report is one request a sheet; a city's, whose biggest sheets would pass the
 * 5 MB Excel on the web accepts in one request, is sent in requests of at most
 * REQUEST_BUDGET_BYTES. Each sheet's values and number formats go as 2-D assignments of
 * bands of rows; the cells of each style are grouped into rectangles (styles.ts) and
 * formatted together through RangeAreas (ExcelApi 1.9), a few calls per style and chunk of
 * addresses. The values grow with the report; the formatting calls barely do.
 *
 * Which sheets are the add-in's: each report sheet is tagged by a hidden,
 * workbook-level named item "EduBalance_Report_<id>" that refers to its A1
 * (NamedItemCollection.add, ExcelApi 1.4). The reference follows the sheet when
 * it is renamed or moved and breaks (#REF!) when it is deleted, so a user's sheet
 * is never mistaken for ours: a user's sheet with a report's name keeps its data
 * and the report gets a suffix, "学校达标情况(2)".
 *
 * A report with formulas (buildReport's `formulas`, issue 27 §3) is first written with their
 * values; once every sheet has its final name, each formula goes over its value, its references
 * to a report sheet written under another name pointing at that name (Excel computes the value).
 */
import { EduError } from "../../core";
import { ZH } from "../../i18n";
import {
  capCellText,
  cellText,
  type ChartSpec,
  fontSizeOf,
  type ReportCell,
  type ReportSheet,
  type ReportWorkbook,
  renameSheetRefs,
  rowHeights,
  wrapColumns,
} from "../../report";
import { cellAddress, parseRangeAddress } from "./address";
import type { Supports } from "./read";
import { officeSupports } from "./read";
import {
  applyFormat,
  type CellRect,
  type ExcelCellFormat,
  groupIntoRectangles,
  STYLE_FORMATS,
} from "./styles";
import { WRITE_CANCELLED, type WrittenSheet } from "../../ui/gateway";

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
  // A loop, not Math.max(...rows): a city's class sheet has more rows than a call takes arguments.
  let width = sheet.columns.length;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  return width;
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

/**
 * Excel on the web refuses a request (what one context.sync() sends) over 5 MB, failing the
 * whole write ("RequestPayloadSizeLimitExceeded"); the desktop apps take more.
 */
export const EXCEL_REQUEST_LIMIT_BYTES = 5_000_000;

/**
 * What the writer lets one request carry, by its own estimate (requestBytes): under half of
 * Excel's limit, leaving room for what the estimate cannot see (Office.js's own framing of the
 * calls, text escaped in transport). A sheet larger than this goes in several requests.
 */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/** Our estimate of one queued call beyond the data it carries (Office.js frames each action and object path). */
export const CALL_BYTES = 200;

/** UTF-8 length of a text: what it weighs in a request. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // 3 bytes from U+0800 (a surrogate pair counts 6 for its 4: over, never under), 2 from U+0080.
    if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * A piece of a sheet's content: the calls it queues (no sync) and what they weigh by the
 * writer's estimate. writeReport packs consecutive steps into requests within the budget.
 */
export interface WriteStep {
  bytes: number;
  queue: () => void;
}

function formatCalls(f: ExcelCellFormat): number {
  const set = [
    f.bold,
    f.italic,
    f.fontSize,
    f.fontColor,
    f.fill,
    f.wrapText,
    f.horizontalAlignment,
    f.verticalAlignment,
  ].filter((v) => v !== undefined).length;
  return set + (f.borders ? 12 : 0);
}

/**
 * Everything one report sheet holds, as steps in the order they must be queued. The values and
 * number formats go as 2-D assignments of bands of whole rows, each band at most `bandBytes` by
 * the estimate (a band has at least one row); with the default, one band: the whole sheet.
 */
export function planSheetContent(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  supports: Supports,
  noteBudget = { remaining: NOTE_BUDGET },
  bandBytes = Infinity
): WriteStep[] {
  const steps: WriteStep[] = [];
  const step = (bytes: number, queue: () => void) => steps.push({ bytes, queue });
  const width = columnCount(sheet);
  const height = sheet.rows.length;
  if (height > 0 && width > 0) {
    const numberFormats: string[][] = [];
    const values: (string | number | boolean)[][] = [];
    const rowBytes: number[] = [];
    const measure = bandBytes !== Infinity;
    for (const row of sheet.rows) {
      const f: string[] = [];
      const v: (string | number | boolean)[] = [];
      for (let c = 0; c < width; c++) {
        f.push(cellNumberFormat(row[c]));
        v.push(cellValue(row[c]));
      }
      numberFormats.push(f);
      values.push(v);
      // The row's part of the two JSON arrays, with its separators.
      if (measure) rowBytes.push(utf8Length(JSON.stringify(f)) + utf8Length(JSON.stringify(v)) + 2);
    }
    for (let first = 0; first < height;) {
      let end = first + 1;
      let bytes = 2 * CALL_BYTES + (measure ? rowBytes[first] + 4 : 0);
      if (measure)
        while (end < height && bytes + rowBytes[end] <= bandBytes) bytes += rowBytes[end++];
      else end = height;
      const at = first;
      const count = end - first;
      step(bytes, () => {
        const band = ws.getRangeByIndexes(at, 0, count, width);
        // Number formats first: "@" must be in place before a text that looks like a formula arrives.
        band.numberFormat = count === height ? numberFormats : numberFormats.slice(at, at + count);
        band.values = count === height ? values : values.slice(at, at + count);
      });
      first = end;
    }
    step(CALL_BYTES * 2, () => {
      ws.getRangeByIndexes(0, 0, height, width).format.verticalAlignment = "Center";
    });
    // Long text wraps below the titles (report/layout.ts), one call per wrapped column.
    const firstBodyRow = sheet.rows.findIndex(
      (row) => !row.some((cell) => cell?.style === "title" || cell?.style === "subtitle")
    );
    if (firstBodyRow >= 0) {
      wrapColumns(sheet).forEach((w, c) => {
        if (w)
          step(CALL_BYTES * 2, () => {
            ws.getRangeByIndexes(firstBodyRow, c, height - firstBodyRow, 1).format.wrapText = true;
          });
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
        const [at, count, rowHeight] = [r, end - r, heights[r]];
        step(CALL_BYTES * 2, () => {
          ws.getRangeByIndexes(at, 0, count, 1).format.rowHeight = rowHeight;
        });
      }
      r = end;
    }
    for (const [rowHeight, runs] of runsByHeight)
      for (const chunk of chunkAddresses(runs))
        step(CALL_BYTES * 2 + chunk.length, () => {
          ws.getRanges(chunk).format.rowHeight = rowHeight;
        });
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
    const calls = CALL_BYTES * (1 + formatCalls(format));
    if (supports("ExcelApi", "1.9")) {
      // One style, one format for all its rectangles at once (RangeAreas, ExcelApi 1.9): the calls
      // grow with the chunks of addresses, not with the failing cells of a big county.
      for (const chunk of chunkAddresses(rects.map(rectAddress)))
        step(calls + chunk.length, () => applyFormat(ws.getRanges(chunk), format));
    } else {
      // The pane refuses hosts below 1.9 (index.tsx); this stays for writers given a narrower `supports`.
      for (const rect of rects)
        step(calls, () =>
          applyFormat(
            ws.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount),
            format
          )
        );
    }
  }
  for (const m of sheet.merges ?? []) {
    step(CALL_BYTES * 2, () =>
      ws
        .getRangeByIndexes(
          m.startRow,
          m.startColumn,
          m.endRow - m.startRow + 1,
          m.endColumn - m.startColumn + 1
        )
        .merge(false)
    );
  }
  sheet.columns.forEach((col, c) => {
    if (col.width > 0)
      step(CALL_BYTES * 2, () => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(col.width);
      });
  });
  const headerRows = sheet.headerRows ?? 0;
  const print = sheet.print;
  step(CALL_BYTES * 6 + utf8Length(print?.footer ?? ""), () => {
    if (headerRows > 0) ws.freezePanes.freezeRows(headerRows);
    if (supports("ExcelApi", "1.9")) {
      if (headerRows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${headerRows}`);
      if (print) {
        ws.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
        if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
        if (print.footer)
          ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = print.footer;
      }
    }
  });
  // Notes (ExcelApi 1.18) say what a failing cell lacks; without them the fill still marks it
  // and the sheet's 说明 column says the same. Each note is one more call in the sheet's request,
  // so a big county gets the first NOTE_BUDGET and no more (calls and request size stay bounded).
  if (supports("ExcelApi", "1.18")) {
    let budget = noteBudget.remaining;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.note && budget > 0) {
          const note = capCellText(cell.note);
          step(CALL_BYTES * 2 + utf8Length(note), () =>
            ws.notes.add(ws.getRangeByIndexes(r, c, 1, 1), note)
          );
          budget--;
        }
      })
    );
    noteBudget.remaining = budget;
  }
  for (const chart of sheet.charts ?? [])
    step(
      CALL_BYTES * (12 + 6 * chart.series.length) +
        utf8Length(chart.title + chart.series.map((s) => s.name).join("")),
      () => writeChart(ws, chart)
    );
  return steps;
}

/** Most formula cells one call sets (a run down a column of a city's 表Ⅱ-2 is cut into pieces). */
export const FORMULA_RUN_MAX = 1000;

/**
 * The formulas of one report sheet (ReportCell.formula) as steps: each run of formula cells down
 * a column one call (表Ⅱ-2's students and values are columns: a few calls, however many
 * schools), "=" put first and every reference to a report sheet renamed as `renames` says (its
 * name in the report → the name it was written under).
 */
export function planFormulas(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  renames: ReadonlyMap<string, string>
): WriteStep[] {
  const steps: WriteStep[] = [];
  const formula = (r: number, c: number) => sheet.rows[r]?.[c]?.formula;
  const width = columnCount(sheet);
  for (let c = 0; c < width; c++)
    for (let r = 0; r < sheet.rows.length;) {
      if (formula(r, c) === undefined) {
        r++;
        continue;
      }
      const at = r;
      const run: string[][] = [];
      for (let f = formula(r, c); f !== undefined && run.length < FORMULA_RUN_MAX; r++) {
        run.push([`=${renameSheetRefs(f, renames)}`]);
        f = formula(r + 1, c);
      }
      const column = c;
      steps.push({
        bytes: CALL_BYTES * 2 + utf8Length(JSON.stringify(run)),
        queue: () => {
          ws.getRangeByIndexes(at, column, run.length, 1).formulas = run;
        },
      });
    }
  return steps;
}

/**
 * Queues the steps, sending a request (sync) before a step that would take it past `budget`
 * bytes by the estimate (`initial`: what the request already carries); bounded by bytes, not by
 * rows. `afterSend` runs after each request sent (a cancel check). Whether steps are queued and
 * not yet sent: the caller sends the last request.
 */
async function queueWithin(
  context: Excel.RequestContext,
  steps: Iterable<WriteStep>,
  budget: number,
  initial: number,
  afterSend?: () => void
): Promise<boolean> {
  let queued = initial;
  let count = 0;
  for (const step of steps) {
    if (count > 0 && queued + step.bytes > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queued = 0;
      count = 0;
      afterSend?.();
    }
    step.queue();
    queued += step.bytes;
    count++;
  }
  return count > 0;
}

/** Queues everything one report sheet holds, in one request's worth of calls. No sync. */
export function writeSheetContent(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  supports: Supports,
  noteBudget = { remaining: NOTE_BUDGET }
): void {
  for (const step of planSheetContent(ws, sheet, supports, noteBudget)) step.queue();
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
  /** Most bytes one request carries by the writer's estimate (REQUEST_BUDGET_BYTES); Infinity: one request a sheet. */
  requestBudget?: number;
}

/** The user cancelled the write (the wizard's 取消 button): the code the wizard knows (src/ui/gateway.ts). */
export { WRITE_CANCELLED };

function cancelled(): EduError {
  return new EduError(
    WRITE_CANCELLED,
    ZH.host.write.cancelled,
    "Cancelled: no report was written; the workbook is as it was"
  );
}

/**
 * Writes the report: replaces the add-in's own sheets from an earlier run (same
 * name, same position), adds the others, and never writes to a sheet it did not
 * create. The context.sync() calls depend on the bytes written, never on rows or
 * schools as such: 2 + one per report sheet + about one per REQUEST_BUDGET_BYTES of
 * content (a county's report fits one request a sheet; a city of 20,000 schools takes
 * a few more, each under Excel on the web's 5 MB):
 *
 * 1. look: which sheets exist, and which of them the add-in's markers point at;
 * 2. build: each report sheet under a temporary name, with all its content, in as
 *    few requests as the budget allows (consecutive steps packed up to it; no request
 *    carries two sheets). If Excel refuses anything here (a request too large, an API
 *    it lacks), or the user cancels between two requests, the half-built sheets are
 *    removed and the earlier report is intact;
 * 3. swap: the old report sheets go, the new ones take their names and positions,
 *    and are tagged. Only renames, deletions and names: nothing that can fail on content;
 * 4. formulas (a report built with `formulas`): over the values, in requests within the
 *    budget (one more sync for a county), references following the names given in 1.
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

  // 2. build: each sheet's steps packed into requests of at most `budget` bytes by the estimate.
  // Values go in bands of at most a quarter of the budget, so every request but a sheet's last is
  // over three quarters full: requests ≤ sheets + estimated bytes / (0.75 × budget).
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const building = plans.map(() => freeName(taken, "~EduBalance_new_"));
  const noteBudget = { remaining: NOTE_BUDGET };
  const added: Excel.Worksheet[] = [];
  try {
    for (const [i, plan] of plans.entries()) {
      if (options.signal?.aborted) throw cancelled();
      options.onProgress?.(i, plans.length, plan.name);
      const ws = sheets.add(building[i]);
      added.push(ws);
      await queueWithin(
        context,
        planSheetContent(ws, plan.sheet, supports, noteBudget, budget / 4),
        budget,
        CALL_BYTES,
        () => {
          if (options.signal?.aborted) throw cancelled();
        }
      );
      // The sheet's last request: no request carries more than one sheet.
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
    const tag = names.add(markerName(plan.sheet.id), added[i].getRange("A1"), ZH.host.write.marker);
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

  // 4. formulas, when the report has them: every sheet now exists under its final name.
  const renames = new Map(
    plans.filter((p) => p.name !== p.sheet.name).map((p) => [p.sheet.name, p.name])
  );
  const formulas = plans.flatMap((plan, i) => planFormulas(added[i], plan.sheet, renames));
  if (await queueWithin(context, formulas, budget, 0)) await context.sync();
  return plans.map((p) => ({ id: p.sheet.id, name: p.name, replaced: Boolean(p.replaces) }));
}
