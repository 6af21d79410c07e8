/**
 * The 申报表 sheets of the county-level parts (standards.md §5): 基本情况 (表Ⅰ),
 * 政府保障程度, 教育质量, 社会认可度, and the 汇总 sheet's four verdicts, vetoes
 * and gap list. Built from Assessment.county (src/core/county) and the table
 * reader's result; host-neutral like the rest of the report model.
 */
import { COUNTY_REPORT_TITLES } from "../core";
import type { CountyItem, CountyItemStatus, CountyPart } from "../core";
import { formatAmount, formatThresholdShare } from "../core";
import type { StandardsProfile } from "../core";
import type { Assessment, SchoolRecord, SchoolType, TableReadResult } from "../core";
import { STAGES } from "../core";
import { INDICATORS, PARTIAL_WORDS } from "../core";
import { renderCountyNotes, roundTo, VETO_NAMES } from "../core";
import { LOCALE_NAMES, SCHOOL_TYPE_NAMES, STAGE_NAMES } from "../core";
import { NUMBER_FORMATS } from "./formats";
import type { CellStyle, ReportCell, ReportSheet } from "./model";
import { cell, SheetBuilder, verdictCell } from "./sheet";

/** Stable ids and names of the county sheets. */
export type CountyReportSheetId = "basicInfo" | "government" | "quality" | "recognition";
export const COUNTY_REPORT_SHEET_NAMES: Readonly<Record<CountyReportSheetId, string>> = {
  basicInfo: "基本情况",
  government: "政府保障程度",
  quality: "教育质量",
  recognition: "社会认可度",
};

/** Titles, shared with the reader so that an earlier report is never read back as input. */
const TITLES: Readonly<Record<CountyReportSheetId, string>> = {
  government: COUNTY_REPORT_TITLES[0],
  quality: COUNTY_REPORT_TITLES[1],
  recognition: COUNTY_REPORT_TITLES[2],
  basicInfo: COUNTY_REPORT_TITLES[3],
};

export interface CountyReportContext {
  a: Assessment;
  read?: TableReadResult;
  profile: StandardsProfile;
  /** The subtitle and the incomplete-data notice every sheet of the report carries. */
  subtitle: string;
  notice?: string;
}

/** 达标 / 未达标 / 未填报 (缺少数据 for what the school table should have given). */
export function statusText(status: CountyItemStatus, kind?: CountyItem["kind"]): string {
  if (status === "pass") return "达标";
  if (status === "fail") return "未达标";
  return kind === "computed" ? "缺少数据" : "未填报";
}

function statusCell(status: CountyItemStatus, kind?: CountyItem["kind"]): ReportCell {
  return cell(
    statusText(status, kind),
    status === "pass" ? "pass" : status === "fail" ? "fail" : "borderline"
  );
}

const KIND_NAMES: Readonly<Record<CountyItem["kind"], string>> = {
  quantitative: "定量",
  qualitative: "定性",
  computed: "测算",
};

/** "政府保障程度：15 项中 11 项达标，3 项未达标，1 项未填报". */
export function partSummary(p: CountyPart): string {
  const parts = [`${p.items.length} 项中 ${p.passed} 项达标`];
  if (p.failed > 0) parts.push(`${p.failed} 项未达标`);
  if (p.missing > 0) parts.push(`${p.missing} 项未填报或缺少数据`);
  return parts.join("，");
}

// ---------------------------------------------------------------------------
// 政府保障程度, 教育质量: one row per item, its conditions below it
// ---------------------------------------------------------------------------

/** The 说明或佐证 column: what is short or missing, then the county's evidence. */
export function explanation(i: CountyItem): string {
  return [renderCountyNotes(i.notes), i.evidence ? `佐证：${i.evidence}` : ""]
    .filter((x) => x !== "")
    .join("；");
}

const ITEM_HEADER = ["序号", "指标", "类型", "数值", "标准", "结论", "说明或佐证"];
const ITEM_WIDTHS = [6, 52, 6, 40, 26, 10, 56];

function itemRows(b: SheetBuilder, items: readonly CountyItem[]): void {
  for (const i of items) {
    const single = i.checks.length <= 1;
    b.row([
      cell(i.number),
      cell(i.name),
      cell(KIND_NAMES[i.kind]),
      cell(single ? i.text : ""),
      cell(single ? i.threshold : ""),
      statusCell(i.status, i.kind),
      cell(explanation(i)),
    ]);
    if (single) continue;
    for (const c of i.checks) {
      b.row([
        cell(""),
        cell(`　${c.name}`),
        cell(""),
        cell(c.text),
        cell(c.threshold),
        statusCell(c.status, i.kind),
        cell(""),
      ]);
    }
  }
}

