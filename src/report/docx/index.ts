/**
 * The 自评报告's Word writer, a door of its own beside src/report/index.ts: the `docx` package
 * is large, so the CLI loads it only when it writes the report, and the offline page by dynamic
 * import when the user asks for the download.
 */
export {
  A4,
  MARGINS,
  safeText,
  selfReportToDocx,
  sheetLayout,
  type Rasteriser,
  type SelfReportDocxOptions,
} from "./write";
// The builder too: what the writer writes, loaded with it (the pane's bundle carries neither).
export { buildSelfReport, MAX_CHART_SCHOOLS } from "../selfReport/build";
