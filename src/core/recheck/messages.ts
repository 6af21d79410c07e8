/**
 * The re-check's words, in one catalogue (Chinese first, English second): the reader's coded
 * issues (RECHECK_MESSAGES, keyed like table/messages.ts) and each comparison of a county
 * figure with the recomputed one (renderComparison). Hosts show `message`, or render by code.
 */
import { formatNumber, formatThreshold } from "../format";
import { INDICATORS } from "../indicators";
import type { IndicatorId, InputIssue, Stage } from "../types";
import { STAGE_NAMES, STAGE_NAMES_EN } from "../vocabulary";
import type { MessageLanguage } from "../messages";
import type { ComparedItem, Comparison, CountyTableKind } from "./types";
import { placedIssue } from "../table/messages";

export type RecheckParams = Record<string, string | number>;

interface RecheckTemplate {
  severity: InputIssue["severity"];
  zh: (p: RecheckParams) => string;
  en: (p: RecheckParams) => string;
}

export const RECHECK_MESSAGES = {
  // --- finding the sheets -----------------------------------------------------------
  noValuesSheet: {
    severity: "error",
    zh: (p) =>
      `没有找到表Ⅱ-2（各校资源配置指标值）：已检查的工作表（${p.sheets}）都没有含「学校名称」和各项指标值（如「生均教学及辅助用房面积」「每百名学生拥有网络多媒体教室数」）的表头。复核需要各校的在校生数和指标值；学校基础数据（原始数）请用 edu-balance assess 测算。`,
    en: (p) =>
      `No 表Ⅱ-2 (per-school indicator values) found: none of the sheets (${p.sheets}) has a header with 学校名称 and the indicator values (such as 生均教学及辅助用房面积, 每百名学生拥有网络多媒体教室数). The re-check needs each school's students and values; for raw school data use edu-balance assess.`,
  },
  sheetNotFound: {
    severity: "error",
    zh: (p) => `工作簿中没有名为「${p.name}」的工作表（现有：${p.sheets}）。`,
    en: (p) => `The workbook has no sheet named "${p.name}" (sheets: ${p.sheets}).`,
  },
  notValuesSheet: {
    severity: "error",
    zh: () =>
      `这张工作表不像表Ⅱ-2：表头应有「学校名称」和至少 3 项指标值列（表头写明“生均”或“每百名学生”，或带表Ⅱ-2 的 L7–L13 代码）。`,
    en: () =>
      `This sheet does not look like a 表Ⅱ-2: the header should have 学校名称 and at least 3 indicator-value columns (headed 生均… or 每百名学生…, or carrying 表Ⅱ-2's codes L7–L13).`,
  },
  otherValuesSheet: {
    severity: "warning",
    zh: (p) =>
      `这张工作表也像表Ⅱ-2，未用于复核（已使用「${p.used}」；同一学段只取一张表）。如需复核它，请用 --sheet 指定。`,
    en: (p) =>
      `This sheet also looks like a 表Ⅱ-2 and is not used (using "${p.used}"; one sheet per stage). Name it with --sheet to re-check it.`,
  },
  noStudentsColumn: {
    severity: "error",
    zh: () =>
      `找不到「在校生数」列（表Ⅱ-2 的 L4）：差异系数和全县平均值按学生数加权，没有学生数无法复核。`,
    en: () =>
      `No 在校生数 column (表Ⅱ-2's L4): the CVs and county means are weighted by students and cannot be recomputed without them.`,
  },
  missingIndicators: {
    severity: "warning",
    zh: (p) =>
      `没有以下指标的列：${p.list}。这些指标不复核；各校综合评估需要全部 ${p.total} 项指标，也不复核。`,
    en: (p) =>
      `No column for: ${p.listEn}. These indicators are not re-checked, nor is each school's overall verdict, which needs all ${p.total}.`,
  },
  noSchoolRows: {
    severity: "error",
    zh: () => `表头下没有学校行。`,
    en: () => `No school rows under the header.`,
  },
  // --- rows ---------------------------------------------------------------------------
  noStage: {
    severity: "error",
    zh: (p) =>
      `「${p.school}」属于小学还是初中无法确定：请加「学段」列，或在各块之前加「小学」「初中」标题行。该校未计入复核。`,
    en: (p) =>
      `Cannot tell whether "${p.school}" is 小学 or 初中: add a 学段 column, or a 小学 / 初中 heading row before each block. The school is left out of the re-check.`,
  },
  badStage: {
    severity: "error",
    zh: (p) => `「${p.school}」的学段「${p.value}」不是小学或初中。该校未计入复核。`,
    en: (p) =>
      `"${p.school}": 学段 "${p.value}" is not 小学 or 初中. The school is left out of the re-check.`,
  },
  badStudents: {
    severity: "error",
    zh: (p) => `「${p.school}」的在校生数「${p.value}」不是正整数。该校未计入复核。`,
    en: (p) =>
      `"${p.school}": 在校生数 "${p.value}" is not a positive whole number. The school is left out of the re-check.`,
  },
  badValue: {
    severity: "error",
    zh: (p) => `「${p.school}」的${p.indicator}「${p.value}」不是非负数。该校未计入复核。`,
    en: (p) =>
      `"${p.school}": ${p.indicatorEn} "${p.value}" is not a non-negative number. The school is left out of the re-check.`,
  },
  missingValue: {
    severity: "error",
    zh: (p) => `「${p.school}」的${p.indicator}为空。该校未计入复核。`,
    en: (p) => `"${p.school}": ${p.indicatorEn} is blank. The school is left out of the re-check.`,
  },
  badVerdict: {
    severity: "warning",
    zh: (p) => `「${p.school}」的综合评估「${p.value}」不是“是/否”或“达标/未达标”，不作比较。`,
    en: (p) => `"${p.school}": the verdict "${p.value}" is not 是/否 or 达标/未达标; not compared.`,
  },
  noName: {
    severity: "warning",
    zh: () => `这一行有数值，但学校名称为空，未使用。`,
    en: () => `This row has values but no school name; not used.`,
  },
  duplicateSchool: {
    severity: "warning",
    zh: (p) =>
      `${p.stage}学校「${p.school}」在第${p.first}行已出现过，两行都计入复核，请核对是否重复。`,
    en: (p) =>
      `The ${p.stageEn} school "${p.school}" already appears on row ${p.first}; both rows are re-checked: check for a duplicate.`,
  },
  // --- notes on what is compared ---------------------------------------------------------
  stageLeftOut: {
    severity: "warning",
    zh: (p) =>
      `${p.stage}有 ${p.count} 所学校因数据有误未计入复核：该学段的全县平均值、差异系数和达标学校数只供参考，不与县报数比较。`,
    en: (p) =>
      `${p.count} ${p.stageEn} schools are left out for bad data: the stage's county means, CVs and school counts are shown for reference and not compared.`,
  },
  noSchoolRule: {
    severity: "warning",
    zh: (p) => `评估标准「${p.profile}」没有学校达标规则：不复核各校综合评估和达标学校数。`,
    en: (p) =>
      `The standard "${p.profileEn}" has no school rule: school verdicts and counts are not re-checked.`,
  },
  noCountyFigures: {
    severity: "warning",
    zh: () => `工作簿中没有县报的表Ⅲ、表Ⅱ-1 或综合评估列：只给出复核结果，没有可比较的县报数。`,
    en: () =>
      `The workbook holds no 表Ⅲ, 表Ⅱ-1 or verdict column of the county's: the recomputed figures are given with nothing to compare.`,
  },
  noSchoolsInStage: {
    severity: "warning",
    zh: (p) => `表Ⅱ-2 中没有${p.stage}学校，县报的${p.stage}数字（工作表「${p.sheet}」）无法复核。`,
    en: (p) =>
      `表Ⅱ-2 has no ${p.stageEn} school: the county's ${p.stageEn} figures (sheet "${p.sheet}") cannot be re-checked.`,
  },
} satisfies Record<string, RecheckTemplate>;

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

