/**
 * The official 《全国义务教育优质均衡发展县（市、区）申报表》, 表Ⅰ–表Ⅵ, laid out as the
 * form lays them out (application-form.md §1): its headers, L-codes, 小学 then 初中
 * blocks numbered from 1, 注 lines with the blanks filled in, 表Ⅳ/表Ⅴ's sentences
 * completed from the data, and its rounding as number formats. Every table is always
 * there: a figure the workbook does not hold says 未填报 (never 0, never a pass), and
 * `missingFigures` lists them for 汇总. Thresholds and limits come from the profile.
 *
 * Each table is a function of the pieces it needs (assessment, school records, county
 * figures and assessment, identity), so the builder adapts to how they are assembled.
 */
import {
  INDICATORS,
  SPONSOR_NAMES,
  STAGES,
  STAGE_NAMES,
  countyAssessmentOf as countyAssessment,
  formatAmount,
  PARTIAL_WORDS,
  roundTo,
  type Assessment,
  type CountyAssessment,
  type CountyFigures,
  type CountyItem,
  type CountyItemStatus,
  type CountyNumberId,
  type IndicatorId,
  type SchoolRecord,
  type SchoolStageAssessment,
  type Stage,
  type StandardsProfile,
} from "../core";
import { legendText, NOT_FILLED, NUMBER_FORMATS, PAGE_FOOTER } from "./formats";
import type { CellStyle, ReportCell, ReportSheet } from "./model";
import { cell, SheetBuilder, verdictCell } from "./sheet";

/** Who the 申报表 is for; `source` says where the name came from ("fileName" is flagged on every sheet). */
export interface CountyIdentity {
  name: string;
  source: "countySheet" | "option" | "fileName" | "none";
  code?: string;
  year?: number;
}

export type OfficialSheetId =
  "formI" | "formII1" | "formII2" | "formIII" | "formIV" | "formV" | "formVI";

export const OFFICIAL_SHEET_NAMES: Readonly<Record<OfficialSheetId, string>> = {
  formI: "表Ⅰ基本情况",
  formII1: "表Ⅱ-1资源配置",
  formII2: "表Ⅱ-2分学校",
  formIII: "表Ⅲ校际均衡",
  formIV: "表Ⅳ政府保障",
  formV: "表Ⅴ教育质量",
  formVI: "表Ⅵ社会认可度",
};

const OFFICIAL_TITLES: Readonly<Record<OfficialSheetId, string>> = {
  formI: "表Ⅰ　义务教育优质均衡发展县（市、区）基本情况",
  formII1: "表Ⅱ-1　小学、初中资源配置基本情况",
  formII2: "表Ⅱ-2　小学、初中资源配置基本情况（分学校）",
  formIII: "表Ⅲ　县域义务教育校际均衡情况",
  formIV: "表Ⅳ　政府保障程度",
  formV: "表Ⅴ　教育质量",
  formVI: "表Ⅵ　社会认可度调查情况",
};

/** A figure the form wants and the workbook lacks: listed on 汇总, by table and column. */
export interface MissingFigure {
  table: string;
  column: string;
  /** Where to give it: 县级指标表, 学校表 column … */
  where: string;
}

export interface OfficialInput {
  a: Assessment;
  profile: StandardsProfile;
  /** The school table's records (L9–L24, 举办者类型, 年级数). */
  schools: readonly SchoolRecord[];
  figures?: CountyFigures;
  identity: CountyIdentity;
  /** The incomplete-data notice, when bad data left schools out. */
  notice?: string;
}

export interface OfficialTables {
  sheets: ReportSheet[];
  missing: MissingFigure[];
}

// ---------------------------------------------------------------------------
// The form's sheets (sheet.ts builds them)
// ---------------------------------------------------------------------------

const missingCell = (): ReportCell => cell(NOT_FILLED, "missing");

/** The 申报表's heading: "××县 义务教育优质均衡发展申报表". */
export function documentTitle(identity: CountyIdentity): string {
  const who = identity.name || "（县名未填报）";
  return `${who} 义务教育优质均衡发展申报表`;
}

/** The line under every sheet's title: year, code, standard, and where the county's name came from. */
export function documentSubtitle(identity: CountyIdentity, profileName: string): string {
  const parts = [`填报年度：${identity.year ?? NOT_FILLED}`];
  if (identity.code) parts.push(`行政区划代码：${identity.code}`);
  parts.push(`评估标准：${profileName}`);
  if (identity.source === "fileName")
    parts.push("县名取自文件名：请在县级指标表填写“县（市、区）名称”或用 --county 指定");
  if (identity.source === "none") parts.push("县名未填报：请在县级指标表填写“县（市、区）名称”");
  return parts.join("　");
}

