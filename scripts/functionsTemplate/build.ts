/**
 * examples/functions-template.xlsx as data: a county's school and class sheets, and sheets
 * of =EDU.* formulas over them that compute what the add-in's assessment computes — the
 * seven indicators per school, the school rule, the county's weighted means and CVs, class
 * sizes, school sizes and special rooms. Statisticians can read, copy and audit each step.
 *
 * Pure data (no exceljs, no HyperFormula): generate.ts writes it, and the tests evaluate it
 * with HyperFormula. Each computed cell carries a `check` saying what it means, so a test can
 * compare it with src/core without parsing formulas.
 *
 * Which schools a stage sheet lists comes from the assessment (standards.md §1.1 "which
 * schools count" is decided once, in src/core/assess.ts); the sheets then recompute
 * everything from the data sheet with formulas.
 */
import { INDICATORS } from "../../src/core/indicators";
import type {
  Assessment,
  ClassRecord,
  IndicatorId,
  QualityIndicatorId,
  SchoolRecord,
  Stage,
} from "../../src/core/types";
import { NATIONAL_2017 } from "../../src/core/profiles";
import { INDICATOR_IDS, STAGES } from "../../src/core/types";
import {
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
} from "../../src/core/vocabulary";

export type TemplateValue = string | number | boolean | null;

export interface TemplateCell {
  value?: TemplateValue;
  /** Formula without the leading "=" (as exceljs and HyperFormula both take it, the latter after "="). */
  formula?: string;
  numFmt?: string;
  style?: "header" | "label" | "county" | "note";
}

export interface TemplateSheet {
  name: string;
  widths: number[];
  rows: TemplateCell[][];
  frozenRows?: number;
}

/** What a computed cell means, for the tests. */
export type Check =
  | { kind: "stageShare"; stage: Stage; school: string }
  | { kind: "indicator"; stage: Stage; school: string; indicator: IndicatorId }
  | { kind: "metCount"; stage: Stage; school: string }
  | { kind: "schoolMeets"; stage: Stage; school: string }
  | { kind: "threshold"; stage: Stage; indicator: IndicatorId }
  | { kind: "countyValue"; stage: Stage; indicator: IndicatorId }
  | { kind: "cv"; stage: Stage; indicator: IndicatorId }
  | { kind: "cvBySumproduct"; stage: Stage; indicator: IndicatorId }
  | { kind: "cvOk"; stage: Stage; indicator: IndicatorId }
  | { kind: "schoolsPassing"; stage: Stage }
  | { kind: "classBand"; index: number }
  | { kind: "classSizeOk"; stage: Stage }
  | { kind: "largeClassShare"; stage: Stage }
  | { kind: "superLargeClassShare"; stage: Stage }
  | { kind: "schoolSizeOk"; school: string }
  | { kind: "specialRoomsOk"; school: string };

export interface CheckedCell {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  check: Check;
}

export interface FunctionsTemplate {
  sheets: TemplateSheet[];
  checks: CheckedCell[];
  /** The class records in the order of the class sheet (sorted by stage). */
  classes: ClassRecord[];
}

export const DATA_SHEET = "学校基础数据";
export const CLASS_SHEET = "班级";
export const STAGE_SHEET: Record<Stage, string> = { primary: "小学指标", junior: "初中指标" };
export const CONDITIONS_SHEET = "校额与专用教室";
export const README_SHEET = "使用说明";

