/**
 * Breakdowns by 学区/集团 and 城乡 on a tiny county whose means and CVs are
 * worked out by hand (standards.md §1.3 applied to each group).
 */
import { assess } from "../../../src/core/assess";
import { breakdowns, NO_GROUP_LABEL } from "../../../src/core/planning/breakdown";
import type { SchoolRecord } from "../../../src/core/types";

function primary(
  name: string,
  students: number,
  backbone: number,
  group: string | undefined,
  locale: SchoolRecord["locale"]
): SchoolRecord {
  // Everything but 骨干 is the same per student, so only 骨干 varies between schools.
  return {
    name,
    type: "primary",
    group,
    locale,
    primaryStudents: students,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 0,
    juniorClasses: 0,
    primaryQualifiedTeachers: students * 0.05,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: backbone,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: students * 0.01,
    juniorPeArtTeachers: 0,
    teachingArea: students * 5,
    indoorSportsArea: 0,
    outdoorSportsArea: students * 8,
    equipmentValue: students * 2500,
    multimediaRooms: students * 0.03,
  };
}

/**
 * 城关学区: 甲 (城区) 500 students, 骨干 4 → 0.8 per 100; 乙 (城区) 400 students, 骨干 5 → 1.25.
 *   mean = (4 + 5) / 900 × 100 = 1.0; S² = (500·0.2² + 400·0.25²)/900 = (20 + 25)/900 = 0.05; CV = √0.05 = 0.22361.
 * 河西学区: 丙 (乡村) 200 students, 骨干 3 → 1.5; 丁 (乡村) 300 students, 骨干 2 → 0.6667.
 *   mean = 5 / 500 × 100 = 1.0; S² = (200·0.5² + 300·(1/3)²)/500 = (50 + 33.333)/500 = 0.16667; CV = 0.40825.
 * 戊 (镇区, no 学区) 100 students, 骨干 2 → 2.0: one school, CV 0.
 * 城乡比 of 骨干: 城区 mean 1.0 / 乡村 mean 1.0 = 1.0; of 生均教学及辅助用房: 5 / 5 = 1.
 */
const county: SchoolRecord[] = [
  primary("甲", 500, 4, "城关学区", "urban"),
  primary("乙", 400, 5, "城关学区", "urban"),
  primary("丙", 200, 3, "河西学区", "rural"),
  primary("丁", 300, 2, "河西学区", "rural"),
  primary("戊", 100, 2, undefined, "town"),
];

describe("breakdowns", () => {
  const b = breakdowns(assess(county, null));

  test("by 学区/集团: schools, students, weighted mean and CV per group; blank group last", () => {
    const primaryGroups = b.byGroup.filter((g) => g.stage === "primary");
    expect(primaryGroups.map((g) => [g.key, g.schools, g.students])).toEqual([
      ["城关学区", 2, 900],
      ["河西学区", 2, 500],
      [null, 1, 100],
    ]);
    expect(primaryGroups[2].label).toBe(NO_GROUP_LABEL);
    const [chengguan, hexi, none] = primaryGroups;
    expect(chengguan.indicators.backboneTeachersPer100!.mean).toBeCloseTo(1.0, 12);
    expect(chengguan.indicators.backboneTeachersPer100!.cv).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(hexi.indicators.backboneTeachersPer100!.mean).toBeCloseTo(1.0, 12);
    expect(hexi.indicators.backboneTeachersPer100!.cv).toBeCloseTo(
      Math.sqrt((50 + 300 / 9) / 500),
      12
    );
    expect(none.indicators.backboneTeachersPer100!).toEqual({ mean: 2, cv: 0 });
    // Indicators that do not vary have CV 0 in every group.
    expect(chengguan.indicators.teachingAreaPerStudent!.mean).toBeCloseTo(5, 12);
    expect(chengguan.indicators.teachingAreaPerStudent!.cv).toBeCloseTo(0, 12);
  });

  test("no 初中 schools: no 初中 rows", () => {
    expect(b.byGroup.some((g) => g.stage === "junior")).toBe(false);
    expect(b.urbanRuralRatio.junior.backboneTeachersPer100).toBeNull();
  });

  test("by 城乡 in the order 城区, 镇区, 乡村", () => {
    expect(b.byLocale.map((g) => [g.key, g.label, g.schools])).toEqual([
      ["urban", "城区", 2],
      ["town", "镇区", 1],
      ["rural", "乡村", 2],
    ]);
    expect(b.byLocale[2].indicators.backboneTeachersPer100!.cv).toBeCloseTo(0.408248, 6);
  });

  test("urban–rural ratio: 城区 mean ÷ 乡村 mean", () => {
    expect(b.urbanRuralRatio.primary.backboneTeachersPer100).toBeCloseTo(1.0, 12);
    // Make the 乡村 schools poorer in 设备: 丙 and 丁 at 2000 元 per student → ratio 2500 / 2000 = 1.25.
    const poorer = county.map((s) =>
      s.locale === "rural" ? { ...s, equipmentValue: s.primaryStudents * 2000 } : s
    );
    expect(
      breakdowns(assess(poorer, null)).urbanRuralRatio.primary.equipmentValuePerStudent
    ).toBeCloseTo(1.25, 12);
  });

  test("a stage with 城区 schools but no 乡村 schools has no ratio", () => {
    const noRural = county.filter((s) => s.locale !== "rural");
    expect(
      breakdowns(assess(noRural, null)).urbanRuralRatio.primary.backboneTeachersPer100
    ).toBeNull();
  });
});