/** 填报单位（盖章）, 单位负责人, 填表人, 联系电话, 填报日期: under each official table. */
export const SIGNATURE_LINES = [
  "填报单位（盖章）：　　　　　　　　　　　　单位负责人（签字）：　　　　　　　　　　填表人：　　　　　　　　　　",
  "联系电话：　　　　　　　　　　　　　　　　填报日期：　　　　年　　月　　日",
];

/** A sheet of the form: its title and subtitle, its L-code row, 注 lines and signature lines. */
class FormSheet extends SheetBuilder {
  constructor(
    readonly id: OfficialSheetId,
    widths: number[]
  ) {
    super(widths);
  }

  /** Title, subtitle, notice; the header rows that follow are added by the table. */
  heading(input: OfficialInput): void {
    this.top(
      `${documentTitle(input.identity)}　${OFFICIAL_TITLES[this.id]}`,
      documentSubtitle(input.identity, input.a.profileName || input.profile.name),
      input.notice
    );
  }

  /** The form's L-code row (甲, 乙 … for the text columns). */
  codes(texts: string[]): void {
    this.header(texts);
    this.freeze();
  }

  /** 注 lines, the legend and the signature lines. */
  foot(notes: string[]): void {
    const used = new Set<CellStyle>();
    for (const row of this.rows) for (const c of row) if (c?.style) used.add(c.style);
    for (const n of notes) this.wide(n, "note");
    const legend = legendText(used);
    if (legend) this.wide(legend, "note");
    this.blank();
    for (const line of SIGNATURE_LINES) this.wide(line, "note");
  }

  form(landscape = true): ReportSheet {
    return this.build(this.id, OFFICIAL_SHEET_NAMES[this.id], {
      print: { landscape, fitToWidth: true, footer: PAGE_FOOTER },
    });
  }
}

const STAGE_SCHOOL_WORD: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };

// ---------------------------------------------------------------------------
// 表Ⅰ 基本情况
// ---------------------------------------------------------------------------

function countyNumber(figures: CountyFigures | undefined, id: CountyNumberId): number | undefined {
  return figures?.numbers[id]?.value;
}

/** Sum of a per-school figure; undefined (未填报) when any school that should have it lacks it. */
function sumOrMissing(
  schools: readonly SchoolRecord[],
  applies: (s: SchoolRecord) => boolean,
  value: (s: SchoolRecord) => number | undefined
): number | undefined {
  let total = 0;
  let any = false;
  for (const s of schools) {
    if (!applies(s)) continue;
    const v = value(s);
    if (v === undefined) return undefined;
    total += v;
    any = true;
  }
  return any ? total : 0;
}

