/**
 * What the wizard asks of the workbook. The shared UI (src/ui/) only sees this interface;
 * each host implements it: the task pane with Excel.run (src/taskpane/excel/), the offline
 * page over a picked file (src/page/fileGateway.ts), and component tests with a stand-in.
 */
import { type Collection, type SheetCells, type SheetRecognition } from "../core";
import type { CountyTemplate, ReportWorkbook, TemplateColumn } from "../report";
import type { UnplugChange, UnplugRefusal } from "../workbook/unplug";

/** Where the school table is. "activeSheet" and "selection" are resolved to a sheet or range when read. */
export type SchoolSource =
  | { kind: "activeSheet" }
  | { kind: "selection" }
  | { kind: "sheet"; sheet: string }
  | { kind: "range"; sheet: string; address: string };

export interface SourceChoice {
  school: SchoolSource;
  /** The class sheet (班级), or null for none. */
  classSheet: string | null;
  /** The county sheet (县级指标), or null for none; read in the same request as the school table. */
  countySheet?: string | null;
}

/** 复核抽样 settings, remembered so that the city draws the same list from the same workbook. */
export interface SampleSettings {
  seed: number;
  /** A fraction in (0, 1]. */
  share: number;
}

/** What the wizard remembers in the workbook so the next run is one click. */
export interface SavedSetup {
  version: 1;
  /** Always resolved: a sheet or a fixed range, never "whatever is active". */
  school: Extract<SchoolSource, { kind: "sheet" } | { kind: "range" }>;
  classSheet: string | null;
  /** field → column letter, as readWorkbook's options.overrides. */
  overrides: Record<string, string>;
  savedAt: string;
  /** The county sheet, or null for none; absent in setups saved before it existed (then it is detected). */
  countySheet?: string | null;
  /** The standards profile's id (PROFILES); absent means the default. */
  profile?: string;
  sample?: SampleSettings;
}

export interface WorkbookOverview {
  sheets: { name: string; visible: boolean }[];
  activeSheet: string;
  /** The selected range, e.g. "B3:F40", on `selectionSheet`; undefined when unknown. */
  selectionAddress?: string;
  selectionSheet?: string;
  saved: SavedSetup | null;
  /** The workbook's file name (示例县2025.xlsx), when the host knows it: this year's name in 与往年比较. */
  fileName?: string;
  /** The sheet that reads as a county sheet (县级指标) by its content, when one does. */
  countySheet?: string;
  /** The school, class and county sheets as their content shows them (absent when Excel refused the windows). */
  recognised?: SheetRecognition;
}

export interface SourceData {
  school: SheetCells;
  classes: SheetCells | null;
  /** The county sheet's cells, when one was chosen. */
  county?: SheetCells | null;
  /** The school source resolved to a sheet or a range: what the setup remembers. */
  resolved: SavedSetup["school"];
}

export interface WrittenSheet {
  /** ReportSheet.id */
  id: string;
  /** The name it got: the report's name, or with a suffix when a user's sheet has that name. */
  name: string;
  /** True when an earlier report sheet of the add-in was replaced. */
  replaced: boolean;
}

export interface TemplateResult {
  schoolSheet: string;
  classSheet: string;
  /** The county sheet, when it was asked for. */
  countySheet?: string;
}

/** The template's columns and county sheet, as src/report/template.ts describes them. */
export type { CountyTemplate, TemplateColumn };

/**
 * The schools' one-school forms (issue 23 §6) in the task pane: files the user picks on this
 * computer are read in the pane (nothing leaves the machine), collected by the wizard, and
 * the county table with 回收情况 is written as new sheets of the add-in's own.
 */
export interface FormsGateway {
  /** A picked local file's sheets; rejects with an EduError when it cannot be read. */
  readFile(file: File): Promise<SheetCells[]>;
  /** The collected county table and 回收情况, as new sheets (never over a user's sheet). */
  writeCollection(collection: Collection): Promise<WrittenSheet[]>;
}

/** One EDU.* formula and its native form, and one that cannot be rewritten: the converter's own types. */
export type { UnplugChange, UnplugRefusal };

export interface UnplugPlan {
  changes: UnplugChange[];
  refusals: UnplugRefusal[];
}

/**
 * 转换为普通公式 (issue 27 §2): every EDU.* formula of the workbook rewritten into plain worksheet
 * functions. The offline page converts the picked file's bytes and downloads a copy ("copy");
 * the task pane rewrites only those cells of the open workbook, after the user confirms ("inPlace").
 */
export interface UnplugGateway {
  mode: "copy" | "inPlace";
  /** What would change; "notXlsx" when the file is not an .xlsx (the page: .xls, .et, .csv). Writes nothing. */
  plan(): Promise<UnplugPlan | "notXlsx">;
  /**
   * Applies a plan with no refusal: the page downloads the converted copy (its file name is
   * returned), the pane writes the listed cells' formulas. Rejects, writing nothing, when the
   * workbook no longer holds what the plan lists.
   */
  apply(plan: UnplugPlan): Promise<{ fileName?: string }>;
}

export interface WorkbookGateway {
  inspect(): Promise<WorkbookOverview>;
  readSources(choice: SourceChoice): Promise<SourceData>;
  /** The school and class sheets, and the county sheet when `county` is given. */
  createTemplate(
    school: TemplateColumn[],
    classes: TemplateColumn[],
    county?: CountyTemplate
  ): Promise<TemplateResult>;
  /** Activates the sheet and selects the cell (or row, or column) an issue names. */
  selectCell(sheet: string, row?: number, column?: string): Promise<void>;
  saveSetup(setup: SavedSetup): Promise<void>;
  /** Collecting several schools' forms into the workbook (the pane); absent: not offered. */
  forms?: FormsGateway;
  /** 转换为普通公式; absent: not offered (a table the page collected from forms). */
  unplug?: UnplugGateway;
  /** onProgress(done, total, sheet) before each sheet is written. */
  writeReport(
    report: ReportWorkbook,
    onProgress?: (done: number, total: number, sheet: string) => void,
    signal?: AbortSignal
  ): Promise<WrittenSheet[]>;
}

/** The code of the error a gateway's writeReport rejects with when its signal was aborted (the wizard's 取消). */
export const WRITE_CANCELLED = "writeCancelled";
