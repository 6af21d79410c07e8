/**
 * The streamed .xlsx reader (src/workbook), one SpreadsheetML feature per test, each checked
 * against the values the CLI gave when it read through exceljs (test/helpers/exceljsReader.ts)
 * where that reader was right, and against what Excel shows where it was not.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookBytes, UNCALCULATED_FORMULA, type WorkbookSheet } from "../../src/workbook";
import { readXlsxWithExceljs } from "../helpers/exceljsReader";
import { escapeXml, sheetData, xlsxPackage, type PackageOptions, type PackageSheet } from "./build";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-reader-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(sheets: PackageSheet[], options?: PackageOptions): Promise<WorkbookSheet[]> {
  return readWorkbookBytes(xlsxPackage(sheets, options), "test.xlsx");
}

/** The same package through exceljs, as the CLI read it before. */
async function readBefore(sheets: PackageSheet[], options?: PackageOptions) {
  const file = path.join(dir, `before-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, xlsxPackage(sheets, options));
  return readXlsxWithExceljs(file);
}

async function both(sheets: PackageSheet[], options?: PackageOptions) {
  const now = await read(sheets, options);
  const before = await readBefore(sheets, options);
  return { now, before };
}

test("shared strings, CJK text split across inflate chunks, stays whole", async () => {
  // Over 2 MB of Chinese in the shared strings: the inflated part reaches the parser in many
  // pieces, and a three-byte UTF-8 character is bound to straddle some of their edges.
  const strings = Array.from(
    { length: 20_000 },
    (_, i) => `第${i}所学校：城关镇中心小学（九年一贯制）${"均衡".repeat(i % 7)}`
  );
  const rows = strings.map((_, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`);
  for (const stored of [false, true]) {
    const [sheet] = await read([{ name: "学校", body: sheetData(rows) }], {
      sharedStrings: strings,
      stored,
    });
    expect(sheet.values.map((r) => r[0])).toEqual(strings);
  }
});

test("inline strings and rich text (shared and inline) read as their plain text, phonetic guides left out", async () => {
  const sst =
    "<si><r><t>城关</t></r><r><rPr><b/></rPr><t>第一小学</t></r></si>" +
    '<si><t>河西小学</t><rPh sb="0" eb="2"><t>ホーシー</t></rPh></si>';
  const sheets = [
    {
      name: "S",
      body: sheetData([
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
          '<c r="C1" t="inlineStr"><is><t>东关小学</t></is></c>' +
          '<c r="D1" t="inlineStr"><is><r><t>南</t></r><r><rPr><i/></rPr><t>关中学</t></r></is></c>',
      ]),
    },
  ];
  const { now, before } = await both(sheets, { sharedStrings: sst });
  expect(now[0].values).toEqual([["城关第一小学", "河西小学", "东关小学", "南关中学"]]);
  expect(now[0].values).toEqual(before[0].values);
});

test("_xHHHH_ escapes in strings (shared and inline) are decoded as Excel shows them", async () => {
  const [sheet] = await read(
    [
      {
        name: "S",
        body: sheetData([
          '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>_x003D_1+1</t></is></c>',
        ]),
      },
    ],
    { sharedStrings: ["城关_x000D_小学"] }
  );
  expect(sheet.values).toEqual([["城关\r小学", "=1+1"]]);
});

test("cached formula results: numbers, text, booleans (FALSE too), errors; no result is 未计算", async () => {
  const sheets = [
    {
      name: "S",
      body: sheetData([
        '<c r="A1"><f>B1*2</f><v>2400</v></c>' +
          '<c r="B1" t="str"><f>"城"&amp;"关"</f><v>城关</v></c>' +
          '<c r="C1" t="b"><f>A1&gt;1</f><v>1</v></c>' +
          '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
          '<c r="E1"><f>B1+Z9</f></c>' +
          '<c r="F1"><f t="shared" ref="F1:F2" si="0">A1</f><v>7</v></c>',
        '<c r="F2"><f t="shared" si="0"/><v>8</v></c>' +
          '<c r="G2" t="b"><f>A1&lt;1</f><v>0</v></c><c r="H2"><f>A1-A1</f><v>0</v></c>',
      ]),
    },
  ];
  const { now, before } = await both(sheets);
  expect(now[0].values).toEqual([
    [2400, "城关", true, "#DIV/0!", UNCALCULATED_FORMULA, 7, "", ""],
    ["", "", "", "", "", 8, false, 0],
  ]);
  // exceljs dropped a cached FALSE or 0 and read those cells as never calculated: the one
  // difference from before, and the file's value is the right one.
  expect(before[0].values[1].slice(6)).toEqual([UNCALCULATED_FORMULA, UNCALCULATED_FORMULA]);
  expect(now[0].values[0]).toEqual(before[0].values[0]);
});

test("booleans, error cells and numbers as Excel stores them", async () => {
  const sheets = [
    {
      name: "S",
      body: sheetData([
        '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
          '<c r="D1" t="e"><v>#N/A</v></c><c r="E1"><v>1.5E3</v></c><c r="F1" t="n"><v>-0.25</v></c>',
      ]),
    },
  ];
  const { now, before } = await both(sheets);
  expect(now[0].values).toEqual([[true, false, "#REF!", "#N/A", 1500, -0.25]]);
  expect(now[0].values).toEqual(before[0].values);
});

