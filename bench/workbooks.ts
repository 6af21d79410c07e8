/**
 * The workbooks the whole-process benchmarks read, written with exceljs's
 * streaming writer (shared strings, as Excel saves them):
 * - the clean data template (学校基础数据 + 班级, template.md §1–2) that the CLI reads;
 * - formula workbooks: the template's data plus sheets of formulas (native or =EDU.*),
 *   stored without cached results, so whoever opens them must calculate.
 */
import * as ExcelJS from "exceljs";
import { templateHeaders } from "../src/core/table";
import { STAGE_NAMES } from "../src/core/vocabulary";
import type { TemplateSheet } from "../scripts/functionsTemplate/build";
import { templateCell, type SyntheticCounty } from "./synthetic";

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
};

function writer(file: string): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
}

/** The county in the clean data template, as a county's statistician would hand it over. */
export async function writeTemplateWorkbook(county: SyntheticCounty, file: string): Promise<void> {
  const wb = writer(file);
  const { schoolSheet, classSheet } = templateHeaders();
  const ws = wb.addWorksheet(schoolSheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = ws.addRow(schoolSheet.headers);
  header.eachCell((c) => Object.assign(c, HEADER_STYLE));
  header.commit();
  const money = schoolSheet.fields.indexOf("equipmentValue") + 1;
  for (const s of county.schools) {
    const row = ws.addRow(schoolSheet.fields.map((f) => templateCell(s, f)));
    row.getCell(money).numFmt = "0.00";
    row.commit();
  }
  ws.commit();
  const wc = wb.addWorksheet(classSheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const classHeader = wc.addRow(classSheet.headers);
  classHeader.eachCell((c) => Object.assign(c, HEADER_STYLE));
  classHeader.commit();
  for (const c of county.classes) {
    wc.addRow(
      classSheet.fields.map((f) =>
        f === "stage" ? STAGE_NAMES[c.stage] : (c as unknown as Record<string, string | number>)[f]
      )
    ).commit();
  }
  wc.commit();
  await wb.commit();
}

/** Template sheets (values and formulas without "=") as an .xlsx whose formula cells have no cached result. */
export async function writeFormulaWorkbook(
  sheets: readonly TemplateSheet[],
  file: string
): Promise<void> {
  const wb = writer(file);
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [{}],
    });
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const cells of sheet.rows) {
      const row = ws.addRow(
        cells.map((c) => (c.formula !== undefined ? { formula: c.formula } : (c.value ?? null)))
      );
      cells.forEach((c, i) => {
        if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
        if (c.style === "header") Object.assign(row.getCell(i + 1), HEADER_STYLE);
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
