import { renderFindings } from "../../src/core/messages";
/**
 * Profiles (issue 5 §2): the 2012 基本均衡 profile with its eight indicators and
 * composite CV, provincial profiles as data files and their validation, and the
 * reader's columns per profile. Every expected number is worked out by hand in
 * the comments (standards.md §1.2, §1.3, §2), not read back from the code.
 */
import * as fs from "fs";
import * as path from "path";
import { assess } from "../../src/core/assess";
import { isEduError } from "../../src/core/errors";
import { INDICATORS } from "../../src/core/indicators";
import {
  BASIC_2012,
  NATIONAL_2017,
  parseProfile,
  parseProfileText,
  PROFILE_FILE_MAX_BYTES,
  PROFILES,
  THRESHOLD_RANGES,
  type StandardsProfile,
} from "../../src/core/profiles";
import { compositeVariationCoefficient } from "../../src/core/rules";
import { readWorkbook, templateHeaders } from "../../src/core/table";
import type { SchoolRecord, Stage } from "../../src/core/types";
import { BASIC_2012_INDICATOR_IDS, INDICATOR_IDS } from "../../src/core/types";
import { school } from "../helpers/records";

const EXAMPLE_FILE = path.resolve(__dirname, "../../profiles/example-province.json");

/**
 * A 2012 school of one stage with 100 students whose eight per-student values are
 * given directly: with 100 students, 教学用房 ㎡ = 100·v, 计算机 = v (per 100), etc.
 */
function basicSchool(
  name: string,
  stage: Stage,
  v: {
    teaching: number;
    sports: number;
    equipment: number;
    computers: number;
    books: number;
    staff: number;
    qualified: number;
    title: number;
  }
): SchoolRecord {
  const n = 100;
  const p = stage === "primary";
  return school({
    name,
    type: p ? "primary" : "junior",
    primaryStudents: p ? n : 0,
    juniorStudents: p ? 0 : n,
    teachingArea: v.teaching * n,
    outdoorSportsArea: v.sports * n,
    equipmentValue: v.equipment * n,
    computers: v.computers,
    books: v.books * n,
    primaryStaff: p ? v.staff * n : 0,
    juniorStaff: p ? 0 : v.staff * n,
    primaryQualifiedTeachers: p ? v.qualified * n : 0,
    juniorQualifiedTeachers: p ? 0 : v.qualified * n,
    primaryIntermediateTitleTeachers: p ? v.title * n : 0,
    juniorIntermediateTitleTeachers: p ? 0 : v.title * n,
  });
}

