/**
 * Issue 27 item 1: every EDU.* function's native form, evaluated by a real spreadsheet engine
 * (HyperFormula, configured as scripts/functionsTemplate/hyperformula.ts does), equals what the
 * function itself returns on the same cells — numbers to 1e-9 relative, booleans and text
 * exactly, errors as errors — over generated inputs with blanks and values exactly at the
 * thresholds and limits; and the rewriter finds, translates and refuses calls in formula text.
 */
import "./customFunctionsStandIn";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { DEFAULT_PROFILE, INDICATOR_IDS, INDICATORS, SCHOOL_TYPE_NAMES } from "../../src/core";
import { callFunction } from "../../src/functions/call";
import { FUNCTION_DECLARATIONS } from "../../src/functions/declarations";
import {
  argumentCounts,
  FORMULA_LIMIT,
  NATIVE_FORMS,
  NATIVE_FUNCTIONS,
  nativeFormula,
  toNativeFormula,
} from "../../src/functions/native";
import { nativeReadmeSection } from "../../scripts/nativeFormulasReadme";

const P = DEFAULT_PROFILE;
const RUNS = { numRuns: 50 };
type Cell = number | string | boolean | null;

/** Every native formula the tests evaluated, for the allow-list check. */
const generated = new Set<string>();

/** The cells of sheet S (A1 notation → value) and the formula to put in Z1. */
function evaluate(cells: Record<string, Cell>, formula: string): unknown {
  const grid: Cell[][] = [];
  for (const [ref, v] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  }
  while (grid.length < 1) grid.push([]);
  grid[0][25] = `=${formula}`;
  const hf = HyperFormula.buildFromSheets(
    { S: grid.map((row) => Array.from(row, (v) => v ?? null)) },
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true }
  );
  const v = hf.getCellValue({ sheet: hf.getSheetId("S")!, row: 0, col: 25 });
  hf.destroy();
  return v;
}

function edu(id: string, raw: unknown[]): unknown {
  try {
    return callFunction(id, raw);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e;
    throw e;
  }
}

/** The native form of EDU.<id>(args) on the cells equals EDU.<id>(raw). */
function expectSame(id: string, args: string[], raw: unknown[], cells: Record<string, Cell>) {
  const native = nativeFormula(id, args);
  if ("refused" in native) throw new Error(`${id}(${args.join(",")}) refused: ${native.refused}`);
  generated.add(native.formula);
  const got = evaluate(cells, native.formula);
  const want = edu(id, raw);
  const where = `${id}(${args.join(",")}) = ${native.formula} on ${JSON.stringify(cells)}`;
  if (want instanceof CustomFunctions.Error) {
    if (!(got instanceof DetailedCellError))
      throw new Error(`${where}: EDU gives an error, native ${JSON.stringify(got)}`);
  } else if (typeof want === "number") {
    if (typeof got !== "number" || Math.abs(got - want) > 1e-9 * Math.max(Math.abs(want), 1e-300))
      throw new Error(`${where}: EDU ${want}, native ${JSON.stringify(got)}`);
  } else if (got !== want) {
    throw new Error(`${where}: EDU ${JSON.stringify(want)}, native ${JSON.stringify(got)}`);
  }
}

/** A column of cells from row 1: the A1 cells, the reference, and the range as Excel passes it. */
function column(letter: string, values: Cell[]) {
  const cells: Record<string, Cell> = {};
  values.forEach((v, i) => (cells[`${letter}${i + 1}`] = v));
  return { cells, ref: `${letter}1:${letter}${values.length}`, raw: values.map((v) => [v]) };
}

/** A literal argument, or the same value put in a cell and referred to. */
const literalOrCell = (value: string | number, cell: string, asCell: boolean) =>
  asCell
    ? { arg: cell, cells: { [cell]: value } as Record<string, Cell>, raw: value }
    : {
        arg: typeof value === "number" ? String(value) : `"${value}"`,
        cells: {} as Record<string, Cell>,
        raw: value,
      };

