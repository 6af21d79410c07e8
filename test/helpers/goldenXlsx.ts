/**
 * The golden cases (test/cases/NAME/input.json: the sheets as the table reader takes them)
 * written as .xlsx files by exceljs, for the tests that read real workbooks: the reader against
 * the former one (test/workbook/parity.test.ts) and on two threads (test/workbook/threads.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";

export const CASES = path.resolve(__dirname, "../cases");

export interface GoldenInput {
  sheets: SheetCells[];
  options?: Parameters<typeof readWorkbook>[1];
}

/** The golden cases that have an input workbook. */
export function goldenCaseNames(): string[] {
  return fs.readdirSync(CASES).filter((d) => fs.existsSync(path.join(CASES, d, "input.json")));
}

export function goldenInput(name: string): GoldenInput {
  return JSON.parse(fs.readFileSync(path.join(CASES, name, "input.json"), "utf8")) as GoldenInput;
}

/** A case's sheets as an .xlsx (values at their origin, merges as merged cells). */
export async function goldenXlsx(input: GoldenInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of input.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const top = sheet.origin?.row ?? 1;
    const left = sheet.origin?.column ?? 1;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null) ws.getCell(top + r, left + c).value = v as ExcelJS.CellValue;
      })
    );
    for (const m of sheet.merges ?? [])
      ws.mergeCells(top + m.startRow, left + m.startColumn, top + m.endRow, left + m.endColumn);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
