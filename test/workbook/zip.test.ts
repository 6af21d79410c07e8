/**
 * The zip checks of the streamed reader (src/workbook/zip.ts), one by one on hand-built zips
 * (test/corpus/zip.ts), in process: the declared sizes before anything is inflated, the real
 * sizes while each part is inflated (once). Each refusal is an EduError with a one-line
 * Chinese message, and a sound workbook passes.
 */
import * as zlib from "zlib";
import { EduError } from "../../src/core/errors";
import { WORKBOOK_LIMITS as XLSX_LIMITS } from "../../src/workbook";
import { checkSheetExtent as checkExtent } from "../../src/workbook/refusals";
import { nodeInflateRaw } from "../../src/cli/readFile";
import type { ReadOptions } from "../../src/workbook";
import { readXlsxBytes } from "../../src/workbook/xlsx";
import {
  SCHOOL_HEADERS,
  primarySchool,
  schoolRow,
  workbook,
  workbookEntries,
} from "../corpus/generate";
import { crc32, zip } from "../corpus/zip";

/**
 * The inflater under test: fflate streaming every part (the browser), or Node's zlib for the
 * parts up to NATIVE_INFLATE_MAX (the CLI). Each check below runs with both.
 */
let inflater: ReadOptions = {};

/** Reads the whole workbook: every check the reader makes, in the order it makes them. */
function checkXlsxZip(bytes: Buffer, name: string): void {
  readXlsxBytes(bytes, name, XLSX_LIMITS, inflater);
}

function checkSheetExtent(file: string, sheet: string, rows: number, columns: number): void {
  checkExtent(file, sheet, rows, columns, XLSX_LIMITS);
}

function refusal(f: () => void): EduError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EduError);
    const err = e as EduError;
    expect(err.message).not.toContain("\n");
    expect(err.message).toMatch(/^无法读取 test\.xlsx：/);
    return err;
  }
  throw new Error("expected a refusal");
}

const GOOD = workbook([
  { name: "学校基础数据", rows: [[...SCHOOL_HEADERS], schoolRow(primarySchool("城关小学"))] },
]);