const blankOr = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: arb });
const positive = fc.double({ min: 0.01, max: 1e5, noNaN: true });
const students = fc.integer({ min: 1, max: 3000 });
const stageWord = fc.constantFrom("小学", "初中", "primary", "junior", "初中部");
const stageOf = (w: string) => (["小学", "primary"].includes(w) ? "primary" : "junior");
const typeWord = fc.constantFrom(
  ...(Object.keys(SCHOOL_TYPE_NAMES) as (keyof typeof SCHOOL_TYPE_NAMES)[]).flatMap((t) => [
    SCHOOL_TYPE_NAMES[t],
    t,
  ])
);
const indicatorWord = fc.constantFrom<string | number>(
  ...INDICATOR_IDS.flatMap((id, i) => [id, INDICATORS[id].name, INDICATORS[id].shortName, i + 1])
);
/** A value near a threshold t: exactly at it, just under, at the school rule's floor, or anywhere. */
const nearThreshold = (t: number) =>
  fc.oneof(
    fc.constant(t),
    fc.constant(t * (1 - 1e-12)),
    fc.constant(t * 0.99),
    fc.constant(t * P.schoolRule!.floor),
    fc.constant(t * P.schoolRule!.floor * 0.99),
    fc.double({ min: 0, max: 3 * t, noNaN: true })
  );