export function formISheet(input: OfficialInput, missing: MissingFigure[]): ReportSheet {
  const { schools, figures } = input;
  const table = "表Ⅰ";
  const b = new FormSheet(
    "formI",
    [9, 9, 7, 7, 10, 10, 10, 10, 6, 7, 6, 6, 7, 7, 6, 7, 7, 7, 8, 8, 7, 7, 7, 7]
  );
  b.heading(input);
  const groups: [string, number, number][] = [
    ["自然情况", 0, 3],
    ["经济情况", 4, 7],
    ["普通中小学校数（所）", 8, 12],
    ["特殊教育学校（所）", 13, 13],
    ["小学教学点数（个）", 14, 15],
    ["教学班数（个）", 16, 17],
    ["在校学生数（人）", 18, 19],
    ["教职工数（人）", 20, 23],
  ];
  const g = b.header(Array.from({ length: 24 }, () => ""));
  for (const [text, from] of groups) b.rows[g][from] = cell(text, "header");
  const names = [
    "人口总数（万人）",
    "农业人口数（万人）",
    "乡镇数（个）",
    "行政村数（个）",
    "年人均国内生产总值（元）",
    "年人均地方财政收入（元）",
    "农民年人均纯收入（元）",
    "城镇居民年人均可支配收入（元）",
    "小学",
    "九年一贯制学校",
    "初中",
    "完全中学",
    "十二年一贯制学校",
    "",
    "计",
    "其中：50人及以上",
    "小学",
    "初中",
    "小学",
    "初中",
    "小学合计",
    "其中：专任教师",
    "初中合计",
    "其中：专任教师",
  ];
  const h = b.header(names);
  for (const [, from, to] of groups) {
    if (from === to) b.merge(g, from, h, to);
    else b.merge(g, from, g, to);
  }
  b.codes(names.map((_, i) => `L${i + 1}`));

  const county = (
    id: CountyNumberId,
    label: string,
    scale = 1,
    numFmt: string = NUMBER_FORMATS.integer
  ): ReportCell => {
    const v = countyNumber(figures, id);
    if (v === undefined) {
      missing.push({ table, column: label, where: "县级指标表" });
      return missingCell();
    }
    return cell(v / scale, "text", { numFmt });
  };
  const integer = (v: number): ReportCell => cell(v, "text", { numFmt: NUMBER_FORMATS.integer });
  const count = (f: (s: SchoolRecord) => boolean): ReportCell => integer(schools.filter(f).length);
  const total = (f: (s: SchoolRecord) => number): ReportCell =>
    integer(schools.reduce((t, s) => t + f(s), 0));
  const sum = (
    label: string,
    applies: (s: SchoolRecord) => boolean,
    value: (s: SchoolRecord) => number | undefined,
    column: string
  ): ReportCell => {
    const v = sumOrMissing(schools, applies, value);
    if (v === undefined) {
      missing.push({ table, column: label, where: `学校表“${column}”列` });
      return missingCell();
    }
    return integer(v);
  };
  const hasPrimary = (s: SchoolRecord) => s.primaryStudents > 0 && s.type !== "special";
  const hasJunior = (s: SchoolRecord) => s.juniorStudents > 0 && s.type !== "special";
  b.row([
    county("population", "L1 人口总数", 10000, NUMBER_FORMATS.tenThousands),
    county("agriculturalPopulation", "L2 农业人口数", 10000, NUMBER_FORMATS.tenThousands),
    county("townships", "L3 乡镇数"),
    county("villages", "L4 行政村数"),
    county("gdpPerCapita", "L5 年人均国内生产总值"),
    county("fiscalRevenuePerCapita", "L6 年人均地方财政收入"),
    county("ruralIncomePerCapita", "L7 农民年人均纯收入"),
    county("urbanIncomePerCapita", "L8 城镇居民年人均可支配收入"),
    count((s) => s.type === "primary"),
    count((s) => s.type === "nineYear"),
    count((s) => s.type === "junior"),
    count((s) => s.type === "complete"),
    count((s) => s.type === "twelveYear"),
    count((s) => s.type === "special"),
    count((s) => s.type === "teachingPoint"),
    count((s) => s.type === "teachingPoint" && s.primaryStudents >= 50),
    total((s) => s.primaryClasses),
    total((s) => s.juniorClasses),
    total((s) => s.primaryStudents),
    total((s) => s.juniorStudents),
    sum("L21 小学教职工数", hasPrimary, (s) => s.primaryStaff, "小学教职工数"),
    sum("L22 小学专任教师数", hasPrimary, (s) => s.primaryFullTimeTeachers, "小学专任教师数"),
    sum("L23 初中教职工数", hasJunior, (s) => s.juniorStaff, "初中教职工数"),
    sum("L24 初中专任教师数", hasJunior, (s) => s.juniorFullTimeTeachers, "初中专任教师数"),
  ]);
  b.foot([
    "注：人口总数、农业人口数按常住人口统计，保留两位小数；L5–L8 保留整数。L1–L8 取自县级指标表，L9–L24 由学校表、班级数和教职工数汇总。",
  ]);
  return b.form();
}

// ---------------------------------------------------------------------------
// 表Ⅱ-1, 表Ⅱ-2, 表Ⅲ: 资源配置
// ---------------------------------------------------------------------------

function indicatorHeaders(input: OfficialInput): string[] {
  return input.a.indicators.map((id) => INDICATORS[id].name);
}

export function formII1Sheet(input: OfficialInput): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const b = new FormSheet("formII1", [8, 16, ...ids.map(() => 13), 12]);
  b.heading(input);
  b.header(["学段", "项目", ...indicatorHeaders(input), "综合评估"]);
  b.codes(["甲", "乙", ...ids.map((_, i) => `L${i + 1}`), `L${n + 1}`]);
  for (const stage of STAGES) {
    const sa = input.a.stages[stage];
    const total = sa.schools.length;
    const met = ids.map((id) => sa.schools.filter((s) => s.met[id] === true).length);
    const passing = sa.schools.filter((s) => s.passes === true).length;
    // A partial table: an indicator without its columns, and the school verdict, are not given.
    const notComputed = (id: IndicatorId) => sa.indicators[id]?.missingFields !== undefined;
    const judged = !sa.missingIndicators;
    const r = b.row([
      cell(STAGE_NAMES[stage]),
      cell("达标学校总数"),
      ...met.map((m, i) =>
        notComputed(ids[i])
          ? missingIndicatorCell()
          : cell(m, "text", { numFmt: NUMBER_FORMATS.integer })
      ),
      judged
        ? cell(passing, passing === total ? "pass" : "fail", { numFmt: NUMBER_FORMATS.integer })
        : verdictCell(null),
    ]);
    const pct = (k: number) =>
      total === 0 ? cell("——") : cell((k / total) * 100, "text", { numFmt: NUMBER_FORMATS.ratio });
    b.row([
      cell(""),
      cell("达标学校比例（%）"),
      ...met.map((m, i) => (notComputed(ids[i]) ? missingIndicatorCell() : pct(m))),
      judged ? pct(passing) : verdictCell(null),
    ]);
    b.merge(r, 0, r + 1, 0);
  }
  b.foot([
    `注：达标学校比例保留一位小数。综合评估：每校 ${n} 项指标中至少 ${input.profile.schoolRule?.minMet ?? n} 项达到标准，其余不低于标准的 ${Math.round((input.profile.schoolRule?.floor ?? 1) * 100)}%（${input.a.profileName || input.profile.name}）。`,
  ]);
  return b.form();
}