test("dates: built-in and custom date formats give Dates (1900 system), other formats numbers", async () => {
  const styles = {
    cellXfs: [0, 14, 164, 4, 165, 22],
    numFmts: { 164: 'yyyy"年"m"月"d"日"', 165: '0.00"元"' },
  };
  const cells =
    '<c r="A1" s="1"><v>45536</v></c><c r="B1" s="2"><v>45537.5</v></c><c r="C1" s="3"><v>45536</v></c>' +
    '<c r="D1" s="4"><v>12.5</v></c><c r="E1" s="5"><v>45536.25</v></c><c r="F1" s="0"><v>45536</v></c>';
  const sheets = [{ name: "S", body: sheetData([cells]) }];
  const { now, before } = await both(sheets, { styles });
  expect(now[0].values).toEqual([
    [
      new Date(Date.UTC(2024, 8, 1)),
      new Date(Date.UTC(2024, 8, 2, 12)),
      45536,
      12.5,
      new Date(Date.UTC(2024, 8, 1, 6)),
      45536,
    ],
  ]);
  expect(now[0].values).toEqual(before[0].values);
});

test("1904 date system", async () => {
  const sheets = [{ name: "S", body: sheetData(['<c r="A1" s="1"><v>44074</v></c>']) }];
  const { now, before } = await both(sheets, { styles: { cellXfs: [0, 14] }, date1904: true });
  expect(now[0].values).toEqual([[new Date(Date.UTC(2024, 8, 1))]]);
  expect(now[0].values).toEqual(before[0].values);
});

test("the zh-CN built-in date format 31 (yyyy年m月d日) is a date, as Excel shows it", async () => {
  const [sheet] = await read(
    [{ name: "S", body: sheetData(['<c r="A1" s="1"><v>45536</v></c>']) }],
    {
      styles: { cellXfs: [0, 31] },
    }
  );
  expect(sheet.values).toEqual([[new Date(Date.UTC(2024, 8, 1))]]);
});

test("merged cells: areas 0-based, covered cells empty, a merge past the last value widens the range", async () => {
  const sheets = [
    {
      name: "S",
      body:
        sheetData([
          '<c r="A1" t="inlineStr"><is><t>在校学生数</t></is></c><c r="B1" t="inlineStr"><is><t>被覆盖</t></is></c>',
          '<c r="A2" t="inlineStr"><is><t>小学</t></is></c><c r="B2" t="inlineStr"><is><t>初中</t></is></c>',
        ]) + '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C1:D2"/></mergeCells>',
    },
  ];
  const { now, before } = await both(sheets);
  expect(now[0].values).toEqual([
    ["在校学生数", "", "", ""],
    ["小学", "初中", "", ""],
  ]);
  expect(now[0].merges).toEqual([
    { startRow: 0, startColumn: 0, endRow: 0, endColumn: 1 },
    { startRow: 0, startColumn: 2, endRow: 1, endColumn: 3 },
  ]);
  expect(now[0].values).toEqual(before[0].values);
  expect(now[0].merges).toEqual(before[0].merges);
});

test("hidden rows, columns and sheets are still read, and flagged", async () => {
  const sheets: PackageSheet[] = [
    {
      name: "可见",
      body:
        '<cols><col min="2" max="3" width="0" hidden="1"/></cols>' +
        "<sheetData>" +
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2" hidden="1"><c r="A2"><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><v>5</v></c></row>' +
        "</sheetData>",
    },
    { name: "隐藏", body: sheetData(['<c r="A1"><v>9</v></c>']), state: "hidden" },
  ];
  const { now, before } = await both(sheets);
  expect(now.map((s) => s.name)).toEqual(["可见", "隐藏"]);
  expect(now[0].values).toEqual([
    [1, 2, 3],
    [4, "", ""],
    [5, "", ""],
  ]);
  expect(now[0].hiddenRows).toEqual([1]);
  expect(now[0].hiddenColumns).toEqual([1, 2]);
  expect(now[0].state).toBeUndefined();
  expect(now[1].state).toBe("hidden");
  expect(now.map((s) => s.values)).toEqual(before.map((s) => s.values));
});

test("prefixed SpreadsheetML, cells without r, and escaped text", async () => {
  const body =
    '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="2">' +
    `<x:c t="inlineStr"><x:is><x:t>${escapeXml("A&B <学校>")}</x:t></x:is></x:c><x:c><x:v>3</x:v></x:c>` +
    "</x:row></x:sheetData>";
  const [sheet] = await read([{ name: "S", body }]);
  expect(sheet.values).toEqual([
    ["", ""],
    ["A&B <学校>", 3],
  ]);
});

test("cell references: lower case, leading zeros and long rows read; malformed ones are a damaged file", async () => {
  const cell = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
  const [sheet] = await read([
    {
      name: "S",
      body: `<sheetData><row r="1">${cell("a1", 1)}${cell("B01", 2)}</row><row r="3">${cell("AB3", 3)}</row></sheetData>`,
    },
  ]);
  expect(sheet.values[0].slice(0, 2)).toEqual([1, 2]);
  expect(sheet.values[2][27]).toBe(3);
  for (const bad of ["A0", "1A", "AAAA1", "A", "A1.5", "A-1"]) {
    await expect(
      read([{ name: "S", body: `<sheetData><row r="1">${cell(bad, 1)}</row></sheetData>` }])
    ).rejects.toMatchObject({
      code: "damagedXlsx",
      message: expect.stringContaining(`单元格地址 ${bad} 有误`),
    });
  }
});

test("bad XML is a damaged file, in one Chinese line", async () => {
  await expect(
    read([{ name: "S", body: "<sheetData><row><c></row></sheetData>" }])
  ).rejects.toMatchObject({
    code: "damagedXlsx",
    message: expect.stringMatching(
      /^无法读取 test\.xlsx：文件已损坏或不完整（部件 xl\/worksheets\/sheet1\.xml 不是有效的 XML）$/
    ),
  });
});

test("an entity the XML does not define is refused, never expanded or fetched", async () => {
  const body =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>';
  await expect(read([{ name: "S", body }])).rejects.toMatchObject({ code: "damagedXlsx" });
});
