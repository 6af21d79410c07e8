/**
 * The command line's options, split the one way every edu-balance command reads
 * them: `--name value`, `--name=value`, flags, `--` ending the options, and a
 * clear Chinese message for anything else.
 */
import { DEFAULT_PROFILE, isEduError, ownValue } from "../core";
import type { CliIO } from "./main";
import { OutputRefused } from "./output";
import { builtInProfileList } from "./profile";
import { displayWidth, oneLine, padEnd } from "./text";
import { fill, type FillParams } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** Exit codes of every command: 0 computed (pass or fail), 1 a file that cannot be read or written, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** A sub-command's arguments that cannot be understood: exit 2, with the message. */
export class CommandUsageError extends Error {}

/**
 * A sub-command's arguments (sample, template, collect, recheck), or the exit code when there is
 * nothing to run: the help printed (0), a usage error (2) or an input the arguments name that
 * cannot be used, e.g. a profile file (1), each said in one line.
 */
export function commandArgs<T>(
  parse: () => T | "help",
  usage: () => string,
  io: CliIO
): T | { exit: number } {
  let args: T | "help";
  try {
    args = parse();
  } catch (e) {
    if (e instanceof CommandUsageError || isEduError(e)) {
      io.stderr(`${ZH_CLI.common.error}${oneLine(e.message)}\n`);
      return { exit: e instanceof CommandUsageError ? EXIT_USAGE : EXIT_INPUT };
    }
    throw e;
  }
  if (args === "help") {
    io.stdout(usage());
    return { exit: EXIT_OK };
  }
  return args;
}

export interface OptionSpec {
  /** Options that take a value. */
  values: ReadonlySet<string>;
  /** Options that take none. */
  flags: ReadonlySet<string>;
  /** Short or alternative spellings, e.g. -o → --out. */
  aliases?: Readonly<Record<string, string>>;
  /** How to ask for help in a message, e.g. "edu-balance sample --help". */
  helpCommand: string;
}

export type ParsedOptions =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "options"; positional: string[]; values: Record<string, string>; flags: Set<string> };

/** Splits argv (after the command word); throws `usageError(message)` for what it cannot use. */
export function parseOptions(
  argv: readonly string[],
  spec: OptionSpec,
  usageError: (message: string) => Error
): ParsedOptions {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith("-") || raw === "-") {
      positional.push(raw);
      continue;
    }
    const eq = raw.indexOf("=");
    const written = eq > 0 ? raw.slice(0, eq) : raw;
    const name = (spec.aliases && ownValue(spec.aliases, written)) ?? written;
    if (name === "--help") return { kind: "help" };
    if (name === "--version") return { kind: "version" };
    if (spec.values.has(name)) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "")
        throw usageError(fill(ZH_CLI.args.needsValue, { name }));
      if (values[name] !== undefined) throw usageError(fill(ZH_CLI.args.givenTwice, { name }));
      values[name] = value;
    } else if (spec.flags.has(name) && eq < 0) {
      flags.add(name);
    } else {
      throw usageError(fill(ZH_CLI.args.unknownOption, { option: raw, help: spec.helpCommand }));
    }
  }
  return { kind: "options", positional, values, flags };
}

/** The one input file a command reads. */
export function singleFile(
  positional: readonly string[],
  missingMessage: string,
  usageError: (message: string) => Error
): string {
  if (positional.length === 0) throw usageError(missingMessage);
  if (positional.length > 1)
    throw usageError(
      fill(ZH_CLI.args.oneFileOnly, {
        n: positional.length,
        files: positional.join(ZH_CLI.common.listSeparator),
      })
    );
  return positional[0];
}

/** A sub-command's usage in the catalogue: its head, its options (flag, description) in display order, its tail. */
export interface UsageText {
  head: string;
  tail: string;
  options: Readonly<Record<string, readonly string[]>>;
}

/**
 * A sub-command's --help: the head, one line per option in the catalogue's order (the flag
 * padded to `width` columns, the description filled with `params[option]`; `profile` also gets
 * the built-in profiles and the default), the tail.
 */
export function helpText(
  usage: UsageText,
  width: number,
  params: Readonly<Record<string, FillParams>> = {},
  headParams: FillParams = {}
): string {
  const profile = { builtIns: builtInProfileList(), default: DEFAULT_PROFILE.id };
  const lines = Object.entries(usage.options).map(([key, [flag, text]]) => {
    const filled = fill(text, { ...(key === "profile" ? profile : {}), ...params[key] });
    // A flag as wide as its column or wider: its words on the next line, in the column.
    if (displayWidth(flag) >= width) return `  ${flag}\n  ${" ".repeat(width)}${filled}`;
    return `  ${padEnd(flag, width)}${filled}`;
  });
  return [fill(usage.head, headParams), ...lines, usage.tail].join("\n");
}

/**
 * A failure the user can act on, said in one line on stderr, and its exit code: a command's own
 * (`own` gives its code, e.g. CollectFailure's), the output guard's refusal (its code), an
 * EduError (a file that cannot be read: exit 1). Undefined for anything else — a bug, which the
 * command rethrows for main's "internal error" line. Every subcommand ends with this.
 */
export function saidFailure(
  e: unknown,
  io: Pick<CliIO, "stderr">,
  own?: (e: unknown) => number | undefined
): number | undefined {
  const code =
    own?.(e) ?? (e instanceof OutputRefused ? e.exitCode : isEduError(e) ? EXIT_INPUT : undefined);
  if (code !== undefined)
    io.stderr(`${ZH_CLI.common.error}${oneLine(e instanceof Error ? e.message : String(e))}\n`);
  return code;
}
