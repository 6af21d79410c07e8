/**
 * The ONE place where the custom functions create Excel errors.
 *
 * Every failure becomes `#VALUE!` (CustomFunctions.ErrorCode.invalidValue) with a Chinese
 * message that names the argument and the reason: Excel shows it in the cell's error
 * indicator. invalidValue is used because it is one of the two codes that carry a custom
 * message (the other, notAvailable, means "no data yet", which is not what these are).
 */
import { isEduError } from "../core";
import { fill, ZH } from "../i18n";

export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function isCustomFunctionsError(e: unknown): e is CustomFunctions.Error {
  return typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error;
}

/**
 * Runs one function body so that whatever goes wrong reaches Excel as a CustomFunctions.Error:
 * errors of the adapter pass through, the core's EduError keeps its Chinese message, and
 * anything else (a bug) still shows a Chinese message instead of an English stack trace.
 */
export function asExcelErrors<T>(functionName: string, body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (e) {
    if (isCustomFunctionsError(e)) throw e;
    if (isEduError(e)) throw invalidValue(e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw invalidValue(fill(ZH.functions.errors.failed, { name: functionName, detail }));
  }
  // Excel has no NaN or Infinity: a ratio of extreme inputs (e.g. 1 ÷ 5e-324) is reported, never returned.
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw invalidValue(fill(ZH.functions.errors.notFinite, { name: functionName }));
  }
  return result;
}

/** A result that is undefined for a known reason (e.g. a CV of a zero mean), with that reason. */
export function finiteResult(value: number | null, what: string, why: string): number {
  if (value === null || !Number.isFinite(value))
    throw invalidValue(fill(ZH.functions.errors.cannotCompute, { what, why }));
  return value;
}
