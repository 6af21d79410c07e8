/**
 * The streamed reader against the CLI's former exceljs reader (issue 11: the same JSON, byte
 * for byte), on the examples and on the 20 golden cases written out as .xlsx files (a
 * synthetic county of 1,000 schools: parity.scale.test.ts, in the slow lane): the sheets read
 * must be equal, and so must the --json document built from them. Kept until the exceljs reader (test/helpers/exceljsReader.ts)
 * is deleted.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { goldenCaseNames, goldenInput, goldenXlsx } from "../helpers/goldenXlsx";
import { expectSame } from "../helpers/readerParity";

const ROOT = path.resolve(__dirname, "../..");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-parity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
