/**
 * Collecting one-school forms (一校一表, issue 23 §6): a folder of returned forms and
 * one-row school workbooks → the county school table, checked by the reader, with
 * 回收情况. Pure: hosts read the files and hand over their cells.
 */
export { readSchoolSources, type SourceOptions } from "./source";
export { collectSchools, type CollectOptions } from "./collect";
export { readRoster } from "./roster";
export { findSchoolForm, FORM_SEARCH_ROWS, type FormItem, type FormLayout } from "./form";
export { COLLECT_MESSAGES, type CollectMessageCode } from "./messages";
export type {
  CellPlace,
  Collection,
  CollectDuplicate,
  CollectEntry,
  CollectIssue,
  CollectStatus,
  Roster,
  RosterCheck,
  SchoolSource,
  SourceValue,
} from "./types";
