import { evaluate } from "../../src/core/pipeline";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import type { ClassRecord, SchoolRecord, TableReadResult } from "../../src/core/types";
import { INDICATOR_IDS } from "../../src/core/types";
import type { ReportCell, ReportSheet, ReportWorkbook } from "../../src/report/model";
import { buildReport, REPORT_SHEET_NAMES, shortfallText } from "../../src/report";
import { school } from "../helpers/records";

/**
 * A tiny county whose numbers are easy by hand:
 * 甲小学 500 students: 骨干 4 → 0.80 per 100 (threshold 1.0: 差 0.20, 20.0%, below 85% → fails);
 * 乙小学 400 students: every indicator met; 丙初中 600 students: every indicator met.
 * 小学 骨干 CV: X̄ = (0.8·500 + 1.25·400)/900 = 1.0; S² = (500·0.04 + 400·0.0625)/900 = 0.05; CV = √0.05 = 0.2236.
 * 丁小学 1001 students, 23 多媒体教室 → 2.2977, shown as 2.30 but below 2.3 (borderline).
 */
const SCHOOLS: SchoolRecord[] = [
  school({
    name: "甲小学",
    type: "primary",
    primaryStudents: 500,
    primaryClasses: 12,
    primaryQualifiedTeachers: 25,
    primaryBackboneTeachers: 4,
    primaryPeArtTeachers: 5,
    teachingArea: 2500,
    outdoorSportsArea: 4000,
    equipmentValue: 1_100_000,
    multimediaRooms: 12,
    musicRooms: 1,
    artRooms: 1,
  }),
  school({
    name: "乙小学",
    type: "primary",
    primaryStudents: 400,
    primaryClasses: 10,
    primaryQualifiedTeachers: 20,
    primaryBackboneTeachers: 5,
    primaryPeArtTeachers: 4,
    teachingArea: 2000,
    outdoorSportsArea: 3200,
    equipmentValue: 900_000,
    multimediaRooms: 10,
    musicRooms: 1,
    artRooms: 0,
  }),
  school({
    name: "丙初中",
    type: "junior",
    juniorStudents: 600,
    juniorClasses: 12,
    juniorQualifiedTeachers: 36,
    juniorBackboneTeachers: 7,
    juniorPeArtTeachers: 6,
    teachingArea: 3600,
    outdoorSportsArea: 6300,
    equipmentValue: 1_560_000,
    multimediaRooms: 15,
    musicRooms: 1,
    artRooms: 1,
  }),
];
const CLASSES: ClassRecord[] = [
  { school: "甲小学", stage: "primary", className: "一年级（1）班", students: 44 },
  { school: "甲小学", stage: "primary", className: "一年级（2）班", students: 58 },
  { school: "丙初中", stage: "junior", className: "七年级（1）班", students: 50 },
];

function sheet(report: ReportWorkbook, id: string): ReportSheet {
  const s = report.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
}

function rowOf(s: ReportSheet, text: string): ReportCell[] {
  const row = s.rows.find((r) => r.some((c) => c?.value === text));
  if (!row) throw new Error(`no row with ${text} in ${s.name}`);
  return row;
}

function headerIndex(s: ReportSheet, header: string): number {
  for (const r of s.rows) {
    const i = r.findIndex((c) => c?.style === "header" && c.value === header);
    if (i >= 0) return i;
  }
  throw new Error(`no header ${header} in ${s.name}`);
}

const allText = (s: ReportSheet): string =>
  s.rows
    .flat()
    .map((c) => String(c?.value ?? ""))
    .join("\n");

