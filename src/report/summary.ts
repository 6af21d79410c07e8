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

function names(list: readonly string[]): string {
  return list.length === 0 ? "无" : list.join("、");
}

export function summarySheet(ctx: ReportContext): ReportSheet {
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
        st[s].schoolsPassing === null
          ? verdictCell(null)
          : cell(
              st[s].schoolsPassing,
              st[s].schoolsPassing === st[s].schools.length ? "pass" : "fail"
            ),
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
        const missing = st[s].missingIndicators?.length ?? 0;
        if (missing > 0)
          return cell(`${ok} / ${n}（${missing} 项${PARTIAL_WORDS.notComputed.zh}）`, "missing");
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
  // A partial table: what it lacks and what that prevents (the core's words).
  const partial = partialTableFinding(a);
  if (partial) {
    const count = (stage: Stage): string =>
      partial[stage].length === 0 ? "" : `${partial[stage].length} 项`;
    perStage(
      "缺列未计算的指标",
      (s) => cell(count(s) || "无", count(s) ? "missing" : "text"),
      renderFinding(partial)
    );
  }
  across(
    "数据完整性",
    ctx.notice ? "数据不完整" : "完整",
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
      ? "申报表（表Ⅰ–表Ⅵ）各栏均已填写"
      : `申报表（表Ⅰ–表Ⅵ）尚待填写 ${missing.length} 项（在申报表中显示为“${NOT_FILLED}”）`,
    missing.length === 0 ? "pass" : "total"
  );
  if (missing.length === 0) return;
  b.header(["表", "栏目", "在哪里填写", ""]);
  for (const m of missing)
    b.row([cell(m.table), cell(m.column, "missing"), cell(m.where), cell("")]);
}
