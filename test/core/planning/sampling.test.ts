/**
 * 复核 sampling: reproducible, at least the share of distinct schools, every
 * failing and borderline school present, every stratum represented. 临界 means
 * what it means in `assess` (rounding flips a verdict or an indicator); a school
 * that passes only by the 6-of-7 rule is drawn at random and noted (issue 22).
 */
import { sampleCounty } from "../../../src/cli/examples/sampleCounty";
import { assess } from "../../../src/core/assess";
import { evaluate } from "../../../src/core/pipeline";
import { NATIONAL_2017 } from "../../../src/core/profiles";
import { buildSampleSheet } from "../../../src/report/sample";
import { sixOfSevenCounty } from "./sixOfSevenCounty";
import { drawReviewSample, seededRandom } from "../../../src/core/planning/sampling";
import { INDICATORS } from "../../../src/core/indicators";
import type {
  Assessment,
  IndicatorId,
  Locale,
  SchoolRecord,
  SchoolType,
  Stage,
} from "../../../src/core/types";
import { STAGE_NAMES } from "../../../src/core/vocabulary";

const sample = sampleCounty();
const a = assess(sample.schools, sample.classes);

/** Distinct schools of an assessment (a 九年一贯制 school is one), by name (the sample county's names are unique). */
interface DistinctSchool {
  stages: string[];
  locale?: Locale;
  failing: boolean;
  /** Rounding to the form's decimals flips a verdict or an indicator (assess's 临界). */
  borderline: boolean;
  /** Stages passed with an indicator below its threshold (the 6-of-7 rule), with those indicators. */
  shortfalls: { stage: string; indicators: string[] }[];
}

