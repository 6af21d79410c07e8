/**
 * The page's reader, in a Web Worker (built as its own bundle and inlined into the page as text:
 * webpack.page.js): the picked file → src/workbook's sheets, as the CLI reads a file
 * (src/cli/readFile.ts): size checked before a byte is read, the signature checked from the
 * first bytes, then src/workbook with its zip guard and limits. A large or hostile file keeps
 * this worker busy, never the page; the page ends the worker when another file is picked.
 */
import { isEduError } from "../core";
import { capCellText } from "../report";
import { checkPickedFile, readWorkbookBytes } from "../workbook";
import type { ReadReply, ReadRequest } from "./readerProtocol";

const MB = 1024 * 1024;

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
}
const scope = self as unknown as WorkerScope;

/** The file's bytes, read in pieces so that the page can show how far it is. */
async function readBytes(id: number, file: File): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while it was read: the size checked is what is read.
    const take = Math.min(value.length, bytes.length - at);
    bytes.set(value.subarray(0, take), at);
    at += take;
    if (at - reported >= 4 * MB || at === bytes.length) {
      reported = at;
      scope.postMessage({ id, type: "progress", phase: "reading", done: at, total: bytes.length });
    }
    if (at === bytes.length) break;
  }
  return at < bytes.length ? bytes.subarray(0, at) : bytes;
}

/**
 * The most of a message the page is sent: it is shown in one bar, and a message can hold text
 * of the workbook (sheet names) or, for a bug, anything at all (issue 22: nothing unbounded is
 * posted to the page or rendered by it).
 */
const MESSAGE_CHARS = 2000;

/** The message cut to MESSAGE_CHARS, with the report's own truncation mark. */
function bounded(text: string): string {
  return capCellText(text, MESSAGE_CHARS);
}

async function read({ id, file }: ReadRequest): Promise<ReadReply> {
  try {
    await checkPickedFile(file);
    const bytes = await readBytes(id, file);
    scope.postMessage({ id, type: "progress", phase: "parsing" });
    const sheets = await readWorkbookBytes(bytes, file.name);
    return { id, type: "done", sheets };
  } catch (e) {
    if (isEduError(e))
      return {
        id,
        type: "error",
        code: e.code,
        message: bounded(e.message),
        messageEn: bounded(e.messageEn),
      };
    return {
      id,
      type: "error",
      code: "internal",
      message: bounded(e instanceof Error ? e.message : String(e)),
    };
  }
}

scope.onmessage = (event) => {
  void read(event.data).then((reply) => scope.postMessage(reply));
};
