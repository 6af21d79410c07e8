/**
 * Planning sheets of the report (issue 5 §4): 补差测算 (what each failing school
 * needs to meet the school rule, and the county CVs afterwards) and 分组比较
 * (indicators per 学区/集团 and per 城乡, and the 城乡比).
 *
 * This file does not import build.ts (build.ts imports it): sheet names, the
 * subtitle and the incomplete-data notice come in from buildReport.
 */
import {
  type Assessment,
  type Breakdowns,
  GAP_FIELD_ORDER,
  GAP_FIELDS,
  type GapAnalysis,
  type GapFailure,
  type GapField,
  gapsApply,
  type GroupBreakdown,
  INDICATOR_IDS,
  indicatorDecimals,
  type IndicatorId,
  INDICATORS,
  PARTIAL_WORDS,
  formatNumber,
  LOCALE_NAMES,
  SCHOOL_TYPE_NAMES,
  type SchoolRecord,
  type SchoolType,
  type SchoolGap,
  type SchoolRule,
  type Stage,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
  summariseIndicators,
} from "../core";
import { fill, ZH } from "../i18n";
import { decimalsFormat, NUMBER_FORMATS } from "./formats";
import type { CellStyle, ReportCell, ReportSheet } from "./model";
import { cell, num, SheetBuilder } from "./sheet";

export type PlanningSheetId = "gaps" | "breakdowns";

export interface PlanningSheetsInput {
  a: Assessment;
  profile: StandardsProfile;
  /** The evaluation's gap-closing (core/pipeline.ts). */
  gaps: GapAnalysis | GapFailure;
  breakdowns: Breakdowns;
  subtitle: string;
  notice?: string;
  names: Readonly<Record<PlanningSheetId, string>>;
  /** The schools read: 分组比较 counts them by type and by 城乡 (what 表Ⅰ does not split). */
  schools?: readonly SchoolRecord[];
}

const T = ZH.tools.planning;

const fixed = formatNumber;

