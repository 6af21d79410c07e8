/**
 * examples/expected.json checked against the sample data by independent
 * arithmetic (standards.md §1.2–1.3 written out here, not through src/core),
 * and the committed example files checked against the generator.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { generateExamples } from "../../src/cli/examples/generate";
import { readXlsx } from "../../src/cli/xlsx";
import type { SchoolRecord } from "../../src/core/types";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8"));
const county = sampleCounty();

/** Population, student-weighted CV: √(Σ P(X−X̄)²/ΣP) / X̄ with X̄ = ΣPX/ΣP. */
function cv(values: number[], weights: number[]): number {
  const P = weights.reduce((a, b) => a + b, 0);
  const mean = values.reduce((a, x, i) => a + weights[i] * x, 0) / P;
  const ss = values.reduce((a, x, i) => a + weights[i] * (x - mean) ** 2, 0);
  return Math.sqrt(ss / P) / mean;
}

const has = {
  primary: (s: SchoolRecord) =>
    ["primary", "nineYear", "twelveYear"].includes(s.type) ||
    (s.type === "teachingPoint" && s.primaryStudents >= 50),
  junior: (s: SchoolRecord) => ["junior", "nineYear", "complete", "twelveYear"].includes(s.type),
};

/** §1.2: the 初中部 share of shared facilities, weights 1 : 1.1 : 1.32. */
function juniorShare(s: SchoolRecord): number {
  const A = s.primaryStudents,
    B = s.juniorStudents,
    C = s.seniorStudents;
  switch (s.type) {
    case "junior":
      return 1;
    case "nineYear":
      return (1.1 * B) / (A + 1.1 * B);
    case "complete":
      return B / (B + 1.2 * C);
    case "twelveYear":
      return (1.1 * B) / (A + 1.1 * B + 1.32 * C);
    default:
      throw new Error(s.type);
  }
}

