import { cellAddress, parseRangeAddress, splitAreas } from "../../src/taskpane/excel/address";

describe("addresses as Office.js writes them", () => {
  test.each([
    ["Sheet1!B3:D10", { sheet: "Sheet1", row: 2, column: 1, rowCount: 8, columnCount: 3 }],
    ["'学校 数据'!$A$1", { sheet: "学校 数据", row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    ["=Sheet1!$AA$10", { sheet: "Sheet1", row: 9, column: 26, rowCount: 1, columnCount: 1 }],
    [
      "'O''Brien''s, data'!C2:C5",
      { sheet: "O'Brien's, data", row: 1, column: 2, rowCount: 4, columnCount: 1 },
    ],
    ["D4:B2", { sheet: undefined, row: 1, column: 1, rowCount: 3, columnCount: 3 }],
  ])("%s", (address, expected) => {
    expect(parseRangeAddress(address)).toEqual(expected);
  });

  test("what is not a cell range is refused", () => {
    expect(parseRangeAddress("#REF!")).toBeUndefined();
    expect(parseRangeAddress("A:C")).toBeUndefined();
    expect(parseRangeAddress("Sheet1!A0")).toBeUndefined();
  });

  test("merged areas split on commas outside quoted sheet names", () => {
    expect(splitAreas("'a, b'!A1:B1,'a, b'!C1:C2, Sheet2!D4")).toEqual([
      "'a, b'!A1:B1",
      "'a, b'!C1:C2",
      "Sheet2!D4",
    ]);
  });

  test("cell addresses", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(46, 5)).toBe("F47");
    expect(cellAddress(0, 27)).toBe("AB1");
  });
});
