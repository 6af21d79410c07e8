/**
 * The findings' words (src/i18n part findings, rendered by src/core/messages.ts): every code
 * has a zh-CN and an en-US text, each says every figure of the finding, and the
 * English says nothing in Chinese but the data's own words.
 */
import type { Finding, FindingCode } from "../../src/core/findings";
import { COUNTY_CHECK_NAMES_EN } from "../../src/core/county/items";
import {
  FINDING_CODES,
  renderCountyNotes,
  renderFinding,
  schoolSizeLimits,
} from "../../src/core/messages";
import { NATIONAL_2017 } from "../../src/core/profiles";

const at = { name: "Alpha", source: { sheet: "S1", row: 12 } };

/** One finding of every code; the type makes a new code without an example fail to compile. */
const EXAMPLES: { [C in FindingCode]: Extract<Finding, { code: C }> } = {
  unknownSchoolType: { code: "unknownSchoolType", school: at, type: "Weird" },
  studentsOfUntaughtStage: {
    code: "studentsOfUntaughtStage",
    school: at,
    type: "primary",
    stage: "junior",
    students: 37,
  },
  badFigures: {
    code: "badFigures",
    school: at,
    problems: [
      { field: "teachingArea", value: "abc", problem: "invalid" },
      { field: "equipmentValue", value: 2e16, problem: "outOfRange" },
    ],
    scope: { kind: "resources", stage: "primary" },
  },
  noStageStudents: { code: "noStageStudents", school: at, type: "nineYear", stage: "junior" },
  indoorSportsAboveTeachingArea: {
    code: "indoorSportsAboveTeachingArea",
    school: at,
    stage: "primary",
    indoorSportsArea: 900,
    teachingArea: 800,
  },
  zeroCountyMean: { code: "zeroCountyMean", stage: "primary", indicator: "multimediaRoomsPer100" },
  noSchoolsInStage: { code: "noSchoolsInStage", stage: "junior" },
  allowance: {
    code: "allowance",
    message: "「Alpha」申请了 2016 年前建成学校的专用教室面积标准，但没有填建校年份",
    messageEn:
      'School "Alpha" claims the room-area allowance of schools built by 2016 without a 建校年份',
  },
  compositeUndefined: { code: "compositeUndefined", stage: "primary" },
  duplicateSchoolName: { code: "duplicateSchoolName", name: "Beta", count: 3 },
  classBadStage: {
    code: "classBadStage",
    class: { school: "Beta", className: "C1", source: { sheet: "S2", row: 7 } },
    stage: "senior",
  },
  classBadStudents: {
    code: "classBadStudents",
    class: { school: "Beta", className: "C1" },
    students: -4,
  },
  classStageMismatch: {
    code: "classStageMismatch",
    school: "Gamma",
    stage: "junior",
    type: "primary",
  },
  classUnknownSchool: {
    code: "classUnknownSchool",
    school: "Delta",
    classes: 5,
    first: { sheet: "S2", row: 9 },
  },
  countyNoProfileStandards: {
    code: "countyNoProfileStandards",
    profile: "某省标准",
    profileEn: "Some province",
  },
  excludedType: { code: "excludedType", type: "special" },
  excludedPrivate: { code: "excludedPrivate", profile: "某省标准", profileEn: "Some province" },
  smallTeachingPoint: { code: "smallTeachingPoint", students: 28, min: 50 },
  stageEmpty: { code: "stageEmpty", stage: "junior" },
  stageSchoolsFailing: { code: "stageSchoolsFailing", stage: "primary", failing: 4 },
  stageCvsFailing: { code: "stageCvsFailing", stage: "junior", count: 2, limit: 0.45 },
  stageIndicatorsMissing: {
    code: "stageIndicatorsMissing",
    stage: "primary",
    count: 2,
    indicators: ["equipmentValuePerStudent", "multimediaRoomsPer100"],
  },
  partialTable: {
    code: "partialTable",
    fields: ["equipmentValue", "multimediaRooms"],
    primary: ["equipmentValuePerStudent", "multimediaRoomsPer100"],
    junior: [],
  },
  stageCompositeFailing: {
    code: "stageCompositeFailing",
    stage: "primary",
    cv: 0.712,
    limit: 0.65,
    decimals: 3,
  },
  classesOverLimit: { code: "classesOverLimit", stage: "primary", count: 6, limit: 45 },
  schoolsOversized: { code: "schoolsOversized", count: 2 },
  specialRoomsShort: { code: "specialRoomsShort", count: 8 },
  countyPartFailed: { code: "countyPartFailed", part: "government", count: 3 },
  countyPartMissing: { code: "countyPartMissing", part: "quality", count: 9 },
  vetoes: { code: "vetoes", count: 2, items: ["examAdmission", "falsifiedData"] },
  vetoesMissing: { code: "vetoesMissing", count: 6 },
  countyFlagNo: { code: "countyFlagNo", check: "规划布局合理" },
  countyShareBelow: {
    code: "countyShareBelow",
    check: "交流轮岗比例",
    value: 0.099999,
    threshold: 0.1,
  },
  countyAmountBelow: {
    code: "countyAmountBelow",
    check: "特教生均公用经费",
    value: 5999.99,
    threshold: 6000,
  },
  countyRoomsShort: {
    code: "countyRoomsShort",
    schools: [{ name: "Beta", required: 2, music: 1, art: 0 }],
  },
  countySchoolsTooLarge: {
    code: "countySchoolsTooLarge",
    schools: [{ name: "Alpha", students: 2100, limit: 2000 }],
  },
  countyClassesTooLarge: { code: "countyClassesTooLarge", stage: "junior", count: 3, limit: 50 },
  countyPayBelow: { code: "countyPayBelow", short: 1234.5 },
  countyLevelBelow: { code: "countyLevelBelow", subject: "Maths", level: 2, min: 3 },
  countyRateNotBelow: { code: "countyRateNotBelow", subject: "Maths", value: 0.15, limit: 0.15 },
  countyVetoApplies: { code: "countyVetoApplies", veto: "keySchoolsOrClasses" },
  countyNotMet: {
    code: "countyNotMet",
    reasons: [
      { code: "countyFlagNo", check: "“四统一”" },
      { code: "countyRateNotBelow", value: 0.2, limit: 0.15 },
      { code: "countyRoomsShort", schools: [{ name: "Eta", required: 3, music: 2, art: 1 }] },
    ],
  },
  countyLacking: {
    code: "countyLacking",
    bad: true,
    figures: [
      { kind: "field", key: "rotatedTeachers" },
      { kind: "schoolRooms" },
      { kind: "schoolTable" },
      { kind: "classTable" },
      { kind: "survey" },
      { kind: "monitoring", what: "rate", subject: "Maths" },
      { kind: "monitoring", what: "level", scope: "monitoring" },
      { kind: "monitoring", what: "level", scope: "county" },
      { kind: "monitoring", what: "rate" },
    ],
  },
  countyBlankAsZero: { code: "countyBlankAsZero", figures: ["transfersIn", "deaths"] },
  countyConsolidationAbove100: { code: "countyConsolidationAbove100" },
  countySurveyRatesAveraged: { code: "countySurveyRatesAveraged" },
  countySurveyGroupsLow: {
    code: "countySurveyGroupsLow",
    threshold: 0.85,
    groups: [{ group: "students", rate: 0.7 }],
  },
  countySmallSchools: {
    code: "countySmallSchools",
    students: 100,
    schools: [{ name: "Gamma", students: 40 }],
  },
  countyNoSpecialSchool: { code: "countyNoSpecialSchool" },
  schoolSizeLimits: { code: "schoolSizeLimits", default: 2000, nineYear: 2500, twelveYear: 3000 },
};

