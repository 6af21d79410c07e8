/**
 * What collecting one-school forms says beyond the reader's own messages (which it
 * reuses, placed at the form's cell): files that are not forms, blank forms, a school
 * returned twice, forms that cannot be written into the county table. Chinese first,
 * English second, like src/core/table/messages.ts.
 */
import { EN_US, fill, ZH_CN, type Catalogue } from "../../i18n";
import type { CellPlace } from "./types";
import { messageTable } from "../table/messages";

export type Params = Record<string, string | number>;

interface Template {
  severity: "error" | "warning";
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

/** Each message's severity, by code; the words are the locale catalogues' (src/i18n, part `collect`). */
const SEVERITY = {
  unreadable: "warning",
  notForm: "warning",
  emptyTable: "warning",
  countyTable: "warning",
  blankForm: "warning",
  notWritten: "error",
  noName: "error",
  duplicateSchool: "error",
  duplicateSame: "warning",
  classesNotCollected: "warning",
  itemAbsent: "error",
} as const satisfies Record<keyof typeof ZH_CN.collect.messages, Template["severity"]>;

export const COLLECT_MESSAGES = messageTable(
  ZH_CN.collect.messages,
  EN_US.collect.messages,
  SEVERITY
);

export type CollectMessageCode = keyof typeof COLLECT_MESSAGES;

/** 「城关一小.xlsx」工作表「填报表」第12行C列： — where a message's cell is. */
export function placeText(file: string, place?: Partial<CellPlace>): { zh: string; en: string } {
  const one = (c: Catalogue): string => {
    const w = c.collect.place;
    const name = file === "" ? w.countyTable : fill(w.file, { file });
    if (!place || place.sheet === undefined) return fill(w.fileOnly, { file: name });
    return (
      fill(w.sheet, { file: name, sheet: place.sheet }) +
      (place.row !== undefined ? fill(w.row, { row: place.row }) : "") +
      (place.column !== undefined ? fill(w.column, { column: place.column }) : "") +
      w.end
    );
  };
  return { zh: one(ZH_CN), en: one(EN_US) };
}

export function collectText(code: CollectMessageCode, params: Params = {}) {
  const t: Template = COLLECT_MESSAGES[code];
  return { severity: t.severity, zh: t.zh(params), en: t.en(params) };
}
