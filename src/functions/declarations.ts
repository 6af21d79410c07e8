/**
 * The EDU.* custom functions (interfaces.md §2) declared as data, as HyperFormula declares its
 * functions: each function's id, its words in both locales, and every argument's name, words
 * and check. One place converts and checks the arguments (./call.ts, through ./ranges); a
 * function's body only ever sees checked values and calls one rule of src/core.
 *
 * Both metadata files come from this table (scripts/functionsMetadata.ts): functions.ts, whose
 * JSDoc custom-functions-metadata-plugin reads to write functions.json (English), and
 * functions.zh-CN.json (Chinese). The numbers in the help are the profile's, written here from
 * it, so that neither the two files nor the help can drift from the rules
 * (test/functions/declarations.test.ts).
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
  type QualityIndicatorId,
  type SchoolType,
  type Stage,
} from "../core";
import { finiteResult, invalidValue } from "./errors";

/** Custom functions use the default (national 2017) standards profile. */
export const PROFILE = DEFAULT_PROFILE;

/**
 * What an argument must be, checked in one place (./call.ts):
 * - range: the numbers of a range (a row or a column); blanks skipped, at least one number;
 * - pairedRange: a range read pairwise with the argument named by `weights` (blank in either
 *   skips the pair), whose sum must be positive;
 * - weights: the other half of a pairedRange (checked with it);
 * - fixedRange: exactly `count` numbers, none blank;
 * - number: one non-negative number (text numbers read); `positive`: and not 0;
 * - optionalNumber: as number, `fallback` when omitted;
 * - stage, schoolType, indicator: a name the core knows (Chinese or English), or 1–7.
 */
export type ArgumentCheck =
  | { kind: "range" }
  | { kind: "pairedRange"; weights: string }
  | { kind: "weights" }
  | { kind: "fixedRange"; count: number }
  | { kind: "number"; positive?: boolean }
  | { kind: "optionalNumber"; fallback: number }
  | { kind: "stage" }
  | { kind: "schoolType" }
  | { kind: "indicator" };

/** A checked argument, as a function's body receives it. */
export type ArgumentValue = number | number[] | Stage | SchoolType | QualityIndicatorId;

export interface ArgumentDeclaration {
  /** The English name (interfaces.md §2), the JavaScript parameter's name. */
  name: string;
  /** The Chinese name Excel shows in the formula tooltip (letters only). */
  zhName: string;
  /** The words a message uses for it ("指标值区域为空"). */
  label: string;
  en: string;
  zh: string;
  check: ArgumentCheck;
}

export interface FunctionDeclaration {
  /** The id and name Excel uses: EDU.<id>. */
  id: string;
  /** The exported JavaScript function's name (functions.ts). */
  jsName: string;
  en: string;
  zh: string;
  /** What it returns, in English (the JSDoc's @returns). */
  returnsEn: string;
  result: "number" | "boolean" | "string";
  args: readonly ArgumentDeclaration[];
  /** The rule, on checked arguments in the declared order. */
  body: (args: readonly ArgumentValue[]) => number | boolean | string;
}

const p = PROFILE;
const rule = p.schoolRule!;

