/**
 * Assessment → the 申报表 (standards.md §5) as a host-neutral report model: the official
 * tables 表Ⅰ–表Ⅵ (official.ts), then the analysis sheets — 汇总 (summary.ts), 表Ⅱ 学校达标情况
 * (schools.ts), 表Ⅲ 校际均衡 (variation.ts), 班额与规模 (classSize.ts), 补差测算 and 分组比较
 * (planning.ts), the county parts (county.ts), 数据问题 (issues.ts) and the chart data the
 * wizard draws from (chartData.ts). This file puts them in order and makes each a page of
 * the county's document. Both writers (exceljs in the CLI, Office.js in the task pane)
 * render exactly this, so the 申报表's shape exists once.
 *
 * Numbers stay unrounded in the cells (the number format shows 2 decimals, CV 3,
 * as §1.3 asks); verdicts come from the assessment, which compares unrounded values.
 */
import type { Evaluation, TableReadResult } from "../core";
import { chartsSheet } from "./chartData";
import { classSizeSheet } from "./classSize";
import { incompleteNotice, REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { addCountyParts } from "./county";
import { legendText, NOT_FILLED, PAGE_FOOTER } from "./formats";
import { issuesSheet } from "./issues";
import type { CellStyle, ReportSheet, ReportWorkbook } from "./model";
import { type CountyIdentity, officialTables } from "./official";
import { planningSheets } from "./planning";
import { schoolsSheet } from "./schools";
import { SheetBuilder } from "./sheet";
import { appendMissing, summarySheet } from "./summary";
import { variationSheet } from "./variation";
import { addWorking, emptyFormLayout } from "./working";
import { fill, ZH } from "../i18n";

const T = ZH.report.build;

export interface BuildReportOptions {
  /** Build the 图表数据 sheet and its chart specs (default true; the CLI cannot draw charts). */
  charts?: boolean;
  /** Shown in the subtitle, e.g. the input file's name. */
  sourceName?: string;
  /** Shown in the subtitle, e.g. "2024-09-01"; left out when absent so output is reproducible. */
  date?: string;
  /**
   * The county's name when the user gives it (CLI --county); it wins over the county sheet's.
   * Without either, the name is taken from `sourceName` (without .xlsx) and flagged as such.
   */
  countyName?: string;
  /** Leave out the seven official tables (表Ⅰ–表Ⅵ); default false. */
  officialTables?: boolean;
  /**
   * The 申报表 that shows its working (issue 27 §3): 表Ⅱ-1's counts, 表Ⅱ-2's values and 表Ⅲ's
   * means and CVs as plain formulas over a 数据 sheet, put last (working.ts). Default false.
   */
  formulas?: boolean;
}

/** Who the 申报表 is for: the --county option, else the county sheet, else the file name (flagged). */
export function countyIdentity(
  read: TableReadResult | undefined,
  options: BuildReportOptions
): CountyIdentity {
  const figures = read?.county;
  const fromSheet = figures?.identity?.countyName?.value;
  const identity: CountyIdentity = options.countyName?.trim()
    ? { name: options.countyName.trim(), source: "option" }
    : fromSheet
      ? { name: fromSheet, source: "countySheet" }
      : options.sourceName
        ? { name: options.sourceName.replace(/\.xlsx$/i, ""), source: "fileName" }
        : { name: "", source: "none" };
  const code = figures?.identity?.countyCode?.value;
  if (code) identity.code = code;
  const year = figures?.numbers.reportYear?.value;
  if (year !== undefined) identity.year = year;
  return identity;
}

/**
 * What every sheet carries: the county's name and year in the title and subtitle, the page
 * footer, and a legend of the colours it uses.
 */
function asCountyDocument(sheet: ReportSheet, identity: CountyIdentity): void {
  const title = sheet.rows[0]?.[0];
  if (title && title.style === "title" && typeof title.value === "string" && identity.name)
    title.value = `${identity.name}　${title.value}`;
  const subtitle = sheet.rows[1]?.[0];
  if (subtitle && subtitle.style === "subtitle" && typeof subtitle.value === "string")
    subtitle.value = fill(T.year, { year: identity.year ?? NOT_FILLED, subtitle: subtitle.value });
  sheet.print = { ...(sheet.print ?? { landscape: true, fitToWidth: true }), footer: PAGE_FOOTER };
  const used = new Set<CellStyle>();
  for (const row of sheet.rows) for (const c of row) if (c?.style) used.add(c.style);
  const legend = legendText(used);
  if (legend && sheet.id !== "charts") {
    const b = SheetBuilder.extending(sheet);
    b.blank();
    b.wide(legend, "note");
  }
}

// The report
// ---------------------------------------------------------------------------

/**
 * The 申报表 tables of an assessment. `read` (the table reader's result) adds the
 * 数据问题 sheet and the count of schools left out for bad data.
 */
export function buildReport(ev: Evaluation, options: BuildReportOptions = {}): ReportWorkbook {
  // The evaluation carries the profile it applied: never looked up, never a default.
  const { assessment: a, read, profile } = ev;
  const subtitleParts = [fill(T.standard, { name: a.profileName || profile.name })];
  if (options.sourceName) subtitleParts.push(fill(T.source, { name: options.sourceName }));
  if (options.date) subtitleParts.push(fill(T.date, { date: options.date }));
  const ctx: ReportContext = {
    a,
    read,
    profile,
    ev,
    ids: a.indicators,
    subtitle: subtitleParts.join("　"),
    notice: incompleteNotice(ev),
  };

  const sheets: ReportSheet[] = [
    summarySheet(ctx),
    schoolsSheet(ctx),
    variationSheet(ctx),
    classSizeSheet(ctx),
  ];
  sheets.push(
    ...planningSheets({
      a,
      profile,
      gaps: ev.gaps,
      breakdowns: ev.breakdowns,
      subtitle: ctx.subtitle,
      notice: ctx.notice,
      names: REPORT_SHEET_NAMES,
      schools: read?.schools,
    })
  );
  // The four parts on 汇总, when the workbook has a county sheet (their items are 表Ⅰ, 表Ⅳ–表Ⅵ).
  addCountyParts(sheets, { a, read, profile, subtitle: ctx.subtitle, notice: ctx.notice });
  const issues = issuesSheet(ctx);
  if (issues) sheets.push(issues);
  if (options.charts !== false) sheets.push(chartsSheet(ctx));

  // The official 申报表 (表Ⅰ–表Ⅵ) first; our analysis sheets follow.
  const identity = countyIdentity(read, options);
  for (const sheet of sheets) asCountyDocument(sheet, identity);
  if (options.officialTables === false) return { sheets };
  const layout = options.formulas ? emptyFormLayout() : undefined;
  const input = {
    a,
    profile,
    schools: read?.schools ?? [],
    figures: read?.county,
    identity,
    notice: ctx.notice,
  };
  const official = officialTables(layout ? { ...input, layout } : input);
  const summary = sheets.find((x) => x.id === "summary");
  if (summary) appendMissing(summary, official.missing);
  const working = layout ? [addWorking(official.sheets, input, layout)] : [];
  return { sheets: [...official.sheets, ...sheets, ...working] };
}
