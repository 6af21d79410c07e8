/**
 * `edu-balance collect FOLDER [--out 学校基础数据.xlsx] [--force] [--list 名单.xlsx|.csv]
 * [--profile ID] [--json]` (issue 23 §6): a folder of returned one-school forms (and
 * one-row school workbooks) → the county school table in the template's layout, with a
 * 回收情况 sheet — which file gave which school, which were not written and why, every
 * message at its file and cell, and against a 名单 (or last year's county table) the
 * schools that have not returned a form.
 *
 * Also `assess FOLDER` when the folder holds forms, not county workbooks (batch.ts decides):
 * collected in memory, then assessed as `assess` assesses the written table.
 *
 * Exit codes as assess: 0 the table was written (forms with errors are written and named);
 * 1 nothing could be collected, or a file cannot be read or written; 2 the command line is wrong.
 */
import * as fs from "fs";
import * as path from "path";
import {
  collectSchools,
  EduError,
  evaluate,
  hasOwn,
  isEduError,
  parseCsv,
  PROFILES,
  readRoster,
  readSchoolSources,
  type Collection,
  type SchoolSource,
  type SheetCells,
  type StandardsProfile,
} from "../core";
import { receiptSummary, RECEIPT_SHEET, STATUS_TEXT } from "../report";
import {
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
  helpText,
  parseOptions,
  singleFile,
  saidFailure,
} from "./args";
import { assessOutputs, reportAssessment } from "./assessOutput";
import { jsonText } from "../report";
import { noSchoolsMessage, type AssessArgs } from "./load";
import type { CliIO } from "./main";
import { checkOutput, writeOutput } from "./output";
import { profileOption } from "./profile";
import { readWorkbookFile } from "./readFile";
import { oneLine } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** collect's default output, in the current folder. */
export const COLLECT_OUT = ZH_CLI.collect.defaultOut;
/** A 名单 in CSV is read whole: a county's list is a few KB; this leaves room for a province's. */
export const LIST_CSV_BYTES = 16 * 1024 * 1024;

/** A failure the user can act on: one Chinese line and an exit code. */
export class CollectFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

export function collectUsage(): string {
  return helpText(
    ZH_CLI.collect.usage,
    18,
    { out: { default: COLLECT_OUT } },
    { receiptSheet: RECEIPT_SHEET }
  );
}

export interface CollectArgs {
  folder: string;
  out: string;
  force: boolean;
  json: boolean;
  list?: string;
  profile: StandardsProfile;
  profileFile?: string;
}

function parseCollectArgs(argv: readonly string[]): CollectArgs | "help" {
  const usageError = (message: string) => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: new Set(["--out", "--list", "--profile"]),
      flags: new Set(["--force", "--json"]),
      aliases: { "-h": "--help", "-f": "--force", "-o": "--out" },
      helpCommand: "edu-balance collect --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return "help";
  const folder = singleFile(parsed.positional, ZH_CLI.collect.missingFolder, usageError);
  const out = parsed.values["--out"] ?? COLLECT_OUT;
  if (!/\.xlsx$/i.test(out)) throw usageError(fill(ZH_CLI.main.outNotXlsx, { file: out }));
  const list = parsed.values["--list"];
  if (list !== undefined && !/\.(xlsx|xls|et|csv)$/i.test(list))
    throw usageError(fill(ZH_CLI.collect.badList, { file: list }));
  const given = parsed.values["--profile"];
  const profile = profileOption(given, usageError);
  const args: CollectArgs = {
    folder,
    out,
    force: parsed.flags.has("--force"),
    json: parsed.flags.has("--json"),
    profile,
  };
  if (list !== undefined) args.list = list;
  if (given !== undefined && !hasOwn(PROFILES, given)) args.profileFile = given;
  return args;
}

// ---------------------------------------------------------------------------
// The folder
// ---------------------------------------------------------------------------