describe("basic-2012: eight indicators and the composite CV (standards.md §2)", () => {
  /*
   * Two 小学 of 100 students each. With equal weights the CV of two values a, b is
   * |a − b| / (a + b): X̄ = (a + b)/2 and S = |a − b|/2.
   *   教学及辅助用房  A (600 − 100)/100 = 5,  B 3        → 2/8   = 0.25
   *   体育运动场馆    A (800 + 100)/100 = 9,  B 3        → 6/12  = 0.5
   *   仪器设备        3000, 1000 元                      → 0.5
   *   计算机/百生     15, 5                              → 0.5
   *   图书/生         30, 10                             → 0.5
   *   师生比          6/100 = 0.06, 4/100 = 0.04         → 0.2
   *   高于规定学历/生 0.05, 0.05                         → 0
   *   中级职称/生     0.03, 0.01                         → 0.5
   * 综合差异系数 = (0.25 + 0.5·5 + 0.2 + 0) / 8 = 2.95 / 8 = 0.36875 ≤ 0.65.
   */
  const A = school({
    name: "甲小学",
    primaryStudents: 100,
    teachingArea: 600,
    indoorSportsArea: 100,
    outdoorSportsArea: 800,
    equipmentValue: 300_000,
    computers: 15,
    books: 3000,
    primaryStaff: 6,
    primaryQualifiedTeachers: 5,
    primaryIntermediateTitleTeachers: 3,
  });
  const B = school({
    name: "乙小学",
    primaryStudents: 100,
    teachingArea: 300,
    indoorSportsArea: 0,
    outdoorSportsArea: 300,
    equipmentValue: 100_000,
    computers: 5,
    books: 1000,
    primaryStaff: 4,
    primaryQualifiedTeachers: 5,
    primaryIntermediateTitleTeachers: 1,
  });
  const a = assess([A, B], null, BASIC_2012);
  const primary = a.stages.primary;

  test("the eight indicators in the order of 教督〔2012〕3号, each with its CV", () => {
    expect(a.profile).toBe("basic-2012");
    expect(a.indicators).toEqual(BASIC_2012_INDICATOR_IDS);
    expect(Object.keys(primary.indicators)).toEqual([
      "teachingAreaPerStudent",
      "sportsAreaPerStudent",
      "equipmentValuePerStudent",
      "computersPer100",
      "booksPerStudent",
      "staffStudentRatio",
      "qualifiedTeachersPerStudent",
      "intermediateTitleTeachersPerStudent",
    ]);
    const cv = (id: keyof typeof primary.indicators) => primary.indicators[id]!.cv;
    expect(cv("teachingAreaPerStudent")).toBeCloseTo(0.25, 12);
    expect(cv("sportsAreaPerStudent")).toBeCloseTo(0.5, 12);
    expect(cv("equipmentValuePerStudent")).toBeCloseTo(0.5, 12);
    expect(cv("computersPer100")).toBeCloseTo(0.5, 12);
    expect(cv("booksPerStudent")).toBeCloseTo(0.5, 12);
    expect(cv("staffStudentRatio")).toBeCloseTo(0.2, 12);
    expect(cv("qualifiedTeachersPerStudent")).toBeCloseTo(0, 12);
    expect(cv("intermediateTitleTeachersPerStudent")).toBeCloseTo(0.5, 12);
  });

  test("师生比 is 教职工 ÷ 学生 and the teacher counts are per student, not per 100", () => {
    const s = primary.schools[0];
    expect(s.values.staffStudentRatio).toBeCloseTo(0.06, 12);
    expect(s.values.qualifiedTeachersPerStudent).toBeCloseTo(0.05, 12);
    expect(s.values.computersPer100).toBeCloseTo(15, 12);
    expect(s.values.booksPerStudent).toBeCloseTo(30, 12);
    // No 2017 indicator sneaks in.
    expect(s.values.backboneTeachersPer100).toBeUndefined();
  });

  test("the composite is the mean of the eight CVs, judged against 0.65", () => {
    expect(primary.compositeCv).toBeCloseTo(0.36875, 12);
    expect(primary.compositeLimit).toBe(0.65);
    expect(primary.compositePasses).toBe(true);
    expect(primary.passes).toBe(true);
  });

  test("no school rule: schools have values but no verdict, and the CVs no limit of their own", () => {
    for (const s of primary.schools) {
      expect(s.passes).toBeNull();
      expect(s.metCount).toBeNull();
      expect(s.met).toEqual({});
      expect(s.shortfalls).toEqual([]);
    }
    expect(primary.schoolsPassing).toBeNull();
    const ind = primary.indicators.booksPerStudent!;
    expect(ind).toMatchObject({
      threshold: null,
      cvLimit: null,
      cvPasses: null,
      schoolsMeeting: null,
    });
  });

  test("a stage without schools fails, and says why", () => {
    expect(a.stages.junior.passes).toBe(false);
    expect(a.stages.junior.compositeCv).toBeNull();
    expect(
      renderFindings(a.findings).some((w) => w.includes("没有纳入资源配置评估的初中学校"))
    ).toBe(true);
  });

  test("合肥庐阳区 published 小学 CVs → composite 0.592 (standards.md §2)", () => {
    // (0.881 + 1.299 + 0.977 + 0.379 + 0.170 + 0.334 + 0.286 + 0.408) / 8 = 4.734 / 8 = 0.59175
    const composite = compositeVariationCoefficient([
      0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408,
    ]);
    expect(composite).toBeCloseTo(0.59175, 12);
    expect(composite.toFixed(3)).toBe("0.592");
    expect(composite).toBeLessThanOrEqual(BASIC_2012.countyRule.limits.primary);
  });

  test("books and computers of a 九年一贯制 are split like the other facilities (§1.2 worked example)", () => {
    // 166 小学 + 210 初中, 23,226 books: 小学 per student = 23226 / (166 + 1.1·210) = 23226 / 397 = 58.50.
    const s = school({
      name: "一贯制",
      type: "nineYear",
      primaryStudents: 166,
      juniorStudents: 210,
      books: 23226,
      computers: 397,
      teachingArea: 1000,
      outdoorSportsArea: 1000,
      equipmentValue: 1000,
      primaryStaff: 10,
      juniorStaff: 12,
      primaryQualifiedTeachers: 9,
      juniorQualifiedTeachers: 11,
      primaryIntermediateTitleTeachers: 3,
      juniorIntermediateTitleTeachers: 4,
    });
    const r = assess([s], null, BASIC_2012);
    expect(r.stages.primary.schools[0].values.booksPerStudent).toBeCloseTo(23226 / 397, 10);
    expect(r.stages.primary.schools[0].values.booksPerStudent! * 166).toBeCloseTo(9711.6, 1);
    expect(r.stages.junior.schools[0].values.booksPerStudent! * 210).toBeCloseTo(13514.4, 1);
    // 397 computers: 小学 share 166/397 of them → 166 computers for 166 students = 100 per 100.
    expect(r.stages.primary.schools[0].values.computersPer100).toBeCloseTo(100, 10);
    // 教职工 are the stage's own: 12 / 210.
    expect(r.stages.junior.schools[0].values.staffStudentRatio).toBeCloseTo(12 / 210, 12);
  });
});

