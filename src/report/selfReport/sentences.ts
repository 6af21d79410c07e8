/**
 * Every sentence of the 自评报告 (issue 26), in one place: the catalogue's words (part
 * `selfReport`, sub-object `build`) filled with figures the builder (build.ts) hands in already
 * formatted as the 申报表 shows them. A figure the workbook lacks comes in as `undefined` and
 * reads 【未填报】, a placeholder run, never 0. Where the 申报表 or the pane already says a thing
 * (a school's shortfall, a county item's notes, a finding) the builder passes their words in.
 */
import { fill, ZH } from "../../i18n";
import { NOT_FILLED } from "../formats";
import type { DocRun } from "./types";

const T = ZH.selfReport.build;

/** A figure as the form shows it, or undefined when the workbook lacks it (【未填报】). */
export type Figure = string | undefined;
export type Params = Readonly<Record<string, Figure | number>>;

export const WORDS = T;

/** The page footer (第 {page} 页): the writer's words. */
export const FOOTER = ZH.selfReport.writer.footer;

/** A chart's caption: the charts page's own titles (report.chartsHtml). */
export function chartTitle(what: "cv" | string, stage: string): string {
  const H = ZH.report.chartsHtml;
  return what === "cv"
    ? fill(H.cvChart, { stage })
    : fill(H.indicatorChart, { stage, indicator: what });
}

/** 【text】 as a placeholder run: a gap the people fill, highlighted. */
export function placeholder(text: string): DocRun {
  return { text: fill(T.placeholder, { text }), placeholder: true };
}

/** 【未填报】 */
export const notFilled = (): DocRun => placeholder(T.notFilled);
export const NOT_FILLED_TEXT = fill(T.placeholder, { text: T.notFilled });

/**
 * A 表Ⅳ / 表Ⅴ sentence as the 申报表 writes it, its blanks (未填报) shown as 【未填报】 so that no
 * blank is missed in the draft; undefined stays undefined.
 */
export function blanksMarked(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.split(NOT_FILLED).join(NOT_FILLED_TEXT);
}

/** 【请填写：what】 */
export function fillIn(what: string): DocRun {
  return placeholder(fill(T.fillIn, { what }));
}

/**
 * A template as runs: each {hole} filled from `params`; a hole given as undefined becomes the
 * 【未填报】 placeholder run; a hole not given at all stays as written (a slip shows, never hides).
 */
export function sentence(template: string, params: Params = {}): DocRun[] {
  const runs: DocRun[] = [];
  let text = "";
  let last = 0;
  const re = /\{(\w+)\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1];
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      text += m[0];
      continue;
    }
    const v = params[name];
    if (v === undefined) {
      if (text) runs.push({ text });
      text = "";
      runs.push(notFilled());
    } else text += String(v);
  }
  text += template.slice(last);
  if (text) runs.push({ text });
  return runs;
}

/** A template as plain text (for headings, captions and table cells); undefined holes read 【未填报】. */
export function line(template: string, params: Params = {}): string {
  return sentence(template, params)
    .map((r) => r.text)
    .join("");
}

/** （一）, （二） … by position (1-based). */
export const numeral = (n: number): string => T.numerals[n - 1] ?? String(n);

// --- the title page ------------------------------------------------------------------------

export const titleText = (county: string | undefined, kind: string): string =>
  fill(T.title, { county: county || T.countyUnknown, kind });

export function subtitleLines(p: {
  county?: string;
  code?: string;
  year?: number;
  profile: string;
  source?: string;
  date?: string;
}): string[] {
  const first = [fill(T.subtitleCounty, { county: p.county || T.countyUnknown })];
  if (p.code) first.push(fill(T.subtitleCode, { code: p.code }));
  first.push(line(T.subtitleYear, { year: p.year === undefined ? undefined : String(p.year) }));
  const lines = [first.join("　"), fill(T.subtitleStandard, { profile: p.profile })];
  const more: string[] = [];
  if (p.source) more.push(fill(T.subtitleSource, { source: p.source }));
  if (p.date) more.push(fill(T.subtitleDate, { date: p.date }));
  if (more.length > 0) lines.push(more.join("　"));
  return lines;
}

export const draftNote = (): DocRun[] => [placeholder(T.draftNote)];

// --- 一、基本情况 --------------------------------------------------------------------------

/** 表Ⅰ's 24 figures (L1–L24) as the form shows them, in order. */
export function basicParagraphs(
  county: string,
  L: readonly Figure[],
  countySheet: boolean,
  sheet: string
): DocRun[][] {
  const B = T.basic;
  const out: DocRun[][] = [];
  if (!countySheet) out.push([fillIn(fill(B.noCountySheet, { sheet }))]);
  out.push(
    sentence(B.county, {
      county: county || T.countyUnknown,
      population: L[0],
      agricultural: L[1],
      townships: L[2],
      villages: L[3],
    }),
    sentence(B.economy, { gdp: L[4], fiscal: L[5], rural: L[6], urban: L[7] }),
    sentence(B.schools, {
      primary: L[8],
      nine: L[9],
      junior: L[10],
      complete: L[11],
      twelve: L[12],
      special: L[13],
      points: L[14],
      bigPoints: L[15],
    }),
    [
      ...sentence(B.primary, { classes: L[16], students: L[18], staff: L[20], teachers: L[21] }),
      ...sentence(B.junior, { classes: L[17], students: L[19], staff: L[22], teachers: L[23] }),
    ],
    sentence(B.source)
  );
  return out;
}

