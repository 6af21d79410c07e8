/**
 * Partial tables end to end (issue 23 §7): a table lacking some indicators' columns gives the
 * CVs, county means and school values of the others, marks the rest 缺列未计算, and judges
 * nothing (无法判定, never 未达标). Two tables: the published worked example of the CV (five
 * 小学, students 45/37/89/76/55, books 279/137/935/160/402, CV 0.52 at two decimals) typed as
 * its page shows it (test/cases/33-cv-worked-example), and a 2017 table without 教学仪器设备值
 * and 网络多媒体教室数 (test/cases/34-partial-2017).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "./runCli";
import { renderSummary } from "../../src/cli/summary";
import { palette } from "../../src/cli/text";
import { readXlsx } from "../../src/cli/xlsx";
import { evaluate, hasGaps, roundTo, type Evaluation } from "../../src/core";
import { BASIC_2012, NATIONAL_2017 } from "../../src/core/profiles";
import type { SheetCells } from "../../src/core/types";
import { assessJsonText, buildReport } from "../../src/report";
import type { ReportSheet } from "../../src/report/model";
import { goldenInput, goldenXlsx } from "../helpers/goldenXlsx";

const plain = palette(false, {});
const WORKED = goldenInput("33-cv-worked-example").sheets;
const PARTIAL_2017 = goldenInput("34-partial-2017").sheets;
const STUDENTS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];

/** Population, student-weighted CV (standards.md §1.3), written out independently. */
function cv(values: number[], weights: number[]): number {
  const P = weights.reduce((a, b) => a + b, 0);
  const mean = values.reduce((a, x, i) => a + weights[i] * x, 0) / P;
  const ss = values.reduce((a, x, i) => a + weights[i] * (x - mean) ** 2, 0);
  return Math.sqrt(ss / P) / mean;
}

function summaryOf(ev: Evaluation): string {
  return renderSummary({ ev, fileName: "x.xlsx", colour: plain });
}

function texts(sheet: ReportSheet): string[] {
  return sheet.rows.flatMap((row) => row.map((c) => (c ? String(c.value) : "")));
}

function rowOf(sheet: ReportSheet, label: string): string[] {
  const row = sheet.rows.find((r) => r.some((c) => c?.value === label));
  if (!row) throw new Error(`no row ${label} on ${sheet.name}`);
  return row.map((c) => (c ? String(c.value) : ""));
}

