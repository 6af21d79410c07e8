/**
 * Writes examples/functions-template.xlsx: the sample county (src/cli/examples/sampleCounty.ts)
 * with sheets of =EDU.* formulas (build.ts), each formula cell holding its calculated result
 * (HyperFormula with the EDU functions, hyperformula.ts) so the file shows numbers before
 * Excel recalculates.
 *
 * In the file, a formula calling an add-in's custom function is stored the way Excel itself
 * saves one: EDU.VARIATION_COEF( as _xldudf_EDU_VARIATION_COEF( . Excel maps it back to the
 * EDU function once the add-in's metadata is loaded; a plain "EDU.VARIATION_COEF(" in the
 * file would be an unknown name to Excel.
 *
 * This script writes with exceljs directly rather than through src/cli/xlsx.ts, because the
 * report model has no formula cells. Run: npm run examples:functions [output.xlsx]
 */
import "../../test/functions/customFunctionsStandIn";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { DetailedCellError } from "hyperformula";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { evaluate } from "../../src/core";
import { buildFunctionsTemplate, type TemplateCell } from "./build";
import { evaluateSheets } from "./hyperformula";

/** EDU.NAME( → _xldudf_EDU_NAME( : the file-format name of an add-in custom function. */
export function toFileFormula(formula: string): string {
  return formula.replace(/\bEDU\.([A-Z0-9_]+)\(/g, "_xldudf_EDU_$1(");
}

const STYLE: Record<NonNullable<TemplateCell["style"]>, Partial<ExcelJS.Style>> = {
  header: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  label: { font: { bold: true } },
  county: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
  },
  note: { font: { color: { argb: "FF595959" } } },
};

export async function writeFunctionsTemplate(file: string): Promise<void> {
  const county = sampleCounty();
  const template = buildFunctionsTemplate(
    county,
    evaluate({ schools: county.schools, classes: county.classes }).assessment
  );
  const hf = evaluateSheets(template.sheets);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  // Fixed dates, so regenerating an unchanged template gives the same workbook.
  workbook.created = new Date(Date.UTC(2024, 8, 1));
  workbook.modified = workbook.created;
  for (const sheet of template.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [{}],
    });
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const sheetId = hf.getSheetId(sheet.name)!;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (
          cell.formula === undefined &&
          (cell.value === undefined || cell.value === null) &&
          !cell.style
        )
          return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.formula !== undefined) {
          const result = hf.getCellValue({ sheet: sheetId, row: r, col: c });
          if (result instanceof DetailedCellError) {
            throw new Error(
              `${sheet.name} 第 ${r + 1} 行第 ${c + 1} 列的公式计算出错：${result.value} ${result.message}`
            );
          }
          target.value = {
            formula: toFileFormula(cell.formula),
            result: result ?? "",
          } as ExcelJS.CellFormulaValue;
        } else if (cell.value !== undefined) {
          target.value = cell.value;
        }
        if (cell.style) Object.assign(target, STYLE[cell.style]);
        if (cell.numFmt) target.numFmt = cell.numFmt;
      })
    );
  }
  await workbook.xlsx.writeFile(file);
}

if (require.main === module || process.argv[1] === __filename) {
  const out = path.resolve(
    process.argv[2] ?? path.join(__dirname, "../../examples/functions-template.xlsx")
  );
  writeFunctionsTemplate(out).then(
    () => console.log(`已写入 ${out}`),
    (e) => {
      console.error(`生成失败：${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    }
  );
}