export interface FolderFiles {
  /** Paths of the workbooks to read, by name. */
  workbooks: string[];
  /** What was not read, and why. */
  skipped: { file: string; reason: string }[];
}

const WORKBOOK = /\.(xlsx|xls|et)$/i;

function compareNames(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The folder's workbooks (no subfolders, no ~$ lock files, no hidden files), and what was skipped. */
export function folderFiles(folder: string, exclude: readonly string[] = []): FolderFiles {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CollectFailure(
      code === "ENOENT"
        ? fill(ZH_CLI.collect.folderNotFound, { folder })
        : code === "ENOTDIR"
          ? fill(ZH_CLI.collect.notAFolder, { folder })
          : fill(ZH_CLI.batch.cannotReadFolder, { folder, code: code ?? ZH_CLI.output.failed }),
      EXIT_INPUT
    );
  }
  const excluded = new Set(exclude.map((f) => path.resolve(f)));
  const out: FolderFiles = { workbooks: [], skipped: [] };
  for (const name of names.sort(compareNames)) {
    const file = path.join(folder, name);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.subfolder });
    } else if (name.startsWith("~$")) {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.lockFile });
    } else if (name.startsWith(".")) {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.hidden });
    } else if (!WORKBOOK.test(name)) {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.notWorkbook });
    } else if (excluded.has(path.resolve(file))) {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.theList });
    } else if (stat?.isFile()) {
      out.workbooks.push(file);
    } else {
      out.skipped.push({ file: name, reason: ZH_CLI.collect.skipped.notAFile });
    }
  }
  return out;
}

/** Reads one returned file into what it holds for collecting; an unreadable file says why. */
export async function sourcesOfFile(
  file: string,
  profile: StandardsProfile
): Promise<SchoolSource[]> {
  const name = path.basename(file);
  try {
    return readSchoolSources(name, await readWorkbookFile(file), { profile });
  } catch (e) {
    if (!isEduError(e)) throw e;
    return [{ kind: "unreadable", file: name, reason: oneLine(e.message) }];
  }
}

// ---------------------------------------------------------------------------
// The 名单
// ---------------------------------------------------------------------------

/** A CSV's text: UTF-8 (with or without BOM), else GB18030 as Chinese Excel saves it. */
export function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180 fields: the core's parser (also the renames file's, issue 25). */
export { parseCsv };

async function readListSheets(file: string): Promise<SheetCells[]> {
  if (!/\.csv$/i.test(file)) return readWorkbookFile(file);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile())
      throw new CollectFailure(fill(ZH_CLI.collect.listNotAFile, { file }), EXIT_INPUT);
    if (stat.size > LIST_CSV_BYTES)
      throw new CollectFailure(
        fill(ZH_CLI.collect.listTooLarge, {
          file,
          size: Math.round(stat.size / 1024 / 1024),
          limit: LIST_CSV_BYTES / 1024 / 1024,
        }),
        EXIT_INPUT
      );
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof CollectFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CollectFailure(
      code === "ENOENT"
        ? fill(ZH_CLI.collect.listNotFound, { file })
        : fill(ZH_CLI.collect.cannotReadList, { file, code: code ?? ZH_CLI.output.failed }),
      EXIT_INPUT
    );
  }
  return [{ name: path.basename(file), values: parseCsv(csvText(bytes)) }];
}

async function loadRoster(file: string, profile: StandardsProfile) {
  const roster = readRoster(path.basename(file), await readListSheets(file), profile);
  if (!roster) throw new CollectFailure(fill(ZH_CLI.collect.noNameColumn, { file }), EXIT_INPUT);
  return roster;
}

// ---------------------------------------------------------------------------
// What is said
// ---------------------------------------------------------------------------

