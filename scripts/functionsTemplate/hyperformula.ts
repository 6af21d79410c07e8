/**
 * The EDU.* custom functions inside HyperFormula, so a workbook of =EDU.* formulas can be
 * calculated outside Excel: by the tests (formula template = core), and by generate.ts
 * (the cached results written into examples/functions-template.xlsx).
 *
 * HyperFormula's function names may contain dots after the first letter (its lexer takes
 * [A-Za-z…][A-Za-z…0-9_.]* before "("), so the functions are registered under their Excel
 * names, "EDU.VARIATION_COEF" and so on, and formulas need no rewriting.
 *
 * Arguments reach the EDU functions as Excel hands them to a custom function: a range as
 * rows of raw values with blanks as null, a scalar as its raw value. As in Excel, an error
 * value in an argument is passed on without calling the function. A CustomFunctions.Error
 * thrown by the function becomes #VALUE! with the same message.
 * Needs the CustomFunctions stand-in (test/functions/customFunctionsStandIn.ts) outside Excel.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as EDU from "../../src/functions/functions";
import zhCN from "../../src/functions/functions.zh-CN.json";
import type { TemplateSheet } from "./build";

type EduFunction = (...args: any[]) => unknown;

/** Metadata id → the exported function (the metadata test checks this against the plugin's own associations). */
export const EDU_FUNCTIONS: Readonly<Record<string, EduFunction>> = {
  VARIATION_COEF: EDU.variationCoef,
  WEIGHTED_MEAN: EDU.weightedMeanOf,
  CLASSSIZE_OK: EDU.classSizeOk,
  LARGE_CLASS_SHARE: EDU.largeClassShare,
  CLASS_BAND: EDU.classBandOf,
  SCHOOLSIZE_OK: EDU.schoolSizeOk,
  PER100: EDU.per100Of,
  PER_STUDENT: EDU.perStudentOf,
  THRESHOLD: EDU.threshold,
  INDICATOR_MET: EDU.indicatorMet,
  MET_COUNT: EDU.metCount,
  SCHOOL_MEETS: EDU.schoolMeets,
  STAGE_SHARE: EDU.stageShare,
  SPECIAL_ROOMS_OK: EDU.specialRoomsOk,
  CONSOLIDATION_RATE: EDU.consolidationRateOf,
  CV_OK: EDU.cvOk,
  COMPOSITE_CV: EDU.compositeCv,
};

interface ParameterMetadata {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}
const METADATA = (
  zhCN as unknown as { functions: Array<{ id: string; parameters: ParameterMetadata[] }> }
).functions;

/** A HyperFormula value as Excel passes it to a custom function, or the error to pass on. */
function excelValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return v;
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number")
    return (v as { val: number }).val; // rich numbers (dates, percents, currency)
  return v;
}

function excelArgument(v: unknown): { value: unknown; error?: CellError } {
  if (v instanceof SimpleRangeValue) {
    const rows = v.rawData().map((row) => row.map(excelValue));
    const error = rows.flat().find((x): x is CellError => x instanceof CellError);
    return { value: rows, error };
  }
  const value = excelValue(v);
  return value instanceof CellError ? { value, error: value } : { value };
}

function call(id: string, args: unknown[]): unknown {
  const converted = args.map(excelArgument);
  const error = converted.find((a) => a.error)?.error;
  if (error) return error;
  try {
    return EDU_FUNCTIONS[id](...converted.map((a) => a.value));
  } catch (e) {
    if (typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error) {
      return new CellError(ErrorType.VALUE, e.message);
    }
    throw e;
  }
}

class EduFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, string> = {};
for (const f of METADATA) {
  const name = `EDU.${f.id}`;
  const method = `edu_${f.id}`;
  EduFunctionsPlugin.implementedFunctions[name] = {
    method,
    parameters: f.parameters.map((p) => ({
      argumentType:
        p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
    // A custom function with a scalar parameter is called once, not once per cell of a range.
    vectorizationForbidden: true,
  };
  (EduFunctionsPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
    this: any,
    ast: any,
    state: any
  ) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      call(f.id, args)
    );
  };
  translations[name] = name;
}

let registered = false;

/** Registers the EDU.* functions with HyperFormula (once per process). */
export function registerEduFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(EduFunctionsPlugin, { enGB: translations });
  registered = true;
}

/** The cell contents HyperFormula takes: formulas with their "=". */
function rawSheet(sheet: TemplateSheet): (string | number | boolean | null)[][] {
  return sheet.rows.map((row) =>
    row.map((cell) => (cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null)))
  );
}

/** Builds a HyperFormula engine over the template's sheets. */
export function evaluateSheets(sheets: readonly TemplateSheet[]): HyperFormula {
  registerEduFunctions();
  const content: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of sheets) content[sheet.name] = rawSheet(sheet);
  // smartRounding off: the tests compare unrounded numbers, as the add-in does. Array arithmetic
  // on: Excel evaluates SUMPRODUCT's arguments as arrays, e.g. (X-mean)^2 over a range.
  return HyperFormula.buildFromSheets(content, {
    licenseKey: "gpl-v3",
    smartRounding: false,
    useArrayArithmetic: true,
  });
}
