/**
 * Golden cases (the custom-functions-metadata layout): one folder per untidy
 * workbook shape under test/cases/<case>/, with input.json (the sheets, as
 * range.values would give them, and options) and expected.json (written by hand
 * from the input: the records, and the issues the user must see).
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate } from "../../../src/core/pipeline";
import { findProfile } from "../../../src/core/profiles";
import { roundTo } from "../../../src/core/rules";
import { readWorkbook } from "../../../src/core/table";
import type {
  FieldMapping,
  IndicatorId,
  InputIssue,
  SheetCells,
  Stage,
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
  /** A partial table's missing columns: an error that leaves no school out. */
  partial?: true;
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
  /** A partial table (issue 23 §7): the indicator inputs without a column; absent otherwise. */
  missingFields?: string[];
  /** When given, what the pipeline makes of the records (the figures as the report shows them). */
  evaluation?: ExpectedEvaluation;
}

/** An indicator computed (county value at 2 decimals, CV at 3) or not computed (the fields it lacks). */
type ExpectedIndicator = { countyValue: number; cv: number } | { missingFields: string[] };

interface ExpectedEvaluation {
  /** The overall verdict: null when it cannot be judged (a partial table). */
  verdict: boolean | null;
  stages: Partial<
    Record<
      Stage,
      {
        passes: boolean | null;
        missingIndicators?: IndicatorId[];
        indicators: Partial<Record<IndicatorId, ExpectedIndicator>>;
        /** Per school, its values at 2 decimals (null: not computed) and its verdict. */
        schools: Record<
          string,
          { passes: boolean | null } & Partial<Record<IndicatorId, number | null>>
        >;
      }
    >
  >;
}

interface Input {
  sheets: SheetCells[];
  /** A built-in profile's id (default national-2017): the reader reads the columns it needs. */
  profile?: string;
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
  const profile = input.profile === undefined ? undefined : findProfile(input.profile);
  if (input.profile !== undefined && !profile) throw new Error(`no profile ${input.profile}`);
  const options = profile ? { ...input.options, profile } : input.options;
  const result = readWorkbook(input.sheets, options);

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
      if (i.partial !== undefined) o.partial = i.partial;
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

  test("incomplete flag, missing fields and sheets", () => {
    expect(result.incomplete).toBe(expected.incomplete);
    expect(result.missingFields).toEqual(expected.missingFields);
    if (expected.schoolSheet !== undefined) expect(result.schoolSheet).toBe(expected.schoolSheet);
    if (expected.classSheet !== undefined) expect(result.classSheet).toBe(expected.classSheet);
  });

  if (expected.mapping) {
    test("mapping", () => {
      expect(result.mapping).toEqual(expected.mapping);
    });
  }

  const e = expected.evaluation;
  if (e) {
    test("evaluation: CVs, county values and school values as the report shows them", () => {
      const ev = evaluate(result, profile ? { profile } : {});
      expect(ev.verdict.passes).toBe(e.verdict);
      for (const [stage, es] of Object.entries(e.stages) as [
        Stage,
        NonNullable<ExpectedEvaluation["stages"][Stage]>,
      ][]) {
        const sa = ev.assessment.stages[stage];
        expect([stage, sa.passes]).toEqual([stage, es.passes]);
        expect([stage, sa.missingIndicators]).toEqual([stage, es.missingIndicators]);
        for (const [id, ei] of Object.entries(es.indicators) as [
          IndicatorId,
          ExpectedIndicator,
        ][]) {
          const ind = sa.indicators[id]!;
          if ("missingFields" in ei) {
            // Not computed: neither 0 nor a verdict.
            expect([id, ind.missingFields, ind.countyValue, ind.cv, ind.cvPasses]).toEqual([
              id,
              ei.missingFields,
              null,
              null,
              null,
            ]);
          } else {
            expect([id, roundTo(ind.countyValue!, 2), roundTo(ind.cv!, 3)]).toEqual([
              id,
              ei.countyValue,
              ei.cv,
            ]);
            expect(ind.missingFields).toBeUndefined();
          }
        }
        expect(sa.schools.map((x) => x.name)).toEqual(Object.keys(es.schools));
        for (const s of sa.schools) {
          const want = es.schools[s.name];
          const { passes, ...values } = want;
          expect([s.name, s.passes]).toEqual([s.name, passes]);
          for (const [id, v] of Object.entries(values) as [IndicatorId, number | null][]) {
            const got = s.values[id];
            expect([s.name, id, got === undefined ? null : roundTo(got, 2)]).toEqual([
              s.name,
              id,
              v,
            ]);
          }
        }
      }
    });
  }
});