describe("the published worked example of the CV, under basic-2012", () => {
  const ev = evaluate(WORKED as SheetCells[], { profile: BASIC_2012 });
  const p = ev.assessment.stages.primary;

  test("生均图书册数: county mean 1913/302 = 6.33 and CV 0.515 (published 0.52 at two decimals)", () => {
    const books = p.indicators.booksPerStudent!;
    expect(books.countyValue).toBeCloseTo(1913 / 302, 12);
    expect(roundTo(books.countyValue!, 2)).toBe(6.33);
    const expected = cv(
      BOOKS.map((b, i) => b / STUDENTS[i]),
      STUDENTS
    );
    expect(books.cv).toBeCloseTo(expected, 12);
    expect(roundTo(books.cv!, 3)).toBe(0.515);
    expect(roundTo(books.cv!, 2)).toBe(0.52);
    // Each school's value, read from the counts (the 生均 column is not read).
    expect(p.schools.map((s) => roundTo(s.values.booksPerStudent!, 2))).toEqual([
      6.2, 3.7, 10.51, 2.11, 7.31,
    ]);
  });

  test("the seven other indicators are not computed: no value, no CV, no verdict; nothing is judged", () => {
    expect(p.missingIndicators).toEqual([
      "teachingAreaPerStudent",
      "sportsAreaPerStudent",
      "equipmentValuePerStudent",
      "computersPer100",
      "staffStudentRatio",
      "qualifiedTeachersPerStudent",
      "intermediateTitleTeachersPerStudent",
    ]);
    expect(p.indicators.computersPer100).toMatchObject({
      countyValue: null,
      cv: null,
      cvPasses: null,
      missingFields: ["computers"],
    });
    expect(p.schools.every((s) => s.values.computersPer100 === undefined)).toBe(true);
    expect(p.compositeCv).toBeNull();
    expect(p.compositePasses).toBeNull();
    expect(p.passes).toBeNull();
    expect(ev.verdict.passes).toBeNull();
    expect(ev.verdict.resourcesPass).toBeNull();
    expect(ev.verdict.reasons[0]).toMatchObject({
      code: "stageIndicatorsMissing",
      stage: "primary",
      count: 7,
    });
    expect(ev.read.incomplete).toBe(false);
    expect(ev.assessment.incomplete).toBe(false);
  });

  test("the JSON marks each missing indicator and gives null values, never 0", () => {
    const doc = JSON.parse(assessJsonText(ev));
    const st = doc.stages.primary;
    expect(st.passes).toBeNull();
    expect(st.missingIndicators).toHaveLength(7);
    expect(st.indicators.booksPerStudent.cv).toBeCloseTo(0.5153, 4);
    expect(st.indicators.booksPerStudent.missing).toBeUndefined();
    expect(st.indicators.sportsAreaPerStudent).toEqual({
      threshold: null,
      countyValue: null,
      cv: null,
      cvLimit: null,
      cvPasses: null,
      schoolsMeeting: null,
      borderline: false,
      missing: true,
      missingFields: ["outdoorSportsArea", "indoorSportsArea"],
      missingColumns: ["运动场地面积（㎡）", "其中：室内体育用房面积（㎡）"],
    });
    expect(st.schools[0].values).toMatchObject({ booksPerStudent: 6.2, computersPer100: null });
    expect(Object.keys(st.schools[0].values)).toEqual(BASIC_2012.indicators);
    expect(doc.incomplete).toBe(false);
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({ code: "missingColumns", partial: true });
    expect(doc.issues[0].message).toContain("「每百名学生拥有计算机台数」不计算");
    // Nothing to plan under 2012; the junior stage has no school and lacks nothing.
    expect(doc.gaps).toEqual([]);
    expect(doc.stages.junior.missingIndicators).toBeUndefined();
  });

  test("the CLI summary says what is missing and what it prevents: 缺列未计算, 无法判定, never 未达到", () => {
    const text = summaryOf(ev);
    expect(text).toContain(
      "部分指标的表：没有「小学高于规定学历教师数」「小学中级及以上职称教师数」「教学及辅助用房面积」"
    );
    expect(text).toContain("小学 7 项指标（「生均教学及辅助用房面积」");
    expect(text).toContain("不判定各校是否达标，县域不判定是否达到均衡（结论为“无法判定”）");
    expect(text).toMatch(/生均图书（册）\s+6\.33\s+0\.515/);
    expect(text).toMatch(/计算机（台\/百生）\s+缺列未计算\s+—/);
    expect(text).toContain(
      "【小学】 纳入测算 5 所；7 项指标缺列未计算，1 项已计算。资源配置：无法判定"
    );
    expect(text).toContain("县域基本均衡：无法判定");
    expect(text).not.toContain("未达到");
    expect(text).toContain("标题「某县5所小学生均图书册数」写明小学：全部 5 所学校按小学读取");
  });

  test("the report: 缺列未计算 and 无法判定 where nothing is computed or judged, never 未达标", () => {
    const report = buildReport(ev, { charts: false });
    const sheet = (id: string) => report.sheets.find((s) => s.id === id)!;
    const variation = sheet("variation");
    const books = rowOf(variation, "生均图书册数");
    expect(Number(books[7])).toBeCloseTo(0.5153, 4);
    const computers = rowOf(variation, "每百名学生拥有计算机台数");
    expect(computers).toContain("缺列未计算");
    expect(computers).toContain("无法判定");
    expect(computers).toContain("缺少「计算机台数（台）」列");
    expect(rowOf(sheet("summary"), "资源配置结论")[1]).toBe("无法判定");
    expect(rowOf(sheet("summary"), "缺列未计算的指标")[1]).toBe("7 项");
    const schools = sheet("schools");
    const a = schools.rows.find((r) => r[2]?.value === "A")!.map((c) => c?.value);
    expect(a).toContain("缺列未计算");
    expect(a).toContain(6.2);
    const formIII = sheet("formIII");
    expect(texts(formIII)).toContain("缺列未计算");
    expect(texts(formIII)).toContain("无法判定");
    // Nothing of the 小学 says 未达标 (the county has no 初中: that stage is empty, as for any 小学-only county).
    const fails = (t: unknown) => t === "未达标" || t === "未达到";
    for (const s of report.sheets) {
      const primary = s.rows
        .filter((r) => !r.some((c) => c?.value === "初中"))
        .flatMap((r) => (s.id === "summary" ? [r[1]] : r).map((c) => c?.value));
      expect([s.name, primary.filter(fails)]).toEqual([s.name, []]);
    }
  });
});

