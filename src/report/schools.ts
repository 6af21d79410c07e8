/**
 * 学校达标情况 (表Ⅱ): one row per school and stage part, failing values marked, and the
 * words for what a school lacks (the 说明 column and the CLI's summary).
 */
import {
  formatNumber,
  formatPrecise,
  formatPercent,
  formatThreshold,
  indicatorDecimals,
  type IndicatorId,
  INDICATORS,
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  PARTIAL_WORDS,
  roundTo,
  SCHOOL_TYPE_NAMES,
  type SchoolRule,
  type SchoolStageAssessment,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
} from "../core";
import { REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { decimalsFormat } from "./formats";
import type { ReportCell, ReportSheet } from "./model";
import { cell, num, SheetBuilder, thresholdCell, verdictCell } from "./sheet";
import { fill, ZH } from "../i18n";

const T = ZH.report.schools;

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

/** "差 0.35（8.3%）": what a value lacks, absolute and relative to the threshold. */
export function shortfallText(threshold: number, value: number): string {
  const absolute = threshold - value;
  // A shortfall too small for 2 decimals (2.2977 against 2.3) gets the digits that show it, never "差 0.00".
  let decimals = 2;
  while (decimals < 6 && roundTo(absolute, decimals) === 0) decimals++;
  return fill(T.shortfall, {
    absolute: formatNumber(absolute, decimals),
    relative: formatPercent(absolute / threshold),
  });
}

function valueCell(
  s: SchoolStageAssessment,
  id: IndicatorId,
  threshold: number | null,
  ctx: ReportContext
): ReportCell {
  // A partial table: no value, never 0.
  if (s.values[id] === undefined) return cell(PARTIAL_WORDS.notComputed.zh, "missing");
  const value = s.values[id] as number;
  const decimals = indicatorDecimals(id, ctx.profile.display.valueDecimals);
  const met = s.met[id];
  // No threshold (2012), or no verdict on it: the value as it is.
  if (threshold === null || met === undefined) return num(value, decimalsFormat(decimals));
  const floor = ctx.profile.schoolRule?.floor ?? 1;
  if (s.borderlineIndicators.includes(id)) {
    // §1.3: where rounding for display would flip a verdict, say so (the core decided which).
    const why = met
      ? T.borderlineMet
      : fill(T.borderlineFailed, { shortfall: shortfallText(threshold, value) });
    return num(
      value,
      decimalsFormat(decimals),
      "borderline",
      fill(T.borderline, {
        shown: formatNumber(value, decimals),
        actual: formatPrecise(value),
        threshold: formatThreshold(threshold),
        why,
      })
    );
  }
  if (met) return num(value, decimalsFormat(decimals));
  const belowFloor = s.belowFloor.includes(id);
  const note =
    fill(T.failNote, {
      threshold: formatThreshold(threshold),
      shortfall: shortfallText(threshold, value),
    }) + (belowFloor ? fill(T.belowFloor, { floor: formatNumber(floor * 100, 0) }) : "");
  return num(value, decimalsFormat(decimals), "fail", note);
}

/** What a school lacks, for the 说明 column and the CLI's summary. */
export function schoolShortfallText(s: SchoolStageAssessment, profile: StandardsProfile): string {
  // Without a school rule (2012) a school has no shortfall to say.
  const rule = profile.schoolRule;
  if (s.shortfalls.length === 0 || rule === undefined || s.metCount === null) return "";
  const parts = s.shortfalls.map((f) =>
    fill(T.indicatorShortfall, {
      indicator: INDICATORS[f.indicator].shortName,
      shortfall: shortfallText(f.threshold, f.value),
    })
  );
  const floor = rule.floor;
  const lowFloor = s.belowFloor.map((id) => INDICATORS[id].shortName);
  const reasons: string[] = [];
  if (s.metCount < rule.minMet)
    reasons.push(fill(T.onlyMet, { n: s.metCount, minMet: rule.minMet }));
  if (lowFloor.length > 0)
    reasons.push(
      fill(T.lowFloor, { list: lowFloor.join("、"), floor: formatNumber(floor * 100, 0) })
    );
  const head = s.passes
    ? fill(T.withinAllowance, { n: s.shortfalls.length })
    : fill(T.failed, { reasons: reasons.join("；") });
  return fill(T.shortfallText, { head, parts: parts.join("；") });
}

export function schoolsSheet(ctx: ReportContext): ReportSheet {
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
  b.top(rule ? T.title : T.titleNoRule, ctx.subtitle, ctx.notice, [
    ...T.headers,
    ...ids.map((id) => INDICATORS[id].shortName),
    ...(rule ? T.ruleHeaders : []),
    T.note,
  ]);
  let index = 0;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const thresholds = ids.map((id) => sa.indicators[id]?.threshold ?? null);
    const standards: ReportCell[] = [];
    standards[C.index] = cell("");
    standards[C.stage] = cell(STAGE_NAMES[stage], "total");
    standards[C.name] = cell(fill(T.standards, { stage: STAGE_NAMES[stage] }), "total");
    for (const c of [C.type, C.locale, C.group, C.students]) standards[c] = cell("", "total");
    thresholds.forEach((t, i) => {
      standards[C.firstValue + i] = thresholdCell(t, "total");
    });
    if (sa.missingIndicators) {
      if (rule) {
        standards[C.metCount] = cell(`≥ ${rule.minMet}`, "total");
        standards[C.verdict] = cell("", "total");
      }
      standards[C.note] = cell(PARTIAL_WORDS.schoolsNotJudged.zh, "total");
    } else if (rule) {
      standards[C.metCount] = cell(`≥ ${rule.minMet}`, "total");
      standards[C.verdict] = cell("", "total");
      standards[C.note] = cell(
        fill(T.floor, { floor: formatNumber(rule.floor * 100, 0) }),
        "total"
      );
    } else {
      standards[C.note] = cell(fill(T.noRule, { profile: profile.name }), "total");
    }
    b.row(standards);
    if (sa.schools.length === 0) {
      b.row([
        cell(""),
        cell(STAGE_NAMES[stage]),
        cell(fill(T.noSchools, { stage: STAGE_NAMES[stage] })),
      ]);
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
        row[C.metCount] = cell(s.metCount, s.metCount >= rule.minMet ? "text" : "fail");
        row[C.verdict] = s.verdictBorderline
          ? verdictCell(s.passes, "borderline", T.verdictBorderline)
          : verdictCell(s.passes);
      } else if (rule) {
        // A partial table: no school verdict (无法判定), never a fail.
        row[C.metCount] = cell("—");
        row[C.verdict] = verdictCell(null);
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
    totals[C.name] = cell(fill(T.countyMean, { stage: STAGE_NAMES[stage] }), "total");
    totals[C.type] = cell("", "total");
    totals[C.locale] = cell("", "total");
    totals[C.group] = cell("", "total");
    totals[C.students] = cell(
      sa.schools.reduce((sum, s) => sum + s.students, 0),
      "total"
    );
    ids.forEach((id, i) => {
      totals[C.firstValue + i] = sa.indicators[id]?.missingFields
        ? cell(PARTIAL_WORDS.notComputed.zh, "missing")
        : num(
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
      totals[C.note] = cell(
        fill(T.passing, { n: sa.schools.length, passing: sa.schoolsPassing }),
        "total"
      );
    } else {
      if (rule) {
        totals[C.metCount] = cell("", "total");
        totals[C.verdict] = verdictCell(null);
      }
      totals[C.note] = cell(fill(T.schoolCount, { n: sa.schools.length }), "total");
    }
    b.row(totals);
  }
  return b.build("schools", REPORT_SHEET_NAMES.schools);
}
