import { evaluate } from "../../../src/core/pipeline";
/**
 * Gap-closing: every expected amount is worked out by hand from standards.md
 * §1.1–1.2 next to it; the general properties (the school passes after the
 * plan, one unit less of any addition and it fails, no plan with fewer kinds
 * of resource exists) are checked on random schools against an independent
 * re-implementation of the indicators and the school rule written here.
 */
import * as fc from "fast-check";
import { assess } from "../../../src/core/assess";
import {
  applyAdditions,
  applyGapPlans,
  GAP_FIELDS,
  GAP_FIELD_ORDER,
  leastUnits,
  type GapField,
} from "../../../src/core/planning/gaps";
import { NATIONAL_2017 } from "../../../src/core/profiles";
import type { IndicatorId, SchoolRecord, Stage } from "../../../src/core/types";
import { primary1000, school } from "../../helpers/records";

const P = NATIONAL_2017;

// ---------------------------------------------------------------------------
// An independent model of §1.1–1.2 (not src/core): values, the school rule.
// ---------------------------------------------------------------------------

const THRESHOLDS: Record<Stage, number[]> = {
  primary: [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3],
  junior: [5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4],
};

function share(s: SchoolRecord, stage: Stage): number {
  const A = s.primaryStudents,
    B = s.juniorStudents,
    C = s.seniorStudents;
  switch (s.type) {
    case "primary":
    case "junior":
    case "teachingPoint":
      return 1;
    case "nineYear":
      return stage === "primary" ? A / (A + 1.1 * B) : (1.1 * B) / (A + 1.1 * B);
    case "complete":
      return B / (B + 1.2 * C);
    case "twelveYear":
      return (stage === "primary" ? A : 1.1 * B) / (A + 1.1 * B + 1.32 * C);
    default:
      throw new Error(s.type);
  }
}

function values(s: SchoolRecord, stage: Stage): number[] {
  const n = stage === "primary" ? s.primaryStudents : s.juniorStudents;
  const k = share(s, stage);
  const t =
    stage === "primary"
      ? [s.primaryQualifiedTeachers, s.primaryBackboneTeachers, s.primaryPeArtTeachers]
      : [s.juniorQualifiedTeachers, s.juniorBackboneTeachers, s.juniorPeArtTeachers];
  return [
    (t[0] / n) * 100,
    (t[1] / n) * 100,
    (t[2] / n) * 100,
    ((s.teachingArea - s.indoorSportsArea) * k) / n,
    ((s.outdoorSportsArea + s.indoorSportsArea) * k) / n,
    (s.equipmentValue * k) / n,
    ((s.multimediaRooms * k) / n) * 100,
  ];
}

/** 6 of 7 met and every other ≥ 85%; "met" with the 1e-9 relative tolerance of interfaces.md §2. */
function meets(s: SchoolRecord, stage: Stage): boolean {
  const v = values(s, stage);
  const t = THRESHOLDS[stage];
  const met = v.map((x, i) => x >= t[i] * (1 - 1e-9));
  const floorOk = v.every((x, i) => met[i] || x >= 0.85 * t[i] * (1 - 1e-9));
  return met.filter(Boolean).length >= 6 && floorOk;
}

function stagesOf(s: SchoolRecord): Stage[] {
  return s.type === "nineYear"
    ? ["primary", "junior"]
    : s.type === "junior"
      ? ["junior"]
      : ["primary"];
}

function meetsAll(s: SchoolRecord): boolean {
  return stagesOf(s).every((st) => meets(s, st));
}

function add(s: SchoolRecord, field: GapField, amount: number): SchoolRecord {
  return { ...s, [field]: s[field] + amount };
}

function plan(schools: SchoolRecord[]) {
  const g = evaluate({ schools, classes: null }, { profile: P }).gaps;
  if ("error" in g) throw new Error(g.error);
  return g;
}

// ---------------------------------------------------------------------------

