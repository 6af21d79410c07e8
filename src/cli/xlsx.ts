/**
 * The CLI's only contact with exceljs: a workbook on disk → SheetCells[] (what
 * Office.js `range.values` would give, so the same table reader serves both
 * hosts), and a ReportWorkbook → a styled .xlsx file.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { EduError } from "../core/errors";
import type { CellValue, MergedArea, SheetCells } from "../core/types";
import { cellText } from "../report/cellText";
import type { CellStyle, ReportSheet, ReportWorkbook } from "../report/model";
import { wrapColumns } from "../report/layout";
import { checkOutput, writeOutput } from "./output";
import { checkSheetExtent, checkXlsxZip } from "./zipGuard";

/**
 * What a formula cell reads as when the file holds no cached result (written by a
 * program that does not calculate). Office.js would show the calculated value; we
 * cannot calculate, so the reader sees a non-number and reports the cell.
 */
export const UNCALCULATED_FORMULA = "#公式未计算";

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/** Zip local-file header: every .xlsx starts with it. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, and every password-protected (encrypted) Office file. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function unreadable(code: string, message: string, messageEn: string): EduError {
  return new EduError(code, message, messageEn);
}

/**
 * Reads every worksheet of an .xlsx file. Throws an EduError with a one-line
 * Chinese message when the file is missing, empty, not an .xlsx workbook,
 * encrypted, or damaged.
 */
export async function readXlsx(file: string): Promise<SheetCells[]> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw unreadable("fileNotFound", `找不到文件：${file}`, `file not found: ${file}`);
  }
  if (stat.isDirectory()) {
    throw unreadable(
      "notAFile",
      `${file} 是文件夹，不是 Excel 工作簿`,
      `${file} is a folder, not a workbook`
    );
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw unreadable(
      "cannotRead",
      `无法打开文件 ${file}（${(e as NodeJS.ErrnoException).code ?? "读取失败"}）`,
      `cannot open ${file}`
    );
  }
  if (bytes.length === 0) {
    throw unreadable(
      "emptyFile",
      `文件 ${name} 是空的（0 字节），不是 Excel 工作簿`,
      `${name} is empty (0 bytes)`
    );
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // An encrypted .xlsx is a compound file holding an "EncryptedPackage" stream (MS-OFFCRYPTO 2.3.4.4); its directory names are UTF-16LE.
    if (bytes.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      throw unreadable(
        "encrypted",
        `无法读取 ${name}：文件设有打开密码；请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后重试`,
        `cannot read ${name}: it is password-protected; remove the password in Excel and save it again`
      );
    }
    throw unreadable(
      "encryptedOrXls",
      `无法读取 ${name}：文件设有打开密码，或是旧版 .xls 格式；请在 Excel 中取消密码并另存为 .xlsx 后重试`,
      `cannot read ${name}: it is password-protected or a legacy .xls file; save it as an unprotected .xlsx`
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw unreadable(
      "notXlsx",
      `无法读取 ${name}：不是 Excel 工作簿（.xlsx）文件`,
      `cannot read ${name}: not an .xlsx workbook`
    );
  }
  // Sizes and parts are checked before exceljs unpacks anything (zip bombs, truncated or lying zips).
  checkXlsxZip(bytes, name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable(
      "damagedXlsx",
      `无法读取 ${name}：文件已损坏或不完整`,
      `cannot read ${name}: the file is damaged or truncated`
    );
  }
  if (workbook.worksheets.length === 0) {
    throw unreadable(
      "noWorksheets",
      `无法读取 ${name}：工作簿中没有工作表（可能不是 Excel 文件或已损坏）`,
      `${name} has no worksheets`
    );
  }
  return workbook.worksheets.map((ws) => sheetCells(ws, name));
}

function sheetCells(ws: ExcelJS.Worksheet, file: string): SheetCells {
  // Office.js hands over the used range; we always start at A1 (origin) and stop
  // at the last cell holding a value, so positions map to Excel rows one to one.
  // Rows are filled as exceljs yields them, with no object per cell in between: a
  // province's workbook has millions of cells, and each such object is garbage to collect.
  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let line: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The covered cells of a merge read as the master's value in exceljs but
      // as empty in Office.js; the reader relies on Office.js's behaviour.
      if (cell.isMerged && cell.master !== cell) return;
      const value = normaliseValue(cell.value);
      if (value === "") return;
      if (line === undefined) {
        line = [];
        rows.push(line);
        rowNumbers.push(rowNumber);
        lastRow = rowNumber;
      }
      line[colNumber - 1] = value;
      if (colNumber > lastCol) lastCol = colNumber;
    });
  });
  const merges: MergedArea[] = [];
  const modelMerges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of modelMerges) {
    const area = parseRange(range);
    if (area) merges.push(area);
  }
  // A merged header may reach beyond the last value (e.g. a group title over empty columns).
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.endRow + 1);
    lastCol = Math.max(lastCol, m.endColumn + 1);
  }
  checkSheetExtent(file, ws.name, lastRow, lastCol);
  // Every row as wide as the used range, blanks as '' (what range.values gives).
  const values: CellValue[][] = [];
  let next = 0;
  for (let r = 0; r < lastRow; r++) {
    if (next < rows.length && rowNumbers[next] === r + 1) {
      const line = rows[next++];
      for (let c = 0; c < lastCol; c++) if (line[c] === undefined) line[c] = "";
      values.push(line);
    } else values.push(new Array<CellValue>(lastCol).fill(""));
  }
  const result: SheetCells = { name: ws.name, values, origin: { row: 1, column: 1 } };
  if (merges.length > 0) result.merges = merges;
  return result;
}

/** exceljs cell value → number | string | boolean | Date | '' as Office.js gives it. */
export function normaliseValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      if (!("result" in v) || v.result === undefined || v.result === null)
        return UNCALCULATED_FORMULA;
      return normaliseValue(v.result);
    }
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    }
    if ("error" in v && typeof v.error === "string") return v.error;
    if ("hyperlink" in v || "text" in v) return normaliseValue(v.text);
  }
  return String(value);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2:D3" → 0-based inclusive area (origin A1); undefined when not a range. */
export function parseRange(range: string): MergedArea | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(range.trim());
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return {
    startRow: Math.min(r1, r2) - 1,
    startColumn: Math.min(c1, c2) - 1,
    endRow: Math.max(r1, r2) - 1,
    endColumn: Math.max(c1, c2) - 1,
  };
}

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
