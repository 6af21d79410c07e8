/** The zh-CN catalogue: every user-facing word of the core, report, CLI and hosts, by part. */
import { CORE } from "./core";
import { FORM } from "./form";
import { HOST } from "./host";
import { REPORT } from "./report";
import { TOOLS } from "./tools";
import { MONITOR } from "./monitor";
import { PAGE } from "./page";
import { UI } from "./ui";
import { FUNCTIONS } from "./functions";
import { PROFILES } from "./profiles";
import { RULES } from "./rules";
import { FINDINGS } from "./findings";
import { RECHECK } from "./recheck";
import { COLLECT } from "./collect";
import { ALLOWANCES } from "./allowances";
import { READER } from "./reader";
import { COMPARE } from "./compare";
import { COMPARE_INPUT } from "./compareInput";
import { SELF_REPORT } from "./selfReport";

export const ZH_CN = {
  /** src/core: the assessment's words not in the older message tables. */
  core: CORE,
  /** src/report/official.ts: the national 申报表 (表Ⅰ–表Ⅵ) as printed. */
  form: FORM,
  /** src/report: the working sheets (汇总, 学校达标情况, 差异系数, 班额, 数据问题, charts…). */
  report: REPORT,
  /** src/report: the sheets of the tools (补差测算, 复核抽样, 回收情况, 复核, 批量, one-school form). */
  tools: TOOLS,
  /** src/report/compare.ts: the 监测 workbook (年度对比, 学校变化, 预警) and the words of the year-over-year events. */
  monitor: MONITOR,
  /** src/workbook, src/functions, src/taskpane, src/page, src/ui: the hosts' remaining words. */
  host: HOST,
  /** src/ui: the wizard's words, in the task pane and on the offline page. */
  ui: UI,
  /** src/page: the offline page's own words around the wizard. */
  page: PAGE,
  /** src/core/table: the reader's coded messages, where they are, the phrases they are built from. */
  reader: READER,
  allowances: ALLOWANCES,
  collect: COLLECT,
  recheck: RECHECK,
  /** src/core/messages.ts: the words of the core's coded findings. */
  findings: FINDINGS,
  rules: RULES,
  profiles: PROFILES,
  functions: FUNCTIONS,
  /** src/core/compare: the year-over-year comparison's events and early warning (issue 25). */
  compare: COMPARE,
  /** src/core/compare: the inputs of the year-over-year comparison (renames, years). */
  compareInput: COMPARE_INPUT,
  /** src/report/selfReport, src/report/docx: the 自评报告（初稿） and its Word writer (issue 26). */
  selfReport: SELF_REPORT,
};