describe("basic-2012: the composite at its limit", () => {
  /*
   * Two schools of 100 students whose every value stands a : b. The CV is
   * (a − b)/(a + b): 33 : 7 gives 26/40 = 0.65 (小学), 31 : 9 gives 22/40 = 0.55 (初中).
   * All eight CVs equal, so the composite equals them.
   */
  const pair = (stage: Stage, hi: number, lo: number) => [
    basicSchool(`${stage}甲`, stage, {
      teaching: hi,
      sports: hi,
      equipment: hi * 100,
      computers: hi,
      books: hi,
      staff: hi / 100,
      qualified: hi / 100,
      title: hi / 100,
    }),
    basicSchool(`${stage}乙`, stage, {
      teaching: lo,
      sports: lo,
      equipment: lo * 100,
      computers: lo,
      books: lo,
      staff: lo / 100,
      qualified: lo / 100,
      title: lo / 100,
    }),
  ];

  test("exactly 0.65 (小学) and 0.55 (初中) pass", () => {
    const a = assess([...pair("primary", 3.3, 0.7), ...pair("junior", 3.1, 0.9)], null, BASIC_2012);
    expect(a.stages.primary.compositeCv).toBeCloseTo(0.65, 12);
    expect(a.stages.primary.compositePasses).toBe(true);
    expect(a.stages.junior.compositeCv).toBeCloseTo(0.55, 12);
    expect(a.stages.junior.compositePasses).toBe(true);
    expect(a.stages.junior.passes).toBe(true);
  });

  test("just above fails: 3.31 : 0.69 → 2.62/4 = 0.655", () => {
    const a = assess(pair("primary", 3.31, 0.69), null, BASIC_2012);
    expect(a.stages.primary.compositeCv).toBeCloseTo(0.655, 12);
    expect(a.stages.primary.compositePasses).toBe(false);
    expect(a.stages.primary.passes).toBe(false);
  });

  test("0.55 is a 初中 limit, not a 小学 one: 31 : 9 passes for 小学 too, 33 : 7 fails for 初中", () => {
    const a = assess([...pair("primary", 3.1, 0.9), ...pair("junior", 3.3, 0.7)], null, BASIC_2012);
    expect(a.stages.primary.compositePasses).toBe(true);
    expect(a.stages.junior.compositePasses).toBe(false);
  });
});

describe("national-2017 keeps its shape", () => {
  test("seven indicators, per-indicator CV limits, no composite fields", () => {
    const s = school({
      name: "城关小学",
      primaryStudents: 1000,
      primaryQualifiedTeachers: 42,
      primaryBackboneTeachers: 10,
      primaryPeArtTeachers: 9,
      teachingArea: 5000,
      indoorSportsArea: 500,
      outdoorSportsArea: 7000,
      equipmentValue: 2_000_000,
      multimediaRooms: 23,
    });
    const a = assess([s], null);
    expect(a.indicators).toEqual(INDICATOR_IDS);
    expect(Object.keys(a.stages.primary.indicators)).toEqual([...INDICATOR_IDS]);
    expect("compositeCv" in a.stages.primary).toBe(false);
    expect(a.stages.primary.schools[0]).toMatchObject({ metCount: 7, passes: true });
  });
});