describe.each([
  ["fflate, streamed", {}],
  ["Node's zlib for small parts", { inflateRaw: nodeInflateRaw }],
] as [string, ReadOptions][])("the zip of an .xlsx (%s)", (_name, options) => {
  beforeAll(() => {
    inflater = options;
  });
  test("a sound workbook passes", () => {
    expect(() => checkXlsxZip(GOOD, "test.xlsx")).not.toThrow();
  });

  test("declared sizes adding up to more than the limit are refused before anything is inflated", () => {
    const entries = workbookEntries([{ name: "S", xml: "<worksheet/>" }]);
    entries[entries.length - 1].declare = { uncompressed: XLSX_LIMITS.uncompressedBytes + 1 };
    const e = refusal(() => checkXlsxZip(zip(entries), "test.xlsx"));
    expect(e.code).toBe("xlsxTooLarge");
    expect(e.message).toContain(`超过 ${XLSX_LIMITS.uncompressedBytes / 1024 / 1024} MB 的上限`);
  });

  test("one part packed beyond 200:1 is refused as a likely bomb", () => {
    const data = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const entries = workbookEntries([{ name: "S", xml: "" }]);
    entries[entries.length - 1].compressed = {
      bytes: zlib.deflateRawSync(data, { level: 9 }),
      size: data.length,
      crc: crc32(data),
    };
    const e = refusal(() => checkXlsxZip(zip(entries), "test.xlsx"));
    expect(e.code).toBe("xlsxBomb");
    expect(e.message).toContain("xl/worksheets/sheet1.xml");
  });

  test("a small part may pack tighter than 200:1 (short XML with long runs of spaces is normal)", () => {
    const entries = workbookEntries([
      { name: "S", xml: `<worksheet>${" ".repeat(500_000)}</worksheet>` },
    ]);
    expect(() => checkXlsxZip(zip(entries), "test.xlsx")).not.toThrow();
  });

  test("a part that inflates to more than it declares is stopped at its declared size", () => {
    const data = Buffer.alloc(10 * 1024 * 1024, 0x20);
    const entries = workbookEntries([{ name: "S", xml: "" }]);
    entries[entries.length - 1].compressed = {
      bytes: zlib.deflateRawSync(data),
      size: 1000,
      crc: 0,
    };
    const e = refusal(() => checkXlsxZip(zip(entries), "test.xlsx"));
    expect(e.code).toBe("damagedXlsx");
    expect(e.message).toContain("解压后大于声明的大小");
  });

  test("a part whose compressed bytes are garbage is damaged, not a crash", () => {
    const entries = workbookEntries([{ name: "S", xml: "" }]);
    const garbage = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 0xff));
    entries[entries.length - 1].compressed = { bytes: garbage, size: 5000, crc: 0 };
    const e = refusal(() => checkXlsxZip(zip(entries), "test.xlsx"));
    expect(e.code).toBe("damagedXlsx");
    expect(e.message).toMatch(/压缩数据有误|与声明的 5000 字节不符/);
  });

  test("a part that inflates to less than it declares is damaged", () => {
    const entries = workbookEntries([{ name: "S", xml: "<worksheet/>" }]);
    entries[entries.length - 1].declare = { uncompressed: 5000 };
    expect(refusal(() => checkXlsxZip(zip(entries), "test.xlsx")).message).toContain(
      "与声明的 5000 字节不符"
    );
  });

  test("more than 10,000 parts are refused", () => {
    const entries = workbookEntries([{ name: "S", xml: "<worksheet/>" }]);
    for (let i = 0; i < XLSX_LIMITS.entries; i++)
      entries.push({ name: `x${i}`, data: "", method: 0 });
    expect(refusal(() => checkXlsxZip(zip(entries), "test.xlsx")).code).toBe("xlsxTooManyParts");
  });

  test("a cut-off file, a broken directory and data past the end are damaged, not a crash", () => {
    expect(
      refusal(() => checkXlsxZip(GOOD.subarray(0, GOOD.length - 30), "test.xlsx")).message
    ).toContain("找不到压缩包目录");
    const broken = Buffer.from(GOOD);
    const end = broken.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    broken.writeUInt32LE(broken.readUInt32LE(end + 16) + 7, end + 16); // directory offset off by 7
    expect(refusal(() => checkXlsxZip(broken, "test.xlsx")).code).toBe("damagedXlsx");
    const entries = workbookEntries([{ name: "S", xml: "<worksheet/>" }]);
    entries[entries.length - 1].declare = { compressed: 1_000_000 };
    expect(refusal(() => checkXlsxZip(zip(entries), "test.xlsx")).message).toContain("不完整");
  });

  test("ZIP64 markers, encrypted parts and unknown compression methods are refused with a reason", () => {
    const entries = workbookEntries([{ name: "S", xml: "<worksheet/>" }]);
    entries[entries.length - 1].declare = { uncompressed: 0xffffffff };
    expect(refusal(() => checkXlsxZip(zip(entries), "test.xlsx")).message).toContain("4 GB");
    const encrypted = Buffer.from(GOOD);
    const dir = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(1, dir + 8);
    expect(refusal(() => checkXlsxZip(encrypted, "test.xlsx")).code).toBe("encryptedXlsx");
    const method = Buffer.from(GOOD);
    method.writeUInt16LE(12, dir + 10); // bzip2
    expect(refusal(() => checkXlsxZip(method, "test.xlsx")).message).toContain(
      "不支持的压缩方式 12"
    );
  });
});

describe("checkSheetExtent", () => {
  test("Excel's own size passes the row and column check but not the cell limit; one more row is beyond Excel", () => {
    expect(() => checkSheetExtent("test.xlsx", "S", 100_000, 23)).not.toThrow();
    expect(() =>
      checkSheetExtent("test.xlsx", "S", XLSX_LIMITS.sheetCells / 100, 100)
    ).not.toThrow();
    expect(
      refusal(() => checkSheetExtent("test.xlsx", "S", XLSX_LIMITS.sheetCells / 100 + 1, 100)).code
    ).toBe("sheetTooLarge");
    expect(refusal(() => checkSheetExtent("test.xlsx", "S", 1_048_576, 16_384)).message).toContain(
      "2000 万个单元格的上限"
    );
    expect(refusal(() => checkSheetExtent("test.xlsx", "S", 1_048_577, 1)).code).toBe(
      "beyondExcelLimits"
    );
    expect(refusal(() => checkSheetExtent("test.xlsx", "S", 1, 16_385)).code).toBe(
      "beyondExcelLimits"
    );
  });
});
