/**
 * The 监测 workbook (issue 25) and the CLI's summary of a hand-built YearComparison: the three
 * sheets, what each shows by year, the events coloured with a legend, the early warnings with
 * how they are estimated, the A4 print set-up with the county and years in the footer; and the
 * summary leading with what to watch, most urgent first.
 */
import * as ExcelJS from "exceljs";
import { renderCompareText } from "../../src/cli/compareSummary";
import { palette } from "../../src/cli/text";
import { buildCompareReport, eventText, type ReportSheet } from "../../src/report";
import { reportToXlsxBytes } from "../../src/report/xlsx";
import { handBuiltComparison } from "../helpers/yearComparison";

const c = handBuiltComparison();
const report = buildCompareReport(c, {
  profileName: "义务教育优质均衡（教督〔2017〕6号）",
  kind: "优质均衡",
  itemNames: new Map([["teacherRotation", "教师交流轮岗"]]),
});
const sheet = (name: string): ReportSheet => {
  const s = report.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const rowWith = (s: ReportSheet, ...texts: string[]): ReportSheet["rows"][number] => {
  const row = s.rows.find((r) => texts.every((t) => r.some((x) => x.value === t)));
  if (!row) throw new Error(`no row with ${texts.join(", ")} in ${s.name}`);
  return row;
};

describe("the 监测 workbook", () => {
  test("three sheets, each titled with the county, footed with the county and the years", () => {
    expect(report.sheets.map((s) => s.name)).toEqual(["年度对比", "学校变化", "预警"]);
    for (const s of report.sheets) {
      expect(String(s.rows[0][0].value)).toMatch(/^示例县\u3000/);
      expect(s.print?.footer).toBe("示例县\u30002023—2025 年\u3000第 &P 页 共 &N 页");
      expect(s.print?.landscape).toBe(true);
      expect(s.headerRows).toBeGreaterThan(0);
    }
  });

  test("年度对比: each CV by year against its limit, the one above it red; schools passing; county items named", () => {
    const t = sheet("年度对比");
    expect(t.rows.find((r) => r[0]?.style === "header")?.map((x) => x.value)).toEqual([
      "学段或部分",
      "项目",
      "指标",
      "上限",
      "2023 年",
      "2024 年",
      "2025 年",
    ]);
    const cvRows = t.rows.filter((r) => r[1]?.value === "差异系数");
    expect(cvRows).toHaveLength(2);
    const sportsCv = cvRows[1];
    expect(sportsCv.slice(3).map((x) => x.value)).toEqual([0.5, 0.2, 0.19, 0.52]);
    expect(sportsCv[6].style).toBe("fail");
    expect(sportsCv[5].style).toBe("text");
    expect(
      rowWith(t, "达标学校数")
        .slice(4)
        .map((x) => x.value)
    ).toEqual([3, 3, 2]);
    expect(
      rowWith(t, "学段结论")
        .slice(4)
        .map((x) => x.value)
    ).toEqual(["达标", "达标", "未达标"]);
    const verdicts = rowWith(t, "教师交流轮岗", "结论");
    expect(verdicts.slice(4).map((x) => [x.value, x.style])).toEqual([
      ["达标", "pass"],
      ["未达标", "fail"],
      ["未填报", "missing"],
    ]);
  });

  test("学校变化: every school by year, (无) where it was not, its events coloured by the most urgent, and the legend", () => {
    const s = sheet("学校变化");
    const renamed = rowWith(s, "3301020001");
    expect(renamed.map((x) => x.value).slice(2, 11)).toEqual([
      "城关一小",
      7,
      "达标",
      "城关一小",
      7,
      "达标",
      "城关第一小学",
      5,
      "未达标",
    ]);
    const changes = renamed[11];
    expect(changes.style).toBe("fail");
    expect(changes.value).toContain("2025 年 城关第一小学（小学）上年达标，本年未达标");
    expect(changes.value).toContain("2025 年学校更名：城关一小 → 城关第一小学");
    const closed = rowWith(s, "东门小学");
    expect(closed[8].value).toBe("（无）");
    expect(closed[11].style).toBe("fail");
    const opened = rowWith(s, "新城小学");
    expect(opened[2].value).toBe("（无）");
    // near its standard (yellow) is more urgent than opened (green)
    expect(opened[11].style).toBe("borderline");
    expect(String(s.rows[s.rows.length - 1][0].value)).toMatch(/^图例：红色/);
  });

  test("预警: the method said, the warnings in order with this year, next year and the limit", () => {
    const w = sheet("预警");
    expect(String(w.rows[0][0].value)).toContain("预警（2025 年）");
    expect(w.rows.some((r) => String(r[0]?.value).startsWith("预警按线性推算"))).toBe(true);
    const first = rowWith(w, "差异系数", "高于规定学历教师（人/百生）");
    expect(first.map((x) => x.value)).toEqual([
      1,
      "差异系数",
      "小学",
      "（全县）",
      "高于规定学历教师（人/百生）",
      0.48,
      0.6,
      0.5,
      0.04,
    ]);
    expect(rowWith(w, "新城小学")[0].value).toBe(2);
  });

  test("written as .xlsx: the sheets, A4 landscape, the footer", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportToXlsxBytes(report)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["年度对比", "学校变化", "预警"]);
    const ws = wb.getWorksheet("预警")!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.headerFooter.oddFooter).toContain("示例县\u30002023—2025 年");
  });

  test("a county name holding & is written && in the footer (Excel's codes start with &)", () => {
    const r = buildCompareReport(c, { profileName: "p", kind: "优质均衡", countyName: "A&B县" });
    expect(r.sheets[0].print?.footer).toContain("A&&B县");
  });
});

