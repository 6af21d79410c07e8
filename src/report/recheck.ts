/**
 * The reviewer's re-check (issue 23 item 8) as the report shows it: the JSON document of
 * `edu-balance recheck --json`, and the 复核 sheet of `--out`. Both are views of the core's
 * RecheckResult; the words of each comparison are the core's catalogue (renderComparison).
 */
import {
  formatNumber,
  formatThreshold,
  INDICATORS,
  RECHECK_ITEM_NAMES,
  RECHECK_STATUS_NAMES,
  RECHECK_TABLE_NAMES,
  renderComparison,
  STAGE_NAMES,
  STAGES,
  type RecheckComparison,
  type RecheckResult,
  type RecheckStatus,
  type StandardsProfile,
} from "../core";
import { EN_US, fill, ZH } from "../i18n";
import { NUMBER_FORMATS, PAGE_FOOTER, decimalsFormat } from "./formats";
import { jsonSafe } from "./json";
import type { CellStyle, ReportCell, ReportSheet, ReportWorkbook } from "./model";
import { cell, num, SheetBuilder } from "./sheet";

const T = ZH.tools.recheck;

/** How near is near enough (tolerance.ts in the core), in the words every output uses. */
export const RECHECK_TOLERANCE_RULE = ZH.recheck.toleranceRule;

export const RECHECK_TOLERANCE_RULE_EN = EN_US.recheck.toleranceRule;

const DISPLAY = (profile: Pick<StandardsProfile, "display">) => profile.display;

/** The order comparisons are listed in: differences first, then those within rounding. */
const STATUS_ORDER: Readonly<Record<RecheckStatus, number>> = {
  different: 0,
  consistent: 1,
  same: 2,
};

export function sortedComparisons(result: RecheckResult): RecheckComparison[] {
  return result.comparisons
    .map((c, i) => ({ c, i }))
    .sort((a, b) => STATUS_ORDER[a.c.status] - STATUS_ORDER[b.c.status] || a.i - b.i)
    .map(({ c }) => c);
}