// Arguments that several functions share, in the same words everywhere.
const stage: ArgumentDeclaration = {
  name: "stage",
  zhName: "学段",
  label: "学段",
  en: "小学/初中 or primary/junior.",
  zh: "学段：小学/初中，或 primary/junior。",
  check: { kind: "stage" },
};
const indicatorValues = (name: string): ArgumentDeclaration => ({
  name,
  zhName: "指标值",
  label: "指标值区域",
  en: "Indicator value of each school (a row or a column).",
  zh: "各校的指标值（一行或一列）。",
  check: { kind: "pairedRange", weights: "students" },
});
const studentsRange: ArgumentDeclaration = {
  name: "students",
  zhName: "学生数",
  label: "学生数区域",
  en: "Students of each school in the same stage (same size as values).",
  zh: "各校该学段的在校生数，与指标值区域大小相同。",
  check: { kind: "weights" },
};
const classSizes: ArgumentDeclaration = {
  name: "classSizes",
  zhName: "班额",
  label: "班额区域",
  en: "Students of each class.",
  zh: "各班的学生数。",
  check: { kind: "range" },
};
const stageStudents = (en: string, zh: string): ArgumentDeclaration => ({
  name: "students",
  zhName: "学生数",
  label: "学生数",
  en,
  zh,
  check: { kind: "number", positive: true },
});
const sevenValues: ArgumentDeclaration = {
  name: "values",
  zhName: "指标值",
  label: "指标值区域",
  en: "The 7 values in the standard's order (qualified teachers, backbone teachers, PE/art teachers, teaching area, sports area, equipment value, multimedia rooms).",
  zh: "本校 7 项指标值，按标准规定的顺序：高于规定学历教师、骨干教师、体育艺术教师（人/百生），生均教学及辅助用房、生均体育运动场馆（㎡），生均教学仪器设备值（元），网络多媒体教室（间/百生）。",
  check: { kind: "fixedRange", count: INDICATOR_IDS.length },
};
const count = (name: string, zhName: string, label: string, en: string, zh: string) =>
  ({ name, zhName, label, en, zh, check: { kind: "number" } }) satisfies ArgumentDeclaration;

// Checked arguments, typed back for the bodies (the check guarantees the kind).
const nums = (v: ArgumentValue) => v as number[];
const num = (v: ArgumentValue) => v as number;
const stageOf = (v: ArgumentValue) => v as Stage;

function schoolRuleOf(values: ArgumentValue, s: ArgumentValue) {
  const thresholds = INDICATOR_IDS.map((id) => p.thresholds[id][stageOf(s)]);
  return applySchoolRule(nums(values), thresholds, rule);
}

const cv = (x: number) => x.toFixed(2);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const bands = p.classSize.bands;