export const TABLE_NAMES: Readonly<Record<CountyTableKind, { zh: string; en: string }>> = {
  formIII: { zh: "表Ⅲ", en: "表Ⅲ" },
  formII1: { zh: "表Ⅱ-1", en: "表Ⅱ-1" },
  formII2: { zh: "表Ⅱ-2", en: "表Ⅱ-2" },
};

export const ITEM_NAMES: Readonly<Record<ComparedItem, { zh: string; en: string }>> = {
  mean: { zh: "全县平均值", en: "county mean" },
  cv: { zh: "差异系数", en: "CV" },
  cvVerdict: { zh: "差异系数综合", en: "CVs overall" },
  schoolsMeeting: { zh: "达标学校总数", en: "schools meeting" },
  meetingShare: { zh: "达标学校比例（%）", en: "share of schools meeting (%)" },
  schoolsPassing: { zh: "综合评估达标学校数", en: "schools passing" },
  passingShare: { zh: "综合评估达标学校比例（%）", en: "share of schools passing (%)" },
  schoolVerdict: { zh: "综合评估是否达标", en: "overall verdict" },
  metCount: { zh: "达标指标数", en: "indicators met" },
};

export const STATUS_NAMES: Readonly<Record<Comparison["status"], { zh: string; en: string }>> = {
  same: { zh: "相符", en: "same" },
  consistent: { zh: "一致（在舍入误差内）", en: "consistent (within rounding)" },
  different: { zh: "不一致", en: "different" },
};

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
  if (lang === "en") return passes ? "passes" : "fails";
  if (item === "schoolVerdict") return passes ? "是" : "否";
  return passes ? "达标" : "未达标";
}