/** An indicator a partial table cannot compute: 缺列未计算, never 0 and never a verdict. */
function missingIndicatorCell(): ReportCell {
  return cell(PARTIAL_WORDS.notComputed.zh, "missing");
}

/** The school's part of a stage as the form names it: 一贯制 and 完全中学 parts are rows of their own. */
function partName(s: SchoolStageAssessment, stage: Stage): string {
  if (s.type === "nineYear" || s.type === "twelveYear" || s.type === "complete")
    return `${s.name}（${STAGE_SCHOOL_WORD[stage]}部）`;
  return s.name;
}

/** 年级数 of a stage's part: the school's own for a one-stage school; 6 / 3 years of a through school at most. */
function partGrades(record: SchoolRecord | undefined, stage: Stage): number | undefined {
  if (!record || record.grades === undefined) return undefined;
  const through =
    record.type === "nineYear" || record.type === "twelveYear" || record.type === "complete";
  if (!through) return record.grades;
  if (record.type === "complete")
    return stage === "junior" ? Math.min(3, record.grades) : undefined;
  return stage === "primary"
    ? Math.min(6, record.grades)
    : Math.max(0, Math.min(3, record.grades - 6));
}

/** 备注: which indicators are met, which reach the floor (85%). */
export function remarkText(s: SchoolStageAssessment, stage: Stage, input: OfficialInput): string {
  const rule = input.profile.schoolRule;
  const short = (id: (typeof input.a.indicators)[number]) =>
    `L${input.a.indicators.indexOf(id) + 7}`;
  const met = input.a.indicators.filter((id) => s.met[id] === true);
  if (!rule) return `${met.length} 项指标达标`;
  const floorPct = Math.round(rule.floor * 100);
  // The core judged which unmet indicators are below the floor (SchoolStageAssessment.belowFloor).
  const below = input.a.indicators.filter((id) => s.belowFloor.includes(id));
  const atFloor = input.a.indicators.filter((id) => s.met[id] === false && !below.includes(id));
  const parts = [`达标 ${met.length} 项：${met.map(short).join("、") || "无"}`];
  if (atFloor.length > 0) parts.push(`达到${floorPct}%：${atFloor.map(short).join("、")}`);
  if (below.length > 0) parts.push(`低于${floorPct}%：${below.map(short).join("、")}`);
  const notComputed = input.a.stages[stage].missingIndicators ?? [];
  if (notComputed.length > 0)
    parts.push(`${PARTIAL_WORDS.notComputed.zh}：${notComputed.map(short).join("、")}`);
  return parts.join("；");
}