function distinctSchools(x: Assessment): Map<string, DistinctSchool> {
  const out = new Map<string, DistinctSchool>();
  for (const stage of ["primary", "junior"] as const) {
    for (const s of x.stages[stage].schools) {
      const e: DistinctSchool = out.get(s.name) ?? {
        stages: [],
        locale: s.locale,
        failing: false,
        borderline: false,
        shortfalls: [],
      };
      e.stages.push(stage);
      e.failing ||= s.passes === false;
      e.borderline ||= s.borderline;
      if (s.passes === true && s.shortfalls.length > 0)
        e.shortfalls.push({ stage, indicators: s.shortfalls.map((f) => f.indicator) });
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

  test("every failing and every borderline school is in, with its reason; the rest are random, 6-of-7 passes noted", () => {
    for (const [name, s] of schools) {
      const drawn = draw.schools.find((x) => x.name === name);
      if (s.failing) expect(drawn?.reason).toBe("failing");
      else if (s.borderline) expect(drawn?.reason).toBe("borderline");
      else if (drawn) expect(drawn.reason).toBe("random");
      if (drawn)
        expect(
          drawn.passesWithShortfall.map((p) => ({ stage: p.stage, indicators: p.indicators }))
        ).toEqual(s.shortfalls);
    }
    // Passing by 6 of 7 alone is no reason: over many seeds such a school is sometimes left out
    // (unless its stratum has a place for every school that is not failing or borderline).
    const stratum = (s: DistinctSchool) =>
      draw.strata.find((st) => st.key === `${s.stages.join("+")}|${s.locale ?? "-"}`)!;
    const sixOfSeven = [...schools].filter(
      ([, s]) =>
        !s.failing &&
        !s.borderline &&
        s.shortfalls.length > 0 &&
        stratum(s).allocated - stratum(s).mandatory < stratum(s).schools - stratum(s).mandatory
    );
    expect(sixOfSeven.length).toBeGreaterThan(0);
    for (const [name] of sixOfSeven) {
      const inSample = Array.from({ length: 40 }, (_, seed) =>
        drawReviewSample(a, { seed }).schools.some((x) => x.name === name)
      );
      expect([name, inSample.includes(false)]).toEqual([name, true]);
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

  test("the share holds for the county, not for each stratum: 6 + 4 schools at 40% draw 2 + 2", () => {
    // required = ceil(0.4 × 10) = 4; proportional parts 2.4 and 1.6; largest remainder gives the
    // 4-school stratum the extra one, so the 6-school stratum has 2 of 6 (33%) and the county 4 of 10.
    const ten = bigCounty(10).map((r, i) => ({
      ...r,
      type: "primary" as const,
      juniorStudents: 0,
      locale: (i < 6 ? "urban" : "rural") as Locale,
    }));
    const draw = drawReviewSample(assess(ten, null), { seed: 1 });
    expect(draw.schools.every((s) => s.reason === "random")).toBe(true);
    expect(draw.required).toBe(4);
    expect(draw.schools).toHaveLength(4);
    expect(draw.strata.map((st) => [st.key, st.schools, st.sampled])).toEqual([
      ["primary|urban", 6, 2],
      ["primary|rural", 4, 2],
    ]);
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

describe("issue 22: a county where most schools pass only by 6 of 7", () => {
  const county = sixOfSevenCounty(90);
  const assessed = assess(
    county.map((s) => s.record),
    null
  );
  const facts = distinctSchools(assessed);
  const plans = new Map(county.map((s) => [s.record.name, s.plan]));
  const SEEDS = [0, 7, 4294967295];
  const draws = SEEDS.map((seed) => drawReviewSample(assessed, { seed }));

  test("the county is what it is built to be, as the assessment says", () => {
    for (const [name, f] of facts) {
      const plan = plans.get(name);
      expect([name, f.failing]).toEqual([name, plan === "failing"]);
      expect([name, f.borderline]).toEqual([name, plan === "borderline"]);
      if (plan === "sixOfSeven")
        expect(f.shortfalls.flatMap((s) => s.indicators)).toEqual(["sportsAreaPerStudent"]);
    }
    // Counted as 临界 the old way, failing + borderline + 6-of-7 schools would fill every stratum:
    // nothing would be left to chance.
    for (const st of draws[0].strata) {
      const marginal = [...facts.values()].filter(
        (f) =>
          `${f.stages.join("+")}|${f.locale}` === st.key &&
          (f.failing || f.borderline || f.shortfalls.length > 0)
      ).length;
      expect([st.key, marginal >= st.allocated]).toEqual([st.key, true]);
    }
  });

  test("seeds 0, 7 and 4294967295 give three different lists", () => {
    const lists = draws.map((d) =>
      d.schools
        .map((s) => s.name)
        .sort()
        .join(",")
    );
    expect(new Set(lists).size).toBe(SEEDS.length);
    // …and each draws at random within the 6-of-7 schools.
    for (const d of draws)
      expect(d.schools.filter((s) => s.reason === "random").length).toBeGreaterThan(0);
  });

  test("failing and borderline (rounding) schools are drawn for every seed, with their reasons", () => {
    for (const d of draws) {
      for (const [name, f] of facts) {
        const drawn = d.schools.find((s) => s.name === name);
        if (f.failing) expect([name, drawn?.reason]).toEqual([name, "failing"]);
        else if (f.borderline) expect([name, drawn?.reason]).toEqual([name, "borderline"]);
        else if (drawn) expect([name, drawn.reason]).toEqual([name, "random"]);
      }
      for (const st of d.strata) {
        const mandatory = [...facts.values()].filter(
          (f) => `${f.stages.join("+")}|${f.locale}` === st.key && (f.failing || f.borderline)
        ).length;
        expect(st.mandatory).toBe(mandatory);
        expect(st.sampled).toBe(Math.max(st.allocated, st.mandatory));
      }
      expect(d.schools.length).toBeGreaterThanOrEqual(d.required);
    }
  });

  test("the 6-of-7 schools drawn are marked with the stage and the indicator below its threshold; no other school is", () => {
    let marked = 0;
    for (const d of draws) {
      for (const s of d.schools) {
        const f = facts.get(s.name)!;
        expect([
          s.name,
          s.passesWithShortfall.map((p) => ({ stage: p.stage, indicators: p.indicators })),
        ]).toEqual([s.name, f.shortfalls]);
        for (const p of s.passesWithShortfall) expect(p.metCount).toBe(6);
        if (plans.get(s.name) === "sixOfSeven") {
          marked++;
          // A 九年一贯制's 小学 part meets all seven; only its 初中 part is noted.
          const stages = s.passesWithShortfall.map((p) => p.stage);
          expect(stages).toEqual(s.type === "primary" ? ["primary"] : ["junior"]);
        }
      }
    }
    expect(marked).toBeGreaterThan(0);
  });

  test("the 复核抽样 sheet has a 备注 column naming the rule and the indicator for those schools only", () => {
    const ev = evaluate(
      { schools: county.map((s) => s.record), classes: null },
      { profile: NATIONAL_2017 }
    );
    const sheet = buildSampleSheet(ev, drawReviewSample(ev.assessment, { seed: 7 }));
    const header = sheet.rows.findIndex((r) => r[0]?.value === "序号");
    const columns = sheet.rows[header].map((c) => c.value);
    const note = columns.indexOf("备注（提示核查）");
    expect(note).toBeGreaterThan(columns.indexOf("抽取原因"));
    expect(columns[columns.length - 1]).toBe("核查结果（现场填写）");
    const listed = sheet.rows.slice(header + 1).filter((r) => typeof r[0]?.value === "number");
    expect(listed.length).toBeGreaterThan(0);
    for (const row of listed) {
      const name = String(row[1].value);
      const text = String(row[note].value);
      const { shortfalls } = facts.get(name)!;
      if (shortfalls.length > 0) {
        expect(text).toContain("按“7 项中至少 6 项达标”规则达标");
        for (const p of shortfalls) {
          const indicators = p.indicators.map((i) => INDICATORS[i as IndicatorId].name).join("、");
          expect(text).toContain(`${STAGE_NAMES[p.stage as Stage]} 6 项达标，${indicators}未达标`);
        }
        expect(text).toContain("（不低于标准的 85%）");
      } else expect(text).toBe("");
    }
  });
});
