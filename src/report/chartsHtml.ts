/**
 * The charts of the 申报表 for CLI users, as one self-contained HTML file of inline SVG
 * (exceljs cannot write Excel charts): 差异系数 against its limit per stage, and each
 * indicator across the schools with the standard as a line. No script, no external
 * address: it opens offline in any browser, which draws the Chinese text with the
 * system's fonts and prints it (or saves it as PDF). The task pane keeps native charts.
 */
import {
  INDICATORS,
  PARTIAL_WORDS,
  STAGES,
  STAGE_NAMES,
  type Assessment,
  type IndicatorId,
  type Stage,
  type StandardsProfile,
} from "../core";
import { PALETTE } from "./formats";
import { niceScale } from "./niceScale";
import { documentTitle, type CountyIdentity } from "./official";
import { fill, ZH } from "../i18n";

const T = ZH.report.chartsHtml;

/** Text as HTML (element text or an attribute value): both charts pages escape through this. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const PASS = PALETTE.pass.fontColor ?? "#006100";
/** The charts pages' colours: a failing bar, any other bar. */
export const FAIL = PALETTE.fail.fontColor ?? "#9C0006";
export const BAR = "#5B9BD5";

interface Bar {
  label: string;
  value: number;
  /** Drawn in the failing colour. */
  fails: boolean;
}

/** Fixed decimals without trailing noise. */
function fmt(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/**
 * A vertical bar chart with a horizontal reference line (the standard or the limit).
 * Labels under the bars are rotated so that long school names stay readable.
 */
export function barChartSvg(
  title: string,
  bars: readonly Bar[],
  line: { value: number; label: string } | undefined,
  decimals: number
): string {
  const barWidth = 22;
  const gap = 8;
  const left = 60;
  const top = 36;
  const plotHeight = 220;
  const labelSpace = 150;
  const width = Math.max(360, left + bars.length * (barWidth + gap) + 140);
  const height = top + plotHeight + labelSpace;
  // Nice ticks (0, 0.1, 0.2 … or 0, 2, 4 …) over the bars and the line, never finer than the labels.
  const scale = niceScale([line?.value ?? 0, ...bars.map((b) => b.value)], {
    minStep: 10 ** -decimals,
  });
  const y = (v: number) =>
    top + plotHeight - ((v - scale.min) / (scale.max - scale.min)) * plotHeight;
  const base = y(0);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`
  );
  parts.push(
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(title)}</text>`
  );
  parts.push(
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#808080"/>`,
    `<line x1="${left}" y1="${base}" x2="${width - 130}" y2="${base}" stroke="#808080"/>`
  );
  for (const v of scale.ticks) {
    parts.push(
      `<line x1="${left - 4}" y1="${y(v)}" x2="${left}" y2="${y(v)}" stroke="#808080"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="10" class="tick">${fmt(v, scale.decimals)}</text>`
    );
  }
  bars.forEach((b, i) => {
    const x = left + gap + i * (barWidth + gap);
    const h = Math.abs(base - y(b.value));
    parts.push(
      `<rect x="${x}" y="${Math.min(base, y(b.value))}" width="${barWidth}" height="${h}" fill="${b.fails ? FAIL : BAR}"><title>${escapeHtml(`${b.label}：${fmt(b.value, decimals)}`)}</title></rect>`
    );
    const lx = x + barWidth / 2;
    const ly = top + plotHeight + 8;
    parts.push(
      `<text x="${lx}" y="${ly}" font-size="10" transform="rotate(60 ${lx} ${ly})">${escapeHtml(b.label)}</text>`
    );
  });
  if (line) {
    parts.push(
      `<line x1="${left}" y1="${y(line.value)}" x2="${width - 130}" y2="${y(line.value)}" stroke="${PASS}" stroke-width="2" stroke-dasharray="6 3"/>`,
      `<text x="${width - 125}" y="${y(line.value) + 4}" font-size="11" fill="${PASS}">${escapeHtml(line.label)}</text>`
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

export interface ChartsHtmlInput {
  a: Assessment;
  profile: StandardsProfile;
  identity: CountyIdentity;
}

/** The charts page: one CV chart per stage, then one chart per stage and indicator. */
export function chartsHtml({ a, profile, identity }: ChartsHtmlInput): string {
  const title = fill(T.title, { document: documentTitle(identity) });
  const sections: string[] = [];
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.schools.length === 0) continue;
    const computed = computedIndicators(a, stage);
    const missing = sa.missingIndicators ?? [];
    sections.push(`<h2>${STAGE_NAMES[stage]}</h2>`, cvChartSvg(a, profile, stage));
    if (missing.length > 0)
      sections.push(
        `<p>${escapeHtml(fill(T.notComputed, { words: PARTIAL_WORDS.notComputed.zh, list: missing.map((id) => INDICATORS[id].shortName).join("、") }))}</p>`
      );
    for (const id of computed) sections.push(indicatorChart(a, stage, id));
  }
  const legend = fill(T.legend, { profile: escapeHtml(a.profileName || profile.name) });
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body{font-family:sans-serif;margin:24px}svg{display:block;margin:12px 0 28px;max-width:100%;height:auto}h1{font-size:20px}h2{font-size:17px;border-bottom:1px solid #808080}@media print{svg{page-break-inside:avoid}}</style>",
    "</head><body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${fill(T.subtitle, { year: identity.year ?? ZH.report.formats.notFilled, profile: escapeHtml(a.profileName || profile.name) })}</p>`,
    `<p>${legend}</p>`,
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}

/** A partial table: an indicator not computed has no bar (never a 0), only its name below. */
export function computedIndicators(a: Assessment, stage: Stage): IndicatorId[] {
  return a.indicators.filter((id) => !a.stages[stage].indicators[id]?.missingFields);
}

/** A stage's CVs against the limit, as an SVG (the charts page and the 自评报告 draw it). */
export function cvChartSvg(a: Assessment, profile: StandardsProfile, stage: Stage): string {
  const sa = a.stages[stage];
  const limit = profile.countyRule.limits?.[stage];
  const cvBars: Bar[] = computedIndicators(a, stage).map((id) => ({
    label: INDICATORS[id].shortName.replace(/（.*）$/, ""),
    value: sa.indicators[id]?.cv ?? 0,
    fails: sa.indicators[id]?.cvPasses === false,
  }));
  return barChartSvg(
    fill(T.cvChart, { stage: STAGE_NAMES[stage] }),
    cvBars,
    limit === undefined
      ? undefined
      : { value: limit, label: fill(T.limit, { limit: fmt(limit, 2) }) },
    3
  );
}

/** One indicator across a stage's schools with the standard as a line, as an SVG. */
export function indicatorChartSvg(a: Assessment, stage: Stage, id: IndicatorId): string {
  return indicatorChart(a, stage, id);
}

function indicatorChart(a: Assessment, stage: Stage, id: IndicatorId): string {
  const sa = a.stages[stage];
  const info = INDICATORS[id];
  const threshold = sa.indicators[id]?.threshold ?? null;
  const bars: Bar[] = sa.schools.map((s) => ({
    label: s.name,
    value: s.values[id] ?? 0,
    fails: s.met[id] === false,
  }));
  const decimals = info.decimals ?? 2;
  return barChartSvg(
    fill(T.indicatorChart, { stage: STAGE_NAMES[stage], indicator: info.shortName }),
    bars,
    threshold === null ? undefined : { value: threshold, label: fill(T.threshold, { threshold }) },
    decimals
  );
}