export function formII2Sheet(input: OfficialInput, missing: MissingFigure[]): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const b = new FormSheet("formII2", [5, 26, 8, 8, 6, 6, ...ids.map(() => 9), 9, 30]);
  b.heading(input);
  const g = b.header([
    "序号",
    "学校名称",
    "举办者类型",
    "在校生数",
    "年级数",
    "班级数",
    ...ids.map(() => ""),
    "该校综合评估是否达标",
    "备注（注明有哪几项指标达标，哪几项指标达到85%）",
  ]);
  b.rows[g][6] = cell("资源配置指标", "header");
  const h = b.header([
    "",
    "",
    "",
    "",
    "",
    "",
    ...ids.map((id) => INDICATORS[id].shortName),
    "",
    "",
  ]);
  for (const c of [0, 1, 2, 3, 4, 5, 6 + n, 7 + n]) b.merge(g, c, h, c);
  b.merge(g, 6, g, 5 + n);
  b.codes([
    "L1",
    "L2",
    "L3",
    "L4",
    "L5",
    "L6",
    ...ids.map((_, i) => `L${i + 7}`),
    `L${n + 7}`,
    "甲",
  ]);

  const byName = new Map(input.schools.map((s) => [s.name, s]));
  let sponsorMissing = 0;
  let gradesMissing = 0;
  for (const stage of STAGES) {
    b.wide(STAGE_NAMES[stage], "total");
    const sa = input.a.stages[stage];
    sa.schools.forEach((s, i) => {
      const record = byName.get(s.name);
      const sponsor = record?.sponsor;
      const grades = partGrades(record, stage);
      if (sponsor === undefined) sponsorMissing++;
      if (grades === undefined) gradesMissing++;
      const classes = record
        ? stage === "primary"
          ? record.primaryClasses
          : record.juniorClasses
        : undefined;
      b.row([
        cell(i + 1, "text", { numFmt: NUMBER_FORMATS.integer }),
        cell(partName(s, stage)),
        sponsor === undefined
          ? missingCell()
          : cell(sponsor, "text", { numFmt: NUMBER_FORMATS.whole }),
        cell(s.students, "text", { numFmt: NUMBER_FORMATS.integer }),
        grades === undefined
          ? missingCell()
          : cell(grades, "text", { numFmt: NUMBER_FORMATS.whole }),
        classes === undefined
          ? missingCell()
          : cell(classes, "text", { numFmt: NUMBER_FORMATS.integer }),
        ...ids.map((id) => {
          const v = s.values[id];
          if (sa.indicators[id]?.missingFields) return missingIndicatorCell();
          if (v === undefined || !Number.isFinite(v)) return cell("——");
          return cell(v, s.met[id] === false ? "fail" : "text", { numFmt: NUMBER_FORMATS.value });
        }),
        s.passes === null
          ? sa.missingIndicators && input.profile.schoolRule
            ? verdictCell(null)
            : cell("——")
          : cell(s.passes ? "是" : "否", s.passes ? "pass" : "fail"),
        cell(remarkText(s, stage, input)),
      ]);
    });
    if (sa.schools.length === 0) b.wide(`（本县没有${STAGE_NAMES[stage]}学校）`, "text");
  }
  if (sponsorMissing > 0)
    missing.push({
      table: "表Ⅱ-2",
      column: `L3 举办者类型（${sponsorMissing} 行）`,
      where: "学校表“举办者类型”列",
    });
  if (gradesMissing > 0)
    missing.push({
      table: "表Ⅱ-2",
      column: `L5 年级数（${gradesMissing} 行）`,
      where: "学校表“年级数”列",
    });

  const schools = input.schools;
  const throughPrimary = schools.filter(
    (s) => (s.type === "nineYear" || s.type === "twelveYear") && s.primaryStudents > 0
  ).length;
  const bigPoints = schools.filter(
    (s) => s.type === "teachingPoint" && s.primaryStudents >= 50
  ).length;
  const throughJunior = schools.filter(
    (s) => (s.type === "nineYear" || s.type === "twelveYear") && s.juniorStudents > 0
  ).length;
  const completeJunior = schools.filter(
    (s) => s.type === "complete" && s.juniorStudents > 0
  ).length;
  const codes = (Object.entries(SPONSOR_NAMES) as [string, string][])
    .map(([k, v]) => `${v} ${k}`)
    .join("、");
  b.foot([
    `注：1. 小学学校总数 ${input.a.stages.primary.schools.length} 所（其中：一贯制学校的小学部有 ${throughPrimary} 所，50人及以上教学点有 ${bigPoints} 个），初中学校总数 ${input.a.stages.junior.schools.length} 所（其中：一贯制学校的初中部 ${throughJunior} 所，完全中学的初中部 ${completeJunior} 所）。`,
    `2. 举办者类型代码：${codes}。`,
    `3. L7–L${n + 6} 保留两位小数。`,
  ]);
  const sheet = b.form();
  return sheet;
}

export function formIIISheet(input: OfficialInput): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const b = new FormSheet("formIII", [8, 14, ...ids.map(() => 13), 12]);
  b.heading(input);
  b.header(["学段", "项目", ...indicatorHeaders(input), "综合"]);
  b.codes(["甲", "乙", ...ids.map((_, i) => `L${i + 1}`), `L${n + 1}`]);
  const limits: string[] = [];
  for (const stage of STAGES) {
    const sa = input.a.stages[stage];
    const r = b.row([
      cell(STAGE_NAMES[stage]),
      cell("全县平均值"),
      ...ids.map((id) => {
        const v = sa.indicators[id]?.countyValue;
        if (sa.indicators[id]?.missingFields) return missingIndicatorCell();
        return v === null || v === undefined || !Number.isFinite(v)
          ? cell("——")
          : cell(v, "text", { numFmt: NUMBER_FORMATS.value });
      }),
      cell("——"),
    ]);
    const cvPass = ids.every((id) => sa.indicators[id]?.cvPasses !== false);
    b.row([
      cell(""),
      cell("差异系数"),
      ...ids.map((id) => {
        const ind = sa.indicators[id];
        const v = ind?.cv;
        if (ind?.missingFields) return missingIndicatorCell();
        if (!ind || v === null || v === undefined || !Number.isFinite(v)) return cell("——");
        return cell(v, ind.cvPasses === false ? "fail" : "text", { numFmt: NUMBER_FORMATS.cv });
      }),
      sa.schools.length === 0
        ? cell("——")
        : sa.missingIndicators
          ? verdictCell(null)
          : cell(cvPass ? "达标" : "未达标", cvPass ? "pass" : "fail"),
    ]);
    b.merge(r, 0, r + 1, 0);
    const limit = input.profile.countyRule.limits?.[stage];
    if (limit !== undefined) limits.push(`${STAGE_NAMES[stage]}不高于 ${limit.toFixed(2)}`);
  }
  b.foot([
    "注：全县平均值保留两位小数，差异系数保留三位小数。",
    `差异系数上限（${input.a.profileName || input.profile.name}）：${limits.join("，") || "见评估标准"}；L${n + 1} 综合在差异系数行给出各项是否全部达标。`,
  ]);
  return b.form();
}

