/**
 * The `compare --json` document (issue 25): the field names the issue fixes, unrounded
 * numbers, null for a year a school is not there, events with only the keys that apply.
 */
import { compareYears, evaluate, type SchoolRecord, type YearInput } from "../../src/core";
import { compareJson, compareJsonText } from "../../src/report";
import { primary1000 } from "../helpers/records";

function healthy(name: string, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return primary1000(name, {
    primaryQualifiedTeachers: 60,
    primaryBackboneTeachers: 14,
    primaryPeArtTeachers: 13,
    teachingArea: 7000,
    outdoorSportsArea: 10000,
    equipmentValue: 3_000_000,
    multimediaRooms: 33,
    ...over,
  });
}

function year(y: number, schools: SchoolRecord[]): YearInput {
  return { year: y, source: `县${y}.xlsx`, evaluation: evaluate({ schools, classes: null }) };
}

/**
 * 甲 (code) all three years, renamed in 2025; 乙 fails in 2024; 丙 (near its equipment
 * standard) closes in 2025; 丁 opens in 2024, its sports ground shrinking in 2025.
 */
const comparison = compareYears([
  year(2023, [
    healthy("甲小学", { code: "3301020001" }),
    healthy("乙小学"),
    healthy("丙小学", { equipmentValue: 2_000_001 }),
  ]),
  year(2024, [
    healthy("甲小学", { code: "3301020001" }),
    healthy("乙小学", { primaryQualifiedTeachers: 30 }),
    healthy("丙小学", { equipmentValue: 2_000_001 }),
    healthy("丁小学"),
  ]),
  year(2025, [
    healthy("甲第一小学", { code: "3301020001" }),
    healthy("乙小学", { primaryQualifiedTeachers: 30 }),
    healthy("丁小学", { outdoorSportsArea: 7500 }),
  ]),
]);
const doc = compareJson(comparison) as Record<string, any>;

describe("compare --json", () => {
  test("the top-level fields", () => {
    expect(Object.keys(doc)).toEqual([
      "years",
      "profile",
      "sources",
      "county",
      "margin",
      "stages",
      "schools",
      "events",
      "warnings",
      "countyItems",
    ]);
    expect(doc.years).toEqual([2023, 2024, 2025]);
    expect(doc.profile).toBe("national-2017");
    expect(doc.sources).toEqual(["县2023.xlsx", "县2024.xlsx", "县2025.xlsx"]);
    expect(doc.county).toBeNull();
    expect(doc.margin).toBe(0.05);
    expect(doc.countyItems).toEqual([]);
  });

  test("stages.{stage}.indicators.{id}.{cv,countyValue,cvLimit}, schoolsPassing, schools", () => {
    const p = doc.stages.primary;
    expect(Object.keys(doc.stages)).toEqual(["primary"]);
    expect(Object.keys(p.indicators)).toHaveLength(7);
    const q = p.indicators.qualifiedTeachersPer100;
    expect(Object.keys(q)).toEqual(["cv", "countyValue", "cvLimit", "cvChange"]);
    expect(q.cvLimit).toBe(0.5);
    // Unrounded: (6 + 3 + 6 + 6) / 4 in 2024 with equal weights.
    expect(q.countyValue[1]).toBeCloseTo(5.25, 12);
    expect(q.cvChange[0]).toBeNull();
    expect(p.schoolsPassing).toEqual([3, 3, 2]);
    expect(p.schools).toEqual([3, 4, 3]);
    // No class sheet: class counts are null every year.
    expect(p.classesOverLimit).toEqual([null, null, null]);
    expect(p).not.toHaveProperty("compositeCv");
  });

  test("schools[].{code,names,stages.{stage}.{metCount,passes}}, null where not there", () => {
    const [jia, yi, bing, ding] = doc.schools;
    expect(jia.code).toBe("3301020001");
    expect(jia.names).toEqual(["甲小学", "甲小学", "甲第一小学"]);
    expect(yi.code).toBeNull();
    expect(yi.stages.primary.passes).toEqual([true, false, false]);
    expect(yi.stages.primary.metCount).toEqual([7, 6, 6]);
    expect(bing.names).toEqual(["丙小学", "丙小学", null]);
    expect(bing.stages.primary.metCount).toEqual([7, 7, null]);
    expect(bing.stages.primary.values.equipmentValuePerStudent).toEqual([2000.001, 2000.001, null]);
    expect(ding.names).toEqual([null, "丁小学", "丁小学"]);
    expect(ding.stages.primary.passes).toEqual([null, true, true]);
    expect(ding.oversized).toEqual([null, false, false]);
  });

  test("events[] with kind, year and only the keys that apply", () => {
    expect(doc.events).toEqual([
      // 2000.001 ≥ 2000 but < 2000 × 1.05: 丙 is near its standard every year it is there.
      {
        kind: "nearStandard",
        year: 2023,
        stage: "primary",
        school: "丙小学",
        indicator: "equipmentValuePerStudent",
        value: 2000.001,
        limit: 2000,
      },
      { kind: "new", year: 2024, school: "丁小学" },
      { kind: "newlyFailing", year: 2024, stage: "primary", school: "乙小学" },
      {
        kind: "nearStandard",
        year: 2024,
        stage: "primary",
        school: "丙小学",
        indicator: "equipmentValuePerStudent",
        value: 2000.001,
        limit: 2000,
      },
      { kind: "closed", year: 2025, school: "丙小学" },
      { kind: "renamed", year: 2025, school: "甲第一小学", previousName: "甲小学" },
      // 乙's 3.0 among 6.0s: the CV goes 0 → 0.247 (of 4 schools) → 0.283 (of 3), up twice.
      {
        kind: "cvRising",
        year: 2025,
        stage: "primary",
        indicator: "qualifiedTeachersPer100",
        value: Math.sqrt(2) / 5,
        limit: 0.5,
      },
    ]);
  });

  test("warnings have every key, unrounded", () => {
    // 丁's sports ground 10.5 → 8.0 ㎡ ⇒ 5.5 next year, below the floor 6.375.
    expect(doc.warnings).toHaveLength(1);
    const [w] = doc.warnings;
    expect(Object.keys(w)).toEqual([
      "kind",
      "stage",
      "indicator",
      "school",
      "value",
      "projected",
      "limit",
      "distance",
    ]);
    expect(w).toMatchObject({
      kind: "school",
      stage: "primary",
      indicator: "sportsAreaPerStudent",
      school: "丁小学",
    });
    expect(w.limit).toBeCloseTo(6.375, 12);
    expect(w.distance).toBeCloseTo((8 - 6.375) / 6.375, 12);
  });

  test("the text is the document, two-space indented, with a final newline", () => {
    const text = compareJsonText(comparison);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(doc);
    expect(text).toContain('\n  "years": [');
  });
});