function partSheet(
  id: "government" | "quality",
  p: CountyPart,
  ctx: CountyReportContext
): ReportSheet {
  const b = new SheetBuilder(ITEM_WIDTHS);
  b.top(TITLES[id], ctx.subtitle, ctx.notice, ITEM_HEADER);
  itemRows(b, p.items);
  b.row([
    cell("", "total"),
    cell(`${p.name}：${partSummary(p)}`, "total"),
    cell("", "total"),
    cell("", "total"),
    cell("", "total"),
    cell(p.passes ? "达标" : "未达标", p.passes ? "pass" : "fail"),
    cell(`${p.items.length} 项均达标方为达标；未填报的项目不能算作达标`, "total"),
  ]);
  return b.build(id, COUNTY_REPORT_SHEET_NAMES[id]);
}

// ---------------------------------------------------------------------------
// 社会认可度: the verdict, the groups surveyed
// ---------------------------------------------------------------------------

function recognitionSheet(ctx: CountyReportContext): ReportSheet {
  const county = ctx.a.county!;
  const p = county.recognition;
  const b = new SheetBuilder(ITEM_WIDTHS);
  b.top(TITLES.recognition, ctx.subtitle, ctx.notice, ITEM_HEADER);
  itemRows(b, p.items);
  b.blank();
  b.wide("各类调查对象", "total");
  b.header(["序号", "调查对象", "", "调查人数", "满意（认可）人数", "认可度", "说明"]);
  const threshold = ctx.profile.county?.recognitionRate;
  if (p.groups.length === 0) b.row([cell(""), cell("县级指标表未按调查对象填报")]);
  p.groups.forEach((g, i) => {
    const low = g.rate !== null && threshold !== undefined && g.rate < threshold;
    b.row([
      cell(i + 1),
      cell(g.name),
      cell(""),
      cell(g.responses ?? "—"),
      cell(g.satisfied ?? "—"),
      g.rate === null
        ? cell("—")
        : cell(g.rate, low ? "fail" : "text", { numFmt: NUMBER_FORMATS.rate }),
      cell(low ? `低于 ${formatThresholdShare(threshold as number)}` : ""),
    ]);
  });
  const counted = p.groups.filter((g) => g.responses !== null && g.satisfied !== null);
  if (counted.length > 0) {
    const responses = counted.reduce((s, g) => s + (g.responses as number), 0);
    const satisfied = counted.reduce((s, g) => s + (g.satisfied as number), 0);
    b.row([
      cell("", "total"),
      cell("合计", "total"),
      cell("", "total"),
      cell(responses, "total"),
      cell(satisfied, "total"),
      responses > 0
        ? cell(satisfied / responses, "total", { numFmt: NUMBER_FORMATS.rate })
        : cell("—", "total"),
      cell("", "total"),
    ]);
  }
  return b.build("recognition", COUNTY_REPORT_SHEET_NAMES.recognition);
}

// ---------------------------------------------------------------------------
// 基本情况 (表Ⅰ): population, schools by type, classes, students, 专任教师
// ---------------------------------------------------------------------------

const TYPE_ORDER: readonly SchoolType[] = [
  "primary",
  "nineYear",
  "twelveYear",
  "junior",
  "complete",
  "special",
  "teachingPoint",
  "vocational",
];

const COUNT_HEADER = [
  "学校数",
  "其中民办",
  "小学班级数",
  "初中班级数",
  "小学在校生",
  "初中在校生",
  "高中在校生",
  "义务教育在校生",
];

/** Schools, private schools, classes and students of a list of schools (表Ⅰ's counts). */
interface SchoolCounts {
  n: number;
  priv: number;
  pc: number;
  jc: number;
  ps: number;
  js: number;
  ss: number;
}

function schoolCounts(list: readonly SchoolRecord[]): SchoolCounts {
  const sum = (f: (s: SchoolRecord) => number) => list.reduce((acc, s) => acc + f(s), 0);
  return {
    n: list.length,
    priv: list.filter((s) => s.ownership === "private").length,
    pc: sum((s) => s.primaryClasses),
    jc: sum((s) => s.juniorClasses),
    ps: sum((s) => s.primaryStudents),
    js: sum((s) => s.juniorStudents),
    ss: sum((s) => s.seniorStudents),
  };
}

