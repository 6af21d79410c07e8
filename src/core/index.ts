/**
 * The core's public API: what the CLI, the custom functions, the task pane and
 * the report import. Other parts add their export lines here.
 */
export * from "./types";
export * from "./profiles";
export * from "./rules";
export * from "./indicators";
export * from "./vocabulary";
export * from "./errors";
export * from "./schoolValues";
export { assess, assessTable } from "./assess";
export type { AssessOptions } from "./assess";
export { readWorkbook, recogniseSheets } from "./table";
export type { SheetKind, SheetRecognition } from "./table";
export { columnLetter, columnIndex, templateHeaders, schoolFieldRules } from "./table";
export type { ReadWorkbookOptions } from "./table";
export * from "./county";
export { countyTemplateRows, COUNTY_SHEET_NAME, COUNTY_TEMPLATE_HEADERS } from "./table";
export * from "./planning";
