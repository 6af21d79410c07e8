/**
 * Properties of every EDU.* custom function (src/functions/functions.ts) with the
 * CustomFunctions stand-in the functions tests use: any arguments Excel can pass (blank
 * cells, text, TRUE/FALSE, negatives, "NaN", "Infinity", "1e400", huge and tiny numbers,
 * ranges of any shape, ragged or mismatched) give a finite number, a boolean or a text, or
 * a #VALUE! error with a Chinese message; never NaN or Infinity, and never a JavaScript
 * error (which the functions would otherwise wrap as "计算出错", the mark of a bug).
 */
import "../functions/customFunctionsStandIn";
import fc from "fast-check";
import * as EDU from "../../src/functions/functions";
import {
  RUNS,
  close,
  excelArgument,
  excelCell,
  indicatorText,
  must,
  number,
  schoolTypeText,
  stageText,
} from "./arbitraries";

type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, Fn][] = Object.entries(EDU as unknown as Record<string, unknown>).filter(
  (e): e is [string, Fn] => typeof e[1] === "function"
);

/** The function's result, or the CustomFunctions.Error it threw; any other throw fails the property. */
function call(
  name: string,
  f: () => unknown
): { ok: true; value: unknown } | { ok: false; error: CustomFunctions.Error } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    must(
      e instanceof CustomFunctions.Error,
      () => `${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`
    );
    const err = e as CustomFunctions.Error;
    must(err.code === CustomFunctions.ErrorCode.invalidValue, () => `${name}: ${err.code}`);
    must(
      /[\u4e00-\u9fff]/.test(err.message ?? ""),
      () => `${name}: message without Chinese: ${err.message}`
    );
    // asExcelErrors turns an unexpected JavaScript error (TypeError, RangeError…) into "EDU.X 计算出错：…".
    must(
      !(err.message ?? "").includes("计算出错"),
      () => `${name}: a JavaScript error leaked: ${err.message}`
    );
    return { ok: false, error: err };
  }
}

function checkResult(name: string, value: unknown): void {
  if (typeof value === "number") must(Number.isFinite(value), () => `${name} returned ${value}`);
  else
    must(
      typeof value === "boolean" || typeof value === "string",
      () => `${name} returned ${typeof value}`
    );
}

/** Any argument, drawn more often from the words a function expects in that place. */
const anyArgument = fc.oneof(
  { weight: 4, arbitrary: excelArgument },
  { weight: 1, arbitrary: stageText },
  { weight: 1, arbitrary: schoolTypeText },
  { weight: 1, arbitrary: indicatorText }
);

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);

// Arguments of the kind each parameter expects, so that most runs get past the argument checks
// and reach the arithmetic: numbers of every magnitude (and NaN-like text) in the right places.
const numeric = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.oneof(
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100)
    ),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1e308, 1e300, 1e-300, 5e-324, Number.MAX_VALUE)
    ),
  },
  { weight: 1, arbitrary: number },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      "NaN",
      "Infinity",
      "-Infinity",
      "1e400",
      "1e-400",
      "1e308",
      " 12 ",
      "１２３",
      "1,234",
      "-5",
      null,
      ""
    ),
  },
  { weight: 1, arbitrary: excelCell }
);
const scalar = fc.oneof(
  { weight: 4, arbitrary: numeric },
  { weight: 1, arbitrary: numeric.map((x) => [[x]]) }
);
const range = fc.oneof(
  fc.array(numeric, { maxLength: 8 }).map(col),
  fc.array(numeric, { maxLength: 8 }).map((xs) => [xs])
);
const seven = fc.array(numeric, { minLength: 7, maxLength: 7 }).map((xs) => [xs]);
const stage = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("小学", "初中", "primary", "junior") },
  { weight: 1, arbitrary: stageText }
);
const schoolType = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      "小学",
      "初中",
      "九年一贯制学校",
      "完全中学",
      "十二年一贯制学校",
      "教学点",
      "特殊教育学校"
    ),
  },
  { weight: 1, arbitrary: schoolTypeText }
);
const indicator = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 1, arbitrary: indicatorText }
);
/** Two ranges of the same size (values and students), blanks anywhere. */
const paired = fc
  .array(fc.tuple(numeric, numeric), { minLength: 1, maxLength: 8 })
  .map((ps) => [col(ps.map(([x]) => x)), col(ps.map(([, p]) => p))]);

/** The expected kinds of each function's parameters; a function not listed here gets random arguments only. */
const SIGNATURES: Record<string, fc.Arbitrary<unknown[]>> = {
  variationCoef: paired,
  weightedMeanOf: paired,
  classSizeOk: fc.tuple(range, stage),
  largeClassShare: fc.tuple(range, fc.option(scalar, { nil: undefined })),
  classBandOf: fc.tuple(scalar),
  schoolSizeOk: fc.tuple(scalar, schoolType),
  per100Of: fc.tuple(scalar, scalar),
  perStudentOf: fc.tuple(scalar, scalar),
  threshold: fc.tuple(indicator, stage),
  indicatorMet: fc.tuple(scalar, indicator, stage),
  metCount: fc.tuple(seven, stage),
  schoolMeets: fc.tuple(seven, stage),
  stageShare: fc.tuple(scalar, scalar, scalar, schoolType, stage),
  specialRoomsOk: fc.tuple(scalar, scalar, scalar),
  consolidationRateOf: fc.tuple(scalar, scalar, scalar, scalar, scalar),
  cvOk: fc.tuple(scalar, stage),
  compositeCv: fc.tuple(range),
};

