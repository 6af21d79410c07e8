/**
 * Year over year (issue 25) as the report shows it: the 监测 workbook of `edu-balance compare
 * --out` (年度对比, 学校变化, 预警), and the words of each event and early warning that the
 * sheets and the CLI's summary share. Views of the core's YearComparison (core/compare/types.ts).
 */
import {
  ALL_INDICATOR_IDS,
  formatNumber,
  formatThreshold,
  INDICATORS,
  STAGE_NAMES,
  STAGE_NAMES_EN,
  STAGES,
  type CompareEvent,
  type CompareEventKind,
  type CountyItem,
  type EarlyWarning,
  type ComparedEvaluation,
  type IndicatorId,
  type SchoolHistory,
  type Stage,
  type StageYears,
  type YearComparison,
} from "../core";
import { fill, textsFor, ZH } from "../i18n";
import { NUMBER_FORMATS } from "./formats";
import { textWidth } from "./layout";
import type { CellStyle, ReportCell, ReportSheet, ReportWorkbook } from "./model";
import { cell, num, SheetBuilder } from "./sheet";

const M = ZH.monitor;
const C = ZH.compare;

export const MONITOR_SHEET_NAMES = {
  trend: M.trend.sheet,
  schools: M.schools.sheet,
  warnings: M.warnings.sheet,
} as const;

/** How each event is coloured on the 学校变化 sheet (the legend says it). */
export const EVENT_STYLE: Readonly<Record<CompareEventKind, CellStyle>> = {
  newlyFailing: "fail",
  closed: "fail",
  new: "pass",
  recovered: "pass",
  nearStandard: "borderline",
  cvNearLimit: "borderline",
  cvRising: "borderline",
  possibleRename: "borderline",
  newOversized: "borderline",
  newLargeClasses: "borderline",
  renamed: "text",
};

/** What to watch first: lower is more urgent (the CLI's list and the sheet's colour of a row). */
export const EVENT_URGENCY: Readonly<Record<CompareEventKind, number>> = {
  newlyFailing: 0,
  cvNearLimit: 1,
  cvRising: 2,
  nearStandard: 3,
  newLargeClasses: 4,
  newOversized: 5,
  possibleRename: 6,
  closed: 7,
  new: 8,
  recovered: 9,
  renamed: 10,
};

/** Events in the order they should be read: most urgent kind first, then latest year, then as listed. */
export function eventsByUrgency(events: readonly CompareEvent[]): CompareEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        EVENT_URGENCY[a.e.kind] - EVENT_URGENCY[b.e.kind] || b.e.year - a.e.year || a.i - b.i
    )
    .map(({ e }) => e);
}

/** The language of an event's or a warning's line: the 监测 workbook and the CLI write Chinese. */
export type CompareLang = "zh" | "en";

function indicatorName(id: IndicatorId | undefined, lang: CompareLang): string {
  if (id === undefined) return textsFor(lang).compare.composite;
  return lang === "zh" ? INDICATORS[id].shortName : INDICATORS[id].nameEn;
}

const stageText = (stage: Stage | undefined, lang: CompareLang): string =>
  stage === undefined ? "" : lang === "zh" ? STAGE_NAMES[stage] : STAGE_NAMES_EN[stage];

const dash = (v: number | undefined, show: (v: number) => string): string =>
  v === undefined ? M.workbook.dash : show(v);
const cvText = (v: number): string => formatNumber(v, 3);
const limitText = (v: number): string => v.toFixed(2);
const countText = (v: number): string => String(Math.round(v));

/** An event kind's name (新增学校, 新出现未达标 …). */
export function eventKindName(kind: CompareEventKind, lang: CompareLang = "zh"): string {
  return textsFor(lang).compare.kinds[kind];
}

/** One event in one line (the compare part's words; Chinese unless asked). */
export function eventText(e: CompareEvent, lang: CompareLang = "zh"): string {
  const figures: Record<string, string> =
    e.kind === "nearStandard"
      ? { value: dash(e.value, (v) => formatNumber(v, 2)), limit: dash(e.limit, formatThreshold) }
      : e.kind === "cvNearLimit" || e.kind === "cvRising"
        ? { value: dash(e.value, cvText), limit: dash(e.limit, limitText) }
        : {
            value: dash(e.value, countText),
            limit: dash(e.limit, countText),
            previousValue: dash(e.previousValue, countText),
          };
  return fill(textsFor(lang).compare.events[e.kind], {
    year: e.year,
    stage: stageText(e.stage, lang),
    school: e.school ?? "",
    previousName: e.previousName ?? "",
    indicator: indicatorName(e.indicator, lang),
    ...figures,
  });
}