/** A row of COUNT_HEADER's columns after its label; 义务教育在校生 is 小学 + 初中. */
function countCells(label: string, c: SchoolCounts, style: CellStyle = "text"): ReportCell[] {
  return [label, c.n, c.priv, c.pc, c.jc, c.ps, c.js, c.ss, c.ps + c.js].map((v) => cell(v, style));
}

function basicInfoSheet(ctx: CountyReportContext): ReportSheet {
  const county = ctx.a.county!;
  const figures = ctx.read?.county;
  const b = new SheetBuilder([22, 10, 10, 12, 12, 14, 14, 14, 16]);
  b.top(TITLES.basicInfo, ctx.subtitle, ctx.notice);

  b.wide("一、县域概况", "total");
  const population = figures?.numbers.population;
  const teachers = figures?.numbers.fullTimeTeachers;
  const line = (label: string, value: ReportCell, note = ""): void => {
    const r = b.row([cell(label), value, cell(""), cell(note)]);
    b.merge(r, 1, r, 2);
    b.merge(r, 3, r, 8);
  };
  line(
    "县域常住人口",
    population
      ? cell(`${formatAmount(Math.round(population.value / 100) / 100)} 万人`)
      : cell("未填报", "borderline"),
    population?.note ?? ""
  );
  line(
    "义务教育阶段专任教师",
    teachers ? cell(`${formatAmount(teachers.value)} 人`) : cell("未填报", "borderline"),
    teachers?.note ?? ""
  );
  line("县级指标来源", cell(`工作表「${county.sheet}」`));

  b.blank();
  b.wide("二、学校、班级与在校生（按学校类型）", "total");
  b.header(["学校类型", ...COUNT_HEADER]);
  const schools = ctx.read?.schools;
  if (!schools) {
    b.row([cell("未提供学校表数据")]);
  } else {
    const total: SchoolCounts = { n: 0, priv: 0, pc: 0, jc: 0, ps: 0, js: 0, ss: 0 };
    for (const type of TYPE_ORDER) {
      const list = schools.filter((s) => s.type === type);
      if (list.length === 0 && (type === "vocational" || type === "twelveYear")) continue;
      const row = schoolCounts(list);
      for (const k of Object.keys(total) as (keyof SchoolCounts)[]) total[k] += row[k];
      b.row(countCells(SCHOOL_TYPE_NAMES[type], row));
    }
    b.row(countCells("合计", total, "total"));

    b.blank();
    b.wide("三、城乡分布", "total");
    b.header(["城乡类别", ...COUNT_HEADER]);
    for (const locale of ["urban", "town", "rural", undefined] as const) {
      const list = schools.filter((s) => s.locale === locale);
      if (list.length === 0) continue;
      b.row(countCells(locale ? LOCALE_NAMES[locale] : "未填城乡类别", schoolCounts(list)));
    }
  }
  return b.build("basicInfo", COUNTY_REPORT_SHEET_NAMES.basicInfo);
}

// ---------------------------------------------------------------------------
// 汇总: the four parts, the vetoes, the overall verdict and every gap
// ---------------------------------------------------------------------------

/** The summary's title once the four parts are there: not only 资源配置 any more. */
export const FULL_SUMMARY_TITLE = "县域义务教育优质均衡发展 测算汇总";

function resourceGaps(a: Assessment): { stage: string; note: string }[] {
  const out: { stage: string; note: string }[] = [];
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.passes) continue;
    const parts: string[] = [];
    // A partial table: the stage is not judged; say which indicators were not computed.
    if (sa.missingIndicators) {
      parts.push(
        `${PARTIAL_WORDS.notComputed.zh}：${sa.missingIndicators.map((id) => INDICATORS[id].shortName).join("、")}（${PARTIAL_WORDS.undetermined.zh}）`
      );
    }
    const failing = sa.schools.filter((s) => s.passes === false).map((s) => s.name);
    if (failing.length > 0) parts.push(`未达到办学标准的学校：${failing.join("、")}`);
    const cv = a.indicators
      .filter((id) => sa.indicators[id]?.cvPasses === false)
      .map((id) => INDICATORS[id].shortName);
    if (cv.length > 0) parts.push(`差异系数未达标：${cv.join("、")}`);
    if (sa.compositeLimit !== undefined && sa.compositePasses === false && sa.schools.length > 0) {
      const v = sa.compositeCv;
      parts.push(
        v === null || v === undefined
          ? "综合差异系数无法计算"
          : `综合差异系数 ${roundTo(v, 3).toFixed(3)}，超过上限 ${sa.compositeLimit}`
      );
    }
    if (sa.schools.length === 0) parts.push(`没有纳入测算的${STAGE_NAMES[stage]}学校`);
    out.push({ stage: STAGE_NAMES[stage], note: parts.join("；") });
  }
  return out;
}

