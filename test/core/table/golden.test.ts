/**
 * Golden cases (the custom-functions-metadata layout): one folder per untidy
 * workbook shape under test/cases/<case>/, with input.json (the sheets, as
 * range.values would give them, and options) and expected.json (written by hand
 * from the input: the records, and the issues the user must see).
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../../src/core/table";
import type {
  FieldMapping,
  InputIssue,
  SheetCells,
  TableReadResult,
} from "../../../src/core/types";

interface ExpectedIssue {
  severity: InputIssue["severity"];
  code: string;
  sheet: string;
  row?: number;
  column?: string;
  field?: string;
  /** The fields of an issue that names several (missingColumns). */
  fields?: string[];
  /** Substrings the Chinese message must contain (e.g. the school, the value, the candidates). */
  messageIncludes?: string[];
}

interface Expected {
  schools: TableReadResult["schools"];
  classes: TableReadResult["classes"];
  issues: ExpectedIssue[];
  incomplete: boolean;
  schoolSheet?: string;
  classSheet?: string;
  /** When given, the mapping must equal it. */
  mapping?: FieldMapping[];
}

interface Input {
  sheets: SheetCells[];
  options?: Parameters<typeof readWorkbook>[1];
}

const casesDir = path.join(__dirname, "..", "..", "cases");
const cases = fs
  .readdirSync(casesDir)
  .filter((d) => fs.existsSync(path.join(casesDir, d, "input.json")))
  .sort();

test("there are golden cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(17);
});

describe.each(cases)("case %s", (name) => {
  const input: Input = JSON.parse(fs.readFileSync(path.join(casesDir, name, "input.json"), "utf8"));
  const expected: Expected = JSON.parse(
    fs.readFileSync(path.join(casesDir, name, "expected.json"), "utf8")
  );
  const result = readWorkbook(input.sheets, input.options);

  test("schools", () => {
    expect(result.schools).toEqual(expected.schools);
  });

  test("classes", () => {
    expect(result.classes).toEqual(expected.classes);
  });

  test("issues", () => {
    const actual = result.issues.map((i) => {
      const o: ExpectedIssue = { severity: i.severity, code: i.code, sheet: i.sheet };
      if (i.row !== undefined) o.row = i.row;
      if (i.column !== undefined) o.column = i.column;
      if (i.field !== undefined) o.field = i.field;
      if (i.fields !== undefined) o.fields = i.fields;
      return o;
    });
    expect(actual).toEqual(expected.issues.map(({ messageIncludes: _m, ...rest }) => rest));
    expected.issues.forEach((e, k) => {
      const issue = result.issues[k];
      // Every message names its sheet (template.md §3), in Chinese, with English beside it.
      if (e.sheet !== "") expect(issue.message).toContain(`工作表「${e.sheet}」`);
      if (e.row !== undefined) expect(issue.message).toContain(`第${e.row}行`);
      if (e.column !== undefined) expect(issue.message).toContain(`${e.column}列`);
      expect(issue.messageEn).toBeTruthy();
      for (const text of e.messageIncludes ?? []) expect(issue.message).toContain(text);
    });
  });

  test("incomplete flag and sheets", () => {
    expect(result.incomplete).toBe(expected.incomplete);
    if (expected.schoolSheet !== undefined) expect(result.schoolSheet).toBe(expected.schoolSheet);
    if (expected.classSheet !== undefined) expect(result.classSheet).toBe(expected.classSheet);
  });

  if (expected.mapping) {
    test("mapping", () => {
      expect(result.mapping).toEqual(expected.mapping);
    });
  }
});
