/**
 * `--profile NAME|FILE`: a built-in profile by id, or a province's profile file
 * (JSON, src/core/profiles/load.ts) by path. The core checks the file; this
 * module only reads it.
 */
import * as fs from "fs";
import * as path from "path";
import { EduError, parseProfileText, PROFILES, type StandardsProfile } from "../core";

/** The --profile value names neither a built-in profile nor a file: a command-line error (exit 2). */
export class UnknownProfileError extends Error {}

/** "national-2017（国家优质均衡标准…）、basic-2012（…）": the built-ins, for help and errors. */
export function builtInProfileList(): string {
  return Object.values(PROFILES)
    .map((p) => `${p.id}（${p.name}）`)
    .join("、");
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
 * EduError (code 'badProfile', exit 1) when the file cannot be read or is not a
 * valid profile.
 */
export function resolveProfile(value: string): StandardsProfile {
  if (Object.prototype.hasOwnProperty.call(PROFILES, value)) return PROFILES[value];
  if (!isFile(value)) {
    const looksLikeFile = /[\\/]|\.json$/i.test(value);
    throw new UnknownProfileError(
      looksLikeFile
        ? `找不到评估标准文件 ${value}；可用的内置标准：${builtInProfileList()}`
        : `未知的评估标准 ${value}；可选的内置标准：${builtInProfileList()}，或给出评估标准文件（.json）的路径`
    );
  }
  let text: string;
  try {
    text = fs.readFileSync(value, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "失败";
    throw new EduError(
      "badProfile",
      `无法读取评估标准文件 ${value}（${code}）`,
      `cannot read profile file ${value} (${code})`
    );
  }
  return parseProfileText(text, { builtins: PROFILES, sourceName: path.basename(value) });
}
