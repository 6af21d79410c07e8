/**
 * Assessment → the 申报表 tables (standards.md §5) as a host-neutral report model:
 * 汇总, 表Ⅱ 学校达标情况, 表Ⅲ 校际均衡, 班额与规模, 数据问题, and the chart data
 * the wizard draws from. Both writers (exceljs in the CLI, Office.js in the task
 * pane) render exactly this, so the 申报表's shape exists once.
 *
 * Numbers stay unrounded in the cells (the number format shows 2 decimals, CV 3,
 * as §1.3 asks); verdicts come from the assessment, which compares unrounded values.
 */
import {
  applySchoolRule,
  type Assessment,
  atLeast,
  CLASS_BAND_NAMES,
  type Evaluation,
  formatNumber,
  formatPercent,
  formatPrecise,
  formatThreshold,
  indicatorDecimals,
  type IndicatorId,
  INDICATORS,
  type InputIssue,
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  renderFinding,
  renderFindings,
  roundTo,
  schoolSizeLimits,
  SCHOOL_TYPE_NAMES,
  type SchoolRule,
  type SchoolStageAssessment,
  type Stage,
  STAGE_NAMES,
  type StageAssessment,
  STAGES,
  type StandardsProfile,
  type TableReadResult,
} from "../core";
import type { CellStyle, ChartSpec, ReportCell, ReportSheet, ReportWorkbook } from "./model";
import { planningSheets } from "./planning";
import { addCountySheets } from "./county";
import { decimalsFormat, legendText, NOT_FILLED, NUMBER_FORMATS, PAGE_FOOTER } from "./formats";
import { cell, num, SheetBuilder, thresholdCell, verdictCell } from "./sheet";
import { officialTables, type CountyIdentity, type MissingFigure } from "./official";

/** Stable ids of the report's sheets, so a host can find and replace its own sheets. */
export type ReportSheetId =
  "summary" | "schools" | "variation" | "classSize" | "issues" | "charts" | "gaps" | "breakdowns";

/** Sheet names by id (≤ 31 characters, no []:*?/\). */
export const REPORT_SHEET_NAMES: Readonly<Record<ReportSheetId, string>> = {
  summary: "汇总",
  schools: "学校达标情况",
  variation: "校际均衡",
  classSize: "班额与规模",
  issues: "数据问题",
  charts: "图表数据",
  gaps: "补差测算",
  breakdowns: "分组比较",
};

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
    subtitle.value = `填报年度：${identity.year ?? NOT_FILLED}　${subtitle.value}`;
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

/** 汇总's list of what the official tables still lack, by table and column. */
function appendMissing(summary: ReportSheet, missing: readonly MissingFigure[]): void {
  const b = SheetBuilder.extending(summary);
  b.blank();
  b.wide(
    missing.length === 0
      ? "申报表（表Ⅰ–表Ⅵ）各栏均已填写"
      : `申报表（表Ⅰ–表Ⅵ）尚待填写 ${missing.length} 项（在申报表中显示为“${NOT_FILLED}”）`,
    missing.length === 0 ? "pass" : "total"
  );
  if (missing.length === 0) return;
  b.header(["表", "栏目", "在哪里填写", ""]);
  for (const m of missing)
    b.row([cell(m.table), cell(m.column, "missing"), cell(m.where), cell("")]);
}

// Numbers are written by the core's one formatter (core/format.ts).
export { formatNumber, formatPercent, formatThreshold };
const precise = formatPrecise;

/** 优质均衡 (2017: every CV within its limit) or 基本均衡 (2012: the composite). */
export function balanceKind(profile: StandardsProfile): string {
  return profile.countyRule.kind === "composite" ? "基本均衡" : "优质均衡";
}

/** The notice every sheet carries when bad data left schools out. */
export function incompleteNotice(ev: Evaluation): string | undefined {
  if (!ev.assessment.incomplete && !ev.read.incomplete) return undefined;
  const n = ev.badDataSchools;
  return n > 0
    ? `数据不完整：以下结果不含 ${n} 所数据有误的学校（见“${REPORT_SHEET_NAMES.issues}”表）`
    : `数据不完整：部分数据有误的学校或班级未计入以下结果（见“${REPORT_SHEET_NAMES.issues}”表）`;
}

