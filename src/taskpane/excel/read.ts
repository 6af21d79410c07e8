/**
 * Reading the workbook: one batched request per wizard step (design.md: count
 * context.sync() and keep it independent of the number of schools).
 */
import {
  type CellValue,
  EduError,
  type MergedArea,
  recogniseSheets,
  type SheetCells,
} from "../../core";
import { fill, ZH } from "../../i18n";
import { parseRangeAddress, splitAreas } from "./address";
import type { SavedSetup, SourceChoice, SourceData, WorkbookOverview } from "../../ui/gateway";

const T = ZH.host.read;

/** Whether the host supports a requirement set, e.g. supports('ExcelApi', '1.13'). */
export type Supports = (set: string, version: string) => boolean;

export function officeSupports(set: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Boolean(Office.context?.requirements?.isSetSupported(set, version))
    );
  } catch {
    return false;
  }
}

/**
 * The top-left window of each sheet that county-sheet recognition looks at: the
 * reader scans the first 400 rows and 8 columns of a sheet for its 指标 texts
 * (src/core/table/county.ts), and a county sheet has about a hundred rows.
 */
export const COUNTY_PREVIEW_ROWS = 400;
export const COUNTY_PREVIEW_COLUMNS = 8;
/**
 * The top of each sheet that school- and class-sheet recognition looks at: the
 * header is searched in the first 30 rows (a header block is at most 3 rows), and
 * a statistics export rarely has more than 80 columns.
 */
export const HEADER_PREVIEW_ROWS = 36;
export const HEADER_PREVIEW_COLUMNS = 80;

/** One preview of a sheet: the header window over the county window. */
export function joinPreview(
  name: string,
  header: readonly CellValue[][],
  county: readonly CellValue[][]
): SheetCells {
  const rows = Math.max(header.length, county.length);
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push([...(header[r] ?? county[r] ?? [])]);
  return { name, values };
}

/**
 * The sheet list, the active sheet, the selection, and which sheet looks like a
 * county sheet: what step 1 offers. Three syncs, whatever the workbook holds:
 * 1. the sheets' names (the windows below need them);
 * 2. two fixed windows of each visible sheet (its header rows, its first columns),
 *    for recognising the school, class and county sheets by content. Best effort:
 *    if Excel refuses, the user picks the sheets by hand;
 * 3. the selection, asked for alone because Excel refuses getSelectedRange() when
 *    a chart or several areas are selected, and that must not sink the rest.
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  saved: SavedSetup | null
): Promise<WorkbookOverview> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const overview: WorkbookOverview = {
    sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    activeSheet: active.name,
    saved,
  };
  try {
    const windows = sheets.items
      .filter((s) => s.visibility === "Visible")
      .map((s) => {
        const range = s.getRangeByIndexes(0, 0, COUNTY_PREVIEW_ROWS, COUNTY_PREVIEW_COLUMNS);
        range.load("values");
        const top = s.getRangeByIndexes(0, 0, HEADER_PREVIEW_ROWS, HEADER_PREVIEW_COLUMNS);
        top.load("values");
        return { name: s.name, range, top };
      });
    await context.sync();
    // The school, class and county sheets by content, as the CLI finds them (whatever sheet is active).
    const recognised = recogniseSheets(
      windows.map((w) =>
        joinPreview(w.name, w.top.values as CellValue[][], w.range.values as CellValue[][])
      )
    );
    overview.recognised = recognised;
    if (recognised.county) overview.countySheet = recognised.county;
  } catch {
    // Recognition is a convenience: step 1 still lists every sheet.
  }
  try {
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    const parsed = parseRangeAddress(selected.address);
    if (parsed) {
      overview.selectionSheet = parsed.sheet ?? active.name;
      overview.selectionAddress = selected.address.slice(selected.address.lastIndexOf("!") + 1);
    }
  } catch {
    // Nothing usable is selected: the wizard just does not offer the selection.
  }
  return overview;
}

interface PendingRange {
  range: Excel.Range;
  sheet: Excel.Worksheet;
  merges?: Excel.RangeAreas;
}

function loadRange(range: Excel.Range, sheet: Excel.Worksheet, supports: Supports): PendingRange {
  range.load("values,address,rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name");
  // Two-row headers with merged group cells (template.md §1) need the merged areas; ExcelApi 1.13 has them.
  // Asked of the whole sheet, not of `range`: a used range may be a null object (an empty sheet), and
  // a method called on one fails the whole request. toSheetCells clips the areas to the range read.
  let merges: Excel.RangeAreas | undefined;
  if (supports("ExcelApi", "1.13")) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load("address");
  }
  return { range, sheet, merges };
}

function toSheetCells(pending: PendingRange): SheetCells {
  const { range, sheet } = pending;
  const values = (range.values as unknown[][]).map((row) => row.map((v) => v as CellValue));
  const origin = { row: range.rowIndex + 1, column: range.columnIndex + 1 };
  const cells: SheetCells = { name: sheet.name, values, origin };
  if (pending.merges && !pending.merges.isNullObject && pending.merges.address) {
    const merges: MergedArea[] = [];
    for (const area of splitAreas(pending.merges.address)) {
      const p = parseRangeAddress(area);
      if (!p) continue;
      // Relative to values[0][0], clipped to the range that was read.
      const startRow = Math.max(p.row - range.rowIndex, 0);
      const startColumn = Math.max(p.column - range.columnIndex, 0);
      const endRow = Math.min(p.row + p.rowCount - 1 - range.rowIndex, range.rowCount - 1);
      const endColumn = Math.min(
        p.column + p.columnCount - 1 - range.columnIndex,
        range.columnCount - 1
      );
      if (endRow >= startRow && endColumn >= startColumn)
        merges.push({ startRow, startColumn, endRow, endColumn });
    }
    if (merges.length > 0) cells.merges = merges;
  }
  return cells;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

/**
 * Reads the school table, the optional class sheet and the optional county sheet in one sync. The used
 * range is taken with valuesOnly, so formatting far below the data does not
 * make the reader walk a million empty rows.
 */
