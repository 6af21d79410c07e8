/** 数据问题: the reader's issues and the assessment's findings, one row each. */
import { type InputIssue, renderFindings } from "../core";
import { REPORT_SHEET_NAMES, type ReportContext } from "./context";
import type { ReportSheet } from "./model";
import { cell, SheetBuilder } from "./sheet";
import { ZH } from "../i18n";

const T = ZH.report.issues;

export function issuesSheet(ctx: ReportContext): ReportSheet | undefined {
  const issues: InputIssue[] = ctx.read.issues;
  if (issues.length === 0 && ctx.a.findings.length === 0) return undefined;
  const b = new SheetBuilder([6, 8, 16, 6, 6, 22, 80]);
  b.top(T.title, ctx.subtitle, ctx.notice, [...T.headers]);
  let i = 0;
  for (const issue of issues) {
    i++;
    const error = issue.severity === "error";
    b.row([
      cell(i),
      cell(error ? T.error : T.warning, error ? "fail" : "borderline"),
      cell(issue.sheet),
      cell(issue.row ?? ""),
      cell(issue.column ?? ""),
      cell(issue.school ?? ""),
      cell(issue.message),
    ]);
  }
  for (const w of renderFindings(ctx.a.findings)) {
    i++;
    b.row([cell(i), cell(T.hint, "borderline"), cell(""), cell(""), cell(""), cell(""), cell(w)]);
  }
  return b.build("issues", REPORT_SHEET_NAMES.issues);
}
