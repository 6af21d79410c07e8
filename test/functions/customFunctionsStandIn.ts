/**
 * Node has no CustomFunctions global (office.js provides it inside Excel). This stand-in
 * mirrors the part of the custom-functions-runtime API the functions use: the ErrorCode
 * values Excel shows and an Error class carrying `code` and `message`. Importing this file
 * installs it once.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError {
  code: ErrorCode;
  message?: string;
  constructor(errorCode?: ErrorCode, errorMessage?: string) {
    this.code = errorCode ?? ErrorCode.invalidValue;
    this.message = errorMessage;
  }
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (!g.CustomFunctions) {
  g.CustomFunctions = {
    ErrorCode,
    Error: CustomFunctionsError,
    associate: () => undefined,
  };
}

export const StandInErrorCode = ErrorCode;
