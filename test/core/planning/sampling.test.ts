/**
 * 复核 sampling: reproducible, at least the share of distinct schools, every
 * failing and borderline school present, every stratum represented.
 */
import { sampleCounty } from "../../../src/cli/examples/sampleCounty";
import { assess } from "../../../src/core/assess";
import { drawReviewSample, seededRandom } from "../../../src/core/planning/sampling";
import type { Assessment, Locale, SchoolRecord, SchoolType } from "../../../src/core/types";

const sample = sampleCounty();
const a = assess(sample.schools, sample.classes);

/** Distinct schools of an assessment (a 九年一贯制 school is one), by name (the sample county's names are unique). */
function distinctSchools(
  x: Assessment
): Map<string, { stages: string[]; locale?: Locale; failing: boolean; marginal: boolean }> {
  const out = new Map<
    string,
    { stages: string[]; locale?: Locale; failing: boolean; marginal: boolean }
  >();
  for (const stage of ["primary", "junior"] as const) {
    for (const s of x.stages[stage].schools) {
      const e = out.get(s.name) ?? {
        stages: [],
        locale: s.locale,
        failing: false,
        marginal: false,
      };
      e.stages.push(stage);
      e.failing ||= s.passes === false;
      e.marginal ||= s.borderline || (s.passes === true && s.shortfalls.length > 0);
      out.set(s.name, e);
    }
  }
  return out;
}

/** A made-up county of n schools of mixed types and locales, all passing. */
function bigCounty(n: number): SchoolRecord[] {
  const random = seededRandom(99);
  const types: SchoolType[] = ["primary", "primary", "primary", "junior", "nineYear"];
  const locales: Locale[] = ["urban", "town", "rural"];
  return Array.from({ length: n }, (_, i) => {
    const type = types[Math.floor(random() * types.length)];
    const A = type === "junior" ? 0 : 200 + Math.floor(random() * 800);
    const B = type === "primary" ? 0 : 200 + Math.floor(random() * 600);
    const W = A + 1.1 * B;
    return {
      name: `学校${String(i + 1).padStart(3, "0")}`,
      type,
      locale: locales[i % 3],
      primaryStudents: A,
      juniorStudents: B,
      seniorStudents: 0,
      primaryClasses: 0,
      juniorClasses: 0,
      primaryQualifiedTeachers: Math.ceil(A * 0.05),
      juniorQualifiedTeachers: Math.ceil(B * 0.06),
      primaryBackboneTeachers: Math.ceil(A * 0.012),
      juniorBackboneTeachers: Math.ceil(B * 0.012),
      primaryPeArtTeachers: Math.ceil(A * 0.01),
      juniorPeArtTeachers: Math.ceil(B * 0.01),
      teachingArea: W * 6,
      indoorSportsArea: 0,
      outdoorSportsArea: W * 10,
      equipmentValue: W * 2600,
      multimediaRooms: Math.ceil(W * 0.03),
    };
  });
}

