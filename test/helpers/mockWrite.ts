/**
 * The pane's write of the 学校达标情况 sheet through office-addin-mock (excelMockWrite.test.ts at
 * 50 schools, excelMockWrite.scale.test.ts at 5,000): each sheet is one 2-D values and one
 * numberFormat assignment, formats by rectangle, no sync. The test file mocks
 * office-addin-manifest before importing this.
 */
import { evaluate } from "../../src/core/pipeline";
import { OfficeMockObject } from "office-addin-mock";
import { buildReport } from "../../src/report";
import { writeSheetContent } from "../../src/taskpane/excel/write";
import { sampleClasses, sampleSchoolRecords } from "../taskpane/sampleCounty";

interface Recorded {
  address: [number, number, number, number];
  range: OfficeMockObject;
}

/** A worksheet whose ranges are office-addin-mock objects, each remembered with its indexes. */
function mockWorksheet() {
  const ranges: Recorded[] = [];
  let syncs = 0;
  const sheet = new OfficeMockObject({
    freezePanes: { frozen: 0, freezeRows: () => undefined },
    pageLayout: { setPrintTitleRows: () => undefined },
    getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) => {
      const range = new OfficeMockObject({
        format: {
          font: {},
          fill: {},
          borders: { getItem: () => ({}) },
          autofitRows: () => undefined,
        },
        merge: () => undefined,
      });
      ranges.push({ address: [row, column, rowCount, columnCount], range });
      return range;
    },
    charts: {
      add: () => {
        throw new Error("no charts in this test");
      },
    },
  });
  sheet.sync = async () => {
    syncs++;
  };
  return { sheet, ranges, syncs: () => syncs };
}

export function checkSchoolsSheetWrite(n: number): void {
  const schools = sampleSchoolRecords(n);
  const report = buildReport(evaluate({ schools, classes: sampleClasses(schools) }), {
    charts: false,
  });
  const sheet = report.sheets.find((s) => s.id === "schools")!;
  const { sheet: ws, ranges, syncs } = mockWorksheet();
  writeSheetContent(ws as unknown as Excel.Worksheet, sheet, () => false);
  expect(syncs()).toBe(0);
  const withValues = ranges.filter((r) => r.range.values !== undefined);
  expect(withValues).toHaveLength(1);
  const width = Math.max(...sheet.rows.map((r) => r.length), sheet.columns.length);
  expect(withValues[0].address).toEqual([0, 0, sheet.rows.length, width]);
  const values = withValues[0].range.values as unknown[][];
  expect(values).toHaveLength(sheet.rows.length);
  expect(values.every((row) => row.length === width)).toBe(true);
  expect(ranges.filter((r) => r.range.numberFormat !== undefined)).toHaveLength(1);
  // school names are written as text ("@"), numbers with the report's format
  const nameRow = sheet.rows.findIndex((r) => r[2]?.value === schools[0].name);
  expect((withValues[0].range.numberFormat as string[][])[nameRow][2]).toBe("@");
  expect((withValues[0].range.numberFormat as string[][])[nameRow][7]).toBe("0.00");
  // failing cells are red: every styled rectangle that is filled red covers only 'fail' cells
  const red = ranges.filter((r) => r.range.format.fill.color === "#FFC7CE");
  expect(red.length).toBeGreaterThan(0);
  for (const {
    address: [row, column, rowCount, columnCount],
  } of red) {
    for (let r = row; r < row + rowCount; r++)
      for (let c = column; c < column + columnCount; c++)
        expect(sheet.rows[r][c].style).toBe("fail");
  }
  const failCells = sheet.rows.flat().filter((c) => c?.style === "fail").length;
  const covered = red.reduce((k, r) => k + r.address[2] * r.address[3], 0);
  expect(covered).toBe(failCells);
  // far fewer format calls than cells
  expect(ranges.length).toBeLessThan(sheet.rows.length * width);
}