// ---------------------------------------------------------------------------
// 表Ⅳ 政府保障程度, 表Ⅴ 教育质量: the fill-in sentences
// ---------------------------------------------------------------------------

/** The county assessment, or one of an empty county sheet (every item 未填报) when there is none. */
export function countyAssessmentOf(input: OfficialInput): CountyAssessment {
  return countyAssessment(input.a, input.profile, input.schools, input.figures);
}

const STATUS_TEXT: Readonly<Record<CountyItemStatus, string>> = {
  pass: "达标",
  fail: "未达标",
  missing: NOT_FILLED,
};
const STATUS_STYLE: Readonly<Record<CountyItemStatus, CellStyle>> = {
  pass: "pass",
  fail: "fail",
  missing: "missing",
};

/** A blank of a sentence: the number as the form rounds it, or 未填报. */
type Blank = number | undefined;
const int = (v: Blank): string => (v === undefined ? NOT_FILLED : formatAmount(Math.round(v)));
const pct = (v: Blank): string => (v === undefined ? NOT_FILLED : roundTo(v * 100, 1).toFixed(1));
/** 元 as 万元 with two decimals (the form's unit for 公用经费). */
const wan = (v: Blank): string =>
  v === undefined ? NOT_FILLED : formatAmount(roundTo(v / 10000, 2));
const share = (part: Blank, whole: Blank): Blank =>
  part === undefined || whole === undefined || whole === 0 ? undefined : part / whole;

/** 表Ⅳ's sentences with the blanks filled in from the data (application-form.md §1). */
function governmentSentence(item: CountyItem, input: OfficialInput): string | undefined {
  const f = (id: CountyNumberId): Blank => countyNumber(input.figures, id);
  const a = input.a;
  const size = input.profile.schoolSize;
  const nine = size.byType.nineYear ?? size.default;
  switch (item.number) {
    case 4: {
      const over = (types: string[]) =>
        a.schoolSize.filter((s) => !s.passes && types.includes(s.type)).length;
      return `超过 ${size.default} 人的小学 ${over(["primary"])} 所，初中 ${over(["junior", "complete"])} 所，超过 ${nine} 人的一贯制学校 ${over(["nineYear", "twelveYear"])} 所`;
    }
    case 5: {
      const cs = a.classSize;
      const limit = input.profile.classSize;
      return `超过 ${limit.limits.primary} 人的小学班级 ${cs ? int(cs.primary.overLimit) : NOT_FILLED} 个，超过 ${limit.limits.junior} 人的初中班级 ${cs ? int(cs.junior.overLimit) : NOT_FILLED} 个`;
    }
    case 7:
      return `特殊教育学校公用经费为 ${wan(f("specialSchoolPublicFunds"))} 万元，特殊教育学生数为 ${int(f("specialSchoolStudents"))} 人，特殊教育学校生均公用经费为 ${int(f("specialSchoolFundingPerStudent"))} 元`;
    case 8:
      return `全县义务教育学校教师年平均工资收入为 ${int(f("teacherAverageSalary"))} 元，当地公务员年平均工资收入 ${int(f("civilServantAverageSalary"))} 元`;
    case 9:
      return `完成 360 学时培训的教师 ${int(f("trainedTeachers"))} 人，全县教师 ${int(f("fullTimeTeachers"))} 人，教师培训完成率 ${pct(f("trainingCompletionRate"))}%`;
    case 11: {
      const rotated = f("rotatedTeachers");
      const eligible = f("eligibleForRotation");
      const backbone = f("rotatedBackboneTeachers");
      return `全县符合交流轮岗条件教师总数 ${int(eligible)} 名，上一年度交流轮岗教师 ${int(rotated)} 名，交流轮岗教师占符合交流轮岗条件教师总数的比例 ${pct(share(rotated, eligible))}%；交流轮岗的骨干教师 ${int(backbone)} 名，占交流轮岗教师总数的比例 ${pct(share(backbone, rotated))}%`;
    }
    case 12: {
      const all = f("fullTimeTeachers");
      const certified = f("certifiedTeachers");
      return `全县在岗专任教师 ${int(all)} 人，其中持有教师资格证的专任教师 ${int(certified)} 人，占比 ${pct(share(certified, all) ?? f("certifiedTeacherRate"))}%`;
    }
    case 13: {
      const p = share(f("primaryNearbyIntake"), f("primaryIntake")) ?? f("primaryNearbyRate");
      const j = share(f("juniorNearbyIntake"), f("juniorIntake")) ?? f("juniorNearbyRate");
      return `城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别 ${pct(p)}%、${pct(j)}%。`;
    }
    case 14: {
      const total = f("highSchoolQuotaTotal");
      const allocated = f("highSchoolQuotaAllocated");
      const rural = f("highSchoolQuotaRural");
      // The share as judged (the county's rate) first, else from the counts.
      return `全县优质高中招生名额总数 ${int(total)} 人，分配名额 ${int(allocated)} 人，占比 ${pct(f("highSchoolQuotaRate") ?? share(allocated, total))}%。其中分配农村学校的名额 ${int(rural)} 人，占分配名额总数的 ${pct(share(rural, allocated))}%`;
    }
    case 15: {
      const eligible = f("migrantChildrenEligible");
      // The county sheet's figure counts 公办 and 政府购买学位 together: it is the 合计.
      const all = f("migrantChildrenInPublic");
      const bought = f("migrantChildrenInPurchased");
      const publicOnly =
        all !== undefined && bought !== undefined && bought <= all ? all - bought : undefined;
      return `全县符合条件的随迁子女数 ${int(eligible)} 人，在公办学校就读 ${int(publicOnly)} 人，在政府购买服务的民办学校就读 ${int(bought)} 人，合计 ${int(all)} 人，占比 ${pct(share(all, eligible) ?? f("migrantChildrenPublicRate"))}%`;
    }
    default:
      return undefined;
  }
}

