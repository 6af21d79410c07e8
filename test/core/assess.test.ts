import { renderFinding } from "../../src/core/messages";
import { renderFindings } from "../../src/core/messages";
/**
 * assess(): every expectation below is computed by hand from standards.md and
 * interfaces.md (the arithmetic is written out next to it), not taken from the
 * code's own output.
 */
import { assess } from "../../src/core/assess";
import { NATIONAL_2017 } from "../../src/core/profiles";
import type { StandardsProfile } from "../../src/core/profiles";
import type { ClassRecord, SchoolRecord, Stage } from "../../src/core/types";
import { INDICATOR_IDS } from "../../src/core/types";
import { primary1000 as atThresholdPrimary, school } from "../helpers/records";
import * as core from "../../src/core";

const P = NATIONAL_2017;

/** A 初中 of 1000 students exactly at every threshold: 5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4. */
function atThresholdJunior(name: string, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return school({
    name,
    type: "junior",
    juniorStudents: 1000,
    juniorQualifiedTeachers: 53,
    juniorBackboneTeachers: 10,
    juniorPeArtTeachers: 9,
    teachingArea: 6300,
    indoorSportsArea: 500,
    outdoorSportsArea: 9700,
    equipmentValue: 2_500_000,
    multimediaRooms: 24,
    ...over,
  });
}

function withCoverage(over: Partial<StandardsProfile["coverage"]>): StandardsProfile {
  return { ...P, coverage: { ...P.coverage, ...over } };
}

function stageNames(a: ReturnType<typeof assess>, stage: Stage): string[] {
  return a.stages[stage].schools.map((s) => s.name);
}

describe("indicator values of one school (§1.1, §1.2)", () => {
  test("the 166/210 九年一贯制 example: 小学 per-student 23226 / (166 + 1.1·210) = 58.50", () => {
    const s = school({
      name: "一贯制学校",
      type: "nineYear",
      primaryStudents: 166,
      juniorStudents: 210,
      primaryQualifiedTeachers: 7,
      juniorQualifiedTeachers: 11,
      teachingArea: 3000,
      indoorSportsArea: 400,
      outdoorSportsArea: 5000,
      equipmentValue: 23226,
      multimediaRooms: 8,
    });
    const a = assess([s], null);
    const primary = a.stages.primary.schools[0];
    const junior = a.stages.junior.schools[0];
    expect(primary.students).toBe(166);
    expect(junior.students).toBe(210);
    // 166 + 231 = 397 weighted students.
    expect(primary.facilityShare).toBeCloseTo(166 / 397, 12);
    expect(junior.facilityShare).toBeCloseTo(231 / 397, 12);
    expect(primary.values.equipmentValuePerStudent).toBeCloseTo(58.5, 2);
    expect(primary.values.equipmentValuePerStudent! * 166).toBeCloseTo(9711.6, 1);
    expect(junior.values.equipmentValuePerStudent! * 210).toBeCloseTo(13514.4, 1);
    // Teachers are the stage's own: 7/166·100 and 11/210·100, no split.
    expect(primary.values.qualifiedTeachersPer100).toBeCloseTo(4.2169, 4);
    expect(junior.values.qualifiedTeachersPer100).toBeCloseTo(5.2381, 4);
    // 教学及辅助用房 = 3000 − 400 = 2600; 体育运动场馆 = 5000 + 400 = 5400; split 1 : 1.1 per student.
    expect(primary.values.teachingAreaPerStudent).toBeCloseTo(2600 / 397, 10);
    expect(junior.values.teachingAreaPerStudent).toBeCloseTo((2600 * 1.1) / 397, 10);
    expect(primary.values.sportsAreaPerStudent).toBeCloseTo(5400 / 397, 10);
    // 8 rooms: 小学部 8·166/397 rooms per 166 students → 800/397 per 100.
    expect(primary.values.multimediaRoomsPer100).toBeCloseTo(800 / 397, 10);
    expect(junior.values.multimediaRoomsPer100).toBeCloseTo(880 / 397, 10);
  });

  test("完全中学: 初中部 share B/(B + 1.2C); 十二年一贯制 over three stages", () => {
    // 300 初中, 200 高中: 1.1·300 + 1.32·200 = 330 + 264 = 594 weighted; 594,000 元 → 初中 330,000 元 / 300 = 1100 元 per student.
    const complete = school({
      name: "完中",
      type: "complete",
      juniorStudents: 300,
      seniorStudents: 200,
      equipmentValue: 594_000,
    });
    // 100 小学, 200 初中, 300 高中: 100 + 220 + 396 = 716 weighted; 716,000 元 → 小学 100,000 / 100 = 1000, 初中 220,000 / 200 = 1100.
    const twelve = school({
      name: "十二年",
      type: "twelveYear",
      primaryStudents: 100,
      juniorStudents: 200,
      seniorStudents: 300,
      equipmentValue: 716_000,
    });
    const a = assess([complete, twelve], null);
    expect(stageNames(a, "primary")).toEqual(["十二年"]);
    expect(stageNames(a, "junior")).toEqual(["完中", "十二年"]);
    const [c, t] = a.stages.junior.schools;
    expect(c.facilityShare).toBeCloseTo(300 / (300 + 1.2 * 200), 12);
    expect(c.values.equipmentValuePerStudent).toBeCloseTo(1100, 8);
    expect(t.facilityShare).toBeCloseTo(220 / 716, 12);
    expect(t.values.equipmentValuePerStudent).toBeCloseTo(1100, 8);
    expect(a.stages.primary.schools[0].facilityShare).toBeCloseTo(100 / 716, 12);
    expect(a.stages.primary.schools[0].values.equipmentValuePerStudent).toBeCloseTo(1000, 8);
  });
});

