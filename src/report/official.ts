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
import { fill, ZH } from "../i18n";

const T = ZH.form.official;

/** Who the 申报表 is for; `source` says where the name came from ("fileName" is flagged on every sheet). */
export interface CountyIdentity {
  name: string;
  source: "countySheet" | "option" | "fileName" | "none";
  code?: string;
  year?: number;
}

export type OfficialSheetId =
  "formI" | "formII1" | "formII2" | "formIII" | "formIV" | "formV" | "formVI";

export const OFFICIAL_SHEET_NAMES: Readonly<Record<OfficialSheetId, string>> = T.sheetNames;

const OFFICIAL_TITLES: Readonly<Record<OfficialSheetId, string>> = T.titles;

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
  /**
   * Filled by 表Ⅱ-1, 表Ⅱ-2 and 表Ⅲ with where their computed cells are, when given: the
   * `--formulas` 申报表 (working.ts) writes formulas into those cells.
   */
  layout?: FormLayout;
}

/** Where 表Ⅱ-1's, 表Ⅱ-2's and 表Ⅲ's computed cells are (0-based rows; columns as the tables lay them). */
export interface FormLayout {
  /** 表Ⅱ-1: per stage, the row of 达标校数 (its share is the next row); indicators from column 2. */
  formII1: Partial<Record<Stage, number>>;
  /** 表Ⅱ-2: per stage, one row per school in StageAssessment.schools' order; students in column 3, indicators from 6. */
  formII2: Record<Stage, number[]>;
  /** 表Ⅲ: per stage, the row of 县域均值 (差异系数 is the next row); indicators from column 2. */
  formIII: Partial<Record<Stage, number>>;
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
  const who = identity.name || T.document.nameMissing;
  return fill(T.document.title, { who });
}

/** The line under every sheet's title: year, code, standard, and where the county's name came from. */
export function documentSubtitle(identity: CountyIdentity, profileName: string): string {
  const parts = [fill(T.document.year, { year: identity.year ?? NOT_FILLED })];
  if (identity.code) parts.push(fill(T.document.code, { code: identity.code }));
  parts.push(fill(T.document.standard, { name: profileName }));
  if (identity.source === "fileName") parts.push(T.document.nameFromFile);
  if (identity.source === "none") parts.push(T.document.nameNone);
  return parts.join("　");
}

/** 填报单位（盖章）, 单位负责人, 填表人, 联系电话, 填报日期: under each official table. */
export const SIGNATURE_LINES: readonly string[] = T.signatureLines;

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

