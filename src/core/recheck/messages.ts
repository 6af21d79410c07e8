/**
 * The re-check's words, in one catalogue (Chinese first, English second): the reader's coded
 * issues (RECHECK_MESSAGES, keyed like table/messages.ts) and each comparison of a county
 * figure with the recomputed one (renderComparison). Hosts show `message`, or render by code.
 */
import { EN_US, fill, textsFor, ZH_CN, type Catalogue } from "../../i18n";
import { formatNumber, formatThreshold } from "../format";
import { INDICATORS } from "../indicators";
import type { IndicatorId, InputIssue, Stage } from "../types";
import { STAGE_NAMES, STAGE_NAMES_EN } from "../vocabulary";
import type { MessageLanguage } from "../messages";
import type { ComparedItem, Comparison, CountyTableKind } from "./types";
import { messageTable, placedIssue } from "../table/messages";

export type RecheckParams = Record<string, string | number>;

interface RecheckTemplate {
  severity: InputIssue["severity"];
  zh: (p: RecheckParams) => string;
  en: (p: RecheckParams) => string;
}

/** Each message's severity, by code; the words are the locale catalogues' (src/i18n, part `recheck`). */
const SEVERITY = {
  noValuesSheet: "error",
  sheetNotFound: "error",
  notValuesSheet: "error",
  otherValuesSheet: "warning",
  noStudentsColumn: "error",
  missingIndicators: "warning",
  noSchoolRows: "error",
  noStage: "error",
  badStage: "error",
  badStudents: "error",
  badValue: "error",
  missingValue: "error",
  badVerdict: "warning",
  noName: "warning",
  duplicateSchool: "warning",
  stageLeftOut: "warning",
  noSchoolRule: "warning",
  noCountyFigures: "warning",
  noSchoolsInStage: "warning",
} as const satisfies Record<keyof typeof ZH_CN.recheck.messages, RecheckTemplate["severity"]>;

export const RECHECK_MESSAGES = messageTable(
  ZH_CN.recheck.messages,
  EN_US.recheck.messages,
  SEVERITY
);

export type RecheckMessageCode = keyof typeof RECHECK_MESSAGES;

export interface RecheckPlace {
  sheet: string;
  row?: number;
  column?: string;
  school?: string;
}

/** An issue with its place written into the message, as the table reader's are. */
export function recheckIssue(
  code: RecheckMessageCode,
  place: RecheckPlace,
  params: RecheckParams = {}
): InputIssue {
  return placedIssue(code, RECHECK_MESSAGES[code], place, params);
}

// ---------------------------------------------------------------------------
// Comparisons
// ---------------------------------------------------------------------------

const names = <K extends string>(pick: (c: Catalogue) => Readonly<Record<K, string>>) =>
  Object.fromEntries(
    (Object.keys(pick(ZH_CN)) as K[]).map((k) => [k, { zh: pick(ZH_CN)[k], en: pick(EN_US)[k] }])
  ) as Readonly<Record<K, { zh: string; en: string }>>;

export const TABLE_NAMES: Readonly<Record<CountyTableKind, { zh: string; en: string }>> = names(
  (c) => c.recheck.tables
);

export const ITEM_NAMES: Readonly<Record<ComparedItem, { zh: string; en: string }>> = names(
  (c) => c.recheck.items
);

export const STATUS_NAMES: Readonly<Record<Comparison["status"], { zh: string; en: string }>> =
  names((c) => c.recheck.statuses);

/** Decimals the form shows an item with (表Ⅲ: means 2, CVs 3; 表Ⅱ-1 shares 1). */
export function itemDecimals(
  item: ComparedItem,
  valueDecimals: number,
  cvDecimals: number
): number {
  if (item === "cv") return cvDecimals;
  if (item === "mean") return valueDecimals;
  if (item === "meetingShare" || item === "passingShare") return 1;
  return 0;
}

/** A county figure as written: its own digits, up to 6 decimals. */
export function formatWritten(value: number): string {
  return String(Number(value.toFixed(6)));
}

function verdictWord(passes: boolean, item: ComparedItem, lang: MessageLanguage): string {
  const w = textsFor(lang).recheck.verdicts;
  if (item === "schoolVerdict") return passes ? w.yes : w.no;
  return passes ? w.passes : w.fails;
}

