/**
 * The reader's refusals: one Chinese line each (English second), naming the file and, where
 * there is one, the sheet. Not in core's catalogue: these are about files, which core never sees.
 */
import { EduError } from "../core";
import { fill, ZH } from "../i18n";

const T = ZH.host.refusals;

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
    why === undefined ? fill(T.damaged, { name }) : fill(T.damagedWhy, { name, why }),
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
      fill(T.beyondExcelLimits, { file, sheet, rows, columns }),
      `cannot read ${file}: sheet "${sheet}" reaches row ${rows}, column ${columns}, beyond Excel's 1,048,576 × 16,384`
    );
  }
  if (rows * columns > limits.sheetCells) {
    throw refuse(
      "sheetTooLarge",
      fill(T.sheetTooLarge, { file, sheet, rows, columns, limit: limits.sheetCells / 10_000 }),
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
    fill(T.workbookTooLarge, {
      file,
      sheet,
      cells: Math.ceil(cells / 10_000),
      limit: limit / 10_000,
    }),
    `cannot read ${file}: at sheet "${sheet}" the sheets' used ranges reach ${cells} cells, above the workbook limit of ${limit}`
  );
}

export function tooManyMerges(file: string, sheet: string, limit: number): EduError {
  return refuse(
    "tooManyMerges",
    fill(T.tooManyMerges, { file, sheet, limit }),
    `cannot read ${file}: more than ${limit} merged areas (at sheet "${sheet}")`
  );
}
