/**
 * Which year each file is (issue 25), and whether the files can be laid side by side: one
 * file per year, all of one county.
 */
import { EN_US, fill, ZH_CN, type Catalogue } from "../../i18n";
import type { ComparedEvaluation } from "./types";
import { matchText } from "../table/cells";

/** The years a comparison takes: 2000–2099 (a 填报年度 or a year in a file name). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

function isYear(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
}

/**
 * The first year 2000–2099 standing alone in a file's name (not inside a longer run of
 * digits: 学校20240901.xlsx has none); the folders of a path are not looked at.
 */
export function yearFromFileName(fileName: string): number | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  // No lookbehind: older WebViews of Office lack it.
  for (const m of base.normalize("NFKC").matchAll(/(?:^|\D)(\d{4})(?!\d)/g)) {
    const year = Number(m[1]);
    if (isYear(year)) return year;
  }
  return undefined;
}

/** The 填报年度 of the county sheet, when it gives a year 2000–2099. */
export function reportYearOf(evaluation: ComparedEvaluation): number | undefined {
  const year = evaluation.read.county?.numbers.reportYear?.value;
  return isYear(year) ? year : undefined;
}

/** A file's year: its county sheet's 填报年度, else a year in its name, else undefined (ask the user). */
export function yearOf(evaluation: ComparedEvaluation, fileName: string): number | undefined {
  return reportYearOf(evaluation) ?? yearFromFileName(fileName);
}

export type YearProblemCode = keyof typeof ZH_CN.compareInput.years;

/** Why the files cannot be compared, naming both files (and both values). */
export interface YearProblem {
  code: YearProblemCode;
  /** The two files, in the order given. */
  sources: [string, string];
  /** duplicateYear: the year both are of. */
  year?: number;
  /** differentCountyNames / differentCountyCodes: what each file gives. */
  values?: [string, string];
  message: string;
  messageEn: string;
}

export interface YearCheckInput {
  year: number;
  source: string;
  evaluation: ComparedEvaluation;
}

function problem(
  code: YearProblemCode,
  sources: [string, string],
  extra: { year?: number; values?: [string, string] }
): YearProblem {
  const params = {
    first: sources[0],
    second: sources[1],
    year: extra.year ?? "",
    firstValue: extra.values?.[0] ?? "",
    secondValue: extra.values?.[1] ?? "",
  };
  const text = (c: Catalogue) => fill(c.compareInput.years[code], params);
  return { code, sources, ...extra, message: text(ZH_CN), messageEn: text(EN_US) };
}

/**
 * The first reason the files cannot be laid side by side, or undefined: two files of one year;
 * then two files whose county sheets give different 行政区划代码, or different county names
 * (compared after the reader's normalisation of spaces and full-width forms). A file that
 * gives neither is not compared.
 */
export function checkYears(inputs: readonly YearCheckInput[]): YearProblem | undefined {
  const byYear = new Map<number, YearCheckInput>();
  for (const input of inputs) {
    const earlier = byYear.get(input.year);
    if (earlier)
      return problem("duplicateYear", [earlier.source, input.source], { year: input.year });
    byYear.set(input.year, input);
  }
  const identity = (input: YearCheckInput) => input.evaluation.read.county?.identity;
  const checks = [
    { code: "differentCountyCodes", id: "countyCode" },
    { code: "differentCountyNames", id: "countyName" },
  ] as const;
  for (const { code, id } of checks) {
    let first: { source: string; value: string } | undefined;
    for (const input of inputs) {
      const value = identity(input)?.[id]?.value.trim();
      if (!value) continue;
      if (!first) first = { source: input.source, value };
      else if (matchText(value) !== matchText(first.value))
        return problem(code, [first.source, input.source], { values: [first.value, value] });
    }
  }
  return undefined;
}