interface Context {
  a: Assessment;
  read: TableReadResult;
  profile: StandardsProfile;
  ev: Evaluation;
  /** The assessment's indicators, in the profile's order (7 in 2017, 8 in 2012). */
  ids: readonly IndicatorId[];
  subtitle: string;
  notice?: string;
}

// ---------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------

/**
 * The 申报表 tables of an assessment. `read` (the table reader's result) adds the
 * 数据问题 sheet and the count of schools left out for bad data.
 */
export function buildReport(ev: Evaluation, options: BuildReportOptions = {}): ReportWorkbook {
  // The evaluation carries the profile it applied: never looked up, never a default.
  const { assessment: a, read, profile } = ev;
  const subtitleParts = [`评估标准：${a.profileName || profile.name}`];
  if (options.sourceName) subtitleParts.push(`数据来源：${options.sourceName}`);
  if (options.date) subtitleParts.push(`生成日期：${options.date}`);
  const ctx: Context = {
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
    })
  );
  // 基本情况, 政府保障程度, 教育质量, 社会认可度 and the four parts on 汇总, when the workbook has a county sheet.
  addCountySheets(sheets, { a, read, profile, subtitle: ctx.subtitle, notice: ctx.notice });
  const issues = issuesSheet(ctx);
  if (issues) sheets.push(issues);
  if (options.charts !== false) sheets.push(chartsSheet(ctx));

  // The official 申报表 (表Ⅰ–表Ⅵ) first; our analysis sheets follow.
  const identity = countyIdentity(read, options);
  for (const sheet of sheets) asCountyDocument(sheet, identity);
  if (options.officialTables === false) return { sheets };
  const official = officialTables({
    a,
    profile,
    schools: read?.schools ?? [],
    figures: read?.county,
    identity,
    notice: ctx.notice,
  });
  const summary = sheets.find((x) => x.id === "summary");
  if (summary) appendMissing(summary, official.missing);
  return { sheets: [...official.sheets, ...sheets] };
}

// ---------------------------------------------------------------------------
// 汇总
// ---------------------------------------------------------------------------

function names(list: readonly string[]): string {
  return list.length === 0 ? "无" : list.join("、");
}