describe("the school rule: 6 of 7 and 85% (§1.1)", () => {
  test("values equal to their thresholds meet them", () => {
    const a = assess([atThresholdPrimary("达标小学")], null);
    const s = a.stages.primary.schools[0];
    expect(s.metCount).toBe(7);
    expect(s.passes).toBe(true);
    expect(s.shortfalls).toEqual([]);
    expect(s.facilityShare).toBe(1);
    expect(s.values.teachingAreaPerStudent).toBeCloseTo(4.5, 12);
    expect(s.values.sportsAreaPerStudent).toBeCloseTo(7.5, 12);
  });

  test("6 met and the 7th at exactly 85% passes; at 84% it fails", () => {
    // 教学及辅助用房 (4325 − 500)/1000 = 3.825 = 0.85 · 4.5; (4280 − 500)/1000 = 3.78 = 0.84 · 4.5.
    const a = assess(
      [
        atThresholdPrimary("85%", { teachingArea: 4325 }),
        atThresholdPrimary("84%", { teachingArea: 4280 }),
      ],
      null
    );
    const [at85, at84] = a.stages.primary.schools;
    expect(at85.metCount).toBe(6);
    expect(at85.met.teachingAreaPerStudent).toBe(false);
    expect(at85.passes).toBe(true);
    expect(at84.metCount).toBe(6);
    expect(at84.passes).toBe(false);
    expect(at84.shortfalls).toHaveLength(1);
    expect(at84.shortfalls[0].indicator).toBe("teachingAreaPerStudent");
    expect(at84.shortfalls[0].threshold).toBe(4.5);
    expect(at84.shortfalls[0].absolute).toBeCloseTo(0.72, 10);
    expect(at84.shortfalls[0].relative).toBeCloseTo(0.16, 10);
    expect(a.stages.primary.schoolsPassing).toBe(1);
    expect(a.stages.primary.indicators.teachingAreaPerStudent!.schoolsMeeting).toBe(0);
    expect(a.stages.primary.passes).toBe(false);
  });

  test("5 met fails even when the other two are close; each shortfall is listed", () => {
    // 41/1000·100 = 4.1 (short 0.1 of 4.2); 22 rooms → 2.2 (short 0.1 of 2.3).
    const s = assess(
      [atThresholdPrimary("五项", { primaryQualifiedTeachers: 41, multimediaRooms: 22 })],
      null
    ).stages.primary.schools[0];
    expect(s.metCount).toBe(5);
    expect(s.passes).toBe(false);
    expect(s.shortfalls.map((f) => f.indicator)).toEqual([
      "qualifiedTeachersPer100",
      "multimediaRoomsPer100",
    ]);
    expect(s.shortfalls[0].absolute).toBeCloseTo(0.1, 10);
    expect(s.shortfalls[0].relative).toBeCloseTo(0.1 / 4.2, 10);
    expect(s.shortfalls[1].relative).toBeCloseTo(0.1 / 2.3, 10);
  });

  test("borderline: rounding to 2 decimals would flip a met flag or the verdict", () => {
    const a = assess(
      [
        // 41.96/1000·100 = 4.196 → shows 4.20 but is short of 4.2: met flag flips.
        atThresholdPrimary("差一点", { primaryQualifiedTeachers: 41.96 }),
        // 35.66 → 3.566, under 85% of 4.2 = 3.57, shows 3.57: the verdict flips (met stays false).
        atThresholdPrimary("底线", { primaryQualifiedTeachers: 35.66 }),
        // 41.8 → 4.18 shows 4.18: no flip.
        atThresholdPrimary("明确未达", { primaryQualifiedTeachers: 41.8 }),
        atThresholdPrimary("达标"),
      ],
      null
    );
    const [close, floor, clear, fine] = a.stages.primary.schools;
    expect(close).toMatchObject({ metCount: 6, passes: true, borderline: true });
    expect(close.met.qualifiedTeachersPer100).toBe(false);
    expect(floor).toMatchObject({ metCount: 6, passes: false, borderline: true });
    expect(clear).toMatchObject({ metCount: 6, passes: true, borderline: false });
    expect(fine.borderline).toBe(false);
    // Which flips, said once in the core (issue 24 §2): the report and the 表Ⅱ-2 备注 read it.
    expect(close).toMatchObject({
      borderlineIndicators: ["qualifiedTeachersPer100"],
      verdictBorderline: false,
      belowFloor: [],
    });
    expect(floor).toMatchObject({
      borderlineIndicators: [],
      verdictBorderline: true,
      belowFloor: ["qualifiedTeachersPer100"],
    });
    expect(clear).toMatchObject({ borderlineIndicators: [], verdictBorderline: false });
    expect(clear.belowFloor).toEqual([]); // 4.18 is short of 4.2 but above 85% of it
  });

  test("below 85%: every unmet indicator under floor × threshold, and only those", () => {
    // Of 1,000 students: 35.69 teachers → 3.569, 20 rooms → 2.0, 9.5 backbone → 0.95: three unmet.
    const [s] = assess(
      [
        atThresholdPrimary("两项", {
          primaryQualifiedTeachers: 35.69,
          multimediaRooms: 20,
          primaryBackboneTeachers: 9.5,
        }),
      ],
      null
    ).stages.primary.schools;
    // 4.2·0.85 = 3.57 > 3.569; 2.3·0.85 = 1.955 ≤ 2.0; 1·0.85 = 0.85 ≤ 0.95
    expect(s.belowFloor).toEqual(["qualifiedTeachersPer100"]);
    expect(s.passes).toBe(false);
    expect(s.metCount).toBe(4);
  });
});

