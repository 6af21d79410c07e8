/**
 * The county-level parts (standards.md §5) on the 汇总 sheet: the four verdicts, the
 * vetoes and every gap. The items themselves are the official 表Ⅰ, 表Ⅳ, 表Ⅴ and 表Ⅵ
 * (official.ts): since issue 24 the report no longer repeats them on sheets of its own
 * (基本情况, 政府保障程度, 教育质量, 社会认可度). Built from Assessment.county
 * (src/core/county); host-neutral like the rest of the report model.
 */
import type { CountyItem, CountyItemStatus, CountyPart } from "../core";
import type { StandardsProfile } from "../core";
import type { Assessment, TableReadResult } from "../core";
import { STAGES } from "../core";
import { INDICATORS, PARTIAL_WORDS } from "../core";
import { renderCountyNotes, roundTo, VETO_NAMES } from "../core";
import { STAGE_NAMES } from "../core";
import type { ReportCell, ReportSheet } from "./model";
import { cell, SheetBuilder, verdictCell } from "./sheet";
import { fill, ZH } from "../i18n";

const T = ZH.report.county;

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
  if (status === "pass") return T.pass;
  if (status === "fail") return T.fail;
  return kind === "computed" ? T.noData : T.notFilled;
}

function statusCell(status: CountyItemStatus, kind?: CountyItem["kind"]): ReportCell {
  return cell(
    statusText(status, kind),
    status === "pass" ? "pass" : status === "fail" ? "fail" : "borderline"
  );
}

/** "政府保障程度：15 项中 11 项达标，3 项未达标，1 项未填报". */
export function partSummary(p: CountyPart): string {
  const parts = [fill(T.partPassed, { n: p.items.length, passed: p.passed })];
  if (p.failed > 0) parts.push(fill(T.partFailed, { n: p.failed }));
  if (p.missing > 0) parts.push(fill(T.partMissing, { n: p.missing }));
  return parts.join("，");
}

// ---------------------------------------------------------------------------
// 汇总: the four parts, the vetoes, the overall verdict and every gap
// ---------------------------------------------------------------------------

/** The summary's title once the four parts are there: not only 资源配置 any more. */
export const FULL_SUMMARY_TITLE = T.fullTitle;

function resourceGaps(a: Assessment): { stage: string; note: string }[] {
  const out: { stage: string; note: string }[] = [];
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.passes) continue;
    const parts: string[] = [];
    // A partial table: the stage is not judged; say which indicators were not computed.
    if (sa.missingIndicators) {
      parts.push(
        fill(T.notComputed, {
          words: PARTIAL_WORDS.notComputed.zh,
          list: sa.missingIndicators.map((id) => INDICATORS[id].shortName).join("、"),
          undetermined: PARTIAL_WORDS.undetermined.zh,
        })
      );
    }
    const failing = sa.schools.filter((s) => s.passes === false).map((s) => s.name);
    if (failing.length > 0) parts.push(fill(T.schoolsFailing, { list: failing.join("、") }));
    const cv = a.indicators
      .filter((id) => sa.indicators[id]?.cvPasses === false)
      .map((id) => INDICATORS[id].shortName);
    if (cv.length > 0) parts.push(fill(T.cvFailing, { list: cv.join("、") }));
    if (sa.compositeLimit !== undefined && sa.compositePasses === false && sa.schools.length > 0) {
      const v = sa.compositeCv;
      parts.push(
        v === null || v === undefined
          ? T.compositeUnknown
          : fill(T.compositeOver, { cv: roundTo(v, 3).toFixed(3), limit: sa.compositeLimit })
      );
    }
    if (sa.schools.length === 0) parts.push(fill(T.noSchools, { stage: STAGE_NAMES[stage] }));
    out.push({ stage: STAGE_NAMES[stage], note: parts.join("；") });
  }
  return out;
}

/**
 * 社会认可度's figure and, since its own sheet went (issue 24), the groups surveyed below the
 * threshold: "：89.13%（7 类调查对象合计 3,124 / 3,505 人）；认可度低于 85% 的调查对象：其他群众 83.00%".
 */
function recognitionNote(p: CountyPart): string {
  const item = p.items[0];
  if (!item || item.value === null) return "";
  const notes = renderCountyNotes(item.notes);
  return (
    fill(T.recognition, { text: item.text }) + (notes ? fill(T.recognitionNotes, { notes }) : "")
  );
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
  b.wide(T.partsTitle, "total");
  b.header([...T.partsHeaders]);
  b.row([
    cell(T.resources),
    verdictCell(county.resources.primary),
    verdictCell(county.resources.junior),
    cell(T.resourcesNote),
  ]);
  for (const p of [county.government, county.quality, county.recognition]) {
    across(
      cell(p.name),
      verdictCell(p.passes),
      partSummary(p) + (p.id === "recognition" ? recognitionNote(p) : "")
    );
  }
  // 一票否决 as the core decided it (CountyAssessment.vetoVerdict).
  const { state, applied, unanswered } = county.vetoVerdict;
  const names = (ids: readonly (keyof typeof VETO_NAMES)[]): string =>
    ids.map((id) => VETO_NAMES[id].shortName).join("、");
  across(
    cell(T.vetoes),
    state === "applies"
      ? cell(fill(T.vetoesApply, { n: applied.length }), "fail")
      : state === "unanswered"
        ? cell(fill(T.vetoesUnanswered, { n: unanswered.length }), "borderline")
        : cell(T.none, "pass"),
    state === "applies"
      ? names(applied)
      : state === "unanswered"
        ? fill(T.vetoesUnansweredNote, { list: names(unanswered) })
        : ""
  );
  across(
    cell(T.overall, "total"),
    county.passes === null
      ? cell(PARTIAL_WORDS.undetermined.zh, "missing")
      : cell(county.passes ? T.reached : T.notReached, county.passes ? "pass" : "fail"),
    T.overallNote
  );

  b.blank();
  b.wide(T.gapsTitle, "total");
  b.header([...T.gapsHeaders]);
  let any = false;
  for (const g of resourceGaps(ctx.a)) {
    any = true;
    b.row([cell(T.resources), cell(g.stage), cell(T.fail, "fail"), cell(g.note)]);
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
  if (!any) b.row([cell(T.none), cell(""), cell(""), cell("")]);
}

/** Adds the four parts, the vetoes and the gap list to the 汇总 sheet; nothing without a county part. */
export function addCountyParts(sheets: readonly ReportSheet[], ctx: CountyReportContext): void {
  const summary = sheets.find((s) => s.id === "summary");
  if (summary) appendCountySummary(summary, ctx);
}
