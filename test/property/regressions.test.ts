import { renderFindings } from "../../src/core/messages";
/**
 * The bugs the property tests found, each as a plain example (issue 6 §1). Every input
 * here once produced NaN or Infinity, a misleading message, or an untyped exception.
 */
import "./../functions/customFunctionsStandIn";
import { assess } from "../../src/core/assess";
import { EduError } from "../../src/core/errors";
import { NATIONAL_2017 } from "../../src/core/profiles";
import {
  compositeVariationCoefficient,
  consolidationRate,
  facilityShare,
  per100,
  perStudent,
  roundTo,
  weightedMean,
  weightedVariationCoefficient,
} from "../../src/core/rules";
import { readWorkbook, templateHeaders } from "../../src/core/table";
import type { CellValue, SchoolRecord, SheetCells } from "../../src/core/types";
import * as EDU from "../../src/functions/functions";
import { nonFiniteNumbers } from "./arbitraries";

function eduError(f: () => unknown): EduError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EduError);
    return e as EduError;
  }
  throw new Error("expected an EduError");
}

function school(over: Partial<SchoolRecord>): SchoolRecord {
  return {
    name: "一小",
    type: "primary",
    primaryStudents: 1000,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 24,
    juniorClasses: 0,
    primaryQualifiedTeachers: 42,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 10,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 9,
    juniorPeArtTeachers: 0,
    teachingArea: 5000,
    indoorSportsArea: 500,
    outdoorSportsArea: 7000,
    equipmentValue: 2_000_000,
    multimediaRooms: 23,
    ...over,
  };
}

describe("rules.ts: numbers a double cannot carry through the weighted statistics", () => {
  test("a CV whose squares overflow was Infinity; now an outOfRange EduError", () => {
    // (−2e152 − X̄)² ≈ 4e304, × 4506 students overflows: the CV came out as Infinity.
    const e = eduError(() =>
      weightedVariationCoefficient([-1.997386849709601e152, 0], [4506, 9007199254740991])
    );
    expect(e.code).toBe("outOfRange");
    expect(e.message).toContain("第 1 个指标值");
  });

  test("a mean whose product overflows was -Infinity; now an outOfRange EduError", () => {
    expect(eduError(() => weightedMean([-Number.MAX_VALUE], [0.00012207031250000003])).code).toBe(
      "outOfRange"
    );
  });

  test("values whose squared differences underflow gave a CV that changed with the unit; now refused", () => {
    // d = 4.7e-164, d² underflows to a subnormal: CV(x) and CV(33.48·x) differed.
    expect(
      eduError(() => weightedVariationCoefficient([0, 9.38839289907954e-164], [1, 1])).code
    ).toBe("outOfRange");
  });

  test("ordinary county numbers are untouched: the §1.3 worked example still gives 0.51526", () => {
    const students = [45, 37, 89, 76, 55];
    const books = [279, 137, 935, 160, 402];
    expect(
      weightedVariationCoefficient(
        books.map((b, i) => b / students[i]),
        students
      )
    ).toBeCloseTo(0.51526, 5);
    expect(
      weightedMean(
        books.map((b, i) => b / students[i]),
        students
      )
    ).toBeCloseTo(1913 / 302, 12);
  });

  test("the composite CV of two huge CVs was Infinity (their sum overflowed)", () => {
    expect(
      eduError(() => compositeVariationCoefficient([Number.MAX_VALUE, Number.MAX_VALUE])).code
    ).toBe("outOfRange");
    expect(compositeVariationCoefficient([0.3, 0.5])).toBeCloseTo(0.4, 15);
  });

  test("consolidationRate of a near-zero cohort was Infinity", () => {
    // cohort 3648.0000000000005 − 3648 = 4.5e-13; (0 + 1.8e308 + 0) / 4.5e-13 overflows.
    expect(
      eduError(() => consolidationRate(0, -Number.MAX_VALUE, 0, 3648.0000000000005, 3648)).code
    ).toBe("outOfRange");
    expect(consolidationRate(95, 3, 5, 100, 1)).toBeCloseTo(97 / 99, 15);
  });

  test("per100 and perStudent of NaN or of an overflowing ratio returned NaN / Infinity", () => {
    expect(eduError(() => per100(NaN, 5)).code).toBe("badValue");
    expect(eduError(() => per100(1e307, 1)).code).toBe("outOfRange");
    expect(eduError(() => perStudent(Number.MAX_VALUE, 0.5)).code).toBe("outOfRange");
    expect(per100(21, 500)).toBeCloseTo(4.2, 12);
  });

  test("facilityShare of counts near Number.MAX_VALUE was NaN (Infinity / Infinity)", () => {
    // A 九年一贯制 with equal counts: 小学 1 / (1 + 1.1) of the shared facilities.
    const w = NATIONAL_2017.stageWeights;
    expect(
      facilityShare({ primary: 1.6e308, junior: 1.6e308, senior: 0 }, "nineYear", "primary", w)
    ).toBeCloseTo(1 / 2.1, 12);
    expect(
      facilityShare({ primary: 0, junior: 1.634266486238469e308, senior: 0 }, "junior", "junior", w)
    ).toBe(1);
  });

  test("roundTo of a value beyond 2^52 overflowed to Infinity; it is already whole", () => {
    expect(roundTo(1e308, 6)).toBe(1e308);
    expect(roundTo(-2.675, 2)).toBe(-2.68);
  });
});

