import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { EduError } from "../../src/core/errors";
import type { ReportWorkbook } from "../../src/report/model";
import { parseRange, readXlsx, UNCALCULATED_FORMULA, writeXlsx } from "../../src/cli/xlsx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-xlsx-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const SMALL: ReportWorkbook = {
  sheets: [
    {
      name: "学校基础数据",
      id: "schools",
      columns: [{ width: 20 }, { width: 10 }, { width: 10 }],
      rows: [
        [{ value: "示例县学校情况", style: "title" }],
        [
          { value: "在校学生数", style: "header" },
          { value: null },
          { value: "备注", style: "header" },
        ],
        [
          { value: "小学", style: "header" },
          { value: "初中", style: "header" },
        ],
        [{ value: 1716 }, { value: "1,234" }, { value: true }],
        [],
        [
          { value: 4.2, numFmt: "0.00", style: "fail", note: "差 0.35（8.3%）" },
          { value: 0.12345, numFmt: "0.000", style: "pass" },
          { value: "达标", style: "borderline" },
        ],
      ],
      merges: [
        { startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 },
        { startRow: 1, startColumn: 0, endRow: 1, endColumn: 1 },
        { startRow: 1, startColumn: 2, endRow: 2, endColumn: 2 },
      ],
      headerRows: 3,
      print: { landscape: true, fitToWidth: true },
    },
    { name: "第二张", id: "second", columns: [{ width: 8 }], rows: [[{ value: "x" }]] },
  ],
};

async function writeSample(name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(SMALL, file);
  return file;
}

describe("writeXlsx → readXlsx round trip", () => {
  test("values come back as Office.js would give them, merges 0-based, covered cells empty", async () => {
    const file = await writeSample("roundtrip.xlsx");
    const sheets = await readXlsx(file);
    expect(sheets.map((s) => s.name)).toEqual(["学校基础数据", "第二张"]);
    const s = sheets[0];
    expect(s.origin).toEqual({ row: 1, column: 1 });
    expect(s.values).toEqual([
      ["示例县学校情况", "", ""],
      ["在校学生数", "", "备注"],
      ["小学", "初中", ""],
      [1716, "1,234", true],
      ["", "", ""],
      [4.2, 0.12345, "达标"],
    ]);
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 },
        { startRow: 1, startColumn: 0, endRow: 1, endColumn: 1 },
        { startRow: 1, startColumn: 2, endRow: 2, endColumn: 2 },
      ])
    );
    expect(s.merges).toHaveLength(3);
    expect(sheets[1].values).toEqual([["x"]]);
    expect(sheets[1].merges).toBeUndefined();
  });

  test("styles, number formats, notes, frozen header and A4 landscape print setup are written", async () => {
    const file = await writeSample("styles.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("学校基础数据")!;
    const fail = ws.getCell("A6");
    expect(fail.numFmt).toBe("0.00");
    expect((fail.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE"); // light red
    expect(fail.font.color?.argb).toBe("FF9C0006"); // dark red
    expect(String(fail.note ?? "")).toContain("差 0.35（8.3%）");
    expect((ws.getCell("B6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFC6EFCE"); // green
    expect(ws.getCell("B6").numFmt).toBe("0.000");
    expect((ws.getCell("C6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C"); // yellow
    expect(ws.getCell("A2").font.bold).toBe(true);
    expect(ws.getCell("A2").border?.bottom?.style).toBe("thin");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").font.size).toBeGreaterThanOrEqual(14);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe("1:3");
  });

  test("creates the folder, and leaves no temporary file behind", async () => {
    const nested = path.join(dir, "新建文件夹", "报表", "out.xlsx");
    await writeXlsx(SMALL, nested);
    expect(fs.existsSync(nested)).toBe(true);
    expect(fs.readdirSync(path.dirname(nested))).toEqual(["out.xlsx"]);
  });

  test("a write that fails leaves neither the target nor a temporary file", async () => {
    const blocked = path.join(dir, "blocked");
    fs.mkdirSync(blocked);
    const target = path.join(blocked, "x.xlsx");
    fs.mkdirSync(target); // a folder where the file should go: rename fails
    await expect(writeXlsx(SMALL, target)).rejects.toThrow(EduError);
    expect(fs.readdirSync(blocked)).toEqual(["x.xlsx"]);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });
});

test("a workbook from another program: formulas read as their cached result, rich text as text", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校");
  ws.getCell("A1").value = {
    richText: [{ text: "城关" }, { text: "第一小学", font: { bold: true } }],
  };
  ws.getCell("B1").value = 1200;
  ws.getCell("C1").value = { formula: "B1*2", result: 2400 } as ExcelJS.CellFormulaValue;
  ws.getCell("D1").value = { formula: "B1+Z9" } as ExcelJS.CellFormulaValue; // never calculated
  ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("C3").value = "末尾";
  const file = path.join(dir, "foreign.xlsx");
  await wb.xlsx.writeFile(file);
  const [sheet] = await readXlsx(file);
  expect(sheet.values).toEqual([
    ["城关第一小学", 1200, 2400, UNCALCULATED_FORMULA, "#REF!"],
    ["", "", "", "", ""],
    ["", "", "末尾", "", ""],
  ]);
});

describe("readXlsx: unreadable input is one Chinese line", () => {
  async function failure(file: string): Promise<EduError> {
    try {
      await readXlsx(file);
    } catch (e) {
      expect(e).toBeInstanceOf(EduError);
      const err = e as EduError;
      expect(err.message).toMatch(/[\u4e00-\u9fff]/);
      expect(err.message).not.toContain("\n");
      return err;
    }
    throw new Error(`expected ${file} to be rejected`);
  }

  test("missing file", async () => {
    const e = await failure(path.join(dir, "不存在.xlsx"));
    expect(e.code).toBe("fileNotFound");
    expect(e.message).toContain("找不到文件");
  });

  test("empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    fs.writeFileSync(file, "");
    expect((await failure(file)).code).toBe("emptyFile");
  });

  test("random bytes and a text file are not workbooks", async () => {
    const rnd = path.join(dir, "random.xlsx");
    fs.writeFileSync(
      rnd,
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
    );
    expect((await failure(rnd)).code).toBe("notXlsx");
    const txt = path.join(dir, "notes.txt");
    fs.writeFileSync(txt, "学校名称,学生数\n城关小学,1200\n");
    expect((await failure(txt)).message).toContain("不是 Excel 工作簿");
  });

  test("a truncated workbook is reported as damaged", async () => {
    const whole = fs.readFileSync(await writeSample("whole.xlsx"));
    const cut = path.join(dir, "truncated.xlsx");
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await failure(cut)).code).toBe("damagedXlsx");
  });

  test("an OLE file that is no readable .xls says it is damaged or locked, and how to fix it", async () => {
    const ole = path.join(dir, "locked.xlsx");
    fs.writeFileSync(
      ole,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(1024),
      ])
    );
    const e = await failure(ole);
    expect(e.code).toBe("encryptedOrDamaged");
    expect(e.message).toContain("密码");
  });

  test("a folder", async () => {
    expect((await failure(dir)).code).toBe("notAFile");
  });
});

test("parseRange", () => {
  expect(parseRange("A1:C1")).toEqual({ startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 });
  expect(parseRange("$AA$10:$AB$12")).toEqual({
    startRow: 9,
    startColumn: 26,
    endRow: 11,
    endColumn: 27,
  });
  expect(parseRange("B3")).toEqual({ startRow: 2, startColumn: 1, endRow: 2, endColumn: 1 });
  expect(parseRange("oops")).toBeUndefined();
});
