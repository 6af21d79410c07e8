/**
 * 校际均衡 (表Ⅲ): per stage and indicator, the county value and the CV against its limit,
 * and (2012) the 综合差异系数; its charts.
 */
import {
  findFieldRule,
  formatNumber,
  formatPrecise,
  indicatorDecimals,
  INDICATORS,
  PARTIAL_WORDS,
  STAGE_NAMES,
  type StageAssessment,
  STAGES,
  type StandardsProfile,
} from "../core";
import { REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { decimalsFormat, NUMBER_FORMATS } from "./formats";
import type { CellStyle, ChartSpec, ReportCell, ReportSheet } from "./model";
import { cell, num, SheetBuilder, thresholdCell, verdictCell } from "./sheet";
import { fill, ZH } from "../i18n";

const T = ZH.report.variation;

/** The 综合差异系数 of a stage as a cell (2012): its verdict's colour, '—' when it cannot be computed. */
export function compositeCell(sa: StageAssessment, profile: StandardsProfile): ReportCell {
  const cv = sa.compositeCv ?? null;
  // A partial table: the composite needs every indicator.
  if (sa.missingIndicators) return cell(PARTIAL_WORDS.notComputed.zh, "missing");
  const style: CellStyle = sa.compositeBorderline
    ? "borderline"
    : sa.compositePasses
      ? "pass"
      : "fail";
  const note =
    cv !== null && sa.compositeBorderline
      ? fill(T.compositeBorderline, {
          cv: formatPrecise(cv),
          shown: formatNumber(cv, profile.display.cvDecimals),
        })
      : undefined;
  return num(cv, NUMBER_FORMATS.cv, style, note);
}

const VARIATION_COLUMNS = {
  stage: 0,
  index: 1,
  indicator: 2,
  unit: 3,
  threshold: 4,
  meeting: 5,
  county: 6,
  cv: 7,
  limit: 8,
  verdict: 9,
  note: 10,
} as const;

export function variationSheet(ctx: ReportContext): ReportSheet {
  const { a, profile, ids } = ctx;
  const C = VARIATION_COLUMNS;
  const composite = profile.countyRule.kind === "composite";
  const b = new SheetBuilder([6, 6, 44, 6, 8, 12, 12, 10, 12, 8, 40]);
  b.top(T.title, ctx.subtitle, ctx.notice, [...T.headers]);
  const charts: ChartSpec[] = [];
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const first = b.rows.length;
    ids.forEach((id, i) => {
      const ind = sa.indicators[id];
      if (ind === undefined) return;
      const row: ReportCell[] = [];
      row[C.stage] = cell(STAGE_NAMES[stage]);
      row[C.index] = cell(i + 1);
      row[C.indicator] = cell(INDICATORS[id].name);
      row[C.unit] = cell(INDICATORS[id].unit);
      row[C.threshold] = thresholdCell(ind.threshold);
      row[C.meeting] = cell(
        ind.schoolsMeeting === null ? "—" : `${ind.schoolsMeeting}/${sa.schools.length}`
      );
      if (ind.missingFields) {
        // Not computed (no column): neither a value nor a verdict, and the columns it needs.
        row[C.county] = cell(PARTIAL_WORDS.notComputed.zh, "missing");
        row[C.cv] = cell("—");
        row[C.limit] =
          ind.cvLimit === null
            ? cell("—")
            : cell(ind.cvLimit, "text", { numFmt: NUMBER_FORMATS.cvLimit });
        row[C.verdict] = verdictCell(null);
        row[C.note] = cell(
          fill(T.missingColumns, {
            columns: ind.missingFields
              .map((f) => fill(T.missingColumn, { header: findFieldRule(f)?.templateHeader ?? f }))
              .join(""),
          })
        );
        b.row(row);
        return;
      }
      row[C.county] = num(
        ind.countyValue,
        decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals))
      );
      let note = "";
      if (ind.cv === null) note = sa.schools.length === 0 ? T.noSchools : T.zeroMean;
      else if (ind.borderline)
        note = fill(T.borderline, {
          cv: formatPrecise(ind.cv),
          shown: formatNumber(ind.cv, profile.display.cvDecimals),
        });
      else if (composite) note = T.inComposite;
      const cvStyle: CellStyle = ind.borderline
        ? "borderline"
        : ind.cvPasses === null
          ? "text"
          : ind.cvPasses
            ? "pass"
            : "fail";
      row[C.cv] = num(ind.cv, NUMBER_FORMATS.cv, cvStyle);
      row[C.limit] =
        ind.cvLimit === null
          ? cell("—")
          : cell(ind.cvLimit, "text", { numFmt: NUMBER_FORMATS.cvLimit });
      row[C.verdict] =
        ind.cvPasses === null
          ? cell("—")
          : verdictCell(ind.cvPasses, ind.borderline ? "borderline" : undefined);
      row[C.note] = cell(note);
      b.row(row);
    });
    const last = b.rows.length - 1;
    if (composite) {
      // 2012 (§2): the 综合差异系数, the mean of the CVs above, against its limit.
      const row: ReportCell[] = [];
      row[C.stage] = cell(STAGE_NAMES[stage], "total");
      row[C.index] = cell("", "total");
      row[C.indicator] = cell(fill(T.compositeRow, { n: ids.length }), "total");
      for (const c of [C.unit, C.threshold, C.meeting, C.county]) row[c] = cell("", "total");
      row[C.cv] = compositeCell(sa, profile);
      row[C.limit] = cell(sa.compositeLimit ?? "—", "total", { numFmt: NUMBER_FORMATS.cvLimit });
      row[C.verdict] = verdictCell(sa.passes, sa.compositeBorderline ? "borderline" : undefined);
      row[C.note] = cell(
        sa.missingIndicators
          ? fill(T.notComputed, {
              n: sa.missingIndicators.length,
              words: PARTIAL_WORDS.notComputed.zh,
            })
          : sa.compositeCv === null || sa.compositeCv === undefined
            ? T.compositeUnknown
            : "",
        "total"
      );
      b.row(row);
    } else {
      const cvOk = ids.filter((id) => sa.indicators[id]?.cvPasses === true).length;
      const total: ReportCell[] = [];
      total[C.stage] = cell(STAGE_NAMES[stage], "total");
      total[C.index] = cell("", "total");
      const schoolsPart =
        sa.schoolsPassing === null
          ? ""
          : fill(T.schoolsPart, { passing: sa.schoolsPassing, n: sa.schools.length });
      const missingPart = sa.missingIndicators
        ? fill(T.missingPart, {
            n: sa.missingIndicators.length,
            words: PARTIAL_WORDS.notComputed.zh,
          })
        : "";
      total[C.indicator] = cell(
        fill(T.stageTotal, {
          stage: STAGE_NAMES[stage],
          schools: schoolsPart,
          ok: cvOk,
          n: ids.length,
          missing: missingPart,
        }),
        "total"
      );
      for (let c = C.unit; c < C.verdict; c++) total[c] = cell("", "total");
      total[C.verdict] = verdictCell(sa.passes);
      total[C.note] = cell("", "total");
      b.row(total);
    }
    if (last < first) continue;
    const series: ChartSpec["series"] = [
      { name: T.cvSeries, column: C.cv, firstRow: first, lastRow: last, kind: "column" },
    ];
    if (!composite)
      series.push({
        name: T.limitSeries,
        column: C.limit,
        firstRow: first,
        lastRow: last,
        kind: "line",
      });
    charts.push({
      kind: "columnClustered",
      title: composite
        ? fill(T.chartComposite, { stage: STAGE_NAMES[stage] })
        : fill(T.chart, { stage: STAGE_NAMES[stage] }),
      categories: { firstRow: first, lastRow: last, column: C.indicator },
      series,
      anchor: {
        row: b.headerRows + charts.length * 18,
        column: C.note + 2,
        widthColumns: 8,
        heightRows: 16,
      },
    });
  }
  return b.build("variation", REPORT_SHEET_NAMES.variation, { charts });
}