describe("the native form equals EDU on generated inputs", () => {
  it.each(["VARIATION_COEF", "WEIGHTED_MEAN"])(
    "%s: 1–40 schools, blanks skipped pairwise",
    (id) => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(blankOr(positive), blankOr(students)), { minLength: 1, maxLength: 40 }),
          (rows) => {
            const x = column(
              "A",
              rows.map((r) => r[0])
            );
            const p = column(
              "B",
              rows.map((r) => r[1])
            );
            expectSame(id, [x.ref, p.ref], [x.raw, p.raw], { ...x.cells, ...p.cells });
          }
        ),
        RUNS
      );
    }
  );

  it("VARIATION_COEF: equal values give 0, one school gives 0", () => {
    const x = column("A", [3.5, 3.5, null, 3.5]);
    const p = column("B", [10, 20, 30, 40]);
    expectSame("VARIATION_COEF", [x.ref, p.ref], [x.raw, p.raw], { ...x.cells, ...p.cells });
  });

  const classSizes = fc.array(
    blankOr(
      fc.oneof(
        fc.integer({ min: 15, max: 75 }),
        fc.constantFrom(44, 45, 46, 50, 51, 55, 56, 65, 66)
      )
    ),
    { minLength: 1, maxLength: 40 }
  );

  it("CLASSSIZE_OK: the limit itself passes, one more fails; stage literal or from a cell", () => {
    fc.assert(
      fc.property(classSizes, stageWord, fc.boolean(), (sizes, stage, asCell) => {
        const r = column("A", sizes);
        const s = literalOrCell(stage, "D1", asCell);
        expectSame("CLASSSIZE_OK", [r.ref, s.arg], [r.raw, s.raw], { ...r.cells, ...s.cells });
      }),
      RUNS
    );
  });

  it("LARGE_CLASS_SHARE: default 56, a given minimum, literal or from a (blank) cell", () => {
    const minimum = fc.oneof(
      fc.constant({
        arg: undefined as string | undefined,
        cells: {},
        raw: undefined as Cell | undefined,
      }),
      fc.constantFrom(56, 66, 50).map((m) => ({ arg: String(m), cells: {}, raw: m as Cell })),
      fc.constantFrom<Cell>(56, 66, null).map((m) => ({ arg: "D1", cells: { D1: m }, raw: m }))
    );
    fc.assert(
      fc.property(classSizes, minimum, (sizes, min) => {
        const r = column("A", sizes);
        const args = min.arg === undefined ? [r.ref] : [r.ref, min.arg];
        expectSame("LARGE_CLASS_SHARE", args, [r.raw, min.raw], { ...r.cells, ...min.cells });
      }),
      RUNS
    );
  });

  it("CLASS_BAND: each band's edges", () => {
    const b = P.classSize.bands;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(
            0,
            b.large - 1,
            b.large,
            b.veryLarge - 1,
            b.veryLarge,
            b.superLarge - 1,
            b.superLarge
          ),
          fc.integer({ min: 0, max: 120 })
        ),
        (size) => expectSame("CLASS_BAND", ["A1"], [size], { A1: size })
      ),
      RUNS
    );
  });

  it("SCHOOLSIZE_OK: at the limits, every type name, literal or from a cell", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(2000, 2001, 2500, 2501), fc.integer({ min: 0, max: 3000 })),
        typeWord,
        fc.boolean(),
        (n, type, asCell) => {
          const t = literalOrCell(type, "B1", asCell);
          expectSame("SCHOOLSIZE_OK", ["A1", t.arg], [n, t.raw], { A1: n, ...t.cells });
        }
      ),
      RUNS
    );
  });

  it.each(["PER100", "PER_STUDENT"])("%s: a count over positive students", (id) => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), students, (n, s) =>
        expectSame(id, ["A1", "B1"], [n, s], { A1: n, B1: s })
      ),
      RUNS
    );
  });

  it("THRESHOLD: every indicator word and stage, literal or from cells", () => {
    fc.assert(
      fc.property(indicatorWord, stageWord, fc.boolean(), fc.boolean(), (ind, stage, c1, c2) => {
        const i = literalOrCell(ind, "A1", c1);
        const s = literalOrCell(stage, "B1", c2);
        expectSame("THRESHOLD", [i.arg, s.arg], [i.raw, s.raw], { ...i.cells, ...s.cells });
      }),
      RUNS
    );
  });

  it("INDICATOR_MET: exactly at the threshold meets it, just under does not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        stageWord,
        fc.boolean(),
        fc.constantFrom(1, 1 - 1e-12, 1 - 1e-8, 0.99, 1.5),
        (k, stage, asCell, f) => {
          const v = P.thresholds[INDICATOR_IDS[k]][stageOf(stage)] * f;
          const i = literalOrCell(k + 1, "B1", asCell);
          const s = literalOrCell(stage, "C1", asCell);
          expectSame("INDICATOR_MET", ["A1", i.arg, s.arg], [v, i.raw, s.raw], {
            A1: v,
            ...i.cells,
            ...s.cells,
          });
        }
      ),
      RUNS
    );
  });

  it.each(["MET_COUNT", "SCHOOL_MEETS"])(
    "%s: 7 values at, under and at the floor of their thresholds, a row or a column",
    (id) => {
      const values = (stage: "primary" | "junior") =>
        fc.tuple(...INDICATOR_IDS.map((ind) => nearThreshold(P.thresholds[ind][stage])));
      fc.assert(
        fc.property(
          stageWord.chain((w) =>
            fc.tuple(fc.constant(w), values(stageOf(w)), fc.boolean(), fc.boolean())
          ),
          ([stage, xs, asRow, stageInCell]) => {
            const cells: Record<string, Cell> = {};
            const raw = asRow ? [xs] : xs.map((x) => [x]);
            xs.forEach(
              (x, i) => (cells[asRow ? `${String.fromCharCode(65 + i)}1` : `A${i + 1}`] = x)
            );
            const ref = asRow ? "A1:G1" : "A1:A7";
            const s = literalOrCell(stage, "J1", stageInCell);
            expectSame(id, [ref, s.arg], [raw, s.raw], { ...cells, ...s.cells });
          }
        ),
        RUNS
      );
    }
  );

  it("STAGE_SHARE: every type and stage, literal or from cells, with zero counts", () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 }));
    fc.assert(
      fc.property(
        count,
        count,
        count,
        typeWord,
        stageWord,
        fc.boolean(),
        (a, b, c, type, stage, asCell) => {
          const t = literalOrCell(type, "D1", asCell);
          const s = literalOrCell(stage, "E1", asCell);
          expectSame("STAGE_SHARE", ["A1", "B1", "C1", t.arg, s.arg], [a, b, c, t.raw, s.raw], {
            A1: a,
            B1: b,
            C1: c,
            ...t.cells,
            ...s.cells,
          });
        }
      ),
      RUNS
    );
  });

  it("SPECIAL_ROOMS_OK: multiples of 12 classes and one more", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0, 12, 13, 24, 25, 36), fc.integer({ min: 0, max: 80 })),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        (c, m, a) =>
          expectSame("SPECIAL_ROOMS_OK", ["A1", "B1", "C1"], [c, m, a], { A1: c, B1: m, C1: a })
      ),
      RUNS
    );
  });

  it("CONSOLIDATION_RATE: including a cohort of 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 3 }),
        (g, i, o, e, d) =>
          expectSame("CONSOLIDATION_RATE", ["A1", "B1", "C1", "D1", "E1"], [g, i, o, e, d], {
            A1: g,
            B1: i,
            C1: o,
            D1: e,
            E1: d,
          })
      ),
      RUNS
    );
  });

  it("CV_OK: exactly at the limit passes", () => {
    fc.assert(
      fc.property(
        stageWord,
        fc.boolean(),
        fc.constantFrom(1, 1 + 1e-12, 1 + 1e-8, 0.5, 1.2),
        (stage, asCell, f) => {
          const cv = P.countyRule.limits[stageOf(stage)] * f;
          const s = literalOrCell(stage, "B1", asCell);
          expectSame("CV_OK", ["A1", s.arg], [cv, s.raw], { A1: cv, ...s.cells });
        }
      ),
      RUNS
    );
  });

  it("COMPOSITE_CV: blanks skipped", () => {
    fc.assert(
      fc.property(
        fc.array(
          blankOr(fc.double({ min: 0, max: 2, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x))),
          {
            minLength: 1,
            maxLength: 12,
          }
        ),
        (cvs) => {
          const r = column("A", cvs);
          expectSame("COMPOSITE_CV", [r.ref], [r.raw], r.cells);
        }
      ),
      RUNS
    );
  });

  it("errors where EDU gives errors: no numbers, text in a single range, zero students", () => {
    const empty = column("A", [null, null]);
    const pairs = column("B", [null, null]);
    expectSame("WEIGHTED_MEAN", [empty.ref, pairs.ref], [empty.raw, pairs.raw], {});
    const text = column("A", [40, "abc"]);
    expectSame("CLASSSIZE_OK", [text.ref, '"小学"'], [text.raw, "小学"], text.cells);
    expectSame("PER100", ["A1", "B1"], [3, 0], { A1: 3, B1: 0 });
    expectSame("THRESHOLD", ["A1", '"小学"'], ["不是指标", "小学"], { A1: "不是指标" });
  });
});