/** What is compared, for a message: 小学·生均教学及辅助用房面积·差异系数. */
export function comparisonSubject(c: Comparison, lang: MessageLanguage): string {
  const parts: string[] = [lang === "zh" ? STAGE_NAMES[c.stage] : STAGE_NAMES_EN[c.stage]];
  if (c.school !== undefined) parts.push(c.school);
  if (c.indicator !== undefined)
    parts.push(lang === "zh" ? INDICATORS[c.indicator].name : INDICATORS[c.indicator].nameEn);
  parts.push(ITEM_NAMES[c.item][lang]);
  return parts.join(lang === "zh" ? "·" : " · ");
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
  const subject = comparisonSubject(c, lang);
  const verdict = typeof c.county === "boolean";
  if (lang === "en") {
    const county = verdict ? verdictWord(c.county === true, c.item, "en") : f.county;
    const recomputed = verdict ? verdictWord(c.recomputed === true, c.item, "en") : f.recomputed;
    let tail = "";
    if (c.status === "consistent")
      tail = f.tolerance
        ? `, within the ±${f.tolerance} the rounding of 表Ⅱ-2's values allows`
        : `; before rounding the values allow ${f.range ?? "either verdict"}`;
    else if (c.status === "different")
      tail = f.tolerance
        ? `, beyond the ±${f.tolerance} rounding allows`
        : f.range
          ? `, outside the ${f.range} rounding allows`
          : "";
    return `Sheet "${c.sheet}" ${c.cell} (${subject}): county ${county}, recomputed ${recomputed}${tail}: ${STATUS_NAMES[c.status].en}.`;
  }
  let tail = "";
  if (typeof c.county === "number" && typeof c.recomputed === "number" && c.status !== "same") {
    const gap = formatNumber(
      Math.abs(c.county - c.recomputed),
      Math.max(4, itemDecimals(c.item, display.valueDecimals, display.cvDecimals) + 2)
    );
    if (f.tolerance)
      tail =
        c.status === "consistent"
          ? `，相差 ${gap}，在表Ⅱ-2 数值舍入允许的 ±${f.tolerance} 内`
          : `，相差 ${gap}，超出舍入允许的 ±${f.tolerance}`;
    else if (f.range)
      tail =
        c.status === "consistent"
          ? `，按舍入前的数值可能为 ${f.range}`
          : `，超出舍入允许的 ${f.range}`;
  } else if (verdict && c.status === "consistent") {
    tail = "，有指标值与标准（或标准的 85%）的差距在两位小数的舍入范围内，舍入前可能是县报的结论";
  }
  return `工作表「${c.sheet}」${c.cell}（${subject}）：县报 ${f.county}，复核 ${f.recomputed}${tail}：${STATUS_NAMES[c.status].zh}。`;
}

/** "每百名学生拥有高于规定学历教师数（≥ 4.2）" for a threshold line. */
export function indicatorWithThreshold(id: IndicatorId, threshold: number | null): string {
  return threshold === null
    ? INDICATORS[id].name
    : `${INDICATORS[id].name}（≥ ${formatThreshold(threshold)}）`;
}

export function stageName(stage: Stage, lang: MessageLanguage): string {
  return lang === "zh" ? STAGE_NAMES[stage] : STAGE_NAMES_EN[stage];
}
