/**
 * Duplicate school names (issue 22 §1): none of a name's rows is counted, and the issues say so
 * once per name, listing a bounded number of rows. Every duplicate once listed every row, so
 * 20,000 rows of one name made 20,000² row numbers — gigabytes of messages.
 */
import { badDataSchoolCount } from "../../../src/core";
import { readWorkbook, templateHeaders } from "../../../src/core/table";
import { DUPLICATE_ROWS_LISTED } from "../../../src/core/table/school";
import type { CellValue, InputIssue, SheetCells } from "../../../src/core/types";

const HEADER = templateHeaders().schoolSheet.headers;

/** A 小学 row in the template's order, with the given name (the numbers are plausible). */
function primaryRow(name: string): CellValue[] {
  const byHeader: Record<string, CellValue> = {
    学校名称: name,
    学校类型: "小学",
    办学性质: "公办",
    城乡类别: "城区",
    小学在校生数: 1200,
    初中在校生数: 0,
    小学班级数: 26,
    初中班级数: 0,
    小学高于规定学历教师数: 60,
    小学县级以上骨干教师数: 15,
    小学体育艺术专任教师数: 12,
    "教学及辅助用房面积（㎡）": 6000,
    "其中：室内体育用房面积（㎡）": 500,
    "运动场地面积（㎡）": 9000,
    "教学仪器设备值（万元）": 260,
    "网络多媒体教室数（间）": 30,
    "音乐专用教室数（间）": 2,
    "美术专用教室数（间）": 2,
  };
  return HEADER.map((h) => byHeader[h] ?? "");
}

function sheet(names: readonly string[]): SheetCells {
  return { name: "学校基础数据", values: [HEADER, ...names.map(primaryRow)] };
}

const duplicates = (issues: InputIssue[]) => issues.filter((i) => i.code === "duplicateSchool");
const size = (issues: InputIssue[]) =>
  issues.reduce((n, i) => n + i.message.length + (i.messageEn ?? "").length, 0);

test("20,000 rows of one name: one issue, a bounded list of rows with the total, none counted", () => {
  const n = 20_000;
  const names = [...Array.from({ length: n }, () => "城关第一小学"), "实验小学"];
  const r = readWorkbook([sheet(names)]);

  // The one other school is read; no row of the duplicated name is.
  expect(r.schools.map((s) => s.name)).toEqual(["实验小学"]);
  const found = duplicates(r.issues);
  expect(found).toHaveLength(1);
  // At the name's second row (Excel row 3: the header is row 1), column A, an error.
  expect(found[0]).toMatchObject({ severity: "error", sheet: "学校基础数据", row: 3, column: "A" });
  const listed = Array.from({ length: DUPLICATE_ROWS_LISTED }, (_, k) => k + 2).join("、");
  expect(found[0].message).toContain(`城关第一小学`);
  expect(found[0].message).toContain(`（第 ${listed} 行等，共 ${n} 行）`);
  expect(found[0].message).toContain("这些行都未计入");
  expect(found[0].messageEn).toContain(`${n} rows in all`);
  // "不含 N 所数据有误的学校" counts every row left out, though the message lists only a few.
  expect(badDataSchoolCount(r)).toBe(n);
  // Bounded: the name, a few row numbers and the sentence, whatever the count.
  expect(size(r.issues)).toBeLessThan(1_000);
});

test("10,000 names twice each: one issue per name, total size linear in the rows", () => {
  const names: string[] = [];
  for (let k = 0; k < 10_000; k++) names.push(`第${k}小学`, `第${k}小学`);
  const r = readWorkbook([sheet(names)]);
  expect(r.schools).toHaveLength(0);
  const found = duplicates(r.issues);
  expect(found).toHaveLength(10_000);
  // Each issue lists exactly its own two rows.
  expect(found[0].message).toContain("（第 2、3 行）");
  expect(found[9_999].message).toContain("（第 20000、20001 行）");
  expect(size(found) / found.length).toBeLessThan(500);
});

test("the list is whole up to the limit, and cut with the total just past it", () => {
  const at = DUPLICATE_ROWS_LISTED;
  const names = [
    ...Array.from({ length: 3 }, () => "甲小学"),
    ...Array.from({ length: at }, () => "乙小学"),
    ...Array.from({ length: at + 1 }, () => "丙小学"),
  ];
  const r = readWorkbook([sheet(names)]);
  expect(r.schools).toHaveLength(0);
  const [a, b, c] = duplicates(r.issues);
  expect(a.message).toContain("（第 2、3、4 行）");
  expect(a.row).toBe(3);
  const rowsOf = (from: number, count: number) =>
    Array.from({ length: count }, (_, k) => from + k).join("、");
  expect(b.message).toContain(`（第 ${rowsOf(5, at)} 行）`);
  expect(b.message).not.toContain("共");
  expect(c.message).toContain(`（第 ${rowsOf(5 + at, at)} 行等，共 ${at + 1} 行）`);
  expect(c.row).toBe(5 + at + 1);
});
