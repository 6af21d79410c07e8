/**
 * Reading the county sheet (县级指标): recognised by its 指标 texts in tidy and
 * untidy wordings, values with units and as text, and every bad cell an issue
 * that names sheet, row and column in Chinese.
 */
import { readWorkbook } from "../../../src/core/table";
import {
  COUNTY_FIELD_RULES,
  COUNTY_REPORT_TITLES,
  countyTemplateRows,
  findCountySheet,
  readCountySheet,
} from "../../../src/core/table/county";
import {
  matchCountyRules,
  monitoringSubjectOf,
  surveyGroupOf,
} from "../../../src/core/table/countyFields";
import { templateHeaders } from "../../../src/core/table/fields";
import type { CellValue, InputIssue, SheetCells } from "../../../src/core/types";

const HEADER = ["指标", "数值", "说明或佐证"];

function sheet(
  name: string,
  rows: CellValue[][],
  origin?: { row: number; column: number }
): SheetCells {
  return origin ? { name, values: rows, origin } : { name, values: rows };
}

function read(rows: CellValue[][], name = "县级指标") {
  const issues: InputIssue[] = [];
  const figures = readCountySheet(sheet(name, rows), issues);
  return { figures, issues };
}

describe("the template", () => {
  const t = countyTemplateRows();

  test("a three-column sheet: 指标 / 数值 / 说明或佐证, sections and one row per figure", () => {
    expect(t.name).toBe("县级指标");
    expect(t.headers).toEqual(HEADER);
    const sections = t.rows
      .filter((r) => r.kind === "section")
      .map((r) => (r.kind === "section" ? r.text.slice(0, 2) : ""));
    expect(sections).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    const keys = new Set(t.rows.flatMap((r) => (r.kind === "figure" ? [r.key] : [])));
    // Every figure the judge needs has a row; the alternatives (a rate instead of counts) are accepted, not templated.
    for (const r of COUNTY_FIELD_RULES) expect(keys.has(r.key)).toBe(!r.alternative);
  });

  test("every template 指标 (and every alternative wording) is recognised as its own figure and nothing else", () => {
    for (const r of t.rows) {
      if (r.kind !== "figure") continue;
      expect([r.label, matchCountyRules(r.label).map((m) => m.rule.key)]).toEqual([
        r.label,
        [r.key],
      ]);
    }
    for (const r of COUNTY_FIELD_RULES.filter((x) => x.alternative)) {
      expect(matchCountyRules(r.templateLabel).map((m) => m.rule.key)).toEqual([r.key]);
    }
  });

  test("survey rows name their group and monitoring rows their subject", () => {
    for (const r of t.rows) {
      if (r.kind !== "figure" || r.param === undefined) continue;
      if (r.key.startsWith("survey.")) expect(surveyGroupOf(r.label)).toBe(r.param);
      else expect(monitoringSubjectOf(r.label)).toBe(r.param);
    }
    expect(surveyGroupOf("学生家长满意人数")).toBe("parents");
    expect(surveyGroupOf("社会认可度")).toBeUndefined();
    expect(monitoringSubjectOf("八年级数学学业表现水平")).toBe("数学（八年级）");
    expect(monitoringSubjectOf("4年级科学")).toBe("科学（四年级）");
  });
});

/** The template filled in: what the generator writes, in SheetCells. */
function filledTemplate(values: Record<string, CellValue>): CellValue[][] {
  const t = countyTemplateRows();
  const rows: CellValue[][] = [t.headers];
  for (const r of t.rows) {
    if (r.kind === "section") rows.push([r.text]);
    else
      rows.push([r.label, values[r.param === undefined ? r.key : `${r.key}@${r.param}`] ?? "", ""]);
  }
  return rows;
}

