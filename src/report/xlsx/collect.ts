/**
 * The collected county table as an .xlsx (issue 23 §6): 学校基础数据 in the template's layout
 * (./template.ts: the same header, formats and drop-downs, so `assess` reads it as it reads
 * a filled template), one row per school as the forms gave it, and 回收情况 (../collect.ts).
 */
import * as ExcelJS from "exceljs";
import type { Collection } from "../../core";
import { RECEIPT_SHEET, RECEIPT_WIDTHS, receiptRows } from "../collect";
import { styleCell } from "./styles";
import { addColumnsSheet } from "./template";

export async function collectionToXlsxBytes(c: Collection): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  const ws = addColumnsSheet(workbook, c.sheet.name, c.columns);
  c.sheet.values.slice(1).forEach((values, r) => {
    values.forEach((value, i) => {
      if (value === null || value === undefined || value === "") return;
      ws.getCell(r + 2, i + 1).value = value as ExcelJS.CellValue;
    });
  });

  const receipt = workbook.addWorksheet(RECEIPT_SHEET);
  RECEIPT_WIDTHS.forEach((w, i) => {
    receipt.getColumn(i + 1).width = w;
  });
  receiptRows(c).forEach((row, r) => {
    row.cells.forEach((value, i) => {
      const cell = receipt.getCell(r + 1, i + 1);
      if (value !== null && value !== "") cell.value = value;
      if (row.style === "header") styleCell(cell, "header");
    });
    const first = row.cells.findIndex((v) => v !== null && v !== "");
    if (first < 0 || row.style === undefined || row.style === "header") return;
    styleCell(receipt.getCell(r + 1, first + 1), row.style === "section" ? "total" : row.style);
  });
  const data = await workbook.xlsx.writeBuffer();
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}
