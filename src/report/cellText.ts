/**
 * Text from the user's workbook (school names, 学区, class names, quoted cells in issue
 * messages) goes back into the report. A text that begins like a formula (=, +, -, @, or a
 * tab or carriage return before one) could run as one when the report is opened, or when
 * its cell is edited and confirmed: the "formula injection" of OWASP's CSV Injection page.
 * Both writers use this test and keep such text as text: the Office.js writer with a
 * leading apostrophe and the text number format "@", the exceljs writer with "@".
 */

/** The characters a spreadsheet reads as the start of a formula when they begin an entry. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
