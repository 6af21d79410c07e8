/**
 * The CLI's second thread for a large .xlsx (src/workbook's `SheetThreads`): while the main
 * thread reads the largest sheet — the class sheet of a big county or a city — a worker thread
 * (./sheetWorker.ts) inflates and parses the other sheets, so the two cores work at once. Their
 * cells come back in batches and are resolved on the main thread; whatever goes wrong on the
 * worker, the reader reads the workbook again on its own (src/workbook/xlsx.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CellBatch, SheetJob, SheetThread, SheetThreads } from "../workbook";

/**
 * What the worker posts: a batch of cells, the end (with how many batches it posted, so that a
 * message lost on the way is noticed), or what stopped it.
 */
export type SheetThreadMessage = { batch: CellBatch } | { done: number } | { error: string };

/**
 * A workbook is read on two threads from this size of its largest sheet's XML up (~4,000
 * schools' classes): below it, starting a worker and loading the parser there (~0.1 s) is
 * not repaid.
 */
export const SHEET_THREAD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The worker's heap (V8's old generation, Worker resourceLimits), in MB. Without a cap a worker
 * may grow to the process's own heap limit before anything notices: an out-of-memory injected
 * in it reached 4.26 GB before the reader fell back to one thread (issue 22 item 6). At the cap
 * the worker alone is stopped (ERR_WORKER_OUT_OF_MEMORY), which the reader takes as any failure
 * of the thread: it reads the workbook again on one thread. The worker holds little of its own:
 * it streams its rows, the part's compressed bytes are outside the heap, and each batch moves
 * to the main thread as it is posted. Measured on its share of the class sheet of the bench's
 * synthetic county of 100,000 schools (bench/workbooks.ts, a 70 MB file; 395 batches): 22 MB
 * of heap used at peak, 41 MB allocated, 89 MB outside the heap. 256 MB is six times that; what
 * needs more (a hostile sheet of huge texts) is read on one thread, under the process's limits.
 */
export const SHEET_THREAD_HEAP_MB = 256;

/**
 * The worker threads of the compiled CLI (lib/cli/sheetWorker.js); undefined when this runs
 * from the TypeScript sources (the tests, in process), where there is no script a worker can
 * load: everything is then read on one thread, as in the browser.
 */
export function nodeSheetThreads(
  minBytes: number = SHEET_THREAD_MIN_BYTES,
  script: string = path.join(__dirname, "sheetWorker.js"),
  heapMb: number = SHEET_THREAD_HEAP_MB
): SheetThreads | undefined {
  if (!fs.existsSync(script)) return undefined;
  return { minBytes, start: (job) => startWorker(script, job, heapMb) };
}

function startWorker(script: string, job: SheetJob, heapMb: number): SheetThread {
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const queue: SheetThreadMessage[] = [];
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on("message", (message: SheetThreadMessage) => {
    queue.push(message);
    notify();
  });
  worker.on("error", (e) => {
    failure = e;
    notify();
  });
  worker.on("messageerror", (e) => {
    failure = e;
    notify();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`the sheet thread ended (${code})`);
    notify();
  });
  worker.postMessage(
    job,
    job.sheets.map((s) => s.data.buffer as ArrayBuffer)
  );
  return {
    async *batches(): AsyncGenerator<CellBatch> {
      let received = 0;
      for (;;) {
        while (next < queue.length) {
          const message = queue[next];
          queue[next++] = undefined as unknown as SheetThreadMessage;
          if ("batch" in message) {
            received++;
            yield message.batch;
          } else if ("done" in message) {
            if (message.done !== received)
              throw new Error(`${message.done - received} batches lost between the threads`);
            return;
          } else throw new Error(message.error);
        }
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    stop(): void {
      void worker.terminate();
    },
  };
}
