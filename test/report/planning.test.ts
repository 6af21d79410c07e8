import { evaluate } from "../../src/core/pipeline";
import { BASIC_2012 } from "../../src/core/profiles";
/**
 * The planning sheets of the report: 补差测算 and 分组比较, on a small county
 * whose gaps are worked out by hand.
 */
import type { SchoolRecord, TableReadResult } from "../../src/core/types";
import { buildReport, REPORT_SHEET_NAMES } from "../../src/report";
import type { ReportCell, ReportSheet } from "../../src/report/model";
import { additionText, formatAmount } from "../../src/report/planning";
import { primary1000, school } from "../helpers/records";

/**
 * 甲小学: 骨干 5 (50% short) and 体艺 7 (22% short): leave 骨干 at 85% (+4), 体艺 to 0.9 (+2).
 * 乙小学: 1,600,000 元 (80%): +100,000 元 to 85%. 丙小学 passes.
 * 九年制 (600 + 400, weighted 1040): 1,500,000 元 gives 小学 72%, 初中 63%: +509,091 元 serves both.
 */
const SCHOOLS: SchoolRecord[] = [
  primary1000("甲小学", {
    primaryBackboneTeachers: 5,
    primaryPeArtTeachers: 7,
    group: "城关学区",
    locale: "urban",
  }),
  primary1000("乙小学", { equipmentValue: 1_600_000, group: "河西学区", locale: "rural" }),
  primary1000("丙小学", { equipmentValue: 2_400_000, group: "河西学区", locale: "rural" }),
  school({
    name: "九年制",
    type: "nineYear",
    primaryStudents: 600,
    juniorStudents: 400,
    group: "城关学区",
    locale: "urban",
    primaryQualifiedTeachers: 26,
    primaryBackboneTeachers: 6,
    primaryPeArtTeachers: 6,
    juniorQualifiedTeachers: 22,
    juniorBackboneTeachers: 4,
    juniorPeArtTeachers: 4,
    teachingArea: 6000,
    indoorSportsArea: 500,
    outdoorSportsArea: 11000,
    equipmentValue: 1_500_000,
    multimediaRooms: 26,
  }),
];

const read: TableReadResult = {
  schools: SCHOOLS,
  classes: null,
  issues: [],
  mapping: [],
  incomplete: false,
};
const ev = evaluate(read);
const a = ev.assessment;
const report = buildReport(ev, { charts: false });

function sheet(id: string): ReportSheet {
  const s = report.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
}

function rowsWith(s: ReportSheet, text: string): ReportCell[][] {
  return s.rows.filter((r) => r.some((c) => c?.value === text));
}

function columnOf(s: ReportSheet, header: string): number {
  for (const r of s.rows) {
    const i = r.findIndex((c) => c?.style === "header" && c.value === header);
    if (i >= 0) return i;
  }
  throw new Error(`no header ${header}`);
}

describe("补差测算", () => {
  const s = sheet("gaps");

  test("is in the report with its name, after 班额与规模", () => {
    expect(s.name).toBe(REPORT_SHEET_NAMES.gaps);
    const ids = report.sheets.map((x) => x.id);
    expect(ids.indexOf("gaps")).toBe(ids.indexOf("classSize") + 1);
    expect(ids.indexOf("breakdowns")).toBe(ids.indexOf("gaps") + 1);
  });

  test("a row per failing school and stage, with the amounts in their columns", () => {
    const backbone = columnOf(s, "县级以上骨干教师（人）");
    const peArt = columnOf(s, "体育艺术专任教师（人）");
    const equipment = columnOf(s, "教学仪器设备值（元）");
    const [jia] = rowsWith(s, "甲小学");
    expect(jia[backbone].value).toBe(4);
    expect(jia[peArt].value).toBe(2);
    expect(jia[equipment].value).toBe("");
    expect(rowsWith(s, "乙小学")[0][equipment].value).toBe(100_000);
    expect(rowsWith(s, "丙小学")).toHaveLength(0);
    const nine = rowsWith(s, "九年制");
    expect(nine.map((r) => r[equipment].value)).toEqual([509_091, 509_091]);
    // The shared addition is said to be one addition.
    for (const r of nine) expect(String(r[r.length - 1].value)).toContain("只需增加一次");
  });

  test("the total counts a shared facility once", () => {
    const equipment = columnOf(s, "教学仪器设备值（元）");
    const total = s.rows.find((r) => String(r[2]?.value ?? "").startsWith("合计"))!;
    expect(total[2].value).toBe("合计（3 所学校）");
    expect(total[equipment].value).toBe(100_000 + 509_091);
    expect(total[columnOf(s, "县级以上骨干教师（人）")].value).toBe(4);
  });

  test("the CVs before and after, per stage and indicator", () => {
    const rows = rowsWith(s, "每百名学生拥有县级以上骨干教师数");
    expect(rows).toHaveLength(2);
    // 小学 骨干 before: 甲 0.5, 乙 1.0, 丙 1.0, 九年制 1.0 → it moves; after 甲 0.9.
    const [before, after] = [rows[0][4].value as number, rows[0][5].value as number];
    expect(before).toBeCloseTo(a.stages.primary.indicators.backboneTeachersPer100!.cv!, 12);
    expect(after).toBeLessThan(before);
  });

  test("under 2012 (no school rule) there is no 补差测算, and 分组比较 is still there", () => {
    const basic = buildReport(evaluate(read, { profile: BASIC_2012 })).sheets.map((x) => x.id);
    expect(basic).not.toContain("gaps");
    expect(basic).toContain("breakdowns");
  });
});

describe("分组比较", () => {
  const s = sheet("breakdowns");

  test("groups, locales and the urban–rural ratio", () => {
    expect(s.name).toBe(REPORT_SHEET_NAMES.breakdowns);
    // 河西学区 小学: 乙 1600 and 丙 2400 元 per student, 1000 students each → mean 2000, CV 400/2000 = 0.2.
    const hexi = rowsWith(s, "河西学区").find((r) => r[0].value === "小学")!;
    const equipmentMean = 4 + 2 * 5;
    expect(hexi[2].value).toBe(2);
    expect(hexi[3].value).toBe(2000);
    expect(hexi[equipmentMean].value).toBeCloseTo(2000, 9);
    expect(hexi[equipmentMean + 1].value).toBeCloseTo(0.2, 12);
    // 城乡比 of 生均教学仪器设备值, 小学: 城区 = (2,000,000 + 1,500,000 · 600/1040) / 1600; 乡村 = 2000.
    const urban = (2_000_000 + (1_500_000 * 600) / 1040) / 1600;
    const ratioRow = s.rows.find(
      (r) => r[0]?.value === "小学" && r[1]?.value === "生均教学仪器设备值"
    )!;
    expect(ratioRow[4].value).toBeCloseTo(urban, 9);
    expect(ratioRow[5].value).toBeCloseTo(2000, 9);
    expect(ratioRow[6].value).toBeCloseTo(urban / 2000, 12);
  });
});

describe("amount formats", () => {
  test("thousands separators; ㎡ with two decimals", () => {
    expect(formatAmount("equipmentValue", 509091)).toBe("509,091");
    expect(formatAmount("outdoorSportsArea", 4998)).toBe("4,998.00");
    expect(formatAmount("teachingArea", 151.33)).toBe("151.33");
    expect(additionText("primaryBackboneTeachers", 2)).toBe("小学县级以上骨干教师 2 人");
  });
});