describe("the county rule: student-weighted CV per indicator (§1.3)", () => {
  test("the five-school example of §1.3 inside an assessment: CV 0.51526 > 0.50 fails", () => {
    // Equipment = the example's books × 1000, so 生均 = 6200, 3702.7, 10505.6, 2105.3, 7309.1 元 (all ≥ 2000);
    // scaling does not change the CV. Every other indicator is the same per student everywhere → CV 0.
    const students = [45, 37, 89, 76, 55];
    const books = [279, 137, 935, 160, 402];
    const schools = students.map((n, i) =>
      school({
        name: `小学${i + 1}`,
        primaryStudents: n,
        primaryQualifiedTeachers: n * 0.05,
        primaryBackboneTeachers: n * 0.02,
        primaryPeArtTeachers: n * 0.01,
        teachingArea: n * 6,
        indoorSportsArea: n * 1,
        outdoorSportsArea: n * 8,
        equipmentValue: books[i] * 1000,
        multimediaRooms: n * 0.03,
      })
    );
    const a = assess(schools, null);
    const eq = a.stages.primary.indicators.equipmentValuePerStudent!;
    expect(eq.countyValue).toBeCloseTo((1913 * 1000) / 302, 6);
    expect(eq.cv).toBeCloseTo(0.51526, 5);
    expect(eq.cvLimit).toBe(0.5);
    expect(eq.cvPasses).toBe(false);
    expect(eq.borderline).toBe(false); // 0.515 still fails
    expect(eq.schoolsMeeting).toBe(5);
    const q = a.stages.primary.indicators.qualifiedTeachersPer100!;
    expect(q.countyValue).toBeCloseTo(5, 10);
    expect(q.cv).toBeCloseTo(0, 10);
    expect(q.cvPasses).toBe(true);
    expect(a.stages.primary.schoolsPassing).toBe(5);
    expect(a.stages.primary.passes).toBe(false);
  });

  test("a two-school 初中 computed by hand", () => {
    // 多媒体: A 100 students, 3 rooms → 3 per 100; B 300 students, 15 rooms → 5 per 100.
    // X̄ = (100·3 + 300·5)/400 = 4.5 = 18 rooms / 400 students · 100;
    // S² = (100·1.5² + 300·0.5²)/400 = 0.75; CV = √0.75 / 4.5 = 0.19245.
    const a = assess(
      [
        atThresholdJunior("A", {
          juniorStudents: 100,
          juniorQualifiedTeachers: 5.3,
          juniorBackboneTeachers: 1,
          juniorPeArtTeachers: 0.9,
          teachingArea: 630,
          indoorSportsArea: 50,
          outdoorSportsArea: 970,
          equipmentValue: 250_000,
          multimediaRooms: 3,
        }),
        atThresholdJunior("B", {
          juniorStudents: 300,
          juniorQualifiedTeachers: 15.9,
          juniorBackboneTeachers: 3,
          juniorPeArtTeachers: 2.7,
          teachingArea: 1890,
          indoorSportsArea: 150,
          outdoorSportsArea: 2910,
          equipmentValue: 750_000,
          multimediaRooms: 15,
        }),
      ],
      null
    );
    const m = a.stages.junior.indicators.multimediaRoomsPer100!;
    expect(m.countyValue).toBeCloseTo(4.5, 10);
    expect(m.cv).toBeCloseTo(Math.sqrt(0.75) / 4.5, 10);
    expect(m.cv).toBeCloseTo(0.19245, 5);
    expect(m.cvLimit).toBe(0.45);
    expect(m.cvPasses).toBe(true);
    expect(a.stages.junior.schoolsPassing).toBe(2);
    expect(a.stages.junior.passes).toBe(true);
  });

  test("a CV exactly at the limit passes (0.50 小学, 0.45 初中); just above fails", () => {
    // Two equal schools at m(1 − c) and m(1 + c) have X̄ = m and S = m·c, so CV = c.
    // 小学: 5 and 15 per 100 → CV 0.5; 4.9 and 15.1 → 0.51. Both schools meet 4.2 either way.
    const pair = (lo: number, hi: number) => [
      atThresholdPrimary("低", {
        primaryStudents: 100,
        primaryQualifiedTeachers: lo,
        primaryBackboneTeachers: 1,
        primaryPeArtTeachers: 0.9,
        teachingArea: 500,
        indoorSportsArea: 50,
        outdoorSportsArea: 700,
        equipmentValue: 200_000,
        multimediaRooms: 2.3,
      }),
      atThresholdPrimary("高", {
        primaryStudents: 100,
        primaryQualifiedTeachers: hi,
        primaryBackboneTeachers: 1,
        primaryPeArtTeachers: 0.9,
        teachingArea: 500,
        indoorSportsArea: 50,
        outdoorSportsArea: 700,
        equipmentValue: 200_000,
        multimediaRooms: 2.3,
      }),
    ];
    const atLimit = assess(pair(5, 15), null).stages.primary;
    expect(atLimit.indicators.qualifiedTeachersPer100!.cv).toBeCloseTo(0.5, 12);
    expect(atLimit.indicators.qualifiedTeachersPer100!.cvPasses).toBe(true);
    expect(atLimit.passes).toBe(true);
    const above = assess(pair(4.9, 15.1), null).stages.primary;
    expect(above.indicators.qualifiedTeachersPer100!.cv).toBeCloseTo(0.51, 12);
    expect(above.indicators.qualifiedTeachersPer100!.cvPasses).toBe(false);
    expect(above.schoolsPassing).toBe(2);
    expect(above.passes).toBe(false);

    // 初中: 5.5 and 14.5 per 100 → CV 0.45, both ≥ 5.3.
    const junior = assess(
      [
        atThresholdJunior("低", { juniorQualifiedTeachers: 55 }),
        atThresholdJunior("高", { juniorQualifiedTeachers: 145 }),
      ],
      null
    ).stages.junior;
    expect(junior.indicators.qualifiedTeachersPer100!.cv).toBeCloseTo(0.45, 12);
    expect(junior.indicators.qualifiedTeachersPer100!.cvPasses).toBe(true);
    expect(junior.passes).toBe(true);
  });

  test("a CV that only passes after rounding to 3 decimals is borderline", () => {
    // c = 0.5004: values 10·(1 ∓ 0.5004) per 100 → CV 0.5004 fails, shows 0.500.
    const a = assess(
      [
        atThresholdPrimary("低", { primaryQualifiedTeachers: 49.96 }),
        atThresholdPrimary("高", { primaryQualifiedTeachers: 150.04 }),
      ],
      null
    ).stages.primary.indicators.qualifiedTeachersPer100!;
    expect(a.cv).toBeCloseTo(0.5004, 10);
    expect(a.cvPasses).toBe(false);
    expect(a.borderline).toBe(true);
  });

  test("a zero county mean gives a null CV, cvPasses false and a warning", () => {
    const a = assess(
      [
        atThresholdPrimary("甲", { primaryBackboneTeachers: 0 }),
        atThresholdPrimary("乙", { primaryBackboneTeachers: 0 }),
      ],
      null
    );
    const b = a.stages.primary.indicators.backboneTeachersPer100!;
    expect(b.cv).toBeNull();
    expect(b.countyValue).toBe(0);
    expect(b.cvPasses).toBe(false);
    expect(a.stages.primary.passes).toBe(false);
    expect(
      renderFindings(a.findings).some(
        (w) => w.includes("县级以上骨干教师") && w.includes("差异系数无法计算")
      )
    ).toBe(true);
  });

  test("a stage without schools does not pass, and says so", () => {
    const a = assess([atThresholdPrimary("只有小学")], null);
    expect(a.stages.primary.passes).toBe(true);
    const j = a.stages.junior;
    expect(j.schools).toEqual([]);
    expect(j.passes).toBe(false);
    for (const id of INDICATOR_IDS) {
      expect(j.indicators[id]).toMatchObject({
        threshold: P.thresholds[id].junior,
        countyValue: null,
        cv: null,
        cvPasses: false,
        schoolsMeeting: 0,
      });
    }
    expect(
      renderFindings(a.findings).some((w) => w.includes("没有纳入资源配置评估的初中学校"))
    ).toBe(true);
  });
});