/** 4998 → "4,998", 20500 → "20,500", 12.5 ㎡ → "12.50". */
export function formatAmount(field: GapField, amount: number): string {
  const decimals = GAP_FIELDS[field].decimals;
  const [whole, fraction] = fixed(amount, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "运动场地 4,998.00 ㎡", "小学县级以上骨干教师 1 人". */
export function additionText(field: GapField, amount: number): string {
  const info = GAP_FIELDS[field];
  return `${info.name} ${formatAmount(field, amount)} ${info.unit}`;
}

/** The amounts format of a field's column. */
function amountFormat(field: GapField): string {
  return GAP_FIELDS[field].decimals === 0 ? NUMBER_FORMATS.integer : NUMBER_FORMATS.money;
}

// ---------------------------------------------------------------------------
// 补差测算
// ---------------------------------------------------------------------------

/** The additions columns: a stage's three teacher kinds share a column with the other stage's. */
const ADDITION_COLUMNS: { title: string; fields: Record<Stage, GapField> }[] = [
  {
    title: T.additions.qualifiedTeachers,
    fields: { primary: "primaryQualifiedTeachers", junior: "juniorQualifiedTeachers" },
  },
  {
    title: T.additions.backboneTeachers,
    fields: { primary: "primaryBackboneTeachers", junior: "juniorBackboneTeachers" },
  },
  {
    title: T.additions.peArtTeachers,
    fields: { primary: "primaryPeArtTeachers", junior: "juniorPeArtTeachers" },
  },
  { title: T.additions.teachingArea, fields: { primary: "teachingArea", junior: "teachingArea" } },
  {
    title: T.additions.outdoorSportsArea,
    fields: { primary: "outdoorSportsArea", junior: "outdoorSportsArea" },
  },
  {
    title: T.additions.equipmentValue,
    fields: { primary: "equipmentValue", junior: "equipmentValue" },
  },
  {
    title: T.additions.multimediaRooms,
    fields: { primary: "multimediaRooms", junior: "multimediaRooms" },
  },
];

function valueText(id: IndicatorId, value: number | undefined, decimals: number): string {
  if (value === undefined) return "—";
  return id === "equipmentValuePerStudent" ? fixed(value, 0) : fixed(value, decimals);
}

/** What the plan does to the stage's values, and to the other stage of the school. */
export function gapNote(g: SchoolGap, profile: StandardsProfile): string {
  const decimals = profile.display.valueDecimals;
  const raised = INDICATOR_IDS.filter((id) => g.valuesAfter[id] !== g.valuesBefore[id]);
  const parts: string[] = [];
  if (raised.length > 0) {
    parts.push(
      raised
        .map(
          (id) =>
            `${INDICATORS[id].shortName} ${valueText(id, g.valuesBefore[id], decimals)} → ${valueText(id, g.valuesAfter[id], decimals)}`
        )
        .join("；")
    );
  }
  if (g.leftBelowThreshold.length > 0) {
    const floor = fixed((profile.schoolRule?.floor ?? 1) * 100, 0);
    parts.push(
      fill(T.leftBelow, {
        indicators: g.leftBelowThreshold.map((id) => INDICATORS[id].shortName).join("、"),
        floor,
      })
    );
  }
  if (g.sharedWith) {
    parts.push(fill(T.sharedWith, { stage: STAGE_NAMES[g.sharedWith] }));
  }
  if (g.otherStage) {
    const o = g.otherStage;
    const moved = INDICATOR_IDS.filter((id) => o.valuesAfter[id] !== o.valuesBefore[id]);
    parts.push(
      fill(T.otherStage, {
        stage: STAGE_NAMES[o.stage],
        changes: moved
          .map(
            (id) =>
              `${INDICATORS[id].shortName} ${valueText(id, o.valuesBefore[id], decimals)} → ${valueText(id, o.valuesAfter[id], decimals)}`
          )
          .join("、"),
      })
    );
  }
  return parts.join("。");
}

/** Totals over the plans: each school's facilities once, teachers of both stages together. */
function totals(analysis: GapAnalysis): Record<GapField, number> {
  const out = {} as Record<GapField, number>;
  for (const f of GAP_FIELD_ORDER) out[f] = 0;
  for (const p of analysis.plans) for (const f of GAP_FIELD_ORDER) out[f] += p.additions[f] ?? 0;
  return out;
}

/** Only for a profile with the 2017 school rule (gapsApply); planningSheets leaves the sheet out otherwise. */
export function gapsSheet(
  input: PlanningSheetsInput,
  analysis: GapAnalysis | GapFailure
): ReportSheet {
  const { a, profile } = input;
  const rule = profile.schoolRule as SchoolRule;
  const s = new SheetBuilder([6, 6, 24, 14, ...ADDITION_COLUMNS.map(() => 12), 8, 22, 60]);
  s.top(T.gapsTitle, input.subtitle, input.notice);
  const floor = fixed(rule.floor * 100, 0);
  s.wide(fill(T.gapsMethod, { min: rule.minMet, floor }), "subtitle");
  if ("error" in analysis) {
    s.row([cell(fill(T.cannotCompute, { error: analysis.error }), "fail")]);
    return s.build("gaps", input.names.gaps);
  }
  if (a.missing) {
    // A partial table judges no school: no gap is claimed, and no county after it.
    s.row([cell(PARTIAL_WORDS.noGaps.zh, "missing")]);
    return s.build("gaps", input.names.gaps);
  }
  s.header([...T.gapsHeaderBefore, ...ADDITION_COLUMNS.map((c) => c.title), ...T.gapsHeaderAfter]);
  s.freeze();
  if (analysis.gaps.length === 0) {
    s.row([cell(""), cell(""), cell(T.noGaps, "pass")]);
  }
  analysis.gaps.forEach((g, i) => {
    const row: ReportCell[] = [
      cell(i + 1),
      cell(STAGE_NAMES[g.stage]),
      cell(g.name),
      cell(SCHOOL_TYPE_NAMES[g.type] ?? String(g.type)),
    ];
    for (const c of ADDITION_COLUMNS) {
      const field = c.fields[g.stage];
      const amount = g.additions[field];
      row.push(
        amount === undefined ? cell("") : cell(amount, "fail", { numFmt: amountFormat(field) })
      );
    }
    row.push(cell(g.metCountAfter));
    row.push(cell(g.leftBelowThreshold.map((id) => INDICATORS[id].shortName).join("、")));
    row.push(cell(gapNote(g, profile)));
    s.row(row);
  });
  if (analysis.gaps.length > 0) {
    const sum = totals(analysis);
    const row: ReportCell[] = [
      cell("", "total"),
      cell("", "total"),
      cell(fill(T.total, { n: analysis.plans.length }), "total"),
      cell("", "total"),
    ];
    for (const c of ADDITION_COLUMNS) {
      const fields = [...new Set(STAGES.map((st) => c.fields[st]))];
      const amount = fields.reduce((acc, f) => acc + sum[f], 0);
      row.push(
        amount === 0
          ? cell("", "total")
          : cell(amount, "total", { numFmt: amountFormat(fields[0]) })
      );
    }
    row.push(cell("", "total"), cell("", "total"), cell(T.sharedOnce, "total"));
    s.row(row);
  }

  s.blank();
  s.wide(T.afterTitle, "total");
  const wideName = (r: number): void => {
    s.merge(r, 2, r, 3);
  };
  wideName(s.header([...T.afterHeaderBefore, "", ...T.afterHeaderAfter]));
  for (const stage of STAGES) {
    const after = analysis.stagesAfterGaps[stage];
    INDICATOR_IDS.forEach((id, i) => {
      const before = a.stages[stage].indicators[id];
      wideName(
        s.row([
          cell(STAGE_NAMES[stage]),
          cell(i + 1),
          cell(INDICATORS[id].name),
          cell(""),
          num(before?.cv, NUMBER_FORMATS.cv),
          num(after.cvs[id], NUMBER_FORMATS.cv, after.cvPasses[id] ? "pass" : "fail"),
          cell(before?.cvLimit ?? "—", "text", { numFmt: NUMBER_FORMATS.cvLimit }),
          cell(after.cvPasses[id] ? T.pass : T.fail, after.cvPasses[id] ? "pass" : "fail"),
        ])
      );
    });
    const cvOk = INDICATOR_IDS.filter((id) => after.cvPasses[id]).length;
    wideName(
      s.row([
        cell(STAGE_NAMES[stage], "total"),
        cell("", "total"),
        cell(
          fill(T.afterStage, { stage: STAGE_NAMES[stage], n: cvOk, of: INDICATOR_IDS.length }),
          "total"
        ),
        cell("", "total"),
        cell("", "total"),
        cell("", "total"),
        cell("", "total"),
        cell(after.passes ? T.pass : T.fail, after.passes ? "pass" : "fail"),
      ])
    );
  }
  return s.build("gaps", input.names.gaps);
}

// ---------------------------------------------------------------------------
// 分组比较
// ---------------------------------------------------------------------------

function groupRows(
  s: SheetBuilder,
  groups: readonly GroupBreakdown<unknown>[],
  a: Assessment,
  profile: StandardsProfile,
  style: CellStyle = "text"
): void {
  const format = (id: IndicatorId): string =>
    decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals));
  for (const stage of STAGES) {
    const mine = groups.filter((g) => g.stage === stage);
    if (mine.length === 0) {
      s.row([
        cell(STAGE_NAMES[stage]),
        cell(fill(T.noStageSchools, { stage: STAGE_NAMES[stage] })),
      ]);
      continue;
    }
    for (const g of mine) {
      s.row([
        cell(STAGE_NAMES[stage], style),
        cell(g.label, style),
        cell(g.schools, style),
        cell(g.students, style),
        ...a.indicators.flatMap((id) => [
          num(g.indicators[id]?.mean, format(id), style),
          num(g.indicators[id]?.cv, NUMBER_FORMATS.cv, style),
        ]),
      ]);
    }
    const county = summariseIndicators(a.stages[stage].schools, a.indicators);
    s.row([
      cell(STAGE_NAMES[stage], "total"),
      cell(T.county, "total"),
      cell(a.stages[stage].schools.length, "total"),
      cell(
        a.stages[stage].schools.reduce((sum, x) => sum + x.students, 0),
        "total"
      ),
      ...a.indicators.flatMap((id) => [
        num(county[id]?.mean, format(id), "total"),
        num(county[id]?.cv, NUMBER_FORMATS.cv, "total"),
      ]),
    ]);
  }
}