function summarySheet(ctx: Context): ReportSheet {
  const { a, read } = ctx;
  const b = new SheetBuilder([30, 26, 26, 50]);
  b.top(`县域义务教育${balanceKind(ctx.profile)}发展 资源配置测算汇总`, ctx.subtitle, ctx.notice, [
    "项目",
    "小学",
    "初中",
    "说明",
  ]);

  const perStage = (label: string, f: (stage: Stage) => ReportCell, note = ""): void => {
    b.row([cell(label), f("primary"), f("junior"), cell(note)]);
  };
  const st = a.stages;
  const n = ctx.ids.length;
  const rule = ctx.profile.schoolRule;
  const limits = ctx.profile.countyRule.limits;
  perStage(
    "纳入资源配置测算的学校（部）数",
    (s) => cell(st[s].schools.length),
    "一贯制学校、完全中学的各学段分别计算"
  );
  if (rule) {
    perStage(
      "达到办学标准的学校数",
      (s) =>
        cell(st[s].schoolsPassing, st[s].schoolsPassing === st[s].schools.length ? "pass" : "fail"),
      `每校 ${n} 项指标中至少 ${rule.minMet} 项达标，其余不低于标准的 ${formatNumber(rule.floor * 100, 0)}%`
    );
    perStage("未达到办学标准的学校", (s) => {
      const failing = st[s].schools.filter((x) => x.passes === false).map((x) => x.name);
      return cell(names(failing), failing.length === 0 ? "pass" : "fail");
    });
  }
  if (ctx.profile.countyRule.kind === "each") {
    perStage(
      "差异系数达标的指标数",
      (s) => {
        const ok = ctx.ids.filter((id) => st[s].indicators[id]?.cvPasses === true).length;
        return cell(`${ok} / ${n}`, ok === n ? "pass" : "fail");
      },
      `差异系数上限：小学 ${limits.primary}，初中 ${limits.junior}`
    );
    perStage(
      "资源配置结论",
      (s) => verdictCell(st[s].passes),
      `所有学校达标且 ${n} 项差异系数均达标`
    );
  } else {
    perStage(
      "综合差异系数",
      (s) => compositeCell(st[s], ctx.profile),
      `${n} 项指标差异系数的平均数；上限：小学 ${limits.primary}，初中 ${limits.junior}`
    );
    perStage(
      "资源配置结论",
      (s) => verdictCell(st[s].passes),
      rule ? "所有学校达标且综合差异系数不超过上限" : "综合差异系数不超过上限（不判定单校达标）"
    );
  }

  const cs = a.classSize;
  if (cs) {
    perStage("班级数", (s) => cell(cs[s].classes), "不含特殊教育学校的班级");
    perStage(
      "超过班额上限的班级",
      (s) => cell(cs[s].overLimit, cs[s].overLimit === 0 ? "pass" : "fail"),
      `小学不超过 ${ctx.profile.classSize.limits.primary} 人，初中不超过 ${ctx.profile.classSize.limits.junior} 人`
    );
    perStage(
      `大班额班级（${ctx.profile.classSize.bands.veryLarge} 人及以上）`,
      (s) => cell(cs[s].largeClasses, cs[s].largeClasses === 0 ? "pass" : "fail"),
      "含超大班额"
    );
    perStage(`超大班额班级（${ctx.profile.classSize.bands.superLarge} 人及以上）`, (s) =>
      cell(cs[s].superLargeClasses, cs[s].superLargeClasses === 0 ? "pass" : "fail")
    );
    perStage("班额结论", (s) => verdictCell(cs[s].passes));
  } else {
    const r = b.row([cell("班额"), cell("未提供班级表，未检查班额"), cell(""), cell("")]);
    b.merge(r, 1, r, 2);
  }

  const across = (label: string, value: string, style: CellStyle, note = ""): void => {
    const r = b.row([cell(label), cell(value, style), cell("", style), cell(note)]);
    b.merge(r, 1, r, 2);
  };
  across(
    "学校规模超过上限的学校",
    names(a.oversizedSchools),
    a.oversizedSchools.length === 0 ? "pass" : "fail",
    renderFinding(schoolSizeLimits(ctx.profile))
  );
  if (a.specialRooms) {
    const short = a.specialRooms.filter((r) => !r.passes).map((r) => r.name);
    across(
      "音乐、美术专用教室不足的学校",
      names(short),
      short.length === 0 ? "pass" : "fail",
      `每 ${ctx.profile.specialRooms.classesPerRoom} 个班各配 1 间（仅核对间数）`
    );
  } else {
    across("音乐、美术专用教室", "学校表中没有专用教室数，未检查", "text");
  }
  across(
    "不纳入资源配置测算的学校",
    a.excluded.length === 0 ? "无" : a.excluded.map((e) => e.name).join("、"),
    "text",
    a.excluded.map((e) => `${e.name}：${renderFinding(e.reason)}`).join("；")
  );
  const errors = read.issues.filter((i) => i.severity === "error").length;
  const warnings = read.issues.filter((i) => i.severity === "warning").length + a.findings.length;
  across(
    "数据问题",
    errors + warnings === 0 ? "无" : `错误 ${errors} 条，提示 ${warnings} 条`,
    errors > 0 ? "fail" : "text",
    errors + warnings === 0 ? "" : `详见“${REPORT_SHEET_NAMES.issues}”表`
  );
  across(
    "数据完整性",
    ctx.notice ? "数据不完整" : "完整",
    ctx.notice ? "fail" : "pass",
    ctx.notice ?? ""
  );
  return b.build("summary", REPORT_SHEET_NAMES.summary);
}

// ---------------------------------------------------------------------------
// 学校达标情况 (表Ⅱ): one row per school and stage part, failing values marked.
// ---------------------------------------------------------------------------

/** Columns of 表Ⅱ for n indicators; 达标指标数 and 结论 only under a school rule (not in 2012). */
function schoolColumns(n: number, withRule: boolean) {
  const firstValue = 7;
  const metCount = withRule ? firstValue + n : -1;
  const verdict = withRule ? firstValue + n + 1 : -1;
  const note = firstValue + n + (withRule ? 2 : 0);
  return {
    index: 0,
    stage: 1,
    name: 2,
    type: 3,
    locale: 4,
    group: 5,
    students: 6,
    firstValue,
    metCount,
    verdict,
    note,
  } as const;
}

