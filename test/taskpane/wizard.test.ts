import { renderFinding } from "../../src/core/messages";
import { drawReviewSample } from "../../src/core/planning/sampling";
import { SCHOOL_FIELD_RULES } from "../../src/core/table/fields";
import { buildSampleSheet } from "../../src/report/sample";
import type { SourceData } from "../../src/ui/gateway";
import { languageOf, translate } from "../../src/ui/messages";
import { EN_US, ZH_CN } from "../../src/i18n";
import {
  addAdditions,
  evaluateWhatIf,
  editableFields,
  parseEdit,
  shownValue,
  smallestAdditions,
  stagePart,
  whatIfSchools,
} from "../../src/ui/whatIf";
import {
  checkSummary,
  columnOptions,
  fieldRows,
  fixed,
  readTable,
  runAssessment,
  sortedIssues,
} from "../../src/ui/wizard";
import {
  smallCountyClassSheet,
  smallCountyCountySheet,
  smallCountySchoolSheet,
  XSS_NAME,
} from "./smallCounty";

function source(): SourceData {
  return {
    school: { name: "学校基础数据", values: smallCountySchoolSheet() },
    classes: { name: "班级", values: smallCountyClassSheet() },
    resolved: { kind: "sheet", sheet: "学校基础数据" },
  };
}

describe("the small county, worked by hand (smallCounty.ts)", () => {
  const read = readTable(source(), {});
  const ev = runAssessment(read);
  const a = ev.assessment;

  test("the bad row is an error naming sheet, row 5 and column G; the other three schools are read", () => {
    expect(read.schools.map((s) => s.name)).toEqual(["城关小学", "河西小学", XSS_NAME]);
    const error = read.issues.find((i) => i.severity === "error")!;
    // G: 小学在校生数, after the template's 学校名称, 学校标识码, 学校类型, 办学性质, 城乡类别, 学区/集团.
    expect(error).toMatchObject({ sheet: "学校基础数据", row: 5, column: "G" });
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    const summary = checkSummary(read);
    expect(summary).toMatchObject({
      errors: 1,
      badSchools: 1,
      schools: 3,
      classes: 4,
      canAssess: true,
      needsConsent: true,
    });
    expect(read.incomplete).toBe(true);
  });

  test("county value 4.50 and CV 0.157 for 高于规定学历教师; 河西小学 fails, lacking 0.70 (16.7%)", () => {
    const p = a.stages.primary;
    expect(fixed(p.indicators.qualifiedTeachersPer100!.countyValue, 2)).toBe("4.50");
    expect(p.indicators.qualifiedTeachersPer100!.cv).toBeCloseTo(Math.sqrt(0.5) / 4.5, 10);
    expect(fixed(p.indicators.qualifiedTeachersPer100!.cv, 3)).toBe("0.157");
    expect(p.schools.filter((s) => !s.passes).map((s) => s.name)).toEqual(["河西小学"]);
    const shortfall = p.schools.find((s) => s.name === "河西小学")!.shortfalls[0];
    expect(shortfall.indicator).toBe("qualifiedTeachersPer100");
    expect(fixed(shortfall.absolute, 2)).toBe("0.70");
    expect(a.incomplete).toBe(true);
  });

  test("the overall verdict fails, and says why", () => {
    const v = ev.verdict;
    expect(v.passes).toBe(false);
    expect(v.reasons.map((r) => renderFinding(r, "zh"))).toEqual([
      "小学：1 所学校未达到办学标准",
      "初中：没有纳入测算的学校",
      "小学：1 个班级超过 45 人",
    ]);
  });

  test("a county that meets everything passes", () => {
    const good = runAssessment({
      ...read,
      schools: read.schools.filter((s) => s.name !== "河西小学"),
      classes: [],
      incomplete: false,
    });
    const v = good.verdict;
    expect(v.reasons.map((r) => r.code)).toEqual(["stageEmpty"]);
    expect(renderFinding(v.reasons[0], "en")).toBe("Junior: no school assessed");
    expect(v.passes).toBe(true);
  });
});

