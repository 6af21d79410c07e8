/**
 * examples/years/ (issue 25): the example county over 2023–2025, as README's 年度监测 section
 * offers it (`edu-balance compare examples/years/`). The CLI in process on the committed folder
 * tells the story src/cli/examples/years.ts promises — a school renamed under its 学校标识码, one
 * closed, one opened, one newly failing, one recovering, values near their standard, the 小学
 * CV of 生均体育运动场馆 near its limit after rising twice (and the early warning it gives), new
 * classes above 45, a school newly above 2,000 pupils — with small changes year to year; and the
 * committed files are what the generator writes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { generateExamples } from "../../src/cli/examples/generate";
import { readXlsx } from "../../src/cli/xlsx";
import { run } from "./runCli";

const YEARS = path.resolve(__dirname, "../../examples/years");
const FILES = ["示例县2023.xlsx", "示例县2024.xlsx", "示例县2025.xlsx"];

interface Event {
  kind: string;
  year: number;
  stage?: string;
  school?: string;
  indicator?: string;
  previousName?: string;
  value?: number;
  previousValue?: number;
  limit?: number;
}
interface Doc {
  years: number[];
  county: { name: string };
  stages: Record<
    string,
    {
      indicators: Record<string, { cv: number[]; cvLimit: number }>;
      schools: number[];
      schoolsPassing: number[];
      classesOverLimit: number[];
    }
  >;
  schools: { code: string | null; names: (string | null)[] }[];
  events: Event[];
  warnings: { kind: string; stage: string; indicator?: string; projected: number; limit: number }[];
}

let doc: Doc;
let summary: string;

beforeAll(async () => {
  const json = await run(["compare", YEARS, "--json"]);
  expect(json.stderr).toBe("");
  expect(json.code).toBe(0);
  doc = JSON.parse(json.stdout) as Doc;
  const text = await run(["compare", YEARS]);
  expect(text.code).toBe(0);
  summary = text.stdout;
}, 60000);

const events = (kind: string): Event[] => doc.events.filter((e) => e.kind === kind);

describe("compare examples/years/: the story the README offers", () => {
  test("three years of 示例县, from the county sheets' 填报年度", () => {
    expect(fs.readdirSync(YEARS).sort()).toEqual(FILES);
    expect(doc.years).toEqual([2023, 2024, 2025]);
    expect(doc.county.name).toBe("示例县");
  });

  test("城关第五小学 renamed 城关滨河小学 in 2024, matched by its 学校标识码", () => {
    expect(events("renamed")).toEqual([
      { kind: "renamed", year: 2024, school: "城关滨河小学", previousName: "城关第五小学" },
    ]);
    const school = doc.schools.find((s) => s.names[2] === "城关滨河小学");
    expect(school?.names).toEqual(["城关第五小学", "城关滨河小学", "城关滨河小学"]);
    expect(school?.code).toMatch(/^\d{10}$/);
    expect(events("possibleRename")).toEqual([]);
    // Every school has its code: none is matched by name alone.
    expect(doc.schools.every((s) => s.code !== null && /^\d{10}$/.test(s.code))).toBe(true);
  });

  test("one school opened (2024), one closed (2025)", () => {
    expect(events("new").map((e) => [e.year, e.school])).toEqual([[2024, "城关第七小学"]]);
    expect(events("closed").map((e) => [e.year, e.school])).toEqual([[2025, "青石镇塘坊教学点"]]);
  });

  test("one school newly failing (2025), one recovering (2024)", () => {
    expect(events("newlyFailing").map((e) => [e.year, e.stage, e.school])).toEqual([
      [2025, "primary", "城关第三小学"],
    ]);
    expect(events("recovered").map((e) => [e.year, e.stage, e.school])).toEqual([
      [2024, "primary", "白马镇大坪小学"],
    ]);
  });

  test("values that meet their standard by less than 5 %", () => {
    const near = events("nearStandard");
    expect(near.length).toBeGreaterThan(0);
    for (const e of near) {
      expect(e.value as number).toBeGreaterThanOrEqual(e.limit as number);
      expect(e.value as number).toBeLessThan((e.limit as number) * 1.05);
    }
  });

  test("the 小学 CV of 生均体育运动场馆: up two years running, within its limit but near it, and warned of for next year", () => {
    const cv = doc.stages.primary.indicators.sportsAreaPerStudent;
    expect(cv.cv[0]).toBeLessThan(cv.cv[1]);
    expect(cv.cv[1]).toBeLessThan(cv.cv[2]);
    expect(cv.cv[2]).toBeLessThan(cv.cvLimit);
    expect(cv.cv[1]).toBeLessThan(cv.cvLimit * 0.95);
    expect(events("cvNearLimit").map((e) => [e.year, e.stage, e.indicator])).toEqual([
      [2025, "primary", "sportsAreaPerStudent"],
    ]);
    expect(events("cvRising")).toContainEqual(
      expect.objectContaining({ year: 2025, stage: "primary", indicator: "sportsAreaPerStudent" })
    );
    const warning = doc.warnings.find((w) => w.kind === "cv");
    expect(warning).toMatchObject({ stage: "primary", indicator: "sportsAreaPerStudent" });
    expect(warning?.projected).toBeGreaterThan(warning?.limit as number);
  });

  test("classes above 45 grow in 2025; 县实验小学 passes 2,000 pupils in 2025", () => {
    expect(events("newLargeClasses")).toEqual([
      expect.objectContaining({ year: 2025, stage: "primary", previousValue: 2, limit: 45 }),
    ]);
    expect(events("newOversized")).toEqual([
      expect.objectContaining({ year: 2025, school: "县实验小学", limit: 2000 }),
    ]);
  });

  test("small changes year to year: a school more or less, a few passing schools more or less", () => {
    for (const stage of Object.values(doc.stages))
      for (let j = 1; j < 3; j++) {
        expect(Math.abs(stage.schools[j] - stage.schools[j - 1])).toBeLessThanOrEqual(1);
        expect(Math.abs(stage.schoolsPassing[j] - stage.schoolsPassing[j - 1])).toBeLessThanOrEqual(
          2
        );
        for (const ind of Object.values(stage.indicators))
          expect(Math.abs(ind.cv[j] - ind.cv[j - 1])).toBeLessThan(0.05);
      }
  });

  test("the summary leads with the warning for next year", () => {
    const watch = summary.indexOf("【需要关注】");
    expect(watch).toBeGreaterThan(0);
    expect(summary.indexOf("预警：小学生均体育运动场馆")).toBeGreaterThan(watch);
    expect(summary.indexOf("预警：小学生均体育运动场馆")).toBeLessThan(summary.indexOf("【小学】"));
  });
});

describe("compare examples/years/ --out 监测.xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-years-out-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("年度对比: the county items' figures as the 申报表 writes them, under the columns the printed header names", async () => {
    const out = path.join(dir, "监测.xlsx");
    expect((await run(["compare", YEARS, "--out", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.getWorksheet("年度对比")!.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")))
    );
    expect(rows.find((r) => r[0] === "学段或部分")?.slice(0, 4)).toEqual([
      "学段或部分",
      "项目",
      "指标",
      "上限",
    ]);
    const item = (what: string, name: string): string[] | undefined =>
      rows
        .find((r) =>
          r[0] === "政府保障程度" || r[0] === "教育质量" || r[0] === "社会认可度"
            ? r[1] === what && r[2] === name
            : false
        )
        ?.slice(4);
    // The story's 交流轮岗: 82, 91, then 104 of 1,000 teachers, met in 2025.
    expect(item("数值", "教师交流轮岗")).toEqual(["8.20%", "9.10%", "10.40%"]);
    expect(item("结论", "教师交流轮岗")).toEqual(["未达标", "未达标", "达标"]);
    // A ratio shown by its percentage, a level shared by subjects, a yes.
    expect(item("数值", "教师工资")).toEqual(["102.43%", "102.43%", "102.43%"]);
    expect(item("数值", "质量监测")).toEqual(["Ⅲ级", "Ⅲ级", "Ⅲ级"]);
    expect(item("数值", "规划布局合理")).toEqual(["是", "是", "是"]);
  });
});

describe("the committed examples/years/ are what the generator writes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-years-"));
    await generateExamples(dir, () => undefined);
  }, 60000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(FILES)("%s has the same cells", async (name) => {
    expect(await readXlsx(path.join(dir, "years", name))).toEqual(
      await readXlsx(path.join(YEARS, name))
    );
  });
});
