/**
 * The numbers the custom functions' help text states (the JSDoc in
 * src/functions/functions.ts, from which functions.json is generated, and the
 * Chinese metadata functions.zh-CN.json) are the national profile's: a change to
 * the profile that the help text does not follow fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { formatNumber, NATIONAL_2017 as P } from "../../src/core";

const DIR = path.resolve(__dirname, "../../src/functions");
const source = fs.readFileSync(path.join(DIR, "functions.ts"), "utf8");
const zhCN = JSON.parse(fs.readFileSync(path.join(DIR, "functions.zh-CN.json"), "utf8")) as {
  functions: { id: string; description: string; parameters?: { description: string }[] }[];
};

/** A function's JSDoc block (the comment holding `@customfunction NAME`). */
function jsdoc(name: string): string {
  const blocks = source.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  const block = blocks.find((b) => new RegExp(`@customfunction ${name}\\b`).test(b));
  if (!block) throw new Error(`no JSDoc for ${name}`);
  return block;
}

/** A function's Chinese description and parameter descriptions, joined. */
function chinese(name: string): string {
  const f = zhCN.functions.find((x) => x.id === name);
  if (!f) throw new Error(`no zh-CN metadata for ${name}`);
  return [f.description, ...(f.parameters ?? []).map((p) => p.description)].join("\n");
}

const { classSize, schoolSize, countyRule, schoolRule, stageWeights, specialRooms } = P;
const percent = (x: number) => `${formatNumber(x * 100, 0)}%`;
const cv = (x: number) => formatNumber(x, 2);

/** Per function, the figures both help texts must state, from the profile. */
const STATED: Record<string, string[]> = {
  CLASSSIZE_OK: [String(classSize.limits.primary), String(classSize.limits.junior)],
  LARGE_CLASS_SHARE: [String(classSize.bands.veryLarge), String(classSize.bands.superLarge)],
  CLASS_BAND: [
    String(classSize.limits.primary),
    `${classSize.bands.large}–${classSize.bands.veryLarge - 1}`,
    `${classSize.bands.veryLarge}–${classSize.bands.superLarge - 1}`,
    String(classSize.bands.superLarge),
  ],
  SCHOOLSIZE_OK: [
    String(schoolSize.default),
    String(schoolSize.byType.nineYear),
    String(schoolSize.byType.twelveYear),
  ],
  SCHOOL_MEETS: [String(schoolRule.minMet), String(P.indicators.length), percent(schoolRule.floor)],
  MET_COUNT: [String(P.indicators.length)],
  STAGE_SHARE: [`${stageWeights.primary}`, `${stageWeights.junior}`, `${stageWeights.senior}`],
  SPECIAL_ROOMS_OK: [String(specialRooms.classesPerRoom)],
  CV_OK:
    countyRule.kind === "each" ? [cv(countyRule.limits.primary), cv(countyRule.limits.junior)] : [],
};

describe("custom-function help states the national profile's numbers", () => {
  test("the profile's numbers are the policy's (so the table below checks something)", () => {
    expect([classSize.limits.primary, classSize.limits.junior]).toEqual([45, 50]);
    expect([schoolSize.default, schoolSize.byType.nineYear]).toEqual([2000, 2500]);
    expect(STATED.CV_OK).toEqual(["0.50", "0.45"]);
    expect(STATED.SCHOOL_MEETS).toEqual(["6", "7", "85%"]);
  });

  test.each(Object.entries(STATED))("%s: JSDoc and zh-CN metadata", (name, figures) => {
    const en = jsdoc(name);
    const zh = chinese(name);
    for (const figure of figures) {
      expect(en).toContain(figure);
      expect(zh).toContain(figure);
    }
  });

  test("every number in the help of CLASSSIZE_OK, SCHOOLSIZE_OK and CV_OK is a profile number", () => {
    const allowed = new Set(Object.values(STATED).flat());
    for (const name of ["CLASSSIZE_OK", "SCHOOLSIZE_OK", "CV_OK"]) {
      const numbers = `${jsdoc(name)}\n${chinese(name)}`.match(/\d+(?:\.\d+)?/g) ?? [];
      // 2017 and 6 are the document's year and number (教督〔2017〕6号), not thresholds.
      const stray = numbers.filter((n) => !allowed.has(n) && n !== "2017" && n !== "6");
      expect({ name, stray }).toEqual({ name, stray: [] });
    }
  });
});