describe("the mapping step", () => {
  test("every template field is listed with the column the reader took", () => {
    const read = readTable(source(), {});
    const rows = fieldRows(read, "school", {});
    const students = rows.find((r) => r.rule.field === "primaryStudents")!;
    expect(students.mapping).toMatchObject({ column: "G", header: "小学在校生数" });
    const equipment = rows.find((r) => r.rule.field === "equipmentValue")!;
    expect(equipment.mapping?.unit).toBe("万元");
    expect(fieldRows(read, "class", {}).map((r) => r.mapping?.column)).toEqual([
      "A",
      "B",
      "C",
      "D",
    ]);
  });

  test("the drop-down offers each header column by letter", () => {
    const options = columnOptions(source().school, "school");
    expect(options[0]).toEqual({ letter: "A", header: "学校名称" });
    expect(options[6]).toEqual({ letter: "G", header: "小学在校生数" });
    // a table that starts in C3 names its columns from C
    const shifted = columnOptions({ ...source().school, origin: { row: 3, column: 3 } }, "school");
    expect(shifted[0].letter).toBe("C");
  });

  test('an override moves a field to another column, and "" leaves it out', () => {
    const moved = readTable(source(), { primaryStudents: "G" });
    expect(moved.mapping.find((m) => m.field === "primaryStudents")?.column).toBe("G");
    const rows = fieldRows(moved, "school", { primaryStudents: "G" });
    expect(rows.find((r) => r.rule.field === "primaryStudents")!.override).toBe("G");
    const dropped = readTable(source(), { musicRooms: "", artRooms: "" });
    expect(dropped.mapping.find((m) => m.field === "musicRooms")).toBeUndefined();
    expect(runAssessment(dropped).assessment.specialRooms).toBeNull();
  });
});

test("issues sort errors first, then by sheet, row and column", () => {
  const base = { code: "x", message: "m" };
  const sorted = sortedIssues([
    { ...base, severity: "warning", sheet: "A", row: 1 },
    { ...base, severity: "error", sheet: "B", row: 9, column: "AA" },
    { ...base, severity: "error", sheet: "B", row: 9, column: "C" },
    { ...base, severity: "error", sheet: "B", row: 2 },
  ]);
  expect(sorted.map((i) => `${i.severity}${i.row}${i.column ?? ""}`)).toEqual([
    "error2",
    "error9C",
    "error9AA",
    "warning1",
  ]);
});

describe("messages", () => {
  test("Chinese unless Office speaks English", () => {
    expect(
      ["zh-CN", "zh-TW", "en-US", "en-GB", "en", "fr-FR", undefined, ""].map(languageOf)
    ).toEqual(["zh", "zh", "en", "en", "en", "zh", "zh", "zh"]);
  });

  test("every message has both languages and the same placeholders in each", () => {
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(ZH_CN.ui)) {
      const en = EN_US.ui[key as keyof typeof ZH_CN.ui];
      expect([key, zh.length > 0, en.length > 0]).toEqual([key, true, true]);
      expect([key, holes(zh)]).toEqual([key, holes(en)]);
    }
  });

  test("placeholders are filled with the values as given", () => {
    expect(translate("zh", "schoolSizeOver", { name: XSS_NAME, students: 2150, limit: 2000 })).toBe(
      `${XSS_NAME}：2150 人，上限 2000 人`
    );
  });
});

describe("the county sheet (县级指标)", () => {
  const withCounty = (): SourceData => ({
    ...source(),
    county: { name: "县级指标", values: smallCountyCountySheet() },
  });

  test("the sheet step 1 names is read with the school table; without one there is no county part", () => {
    const read = readTable(withCounty(), {});
    expect(read.countySheet).toBe("县级指标");
    expect(read.county?.numbers.rotatedTeachers?.value).toBe(91);
    expect(read.issues.filter((i) => i.sheet === "县级指标")).toEqual([]);
    expect(readTable(source(), {}).county).toBeUndefined();
  });

  test("the overall verdict names the county parts: 教师交流轮岗 9.10% < 10% fails 政府保障程度; unfilled items are said", () => {
    const ev = runAssessment(readTable(withCounty(), {}));
    const item = ev.assessment.county!.government.items.find((i) => i.number === 11)!;
    expect(item.status).toBe("fail");
    expect(item.text).toContain("9.10%");
    const v = ev.verdict;
    expect(v.full).toBe(true);
    expect(v.passes).toBe(false);
    const reasons = v.reasons.map((r) => renderFinding(r, "zh"));
    // 政府保障程度: item 5 (a class of 48 > 45) and item 11 fail; the vetoes are all 无
    expect(reasons).toContain("政府保障程度：2 项未达标");
    expect(reasons).toContain("教育质量：9 项未填报或缺少数据");
    expect(reasons.some((r) => r.startsWith("一票否决"))).toBe(false);
  });
});

