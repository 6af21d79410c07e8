/**
 * Text from the user's workbook (school names, 学区, class names, quoted cells in issue
 * messages) goes back into the report. A text that begins like a formula (=, +, -, @, or a
 * tab or carriage return before one) could run as one when the report is opened, or when
 * its cell is edited and confirmed: the "formula injection" of OWASP's CSV Injection page.
 * Both writers use this test and keep such text as text: the Office.js writer with a
 * leading apostrophe and the text number format "@", the exceljs writer with "@".
 */
import { ZH } from "../i18n";

/** The characters a spreadsheet reads as the start of a formula when they begin an entry. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Excel's limit on the characters of one cell (and of one note). */
export const EXCEL_MAX_CELL_CHARS = 32767;

/** What ends a text cut to Excel's limit, so the reader sees it is not the whole text. */
export const TRUNCATION_MARK = ZH.report.cellText.truncated;

/**
 * The text cut to `limit` characters (UTF-16 units, as Excel counts) with the mark at its end
 * when it is longer; never cut between the two halves of a surrogate pair.
 */
export function capCellText(text: string, limit = EXCEL_MAX_CELL_CHARS): string {
  if (text.length <= limit) return text;
  let end = limit - TRUNCATION_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose low half would be cut off
  return text.slice(0, end) + TRUNCATION_MARK;
}

/** `_xHHHH_`: how OOXML (ECMA-376 Part 1, §22.9.2.19 ST_Xstring) writes a character by its code. */
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as it must stand in an .xlsx file: Excel decodes every `_xHHHH_` when it opens the file,
 * so a name written as `_x003D_1+1` would become "=1+1" (and `_x0009_=…` a tab before "=").
 * The underscore that starts such a sequence is itself written as `_x005F_`, which is what Excel
 * writes for the same text; reading the file back gives the original text.
 */
export function escapeOoxmlText(text: string): string {
  return text.replace(OOXML_ESCAPE, "_x005F_$1");
}

/**
 * What a writer puts into a cell for a text of the report, and whether the cell must have the
 * text format "@" (the text begins like a formula). Both writers call this and nothing else:
 * - "file" (exceljs, the CLI's .xlsx): capped at Excel's limit, then `_xHHHH_` escaped;
 * - "excel" (Office.js, the task pane): capped, and a text that begins like a formula gets
 *   Excel's leading apostrophe (not part of the value, so the cap leaves room for it). No
 *   `_xHHHH_` escaping: Office.js takes the characters as typed, and Excel escapes them itself
 *   when it saves the file.
 */
export function cellText(
  text: string,
  writer: "file" | "excel"
): { value: string; textFormat: boolean } {
  const textFormat = looksLikeFormula(text);
  if (writer === "file") return { value: escapeOoxmlText(capCellText(text)), textFormat };
  return textFormat
    ? { value: `'${capCellText(text, EXCEL_MAX_CELL_CHARS - 1)}`, textFormat }
    : { value: capCellText(text), textFormat };
}