/** Keys whose values are ids the text turns into words (or says per locale), not figures shown as they are. */
const NOT_SHOWN = new Set([
  "code",
  "stage",
  "type",
  "field",
  "problem",
  "kind",
  "indicator",
  "part",
  "decimals",
  "info",
  "profile",
  "profileEn",
  // County notes: ids said in words (a veto, a survey group, a figure of the template, which
  // 质量监测 figure), and the vetoes of a verdict reason.
  "veto",
  "group",
  "key",
  "what",
  "scope",
  "items",
  // A partial table's fields and indicators: ids said by their labels and names (checked below).
  "fields",
  "indicators",
  "primary",
  "junior",
  // An allowance finding is worded by allowances/messages.ts: checked as a whole below.
  "message",
  "messageEn",
]);

/**
 * Figures of the county notes that are formatted (shares as percentages, money with
 * separators, levels as Ⅰ–Ⅳ): their texts are checked whole in "the county notes" below.
 */
const FORMATTED = new Set(["value", "threshold", "rate", "short", "level", "min"]);

/** The figures a text must show: numbers and the data's own words, found anywhere in the finding. */
function figures(value: unknown, key = "", county = false): string[] {
  if (NOT_SHOWN.has(key)) return [];
  if (county && FORMATTED.has(key)) return [];
  // The blank 转入/转出/死亡 of countyBlankAsZero are ids said in words.
  if (key === "figures" && Array.isArray(value) && value.every((v) => typeof v === "string"))
    return [];
  // A class row read from a sheet is named by its sheet and row, not its school and class.
  if (key === "class" && value !== null && typeof value === "object" && "source" in value)
    return figures((value as { source: unknown }).source);
  if (typeof value === "number") return [String(value)];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => figures(v, "", county));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => figures(v, k, county));
  return [];
}

