/**
 * 转换为普通公式 (issue 27 §2): every EDU.* formula of an .xlsx rewritten into its native form
 * (src/functions/native.ts: toNativeFormula), so that the workbook computes in WPS, Excel
 * 2010–2019 and LibreOffice without the add-in. Host-neutral (no fs, no path, no DOM): the CLI
 * (`edu-balance formulas unplug`) and the offline page both call it on a file's bytes.
 *
 * Surgical, so that nothing else changes: the .xlsx is unzipped, and in each worksheet part only
 * the text of a <f> element that calls EDU.* is replaced (its cached <v> kept); every other part
 * and every other byte of a sheet are copied as they were, and the parts are zipped again in
 * their order, each stamped with one fixed time (unplugZipBytes) so that the same file always
 * gives the same bytes, whichever host converts it and whenever.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { CALLS_EDU, toNativeFormula } from "../functions/native";

export { CALLS_EDU };

/** XML text → text: the five entities and character references. */
export function unescapeXml(text: string): string {
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
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** "xl/worksheets/sheet3.xml" → "sheet3": a sheet part's name when workbook.xml does not name it. */
function partStem(part: string): string {
  return part.slice(part.lastIndexOf("/") + 1).replace(/\.xml$/, "");
}

/** The sheets' names by their part (xl/worksheets/sheet1.xml → 学校基础数据), from workbook.xml and its relationships. */
export function sheetNames(files: Record<string, Uint8Array>): Map<string, string> {
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

/** One rewritten cell: its sheet, its address, its formula before and after (as stored: no "="). */
export interface UnplugChange {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

/** One EDU.* formula that cannot be rewritten, and why. */
export interface UnplugRefusal {
  sheet: string;
  cell: string;
  formula: string;
  reason: string;
}

export interface Unplugged {
  /** Every part of the package, the rewritten sheets with their new text. */
  files: Record<string, Uint8Array>;
  /** The parts' order in the source package. */
  order: string[];
  changes: UnplugChange[];
  refusals: UnplugRefusal[];
}

/** The rewritten parts, what changed and what could not be rewritten. Throws when the bytes are not a zip. */
export function unplugWorkbook(bytes: Uint8Array): Unplugged {
  const files = unzipSync(bytes);
  const order = Object.keys(files);
  const names = sheetNames(files);
  const changes: UnplugChange[] = [];
  const refusals: UnplugRefusal[] = [];
  for (const part of order) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(part)) continue;
    const xml = strFromU8(files[part]);
    if (!CALLS_EDU.test(xml)) continue;
    const sheet = names.get(part) ?? partStem(part);
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

/**
 * The time every part of a converted package is stamped with: 1980-01-01 00:00 (the zip
 * format's first date), so that converting the same file twice, or in the CLI and on the page,
 * gives the same bytes (fflate stamps the current time when none is given).
 */
export const UNPLUG_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** The parts zipped again in their order, at one fixed time. */
export function unplugZipBytes(
  files: Record<string, Uint8Array>,
  order: readonly string[]
): Uint8Array {
  const zippable: Zippable = {};
  for (const name of order) zippable[name] = [files[name], { level: 6, mtime: UNPLUG_MTIME }];
  return zipSync(zippable);
}