describe("which schools count (§1.1)", () => {
  test("教学点 49 out, 50 in; 特教 and 职业 out; 民办 in by default", () => {
    const a = assess(
      [
        atThresholdPrimary("教学点49", { type: "teachingPoint", primaryStudents: 49 }),
        atThresholdPrimary("教学点50", { type: "teachingPoint", primaryStudents: 50 }),
        atThresholdPrimary("特教学校", { type: "special", juniorStudents: 30 }),
        school({ name: "职校", type: "vocational", seniorStudents: 800 }),
        atThresholdPrimary("民办小学", { ownership: "private" }),
      ],
      null
    );
    expect(stageNames(a, "primary")).toEqual(["教学点50", "民办小学"]);
    expect(stageNames(a, "junior")).toEqual([]);
    expect(a.excluded.map((e) => e.name)).toEqual(["教学点49", "特教学校", "职校"]);
    expect(a.excluded[0].stage).toBe("primary");
    expect(renderFinding(a.excluded[0].reason)).toContain("50");
    expect(renderFinding(a.excluded[1].reason)).toContain("特殊教育学校");
    expect(renderFinding(a.excluded[2].reason)).toContain("职业学校");
    expect(a.incomplete).toBe(false);
  });

  test("民办 out when the profile says so, and listed as excluded", () => {
    const a = assess(
      [
        atThresholdPrimary("公办小学", { ownership: "public" }),
        atThresholdPrimary("民办小学", { ownership: "private" }),
      ],
      null,
      withCoverage({ includePrivate: false })
    );
    expect(stageNames(a, "primary")).toEqual(["公办小学"]);
    expect(a.excluded.map((e) => [e.name, renderFinding(e.reason)])).toEqual([
      ["民办小学", expect.stringContaining("民办")],
    ]);
  });

  test("the 教学点 cut-off comes from the profile", () => {
    const a = assess(
      [atThresholdPrimary("教学点60", { type: "teachingPoint", primaryStudents: 60 })],
      null,
      withCoverage({ teachingPointMinStudents: 100 })
    );
    expect(stageNames(a, "primary")).toEqual([]);
    expect(renderFinding(a.excluded[0].reason)).toContain("100");
  });

  test("a stage its type has but with 0 students: a warning, not a crash", () => {
    const s = school({
      name: "无初中生的一贯制",
      type: "nineYear",
      primaryStudents: 200,
      juniorStudents: 0,
      primaryQualifiedTeachers: 10,
      equipmentValue: 100,
    });
    const a = assess([s], null);
    expect(stageNames(a, "primary")).toEqual(["无初中生的一贯制"]);
    expect(stageNames(a, "junior")).toEqual([]);
    // The whole facility goes to the 小学部: 100 元 / 200 students.
    expect(a.stages.primary.schools[0].facilityShare).toBe(1);
    expect(a.stages.primary.schools[0].values.equipmentValuePerStudent).toBeCloseTo(0.5, 12);
    expect(
      renderFindings(a.findings).some(
        (w) => w.includes("无初中生的一贯制") && w.includes("初中在校生数为 0")
      )
    ).toBe(true);
    expect(a.excluded).toEqual([]);
  });

  test("bad numbers leave the school out of the stage, named, and mark the result incomplete", () => {
    const a = assess(
      [
        atThresholdPrimary("好", {}),
        atThresholdPrimary("坏", {
          equipmentValue: Number.NaN,
          source: { sheet: "学校基础数据", row: 7 },
        }),
        atThresholdPrimary("面积矛盾", { teachingArea: 400, indoorSportsArea: 500 }),
      ],
      null
    );
    expect(stageNames(a, "primary")).toEqual(["好"]);
    expect(a.incomplete).toBe(true);
    expect(
      renderFindings(a.findings).some(
        (w) => w.includes("学校基础数据 第 7 行「坏」") && w.includes("教学仪器设备值")
      )
    ).toBe(true);
    expect(
      renderFindings(a.findings).some(
        (w) => w.includes("「面积矛盾」") && w.includes("室内体育用房面积")
      )
    ).toBe(true);
  });

  test("incomplete and warnings from the reader pass through", () => {
    const a = assess([atThresholdPrimary("小学"), atThresholdJunior("初中")], null, P, {
      incomplete: true,
      findings: [{ code: "duplicateSchoolName", name: "甲", count: 2 }],
    });
    expect(a.incomplete).toBe(true);
    expect(renderFindings(a.findings)).toEqual([
      "学校名称「甲」在学校基础数据中出现 2 次；班级表按名称对应时取第一所，请核对",
    ]);
    const clean = assess([atThresholdPrimary("小学"), atThresholdJunior("初中")], null);
    expect(clean.incomplete).toBe(false);
    expect(renderFindings(clean.findings)).toEqual([]);
    expect(clean.profile).toBe("national-2017");
    expect(clean.profileName).toBe(P.name);
    expect(clean.stages.primary.passes && clean.stages.junior.passes).toBe(true);
  });
});