describe("the table", () => {
  it("has a native form for every declared function, taking the declared arguments", () => {
    expect(Object.keys(NATIVE_FORMS).sort()).toEqual(FUNCTION_DECLARATIONS.map((d) => d.id).sort());
    for (const d of FUNCTION_DECLARATIONS) {
      const { min, max } = argumentCounts(d);
      const refused = nativeFormula(d.id, Array(max + 1).fill("A1"));
      expect("refused" in refused && refused.refused).toContain(`EDU.${d.id}`);
      expect(nativeFormula(d.id, Array(Math.max(min - 1, 0)).fill("A1"))).toHaveProperty("refused");
    }
  });

  it("uses only functions Excel 2010, WPS and LibreOffice share (every formula the tests evaluated)", () => {
    expect(generated.size).toBeGreaterThan(50);
    const allowed = new Set<string>(NATIVE_FUNCTIONS);
    const used = new Set<string>();
    for (const f of generated) {
      const outsideStrings = f.replace(/"([^"]|"")*"/g, '""');
      for (const m of outsideStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
        used.add(m[1].toUpperCase());
    }
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
    expect(used.has("SUMPRODUCT")).toBe(true);
  });

  it("refuses a stage, type or indicator literal it cannot read, and ranges that are not references", () => {
    expect(nativeFormula("CV_OK", ["A1", '"高中"'])).toEqual({
      refused: expect.stringContaining("高中"),
    });
    expect(nativeFormula("VARIATION_COEF", ["数据", "B1:B9"])).toEqual({
      refused: expect.stringContaining("数据"),
    });
    expect(nativeFormula("VARIATION_COEF", ["A1:A9", "B1:J1"])).toEqual({
      refused: expect.stringContaining("行列不同"),
    });
    expect(nativeFormula("MET_COUNT", ["A1:F1", '"小学"'])).toHaveProperty("refused");
  });
});

