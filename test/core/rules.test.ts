import { NATIONAL_2017 } from "../../src/core/profiles";
import {
  applySchoolRule,
  atLeast,
  atMost,
  classBand,
  compositeVariationCoefficient,
  consolidationRate,
  facilityShare,
  per100,
  perStudent,
  requiredSpecialRooms,
  roundTo,
  schoolSizeLimit,
  weightedMean,
  weightedVariationCoefficient,
} from "../../src/core/rules";
import { INDICATOR_IDS } from "../../src/core/types";
import { EduError } from "../../src/core/errors";

const P = NATIONAL_2017;

describe("weighted CV (standards.md §1.3 worked example, 生均图书册数)", () => {
  const students = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  const perStudentBooks = books.map((b, i) => b / students[i]);

  test("mean equals county total resource / county students", () => {
    expect(weightedMean(perStudentBooks, students)).toBeCloseTo(1913 / 302, 12);
    expect(weightedMean(perStudentBooks, students)).toBeCloseTo(6.33444, 5);
  });

  test("CV = 0.51526…, not the unweighted 0.489", () => {
    const cv = weightedVariationCoefficient(perStudentBooks, students)!;
    expect(cv).toBeCloseTo(0.51526, 5);
    const mean = perStudentBooks.reduce((a, b) => a + b) / 5;
    const sd = Math.sqrt(perStudentBooks.reduce((a, x) => a + (x - mean) ** 2, 0) / 5);
    expect(sd / mean).toBeCloseTo(0.489, 3);
    expect(Math.abs(cv - sd / mean)).toBeGreaterThan(0.02);
  });

  test("scaling (per 100 students) does not change the CV", () => {
    const a = weightedVariationCoefficient(perStudentBooks, students)!;
    const b = weightedVariationCoefficient(
      perStudentBooks.map((x) => x * 100),
      students
    )!;
    expect(b).toBeCloseTo(a, 12);
  });

  test("equal values give CV 0; a zero mean gives null; bad input is an EduError", () => {
    expect(weightedVariationCoefficient([3, 3, 3], [1, 2, 3])).toBe(0);
    expect(weightedVariationCoefficient([0, 0], [1, 2])).toBeNull();
    expect(() => weightedVariationCoefficient([1, 2], [1])).toThrow(EduError);
    expect(() => weightedVariationCoefficient([1, 2], [0, 0])).toThrow(EduError);
    expect(() => weightedVariationCoefficient([1, 2], [1, -1])).toThrow(EduError);
  });
});

describe("facility split (§1.2 worked example: 九年一贯制, 166 小学, 210 初中, 23,226 books)", () => {
  const students = { primary: 166, junior: 210, senior: 0 };
  test("小学 per-student = 23226 / (166 + 1.1·210) = 58.50", () => {
    const share = facilityShare(students, "nineYear", "primary", P.stageWeights);
    expect((23226 * share) / 166).toBeCloseTo(58.5, 2);
    expect(23226 * share).toBeCloseTo(9711.6, 1);
    expect(23226 * facilityShare(students, "nineYear", "junior", P.stageWeights)).toBeCloseTo(
      13514.4,
      1
    );
  });
  test("完全中学 junior share = B/(B+1.2C); 十二年一贯制 over three stages", () => {
    expect(
      facilityShare({ primary: 0, junior: 300, senior: 200 }, "complete", "junior", P.stageWeights)
    ).toBeCloseTo(300 / (300 + 1.2 * 200), 12);
    expect(
      facilityShare(
        { primary: 100, junior: 200, senior: 300 },
        "twelveYear",
        "primary",
        P.stageWeights
      )
    ).toBeCloseTo(100 / (100 + 220 + 396), 12);
    expect(
      facilityShare({ primary: 100, junior: 0, senior: 0 }, "primary", "primary", P.stageWeights)
    ).toBe(1);
    expect(
      facilityShare({ primary: 100, junior: 0, senior: 0 }, "primary", "junior", P.stageWeights)
    ).toBe(0);
  });
});

describe("thresholds and tolerance", () => {
  test("a value equal to its threshold meets it however the division is ordered", () => {
    expect(atLeast(per100(21, 500), 4.2)).toBe(true);
    expect(atLeast((21 * 100) / 500, 4.2)).toBe(true);
    expect(atLeast(21 / (500 / 100), 4.2)).toBe(true);
    expect(atLeast(4.19, 4.2)).toBe(false);
    expect(atMost(0.5, 0.5)).toBe(true);
    expect(atMost(0.5000001, 0.5)).toBe(false);
  });
  test("school rule: 6 met and the 7th at exactly 85% passes; at 84% fails; 5 met fails", () => {
    const t = INDICATOR_IDS.map((id) => P.thresholds[id].primary);
    const allMet = [...t];
    expect(applySchoolRule(allMet, t, P.schoolRule)).toMatchObject({ metCount: 7, passes: true });
    const at85 = [...t];
    at85[3] = t[3] * 0.85;
    expect(applySchoolRule(at85, t, P.schoolRule)).toMatchObject({ metCount: 6, passes: true });
    const at84 = [...t];
    at84[3] = t[3] * 0.84;
    expect(applySchoolRule(at84, t, P.schoolRule)).toMatchObject({ metCount: 6, passes: false });
    const fiveMet = [...t];
    fiveMet[0] = t[0] * 0.99;
    fiveMet[1] = t[1] * 0.99;
    expect(applySchoolRule(fiveMet, t, P.schoolRule)).toMatchObject({ metCount: 5, passes: false });
  });
});

describe("class, school and room rules", () => {
  test("bands 45/46, 55/56, 65/66", () => {
    const b = P.classSize.bands;
    expect([45, 46, 55, 56, 65, 66].map((n) => classBand(n, b))).toEqual([
      "standard",
      "large",
      "large",
      "veryLarge",
      "veryLarge",
      "superLarge",
    ]);
  });
  test("school size limits 2000 / 2500", () => {
    expect(schoolSizeLimit("primary", P)).toBe(2000);
    expect(schoolSizeLimit("complete", P)).toBe(2000);
    expect(schoolSizeLimit("nineYear", P)).toBe(2500);
    expect(schoolSizeLimit("twelveYear", P)).toBe(2500);
  });
  test("one 音乐 and one 美术 room per 12 classes, rounded up", () => {
    expect([0, 1, 12, 13, 24, 25].map((c) => requiredSpecialRooms(c, 12))).toEqual([
      0, 1, 1, 2, 2, 3,
    ]);
  });
  test("consolidation rate and composite CV (庐阳 0.592)", () => {
    expect(consolidationRate(960, 10, 20, 1000, 0)).toBeCloseTo(0.97, 12);
    expect(
      compositeVariationCoefficient([0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408])
    ).toBeCloseTo(0.592, 3);
    expect(() => consolidationRate(1, 0, 0, 0, 0)).toThrow(EduError);
  });
  test("ratios and rounding", () => {
    expect(perStudent(23226, 166)).toBeCloseTo(139.916, 3);
    expect(() => per100(3, 0)).toThrow(EduError);
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
  });
});
