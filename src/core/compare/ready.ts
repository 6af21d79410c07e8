/**
 * From years read to a comparison (issue 25): the one sequence the CLI, the task pane and the
 * offline page share, so that the same files give the same document byte for byte. Each year
 * has its year (given, else its county sheet's 填报年度, else a year in its name); the years must
 * be one per year and of one county (checkYears); they are laid oldest first; every stated
 * rename must name a school of some year; then compareYears.
 */
import { compareYears, unknownRenames } from "./compare";
import type {
  ComparedEvaluation,
  CompareOptions,
  RenamePair,
  YearComparison,
  YearInput,
} from "./types";
import { checkYears, yearOf, type YearProblem } from "./years";

/** One year as read, before its year is settled. */
export interface YearCandidate {
  /** A file's name (or a sheet's, when a county keeps its years as sheets). */
  source: string;
  evaluation: ComparedEvaluation;
  /** The year the user gave (--years, or typed in the pane); else it is found. */
  year?: number;
}

export type ComparePreparation =
  | { kind: "compared"; comparison: YearComparison; inputs: YearInput[] }
  /** No year given and none found: the host asks for it (--years, or a field to type it in). */
  | { kind: "noYear"; source: string }
  /** Two of one year, or two counties. */
  | { kind: "years"; problem: YearProblem }
  /** Stated renames that name no school of any year, in the order stated. */
  | { kind: "unknownRenames"; pairs: RenamePair[] };

/** The candidates compared, or the first reason they cannot be. */
export function prepareComparison(
  candidates: readonly YearCandidate[],
  options: CompareOptions = {}
): ComparePreparation {
  const inputs: YearInput[] = [];
  for (const c of candidates) {
    const year = c.year ?? yearOf(c.evaluation, c.source);
    if (year === undefined) return { kind: "noYear", source: c.source };
    inputs.push({ year, source: c.source, evaluation: c.evaluation });
  }
  const problem = checkYears(inputs);
  if (problem !== undefined) return { kind: "years", problem };
  inputs.sort((a, b) => a.year - b.year);
  const unknown = unknownRenames(inputs, options.renames ?? []);
  if (unknown.length > 0) return { kind: "unknownRenames", pairs: unknown };
  return { kind: "compared", comparison: compareYears(inputs, options), inputs };
}

/** The county items' names (学位供给 …) by id, from the latest year that has them (the 监测 workbook's rows). */
export function countyItemNames(
  inputs: readonly { evaluation: ComparedEvaluation }[]
): Map<string, string> {
  const names = new Map<string, string>();
  for (const { evaluation } of [...inputs].reverse()) {
    const county = evaluation.assessment.county;
    if (!county) continue;
    for (const part of [county.government, county.quality, county.recognition])
      for (const item of part.items) if (!names.has(item.id)) names.set(item.id, item.shortName);
  }
  return names;
}
