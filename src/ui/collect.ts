/**
 * What the 回收情况 panel shows of a collection (issue 23 §6): its counts and each status's
 * words. Collecting itself is ./collectRun.ts, loaded when forms are picked.
 */
import type { Collection, CollectStatus } from "../core";
import type { MessageKey } from "./messages";

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