describe("drawReviewSample on the example county", () => {
  const schools = distinctSchools(a);
  const draw = drawReviewSample(a, { seed: 20240901 });

  test("counts distinct schools: a 九年一贯制 school is one school, listed with both stages", () => {
    expect(draw.totalSchools).toBe(schools.size);
    const nine = draw.schools.filter((s) => s.stages.length === 2);
    for (const s of nine) expect(schools.get(s.name)!.stages).toEqual(["primary", "junior"]);
    expect(new Set(draw.schools.map((s) => s.name)).size).toBe(draw.schools.length);
  });

  test("at least 40% of the schools, rounded up", () => {
    expect(draw.required).toBe(Math.ceil(0.4 * schools.size));
    expect(draw.schools.length).toBeGreaterThanOrEqual(draw.required);
  });

  test("every failing and every marginal school is in, with its reason; the rest are random", () => {
    for (const [name, s] of schools) {
      const drawn = draw.schools.find((x) => x.name === name);
      if (s.failing) expect(drawn?.reason).toBe("failing");
      else if (s.marginal) expect(drawn?.reason).toBe("borderline");
      else if (drawn) expect(drawn.reason).toBe("random");
    }
    // The example county's three failing 小学 and its borderline 城关第四小学 (2.2977 shown as 2.30).
    expect(
      draw.schools
        .filter((s) => s.reason === "failing")
        .map((s) => s.name)
        .sort()
    ).toEqual(["城关第一小学", "白马镇大坪小学", "石桥镇桥头小学"].sort());
    expect(draw.schools.find((s) => s.name === "城关第四小学")?.reason).toBe("borderline");
  });

  test("every stratum (stages × 城乡) is represented, and the strata add up", () => {
    const strata = new Set<string>();
    for (const s of schools.values()) strata.add(`${s.stages.join("+")}|${s.locale}`);
    const drawnStrata = new Set(draw.schools.map((s) => `${s.stages.join("+")}|${s.locale}`));
    expect(drawnStrata).toEqual(strata);
    expect(draw.strata.reduce((sum, st) => sum + st.schools, 0)).toBe(schools.size);
    expect(draw.strata.reduce((sum, st) => sum + st.sampled, 0)).toBe(draw.schools.length);
    for (const st of draw.strata) {
      expect(st.sampled).toBeGreaterThanOrEqual(1);
      expect(st.sampled).toBe(Math.max(st.allocated, st.mandatory));
      expect(draw.schools.filter((s) => s.stratum === st.key)).toHaveLength(st.sampled);
    }
  });

  test("same seed, same sample; the school order in the file does not matter", () => {
    expect(drawReviewSample(a, { seed: 20240901 })).toEqual(draw);
    const reversed = assess([...sample.schools].reverse(), sample.classes);
    const again = drawReviewSample(reversed, { seed: 20240901 });
    expect(new Set(again.schools.map((s) => `${s.name}:${s.reason}`))).toEqual(
      new Set(draw.schools.map((s) => `${s.name}:${s.reason}`))
    );
  });

  test("a share of 1 takes every school", () => {
    const all = drawReviewSample(a, { seed: 1, share: 1 });
    expect(all.schools).toHaveLength(schools.size);
  });

  test("a bad seed or share is refused with a Chinese message", () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN])
      expect(() => drawReviewSample(a, { seed })).toThrow(/随机种子/);
    for (const share of [0, -0.1, 1.01, Number.NaN])
      expect(() => drawReviewSample(a, { seed: 1, share })).toThrow(/抽样比例/);
  });
});

describe("drawReviewSample on a larger county with no failing school", () => {
  const big = assess(bigCounty(120), null);

  test("proportional: exactly the required number when every stratum has enough schools", () => {
    const draw = drawReviewSample(big, { seed: 7 });
    expect(draw.totalSchools).toBe(120);
    expect(draw.required).toBe(48);
    expect(draw.schools.every((s) => s.reason === "random")).toBe(true);
    expect(draw.schools).toHaveLength(48);
    for (const st of draw.strata) {
      // Largest remainders: within one school of the exact proportional share.
      expect(Math.abs(st.allocated - (48 * st.schools) / 120)).toBeLessThan(1);
    }
  });

  test("different seeds usually give different samples; the same seed always the same", () => {
    const names = (seed: number): string =>
      drawReviewSample(big, { seed })
        .schools.map((s) => s.name)
        .join(",");
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) seen.add(names(seed));
    expect(seen.size).toBeGreaterThanOrEqual(19);
    expect(names(12345)).toBe(names(12345));
  });

  test("the random schools are spread: over many seeds every school is drawn sometimes", () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 200; seed++) {
      for (const s of drawReviewSample(big, { seed }).schools)
        counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    }
    expect(counts.size).toBe(120);
    // Each school's chance is about 40%: 80 of 200 draws; none should be far off.
    for (const c of counts.values()) {
      expect(c).toBeGreaterThan(40);
      expect(c).toBeLessThan(125);
    }
  });
});
