import "./customFunctionsStandIn";
import fc from "fast-check";
import * as EDU from "../../src/functions/functions";

/** A column range as Excel passes it: one cell per row. */
const col = (xs: unknown[]): any[][] => xs.map((x) => [x]);
/** A row range: one row of cells. */
const row = (xs: unknown[]): any[][] => [xs];

/** Runs f and returns the CustomFunctions.Error it throws (fails when it returns). */
function errorOf(f: () => unknown): CustomFunctions.Error {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as CustomFunctions.Error;
  }
  throw new Error("expected a CustomFunctions.Error, but the function returned a value");
}

/** The error is #VALUE! with a Chinese message containing every given fragment. */
function expectValueError(f: () => unknown, ...fragments: string[]): void {
  const e = errorOf(f);
  expect(e.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  for (const fragment of fragments) expect(e.message).toContain(fragment);
}

// standards.md §1.3 worked example: 生均图书册数 of 5 小学.
const STUDENTS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const BOOKS_PER_STUDENT = BOOKS.map((b, i) => b / STUDENTS[i]);

describe("VARIATION_COEF and WEIGHTED_MEAN (§1.3)", () => {
  it("reproduces the worked example: CV 0.51526, X̄ = 1913/302", () => {
    expect(EDU.variationCoef(col(BOOKS_PER_STUDENT), col(STUDENTS))).toBeCloseTo(0.51526, 5);
    expect(EDU.weightedMeanOf(col(BOOKS_PER_STUDENT), col(STUDENTS))).toBeCloseTo(1913 / 302, 10);
  });

  it("is the weighted, not the unweighted CV (0.489)", () => {
    expect(
      Math.abs(EDU.variationCoef(col(BOOKS_PER_STUDENT), col(STUDENTS)) - 0.489)
    ).toBeGreaterThan(0.02);
  });

  it("reads rows, columns, a row against a column, and blocks alike", () => {
    const expected = EDU.variationCoef(col(BOOKS_PER_STUDENT), col(STUDENTS));
    expect(EDU.variationCoef(row(BOOKS_PER_STUDENT), row(STUDENTS))).toBeCloseTo(expected, 12);
    expect(EDU.variationCoef(row(BOOKS_PER_STUDENT), col(STUDENTS))).toBeCloseTo(expected, 12);
    const block = (xs: number[]) => [xs.slice(0, 3), [...xs.slice(3), null]];
    expect(EDU.variationCoef(block(BOOKS_PER_STUDENT), block(STUDENTS))).toBeCloseTo(expected, 12);
  });

  it("skips blank cells pairwise: a blank on either side drops that position from both", () => {
    const expected = EDU.variationCoef(col(BOOKS_PER_STUDENT), col(STUDENTS));
    const values = [
      BOOKS_PER_STUDENT[0],
      null,
      BOOKS_PER_STUDENT[1],
      "",
      BOOKS_PER_STUDENT[2],
      99,
      BOOKS_PER_STUDENT[3],
      BOOKS_PER_STUDENT[4],
    ];
    const students = [
      STUDENTS[0],
      500,
      STUDENTS[1],
      700,
      STUDENTS[2],
      "",
      STUDENTS[3],
      STUDENTS[4],
    ];
    expect(EDU.variationCoef(col(values), col(students))).toBeCloseTo(expected, 12);
    expect(EDU.weightedMeanOf(col(values), col(students))).toBeCloseTo(1913 / 302, 10);
  });

  it("accepts numbers stored as text, with spaces and thousands separators", () => {
    expect(EDU.weightedMeanOf(col([" 2 ", "4"]), col(["1,000", "３000"]))).toBeCloseTo(
      (2 * 1000 + 4 * 3000) / 4000,
      12
    );
  });

  it("is 0 when every school has the same value", () => {
    expect(EDU.variationCoef(col([3, 3, 3]), col([10, 20, 30]))).toBe(0);
  });
});

describe("PER100, PER_STUDENT, STAGE_SHARE (§1.1, §1.2)", () => {
  it("21 teachers for 500 students are 4.2 per 100 and meet 4.2, however the division is ordered", () => {
    const v = EDU.per100Of(21, 500);
    expect(v).toBeCloseTo(4.2, 12);
    expect(EDU.indicatorMet(v, "qualifiedTeachersPer100", "小学")).toBe(true);
    expect(EDU.indicatorMet((21 / 500) * 100, "qualifiedTeachersPer100", "primary")).toBe(true);
    expect(EDU.indicatorMet(4.19, "qualifiedTeachersPer100", "小学")).toBe(false);
  });

  it("splits a 九年一贯制 school 166 小学 / 210 初中 with 23,226 books: 小学 58.50 per student", () => {
    const primaryShare = EDU.stageShare(166, 210, 0, "九年一贯制学校", "小学");
    const juniorShare = EDU.stageShare(166, 210, 0, "九年制", "junior");
    expect(primaryShare).toBeCloseTo(166 / (166 + 1.1 * 210), 12);
    expect(23226 * primaryShare).toBeCloseTo(9711.6, 1);
    expect(23226 * juniorShare).toBeCloseTo(13514.4, 1);
    expect(EDU.perStudentOf(23226 * primaryShare, 166)).toBeCloseTo(58.5, 2);
    expect(EDU.perStudentOf(23226, 166 + 1.1 * 210)).toBeCloseTo(58.5, 2);
  });

  it("weights 高中 1.2 against 初中 in a 完全中学 and 1.32 in a 十二年一贯制 school", () => {
    expect(EDU.stageShare(0, 300, 500, "完全中学", "初中")).toBeCloseTo(
      300 / (300 + 1.2 * 500),
      12
    );
    expect(EDU.stageShare(400, 300, 200, "十二年一贯制学校", "小学")).toBeCloseTo(
      400 / (400 + 1.1 * 300 + 1.32 * 200),
      12
    );
  });

  it("gives no share of a stage the school type does not teach, and all of it to a single-stage school", () => {
    expect(EDU.stageShare(500, 0, 0, "小学", "初中")).toBe(0);
    expect(EDU.stageShare(500, 0, 0, "小学", "小学")).toBe(1);
  });
});

describe("THRESHOLD, INDICATOR_MET, MET_COUNT, SCHOOL_MEETS (§1.1)", () => {
  it("finds thresholds by id, Chinese name, short name and number, for both stages", () => {
    expect(EDU.threshold("qualifiedTeachersPer100", "小学")).toBe(4.2);
    expect(EDU.threshold("每百名学生拥有高于规定学历教师数", "初中")).toBe(5.3);
    expect(EDU.threshold("生均教学仪器设备值", "junior")).toBe(2500);
    expect(EDU.threshold("骨干教师", "primary")).toBe(1.0);
    expect(EDU.threshold("7", "初中")).toBe(2.4);
    expect(EDU.threshold(5 as unknown as string, "小学")).toBe(7.5);
  });

  const PRIMARY = [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3];

  it("counts every value equal to its threshold as met", () => {
    expect(EDU.metCount(row(PRIMARY), "小学")).toBe(7);
    expect(EDU.schoolMeets(row(PRIMARY), "小学")).toBe(true);
    // Against the 初中 thresholds (5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4) only 1.0 and 0.9 reach them.
    expect(EDU.metCount(col(PRIMARY), "初中")).toBe(2);
  });

  it("applies the 6-of-7 and 85% rule", () => {
    const atFloor = [...PRIMARY];
    atFloor[5] = 2000 * 0.85; // 1700 元: exactly 85%
    expect(EDU.metCount(row(atFloor), "小学")).toBe(6);
    expect(EDU.schoolMeets(row(atFloor), "小学")).toBe(true);

    const belowFloor = [...PRIMARY];
    belowFloor[5] = 1699;
    expect(EDU.metCount(row(belowFloor), "小学")).toBe(6);
    expect(EDU.schoolMeets(row(belowFloor), "小学")).toBe(false);

    const twoShort = [...PRIMARY];
    twoShort[0] = 4.1;
    twoShort[6] = 2.2;
    expect(EDU.metCount(row(twoShort), "小学")).toBe(5);
    expect(EDU.schoolMeets(row(twoShort), "小学")).toBe(false);
  });
});

describe("class and school size (§1.4, §3)", () => {
  it("CLASSSIZE_OK: 45 passes in 小学, 46 does not; 初中 allows 50", () => {
    expect(EDU.classSizeOk(col([30, 45, 44]), "小学")).toBe(true);
    expect(EDU.classSizeOk(col([30, 46, 44]), "小学")).toBe(false);
    expect(EDU.classSizeOk(row([50, 49]), "初中")).toBe(true);
    expect(EDU.classSizeOk(row([51, 49]), "junior")).toBe(false);
    expect(EDU.classSizeOk(col([45, null, "", 40]), "primary")).toBe(true);
  });

  it("LARGE_CLASS_SHARE counts classes of 56 or more by default, 超大班额 included", () => {
    expect(EDU.largeClassShare(col([40, 55, 56, 66]))).toBe(0.5);
    expect(EDU.largeClassShare(col([40, 55, 56, 66]), 66)).toBe(0.25);
    expect(EDU.largeClassShare(col([40, 55, 56, 66]), null as unknown as number)).toBe(0.5);
    expect(EDU.largeClassShare(row([40, 45]))).toBe(0);
  });

  it("CLASS_BAND at every boundary", () => {
    expect([45, 46, 55, 56, 65, 66, 80].map((n) => EDU.classBandOf(n))).toEqual([
      "标准",
      "偏大",
      "偏大",
      "大班额",
      "大班额",
      "超大班额",
      "超大班额",
    ]);
  });

  it("SCHOOLSIZE_OK: 2000 for single-stage schools, 2500 for 九年/十二年一贯制", () => {
    expect(EDU.schoolSizeOk(2000, "小学")).toBe(true);
    expect(EDU.schoolSizeOk(2001, "初中")).toBe(false);
    expect(EDU.schoolSizeOk(2500, "九年一贯制学校")).toBe(true);
    expect(EDU.schoolSizeOk(2501, "十二年一贯制学校")).toBe(false);
    expect(EDU.schoolSizeOk(2100, "完全中学")).toBe(false);
  });

  it("SPECIAL_ROOMS_OK needs ceil(classes / 12) rooms of each kind", () => {
    expect(EDU.specialRoomsOk(24, 2, 2)).toBe(true);
    expect(EDU.specialRoomsOk(25, 3, 2)).toBe(false);
    expect(EDU.specialRoomsOk(25, 3, 3)).toBe(true);
    expect(EDU.specialRoomsOk(0, 0, 0)).toBe(true);
  });
});

describe("CV_OK, COMPOSITE_CV, CONSOLIDATION_RATE", () => {
  it("CV_OK: a CV equal to the limit passes (0.50 小学, 0.45 初中)", () => {
    expect(EDU.cvOk(0.5, "小学")).toBe(true);
    expect(EDU.cvOk(0.5000001, "小学")).toBe(false);
    expect(EDU.cvOk(0.45, "junior")).toBe(true);
    expect(EDU.cvOk(0.46, "初中")).toBe(false);
    // A CV that is 0.45 up to floating-point noise still equals the limit (relative tolerance 1e-9).
    expect(EDU.cvOk(0.45 * (1 + 1e-12), "初中")).toBe(true);
    expect(EDU.cvOk(0.45 * (1 + 1e-6), "初中")).toBe(false);
  });

  it("COMPOSITE_CV reproduces 合肥庐阳区 小学: 0.592", () => {
    const cvs = [0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408];
    const composite = EDU.compositeCv(row(cvs));
    expect(composite).toBeCloseTo(4.734 / 8, 12);
    expect(Math.round(composite * 1000) / 1000).toBe(0.592);
    expect(EDU.compositeCv(col([...cvs, null]))).toBeCloseTo(composite, 12);
  });

  it("CONSOLIDATION_RATE = (毕业 − 转入 + 转出) / (初一 − 死亡)", () => {
    expect(EDU.consolidationRateOf(380, 10, 15, 401, 1)).toBeCloseTo((380 - 10 + 15) / 400, 12);
  });
});

describe("errors: #VALUE! with a Chinese message naming the argument and the reason", () => {
  it("text in a range", () => {
    expectValueError(
      () => EDU.variationCoef(col([1, "缺", 3]), col([1, 2, 3])),
      "指标值区域",
      "第 2 个",
      "文本"
    );
  });

  it("a boolean in a range", () => {
    expectValueError(
      () => EDU.weightedMeanOf(col([1, 2, 3]), col([1, true, 3])),
      "学生数区域",
      "第 2 个",
      "逻辑值"
    );
  });

  it("a negative number", () => {
    expectValueError(
      () => EDU.variationCoef(col([1, 2, 3]), col([10, 20, -5])),
      "学生数区域第 3 个值为负数"
    );
    expectValueError(() => EDU.per100Of(-1, 100), "数量", "负数");
  });

  it("ranges of different sizes", () => {
    expectValueError(
      () => EDU.variationCoef(col([1, 2, 3]), col([1, 2])),
      "指标值区域有 3 个",
      "学生数区域有 2 个"
    );
  });

  it("an unknown stage", () => {
    expectValueError(() => EDU.cvOk(0.3, "高中"), "学段", "高中", "小学");
    expectValueError(() => EDU.threshold("qualifiedTeachersPer100", ""), "学段为空");
  });

  it("an unknown indicator", () => {
    expectValueError(() => EDU.threshold("生均图书册数", "小学"), "指标", "生均图书册数");
    expectValueError(() => EDU.indicatorMet(5, "8", "小学"), "指标", "8");
  });

  it("an unknown school type", () => {
    expectValueError(() => EDU.schoolSizeOk(100, "幼儿园"), "学校类型", "幼儿园");
  });

  it("zero students", () => {
    expectValueError(() => EDU.per100Of(3, 0), "学生数为 0");
    expectValueError(() => EDU.perStudentOf(3, 0), "学生数为 0");
    expectValueError(() => EDU.variationCoef(col([1, 2]), col([0, 0])), "学生数", "合计为 0");
    expectValueError(() => EDU.weightedMeanOf(col([1, 2]), col([0, 0])), "合计为 0");
    expectValueError(() => EDU.stageShare(0, 0, 0, "九年一贯制学校", "小学"), "合计为 0");
  });

  it("an undefined CV (weighted mean 0) instead of NaN", () => {
    expectValueError(
      () => EDU.variationCoef(col([0, 0]), col([10, 20])),
      "差异系数",
      "加权平均为 0"
    );
  });

  it("empty ranges and blank scalars", () => {
    expectValueError(() => EDU.variationCoef(col([null, ""]), col(["", null])), "没有成对的数字");
    expectValueError(() => EDU.classSizeOk(col([null]), "小学"), "班额区域", "全部为空");
    expectValueError(() => EDU.per100Of(null as unknown as number, 100), "数量为空");
  });

  it("MET_COUNT and SCHOOL_MEETS need exactly 7 values, none blank", () => {
    expectValueError(() => EDU.metCount(row([1, 2, 3]), "小学"), "应有 7 个值", "3 个");
    expectValueError(
      () => EDU.schoolMeets(row([4.2, 1, null, 4.5, 7.5, 2000, 2.3]), "小学"),
      "第 3 个值为空"
    );
  });

  it("the cohort of CONSOLIDATION_RATE must be above 0", () => {
    expectValueError(() => EDU.consolidationRateOf(0, 0, 0, 5, 5), "三年前初一在校生数");
  });
});

describe("never NaN or Infinity", () => {
  const cell = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 3000 }),
    fc.constantFrom(null, "", "abc", " 12 ", true, Infinity, -Infinity, NaN, 0)
  );
  const range = fc.array(cell, { minLength: 0, maxLength: 8 }).map(col);

  it("every numeric function returns a finite number or throws #VALUE!", () => {
    fc.assert(
      fc.property(range, range, cell, cell, (a, b, x, y) => {
        const calls: Array<() => unknown> = [
          () => EDU.variationCoef(a, b),
          () => EDU.weightedMeanOf(a, b),
          () => EDU.largeClassShare(a, x as number),
          () => EDU.compositeCv(a),
          () => EDU.per100Of(x as number, y as number),
          () => EDU.perStudentOf(x as number, y as number),
          () => EDU.stageShare(x as number, y as number, 0, "九年一贯制学校", "初中"),
          () => EDU.consolidationRateOf(x as number, 0, 0, y as number, 0),
        ];
        for (const call of calls) {
          let result: unknown;
          try {
            result = call();
          } catch (e) {
            expect(e).toBeInstanceOf(CustomFunctions.Error);
            expect((e as CustomFunctions.Error).code).toBe("#VALUE!");
            continue;
          }
          expect(typeof result).toBe("number");
          expect(Number.isFinite(result as number)).toBe(true);
        }
      }),
      { numRuns: 300 }
    );
  });
});