describe("reading a tidy sheet", () => {
  const rows = filledTemplate({
    population: 52.6,
    fullTimeTeachers: 2046,
    layoutPlanned: "是",
    rotatedTeachers: 91,
    eligibleForRotation: 1000,
    rotatedBackboneTeachers: "23",
    specialSchoolFundingPerStudent: "6,800",
    trainingCompletionRate: 1,
    highSchoolQuotaRate: "52%",
    trainingSpending: 186.4,
    publicFundsBudget: 3420,
    examAdmission: "无",
    "monitoring.level@数学": "Ⅲ",
    "monitoring.differenceRate@数学": 0.13,
    "survey.responses@students": 1200,
    "survey.satisfied@students": 1104,
    teacherAverageSalary: 98460,
    performancePayFullySet: true,
  });
  rows[rows.findIndex((r) => String(r[0]).startsWith("1. 县域学校规划"))][2] = "《布局规划》";
  const { figures, issues } = read(rows);

  test("no issues, and figures in canonical units", () => {
    expect(issues).toEqual([]);
    expect(figures.numbers.population?.value).toBe(526000);
    expect(figures.numbers.population?.unit).toBe("万人");
    expect(figures.numbers.rotatedBackboneTeachers?.value).toBe(23);
    expect(figures.numbers.specialSchoolFundingPerStudent).toMatchObject({
      value: 6800,
      unit: "元",
    });
    expect(figures.numbers.trainingSpending).toMatchObject({ value: 1864000, unit: "万元" });
    expect(figures.numbers.publicFundsBudget?.value).toBe(34200000);
    expect(figures.numbers.trainingCompletionRate?.value).toBe(1);
    expect(figures.numbers.highSchoolQuotaRate?.value).toBeCloseTo(0.52, 12);
    expect(figures.flags.layoutPlanned).toMatchObject({ value: true, note: "《布局规划》" });
    expect(figures.flags.performancePayFullySet?.value).toBe(true);
    expect(figures.vetoes.examAdmission?.value).toBe(false);
    expect(figures.monitoring).toEqual([expect.objectContaining({ subject: "数学" })]);
    expect(figures.monitoring[0].level?.value).toBe(3);
    expect(figures.monitoring[0].differenceRate?.value).toBe(0.13);
    expect(figures.survey.students?.responses?.value).toBe(1200);
    expect(figures.survey.students?.satisfied?.value).toBe(1104);
    expect(figures.rejected).toEqual([]);
  });

  test("each figure knows its cell: sheet, Excel row and the value column", () => {
    const r = rows.findIndex((x) => String(x[0]).includes("交流轮岗教师数")) + 1;
    expect(figures.numbers.rotatedTeachers?.source).toEqual({
      sheet: "县级指标",
      row: r,
      column: "B",
    });
  });

  test("figures not filled in are absent (未填报), not zero", () => {
    expect(figures.numbers.juniorGraduates).toBeUndefined();
    expect(figures.flags.fourUnified).toBeUndefined();
    expect(figures.vetoes.falsifiedData).toBeUndefined();
  });

  test("the sheet's origin moves the rows and columns that are named", () => {
    const moved = readCountySheet(
      sheet("县级指标", [["交流轮岗教师数（人）", 91]], { row: 10, column: 3 }),
      []
    );
    expect(moved.numbers.rotatedTeachers?.source).toEqual({
      sheet: "县级指标",
      row: 10,
      column: "D",
    });
  });
});