describe("single-stage schools: amounts worked out by hand", () => {
  test("one indicator within 85% is left as it is; the one below the floor is raised to its threshold", () => {
    // 高于规定学历 40/1000 → 4.0 (95% of 4.2: allowed); 骨干 8 → 0.8 (80%: below 85%). Raising 骨干 to 10 (+2)
    // is one kind of resource; leaving 骨干 at 85% would need 学历 +2 and 骨干 +1: two kinds.
    const s = primary1000("甲", { primaryQualifiedTeachers: 40, primaryBackboneTeachers: 8 });
    const g = plan([s]);
    expect(g.gaps).toHaveLength(1);
    expect(g.gaps[0]).toMatchObject({
      name: "甲",
      stage: "primary",
      additions: { primaryBackboneTeachers: 2 },
    });
    expect(g.gaps[0].leftBelowThreshold).toEqual(["qualifiedTeachersPer100"]);
    expect(g.gaps[0].metCountAfter).toBe(6);
  });

  test("both below 85%: the larger relative shortfall is left, raised to the 85% floor", () => {
    // 骨干 5 → 0.5 (50% short); 体艺 7 → 0.778 (22.2% short). Either way two kinds; leave 骨干 (the larger):
    // 骨干 to 0.85 → 8.5 → 9 teachers (+4); 体艺 to 0.9 → 9 teachers (+2).
    const g = plan([primary1000("乙", { primaryBackboneTeachers: 5, primaryPeArtTeachers: 7 })]);
    expect(g.gaps[0].additions).toEqual({ primaryBackboneTeachers: 4, primaryPeArtTeachers: 2 });
    expect(g.gaps[0].leftBelowThreshold).toEqual(["backboneTeachersPer100"]);
  });

  test("6 met but one below 85%: raised to 85%, not to the threshold (元, exact)", () => {
    // 1,600,000 元 / 1000 = 1600 (80%). 85% of 2000 = 1700 → 1,700,000 元: +100,000, and 99,999 is not enough.
    const s = primary1000("丙", { equipmentValue: 1_600_000 });
    const g = plan([s]);
    expect(g.gaps[0].additions).toEqual({ equipmentValue: 100_000 });
    expect(meets(add(s, "equipmentValue", 100_000), "primary")).toBe(true);
    expect(meets(add(s, "equipmentValue", 99_999), "primary")).toBe(false);
  });

  test("㎡ are rounded up to 0.01", () => {
    // 301 students, 教学及辅助用房 1500 − 有室内体育 500 = 1000 ㎡ → 3.32 (73.8%). Floor 0.85 × 4.5 = 3.825 ㎡
    // per student → 3.825 × 301 = 1151.325 ㎡ → +151.325 → 151.33 ㎡. Everything else is met.
    const s = school({
      name: "丁",
      primaryStudents: 301,
      primaryQualifiedTeachers: 13,
      primaryBackboneTeachers: 4,
      primaryPeArtTeachers: 3,
      teachingArea: 1500,
      indoorSportsArea: 500,
      outdoorSportsArea: 2000,
      equipmentValue: 602_000,
      multimediaRooms: 7,
    });
    const g = plan([s]);
    expect(g.gaps[0].additions).toEqual({ teachingArea: 151.33 });
    expect(meets(add(s, "teachingArea", 151.33), "primary")).toBe(true);
    expect(meets(add(s, "teachingArea", 151.32), "primary")).toBe(false);
  });

  test("whole rooms: 20 rooms for 1000 students (2.0, 87%) with 骨干 short: the room shortfall is the one left", () => {
    // 多媒体 2.0 (13% short, within 85%) and 骨干 9 → 0.9 (10% short, within 85%): 5 met, so one must be raised.
    // Leave the larger shortfall (多媒体): 骨干 +1.
    const g = plan([primary1000("戊", { multimediaRooms: 20, primaryBackboneTeachers: 9 })]);
    expect(g.gaps[0].additions).toEqual({ primaryBackboneTeachers: 1 });
    // With only 18 rooms (1.8, 78%: below 85%) 多媒体 must be raised anyway: either to 2.3 (23 rooms, +5) with 骨干 left,
    // or to 85% (1.955 → 20 rooms, +2) with 骨干 +1: the first adds one kind, the second two.
    const h = plan([primary1000("己", { multimediaRooms: 18, primaryBackboneTeachers: 9 })]);
    expect(h.gaps[0].additions).toEqual({ multimediaRooms: 5 });
  });

  test("a passing school gets no entry, and a county that passes has no gaps", () => {
    const g = plan([primary1000("庚"), primary1000("辛", { primaryQualifiedTeachers: 40 })]);
    expect(g.gaps).toEqual([]);
    expect(g.plans).toEqual([]);
  });
});

