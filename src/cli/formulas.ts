/**
 * `edu-balance formulas unplug FILE.xlsx [--out NEW.xlsx]` (issue 27 §2): every EDU.* formula of a
 * workbook rewritten into its native form (src/functions/native.ts: toNativeFormula), so that the
 * workbook computes in WPS, Excel 2010–2019 and LibreOffice without the add-in.
 *
 * Surgical, so that nothing else changes: the .xlsx is unzipped, and in each worksheet part only
 * the text of a <f> element that calls EDU.* is replaced (its cached <v> kept); every other part
 * and every other byte of a sheet are copied as they were, and the parts are zipped again in
 * their order. The source file is never written; the output goes through the output guard. When
 * any EDU.* formula cannot be rewritten nothing is written: a half-rewritten workbook would still
 * show #NAME? where the add-in is missing.
 */
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { EduError, isEduError } from "../core";
import { toNativeFormula } from "../functions/native";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";
import {
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
  helpText,
  parseOptions,
} from "./args";
import type { CliIO } from "./main";
import { checkOutput, OutputRefused, writeOutput } from "./output";
import { readWorkbookFileBytes } from "./readFile";
import { oneLine } from "./text";

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

/** XML text → text: the five entities and character references. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp"
      ? "&"
      : e === "lt"
        ? "<"
        : e === "gt"
          ? ">"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
  );
}

/** Text → XML element text. */
function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A formula that calls EDU.* (as typed, or as Excel saves an add-in's function). */
const CALLS_EDU = /(?:^|[^A-Za-z0-9_.])(?:EDU\.|_xldudf_EDU[._])/i;

/** The sheets' names by their part (xl/worksheets/sheet1.xml → 学校基础数据), from workbook.xml and its relationships. */
function sheetNames(files: Record<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target)
      targets.set(
        id,
        target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`
      );
  }
  for (const m of strFromU8(workbook).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

interface Change {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}
interface Refusal {
  sheet: string;
  cell: string;
  formula: string;
  reason: string;
}

/** The rewritten parts, what changed and what could not be rewritten. */
export function unplugWorkbook(bytes: Uint8Array): {
  files: Record<string, Uint8Array>;
  order: string[];
  changes: Change[];
  refusals: Refusal[];
} {
  const files = unzipSync(bytes);
  const order = Object.keys(files);
  const names = sheetNames(files);
  const changes: Change[] = [];
  const refusals: Refusal[] = [];
  for (const part of order) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(part)) continue;
    const xml = strFromU8(files[part]);
    if (!CALLS_EDU.test(xml)) continue;
    const sheet = names.get(part) ?? path.posix.basename(part, ".xml");
    let touched = false;
    // A cell's start tag, then (before its end) its formula element: only that text is replaced.
    const rewritten = xml.replace(
      /(<c\b[^>]*?\br="([A-Z]{1,3}\d{1,7})"[^>]*>)((?:(?!<\/c>)[\s\S])*?)(<f\b[^>]*>)([^<]*)(<\/f>)/g,
      (
        whole,
        cellTag: string,
        cell: string,
        between: string,
        fOpen: string,
        text: string,
        fClose: string
      ) => {
        const formula = unescapeXml(text);
        if (!CALLS_EDU.test(formula)) return whole;
        const native = toNativeFormula(formula);
        if ("refused" in native) {
          refusals.push({ sheet, cell, formula, reason: native.refused });
          return whole;
        }
        touched = true;
        changes.push({ sheet, cell, before: formula, after: native.formula });
        return `${cellTag}${between}${fOpen}${escapeXml(native.formula)}${fClose}`;
      }
    );
    if (touched) files[part] = strToU8(rewritten);
  }
  return { files, order, changes, refusals };
}

/** The parts zipped again in their order. */
function zipParts(files: Record<string, Uint8Array>, order: readonly string[]): Uint8Array {
  const zippable: Zippable = {};
  for (const name of order) zippable[name] = [files[name], { level: 6 }];
  return zipSync(zippable);
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
    let result: ReturnType<typeof unplugWorkbook>;
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
      return EXIT_OK;
    }
    for (const c of changes.slice(0, LISTED)) io.stdout(`${oneLine(fill(T.change, { ...c }))}\n`);
    if (changes.length > LISTED) io.stdout(`${fill(T.more, { n: changes.length - LISTED })}\n`);
    if (output === undefined || args.out === undefined) {
      io.stdout(`${fill(T.planned, { n: changes.length })}\n`);
      return EXIT_OK;
    }
    await writeOutput(output, zipParts(result.files, result.order));
    io.stdout(`${fill(T.written, { n: changes.length, file: args.out })}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof OutputRefused) {
      io.stderr(`${ZH_CLI.common.error}${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
