/** 图表数据: each indicator across schools beside its threshold, for the wizard's charts. */
import { indicatorDecimals, INDICATORS, STAGE_NAMES, STAGES } from "../core";
import { REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { decimalsFormat } from "./formats";
import type { ChartSpec, ReportSheet } from "./model";
import { cell, num, SheetBuilder, thresholdCell } from "./sheet";
import { ZH } from "../i18n";

const T = ZH.report.chartData;

export function chartsSheet(ctx: ReportContext): ReportSheet {
  const { a, ids, profile } = ctx;
  // Per indicator its value column, and its threshold column where the profile sets thresholds (not in 2012).
  const withThreshold = ids.map((id) =>
    STAGES.some((st) => (a.stages[st].indicators[id]?.threshold ?? null) !== null)
  );
  const b = new SheetBuilder([
    6,
    24,
    ...ids.flatMap((_, i) => (withThreshold[i] ? [12, 8] : [12])),
  ]);
  b.top(withThreshold.some(Boolean) ? T.titleThresholds : T.title, ctx.subtitle, ctx.notice);
  const charts: ChartSpec[] = [];
  const chartColumn = b.columnCount + 1;
  const valueColumn: number[] = [];
  let c = 2;
  for (let i = 0; i < ids.length; i++) {
    valueColumn.push(c);
    c += withThreshold[i] ? 2 : 1;
  }
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    b.wide(`${STAGE_NAMES[stage]}`, "total");
    b.header([
      T.stage,
      T.school,
      ...ids.flatMap((id, i) =>
        withThreshold[i] ? [INDICATORS[id].shortName, T.threshold] : [INDICATORS[id].shortName]
      ),
    ]);
    const first = b.rows.length;
    for (const s of sa.schools) {
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(s.name),
        ...ids.flatMap((id, i) => {
          const format = decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals));
          const value = num(s.values[id] as number, format, s.met[id] === false ? "fail" : "text");
          return withThreshold[i]
            ? [value, thresholdCell(sa.indicators[id]?.threshold ?? null)]
            : [value];
        }),
      ]);
    }
    const last = b.rows.length - 1;
    if (last >= first) {
      ids.forEach((id, i) => {
        const series: ChartSpec["series"] = [
          {
            name: INDICATORS[id].shortName,
            column: valueColumn[i],
            firstRow: first,
            lastRow: last,
            kind: "column",
          },
        ];
        if (withThreshold[i])
          series.push({
            name: T.threshold,
            column: valueColumn[i] + 1,
            firstRow: first,
            lastRow: last,
            kind: "line",
          });
        charts.push({
          kind: "columnClustered",
          title: `${STAGE_NAMES[stage]}：${INDICATORS[id].name}`,
          categories: { firstRow: first, lastRow: last, column: 1 },
          series,
          anchor: {
            row: b.headerRows + charts.length * 18,
            column: chartColumn,
            widthColumns: 10,
            heightRows: 16,
          },
        });
      });
    }
    b.blank();
  }
  return b.build("charts", REPORT_SHEET_NAMES.charts, { charts });
}