describe("九年一贯制: shared facilities split by weighted headcount (§1.2)", () => {
  // 600 小学 + 400 初中 students: weighted 600 + 1.1·400 = 1040; 小学部 share 600/1040, 初中部 440/1040.
  // So a shared amount F gives 小学 F/1040 per student and 初中 1.1·F/1040 per student.
  function nineYear(over: Partial<SchoolRecord> = {}): SchoolRecord {
    return school({
      name: "九年制",
      type: "nineYear",
      primaryStudents: 600,
      juniorStudents: 400,
      primaryQualifiedTeachers: 26,
      primaryBackboneTeachers: 6,
      primaryPeArtTeachers: 6,
      juniorQualifiedTeachers: 22,
      juniorBackboneTeachers: 4,
      juniorPeArtTeachers: 4,
      // 教学及辅助 6000 − 500: 小学 5.29, 初中 5.82; 运动 11000 + 500: 小学 11.06, 初中 12.16; 多媒体 26: 小学 2.5, 初中 2.75.
      teachingArea: 6000,
      indoorSportsArea: 500,
      outdoorSportsArea: 11000,
      equipmentValue: 3_000_000,
      multimediaRooms: 26,
      ...over,
    });
  }

  test("the hand-built school passes as it is", () => {
    const s = nineYear();
    expect(meetsAll(s)).toBe(true);
    expect(plan([s]).gaps).toEqual([]);
  });

  test("only the 初中部 fails: the shared addition is share × amount / students, and lifts the 小学部 too", () => {
    // 2,000,000 元: 小学 2,000,000/1040 = 1923.1 (96%: allowed); 初中 1.1 · 2,000,000/1040 = 2115.4 (84.6%: below 85%).
    // 初中 to 85% of 2500 = 2125 → E ≥ 2125 · 1040 / 1.1 = 2,009,090.9 → +9,091 元.
    const s = nineYear({ equipmentValue: 2_000_000 });
    const g = plan([s]);
    expect(g.gaps).toHaveLength(1);
    const gap = g.gaps[0];
    expect(gap).toMatchObject({
      stage: "junior",
      additions: { equipmentValue: 9091 },
      sharedWith: null,
    });
    expect(
      gap.valuesAfter.equipmentValuePerStudent! - gap.valuesBefore.equipmentValuePerStudent!
    ).toBeCloseTo((9091 * 440) / 1040 / 400, 9);
    expect(gap.otherStage?.stage).toBe("primary");
    expect(gap.otherStage!.valuesAfter.equipmentValuePerStudent).toBeCloseTo(2_009_091 / 1040, 9);
    expect(meetsAll(add(s, "equipmentValue", 9091))).toBe(true);
    expect(meets(add(s, "equipmentValue", 9090), "junior")).toBe(false);
  });

  test("both stages fail on the same shared facility: one addition serves both, listed on both entries", () => {
    // 1,500,000 元: 小学 1442.3 (72%), 初中 1586.5 (63%); both below 85%, all else met, so each need only reach 85%:
    // 小学 1700 → E ≥ 1,768,000; 初中 2125 → E ≥ 2,009,090.9. One addition: the larger, +509,091 元.
    const s = nineYear({ equipmentValue: 1_500_000 });
    const g = plan([s]);
    expect(g.gaps.map((x) => [x.stage, x.additions, x.sharedWith])).toEqual([
      ["primary", { equipmentValue: 509_091 }, "junior"],
      ["junior", { equipmentValue: 509_091 }, "primary"],
    ]);
    expect(g.plans).toHaveLength(1);
    expect(g.plans[0].additions).toEqual({ equipmentValue: 509_091 });
    expect(meetsAll(add(s, "equipmentValue", 509_091))).toBe(true);
    expect(meetsAll(add(s, "equipmentValue", 509_090))).toBe(false);
  });

  test("teachers stay with their stage; facilities appear once per school in the plan", () => {
    // 小学 骨干 4 → 0.67 (67%), 初中 骨干 3 → 0.75 (75%), and 1,500,000 元 as above. Each stage has two shortfalls
    // below 85% and must raise one of them to its threshold and the other to 85%.
    const s = nineYear({
      primaryBackboneTeachers: 4,
      juniorBackboneTeachers: 3,
      equipmentValue: 1_500_000,
    });
    const g = plan([s]);
    const [p, j] = g.gaps;
    expect(p.additions.juniorBackboneTeachers).toBeUndefined();
    expect(j.additions.primaryBackboneTeachers).toBeUndefined();
    expect(p.additions.equipmentValue).toBe(j.additions.equipmentValue);
    const after = applyAdditions(s, g.plans[0].additions);
    expect(meetsAll(after)).toBe(true);
  });
});

