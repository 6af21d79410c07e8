/**
 * The reader's refusals: one Chinese line each (English second), naming the file and, where
 * there is one, the sheet. Not in core's catalogue: these are about files, which core never sees.
 */
import { EduError } from "../core";

const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

export function refuse(code: string, message: string, messageEn: string): EduError {
  return new EduError(code, message, messageEn);
}

export function damaged(name: string, why?: string, whyEn?: string): EduError {
  return refuse(
    "damagedXlsx",
    why === undefined
      ? `无法读取 ${name}：文件已损坏或不完整`
      : `无法读取 ${name}：文件已损坏或不完整（${why}）`,
    whyEn === undefined
      ? `cannot read ${name}: the file is damaged or truncated`
      : `cannot read ${name}: the file is damaged or truncated (${whyEn})`
  );
}

/** A sheet's used range beyond Excel's own size, or beyond what the reader holds. */
export function checkSheetExtent(
  file: string,
  sheet: string,
  rows: number,
  columns: number,
  limits: { rows: number; columns: number; sheetCells: number }
): void {
  if (rows > limits.rows || columns > limits.columns) {
    throw refuse(
      "beyondExcelLimits",
      `无法读取 ${file}：工作表「${sheet}」用到第 ${rows} 行、第 ${columns} 列，超出 Excel 的上限（1,048,576 行 × 16,384 列）；文件不是 Excel 保存的，或已损坏`,
      `cannot read ${file}: sheet "${sheet}" reaches row ${rows}, column ${columns}, beyond Excel's 1,048,576 × 16,384`
    );
  }
  if (rows * columns > limits.sheetCells) {
    throw refuse(
      "sheetTooLarge",
      `无法读取 ${file}：工作表「${sheet}」的已用区域为 ${rows} 行 × ${columns} 列，超过 ${limits.sheetCells / 10_000} 万个单元格的上限；请删除表格以外误填的内容或合并单元格（按 Ctrl+End 可找到最后一个已用单元格）后重试`,
      `cannot read ${file}: sheet "${sheet}" uses ${rows} rows × ${columns} columns, above ${limits.sheetCells} cells`
    );
  }
}

export function workbookTooLarge(
  file: string,
  sheet: string,
  cells: number,
  limit: number
): EduError {
  return refuse(
    "workbookTooLarge",
    `无法读取 ${file}：读到工作表「${sheet}」时，各工作表的已用区域合计已达 ${Math.ceil(cells / 10_000)} 万个单元格，超过整个工作簿 ${limit / 10_000} 万个单元格的上限；请删除多余的工作表或表格以外误填的内容后重试`,
    `cannot read ${file}: at sheet "${sheet}" the sheets' used ranges reach ${cells} cells, above the workbook limit of ${limit}`
  );
}

export function tooManyMerges(file: string, sheet: string, limit: number): EduError {
  return refuse(
    "tooManyMerges",
    `无法读取 ${file}：工作表「${sheet}」处合并单元格区域超过 ${limit} 个的上限（正常的表头只有几十个）；文件可能被恶意构造，请取消多余的合并后重试`,
    `cannot read ${file}: more than ${limit} merged areas (at sheet "${sheet}")`
  );
}
