/**
 * Reading one county workbook for the commands of issue 5 (sample, batch):
 * file → table reader → assessment, with a one-line Chinese reason when the
 * file holds no school that can be computed.
 */
import * as path from "path";
import { assessTable } from "../core/assess";
import { EduError } from "../core/errors";
import type { StandardsProfile } from "../core/profiles/profile";
import { readWorkbook } from "../core/table";
import type { Assessment, TableReadResult } from "../core/types";
import { readXlsx } from "./xlsx";

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
}

export interface LoadedCounty {
  read: TableReadResult;
  a: Assessment;
}

/** Why a workbook gave no school to compute, in one line. */
export function noSchoolsMessage(read: TableReadResult, file: string): string {
  const sheetLevel = read.issues.find((i) => i.severity === "error" && i.row === undefined);
  if (sheetLevel) return sheetLevel.message;
  const errors = read.issues.filter((i) => i.severity === "error");
  if (errors.length > 0)
    return `${path.basename(file)} 中没有可计算的学校：${errors.length} 条数据错误，第一条：${errors[0].message}`;
  const noRows = read.issues.find((i) => i.code === "noSchoolRows");
  if (noRows) return `${path.basename(file)} 中没有学校：${noRows.message}`;
  return `${path.basename(file)} 中没有找到学校数据（需要含“学校名称”“学校类型”“在校生数”等表头的工作表）`;
}

/** Reads and assesses one workbook; throws an EduError with a Chinese message when it cannot. */
export async function loadCounty(file: string, options: LoadOptions): Promise<LoadedCounty> {
  const sheets = await readXlsx(file);
  const read = readWorkbook(sheets, {
    schoolSheet: options.schoolSheet,
    classSheet: options.classSheet,
    profile: options.profile,
  });
  if (read.schools.length === 0)
    throw new EduError("noSchools", noSchoolsMessage(read, file), `no schools in ${file}`);
  return { read, a: assessTable(read, options.profile) };
}
