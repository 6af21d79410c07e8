/**
 * The legacy reader's budget (issue 22 item 2): SheetJS builds a whole .xls before the reader's
 * limits see a cell, so the BIFF records are counted first (src/workbook/biff.ts) in the
 * Workbook stream, read in place from the compound file (src/workbook/cfb.ts). Each file here
 * is built in the test, BIFF8 record by record (./biff.ts), small: the budget is lowered to
 * match, except where the default itself is the point. test/corpus/legacyLimits.test.ts runs
 * the command on such files under a small heap.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookBytes, WORKBOOK_LIMITS, type WorkbookLimits } from "../../src/workbook";
import { addToLastSheet, hyperlink, mergeCells, minimalXls, mulRkRecords, record } from "./biff";

const FIXTURES = path.join(__dirname, "../fixtures/legacy");

async function outcome(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Promise<{ cells: number } | { code: string; message: string }> {
  try {
    const sheets = await readWorkbookBytes(bytes, "county.xls", limits);
    let cells = 0;
    for (const s of sheets)
      for (const line of s.values) for (const v of line) if (v !== "") cells++;
    return { cells };
  } catch (e) {
    const err = e as { code?: string; message: string };
    return { code: err.code ?? "?", message: err.message };
  }
}

const ONE_LINE = /^无法读取 county\.xls：[^\n]*[\u4e00-\u9fff][^\n]*$/;

describe("cells counted in the records, before SheetJS builds them", () => {
  test("MULRK records: read whole within the budget, one Chinese line naming the sheet beyond it", async () => {
    const cells = 3000;
    const xls = minimalXls("学校基础数据", mulRkRecords(cells, 150));
    // The sheet's cells and a few other records (BOFs, the sheet's entry).
    expect(await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: cells + 10 })).toEqual({
      cells,
    });
    const refused = await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: cells - 1 });
    expect(refused).toEqual({
      code: "legacyTooLarge",
      message: expect.stringMatching(ONE_LINE),
    });
    expect((refused as { message: string }).message).toContain(
      `读到工作表「学校基础数据」时，这个旧版 .xls/.et 文件中的单元格、共享字符串等内容已超过 0.2999 万项的上限`
    );
  });

  test("the default budget: 2 million numbers added to the example county's last sheet are refused at once", async () => {
    const county = fs.readFileSync(path.join(FIXTURES, "county-template.xls"));
    // 100 rows below the sheet's own: 12 MB of MULRK, 6 bytes a number.
    const over = addToLastSheet(county, mulRkRecords(WORKBOOK_LIMITS.legacyObjects + 1, 200, 100));
    expect(over.length).toBeGreaterThan(12_000_000);
    const started = Date.now();
    const refused = await outcome(over);
    expect(refused).toHaveProperty("code", "legacyTooLarge");
    expect((refused as { message: string }).message).toMatch(ONE_LINE);
    // Counting 12 MB of records, not building 2 million cells (which took ~13 s and 1.2 GB).
    expect(Date.now() - started).toBeLessThan(5000);
    // The same file with a few numbers is read, the county's cells and the numbers.
    const county0 = await outcome(county);
    const few = await outcome(addToLastSheet(county, mulRkRecords(1000, 200, 100)));
    expect(few).toEqual({ cells: (county0 as { cells: number }).cells + 1000 });
  });

  test("blank cells (MULBLANK: 2 bytes a cell) count too: SheetJS builds them (cellStyles implies sheetStubs)", async () => {
    const blanks: Buffer[] = [];
    for (let row = 0; row < 20; row++) {
      const data = Buffer.alloc(6 + 100 * 2);
      data.writeUInt16LE(row, 0);
      data.writeUInt16LE(99, 4 + 100 * 2);
      blanks.push(record(0x00be, data));
    }
    const xls = minimalXls("S", blanks);
    expect(await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: 2010 })).toEqual({ cells: 0 });
    expect(await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: 1999 })).toHaveProperty(
      "code",
      "legacyTooLarge"
    );
  });

  test("shared strings count as SST declares them", async () => {
    // An SST declaring 5,000 unique strings (SheetJS reads while bytes remain: 3 at least each).
    const data = Buffer.alloc(8 + 5000 * 4);
    data.writeUInt32LE(5000, 0);
    data.writeUInt32LE(5000, 4);
    for (let i = 0; i < 5000; i++) {
      // "A": 1 character, 8-bit (XLUnicodeRichExtendedString).
      data.writeUInt16LE(1, 8 + i * 4);
      data[8 + i * 4 + 3] = 65;
    }
    const xls = minimalXls("S", [record(0x00fc, data)]);
    expect(await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: 5010 })).toEqual({ cells: 0 });
    expect(await outcome(xls, { ...WORKBOOK_LIMITS, legacyObjects: 4000 })).toHaveProperty(
      "code",
      "legacyTooLarge"
    );
  });
});

describe("records that cost SheetJS time", () => {
  test("a hyperlink over a whole sheet, repeated: refused before SheetJS walks its cells", async () => {
    const links = Array.from({ length: 10 }, () => hyperlink(0, 65535, 0, 255));
    const refused = await outcome(minimalXls("S", links));
    expect(refused).toEqual({ code: "legacyTooSlow", message: expect.stringMatching(ONE_LINE) });
  });

  test("many MERGECELLS records of one area each (SheetJS copies the merges so far for each)", async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => mergeCells([[i * 2, i * 2, 0, 1]]));
    const refused = await outcome(minimalXls("S", records), {
      ...WORKBOOK_LIMITS,
      legacySteps: 10_000_000,
    });
    expect(refused).toHaveProperty("code", "legacyTooSlow");
    // As Excel writes them (up to 1,026 areas a record), the same 20,000 areas are read.
    const packed: Buffer[] = [];
    for (let i = 0; i < 20_000; i += 1000)
      packed.push(
        mergeCells(Array.from({ length: 1000 }, (_, j) => [(i + j) * 2, (i + j) * 2, 0, 1]))
      );
    const read = await readWorkbookBytes(minimalXls("S", packed), "county.xls", {
      ...WORKBOOK_LIMITS,
      legacySteps: 10_000_000,
    });
    expect(read[0].merges).toHaveLength(20_000);
  });
});

describe("the compound file", () => {
  test("a sector chain that loops is a damaged file (SheetJS followed it until the heap ran out)", async () => {
    const xls = minimalXls("S", mulRkRecords(2000, 100));
    // Version 3, one FAT sector (sector 0, right after the header); the directory's chain and
    // the Workbook stream's, found in the directory, are joined and closed into a loop.
    const fat = 512 * (xls.readInt32LE(76) + 1);
    const dir = xls.readInt32LE(48);
    const dirAt = 512 * (dir + 1);
    let start = -1;
    let size = 0;
    for (let e = dirAt; e < dirAt + 512; e += 128) {
      const name = xls.subarray(e, e + xls.readUInt16LE(e + 64)).toString("utf16le");
      if (name === "Workbook\0") {
        start = xls.readInt32LE(e + 116);
        size = xls.readInt32LE(e + 120);
      }
    }
    expect(start).toBeGreaterThanOrEqual(0);
    const last = start + Math.ceil(size / 512) - 1;
    expect(xls.readInt32LE(fat + last * 4)).toBe(-2); // end of the stream's chain
    xls.writeInt32LE(start, fat + dir * 4);
    xls.writeInt32LE(start, fat + last * 4);
    const refused = await outcome(xls);
    expect(refused).toEqual({
      code: "damagedXlsx",
      message: "无法读取 county.xls：文件已损坏或不完整（复合文件的扇区链形成循环）",
    });
  });

  test("SheetJS's line for each record it does not know is not printed", async () => {
    const error = jest.spyOn(console, "error");
    try {
      const unknown = Array.from({ length: 500 }, () => record(0x7777));
      expect(await outcome(minimalXls("S", [...unknown, ...mulRkRecords(10)]))).toEqual({
        cells: 10,
      });
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });

  test("the fixtures (written by LibreOffice) are within the budget and read", async () => {
    for (const name of fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xls"))) {
      const read = await outcome(fs.readFileSync(path.join(FIXTURES, name)));
      expect([name, read]).toEqual([name, { cells: expect.any(Number) }]);
    }
  });
});
