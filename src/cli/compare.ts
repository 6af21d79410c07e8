/**
 * `edu-balance compare FILE1 FILE2 [FILE…] | FOLDER` (issue 25): several years of one county
 * side by side. Each file is read and evaluated exactly as `assess` reads and evaluates one
 * (load.ts); its year is its county sheet's 填报年度, else a year in its file name, else the
 * --years the user gives; the core lays the years side by side (compareYears) and says what
 * changed (events) and what to watch next year (early warnings).
 *
 * Exit codes as for assess: 0 compared (warnings or not); 1 a file cannot be read or written
 * (the reader's own message: a monitoring view with a silent hole is worse than none); 2 the
 * command line is wrong, a year cannot be found, two files of one year or of different counties.
 */
import * as fs from "fs";
import * as path from "path";
import * as v8 from "v8";
import * as vm from "vm";
import {
  countyItemNames,
  DEFAULT_MARGIN,
  type ComparedEvaluation,
  EduError,
  forComparison,
  hasOwn,
  PROFILES,
  readRenames,
  type RenamePair,
  type RenamesRead,
  type StandardsProfile,
  type TableReadResult,
  type YearCandidate,
  yearOf,
  prepareComparison,
} from "../core";
import {
  balanceKind,
  buildCompareReport,
  compareChartsHtml,
  compareJson,
  countyItemFigures,
} from "../report";
import {
  commandArgs,
  CommandUsageError,
  EXIT_OK,
  EXIT_USAGE,
  helpText,
  parseOptions,
  saidFailure,
} from "./args";
import { chartsFileFor, writeSelfReportDoc } from "./assessOutput";
import { countyWorkbooks, isFolder, BatchFailure } from "./batch";
import { writeJson } from "./jsonStream";
import { evaluateRead, readCounty } from "./load";
import type { CliIO } from "./main";
import { checkOutput, writeOutput, type CheckedOutput } from "./output";
import { profileOption } from "./profile";
import { readWorkbookFile } from "./readFile";
import { renderCompareText } from "./compareSummary";
import { oneLine, palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

export interface CompareArgs {
  /** The yearly workbooks, in the order given (a folder's, by name). */
  files: string[];
  /** The folder they were found in, when one was given. */
  folder?: string;
  json: boolean;
  out?: string;
  force: boolean;
  profile: StandardsProfile;
  profileFile?: string;
  county?: string;
  margin: number;
  /** --years, in the files' order. */
  years?: number[];
  /** --renames: a .csv or .xlsx of 原名称/新名称 pairs. */
  renames?: string;
  /** --report-doc: the latest year's 自评报告（初稿）, with the 监测 paragraph of this comparison. */
  reportDoc?: string;
}

export function compareUsage(): string {
  return helpText(ZH_CLI.compare.usage, 20, { margin: { default: DEFAULT_MARGIN } });
}

/** --margin: a number 0 ≤ m < 1. */
function parseMargin(text: string | undefined, usageError: (m: string) => Error): number {
  if (text === undefined) return DEFAULT_MARGIN;
  const m = /^\s*\d+(\.\d+)?\s*$|^\s*\.\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(m) || m < 0 || m >= 1)
    throw usageError(fill(ZH_CLI.compare.badMargin, { value: text }));
  return m;
}

/** --years 2023,2024: 4-digit years 2000–2099. */
function parseYears(
  text: string | undefined,
  usageError: (m: string) => Error
): number[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(/[,，]/).map((p) => p.trim());
  if (!parts.every((p) => /^20\d\d$/.test(p)))
    throw usageError(fill(ZH_CLI.compare.badYears, { value: text }));
  return parts.map(Number);
}