/** Appends the four parts' verdicts, the vetoes and the gap list to the 汇总 sheet (4 columns). */
export function appendCountySummary(summary: ReportSheet, ctx: CountyReportContext): void {
  const county = ctx.a.county;
  if (!county) return;
  const b = SheetBuilder.extending(summary);
  const rows = summary.rows;
  if (rows[0]?.[0]) rows[0][0] = { ...rows[0][0], value: FULL_SUMMARY_TITLE };
  const across = (label: ReportCell, value: ReportCell, note: string): void => {
    const r = b.row([label, value, cell("", value.style), cell(note)]);
    b.merge(r, 1, r, 2);
  };

  b.blank();
  b.wide("优质均衡四个部分与一票否决", "total");
  b.header(["部分", "小学", "初中", "说明"]);
  b.row([
    cell("资源配置"),
    verdictCell(county.resources.primary),
    verdictCell(county.resources.junior),
    cell("所有学校达到办学标准且 7 项差异系数均达标"),
  ]);
  for (const p of [county.government, county.quality, county.recognition]) {
    across(
      cell(p.name),
      verdictCell(p.passes),
      partSummary(p) +
        (p.id === "recognition" && p.items[0]?.value !== null ? `：${p.items[0].text}` : "")
    );
  }
  // 一票否决 as the core decided it (CountyAssessment.vetoVerdict).
  const { state, applied, unanswered } = county.vetoVerdict;
  const names = (ids: readonly (keyof typeof VETO_NAMES)[]): string =>
    ids.map((id) => VETO_NAMES[id].shortName).join("、");
  across(
    cell("一票否决事项"),
    state === "applies"
      ? cell(`有 ${applied.length} 项`, "fail")
      : state === "unanswered"
        ? cell(`${unanswered.length} 项未填报`, "borderline")
        : cell("无", "pass"),
    state === "applies"
      ? names(applied)
      : state === "unanswered"
        ? `未填报：${names(unanswered)}`
        : ""
  );
  across(
    cell("县域优质均衡总体结论", "total"),
    county.passes === null
      ? cell(PARTIAL_WORDS.undetermined.zh, "missing")
      : cell(county.passes ? "达到" : "未达到", county.passes ? "pass" : "fail"),
    "资源配置、政府保障程度、教育质量、社会认可度四个部分均达标，且无一票否决事项"
  );

  b.blank();
  b.wide("差距与未填报事项（逐项）", "total");
  b.header(["部分", "指标", "状态", "说明"]);
  let any = false;
  for (const g of resourceGaps(ctx.a)) {
    any = true;
    b.row([cell("资源配置"), cell(g.stage), cell("未达标", "fail"), cell(g.note)]);
  }
  for (const g of county.gaps) {
    any = true;
    const kind = [county.government, county.quality, county.recognition, county.vetoes]
      .flatMap((p) => p.items)
      .find((i) => i.part === g.part && i.number === g.number)?.kind;
    b.row([
      cell(g.partName),
      cell(`${g.number}. ${g.shortName}`),
      statusCell(g.status, kind),
      cell(renderCountyNotes(g.notes)),
    ]);
  }
  if (!any) b.row([cell("无"), cell(""), cell(""), cell("")]);
}

/**
 * Adds the county sheets to a report's sheets: 基本情况 after 汇总, 政府保障程度,
 * 教育质量 and 社会认可度 after 班额与规模 (or at the end), and the four parts
 * on the 汇总 sheet. Nothing when the assessment has no county part.
 */
export function addCountySheets(sheets: ReportSheet[], ctx: CountyReportContext): void {
  const county = ctx.a.county;
  if (!county) return;
  const summary = sheets.find((s) => s.id === "summary");
  if (summary) appendCountySummary(summary, ctx);
  const afterSummary = summary ? sheets.indexOf(summary) + 1 : 0;
  sheets.splice(afterSummary, 0, basicInfoSheet(ctx));
  const classSize = sheets.findIndex((s) => s.id === "classSize");
  const at = classSize >= 0 ? classSize + 1 : sheets.length;
  sheets.splice(
    at,
    0,
    partSheet("government", county.government, ctx),
    partSheet("quality", county.quality, ctx),
    recognitionSheet(ctx)
  );
}
