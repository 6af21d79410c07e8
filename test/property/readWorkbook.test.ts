import { evaluate } from "../../src/core/pipeline";
/**
 * Properties of the table reader (src/core/table, readWorkbook) over random workbooks:
 * arbitrary 2-D cell arrays (ragged rows, NaN, ±Infinity, dates, Excel error texts, number
 * look-alikes), merged areas out of range, odd origins and odd options. It never throws;
 * every issue names its sheet, and a cell's issue its row and column (template.md §3:
 * "a clear Chinese message naming sheet, row and column"); what it reads is finite.
 */
import fc from "fast-check";
import { QUANTITY_LIMITS } from "../../src/core/schoolValues";
import { readWorkbook } from "../../src/core/table";
import type { InputIssue, TableReadResult } from "../../src/core/types";
import { RUNS, must, nonFiniteNumbers, readOptions, workbook } from "./arbitraries";

/** Issues about one cell's content: they must say where the cell is. */
const CELL_CODES = new Set([
  "missingName",
  "missingValue",
  "missingStudents",
  "notANumber",
  "negativeValue",
  "notAnInteger",
  "excelError",
  "notText",
  "unknownType",
  "unknownOwnership",
  "unknownLocale",
  "unknownStage",
  "duplicateSchool",
  "stageNotInType",
  "stageWithoutStudents",
  "valueOutOfRange",
  "countyBadNumber",
  "countyNegative",
  "countyNotInteger",
  "countyRateTooLarge",
  "countyRatioTooLarge",
  "countyBadLevel",
  "countyBadAnswer",
  "countyExcelError",
  "countyOutOfRange",
]);
/** Issues about the workbook as a whole: the only ones without a sheet. */
const WORKBOOK_CODES = new Set(["noSchoolSheet", "sheetNotFound", "overrideUnknownField"]);

function checkIssue(i: InputIssue, sheetNames: ReadonlySet<string>): void {
  const where = () => JSON.stringify(i);
  must(typeof i.sheet === "string", () => `no sheet: ${where()}`);
  must(
    /[\u4e00-\u9fff]/.test(i.message) && !/undefined/.test(i.message),
    () => `message: ${where()}`
  );
  must(i.severity === "error" || i.severity === "warning", () => `severity: ${where()}`);
  if (i.sheet === "") {
    must(WORKBOOK_CODES.has(i.code), () => `an issue of code ${i.code} names no sheet: ${where()}`);
    must(
      i.row === undefined && i.column === undefined,
      () => `row or column without a sheet: ${where()}`
    );
    return;
  }
  must(sheetNames.has(i.sheet), () => `names a sheet the workbook does not have: ${where()}`);
  if (i.row !== undefined) must(Number.isInteger(i.row) && i.row >= 1, () => `row: ${where()}`);
  if (i.column !== undefined) must(/^[A-Z]{1,3}$/.test(i.column), () => `column: ${where()}`);
  if (CELL_CODES.has(i.code))
    must(
      i.row !== undefined && i.column !== undefined,
      () => `a cell's issue without row and column: ${where()}`
    );
}

function checkRead(read: TableReadResult, sheetNames: ReadonlySet<string>): void {
  for (const i of read.issues) checkIssue(i, sheetNames);
  const bad = nonFiniteNumbers({
    schools: read.schools,
    classes: read.classes,
    county: read.county,
  });
  must(bad.length === 0, () => `non-finite numbers read: ${bad.join(", ")}`);
  for (const s of read.schools) {
    must(s.name.trim() !== "", "a school without a name");
    must(s.source !== undefined && sheetNames.has(s.source.sheet), "a school without its sheet");
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === "number")
        must(
          v === 0 || (v >= QUANTITY_LIMITS.min && v <= QUANTITY_LIMITS.max),
          () => `${s.name}.${k} = ${v} was read`
        );
    }
  }
  // Left-out data is said: an error on the school or class sheet makes the result incomplete, and nothing else does;
  // a partial table's missing columns (issue 23 §7) leave no school out: their fields are the missing fields.
  const tableErrors = read.issues.some(
    (i) =>
      i.severity === "error" &&
      i.partial !== true &&
      (i.sheet === read.schoolSheet || i.sheet === read.classSheet)
  );
  for (const i of read.issues.filter((x) => x.partial)) {
    const fields = i.fields ?? (i.field === undefined ? [] : [i.field]);
    must(
      fields.length > 0 && fields.every((f) => read.missingFields?.includes(f)),
      () => `a partial issue whose fields are not the missing fields: ${i.message}`
    );
  }
  if (tableErrors)
    must(
      read.incomplete,
      "an error on the school or class sheet, but the result is not marked incomplete"
    );
  if (read.incomplete)
    must(
      read.issues.some((i) => i.severity === "error"),
      "incomplete without an error"
    );
}

describe("readWorkbook on arbitrary cells", () => {
  test("never throws; every issue names its sheet, and a cell issue its row and column; what it reads is finite; assessTable on it neither throws nor gives NaN or Infinity", () => {
    fc.assert(
      fc.property(
        workbook,
        fc.oneof(
          { weight: 7, arbitrary: fc.constant(undefined) },
          { weight: 3, arbitrary: readOptions }
        ),
        (sheets, options) => {
          const read = readWorkbook(sheets, options);
          checkRead(read, new Set(sheets.map((s) => s.name)));
          // What the hosts do next (CLI and task pane): assess what was read, county sheet included.
          if (read.schools.length > 0 || read.county) {
            const bad = nonFiniteNumbers(evaluate(read).assessment);
            must(bad.length === 0, () => `assessTable gave non-finite numbers: ${bad.join(", ")}`);
          }
        }
      ),
      { numRuns: RUNS }
    );
  });
});
