/**
 * A ReportWorkbook → a styled .xlsx, with exceljs (strong at writing styles). Host-neutral:
 * the CLI writes the bytes to a file (src/cli/xlsx.ts), the offline page offers them as a
 * download (src/page/), so both give the same 申报表 from the same report model.
 */
import * as ExcelJS from "exceljs";
import { cellText } from "../cellText";
import type { ReportSheet, ReportWorkbook } from "../model";
import { rowHeights, textWidth, wrapColumns } from "../layout";
import { fontSizeOf } from "../formats";
import { STYLES } from "./styles";

export function addSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
  const headerRows = sheet.headerRows ?? 0;
  const ws = workbook.addWorksheet(sheet.name, {
    views: headerRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: headerRows }] : [{}],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print?.landscape === false ? "portrait" : "landscape",
      fitToPage: sheet.print?.fitToWidth !== false,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  if (sheet.print?.footer) ws.headerFooter = { oddFooter: `&C${sheet.print.footer}` };
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const wrap = wrapColumns(sheet);
  const merged = new Set<string>();
  for (const m of sheet.merges ?? []) merged.add(`${m.startRow},${m.startColumn}`);
  const heights = sheet.rowHeights ?? rowHeights(sheet, fontSizeOf);
  heights.forEach((h, r) => {
    ws.getRow(r + 1).height = h;
  });
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.value === null && !cell.style && !cell.note && cell.formula === undefined) return;
      const target = ws.getCell(r + 1, c + 1);
      // Text capped at Excel's 32,767 characters and its _xHHHH_ escaped (report/cellText.ts).
      const text = typeof cell.value === "string" ? cellText(cell.value, "file") : undefined;
      target.value =
        cell.formula !== undefined
          ? cell.value === null
            ? { formula: cell.formula, date1904: false }
            : {
                formula: cell.formula,
                result: cell.value as number | string | boolean,
                date1904: false,
              }
          : text
            ? text.value
            : cell.value;
      const style = cell.style ? STYLES[cell.style] : undefined;
      if (style?.font) target.font = style.font;
      if (style?.fill) target.fill = style.fill;
      if (style?.border) target.border = style.border;
      // Numbers right with an indent, text left (or as the style says) and wrapped inside its
      // cell, so a number and the text beside it never read as one ("4.2" + "31/31"); a short
      // verdict (是 / 否 / 达标 / 未填报) sits centred in its coloured cell.
      let alignment: Partial<ExcelJS.Alignment> | undefined = style?.alignment;
      const isText = typeof cell.value === "string";
      if (wrap[c] || merged.has(`${r},${c}`) || isText)
        alignment = {
          vertical: "middle",
          ...alignment,
          ...(isText && (wrap[c] || merged.has(`${r},${c}`)) ? { wrapText: true } : {}),
        };
      if (
        isText &&
        (cell.style === "pass" || cell.style === "fail" || cell.style === "missing") &&
        textWidth(String(cell.value)) <= 8
      )
        alignment = { ...alignment, horizontal: "center" };
      if (typeof cell.value === "number")
        alignment = { vertical: "middle", ...alignment, horizontal: "right", indent: 1 };
      if (alignment) target.alignment = alignment;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      // exceljs stores a string as a string, never a formula; the text format "@" keeps a school
      // called "=…" a name when someone edits the cell in Excel or LibreOffice (report/cellText.ts).
      if (text?.textFormat) target.numFmt = "@";
      if (cell.note) target.note = cellText(cell.note, "file").value;
    });
  });
  for (const m of sheet.merges ?? []) {
    ws.mergeCells(m.startRow + 1, m.startColumn + 1, m.endRow + 1, m.endColumn + 1);
  }
  // Charts (sheet.charts) are not written: exceljs cannot create charts. The task
  // pane draws them; the CLI's workbook keeps the tables they are drawn from.
}

/** Renders the report model as an in-memory .xlsx (in Node and in a browser). */
export async function reportToXlsxBytes(report: ReportWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  for (const sheet of report.sheets) addSheet(workbook, sheet);
  const data = await workbook.xlsx.writeBuffer();
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}
