/**
 * Properties of the pure rules (src/core/rules.ts) over random numbers, including NaN,
 * ±Infinity, negatives, subnormals and values near Number.MAX_VALUE: they throw only
 * EduError, never return NaN or Infinity, and keep the invariants of standards.md §1.3
 * (the CV ignores the unit and the order of the schools; the weighted mean lies between
 * the smallest and the largest value).
 */
import fc from "fast-check";
import { EduError } from "../../src/core/errors";
import { NATIONAL_2017 } from "../../src/core/profiles";
import {
  applySchoolRule,
  atLeast,
  atMost,
  classBand,
  compositeVariationCoefficient,
  consolidationRate,
  facilityShare,
  per100,
  perStudent,
  requiredSpecialRooms,
  roundTo,
  weightedMean,
  weightedVariationCoefficient,
} from "../../src/core/rules";
import { INDICATOR_IDS, STAGES } from "../../src/core/types";
import { RUNS, SCHOOL_TYPES, close, must, number } from "./arbitraries";

const P = NATIONAL_2017;

/** Runs f; an EduError with a Chinese message counts as a proper refusal, anything else thrown fails. */
function resultOrEduError<T>(f: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof EduError))
      throw new Error(
        `threw ${e instanceof Error ? e.name : typeof e} instead of EduError: ${String(e)}`
      );
    must(/[\u4e00-\u9fff]/.test(e.message), `EduError without a Chinese message: ${e.message}`);
    return { ok: false };
  }
}

function expectFinite(x: unknown): void {
  must(
    typeof x === "number" && Number.isFinite(x),
    () => `returned ${String(x)}, not a finite number`
  );
}

const numbers = fc.array(number, { maxLength: 8 });