describe("provincial profiles as data files", () => {
  const example = parseProfileText(fs.readFileSync(EXAMPLE_FILE, "utf8"), {
    builtins: PROFILES,
    sourceName: "example-province.json",
  });

  test("the example file is marked as a format example and changes what it says", () => {
    expect(example.id).toBe("example-province");
    expect(example.name).toContain("格式示例");
    expect(example.source).toContain("不是任何真实省份的标准");
    // Changed: 4.5 / 5.6 teachers, 0.45 / 0.40 CV limits, 40 / 45 pupils a class, 2400 / 3000 for 一贯制.
    expect(example.thresholds.qualifiedTeachersPer100).toEqual({ primary: 4.5, junior: 5.6 });
    expect(example.countyRule).toEqual({ kind: "each", limits: { primary: 0.45, junior: 0.4 } });
    expect(example.classSize.limits).toEqual({ primary: 40, junior: 45 });
    expect(example.schoolSize.byType).toEqual({ nineYear: 2400, twelveYear: 3000 });
    expect(example.specialRooms.reducedAreas).toMatchObject({
      musicRoomMinArea: 73,
      artRoomMinArea: 67,
    });
    expect(example.county?.recognitionRate).toBe(0.9);
    // Unchanged: everything else is the base's.
    expect(example.thresholds.backboneTeachersPer100).toEqual(
      NATIONAL_2017.thresholds.backboneTeachersPer100
    );
    expect(example.schoolRule).toEqual(NATIONAL_2017.schoolRule);
    expect(example.county?.consolidationRate).toBe(0.95);
    expect(example.indicators).toEqual(INDICATOR_IDS);
    // The base is not modified.
    expect(NATIONAL_2017.thresholds.qualifiedTeachersPer100).toEqual({ primary: 4.2, junior: 5.3 });
  });

  test("a stricter threshold flips a school that passes nationally", () => {
    /*
     * 1000 students: 44 teachers → 4.4 per 100 (≥ 4.2 national, < 4.5 example), and 9 骨干 → 0.9
     * (< 1.0 but ≥ 85%). Nationally 6 of 7 are met and the seventh is at 90%: it passes. Under the
     * example 4.4 < 4.5 too: 5 of 7, it fails.
     */
    const s = school({
      name: "城关小学",
      primaryStudents: 1000,
      primaryQualifiedTeachers: 44,
      primaryBackboneTeachers: 9,
      primaryPeArtTeachers: 9,
      teachingArea: 5000,
      indoorSportsArea: 500,
      outdoorSportsArea: 7000,
      equipmentValue: 2_600_000,
      multimediaRooms: 23,
    });
    const national = assess([s], null, NATIONAL_2017).stages.primary.schools[0];
    const provincial = assess([s], null, example).stages.primary.schools[0];
    expect(national).toMatchObject({ metCount: 6, passes: true });
    expect(provincial).toMatchObject({ metCount: 5, passes: false });
    expect(provincial.shortfalls.map((f) => f.indicator)).toEqual([
      "qualifiedTeachersPer100",
      "backboneTeachersPer100",
    ]);
    // 2600 元 meets the example's 2500 as it meets the national 2000.
    expect(provincial.met.equipmentValuePerStudent).toBe(true);
  });

  test("2400 / 3000: a 2450-student 九年一贯制 is oversized under the example, not nationally (2500)", () => {
    const big = school({
      name: "一贯制",
      type: "nineYear",
      primaryStudents: 1450,
      juniorStudents: 1000,
    });
    expect(assess([big], null, NATIONAL_2017).oversizedSchools).toEqual([]);
    expect(assess([big], null, example).oversizedSchools).toEqual(["一贯制"]);
    const twelve = school({
      name: "十二年",
      type: "twelveYear",
      primaryStudents: 1450,
      juniorStudents: 1000,
      seniorStudents: 900,
    });
    expect(assess([twelve], null, example).oversizedSchools).toEqual([]);
  });

  test("a file may build on basic-2012 and tighten its composite", () => {
    const p = parseProfile(
      {
        id: "basic-strict",
        name: "更严的基本均衡",
        source: "测试",
        base: "basic-2012",
        countyRule: { limits: { primary: 0.3 } },
      },
      { builtins: PROFILES }
    );
    expect(p.indicators).toEqual(BASIC_2012_INDICATOR_IDS);
    expect(p.countyRule).toEqual({ kind: "composite", limits: { primary: 0.3, junior: 0.55 } });
    expect(p.schoolRule).toBeUndefined();
  });
});