/** The 综合差异系数 of a stage as a cell (2012): its verdict's colour, '—' when it cannot be computed. */
function compositeCell(sa: StageAssessment, profile: StandardsProfile): ReportCell {
  const cv = sa.compositeCv ?? null;
  const style: CellStyle = sa.compositeBorderline
    ? "borderline"
    : sa.compositePasses
      ? "pass"
      : "fail";
  const note =
    cv !== null && sa.compositeBorderline
      ? `综合差异系数 ${precise(cv)} 按三位小数显示为 ${formatNumber(cv, profile.display.cvDecimals)}，结论会相反；按未四舍五入的值判定`
      : undefined;
  return num(cv, NUMBER_FORMATS.cv, style, note);
}

/** "差 0.35（8.3%）": what a value lacks, absolute and relative to the threshold. */
export function shortfallText(threshold: number, value: number): string {
  const absolute = threshold - value;
  // A shortfall too small for 2 decimals (2.2977 against 2.3) gets the digits that show it, never "差 0.00".
  let decimals = 2;
  while (decimals < 6 && roundTo(absolute, decimals) === 0) decimals++;
  return `差 ${formatNumber(absolute, decimals)}（${formatPercent(absolute / threshold)}）`;
}

function valueCell(
  s: SchoolStageAssessment,
  id: IndicatorId,
  threshold: number | null,
  ctx: Context
): ReportCell {
  const value = s.values[id] as number;
  const decimals = indicatorDecimals(id, ctx.profile.display.valueDecimals);
  const met = s.met[id];
  // No threshold (2012), or no verdict on it: the value as it is.
  if (threshold === null || met === undefined) return num(value, decimalsFormat(decimals));
  const floor = ctx.profile.schoolRule?.floor ?? 1;
  const shownMet = atLeast(roundTo(value, decimals), threshold);
  if (shownMet !== met) {
    // §1.3: where rounding for display would flip a verdict, say so.
    const why = met
      ? "按未四舍五入的值判定为达标"
      : `按未四舍五入的值判定为未达标，${shortfallText(threshold, value)}`;
    return num(
      value,
      decimalsFormat(decimals),
      "borderline",
      `显示为 ${formatNumber(value, decimals)}，实际为 ${precise(value)}，标准 ${formatThreshold(threshold)}：${why}`
    );
  }
  if (met) return num(value, decimalsFormat(decimals));
  const belowFloor = !atLeast(value, floor * threshold);
  const note = `标准 ${formatThreshold(threshold)}，${shortfallText(threshold, value)}${belowFloor ? `，低于标准的 ${formatNumber(floor * 100, 0)}%` : ""}`;
  return num(value, decimalsFormat(decimals), "fail", note);
}

/** What a school lacks, for the 说明 column and the CLI's summary. */
export function schoolShortfallText(s: SchoolStageAssessment, profile: StandardsProfile): string {
  // Without a school rule (2012) a school has no shortfall to say.
  const rule = profile.schoolRule;
  if (s.shortfalls.length === 0 || rule === undefined || s.metCount === null) return "";
  const parts = s.shortfalls.map(
    (f) => `${INDICATORS[f.indicator].shortName} ${shortfallText(f.threshold, f.value)}`
  );
  const floor = rule.floor;
  const lowFloor = s.shortfalls
    .filter((f) => !atLeast(f.value, floor * f.threshold))
    .map((f) => INDICATORS[f.indicator].shortName);
  const reasons: string[] = [];
  if (s.metCount < rule.minMet) reasons.push(`仅 ${s.metCount} 项达标（至少需 ${rule.minMet} 项）`);
  if (lowFloor.length > 0)
    reasons.push(`${lowFloor.join("、")}低于标准的 ${formatNumber(floor * 100, 0)}%`);
  const head = s.passes
    ? `${s.shortfalls.length} 项未达标但在允许范围内`
    : `未达标：${reasons.join("；")}`;
  return `${head}。${parts.join("；")}`;
}

