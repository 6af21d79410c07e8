/**
 * The one way the CLI writes a file (issue 16 §5–8). `checkOutput` runs before anything is
 * computed and refuses, in one Chinese line:
 * - an --out that is one of the inputs, compared by real path (symbolic links resolved, case
 *   folded where the file system ignores case) and, when the file exists, by device and inode
 *   (hard links, any other spelling of the same file);
 * - an --out inside a folder whose workbooks the batch reads (it would be read as a county
 *   next time, or replace one now);
 * - an --out that exists, without --force.
 * `writeOutput` then writes the bytes to a new temporary file beside the target (opened with
 * `wx`: never an existing file) and moves it into place: without --force by a hard link, which
 * fails if anything has appeared under that name since the check, so nothing is overwritten;
 * with --force by a rename, which replaces a link rather than writing through it. The temporary
 * file is removed on every way out: an error, process exit, SIGINT, SIGTERM, SIGHUP (SIGKILL
 * cannot be caught; the file then stays, hidden, beside the target).
 */
import * as fs from "fs";
import * as path from "path";
import { EduError } from "../core";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

const EXIT_INPUT = 1;
const EXIT_USAGE = 2;

/** An output the CLI will not write: one Chinese line and an exit code. */
export class OutputRefused extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

export interface OutputRequest {
  /** The --out path as given. */
  out: string;
  force: boolean;
  /** Every file the command reads (workbooks, a profile file). */
  inputs: readonly string[];
  /** Folders whose workbooks the command reads (batch): nothing may be written straight into them. */
  inputFolders?: readonly string[];
  /** Whether names differ only by case on this file system; detected when not given (tests set it). */
  caseInsensitive?: boolean;
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? ZH_CLI.output.failed;
}

/** The real path of an existing file or folder; the resolved path when it cannot be had. */
function realOrResolved(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The real path a file would have: the real path of its nearest existing ancestor with the
 * rest of the path after it (an --out whose folder does not exist yet).
 */
export function realTarget(p: string): { real: string; existingDir: string } {
  const absolute = path.resolve(p);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      const real = fs.realpathSync.native(at);
      const isDir = fs.statSync(real).isDirectory();
      return {
        real: path.join(real, ...rest.reverse()),
        existingDir: isDir ? real : path.dirname(real),
      };
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return { real: absolute, existingDir: absolute };
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

function swapCase(text: string): string {
  let out = "";
  for (const ch of text) {
    const upper = ch.toUpperCase();
    out += upper === ch ? ch.toLowerCase() : upper;
  }
  return out;
}

/**
 * Whether the file system holding `dir` ignores case (Windows, macOS by default): stat the
 * folder, or its nearest ancestor whose name has letters, under a case-swapped name; the same
 * file under both names means case is ignored. Nothing is written to find out. Without a name
 * to try (a path of digits and Chinese only), the platform's usual file system decides.
 */
export function isCaseInsensitive(dir: string): boolean {
  let at = realOrResolved(dir);
  for (;;) {
    const name = path.basename(at);
    const swapped = swapCase(name);
    if (swapped !== name) {
      try {
        const a = fs.statSync(at);
        const b = fs.statSync(path.join(path.dirname(at), swapped));
        return a.dev === b.dev && a.ino === b.ino;
      } catch {
        return false;
      }
    }
    const parent = path.dirname(at);
    if (parent === at) return process.platform === "win32" || process.platform === "darwin";
    at = parent;
  }
}

function comparable(p: string, caseInsensitive: boolean): string {
  const n = path.normalize(p).normalize("NFC");
  return caseInsensitive ? n.toLowerCase() : n;
}

function sameInode(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The files a single-county command reads: the workbook and the --profile file, if any. */
export function inputFiles(args: { file: string; profileFile?: string }): string[] {
  return args.profileFile === undefined ? [args.file] : [args.file, args.profileFile];
}

/** What checkOutput found; writeOutput takes it. */
export interface CheckedOutput {
  request: OutputRequest;
}

/**
 * Refuses an output that would overwrite an input, land among a batch's inputs, or replace an
 * existing file without --force (OutputRefused); run it before computing anything.
 */
export function checkOutput(request: OutputRequest): CheckedOutput {
  const { out, force } = request;
  const target = realTarget(out);
  const folded = request.caseInsensitive ?? isCaseInsensitive(target.existingDir);
  const key = comparable(target.real, folded);
  for (const input of request.inputs) {
    if (comparable(realOrResolved(input), folded) === key || sameInode(input, out)) {
      throw new OutputRefused(
        fill(ZH_CLI.output.sameAsInput, {
          file: out,
          alias: out === input ? "" : fill(ZH_CLI.output.sameAsInputAlias, { input }),
        }),
        EXIT_USAGE
      );
    }
  }
  for (const folder of request.inputFolders ?? []) {
    if (
      comparable(path.dirname(target.real), folded) === comparable(realOrResolved(folder), folded)
    ) {
      throw new OutputRefused(
        fill(ZH_CLI.output.insideInputFolder, { file: out, folder }),
        EXIT_USAGE
      );
    }
  }
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(out);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
      throw new EduError(
        "cannotWrite",
        fill(ZH_CLI.output.isFolder, { file: out }),
        `cannot write ${out}: it is a folder`
      );
    }
    if (!force) {
      throw new OutputRefused(fill(ZH_CLI.output.exists, { file: out }), EXIT_INPUT);
    }
  }
  return { request };
}

// ---------------------------------------------------------------------------
// Temporary files: removed on every way out
// ---------------------------------------------------------------------------

const temporaries = new Set<string>();
const SIGNALS: NodeJS.Signals[] =
  process.platform === "win32"
    ? ["SIGINT", "SIGTERM", "SIGBREAK"]
    : ["SIGINT", "SIGTERM", "SIGHUP"];
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGTERM: 15,
  SIGBREAK: 21,
};