// --- 二、主要做法 --------------------------------------------------------------------------

export function practiceItems(): { heading: string; prompt: DocRun }[] {
  return T.practice.items.map((heading, i) => ({
    heading,
    prompt: fillIn(T.practice.prompts[i] ?? heading),
  }));
}

// --- 三、（一）资源配置 ----------------------------------------------------------------------

export const R = T.resources;

export function indicatorSentence(p: {
  indicator: string;
  unit: string;
  mean: string;
  cv: string;
  limit?: string;
  passes: boolean | null;
}): DocRun[] {
  const { indicator, unit, mean, cv, limit } = p;
  if (limit === undefined || p.passes === null)
    return sentence(R.indicatorNoLimit, { indicator, unit, mean, cv });
  const judgement = fill(p.passes ? R.cvWithin : R.cvOver, { limit });
  return sentence(R.indicator, { indicator, unit, mean, cv, judgement });
}

export function compositeSentence(cv: string, limit: string, passes: boolean): DocRun[] {
  return sentence(R.composite, {
    cv,
    judgement: fill(passes ? R.cvWithin : R.cvOver, { limit }),
  });
}

export const notComputedSentence = (indicator: string, words: string): DocRun[] =>
  sentence(R.notComputed, { indicator, words });

export function schoolsSentence(p: {
  stage: string;
  n: number;
  passing: number | null;
  failing: number;
  judged: boolean;
  words: string;
}): DocRun[] {
  const { stage, n, failing, words } = p;
  if (!p.judged) return sentence(R.schoolsNotJudged, { stage, n, words });
  if (p.passing === null) return sentence(R.schoolsNoRule, { stage, n });
  return sentence(R.schools, { stage, n, passing: p.passing, failing });
}

export const failingSchool = (school: string, shortfall: string): DocRun[] =>
  sentence(R.failingSchool, { school, shortfall });

export const classSizeSentence = (p: {
  stage: string;
  classes: string;
  limit: string;
  over: string;
  large: string;
  superLarge: string;
  largeFrom: string;
  superFrom: string;
}): DocRun[] => sentence(R.classSize, p);

export function schoolSizeSentence(
  limits: string,
  over: { school: string; students: string; limit: string }[]
): DocRun[] {
  if (over.length === 0) return sentence(R.schoolSizeAll, { limits });
  return sentence(R.schoolSizeOver, {
    limits,
    n: over.length,
    list: over.map((o) => fill(R.schoolSizeItem, o)).join("、"),
  });
}

export function roomsSentence(
  n: number,
  short: { school: string; required: number; music: number; art: number }[]
): DocRun[] {
  if (short.length === 0) return sentence(R.roomsAll, { n });
  return sentence(R.roomsShort, {
    n,
    short: short.length,
    list: short.map((s) => fill(R.roomsItem, s)).join("、"),
  });
}

// --- 三、（二）–（五） the county parts ------------------------------------------------------

export const C = T.county;

export function noCountySheet(part: string, sheet: string): DocRun[] {
  return [fillIn(fill(C.noSheet, { part, sheet }))];
}

export const notInProfile = (profile: string, part: string): DocRun[] =>
  sentence(C.notInProfile, { profile, part });

export const partSummarySentence = (summary: string): DocRun[] => sentence(C.summary, { summary });

export const itemNote = (n: number, item: string, notes: string): DocRun[] =>
  sentence(C.itemNote, { n, item, notes });

export const recognitionSentence = (p: {
  text: Figure;
  threshold: string;
  status: string;
}): DocRun[] => sentence(C.recognitionItem, p);

export function vetoSentence(state: "none" | "applies" | "unanswered", list: string[]): DocRun[] {
  return sentence(C.vetoState[state], { n: list.length, list: list.join("；") });
}

// --- 四、存在的问题 ------------------------------------------------------------------------

export const P = T.problems;

export const groupHeading = (template: string, n: number, part = ""): string =>
  fill(template, { n: numeral(n), part });

// --- 五、整改措施 --------------------------------------------------------------------------

export const M = T.measures;

export function gapSchoolSentence(school: string, stages: string, additions: string[]): DocRun[] {
  return [
    ...sentence(M.gapSchool, { school, stages, additions: additions.join("、") }),
    fillIn(M.deadline),
  ];
}

export function itemMeasure(item: string): DocRun[] {
  return [...sentence(M.itemMeasure, { item }), fillIn(M.itemPrompt)];
}

export function measureWithPrompt(template: string, params: Params): DocRun[] {
  return [...sentence(template, params), fillIn(M.itemPrompt)];
}