describe("every plan: the school passes, one unit less fails, and no plan uses fewer kinds of resource", () => {
  const stageTeachers = (stage: Stage): GapField[] =>
    stage === "primary"
      ? ["primaryQualifiedTeachers", "primaryBackboneTeachers", "primaryPeArtTeachers"]
      : ["juniorQualifiedTeachers", "juniorBackboneTeachers", "juniorPeArtTeachers"];

  /** Can the school pass adding only to these fields? (Values only grow with additions, so try a lot of each.) */
  function feasibleWith(s: SchoolRecord, fields: GapField[]): boolean {
    let t = s;
    for (const f of fields) t = add(t, f, 1e9);
    return meetsAll(t);
  }

  function fewestKinds(s: SchoolRecord): number {
    const relevant: GapField[] = [
      ...stagesOf(s).flatMap(stageTeachers),
      "teachingArea",
      "outdoorSportsArea",
      "equipmentValue",
      "multimediaRooms",
    ];
    let best = Infinity;
    for (let mask = 0; mask < 1 << relevant.length; mask++) {
      const fields = relevant.filter((_, i) => mask & (1 << i));
      if (fields.length < best && feasibleWith(s, fields)) best = fields.length;
    }
    return best;
  }

  const factor = fc.double({ min: 0.3, max: 1.3, noNaN: true });
  const arbitrarySchool = fc
    .record({
      nine: fc.boolean(),
      a: fc.integer({ min: 50, max: 1500 }),
      b: fc.integer({ min: 50, max: 1200 }),
      f: fc.array(factor, { minLength: 13, maxLength: 13 }),
    })
    .map(({ nine, a, b, f }) => {
      // Each figure is a factor × what the threshold needs (the larger need of the two stages for a facility).
      const A = a,
        B = nine ? b : 0;
      const W = A + 1.1 * B;
      const need = (perStudentP: number, perStudentJ: number): number =>
        Math.max(perStudentP * W, B > 0 ? (perStudentJ * W) / 1.1 : 0);
      return school({
        name: nine ? "九年一贯制" : "小学",
        type: nine ? "nineYear" : "primary",
        primaryStudents: A,
        juniorStudents: B,
        primaryQualifiedTeachers: Math.round(f[0] * 0.042 * A),
        primaryBackboneTeachers: Math.round(f[1] * 0.01 * A),
        primaryPeArtTeachers: Math.round(f[2] * 0.009 * A),
        juniorQualifiedTeachers: Math.round(f[3] * 0.053 * B),
        juniorBackboneTeachers: Math.round(f[4] * 0.01 * B),
        juniorPeArtTeachers: Math.round(f[5] * 0.009 * B),
        teachingArea: Math.round(f[6] * need(4.5, 5.8)) + 300,
        indoorSportsArea: 300,
        outdoorSportsArea: Math.round(f[7] * need(7.5, 10.2)),
        equipmentValue: Math.round(f[8] * need(2000, 2500)),
        multimediaRooms: Math.round(f[9] * need(0.023, 0.024)),
      });
    });

  test("on random 小学 and 九年一贯制 schools", () => {
    let failing = 0;
    fc.assert(
      fc.property(arbitrarySchool, (s) => {
        const g = plan([s]);
        if (meetsAll(s)) {
          expect(g.gaps).toEqual([]);
          return;
        }
        failing++;
        expect(g.plans).toHaveLength(1);
        const additions = g.plans[0].additions;
        const after = applyAdditions(s, additions);
        expect(meetsAll(after)).toBe(true);
        for (const field of GAP_FIELD_ORDER) {
          const amount = additions[field];
          if (amount === undefined) continue;
          const step = GAP_FIELDS[field].step;
          expect(amount).toBeGreaterThan(0);
          // Whole units: persons, rooms and 元 are integers; ㎡ have at most two decimals.
          expect(Math.abs(amount / step - Math.round(amount / step))).toBeLessThan(1e-6);
          expect(meetsAll(add(after, field, -step))).toBe(false);
          expect(meetsAll(add(after, field, -amount))).toBe(false);
        }
        expect(Object.keys(additions)).toHaveLength(fewestKinds(s));
      }),
      { numRuns: 150, seed: 5 }
    );
    expect(failing).toBeGreaterThan(50);
  });
});

