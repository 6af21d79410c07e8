/**
 * Excel column letters. Issues and the 字段对应 step name columns as Excel does
 * (A … Z, AA …), so that a statistician can go straight to the cell.
 */

/** The letter(s) of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${index}`);
  }
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of a column letter ("A" → 0, "aa" → 26); undefined when it is not a column letter. */
export function columnIndex(letter: string): number | undefined {
  const t = letter.normalize("NFKC").trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) return undefined;
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Where values[0][0] sits in Excel (1-based), A1 unless the host says otherwise. */
export interface SheetOrigin {
  row: number;
  column: number;
}

export function originOf(sheet: { origin?: { row: number; column: number } }): SheetOrigin {
  return { row: sheet.origin?.row ?? 1, column: sheet.origin?.column ?? 1 };
}

/** The Excel row (1-based) of values[rowIndex]. */
export function excelRow(origin: SheetOrigin, rowIndex: number): number {
  return origin.row + rowIndex;
}

/** The Excel column letter of values[·][columnIndex]. */
export function excelColumn(origin: SheetOrigin, index: number): string {
  return columnLetter(origin.column - 1 + index);
}
