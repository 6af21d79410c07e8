/**
 * Reading one county workbook for the commands of issue 5 (sample, batch):
 * file → table reader → assessment, with a one-line Chinese reason when the
 * file holds no school that can be computed.
 */
import * as path from "path";
import {
  EduError,
  evaluate,
  type Evaluation,
  readWorkbook,
  type SheetCells,
  type StandardsProfile,
  type TableReadResult,
} from "../core";
import { readWorkbookFile } from "./readFile";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

export interface LoadOptions {
  profile: StandardsProfile;
  schoolSheet?: string;
  classSheet?: string;
}

/** What `edu-balance assess` parsed (for a folder, `file` is the folder). */
export interface AssessArgs {
  file: string;
  json: boolean;
  out?: string;
  force: boolean;
  profile: StandardsProfile;
  /** The --profile file, when the profile came from one (an input too: never overwritten). */
  profileFile?: string;
  schoolSheet?: string;
  classSheet?: string;
  /** --county: the county's name on the 申报表 (else the county sheet's, else the file name). */
  county?: string;
  /** --report-doc: the 自评报告（初稿） .docx, from the same evaluation as the 申报表. */
  reportDoc?: string;
  /** --formulas (with --out): the 申报表's computed cells as plain formulas over a 数据 sheet (issue 27 §3). */
  formulas?: boolean;
}

/** Why a workbook gave no school to compute, in one line. */
export function noSchoolsMessage(read: TableReadResult, file: string): string {
  const sheetLevel = read.issues.find((i) => i.severity === "error" && i.row === undefined);
  if (sheetLevel) return sheetLevel.message;
  const errors = read.issues.filter((i) => i.severity === "error");
  if (errors.length > 0)
    return fill(ZH_CLI.load.noComputableSchools, {
      file: path.basename(file),
      n: errors.length,
      first: errors[0].message,
    });
  const noRows = read.issues.find((i) => i.code === "noSchoolRows");
  if (noRows)
    return fill(ZH_CLI.load.noSchoolRows, { file: path.basename(file), reason: noRows.message });
  return fill(ZH_CLI.load.noSchoolData, { file: path.basename(file) });
}

/**
 * Reads one workbook and evaluates it through the core's pipeline; throws an
 * EduError with a Chinese message when it holds no school to compute.
 */
export async function loadCounty(file: string, options: LoadOptions): Promise<Evaluation> {
  // The cells are let go as soon as the table reader has its records (half the memory at 100,000 schools).
  return evaluateRead(readCounty(await readWorkbookFile(file), options), file, options);
}

/** The table reader on a workbook's sheets, with the options of the command line. */
export function readCounty(sheets: SheetCells[], options: LoadOptions): TableReadResult {
  return readWorkbook(sheets, {
    schoolSheet: options.schoolSheet,
    classSheet: options.classSheet,
    profile: options.profile,
  });
}

/** The pipeline on what the reader read; an EduError when it holds no school to compute. */
export function evaluateRead(
  read: TableReadResult,
  file: string,
  options: LoadOptions
): Evaluation {
  const ev = evaluate(read, { profile: options.profile });
  if (ev.read.schools.length === 0)
    throw new EduError("noSchools", noSchoolsMessage(ev.read, file), `no schools in ${file}`);
  return ev;
}
