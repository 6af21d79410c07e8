/**
 * Several picked files at once (issue 23 §6, the pane and the page): one-school forms and
 * one-row school workbooks are collected into the county school table (core collectSchools),
 * as `edu-balance collect` and `assess FOLDER` do. Host-neutral: each host reads the files,
 * this makes what core readSchoolSources sees in them and collects it. County tables are not
 * collected: a mix of forms and county tables, or county tables only, is refused with the
 * files of each kind named (like the CLI's batch.ts), and nothing is computed. The pane loads
 * this module when forms are first picked (its script's budget); the page has it inline.
 */
import {
  collectSchools,
  type Collection,
  readSchoolSources,
  type SchoolSource,
  type SheetCells,
  type StandardsProfile,
} from "../core";
import type { MessageKey } from "./messages";

/** What one read file holds for collecting. */
export function sourcesOf(
  fileName: string,
  sheets: SheetCells[],
  profile?: StandardsProfile
): SchoolSource[] {
  return readSchoolSources(fileName, sheets, profile ? { profile } : {});
}

/** A file that could not be read, named in 回收情况 (无法读取) as the CLI names it. */
export function unreadable(file: string, reason: string): SchoolSource {
  return { kind: "unreadable", file, reason: reason.replace(/\s+/g, " ").slice(0, 500) };
}

export type CollectPlan =
  /** Forms were collected; `written` schools are in `collection.sheet`. */
  | { kind: "collected"; collection: Collection; written: number }
  /** Forms and county tables together: which is which. */
  | { kind: "mixed"; forms: string[]; tables: string[] }
  /** Only county tables (and files that are neither): open one at a time. */
  | { kind: "tables"; tables: string[] };

function filesOf(sources: readonly SchoolSource[], kinds: SchoolSource["kind"][]): string[] {
  return [...new Set(sources.filter((s) => kinds.includes(s.kind)).map((s) => s.file))];
}

/** What several picked files make: collected forms, or why they are not collected. */
export function planCollection(
  sources: readonly SchoolSource[],
  profile?: StandardsProfile
): CollectPlan {
  const forms = filesOf(sources, ["form", "row"]);
  const tables = filesOf(sources, ["table"]);
  if (forms.length > 0 && tables.length > 0) return { kind: "mixed", forms, tables };
  if (forms.length === 0 && tables.length > 0) return { kind: "tables", tables };
  const collection = collectSchools(sources, profile ? { profile } : {});
  return {
    kind: "collected",
    collection,
    written: collection.entries.filter((e) => e.written).length,
  };
}

/** File names as a list in a message: 「a.xlsx」、「b.xlsx」 (the first ten, then how many in all). */
export function fileList(
  files: readonly string[],
  t: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
  const shown = files.slice(0, 10).map((file) => t("collectFileQuoted", { file }));
  const list = shown.join(t("collectListSeparator"));
  return files.length > shown.length
    ? t("collectFileListMore", { list, count: files.length })
    : list;
}
