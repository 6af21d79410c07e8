/**
 * Reads a picked file in the reader worker (readerWorker.ts), one worker per file: a file that
 * is still being read when another is picked, or that never finishes (a hostile file beyond the
 * guards), is ended with its worker, and the page stays usable. The worker's script is inlined
 * in the page (a <script type="text/plain"> that webpack.page.js fills): from file:// a worker
 * cannot load a file URL, so it is started from a Blob of that text.
 */
import { EduError } from "../core";
import { fill, ZH } from "../i18n";
import type { WorkbookSheet } from "../workbook/types";
import type { ReadReply, ReadRequest } from "./readerProtocol";

/** The id of the element holding the worker's script. */
export const WORKER_SCRIPT_ID = "edu-reader-worker";

export type ReadProgress = { phase: "reading"; done: number; total: number } | { phase: "parsing" };

export interface ReadHandle {
  result: Promise<WorkbookSheet[]>;
  /** Ends the worker; `result` then never settles. */
  cancel(): void;
}

let workerUrl: string | undefined;

function scriptUrl(): string {
  if (workerUrl) return workerUrl;
  const source = document.getElementById(WORKER_SCRIPT_ID)?.textContent;
  if (!source)
    throw new EduError(
      "pageDamaged",
      ZH.host.reader.pageDamaged,
      "the page is incomplete (its reader is missing): get edu-balance.html again"
    );
  workerUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  return workerUrl;
}

let nextId = 1;

export function readInWorker(file: File, onProgress: (p: ReadProgress) => void): ReadHandle {
  const worker = new Worker(scriptUrl());
  const id = nextId++;
  const result = new Promise<WorkbookSheet[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === "progress") {
        onProgress(
          reply.phase === "reading"
            ? { phase: "reading", done: reply.done, total: reply.total }
            : { phase: "parsing" }
        );
        return;
      }
      worker.terminate();
      if (reply.type === "done") resolve(reply.sheets);
      else if (reply.code === "internal")
        reject(
          new EduError(
            "internal",
            fill(ZH.host.reader.internal, { name: file.name, message: reply.message }),
            `cannot read ${file.name}: internal error (${reply.message})`
          )
        );
      else reject(new EduError(reply.code, reply.message, reply.messageEn));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new EduError(
          "readerFailed",
          fill(ZH.host.reader.stopped, { name: file.name }),
          `cannot read ${file.name}: the reader stopped (${event.message || "out of memory?"})`
        )
      );
    };
  });
  const request: ReadRequest = { id, file };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
