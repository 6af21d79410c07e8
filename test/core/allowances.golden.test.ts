/**
 * Golden cases of the 2019 认定规程 allowances (application-form.md §2), one
 * folder per allowance under test/cases-allowances/<case>/: input.json (the
 * sheets and the profile) and expected.json (written by hand: what each school
 * gets, at the boundary of each allowance, and the same county under the
 * default profile, which never applies them).
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate, renderFindings } from "../../src/core";
import { findProfile, NATIONAL_2017 } from "../../src/core/profiles";
import { readWorkbook } from "../../src/core/table";
import type { Assessment, SheetCells, Stage } from "../../src/core/types";

interface ExpectedSchool {
  name: string;
  values?: Record<string, number>;
  passes?: boolean;
  /** Codes of the allowances the school's values used, in order ([] for none). */
  allowances?: string[];
}

interface ExpectedResult {
  stages?: Partial<Record<Stage, ExpectedSchool[]>>;
  schoolSize?: { name: string; limit: number; passes: boolean; allowance: string | null }[];
  specialRooms?: {
    name: string;
    musicRoomMinArea: number;
    artRoomMinArea: number;
    areaPasses: boolean | null;
    roomsBelowArea: number;
    allowance: string | null;
  }[];
  /** Every school that claims an allowance without its fact (or whose facts rule it out), in order. */
  findings?: { school: string; code: string }[];
  /** Texts that some allowance note must contain. */
  messagesInclude?: string[];
}

interface Expected extends ExpectedResult {
  readerIssues: string[];
  default: ExpectedResult;
}

const dir = path.join(__dirname, "..", "cases-allowances");
const cases = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "input.json")));

function check(a: Assessment, e: ExpectedResult, withAllowances: boolean): void {
  for (const stage of ["primary", "junior"] as const) {
    for (const s of e.stages?.[stage] ?? []) {
      const got = a.stages[stage].schools.find((x) => x.name === s.name);
      expect(got).toBeDefined();
      if (!got) continue;
      for (const [k, v] of Object.entries(s.values ?? {}))
        expect([s.name, k, got.values[k as keyof typeof got.values]]).toEqual([
          s.name,
          k,
          expect.closeTo(v, 9),
        ]);
      if (s.passes !== undefined) expect([s.name, got.passes]).toEqual([s.name, s.passes]);
      if (s.allowances !== undefined)
        expect([s.name, (got.allowances ?? []).map((n) => n.code)]).toEqual([s.name, s.allowances]);
    }
  }
  for (const f of e.schoolSize ?? []) {
    const got = a.schoolSize.find((x) => x.name === f.name);
    expect({
      name: got?.name,
      limit: got?.limit,
      passes: got?.passes,
      allowance: got?.allowance?.code ?? null,
    }).toEqual(f);
  }
  for (const r of e.specialRooms ?? []) {
    const got = a.specialRooms?.find((x) => x.name === r.name);
    expect({
      name: got?.name,
      musicRoomMinArea: got?.musicRoomMinArea,
      artRoomMinArea: got?.artRoomMinArea,
      areaPasses: got?.areaPasses,
      roomsBelowArea: got?.roomsBelowArea?.length,
      allowance: got?.allowance?.code ?? null,
    }).toEqual(r);
  }
  if (withAllowances) {
    expect(a.allowances).toBeDefined();
    expect(a.allowances?.findings.map((f) => ({ school: f.school, code: f.code }))).toEqual(
      e.findings ?? []
    );
    // Every finding names its school, and is among the warnings every output shows.
    for (const f of a.allowances?.findings ?? []) {
      expect(f.message).toContain(`「${f.school}」`);
      expect(f.messageEn).toContain(`"${f.school}"`);
      expect(renderFindings(a.findings)).toContain(f.message);
    }
    const all = a.allowances?.used.map((n) => n.message).join("\n") ?? "";
    for (const text of e.messagesInclude ?? []) expect(all).toContain(text);
  } else {
    // The default profile never applies an allowance, nor says anything about one.
    expect(a.allowances).toBeUndefined();
    for (const stage of ["primary", "junior"] as const)
      for (const s of a.stages[stage].schools) expect(s.allowances).toBeUndefined();
    for (const f of a.schoolSize) expect(f.allowance).toBeUndefined();
    for (const r of a.specialRooms ?? []) expect(r.allowance).toBeUndefined();
  }
}

test("there is a golden case for each allowance", () => {
  expect(cases.length).toBeGreaterThanOrEqual(6);
});

describe.each(cases)("allowance case %s", (name) => {
  const input: { profile: string; sheets: SheetCells[] } = JSON.parse(
    fs.readFileSync(path.join(dir, name, "input.json"), "utf8")
  );
  const expected: Expected = JSON.parse(
    fs.readFileSync(path.join(dir, name, "expected.json"), "utf8")
  );
  const profile = findProfile(input.profile);

  test("the school table is read without unexpected issues", () => {
    const read = readWorkbook(input.sheets, { profile });
    expect(read.issues.map((i) => i.code)).toEqual(expected.readerIssues);
  });

  test(`under ${input.profile}`, () => {
    expect(profile?.allowances).toBeDefined();
    const read = readWorkbook(input.sheets, { profile });
    check(evaluate(read, { profile }).assessment, expected, true);
  });

  test("under the default profile", () => {
    const read = readWorkbook(input.sheets);
    check(evaluate(read, { profile: NATIONAL_2017 }).assessment, expected.default, false);
  });
});
