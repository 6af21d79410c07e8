/**
 * 与往年比较 (issue 25) in the wizard, without React: the earlier years the user adds (files
 * picked on this computer, or sheets of this workbook when a county keeps its years as sheets)
 * are read and evaluated exactly as `edu-balance compare` reads them (the core's readWorkbook
 * and evaluate under the wizard's profile), laid beside this year's evaluation, and compared by
 * the core's one sequence (prepareComparison), so that the same files give the CLI's document.
 */
import {
  type ComparedEvaluation,
  DEFAULT_MARGIN,
  forComparison,
  evaluate,
  type Evaluation,
  prepareComparison,
  readRenames,
  readWorkbook,
  type RenamePair,
  reportYearOf,
  type SheetCells,
  type StandardsProfile,
  type YearCandidate,
  type YearComparison,
  type YearInput,
  yearFromFileName,
} from "../core";
import { fill, textsFor } from "../i18n";
import type { Lang } from "./messages";

/** An earlier year: a picked file or a sheet of this workbook, with its cells once read. */
export interface YearSource {
  id: number;
  /** The file's name (or the sheet's): the year's `sources` entry, as the CLI gives a file's. */
  source: string;
  origin: "file" | "sheet";
  /** The cells, once read; kept so that a change of profile evaluates them again. */
  sheets?: SheetCells[];
  /** Why it could not be read (in the user's language). */
  error?: string;
  /** What the user typed in its 年度 field ('' when the year is found by itself). */
  typedYear: string;
}

/** A year source evaluated under the wizard's profile, or why it cannot be. */
export interface EvaluatedYear {
  source: YearSource;
  /** What the comparison reads of the year (forComparison): its classes and reports let go. */
  evaluation?: ComparedEvaluation;
  /** Unreadable, or no school to compute. */
  error?: string;
  /** Schools left out for bad data (as the 申报表 leaves them out): how many, the first reason. */
  badRows?: { n: number; first: string };
  /** The year found in it (填报年度, else its name). */
  foundYear?: number;
}

/**
 * An earlier year's cells read and evaluated as `edu-balance compare` reads a file (readCounty and
 * evaluateRead of the CLI: the reader finds the school, class and county sheets by content).
 */
export function evaluateYear(
  source: YearSource,
  profile: StandardsProfile,
  lang: Lang
): EvaluatedYear {
  if (source.error !== undefined || source.sheets === undefined)
    return { source, error: source.error };
  const read = readWorkbook(source.sheets, { profile });
  const evaluation = evaluate(read, { profile });
  const errors = evaluation.read.issues.filter((i) => i.severity === "error");
  const message = (i: (typeof errors)[number]) =>
    lang === "en" ? (i.messageEn ?? i.message) : i.message;
  if (evaluation.read.schools.length === 0) {
    const sheetLevel = errors.find((i) => i.row === undefined) ?? errors[0];
    const noRows = evaluation.read.issues.find((i) => i.code === "noSchoolRows");
    const reason = sheetLevel ?? noRows;
    return {
      source,
      error: fill(textsFor(lang).ui.compareNoSchools, {
        file: source.source,
        reason: reason ? message(reason) : textsFor(lang).ui.compareNoSchoolData,
      }),
    };
  }
  return {
    source,
    evaluation: forComparison(evaluation),
    foundYear: reportYearOf(evaluation) ?? yearFromFileName(source.source),
    ...(errors.length > 0 ? { badRows: { n: errors.length, first: message(errors[0]) } } : {}),
  };
}

/** A typed year: '' (find it), a year 2000–2099, or not a year (undefined). */
export function typedYear(text: string): number | "" | undefined {
  const t = text.trim();
  if (t === "") return "";
  if (!/^\d{4}$/.test(t)) return undefined;
  const year = Number(t);
  return year >= 2000 && year <= 2099 ? year : undefined;
}

