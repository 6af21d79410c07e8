/**
 * The shapes of collecting one-school forms (issue 23 §6): what one file gave, what the
 * county table became, and every message placed at the file and cell it concerns.
 */
import type { StandardsProfile } from "../profiles/profile";
import type { FieldRule } from "../table/fields";
import type { HeaderUnit } from "../table/units";
import type { CellValue, SchoolRecord, SheetCells, TableReadResult } from "../types";

/** A cell of a returned file (1-based row, column letter). */
export interface CellPlace {
  sheet: string;
  row: number;
  column: string;
}

/** A message about one returned file, at its cell when it has one. */
export interface CollectIssue {
  severity: "error" | "warning";
  /** The reader's code (src/core/table/messages.ts) or collecting's own (./messages.ts). */
  code: string;
  /** The file's name as the folder lists it; "" for the county table as a whole. */
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  school?: string;
  /** With its place: 「城关一小.xlsx」工作表「填报表」第12行C列：… */
  message: string;
  messageEn: string;
}

/** One figure of a returned school: the cell it came from and the field it fills. */
export interface SourceValue {
  rule: FieldRule;
  raw: CellValue;
  /** The unit its item or header gave (money and areas). */
  unit?: HeaderUnit;
  at: CellPlace;
}

/** What a file (or one sheet of it) holds, as collecting sees it. */
export type SchoolSource =
  | {
      /** "form": 填报项目 | 单位 | 填报值 rows; "row": a school sheet with one school. */
      kind: "form" | "row";
      file: string;
      sheet: string;
      /** field → its value, as the reader mapped the items (or columns). */
      values: Map<string, SourceValue>;
      /** The school as the reader reads it from this file alone; absent when it has errors. */
      record?: SchoolRecord;
      /**
       * The reader's messages on this file alone about its items or sheet (an item missing,
       * doubled or unclear; how a figure was read), placed at the file's cells.
       */
      issues: CollectIssue[];
      /** The reader's messages on this file alone about one of its figures (a bad value). */
      cellIssues: CollectIssue[];
      /** An error no single cell explains (a required item missing or unclear): not written. */
      blocked: boolean;
      /** The school's name as written (trimmed), when filled in. */
      name?: string;
      /** Nothing filled in. */
      blank: boolean;
    }
  | { kind: "table"; file: string; sheet: string; schools: number }
  | { kind: "other"; file: string; reason: "notForm" | "emptyTable"; sheet?: string }
  | { kind: "unreadable"; file: string; reason: string };

export type CollectStatus =
  /** Written into the county table and read without error. */
  | "ok"
  /** Written, but the reader reports errors in it (the school is left out until mended). */
  | "errors"
  /** Not written: a required item is missing or unclear, or there is no school name. */
  | "notWritten"
  /** Not written: the same school with other figures in another file. */
  | "duplicate"
  /** Not written: the same school with the same figures in a file written already. */
  | "duplicateSame"
  | "blank"
  | "countyTable"
  | "notForm"
  | "unreadable";

/** One line of 回收情况: a returned file (or one form sheet of it). */
export interface CollectEntry {
  file: string;
  sheet?: string;
  kind: SchoolSource["kind"];
  school?: string;
  status: CollectStatus;
  written: boolean;
  /** 1-based row of the school in the county table, when written. */
  row?: number;
  errors: number;
  warnings: number;
}

export interface CollectDuplicate {
  school: string;
  files: string[];
  /** Every file gave the same figures (one was written). */
  same: boolean;
  /** The items that differ, by label (at most a few). */
  differences: string[];
}

/** A list of the schools expected back (a 名单, or last year's county table). */
export interface Roster {
  file: string;
  sheet: string;
  names: string[];
}

export interface RosterCheck {
  file: string;
  expected: number;
  /** On the list, not returned (in the list's order). */
  missing: string[];
  /** Returned, not on the list (a new school, or a name written differently). */
  notInList: string[];
}

export interface Collection {
  profile: StandardsProfile;
  /** The county school sheet: the template's header (and any further columns used), one row per school. */
  sheet: SheetCells;
  /** The columns of `sheet`: field and header. */
  columns: { field: string; header: string }[];
  /**
   * The county table read by the reader, as `assess` reads the written file; its issues keep the
   * table's sheet, row and column, and their messages name the form's file and cell.
   */
  read: TableReadResult;
  entries: CollectEntry[];
  /** Every message, by file (entries' order), then those on the county table as a whole. */
  issues: CollectIssue[];
  duplicates: CollectDuplicate[];
  roster?: RosterCheck;
}