/** The `edu-balance recheck --json` document. */
export function recheckDocument(
  result: RecheckResult,
  profile: StandardsProfile
): Record<string, unknown> {
  const display = DISPLAY(profile);
  const read = result.read;
  const stages: Record<string, unknown> = {};
  for (const stage of STAGES) {
    const st = result.stages[stage];
    stages[stage] = {
      schools: st.schools.map((s) => ({
        name: s.name,
        sheet: s.sheet,
        row: s.row,
        students: s.students,
        values: s.values,
        met: s.met,
        metCount: s.metCount,
        passes: s.passes,
        roundingSensitive: s.roundingSensitive,
        countyPasses: s.countyPasses ?? null,
      })),
      indicators: st.indicators,
      schoolsPassing: st.schoolsPassing,
      schoolsPassingBounds: st.schoolsPassingBounds,
      cvsPass: st.cvsPass,
      ...(st.compositeCv !== undefined ? { compositeCv: st.compositeCv } : {}),
      leftOut: st.leftOut,
    };
  }
  const warnings = [...read.issues, ...result.notes].filter((i) => i.severity === "warning");
  return jsonSafe({
    profile: result.profile,
    source: {
      valueSheets: read.valueSheets,
      officialLayout: read.officialLayout,
      figureSheets: read.figures.map((f) => ({ sheet: f.sheet, table: f.kind })),
      countSheets: read.counts.map((f) => f.sheet),
      missingIndicators: read.missingIndicators,
    },
    tolerance: {
      valueDecimals: display.valueDecimals,
      meanDecimals: display.valueDecimals,
      cvDecimals: display.cvDecimals,
      shareDecimals: 1,
      rule: RECHECK_TOLERANCE_RULE,
      ruleEn: RECHECK_TOLERANCE_RULE_EN,
    },
    stages,
    summary: { compared: result.comparisons.length, ...result.counts },
    comparisons: sortedComparisons(result).map((c) => ({
      ...c,
      message: renderComparison(c, "zh", display),
      messageEn: renderComparison(c, "en", display),
    })),
    issues: read.issues.filter((i) => i.severity === "error").map((i) => ({ ...i })),
    warnings: warnings.map((w) => w.message),
  }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------
// The 复核 sheet
// ---------------------------------------------------------------------------

export const RECHECK_SHEET_NAME = T.sheet;

const STATUS_STYLE: Readonly<Record<RecheckStatus, CellStyle>> = {
  same: "pass",
  consistent: "borderline",
  different: "fail",
};

export interface RecheckSheetOptions {
  /** The file re-checked, named on the sheet. */
  sourceName: string;
}

/** The conclusion line: how many county figures differ. */
export function recheckConclusion(result: RecheckResult): string {
  const { same, consistent, different } = result.counts;
  const total = same + consistent + different;
  if (total === 0) return T.conclusionNone;
  if (different === 0) return fill(T.conclusionSame, { total, same, consistent });
  return fill(T.conclusionDifferent, { total, different, same, consistent });
}

function verdictText(v: boolean | null | undefined, yes = T.pass, no = T.fail): string {
  return v === null || v === undefined ? "—" : v ? yes : no;
}

function figureCell(
  c: RecheckComparison,
  which: "county" | "recomputed",
  decimals: number
): ReportCell {
  const v = c[which];
  if (typeof v === "boolean")
    return cell(c.item === "schoolVerdict" ? (v ? T.yes : T.no) : v ? T.pass : T.fail);
  // The county's figure as written; the recomputed one two decimals beyond the form's.
  if (which === "county") return cell(v, "text");
  return num(v, decimalsFormat(decimals));
}

export function buildRecheckSheet(
  result: RecheckResult,
  profile: StandardsProfile,
  options: RecheckSheetOptions
): ReportSheet {
  const display = DISPLAY(profile);
  const ids = result.indicators;
  const width = Math.max(11, 4 + ids.length + 4);
  const widths = Array.from({ length: width }, (_, i) =>
    i === 2 ? 24 : i === width - 1 ? 40 : 12
  );
  const b = new SheetBuilder(widths);
  const read = result.read;
  b.top(
    fill(T.top, {
      source: options.sourceName,
      sheets: read.valueSheets.map((s) => `「${s}」`).join("、"),
    }),
    fill(T.subtitle, { profile: result.profileName, conclusion: recheckConclusion(result) }),
    undefined
  );
  b.wide(RECHECK_TOLERANCE_RULE, "note");
  b.blank();

  // 一、与县报数的比较: differences first, then those within rounding; the same are counted.
  b.wide(T.section1, "total");
  b.header([...T.header1]);
  const listed = sortedComparisons(result).filter((c) => c.status !== "same");
  for (const c of listed) {
    const d =
      c.item === "cv"
        ? display.cvDecimals + 2
        : c.item === "mean"
          ? display.valueDecimals + 2
          : c.item.endsWith("Share")
            ? 2
            : 0;
    const range =
      c.tolerance !== undefined
        ? `±${formatNumber(c.tolerance, Math.max(d, 4))}`
        : c.bounds
          ? `${formatNumber(c.bounds.low, d)}–${formatNumber(c.bounds.high, d)}`
          : typeof c.county === "boolean" && c.status === "consistent"
            ? T.mayDiffer
            : "";
    b.row([
      cell(RECHECK_STATUS_NAMES[c.status].zh, STATUS_STYLE[c.status]),
      cell(c.sheet),
      cell(c.cell),
      cell(RECHECK_TABLE_NAMES[c.table].zh),
      cell(STAGE_NAMES[c.stage]),
      cell(c.school ?? ""),
      cell(c.indicator ? INDICATORS[c.indicator].shortName : ""),
      cell(RECHECK_ITEM_NAMES[c.item].zh),
      figureCell(c, "county", d),
      figureCell(c, "recomputed", d),
      cell(range),
    ]);
  }
  if (listed.length === 0)
    b.wide(
      result.comparisons.length === 0
        ? T.noneCompared
        : fill(T.allSame, { n: result.comparisons.length }),
      "text"
    );
  b.blank();

  // 二、各学段的全县平均值和差异系数（复核）
  b.wide(T.section2, "total");
  b.header([...T.header2]);
  for (const stage of STAGES) {
    const st = result.stages[stage];
    for (const id of ids) {
      const ind = st.indicators[id];
      if (!ind) continue;
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(INDICATORS[id].name),
        ind.threshold === null ? cell("—") : cell(formatThreshold(ind.threshold)),
        cell(ind.schoolsMeeting === null ? "—" : `${ind.schoolsMeeting}/${st.schools.length}`),
        num(ind.countyValue, NUMBER_FORMATS.value),
        num(ind.meanTolerance, "0.0000"),
        num(ind.cv, NUMBER_FORMATS.cv, ind.cvPasses === false ? "fail" : "text"),
        num(ind.cvTolerance, "0.0000"),
        num(ind.cvLimit, NUMBER_FORMATS.cvLimit),
        ind.cvPasses === null
          ? cell("—")
          : cell(verdictText(ind.cvPasses), ind.cvPasses ? "pass" : "fail"),
        cell(st.leftOut > 0 ? fill(T.leftOut, { n: st.leftOut }) : ""),
      ]);
    }
    if (st.schools.length === 0) b.wide(fill(T.noSchools, { stage: STAGE_NAMES[stage] }), "text");
  }
  b.blank();

  // 三、各校达标（复核）
  b.wide(T.section3, "total");
  b.header([...T.header3Before, ...ids.map((id) => INDICATORS[id].shortName), ...T.header3After]);
  for (const stage of STAGES) {
    for (const s of result.stages[stage].schools) {
      const compared = result.comparisons.find(
        (c) =>
          c.item === "schoolVerdict" &&
          c.sheet === s.sheet &&
          c.school === s.name &&
          c.stage === stage
      );
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(s.row, "text", { numFmt: NUMBER_FORMATS.whole }),
        cell(s.name),
        cell(s.students, "text", { numFmt: NUMBER_FORMATS.integer }),
        ...ids.map((id) => {
          const v = s.values[id];
          return v === undefined
            ? cell("—")
            : num(v, NUMBER_FORMATS.value, s.met[id] === false ? "fail" : "text");
        }),
        cell(s.metCount === null ? "—" : s.metCount, "text"),
        s.passes === null
          ? cell("—")
          : cell(verdictText(s.passes, T.yes, T.no), s.passes ? "pass" : "fail"),
        cell(verdictText(s.countyPasses, T.yes, T.no)),
        compared
          ? cell(RECHECK_STATUS_NAMES[compared.status].zh, STATUS_STYLE[compared.status])
          : cell(s.roundingSensitive ? T.roundingSensitive : ""),
      ]);
    }
  }

  const problems = [...read.issues, ...result.notes];
  if (problems.length > 0) {
    b.blank();
    b.wide(T.section4, "total");
    for (const p of problems) b.wide(p.message, p.severity === "error" ? "fail" : "note");
  }
  return b.build("recheck", RECHECK_SHEET_NAME, {
    print: { landscape: true, fitToWidth: true, footer: PAGE_FOOTER },
  });
}

/** The workbook `edu-balance recheck --out` writes: the one 复核 sheet. */
export function buildRecheckReport(
  result: RecheckResult,
  profile: StandardsProfile,
  options: RecheckSheetOptions
): ReportWorkbook {
  return { sheets: [buildRecheckSheet(result, profile, options)] };
}