describe("reading an untidy sheet", () => {
  const rows: CellValue[][] = [
    ["某县义务教育优质均衡发展县级指标填报表"],
    ["填报单位：某县教育局（盖章）"],
    ["序号", "评估内容", "单位", "填报数据", "佐证材料"],
    [1, "本学年交流轮岗教师人数", "人", " 91 ", "名单"],
    [2, "其中：骨干教师", "人", 23, ""],
    [3, "符合交流条件教师总人数", "人", "1,000", ""],
    ["", "（二）待遇", "", "", ""],
    [4, "义务教育教师年平均工资", "万元", "9.846", ""],
    [5, "当地公务员年平均工资", "万元", 9.612, ""],
    [6, "5年360学时培训完成率", "%", "100", ""],
    [7, "城镇公办小学一年级新生数", "人", "3,216", ""],
    [8, "其中：就近划片入学", "人", "3216", ""],
    [9, "城镇公办初中七年级新生数", "人", 2480, ""],
    [10, "其中：就近划片入学", "人", 2391, ""],
    [11, "质量监测 语文 学业水平", "级", "III", ""],
    [12, "语文校际差异率", "", "11%", ""],
    [13, "体育与健康监测等级", "", "Ⅳ级", ""],
    [14, "教师绩效工资总量足额核定", "", "√", ""],
    [15, "音乐美术专用教室面积是否达标", "", "是（见附件3）", "核查表"],
    [16, "是否存在以考试方式招生", "", "无", ""],
    [17, "重大安全事故", "", "未发生", ""],
    [18, "学生问卷数", "份", 1200, ""],
    [19, "学生满意人数", "人", 1104, ""],
    [],
    ["", "填表人：王某某　　审核人：李某某"],
  ];
  const { figures, issues } = read(rows, "优质均衡县级指标填报表");

  test("read without issues: title rows, 序号 and 单位 columns, text numbers, 其中 rows", () => {
    expect(issues).toEqual([]);
    expect(figures.numbers.rotatedTeachers?.value).toBe(91);
    expect(figures.numbers.rotatedTeachers?.note).toBe("名单");
    expect(figures.numbers.rotatedBackboneTeachers?.value).toBe(23);
    expect(figures.numbers.eligibleForRotation?.value).toBe(1000);
    expect(figures.numbers.primaryNearbyIntake?.value).toBe(3216);
    expect(figures.numbers.juniorNearbyIntake?.value).toBe(2391);
    expect(figures.numbers.juniorIntake?.value).toBe(2480);
  });

  test('units from the 单位 column: 万元 → 元, "100" in a % row is 100%', () => {
    expect(figures.numbers.teacherAverageSalary).toMatchObject({ value: 98460, unit: "万元" });
    expect(figures.numbers.civilServantAverageSalary?.value).toBe(96120);
    expect(figures.numbers.trainingCompletionRate?.value).toBe(1);
  });

  test("levels as III and Ⅳ级, 差异率 as 11%, answers as √, 是（见附件3）, 无, 未发生", () => {
    expect(
      figures.monitoring.map((m) => [m.subject, m.level?.value, m.differenceRate?.value])
    ).toEqual([
      ["语文", 3, 0.11],
      ["体育与健康", 4, undefined],
    ]);
    expect(figures.flags.performancePayFullySet?.value).toBe(true);
    expect(figures.flags.specialRoomAreasMet).toMatchObject({ value: true, note: "核查表" });
    expect(figures.vetoes.examAdmission?.value).toBe(false);
    expect(figures.vetoes.majorSafetyAccident?.value).toBe(false);
    expect(figures.survey.students?.responses?.value).toBe(1200);
  });

  test("the value column comes from the header: row 4 is Excel row 4, column D", () => {
    expect(figures.numbers.rotatedTeachers?.source).toEqual({
      sheet: "优质均衡县级指标填报表",
      row: 4,
      column: "D",
    });
  });

  test("without a header row a 单位 cell between the 指标 and its value is taken for the unit", () => {
    const r = read([
      ["交流轮岗教师数", "人", 91, "名单"],
      ["教师平均工资", "万元", 9.8],
      ["当地公务员平均工资", "元", 96000],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.figures.numbers.rotatedTeachers).toMatchObject({
      value: 91,
      note: "名单",
      source: { row: 1, column: "C" },
    });
    expect(r.figures.numbers.teacherAverageSalary).toMatchObject({ value: 98000, unit: "万元" });
    expect(r.figures.numbers.civilServantAverageSalary).toMatchObject({ value: 96000, unit: "元" });
  });

  test("without a header row the value is the cell after the 指标, the note the cell after that", () => {
    const r = read([
      ["交流轮岗教师数", "91", "名单"],
      ["", "符合交流条件的教师数", 1000],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.figures.numbers.rotatedTeachers).toMatchObject({
      value: 91,
      note: "名单",
      source: { row: 1, column: "B" },
    });
    expect(r.figures.numbers.eligibleForRotation).toMatchObject({
      value: 1000,
      source: { row: 2, column: "C" },
    });
  });
});

describe("bad cells: an issue naming sheet, row and column, in Chinese", () => {
  const rows: CellValue[][] = [
    HEADER,
    ["交流轮岗教师数（人）", "九十一", ""], // 2
    ["符合交流轮岗条件的教师总数（人）", -5, ""], // 3
    ["持有教师资格证的专任教师数（人）", 12.5, ""], // 4
    ["教师5年360学时培训完成率（%）", "120%", ""], // 5
    ["质量监测 数学：校际差异率", 1.3, ""], // 6
    ["质量监测 数学：学业表现水平（Ⅰ～Ⅳ级）", "Ⅴ", ""], // 7
    ["县域学校规划布局合理（是/否）", "基本合理", ""], // 8
    ["特殊教育学校生均公用经费（元）", "#REF!", ""], // 9
    ["以考试方式招生（有/无）", "", "已整改"], // 10: note only
  ];
  const { figures, issues } = read(rows);
  const at = (row: number) => issues.filter((i) => i.row === row);

  test.each<[number, string, string]>([
    [
      2,
      "countyBadNumber",
      "工作表「县级指标」第2行B列：「交流轮岗教师数（人）」的数值「九十一」不是数字，应为非负整数（人数）。该项按数据有误处理。",
    ],
    [
      3,
      "countyNegative",
      "工作表「县级指标」第3行B列：「符合交流轮岗条件的教师总数（人）」的数值「-5」是负数，应为非负整数（人数）。该项按数据有误处理。",
    ],
    [
      4,
      "countyNotInteger",
      "工作表「县级指标」第4行B列：「持有教师资格证的专任教师数（人）」的数值「12.5」不是整数，应为非负整数（人数）。该项按数据有误处理。",
    ],
    [
      5,
      "countyRateTooLarge",
      "工作表「县级指标」第5行B列：「教师5年360学时培训完成率（%）」的数值「120%」超过 100%，应为 0～100% 之间的比例（如 96.5%、96.5 或 0.965）。该项按数据有误处理。",
    ],
    [
      6,
      "countyRatioTooLarge",
      "工作表「县级指标」第6行B列：「质量监测 数学：校际差异率」的数值「1.3」大于 1；校际差异率应为小数（如 0.12）。该项按数据有误处理。",
    ],
    [
      7,
      "countyBadLevel",
      "工作表「县级指标」第7行B列：「质量监测 数学：学业表现水平（Ⅰ～Ⅳ级）」的数值「Ⅴ」不是学业表现水平，应为Ⅰ、Ⅱ、Ⅲ、Ⅳ级之一（也可写 1～4 或 优秀、良好、中等、待提高）。该项按数据有误处理。",
    ],
    [
      8,
      "countyBadAnswer",
      "工作表「县级指标」第8行B列：「县域学校规划布局合理（是/否）」的数值「基本合理」无法识别，应为“是”或“否”。该项按数据有误处理。",
    ],
    [
      9,
      "countyExcelError",
      "工作表「县级指标」第9行B列：「特殊教育学校生均公用经费（元）」是 Excel 错误值「#REF!」，请先修正该单元格的公式或引用。该项按数据有误处理。",
    ],
  ])("row %p: %s", (row, code, message) => {
    expect(at(row)).toEqual([
      expect.objectContaining({
        severity: "error",
        code,
        sheet: "县级指标",
        row,
        column: "B",
        message,
      }),
    ]);
    expect(at(row)[0].messageEn).toMatch(/^Sheet "县级指标", row \d+, column B: /);
  });

  test("a 是/否 row with only its evidence is a warning, and the item stays 未填报", () => {
    expect(at(10)).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "countyNoAnswer",
        row: 10,
        column: "A",
        message:
          "工作表「县级指标」第10行A列：「以考试方式招生（有/无）」只填写了说明，没有填写数值（“有”或“无”），按未填报处理。",
      }),
    ]);
    expect(figures.vetoes.examAdmission).toBeUndefined();
  });

  test("bad figures are left out and listed as rejected", () => {
    expect(figures.numbers.rotatedTeachers).toBeUndefined();
    expect(figures.rejected).toEqual([
      "certifiedTeachers",
      "eligibleForRotation",
      "layoutPlanned",
      "monitoring.数学.differenceRate",
      "monitoring.数学.level",
      "rotatedTeachers",
      "specialSchoolFundingPerStudent",
      "trainingCompletionRate",
    ]);
  });

  test("a figure given twice with different values: an error, neither used; with the same value: a warning, the first used", () => {
    const r = read([
      HEADER,
      ["交流轮岗教师数", 91],
      ["交流轮岗教师数", 92],
      ["符合交流条件的教师数", 1000],
      ["符合交流条件教师数", 1000],
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.message])).toEqual([
      [
        "countyDuplicate",
        3,
        "工作表「县级指标」第3行B列：「交流轮岗教师数」在第 2、3 行重复填写且数值不同，均未采用，请只保留一行。",
      ],
      [
        "countyDuplicateSame",
        5,
        "工作表「县级指标」第5行B列：「符合交流条件的教师数」在第 4、5 行重复填写（数值相同），已采用第 4 行。",
      ],
    ]);
    expect(r.figures.numbers.rotatedTeachers).toBeUndefined();
    expect(r.figures.numbers.eligibleForRotation?.source.row).toBe(4);
  });

  test("a part larger than its whole (91 rotated of 90 eligible) is an error on the part", () => {
    const r = read([HEADER, ["交流轮岗教师数", 91], ["符合交流条件的教师数", 90]]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "countyExceedsTotal",
        row: 2,
        column: "B",
        message:
          "工作表「县级指标」第2行B列：「交流轮岗教师数」（91）大于「符合交流条件的教师数」（90，第 3 行），请核对。该项按数据有误处理。",
      }),
    ]);
    expect(r.figures.rejected).toEqual(["rotatedTeachers"]);
    expect(r.figures.numbers.eligibleForRotation?.value).toBe(90);
  });

  test("money without a unit is read as 元, with a warning", () => {
    const r = read([HEADER, ["特殊教育学校生均公用经费", 6500]]);
    expect(r.figures.numbers.specialSchoolFundingPerStudent?.value).toBe(6500);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "countyMoneyUnitAssumed",
        row: 2,
        column: "B",
      }),
    ]);
  });

  test("a row with a value that names no known figure is a warning, not silently dropped", () => {
    const r = read([HEADER, ["校舍安全排查次数", 12]]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "countyUnknownLabel",
        row: 2,
        column: "A",
        message:
          "工作表「县级指标」第2行A列：「校舍安全排查次数」不是可识别的县级指标，该行数值「12」未使用。如它是某项指标，请按模板修改指标名称。",
      }),
    ]);
  });

  test("a 指标 that fits two figures equally is not used, and said so", () => {
    const r = read([HEADER, ["城区小学和初中就近划片入学人数", 100]]);
    expect(r.issues.map((i) => i.code)).toEqual(["countyAmbiguousLabel"]);
    expect(r.figures.numbers).toEqual({});
  });
});