export function parseCompareArgs(argv: readonly string[]): CompareArgs | "help" {
  const usageError = (message: string): Error => new CommandUsageError(message);
  const help = "edu-balance compare --help";
  const parsed = parseOptions(
    argv,
    {
      values: new Set([
        "--out",
        "--profile",
        "--county",
        "--margin",
        "--years",
        "--renames",
        "--report-doc",
      ]),
      flags: new Set(["--json", "--force"]),
      aliases: { "-h": "--help", "-o": "--out", "-f": "--force" },
      helpCommand: help,
    },
    usageError
  );
  if (parsed.kind === "version")
    throw usageError(fill(ZH_CLI.args.unknownOption, { option: "--version", help }));
  if (parsed.kind === "help") return "help";
  const { positional, values, flags } = parsed;
  const margin = parseMargin(values["--margin"], usageError);
  const years = parseYears(values["--years"], usageError);
  const out = values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw usageError(fill(ZH_CLI.main.outNotXlsx, { file: out }));
  const reportDoc = values["--report-doc"];
  if (reportDoc !== undefined && !/\.docx$/i.test(reportDoc))
    throw usageError(fill(ZH_CLI.main.reportDocNotDocx, { file: reportDoc }));
  const renames = values["--renames"];
  if (renames !== undefined && !/\.(csv|xlsx)$/i.test(renames))
    throw usageError(fill(ZH_CLI.compare.renamesNotTable, { file: renames }));
  let files = positional;
  let folder: string | undefined;
  const folders = positional.filter(isFolder);
  if (folders.length > 0) {
    if (positional.length > 1)
      throw usageError(fill(ZH_CLI.compare.folderAndFiles, { folder: folders[0] }));
    folder = folders[0];
    try {
      files = countyWorkbooks(folder);
    } catch (e) {
      if (e instanceof BatchFailure) throw new CommandUsageError(e.message);
      throw e;
    }
    if (files.length < 2)
      throw usageError(fill(ZH_CLI.compare.folderTooFew, { folder, n: files.length }));
  } else if (files.length < 2) {
    throw usageError(ZH_CLI.compare.tooFewFiles);
  }
  if (years !== undefined && years.length !== files.length)
    throw usageError(fill(ZH_CLI.compare.yearsCount, { n: years.length, files: files.length }));
  const given = values["--profile"];
  const profile = profileOption(given, usageError);
  return {
    files,
    ...(folder !== undefined ? { folder } : {}),
    json: flags.has("--json"),
    out,
    force: flags.has("--force"),
    profile,
    profileFile: given === undefined || hasOwn(PROFILES, given) ? undefined : given,
    county: values["--county"],
    margin,
    years,
    renames,
    ...(reportDoc !== undefined ? { reportDoc } : {}),
  };
}

/** A refusal of the years or counties (no year, the same year twice, two counties): exit 2. */
class YearsRefused extends Error {}

/**
 * The rename pairs of a .csv or .xlsx file; the first row the reader could not use stops the
 * command (EduError, exit 1), as a bad workbook does: a rename half-read is worse than none.
 */
async function loadRenames(file: string): Promise<RenamePair[]> {
  const name = path.basename(file);
  let read: RenamesRead;
  if (/\.csv$/i.test(file)) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new EduError(
        "cannotRead",
        code === "ENOENT"
          ? fill(ZH_CLI.readFile.notFound, { file })
          : fill(ZH_CLI.readFile.cannotRead, { file, code: code ?? ZH_CLI.readFile.failed }),
        `cannot read ${file}`
      );
    }
    read = readRenames(text.replace(/^\uFEFF/, ""), name);
  } else {
    read = readRenames(await readWorkbookFile(file), name);
  }
  const error = read.issues.find((i) => i.severity === "error");
  if (error) throw new EduError("badRenames", error.message, error.messageEn ?? error.message);
  return read.pairs;
}

/**
 * One year read and evaluated as assess does it (loadCounty's steps), keeping what the comparison
 * reads of it (forComparison). Each await in a function of its own: a value awaited in a frame
 * stays in it until the function returns or the next await, so the cells awaited here would be
 * held while the year is evaluated, and a year awaited in runCompare's loop while the next is
 * read (and the last one to the end).
 */
async function loadYear(file: string, args: CompareArgs): Promise<ComparedEvaluation> {
  return forComparison(evaluateRead(await readYear(file, args), file, args));
}

/**
 * A full garbage collection between two years. V8 collects lazily, letting its heap grow to
 * about three times what was alive at its last collection; reading a year of a large county
 * leaves hundreds of MB of garbage (its cells, records and reports), so that over five years the
 * heap peaks at several times what is alive (20,000 schools: ~700 MB against ~550 MB with a
 * collection before each year; npm run bench, part 8). `gc` is V8's own, made reachable here
 * (--expose-gc set at run time, then taken from a fresh context); where that is not possible,
 * nothing is done.
 */
function collectGarbage(): void {
  try {
    let gc = (globalThis as { gc?: () => void }).gc;
    if (gc === undefined) {
      v8.setFlagsFromString("--expose-gc");
      gc = vm.runInNewContext("gc") as (() => void) | undefined;
    }
    gc?.();
  } catch {
    // Not exposable here: V8 collects in its own time.
  }
}

/** The table reader's records of one workbook; its cells are let go when this returns. */
async function readYear(file: string, args: CompareArgs): Promise<TableReadResult> {
  return readCounty(await readWorkbookFile(file), args);
}

