/**
 * The one place that knows workbook file formats: bytes in, sheets out (2-D values from A1,
 * merged areas, hidden rows, columns and sheets, sheet names), for the CLI, the batch and,
 * later, an offline page in the browser. No Node API here (no fs, no Buffer, no zlib): the
 * caller opens the file (src/cli/readFile.ts in Node, a File's arrayBuffer() in a page).
 *
 * Not in src/core: core is format-free by design (design.md: both hosts hand the table reader
 * 2-D values), and this module needs two parsing libraries core must not depend on.
 */
import { fill, ZH } from "../i18n";
import { megabytes, refuse } from "./refusals";
import { WORKBOOK_LIMITS, type WorkbookLimits } from "./limits";
import type { ReadOptions, WorkbookSheet } from "./types";
import { readXlsxBytes, readXlsxBytesThreaded } from "./xlsx";

const T = ZH.host.workbook;

export { WORKBOOK_LIMITS, type WorkbookLimits } from "./limits";
export type { InflateRaw, ReadOptions, SheetThread, SheetThreads, WorkbookSheet } from "./types";
export { readSheetJob, type CellBatch, type SheetJob } from "./cellBatch";
export { parseRange, UNCALCULATED_FORMULA } from "./cells";

/** Zip local-file header: every .xlsx starts with it. */
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, WPS .et, and every password-protected (encrypted) Office file. */
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes enough to tell the formats apart. */
export const SIGNATURE_BYTES = 8;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export type WorkbookFormat = "xlsx" | "ole" | "unknown";

/** What a file is, from its first bytes. */
export function workbookFormat(head: Uint8Array): WorkbookFormat {
  if (startsWith(head, ZIP_SIGNATURE)) return "xlsx";
  if (startsWith(head, OLE_SIGNATURE)) return "ole";
  return "unknown";
}

/** UTF-16LE, as the names in an OLE directory are stored. */
const ENCRYPTED_PACKAGE = (() => {
  const text = "EncryptedPackage";
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
})();

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** A file of 0 bytes (the CLI's readFile.ts and the offline page's worker both check first). */
export function emptyFile(name: string): Error {
  return refuse("emptyFile", fill(T.emptyFile, { name }), `${name} is empty (0 bytes)`);
}

/** A file above the reader's size limit, refused before it is read. */
export function fileTooLarge(name: string, bytes: number, limit: number): Error {
  return refuse(
    "fileTooLarge",
    fill(T.fileTooLarge, { name, size: megabytes(bytes), limit: megabytes(limit) }),
    `cannot read ${name}: ${megabytes(bytes)}, above the limit of ${megabytes(limit)}`
  );
}

export function notAWorkbook(name: string): Error {
  return refuse(
    "notXlsx",
    fill(T.notAWorkbook, { name }),
    `cannot read ${name}: not an Excel (.xlsx, .xls) or WPS (.et) workbook`
  );
}

/**
 * A file the user picked in a browser (the offline page's reader, the pane's 汇总各校填报表…):
 * refused before its bytes are read when it is empty, not a workbook by its first bytes, or
 * larger than the limit — the checks src/cli/readFile.ts makes on a path.
 */
export async function checkPickedFile(file: {
  name: string;
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}): Promise<void> {
  const name = file.name;
  if (file.size === 0) throw emptyFile(name);
  const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
  if (workbookFormat(head) === "unknown") throw notAWorkbook(name);
  if (file.size > WORKBOOK_LIMITS.fileBytes)
    throw fileTooLarge(name, file.size, WORKBOOK_LIMITS.fileBytes);
}

/**
 * Reads every worksheet of a workbook held in memory: .xlsx streamed part by part, .xls and
 * .et through SheetJS (loaded only then). `name` names the file in messages. Throws an EduError
 * with a one-line Chinese message when the bytes are empty, not a workbook, encrypted, damaged,
 * or beyond the limits.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
  options: ReadOptions = {}
): Promise<WorkbookSheet[]> {
  if (bytes.length === 0) throw emptyFile(name);
  switch (workbookFormat(bytes)) {
    case "xlsx":
      return options.sheetThreads
        ? readXlsxBytesThreaded(bytes, name, limits, options)
        : readXlsxBytes(bytes, name, limits, options);
    case "ole":
      // An encrypted .xlsx is a compound file holding an "EncryptedPackage" stream (MS-OFFCRYPTO 2.3.4.4).
      if (contains(bytes, ENCRYPTED_PACKAGE)) {
        throw refuse(
          "encrypted",
          fill(T.encrypted, { name }),
          `cannot read ${name}: it is password-protected; remove the password in Excel and save it again`
        );
      }
      if (bytes.length > limits.legacyFileBytes) {
        const mb = (n: number) => Math.round(n / (1024 * 1024));
        throw refuse(
          "fileTooLarge",
          fill(T.legacyTooLarge, {
            name,
            size: mb(bytes.length),
            limit: mb(limits.legacyFileBytes),
          }),
          `cannot read ${name}: a legacy .xls/.et of ${mb(bytes.length)} MB, above the limit of ${mb(limits.legacyFileBytes)} MB`
        );
      }
      return (await import("./legacy")).readLegacyBytes(bytes, name, limits);
    default:
      throw notAWorkbook(name);
  }
}