describe("profile file validation: Chinese messages that name the key", () => {
  const base = {
    id: "x-province",
    name: "某省",
    source: "某省实施办法（某教督〔2019〕1号）",
    base: "national-2017",
  };
  function problem(raw: unknown): string {
    try {
      parseProfile(raw, { builtins: PROFILES, sourceName: "x.json" });
    } catch (e) {
      if (!isEduError(e)) throw e;
      expect(e.code).toBe("badProfile");
      expect(e.message).toMatch(/^评估标准文件 x\.json 有误：/);
      return e.message;
    }
    throw new Error("accepted");
  }

  test("the smallest valid file is the base under another name", () => {
    const p = parseProfile(base, { builtins: PROFILES });
    expect(p).toMatchObject({ id: "x-province", name: "某省", nameEn: "某省" });
    expect(p.thresholds).toEqual(NATIONAL_2017.thresholds);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ["missing source", { id: "a", name: "b", base: "national-2017" }, /「source」缺少/],
    ["missing name", { id: "a", source: "s", base: "national-2017" }, /「name」缺少/],
    [
      "unknown base",
      { ...base, base: "national-2019" },
      /「base」应为内置标准之一：national-2017、basic-2012/,
    ],
    ["a built-in id", { ...base, id: "basic-2012" }, /「id」不能与内置标准同名/],
    ["an unknown key", { ...base, thresold: {} }, /「thresold」不是可用的键/],
    [
      "an unknown nested key",
      { ...base, classSize: { limit: { primary: 40 } } },
      /「classSize\.limit」不是可用的键；「classSize」中可用的键：limits、bands/,
    ],
    [
      "a threshold of no indicator",
      { ...base, thresholds: { booksPerStudent: { primary: 20 } } },
      /「thresholds\.booksPerStudent」不是「national-2017」的指标/,
    ],
    [
      "a threshold as text",
      { ...base, thresholds: { qualifiedTeachersPer100: { primary: "4.5" } } },
      /「thresholds\.qualifiedTeachersPer100\.primary」.*应为 0\.5 到 50 人之间的数，现为 "4\.5"/,
    ],
    [
      "a CV limit above 1",
      { ...base, countyRule: { limits: { junior: 4.5 } } },
      /「countyRule\.limits\.junior」（差异系数上限）应为 0\.05 到 1 之间的数，现为 4\.5/,
    ],
    [
      "an unknown county rule",
      { ...base, countyRule: { kind: "average" } },
      /「countyRule\.kind」.*应为 each 或 composite/,
    ],
    [
      "minMet above the indicators",
      { ...base, schoolRule: { minMet: 8 } },
      /「schoolRule\.minMet」.*应为 1 到 7 之间的整数，现为 8/,
    ],
    [
      "a share as a percentage",
      { ...base, county: { recognitionRate: 90 } },
      /「county\.recognitionRate」（社会认可度）应为 0\.5 到 1 之间的数（即 50% 到 100%，写成小数），现为 90/,
    ],
    [
      "a fractional class size",
      { ...base, classSize: { limits: { primary: 40.5 } } },
      /「classSize\.limits\.primary」.*整数，现为 40\.5/,
    ],
    [
      "an unknown school type",
      { ...base, schoolSize: { byType: { nineyear: 2400 } } },
      /「schoolSize\.byType\.nineyear」不是可用的键/,
    ],
    [
      "bands out of order",
      { ...base, classSize: { bands: { large: 60 } } },
      /「classSize\.bands」应满足 large < veryLarge < superLarge/,
    ],
    [
      "reduced rooms larger than the standard",
      {
        ...base,
        specialRooms: {
          reducedAreas: { musicRoomMinArea: 100, artRoomMinArea: 60, appliesTo: "老校" },
        },
      },
      /「specialRooms\.reducedAreas」的面积应不大于一般标准/,
    ],
    [
      "reduced rooms without whom they apply to",
      { ...base, specialRooms: { reducedAreas: { musicRoomMinArea: 73, artRoomMinArea: 67 } } },
      /「specialRooms\.reducedAreas」缺少 「appliesTo」/,
    ],
    [
      "an excluded type that does not exist",
      { ...base, coverage: { excludedTypes: ["special", "职业"] } },
      /「coverage\.excludedTypes\[1\]」应为以下之一/,
    ],
    [
      "a school rule on 2012 without thresholds",
      { ...base, base: "basic-2012", schoolRule: { minMet: 7, floor: 0.85 } },
      /「schoolRule」要求每项指标都有标准值，但以下指标没有：teachingAreaPerStudent/,
    ],
    [
      "2012 county standards given in part",
      { ...base, base: "basic-2012", county: { recognitionRate: 0.9 } },
      /「county」缺少 「smallSchoolFundingStudents」/,
    ],
  ])("%s", (_what, raw, message) => {
    expect(problem(raw)).toMatch(message);
  });

  test("every problem is said at once", () => {
    const m = problem({
      ...base,
      colour: "red",
      schoolSize: { default: -1 },
      county: { recognitionRate: 2 },
    });
    expect(m).toContain("「colour」");
    expect(m).toContain("「schoolSize.default」");
    expect(m).toContain("「county.recognitionRate」");
  });

  test("not JSON, or not an object", () => {
    expect(() =>
      parseProfileText('{"id": "a",', { builtins: PROFILES, sourceName: "x.json" })
    ).toThrow(/评估标准文件 x\.json 有误：不是合法的 JSON/);
    expect(() => parseProfileText("[1, 2]", { builtins: PROFILES })).toThrow(
      /评估标准文件有误：应为一个 JSON 对象/
    );
    // Notepad's byte-order mark is not an error.
    expect(parseProfileText(`\uFEFF${JSON.stringify(base)}`, { builtins: PROFILES }).id).toBe(
      "x-province"
    );
  });
});

