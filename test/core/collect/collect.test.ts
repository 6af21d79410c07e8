/**
 * Collecting one-school forms (issue 23 §6), pure: forms as cells, in the template's words
 * and in other wordings, one-row school sheets, a county table, files that are not forms,
 * a school in two files, a roster — and the county table they make, read as assess reads it.
 */
import {
  collectSchools,
  readRoster,
  readSchoolSources,
  readWorkbook,
  templateHeaders,
  type CellValue,
  type SchoolSource,
  type SheetCells,
} from "../../../src/core";

const H = templateHeaders().schoolSheet;

/** A 小学 and a 九年一贯制 school, by template header. */
const SCHOOL_A: Record<string, CellValue> = {
  学校名称: "城关一小",
  学校类型: "小学",
  办学性质: "公办",
  城乡类别: "城区",
  "学区/集团": "第一学区",
  小学在校生数: 1200,
  初中在校生数: 0,
  小学班级数: 24,
  小学高于规定学历教师数: 66,
  小学县级以上骨干教师数: 12,
  小学体育艺术专任教师数: 11,
  "教学及辅助用房面积（㎡）": 6000,
  "其中：室内体育用房面积（㎡）": 500,
  "运动场地面积（㎡）": 9000,
  "教学仪器设备值（万元）": 300,
  "网络多媒体教室数（间）": 30,
  "音乐专用教室数（间）": 2,
  "美术专用教室数（间）": 2,
};
const SCHOOL_B: Record<string, CellValue> = {
  学校名称: "南关九年制学校",
  学校类型: "九年一贯制学校",
  城乡类别: "镇区",
  小学在校生数: 600,
  初中在校生数: 450,
  小学班级数: 12,
  初中班级数: 9,
  小学高于规定学历教师数: 33,
  初中高于规定学历教师数: 30,
  小学县级以上骨干教师数: 5,
  初中县级以上骨干教师数: 4,
  小学体育艺术专任教师数: 6,
  初中体育艺术专任教师数: 5,
  "教学及辅助用房面积（㎡）": 7000,
  "其中：室内体育用房面积（㎡）": 400,
  "运动场地面积（㎡）": 10000,
  "教学仪器设备值（万元）": 250.5,
  "网络多媒体教室数（间）": 24,
  "音乐专用教室数（间）": 2,
  "美术专用教室数（间）": 2,
};

/** The one-school form as `template --school` lays it out: title, note, header, one item a row. */
function form(
  school: Record<string, CellValue>,
  name = "学校填报表",
  edit: (rows: CellValue[][]) => CellValue[][] = (r) => r
): SheetCells {
  const rows: CellValue[][] = [
    ["学校基础数据填报表"],
    ["每校填写一份"],
    ["填报项目", "单位", "填报值", "说明"],
  ];
  for (const header of H.headers) {
    const m = /^(.*)（([^（）]*)）$/.exec(header);
    const label = m ? m[1] : header;
    const unit = m ? m[2] : "";
    rows.push([label, unit, school[header] ?? null, ""]);
  }
  return { name, values: edit(rows) };
}

/** The county table of the same schools, typed by hand: the template's header and one row each. */
function countyTable(schools: Record<string, CellValue>[]): SheetCells {
  return {
    name: "学校基础数据",
    values: [H.headers, ...schools.map((s) => H.headers.map((h) => s[h] ?? null))],
  };
}

const sources = (file: string, sheets: SheetCells[]) => readSchoolSources(file, sheets);
const rowOf = (rows: CellValue[][], label: string) => rows.findIndex((r) => r[0] === label) + 1; // Excel row

