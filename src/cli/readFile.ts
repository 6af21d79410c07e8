/**
 * The Node side of reading a workbook: open the file, check with fstat that it is a regular
 * file of a sane size, read its first bytes and check the signature, and only then read the
 * rest; the bytes go to src/workbook, which knows the formats. /dev/zero, a FIFO or a 2 GB
 * file are refused before a byte of them is held (issue 16 item 12).
 */
import * as fs from "fs";
import * as path from "path";
import { EduError } from "../core";
import {
  emptyFile,
  fileTooLarge,
  notAWorkbook,
  readWorkbookBytes,
  SIGNATURE_BYTES,
  WORKBOOK_LIMITS,
  workbookFormat,
  type WorkbookLimits,
  type WorkbookSheet,
} from "../workbook";
import { nodeInflateRaw, nodeInflateStream } from "./inflate";
import { nodeSheetThreads } from "./sheetThread";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

export { nodeInflateRaw } from "./inflate";

function unreadable(code: string, message: string, messageEn: string): EduError {
  return new EduError(code, message, messageEn);
}

/**
 * The whole file, when it is a regular file within the size limit that starts like a
 * workbook. Opened non-blocking, so a FIFO cannot stall the open itself.
 */
export function readWorkbookFileBytes(
  file: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Uint8Array {
  const name = path.basename(file);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw unreadable(
        "fileNotFound",
        fill(ZH_CLI.readFile.notFound, { file }),
        `file not found: ${file}`
      );
    if (code === "EISDIR") throw folder(file);
    throw unreadable(
      "cannotRead",
      fill(ZH_CLI.readFile.cannotOpen, { file, code: code ?? ZH_CLI.readFile.failed }),
      `cannot open ${file}`
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw folder(file);
    if (!stat.isFile()) {
      throw unreadable(
        "notAFile",
        fill(ZH_CLI.readFile.notAFile, { file }),
        `cannot read ${file}: not a regular file (a device, pipe or socket)`
      );
    }
    if (stat.size === 0) throw emptyFile(name);
    const head = new Uint8Array(Math.min(SIGNATURE_BYTES, stat.size));
    readFully(fd, head, 0);
    const format = workbookFormat(head);
    if (format === "unknown") throw notAWorkbook(name);
    if (stat.size > limits.fileBytes) throw fileTooLarge(name, stat.size, limits.fileBytes);
    // An .xls/.et goes to SheetJS, whose compound-file reader copies every stream into a plain
    // array of numbers (8 bytes a byte) unless it is handed a Node Buffer, whose slices are views:
    // a 60 MB .xls holding pictures took 1.4 GB that way, 0.23 GB as a Buffer (issue 22 item 2).
    // Buffer.alloc, not allocUnsafe: never a slice of Node's shared pool.
    const bytes = format === "ole" ? Buffer.alloc(stat.size) : new Uint8Array(stat.size);
    bytes.set(head);
    const got = readFully(fd, bytes, head.length);
    // The file shrank while it was read (another program saving it): read what is there.
    return got < stat.size ? bytes.subarray(0, got) : bytes;
  } catch (e) {
    if (e instanceof EduError) throw e;
    throw unreadable(
      "cannotRead",
      fill(ZH_CLI.readFile.cannotRead, {
        file,
        code: (e as NodeJS.ErrnoException).code ?? ZH_CLI.readFile.failed,
      }),
      `cannot read ${file}`
    );
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads into `into` from `start` to its end or the end of the file; the bytes read. */
function readFully(fd: number, into: Uint8Array, start: number): number {
  let at = start;
  while (at < into.length) {
    const n = fs.readSync(fd, into, at, into.length - at, at);
    if (n === 0) break;
    at += n;
  }
  return at;
}

function folder(file: string): EduError {
  return unreadable(
    "notAFile",
    fill(ZH_CLI.readFile.folder, { file }),
    `${file} is a folder, not a workbook`
  );
}

/**
 * Reads every worksheet of an .xlsx, .xls or .et file. Throws an EduError with a one-line
 * Chinese message when the file is missing, not a regular file, empty, too large, not a
 * workbook, encrypted, damaged or beyond the limits.
 */
export async function readWorkbookFile(
  file: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Promise<WorkbookSheet[]> {
  return readWorkbookBytes(readWorkbookFileBytes(file, limits), path.basename(file), limits, {
    inflateRaw: nodeInflateRaw,
    inflateStream: nodeInflateStream,
    sheetThreads: nodeSheetThreads(),
  });
}