/** A county check's name: Chinese in the Chinese text, its English in the English one. */
function checks(value: unknown, key = ""): string[] {
  if (key === "check" && typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => checks(v));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => checks(v, k));
  return [];
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("every finding code, in both locales", () => {
  test("the catalogue knows every code once per locale, and the examples cover them all", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...FINDING_CODES].sort());
    expect(FINDING_CODES.length).toBeGreaterThanOrEqual(28);
  });

  test.each(FINDING_CODES.map((c) => [c]))("%s: both texts say every figure", (code) => {
    const f = EXAMPLES[code];
    const zh = renderFinding(f, "zh");
    const en = renderFinding(f, "en");
    expect(zh.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(CJK.test(zh)).toBe(true);
    const county = f.code.startsWith("county") && f.code !== "countyNoProfileStandards";
    for (const figure of figures(f, "", county)) {
      // A check's name is Chinese; the English says its English (below).
      if (checks(f).includes(figure)) continue;
      expect(zh).toContain(figure);
      expect(en).toContain(figure);
    }
    for (const check of checks(f)) {
      expect(zh).toContain(check);
      expect(COUNTY_CHECK_NAMES_EN[check]).toBeDefined();
      expect(en).toContain(COUNTY_CHECK_NAMES_EN[check]);
    }
    // An allowance finding is worded whole by allowances/messages.ts (its English names the
    // Chinese column a statistician must fill, e.g. 建校年份).
    if (f.code === "allowance") {
      expect(zh).toBe(f.message);
      expect(en).toBe(f.messageEn);
      return;
    }
    // The English shows no Chinese of its own (the data's words are ASCII here).
    expect(en.replace(/某省标准/g, "")).not.toMatch(CJK);
    // Each locale names the profile in its own words.
    if ("profile" in f) {
      expect(zh).toContain(f.profile);
      expect(en).toContain(f.profileEn);
    }
  });

  test("texts the outputs depended on are unchanged (examples/expected.json, the report)", () => {
    expect(renderFinding({ code: "excludedType", type: "special" })).toBe(
      "特殊教育学校不纳入资源配置评估"
    );
    expect(renderFinding({ code: "smallTeachingPoint", students: 28, min: 50 })).toBe(
      "教学点学生数 28 人，少于 50 人，不纳入资源配置评估"
    );
    expect(renderFinding(EXAMPLES.badFigures)).toBe(
      "S1 第 12 行「Alpha」：教学及辅助用房面积（abc）不是有效的非负数；教学仪器设备值（20000000000000000）超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间），该校未计入小学资源配置评估"
    );
    expect(renderFinding(EXAMPLES.stageCompositeFailing, "en")).toBe(
      "Primary: composite CV 0.712 above 0.65"
    );
    expect(renderFinding(EXAMPLES.vetoes)).toBe("一票否决：有 2 项（以考试方式招生、弄虚作假）");
    expect(renderFinding(EXAMPLES.vetoes, "en")).toBe(
      "Vetoes: 2 apply (Admission by examination, Falsified data)"
    );
  });

  test("a partial table: the missing columns by their template labels, the indicators by name, what is not judged", () => {
    const zh = renderFinding(EXAMPLES.partialTable);
    const en = renderFinding(EXAMPLES.partialTable, "en");
    expect(zh).toContain("没有「教学仪器设备值」「网络多媒体教室数」列");
    expect(zh).toContain(
      "小学 2 项指标（「生均教学仪器设备值」、「每百名学生拥有网络多媒体教室数」）未计算"
    );
    expect(zh).not.toContain("初中");
    expect(zh).toContain("无法判定");
    expect(en).toContain("2 primary indicators (Teaching equipment value per student;");
    expect(en).toContain("cannot be judged");
    expect(renderFinding(EXAMPLES.stageIndicatorsMissing)).toBe(
      "小学：2 项指标缺列未计算（「生均教学仪器设备值」、「每百名学生拥有网络多媒体教室数」），不判定各校是否达标，也不判定县域是否达到均衡（无法判定）"
    );
  });

  test("the county notes: formatted figures, the Chinese as the outputs have always said it", () => {
    const both = (f: Finding): [string, string] => [renderFinding(f, "zh"), renderFinding(f, "en")];
    expect(both(EXAMPLES.countyShareBelow)).toEqual([
      "交流轮岗比例 9.9999%，低于 10%",
      "Teacher rotation share 9.9999%, below 10%",
    ]);
    expect(both(EXAMPLES.countyAmountBelow)).toEqual([
      "特教生均公用经费 5,999.99 元，低于 6,000 元，差 0.01 元",
      "Special-school funding per pupil 5,999.99 yuan, below 6,000 yuan (short by 0.01 yuan)",
    ]);
    expect(both(EXAMPLES.countyPayBelow)).toEqual([
      "教师平均工资比公务员低 1,234.50 元",
      "Teachers' average pay is 1,234.50 yuan below civil servants'",
    ]);
    expect(both(EXAMPLES.countyLevelBelow)).toEqual([
      "Maths学业水平 Ⅱ级，低于 Ⅲ级",
      '"Maths" achievement level Ⅱ, below Ⅲ',
    ]);
    expect(both({ code: "countyLevelBelow", subject: "", level: 1, min: 3 })[0]).toBe(
      "质量监测学业水平 Ⅰ级，低于 Ⅲ级"
    );
    expect(both(EXAMPLES.countyRateNotBelow)).toEqual([
      "Maths校际差异率 0.15，未低于 0.15",
      '"Maths" difference rate between schools 0.15, not below 0.15',
    ]);
    expect(both(EXAMPLES.countySurveyGroupsLow)).toEqual([
      "认可度低于 85% 的调查对象：学生 70.00%",
      "Surveyed groups below 85%: students 70.00%",
    ]);
    expect(both(EXAMPLES.countyNotMet)[0]).toBe(
      "未达标：“四统一”：否；校际差异率 0.20，未低于 0.15；专用教室不足：Eta（应各 3 间，音乐 2、美术 1）"
    );
    expect(renderFinding(EXAMPLES.countyLacking)).toBe(
      "数据有误或未填报：交流轮岗教师数、学校表的音乐、美术专用教室数、学校表、班级表、" +
        "社会认可度（或各类调查对象的调查人数和满意人数）、Maths校际差异率、质量监测学业表现水平、" +
        "县域学业表现水平、校际差异率"
    );
    expect(renderFinding({ code: "countyLacking", bad: false, figures: [] })).toBe("未填报：");
    expect(renderFinding(EXAMPLES.countyBlankAsZero)).toBe("转入、死亡人数未填，按 0 计算");
    expect(renderFinding({ code: "countySmallSchools", students: 100, schools: [] })).toBe(
      "学校表中没有不足 100 人的村小学和教学点"
    );
    expect(renderFinding(EXAMPLES.countyNoSpecialSchool)).toBe("学校表中没有特殊教育学校");
    // Several notes of one item: "；" between them in Chinese, "; " in English.
    const notes = [EXAMPLES.countyBlankAsZero, EXAMPLES.countyConsolidationAbove100];
    expect(renderCountyNotes(notes)).toBe(
      "转入、死亡人数未填，按 0 计算；巩固率超过 100%，请核对毕业生和转入、转出人数"
    );
    expect(renderCountyNotes(notes, "en")).toBe(
      "Transfers in, deaths not filled in, counted as 0; Retention above 100%: check the graduates and the transfers in and out"
    );
    expect(renderCountyNotes([])).toBe("");
  });

  test("the school-size phrase: one code, the report's words, a province's limits apart", () => {
    expect(renderFinding(schoolSizeLimits(NATIONAL_2017))).toBe(
      "小学、初中不超过 2000 人，九年一贯制、十二年一贯制不超过 2500 人"
    );
    expect(renderFinding(schoolSizeLimits(NATIONAL_2017), "en")).toBe(
      "primary and junior schools at most 2000 students, nine-year and twelve-year schools at most 2500"
    );
    expect(renderFinding(EXAMPLES.schoolSizeLimits)).toBe(
      "小学、初中不超过 2000 人，九年一贯制不超过 2500 人，十二年一贯制不超过 3000 人"
    );
  });
});
