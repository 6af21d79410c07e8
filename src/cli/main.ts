/**
 * `edu-balance`: an .xlsx of schools in, the 优质均衡 resource assessment out
 * (a Chinese summary, the JSON of interfaces.md §1, or the 申报表 workbook).
 *
 * Exit codes: 0 the county was computed (whether or not it meets the standard);
 * 1 the input or output file could not be used; 2 the command line is wrong.
 * Every failure is one Chinese line on stderr, never a stack trace.
 */
import * as fs from "fs";
import * as path from "path";
import { hasOwn, isEduError, ownValue, PROFILES } from "../core";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, helpText, parseOptions, singleFile } from "./args";
import { assessOutputs, reportAssessment } from "./assessOutput";
import type { AssessArgs } from "./load";
import { loadCounty } from "./load";
import { BatchFailure, isFolder, runBatch } from "./batch";
import { profileOption } from "./profile";
import { colourOn, oneLine, terminalText } from "./text";
import { inputFiles, OutputRefused } from "./output";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

export { chartsFileFor } from "./assessOutput";

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from "./args";

/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Resolves when everything written has been handed to the OS. */
  flush?(): Promise<void>;
  /** Whether stderr is a terminal (the batch progress bar is drawn only then). */
  stderrIsTTY?: boolean;
  /** Resolves when stdout can take more (a long --json is written in pieces). */
  drain?(): Promise<void>;
}

function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    drain: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()))
        : Promise.resolve(),
    // bin/edu-balance.js calls process.exit() with our code; on macOS pipes are
    // asynchronous, so a long JSON document could be cut off without this.
    flush: () =>
      Promise.all([
        new Promise<void>((resolve) => process.stdout.write("", () => resolve())),
        new Promise<void>((resolve) => process.stderr.write("", () => resolve())),
      ]).then(() => undefined),
  };
}

export function usage(): string {
  return helpText(ZH_CLI.main.usage, 22);
}

export function version(): string {
  for (const candidate of [
    path.resolve(__dirname, "../../package.json"),
    path.resolve(__dirname, "../../../package.json"),
  ]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "edu-balance" && pkg.version) return pkg.version;
    } catch {
      // try the next location (lib/cli or src/cli)
    }
  }
  return "unknown";
}

class UsageError extends Error {}

type Command = { kind: "help" } | { kind: "version" } | ({ kind: "assess" } & AssessArgs);

