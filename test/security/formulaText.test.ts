import { evaluate } from "../../src/core/pipeline";
/**
 * Workbook text that begins like a formula (= + - @, or a tab or carriage return) comes
 * back into the report as text in both writers (issue 6 §4, report/cellText.ts):
 * - Office.js: the value gets Excel's apostrophe escape, and the cell the text format "@";
 *   the stand-in Excel takes "=…" in a non-text cell as a formula and drops a leading
 *   apostrophe from the value, as Excel does;
 * - exceljs (the CLI's .xlsx): a string cell, never a formula, with the text format "@" so
 *   that editing it in Excel or LibreOffice keeps it text.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import * as zlib from "zlib";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import { readWorkbook } from "../../src/core/table";
import { looksLikeFormula } from "../../src/report/cellText";
import { buildReport } from "../../src/report";
import type { ReportWorkbook } from "../../src/report/model";
import { writeReport } from "../../src/taskpane/excel/write";
import { FakeRequestContext, FakeWorkbook } from "../taskpane/fakeExcel";
import { smallCountyClassSheet, smallCountySchoolSheet } from "../taskpane/smallCounty";

const RISKY = [
  '=HYPERLINK("http://evil.example","点我")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
];
const PLAIN = ["城关小学", "一学区", "（−5）", "—", " =在中间也无妨"];

test("looksLikeFormula: the OWASP list of formula starts, and nothing else", () => {
  for (const t of RISKY) expect(looksLikeFormula(t)).toBe(true);
  for (const t of PLAIN) expect(looksLikeFormula(t)).toBe(false);
});

/** One column of text cells, a number and a formatted number under a header. */
const REPORT: ReportWorkbook = {
  sheets: [
    {
      id: "schools",
      name: "学校达标情况",
      columns: [{ width: 30 }],
      rows: [
        [{ value: "学校名称", style: "header" }],
        ...[...RISKY, ...PLAIN].map((value) => [{ value }]),
        [{ value: -5 }],
        [{ value: "=1+1", numFmt: "0.00" }],
      ],
    },
  ],
};
const TEXTS = [...RISKY, ...PLAIN];

describe("Office.js writer (task pane)", () => {
  test("risky text is written with the apostrophe escape under the text format; the value is unchanged; no formula anywhere", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1", values: [["原始数据"]] }]);
    await writeReport(new FakeRequestContext(wb) as unknown as Excel.RequestContext, REPORT, {
      supports: () => true,
    });
    const sheet = wb.sheetByName("学校达标情况")!;
    TEXTS.forEach((text, i) => {
      const cell = sheet.cell(1 + i, 0)!;
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
      expect(Boolean(cell.quotePrefix)).toBe(looksLikeFormula(text));
    });
    expect(sheet.cell(1 + TEXTS.length, 0)!.value).toBe(-5);
    // A text with a number format of its own still gets the escape.
    const formatted = sheet.cell(2 + TEXTS.length, 0)!;
    expect(formatted.value).toBe("=1+1");
    expect(formatted.quotePrefix).toBe(true);
    expect(formatted.formula).toBeUndefined();
    expect(
      wb.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.formula !== undefined)
    ).toEqual([]);
  });

  test("school names from the workbook reach the report as text: read → assess → report → write", async () => {
    const rows = smallCountySchoolSheet();
    const nameColumn = rows[0].indexOf("学校名称");
    rows[1][nameColumn] = RISKY[0];
    rows[2][nameColumn] = "@SUM(A1:A9)";
    const read = readWorkbook([
      { name: "学校基础数据", values: rows },
      { name: "班级", values: smallCountyClassSheet() },
    ]);
    expect(read.schools.map((s) => s.name)).toEqual(
      expect.arrayContaining([RISKY[0], "@SUM(A1:A9)"])
    );
    const report = buildReport(evaluate(read), { date: "2026-09-01" });
    const wb = new FakeWorkbook([{ name: "学校基础数据", values: rows }]);
    await writeReport(new FakeRequestContext(wb) as unknown as Excel.RequestContext, report, {
      supports: () => true,
    });
    const cells = wb.sheets
      .filter((s) => s.name !== "学校基础数据")
      .flatMap((s) => [...s.cells.values()]);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    const named = cells.filter((c) => c.value === RISKY[0] || c.value === "@SUM(A1:A9)");
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const c of named) expect(c.quotePrefix).toBe(true);
  });
});

describe("exceljs writer (CLI)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-formula-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("risky text is a string cell with the text format, never a formula; other text keeps the general format", async () => {
    const file = path.join(dir, "report.xlsx");
    await writeXlsx(REPORT, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("学校达标情况")!;
    // XML reads a carriage return in text as a line feed (XML 1.0 §2.11), so "\r=…" comes back as "\n=…".
    const asStored = (text: string) => text.replace(/\r/g, "\n");
    TEXTS.forEach((text, i) => {
      const cell = ws.getCell(2 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(asStored(text));
      expect(cell.numFmt === "@").toBe(looksLikeFormula(text));
    });
    expect(ws.getCell(2 + TEXTS.length + 1, 1).numFmt).toBe("@");
    // The sheet XML itself holds no formula element.
    const sheetXml = zlib
      .inflateRawSync(rawPart(fs.readFileSync(file), "xl/worksheets/sheet1.xml"))
      .toString("utf8");
    expect(sheetXml).not.toMatch(/<f[ >]/);
    // And the CLI's own reader reads the same texts back.
    const [back] = await readXlsx(file);
    expect(back.values.slice(1, 1 + TEXTS.length).map((r) => r[0])).toEqual(TEXTS.map(asStored));
  });
});

/** The deflated bytes of one part of a zip (enough of the format for this test). */
function rawPart(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const partName = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    if (partName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      return zip.subarray(start, start + zip.readUInt32LE(p + 20));
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`no part ${name}`);
}