/** The data sheet's columns: the data template's headers (template.md §1), in its order. */
const DATA_COLUMNS: ReadonlyArray<{
  header: string;
  value: (s: SchoolRecord) => TemplateValue;
  width?: number;
  numFmt?: string;
}> = [
  { header: "学校名称", value: (s) => s.name, width: 22 },
  { header: "学校类型", value: (s) => SCHOOL_TYPE_NAMES[s.type], width: 16 },
  { header: "办学性质", value: (s) => (s.ownership ? OWNERSHIP_NAMES[s.ownership] : null) },
  { header: "城乡类别", value: (s) => (s.locale ? LOCALE_NAMES[s.locale] : null) },
  { header: "学区/集团", value: (s) => s.group ?? null, width: 12 },
  { header: "小学在校生数", value: (s) => s.primaryStudents },
  { header: "初中在校生数", value: (s) => s.juniorStudents },
  { header: "高中在校生数", value: (s) => s.seniorStudents },
  { header: "小学班级数", value: (s) => s.primaryClasses },
  { header: "初中班级数", value: (s) => s.juniorClasses },
  { header: "小学高于规定学历教师数", value: (s) => s.primaryQualifiedTeachers },
  { header: "初中高于规定学历教师数", value: (s) => s.juniorQualifiedTeachers },
  { header: "小学县级以上骨干教师数", value: (s) => s.primaryBackboneTeachers },
  { header: "初中县级以上骨干教师数", value: (s) => s.juniorBackboneTeachers },
  { header: "小学体育艺术专任教师数", value: (s) => s.primaryPeArtTeachers },
  { header: "初中体育艺术专任教师数", value: (s) => s.juniorPeArtTeachers },
  { header: "教学及辅助用房面积（㎡）", value: (s) => s.teachingArea },
  { header: "其中：室内体育用房面积（㎡）", value: (s) => s.indoorSportsArea },
  { header: "运动场地面积（㎡）", value: (s) => s.outdoorSportsArea },
  // The statistics report 万元 (template.md §1); the formulas convert to 元 (× 10000).
  {
    header: "教学仪器设备值（万元）",
    value: (s) => Number((s.equipmentValue / 10000).toFixed(2)),
    numFmt: "0.00",
  },
  { header: "网络多媒体教室数（间）", value: (s) => s.multimediaRooms },
  { header: "音乐专用教室数（间）", value: (s) => s.musicRooms ?? null },
  { header: "美术专用教室数（间）", value: (s) => s.artRooms ?? null },
];

/** Column letters of the data sheet, by header. */
const D = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.header, columnLetter(i)])) as Record<
  string,
  string
>;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A reference to another sheet; names are quoted because they are Chinese. */
function ref(sheet: string, address: string): string {
  return `'${sheet}'!${address}`;
}

const header = (text: string): TemplateCell => ({ value: text, style: "header" });
const label = (text: string): TemplateCell => ({ value: text, style: "label" });
const note = (text: string): TemplateCell => ({ value: text, style: "note" });

/** How each indicator is computed from the data sheet's row r, with D_ the stage's share cell and P the students cell. */
function indicatorFormula(
  id: QualityIndicatorId,
  stage: Stage,
  r: number,
  share: string,
  students: string
): string {
  const d = (header: string) => ref(DATA_SHEET, `${D[header]}${r}`);
  const s = STAGE_NAMES[stage];
  switch (id) {
    case "qualifiedTeachersPer100":
      return `EDU.PER100(${d(`${s}高于规定学历教师数`)},${students})`;
    case "backboneTeachersPer100":
      return `EDU.PER100(${d(`${s}县级以上骨干教师数`)},${students})`;
    case "peArtTeachersPer100":
      return `EDU.PER100(${d(`${s}体育艺术专任教师数`)},${students})`;
    // 教学及辅助用房 without 室内体育用房, which counts as 体育运动场馆 (standards.md §1.1).
    case "teachingAreaPerStudent":
      return `EDU.PER_STUDENT((${d("教学及辅助用房面积（㎡）")}-${d("其中：室内体育用房面积（㎡）")})*${share},${students})`;
    case "sportsAreaPerStudent":
      return `EDU.PER_STUDENT((${d("运动场地面积（㎡）")}+${d("其中：室内体育用房面积（㎡）")})*${share},${students})`;
    case "equipmentValuePerStudent":
      return `EDU.PER_STUDENT(${d("教学仪器设备值（万元）")}*10000*${share},${students})`;
    case "multimediaRoomsPer100":
      return `EDU.PER100(${d("网络多媒体教室数（间）")}*${share},${students})`;
  }
}

const SHORT_HEADERS: Record<IndicatorId, string> = Object.fromEntries(
  INDICATOR_IDS.map((id) => [id, INDICATORS[id].shortName])
) as Record<IndicatorId, string>;