/** One early warning in one line (Chinese unless asked). */
export function warningText(w: EarlyWarning, lang: CompareLang = "zh"): string {
  const cv = w.kind === "cv";
  const show = (v: number): string => (cv ? cvText(v) : formatNumber(v, 2));
  return fill(textsFor(lang).compare.warnings[w.kind], {
    stage: stageText(w.stage, lang),
    school: w.school ?? "",
    indicator: indicatorName(w.indicator, lang),
    value: show(w.value),
    projected: show(w.projected),
    limit: cv ? limitText(w.limit) : formatThreshold(w.limit),
  });
}

/** How urgent a line of the watch list is: fail (red), warn (amber) or info. */
export type WatchLevel = "fail" | "warn" | "info";

export type WatchItem =
  | { kind: "warning"; warning: EarlyWarning; level: "fail" }
  | { kind: "event"; event: CompareEvent; level: WatchLevel };

/**
 * What to watch, most urgent first (the CLI's summary and the pane's list): the early
 * warnings, then the latest year's events by urgency, and any possible rename of an earlier
 * year, which waits for the user's word.
 */
export function watchItems(c: YearComparison): WatchItem[] {
  const last = c.years[c.years.length - 1];
  const items: WatchItem[] = c.warnings.map((warning) => ({
    kind: "warning",
    warning,
    level: "fail",
  }));
  for (const event of eventsByUrgency(c.events)) {
    if (event.year !== last && event.kind !== "possibleRename") continue;
    const urgency = EVENT_URGENCY[event.kind];
    const level: WatchLevel =
      urgency <= EVENT_URGENCY.cvRising
        ? "fail"
        : urgency <= EVENT_URGENCY.possibleRename
          ? "warn"
          : "info";
    items.push({ kind: "event", event, level });
  }
  return items;
}

/** How the early warning is estimated, in one paragraph. */
export const WARNING_METHOD = ZH.compare.warnings.method;

/** 2023—2025 年 (or 2025 年). */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return M.workbook.dash;
  if (years.length === 1) return fill(M.workbook.oneYear, { year: years[0] });
  return fill(M.workbook.years, { first: years[0], last: years[years.length - 1] });
}

export interface CompareReportOptions {
  /** The standard's name (the profile's), for the subtitle. */
  profileName: string;
  /** 优质均衡 or 基本均衡 (balanceKind of the profile), in the titles. */
  kind: string;
  /** The county's name (--county, else the comparison's, else none). */
  countyName?: string;
  /** County items' names by id (CountyItemYears.id → 学位供给 …); the id is shown without one. */
  itemNames?: ReadonlyMap<string, string>;
  /**
   * County items' figures as the 申报表 shows them, by id and year (countyItemFigures): "9.10%",
   * "是", "Ⅲ级"; without one, the bare figure of CountyItemYears.
   */
  itemFigures?: ReadonlyMap<string, readonly (string | null)[]>;
}

/**
 * An item's figure as shown, short: the text of the check that gives the item its value, without
 * the sums behind it ("9.10%（91 / 1,000 人）" → "9.10%"; "教师 98,460 元 / 公务员 96,120 元
 * （102.43%）" → "102.43%"); when several checks give it (a level shared by subjects), the part
 * their texts share before "，" ("Ⅲ级"). Null when the item has no figure.
 */
function itemFigure(item: CountyItem): string | null {
  if (item.status === "missing") return null;
  const giving = item.checks.filter((k) => k.value !== null && k.value === item.value);
  if (giving.length === 0) return item.text === "" ? null : item.text;
  const short = (text: string): string => {
    const m = /^(.*?)（([^（）]*)）$/.exec(text);
    if (!m) return text;
    return !/[%％]/.test(m[1]) && /[%％]$/.test(m[2]) ? m[2] : m[1];
  };
  if (giving.length > 1) {
    const heads = giving.map((k) => short(k.text).split("，")[0]);
    if (heads.every((h) => h === heads[0])) return heads[0];
  }
  return short(giving[0].text);
}