describe("recognising the county sheet in a workbook", () => {
  const h = templateHeaders();
  const schoolRow = h.schoolSheet.fields.map((f) => {
    const values: Record<string, CellValue> = {
      name: "甲小学",
      type: "小学",
      ownership: "公办",
      locale: "城区",
      group: "",
      primaryStudents: 500,
      juniorStudents: 0,
      seniorStudents: 0,
      primaryClasses: 12,
      juniorClasses: 0,
      primaryQualifiedTeachers: 25,
      juniorQualifiedTeachers: 0,
      primaryBackboneTeachers: 6,
      juniorBackboneTeachers: 0,
      primaryPeArtTeachers: 5,
      juniorPeArtTeachers: 0,
      teachingArea: 3000,
      indoorSportsArea: 200,
      outdoorSportsArea: 4000,
      equipmentValue: 120,
      multimediaRooms: 13,
      musicRooms: 1,
      artRooms: 1,
    };
    return values[f] ?? "";
  });
  const schoolSheet = sheet("学校基础数据", [h.schoolSheet.headers, schoolRow]);
  const classSheet = sheet("班级", [h.classSheet.headers, ["甲小学", "小学", "一（1）班", 42]]);
  const countyRows = filledTemplate({
    rotatedTeachers: 91,
    eligibleForRotation: 1000,
    layoutPlanned: "是",
  });

  test("found by content under any name and in any position; the school and class sheets are unchanged", () => {
    const r = readWorkbook([sheet("Sheet3", countyRows), schoolSheet, classSheet]);
    expect(r.countySheet).toBe("Sheet3");
    expect(r.schoolSheet).toBe("学校基础数据");
    expect(r.classSheet).toBe("班级");
    expect(r.schools).toHaveLength(1);
    expect(r.county?.numbers.rotatedTeachers?.value).toBe(91);
    expect(r.issues).toEqual([]);
  });

  test("a workbook without a county sheet reads as before", () => {
    const r = readWorkbook([schoolSheet, classSheet]);
    expect(r.county).toBeUndefined();
    expect(r.countySheet).toBeUndefined();
  });

  test("a sheet naming fewer than four county figures is not a county sheet", () => {
    const few = sheet("备注", [
      ["交流轮岗教师数", 91],
      ["符合交流条件的教师数", 1000],
      ["社会认可度", "90%"],
    ]);
    expect(readWorkbook([schoolSheet, few]).county).toBeUndefined();
  });

  test("options.countySheet names it, or turns it off with ''", () => {
    const small = sheet("县级", [["交流轮岗教师数", 91]]);
    expect(
      readWorkbook([schoolSheet, small], { countySheet: "县级" }).county?.numbers.rotatedTeachers
        ?.value
    ).toBe(91);
    expect(
      readWorkbook([schoolSheet, sheet("县级指标", countyRows)], { countySheet: "" }).county
    ).toBeUndefined();
    const missing = readWorkbook([schoolSheet], { countySheet: "不存在" });
    expect(missing.issues.map((i) => i.code)).toEqual(["sheetNotFound"]);
    const none = readWorkbook([schoolSheet, sheet("说明", [["填表说明"]])], {
      countySheet: "说明",
    });
    expect(none.issues).toEqual([
      expect.objectContaining({ code: "countyNoFigures", sheet: "说明" }),
    ]);
  });

  test("two sheets that look alike: the one naming more figures, with a warning when they tie", () => {
    const issues: InputIssue[] = [];
    const a = sheet("甲", countyRows);
    const b = sheet("乙", countyRows);
    expect(findCountySheet([a, b], issues)?.name).toBe("甲");
    expect(issues.map((i) => i.code)).toEqual(["ambiguousSheet"]);
    expect(issues[0].message).toContain("县级指标表");
  });

  test("an earlier report's 政府保障程度 sheet is never read back as input", () => {
    const report = sheet("政府保障程度", [[COUNTY_REPORT_TITLES[0]], ...countyRows]);
    expect(readWorkbook([schoolSheet, report]).county).toBeUndefined();
  });

  test("county-sheet errors leave the school data complete (they make their items 数据有误 instead)", () => {
    const bad = filledTemplate({ rotatedTeachers: "abc", eligibleForRotation: 1000 });
    const r = readWorkbook([schoolSheet, sheet("县级指标", bad)]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "countyBadNumber",
    ]);
    expect(r.incomplete).toBe(false);
    expect(r.county?.rejected).toEqual(["rotatedTeachers"]);
  });
});
