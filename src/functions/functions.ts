/**
 * The EDU.* custom functions (interfaces.md §2): thin adapters over src/core.
 *
 * Each function converts its arguments with ./ranges, calls one rule of src/core with the
 * national profile (standards.md), and lets ./errors turn any failure into #VALUE! with a
 * Chinese message. No rule is written here: thresholds, limits and tolerances come from
 * the profile and src/core/rules.
 *
 * The JSDoc below is read by custom-functions-metadata-plugin at build time to write
 * dist/functions.json (English, the default metadata); functions.zh-CN.json beside this
 * file holds the same functions described in Chinese. The plugin's loader also appends the
 * CustomFunctions.associate(id, function) calls to the bundle, so none are written here
 * (as in Microsoft's Excel-Custom-Functions-Shared template).
 */
import {
  applySchoolRule,
  atLeast,
  atMost,
  CLASS_BAND_NAMES,
  classBand,
  compositeVariationCoefficient,
  consolidationRate,
  DEFAULT_PROFILE,
  facilityShare,
  INDICATOR_IDS,
  per100,
  perStudent,
  requiredSpecialRooms,
  SCHOOL_TYPE_NAMES,
  schoolSizeLimit,
  STAGE_NAMES,
  STAGES_OF_TYPE,
  weightedMean,
  weightedVariationCoefficient,
} from "../core";
import { asExcelErrors, finiteResult, invalidValue } from "./errors";
import {
  fixedNumbers,
  indicatorArgument,
  optionalNumber,
  pairedNumbers,
  rangeNumbers,
  scalarNumber,
  schoolTypeArgument,
  stageArgument,
} from "./ranges";

/** Custom functions use the default (national 2017) standards profile. */
const PROFILE = DEFAULT_PROFILE;

/**
 * Student-weighted coefficient of variation (差异系数) of one indicator across schools: S / X̄ with S = √(Σ Pi·(Xi − X̄)² / Σ Pi).
 * @customfunction VARIATION_COEF
 * @param values Indicator value of each school (a row or a column).
 * @param students Students of each school in the same stage (same size as values).
 * @returns The weighted CV.
 */
export function variationCoef(values: any[][], students: any[][]): number {
  return asExcelErrors("VARIATION_COEF", () => {
    const pairs = pairedNumbers(values, "指标值区域", students, "学生数区域");
    requireStudents(pairs.weights);
    return finiteResult(
      weightedVariationCoefficient(pairs.values, pairs.weights),
      "差异系数",
      "指标值的加权平均为 0"
    );
  });
}

/**
 * Student-weighted mean of an indicator, Σ Pi·Xi / Σ Pi (the county value).
 * @customfunction WEIGHTED_MEAN
 * @param values Indicator value of each school (a row or a column).
 * @param students Students of each school in the same stage (same size as values).
 * @returns The weighted mean.
 */
export function weightedMeanOf(values: any[][], students: any[][]): number {
  return asExcelErrors("WEIGHTED_MEAN", () => {
    const pairs = pairedNumbers(values, "指标值区域", students, "学生数区域");
    requireStudents(pairs.weights);
    return finiteResult(weightedMean(pairs.values, pairs.weights), "加权平均", "学生数合计为 0");
  });
}

/**
 * TRUE when every class is within the stage's class-size limit (45 primary, 50 junior).
 * @customfunction CLASSSIZE_OK
 * @param classSizes Students of each class.
 * @param stage 小学/初中 or primary/junior.
 * @returns TRUE when no class exceeds the limit.
 */
export function classSizeOk(classSizes: any[][], stage: string): boolean {
  return asExcelErrors("CLASSSIZE_OK", () => {
    const sizes = rangeNumbers(classSizes, "班额区域");
    const limit = PROFILE.classSize.limits[stageArgument(stage)];
    return sizes.every((size) => atMost(size, limit));
  });
}

/**
 * Share of classes with at least minSize students (大班额比例; 56 by default, 超大班额 included).
 * @customfunction LARGE_CLASS_SHARE
 * @param classSizes Students of each class.
 * @param minSize Smallest class counted (default 56; 66 for 超大班额).
 * @returns A share between 0 and 1.
 */
export function largeClassShare(classSizes: any[][], minSize?: number): number {
  return asExcelErrors("LARGE_CLASS_SHARE", () => {
    const sizes = rangeNumbers(classSizes, "班额区域");
    const min = optionalNumber(minSize, "大班额下限", PROFILE.classSize.bands.veryLarge);
    return sizes.filter((size) => atLeast(size, min)).length / sizes.length;
  });
}