export const FUNCTION_DECLARATIONS: readonly FunctionDeclaration[] = [
  {
    id: "VARIATION_COEF",
    jsName: "variationCoef",
    en: "Student-weighted coefficient of variation (差异系数) of one indicator across schools: S / X̄ with S = √(Σ Pi·(Xi − X̄)² / Σ Pi).",
    zh: "按学生数加权的差异系数：X̄ = ΣPi·Xi/ΣPi，S = √(ΣPi·(Xi−X̄)²/ΣPi)，差异系数 = S/X̄（教督〔2017〕6号）。空单元格成对跳过。",
    returnsEn: "The weighted CV.",
    result: "number",
    args: [indicatorValues("values"), studentsRange],
    body: ([values, students]) =>
      finiteResult(
        weightedVariationCoefficient(nums(values), nums(students)),
        "差异系数",
        "指标值的加权平均为 0"
      ),
  },
  {
    id: "WEIGHTED_MEAN",
    jsName: "weightedMeanOf",
    en: "Student-weighted mean of an indicator, Σ Pi·Xi / Σ Pi (the county value).",
    zh: "按学生数加权的指标平均值 ΣPi·Xi/ΣPi，即全县总量除以全县学生数。",
    returnsEn: "The weighted mean.",
    result: "number",
    args: [indicatorValues("values"), studentsRange],
    body: ([values, students]) =>
      finiteResult(weightedMean(nums(values), nums(students)), "加权平均", "学生数合计为 0"),
  },
  {
    id: "CLASSSIZE_OK",
    jsName: "classSizeOk",
    en: `TRUE when every class is within the stage's class-size limit (${p.classSize.limits.primary} primary, ${p.classSize.limits.junior} junior).`,
    zh: `所有班级的班额都不超过该学段的上限（小学 ${p.classSize.limits.primary} 人，初中 ${p.classSize.limits.junior} 人）时为 TRUE。`,
    returnsEn: "TRUE when no class exceeds the limit.",
    result: "boolean",
    args: [classSizes, stage],
    body: ([sizes, s]) => nums(sizes).every((x) => atMost(x, p.classSize.limits[stageOf(s)])),
  },
  {
    id: "LARGE_CLASS_SHARE",
    jsName: "largeClassShare",
    en: `Share of classes with at least minSize students (大班额比例; ${bands.veryLarge} by default, 超大班额 included).`,
    zh: `学生数达到下限的班级所占比例（大班额比例，默认 ${bands.veryLarge} 人及以上，含超大班额）。`,
    returnsEn: "A share between 0 and 1.",
    result: "number",
    args: [
      classSizes,
      {
        name: "minSize",
        zhName: "最小班额",
        label: "大班额下限",
        en: `Smallest class counted (default ${bands.veryLarge}; ${bands.superLarge} for 超大班额).`,
        zh: `计入的最小班额，默认 ${bands.veryLarge}；超大班额用 ${bands.superLarge}。`,
        check: { kind: "optionalNumber", fallback: bands.veryLarge },
      },
    ],
    body: ([sizes, min]) =>
      nums(sizes).filter((x) => atLeast(x, num(min))).length / nums(sizes).length,
  },
  {
    id: "CLASS_BAND",
    jsName: "classBandOf",
    en: `Class-size band of one class: 标准 (≤${bands.large - 1}), 偏大 (${bands.large}–${bands.veryLarge - 1}), 大班额 (${bands.veryLarge}–${bands.superLarge - 1}) or 超大班额 (≥${bands.superLarge}).`,
    zh: `一个班的班额类别：标准（≤${bands.large - 1}）、偏大（${bands.large}–${bands.veryLarge - 1}）、大班额（${bands.veryLarge}–${bands.superLarge - 1}）、超大班额（≥${bands.superLarge}）。`,
    returnsEn: "The band's Chinese name.",
    result: "string",
    args: [count("size", "班额", "班额", "Students in the class.", "该班的学生数。")],
    body: ([size]) => CLASS_BAND_NAMES[classBand(num(size), bands)],
  },
  {
    id: "SCHOOLSIZE_OK",
    jsName: "schoolSizeOk",
    en: `TRUE when a school's compulsory-stage students are within its size limit (${p.schoolSize.default}; ${p.schoolSize.byType?.twelveYear} for 九年/十二年一贯制).`,
    zh: `学校义务教育阶段在校生数不超过规模上限（${p.schoolSize.default} 人；九年一贯制、十二年一贯制 ${p.schoolSize.byType?.twelveYear} 人）时为 TRUE。`,
    returnsEn: "TRUE within the limit.",
    result: "boolean",
    args: [
      count(
        "students",
        "在校生数",
        "学生数",
        "Compulsory-stage students of the school.",
        "学校义务教育阶段在校生数。"
      ),
      {
        name: "schoolType",
        zhName: "学校类型",
        label: "学校类型",
        en: "School type, e.g. 小学, 初中, 九年一贯制学校.",
        zh: "学校类型，如 小学、初中、九年一贯制学校、完全中学、十二年一贯制学校。",
        check: { kind: "schoolType" },
      },
    ],
    body: ([students, type]) => atMost(num(students), schoolSizeLimit(type as SchoolType, p)),
  },
  {
    id: "PER100",
    jsName: "per100Of",
    en: "Per 100 students: count / students × 100.",
    zh: "每百名学生拥有数：数量 ÷ 学生数 × 100。",
    returnsEn: "The count per 100 students.",
    result: "number",
    args: [
      count("count", "数量", "数量", "Teachers, rooms or another count.", "教师数、教室数等数量。"),
      stageStudents("Students of the stage.", "该学段在校生数（大于 0）。"),
    ],
    body: ([n, students]) =>
      finiteResult(per100(num(n), num(students)), "每百名学生数", "学生数不是正数"),
  },
  {
    id: "PER_STUDENT",
    jsName: "perStudentOf",
    en: "Per student: amount / students.",
    zh: "生均值：总量 ÷ 学生数。",
    returnsEn: "The amount per student.",
    result: "number",
    args: [
      count(
        "amount",
        "总量",
        "总量",
        "Floor area, equipment value or another amount.",
        "面积（㎡）、设备值（元）等总量。"
      ),
      stageStudents("Students of the stage.", "该学段在校生数（大于 0）。"),
    ],
    body: ([n, students]) =>
      finiteResult(perStudent(num(n), num(students)), "生均值", "学生数不是正数"),
  },
  {
    id: "THRESHOLD",
    jsName: "threshold",
    en: "The threshold a school must reach for one indicator in one stage.",
    zh: "某项指标在某学段的达标值（教督〔2017〕6号）。",
    returnsEn: "The threshold.",
    result: "number",
    args: [
      {
        name: "indicator",
        zhName: "指标",
        label: "指标",
        en: "Indicator id (e.g. qualifiedTeachersPer100), its Chinese name, or its number 1–7.",
        zh: "指标：代码（如 qualifiedTeachersPer100）、中文名称（如 生均教学仪器设备值）或序号 1–7。",
        check: { kind: "indicator" },
      },
      stage,
    ],
    body: ([id, s]) => p.thresholds[id as QualityIndicatorId][stageOf(s)],
  },
  {
    id: "INDICATOR_MET",
    jsName: "indicatorMet",
    en: "TRUE when a value reaches the indicator's threshold (a value equal to the threshold meets it).",
    zh: "指标值达到达标值时为 TRUE（等于达标值也算达标）。",
    returnsEn: "TRUE when value ≥ threshold.",
    result: "boolean",
    args: [
      count("value", "指标值", "指标值", "The school's indicator value.", "本校的指标值。"),
      {
        name: "indicator",
        zhName: "指标",
        label: "指标",
        en: "Indicator id, its Chinese name, or its number 1–7.",
        zh: "指标：代码、中文名称或序号 1–7。",
        check: { kind: "indicator" },
      },
      stage,
    ],
    body: ([x, id, s]) => atLeast(num(x), p.thresholds[id as QualityIndicatorId][stageOf(s)]),
  },
  {
    id: "MET_COUNT",
    jsName: "metCount",
    en: `How many of a school's ${INDICATOR_IDS.length} indicator values reach their thresholds.`,
    zh: `本校 ${INDICATOR_IDS.length} 项指标中达到达标值的项数（0–${INDICATOR_IDS.length}）。`,
    returnsEn: `A count from 0 to ${INDICATOR_IDS.length}.`,
    result: "number",
    args: [sevenValues, stage],
    body: ([values, s]) => schoolRuleOf(values, s).metCount,
  },
  {
    id: "SCHOOL_MEETS",
    jsName: "schoolMeets",
    en: `TRUE when a school meets the standard: at least ${rule.minMet} of the ${INDICATOR_IDS.length} indicators reach their thresholds and every other one reaches ${pct(rule.floor)} of its threshold.`,
    zh: `学校达标：至少 ${rule.minMet} 项指标达到达标值，且其余指标不低于达标值的 ${pct(rule.floor)}，此时为 TRUE。`,
    returnsEn: "TRUE when the school meets the standard.",
    result: "boolean",
    args: [{ ...sevenValues, en: "The 7 values in the standard's order." }, stage],
    body: ([values, s]) => schoolRuleOf(values, s).passes,
  },
  {
    id: "STAGE_SHARE",
    jsName: "stageShare",
    en: `Share of a school's shared facilities that belongs to one stage, students weighted primary ${p.stageWeights.primary} : junior ${p.stageWeights.junior} : senior ${p.stageWeights.senior}.`,
    zh: `一贯制、完全中学等跨学段学校的共用设施分摊给某学段的比例，学生按 小学 ${p.stageWeights.primary} : 初中 ${p.stageWeights.junior} : 高中 ${p.stageWeights.senior} 折算。`,
    returnsEn: "A share between 0 and 1.",
    result: "number",
    args: [
      count(
        "primaryStudents",
        "小学生数",
        "小学学生数",
        "Primary students of the school.",
        "本校小学在校生数。"
      ),
      count(
        "juniorStudents",
        "初中生数",
        "初中学生数",
        "Junior students of the school.",
        "本校初中在校生数。"
      ),
      count(
        "seniorStudents",
        "高中生数",
        "高中学生数",
        "Senior (high-school) students of the school.",
        "本校高中在校生数。"
      ),
      {
        name: "schoolType",
        zhName: "学校类型",
        label: "学校类型",
        en: "School type, e.g. 九年一贯制学校, 完全中学, 十二年一贯制学校.",
        zh: "学校类型，如 九年一贯制学校、完全中学、十二年一贯制学校。",
        check: { kind: "schoolType" },
      },
      stage,
    ],
    body: ([primary, junior, senior, t, s]) => {
      const students = { primary: num(primary), junior: num(junior), senior: num(senior) };
      const type = t as SchoolType;
      const wanted = stageOf(s);
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
      return facilityShare(students, type, wanted, p.stageWeights);
    },
  },
  {
    id: "SPECIAL_ROOMS_OK",
    jsName: "specialRoomsOk",
    en: `TRUE when a school has at least one music room and one art room per ${p.specialRooms.classesPerRoom} classes.`,
    zh: `每 ${p.specialRooms.classesPerRoom} 个班至少有 1 间音乐专用教室和 1 间美术专用教室（所需间数 = 班级数 ÷ ${p.specialRooms.classesPerRoom} 向上取整）时为 TRUE。`,
    returnsEn: "TRUE when both room counts are enough.",
    result: "boolean",
    args: [
      count(
        "classes",
        "班级数",
        "班级数",
        "Classes of the school (compulsory stages).",
        "学校班级数（义务教育阶段）。"
      ),
      count("musicRooms", "音乐教室数", "音乐专用教室数", "Music rooms.", "音乐专用教室间数。"),
      count("artRooms", "美术教室数", "美术专用教室数", "Art rooms.", "美术专用教室间数。"),
    ],
    body: ([classes, music, art]) => {
      const required = requiredSpecialRooms(num(classes), p.specialRooms.classesPerRoom);
      return num(music) >= required && num(art) >= required;
    },
  },
  {
    id: "CONSOLIDATION_RATE",
    jsName: "consolidationRateOf",
    en: "Junior three-year consolidation rate: (graduates − transfers in + transfers out) / (enrolled in grade 7 three years before − deaths).",
    zh: "初中三年巩固率 =（毕业生数 − 转入人数 + 转出人数）÷（三年前初一在校生数 − 死亡人数）。",
    returnsEn: "The rate (0.95 = 95%).",
    result: "number",
    args: [
      count("graduates", "毕业生数", "毕业生数", "Graduates this year.", "本届毕业生数。"),
      count(
        "transferIn",
        "转入人数",
        "转入人数",
        "Students transferred in during the three years.",
        "三年内转入人数。"
      ),
      count(
        "transferOut",
        "转出人数",
        "转出人数",
        "Students transferred out during the three years.",
        "三年内转出人数。"
      ),
      count(
        "enrolled",
        "三年前初一人数",
        "三年前初一在校生数",
        "Grade-7 students three years before.",
        "三年前初一在校生数。"
      ),
      count("deaths", "死亡人数", "死亡人数", "Deaths during the three years.", "三年内死亡人数。"),
    ],
    body: ([graduates, transferIn, transferOut, enrolled, deaths]) =>
      consolidationRate(
        num(graduates),
        num(transferIn),
        num(transferOut),
        num(enrolled),
        num(deaths)
      ),
  },
  {
    id: "CV_OK",
    jsName: "cvOk",
    en: `TRUE when a CV is within the stage's limit (${cv(p.countyRule.limits.primary)} primary, ${cv(p.countyRule.limits.junior)} junior; equal to the limit passes).`,
    zh: `差异系数不超过该学段的上限（小学 ${cv(p.countyRule.limits.primary)}，初中 ${cv(p.countyRule.limits.junior)}；等于上限也算达标）时为 TRUE。`,
    returnsEn: "TRUE within the limit.",
    result: "boolean",
    args: [
      count("cv", "差异系数", "差异系数", "The coefficient of variation.", "差异系数。"),
      stage,
    ],
    body: ([x, s]) => atMost(num(x), p.countyRule.limits[stageOf(s)]),
  },
  {
    id: "COMPOSITE_CV",
    jsName: "compositeCv",
    en: "The 2012 composite CV (综合差异系数): the mean of the indicators' CVs.",
    zh: "2012 年基本均衡的综合差异系数：各项指标差异系数的算术平均。",
    returnsEn: "Their arithmetic mean.",
    result: "number",
    args: [
      {
        name: "cvs",
        zhName: "差异系数",
        label: "差异系数区域",
        en: "The CVs of the indicators.",
        zh: "各项指标的差异系数。",
        check: { kind: "range" },
      },
    ],
    body: ([cvs]) => compositeVariationCoefficient(nums(cvs)),
  },
];