/**
 * The county items' figures as shown, by id, one per evaluation (in the order given: the
 * comparison's years), for CompareReportOptions.itemFigures.
 */
export function countyItemFigures(
  evaluations: readonly ComparedEvaluation[]
): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  evaluations.forEach((ev, j) => {
    const county = ev.assessment.county;
    if (!county) return;
    for (const part of [county.government, county.quality, county.recognition])
      for (const item of part.items) {
        let row = out.get(item.id);
        if (row === undefined) {
          row = evaluations.map(() => null);
          out.set(item.id, row);
        }
        row[j] = itemFigure(item);
      }
  });
  return out;
}

function countyName(c: YearComparison, options: CompareReportOptions): string | undefined {
  const name = options.countyName ?? c.county?.name;
  return name === undefined || name === "" ? undefined : name;
}

/** The print set-up of the 监测 sheets: A4 landscape, fitted to the width, county and years in the footer. */
function printSetup(c: YearComparison, options: CompareReportOptions): ReportSheet["print"] {
  // Excel's header and footer codes start with &: a county name's own & is written &&.
  const county = (countyName(c, options) ?? M.workbook.noCountyName).replace(/&/g, "&&");
  return {
    landscape: true,
    fitToWidth: true,
    footer: fill(M.workbook.footer, { county, years: yearsText(c.years) }),
  };
}

function titleOf(title: string, c: YearComparison, options: CompareReportOptions): string {
  const name = countyName(c, options);
  return name === undefined ? title : `${name}　${title}`;
}

function subtitleOf(c: YearComparison, options: CompareReportOptions): string {
  return fill(M.workbook.subtitle, {
    profile: options.profileName,
    years: c.years.join(M.workbook.yearSeparator),
    sources: c.sources.join(M.workbook.yearSeparator),
  });
}

const yearHeaders = (c: YearComparison): string[] =>
  c.years.map((year) => fill(M.workbook.yearColumn, { year }));

function orderedIndicators(st: StageYears): IndicatorId[] {
  return ALL_INDICATOR_IDS.filter((id) => st.indicators[id] !== undefined);
}

const CV_CHANGE_FORMAT = "+0.000;-0.000;0.000";
/** A school's limit in the warnings: 2 decimals at least, up to 4 (7.5 → 7.50, 1.955, 1700.00). */
const LIMIT_FORMAT = "0.00##";

// ---------------------------------------------------------------------------
// 年度对比
// ---------------------------------------------------------------------------