function schoolsSheet(ctx: Context): ReportSheet {
  const { a, profile, ids } = ctx;
  const rule: SchoolRule | undefined = profile.schoolRule;
  const C = schoolColumns(ids.length, rule !== undefined);
  const b = new SheetBuilder([
    6,
    6,
    24,
    14,
    6,
    12,
    8,
    ...ids.map(() => 12),
    ...(rule ? [8, 8] : []),
    48,
  ]);
  b.top(
    rule ? "学校办学标准达标情况（表Ⅱ）" : "各校资源配置指标值（表Ⅱ）",
    ctx.subtitle,
    ctx.notice,
    [
      "序号",
      "学段",
      "学校名称",
      "学校类型",
      "城乡",
      "学区/集团",
      "学生数",
      ...ids.map((id) => INDICATORS[id].shortName),
      ...(rule ? ["达标指标数", "结论"] : []),
      "说明",
    ]
  );
  let index = 0;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const thresholds = ids.map((id) => sa.indicators[id]?.threshold ?? null);
    const standards: ReportCell[] = [];
    standards[C.index] = cell("");
    standards[C.stage] = cell(STAGE_NAMES[stage], "total");
    standards[C.name] = cell(`${STAGE_NAMES[stage]}标准值`, "total");
    for (const c of [C.type, C.locale, C.group, C.students]) standards[c] = cell("", "total");
    thresholds.forEach((t, i) => {
      standards[C.firstValue + i] = thresholdCell(t, "total");
    });
    if (rule) {
      standards[C.metCount] = cell(`≥ ${rule.minMet}`, "total");
      standards[C.verdict] = cell("", "total");
      standards[C.note] = cell(`每项不低于标准的 ${formatNumber(rule.floor * 100, 0)}%`, "total");
    } else {
      standards[C.note] = cell(`${profile.name}不设学校标准，只判定县域差异系数`, "total");
    }
    b.row(standards);
    if (sa.schools.length === 0) {
      b.row([cell(""), cell(STAGE_NAMES[stage]), cell(`没有纳入测算的${STAGE_NAMES[stage]}学校`)]);
    }
    for (const s of sa.schools) {
      index++;
      const row: ReportCell[] = [];
      row[C.index] = cell(index);
      row[C.stage] = cell(STAGE_NAMES[stage]);
      row[C.name] = cell(s.name);
      row[C.type] = cell(SCHOOL_TYPE_NAMES[s.type] ?? String(s.type));
      row[C.locale] = cell(s.locale ? LOCALE_NAMES[s.locale] : "");
      row[C.group] = cell(s.group ?? "");
      row[C.students] = cell(s.students);
      ids.forEach((id, i) => {
        row[C.firstValue + i] = valueCell(s, id, thresholds[i], ctx);
      });
      if (rule && s.metCount !== null && s.passes !== null) {
        const shownRule = applySchoolRule(
          ids.map((id) => roundTo(s.values[id] as number, profile.display.valueDecimals)),
          thresholds as number[],
          rule
        );
        const verdictFlips = shownRule.passes !== s.passes;
        row[C.metCount] = cell(s.metCount, s.metCount >= rule.minMet ? "text" : "fail");
        row[C.verdict] = verdictFlips
          ? verdictCell(
              s.passes,
              "borderline",
              "按两位小数显示的数值判定，结论会相反；本表按未四舍五入的值判定"
            )
          : verdictCell(s.passes);
      }
      const note = schoolShortfallText(s, profile);
      row[C.note] = cell(
        s.ownership === "private"
          ? [OWNERSHIP_NAMES.private, note].filter(Boolean).join("。")
          : note
      );
      b.row(row);
    }
    const totals: ReportCell[] = [];
    totals[C.index] = cell("", "total");
    totals[C.stage] = cell(STAGE_NAMES[stage], "total");
    totals[C.name] = cell(`${STAGE_NAMES[stage]}县域均值`, "total");
    totals[C.type] = cell("", "total");
    totals[C.locale] = cell("", "total");
    totals[C.group] = cell("", "total");
    totals[C.students] = cell(
      sa.schools.reduce((sum, s) => sum + s.students, 0),
      "total"
    );
    ids.forEach((id, i) => {
      totals[C.firstValue + i] = num(
        sa.indicators[id]?.countyValue ?? null,
        decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals)),
        "total"
      );
    });
    if (rule && sa.schoolsPassing !== null) {
      totals[C.metCount] = cell("", "total");
      totals[C.verdict] = cell(
        `${sa.schoolsPassing}/${sa.schools.length}`,
        sa.schoolsPassing === sa.schools.length && sa.schools.length > 0 ? "pass" : "fail"
      );
      totals[C.note] = cell(`${sa.schools.length} 所中 ${sa.schoolsPassing} 所达标`, "total");
    } else {
      totals[C.note] = cell(`${sa.schools.length} 所（部）`, "total");
    }
    b.row(totals);
  }
  return b.build("schools", REPORT_SHEET_NAMES.schools);
}

// ---------------------------------------------------------------------------
// 校际均衡 (表Ⅲ): per stage and indicator, the county value and the CV.
// ---------------------------------------------------------------------------

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

