/**
 * 与往年比较 without React (src/ui/compareRun.ts): the earlier years the user adds are read and
 * evaluated as `edu-balance compare` reads files, and this year is the wizard's evaluation of its
 * own sheets; the same files give the CLI's document byte for byte. Each thing in the way is one
 * line naming the file: too few years, a file unreadable, no year, a year typed wrong, two of one
 * year, two counties, a rename naming no school; a year typed wins over the one found.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { readWorkbookFile } from "../../src/cli/readFile";
import { DEFAULT_PROFILE, PROFILES, type SheetCells, type StandardsProfile } from "../../src/core";
import { compareJsonText } from "../../src/report";
import {
  compareView,
  evaluateYear,
  renamesFrom,
  typedMargin,
  typedYear,
  type YearSource,
} from "../../src/ui/compareRun";
import { readTable, runAssessment } from "../../src/ui/wizard";
import { run } from "../cli/runCli";
import { renamed, without, writeYearWorkbook } from "../helpers/yearWorkbooks";

let dir: string;
const f = (name: string): string => path.join(dir, name);
const schools = sampleCounty().schools;
const first = schools[0].name;
const last = schools[schools.length - 1].name;
const sheetsOf: Record<string, SheetCells[]> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-compare-ui-"));
  await writeYearWorkbook(f("甲.xlsx"), { year: 2023 });
  await writeYearWorkbook(f("乙.xlsx"), {
    year: 2024,
    change: (c) => without(renamed(c, first, `${first}（新址）`), last),
  });
  await writeYearWorkbook(f("丙.xlsx"), {
    year: 2025,
    change: (c) => without(renamed(c, first, `${first}（新址）`), last),
  });
  await writeYearWorkbook(f("无年度.xlsx"), {});
  await writeYearWorkbook(f("另一县.xlsx"), { year: 2022, countyName: "另一县" });
  for (const name of ["甲.xlsx", "乙.xlsx", "丙.xlsx", "无年度.xlsx", "另一县.xlsx"])
    sheetsOf[name] = await readWorkbookFile(f(name));
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let id = 1;
const year = (name: string, typed = ""): YearSource => ({
  id: id++,
  source: name,
  origin: "file",
  sheets: sheetsOf[name],
  typedYear: typed,
});

/** This year as the wizard reads it: the sheets it recognises, no column chosen by hand. */
function current(name: string, typed = "", profile: StandardsProfile = DEFAULT_PROFILE) {
  const sheets = sheetsOf[name];
  const [school, classes, county] = sheets;
  const read = readTable(
    {
      school,
      classes,
      county: county ?? null,
      resolved: { kind: "sheet", sheet: school.name },
    },
    {},
    profile
  );
  return { source: name, evaluation: runAssessment(read, profile), typedYear: typed };
}

const evaluated = (...sources: YearSource[]) =>
  sources.map((s) => evaluateYear(s, DEFAULT_PROFILE, "zh"));

describe("与往年比较 gives the CLI's comparison", () => {
  test("this year and two earlier files: the `compare --json` document, byte for byte", async () => {
    const view = compareView(
      current("丙.xlsx"),
      evaluated(year("甲.xlsx"), year("乙.xlsx")),
      [],
      0.05,
      "zh"
    );
    expect(view.kind).toBe("compared");
    if (view.kind !== "compared") return;
    const cli = await run(["compare", f("丙.xlsx"), f("甲.xlsx"), f("乙.xlsx"), "--json"]);
    expect(cli.code).toBe(0);
    expect(compareJsonText(view.comparison)).toBe(cli.stdout);
    expect(view.comparison.years).toEqual([2023, 2024, 2025]);
    expect(view.comparison.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["closed", "possibleRename"])
    );
  });

  test("the margin and another profile reach the comparison as the CLI's options", async () => {
    const profile = PROFILES["basic-2012"];
    const view = compareView(
      current("乙.xlsx", "", profile),
      [evaluateYear(year("甲.xlsx"), profile, "zh")],
      [],
      0.2,
      "zh"
    );
    const cli = await run([
      "compare",
      f("甲.xlsx"),
      f("乙.xlsx"),
      "--json",
      "--margin",
      "0.2",
      "--profile",
      "basic-2012",
    ]);
    expect(view.kind === "compared" && compareJsonText(view.comparison)).toBe(cli.stdout);
  });
});