export function buildTrendSheet(c: YearComparison, options: CompareReportOptions): ReportSheet {
  const T = M.trend;
  const b = new SheetBuilder([13, 22, 30, 8, ...c.years.map(() => 12)]);
  b.top(
    titleOf(fill(T.title, { kind: options.kind }), c, options),
    subtitleOf(c, options),
    undefined,
    [...T.header, ...yearHeaders(c)]
  );
  const counts = (label: string, values: readonly (number | null)[]): number =>
    b.row([
      cell(""),
      cell(T.counts),
      cell(label),
      cell(""),
      ...values.map((v) => num(v, NUMBER_FORMATS.integer)),
    ]);
  for (const stage of STAGES) {
    const st = c.stages[stage];
    if (!st) continue;
    const stageName = STAGE_NAMES[stage];
    b.wide(fill(T.stageSection, { stage: stageName }), "total");
    for (const id of orderedIndicators(st)) {
      const ind = st.indicators[id];
      if (!ind) continue;
      const name = INDICATORS[id].shortName;
      const limit = num(ind.cvLimit, NUMBER_FORMATS.cvLimit);
      b.row([
        cell(stageName),
        cell(T.mean),
        cell(name),
        cell(""),
        ...ind.countyValue.map((v) => num(v, NUMBER_FORMATS.value)),
      ]);
      b.row([
        cell(stageName),
        cell(T.cv),
        cell(name),
        limit,
        ...ind.cv.map((v) =>
          num(
            v,
            NUMBER_FORMATS.cv,
            v !== null && ind.cvLimit !== null && v > ind.cvLimit ? "fail" : "text"
          )
        ),
      ]);
      b.row([
        cell(stageName),
        cell(T.cvChange),
        cell(name),
        cell(""),
        ...ind.cvChange.map((v) => num(v, CV_CHANGE_FORMAT)),
      ]);
    }
    if (st.compositeCv) {
      const lim = st.compositeLimit;
      b.row([
        cell(stageName),
        cell(T.composite),
        cell(T.allIndicators),
        num(lim ?? null, NUMBER_FORMATS.cvLimit),
        ...st.compositeCv.map((v) =>
          num(v, NUMBER_FORMATS.cv, v !== null && lim !== undefined && v > lim ? "fail" : "text")
        ),
      ]);
    }
    counts(T.schoolsPassing, st.schoolsPassing);
    counts(T.schools, st.schools);
    b.row([
      cell(""),
      cell(T.counts),
      cell(T.stagePasses),
      cell(""),
      ...st.passes.map((p) =>
        p === null ? cell(M.workbook.dash) : cell(p ? T.pass : T.fail, p ? "pass" : "fail")
      ),
    ]);
    counts(T.classesOverLimit, st.classesOverLimit);
    counts(T.largeClasses, st.largeClasses);
    counts(T.veryLargeClasses, st.veryLargeClasses);
  }
  b.blank();
  b.wide(T.countySection, "total");
  if (c.countyItems.length === 0) b.wide(T.noCountyItems, "note");
  // The items in the columns of the indicators (the header printed on every page says them):
  // the part under 学段, 数值 / 结论 under 项目, the item under 指标.
  for (const item of c.countyItems) {
    const part = T.parts[item.part];
    const name = options.itemNames?.get(item.id) ?? item.id;
    const shown = options.itemFigures?.get(item.id);
    b.row([
      cell(part),
      cell(T.figure),
      cell(name),
      cell(""),
      ...item.figure.map((f, j) => {
        const text = shown?.[j];
        if (text !== undefined && text !== null) return cell(text);
        return f === null
          ? cell(M.workbook.dash)
          : typeof f === "number"
            ? num(f, "General")
            : cell(f);
      }),
    ]);
    b.row([
      cell(part),
      cell(T.verdict),
      cell(name),
      cell(""),
      ...item.verdict.map((v) =>
        v === null
          ? cell(M.workbook.dash)
          : cell(T.verdicts[v], v === "met" ? "pass" : v === "notMet" ? "fail" : "missing")
      ),
    ]);
  }
  return b.build("monitorTrend", M.trend.sheet, { print: printSetup(c, options) });
}

// ---------------------------------------------------------------------------
// 学校变化
// ---------------------------------------------------------------------------

/** The events that name this school (by any of its names), in the stage when they have one. */
function schoolEvents(
  school: SchoolHistory,
  stage: Stage | undefined,
  events: readonly CompareEvent[]
): CompareEvent[] {
  const names = new Set(school.names.filter((x): x is string => x !== null));
  return events.filter(
    (e) =>
      e.school !== undefined &&
      names.has(e.school) &&
      (e.stage === undefined || stage === undefined || e.stage === stage)
  );
}

/** The scale the 学校变化 sheet's 变化 column is sized for (printScale's 60% and a margin). */
const SCHOOLS_SCALE = 0.62;

/**
 * The 学校变化 columns' widths: 标识码, 学段, per year the name (as wide as the longest name, 12
 * to 22), 达标项数 and 结论, then 变化 (wrapped) with what is left of a page printed at
 * SCHOOLS_SCALE, 30 to 60 wide: three years print at about 75%, five at 60% or more.
 */
function schoolsWidths(c: YearComparison): number[] {
  let longest = 0;
  for (const s of c.schools)
    for (const n of s.names) if (n !== null) longest = Math.max(longest, textWidth(n));
  const name = Math.min(22, Math.max(12, longest + 2));
  const widths = [12, 6, ...c.years.flatMap(() => [name, 7, 7])];
  // printScale's arithmetic: 7 px a character and 5 a column over the page's 1026 px.
  const room = (1026 / SCHOOLS_SCALE - 5 * (widths.length + 1)) / 7;
  const used = widths.reduce((a, b) => a + b, 0);
  widths.push(Math.min(60, Math.max(30, Math.floor(room - used))));
  return widths;
}