describe("plausible ranges and the file size (issue 22)", () => {
  const base = {
    id: "x-province",
    name: "某省",
    source: "某省实施办法（某教督〔2019〕1号）",
    base: "national-2017",
  };
  const options = { builtins: PROFILES, sourceName: "x.json" };
  /** The message of the refusal, or "accepted". */
  function verdict(raw: unknown): string {
    try {
      parseProfile(raw, options);
      return "accepted";
    } catch (e) {
      if (!isEduError(e)) throw e;
      expect(e.code).toBe("badProfile");
      // One line: the file, then every problem.
      expect(e.message).toMatch(/^评估标准文件 x\.json 有误：「/);
      expect(e.message).not.toContain("\n");
      return e.message;
    }
  }
  /** { a: { b: v } } from "a.b" and v. */
  function at(path: string, value: unknown): Record<string, unknown> {
    return path
      .split(".")
      .reverse()
      .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
  }
  /** Every numeric leaf of an object, with its dotted path. */
  function leaves(value: unknown, prefix = ""): [string, number][] {
    if (typeof value === "number") return [[prefix, value]];
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }

  test("every built-in profile, written out whole as a file, passes every check", () => {
    for (const p of Object.values(PROFILES) as StandardsProfile[]) {
      const { id, indicators: _indicators, ...rest } = p;
      const file = { ...rest, id: `copy-of-${id}`, base: id };
      expect([id, verdict(file)]).toEqual([id, "accepted"]);
      // …and so does every one of its figures alone, on a base that has it.
      for (const [key, value] of leaves(rest)) {
        expect([id, key, verdict({ ...base, base: id, ...at(key, value) })]).toEqual([
          id,
          key,
          "accepted",
        ]);
      }
    }
    expect(leaves(NATIONAL_2017).length).toBeGreaterThan(40);
  });

  test("the example province's file passes", () => {
    expect(() =>
      parseProfileText(fs.readFileSync(EXAMPLE_FILE, "utf8"), { builtins: PROFILES })
    ).not.toThrow();
  });

  test("wide margins: national thresholds ×0.5 and ×3, CV limits ×0.5 and ×1.5, classes ±10, school sizes ×0.5 and ×2 pass", () => {
    for (const ind of INDICATOR_IDS) {
      const national = NATIONAL_2017.thresholds[ind]!;
      for (const factor of [0.5, 3]) {
        const t = { primary: national.primary * factor, junior: national.junior * factor };
        expect([ind, factor, verdict({ ...base, thresholds: { [ind]: t } })]).toEqual([
          ind,
          factor,
          "accepted",
        ]);
      }
    }
    for (const p of [NATIONAL_2017, BASIC_2012])
      for (const factor of [0.5, 1.5]) {
        const limits = {
          primary: p.countyRule.limits.primary * factor,
          junior: p.countyRule.limits.junior * factor,
        };
        expect(verdict({ ...base, base: p.id, countyRule: { limits } })).toBe("accepted");
      }
    for (const d of [-10, 10]) {
      const limits = {
        primary: NATIONAL_2017.classSize.limits.primary + d,
        junior: NATIONAL_2017.classSize.limits.junior + d,
      };
      expect(verdict({ ...base, classSize: { limits } })).toBe("accepted");
    }
    for (const factor of [0.5, 2]) {
      const schoolSize = {
        default: NATIONAL_2017.schoolSize.default * factor,
        byType: { nineYear: NATIONAL_2017.schoolSize.byType.nineYear! * factor },
      };
      expect(verdict({ ...base, schoolSize })).toBe("accepted");
    }
  });

  test("each indicator's threshold has its range: the ends pass; 5e-324, below and above are refused, naming key and range", () => {
    for (const p of [NATIONAL_2017, BASIC_2012]) {
      for (const ind of p.indicators) {
        const { min, max } = THRESHOLD_RANGES[ind];
        const { name, unit } = INDICATORS[ind];
        const file = (v: number): Record<string, unknown> => ({
          ...base,
          base: p.id,
          thresholds: { [ind]: { primary: v, junior: min } },
        });
        expect(verdict(file(min))).toBe("accepted");
        expect(verdict(file(max))).toBe("accepted");
        for (const v of [5e-324, min * 0.99, max * 1.01]) {
          expect(verdict(file(v))).toBe(
            `评估标准文件 x.json 有误：「thresholds.${ind}.primary」（${name}的标准值）应为 ${min} 到 ${max} ${unit}之间的数，现为 ${v}`
          );
        }
      }
    }
    // The two of issue 22: 5e-324 ㎡, and 元 written in 万元.
    expect(verdict({ ...base, thresholds: { teachingAreaPerStudent: { primary: 5e-324 } } })).toBe(
      "评估标准文件 x.json 有误：「thresholds.teachingAreaPerStudent.primary」（生均教学及辅助用房面积的标准值）应为 0.1 到 100 ㎡之间的数，现为 5e-324"
    );
    expect(
      verdict({ ...base, thresholds: { equipmentValuePerStudent: { junior: 0.25 } } })
    ).toMatch(/「thresholds\.equipmentValuePerStudent\.junior」.*应为 100 到 100000 元之间的数/);
  });

  test.each<[string, number, number, string]>([
    ["countyRule.limits.primary", 0.05, 1, "0.05 到 1 之间的数"],
    ["classSize.limits.junior", 10, 100, "10 到 100 人之间的整数"],
    ["classSize.bands.superLarge", 10, 100, "10 到 100 人之间的整数"],
    ["schoolSize.default", 100, 10000, "100 到 10000 人之间的整数"],
    ["schoolSize.byType.twelveYear", 100, 10000, "100 到 10000 人之间的整数"],
    ["schoolRule.floor", 0.5, 1, "0.5 到 1 之间的数（即 50% 到 100%，写成小数）"],
    ["specialRooms.classesPerRoom", 4, 48, "4 到 48 个班之间的整数"],
    ["specialRooms.artRoomMinArea", 20, 500, "20 到 500 ㎡之间的数"],
    ["county.recognitionRate", 0.5, 1, "0.5 到 1 之间的数（即 50% 到 100%，写成小数）"],
    ["county.teacherRotationShare", 0.01, 1, "0.01 到 1 之间的数（即 1% 到 100%，写成小数）"],
    ["county.trainingSpendingShare", 0.01, 0.5, "0.01 到 0.5 之间的数（即 1% 到 50%，写成小数）"],
    ["county.specialSchoolFundingPerStudent", 1000, 100000, "1000 到 100000 元之间的数"],
    ["county.smallSchoolFundingStudents", 10, 1000, "10 到 1000 人之间的整数"],
    ["coverage.teachingPointMinStudents", 0, 1000, "0 到 1000 人之间的整数"],
    ["allowances.schoolSize.default", 100, 10000, "100 到 10000 人之间的整数"],
    ["allowances.olderSchoolRooms.musicRoomMinArea", 20, 500, "20 到 500 ㎡之间的数"],
  ])("%s: %d–%d", (key, min, max, range) => {
    // Other figures set so that the one under test is the only problem (bands in order, reduced rooms ≤ 20).
    const file = (v: number): Record<string, unknown> => {
      const raw: Record<string, unknown> = { ...base, ...at(key, v) };
      if (key === "classSize.bands.superLarge")
        raw.classSize = { bands: { large: 10, veryLarge: 10, superLarge: v } };
      return raw;
    };
    const bandsOk = key !== "classSize.bands.superLarge";
    if (bandsOk) {
      expect(verdict(file(min))).toBe("accepted");
      expect(verdict(file(max))).toBe("accepted");
    }
    const step = Number.isInteger(min) && Number.isInteger(max) && min >= 1 ? 1 : min / 10 || 1;
    for (const v of [min - step, max + step, 5e-324].filter((x) => x < min || x > max)) {
      const m = verdict(file(v));
      expect(m).toContain(`「${key}」`);
      expect(m).toContain(`应为 ${range}，现为 ${v}`);
    }
  });

  test(`a file over ${PROFILE_FILE_MAX_BYTES} bytes is refused before it is parsed; one at the limit is read`, () => {
    const json = JSON.stringify(base);
    // Padded with spaces to exactly this many bytes of UTF-8 (the base's Chinese takes 3 bytes a character).
    const padded = (bytes: number): string =>
      json + " ".repeat(bytes - Buffer.byteLength(json, "utf8"));
    expect(parseProfileText(padded(PROFILE_FILE_MAX_BYTES), options).id).toBe("x-province");
    expect(() => parseProfileText(padded(PROFILE_FILE_MAX_BYTES + 1), options)).toThrow(
      /^评估标准文件 x\.json 过大（1025 KB），上限为 1 MB：/
    );
    // Bytes, not characters: Chinese text takes 3 bytes a character in UTF-8.
    const chinese = JSON.stringify({ ...base, source: "很".repeat(PROFILE_FILE_MAX_BYTES / 3) });
    expect(chinese.length).toBeLessThan(PROFILE_FILE_MAX_BYTES);
    expect(() => parseProfileText(chinese, options)).toThrow(/过大/);
    // Not JSON at all, and far too large: the size is what is said, the text is not parsed.
    expect(() => parseProfileText("x".repeat(3 * PROFILE_FILE_MAX_BYTES), options)).toThrow(
      /过大（3072 KB）/
    );
  });

  test("a message names a wrong text, never echoes all of it back", () => {
    const long = verdict({ ...base, id: "省".repeat(100000), base: "b".repeat(100000) });
    expect(long).toContain("「id」");
    expect(long).toContain("「base」");
    expect(long.match(/共 100000 个字符/g)).toHaveLength(2);
    expect(long.length).toBeLessThan(500);
  });
});

