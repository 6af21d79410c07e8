/**
 * The CLI's former reader (through exceljs's object model, with src/cli/zipGuard.ts's checks
 * before it), kept only so that tests can compare the streamed reader of src/workbook with
 * what the CLI read before it (issue 11: same JSON, byte for byte). Not used by the product.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetCells } from "../../src/core/types";
import { parseRange, UNCALCULATED_FORMULA } from "../../src/workbook";

export async function readXlsxWithExceljs(file: string): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => sheetCells(ws));
}

function sheetCells(ws: ExcelJS.Worksheet): SheetCells {
  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let line: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = normaliseValue(cell.value);
      if (value === "") return;
      if (line === undefined) {
        line = [];
        rows.push(line);
        rowNumbers.push(rowNumber);
        lastRow = rowNumber;
      }
      line[colNumber - 1] = value;
      if (colNumber > lastCol) lastCol = colNumber;
    });
  });
  const merges: MergedArea[] = [];
  const modelMerges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of modelMerges) {
    const area = parseRange(range);
    if (area) merges.push(area);
  }
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.endRow + 1);
    lastCol = Math.max(lastCol, m.endColumn + 1);
  }
  const values: CellValue[][] = [];
  let next = 0;
  for (let r = 0; r < lastRow; r++) {
    if (next < rows.length && rowNumbers[next] === r + 1) {
      const line = rows[next++];
      for (let c = 0; c < lastCol; c++) if (line[c] === undefined) line[c] = "";
      values.push(line);
    } else values.push(new Array<CellValue>(lastCol).fill(""));
  }
  const result: SheetCells = { name: ws.name, values, origin: { row: 1, column: 1 } };
  if (merges.length > 0) result.merges = merges;
  return result;
}

/** exceljs cell value → number | string | boolean | Date | '' as Office.js gives it. */
export function normaliseValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      if (!("result" in v) || v.result === undefined || v.result === null)
        return UNCALCULATED_FORMULA;
      return normaliseValue(v.result);
    }
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    }
    if ("error" in v && typeof v.error === "string") return v.error;
    if ("hyperlink" in v || "text" in v) return normaliseValue(v.text);
  }
  return String(value);
}
