/**
 * One-school forms (issue 23 §6) filled as a school fills them: the form the CLI's
 * `template --school` writes (schoolFormToXlsxBytes), its 填报值 cells set with exceljs from a
 * row of the example county's school sheet (examples/county-template.xlsx).
 */
import * as ExcelJS from "exceljs";
import * as path from "path";
import type { CellValue } from "../../src/core";
import { readXlsx } from "../../src/cli/xlsx";
import { schoolFormToXlsxBytes } from "../../src/report/xlsx";

const TEMPLATE = path.resolve(__dirname, "../../examples/county-template.xlsx");

/** The example county's school sheet: its header and its school rows. */
export async function exampleCounty(): Promise<{ headers: string[]; rows: CellValue[][] }> {
  const sheet = (await readXlsx(TEMPLATE)).find((s) => s.name === "学校基础数据")!;
  return {
    headers: sheet.values[0].map(String),
    rows: sheet.values.slice(1).filter((r) => r.some((v) => v !== null && v !== "")),
  };
}

/** The form's bytes filled with `row` (by the county header), `edit` changing items by label. */
export async function filledFormBytes(
  headers: string[],
  row: CellValue[],
  edit: Record<string, CellValue> = {}
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const blank = await schoolFormToXlsxBytes();
  await wb.xlsx.load(
    blank.buffer.slice(blank.byteOffset, blank.byteOffset + blank.byteLength) as ArrayBuffer
  );
  wb.worksheets[0].eachRow((r) => {
    const label = r.getCell(1).value;
    if (typeof label !== "string") return;
    const i = headers.findIndex((h) => h === label || h.startsWith(`${label}（`));
    const value = label in edit ? edit[label] : i < 0 ? undefined : row[i];
    if (value !== undefined && value !== null && value !== "")
      r.getCell(3).value = value as ExcelJS.CellValue;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
