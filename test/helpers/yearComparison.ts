/**
 * A YearComparison built by hand (the contract of src/core/compare/types.ts), for the 监测
 * workbook and the CLI's summary without the core's compareYears: three years of a county
 * with a school renamed, one closed, one opened, one newly failing, one near its standard, a CV
 * near its limit and rising, and two early warnings.
 */
import type { YearComparison } from "../../src/core";

export function handBuiltComparison(): YearComparison {
  return {
    years: [2023, 2024, 2025],
    profile: "national-2017",
    sources: ["示例县2023.xlsx", "示例县2024.xlsx", "示例县2025.xlsx"],
    county: { name: "示例县", code: "330102" },
    margin: 0.05,
    stages: {
      primary: {
        indicators: {
          qualifiedTeachersPer100: {
            cv: [0.3, 0.36, 0.48],
            countyValue: [5.1, 5.0, 4.9],
            cvLimit: 0.5,
            cvChange: [null, 0.06, 0.12],
          },
          sportsAreaPerStudent: {
            cv: [0.2, 0.19, 0.52],
            countyValue: [8.2, 8.1, 7.4],
            cvLimit: 0.5,
            cvChange: [null, -0.01, 0.33],
          },
        },
        schoolsPassing: [3, 3, 2],
        schools: [3, 3, 3],
        passes: [true, true, false],
        classesOverLimit: [0, 1, 2],
        largeClasses: [0, 0, 1],
        veryLargeClasses: [0, 0, 0],
      },
    },
    schools: [
      {
        code: "3301020001",
        names: ["城关一小", "城关一小", "城关第一小学"],
        stages: {
          primary: {
            values: { sportsAreaPerStudent: [9, 8.5, 7.6] },
            metCount: [7, 7, 5],
            passes: [true, true, false],
          },
        },
        oversized: [false, false, false],
      },
      {
        names: ["东门小学", "东门小学", null],
        stages: { primary: { values: {}, metCount: [7, 6, null], passes: [true, true, null] } },
        oversized: [false, false, null],
      },
      {
        names: [null, "新城小学", "新城小学"],
        stages: { primary: { values: {}, metCount: [null, 7, 7], passes: [null, true, true] } },
        oversized: [null, false, false],
      },
    ],
    countyItems: [
      {
        id: "teacherRotation",
        part: "government",
        figure: [0.12, 0.09, null],
        verdict: ["met", "notMet", "missing"],
      },
    ],
    events: [
      { kind: "new", year: 2024, stage: "primary", school: "新城小学" },
      { kind: "closed", year: 2025, stage: "primary", school: "东门小学" },
      { kind: "renamed", year: 2025, school: "城关第一小学", previousName: "城关一小" },
      { kind: "newlyFailing", year: 2025, stage: "primary", school: "城关第一小学" },
      {
        kind: "nearStandard",
        year: 2025,
        stage: "primary",
        school: "新城小学",
        indicator: "sportsAreaPerStudent",
        value: 7.6,
        limit: 7.5,
      },
      {
        kind: "cvNearLimit",
        year: 2025,
        stage: "primary",
        indicator: "qualifiedTeachersPer100",
        value: 0.48,
        limit: 0.5,
      },
      {
        kind: "cvRising",
        year: 2025,
        stage: "primary",
        indicator: "qualifiedTeachersPer100",
        value: 0.48,
      },
    ],
    warnings: [
      {
        kind: "cv",
        stage: "primary",
        indicator: "qualifiedTeachersPer100",
        value: 0.48,
        projected: 0.6,
        limit: 0.5,
        distance: 0.04,
      },
      {
        kind: "school",
        stage: "primary",
        school: "新城小学",
        indicator: "sportsAreaPerStudent",
        value: 7.6,
        projected: 7.1,
        limit: 7.5,
        distance: 0.0133,
      },
    ],
  };
}
