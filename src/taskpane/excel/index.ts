/**
 * The Excel gateway: the one module of the add-in that calls Excel.run. Every
 * method is one Excel.run, i.e. one batched conversation with the workbook.
 */
import type { Collection } from "../../core";
import { collectionReport, type ReportWorkbook } from "../../report";
import { inspectWorkbook, readSources, selectIssueCell } from "./read";
import { loadSetup, saveSetup } from "./settings";
import { createTemplate } from "./template";
import type {
  CountyTemplate,
  SavedSetup,
  SourceChoice,
  TemplateColumn,
  UnplugPlan,
  WorkbookGateway,
} from "../../ui/gateway";
import { writeReport } from "./write";

function documentSettings(): Office.Settings | undefined {
  try {
    return Office.context?.document?.settings;
  } catch {
    return undefined;
  }
}

/** The open workbook's file name, from its address (a local path or a web address), when Office gives one. */
export function documentFileName(url: string | undefined): string | undefined {
  const last = url?.split(/[?#]/)[0].split(/[\\/]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function documentUrl(): string | undefined {
  try {
    return Office.context?.document?.url ?? undefined;
  } catch {
    return undefined;
  }
}

export function createExcelGateway(): WorkbookGateway {
  return {
    inspect: async () => {
      const overview = await Excel.run((context) =>
        inspectWorkbook(context, loadSetup(documentSettings()))
      );
      const fileName = documentFileName(documentUrl());
      return fileName === undefined ? overview : { ...overview, fileName };
    },
    readSources: (choice: SourceChoice) => Excel.run((context) => readSources(context, choice)),
    createTemplate: (
      school: TemplateColumn[],
      classes: TemplateColumn[],
      county?: CountyTemplate
    ) => Excel.run((context) => createTemplate(context, school, classes, county)),
    selectCell: (sheet: string, row?: number, column?: string) =>
      Excel.run((context) => selectIssueCell(context, sheet, row, column)),
    saveSetup: (setup: SavedSetup) => saveSetup(documentSettings(), setup),
    forms: {
      // The reader (src/workbook, ~35 KB gzipped) is loaded when forms are first picked, so
      // the pane's own script stays within its budget (test/e2e/taskpane.test.ts).
      readFile: async (file: File) => (await import("./files")).readLocalWorkbook(file),
      // The write path of the 申报表: new sheets, a user's sheet of the same name left alone.
      writeCollection: (collection: Collection) =>
        Excel.run((context) => writeReport(context, collectionReport(collection))),
    },
    unplug: {
      mode: "inPlace",
      // The converter (src/functions/native.ts) is loaded on the first click, as the reader is.
      plan: async () => {
        const { planUnplug } = await import("./unplug");
        return Excel.run((context) => planUnplug(context));
      },
      apply: async (plan: UnplugPlan) => {
        const { applyUnplug } = await import("./unplug");
        await Excel.run((context) => applyUnplug(context, plan));
        return {};
      },
    },
    writeReport: (
      report: ReportWorkbook,
      onProgress?: (done: number, total: number, sheet: string) => void,
      signal?: AbortSignal
    ) => Excel.run((context) => writeReport(context, report, { onProgress, signal })),
  };
}

export type { WorkbookGateway } from "../../ui/gateway";
