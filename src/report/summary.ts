/**
 * 汇总: the resource verdicts per stage, class size, school size, rooms and data problems;
 * then (appendMissing) what the official tables still lack.
 */
import {
  formatNumber,
  PARTIAL_WORDS,
  partialTableFinding,
  renderFinding,
  schoolSizeLimits,
  type Stage,
} from "../core";
import { balanceKind, REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { NOT_FILLED } from "./formats";
import type { CellStyle, ReportCell, ReportSheet } from "./model";
import type { MissingFigure } from "./official";
import { cell, SheetBuilder, verdictCell } from "./sheet";
import { compositeCell } from "./variation";
import { fill, ZH } from "../i18n";

const T = ZH.report.summary;

function names(list: readonly string[]): string {
  return list.length === 0 ? T.none : list.join("、");
}

export function summarySheet(ctx: ReportContext): ReportSheet {
  const { a, read } = ctx;
  const b = new SheetBuilder([30, 26, 26, 50]);
  b.top(fill(T.title, { kind: balanceKind(ctx.profile) }), ctx.subtitle, ctx.notice, [
    ...T.headers,
  ]);

  const perStage = (label: string, f: (stage: Stage) => ReportCell, note = ""): void => {
    b.row([cell(label), f("primary"), f("junior"), cell(note)]);
  };
  const st = a.stages;
  const n = ctx.ids.length;
  const rule = ctx.profile.schoolRule;
  const limits = ctx.profile.countyRule.limits;
  perStage(T.schoolsCounted, (s) => cell(st[s].schools.length), T.schoolsCountedNote);
  if (rule) {
    perStage(
      T.schoolsPassing,
      (s) =>
        st[s].schoolsPassing === null
          ? verdictCell(null)
          : cell(
              st[s].schoolsPassing,
              st[s].schoolsPassing === st[s].schools.length ? "pass" : "fail"
            ),
      fill(T.schoolsPassingNote, {
        n,
        minMet: rule.minMet,
        floor: formatNumber(rule.floor * 100, 0),
      })
    );
    perStage(T.schoolsFailing, (s) => {
      const failing = st[s].schools.filter((x) => x.passes === false).map((x) => x.name);
      return cell(names(failing), failing.length === 0 ? "pass" : "fail");
    });
  }
  if (ctx.profile.countyRule.kind === "each") {
    perStage(
      T.cvMet,
      (s) => {
        const ok = ctx.ids.filter((id) => st[s].indicators[id]?.cvPasses === true).length;
        const missing = st[s].missingIndicators?.length ?? 0;
        if (missing > 0)
          return cell(
            fill(T.cvMetPartial, { ok, n, missing, words: PARTIAL_WORDS.notComputed.zh }),
            "missing"
          );
        return cell(`${ok} / ${n}`, ok === n ? "pass" : "fail");
      },
      fill(T.cvLimits, { primary: limits.primary, junior: limits.junior })
    );
    perStage(
      T.resourceVerdict,
      (s) => verdictCell(st[s].passes),
      fill(T.resourceVerdictNote, { n })
    );
  } else {
    perStage(
      T.composite,
      (s) => compositeCell(st[s], ctx.profile),
      fill(T.compositeNote, { n, primary: limits.primary, junior: limits.junior })
    );
    perStage(
      T.resourceVerdict,
      (s) => verdictCell(st[s].passes),
      rule ? T.compositeVerdictNote : T.compositeOnlyNote
    );
  }

  const cs = a.classSize;
  if (cs) {
    perStage(T.classes, (s) => cell(cs[s].classes), T.classesNote);
    perStage(
      T.overLimit,
      (s) => cell(cs[s].overLimit, cs[s].overLimit === 0 ? "pass" : "fail"),
      fill(T.overLimitNote, {
        primary: ctx.profile.classSize.limits.primary,
        junior: ctx.profile.classSize.limits.junior,
      })
    );
    perStage(
      fill(T.large, { n: ctx.profile.classSize.bands.veryLarge }),
      (s) => cell(cs[s].largeClasses, cs[s].largeClasses === 0 ? "pass" : "fail"),
      T.largeNote
    );
    perStage(fill(T.superLarge, { n: ctx.profile.classSize.bands.superLarge }), (s) =>
      cell(cs[s].superLargeClasses, cs[s].superLargeClasses === 0 ? "pass" : "fail")
    );
    perStage(T.classVerdict, (s) => verdictCell(cs[s].passes));
  } else {
    const r = b.row([cell(T.classSize), cell(T.noClassTable), cell(""), cell("")]);
    b.merge(r, 1, r, 2);
  }

  const across = (label: string, value: string, style: CellStyle, note = ""): void => {
    const r = b.row([cell(label), cell(value, style), cell("", style), cell(note)]);
    b.merge(r, 1, r, 2);
  };
  across(
    T.oversized,
    names(a.oversizedSchools),
    a.oversizedSchools.length === 0 ? "pass" : "fail",
    renderFinding(schoolSizeLimits(ctx.profile))
  );
  if (a.specialRooms) {
    const short = a.specialRooms.filter((r) => !r.passes).map((r) => r.name);
    across(
      T.roomsShort,
      names(short),
      short.length === 0 ? "pass" : "fail",
      fill(T.roomsNote, { n: ctx.profile.specialRooms.classesPerRoom })
    );
  } else {
    across(T.rooms, T.noRooms, "text");
  }
  across(
    T.excluded,
    a.excluded.length === 0 ? T.none : a.excluded.map((e) => e.name).join("、"),
    "text",
    a.excluded
      .map((e) => fill(T.excludedReason, { name: e.name, reason: renderFinding(e.reason) }))
      .join("；")
  );
  const errors = read.issues.filter((i) => i.severity === "error").length;
  const warnings = read.issues.filter((i) => i.severity === "warning").length + a.findings.length;
  across(
    T.issues,
    errors + warnings === 0 ? T.none : fill(T.issuesCount, { errors, warnings }),
    errors > 0 ? "fail" : "text",
    errors + warnings === 0 ? "" : fill(T.issuesNote, { sheet: REPORT_SHEET_NAMES.issues })
  );
  // A partial table: what it lacks and what that prevents (the core's words).
  const partial = partialTableFinding(a);
  if (partial) {
    const count = (stage: Stage): string =>
      partial[stage].length === 0 ? "" : fill(T.partialCount, { n: partial[stage].length });
    perStage(
      T.partial,
      (s) => cell(count(s) || T.none, count(s) ? "missing" : "text"),
      renderFinding(partial)
    );
  }
  across(
    T.completeness,
    ctx.notice ? T.incomplete : T.complete,
    ctx.notice ? "fail" : "pass",
    ctx.notice ?? ""
  );
  return b.build("summary", REPORT_SHEET_NAMES.summary);
}

/** 汇总's list of what the official tables still lack, by table and column. */
export function appendMissing(summary: ReportSheet, missing: readonly MissingFigure[]): void {
  const b = SheetBuilder.extending(summary);
  b.blank();
  b.wide(
    missing.length === 0
      ? T.missingNone
      : fill(T.missingSome, { n: missing.length, notFilled: NOT_FILLED }),
    missing.length === 0 ? "pass" : "total"
  );
  if (missing.length === 0) return;
  b.header([...T.missingHeaders, ""]);
  for (const m of missing)
    b.row([cell(m.table), cell(m.column, "missing"), cell(m.where), cell("")]);
}
