/**
 * `edu-balance formulas unplug FILE.xlsx [--out NEW.xlsx]` (issue 27 §2): every EDU.* formula of a
 * workbook rewritten into its native form (src/functions/native.ts: toNativeFormula), so that the
 * workbook computes in WPS, Excel 2010–2019 and LibreOffice without the add-in.
 *
 * The rewriting itself is src/workbook/unplug.ts (shared with the offline page): surgical, only
 * the text of each <f> element that calls EDU.* is replaced. The source file is never written;
 * the output goes through the output guard. When any EDU.* formula cannot be rewritten nothing
 * is written: a half-rewritten workbook would still show #NAME? where the add-in is missing.
 */
import * as path from "path";
import { EduError, isEduError } from "../core";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";
import {
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
  helpText,
  parseOptions,
  saidFailure,
} from "./args";
import type { CliIO } from "./main";
import { checkOutput, writeOutput } from "./output";
import { readWorkbookFileBytes } from "./readFile";
import { oneLine } from "./text";
import { unplugWorkbook, unplugZipBytes, type Unplugged } from "../workbook/unplug";

const T = ZH_CLI.formulas;
/** How many changes the terminal lists before "……另有 N 处". */
const LISTED = 30;

export function formulasUsage(): string {
  return helpText(T.usage, 20);
}

interface UnplugArgs {
  file: string;
  out?: string;
  force: boolean;
}

function parseFormulasArgs(argv: readonly string[]): UnplugArgs | "help" {
  const usageError = (message: string): Error => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: new Set(["--out"]),
      flags: new Set(["--force"]),
      aliases: { "-h": "--help", "-o": "--out", "-f": "--force" },
      helpCommand: "edu-balance formulas --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return "help";
  const [action, file, ...rest] = parsed.positional;
  if (action === undefined) throw usageError(T.missingFile);
  if (action !== "unplug") throw usageError(fill(T.unknownAction, { action }));
  if (file === undefined || rest.length > 0) throw usageError(T.missingFile);
  if (!/\.xlsx$/i.test(file)) throw usageError(fill(T.notXlsx, { file }));
  const out = parsed.values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw usageError(fill(ZH_CLI.main.outNotXlsx, { file: out }));
  return { file, ...(out !== undefined ? { out } : {}), force: parsed.flags.has("--force") };
}

function notWorkbook(file: string): EduError {
  return new EduError(
    "notWorkbook",
    fill(T.notWorkbook, { file: path.basename(file) }),
    `${file} is not an .xlsx workbook`
  );
}

export async function runFormulas(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseFormulasArgs(argv), formulasUsage, io);
  if ("exit" in args) return args.exit;
  try {
    const output =
      args.out === undefined
        ? undefined
        : checkOutput({ out: args.out, force: args.force, inputs: [args.file] });
    // The CLI's one guarded read (missing, a folder or a pipe, empty, too large, not a workbook).
    let bytes: Uint8Array;
    try {
      bytes = readWorkbookFileBytes(args.file);
    } catch (e) {
      // Not a workbook at all: said as an unzippable file is said, in this command's words.
      if (isEduError(e) && e.code === "notXlsx") throw notWorkbook(args.file);
      throw e;
    }
    let result: Unplugged;
    try {
      result = unplugWorkbook(bytes);
      if (!Object.keys(result.files).some((n) => n.startsWith("xl/worksheets/")))
        throw new Error("no sheets");
    } catch {
      throw notWorkbook(args.file);
    }
    const { changes, refusals } = result;
    if (refusals.length > 0) {
      for (const r of refusals.slice(0, LISTED))
        io.stderr(`${ZH_CLI.common.error}${oneLine(fill(T.refused, { ...r }))}\n`);
      if (refusals.length > LISTED) io.stderr(`${fill(T.more, { n: refusals.length - LISTED })}\n`);
      io.stderr(`${ZH_CLI.common.error}${fill(T.refusedSummary, { n: refusals.length })}\n`);
      return EXIT_INPUT;
    }
    if (changes.length === 0) {
      io.stdout(`${fill(T.none, { file: path.basename(args.file) })}\n`);
      // Asked for an output (a script converting a folder expects one): the same bytes, unchanged.
      if (output !== undefined && args.out !== undefined) {
        await writeOutput(output, bytes);
        io.stdout(`${fill(T.copied, { file: args.out })}\n`);
      }
      return EXIT_OK;
    }
    for (const c of changes.slice(0, LISTED)) io.stdout(`${oneLine(fill(T.change, { ...c }))}\n`);
    if (changes.length > LISTED) io.stdout(`${fill(T.more, { n: changes.length - LISTED })}\n`);
    if (output === undefined || args.out === undefined) {
      io.stdout(`${fill(T.planned, { n: changes.length })}\n`);
      return EXIT_OK;
    }
    await writeOutput(output, unplugZipBytes(result.files, result.order));
    io.stdout(`${fill(T.written, { n: changes.length, file: args.out })}\n`);
    return EXIT_OK;
  } catch (e) {
    const code = saidFailure(e, io);
    if (code === undefined) throw e;
    return code;
  }
}