describe("class sizes (§1.4 item 5, §3, interfaces.md §1)", () => {
  const cls = (schoolName: string, stage: Stage, students: number[]): ClassRecord[] =>
    students.map((n, i) => ({ school: schoolName, stage, className: `${i + 1}班`, students: n }));

  test("bands, limits 45/50 and shares; 特教 classes excluded; 教学点 classes count", () => {
    const schools = [
      atThresholdPrimary("城关小学"),
      atThresholdJunior("城关初中"),
      school({ name: "特教学校", type: "special", primaryStudents: 30 }),
      school({ name: "村教学点", type: "teachingPoint", primaryStudents: 20 }),
    ];
    const classes = [
      ...cls("城关小学", "primary", [45, 46, 55, 56, 65, 66]),
      ...cls("城关初中", "junior", [50, 51, 56]),
      ...cls("特教学校", "primary", [70]),
      ...cls("村教学点", "primary", [12]),
    ];
    const c = assess(schools, classes).classSize!;
    // 小学: 7 classes (6 + the 教学点's); over 45: 46, 55, 56, 65, 66 = 5; ≥ 56: 3; ≥ 66: 1.
    expect(c.primary).toMatchObject({
      classes: 7,
      overLimit: 5,
      largeClasses: 3,
      superLargeClasses: 1,
      passes: false,
    });
    expect(c.primary.overLimitShare).toBeCloseTo(5 / 7, 12);
    expect(c.primary.largeClassShare).toBeCloseTo(3 / 7, 12);
    expect(c.primary.superLargeClassShare).toBeCloseTo(1 / 7, 12);
    expect(c.primary.overLimitClasses.map((k) => [k.students, k.band])).toEqual([
      [46, "large"],
      [55, "large"],
      [56, "veryLarge"],
      [65, "veryLarge"],
      [66, "superLarge"],
    ]);
    expect(c.primary.overLimitClasses.some((k) => k.school === "特教学校")).toBe(false);
    // 初中: limit 50, so 50 is fine; 51 and 56 over; 56 is 大班额.
    expect(c.junior).toMatchObject({
      classes: 3,
      overLimit: 2,
      largeClasses: 1,
      superLargeClasses: 0,
      passes: false,
    });
    expect(c.junior.overLimitClasses[0]).toEqual({
      school: "城关初中",
      className: "2班",
      students: 51,
      band: "large",
    });
  });

  test("a class of an unknown school counts, with a warning naming it; no classes → shares null; no sheet → null", () => {
    const a = assess(
      [atThresholdPrimary("城关小学")],
      [
        ...cls("城关小学", "primary", [40]),
        {
          school: "不存在小学",
          stage: "primary",
          className: "1班",
          students: 44,
          source: { sheet: "班级", row: 9 },
        },
      ]
    );
    expect(a.classSize!.primary).toMatchObject({ classes: 2, overLimit: 0, passes: true });
    expect(
      renderFindings(a.findings).some((w) => w.includes("不存在小学") && w.includes("第 9 行"))
    ).toBe(true);
    expect(a.classSize!.junior).toMatchObject({
      classes: 0,
      overLimitShare: null,
      largeClassShare: null,
      superLargeClassShare: null,
      passes: true,
    });
    expect(assess([atThresholdPrimary("城关小学")], null).classSize).toBeNull();
  });

  test("a class with an unusable student count is not counted silently", () => {
    const a = assess(
      [atThresholdPrimary("城关小学")],
      [
        {
          school: "城关小学",
          stage: "primary",
          className: "1班",
          students: Number.NaN,
          source: { sheet: "班级", row: 3 },
        },
      ]
    );
    expect(a.classSize!.primary.classes).toBe(0);
    expect(a.incomplete).toBe(true);
    expect(renderFindings(a.findings).some((w) => w.includes("班级 第 3 行"))).toBe(true);
  });
});