export async function readSources(
  context: Excel.RequestContext,
  choice: SourceChoice,
  supports: Supports = officeSupports
): Promise<SourceData> {
  const book = context.workbook;
  let school: PendingRange;
  let schoolSheetName: string | undefined;
  let selectionRange: Excel.Range | undefined;
  let usedRange: Excel.Range | undefined;
  switch (choice.school.kind) {
    case "activeSheet": {
      const sheet = book.worksheets.getActiveWorksheet();
      usedRange = sheet.getUsedRangeOrNullObject(true);
      school = loadRange(usedRange, sheet, supports);
      break;
    }
    case "selection": {
      selectionRange = book.getSelectedRange();
      // A navigation property: a proxy to load from, no value to read before a sync.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const sheet = selectionRange.worksheet;
      // A whole-column selection is a million rows: read only the part that holds values.
      const part = selectionRange.getIntersectionOrNullObject(sheet.getUsedRange(true));
      usedRange = part;
      school = loadRange(part, sheet, supports);
      break;
    }
    case "sheet": {
      schoolSheetName = choice.school.sheet;
      const sheet = book.worksheets.getItem(choice.school.sheet);
      usedRange = sheet.getUsedRangeOrNullObject(true);
      school = loadRange(usedRange, sheet, supports);
      break;
    }
    case "range": {
      schoolSheetName = choice.school.sheet;
      const sheet = book.worksheets.getItem(choice.school.sheet);
      school = loadRange(sheet.getRange(choice.school.address), sheet, supports);
      break;
    }
  }
  let classes: PendingRange | undefined;
  let classUsed: Excel.Range | undefined;
  if (choice.classSheet) {
    const sheet = book.worksheets.getItem(choice.classSheet);
    classUsed = sheet.getUsedRangeOrNullObject(true);
    classes = loadRange(classUsed, sheet, supports);
  }
  let county: PendingRange | undefined;
  let countyUsed: Excel.Range | undefined;
  if (
    choice.countySheet &&
    choice.countySheet !== choice.classSheet &&
    choice.countySheet !== schoolSheetName
  ) {
    const sheet = book.worksheets.getItem(choice.countySheet);
    countyUsed = sheet.getUsedRangeOrNullObject(true);
    county = loadRange(countyUsed, sheet, supports);
  }
  try {
    await context.sync();
  } catch (e) {
    const code = errorCode(e);
    if (code === "ItemNotFound") {
      const names = [schoolSheetName, choice.classSheet, county ? choice.countySheet : null].filter(
        (n): n is string => Boolean(n)
      );
      throw new EduError(
        "sheetNotFound",
        fill(T.sheetsNotFound, { names: names.join(T.or) }),
        `Sheet "${names.join('" or "')}" was not found: it may have been renamed or deleted. Choose the source again.`
      );
    }
    if (choice.school.kind === "selection") {
      throw new EduError(
        "selectionEmpty",
        T.selectionEmpty,
        "The selection holds no data: select the school table (with its header) and try again."
      );
    }
    throw e;
  }
  // usedRange is undefined when no range was asked for; isNullObject is tested here.
  // eslint-disable-next-line office-addins/test-for-null-using-isNullObject
  if (usedRange && usedRange.isNullObject) {
    const where =
      choice.school.kind === "selection"
        ? T.selection
        : fill(T.sheet, { sheet: school.sheet.name });
    const whereEn =
      choice.school.kind === "selection" ? "The selection" : `Sheet "${school.sheet.name}"`;
    throw new EduError("sourceEmpty", fill(T.noData, { where }), `${whereEn} holds no data.`);
  }
  if (classes && classUsed?.isNullObject) {
    throw new EduError(
      "classSheetEmpty",
      fill(T.classSheetEmpty, { sheet: String(choice.classSheet) }),
      `Class sheet "${choice.classSheet}" holds no data.`
    );
  }
  if (county && countyUsed?.isNullObject) {
    throw new EduError(
      "countySheetEmpty",
      fill(T.countySheetEmpty, { sheet: String(choice.countySheet) }),
      `County sheet "${choice.countySheet}" holds no data.`
    );
  }
  const schoolCells = toSheetCells(school);
  let resolved: SavedSetup["school"];
  if (choice.school.kind === "selection" || choice.school.kind === "range") {
    const addr = school.range.address;
    resolved = {
      kind: "range",
      sheet: school.sheet.name,
      address: addr.slice(addr.lastIndexOf("!") + 1),
    };
  } else {
    resolved = { kind: "sheet", sheet: school.sheet.name };
  }
  return {
    school: schoolCells,
    classes: classes ? toSheetCells(classes) : null,
    county: county ? toSheetCells(county) : null,
    resolved,
  };
}

/** Selects what an input issue names: the cell, else its row, else its column, else the sheet's A1. */
export async function selectIssueCell(
  context: Excel.RequestContext,
  sheetName: string,
  row?: number,
  column?: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  let address = "A1";
  if (row !== undefined && column) address = `${column}${row}`;
  else if (row !== undefined) address = `${row}:${row}`;
  else if (column) address = `${column}:${column}`;
  sheet.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") {
      throw new EduError(
        "sheetNotFound",
        fill(T.sheetNotFound, { sheet: sheetName }),
        `Sheet "${sheetName}" was not found.`
      );
    }
    throw e;
  }
}