const STAGE_SCHOOL_WORD: Readonly<Record<Stage, string>> = T.stageSchoolWord;

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
  const table = T.formI.table;
  const b = new FormSheet(
    "formI",
    [9, 9, 7, 7, 10, 10, 10, 10, 6, 7, 6, 6, 7, 7, 6, 7, 7, 7, 8, 8, 7, 7, 7, 7]
  );
  b.heading(input);
  const spans: [number, number][] = [
    [0, 3],
    [4, 7],
    [8, 12],
    [13, 13],
    [14, 15],
    [16, 17],
    [18, 19],
    [20, 23],
  ];
  const groups: [string, number, number][] = spans.map(([from, to], i) => [
    T.formI.groups[i],
    from,
    to,
  ]);
  const g = b.header(Array.from({ length: 24 }, () => ""));
  for (const [text, from] of groups) b.rows[g][from] = cell(text, "header");
  // L14 (特殊教育学校) has no name of its own: its group heads it, merged down.
  const names = [...T.formI.names.slice(0, 13), "", ...T.formI.names.slice(13)];
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
      missing.push({ table, column: label, where: T.countySheet });
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
      missing.push({ table, column: label, where: fill(T.schoolColumn, { column }) });
      return missingCell();
    }
    return integer(v);
  };
  const C = T.formI.columns;
  const SC = T.formI.schoolColumns;
  const hasPrimary = (s: SchoolRecord) => s.primaryStudents > 0 && s.type !== "special";
  const hasJunior = (s: SchoolRecord) => s.juniorStudents > 0 && s.type !== "special";
  b.row([
    county("population", C.population, 10000, NUMBER_FORMATS.tenThousands),
    county("agriculturalPopulation", C.agriculturalPopulation, 10000, NUMBER_FORMATS.tenThousands),
    county("townships", C.townships),
    county("villages", C.villages),
    county("gdpPerCapita", C.gdpPerCapita),
    county("fiscalRevenuePerCapita", C.fiscalRevenuePerCapita),
    county("ruralIncomePerCapita", C.ruralIncomePerCapita),
    county("urbanIncomePerCapita", C.urbanIncomePerCapita),
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
    sum(C.primaryStaff, hasPrimary, (s) => s.primaryStaff, SC.primaryStaff),
    sum(C.primaryTeachers, hasPrimary, (s) => s.primaryFullTimeTeachers, SC.primaryTeachers),
    sum(C.juniorStaff, hasJunior, (s) => s.juniorStaff, SC.juniorStaff),
    sum(C.juniorTeachers, hasJunior, (s) => s.juniorFullTimeTeachers, SC.juniorTeachers),
  ]);
  b.foot([T.formI.note]);
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
  b.header([T.stage, T.item, ...indicatorHeaders(input), T.formII1.composite]);
  b.codes([T.codeA, T.codeB, ...ids.map((_, i) => `L${i + 1}`), `L${n + 1}`]);
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
      cell(T.formII1.metCount),
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
      cell(T.formII1.metShare),
      ...met.map((m, i) => (notComputed(ids[i]) ? missingIndicatorCell() : pct(m))),
      judged ? pct(passing) : verdictCell(null),
    ]);
    b.merge(r, 0, r + 1, 0);
    if (input.layout) input.layout.formII1[stage] = r;
  }
  b.foot([
    fill(T.formII1.note, {
      n,
      minMet: input.profile.schoolRule?.minMet ?? n,
      floor: Math.round((input.profile.schoolRule?.floor ?? 1) * 100),
      profile: input.a.profileName || input.profile.name,
    }),
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
    return fill(T.partName, { name: s.name, word: STAGE_SCHOOL_WORD[stage] });
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
  if (!rule) return fill(T.remark.metOnly, { n: met.length });
  const floorPct = Math.round(rule.floor * 100);
  // The core judged which unmet indicators are below the floor (SchoolStageAssessment.belowFloor).
  const below = input.a.indicators.filter((id) => s.belowFloor.includes(id));
  const atFloor = input.a.indicators.filter((id) => s.met[id] === false && !below.includes(id));
  const parts = [
    fill(T.remark.met, { n: met.length, list: met.map(short).join("、") || T.remark.none }),
  ];
  if (atFloor.length > 0)
    parts.push(fill(T.remark.atFloor, { pct: floorPct, list: atFloor.map(short).join("、") }));
  if (below.length > 0)
    parts.push(fill(T.remark.below, { pct: floorPct, list: below.map(short).join("、") }));
  const notComputed = input.a.stages[stage].missingIndicators ?? [];
  if (notComputed.length > 0)
    parts.push(
      fill(T.remark.notComputed, {
        words: PARTIAL_WORDS.notComputed.zh,
        list: notComputed.map(short).join("、"),
      })
    );
  return parts.join("；");
}

export function formII2Sheet(input: OfficialInput, missing: MissingFigure[]): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const b = new FormSheet("formII2", [5, 26, 8, 8, 6, 6, ...ids.map(() => 9), 9, 30]);
  b.heading(input);
  const g = b.header([
    ...T.formII2.headers,
    ...ids.map(() => ""),
    T.formII2.verdict,
    T.formII2.remark,
  ]);
  b.rows[g][6] = cell(T.formII2.indicators, "header");
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
    T.codeA,
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
      const r = b.row([
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
          : cell(s.passes ? T.formII2.yes : T.formII2.no, s.passes ? "pass" : "fail"),
        cell(remarkText(s, stage, input)),
      ]);
      input.layout?.formII2[stage].push(r);
    });
    if (sa.schools.length === 0)
      b.wide(fill(T.formII2.noSchools, { stage: STAGE_NAMES[stage] }), "text");
  }
  if (sponsorMissing > 0)
    missing.push({
      table: T.formII2.table,
      column: fill(T.formII2.sponsorMissing, { n: sponsorMissing }),
      where: fill(T.schoolColumn, { column: T.formII2.sponsorColumn }),
    });
  if (gradesMissing > 0)
    missing.push({
      table: T.formII2.table,
      column: fill(T.formII2.gradesMissing, { n: gradesMissing }),
      where: fill(T.schoolColumn, { column: T.formII2.gradesColumn }),
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
    fill(T.formII2.note1, {
      primary: input.a.stages.primary.schools.length,
      throughPrimary,
      bigPoints,
      junior: input.a.stages.junior.schools.length,
      throughJunior,
      completeJunior,
    }),
    fill(T.formII2.note2, { codes }),
    fill(T.formII2.note3, { last: n + 6 }),
  ]);
  const sheet = b.form();
  return sheet;
}

