/**
 * The part of the Excel custom-functions runtime (custom-functions-runtime API set) that
 * EduBalance uses. @types/custom-functions-runtime is not among the project's packages, so
 * the two members are declared here from the official reference
 * (learn.microsoft.com/javascript/api/custom-functions-runtime). In Excel the global is
 * provided by office.js; in the tests test/functions/customFunctionsStandIn.ts provides it.
 */
declare namespace CustomFunctions {
  /** Error codes a function may return; only invalidValue and notAvailable carry a custom message. */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Thrown or returned by a custom function to show an Excel error with a message. */
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }

  /** Maps a metadata id to its JavaScript function (the metadata plugin's loader writes these calls). */
  function associate(id: string, functionObject: Function): void;
}
