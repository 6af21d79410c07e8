/**
 * The report's public surface: what the hosts (src/cli, src/taskpane, src/page) use of it.
 * They import the report through this file only (eslint.config.mjs and
 * test/report/surface.test.ts check it), as they use the core through src/core/index.ts.
 * The exceljs writers have a door of their own, src/report/xlsx/index.ts: exceljs is large,
 * so the CLI loads it only when it writes a workbook and the task pane never bundles it.
 */

// --- the report model, its palette and layout (both writers render it) --------------
export type {
  CellStyle,
  ChartSpec,
  ReportCell,
  ReportColumn,
  ReportSheet,
  ReportValue,
  ReportWorkbook,
} from "./model";
export {
  BODY_FONT_SIZE,
  BORDER_COLOR,
  fontSizeOf,
  NOT_FILLED,
  NUMBER_FORMATS,
  PAGE_FOOTER,
  PALETTE,
  type StyleSpec,
} from "./formats";
export { MAX_ROW_HEIGHT, printScale, rowHeights, textWidth, wrapColumns } from "./layout";
export {
  capCellText,
  cellText,
  EXCEL_MAX_CELL_CHARS,
  escapeOoxmlText,
  looksLikeFormula,
  TRUNCATION_MARK,
} from "./cellText";
export { renameSheetRefs } from "./sheetRefs";

// --- the county's 申报表 -------------------------------------------------------------
export { buildReport, countyIdentity, type BuildReportOptions } from "./build";
export { balanceKind, incompleteNotice, REPORT_SHEET_NAMES, type ReportSheetId } from "./context";
export { schoolShortfallText, shortfallText } from "./schools";
export {
  documentTitle,
  OFFICIAL_SHEET_NAMES,
  SIGNATURE_LINES,
  type CountyIdentity,
  type MissingFigure,
  type OfficialSheetId,
} from "./official";
export { FULL_SUMMARY_TITLE, partSummary, statusText } from "./county";
export { additionText, formatAmount, gapNote, type PlanningSheetId } from "./planning";
export { chartsHtml, type ChartsHtmlInput } from "./chartsHtml";
export { niceScale, type NiceScale } from "./niceScale";

// --- the review sample and the city's summary ------------------------------------------
export {
  buildSampleSheet,
  passWithShortfallNote,
  SAMPLE_SHEET_ID,
  SAMPLE_SHEET_NAME,
  SAMPLE_SHEET_TITLE,
  schoolRuleAllowanceText,
  shareText,
  type SampleSheetOptions,
} from "./sample";
export {
  BATCH_SHEET_NAMES,
  buildBatchReport,
  countyRow,
  failingSchoolNames,
  failingSchoolsText,
  skippedCountyRow,
  type BatchReportOptions,
  type CountyRow,
  type CountyStageRow,
} from "./batch";

// --- the reviewer's re-check of a county's 表Ⅱ-2 (issue 23 item 8) --------------------
export {
  buildRecheckReport,
  buildRecheckSheet,
  recheckConclusion,
  recheckDocument,
  RECHECK_SHEET_NAME,
  RECHECK_TOLERANCE_RULE,
  RECHECK_TOLERANCE_RULE_EN,
  sortedComparisons,
  type RecheckSheetOptions,
} from "./recheck";

// --- the JSON document ----------------------------------------------------------------
export {
  assessDocument,
  assessJsonText,
  assessmentDocument,
  assessmentJson,
  documentWarnings,
  escapeC1,
  jsonSafe,
  jsonText,
  type AssessmentJson,
} from "./json";
export { compareDocument, compareJson, compareJsonText } from "./compareJson";
export {
  breakdownsJson,
  gapsJson,
  planningDocument,
  planningJson,
  type PlanningJson,
} from "./planningJson";

// --- the one-school form (一校一表) and collecting it ----------------------------------
export {
  SCHOOL_FORM_SHEET,
  SCHOOL_FORM_WIDTHS,
  schoolFormSpec,
  type SchoolFormItem,
  type SchoolFormSpec,
} from "./schoolForm";
export {
  COLLECTED_SHEET_ID,
  collectionReport,
  RECEIPT_SHEET,
  RECEIPT_SHEET_ID,
  RECEIPT_WIDTHS,
  receiptCounts,
  receiptRows,
  receiptSummary,
  STATUS_TEXT,
  type ReceiptRow,
} from "./collect";

// --- the empty data template (the task pane writes it with Office.js) ------------------
export {
  COUNTY_TEMPLATE_LISTS,
  COUNTY_WIDTHS,
  countyFigureRule,
  countyValueFormat,
  TEMPLATE_LISTS,
  TEMPLATE_ROWS,
  templateColumnRule,
  templateNumberFormat,
  templateSpec,
  templateWidth,
  type CountyTemplate,
  type TemplateColumn,
  type TemplateRule,
  type TemplateSpec,
} from "./template";
// The formula template's size (its builder, formulaTemplateSheet, is behind the xlsx door).
export { FORMULA_TEMPLATE_CLASSES, FORMULA_TEMPLATE_SCHOOLS } from "./formulaTemplateSize";
export type { FormulaTemplateLayout, FormulaTemplateSheet } from "./formulaTemplate";
export {
  buildCompareReport,
  buildSchoolsSheet,
  buildTrendSheet,
  buildWarningsSheet,
  countyItemFigures,
  eventKindName,
  eventsByUrgency,
  eventText,
  EVENT_STYLE,
  EVENT_URGENCY,
  MONITOR_SHEET_NAMES,
  warningText,
  WARNING_METHOD,
  watchItems,
  yearsText,
  type CompareLang,
  type CompareReportOptions,
  type WatchItem,
  type WatchLevel,
} from "./compare";
export { compareChartsHtml, type CompareChartsOptions } from "./compareCharts";

// --- the 自评报告（初稿）: its document model (the .docx writer is src/report/docx/) ------
// The 自评报告's builder is behind the docx door (src/report/docx): the pane loads it on a click.
export type { SelfReportOptions } from "./selfReport/build";
export type { DocBlock, DocRun, SelfReport } from "./selfReport/types";