describe("any numbers: EduError or a finite result", () => {
  test("weightedMean and weightedVariationCoefficient, equal or mismatched lengths", () => {
    fc.assert(
      fc.property(numbers, numbers, fc.boolean(), (xs, ps, sameLength) => {
        const weights = sameLength ? xs.map((_, i) => ps[i] ?? 1) : ps;
        const mean = resultOrEduError(() => weightedMean(xs, weights));
        if (mean.ok) expectFinite(mean.value);
        const cv = resultOrEduError(() => weightedVariationCoefficient(xs, weights));
        if (cv.ok && cv.value !== null) {
          expectFinite(cv.value);
          must(cv.value >= 0, "negative CV");
        }
        if (xs.length !== weights.length) must(!mean.ok && !cv.ok, "mismatched lengths accepted");
      }),
      { numRuns: RUNS }
    );
  });

  test("compositeVariationCoefficient", () => {
    fc.assert(
      fc.property(numbers, (cvs) => {
        const r = resultOrEduError(() => compositeVariationCoefficient(cvs));
        if (r.ok) expectFinite(r.value);
      }),
      { numRuns: RUNS }
    );
  });

  test("per100, perStudent, consolidationRate, roundTo", () => {
    fc.assert(
      fc.property(
        number,
        number,
        number,
        number,
        number,
        fc.integer({ min: 0, max: 6 }),
        (a, b, c, d, e, decimals) => {
          for (const f of [
            () => per100(a, b),
            () => perStudent(a, b),
            () => consolidationRate(a, b, c, d, e),
          ]) {
            const r = resultOrEduError(f);
            if (r.ok) expectFinite(r.value);
          }
          if (Number.isFinite(a)) expectFinite(roundTo(a, decimals));
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("facilityShare is a share between 0 and 1 for finite, non-negative students", () => {
    const students = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true })
    );
    fc.assert(
      fc.property(
        students,
        students,
        students,
        fc.constantFrom(...SCHOOL_TYPES),
        fc.constantFrom(...STAGES),
        (primary, junior, senior, type, stage) => {
          const share = facilityShare({ primary, junior, senior }, type, stage, P.stageWeights);
          expectFinite(share);
          must(share >= 0 && share <= 1, `share ${share}`);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("classBand, requiredSpecialRooms, atLeast, atMost never throw", () => {
    fc.assert(
      fc.property(number, number, (a, b) => {
        must(
          ["standard", "large", "veryLarge", "superLarge"].includes(
            classBand(a, P.classSize.bands)
          ),
          "unknown band"
        );
        if (Number.isFinite(a))
          expectFinite(requiredSpecialRooms(a, P.specialRooms.classesPerRoom));
        must(
          typeof atLeast(a, b) === "boolean" && typeof atMost(a, b) === "boolean",
          "not a boolean"
        );
      }),
      { numRuns: RUNS }
    );
  });
});

// Realistic magnitudes for the invariants: indicator values and student counts of a county.
const value = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
const students = fc.integer({ min: 0, max: 5000 });
const pairs = fc
  .array(fc.tuple(value, students), { minLength: 1, maxLength: 8 })
  .filter((ps) => ps.some(([, p]) => p > 0));
const scale = fc.oneof(
  fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
  fc.constantFrom(100, 10000, 1 / 15, 1e-3)
);

describe("invariants (standards.md §1.3)", () => {
  test("the weighted mean lies between the smallest and the largest value that has students", () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const mean = weightedMean(
          ps.map(([x]) => x),
          ps.map(([, p]) => p)
        );
        const weighted = ps.filter(([, p]) => p > 0).map(([x]) => x);
        const lo = Math.min(...weighted);
        const hi = Math.max(...weighted);
        const slack = 1e-12 * Math.max(1, hi);
        must(mean >= lo - slack && mean <= hi + slack, `mean ${mean} outside [${lo}, ${hi}]`);
      }),
      { numRuns: RUNS }
    );
  });

  test("the CV does not change when every value, or every student count, is scaled (a change of unit)", () => {
    fc.assert(
      fc.property(pairs, scale, (ps, k) => {
        const xs = ps.map(([x]) => x);
        const weights = ps.map(([, p]) => p);
        const cv = weightedVariationCoefficient(xs, weights);
        const scaledValues = weightedVariationCoefficient(
          xs.map((x) => x * k),
          weights
        );
        const scaledStudents = weightedVariationCoefficient(
          xs,
          weights.map((p) => p * k)
        );
        if (cv === null) {
          // X̄ = 0 means every weighted value is 0, in any unit.
          must(scaledValues === null && scaledStudents === null, "CV defined after scaling");
          return;
        }
        must(
          scaledValues !== null && close(scaledValues, cv),
          `CV ${cv} became ${scaledValues} with values × ${k}`
        );
        must(
          scaledStudents !== null && close(scaledStudents, cv),
          `CV ${cv} became ${scaledStudents} with students × ${k}`
        );
      }),
      { numRuns: RUNS }
    );
  });

  test("the CV and the mean do not depend on the order of the schools", () => {
    fc.assert(
      fc.property(
        pairs.chain((ps) =>
          fc.tuple(
            fc.constant(ps),
            fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })
          )
        ),
        ([ps, shuffled]) => {
          const cv = weightedVariationCoefficient(
            ps.map(([x]) => x),
            ps.map(([, p]) => p)
          );
          const cv2 = weightedVariationCoefficient(
            shuffled.map(([x]) => x),
            shuffled.map(([, p]) => p)
          );
          must(
            cv === null ? cv2 === null : cv2 !== null && close(cv, cv2),
            `CV ${cv} became ${cv2} in another order`
          );
          must(
            close(
              weightedMean(
                ps.map(([x]) => x),
                ps.map(([, p]) => p)
              ),
              weightedMean(
                shuffled.map(([x]) => x),
                shuffled.map(([, p]) => p)
              )
            ),
            "mean changed with the order"
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("the school rule is monotone: raising one value never turns a pass into a fail, nor lowers the count met", () => {
    const seven = fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), {
      minLength: 7,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        seven,
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.constantFrom(...STAGES),
        (values, i, more, stage) => {
          const thresholds = INDICATOR_IDS.map((id) => P.thresholds[id][stage]);
          const before = applySchoolRule(values, thresholds, P.schoolRule);
          const raised = values.slice();
          raised[i] += more;
          const after = applySchoolRule(raised, thresholds, P.schoolRule);
          must(after.metCount >= before.metCount, "fewer indicators met with more resources");
          must(!before.passes || after.passes, "a pass turned into a fail with more resources");
        }
      ),
      { numRuns: RUNS }
    );
  });
});
