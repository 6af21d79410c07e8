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
      ? `综合差异系数 ${formatPrecise(cv)} 按三位小数显示为 ${formatNumber(cv, profile.display.cvDecimals)}，结论会相反；按未四舍五入的值判定`
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
  b.top("校际均衡情况（表Ⅲ）：差异系数", ctx.subtitle, ctx.notice, [
    "学段",
    "序号",
    "指标",
    "单位",
    "标准值",
    "达标学校数",
    "县域均值",
    "差异系数",
    "差异系数上限",
    "结论",
    "说明",
  ]);
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
          `缺少${ind.missingFields.map((f) => `「${findFieldRule(f)?.templateHeader ?? f}」`).join("")}列`
        );
        b.row(row);
        return;
      }
      row[C.county] = num(
        ind.countyValue,
        decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals))
      );
      let note = "";
      if (ind.cv === null)
        note = sa.schools.length === 0 ? "没有纳入测算的学校" : "县域均值为 0，差异系数无法计算";
      else if (ind.borderline)
        note = `差异系数 ${formatPrecise(ind.cv)} 按三位小数显示为 ${formatNumber(ind.cv, profile.display.cvDecimals)}，结论会相反；按未四舍五入的值判定`;
      else if (composite) note = "计入综合差异系数";
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
      row[C.indicator] = cell(`综合差异系数（${ids.length} 项差异系数的平均数）`, "total");
      for (const c of [C.unit, C.threshold, C.meeting, C.county]) row[c] = cell("", "total");
      row[C.cv] = compositeCell(sa, profile);
      row[C.limit] = cell(sa.compositeLimit ?? "—", "total", { numFmt: NUMBER_FORMATS.cvLimit });
      row[C.verdict] = verdictCell(sa.passes, sa.compositeBorderline ? "borderline" : undefined);
      row[C.note] = cell(
        sa.missingIndicators
          ? `${sa.missingIndicators.length} 项指标${PARTIAL_WORDS.notComputed.zh}`
          : sa.compositeCv === null || sa.compositeCv === undefined
            ? "有指标的差异系数无法计算"
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
        sa.schoolsPassing === null ? "" : `${sa.schoolsPassing}/${sa.schools.length} 所学校达标，`;
      const missingPart = sa.missingIndicators
        ? `，${sa.missingIndicators.length} 项指标${PARTIAL_WORDS.notComputed.zh}`
        : "";
      total[C.indicator] = cell(
        `${STAGE_NAMES[stage]}资源配置：${schoolsPart}差异系数 ${cvOk}/${ids.length} 项达标${missingPart}`,
        "total"
      );
      for (let c = C.unit; c < C.verdict; c++) total[c] = cell("", "total");
      total[C.verdict] = verdictCell(sa.passes);
      total[C.note] = cell("", "total");
      b.row(total);
    }
    if (last < first) continue;
    const series: ChartSpec["series"] = [
      { name: "差异系数", column: C.cv, firstRow: first, lastRow: last, kind: "column" },
    ];
    if (!composite)
      series.push({
        name: "差异系数上限",
        column: C.limit,
        firstRow: first,
        lastRow: last,
        kind: "line",
      });
    charts.push({
      kind: "columnClustered",
      title: composite
        ? `${STAGE_NAMES[stage]}各指标差异系数`
        : `${STAGE_NAMES[stage]}各指标差异系数与上限`,
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