/**
 * Class-size band of one class: 标准 (≤45), 偏大 (46–55), 大班额 (56–65) or 超大班额 (≥66).
 * @customfunction CLASS_BAND
 * @param size Students in the class.
 * @returns The band's Chinese name.
 */
export function classBandOf(size: number): string {
  return asExcelErrors("CLASS_BAND", () => {
    const students = scalarNumber(size, "班额");
    return CLASS_BAND_NAMES[classBand(students, PROFILE.classSize.bands)];
  });
}

/**
 * TRUE when a school's compulsory-stage students are within its size limit (2000; 2500 for 九年/十二年一贯制).
 * @customfunction SCHOOLSIZE_OK
 * @param students Compulsory-stage students of the school.
 * @param schoolType School type, e.g. 小学, 初中, 九年一贯制学校.
 * @returns TRUE within the limit.
 */
export function schoolSizeOk(students: number, schoolType: string): boolean {
  return asExcelErrors("SCHOOLSIZE_OK", () => {
    const count = scalarNumber(students, "学生数");
    return atMost(count, schoolSizeLimit(schoolTypeArgument(schoolType), PROFILE));
  });
}

/**
 * Per 100 students: count / students × 100.
 * @customfunction PER100
 * @param count Teachers, rooms or another count.
 * @param students Students of the stage.
 * @returns The count per 100 students.
 */
export function per100Of(count: number, students: number): number {
  return asExcelErrors("PER100", () => {
    const n = scalarNumber(count, "数量");
    return finiteResult(per100(n, positiveStudents(students)), "每百名学生数", "学生数不是正数");
  });
}

/**
 * Per student: amount / students.
 * @customfunction PER_STUDENT
 * @param amount Floor area, equipment value or another amount.
 * @param students Students of the stage.
 * @returns The amount per student.
 */
export function perStudentOf(amount: number, students: number): number {
  return asExcelErrors("PER_STUDENT", () => {
    const n = scalarNumber(amount, "总量");
    return finiteResult(perStudent(n, positiveStudents(students)), "生均值", "学生数不是正数");
  });
}

/**
 * The threshold a school must reach for one indicator in one stage.
 * @customfunction THRESHOLD
 * @param indicator Indicator id (e.g. qualifiedTeachersPer100), its Chinese name, or its number 1–7.
 * @param stage 小学/初中 or primary/junior.
 * @returns The threshold.
 */
export function threshold(indicator: string, stage: string): number {
  return asExcelErrors(
    "THRESHOLD",
    () => PROFILE.thresholds[indicatorArgument(indicator)][stageArgument(stage)]
  );
}

/**
 * TRUE when a value reaches the indicator's threshold (a value equal to the threshold meets it).
 * @customfunction INDICATOR_MET
 * @param value The school's indicator value.
 * @param indicator Indicator id, its Chinese name, or its number 1–7.
 * @param stage 小学/初中 or primary/junior.
 * @returns TRUE when value ≥ threshold.
 */
export function indicatorMet(value: number, indicator: string, stage: string): boolean {
  return asExcelErrors("INDICATOR_MET", () => {
    const x = scalarNumber(value, "指标值");
    return atLeast(x, PROFILE.thresholds[indicatorArgument(indicator)][stageArgument(stage)]);
  });
}

/**
 * How many of a school's 7 indicator values reach their thresholds.
 * @customfunction MET_COUNT
 * @param values The 7 values in the standard's order (qualified teachers, backbone teachers, PE/art teachers, teaching area, sports area, equipment value, multimedia rooms).
 * @param stage 小学/初中 or primary/junior.
 * @returns A count from 0 to 7.
 */
export function metCount(values: any[][], stage: string): number {
  return asExcelErrors("MET_COUNT", () => schoolRule(values, stage).metCount);
}

/**
 * TRUE when a school meets the standard: at least 6 of the 7 indicators reach their thresholds and every other one reaches 85% of its threshold.
 * @customfunction SCHOOL_MEETS
 * @param values The 7 values in the standard's order.
 * @param stage 小学/初中 or primary/junior.
 * @returns TRUE when the school meets the standard.
 */
export function schoolMeets(values: any[][], stage: string): boolean {
  return asExcelErrors("SCHOOL_MEETS", () => schoolRule(values, stage).passes);
}

/**
 * Share of a school's shared facilities that belongs to one stage, students weighted primary 1 : junior 1.1 : senior 1.32.
 * @customfunction STAGE_SHARE
 * @param primaryStudents Primary students of the school.
 * @param juniorStudents Junior students of the school.
 * @param seniorStudents Senior (high-school) students of the school.
 * @param schoolType School type, e.g. 九年一贯制学校, 完全中学, 十二年一贯制学校.
 * @param stage 小学/初中 or primary/junior.
 * @returns A share between 0 and 1.
 */
