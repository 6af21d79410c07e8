/**
 * The formula template evaluated: examples/functions-template.xlsx's sheets of =EDU.*
 * formulas over the sample county, calculated by HyperFormula with the EDU functions
 * registered, must give what src/core gives when called directly — and the hand-written
 * SUMPRODUCT form of the weighted CV must agree with EDU.VARIATION_COEF in the same engine.
 */
import "./customFunctionsStandIn";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { assess } from "../../src/core/assess";
import { NATIONAL_2017 } from "../../src/core/profiles";
import {
  applySchoolRule,
  atMost,
  CLASS_BAND_NAMES,
  classBand,
  facilityShare,
  weightedMean,
  weightedVariationCoefficient,
} from "../../src/core/rules";
import { stageIndicatorValues } from "../../src/core/schoolValues";
import type { Check } from "../../scripts/functionsTemplate/build";
import { buildFunctionsTemplate } from "../../scripts/functionsTemplate/build";
import { evaluateSheets } from "../../scripts/functionsTemplate/hyperformula";
import { toFileFormula } from "../../scripts/functionsTemplate/generate";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { INDICATOR_IDS, type Stage } from "../../src/core/types";

const profile = NATIONAL_2017;
const county = sampleCounty();
const assessment = assess(county.schools, county.classes, profile);
const template = buildFunctionsTemplate(county, assessment);
const hf = evaluateSheets(template.sheets);
const schoolByName = new Map(county.schools.map((s) => [s.name, s]));

function cellValue(sheet: string, row: number, col: number): unknown {
  const sheetId = hf.getSheetId(sheet);
  if (sheetId === undefined) throw new Error(`no sheet ${sheet}`);
  return hf.getCellValue({ sheet: sheetId, row, col });
}

/** The counted schools of a stage, in sheet order, with their values computed by the core. */
function stageValues(stage: Stage) {
  return assessment.stages[stage].schools.map((a) =>
    stageIndicatorValues(schoolByName.get(a.name)!, stage, profile)
  );
}

/** What src/core says the cell should be. */
function expected(check: Check): number | boolean | string {
  switch (check.kind) {
    case "stageShare": {
      const s = schoolByName.get(check.school)!;
      return facilityShare(
        { primary: s.primaryStudents, junior: s.juniorStudents, senior: s.seniorStudents },
        s.type,
        check.stage,
        profile.stageWeights
      );
    }
    case "indicator":
      return stageIndicatorValues(schoolByName.get(check.school)!, check.stage, profile).values[
        check.indicator
      ]!;
    case "metCount":
    case "schoolMeets": {
      const values = stageIndicatorValues(
        schoolByName.get(check.school)!,
        check.stage,
        profile
      ).values;
      const rule = applySchoolRule(
        INDICATOR_IDS.map((id) => values[id]!),
        INDICATOR_IDS.map((id) => profile.thresholds[id][check.stage]),
        profile.schoolRule
      );
      return check.kind === "metCount" ? rule.metCount : rule.passes;
    }
    case "threshold":
      return profile.thresholds[check.indicator]![check.stage];
    case "countyValue":
    case "cv":
    case "cvBySumproduct":
    case "cvOk": {
      const rows = stageValues(check.stage);
      const xs = rows.map((r) => r.values[check.indicator]!);
      const ps = rows.map((r) => r.students);
      if (check.kind === "countyValue") return weightedMean(xs, ps);
      const cv = weightedVariationCoefficient(xs, ps)!;
      return check.kind === "cvOk" ? atMost(cv, profile.countyRule.limits[check.stage]) : cv;
    }
    case "schoolsPassing":
      return assessment.stages[check.stage].schoolsPassing!;
    case "classBand":
      return CLASS_BAND_NAMES[
        classBand(template.classes[check.index].students, profile.classSize.bands)
      ];
    case "classSizeOk":
      return assessment.classSize![check.stage].passes;
    case "largeClassShare":
      return assessment.classSize![check.stage].largeClassShare!;
    case "superLargeClassShare":
      return assessment.classSize![check.stage].superLargeClassShare!;
    case "schoolSizeOk":
      return assessment.schoolSize.find((f) => f.name === check.school)!.passes;
    case "specialRoomsOk":
      return assessment.specialRooms!.find((f) => f.name === check.school)!.passes;
  }
}