/** Runs `compare` with the arguments after the command name; resolves to the exit code. */
export async function runCompare(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseCompareArgs(argv), compareUsage, io);
  if ("exit" in args) return args.exit;
  try {
    // Before anything is read: never an input, never an existing file without --force (output.ts).
    const inputs = [
      ...args.files,
      ...(args.profileFile !== undefined ? [args.profileFile] : []),
      ...(args.renames !== undefined ? [args.renames] : []),
    ];
    const request = {
      force: args.force,
      inputs,
      ...(args.folder !== undefined ? { inputFolders: [args.folder] } : {}),
    };
    const outputs: { report: CheckedOutput; charts: CheckedOutput } | undefined =
      args.out === undefined
        ? undefined
        : {
            report: checkOutput({ out: args.out, ...request }),
            charts: checkOutput({ out: chartsFileFor(args.out), ...request }),
          };
    const doc =
      args.reportDoc === undefined ? undefined : checkOutput({ out: args.reportDoc, ...request });
    const renames = args.renames === undefined ? [] : await loadRenames(args.renames);

    // Each year read and evaluated as assess does it, one after the other (the cells let go).
    const years: YearCandidate[] = [];
    /** Each year's file, by its evaluation (the years are put in order by prepareComparison). */
    const fileOf = new Map<YearCandidate["evaluation"], string>();
    for (let i = 0; i < args.files.length; i++) {
      const file = args.files[i];
      const source = path.basename(file);
      if (i > 0) collectGarbage();
      const evaluation = await loadYear(file, args);
      // Schools with bad data are left out as assess leaves them out: said, never silent.
      const errors = evaluation.read.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0)
        io.stderr(
          `${ZH_CLI.common.warning}${oneLine(
            fill(ZH_CLI.compare.dataErrors, {
              file: source,
              n: errors.length,
              first: errors[0].message,
            })
          )}\n`
        );
      const year = args.years?.[i] ?? yearOf(evaluation, source);
      if (year === undefined) throw new YearsRefused(fill(ZH_CLI.compare.noYear, { file: source }));
      years.push({ year, source, evaluation });
      fileOf.set(evaluation, file);
    }
    const prepared = prepareComparison(years, { margin: args.margin, renames });
    if (prepared.kind === "years") throw new YearsRefused(prepared.problem.message);
    if (prepared.kind === "noYear")
      throw new YearsRefused(fill(ZH_CLI.compare.noYear, { file: prepared.source }));
    if (prepared.kind === "unknownRenames") {
      const first = prepared.pairs[0];
      throw new EduError(
        "unknownRename",
        fill(ZH_CLI.compare.unknownRename, {
          source: first.source ?? path.basename(args.renames ?? ""),
          from: first.from,
          to: first.to,
        }),
        `a rename names no school: ${first.from} → ${first.to}`
      );
    }
    const { comparison } = prepared;
    const profileName = args.profile.name;
    const kind = balanceKind(args.profile);
    if (args.json) {
      await writeJson(compareJson(comparison), io.stdout, io.drain);
    } else {
      io.stdout(
        renderCompareText(
          comparison,
          { name: profileName, kind },
          palette(io.isTTY, io.env),
          args.county
        )
      );
    }
    if (outputs !== undefined && args.out !== undefined) {
      const report = buildCompareReport(comparison, {
        profileName,
        kind,
        countyName: args.county,
        itemNames: countyItemNames(prepared.inputs),
        itemFigures: countyItemFigures(prepared.inputs.map((y) => y.evaluation)),
      });
      const { reportToBuffer } = await import("./xlsx");
      await writeOutput(outputs.report, await reportToBuffer(report));
      // The charts beside it (exceljs cannot write Excel charts), as assess writes its own.
      const html = compareChartsHtml(comparison, { profileName, kind, countyName: args.county });
      await writeOutput(outputs.charts, Buffer.from(html, "utf8"));
      const done =
        `${fill(ZH_CLI.compare.written, { file: args.out })}\n` +
        `${fill(ZH_CLI.assessOutput.chartsWritten, { file: chartsFileFor(args.out) })}\n`;
      if (args.json) io.stderr(done);
      else io.stdout(done);
    }
    if (doc !== undefined && args.reportDoc !== undefined) {
      // The latest year read again, whole (each year kept only what the comparison reads), and
      // its 自评报告 written as assess --report-doc writes it, with the 监测 paragraph.
      const latest = prepared.inputs[prepared.inputs.length - 1];
      const file = fileOf.get(latest.evaluation) ?? args.files[args.files.length - 1];
      collectGarbage();
      const ev = evaluateRead(await readYear(file, args), file, args);
      await writeSelfReportDoc(
        ev,
        { sourceName: path.basename(file), countyName: args.county, comparison },
        doc,
        io
      );
      const done = `${fill(ZH_CLI.compare.reportDocWritten, { year: latest.year, file: args.reportDoc })}\n`;
      if (args.json) io.stderr(done);
      else io.stdout(done);
    }
    return EXIT_OK;
  } catch (e) {
    const code = saidFailure(e, io, (x) => (x instanceof YearsRefused ? EXIT_USAGE : undefined));
    if (code === undefined) throw e;
    return code;
  }
}
