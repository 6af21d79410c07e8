/**
 * The planning fields that `assess --json` adds to examples/expected.json
 * (gaps, cvsAfterGaps, breakdowns), checked against the sample county's own
 * records by arithmetic written out here, and the summary's 补差测算 section.
 */
import * as fs from "fs";
import * as path from "path";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { main } from "../../src/cli/main";
import type { SchoolRecord } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../..");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "expected.json"), "utf8"));
const county = sampleCounty();
const byName = (name: string): SchoolRecord => county.schools.find((s) => s.name === name)!;

/** The least whole number ≥ x (x computed in floating point, so a hair above an integer is that integer). */
const ceil = (x: number): number => Math.ceil(x - 1e-9);

describe("gaps in expected.json", () => {
  test("the three failing 小学 and nothing else", () => {
    expect(
      EXPECTED.gaps.map((g: { name: string; stage: string }) => `${g.name}/${g.stage}`)
    ).toEqual(["城关第一小学/primary", "白马镇大坪小学/primary", "石桥镇桥头小学/primary"]);
  });

  test("城关第一小学: 教学及辅助用房 11% short is allowed; 运动场馆 (31% short) raised to 7.5 ㎡ through 运动场地", () => {
    const s = byName("城关第一小学");
    const gap = EXPECTED.gaps[0];
    const need =
      ceil((7.5 * s.primaryStudents - (s.outdoorSportsArea + s.indoorSportsArea)) * 100) / 100;
    expect(gap.additions).toEqual({ outdoorSportsArea: need });
    expect(gap.leftBelowThreshold).toEqual(["teachingAreaPerStudent"]);
    expect(gap.valuesAfter.sportsAreaPerStudent).toBeGreaterThanOrEqual(7.5 - 1e-9);
  });

  test("白马镇大坪小学: both 骨干 (57% short) and 体艺 (52% short) below 85%; 骨干 is left at 85%, 体艺 raised to 0.9", () => {
    const s = byName("白马镇大坪小学");
    expect(EXPECTED.gaps[1].additions).toEqual({
      primaryBackboneTeachers:
        ceil((0.85 * 1.0 * s.primaryStudents) / 100) - s.primaryBackboneTeachers,
      primaryPeArtTeachers: ceil((0.9 * s.primaryStudents) / 100) - s.primaryPeArtTeachers,
    });
  });

  test("石桥镇桥头小学: 设备 (20% short) left at 85% = 1700 元, 多媒体 (15.2% short) raised to 2.3 per 100", () => {
    const s = byName("石桥镇桥头小学");
    expect(EXPECTED.gaps[2].additions).toEqual({
      equipmentValue: ceil(1700 * s.primaryStudents - s.equipmentValue),
      multimediaRooms: ceil((2.3 * s.primaryStudents) / 100) - s.multimediaRooms,
    });
  });

  test("cvsAfterGaps: the 小学 CV of 生均体育运动场馆 with 城关第一小学's addition, by hand", () => {
    const schools = EXPECTED.stages.primary.schools as {
      name: string;
      students: number;
      values: Record<string, number>;
    }[];
    const add = EXPECTED.gaps[0].additions.outdoorSportsArea;
    const xs = schools.map((s) =>
      s.name === "城关第一小学"
        ? s.values.sportsAreaPerStudent + add / s.students
        : s.values.sportsAreaPerStudent
    );
    const ps = schools.map((s) => s.students);
    const P = ps.reduce((a, b) => a + b, 0);
    const mean = xs.reduce((a, x, i) => a + ps[i] * x, 0) / P;
    const cv = Math.sqrt(xs.reduce((a, x, i) => a + ps[i] * (x - mean) ** 2, 0) / P) / mean;
    expect(EXPECTED.cvsAfterGaps.primary.sportsAreaPerStudent).toBeCloseTo(cv, 12);
    // 初中 has no gaps: its CVs are unchanged.
    for (const [id, ind] of Object.entries(EXPECTED.stages.junior.indicators)) {
      expect(EXPECTED.cvsAfterGaps.junior[id]).toBeCloseTo((ind as { cv: number }).cv, 12);
    }
  });
});

describe("breakdowns in expected.json", () => {
  test("城关学区 小学: students and 骨干 per 100 as the group's total teachers over its students", () => {
    const members = EXPECTED.stages.primary.schools.filter(
      (s: { group: string }) => s.group === "城关学区"
    );
    const entry = EXPECTED.breakdowns.byGroup.find(
      (g: { group: string; stage: string }) => g.group === "城关学区" && g.stage === "primary"
    );
    expect(entry.schools).toBe(members.length);
    const students = members.reduce((a: number, s: { students: number }) => a + s.students, 0);
    expect(entry.students).toBe(students);
    const teachers = members.reduce(
      (a: number, s: { name: string }) => a + byName(s.name).primaryBackboneTeachers,
      0
    );
    expect(entry.indicators.backboneTeachersPer100.mean).toBeCloseTo(
      (teachers / students) * 100,
      12
    );
  });

  test("城乡比: 城区 mean ÷ 乡村 mean, 初中 高于规定学历教师", () => {
    const junior = EXPECTED.stages.junior.schools as {
      name: string;
      locale: string;
      students: number;
    }[];
    const mean = (locale: string): number => {
      const m = junior.filter((s) => s.locale === locale);
      return (
        (m.reduce((a, s) => a + byName(s.name).juniorQualifiedTeachers, 0) /
          m.reduce((a, s) => a + s.students, 0)) *
        100
      );
    };
    expect(EXPECTED.breakdowns.urbanRuralRatio.junior.qualifiedTeachersPer100).toBeCloseTo(
      mean("urban") / mean("rural"),
      12
    );
  });
});

describe("the summary", () => {
  test("has a 补差测算 section listing each failing school with its additions", async () => {
    let stdout = "";
    const code = await main(["assess", path.join(ROOT, "examples", "county-template.xlsx")], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    const section = stdout.split("【补差测算】")[1].split("【")[0];
    const s = byName("石桥镇桥头小学");
    const yuan = ceil(1700 * s.primaryStudents - s.equipmentValue).toLocaleString("en-US");
    expect(section).toContain(
      `石桥镇桥头小学（小学）：增加教学仪器设备值 ${yuan} 元，网络多媒体教室`
    );
    expect(section).toContain("白马镇大坪小学（小学）：增加小学县级以上骨干教师");
    expect(section).toMatch(/城关第一小学（小学）：增加运动场地 [\d,]+\.\d\d ㎡/);
    expect(section).toContain("全部补齐后的差异系数");
  });
});