describe("expected.json agrees with the sample county, computed by hand", () => {
  test("the sample is the county it claims to be", () => {
    expect(county.schools.length).toBeGreaterThanOrEqual(40);
    const types = new Set(county.schools.map((s) => s.type));
    for (const t of [
      "primary",
      "junior",
      "nineYear",
      "complete",
      "twelveYear",
      "teachingPoint",
      "special",
    ])
      expect(types).toContain(t);
    const points = county.schools
      .filter((s) => s.type === "teachingPoint")
      .map((s) => s.primaryStudents);
    expect(points.some((n) => n < 50) && points.some((n) => n >= 50)).toBe(true);
    expect(county.schools.some((s) => s.ownership === "private")).toBe(true);
    expect(new Set(county.schools.map((s) => s.locale))).toEqual(
      new Set(["urban", "town", "rural"])
    );
  });

  test("which schools count in each stage", () => {
    expect(expected.stages.primary.schools.map((s: { name: string }) => s.name)).toEqual(
      county.schools.filter(has.primary).map((s) => s.name)
    );
    expect(expected.stages.junior.schools.map((s: { name: string }) => s.name)).toEqual(
      county.schools.filter(has.junior).map((s) => s.name)
    );
  });

  test("小学 CV of 高于规定学历教师 per 100 students", () => {
    const schools = county.schools.filter(has.primary);
    const values = schools.map((s) => (s.primaryQualifiedTeachers / s.primaryStudents) * 100);
    const students = schools.map((s) => s.primaryStudents);
    expect(expected.stages.primary.indicators.qualifiedTeachersPer100.cv).toBeCloseTo(
      cv(values, students),
      12
    );
    // X̄ = county teachers / county students × 100
    const countyValue =
      (schools.reduce((a, s) => a + s.primaryQualifiedTeachers, 0) /
        schools.reduce((a, s) => a + s.primaryStudents, 0)) *
      100;
    expect(expected.stages.primary.indicators.qualifiedTeachersPer100.countyValue).toBeCloseTo(
      countyValue,
      12
    );
  });

  test("初中 生均体育运动场馆: shared facilities split by weighted headcount", () => {
    const schools = county.schools.filter(has.junior);
    const values = schools.map(
      (s) => ((s.outdoorSportsArea + s.indoorSportsArea) * juniorShare(s)) / s.juniorStudents
    );
    const students = schools.map((s) => s.juniorStudents);
    const ind = expected.stages.junior.indicators.sportsAreaPerStudent;
    expect(ind.cv).toBeCloseTo(cv(values, students), 12);
    expect(ind.cvLimit).toBe(0.45);
    expect(ind.threshold).toBe(10.2);
  });

  test("县实验学校 (九年一贯制) 小学部 生均教学仪器设备值 = value × A/(A+1.1B) / A", () => {
    const s = county.schools.find((x) => x.name === "县实验学校")!;
    const share = s.primaryStudents / (s.primaryStudents + 1.1 * s.juniorStudents);
    const json = expected.stages.primary.schools.find(
      (x: { name: string }) => x.name === "县实验学校"
    );
    expect(json.facilityShare).toBeCloseTo(share, 12);
    expect(json.values.equipmentValuePerStudent).toBeCloseTo(
      (s.equipmentValue * share) / s.primaryStudents,
      9
    );
  });

  test("城关第四小学: 23 rooms for 1001 students is 2.2977, below 2.3 though shown as 2.30", () => {
    const json = expected.stages.primary.schools.find(
      (x: { name: string }) => x.name === "城关第四小学"
    );
    expect(json.values.multimediaRoomsPer100).toBeCloseTo(2300 / 1001, 12);
    expect(json.metCount).toBe(6);
    expect(json.passes).toBe(true); // 6 of 7, and 2.2977 ≥ 85% of 2.3
    expect(json.borderline).toBe(true);
  });

  test("白马镇大坪小学 fails: two indicators short, below 85%", () => {
    const s = county.schools.find((x) => x.name === "白马镇大坪小学")!;
    const json = expected.stages.primary.schools.find(
      (x: { name: string }) => x.name === "白马镇大坪小学"
    );
    const backbone = (s.primaryBackboneTeachers / s.primaryStudents) * 100;
    expect(backbone).toBeLessThan(0.85);
    expect(json.values.backboneTeachersPer100).toBeCloseTo(backbone, 12);
    expect(json.passes).toBe(false);
    expect(expected.stages.primary.passes).toBe(false);
  });

  test("school size and class size from the raw records", () => {
    const oversized = county.schools
      .filter((s) => s.type !== "special")
      .filter(
        (s) =>
          s.primaryStudents + s.juniorStudents >
          (["nineYear", "twelveYear"].includes(s.type) ? 2500 : 2000)
      )
      .map((s) => s.name);
    expect(oversized).toEqual(["城关第一小学"]);
    expect(expected.oversizedSchools).toEqual(oversized);

    const special = new Set(county.schools.filter((s) => s.type === "special").map((s) => s.name));
    const counted = county.classes.filter((c) => !special.has(c.school));
    for (const stage of ["primary", "junior"] as const) {
      const mine = counted.filter((c) => c.stage === stage);
      const limit = stage === "primary" ? 45 : 50;
      expect(expected.classSize[stage]).toMatchObject({
        classes: mine.length,
        overLimit: mine.filter((c) => c.students > limit).length,
        largeClasses: mine.filter((c) => c.students >= 56).length,
        superLargeClasses: mine.filter((c) => c.students >= 66).length,
      });
    }
    expect(expected.classSize.junior.superLargeClasses).toBe(1);
    expect(expected.classSize.primary.largeClasses).toBe(2);
  });
});

describe("the committed examples are what the generator writes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-examples-"));
    await generateExamples(dir, () => undefined);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("expected.json", () => {
    expect(fs.readFileSync(path.join(dir, "expected.json"), "utf8")).toBe(
      fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8")
    );
  });

  test.each(["county-template.xlsx", "county-untidy.xlsx"])(
    "%s has the same cells",
    async (name) => {
      expect(await readXlsx(path.join(dir, name))).toEqual(
        await readXlsx(path.join(EXAMPLES, name))
      );
    }
  );

  test("the untidy file is untidy: class sheet first, title rows, merged two-row header, 元, text numbers, 合计", async () => {
    const sheets = await readXlsx(path.join(EXAMPLES, "county-untidy.xlsx"));
    expect(sheets[0].name).not.toBe("班级");
    expect(sheets[0].values.flat()).toContain("班级人数");
    const schools = sheets[1];
    expect(String(schools.values[0][0])).toContain("统计表");
    expect(String(schools.values[1][0])).toContain("填报单位");
    expect(schools.values[2]).toContain("在校学生数（人）");
    expect(schools.values[3]).toEqual(expect.arrayContaining(["小学", "初中", "高中"]));
    expect(
      schools.merges?.some((m) => m.startRow === 2 && m.endRow === 2 && m.endColumn > m.startColumn)
    ).toBe(true);
    expect(schools.values[2]).toContain("教学仪器设备值（元）");
    const flat = schools.values.flat().map(String);
    expect(flat.some((v) => /^\s*\d{1,3}(,\d{3})+\s*$/.test(v))).toBe(true);
    expect(flat.some((v) => v.includes("小计"))).toBe(true);
    expect(flat).toContain("全县合计");
  });
});