function groupHeader(s: SheetBuilder, first: string, ids: readonly IndicatorId[]): void {
  const top = s.header([
    T.groupStage,
    first,
    T.groupSchools,
    T.groupStudents,
    ...ids.flatMap((id) => [INDICATORS[id].shortName, ""]),
  ]);
  ids.forEach((_, i) => s.merge(top, 4 + 2 * i, top, 5 + 2 * i));
  s.header(["", "", "", "", ...ids.flatMap(() => [...T.meanCv])]);
  for (let c = 0; c < 4; c++) s.merge(top, c, top + 1, c);
}

// Schools, classes and students by school type and by 城乡: 表Ⅰ counts schools by type but
// not their students, nor anything by 城乡 (moved here from the former 基本情况 sheet, issue 24).

const TYPE_ORDER: readonly SchoolType[] = [
  "primary",
  "nineYear",
  "twelveYear",
  "junior",
  "complete",
  "special",
  "teachingPoint",
  "vocational",
];

const COUNT_HEADER = [...T.countHeader];

/** Schools, private schools, classes and students of a list of schools. */
interface SchoolCounts {
  n: number;
  priv: number;
  pc: number;
  jc: number;
  ps: number;
  js: number;
  ss: number;
}

function schoolCounts(list: readonly SchoolRecord[]): SchoolCounts {
  const sum = (f: (s: SchoolRecord) => number) => list.reduce((acc, s) => acc + f(s), 0);
  return {
    n: list.length,
    priv: list.filter((s) => s.ownership === "private").length,
    pc: sum((s) => s.primaryClasses),
    jc: sum((s) => s.juniorClasses),
    ps: sum((s) => s.primaryStudents),
    js: sum((s) => s.juniorStudents),
    ss: sum((s) => s.seniorStudents),
  };
}