describe("what stands in the way, in one line naming the file", () => {
  const blocked = (v: ReturnType<typeof compareView>) => (v.kind === "blocked" ? v.message : "");

  test("one year only: add another", () => {
    const v = compareView(current("丙.xlsx"), [], [], 0.05, "zh");
    expect(v).toMatchObject({ kind: "blocked", reason: "tooFew" });
  });

  test("an unreadable file stops the comparison until it is removed", () => {
    const bad: YearSource = {
      id: 99,
      source: "坏.xlsx",
      origin: "file",
      error: "无法读取",
      typedYear: "",
    };
    expect(
      blocked(compareView(current("丙.xlsx"), evaluated(year("甲.xlsx"), bad), [], 0.05, "zh"))
    ).toContain("「坏.xlsx」无法读取");
  });

  test("no year found: asked for in its field; typed, it is compared", () => {
    expect(
      blocked(compareView(current("丙.xlsx"), evaluated(year("无年度.xlsx")), [], 0.05, "zh"))
    ).toContain("「无年度.xlsx」没有找到年度");
    const typed = compareView(
      current("丙.xlsx"),
      evaluated(year("无年度.xlsx", "2021")),
      [],
      0.05,
      "zh"
    );
    expect(typed.kind === "compared" && typed.comparison.years).toEqual([2021, 2025]);
  });

  test("a year typed that is not a year is named; a typed year wins over the found one", () => {
    expect(
      blocked(compareView(current("丙.xlsx"), evaluated(year("甲.xlsx", "23")), [], 0.05, "zh"))
    ).toContain("「甲.xlsx」的年度「23」不是");
    const v = compareView(current("丙.xlsx", "2030"), evaluated(year("甲.xlsx")), [], 0.05, "zh");
    expect(v.kind === "compared" && v.comparison.years).toEqual([2023, 2030]);
  });

  test("two of one year, two counties: the core's words, in English too", () => {
    expect(
      blocked(compareView(current("丙.xlsx"), evaluated(year("甲.xlsx", "2025")), [], 0.05, "zh"))
    ).toMatch(/「甲\.xlsx」.*2025 年/);
    expect(
      blocked(compareView(current("丙.xlsx"), evaluated(year("另一县.xlsx")), [], 0.05, "en"))
    ).toMatch(/另一县/);
  });

  test("a rename naming no school is refused; a good one makes the school one", () => {
    const v = compareView(
      current("丙.xlsx"),
      evaluated(year("甲.xlsx")),
      [{ from: "没有这所学校", to: `${first}（新址）`, source: "更名.csv 第 2 行" }],
      0.05,
      "zh"
    );
    expect(blocked(v)).toContain("更名.csv 第 2 行");
    const csv = `原名称,新名称\n${first},${first}（新址）\n`;
    const pairs = renamesFrom(csv, "更名.csv", "zh");
    expect(pairs.pairs).toHaveLength(1);
    const ok = compareView(current("丙.xlsx"), evaluated(year("甲.xlsx")), pairs.pairs, 0.05, "zh");
    expect(ok.kind === "compared" && ok.comparison.events.map((e) => e.kind)).toContain("renamed");
  });

  test("a renames file without its two columns says so and gives no pairs", () => {
    const r = renamesFrom("学校,人数\n甲,1\n", "更名.csv", "zh");
    expect(r.pairs).toEqual([]);
    expect(r.error).toMatch(/原名称.*新名称/);
  });

  test("a workbook with no school: named, with the reader's reason", () => {
    const empty: YearSource = {
      id: 100,
      source: "空.xlsx",
      origin: "file",
      sheets: [{ name: "Sheet1", values: [["备注"], ["无"]] }],
      typedYear: "",
    };
    expect(evaluateYear(empty, DEFAULT_PROFILE, "zh").error).toMatch(
      /^「空\.xlsx」中没有可以测算的学校/
    );
  });
});

describe("typed fields", () => {
  test("years 2000–2099 or empty; margins in percent below 100", () => {
    expect([
      typedYear(""),
      typedYear(" 2024 "),
      typedYear("1999"),
      typedYear("2100"),
      typedYear("二〇二四"),
    ]).toEqual(["", 2024, undefined, undefined, undefined]);
    expect([
      typedMargin(""),
      typedMargin("10"),
      typedMargin("2.5"),
      typedMargin("100"),
      typedMargin("-1"),
      typedMargin("x"),
    ]).toEqual([0.05, 0.1, 0.025, undefined, undefined, undefined]);
  });
});
