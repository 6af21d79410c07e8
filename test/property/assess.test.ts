import { renderFindings } from "../../src/core/messages";
/**
 * Properties of assess() and assessTable() (src/core/assess.ts) over random counties:
 * any record a caller can build (unknown types, NaN, ±Infinity, negatives, huge and
 * tiny numbers, duplicate names, classes of unknown schools) gives an Assessment
 * without NaN or Infinity, and never an exception; over valid counties the CV ignores
 * the unit and the order of the schools (standards.md §1.3) and a school's verdict is
 * monotone in its resources (§1.1: more teachers, area, equipment or rooms never turn
 * a pass into a fail).
 */
import fc from "fast-check";
import { assess } from "../../src/core/assess";
import { NATIONAL_2017 } from "../../src/core/profiles";
import type { Assessment, SchoolRecord } from "../../src/core/types";
import { INDICATOR_IDS, STAGES } from "../../src/core/types";
import {
  RESOURCE_FIELDS,
  RUNS,
  anyClass,
  anySchool,
  close,
  must,
  nonFiniteNumbers,
  validCounty,
  type ResourceField,
} from "./arbitraries";

const P = NATIONAL_2017;

describe("any records", () => {
  test("assess returns an Assessment without NaN or Infinity, and throws nothing", () => {
    fc.assert(
      fc.property(
        fc.array(anySchool, { maxLength: 4 }),
        fc.option(fc.array(anyClass, { maxLength: 4 }), { nil: null }),
        fc.boolean(),
        (schools, classes, includePrivate) => {
          const profile = includePrivate
            ? { ...P, coverage: { ...P.coverage, includePrivate } }
            : P;
          const a = assess(schools, classes, profile);
          const bad = nonFiniteNumbers(a);
          must(bad.length === 0, () => `non-finite numbers: ${bad.join(", ")}`);
          for (const w of renderFindings(a.findings))
            must(/[\u4e00-\u9fff]/.test(w), `warning without Chinese: ${w}`);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

function cvs(a: Assessment): (number | null)[] {
  return STAGES.flatMap((stage) =>
    INDICATOR_IDS.map((id) => a.stages[stage].indicators[id]?.cv ?? null)
  );
}

function sameCvs(a: Assessment, b: Assessment): boolean {
  const x = cvs(a);
  const y = cvs(b);
  return x.every((cv, i) => (cv === null ? y[i] === null : y[i] !== null && close(cv, y[i]!)));
}

/** Every resource of every school times k: teachers per 100 and area per student all scale by k. */
function scaleResources(schools: readonly SchoolRecord[], k: number): SchoolRecord[] {
  return schools.map((s) => {
    const t = { ...s };
    for (const f of RESOURCE_FIELDS) t[f] = s[f] * k;
    return t;
  });
}

/** Every student count times k (an integer, so counts stay whole): every value scales by 1/k. */
function scaleStudents(schools: readonly SchoolRecord[], k: number): SchoolRecord[] {
  return schools.map((s) => ({
    ...s,
    primaryStudents: s.primaryStudents * k,
    juniorStudents: s.juniorStudents * k,
    seniorStudents: s.seniorStudents * k,
  }));
}

describe("valid counties", () => {
  test("every CV is unchanged when resources or students are scaled, and when schools are reordered", () => {
    fc.assert(
      fc.property(
        validCounty.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(c, { minLength: c.length, maxLength: c.length })
          )
        ),
        fc.oneof(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), fc.constantFrom(10000, 1 / 15)),
        fc.integer({ min: 2, max: 1000 }),
        ([county, shuffled], k, studentsFactor) => {
          const a = assess(county, null);
          must(sameCvs(a, assess(shuffled, null)), "a CV changed when the schools were reordered");
          must(
            sameCvs(a, assess(scaleResources(county, k), null)),
            () => `a CV changed when resources were scaled by ${k}`
          );
          must(
            sameCvs(a, assess(scaleStudents(county, studentsFactor), null)),
            () => `a CV changed when students were scaled by ${studentsFactor}`
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("a school's verdict is monotone in its resources: more never turns a pass into a fail", () => {
    fc.assert(
      fc.property(
        validCounty,
        fc.nat(),
        fc.constantFrom<ResourceField>(...RESOURCE_FIELDS),
        fc.oneof(fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.integer({ min: 1, max: 50 })),
        (county, pick, field, more) => {
          const i = pick % county.length;
          const richer = county.map((s) => ({ ...s }));
          const s = richer[i];
          s[field] += more;
          // 室内体育用房 is part of 教学及辅助用房 (§1.1): a new indoor sports hall adds to both.
          if (field === "indoorSportsArea") s.teachingArea += more;
          const before = assess(county, null);
          const after = assess(richer, null);
          for (const stage of STAGES) {
            const was = before.stages[stage].schools.find((x) => x.name === s.name);
            const now = after.stages[stage].schools.find((x) => x.name === s.name);
            must(
              (was === undefined) === (now === undefined),
              "more resources changed which schools take part"
            );
            if (was && now) {
              must(
                was.passes !== true || now.passes === true,
                () => `${s.name} (${stage}) failed after ${field} + ${more}`
              );
              must(
                (now.metCount ?? 0) >= (was.metCount ?? 0),
                () => `${s.name} (${stage}) met fewer indicators after ${field} + ${more}`
              );
            }
          }
        }
      ),
      { numRuns: RUNS }
    );
  });
});