describe("the formula template over the sample county, evaluated by HyperFormula", () => {
  it("has no error in any formula cell", () => {
    const errors: string[] = [];
    for (const sheet of template.sheets) {
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.formula === undefined) return;
          const v = cellValue(sheet.name, r, c);
          if (v instanceof DetailedCellError)
            errors.push(
              `${sheet.name}!${r + 1}:${c + 1} ${cell.formula} → ${v.value} ${v.message}`
            );
        })
      );
    }
    expect(errors).toEqual([]);
  });

  it("gives what the core gives, cell by cell", () => {
    const mismatches: string[] = [];
    for (const { sheet, row, col, check } of template.checks) {
      const actual = cellValue(sheet, row, col);
      const want = expected(check);
      const same =
        typeof want === "number"
          ? typeof actual === "number" &&
            Math.abs(actual - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : actual === want;
      if (!same)
        mismatches.push(
          `${sheet} R${row + 1}C${col + 1} ${JSON.stringify(check)}: ${String(actual)} ≠ ${String(want)}`
        );
    }
    expect(mismatches).toEqual([]);
  });

  it("checks every kind of cell, on a county where the verdicts differ", () => {
    const kinds = new Set(template.checks.map((c) => c.check.kind));
    expect([...kinds].sort()).toEqual([
      "classBand",
      "classSizeOk",
      "countyValue",
      "cv",
      "cvBySumproduct",
      "cvOk",
      "indicator",
      "largeClassShare",
      "metCount",
      "schoolMeets",
      "schoolSizeOk",
      "schoolsPassing",
      "specialRoomsOk",
      "stageShare",
      "superLargeClassShare",
      "threshold",
    ]);
    const valuesOf = (kind: Check["kind"]) =>
      template.checks
        .filter((c) => c.check.kind === kind)
        .map((c) => cellValue(c.sheet, c.row, c.col));
    // Not a county where everything passes: both verdicts occur where it matters.
    for (const kind of ["schoolMeets", "schoolSizeOk", "specialRoomsOk"] as const) {
      expect(new Set(valuesOf(kind))).toEqual(new Set([true, false]));
    }
    // Both stages have classes above their limit in the sample county (大班额 on purpose).
    expect(valuesOf("classSizeOk")).toEqual([false, false]);
    expect(new Set(valuesOf("classBand"))).toEqual(new Set(["标准", "偏大", "大班额", "超大班额"]));
    expect(valuesOf("stageShare").some((v) => typeof v === "number" && v > 0 && v < 1)).toBe(true);
    expect(template.checks.filter((c) => c.check.kind === "indicator").length).toBe(
      7 * (assessment.stages.primary.schools.length + assessment.stages.junior.schools.length)
    );
  });

  it("EDU.VARIATION_COEF equals the hand-written SUMPRODUCT formula in the same engine", () => {
    const cv = template.checks.filter((c) => c.check.kind === "cv");
    const bySumproduct = template.checks.filter((c) => c.check.kind === "cvBySumproduct");
    expect(cv).toHaveLength(14);
    cv.forEach((c, i) => {
      const a = cellValue(c.sheet, c.row, c.col) as number;
      const b = cellValue(
        bySumproduct[i].sheet,
        bySumproduct[i].row,
        bySumproduct[i].col
      ) as number;
      expect(typeof a).toBe("number");
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, a));
    });
  });
});

