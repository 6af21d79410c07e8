/**
 * One sheet as the table reader wants it (what Office.js `range.values` gives, from A1), built
 * cell by cell as a file format's reader finds them, with the limits checked as they arrive:
 * a cell beyond Excel's size, a used range over the sheet's or the workbook's budget, or one
 * merged area too many ends the reading there, before the memory is taken.
 */
import { columnLetter, type CellValue, type MergedArea } from "../core";
import { fill, ZH } from "../i18n";
import type { WorkbookLimits } from "./limits";
import { findOverlappingMerges } from "./merges";
import { checkSheetExtent, refuse, tooManyMerges, workbookTooLarge } from "./refusals";
import type { WorkbookSheet } from "./types";

/** What the sheets of one workbook have used so far (cells, merges). */
export interface WorkbookBudget {
  cells: number;
  merges: number;
}

export class SheetBuilder {
  private readonly rows: (CellValue[] | undefined)[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns: [number, number][] = [];
  /** The used range so far: 1-based last row and column holding a value or a merge. */
  private lastRow = 0;
  private lastCol = 0;
  private readonly allowed: number;

  constructor(
    private readonly file: string,
    private readonly name: string,
    private readonly limits: WorkbookLimits,
    private readonly budget: WorkbookBudget
  ) {
    this.allowed = Math.min(limits.sheetCells, limits.workbookCells - budget.cells);
  }

  /** Grows the used range to (row, col), 1-based, refusing it when past a limit. */
  private reach(row: number, col: number): void {
    if (row <= this.lastRow && col <= this.lastCol) return;
    const rows = Math.max(row, this.lastRow);
    const cols = Math.max(col, this.lastCol);
    checkSheetExtent(this.file, this.name, rows, cols, this.limits);
    if (rows * cols > this.allowed)
      throw workbookTooLarge(
        this.file,
        this.name,
        this.budget.cells + rows * cols,
        this.limits.workbookCells
      );
    this.lastRow = rows;
    this.lastCol = cols;
  }

  /** A value at (row, col), 0-based; "" is no value (it does not widen the used range). */
  set(row: number, col: number, value: CellValue): void {
    if (value === "") return;
    this.reach(row + 1, col + 1);
    let line = this.rows[row];
    if (line === undefined) {
      line = [];
      this.rows[row] = line;
    }
    line[col] = value;
  }

  merge(area: MergedArea): void {
    if (++this.budget.merges > this.limits.merges)
      throw tooManyMerges(this.file, this.name, this.limits.merges);
    // A merged header may reach beyond the last value (a group title over empty columns).
    this.reach(area.endRow + 1, area.endColumn + 1);
    this.merges.push(area);
  }

  hideRow(row: number): void {
    if (row < this.limits.rows) this.hiddenRows.push(row);
  }

  hideColumns(first: number, last: number): void {
    if (first <= last && first < this.limits.columns)
      this.hiddenColumns.push([first, Math.min(last, this.limits.columns - 1)]);
  }

  /** The sheet, every row as wide as the used range and blanks as "" (what range.values gives). */
  finish(state?: "hidden" | "veryHidden"): WorkbookSheet {
    this.clearCoveredCells();
    this.budget.cells += this.lastRow * this.lastCol;
    const width = this.lastCol;
    const values: CellValue[][] = new Array<CellValue[]>(this.lastRow);
    for (let r = 0; r < this.lastRow; r++) {
      const line = this.rows[r];
      if (line === undefined) {
        values[r] = new Array<CellValue>(width).fill("");
        continue;
      }
      for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = "";
      values[r] = line;
    }
    const sheet: WorkbookSheet = { name: this.name, values, origin: { row: 1, column: 1 } };
    if (this.merges.length > 0) sheet.merges = this.merges;
    if (state) sheet.state = state;
    const hiddenRows = this.hiddenRows.filter((r) => r < this.lastRow);
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
    const hiddenColumns: number[] = [];
    for (const [first, last] of this.hiddenColumns)
      for (let c = first; c <= Math.min(last, width - 1); c++) hiddenColumns.push(c);
    if (hiddenColumns.length > 0)
      sheet.hiddenColumns = [...new Set(hiddenColumns)].sort((a, b) => a - b);
    return sheet;
  }

  /**
   * The covered cells of a merge read as empty, as in Office.js (the reader relies on that), and
   * only the values left count toward the used range; the merges themselves still do.
   */
  private clearCoveredCells(): void {
    if (this.merges.length === 0) return;
    // Merges must not overlap (Excel never saves it; which value would a cell covered twice
    // show?). Refused before the loop below, which overlapping ones could also make quadratic:
    // disjoint areas cover at most the used range, which the limits bound.
    const overlap = findOverlappingMerges(this.merges);
    if (overlap) {
      const [a, b] = overlap.map(areaText);
      throw refuse(
        "overlappingMerges",
        fill(ZH.host.overlappingMerges, { file: this.file, sheet: this.name, a, b }),
        `cannot read ${this.file}: sheet "${this.name}" has overlapping merged areas ${a} and ${b}`
      );
    }
    const dataRows = this.rows.length;
    for (const m of this.merges) {
      for (let r = m.startRow; r <= Math.min(m.endRow, dataRows - 1); r++) {
        const line = this.rows[r];
        if (line === undefined) continue;
        for (let c = m.startColumn; c <= Math.min(m.endColumn, line.length - 1); c++)
          if (r !== m.startRow || c !== m.startColumn) line[c] = undefined as unknown as CellValue;
      }
    }
    let lastRow = 0;
    let lastCol = 0;
    for (let r = 0; r < dataRows; r++) {
      const line = this.rows[r];
      if (line === undefined) continue;
      let end = line.length;
      while (end > 0 && line[end - 1] === undefined) end--;
      if (end === 0) {
        this.rows[r] = undefined;
        continue;
      }
      line.length = end;
      lastRow = r + 1;
      if (end > lastCol) lastCol = end;
    }
    for (const m of this.merges) {
      lastRow = Math.max(lastRow, m.endRow + 1);
      lastCol = Math.max(lastCol, m.endColumn + 1);
    }
    this.lastRow = lastRow;
    this.lastCol = lastCol;
  }
}

/** A merged area as Excel writes it: "AE1:AG5". */
function areaText(m: MergedArea): string {
  return `${columnLetter(m.startColumn)}${m.startRow + 1}:${columnLetter(m.endColumn)}${m.endRow + 1}`;
}
