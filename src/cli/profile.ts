/**
 * `--profile NAME|FILE`: a built-in profile by id, or a province's profile file
 * (JSON, src/core/profiles/load.ts) by path. The core checks the file; this
 * module only reads it.
 */
import * as fs from "fs";
import * as path from "path";
import {
  checkProfileFileSize,
  DEFAULT_PROFILE,
  EduError,
  parseProfileText,
  PROFILE_FILE_MAX_BYTES,
  PROFILES,
  type StandardsProfile,
} from "../core";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** The --profile value names neither a built-in profile nor a file: a command-line error (exit 2). */
export class UnknownProfileError extends Error {}

/** "national-2017（国家优质均衡标准…）、basic-2012（…）": the built-ins, for help and errors. */
export function builtInProfileList(): string {
  return Object.values(PROFILES)
    .map((p) => fill(ZH_CLI.profile.builtIn, { id: p.id, name: p.name }))
    .join(ZH_CLI.common.listSeparator);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The profile `--profile` names. A built-in id wins; otherwise the value is a
 * path to a profile file. Throws UnknownProfileError when it is neither, and an
 * EduError (code 'badProfile', exit 1) when the file cannot be read, is larger
 * than PROFILE_FILE_MAX_BYTES (1 MB) or is not a valid profile.
 */
export function resolveProfile(value: string): StandardsProfile {
  if (Object.prototype.hasOwnProperty.call(PROFILES, value)) return PROFILES[value];
  if (!isFile(value)) {
    const looksLikeFile = /[\\/]|\.json$/i.test(value);
    throw new UnknownProfileError(
      looksLikeFile
        ? fill(ZH_CLI.profile.fileNotFound, { file: value, builtIns: builtInProfileList() })
        : fill(ZH_CLI.profile.unknown, { name: value, builtIns: builtInProfileList() })
    );
  }
  const sourceName = path.basename(value);
  return parseProfileText(readProfileFile(value, sourceName), { builtins: PROFILES, sourceName });
}

/**
 * The file's text, its size checked with fstat before anything is read (a real
 * profile is a few KB; PROFILE_FILE_MAX_BYTES) and the read stopped one byte past
 * the limit, so a file that grows while it is read cannot get past it either.
 */
function readProfileFile(file: string, sourceName: string): string {
  const cannotRead = (e: unknown): EduError => {
    const code = (e as NodeJS.ErrnoException).code ?? ZH_CLI.profile.failed;
    return new EduError(
      "badProfile",
      fill(ZH_CLI.profile.cannotRead, { file, code }),
      `cannot read profile file ${file} (${code})`
    );
  };
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (e) {
    throw cannotRead(e);
  }
  try {
    let stat: fs.Stats;
    try {
      stat = fs.fstatSync(fd);
    } catch (e) {
      throw cannotRead(e);
    }
    // Replaced by a folder or a device since isFile() looked: nothing to read.
    if (!stat.isFile()) throw cannotRead({ code: ZH_CLI.profile.notAFile });
    const size = stat.size;
    checkProfileFileSize(size, { sourceName });
    const buffer = Buffer.alloc(Math.min(size, PROFILE_FILE_MAX_BYTES) + 1);
    let length = 0;
    try {
      for (;;) {
        const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0) break;
        length += n;
        if (length === buffer.length) break;
      }
    } catch (e) {
      throw cannotRead(e);
    }
    checkProfileFileSize(length, { sourceName });
    return buffer.toString("utf8", 0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `--profile` as a sub-command reads it: the default profile when absent; a name that is
 * neither built in nor a file is a usage error (exit 2), made by `usageError`; a bad profile
 * file stays an EduError (exit 1).
 */
export function profileOption(
  given: string | undefined,
  usageError: (message: string) => Error
): StandardsProfile {
  if (given === undefined) return DEFAULT_PROFILE;
  try {
    return resolveProfile(given);
  } catch (e) {
    if (e instanceof UnknownProfileError) throw usageError(e.message);
    throw e;
  }
}