function removeTemporaries(): void {
  for (const file of temporaries) {
    try {
      fs.unlinkSync(file);
    } catch {
      // already gone
    }
  }
  temporaries.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  process.stderr.write(`${ZH_CLI.output.interrupted}\n`);
  process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 15));
}

function track(file: string): void {
  if (temporaries.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on("exit", removeTemporaries);
  }
  temporaries.add(file);
}

function untrack(file: string): void {
  temporaries.delete(file);
  if (temporaries.size === 0) {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.off("exit", removeTemporaries);
  }
}

/** Hidden, beside the target (a rename stays on one file system), and unique. */
function temporaryName(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${random}.edu-balance.tmp`
  );
}

function cannotWrite(file: string, e: unknown): EduError {
  return new EduError(
    "cannotWrite",
    fill(ZH_CLI.output.cannotWrite, { file, code: errno(e) }),
    `cannot write ${file} (${errno(e)})`
  );
}

/** Link errors that mean "this file system has no hard links", not "the name is taken". */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK", "EXDEV"]);

/**
 * Writes `data` to the checked output (see the top of this file). Throws OutputRefused when the
 * target appeared since the check and --force was not given, EduError('cannotWrite') when the
 * file system refuses; in every case no temporary file stays behind.
 */
export async function writeOutput(checked: CheckedOutput, data: Uint8Array): Promise<void> {
  const { out, force } = checked.request;
  // Checked again just before writing: a file may have been linked or renamed into place since.
  checkOutput(checked.request);
  const dir = path.dirname(path.resolve(out));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new EduError(
      "cannotWrite",
      fill(ZH_CLI.output.cannotCreateFolder, { folder: dir, code: errno(e) }),
      `cannot create folder ${dir}`
    );
  }
  const temp = temporaryName(path.resolve(out));
  track(temp);
  try {
    try {
      const handle = await fs.promises.open(temp, "wx");
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    } catch (e) {
      throw cannotWrite(out, e);
    }
    if (force) {
      try {
        fs.renameSync(temp, out);
      } catch (e) {
        throw cannotWrite(out, e);
      }
      return;
    }
    try {
      // Creates the name only if nothing holds it now: no window between check and write.
      fs.linkSync(temp, out);
    } catch (e) {
      const code = errno(e);
      if (code === "EEXIST") {
        throw new OutputRefused(fill(ZH_CLI.output.exists, { file: out }), EXIT_INPUT);
      }
      if (!NO_HARD_LINKS.has(code)) throw cannotWrite(out, e);
      // No hard links here (FAT, some network shares): an exclusive copy still never overwrites.
      try {
        fs.copyFileSync(temp, out, fs.constants.COPYFILE_EXCL);
      } catch (e2) {
        if (errno(e2) === "EEXIST") {
          throw new OutputRefused(fill(ZH_CLI.output.exists, { file: out }), EXIT_INPUT);
        }
        throw cannotWrite(out, e2);
      }
    }
  } finally {
    try {
      fs.unlinkSync(temp);
    } catch {
      // renamed into place, or never created
    }
    untrack(temp);
  }
}