describe("every EDU function, any arguments", () => {
  test("there are functions to test", () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(17);
  });

  test.each(FUNCTIONS.map(([name]) => name))(
    "%s: a finite number, a boolean, a text or #VALUE! with a Chinese message",
    (name) => {
      const f = FUNCTIONS.find(([n]) => n === name)![1];
      // Excel may also pass fewer arguments (optional ones omitted) or, from a caller's slip, more.
      const random = fc
        .integer({ min: Math.max(0, f.length - 1), max: f.length + 1 })
        .chain((n) => fc.array(anyArgument, { minLength: n, maxLength: n }));
      const typed = SIGNATURES[name];
      const args = typed
        ? fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: random })
        : random;
      let computed = 0;
      fc.assert(
        fc.property(args, (xs) => {
          const r = call(name, () => f(...xs));
          if (r.ok) {
            checkResult(name, r.value);
            computed++;
          }
        }),
        { numRuns: RUNS }
      );
      // The arguments reach the arithmetic often enough to test it, not only the argument checks.
      if (typed) expect(computed).toBeGreaterThan(RUNS / 20);
    }
  );
});

// Realistic ranges for the invariants: values and students as Excel passes them, with blanks.
const value = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
  fc.integer({ min: 1, max: 5000 })
);
const pairs = fc.array(fc.tuple(value, fc.integer({ min: 1, max: 3000 })), {
  minLength: 1,
  maxLength: 8,
});
const blankAt = fc.array(fc.constantFrom(null, ""), { maxLength: 3 });

describe("invariants through Excel ranges", () => {
  test("VARIATION_COEF ignores the unit (values × k) and the order of the schools, blank rows anywhere", () => {
    fc.assert(
      fc.property(
        pairs.chain((ps) =>
          fc.tuple(
            fc.constant(ps),
            fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })
          )
        ),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        blankAt,
        ([ps, shuffled], k, blanks) => {
          const a = call("VARIATION_COEF", () =>
            EDU.variationCoef(
              col(ps.map(([x]) => x)) as any[][],
              col(ps.map(([, p]) => p)) as any[][]
            )
          );
          // Blank rows (an empty school row in the sheet) are skipped in both ranges.
          const xs = [...shuffled.map(([x]) => x * k), ...blanks];
          const ws = [...shuffled.map(([, p]) => p), ...blanks.map(() => 500)];
          const b = call("VARIATION_COEF", () =>
            EDU.variationCoef(col(xs) as any[][], col(ws) as any[][])
          );
          must(a.ok === b.ok, "defined in one unit and order, not in the other");
          if (a.ok && b.ok)
            must(close(a.value as number, b.value as number), () => `${a.value} became ${b.value}`);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("WEIGHTED_MEAN lies between the smallest and the largest value", () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const m = EDU.weightedMeanOf(
          col(ps.map(([x]) => x)) as any[][],
          col(ps.map(([, p]) => p)) as any[][]
        );
        const xs = ps.map(([x]) => x);
        const slack = 1e-12 * Math.max(1, ...xs);
        must(
          m >= Math.min(...xs) - slack && m <= Math.max(...xs) + slack,
          () => `mean ${m} of ${xs}`
        );
      }),
      { numRuns: RUNS }
    );
  });

  test("SCHOOL_MEETS and MET_COUNT are monotone: raising one of the seven values never turns TRUE into FALSE", () => {
    const seven = fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), {
      minLength: 7,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        seven,
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.constantFrom("小学", "初中"),
        (xs, i, more, stage) => {
          const raised = xs.slice();
          raised[i] += more;
          must(
            !EDU.schoolMeets([xs], stage) || EDU.schoolMeets([raised], stage),
            "TRUE became FALSE with more resources"
          );
          must(
            EDU.metCount([raised], stage) >= EDU.metCount([xs], stage),
            "fewer indicators met with more resources"
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("shares are between 0 and 1, counts between 0 and 7, bands are band names", () => {
    fc.assert(
      fc.property(fc.array(excelCell, { maxLength: 6 }), excelCell, excelCell, (sizes, a, b) => {
        const share = call("LARGE_CLASS_SHARE", () =>
          EDU.largeClassShare(col(sizes) as any[][], a as number)
        );
        if (share.ok)
          must(
            (share.value as number) >= 0 && (share.value as number) <= 1,
            () => `share ${share.value}`
          );
        const stage = call("STAGE_SHARE", () =>
          EDU.stageShare(a as number, b as number, 0, "九年一贯制学校", "小学")
        );
        if (stage.ok)
          must(
            (stage.value as number) >= 0 && (stage.value as number) <= 1,
            () => `stage share ${stage.value}`
          );
        const band = call("CLASS_BAND", () => EDU.classBandOf(a as number));
        if (band.ok)
          must(
            ["标准", "偏大", "大班额", "超大班额"].includes(band.value as string),
            () => `band ${band.value}`
          );
        const met = call("MET_COUNT", () => EDU.metCount([[a, b, a, b, a, b, a]], "小学"));
        if (met.ok)
          must(
            Number.isInteger(met.value) && (met.value as number) >= 0 && (met.value as number) <= 7,
            () => `count ${met.value}`
          );
      }),
      { numRuns: RUNS }
    );
  });
});
