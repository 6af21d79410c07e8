/**
 * 4. The formula template at county-plus scale: 5,000 schools, per-school
 * =EDU.* formulas (STAGE_SHARE, PER100, PER_STUDENT, MET_COUNT, SCHOOL_MEETS)
 * and the county's WEIGHTED_MEAN, VARIATION_COEF and CV_OK, calculated from
 * scratch by HyperFormula with the EDU functions registered as a plugin
 * (scripts/functionsTemplate/hyperformula.ts) — against the same sheets with the
 * native formulas counties write (SUMPRODUCT CVs). Goal: ≤ 1×.
 */
import "../../test/functions/customFunctionsStandIn";
import { HyperFormula } from "hyperformula";
import type { TemplateSheet } from "../../scripts/functionsTemplate/build";
import { registerEduFunctions } from "../../scripts/functionsTemplate/hyperformula";
import type { Assessment } from "../../src/core/types";
import { formulaSheets, type FormulaSheets } from "../formulas";
import { formatMs, timeAlternating, type ResultRow } from "../measure";
import type { SyntheticCounty } from "../synthetic";

const SECTION = "4 公式模板";

type Raw = Record<string, (string | number | boolean | null)[][]>;

function rawSheets(sheets: readonly TemplateSheet[]): Raw {
  const raw: Raw = {};
  for (const s of sheets)
    raw[s.name] = s.rows.map((row) =>
      row.map((c) => (c.formula !== undefined ? `=${c.formula}` : (c.value ?? null)))
    );
  return raw;
}

/** The configuration of scripts/functionsTemplate/hyperformula.ts: unrounded numbers, Excel's array arithmetic in SUMPRODUCT. */
function build(raw: Raw): HyperFormula {
  return HyperFormula.buildFromSheets(raw, {
    licenseKey: "gpl-v3",
    smartRounding: false,
    useArrayArithmetic: true,
  });
}

/** Largest relative difference between the engine's CVs and the core's. */
function cvError(hf: HyperFormula, f: FormulaSheets, a: Assessment): number {
  let worst = 0;
  for (const c of f.cvCells) {
    const v = hf.getCellValue({ sheet: hf.getSheetId(c.sheet)!, row: c.row, col: c.col });
    const expected = a.stages[c.stage].indicators[c.indicator]?.cv;
    if (expected === null || expected === undefined)
      throw new Error(`the core has no CV for ${c.indicator}`);
    if (typeof v !== "number")
      throw new Error(`${c.sheet} row ${c.row + 1}: ${JSON.stringify(v)} instead of a CV`);
    worst = Math.max(worst, Math.abs(v - expected) / Math.abs(expected));
  }
  return worst;
}

/** Every formula cell of the EDU engine against the native one: numbers to 1e-9 (relative), the rest exactly. */
function compareFormulaCells(
  a: HyperFormula,
  b: HyperFormula,
  sheets: readonly TemplateSheet[]
): { cells: number; differing: number; example?: string } {
  let cells = 0;
  let differing = 0;
  let example: string | undefined;
  for (const sheet of sheets) {
    const ia = a.getSheetId(sheet.name)!;
    const ib = b.getSheetId(sheet.name)!;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined) return;
        cells++;
        const x = a.getCellValue({ sheet: ia, row: r, col: c });
        const y = b.getCellValue({ sheet: ib, row: r, col: c });
        const same =
          typeof x === "number" && typeof y === "number"
            ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))
            : x === y;
        if (!same) {
          differing++;
          example ??= `${sheet.name} row ${r + 1} column ${c + 1}: ${JSON.stringify(x)} / ${JSON.stringify(y)}`;
        }
      })
    );
  }
  return { cells, differing, example };
}

export interface HyperFormulaOptions {
  quick: boolean;
  county: SyntheticCounty;
  assessment: Assessment;
  log: (text: string) => void;
}

export async function benchHyperFormula(options: HyperFormulaOptions): Promise<ResultRow[]> {
  registerEduFunctions();
  const { edu, native } = formulaSheets(options.county, options.assessment);
  const eduRaw = rawSheets(edu.sheets);
  const nativeRaw = rawSheets(native.sheets);
  // Untimed: warm both engines up, and check that both calculate the core's CVs and agree cell for cell.
  const engines = [build(eduRaw), build(nativeRaw)];
  const errors = [
    cvError(engines[0], edu, options.assessment),
    cvError(engines[1], native, options.assessment),
  ];
  if (Math.max(...errors) > 1e-9)
    throw new Error(`HyperFormula CVs differ from the core's: ${errors.join(", ")}`);
  const compared = compareFormulaCells(engines[0], engines[1], edu.sheets);
  engines.forEach((e) => e.destroy());
  if (compared.differing > 0)
    throw new Error(
      `the EDU and native sheets differ in ${compared.differing} of ${compared.cells} cells, e.g. ${compared.example}`
    );

  const reps = options.quick ? 1 : 5;
  const [eduTime, nativeTime] = await timeAlternating(
    () => build(eduRaw).destroy(),
    () => build(nativeRaw).destroy(),
    reps
  );
  const ratio = eduTime.ms / nativeTime.ms;
  options.log(`  =EDU.* ${formatMs(eduTime.ms)}，原生公式 ${formatMs(nativeTime.ms)}`);
  return [
    {
      section: SECTION,
      measure: `HyperFormula 计算 ${options.county.schools.length / 1000}k 所学校的 =EDU.* 模板（每校指标 + 全县均值、差异系数）`,
      baseline: "同一工作表写成原生公式（比值、SUMPRODUCT 差异系数）",
      ratio,
      goal: "≤ 1×",
      met: ratio <= 1,
      detail: `${formatMs(eduTime.ms)} 对 ${formatMs(nativeTime.ms)}；各 ${edu.formulaCount} 个公式，两版逐格结果相同，差异系数与核心一致（相对误差 ≤ ${Math.max(...errors, 1e-16).toExponential(0)}）；交替运行，中位数，各 ${reps} 次`,
    },
  ];
}