describe("toNativeFormula", () => {
  const cv = (x: string, p: string) => {
    const r = nativeFormula("VARIATION_COEF", [x, p]);
    return "formula" in r ? r.formula : "";
  };

  it("rewrites nested calls innermost first, in both spellings a file may hold", () => {
    const typed = toNativeFormula(
      '=EDU.INDICATOR_MET(EDU.PER100(21,500),"qualifiedTeachersPer100","小学")'
    );
    expect(typed).toEqual({ formula: "=(21/500*100)+0>=4.2*0.999999999" });
    const saved = toNativeFormula(
      '_xldudf_EDU_INDICATOR_MET(_xldudf_EDU_PER100(21,500),"qualifiedTeachersPer100","小学")'
    );
    expect(saved).toEqual({ formula: "(21/500*100)+0>=4.2*0.999999999" });
    expect(evaluate({}, (saved as { formula: string }).formula)).toBe(true);
  });

  it("leaves strings that contain EDU. alone, and keeps the rest of the formula", () => {
    const r = toNativeFormula('=IF(A1="EDU.CV_OK(1,2)",EDU.CV_OK(B1,"初中"),"EDU.")&"x"');
    expect(r).toEqual({ formula: '=IF(A1="EDU.CV_OK(1,2)",(B1+0<=0.45*1.000000001),"EDU.")&"x"' });
  });

  it("keeps sheet-qualified ranges, quoted names with spaces and commas included", () => {
    const r = toNativeFormula(
      "=EDU.VARIATION_COEF('小学 指标, 2025'!$E$2:$E$100001,数据!C2:C100001)"
    );
    expect(r).toEqual({ formula: "=" + cv("'小学 指标, 2025'!$E$2:$E$100001", "数据!C2:C100001") });
    expect((r as { formula: string }).formula.length).toBeLessThan(FORMULA_LIMIT);
  });

  it("refuses a wrong argument count, naming the call and where it is", () => {
    const formula = "=1+EDU.CV_OK(A1)";
    const r = toNativeFormula(formula);
    expect(r).toEqual({ refused: expect.stringContaining("EDU.CV_OK"), at: 3 });
    expect((r as { refused: string }).refused).toContain("2");
  });

  it("refuses a result longer than Excel's 8,192 characters", () => {
    const ref = `'${"长".repeat(60)}'!A1:A9`;
    const formula = "=" + Array(12).fill(`EDU.VARIATION_COEF(${ref},${ref})`).join("+");
    const r = toNativeFormula(formula);
    expect(r).toEqual({ refused: expect.stringContaining(String(FORMULA_LIMIT)), at: 0 });
  });

  it("refuses an unbalanced call", () => {
    expect(toNativeFormula("=EDU.PER100(1,2")).toHaveProperty("refused");
    expect(toNativeFormula('=EDU.PER100("1,2)')).toHaveProperty("refused");
  });

  it("leaves a formula without EDU calls as it is", () => {
    expect(toNativeFormula("=SUM(EDUCATION!A1:A3)+MYEDU.X(1)")).toEqual({
      formula: "=SUM(EDUCATION!A1:A3)+MYEDU.X(1)",
    });
  });
});

describe("README", () => {
  it("holds the generated section (npm run functions:native-readme)", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    expect(readme.includes(nativeReadmeSection())).toBe(true);
  });
});