function variationSheet(ctx: Context): ReportSheet {
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
      row[C.county] = num(
        ind.countyValue,
        decimalsFormat(indicatorDecimals(id, profile.display.valueDecimals))
      );
      let note = "";
      if (ind.cv === null)
        note = sa.schools.length === 0 ? "没有纳入测算的学校" : "县域均值为 0，差异系数无法计算";
      else if (ind.borderline)
        note = `差异系数 ${precise(ind.cv)} 按三位小数显示为 ${formatNumber(ind.cv, profile.display.cvDecimals)}，结论会相反；按未四舍五入的值判定`;
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
        sa.compositeCv === null || sa.compositeCv === undefined ? "有指标的差异系数无法计算" : "",
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
      total[C.indicator] = cell(
        `${STAGE_NAMES[stage]}资源配置：${schoolsPart}差异系数 ${cvOk}/${ids.length} 项达标`,
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

// ---------------------------------------------------------------------------
// 班额与规模 (§1.4 items 3–5, §3)
// ---------------------------------------------------------------------------

function share(value: number | null): ReportCell {
  return num(value, NUMBER_FORMATS.percent);
}

function classSizeSheet(ctx: Context): ReportSheet {
  const { a, profile } = ctx;
  const b = new SheetBuilder([8, 26, 16, 14, 14, 14, 14, 14, 10]);
  b.top("班额、学校规模与专用教室", ctx.subtitle, ctx.notice);
  const { limits, bands } = profile.classSize;

  b.wide(
    `一、班额（小学不超过 ${limits.primary} 人，初中不超过 ${limits.junior} 人；不含特殊教育学校）`,
    "total"
  );
  if (a.classSize) {
    const cs = a.classSize;
    b.header([
      "学段",
      "班级数",
      "超过上限的班级",
      "占比",
      `大班额（${bands.veryLarge}人及以上）`,
      "占比",
      `超大班额（${bands.superLarge}人及以上）`,
      "占比",
      "结论",
    ]);
    for (const stage of STAGES) {
      const s = cs[stage];
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(s.classes),
        cell(s.overLimit, s.overLimit > 0 ? "fail" : "text"),
        share(s.overLimitShare),
        cell(s.largeClasses, s.largeClasses > 0 ? "fail" : "text"),
        share(s.largeClassShare),
        cell(s.superLargeClasses, s.superLargeClasses > 0 ? "fail" : "text"),
        share(s.superLargeClassShare),
        verdictCell(s.passes),
      ]);
    }
    b.blank();
    b.wide("超过班额上限的班级", "total");
    b.header(["学段", "学校名称", "班级", "学生数", "班额类型"]);
    let any = false;
    for (const stage of STAGES) {
      for (const c of cs[stage].overLimitClasses) {
        any = true;
        b.row([
          cell(STAGE_NAMES[stage]),
          cell(c.school),
          cell(c.className),
          cell(c.students, "fail"),
          cell(CLASS_BAND_NAMES[c.band]),
        ]);
      }
    }
    if (!any) b.row([cell("无")]);
  } else {
    b.row([cell("未提供班级表，未检查班额")]);
  }

  b.blank();
  b.wide(
    `二、学校规模（义务教育阶段学生数：${renderFinding(schoolSizeLimits(profile))}）`,
    "total"
  );
  // Under a profile with the 认定规程 allowances, a seventh column names the one each school used.
  const withAllowances = a.allowances !== undefined;
  b.header([
    "序号",
    "学校名称",
    "学校类型",
    "义务教育阶段学生数",
    "上限",
    "结论",
    ...(withAllowances ? ["所用放宽条款"] : []),
  ]);
  a.schoolSize.forEach((f, i) => {
    b.row([
      cell(i + 1),
      cell(f.name),
      cell(SCHOOL_TYPE_NAMES[f.type] ?? String(f.type)),
      cell(f.students, f.passes ? "text" : "fail"),
      cell(f.limit),
      f.passes
        ? cell("未超过", "pass")
        : cell("超过上限", "fail", { note: `超出 ${f.students - f.limit} 人` }),
      ...(withAllowances ? [cell(f.allowance?.message ?? "")] : []),
    ]);
  });

  b.blank();
  // With room areas in the school table, the 专用教室面积 item is computed too: two more columns.
  const areas = a.specialRooms?.some((r) => r.areaPasses !== undefined) === true;
  b.wide(
    areas
      ? `三、音乐、美术专用教室（每 ${profile.specialRooms.classesPerRoom} 个班各 1 间；面积：音乐 ≥ ${profile.specialRooms.musicRoomMinArea}㎡、美术 ≥ ${profile.specialRooms.artRoomMinArea}㎡）`
      : `三、音乐、美术专用教室（每 ${profile.specialRooms.classesPerRoom} 个班各 1 间；仅核对间数，面积请另行核对）`,
    "total"
  );
  if (a.specialRooms) {
    b.header([
      "序号",
      "学校名称",
      "班级数",
      "应配（各）",
      "音乐教室",
      "美术教室",
      "结论",
      ...(areas ? ["面积", "面积不足的教室及所用标准"] : []),
    ]);
    a.specialRooms.forEach((r, i) => {
      const areaCells: ReportCell[] = [];
      if (areas) {
        const notes = [
          ...(r.roomsBelowArea ?? []).map((x) => x.message),
          ...(r.allowance ? [r.allowance.message] : []),
        ];
        areaCells.push(
          r.areaPasses === null || r.areaPasses === undefined
            ? cell("未填面积")
            : verdictCell(r.areaPasses),
          cell(notes.join("；"))
        );
      }
      b.row([
        cell(i + 1),
        cell(r.name),
        cell(r.classes),
        cell(r.required),
        cell(r.musicRooms, r.musicRooms < r.required ? "fail" : "text"),
        cell(r.artRooms, r.artRooms < r.required ? "fail" : "text"),
        verdictCell(r.passes),
        ...areaCells,
      ]);
    });
  } else {
    b.row([cell("学校表中没有音乐、美术专用教室数，未检查")]);
  }

  if (a.allowances) {
    b.blank();
    b.wide("四、认定规程放宽条款（国教督办函〔2019〕30号）：逐校列出所用条款", "total");
    b.header(["序号", "学校名称", "学段", "所用放宽条款"]);
    a.allowances.used.forEach((n, i) => {
      b.row([
        cell(i + 1),
        cell(n.school),
        cell(n.stage ? STAGE_NAMES[n.stage] : ""),
        cell(n.message),
      ]);
    });
    if (a.allowances.used.length === 0) b.row([cell("没有学校使用放宽条款")]);
    for (const f of a.allowances.findings)
      b.row([cell("未适用"), cell(f.school), cell(""), cell(f.message, "fail")]);
  }
  return b.build("classSize", REPORT_SHEET_NAMES.classSize);
}

