/**
 * The CLI's only contact with exceljs: a ReportWorkbook → a styled .xlsx file (exceljs is
 * strong at writing styles; reading is src/workbook's, which never builds exceljs's model).
 * Loaded only by the commands that write a workbook.
 */
import * as ExcelJS from "exceljs";
import { cellText } from "../report/cellText";
import type { CellStyle, ReportSheet, ReportWorkbook } from "../report/model";
import { wrapColumns } from "../report/layout";
import { checkOutput, writeOutput } from "./output";

/** Reading is src/workbook's (streamed, no exceljs); these names stay for the callers that used them. */
export { readWorkbookFile as readXlsx } from "./readFile";
export { parseRange, UNCALCULATED_FORMULA } from "../workbook";

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FFBFBFBF" } };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/**
 * Semantic styles → Excel formatting. pass / fail / borderline use Excel's own
 * 好 / 差 / 适中 colours, which reviewers already read as green / red / yellow.
 */
const STYLES: Record<
  CellStyle,
  {
    font?: Partial<ExcelJS.Font>;
    fill?: ExcelJS.Fill;
    border?: Partial<ExcelJS.Borders>;
    alignment?: Partial<ExcelJS.Alignment>;
  }
> = {
  title: { font: { bold: true, size: 16 }, alignment: { vertical: "middle" } },
  subtitle: { font: { size: 10, color: { argb: "FF595959" } } },
  header: {
    font: { bold: true },
    fill: solid("FFD9E1F2"),
    border: {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  text: { border: ALL_THIN },
  pass: { font: { color: { argb: "FF006100" } }, fill: solid("FFC6EFCE"), border: ALL_THIN },
  fail: { font: { color: { argb: "FF9C0006" } }, fill: solid("FFFFC7CE"), border: ALL_THIN },
  borderline: { font: { color: { argb: "FF9C5700" } }, fill: solid("FFFFEB9C"), border: ALL_THIN },
  total: {
    font: { bold: true },
    fill: solid("FFF2F2F2"),
    border: { ...ALL_THIN, top: { style: "thin" } },
  },
};

function addSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
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
    },
  });
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const wrap = wrapColumns(sheet);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.value === null && !cell.style && !cell.note) return;
      const target = ws.getCell(r + 1, c + 1);
      // Text capped at Excel's 32,767 characters and its _xHHHH_ escaped (report/cellText.ts).
      const text = typeof cell.value === "string" ? cellText(cell.value, "file") : undefined;
      target.value = text ? text.value : cell.value;
      const style = cell.style ? STYLES[cell.style] : undefined;
      if (style?.font) target.font = style.font;
      if (style?.fill) target.fill = style.fill;
      if (style?.border) target.border = style.border;
      if (style?.alignment) target.alignment = style.alignment;
      if (wrap[c] && cell.style !== "title" && cell.style !== "subtitle")
        target.alignment = { vertical: "middle", ...style?.alignment, wrapText: true };
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

/** Renders the report model as an in-memory .xlsx. */
export async function reportToBuffer(report: ReportWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBalance";
  for (const sheet of report.sheets) addSheet(workbook, sheet);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * Writes the report to `file`, creating its folder, replacing a file of that name: through a
 * temporary file renamed into place (output.ts), so an interrupted run never leaves a
 * half-written .xlsx under the user's name. The CLI's commands go through checkOutput first.
 */
export async function writeXlsx(report: ReportWorkbook, file: string): Promise<void> {
  const data = await reportToBuffer(report);
  await writeOutput(checkOutput({ out: file, force: true, inputs: [] }), data);
}
