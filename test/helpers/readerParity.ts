/**
 * The streamed reader against the CLI's former exceljs reader (issue 11): the sheets read from
 * a file must be equal, and so must the `assess --json` document built from them. Used by
 * test/workbook/parity.test.ts and parity.scale.test.ts.
 */
import { assessmentJson, planningJson } from "../../src/report";
import { readWorkbookFile } from "../../src/cli/readFile";
import { evaluate } from "../../src/core";
import { DEFAULT_PROFILE } from "../../src/core/profiles";
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { readXlsxWithExceljs } from "./exceljsReader";

/** The sheets as the table reader sees them (the hidden flags are the new reader's extra). */
function plain(sheets: readonly SheetCells[]): SheetCells[] {
  return sheets.map(({ name, values, origin, merges }) =>
    merges ? { name, values, origin, merges } : { name, values, origin }
  );
}

/** The `edu-balance assess --json` document (src/cli/main.ts), or the reason there is none. */
function cliJson(sheets: SheetCells[], options: Parameters<typeof readWorkbook>[1] = {}): string {
  const read = readWorkbook(sheets, { profile: DEFAULT_PROFILE, ...options });
  if (read.schools.length === 0) return JSON.stringify(read.issues.map((i) => i.message));
  const ev = evaluate(read, { profile: DEFAULT_PROFILE });
  const doc = { ...assessmentJson(ev), ...planningJson(ev) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function expectSame(
  file: string,
  options?: Parameters<typeof readWorkbook>[1]
): Promise<void> {
  const before = await readXlsxWithExceljs(file);
  const now = await readWorkbookFile(file);
  expect(plain(now)).toEqual(before);
  expect(cliJson(now, options)).toBe(cliJson(before, options));
}
