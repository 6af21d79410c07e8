/**
 * The page's reader worker posts a refusal to the page, which shows it in one bar: however long
 * the message (a bug's text can hold anything), what is posted is bounded and says it was cut.
 */
import { TRUNCATION_MARK } from "../../src/report";
import type { ReadReply, ReadRequest } from "../../src/page/readerProtocol";

const posted: ReadReply[] = [];
const scope: {
  onmessage: ((e: { data: ReadRequest }) => void) | null;
  postMessage: (m: ReadReply) => void;
} = { onmessage: null, postMessage: (m) => posted.push(m) };

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = scope;
  await import("../../src/page/readerWorker");
});
afterAll(() => {
  delete (globalThis as unknown as { self?: unknown }).self;
});

/** A file that looks like an .xlsx (zip signature) and fails when read, with `message`. */
function failingFile(message: string): File {
  const head = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  return {
    name: "县.xlsx",
    size: 1000,
    slice: () => ({ arrayBuffer: async () => head.buffer }),
    stream: () => {
      throw new Error(message);
    },
  } as unknown as File;
}

async function reply(id: number, message: string): Promise<ReadReply> {
  scope.onmessage!({ data: { id, file: failingFile(message) } });
  for (let i = 0; i < 100 && !posted.some((m) => m.id === id && m.type === "error"); i++)
    await new Promise((r) => setTimeout(r, 5));
  const found = posted.find((m) => m.id === id && m.type === "error");
  if (!found) throw new Error("the worker posted no error");
  return found;
}

it("cuts a long message to 2,000 characters and marks the cut", async () => {
  const r = await reply(1, "错".repeat(50_000));
  if (r.type !== "error") throw new Error("not an error");
  expect(r.code).toBe("internal");
  expect(r.message.length).toBe(2000);
  expect(r.message.endsWith(TRUNCATION_MARK)).toBe(true);
});

it("never cuts between the halves of a surrogate pair", async () => {
  const r = await reply(2, "😀".repeat(5_000));
  if (r.type !== "error") throw new Error("not an error");
  const kept = r.message.slice(0, -TRUNCATION_MARK.length);
  expect(kept).toBe("😀".repeat(kept.length / 2));
});

it("posts a short message as it is", async () => {
  const r = await reply(3, "读不了");
  if (r.type !== "error") throw new Error("not an error");
  expect(r.message).toBe("读不了");
});
