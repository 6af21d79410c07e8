import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeXlsx } from "../../src/cli/xlsx";
import { textWidth, wrapColumns } from "../../src/report/layout";
import type { ReportSheet } from "../../src/report/model";

// A 说明 wider than its column used to spill across the page, and fit-to-width printing
// then shrank the whole 汇总 sheet to an unreadable size.
const LONG =
  "未达标：城关第一小学、白马镇大坪小学、石桥镇桥头小学，各差生均体育运动场馆面积等若干项";
const sheet: ReportSheet = {
  name: "汇总",
  id: "summary",
  columns: [{ width: 20 }, { width: 12 }, { width: 30 }],
  rows: [
    [
      {
        value: "县域义务教育优质均衡发展 资源配置测算汇总（一个很长很长很长很长的标题）",
        style: "title",
      },
    ],
    [
      { value: "项目", style: "header" },
      { value: "小学", style: "header" },
      { value: "说明", style: "header" },
    ],
    [{ value: "资源配置结论" }, { value: "未达标", style: "fail" }, { value: LONG }],
    [{ value: "学校数" }, { value: 31 }, { value: "短" }],
  ],
};

test("text width counts a CJK character as two columns", () => {
  expect(textWidth("abc")).toBe(3);
  expect(textWidth("小学（㎡）")).toBe(10);
});

test("only a column whose body text is wider than the column wraps; titles do not count", () => {
  expect(textWidth(LONG)).toBeGreaterThan(30);
  expect(wrapColumns(sheet)).toEqual([false, false, true]);
});

test("the CLI workbook wraps that column and leaves the others alone", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-layout-"));
  const file = path.join(dir, "r.xlsx");
  await writeXlsx({ sheets: [sheet] }, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("汇总")!;
  expect(ws.getCell("C3").alignment?.wrapText).toBe(true);
  expect(ws.getCell("A3").alignment?.wrapText).toBeFalsy();
  expect(ws.getCell("A1").alignment?.wrapText).toBeFalsy();
  fs.rmSync(dir, { recursive: true, force: true });
});
