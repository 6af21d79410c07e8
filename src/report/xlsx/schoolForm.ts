/**
 * The one-school form (../schoolForm.ts) as an .xlsx, with exceljs: 填报项目 | 单位 | 填报值 |
 * 说明, one item a row, the value cells with the county template's drop-downs, number
 * formats and "不小于 0" checks. `edu-balance collect` reads a folder of them back.
 */
import * as ExcelJS from "exceljs";
import type { StandardsProfile } from "../../core";
import { SCHOOL_FORM_WIDTHS, schoolFormSpec } from "../schoolForm";
import type { TemplateRule } from "../template";
import { styleCell } from "./styles";

/** The same data validation as the county template's (./template.ts). */
export function validationOf(rule: TemplateRule): ExcelJS.DataValidation {
  const alert = {
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.title,
    error: rule.message,
  } as const;
  return rule.kind === "list"
    ? { type: "list", allowBlank: true, formulae: [`"${rule.values.join(",")}"`], ...alert }
    : {
        type: "decimal",
        operator: "greaterThanOrEqual",
        allowBlank: true,
        formulae: [0],
        ...alert,
      };
}

/** The one-school form of a profile, as .xlsx bytes. */
export async function schoolFormToXlsxBytes(profile?: StandardsProfile): Promise<Uint8Array> {
  const spec = schoolFormSpec(profile);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  const ws = workbook.addWorksheet(spec.sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: spec.firstRow - 1 }],
  });
  SCHOOL_FORM_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const title = ws.getCell(1, 1);
  title.value = spec.title;
  styleCell(title, "title");
  ws.mergeCells(1, 1, 1, 4);
  const lead = ws.getCell(2, 1);
  lead.value = spec.lead;
  styleCell(lead, "note");
  lead.alignment = { vertical: "middle", wrapText: true };
  ws.mergeCells(2, 1, 2, 4);
  ws.getRow(2).height = 32;
  spec.headers.forEach((h, i) => {
    const cell = ws.getCell(spec.firstRow - 1, i + 1);
    cell.value = h;
    styleCell(cell, "header");
  });
  spec.items.forEach((item, i) => {
    const row = spec.firstRow + i;
    const label = ws.getCell(row, 1);
    label.value = item.label;
    label.numFmt = "@";
    const unit = ws.getCell(row, 2);
    unit.value = item.unit === "" ? null : item.unit;
    unit.numFmt = "@";
    unit.alignment = { horizontal: "center" };
    const value = ws.getCell(row, 3);
    value.numFmt = item.numFmt;
    if (item.rule) value.dataValidation = validationOf(item.rule);
    const note = ws.getCell(row, 4);
    note.value = item.note === "" ? null : item.note;
    note.numFmt = "@";
    note.alignment = { wrapText: true, vertical: "middle" };
  });
  const data = await workbook.xlsx.writeBuffer();
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}