// ---------------------------------------------------------------------------
// 数据问题
// ---------------------------------------------------------------------------

function issuesSheet(ctx: Context): ReportSheet | undefined {
  const issues: InputIssue[] = ctx.read.issues;
  if (issues.length === 0 && ctx.a.findings.length === 0) return undefined;
  const b = new SheetBuilder([6, 8, 16, 6, 6, 22, 80]);
  b.top("数据问题", ctx.subtitle, ctx.notice, [
    "序号",
    "类别",
    "工作表",
    "行",
    "列",
    "学校",
    "说明",
  ]);
  let i = 0;
  for (const issue of issues) {
    i++;
    const error = issue.severity === "error";
    b.row([
      cell(i),
      cell(error ? "错误" : "警告", error ? "fail" : "borderline"),
      cell(issue.sheet),
      cell(issue.row ?? ""),
      cell(issue.column ?? ""),
      cell(issue.school ?? ""),
      cell(issue.message),
    ]);
  }
  for (const w of renderFindings(ctx.a.findings)) {
    i++;
    b.row([cell(i), cell("提示", "borderline"), cell(""), cell(""), cell(""), cell(""), cell(w)]);
  }
  return b.build("issues", REPORT_SHEET_NAMES.issues);
}

// ---------------------------------------------------------------------------
// 图表数据: each indicator across schools beside its threshold, for the wizard's charts.
// ---------------------------------------------------------------------------

function chartsSheet(ctx: Context): ReportSheet {
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
  b.top(
    withThreshold.some(Boolean) ? "图表数据：各校指标值与标准值" : "图表数据：各校指标值",
    ctx.subtitle,
    ctx.notice
  );
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
      "学段",
      "学校名称",
      ...ids.flatMap((id, i) =>
        withThreshold[i] ? [INDICATORS[id].shortName, "标准值"] : [INDICATORS[id].shortName]
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
            name: "标准值",
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