export function buildSchoolsSheet(c: YearComparison, options: CompareReportOptions): ReportSheet {
  const S = M.schools;
  const widths = schoolsWidths(c);
  const header = [...S.header];
  for (const year of c.years)
    header.push(fill(S.name, { year }), fill(S.met, { year }), fill(S.verdict, { year }));
  header.push(S.events);
  const b = new SheetBuilder(widths);
  b.top(
    titleOf(fill(S.title, { kind: options.kind }), c, options),
    subtitleOf(c, options),
    undefined,
    header
  );
  const events = eventsByUrgency(c.events);
  for (const school of c.schools) {
    const stages = STAGES.filter((s) => school.stages[s] !== undefined);
    const rows: (Stage | undefined)[] = stages.length > 0 ? stages : [undefined];
    for (const stage of rows) {
      const st = stage === undefined ? undefined : school.stages[stage];
      const cells: ReportCell[] = [
        cell(school.code ?? ""),
        cell(stage === undefined ? "" : STAGE_NAMES[stage]),
      ];
      c.years.forEach((_, y) => {
        const name = school.names[y];
        cells.push(cell(name ?? S.notThere, name === null ? "missing" : "text"));
        const met = st?.metCount[y] ?? null;
        cells.push(met === null ? cell(M.workbook.dash) : cell(met, "text"));
        const passes = st?.passes[y] ?? null;
        cells.push(
          passes === null
            ? cell(M.workbook.dash)
            : cell(passes ? M.trend.pass : M.trend.fail, passes ? "pass" : "fail")
        );
      });
      const mine = schoolEvents(school, stage, events);
      cells.push(
        mine.length === 0
          ? cell("")
          : cell(mine.map((e) => eventText(e)).join(S.eventSeparator), EVENT_STYLE[mine[0].kind])
      );
      b.row(cells);
    }
  }
  b.blank();
  b.wide(S.legendTitle + S.legend, "note");
  return b.build("monitorSchools", S.sheet, { print: printSetup(c, options) });
}

// ---------------------------------------------------------------------------
// 预警
// ---------------------------------------------------------------------------

export function buildWarningsSheet(c: YearComparison, options: CompareReportOptions): ReportSheet {
  const W = M.warnings;
  const b = new SheetBuilder([6, 10, 6, 24, 30, 10, 12, 12, 10]);
  const last = c.years[c.years.length - 1];
  b.top(
    titleOf(fill(W.title, { year: last, kind: options.kind }), c, options),
    subtitleOf(c, options),
    undefined
  );
  b.wide(WARNING_METHOD, "note");
  b.header([...W.header]);
  b.freeze();
  c.warnings.forEach((w, i) => {
    const cv = w.kind === "cv";
    const format = cv ? NUMBER_FORMATS.cv : NUMBER_FORMATS.value;
    b.row([
      cell(i + 1, "text", { numFmt: NUMBER_FORMATS.whole }),
      cell(W.kinds[w.kind], cv ? "borderline" : "fail"),
      cell(STAGE_NAMES[w.stage]),
      cell(w.school ?? (cv ? W.wholeCounty : "")),
      cell(indicatorName(w.indicator, "zh")),
      num(w.value, format),
      num(w.projected, format, "fail"),
      // A floor of 85% of a standard has three decimals (1.955): shown, not rounded to the value's.
      num(w.limit, cv ? NUMBER_FORMATS.cvLimit : LIMIT_FORMAT),
      num(w.distance, NUMBER_FORMATS.percent),
    ]);
  });
  if (c.warnings.length === 0) b.wide(c.years.length < 2 ? W.oneYear : C.warnings.none, "text");
  return b.build("monitorWarnings", W.sheet, { print: printSetup(c, options) });
}

/** The 监测 workbook `edu-balance compare --out` writes. */
export function buildCompareReport(
  c: YearComparison,
  options: CompareReportOptions
): ReportWorkbook {
  return {
    sheets: [
      buildTrendSheet(c, options),
      buildSchoolsSheet(c, options),
      buildWarningsSheet(c, options),
    ],
    fileLabel: M.workbook.fileLabel,
  };
}