const VALUE_OPTIONS = new Set([
  "--out",
  "--profile",
  "--school-sheet",
  "--class-sheet",
  "--county",
  "--report-doc",
]);
const FLAG_OPTIONS = new Set(["--json", "--force", "--formulas"]);
const ALIASES: Record<string, string> = {
  "-o": "--out",
  "-f": "--force",
  "-h": "--help",
  "-V": "--version",
  "-v": "--version",
};

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError(ZH_CLI.main.noCommand);
  const first = ownValue(ALIASES, argv[0]) ?? argv[0];
  if (first === "--help" || first === "help") return { kind: "help" };
  if (first === "--version") return { kind: "version" };
  if (first !== "assess") {
    if (first.startsWith("-"))
      throw new UsageError(
        fill(ZH_CLI.args.unknownOption, { option: argv[0], help: "edu-balance --help" })
      );
    throw new UsageError(fill(ZH_CLI.main.unknownCommand, { command: argv[0] }));
  }
  const usageError = (message: string): Error => new UsageError(message);
  const parsed = parseOptions(
    argv.slice(1),
    {
      values: VALUE_OPTIONS,
      flags: FLAG_OPTIONS,
      aliases: ALIASES,
      helpCommand: "edu-balance --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return { kind: parsed.kind };
  const { positional, values, flags } = parsed;
  const file = singleFile(positional, ZH_CLI.main.missingFile, usageError);
  // Neither a built-in nor a file: the command line is wrong (exit 2); a bad file is an EduError (exit 1).
  const profile = profileOption(values["--profile"], (message) => new UsageError(message));
  const out = values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw new UsageError(fill(ZH_CLI.main.outNotXlsx, { file: out }));
  const formulas = flags.has("--formulas");
  if (formulas && out === undefined) throw new UsageError(ZH_CLI.main.formulasNeedsOut);
  const reportDoc = values["--report-doc"];
  if (reportDoc !== undefined && !/\.docx$/i.test(reportDoc))
    throw new UsageError(fill(ZH_CLI.main.reportDocNotDocx, { file: reportDoc }));
  return {
    kind: "assess",
    file,
    json: flags.has("--json"),
    out,
    force: flags.has("--force"),
    profile,
    profileFile:
      values["--profile"] === undefined || hasOwn(PROFILES, values["--profile"])
        ? undefined
        : values["--profile"],
    schoolSheet: values["--school-sheet"],
    classSheet: values["--class-sheet"],
    county: values["--county"],
    ...(reportDoc !== undefined ? { reportDoc } : {}),
    ...(formulas ? { formulas } : {}),
  };
}

/** A failure the user can act on: one Chinese line on stderr and an exit code. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

async function runAssess(args: AssessArgs, io: CliIO): Promise<number> {
  // Before anything is computed: never an input, never an existing file without --force (output.ts).
  const outputs = assessOutputs(args, inputFiles(args));
  // The one pipeline (core/pipeline.ts): read, assess, verdict, gaps and breakdowns, each once.
  const ev = await loadCounty(args.file, args);
  await reportAssessment(ev, args, io, path.basename(args.file), outputs);
  return EXIT_OK;
}

/**
 * Everything the CLI prints passes through here: no control character from a workbook, a
 * file name or a message reaches the terminal (issue 16 §9). The one ESC that does is a colour
 * code palette() put there (its marks hold a key no text can contain, text.ts), on a colour
 * terminal; an ESC[32m in a school name loses its ESC like any other (issue 22 §3). The progress
 * bar keeps its carriage returns on stderr.
 */
export function terminalSafe(io: CliIO): CliIO {
  const colour = colourOn(io.isTTY, io.env);
  const edgeReturns = io.stderrIsTTY === true;
  return {
    ...io,
    stdout: (t) => io.stdout(terminalText(t, { colour })),
    stderr: (t) => io.stderr(terminalText(t, { edgeReturns })),
  };
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const code = await run(argv, terminalSafe(io));
  if (io.flush) await io.flush();
  return code;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    // Loaded only for its command (start-up of assess).
    if (argv[0] === "sample") return await (await import("./sample")).runSample(argv.slice(1), io);
    if (argv[0] === "template")
      return await (await import("./template")).runTemplate(argv.slice(1), io);
    if (argv[0] === "collect")
      return await (await import("./collect")).runCollect(argv.slice(1), io);
    if (argv[0] === "compare")
      return await (await import("./compare")).runCompare(argv.slice(1), io);
    if (argv[0] === "formulas")
      return await (await import("./formulas")).runFormulas(argv.slice(1), io);
    if (argv[0] === "recheck")
      return await (await import("./recheck")).runRecheck(argv.slice(1), io);
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        io.stdout(usage());
        return EXIT_OK;
      case "version":
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case "assess":
        if (isFolder(command.file)) {
          if (command.reportDoc !== undefined) throw new UsageError(ZH_CLI.main.reportDocFolder);
          if (command.formulas) throw new UsageError(ZH_CLI.main.formulasFolder);
          return await runBatch(command, io);
        }
        return await runAssess(command, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${ZH_CLI.common.error}${oneLine(e.message)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof CliFailure || e instanceof BatchFailure || e instanceof OutputRefused) {
      io.stderr(`${ZH_CLI.common.error}${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    if (isEduError(e)) {
      io.stderr(`${ZH_CLI.common.error}${oneLine(e.message)}\n`);
      return EXIT_INPUT;
    }
    // A bug, not the user's doing: still one line, with a way to get the details.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      `${ZH_CLI.common.error}${fill(ZH_CLI.main.internalError, {
        message: oneLine(message),
        debugHint: io.env.EDU_BALANCE_DEBUG ? "" : ZH_CLI.main.debugHint,
      })}\n`
    );
    if (io.env.EDU_BALANCE_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT_INPUT;
  }
}