function qualitySentence(item: CountyItem, input: OfficialInput): string | undefined {
  const f = (id: CountyNumberId): Blank => countyNumber(input.figures, id);
  switch (item.number) {
    case 1: {
      const rate = f("consolidationRate") ?? item.value ?? undefined;
      return `全县初中毕业班学生数为 ${int(f("juniorGraduates"))} 人，三年前该年级入学学生数为 ${int(f("juniorCohortEnrolled"))} 人，毕业年级三年转入学生数为 ${int(f("juniorTransfersIn"))} 人，死亡学生数为 ${int(f("juniorCohortDeaths"))} 人，转出学生数为 ${int(f("juniorTransfersOut"))} 人，全县初中三年巩固率为 ${pct(rate ?? undefined)}%`;
    }
    case 2: {
      const total = f("disabledTotal");
      const enrolled = f("disabledEnrolled");
      const inSpecial = f("disabledInSpecialSchools");
      return `全县残疾儿童少年为 ${int(total)} 人，入学 ${int(enrolled)} 人，入学率为 ${pct(share(enrolled, total) ?? f("disabledEnrolmentRate"))}%。其中，在特殊教育学校就读 ${int(inSpecial)} 人，占比 ${pct(share(inSpecial, enrolled))}%。`;
    }
    case 9: {
      const subjects = ["语文", "数学", "科学", "体育", "艺术", "德育"];
      const monitoring = input.figures?.monitoring ?? [];
      const LEVELS = ["", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];
      return (
        subjects
          .map((subject) => {
            const m = monitoring.find((x) => x.subject.startsWith(subject));
            const level = m?.level?.value;
            const rate = m?.differenceRate?.value;
            return `${subject} ${level === undefined ? NOT_FILLED : `${LEVELS[level] ?? level}`} 级、校际差异率 ${rate === undefined ? NOT_FILLED : roundTo(rate, 2).toFixed(2)}`;
          })
          .join("；") + "。"
      );
    }
    default:
      return undefined;
  }
}

/** The 指标值或简要结论 of a qualitative item: the answer and its evidence. */
function conclusion(item: CountyItem): string {
  if (item.status === "missing") return NOT_FILLED;
  const text = [item.text, item.evidence].filter((t) => t && t.trim() !== "").join("；");
  return text || STATUS_TEXT[item.status];
}

function partSheet(
  id: "formIV" | "formV",
  items: readonly CountyItem[],
  input: OfficialInput,
  missing: MissingFigure[]
): ReportSheet {
  const b = new FormSheet(id, [6, 40, 70, 10]);
  b.heading(input);
  b.header(["序号", "名称", "指标值或简要结论", "是否达标"]);
  b.codes(["甲", "乙", "L1", "L2"]);
  const table = id === "formIV" ? "表Ⅳ" : "表Ⅴ";
  for (const item of items) {
    const sentence =
      id === "formIV" ? governmentSentence(item, input) : qualitySentence(item, input);
    const text = sentence ?? conclusion(item);
    if (item.status === "missing")
      missing.push({ table, column: `${item.number}. ${item.shortName}`, where: "县级指标表" });
    b.row([
      cell(item.number, "text", { numFmt: NUMBER_FORMATS.whole }),
      cell(item.name),
      text === NOT_FILLED ? missingCell() : cell(text),
      cell(STATUS_TEXT[item.status], STATUS_STYLE[item.status]),
    ]);
  }
  b.foot([
    id === "formIV"
      ? "注：表中所有比例数值保留一位小数，其余保留整数。标准值取自所用评估标准，而非表格样式。"
      : "注：比例保留一位小数，其余保留整数；第 3–8 项为定性指标，填写简要结论及佐证。",
  ]);
  return b.form(false);
}