/** What is compared, for a message: 小学·生均教学及辅助用房面积·差异系数. */
export function comparisonSubject(c: Comparison, lang: MessageLanguage): string {
  const parts: string[] = [lang === "zh" ? STAGE_NAMES[c.stage] : STAGE_NAMES_EN[c.stage]];
  if (c.school !== undefined) parts.push(c.school);
  if (c.indicator !== undefined)
    parts.push(lang === "zh" ? INDICATORS[c.indicator].name : INDICATORS[c.indicator].nameEn);
  parts.push(ITEM_NAMES[c.item][lang]);
  return parts.join(textsFor(lang).recheck.subjectJoiner);
}

/** The county's and the recomputed figure, as the message shows them. */
export function comparisonFigures(
  c: Comparison,
  valueDecimals: number,
  cvDecimals: number
): { county: string; recomputed: string; tolerance?: string; range?: string } {
  if (typeof c.county === "boolean" || typeof c.recomputed === "boolean") {
    return {
      county: verdictWord(c.county === true, c.item, "zh"),
      recomputed: verdictWord(c.recomputed === true, c.item, "zh"),
    };
  }
  const d = itemDecimals(c.item, valueDecimals, cvDecimals);
  // Two more decimals than the form shows (one more for a share), so that a difference in its
  // last decimal is seen; counts as they are.
  const share = c.item === "meetingShare" || c.item === "passingShare";
  const shown = share ? d + 1 : d === 0 ? 0 : d + 2;
  const out: { county: string; recomputed: string; tolerance?: string; range?: string } = {
    county: formatWritten(c.county),
    recomputed: formatNumber(c.recomputed, shown),
  };
  if (c.tolerance !== undefined) out.tolerance = formatNumber(c.tolerance, Math.max(shown, 4));
  if (c.bounds && c.bounds.low !== c.bounds.high)
    out.range =
      shown === 0
        ? `${c.bounds.low}–${c.bounds.high}`
        : `${formatNumber(c.bounds.low, shown)}–${formatNumber(c.bounds.high, shown)}`;
  return out;
}

/**
 * One comparison in words, naming its cell: 工作表「表Ⅲ校际均衡」C6（小学·…·差异系数）：县报 0.120，
 * 复核 0.11096，相差 0.00904，超出舍入允许的 ±0.00512：不一致.
 */
export function renderComparison(
  c: Comparison,
  lang: MessageLanguage,
  display: { valueDecimals: number; cvDecimals: number }
): string {
  const f = comparisonFigures(c, display.valueDecimals, display.cvDecimals);
  const w = textsFor(lang).recheck;
  const verdict = typeof c.county === "boolean";
  let tail = "";
  if (typeof c.county === "number" && typeof c.recomputed === "number" && c.status !== "same") {
    const gap = formatNumber(
      Math.abs(c.county - c.recomputed),
      Math.max(4, itemDecimals(c.item, display.valueDecimals, display.cvDecimals) + 2)
    );
    const consistent = c.status === "consistent";
    if (f.tolerance)
      tail = fill(consistent ? w.withinTolerance : w.beyondTolerance, {
        gap,
        tolerance: f.tolerance,
      });
    else if (f.range) tail = fill(consistent ? w.withinRange : w.beyondRange, { range: f.range });
  } else if (verdict && c.status === "consistent") {
    tail = w.verdictWithinRounding;
  }
  return fill(w.comparison, {
    sheet: c.sheet,
    cell: c.cell,
    subject: comparisonSubject(c, lang),
    county: verdict ? verdictWord(c.county === true, c.item, lang) : f.county,
    recomputed: verdict ? verdictWord(c.recomputed === true, c.item, lang) : f.recomputed,
    tail,
    status: STATUS_NAMES[c.status][lang],
  });
}

/** "每百名学生拥有高于规定学历教师数（≥ 4.2）" for a threshold line. */
export function indicatorWithThreshold(id: IndicatorId, threshold: number | null): string {
  return threshold === null
    ? INDICATORS[id].name
    : fill(ZH_CN.recheck.withThreshold, {
        name: INDICATORS[id].name,
        threshold: formatThreshold(threshold),
      });
}

export function stageName(stage: Stage, lang: MessageLanguage): string {
  return lang === "zh" ? STAGE_NAMES[stage] : STAGE_NAMES_EN[stage];
}
