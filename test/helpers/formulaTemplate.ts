/**
 * The formula template (template --formulas) filled in as a county would: the example
 * county's schools and classes (examples/county-template.xlsx) copied into the template's
 * data sheets by header, with exceljs, the 测算 sheet's formulas kept. And what the CLI's
 * core says of the same file, to compare with.
 */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { readXlsx } from "../../src/cli/xlsx";
import { formulaTemplateSheet, templateSpec } from "../../src/report";
import { templateToXlsxBytes } from "../../src/report/xlsx";
import { NATIONAL_2017 } from "../../src/core/profiles";

export const EXAMPLE = path.join(__dirname, "../../examples/county-template.xlsx");

export async function filledFormulaTemplate(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await templateToXlsxBytes(NATIONAL_2017, { formulas: true })) as unknown as ArrayBuffer
  );
  const example = new ExcelJS.Workbook();
  await example.xlsx.readFile(EXAMPLE);
  for (const name of [templateSpec().schoolSheet, templateSpec().classSheet]) {
    const from = example.getWorksheet(name);
    const to = wb.getWorksheet(name);
    if (!from || !to) throw new Error(`no sheet ${name}`);
    const headerCol = new Map<string, number>();
    to.getRow(1).eachCell((c, col) => headerCol.set(String(c.value), col));
    const fromHeaders: (number | undefined)[] = [];
    from.getRow(1).eachCell((c, col) => (fromHeaders[col] = headerCol.get(String(c.value))));
    for (let r = 2; r <= from.rowCount; r++)
      from.getRow(r).eachCell((c, col) => {
        const target = fromHeaders[col];
        if (target !== undefined) to.getCell(r, target).value = c.value;
      });
  }
  return wb;
}

export function layout() {
  return formulaTemplateSheet(templateSpec(), NATIONAL_2017).layout;
}

/** The CLI's assessment of the example county (what examples/expected.json holds). */
export async function exampleAssessment() {
  return evaluate(readWorkbook(await readXlsx(EXAMPLE))).assessment;
}