describe("the reader under a profile", () => {
  const T12 = templateHeaders(BASIC_2012).schoolSheet;

  test("the 2012 template has the 2012 columns and none of the 2017-only ones", () => {
    for (const h of [
      "计算机台数（台）",
      "图书册数（册）",
      "小学教职工数",
      "初中教职工数",
      "小学中级及以上职称教师数",
      "初中中级及以上职称教师数",
    ]) {
      expect(T12.headers).toContain(h);
    }
    for (const h of ["小学县级以上骨干教师数", "小学体育艺术专任教师数", "网络多媒体教室数（间）"])
      expect(T12.headers).not.toContain(h);
    // The 2017 template is as it was: no 2012 column.
    expect(templateHeaders().schoolSheet.headers).not.toContain("图书册数（册）");
  });

  /** One 小学 row of the 2012 template: 100 students and a value in every column it needs. */
  function row2012(): (string | number)[] {
    return T12.fields.map((f) => {
      switch (f) {
        case "name":
          return "甲小学";
        case "type":
          return "小学";
        case "ownership":
          return "公办";
        case "locale":
          return "城区";
        case "group":
        case "code":
          return "";
        case "equipmentValue":
          return 30; // 万元
        case "sponsor":
          return 7; // 县级教育部门
        default:
          return f.startsWith("junior") || f === "seniorStudents" ? 0 : 100;
      }
    });
  }

  test("the 2012 template reads back under basic-2012, every field in its own column", () => {
    const r = readWorkbook([{ name: "学校基础数据", values: [T12.headers, row2012()] }], {
      profile: BASIC_2012,
    });
    expect(r.issues).toEqual([]);
    expect(r.mapping.map((m) => m.field)).toEqual(T12.fields);
    expect(r.schools[0]).toMatchObject({
      computers: 100,
      books: 100,
      primaryStaff: 100,
      primaryIntermediateTitleTeachers: 100,
      equipmentValue: 300_000,
    });
    const a = assess(r.schools, r.classes, BASIC_2012);
    expect(a.stages.primary.schools[0].values.booksPerStudent).toBe(1);
  });

  test("a 2012 column missing under basic-2012 is an error naming it; only 生均图书册数 is not computed (issue 23 §7)", () => {
    const drop = T12.headers.indexOf("图书册数（册）");
    const headers = T12.headers.filter((_, i) => i !== drop);
    const values = row2012().filter((_, i) => i !== drop);
    const r = readWorkbook([{ name: "学校基础数据", values: [headers, values] }], {
      profile: BASIC_2012,
    });
    const issue = r.issues.find((i) => i.code === "missingColumn");
    expect(issue).toMatchObject({ severity: "error", field: "books", partial: true });
    expect(issue!.message).toContain("找不到「图书册数」列");
    expect(issue!.message).toContain("「生均图书册数」不计算。其余指标照常计算");
    // A partial table: the school is read, nothing is left out.
    expect(r.schools.map((x) => x.name)).toEqual(["甲小学"]);
    expect(r.missingFields).toEqual(["books"]);
    expect(r.incomplete).toBe(false);
    const a = assess(r.schools, r.classes, BASIC_2012, { missingFields: r.missingFields });
    const p = a.stages.primary;
    expect(p.indicators.booksPerStudent).toMatchObject({ cv: null, missingFields: ["books"] });
    expect(p.indicators.computersPer100?.missingFields).toBeUndefined();
    expect(p.schools[0].values.computersPer100).toBe(100);
    expect(p.schools[0].values.booksPerStudent).toBeUndefined();
    expect(p.missingIndicators).toEqual(["booksPerStudent"]);
    expect(p.compositeCv).toBeNull();
    expect(p.passes).toBeNull();
  });

  test("the 2017 template read under basic-2012 asks for the 2012 columns", () => {
    const t = templateHeaders().schoolSheet;
    const row = t.fields.map((f) =>
      f === "name"
        ? "甲小学"
        : f === "type"
          ? "小学"
          : f === "ownership"
            ? "公办"
            : f === "locale"
              ? "城区"
              : f === "group"
                ? ""
                : f === "sponsor"
                  ? 7
                  : f.startsWith("junior") || f === "seniorStudents"
                    ? 0
                    : 100
    );
    const r = readWorkbook([{ name: "学校基础数据", values: [t.headers, row] }], {
      profile: BASIC_2012,
    });
    // All in one message (issue 23): the user mends the header once.
    const missing = r.issues.filter((i) => i.code === "missingColumns");
    expect(missing).toHaveLength(1);
    // 教职工数 is in the 2017 template too now (the official form's 表Ⅰ L21, L23).
    expect(missing[0].fields?.sort()).toEqual([
      "books",
      "computers",
      "primaryIntermediateTitleTeachers",
    ]);
  });

  test("under 2017 the 2012 columns are not read, and not required", () => {
    const r = readWorkbook([{ name: "学校基础数据", values: [T12.headers, row2012()] }]);
    expect(r.mapping.map((m) => m.field)).not.toContain("books");
    // The 2012 template lacks 骨干, 体育艺术 and 多媒体, which 2017 needs: a partial table (issue 23 §7).
    expect(r.schools.map((x) => x.name)).toEqual(["甲小学"]);
    expect(r.missingFields).toEqual([
      "primaryBackboneTeachers",
      "primaryPeArtTeachers",
      "multimediaRooms",
    ]);
    expect(
      r.issues
        .filter((i) => i.code === "missingColumns")
        .flatMap((i) => i.fields ?? [])
        .sort()
    ).toEqual(["multimediaRooms", "primaryBackboneTeachers", "primaryPeArtTeachers"]);
  });
});

describe("built-in profiles", () => {
  test("are national-2017, basic-2012 and national-2017-allowances, each internally consistent", () => {
    expect(Object.keys(PROFILES)).toEqual([
      "national-2017",
      "basic-2012",
      "national-2017-allowances",
    ]);
    // The default never applies the 认定规程 allowances.
    expect(NATIONAL_2017.allowances).toBeUndefined();
    for (const p of Object.values(PROFILES) as StandardsProfile[]) {
      if (p.schoolRule) for (const id of p.indicators) expect(p.thresholds[id]).toBeDefined();
      expect(p.source).toMatch(/教督〔20(12|17)〕\d号/);
    }
    expect(BASIC_2012.countyRule).toEqual({
      kind: "composite",
      limits: { primary: 0.65, junior: 0.55 },
    });
    expect(NATIONAL_2017.countyRule).toEqual({
      kind: "each",
      limits: { primary: 0.5, junior: 0.45 },
    });
  });
});