describe("what-if (nothing written, records never modified)", () => {
  const read = readTable(source(), {});
  const ev = runAssessment(read);
  const a = ev.assessment;
  const heXi = read.schools.findIndex((s) => s.name === "河西小学");
  const cvOf = (x: ReturnType<typeof runAssessment>["assessment"]) =>
    x.stages.primary.indicators.qualifiedTeachersPer100!.cv!;
  const weightedCv = (values: number[], weights: number[]) => {
    const total = weights.reduce((s, w) => s + w, 0);
    const mean = values.reduce((s, v, i) => s + v * weights[i], 0) / total;
    const variance = values.reduce((s, v, i) => s + weights[i] * (v - mean) ** 2, 0) / total;
    return Math.sqrt(variance) / mean;
  };

  test("the pane offers the assessed schools; 河西小学 is marked failing", () => {
    const choices = whatIfSchools(read, a);
    expect(choices.map((c) => [c.name, c.stages, c.failing])).toEqual([
      ["城关小学", ["primary"], false],
      ["河西小学", ["primary"], true],
      [XSS_NAME, ["primary"], false],
    ]);
    const fields = editableFields(read.schools[heXi], "primary").map((f) => f.field);
    expect(fields).toContain("primaryQualifiedTeachers");
    expect(fields).toContain("equipmentValue");
    expect(fields).not.toContain("juniorQualifiedTeachers");
  });

  test("15 qualified teachers at 河西小学: its value 3.75 and the county CV recomputed on a copy", () => {
    const before = JSON.stringify(read.schools);
    const after = evaluateWhatIf(ev, heXi, { primaryQualifiedTeachers: 15 }).assessment;
    expect(JSON.stringify(read.schools)).toBe(before);
    const part = stagePart(after, "primary", read.schools[heXi])!;
    expect(part.values.qualifiedTeachersPer100).toBeCloseTo(3.75, 12);
    // 3.75 ≥ 85% of 4.2 (3.57): the one indicator the rule lets stay short
    expect(part.passes).toBe(true);
    expect(cvOf(after)).toBeCloseTo(weightedCv([5, 3.75, 5], [500, 400, 300]), 12);
    expect(cvOf(a)).toBeCloseTo(weightedCv([5, 3.5, 5], [500, 400, 300]), 12);
  });

  test("the smallest additions close the gap: 1 teacher (14 → 15), not 3 (→ 17 = 4.25 per 100)", () => {
    const additions = smallestAdditions(ev, heXi);
    expect(additions).toEqual({ primaryQualifiedTeachers: 1 });
    const edits = addAdditions(read.schools[heXi], {}, additions!);
    expect(edits).toEqual({ primaryQualifiedTeachers: 15 });
    expect(
      stagePart(evaluateWhatIf(ev, heXi, edits).assessment, "primary", read.schools[heXi])!.passes
    ).toBe(true);
    // a school that passes needs nothing
    expect(smallestAdditions(ev, 0)).toBeNull();
  });

  test("figures typed: whole people and rooms, 万元 to 元, nothing negative or absurd", () => {
    const rule = (field: string) => SCHOOL_FIELD_RULES.find((r) => r.field === field)!;
    expect(parseEdit("15", rule("primaryQualifiedTeachers"))).toBe(15);
    expect(parseEdit("15.5", rule("primaryQualifiedTeachers"))).toBeUndefined();
    expect(parseEdit("-1", rule("teachingArea"))).toBeUndefined();
    expect(parseEdit("abc", rule("teachingArea"))).toBeUndefined();
    expect(parseEdit("1e16", rule("teachingArea"))).toBeUndefined();
    expect(parseEdit("2,600.5", rule("teachingArea"))).toBe(2600.5);
    expect(parseEdit("80.1234", rule("equipmentValue"))).toBe(801234);
    expect(shownValue(800000, rule("equipmentValue"))).toBe("80");
  });
});

describe("the 复核抽样 sheet", () => {
  test("title, seed and share, every sampled school with its reason, a column for the visit", () => {
    const read = readTable(source(), {});
    const ev = runAssessment(read);
    const sample = drawReviewSample(ev.assessment, { seed: 7, share: 0.4 });
    const sheet = buildSampleSheet(ev, sample, { date: "2026-09-01" });
    const text = sheet.rows.flat().map((c) => String(c.value ?? ""));
    expect(sheet.name).toBe("复核抽样");
    expect(text[0]).toBe("县域义务教育优质均衡发展 市级复核实地核查抽样名单");
    expect(text.some((v) => v.startsWith("评估标准：国家优质均衡标准"))).toBe(true);
    expect(text.some((v) => v.startsWith("数据不完整"))).toBe(true);
    // 3 schools assessed: at least ceil(0.4 × 3) = 2, and 河西小学 (failing) always
    expect(
      text.some(
        (v) => v.includes("随机种子：7") && v.includes("不少于 40%") && v.includes("至少抽取 2 所")
      )
    ).toBe(true);
    const header = sheet.rows.findIndex((r) => r[0]?.value === "序号");
    const listed = sheet.rows.slice(header + 1).filter((r) => typeof r[0]?.value === "number");
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const heXi = listed.find((r) => r[1].value === "河西小学")!;
    expect(heXi[6]).toMatchObject({ value: "未达标", style: "fail" });
    expect(sheet.rows[header].map((c) => c.value)).toContain("核查结果（现场填写）");
  });
});