/** collect --json: what was collected (README, "collect --json"). */
export function collectionJson(
  c: Collection,
  extra: { folder?: string; out?: string; skipped?: FolderFiles["skipped"] } = {}
) {
  return {
    ...(extra.folder === undefined ? {} : { folder: extra.folder }),
    ...(extra.out === undefined ? {} : { out: extra.out }),
    profile: c.profile.id,
    written: c.entries.filter((e) => e.written).length,
    files: c.entries.map((e) => ({
      file: e.file,
      sheet: e.sheet ?? null,
      kind: e.kind,
      school: e.school ?? null,
      status: e.status,
      written: e.written,
      row: e.row ?? null,
      errors: e.errors,
      warnings: e.warnings,
    })),
    issues: c.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      file: i.file,
      sheet: i.sheet ?? null,
      row: i.row ?? null,
      column: i.column ?? null,
      field: i.field ?? null,
      school: i.school ?? null,
      message: i.message,
    })),
    duplicates: c.duplicates,
    roster: c.roster ?? null,
    skipped: extra.skipped ?? [],
  };
}

function renderCollectText(
  c: Collection,
  folder: string,
  out: string | undefined,
  skipped: FolderFiles["skipped"]
): string {
  const W = ZH_CLI.collect;
  const lines: string[] = [];
  lines.push(fill(W.title, { folder }));
  lines.push(receiptSummary(c));
  if (out !== undefined) {
    const written = c.entries.filter((e) => e.written).length;
    lines.push(
      fill(W.writtenFile, { file: out, sheet: c.sheet.name, n: written, receipt: RECEIPT_SHEET })
    );
  }
  const notWritten = c.entries.filter(
    (e) => !e.written && e.status !== "notForm" && e.status !== "unreadable"
  );
  if (notWritten.length > 0) {
    lines.push("", fill(W.notWrittenTitle, { n: notWritten.length }));
    for (const e of notWritten)
      lines.push(
        `  ${fill(W.entry, {
          file: e.file,
          sheet: e.sheet ? fill(W.entrySheet, { sheet: e.sheet }) : "",
          school: e.school ? ` ${e.school}` : "",
          status: STATUS_TEXT[e.status],
        })}`
      );
  }
  const errors = c.issues.filter((i) => i.severity === "error");
  const warnings = c.issues.filter((i) => i.severity === "warning");
  if (errors.length > 0) {
    lines.push("", fill(W.errorsTitle, { n: errors.length }));
    for (const i of errors) lines.push(`  ${i.message}`);
  }
  if (warnings.length > 0) {
    lines.push("", fill(W.warningsTitle, { n: warnings.length }));
    for (const i of warnings) lines.push(`  ${i.message}`);
  }
  if (c.roster) {
    lines.push(
      "",
      fill(W.missingTitle, {
        file: c.roster.file,
        expected: c.roster.expected,
        n: c.roster.missing.length,
        names:
          c.roster.missing.length > 0
            ? fill(W.missingNames, {
                names: c.roster.missing.join(ZH_CLI.common.listSeparator),
              })
            : "",
      })
    );
    if (c.roster.notInList.length > 0)
      lines.push(
        fill(W.notInListTitle, {
          n: c.roster.notInList.length,
          names: c.roster.notInList.join(ZH_CLI.common.listSeparator),
        })
      );
  }
  if (skipped.length > 0) {
    lines.push("", fill(W.skippedTitle, { n: skipped.length }));
    for (const s of skipped) lines.push(`  ${s.file}：${s.reason}`);
  }
  if (out !== undefined) lines.push("", fill(W.nextStep, { file: out }));
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------
// The commands
// ---------------------------------------------------------------------------

export async function runCollect(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseCollectArgs(argv), collectUsage, io);
  if ("exit" in args) return args.exit;
  try {
    return await collect(args, io);
  } catch (e) {
    const code = saidFailure(e, io, (x) => (x instanceof CollectFailure ? x.exitCode : undefined));
    if (code === undefined) throw e;
    return code;
  }
}

