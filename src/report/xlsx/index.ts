/**
 * The report's exceljs writers, a door of their own beside src/report/index.ts: exceljs is
 * large, so the CLI loads this only when it writes a workbook (src/cli/xlsx.ts, imported
 * lazily), the offline page bundles it for its downloads, and the task pane (Office.js)
 * never does.
 */
export { reportToXlsxBytes } from "./report";
export { templateToXlsxBytes } from "./template";
export { schoolFormToXlsxBytes } from "./schoolForm";
export { collectionToXlsxBytes } from "./collect";
export { formulaTemplateSheet } from "../formulaTemplate";
