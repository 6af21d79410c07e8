/**
 * Several picked files at once (issue 23 §6, the pane and the page): one-school forms and
 * one-row school workbooks are collected into the county school table (core collectSchools),
 * as `edu-balance collect` and `assess FOLDER` do. Host-neutral: each host reads the files and
 * hands over what core readSchoolSources made of them. County tables are not collected: a mix
 * of forms and county tables, or county tables only, is refused with the files of each kind
 * named (like the CLI's batch.ts), and nothing is computed.
 */
import {
  collectSchools,
  type Collection,
  type CollectStatus,
  type SchoolSource,
  type StandardsProfile,
} from "../core";
import type { MessageKey } from "./messages";

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

/** The counts of the 回收情况 panel. */
export function collectCounts(c: Collection) {
  const files = new Set(c.entries.map((e) => e.file)).size;
  const count = (...statuses: CollectStatus[]) =>
    c.entries.filter((e) => statuses.includes(e.status)).length;
  return {
    files,
    written: c.entries.filter((e) => e.written).length,
    withErrors: count("errors"),
    notWritten: count("notWritten", "blank"),
    duplicates: c.duplicates.length,
    notForms: count("notForm", "countyTable"),
    unreadable: count("unreadable"),
  };
}

/** The words of each status (src/ui/messages.ts). */
export const STATUS_KEY: Readonly<Record<CollectStatus, MessageKey>> = {
  ok: "collectStatusOk",
  errors: "collectStatusErrors",
  notWritten: "collectStatusNotWritten",
  duplicate: "collectStatusDuplicate",
  duplicateSame: "collectStatusDuplicateSame",
  blank: "collectStatusBlank",
  countyTable: "collectStatusCountyTable",
  notForm: "collectStatusNotForm",
  unreadable: "collectStatusUnreadable",
};

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