describe("school size (§1.4 item 4)", () => {
  test("2000 / 2001 for 小学 and 初中; 2500 / 2501 for 一贯制 (compulsory stages only)", () => {
    const a = assess(
      [
        school({ name: "小学2000", type: "primary", primaryStudents: 2000 }),
        school({ name: "小学2001", type: "primary", primaryStudents: 2001 }),
        school({ name: "初中2001", type: "junior", juniorStudents: 2001 }),
        school({ name: "九年2500", type: "nineYear", primaryStudents: 1500, juniorStudents: 1000 }),
        school({ name: "九年2501", type: "nineYear", primaryStudents: 1501, juniorStudents: 1000 }),
        school({
          name: "十二年2501",
          type: "twelveYear",
          primaryStudents: 1000,
          juniorStudents: 1501,
          seniorStudents: 900,
        }),
        // 1900 初中 + 1000 高中: only 初中 counts, 1900 ≤ 2000.
        school({ name: "完中", type: "complete", juniorStudents: 1900, seniorStudents: 1000 }),
        school({ name: "特教", type: "special", primaryStudents: 3000 }),
        school({ name: "职校", type: "vocational", seniorStudents: 3000 }),
      ],
      null
    );
    expect(a.oversizedSchools).toEqual(["小学2001", "初中2001", "九年2501", "十二年2501"]);
    expect(a.schoolSize.map((f) => [f.name, f.students, f.limit, f.passes])).toEqual([
      ["小学2000", 2000, 2000, true],
      ["小学2001", 2001, 2000, false],
      ["初中2001", 2001, 2000, false],
      ["九年2500", 2500, 2500, true],
      ["九年2501", 2501, 2500, false],
      ["十二年2501", 2501, 2500, false],
      ["完中", 1900, 2000, true],
    ]);
  });
});

