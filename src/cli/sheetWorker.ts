/**
 * The CLI's second thread (Node's worker_threads, started by ./sheetThread.ts): reads the sheets
 * it is sent — inflates each part, parses the XML, encodes the cells — and posts the cells in
 * batches whose arrays move to the main thread without copying, then "done" with their count; or the error that
 * stopped it (the main thread then reads the workbook alone, and reports it exactly). It loads
 * the reader's parsing modules (and the core, for its error type), not the rest of the CLI.
 */
import { parentPort } from "worker_threads";
import { readSheetJob, type CellBatch, type SheetJob } from "../workbook/cellBatch";
import { nodeInflateRaw, nodeInflateStream } from "./inflate";
import type { SheetThreadMessage } from "./sheetThread";

const port = parentPort;
if (port) {
  const post = (message: SheetThreadMessage, transfer?: ArrayBuffer[]): void =>
    port.postMessage(message, transfer);
  let posted = 0;
  const postBatch = (batch: CellBatch): void => {
    posted++;
    post({ batch }, [batch.ops.buffer as ArrayBuffer, batch.numbers.buffer as ArrayBuffer]);
  };
  port.once("message", (job: SheetJob) => {
    readSheetJob(job, postBatch, nodeInflateStream, nodeInflateRaw).then(
      () => post({ done: posted }),
      (e: unknown) => post({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })
    );
  });
}