export function formIIISheet(input: OfficialInput): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const b = new FormSheet("formIII", [8, 14, ...ids.map(() => 13), 12]);
  b.heading(input);
  b.header([T.stage, T.item, ...indicatorHeaders(input), T.formIII.composite]);
  b.codes([T.codeA, T.codeB, ...ids.map((_, i) => `L${i + 1}`), `L${n + 1}`]);
  const limits: string[] = [];
  for (const stage of STAGES) {
    const sa = input.a.stages[stage];
    const r = b.row([
      cell(STAGE_NAMES[stage]),
      cell(T.formIII.countyMean),
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
      cell(T.formIII.cv),
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
          : cell(cvPass ? T.pass : T.fail, cvPass ? "pass" : "fail"),
    ]);
    b.merge(r, 0, r + 1, 0);
    if (input.layout) input.layout.formIII[stage] = r;
    const limit = input.profile.countyRule.limits?.[stage];
    if (limit !== undefined)
      limits.push(fill(T.formIII.limit, { stage: STAGE_NAMES[stage], limit: limit.toFixed(2) }));
  }
  b.foot([
    T.formIII.note1,
    fill(T.formIII.note2, {
      profile: input.a.profileName || input.profile.name,
      limits: limits.join("，") || T.formIII.seeProfile,
      code: n + 1,
    }),
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
  pass: T.pass,
  fail: T.fail,
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
      return fill(T.government.schoolSize, {
        limit: size.default,
        primary: over(["primary"]),
        junior: over(["junior", "complete"]),
        nineLimit: nine,
        nine: over(["nineYear", "twelveYear"]),
      });
    }
    case 5: {
      const cs = a.classSize;
      const limit = input.profile.classSize;
      return fill(T.government.classSize, {
        primaryLimit: limit.limits.primary,
        primary: cs ? int(cs.primary.overLimit) : NOT_FILLED,
        juniorLimit: limit.limits.junior,
        junior: cs ? int(cs.junior.overLimit) : NOT_FILLED,
      });
    }
    case 7:
      return fill(T.government.specialFunds, {
        funds: wan(f("specialSchoolPublicFunds")),
        students: int(f("specialSchoolStudents")),
        perStudent: int(f("specialSchoolFundingPerStudent")),
      });
    case 8:
      return fill(T.government.salary, {
        teachers: int(f("teacherAverageSalary")),
        civilServants: int(f("civilServantAverageSalary")),
      });
    case 9:
      return fill(T.government.training, {
        trained: int(f("trainedTeachers")),
        all: int(f("fullTimeTeachers")),
        rate: pct(f("trainingCompletionRate")),
      });
    case 11: {
      const rotated = f("rotatedTeachers");
      const eligible = f("eligibleForRotation");
      const backbone = f("rotatedBackboneTeachers");
      return fill(T.government.rotation, {
        eligible: int(eligible),
        rotated: int(rotated),
        rotatedRate: pct(share(rotated, eligible)),
        backbone: int(backbone),
        backboneRate: pct(share(backbone, rotated)),
      });
    }
    case 12: {
      const all = f("fullTimeTeachers");
      const certified = f("certifiedTeachers");
      return fill(T.government.certified, {
        all: int(all),
        certified: int(certified),
        rate: pct(share(certified, all) ?? f("certifiedTeacherRate")),
      });
    }
    case 13: {
      const p = share(f("primaryNearbyIntake"), f("primaryIntake")) ?? f("primaryNearbyRate");
      const j = share(f("juniorNearbyIntake"), f("juniorIntake")) ?? f("juniorNearbyRate");
      return fill(T.government.nearby, { primary: pct(p), junior: pct(j) });
    }
    case 14: {
      const total = f("highSchoolQuotaTotal");
      const allocated = f("highSchoolQuotaAllocated");
      const rural = f("highSchoolQuotaRural");
      // The share as judged (the county's rate) first, else from the counts.
      return fill(T.government.quota, {
        total: int(total),
        allocated: int(allocated),
        rate: pct(f("highSchoolQuotaRate") ?? share(allocated, total)),
        rural: int(rural),
        ruralRate: pct(share(rural, allocated)),
      });
    }
    case 15: {
      const eligible = f("migrantChildrenEligible");
      // The county sheet's figure counts 公办 and 政府购买学位 together: it is the 合计.
      const all = f("migrantChildrenInPublic");
      const bought = f("migrantChildrenInPurchased");
      const publicOnly =
        all !== undefined && bought !== undefined && bought <= all ? all - bought : undefined;
      return fill(T.government.migrants, {
        eligible: int(eligible),
        publicOnly: int(publicOnly),
        bought: int(bought),
        all: int(all),
        rate: pct(share(all, eligible) ?? f("migrantChildrenPublicRate")),
      });
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
      return fill(T.quality.consolidation, {
        graduates: int(f("juniorGraduates")),
        enrolled: int(f("juniorCohortEnrolled")),
        transfersIn: int(f("juniorTransfersIn")),
        deaths: int(f("juniorCohortDeaths")),
        transfersOut: int(f("juniorTransfersOut")),
        rate: pct(rate ?? undefined),
      });
    }
    case 2: {
      const total = f("disabledTotal");
      const enrolled = f("disabledEnrolled");
      const inSpecial = f("disabledInSpecialSchools");
      return fill(T.quality.disabled, {
        total: int(total),
        enrolled: int(enrolled),
        rate: pct(share(enrolled, total) ?? f("disabledEnrolmentRate")),
        inSpecial: int(inSpecial),
        specialRate: pct(share(inSpecial, enrolled)),
      });
    }
    case 9: {
      const subjects = T.quality.subjects;
      const monitoring = input.figures?.monitoring ?? [];
      const LEVELS = ["", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];
      return (
        subjects
          .map((subject) => {
            const m = monitoring.find((x) => x.subject.startsWith(subject));
            const level = m?.level?.value;
            const rate = m?.differenceRate?.value;
            return fill(T.quality.monitoring, {
              subject,
              level: level === undefined ? NOT_FILLED : `${LEVELS[level] ?? level}`,
              rate: rate === undefined ? NOT_FILLED : roundTo(rate, 2).toFixed(2),
            });
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
  b.header([...T.parts.headers]);
  b.codes([T.codeA, T.codeB, "L1", "L2"]);
  const table = id === "formIV" ? T.parts.formIV : T.parts.formV;
  for (const item of items) {
    const sentence =
      id === "formIV" ? governmentSentence(item, input) : qualitySentence(item, input);
    const text = sentence ?? conclusion(item);
    if (item.status === "missing")
      missing.push({ table, column: `${item.number}. ${item.shortName}`, where: T.countySheet });
    b.row([
      cell(item.number, "text", { numFmt: NUMBER_FORMATS.whole }),
      cell(item.name),
      text === NOT_FILLED ? missingCell() : cell(text),
      cell(STATUS_TEXT[item.status], STATUS_STYLE[item.status]),
    ]);
  }
  b.foot([id === "formIV" ? T.parts.noteIV : T.parts.noteV]);
  return b.form(false);
}

// ---------------------------------------------------------------------------
// 表Ⅵ 社会认可度
// ---------------------------------------------------------------------------

export function formVISheet(input: OfficialInput, missing: MissingFigure[]): ReportSheet {
  const b = new FormSheet("formVI", [12, 12, 14, 12, 14, 12, 12, 14]);
  b.heading(input);
  const g = b.header([T.formVI.item, T.formVI.survey, "", "", "", T.formVI.visits, "", ""]);
  b.header(["", ...T.formVI.headers]);
  b.merge(g, 0, g + 1, 0);
  b.merge(g, 1, g, 4);
  b.merge(g, 5, g, 7);
  b.codes([T.codeA, "L1", "L2", "L3", "L4", "L5", "L6", "L7"]);
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
  const V = T.formVI.columns;
  const line = (label: string, key: "overall" | "parents") => {
    const s = survey[key];
    const responses = s?.responses?.value ?? (key === "overall" ? sumOf("responses") : undefined);
    const satisfied = s?.satisfied?.value ?? (key === "overall" ? sumOf("satisfied") : undefined);
    const rate = s?.rate?.value ?? share(satisfied, responses);
    const num = (v: Blank, column: string, numFmt: string = NUMBER_FORMATS.integer): ReportCell => {
      if (v === undefined) {
        missing.push({
          table: T.formVI.table,
          column: fill(T.formVI.missingColumn, { row: label, column }),
          where: T.countySheet,
        });
        return missingCell();
      }
      return cell(v, "text", { numFmt });
    };
    b.row([
      cell(label),
      num(responses, V.responses),
      num(responses, V.valid),
      num(satisfied, V.satisfied),
      num(rate === undefined ? undefined : rate * 100, V.rate, NUMBER_FORMATS.ratio),
      // 实地走访 is the county's, not a group's: on the 计 row (the form leaves 家长 to the survey).
      key === "overall" ? num(visits, V.visits) : cell("——"),
      key === "overall" ? num(visitsSatisfied, V.visitsSatisfied) : cell("——"),
      key === "overall"
        ? num(
            visits !== undefined && visitsSatisfied !== undefined && visits > 0
              ? (visitsSatisfied / visits) * 100
              : undefined,
            V.visitsRate,
            NUMBER_FORMATS.ratio
          )
        : cell("——"),
    ]);
  };
  line(T.formVI.overall, "overall");
  line(T.formVI.parents, "parents");
  const threshold = input.profile.county?.recognitionRate;
  b.foot([
    fill(T.formVI.note, {
      threshold:
        threshold === undefined ? T.formVI.thresholdDefault : `${roundTo(threshold * 100, 1)}%`,
      profile: input.a.profileName || input.profile.name,
    }),
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