describe("the compare summary", () => {
  const text = renderCompareText(
    c,
    { name: "国家优质均衡标准", kind: "优质均衡" },
    palette(false, {})
  );
  const lines = text.split("\n");

  test("leads with what to watch: the warnings first, then newly failing, then CVs near the limit and rising", () => {
    const at = (s: string): number => lines.findIndex((l) => l.includes(s));
    for (const s of [
      "【需要关注】",
      "预警：小学高于规定学历教师",
      "预警：新城小学",
      "上年达标，本年未达标",
      "接近或超过上限",
      "已连续两年上升",
      "达标但接近标准",
    ])
      expect(at(s)).toBeGreaterThan(0);
    expect(at("【需要关注】")).toBeLessThan(at("【小学】"));
    expect(at("预警：小学高于规定学历教师")).toBeGreaterThan(at("【需要关注】"));
    expect(at("预警：新城小学")).toBeGreaterThan(at("预警：小学高于规定学历教师"));
    expect(at("2025 年 城关第一小学（小学）上年达标，本年未达标")).toBeGreaterThan(
      at("预警：新城小学")
    );
    expect(at("差异系数 0.480，接近或超过上限 0.50")).toBeGreaterThan(at("上年达标，本年未达标"));
    expect(at("已连续两年上升")).toBeGreaterThan(at("差异系数 0.480，接近或超过上限 0.50"));
    expect(at("达标但接近标准")).toBeGreaterThan(at("已连续两年上升"));
    // 2024's new school is not news in 2025
    expect(at("2024 年新增学校")).toBe(-1);
  });

  test("per stage, each CV by year and its limit; the schools passing of those assessed; the events counted", () => {
    expect(text).toMatch(/高于规定学历教师（人\/百生）\s+0\.50\s+0\.300\s+0\.360\s+0\.480/);
    expect(text).toMatch(/达标学校数\s+3\/3\s+3\/3\s+2\/3/);
    expect(text).toContain(
      "新出现未达标 1、差异系数接近上限 1、差异系数连续上升 1、接近达标线 1、学校撤并或停办 1、新增学校 1、学校更名 1"
    );
  });

  test("each event in one sentence", () => {
    expect(eventText(c.events[4])).toBe(
      "2025 年 新城小学（小学）生均体育运动场馆（㎡） 为 7.60，达标但接近标准 7.5"
    );
  });
});
