/**
 * The messages between the page and its reader worker (readerWorker.ts). The worker is given the
 * picked File itself (a File can be posted to a worker), so the page never holds its bytes.
 */
import type { WorkbookSheet } from "../workbook/types";

export interface ReadRequest {
  id: number;
  file: File;
}

export type ReadReply =
  /** Bytes read so far of `total`; then "parsing" while the workbook's parts are read. */
  | { id: number; type: "progress"; phase: "reading"; done: number; total: number }
  | { id: number; type: "progress"; phase: "parsing" }
  | { id: number; type: "done"; sheets: WorkbookSheet[] }
  /** A refusal (an EduError: code, Chinese message, English second) or, for a bug, code "internal". */
  | { id: number; type: "error"; code: string; message: string; messageEn?: string };