describe("examples/functions-template.xlsx", () => {
  it("is the template as built now, with each formula stored under its add-in name and its calculated result", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.resolve(__dirname, "../../examples/functions-template.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(template.sheets.map((s) => s.name));
    const problems: string[] = [];
    let formulas = 0;
    for (const sheet of template.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const stored = ws.getCell(r + 1, c + 1).value as ExcelJS.CellValue;
          const at = `${sheet.name}!R${r + 1}C${c + 1}`;
          if (cell.formula === undefined) {
            if (cell.value !== undefined && cell.value !== null && stored !== cell.value)
              problems.push(`${at}: ${String(stored)} ≠ ${String(cell.value)}`);
            return;
          }
          formulas++;
          const f = stored as ExcelJS.CellFormulaValue;
          if (f?.formula !== toFileFormula(cell.formula))
            problems.push(`${at}: formula ${f?.formula}`);
          const want = cellValue(sheet.name, r, c);
          // exceljs reads a cached FALSE, 0 or "" back as no result (the file holds <v>0</v>); only those may be missing.
          const same =
            f?.result === undefined
              ? want === false || want === 0 || want === ""
              : typeof want === "number"
                ? Math.abs((f.result as number) - want) <= 1e-12 * Math.max(1, Math.abs(want))
                : f.result === want;
          if (!same) problems.push(`${at}: result ${String(f?.result)} ≠ ${String(want)}`);
        })
      );
    }
    expect(problems).toEqual([]);
    expect(formulas).toBeGreaterThan(1000);
  });

  it("stores EDU.NAME( as _xldudf_EDU_NAME(, leaving built-in functions alone", () => {
    expect(toFileFormula("EDU.PER100('学校基础数据'!K2,$C2)")).toBe(
      "_xldudf_EDU_PER100('学校基础数据'!K2,$C2)"
    );
    expect(toFileFormula("SQRT(SUMPRODUCT(C2:C5,E2:E5))/EDU.WEIGHTED_MEAN(E2:E5,C2:C5)")).toBe(
      "SQRT(SUMPRODUCT(C2:C5,E2:E5))/_xldudf_EDU_WEIGHTED_MEAN(E2:E5,C2:C5)"
    );
  });
});

describe("the EDU functions registered in HyperFormula", () => {
  // standards.md §1.3 worked example.
  const students = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];

  function engine(formulas: string[]): HyperFormula {
    return evaluateSheets([
      {
        name: "S",
        widths: [],
        rows: students.map((p, i) => [
          { value: books[i] / p },
          { value: p },
          ...(i < formulas.length ? [{ formula: formulas[i] }] : []),
        ]),
      },
    ]);
  }

  it("answers under the dotted Excel names, and matches SUMPRODUCT on the worked example", () => {
    const mean = "(SUMPRODUCT(B1:B5,A1:A5)/SUM(B1:B5))";
    const h = engine([
      "EDU.VARIATION_COEF(A1:A5,B1:B5)",
      `SQRT(SUMPRODUCT(B1:B5,(A1:A5-${mean})^2)/SUM(B1:B5))/${mean}`,
      "EDU.WEIGHTED_MEAN(A1:A5,B1:B5)",
    ]);
    const at = (row: number) => h.getCellValue({ sheet: 0, row, col: 2 }) as number;
    expect(at(0)).toBeCloseTo(0.51526, 5);
    expect(at(1)).toBeCloseTo(at(0), 12);
    expect(at(2)).toBeCloseTo(1913 / 302, 10);
  });

  it("turns a CustomFunctions.Error into #VALUE! with its Chinese message, and passes errors in arguments on", () => {
    const h = engine(["EDU.VARIATION_COEF(A1:A5,B1:B4)", "EDU.PER100(1,0)", "EDU.PER100(1/0,5)"]);
    const mismatch = h.getCellValue({ sheet: 0, row: 0, col: 2 }) as DetailedCellError;
    expect(mismatch).toBeInstanceOf(DetailedCellError);
    expect(mismatch.value).toBe("#VALUE!");
    expect(mismatch.message).toContain("两个区域大小应相同");
    expect((h.getCellValue({ sheet: 0, row: 1, col: 2 }) as DetailedCellError).message).toContain(
      "学生数为 0"
    );
    expect((h.getCellValue({ sheet: 0, row: 2, col: 2 }) as DetailedCellError).value).toBe(
      "#DIV/0!"
    );
  });
});
