/**
 * The 监测 workbook's charts for CLI users (issue 25), as one self-contained HTML page of
 * inline SVG beside the workbook, as `assess` writes its charts: per stage each CV across the
 * years against its limit, and the schools passing per year. No script, no external address.
 */
import { ALL_INDICATOR_IDS, INDICATORS, STAGE_NAMES, STAGES, type YearComparison } from "../core";
import { BAR, escapeHtml, FAIL } from "./chartsHtml";
import { yearsText } from "./compare";
import { PALETTE } from "./formats";
import { niceScale } from "./niceScale";
import { fill, ZH } from "../i18n";

const H = ZH.monitor.charts;

const LIMIT_COLOUR = PALETTE.pass.fontColor ?? "#006100";

interface YearBar {
  /** The year. */
  label: string;
  value: number;
  /** Written above the bar. */
  text: string;
  /** Drawn in the failing colour. */
  fails: boolean;
}

/**
 * One chart of a few years: a bar a year with its figure written on it, the years under the
 * bars, and the limit as a dashed line across the plot, labelled at its right end. The scale
 * (nice ticks from 0) takes in the bars, the limit and `top` (the schools assessed).
 */
function yearChartSvg(
  title: string,
  bars: readonly YearBar[],
  line: { value: number; label: string } | undefined,
  decimals: number,
  top?: number
): string {
  const barWidth = 40;
  const gap = 22;
  const left = 44;
  const plotTop = 44;
  const plotHeight = 150;
  const plotWidth = Math.max(180, gap + bars.length * (barWidth + gap));
  const right = 76;
  const width = left + plotWidth + right;
  const height = plotTop + plotHeight + 28;
  const scale = niceScale([line?.value ?? 0, top ?? 0, ...bars.map((b) => b.value)], {
    minStep: 10 ** -decimals,
  });
  const y = (v: number): number =>
    plotTop + plotHeight - ((v - scale.min) / (scale.max - scale.min)) * plotHeight;
  const base = y(0);
  const end = left + plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${escapeHtml(title)}</text>`,
    `<line x1="${left}" y1="${plotTop}" x2="${left}" y2="${plotTop + plotHeight}" stroke="#808080"/>`,
    `<line x1="${left}" y1="${base}" x2="${end}" y2="${base}" stroke="#808080"/>`,
  ];
  for (const v of scale.ticks)
    parts.push(
      `<line x1="${left - 4}" y1="${y(v)}" x2="${left}" y2="${y(v)}" stroke="#808080"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="10">${v.toFixed(scale.decimals)}</text>`
    );
  bars.forEach((b, i) => {
    const x = left + gap + i * (barWidth + gap);
    const h = Math.abs(base - y(b.value));
    const cx = x + barWidth / 2;
    parts.push(
      `<rect x="${x}" y="${Math.min(base, y(b.value))}" width="${barWidth}" height="${h}" fill="${b.fails ? FAIL : BAR}"><title>${escapeHtml(`${b.label}：${b.text}`)}</title></rect>`,
      // Inside the bar's top in white when it is tall enough (a bar just under the limit keeps
      // its figure clear of the line), above it otherwise.
      h >= 18
        ? `<text x="${cx}" y="${Math.min(base, y(b.value)) + 13}" text-anchor="middle" font-size="11" fill="#FFFFFF">${escapeHtml(b.text)}</text>`
        : `<text x="${cx}" y="${Math.min(base, y(b.value)) - 4}" text-anchor="middle" font-size="11">${escapeHtml(b.text)}</text>`,
      `<text x="${cx}" y="${base + 16}" text-anchor="middle" font-size="11">${escapeHtml(b.label)}</text>`
    );
  });
  if (line)
    parts.push(
      `<line x1="${left}" y1="${y(line.value)}" x2="${end}" y2="${y(line.value)}" stroke="${LIMIT_COLOUR}" stroke-width="2" stroke-dasharray="6 3"/>`,
      `<text x="${end + 4}" y="${y(line.value) + 4}" font-size="11" fill="${LIMIT_COLOUR}">${escapeHtml(line.label)}</text>`
    );
  parts.push("</svg>");
  return parts.join("");
}

export interface CompareChartsOptions {
  profileName: string;
  /** 优质均衡 or 基本均衡 (balanceKind of the profile). */
  kind: string;
  countyName?: string;
}

/** The charts page: per stage, each CV by year (bars) against its limit (a line), then the schools passing. */
export function compareChartsHtml(c: YearComparison, options: CompareChartsOptions): string {
  const years = yearsText(c.years);
  const title = fill(H.title, {
    county: options.countyName ?? c.county?.name ?? "",
    kind: options.kind,
    years,
  });
  const sections: string[] = [];
  for (const stage of STAGES) {
    const st = c.stages[stage];
    if (!st) continue;
    const stageName = STAGE_NAMES[stage];
    sections.push(`<h2>${escapeHtml(stageName)}</h2>`);
    const cvChart = (
      chartTitle: string,
      cvs: readonly (number | null)[],
      limit: number | null | undefined
    ): string =>
      yearChartSvg(
        chartTitle,
        c.years.flatMap((year, i) => {
          const v = cvs[i];
          return v === null || v === undefined
            ? []
            : [
                {
                  label: String(year),
                  value: v,
                  text: v.toFixed(3),
                  fails: limit != null && v > limit,
                },
              ];
        }),
        limit === null || limit === undefined
          ? undefined
          : { value: limit, label: fill(H.limit, { limit: limit.toFixed(2) }) },
        3
      );
    for (const id of ALL_INDICATOR_IDS) {
      const ind = st.indicators[id];
      if (!ind) continue;
      sections.push(
        cvChart(
          fill(H.cvChart, { stage: stageName, indicator: INDICATORS[id].shortName }),
          ind.cv,
          ind.cvLimit
        )
      );
    }
    if (st.compositeCv)
      sections.push(
        cvChart(fill(H.compositeChart, { stage: stageName }), st.compositeCv, st.compositeLimit)
      );
    // The bars against the schools assessed that year (written above each: 28/31), the scale up
    // to the most assessed in any year.
    const most = Math.max(0, ...st.schools.map((n) => n ?? 0));
    sections.push(
      yearChartSvg(
        fill(H.passingChart, { stage: stageName }),
        c.years.flatMap((year, i) => {
          const n = st.schoolsPassing[i];
          const of = st.schools[i];
          return n === null
            ? []
            : [
                {
                  label: String(year),
                  value: n,
                  text: of === null ? String(n) : `${n}/${of}`,
                  fails: st.passes[i] === false,
                },
              ];
        }),
        undefined,
        0,
        most
      )
    );
  }
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body{font-family:sans-serif;margin:24px}svg{display:inline-block;margin:8px 16px 16px 0;max-width:100%;height:auto}h1{font-size:20px}h2{font-size:17px;border-bottom:1px solid #808080}@media print{svg{page-break-inside:avoid}}</style>",
    "</head><body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(fill(H.subtitle, { profile: options.profileName }))}</p>`,
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}
