/**
 * The 监测 workbook's charts for CLI users (issue 25), as one self-contained HTML page of
 * inline SVG beside the workbook, as `assess` writes its charts: per stage each CV across the
 * years against its limit, and the schools passing per year. No script, no external address.
 */
import { ALL_INDICATOR_IDS, INDICATORS, STAGE_NAMES, STAGES, type YearComparison } from "../core";
import { barChartSvg } from "./chartsHtml";
import { yearsText } from "./compare";
import { fill, ZH } from "../i18n";

const H = ZH.monitor.charts;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
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
      barChartSvg(
        chartTitle,
        c.years.flatMap((year, i) => {
          const v = cvs[i];
          return v === null || v === undefined
            ? []
            : [{ label: String(year), value: v, fails: limit != null && v > limit }];
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
    const most = Math.max(0, ...st.schools.map((n) => n ?? 0));
    sections.push(
      barChartSvg(
        fill(H.passingChart, { stage: stageName, schools: most }),
        c.years.flatMap((year, i) => {
          const n = st.schoolsPassing[i];
          return n === null
            ? []
            : [{ label: String(year), value: n, fails: st.passes[i] === false }];
        }),
        undefined,
        0
      )
    );
  }
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body{font-family:sans-serif;margin:24px}svg{display:inline-block;margin:12px 12px 28px 0;max-width:100%;height:auto}h1{font-size:20px}h2{font-size:17px;border-bottom:1px solid #808080}@media print{svg{page-break-inside:avoid}}</style>",
    "</head><body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(fill(H.subtitle, { profile: options.profileName }))}</p>`,
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}