describe("a 2017 table without 教学仪器设备值 and 网络多媒体教室数", () => {
  const ev = evaluate(PARTIAL_2017 as SheetCells[], { profile: NATIONAL_2017 });
  const a = ev.assessment;

  test("five CVs per stage computed, the two missing marked; no school verdict, no gap, no county verdict", () => {
    for (const stage of ["primary", "junior"] as const) {
      const sa = a.stages[stage];
      expect(sa.missingIndicators).toEqual(["equipmentValuePerStudent", "multimediaRoomsPer100"]);
      const computed = a.indicators.filter((id) => sa.indicators[id]!.cv !== null);
      expect(computed).toHaveLength(5);
      for (const s of sa.schools) {
        expect([s.name, s.passes, s.metCount, s.shortfalls]).toEqual([s.name, null, null, []]);
        expect(Object.keys(s.values)).toHaveLength(5);
      }
      expect(sa.schoolsPassing).toBeNull();
      expect(sa.passes).toBeNull();
    }
    expect(roundTo(a.stages.primary.indicators.backboneTeachersPer100!.cv!, 3)).toBe(0.264);
    expect(roundTo(a.stages.junior.indicators.sportsAreaPerStudent!.cv!, 3)).toBe(0.037);
    const gaps = ev.gaps;
    expect(hasGaps(gaps) && gaps.gaps.length === 0 && gaps.plans.length === 0).toBe(true);
    if (hasGaps(gaps)) expect(gaps.stagesAfterGaps.primary.passes).toBeNull();
    expect(ev.verdict.passes).toBeNull();
  });

  test("the summary claims no gap and no pass; the 申报表 says 无法判定 for every school", () => {
    const text = summaryOf(ev);
    expect(text).toMatch(/生均教学仪器设备值（元）\s+2000\s+—\s+缺列未计算\s+—\s+0\.50\s+无法判定/);
    expect(text).toMatch(
      /县级以上骨干教师（人\/百生）\s+1\.0\s+1\/3\s+0\.82\s+0\.264\s+0\.50\s+达标/
    );
    expect(text).toContain("部分指标缺列未计算，各校未判定是否达标，不做补差测算。");
    expect(text).not.toContain("无需补差");
    expect(text).toContain("资源配置与规模、班额：无法判定");
    expect(text).toContain("县域优质均衡：无法判定");
    expect(text).not.toContain("县域优质均衡：未达到");
    const report = buildReport(ev, { charts: false });
    const formII2 = report.sheets.find((s) => s.id === "formII2")!;
    const school = formII2.rows.find((r) => r[1]?.value === "城关小学")!.map((c) => c?.value);
    expect(school).toContain("无法判定");
    expect(school).toContain("缺列未计算");
    expect(school).not.toContain("否");
    const schools = report.sheets.find((s) => s.id === "schools")!;
    expect(rowOf(schools, "城关小学")).toContain("无法判定");
    const gapsSheet = report.sheets.find((s) => s.id === "gaps")!;
    expect(texts(gapsSheet)).toContain("部分指标缺列未计算，各校未判定是否达标，不做补差测算");
  });
});