describe("a one-school form", () => {
  test("in the template's words: one school, read as the reader reads it, no issue", () => {
    const [s] = sources("城关一小.xlsx", [form(SCHOOL_A)]);
    expect(s.kind).toBe("form");
    if (s.kind !== "form") return;
    expect(s.name).toBe("城关一小");
    expect([...s.issues, ...s.cellIssues]).toEqual([]);
    const direct = readWorkbook([countyTable([SCHOOL_A])]).schools[0];
    expect({ ...s.record, source: undefined }).toEqual({ ...direct, source: undefined });
    // Every item's value cell is known: 学校名称 on row 4, column C.
    expect(s.values.get("name")!.at).toEqual({ sheet: "学校填报表", row: 4, column: "C" });
  });

  test("in other wordings, with title rows, units in their own column or the label, 元 and 亩, no header line", () => {
    const sheet: SheetCells = {
      name: "Sheet1",
      values: [
        ["2024年度义务教育学校办学条件统计表"],
        ["填报单位（盖章）：", null, "填报日期：2024年9月"],
        [null],
        ["学校名称：城关一小"],
        ["学校类别", null, "小学"],
        ["办学性质", null, "公办"],
        ["城乡分类", null, "主城区"],
        ["所属学区", null, "第一学区"],
        ["在校学生数（小学）", "人", 1200],
        ["在校学生数（初中）", "人", 0],
        ["小学教学班级数", "个", 24],
        ["小学专任教师中高于规定学历人数", "人", 66],
        ["小学县级及以上骨干教师", "人", 12],
        ["小学体育、艺术专任教师数", "人", 11],
        ["教学及辅助用房面积（平方米）", null, "6,000"],
        ["其中：室内体育用房面积", "平方米", 500],
        ["运动场地面积", "亩", 13.5],
        ["教学仪器设备总值", "元", 3000000],
        ["网络多媒体教室", "间", 30],
        ["音乐专用教室", "间", 2],
        ["美术专用教室", "间", 2],
        ["填表人：", null, "张三"],
      ],
    };
    const [s] = sources("城关一小（改）.xlsx", [sheet]);
    expect(s.kind).toBe("form");
    if (s.kind !== "form") return;
    expect(s.cellIssues).toEqual([]);
    // 13.5 亩 is 9000 ㎡; 主城区 is 城区; 3,000,000 元 is 300 万元. (No 教职工 items here.)
    const {
      primaryStaff: _p,
      juniorStaff: _j,
      ...direct
    } = readWorkbook([countyTable([SCHOOL_A])]).schools[0];
    expect({ ...s.record, source: undefined }).toEqual({ ...direct, source: undefined });
    const c = collectSchools([s]);
    expect(c.sheet.values[1][H.headers.indexOf("教学仪器设备值（万元）")]).toBe(300);
    expect(c.sheet.values[1][H.headers.indexOf("运动场地面积（㎡）")]).toBeCloseTo(9000, 9);
    expect(c.read.schools).toHaveLength(1);
    expect(c.read.schools[0].equipmentValue).toBe(3000000);
    expect(c.read.schools[0].outdoorSportsArea).toBeCloseTo(9000, 6);
  });

  test("a stage-less 在校生数 and teachers by 学历 are read as the county reader reads them", () => {
    const sheet: SheetCells = {
      name: "填报",
      values: [
        ["项目", "数值"],
        ["学校名称", "城关一小"],
        ["学校类型", "小学"],
        ["在校生数", 1200],
        ["班级数", 24],
        ["小学研究生学历专任教师数", 2],
        ["小学本科学历专任教师数", 40],
        ["小学专科学历专任教师数", 24],
        ["小学高中及以下学历专任教师数", 3],
        ["县级以上骨干教师数", 12],
        ["体育艺术专任教师数", 11],
        ["教学及辅助用房面积（㎡）", 6000],
        ["其中：室内体育用房面积（㎡）", 500],
        ["运动场地面积（㎡）", 9000],
        ["教学仪器设备值（万元）", 300],
        ["网络多媒体教室数（间）", 30],
      ],
    };
    const [s] = sources("a.xlsx", [sheet]);
    expect(s.kind).toBe("form");
    if (s.kind !== "form") return;
    expect(s.record?.primaryStudents).toBe(1200);
    expect(s.record?.primaryQualifiedTeachers).toBe(66);
    const c = collectSchools([s]);
    expect(c.read.schools).toHaveLength(1);
    expect(c.read.schools[0].primaryQualifiedTeachers).toBe(66);
    expect(c.read.schools[0].primaryStudents).toBe(1200);
    // The sum sits in the template's column; 在校生数 has a column of its own after the template's.
    expect(c.sheet.values[1][H.headers.indexOf("小学高于规定学历教师数")]).toBe(66);
    expect(c.columns.map((x) => x.header)).toContain("在校生数");
    expect(c.entries[0].status).toBe("ok");
  });
});

