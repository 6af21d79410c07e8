/**
 * .xls and WPS .et through SheetJS (@e965/xlsx), on fixtures made by LibreOffice from .xlsx
 * files (scripts/legacyFixtures.ts): the example county gives the same --json as its .xlsx,
 * byte for byte, and the reader keeps merges, hidden rows, columns and sheets, dates,
 * booleans and error values. A WPS .et is the same OLE/BIFF8 container: the .xls copied to an
 * .et name must be read alike, alone and in a batch folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, type CliIO } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readFile";
import { readWorkbookBytes, WORKBOOK_LIMITS } from "../../src/workbook";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/legacy");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-legacy-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

test("the example county as .xls gives the same --json as the .xlsx, byte for byte", async () => {
  const xls = await run(["assess", path.join(FIXTURES, "county-template.xls"), "--json"]);
  const xlsx = await run(["assess", path.join(ROOT, "examples/county-template.xlsx"), "--json"]);
  expect(xls.code).toBe(0);
  expect(xls.stdout).toBe(xlsx.stdout);
  expect(xls.stdout).toBe(fs.readFileSync(path.join(ROOT, "examples/expected.json"), "utf8"));
}, 60_000);

test("merges, hidden rows, columns and sheets, dates, booleans and errors", async () => {
  const sheets = await readWorkbookFile(path.join(FIXTURES, "features.xls"));
  expect(sheets.map((s) => [s.name, s.state])).toEqual([
    ["特征", undefined],
    ["隐藏表", "hidden"],
  ]);
  const [s] = sheets;
  expect(s.values).toEqual([
    ["在校学生数", "", "", "", "", ""],
    ["小学", "初中", "", "", "", ""],
    [1200, "1,234", true, "#DIV/0!", new Date(Date.UTC(2024, 8, 1)), ""],
    ["隐藏行", "", "", "", "", ""],
    ["", "", "", "", "", "隐藏列"],
  ]);
  expect(s.merges).toEqual([{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 1 }]);
  expect(s.hiddenRows).toEqual([3]);
  expect(s.hiddenColumns).toEqual([5]);
});

test("a WPS .et (the same OLE/BIFF8 file) is read by its content, alone and in a batch folder", async () => {
  const folder = path.join(dir, "各县");
  fs.mkdirSync(folder);
  fs.copyFileSync(path.join(FIXTURES, "county-template.xls"), path.join(folder, "甲县.et"));
  fs.copyFileSync(path.join(ROOT, "examples/county-untidy.xlsx"), path.join(folder, "乙县.xlsx"));
  const alone = await run(["assess", path.join(folder, "甲县.et"), "--json"]);
  expect(alone.code).toBe(0);
  expect(alone.stdout).toBe(fs.readFileSync(path.join(ROOT, "examples/expected.json"), "utf8"));
  const batch = await run(["assess", folder, "--json"]);
  expect(batch.code).toBe(0);
  const doc = JSON.parse(batch.stdout) as { counties: { file: string }[] };
  expect(JSON.stringify(doc)).toContain("甲县.et");
  expect(JSON.stringify(doc)).toContain("乙县.xlsx");
}, 60_000);

test("a damaged .xls is one Chinese line; a legacy file over its size limit is refused before parsing", async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "features.xls")));
  await expect(readWorkbookBytes(bytes.subarray(0, 1200), "坏.xls")).rejects.toMatchObject({
    message: expect.stringMatching(/^无法读取 坏\.xls：/),
  });
  await expect(
    readWorkbookBytes(bytes, "大.xls", { ...WORKBOOK_LIMITS, legacyFileBytes: 1024 })
  ).rejects.toMatchObject({ code: "fileTooLarge" });
});