describe("the county after every plan", () => {
  /** §1.3 by hand: X̄ = ΣPX/ΣP, CV = √(ΣP(X−X̄)²/ΣP)/X̄. */
  function cv(xs: number[], ps: number[]): number {
    const P = ps.reduce((a, b) => a + b, 0);
    const m = xs.reduce((a, x, i) => a + ps[i] * x, 0) / P;
    return Math.sqrt(xs.reduce((a, x, i) => a + ps[i] * (x - m) ** 2, 0) / P) / m;
  }

  test("cvsAfterGaps are the CVs of the county with the additions made, computed independently", () => {
    const schools = [
      primary1000("甲", { primaryBackboneTeachers: 5, primaryPeArtTeachers: 7 }),
      school({
        name: "乙",
        type: "primary",
        primaryStudents: 400,
        primaryQualifiedTeachers: 20,
        primaryBackboneTeachers: 6,
        primaryPeArtTeachers: 5,
        teachingArea: 2600,
        indoorSportsArea: 200,
        outdoorSportsArea: 2000,
        equipmentValue: 700_000,
        multimediaRooms: 9,
      }),
      primary1000("丙", { equipmentValue: 2_600_000, multimediaRooms: 30 }),
      school({
        name: "丁",
        type: "junior",
        juniorStudents: 800,
        juniorQualifiedTeachers: 40,
        juniorBackboneTeachers: 8,
        juniorPeArtTeachers: 8,
        teachingArea: 5000,
        indoorSportsArea: 400,
        outdoorSportsArea: 7000,
        equipmentValue: 2_200_000,
        multimediaRooms: 19,
      }),
      school({
        name: "戊",
        type: "junior",
        juniorStudents: 500,
        juniorQualifiedTeachers: 30,
        juniorBackboneTeachers: 6,
        juniorPeArtTeachers: 5,
        teachingArea: 3200,
        indoorSportsArea: 200,
        outdoorSportsArea: 5400,
        equipmentValue: 1_300_000,
        multimediaRooms: 13,
      }),
    ];
    const g = plan(schools);
    // 甲 (two teacher kinds short), 乙 (sports 2200/400 = 5.5, 73%; equipment 1750, 87.5%) and 丁 fail.
    expect(g.gaps.map((x) => x.name)).toEqual(["甲", "乙", "丁"]);
    const after = schools.map((s) => {
      let t = s;
      for (const gap of g.gaps.filter((x) => x.name === s.name))
        for (const f of GAP_FIELD_ORDER) if (gap.additions[f]) t = add(t, f, gap.additions[f]!);
      return t;
    });
    for (const s of after) expect(meetsAll(s)).toBe(true);
    expect(applyGapPlans(schools, g.plans)).toEqual(after);
    const ids: IndicatorId[] = [
      "qualifiedTeachersPer100",
      "backboneTeachersPer100",
      "peArtTeachersPer100",
      "teachingAreaPerStudent",
      "sportsAreaPerStudent",
      "equipmentValuePerStudent",
      "multimediaRoomsPer100",
    ];
    for (const stage of ["primary", "junior"] as Stage[]) {
      const members = after.filter((s) => stagesOf(s).includes(stage));
      const ps = members.map((s) => (stage === "primary" ? s.primaryStudents : s.juniorStudents));
      ids.forEach((id, i) => {
        expect(g.cvsAfterGaps[stage][id]).toBeCloseTo(
          cv(
            members.map((s) => values(s, stage)[i]),
            ps
          ),
          12
        );
      });
    }
    // The CVs before the plans are different numbers (the plans move the failing schools towards the mean).
    expect(g.cvsAfterGaps.primary.backboneTeachersPer100).not.toBeCloseTo(
      assess(schools, null, P).stages.primary.indicators.backboneTeachersPer100!.cv!,
      6
    );
  });
});

describe("leastUnits: the search that replaced one-unit steps (issue 16 §3)", () => {
  /** The old search: from the estimate, one unit up until it meets, one unit down while the one below meets. */
  function stepping(meets: (u: number) => boolean, guess: number): number {
    let u = Math.max(1, guess);
    while (!meets(u)) u++;
    while (u > 1 && meets(u - 1)) u--;
    return u;
  }

  test("agrees with the old stepping on small inputs, with any estimate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -100, max: 10000 }),
        (least, guess) => {
          let calls = 0;
          const meets = (u: number): boolean => {
            calls++;
            return u >= least;
          };
          expect(leastUnits(meets, guess)).toBe(stepping((u) => u >= least, guess));
          // Bounded by the logarithm of the distance, never one call per unit.
          expect(calls).toBeLessThanOrEqual(
            4 * Math.ceil(Math.log2(Math.abs(least - guess) + 2)) + 4
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("a linear indicator of a huge school: the least whole number of units, in few calls", () => {
    for (const students of [1e12, 1e13, 1e15]) {
      // 4.2 qualified teachers per 100 students, starting from 121.
      const value = (u: number): number => ((121 + u) / students) * 100;
      const meets = (u: number): boolean => value(u) >= 4.2;
      let calls = 0;
      const u = leastUnits(
        (x) => {
          calls++;
          return meets(x);
        },
        Math.ceil((4.2 - value(0)) / (value(1) - value(0)))
      )!;
      expect(meets(u)).toBe(true);
      expect(meets(u - 1)).toBe(false);
      expect(calls).toBeLessThan(200);
    }
  });

  test("nothing reaches: undefined, not a loop", () => {
    expect(leastUnits(() => false, 1)).toBeUndefined();
  });
});