describe("edu-balance assess on the worked example as an .xlsx", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-partial-"));
    file = path.join(dir, "某县5所小学生均图书册数.xlsx");
    fs.writeFileSync(file, await goldenXlsx({ sheets: WORKED as SheetCells[] }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--profile basic-2012 --json: exit 0, CV 0.515, the seven others marked missing", async () => {
    const r = await run(["assess", file, "--profile", "basic-2012", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(roundTo(doc.stages.primary.indicators.booksPerStudent.cv, 3)).toBe(0.515);
    expect(roundTo(doc.stages.primary.indicators.booksPerStudent.countyValue, 2)).toBe(6.33);
    expect(doc.stages.primary.missingIndicators).toHaveLength(7);
    expect(doc.stages.primary.passes).toBeNull();
    // The missing columns are an error to mend, named on stderr with their sheet.
    expect(r.stderr).toContain("错误：工作表「Sheet1」：找不到以下 8 列：");
  });

  test("the summary and --out: 0.515 on the screen, 缺列未计算 and 无法判定 in the 申报表", async () => {
    const out = path.join(dir, "申报表.xlsx");
    const r = await run(["assess", file, "--profile", "basic-2012", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/生均图书（册）\s+6\.33\s+0\.515/);
    expect(r.stdout).toContain("县域基本均衡：无法判定");
    const sheets = await readXlsx(out);
    const formIII = sheets.find((s) => s.name === "表Ⅲ校际均衡")!;
    const cells = formIII.values.flat().map((v) => String(v ?? ""));
    expect(cells).toContain("缺列未计算");
    expect(cells).toContain("无法判定");
  });

  test("without a type column, title or stage in the sheet: the 学校类型 column is asked for", async () => {
    const bare = path.join(dir, "Sheet1.xlsx");
    const sheets = [{ name: "Sheet1", values: WORKED[0].values.slice(1) }];
    fs.writeFileSync(bare, await goldenXlsx({ sheets: sheets as SheetCells[] }));
    const r = await run(["assess", bare, "--profile", "basic-2012"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "「学校类型」（学校的学段由学校类型决定；全表只有一个学段时，也可在表格标题或工作表名称中写明「小学」或「初中」）"
    );
  });
});

describe("edu-balance assess FOLDER/ with a partial county among complete ones", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-partial-batch-"));
    fs.copyFileSync(
      path.resolve(__dirname, "../../examples/county-template.xlsx"),
      path.join(dir, "甲县.xlsx")
    );
    fs.writeFileSync(
      path.join(dir, "乙县.xlsx"),
      await goldenXlsx({ sheets: PARTIAL_2017 as SheetCells[] })
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the partial county's row: 无法判定, its missing indicators named, the complete county unchanged", async () => {
    const json = await run(["assess", dir, "--json"]);
    expect(json.code).toBe(0);
    const rows: { file: string; [k: string]: unknown }[] = JSON.parse(json.stdout);
    expect(rows.map((r) => r.file).sort()).toEqual(["乙县.xlsx", "甲县.xlsx"]);
    const byFile = (f: string) => rows.find((r) => r.file === f) as any;
    const complete = byFile("甲县.xlsx");
    const partial = byFile("乙县.xlsx");
    expect(complete.stages.primary.missingIndicators).toBeUndefined();
    expect(typeof complete.stages.primary.passes).toBe("boolean");
    expect(partial.incomplete).toBe(false);
    expect(partial.stages.primary).toMatchObject({
      passes: null,
      schoolsPassing: null,
      missingIndicators: ["equipmentValuePerStudent", "multimediaRoomsPer100"],
    });
    expect(partial.stages.primary.cvs.equipmentValuePerStudent).toBeNull();
    expect(partial.stages.primary.cvs.qualifiedTeachersPer100).toBeCloseTo(0.0961, 4);
    const text = await run(["assess", dir]);
    const line = text.stdout.split("\n").find((l) => l.includes("乙县.xlsx"))!;
    expect(line).toContain("无法判定");
    expect(line).toContain("2 项缺列未计算");
    expect(line).not.toContain("未达标");
  });
});