/** The margin typed as a percentage: 0 ≤ m < 100; '' is the default (5%). */
export function typedMargin(text: string): number | undefined {
  const t = text.trim();
  if (t === "") return DEFAULT_MARGIN;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return undefined;
  const m = Number(t) / 100;
  return m >= 0 && m < 1 ? m : undefined;
}

/** This year (the wizard's evaluation) as one of the years. */
export interface CurrentYear {
  source: string;
  evaluation: Evaluation;
  typedYear: string;
}

export type CompareView =
  | { kind: "compared"; comparison: YearComparison; inputs: YearInput[] }
  /** Something the user must do first, said in one line. */
  | { kind: "blocked"; message: string; reason: "tooFew" | "problem" };

/**
 * The years compared, or the first thing in the way, in the user's language: fewer than two
 * years, a year unreadable (a comparison with a silent hole is worse than none), a year typed
 * wrong or not found, two of one year or two counties, a rename naming no school.
 */
export function compareView(
  current: CurrentYear,
  earlier: readonly EvaluatedYear[],
  renames: readonly RenamePair[],
  margin: number,
  lang: Lang
): CompareView {
  const T = textsFor(lang).ui;
  const blocked = (message: string): CompareView => ({
    kind: "blocked",
    message,
    reason: "problem",
  });
  if (earlier.length === 0) return { kind: "blocked", message: T.compareTooFew, reason: "tooFew" };
  const unreadable = earlier.find((y) => y.error !== undefined || !y.evaluation);
  if (unreadable) return blocked(fill(T.compareUnreadable, { file: unreadable.source.source }));
  const candidates: YearCandidate[] = [];
  const all = [
    { source: current.source, evaluation: current.evaluation, typed: current.typedYear },
    ...earlier.map((y) => ({
      source: y.source.source,
      evaluation: y.evaluation as ComparedEvaluation,
      typed: y.source.typedYear,
    })),
  ];
  for (const y of all) {
    const year = typedYear(y.typed);
    if (year === undefined)
      return blocked(fill(T.compareBadYear, { file: y.source, value: y.typed }));
    candidates.push({
      source: y.source,
      evaluation: y.evaluation,
      ...(year === "" ? {} : { year }),
    });
  }
  const prepared = prepareComparison(candidates, { margin, renames });
  switch (prepared.kind) {
    case "compared":
      return { kind: "compared", comparison: prepared.comparison, inputs: prepared.inputs };
    case "noYear":
      return blocked(fill(T.compareNoYear, { file: prepared.source }));
    case "years":
      return blocked(lang === "en" ? prepared.problem.messageEn : prepared.problem.message);
    case "unknownRenames": {
      const first = prepared.pairs[0];
      return blocked(
        fill(T.compareUnknownRename, {
          source: first.source ?? "",
          from: first.from,
          to: first.to,
        })
      );
    }
  }
}

/** A renames file read: its pairs, or the first reason it cannot be used (as the CLI refuses it). */
export interface RenamesFile {
  file: string;
  pairs: RenamePair[];
  /** The first row-level problem, in the user's language; the file is then not used. */
  error?: string;
  /** Rows left unused (warnings). */
  unused: number;
}

/** A .csv's text or a workbook's sheets of 原名称/新名称 pairs, read as `compare --renames` reads them. */
export function renamesFrom(
  input: string | readonly SheetCells[],
  file: string,
  lang: Lang
): RenamesFile {
  const read = readRenames(typeof input === "string" ? input.replace(/^\uFEFF/, "") : input, file);
  const message = (i: (typeof read.issues)[number]) =>
    lang === "en" ? (i.messageEn ?? i.message) : i.message;
  const error = read.issues.find((i) => i.severity === "error");
  return {
    file,
    pairs: error ? [] : read.pairs,
    ...(error ? { error: message(error) } : {}),
    unused: read.issues.filter((i) => i.severity !== "error").length,
  };
}