describe("buildReport", () => {
  const ev = evaluate({ schools: SCHOOLS, classes: CLASSES });
  const report = buildReport(ev);

  test("sheets in 申报表 order, with stable ids and names", () => {
    // No input issues and no warnings: no 数据问题 sheet (it appears in the incomplete-data case below).
    // The evaluation always carries the records: 补差测算 (gaps) and 分组比较 follow 班额与规模.
    // The official 申报表 (表Ⅰ–表Ⅵ) first, then our analysis sheets.
    expect(report.sheets.map((s) => s.id)).toEqual([
      ...Object.keys(OFFICIAL_SHEET_NAMES),
      "summary",
      "schools",
      "variation",
      "classSize",
      "gaps",
      "breakdowns",
      "charts",
    ]);
    for (const s of report.sheets) {
      expect(s.name).toBe(
        { ...REPORT_SHEET_NAMES, ...OFFICIAL_SHEET_NAMES }[
          s.id as keyof typeof REPORT_SHEET_NAMES | keyof typeof OFFICIAL_SHEET_NAMES
        ]
      );
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  test("学校达标情况: a failing value is styled fail, 2 decimals, with what it lacks", () => {
    const s = sheet(report, "schools");
    const row = rowOf(s, "甲小学");
    const backbone = row[headerIndex(s, "县级以上骨干教师（人/百生）")];
    expect(backbone.value).toBeCloseTo(0.8, 12);
    expect(backbone.style).toBe("fail");
    expect(backbone.numFmt).toBe("0.00");
    expect(backbone.note).toContain("差 0.20（20.0%）");
    expect(backbone.note).toContain("低于标准的 85%");
    const qualified = row[headerIndex(s, "高于规定学历教师（人/百生）")];
    expect(qualified.value).toBeCloseTo(5, 12);
    expect(qualified.style).not.toBe("fail");
    expect(row[headerIndex(s, "达标指标数")].value).toBe(6);
    expect(row[headerIndex(s, "结论")]).toMatchObject({ value: "未达标", style: "fail" });
    expect(String(row[headerIndex(s, "说明")].value)).toContain("县级以上骨干教师");
    expect(rowOf(s, "乙小学")[headerIndex(s, "结论")]).toMatchObject({
      value: "达标",
      style: "pass",
    });
    // Each stage part on its own row, with its stage.
    expect(rowOf(s, "丙初中")[headerIndex(s, "学段")].value).toBe("初中");
  });

  test("the header (title, subtitle, column headers) is frozen and every sheet says the profile", () => {
    const s = sheet(report, "schools");
    expect(s.rows[s.headerRows! - 1].every((c) => c.style === "header")).toBe(true);
    for (const x of report.sheets) expect(allText(x)).toContain("教督〔2017〕6号");
  });

  test("校际均衡: county value and CV per stage and indicator, CV with 3 decimals", () => {
    const s = sheet(report, "variation");
    const cvCol = headerIndex(s, "差异系数");
    const countyCol = headerIndex(s, "县域均值");
    const primaryBackbone = s.rows.find(
      (r) => r[0]?.value === "小学" && r[2]?.value === "每百名学生拥有县级以上骨干教师数"
    )!;
    expect(primaryBackbone[cvCol].value).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(primaryBackbone[cvCol].numFmt).toBe("0.000");
    expect(primaryBackbone[cvCol].style).toBe("pass");
    expect(primaryBackbone[countyCol].value).toBeCloseTo(1.0, 12);
    expect(primaryBackbone[headerIndex(s, "差异系数上限")].value).toBe(0.5);
    const juniorRows = s.rows.filter(
      (r) => r[0]?.value === "初中" && typeof r[cvCol]?.value === "number"
    );
    expect(juniorRows).toHaveLength(INDICATOR_IDS.length);
    expect(juniorRows.every((r) => r[cvCol].value === 0)).toBe(true); // one school: no variation
  });

  test("班额与规模 lists the class above the limit, and the room shortage", () => {
    const s = sheet(report, "classSize");
    const over = rowOf(s, "一年级（2）班");
    expect(over.map((c) => c?.value)).toEqual(["小学", "甲小学", "一年级（2）班", 58, "大班额"]);
    expect(over[3].style).toBe("fail");
    // 10 classes need 1 美术 room (ceil(10/12)), 乙小学 has 0.
    const roomHeader = s.rows.findIndex((r) => r.some((c) => c?.value === "应配（各）"));
    const rooms = s.rows.slice(roomHeader).find((r) => r[1]?.value === "乙小学")!;
    expect(rooms.map((c) => c?.value)).toEqual([2, "乙小学", 10, 1, 1, 0, "未达标"]);
    expect(rooms[6].style).toBe("fail");
  });

  test("汇总 gives each stage its verdict and names the failing school", () => {
    const s = sheet(report, "summary");
    const verdicts = rowOf(s, "资源配置结论");
    expect(verdicts[1]).toMatchObject({ value: "未达标", style: "fail" });
    expect(verdicts[2]).toMatchObject({ value: "达标", style: "pass" });
    expect(rowOf(s, "未达到办学标准的学校")[1].value).toBe("甲小学");
    expect(rowOf(s, "大班额班级（56 人及以上）")[1].value).toBe(1);
  });

  test("chart specs point at the cells they draw", () => {
    const charts = sheet(report, "charts");
    expect(charts.charts).toHaveLength(INDICATOR_IDS.length * 2);
    for (const chart of charts.charts!) {
      const names = [];
      for (let r = chart.categories.firstRow; r <= chart.categories.lastRow; r++)
        names.push(charts.rows[r][chart.categories.column].value);
      expect(names.every((n) => ["甲小学", "乙小学", "丙初中"].includes(String(n)))).toBe(true);
      const threshold = chart.series.find((x) => x.kind === "line")!;
      const values = chart.series.find((x) => x.kind === "column")!;
      for (let r = threshold.firstRow; r <= threshold.lastRow; r++) {
        expect(typeof charts.rows[r][threshold.column].value).toBe("number");
        expect(typeof charts.rows[r][values.column].value).toBe("number");
      }
    }
    const variation = sheet(report, "variation");
    expect(variation.charts).toHaveLength(2);
    const cv = variation.charts![0];
    expect(variation.rows[cv.categories.firstRow][cv.categories.column].value).toBe(
      "每百名学生拥有高于规定学历教师数"
    );
    expect(cv.categories.lastRow - cv.categories.firstRow + 1).toBe(INDICATOR_IDS.length);
    expect(variation.rows[cv.series[1].firstRow][cv.series[1].column].value).toBe(0.5);
  });

  test("charts: false leaves out the chart data sheet", () => {
    expect(buildReport(ev, { charts: false }).sheets.map((s) => s.id)).not.toContain("charts");
  });
});

test("shortfallText: absolute and relative shortfall", () => {
  expect(shortfallText(4.2, 3.85)).toBe("差 0.35（8.3%）");
  expect(shortfallText(2000, 1800)).toBe("差 200.00（10.0%）");
});

test("a value that only meets when rounded is marked borderline, not passed", () => {
  const 丁 = school({
    name: "丁小学",
    type: "primary",
    primaryStudents: 1001,
    primaryClasses: 24,
    primaryQualifiedTeachers: 50,
    primaryBackboneTeachers: 12,
    primaryPeArtTeachers: 10,
    teachingArea: 5000,
    outdoorSportsArea: 8000,
    equipmentValue: 2_100_000,
    multimediaRooms: 23,
  });
  const report = buildReport(evaluate({ schools: [丁], classes: null }));
  const s = sheet(report, "schools");
  const cellOf = rowOf(s, "丁小学")[headerIndex(s, "网络多媒体教室（间/百生）")];
  expect(cellOf.value).toBeCloseTo((23 / 1001) * 100, 12);
  expect(cellOf.style).toBe("borderline");
  expect(cellOf.note).toContain("显示为 2.30");
  expect(cellOf.note).toContain("未达标");
  // No class sheet: said so, not left blank.
  expect(allText(sheet(report, "classSize"))).toContain("未提供班级表");
});

describe("incomplete data", () => {
  const read: TableReadResult = {
    schools: SCHOOLS,
    classes: CLASSES,
    schoolSheet: "学校基础数据",
    classSheet: "班级",
    mapping: [],
    incomplete: true,
    issues: [
      {
        severity: "error",
        code: "notANumber",
        sheet: "学校基础数据",
        row: 7,
        column: "F",
        school: "戊小学",
        message: "学校基础数据 第 7 行 F 列：小学在校生数“一千”不是数字",
      },
      {
        severity: "error",
        code: "notANumber",
        sheet: "学校基础数据",
        row: 7,
        column: "K",
        school: "戊小学",
        message: "学校基础数据 第 7 行 K 列：不是数字",
      },
      {
        severity: "error",
        code: "missing",
        sheet: "学校基础数据",
        row: 9,
        column: "B",
        school: "己小学",
        message: "学校基础数据 第 9 行 B 列：学校类型为空",
      },
      {
        severity: "warning",
        code: "unit",
        sheet: "学校基础数据",
        column: "T",
        message: "教学仪器设备值按万元换算为元",
      },
    ],
  };
  const report = buildReport(evaluate({ ...read, incomplete: true }));

  test("every sheet says how many schools are left out", () => {
    expect(report.sheets.map((s) => s.id)).toContain("issues");
    for (const s of report.sheets) {
      expect(allText(s)).toContain("以下结果不含 2 所数据有误的学校");
      // The notice sits above the frozen header, so it shows on every printed page.
      const at = s.rows.findIndex((r) => String(r[0]?.value ?? "").includes("以下结果不含"));
      expect(at).toBeLessThan(s.headerRows!);
    }
  });

  test("数据问题 lists each issue with its sheet, row and column", () => {
    const s = sheet(report, "issues");
    const row = rowOf(s, "学校基础数据 第 9 行 B 列：学校类型为空");
    expect(row.map((c) => c?.value).slice(1)).toEqual([
      "错误",
      "学校基础数据",
      9,
      "B",
      "己小学",
      "学校基础数据 第 9 行 B 列：学校类型为空",
    ]);
    expect(rowOf(s, "教学仪器设备值按万元换算为元")[1].value).toBe("警告");
  });
});