describe("collecting", () => {
  test("gives the county table a county would type, read to the same records", () => {
    const c = collectSchools([
      ...sources("城关一小.xlsx", [form(SCHOOL_A)]),
      ...sources("南关.xlsx", [form(SCHOOL_B, "南关九年制学校")]),
    ]);
    const direct = readWorkbook([countyTable([SCHOOL_A, SCHOOL_B])]);
    expect(c.sheet.values).toEqual(countyTable([SCHOOL_A, SCHOOL_B]).values);
    expect(c.read.schools).toEqual(direct.schools);
    expect(c.read.issues).toEqual(direct.issues);
    expect(c.entries.map((e) => [e.file, e.school, e.status, e.row])).toEqual([
      ["城关一小.xlsx", "城关一小", "ok", 2],
      ["南关.xlsx", "南关九年制学校", "ok", 3],
    ]);
  });

  test("a bad value is named with file, sheet, row and column; the school is written and left out", () => {
    const bad = form({ ...SCHOOL_A, 小学在校生数: "一千二" });
    const c = collectSchools([
      ...sources("城关一小.xlsx", [bad]),
      ...sources("南关.xlsx", [form(SCHOOL_B)]),
    ]);
    const row = rowOf(bad.values, "小学在校生数");
    expect(c.entries[0]).toMatchObject({ status: "errors", written: true, errors: 1 });
    const issue = c.issues.find((i) => i.file === "城关一小.xlsx")!;
    expect(issue).toMatchObject({ severity: "error", sheet: "学校填报表", row, column: "C" });
    expect(issue.message).toBe(
      `「城关一小.xlsx」工作表「学校填报表」第${row}行C列：「城关一小」的小学在校生数「一千二」不是数字，应为非负整数。`
    );
    expect(c.read.schools.map((s) => s.name)).toEqual(["南关九年制学校"]);
    expect(c.read.incomplete).toBe(true);
    // The evaluation keeps the county table's cell, and says the form's.
    const readIssue = c.read.issues.find((i) => i.severity === "error")!;
    // Column G: 小学在校生数 in the template (after 学校名称, 学校标识码, 学校类型, 办学性质, 城乡类别, 学区/集团).
    expect(readIssue).toMatchObject({ sheet: "学校基础数据", row: 2, column: "G" });
    expect(readIssue.message).toBe(issue.message);
  });

  test("a missing required item: the school is not written (a blank would read as 0), and the item is named", () => {
    const lacking = form(SCHOOL_A, "学校填报表", (rows) =>
      rows.filter((r) => r[0] !== "教学及辅助用房面积")
    );
    const c = collectSchools(sources("城关一小.xlsx", [lacking]));
    expect(c.entries[0]).toMatchObject({ status: "notWritten", written: false });
    expect(c.sheet.values).toHaveLength(1);
    const messages = c.issues.map((i) => i.message);
    expect(messages[0]).toMatch(
      /^「城关一小.xlsx」工作表「学校填报表」：找不到「教学及辅助用房面积」这一项/
    );
    expect(messages[1]).toMatch(/未写入汇总表/);
  });

  test("a school in two files: named with both files, written from neither; the same figures twice are written once", () => {
    const other = { ...SCHOOL_A, "运动场地面积（㎡）": 8000, 小学班级数: 25 };
    const c = collectSchools([
      ...sources("城关一小.xlsx", [form(SCHOOL_A)]),
      ...sources("城关一小（第二次）.xlsx", [form(other)]),
      ...sources("南关.xlsx", [form(SCHOOL_B)]),
      ...sources("南关（副本）.xlsx", [form(SCHOOL_B)]),
    ]);
    expect(c.entries.map((e) => [e.status, e.written])).toEqual([
      ["duplicate", false],
      ["duplicate", false],
      ["ok", true],
      ["duplicateSame", false],
    ]);
    expect(c.duplicates).toEqual([
      {
        school: "城关一小",
        files: ["城关一小.xlsx", "城关一小（第二次）.xlsx"],
        same: false,
        differences: ["小学班级数", "运动场地面积（㎡）"],
      },
      {
        school: "南关九年制学校",
        files: ["南关.xlsx", "南关（副本）.xlsx"],
        same: true,
        differences: [],
      },
    ]);
    const dup = c.issues.find((i) => i.code === "duplicateSchool")!;
    expect(dup.message).toBe(
      "「城关一小.xlsx」工作表「学校填报表」：学校「城关一小」同时出现在 2 个文件中：「城关一小.xlsx」、「城关一小（第二次）.xlsx」，内容不同（不同的项目：「小学班级数」、「运动场地面积（㎡）」），都未写入汇总表。请核对后只保留一份，再重新汇总。"
    );
    expect(c.read.schools.map((s) => s.name)).toEqual(["南关九年制学校"]);
    expect(c.read.incomplete).toBe(true);
  });

  test("against a 名单: the schools missing and those not on it", () => {
    const list: SheetCells = {
      name: "名单",
      values: [
        ["2024年学校名单"],
        ["序号", "学校名称", "学校类型"],
        [1, "城关一小", "小学"],
        [2, "南关九年制学校", "九年一贯制学校"],
        [3, "北街小学", "小学"],
        [4, "西河初中", "初中"],
        ["合计", "4 所", null],
      ],
    };
    const roster = readRoster("名单.xlsx", [list])!;
    expect(roster.names).toEqual(["城关一小", "南关九年制学校", "北街小学", "西河初中"]);
    const c = collectSchools(
      [
        ...sources("城关一小.xlsx", [form(SCHOOL_A)]),
        ...sources("东关.xlsx", [form({ ...SCHOOL_A, 学校名称: "东关小学" })]),
      ],
      { roster }
    );
    expect(c.roster).toEqual({
      file: "名单.xlsx",
      expected: 4,
      missing: ["南关九年制学校", "北街小学", "西河初中"],
      notInList: ["东关小学"],
    });
    // Last year's county table is a roster too.
    expect(readRoster("去年.xlsx", [countyTable([SCHOOL_A, SCHOOL_B])])!.names).toEqual([
      "城关一小",
      "南关九年制学校",
    ]);
  });

  test("files that are not forms, a blank form, a county table and a one-row school workbook", () => {
    const notes: SheetCells = {
      name: "说明",
      values: [["请各校于9月30日前报送"], ["联系人：王老师"]],
    };
    const blank = form({}, "学校填报表");
    const oneRow = countyTable([SCHOOL_B]);
    const all: SchoolSource[] = [
      ...sources("说明.xlsx", [notes]),
      ...sources("空白.xlsx", [blank]),
      ...sources("全县.xlsx", [countyTable([SCHOOL_A, SCHOOL_B])]),
      ...sources("南关.xlsx", [oneRow]),
      { kind: "unreadable", file: "坏.xlsx", reason: "文件已损坏" },
    ];
    expect(all.map((s) => s.kind)).toEqual(["other", "form", "table", "row", "unreadable"]);
    const c = collectSchools(all);
    expect(c.entries.map((e) => [e.file, e.status, e.written])).toEqual([
      ["说明.xlsx", "notForm", false],
      ["空白.xlsx", "blank", false],
      ["全县.xlsx", "countyTable", false],
      ["南关.xlsx", "ok", true],
      ["坏.xlsx", "unreadable", false],
    ]);
    expect(c.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^「说明.xlsx」：不是学校填报表/),
      "「空白.xlsx」工作表「学校填报表」：是空白的学校填报表（填报值一项也没有填写），未写入汇总表。",
      expect.stringMatching(/^「全县.xlsx」工作表「学校基础数据」：是有 2 所学校的学校表/),
      "「坏.xlsx」：无法读取，已跳过：文件已损坏",
    ]);
    expect(c.read.schools.map((s) => s.name)).toEqual(["南关九年制学校"]);
    // A bad value in a one-row workbook is named at that workbook's cell.
    const bad = readSchoolSources("南关.xlsx", [countyTable([{ ...SCHOOL_B, 初中班级数: -1 }])]);
    const c2 = collectSchools(bad);
    expect(c2.issues[0].message).toMatch(/^「南关.xlsx」工作表「学校基础数据」第2行K列：/); // K: 初中班级数, after the template's 学校标识码
  });

  test("two items for one field, and money without a unit: said in the form's words, the school not written", () => {
    const twice = form(SCHOOL_A, "学校填报表", (rows) => [
      ...rows.map((r) => (r[0] === "教学仪器设备值" ? [r[0], null, r[2], r[3]] : r)),
      ["小学在校学生数", "人", 1300, ""],
    ]);
    const [s] = sources("城关一小.xlsx", [twice]);
    expect(s.kind).toBe("form");
    const c = collectSchools([s]);
    expect(c.entries[0]).toMatchObject({ status: "notWritten", written: false });
    const messages = c.issues.map((i) => i.message);
    const students = rowOf(twice.values, "小学在校生数");
    const added = twice.values.length;
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^「城关一小.xlsx」工作表「学校填报表」：有多个项目都像「小学在校生数」：第${students}行「小学在校生数」、第${added}行「小学在校学生数（人）」。无法确定使用哪一项`
        )
      )
    );
    const money = rowOf(twice.values, "教学仪器设备值");
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^「城关一小.xlsx」工作表「学校填报表」第${money}行A列：「教学仪器设备值」这一项没有写单位`
        )
      )
    );
  });

  test("a one-row school workbook with a filled class sheet: the class sheet is named as not collected", () => {
    const classes: SheetCells = {
      name: "班级",
      values: [
        ["学校名称", "学段", "班级", "学生数"],
        ["南关九年制学校", "小学", "一年级1班", 45],
      ],
    };
    const [s] = sources("南关.xlsx", [countyTable([SCHOOL_B]), classes]);
    expect(s.kind).toBe("row");
    const c = collectSchools([s]);
    expect(c.entries[0].status).toBe("ok");
    expect(c.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^「南关.xlsx」工作表「班级」：班级表未汇总/),
    ]);
  });
});