/** A row of COUNT_HEADER's columns after its label; 义务教育在校生 is 小学 + 初中. */
function countCells(label: string, c: SchoolCounts, style: CellStyle = "text"): ReportCell[] {
  return [label, c.n, c.priv, c.pc, c.jc, c.ps, c.js, c.ss, c.ps + c.js].map((v) => cell(v, style));
}

function countSections(s: SheetBuilder, schools: readonly SchoolRecord[]): void {
  s.blank();
  s.wide(T.section4, "total");
  s.header([T.schoolType, ...COUNT_HEADER]);
  const total: SchoolCounts = { n: 0, priv: 0, pc: 0, jc: 0, ps: 0, js: 0, ss: 0 };
  for (const type of TYPE_ORDER) {
    const list = schools.filter((x) => x.type === type);
    if (list.length === 0 && (type === "vocational" || type === "twelveYear")) continue;
    const row = schoolCounts(list);
    for (const k of Object.keys(total) as (keyof SchoolCounts)[]) total[k] += row[k];
    s.row(countCells(SCHOOL_TYPE_NAMES[type], row));
  }
  s.row(countCells(T.sum, total, "total"));

  s.blank();
  s.wide(T.section5, "total");
  s.header([T.localeKind, ...COUNT_HEADER]);
  for (const locale of ["urban", "town", "rural", undefined] as const) {
    const list = schools.filter((x) => x.locale === locale);
    if (list.length === 0) continue;
    s.row(countCells(locale ? LOCALE_NAMES[locale] : T.noLocale, schoolCounts(list)));
  }
}

export function breakdownsSheet(
  input: PlanningSheetsInput,
  b: Breakdowns = input.breakdowns
): ReportSheet {
  const { a, profile } = input;
  const ids = a.indicators;
  const s = new SheetBuilder([6, 22, 8, 10, ...ids.flatMap(() => [11, 9])]);
  s.top(T.breakdownsTitle, input.subtitle, input.notice);
  s.wide(T.breakdownsMethod, "subtitle");

  s.blank();
  s.wide(T.section1, "total");
  groupHeader(s, T.group, ids);
  groupRows(s, b.byGroup, a, profile);

  s.blank();
  s.wide(T.section2, "total");
  groupHeader(s, T.locale, ids);
  groupRows(s, b.byLocale, a, profile);

  s.blank();
  s.wide(T.section3, "total");
  const ratioHeader = s.header([...T.ratioHeaderBefore, "", "", ...T.ratioHeaderAfter]);
  s.merge(ratioHeader, 1, ratioHeader, 3);
  for (const stage of STAGES) {
    const urban = b.byLocale.find((g) => g.stage === stage && g.key === "urban");
    const rural = b.byLocale.find((g) => g.stage === stage && g.key === "rural");
    for (const id of ids) {
      const ratio = b.urbanRuralRatio[stage][id];
      const format = decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals));
      const r = s.row([
        cell(STAGE_NAMES[stage]),
        cell(INDICATORS[id].name),
        cell(""),
        cell(""),
        num(urban?.indicators[id]?.mean ?? null, format),
        num(rural?.indicators[id]?.mean ?? null, format),
        num(ratio, NUMBER_FORMATS.meanRatio),
      ]);
      s.merge(r, 1, r, 3);
    }
  }
  if (input.schools && input.schools.length > 0) countSections(s, input.schools);
  return s.build("breakdowns", input.names.breakdowns);
}

// ---------------------------------------------------------------------------

/**
 * The planning sheets buildReport adds: 补差测算 (when the records are given and
 * the profile has a school rule to close gaps to; 2012 has none) and 分组比较.
 */
export function planningSheets(input: PlanningSheetsInput): ReportSheet[] {
  const sheets: ReportSheet[] = [];
  if (gapsApply(input.profile)) sheets.push(gapsSheet(input, input.gaps));
  sheets.push(breakdownsSheet(input));
  return sheets;
}