export function buildFunctionsTemplate(
  county: { schools: readonly SchoolRecord[]; classes: readonly ClassRecord[] },
  assessment: Assessment
): FunctionsTemplate {
  const checks: CheckedCell[] = [];
  const dataRow = new Map<string, number>(); // school name → 1-based row on the data sheet
  county.schools.forEach((s, i) => dataRow.set(s.name, i + 2));

  // --- 学校基础数据 -------------------------------------------------------
  const dataSheet: TemplateSheet = {
    name: DATA_SHEET,
    widths: DATA_COLUMNS.map((c) => c.width ?? 12),
    rows: [
      DATA_COLUMNS.map((c) => header(c.header)),
      ...county.schools.map((s) =>
        DATA_COLUMNS.map((c) => ({ value: c.value(s), ...(c.numFmt ? { numFmt: c.numFmt } : {}) }))
      ),
    ],
    frozenRows: 1,
  };

  // --- 小学指标 / 初中指标 ---------------------------------------------------
  const stageSheets = STAGES.map((stage) => {
    const name = STAGE_SHEET[stage];
    const s = STAGE_NAMES[stage];
    const schools = assessment.stages[stage].schools.map((a) => a.name);
    const rows: TemplateCell[][] = [];
    const firstIndicatorCol = 4; // E
    const metCol = firstIndicatorCol + INDICATOR_IDS.length; // L
    const meetsCol = metCol + 1; // M
    rows.push([
      header("学校名称"),
      header("学校类型"),
      header(`${s}在校生数`),
      header("共用设施分摊比例"),
      ...INDICATOR_IDS.map((id) => header(SHORT_HEADERS[id])),
      header("达标项数"),
      header("学校达标"),
    ]);
    const first = 2;
    const last = first + schools.length - 1;
    schools.forEach((school, i) => {
      const excelRow = first + i;
      const r = dataRow.get(school)!;
      const d = (h: string) => ref(DATA_SHEET, `${D[h]}${r}`);
      const students = `$C${excelRow}`;
      const share = `$D${excelRow}`;
      const row: TemplateCell[] = [
        { formula: d("学校名称") },
        { formula: d("学校类型") },
        { formula: d(`${s}在校生数`) },
        {
          formula: `EDU.STAGE_SHARE(${d("小学在校生数")},${d("初中在校生数")},${d("高中在校生数")},${d("学校类型")},"${s}")`,
          numFmt: "0.0000",
        },
        ...INDICATOR_IDS.map((id) => ({
          formula: indicatorFormula(id, stage, r, share, students),
          numFmt: "0.00",
        })),
        {
          formula: `EDU.MET_COUNT(${columnLetter(firstIndicatorCol)}${excelRow}:${columnLetter(metCol - 1)}${excelRow},"${s}")`,
        },
        {
          formula: `EDU.SCHOOL_MEETS(${columnLetter(firstIndicatorCol)}${excelRow}:${columnLetter(metCol - 1)}${excelRow},"${s}")`,
        },
      ];
      rows.push(row);
      checks.push({
        sheet: name,
        row: excelRow - 1,
        col: 3,
        check: { kind: "stageShare", stage, school },
      });
      INDICATOR_IDS.forEach((indicator, k) =>
        checks.push({
          sheet: name,
          row: excelRow - 1,
          col: firstIndicatorCol + k,
          check: { kind: "indicator", stage, school, indicator },
        })
      );
      checks.push({
        sheet: name,
        row: excelRow - 1,
        col: metCol,
        check: { kind: "metCount", stage, school },
      });
      checks.push({
        sheet: name,
        row: excelRow - 1,
        col: meetsCol,
        check: { kind: "schoolMeets", stage, school },
      });
    });

    // County rows under the schools: one formula per indicator column.
    rows.push([]);
    const countyRow = (
      title: string,
      kind: Check["kind"],
      formula: (col: string, id: IndicatorId) => string,
      numFmt: string
    ) => {
      const excelRow = rows.length + 1;
      rows.push([
        label(title),
        {},
        {},
        {},
        ...INDICATOR_IDS.map((id, k) => ({
          formula: formula(columnLetter(firstIndicatorCol + k), id),
          numFmt,
          style: "county" as const,
        })),
      ]);
      INDICATOR_IDS.forEach((indicator, k) =>
        checks.push({
          sheet: name,
          row: excelRow - 1,
          col: firstIndicatorCol + k,
          check: { kind, stage, indicator } as Check,
        })
      );
      return excelRow;
    };
    const values = (col: string) => `${col}${first}:${col}${last}`;
    const P = `$C$${first}:$C$${last}`;
    countyRow(
      "达标值",
      "threshold",
      (_c, id) => `EDU.THRESHOLD("${INDICATORS[id].name}","${s}")`,
      "General"
    );
    countyRow("全县加权均值", "countyValue", (c) => `EDU.WEIGHTED_MEAN(${values(c)},${P})`, "0.00");
    const cvRow = countyRow(
      "差异系数",
      "cv",
      (c) => `EDU.VARIATION_COEF(${values(c)},${P})`,
      "0.000"
    );
    countyRow(
      `差异系数达标（≤ ${NATIONAL_2017.countyRule.limits[stage].toFixed(2)}）`,
      "cvOk",
      (c) => `EDU.CV_OK(${c}${cvRow},"${s}")`,
      "General"
    );
    // The weighted CV as statisticians write it by hand today (standards.md §1.3), for comparison.
    countyRow(
      "差异系数（SUMPRODUCT 手工公式，供核对）",
      "cvBySumproduct",
      (c) => {
        const X = values(c);
        const mean = `(SUMPRODUCT(${P},${X})/SUM(${P}))`;
        return `SQRT(SUMPRODUCT(${P},(${X}-${mean})^2)/SUM(${P}))/${mean}`;
      },
      "0.000"
    );
    const passingRow = rows.length + 1;
    rows.push([
      label("达标学校数"),
      {},
      {},
      {},
      ...INDICATOR_IDS.map(() => ({})),
      {},
      {
        formula: `COUNTIF(${columnLetter(meetsCol)}${first}:${columnLetter(meetsCol)}${last},TRUE())`,
        style: "county" as const,
      },
    ]);
    checks.push({
      sheet: name,
      row: passingRow - 1,
      col: meetsCol,
      check: { kind: "schoolsPassing", stage },
    });
    rows.push([]);
    rows.push([
      note(
        `本表列出纳入${s}资源配置评估的学校（不含特殊教育学校、职业学校和不足 50 人的教学点），各值均由“${DATA_SHEET}”表经 EDU 函数计算。`
      ),
    ]);
    return {
      name,
      widths: [22, 16, 12, 12, ...INDICATOR_IDS.map(() => 14), 10, 10],
      rows,
      frozenRows: 1,
    } satisfies TemplateSheet;
  });

  // --- 班级 ------------------------------------------------------------------
  // Sorted by stage so each stage's classes form one range for CLASSSIZE_OK and LARGE_CLASS_SHARE.
  const classes = STAGES.flatMap((stage) => county.classes.filter((c) => c.stage === stage));
  const classRows: TemplateCell[][] = [
    [
      header("学校名称"),
      header("学段"),
      header("班级"),
      header("学生数"),
      header("班额类别"),
      header("计入班额统计的学生数"),
    ],
  ];
  const specialName = SCHOOL_TYPE_NAMES.special;
  classes.forEach((c, i) => {
    const r = i + 2;
    classRows.push([
      { value: c.school },
      { value: STAGE_NAMES[c.stage] },
      { value: c.className },
      { value: c.students },
      { formula: `EDU.CLASS_BAND(D${r})` },
      // 特殊教育学校 classes are outside the 班额 figures (interfaces.md §1): left blank, so EDU skips them.
      { formula: `IF(VLOOKUP(A${r},${ref(DATA_SHEET, `$A:$B`)},2,0)="${specialName}","",D${r})` },
    ]);
    checks.push({ sheet: CLASS_SHEET, row: r - 1, col: 4, check: { kind: "classBand", index: i } });
  });
  // The per-stage summary to the right of the class list.
  classRows[0].push(
    {},
    header("学段"),
    header("班额达标"),
    header("大班额比例（≥56）"),
    header("超大班额比例（≥66）")
  );
  STAGES.forEach((stage, k) => {
    const rowsOfStage = classes
      .map((c, i) => (c.stage === stage ? i + 2 : -1))
      .filter((r) => r > 0);
    const range = `F${rowsOfStage[0]}:F${rowsOfStage[rowsOfStage.length - 1]}`;
    const s = STAGE_NAMES[stage];
    const target = classRows[k + 1];
    target.push(
      {},
      label(s),
      { formula: `EDU.CLASSSIZE_OK(${range},"${s}")` },
      { formula: `EDU.LARGE_CLASS_SHARE(${range})`, numFmt: "0.0%" },
      { formula: `EDU.LARGE_CLASS_SHARE(${range},66)`, numFmt: "0.0%" }
    );
    checks.push({ sheet: CLASS_SHEET, row: k + 1, col: 8, check: { kind: "classSizeOk", stage } });
    checks.push({
      sheet: CLASS_SHEET,
      row: k + 1,
      col: 9,
      check: { kind: "largeClassShare", stage },
    });
    checks.push({
      sheet: CLASS_SHEET,
      row: k + 1,
      col: 10,
      check: { kind: "superLargeClassShare", stage },
    });
  });
  const classSheet: TemplateSheet = {
    name: CLASS_SHEET,
    widths: [22, 8, 16, 8, 10, 12, 2, 8, 10, 14, 14],
    rows: classRows,
    frozenRows: 1,
  };

  // --- 校额与专用教室 ----------------------------------------------------------
  const conditionRows: TemplateCell[][] = [
    [
      header("学校名称"),
      header("学校类型"),
      header("义务教育在校生数"),
      header("校额达标"),
      header("义务教育班级数"),
      header("音乐专用教室"),
      header("美术专用教室"),
      header("专用教室达标"),
    ],
  ];
  const roomsJudged = new Set((assessment.specialRooms ?? []).map((f) => f.name));
  for (const finding of assessment.schoolSize) {
    const r = dataRow.get(finding.name)!;
    const d = (h: string) => ref(DATA_SHEET, `${D[h]}${r}`);
    const excelRow = conditionRows.length + 1;
    const rooms = roomsJudged.has(finding.name);
    conditionRows.push([
      { formula: d("学校名称") },
      { formula: d("学校类型") },
      { formula: `${d("小学在校生数")}+${d("初中在校生数")}` },
      { formula: `EDU.SCHOOLSIZE_OK(C${excelRow},B${excelRow})` },
      ...(rooms
        ? [
            { formula: `${d("小学班级数")}+${d("初中班级数")}` },
            { formula: d("音乐专用教室数（间）") },
            { formula: d("美术专用教室数（间）") },
            { formula: `EDU.SPECIAL_ROOMS_OK(E${excelRow},F${excelRow},G${excelRow})` },
          ]
        : [{}, {}, {}, note("教学点不判定")]),
    ]);
    checks.push({
      sheet: CONDITIONS_SHEET,
      row: excelRow - 1,
      col: 3,
      check: { kind: "schoolSizeOk", school: finding.name },
    });
    if (rooms)
      checks.push({
        sheet: CONDITIONS_SHEET,
        row: excelRow - 1,
        col: 7,
        check: { kind: "specialRoomsOk", school: finding.name },
      });
  }
  const conditionsSheet: TemplateSheet = {
    name: CONDITIONS_SHEET,
    widths: [22, 16, 14, 10, 14, 12, 12, 12],
    rows: conditionRows,
    frozenRows: 1,
  };

  // --- 使用说明 ----------------------------------------------------------------
  const readme: TemplateSheet = {
    name: README_SHEET,
    widths: [110],
    rows: [
      [{ value: "EDU 自定义函数示例工作簿", style: "header" }],
      [
        note(
          "本工作簿用 EduBalance 加载项提供的 =EDU.* 函数，按《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）测算示例县。"
        ),
      ],
      [
        note(
          "打开前请先加载 EduBalance 加载项，否则 EDU 函数显示为 #NAME?。保存的数值是生成时的计算结果。"
        ),
      ],
      [note(`“${DATA_SHEET}”：学校数据（可替换为本县数据，行数变化时请相应调整各表公式的区域）。`)],
      [
        note(
          `“${STAGE_SHEET.primary}”“${STAGE_SHEET.junior}”：每校 7 项指标（PER100、PER_STUDENT、STAGE_SHARE）、达标项数（MET_COUNT）、学校达标（SCHOOL_MEETS），以及全县加权均值（WEIGHTED_MEAN）、差异系数（VARIATION_COEF）和是否达标（CV_OK）；另附 SUMPRODUCT 手工公式供核对。`
        ),
      ],
      [
        note(
          `“${CLASS_SHEET}”：班额类别（CLASS_BAND）、各学段班额达标（CLASSSIZE_OK）、大班额和超大班额比例（LARGE_CLASS_SHARE）；特殊教育学校的班级不计入。`
        ),
      ],
      [
        note(
          `“${CONDITIONS_SHEET}”：学校规模（SCHOOLSIZE_OK）和音乐、美术专用教室（SPECIAL_ROOMS_OK）。`
        ),
      ],
      [
        note(
          "区域参数可以是一行或一列；空单元格会被跳过，成对区域中任一为空则两边一起跳过；文本、逻辑值或负数返回 #VALUE! 并说明原因。"
        ),
      ],
    ],
  };

  return {
    sheets: [readme, dataSheet, ...stageSheets, classSheet, conditionsSheet],
    checks,
    classes,
  };
}