describe("音乐/美术专用教室 (§1.4 item 3)", () => {
  test("12 classes need 1 of each, 13 need 2", () => {
    const a = assess(
      [
        school({
          name: "12班",
          primaryStudents: 500,
          primaryClasses: 12,
          musicRooms: 1,
          artRooms: 1,
        }),
        school({
          name: "13班一间",
          primaryStudents: 550,
          primaryClasses: 13,
          musicRooms: 1,
          artRooms: 2,
        }),
        school({
          name: "13班两间",
          type: "nineYear",
          primaryStudents: 300,
          juniorStudents: 250,
          primaryClasses: 7,
          juniorClasses: 6,
          musicRooms: 2,
          artRooms: 2,
        }),
        school({
          name: "特教",
          type: "special",
          primaryStudents: 30,
          primaryClasses: 13,
          musicRooms: 0,
          artRooms: 0,
        }),
      ],
      null
    );
    expect(a.specialRooms).toEqual([
      { name: "12班", classes: 12, required: 1, musicRooms: 1, artRooms: 1, passes: true },
      { name: "13班一间", classes: 13, required: 2, musicRooms: 1, artRooms: 2, passes: false },
      { name: "13班两间", classes: 13, required: 2, musicRooms: 2, artRooms: 2, passes: true },
    ]);
  });

  test("null when no school has the columns", () => {
    expect(
      assess([school({ name: "甲", primaryStudents: 100, primaryClasses: 4 })], null).specialRooms
    ).toBeNull();
  });
});

