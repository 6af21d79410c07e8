/**
 * The streamed reader against the CLI's former exceljs reader (issue 11: the same JSON, byte
 * for byte), on the examples, on the 20 golden cases written out as .xlsx files, and on a
 * synthetic county of 1,000 schools: the sheets read must be equal, and so must the --json
 * document built from them. Kept until the exceljs reader (test/helpers/exceljsReader.ts)
 * is deleted.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticCounty } from "../../bench/synthetic";
import { writeTemplateWorkbook } from "../../bench/workbooks";
import { assessmentJson, planningJson } from "../../src/report";
import { readWorkbookFile } from "../../src/cli/readFile";
import { evaluate } from "../../src/core";
import { DEFAULT_PROFILE } from "../../src/core/profiles";
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { readXlsxWithExceljs } from "../helpers/exceljsReader";
import { goldenCaseNames, goldenInput, goldenXlsx } from "../helpers/goldenXlsx";

const ROOT = path.resolve(__dirname, "../..");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-parity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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

async function expectSame(
  file: string,
  options?: Parameters<typeof readWorkbook>[1]
): Promise<void> {
  const before = await readXlsxWithExceljs(file);
  const now = await readWorkbookFile(file);
  expect(plain(now)).toEqual(before);
  expect(cliJson(now, options)).toBe(cliJson(before, options));
}

test.each(["county-template.xlsx", "county-untidy.xlsx"])("examples/%s", async (name) => {
  await expectSame(path.join(ROOT, "examples", name));
});

const cases = goldenCaseNames();

test("there are 20 golden cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
});

test.each(cases)("golden case %s written as .xlsx", async (name) => {
  const input = goldenInput(name);
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await goldenXlsx(input));
  await expectSame(file, input.options);
});

test("a synthetic county of 1,000 schools", async () => {
  const file = path.join(dir, "county-1000.xlsx");
  await writeTemplateWorkbook(syntheticCounty(1000), file);
  await expectSame(file);
}, 120_000);