describe("assess(): a school with an absurd number is left out with a message, not the whole county", () => {
  test('areas of 1e308 ㎡ made assess() throw "第 1 个指标值（Infinity）不是数字", naming no school; that school is now bad data', () => {
    const huge = school({ teachingArea: 1e308, indoorSportsArea: 1e308, outdoorSportsArea: 1e308 });
    const a = assess([huge, school({ name: "二小" })], null);
    expect(a.incomplete).toBe(true);
    expect(a.stages.primary.schools.map((s) => s.name)).toEqual(["二小"]);
    expect(renderFindings(a.findings).join("\n")).toContain(
      "教学及辅助用房面积（1e+308）超出合理范围"
    );
  });

  test("numbers outside 0 or [1e-9, 1e15] are bad data (they would leave the range rules.ts computes exactly)", () => {
    const a = assess(
      [
        school({ primaryPeArtTeachers: 1e98 }),
        school({ name: "二小", equipmentValue: 5e-324 }),
        school({ name: "三小" }),
      ],
      null
    );
    expect(a.stages.primary.schools.map((s) => s.name)).toEqual(["三小"]);
    expect(renderFindings(a.findings).join("\n")).toContain(
      "小学体育艺术专任教师数（1e+98）超出合理范围"
    );
    expect(renderFindings(a.findings).join("\n")).toContain("教学仪器设备值（5e-324）超出合理范围");
  });
});

describe("EDU functions: the reason given for an overflow", () => {
  test('PER100(1e307, 1) said "学生数不是正数"; it now says the result is out of range', () => {
    let message = "";
    try {
      EDU.per100Of(1e307, 1);
    } catch (e) {
      message = (e as CustomFunctions.Error).message ?? "";
    }
    expect(message).toContain("超出可计算的范围");
    expect(message).not.toContain("学生数不是正数");
  });

  test('VARIATION_COEF of values whose squares overflow said "指标值的加权平均为 0"', () => {
    let message = "";
    try {
      EDU.variationCoef([[1e200], [0]], [[1], [1]]);
    } catch (e) {
      message = (e as CustomFunctions.Error).message ?? "";
    }
    expect(message).toContain("超出可计算的范围");
    expect(message).not.toContain("加权平均为 0");
  });
});

describe("the table reader: numbers a cell can hold but a county cannot", () => {
  const { schoolSheet } = templateHeaders();
  /** The template's school sheet with one 小学 at every threshold, some cells replaced. */
  function sheet(over: Record<string, CellValue>): SheetCells {
    const school: Record<string, CellValue> = {
      name: "城关小学",
      type: "小学",
      primaryStudents: 1000,
      primaryClasses: 24,
      primaryQualifiedTeachers: 42,
      primaryBackboneTeachers: 10,
      primaryPeArtTeachers: 9,
      teachingArea: 5000,
      indoorSportsArea: 500,
      outdoorSportsArea: 7000,
      equipmentValue: 200,
      multimediaRooms: 23,
      ...over,
    };
    return {
      name: "学校基础数据",
      values: [schoolSheet.headers, schoolSheet.fields.map((f) => school[f] ?? "")],
    };
  }
  const column = (field: string) => String.fromCharCode(65 + schoolSheet.fields.indexOf(field));

  test('"1e400" in an area cell was read as Infinity ㎡; it is not a number, said at the cell', () => {
    const read = readWorkbook([sheet({ outdoorSportsArea: "1e400" })]);
    expect(read.schools).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: "notANumber",
        sheet: "学校基础数据",
        row: 2,
        column: column("outdoorSportsArea"),
      }),
    ]);
  });

  test("1e20 万元 was read, and assess() then left the school out naming no cell; the reader now says where", () => {
    const read = readWorkbook([sheet({ equipmentValue: 1e20 })]);
    expect(read.schools).toEqual([]);
    const [issue] = read.issues;
    expect(issue).toEqual(
      expect.objectContaining({ code: "valueOutOfRange", row: 2, column: column("equipmentValue") })
    );
    expect(issue.message).toContain("超出合理范围");
  });

  test('a county figure of "1e400" was Infinity, and one of 1e308 元 overflowed to Infinity when rounded; both are now bad data', () => {
    const county: SheetCells = {
      name: "县级指标",
      values: [
        ["指标", "数值", "说明或佐证"],
        ["学校年度公用经费预算总额（万元）", "1e400", ""],
        ["当地公务员平均工资收入（元/年）", "1e308", ""],
        // Two ordinary figures: a sheet needs four to be taken for the county sheet.
        ["适龄残疾儿童少年总数（人）", 120, ""],
        ["违规择校（有/无）", "无", ""],
      ],
    };
    const read = readWorkbook([sheet({}), county]);
    expect(nonFiniteNumbers(read.county)).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["countyBadNumber", 2, "B"],
      ["countyOutOfRange", 3, "B"],
    ]);
  });
});