describe("public API and speed", () => {
  test("src/core/index exports the pipeline and the rules, not assess itself", () => {
    expect(typeof core.evaluate).toBe("function");
    expect("assess" in core).toBe(false);
    expect(typeof core.weightedVariationCoefficient).toBe("function");
    expect(core.NATIONAL_2017).toBe(P);
    expect(core.INDICATOR_IDS).toHaveLength(7);
  });

  test("100,000 schools and 300,000 classes: every school part and class counted", () => {
    const schools: SchoolRecord[] = [];
    const classes: ClassRecord[] = [];
    for (let i = 0; i < 100_000; i++) {
      const n = 200 + (i % 700);
      const nine = i % 5 === 0;
      schools.push(
        school({
          name: `学校${i}`,
          type: nine ? "nineYear" : i % 2 ? "primary" : "junior",
          primaryStudents: nine || i % 2 ? n : 0,
          juniorStudents: nine || !(i % 2) ? n : 0,
          primaryQualifiedTeachers: n * 0.05,
          juniorQualifiedTeachers: n * 0.06,
          teachingArea: n * 7,
          indoorSportsArea: n,
          outdoorSportsArea: n * 9,
          equipmentValue: n * 3000 + i,
          multimediaRooms: n * 0.03,
          primaryClasses: 12,
          juniorClasses: 12,
          musicRooms: 1,
          artRooms: 1,
        })
      );
      for (let k = 0; k < 3; k++)
        classes.push({
          school: `学校${i}`,
          stage: i % 2 ? "primary" : "junior",
          className: `${k}`,
          students: 40 + k * 5,
        });
    }
    const a = assess(schools, classes);
    expect(a.stages.primary.schools.length + a.stages.junior.schools.length).toBe(120_000);
    expect(a.classSize!.primary.classes + a.classSize!.junior.classes).toBe(300_000);
    // Speed is measured by `npm run bench` (ratios, same run), not here: a timed assertion fails on a
    // loaded machine. Quadratic work (a lookup per class over 100k schools) would still exceed jest's timeout.
  });
});

describe("assessTable: what the hosts call after the table reader", () => {
  // The reader reports class rows whose school is missing from the school sheet,
  // and schools it left out for bad data; the assessment must not say it twice
  // (or wrongly say that a school left out for bad data is not in the table).
  const { readWorkbook } = require("../../src/core/table") as typeof import("../../src/core/table");
  const { evaluate } =
    require("../../src/core/pipeline") as typeof import("../../src/core/pipeline");
  const assessTable = (read: import("../../src/core/types").TableReadResult) =>
    evaluate(read).assessment;
  const { templateHeaders } =
    require("../../src/core/table") as typeof import("../../src/core/table");
  const h = templateHeaders();
  const school = (name: string, type: string, students: number | string): (string | number)[] =>
    h.schoolSheet.fields.map((f: string) => {
      switch (f) {
        case "name":
          return name;
        case "type":
          return type;
        case "ownership":
          return "公办";
        case "locale":
          return "城区";
        case "group":
          return "";
        case "primaryStudents":
          return students;
        case "primaryClasses":
          return 12;
        case "primaryQualifiedTeachers":
          return 30;
        case "primaryBackboneTeachers":
          return 8;
        case "primaryPeArtTeachers":
          return 6;
        case "teachingArea":
          return 3000;
        case "indoorSportsArea":
          return 200;
        case "outdoorSportsArea":
          return 5000;
        case "equipmentValue":
          return 130;
        case "multimediaRooms":
          return 14;
        case "musicRooms":
          return 1;
        case "artRooms":
          return 1;
        default:
          return 0;
      }
    });
  const read = readWorkbook([
    {
      name: "学校基础数据",
      values: [
        h.schoolSheet.headers,
        school("甲小学", "小学", 500),
        school("乙小学", "小学", "abc"),
      ],
    },
    {
      name: "班级",
      values: [
        h.classSheet.headers,
        ["甲小学", "小学", "一(1)班", 40],
        ["乙小学", "小学", "一(1)班", 41],
        ["丙小学", "小学", "一(1)班", 42],
      ],
    },
  ]);

  test("the reader reports the bad school and the unknown class school once each", () => {
    expect(read.incomplete).toBe(true);
    expect(
      read.issues.filter((i) => i.school === "乙小学" && i.severity === "error").length
    ).toBeGreaterThan(0);
    expect(
      read.issues.filter((i) => i.code === "classSchoolNotFound").map((i) => i.school)
    ).toEqual(["丙小学"]);
  });

  test("the assessment counts every listed class and repeats neither finding", () => {
    const a = assessTable(read);
    expect(a.incomplete).toBe(true);
    expect(a.classSize!.primary.classes).toBe(3);
    expect(
      renderFindings(a.findings).filter((w) => w.includes("乙小学") || w.includes("丙小学"))
    ).toEqual([]);
    expect(a.stages.primary.schools.map((s) => s.name)).toEqual(["甲小学"]);
  });
});