// ---------------------------------------------------------------------------
// 表Ⅵ 社会认可度
// ---------------------------------------------------------------------------

export function formVISheet(input: OfficialInput, missing: MissingFigure[]): ReportSheet {
  const b = new FormSheet("formVI", [12, 12, 14, 12, 14, 12, 12, 14]);
  b.heading(input);
  const g = b.header(["项目", "问卷调查", "", "", "", "实地走访", "", ""]);
  b.header([
    "",
    "问卷总数·计",
    "其中：回收有效问卷数",
    "其中：满意问卷数",
    "问卷调查综合满意度（%）",
    "实地走访人数·计",
    "其中：满意人数",
    "实地走访满意度（%）",
  ]);
  b.merge(g, 0, g + 1, 0);
  b.merge(g, 1, g, 4);
  b.merge(g, 5, g, 7);
  b.codes(["甲", "L1", "L2", "L3", "L4", "L5", "L6", "L7"]);
  const survey = input.figures?.survey ?? {};
  // 计: the whole survey's figures, or the sum over the groups surveyed when every group gives both.
  const groups = Object.entries(survey)
    .filter(([k]) => k !== "overall")
    .map(([, v]) => v);
  const sumOf = (m: "responses" | "satisfied"): Blank =>
    groups.length > 0 && groups.every((g) => g?.responses && g?.satisfied)
      ? groups.reduce((t, g) => t + (g?.[m]?.value ?? 0), 0)
      : undefined;
  const visits = countyNumber(input.figures, "fieldVisits");
  const visitsSatisfied = countyNumber(input.figures, "fieldVisitsSatisfied");
  const line = (label: string, key: "overall" | "parents") => {
    const s = survey[key];
    const responses = s?.responses?.value ?? (key === "overall" ? sumOf("responses") : undefined);
    const satisfied = s?.satisfied?.value ?? (key === "overall" ? sumOf("satisfied") : undefined);
    const rate = s?.rate?.value ?? share(satisfied, responses);
    const num = (v: Blank, column: string, numFmt: string = NUMBER_FORMATS.integer): ReportCell => {
      if (v === undefined) {
        missing.push({ table: "表Ⅵ", column: `${label} ${column}`, where: "县级指标表" });
        return missingCell();
      }
      return cell(v, "text", { numFmt });
    };
    b.row([
      cell(label),
      num(responses, "L1 问卷总数"),
      num(responses, "L2 回收有效问卷数"),
      num(satisfied, "L3 满意问卷数"),
      num(rate === undefined ? undefined : rate * 100, "L4 综合满意度", NUMBER_FORMATS.ratio),
      // 实地走访 is the county's, not a group's: on the 计 row (the form leaves 家长 to the survey).
      key === "overall" ? num(visits, "L5 实地走访人数") : cell("——"),
      key === "overall" ? num(visitsSatisfied, "L6 满意人数") : cell("——"),
      key === "overall"
        ? num(
            visits !== undefined && visitsSatisfied !== undefined && visits > 0
              ? (visitsSatisfied / visits) * 100
              : undefined,
            "L7 实地走访满意度",
            NUMBER_FORMATS.ratio
          )
        : cell("——"),
    ]);
  };
  line("计", "overall");
  line("其中：家长", "parents");
  const threshold = input.profile.county?.recognitionRate;
  b.foot([
    `注：满意度保留一位小数。社会认可度达到 ${threshold === undefined ? "评估标准规定" : `${roundTo(threshold * 100, 1)}%`} 以上为达标（${input.a.profileName || input.profile.name}）。问卷总数按回收的有效问卷计。`,
  ]);
  return b.form();
}

// ---------------------------------------------------------------------------
// All seven
// ---------------------------------------------------------------------------

/** The seven official tables, in the form's order, and the figures they still lack. */
export function officialTables(input: OfficialInput): OfficialTables {
  const missing: MissingFigure[] = [];
  const county = countyAssessmentOf(input);
  const sheets = [
    formISheet(input, missing),
    formII1Sheet(input),
    formII2Sheet(input, missing),
    formIIISheet(input),
    partSheet("formIV", county.government.items, input, missing),
    partSheet("formV", county.quality.items, input, missing),
    formVISheet(input, missing),
  ];
  return { sheets, missing };
}