export function stageShare(
  primaryStudents: number,
  juniorStudents: number,
  seniorStudents: number,
  schoolType: string,
  stage: string
): number {
  return asExcelErrors("STAGE_SHARE", () => {
    const students = {
      primary: scalarNumber(primaryStudents, "小学学生数"),
      junior: scalarNumber(juniorStudents, "初中学生数"),
      senior: scalarNumber(seniorStudents, "高中学生数"),
    };
    const type = schoolTypeArgument(schoolType);
    const wanted = stageArgument(stage);
    const has = STAGES_OF_TYPE[type];
    const present =
      (has.primary ? students.primary : 0) +
      (has.junior ? students.junior : 0) +
      (has.senior ? students.senior : 0);
    // A school type without the stage has no share of it (0); one that has it but no students cannot be split.
    if (has[wanted] && !(present > 0)) {
      throw invalidValue(
        `${SCHOOL_TYPE_NAMES[type]}各学段学生数合计为 0，无法分摊${STAGE_NAMES[wanted]}部的共用设施`
      );
    }
    return facilityShare(students, type, wanted, PROFILE.stageWeights);
  });
}

/**
 * TRUE when a school has at least one music room and one art room per 12 classes.
 * @customfunction SPECIAL_ROOMS_OK
 * @param classes Classes of the school (compulsory stages).
 * @param musicRooms Music rooms.
 * @param artRooms Art rooms.
 * @returns TRUE when both room counts are enough.
 */
export function specialRoomsOk(classes: number, musicRooms: number, artRooms: number): boolean {
  return asExcelErrors("SPECIAL_ROOMS_OK", () => {
    const required = requiredSpecialRooms(
      scalarNumber(classes, "班级数"),
      PROFILE.specialRooms.classesPerRoom
    );
    return (
      scalarNumber(musicRooms, "音乐专用教室数") >= required &&
      scalarNumber(artRooms, "美术专用教室数") >= required
    );
  });
}

/**
 * Junior three-year consolidation rate: (graduates − transfers in + transfers out) / (enrolled in grade 7 three years before − deaths).
 * @customfunction CONSOLIDATION_RATE
 * @param graduates Graduates this year.
 * @param transferIn Students transferred in during the three years.
 * @param transferOut Students transferred out during the three years.
 * @param enrolled Grade-7 students three years before.
 * @param deaths Deaths during the three years.
 * @returns The rate (0.95 = 95%).
 */
export function consolidationRateOf(
  graduates: number,
  transferIn: number,
  transferOut: number,
  enrolled: number,
  deaths: number
): number {
  return asExcelErrors("CONSOLIDATION_RATE", () =>
    consolidationRate(
      scalarNumber(graduates, "毕业生数"),
      scalarNumber(transferIn, "转入人数"),
      scalarNumber(transferOut, "转出人数"),
      scalarNumber(enrolled, "三年前初一在校生数"),
      scalarNumber(deaths, "死亡人数")
    )
  );
}

/**
 * TRUE when a CV is within the stage's limit (0.50 primary, 0.45 junior; equal to the limit passes).
 * @customfunction CV_OK
 * @param cv The coefficient of variation.
 * @param stage 小学/初中 or primary/junior.
 * @returns TRUE within the limit.
 */
export function cvOk(cv: number, stage: string): boolean {
  return asExcelErrors("CV_OK", () =>
    atMost(scalarNumber(cv, "差异系数"), PROFILE.countyRule.limits[stageArgument(stage)])
  );
}

/**
 * The 2012 composite CV (综合差异系数): the mean of the indicators' CVs.
 * @customfunction COMPOSITE_CV
 * @param cvs The CVs of the indicators.
 * @returns Their arithmetic mean.
 */
export function compositeCv(cvs: any[][]): number {
  return asExcelErrors("COMPOSITE_CV", () =>
    compositeVariationCoefficient(rangeNumbers(cvs, "差异系数区域"))
  );
}

function schoolRule(values: unknown, stage: unknown) {
  const xs = fixedNumbers(values, "指标值区域", INDICATOR_IDS.length);
  const s = stageArgument(stage);
  const thresholds = INDICATOR_IDS.map((id) => PROFILE.thresholds[id][s]);
  return applySchoolRule(xs, thresholds, PROFILE.schoolRule);
}

function requireStudents(weights: number[]): void {
  if (!(weights.reduce((a, b) => a + b, 0) > 0))
    throw invalidValue("学生数区域合计为 0，无法按学生数加权");
}

function positiveStudents(students: unknown): number {
  const n = scalarNumber(students, "学生数");
  if (n === 0) throw invalidValue("学生数为 0，无法计算");
  return n;
}
