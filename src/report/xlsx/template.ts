/**
 * The empty data template (report/template.ts) as an .xlsx, with exceljs: what the task pane's
 * 新建空白数据模板 writes into the open workbook, for the offline page to offer as a download
 * (an office on WPS or Excel 2010 has no add-in to create it). The same sheets, headers, number
 * formats, drop-down lists and widths; the formats are set on whole columns, so every row a
 * user adds gets them.
 */
import * as ExcelJS from "exceljs";
import { columnLetter, type StandardsProfile } from "../../core";
import {
  COUNTY_WIDTHS,
  countyFigureRule,
  countyValueFormat,
  type CountyTemplate,
  TEMPLATE_ROWS,
  templateColumnRule,
  type TemplateColumn,
  templateNumberFormat,
  templateSpec,
  templateWidth,
  type TemplateRule,
} from "../template";
import { fontSizeOf } from "../formats";
import { rowHeights } from "../layout";
import type { ReportSheet } from "../model";
import { styleCell } from "./styles";
import { formulaTemplateSheet } from "../formulaTemplate";
import { addSheet } from "./report";
import { NATIONAL_2017 } from "../../core";

/** exceljs keeps a worksheet's data validations in a model keyed by address (a range allowed). */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function validation(rule: TemplateRule): ExcelJS.DataValidation {
  const alert = {
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.title,
    error: rule.message,
  } as const;
  return rule.kind === "list"
    ? {
        type: "list",
        allowBlank: true,
        formulae: [`"${rule.values.join(",")}"`],
        ...alert,
      }
    : {
        type: "decimal",
        operator: "greaterThanOrEqual",
        allowBlank: true,
        formulae: [0],
        ...alert,
      };
}

/** A sheet of the template's columns (header, widths, formats, drop-downs); also the collected county table's. */
export function addColumnsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: TemplateColumn[]
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  columns.forEach((col, i) => {
    const c = i + 1;
    const column = ws.getColumn(c);
    column.width = templateWidth(col.header);
    column.numFmt = templateNumberFormat(col.field);
    const head = ws.getCell(1, c);
    head.value = col.header;
    head.numFmt = "@";
    styleCell(head, "header");
    const rule = templateColumnRule(col, columnLetter(i));
    if (rule)
      (ws as unknown as WithValidations).dataValidations.add(
        `${columnLetter(i)}2:${columnLetter(i)}${TEMPLATE_ROWS + 1}`,
        validation(rule)
      );
  });
  return ws;
}

function addCountySheet(workbook: ExcelJS.Workbook, t: CountyTemplate): void {
  const ws = workbook.addWorksheet(t.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const width = t.headers.length;
  COUNTY_WIDTHS.slice(0, width).forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    column.numFmt = "@";
  });
  t.headers.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    styleCell(cell, "header");
  });
  // Row heights as the report's (./layout.ts): no spreadsheet grows a row for text it did not edit.
  const asReport: ReportSheet = {
    name: t.name,
    id: "templateCounty",
    columns: COUNTY_WIDTHS.slice(0, width).map((w) => ({ width: w })),
    rows: [
      t.headers.map((h) => ({ value: h, style: "header" as const })),
      ...t.rows.map((r) => [
        {
          value: r.kind === "section" ? r.text : r.label,
          style: r.kind === "section" ? ("total" as const) : undefined,
        },
      ]),
    ],
    merges: t.rows.flatMap((r, i) =>
      r.kind === "section"
        ? [{ startRow: i + 1, startColumn: 0, endRow: i + 1, endColumn: width - 1 }]
        : []
    ),
  };
  rowHeights(asReport, fontSizeOf).forEach((h, r) => {
    ws.getRow(r + 1).height = h;
  });
  t.rows.forEach((r, i) => {
    const row = i + 2;
    const first = ws.getCell(row, 1);
    first.alignment = { vertical: "middle", wrapText: true };
    if (r.kind === "section") {
      first.value = r.text;
      styleCell(first, "total");
      ws.mergeCells(row, 1, row, width);
      return;
    }
    first.value = r.label;
    const value = ws.getCell(row, 2);
    value.numFmt = countyValueFormat(r.value, r.label);
    value.alignment = { vertical: "middle" };
    value.dataValidation = validation(countyFigureRule(r.value, t.headers[1], row));
  });
}

/**
 * The template workbook: 学校基础数据, 班级 and the county sheet (县级指标), as .xlsx bytes;
 * with `formulas`, also the 测算 sheet of plain formulas over them (../formulaTemplate.ts),
 * computed by the spreadsheet on load and as the county types (no cached results are stored).
 */
export async function templateToXlsxBytes(
  profile?: StandardsProfile,
  options: { formulas?: boolean } = {}
): Promise<Uint8Array> {
  const spec = templateSpec(profile);
  // Built first: a profile the formulas cannot express is refused before anything is written.
  const formulas = options.formulas
    ? formulaTemplateSheet(spec, profile ?? NATIONAL_2017)
    : undefined;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  addColumnsSheet(workbook, spec.schoolSheet, spec.school);
  addColumnsSheet(workbook, spec.classSheet, spec.classes);
  addCountySheet(workbook, spec.county);
  if (formulas) {
    addSheet(workbook, formulas.sheet);
    // Excel recalculates every formula when it opens the file (LibreOffice and WPS do for formulas without results).
    workbook.calcProperties = { fullCalcOnLoad: true };
  }
  const data = await workbook.xlsx.writeBuffer();
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}
