/**
 * The one catalogue of the core's findings (src/core/messages.ts): every code
 * has a zh-CN and an en-US text, each says every figure of the finding, and the
 * English says nothing in Chinese but the data's own words.
 */
import type { Finding, FindingCode } from "../../src/core/findings";
import { EN_US, FINDING_CODES, renderFinding, ZH_CN } from "../../src/core/messages";

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
  vetoes: { code: "vetoes", count: 2, items: ["Epsilon", "Zeta"] },
  vetoesMissing: { code: "vetoesMissing", count: 6 },
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
  // An allowance finding is worded by allowances/messages.ts: checked as a whole below.
  "message",
  "messageEn",
]);

/** The figures a text must show: numbers and the data's own words, found anywhere in the finding. */
function figures(value: unknown, key = ""): string[] {
  if (NOT_SHOWN.has(key)) return [];
  // A class row read from a sheet is named by its sheet and row, not its school and class.
  if (key === "class" && value !== null && typeof value === "object" && "source" in value)
    return figures((value as { source: unknown }).source);
  if (typeof value === "number") return [String(value)];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => figures(v));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => figures(v, k));
  return [];
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("every finding code, in both locales", () => {
  test("the catalogue knows every code once per locale, and the examples cover them all", () => {
    expect(Object.keys(EN_US).sort()).toEqual(Object.keys(ZH_CN).sort());
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
    for (const figure of figures(f)) {
      expect(zh).toContain(figure);
      expect(en).toContain(figure);
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
  });
});