async function collect(args: CollectArgs, io: CliIO): Promise<number> {
  const files = folderFiles(args.folder, args.list === undefined ? [] : [args.list]);
  const inputs = [...files.workbooks];
  if (args.list !== undefined) inputs.push(args.list);
  if (args.profileFile !== undefined) inputs.push(args.profileFile);
  // Before anything is read: never an input, never into the folder, never over a file without --force.
  const output = checkOutput({
    out: args.out,
    force: args.force,
    inputs,
    inputFolders: [args.folder],
  });
  const roster = args.list === undefined ? undefined : await loadRoster(args.list, args.profile);
  if (files.workbooks.length === 0)
    throw new CollectFailure(
      fill(ZH_CLI.collect.noWorkbooks, {
        folder: args.folder,
        skipped:
          files.skipped.length > 0
            ? fill(ZH_CLI.collect.noWorkbooksSkipped, {
                n: files.skipped.length,
                files: files.skipped.map((s) => s.file).join(ZH_CLI.common.listSeparator),
              })
            : "",
      }),
      EXIT_INPUT
    );
  const sources: SchoolSource[] = [];
  for (const [i, file] of files.workbooks.entries()) {
    if (io.stderrIsTTY === true)
      io.stderr(
        `\r${fill(ZH_CLI.collect.reading, {
          done: i + 1,
          total: files.workbooks.length,
          file: path.basename(file),
        })}`
      );
    sources.push(...(await sourcesOfFile(file, args.profile)));
  }
  if (io.stderrIsTTY === true) io.stderr("\r\x1b[K");
  const c = collectSchools(sources, { profile: args.profile, ...(roster ? { roster } : {}) });
  const written = c.entries.filter((e) => e.written).length;
  const wrote = written > 0;
  if (wrote) {
    const { collectionToXlsxBytes } = await import("../report/xlsx");
    await writeOutput(output, await collectionToXlsxBytes(c));
  }
  if (args.json)
    io.stdout(
      `${jsonText(collectionJson(c, { folder: args.folder, out: wrote ? args.out : undefined, skipped: files.skipped }))}\n`
    );
  else io.stdout(renderCollectText(c, args.folder, wrote ? args.out : undefined, files.skipped));
  if (!wrote) {
    io.stderr(
      `${ZH_CLI.common.error}${fill(ZH_CLI.collect.nothingWritten, { folder: args.folder, file: args.out })}\n`
    );
    return EXIT_INPUT;
  }
  if (args.json) io.stderr(`${fill(ZH_CLI.collect.written, { file: args.out })}\n`);
  return EXIT_OK;
}

/**
 * `assess FOLDER` of one-school forms: collected as `collect` collects them (nothing written
 * but the --out 申报表), then assessed as `assess` assesses the county table collect writes.
 * The JSON is interfaces.md §1's with `collection` (collect --json's document) added.
 */
export async function assessCollected(
  args: AssessArgs,
  io: CliIO,
  sources: readonly SchoolSource[],
  inputs: readonly string[]
): Promise<number> {
  const folder = args.file;
  const outputs = assessOutputs(args, inputs, [folder]);
  const c = collectSchools(sources, { profile: args.profile });
  const ev = evaluate(c.read, { profile: args.profile });
  const name = path.basename(path.resolve(folder));
  if (ev.read.schools.length === 0) {
    const why = c.entries.some((e) => e.written)
      ? noSchoolsMessage(ev.read, folder)
      : fill(ZH_CLI.collect.noForms, {
          folder: name,
          reason: c.issues.find((i) => i.severity === "error")?.message ?? receiptSummary(c),
        });
    throw new EduError("noSchools", why, `no schools in ${folder}`);
  }
  if (!args.json)
    io.stdout(`${fill(ZH_CLI.collect.assessTitle, { folder })}\n${receiptSummary(c)}\n\n`);
  await reportAssessment(ev, args, io, name, outputs, { collection: collectionJson(c) });
  return EXIT_OK;
}
