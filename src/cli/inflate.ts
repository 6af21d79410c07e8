/**
 * Node's zlib for the reader (src/workbook): whole, for the small parts of an .xlsx, and as a
 * stream for the large ones, which then inflate on libuv's thread pool while the JavaScript
 * thread parses the piece before.
 */
import * as zlib from "zlib";

/**
 * A part inflated whole (src/workbook/zip.ts, NATIVE_INFLATE_MAX): null when it would inflate to
 * more than `maxOutput` bytes (zlib stops there).
 */
export function nodeInflateRaw(data: Uint8Array, maxOutput: number): Uint8Array | null {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: maxOutput });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
}

/** Inflated pieces handed to the parser: zlib works on the next one meanwhile. */
const PIECE = 64 * 1024;

/**
 * A part inflated as a stream: the stream's backpressure keeps only a few pieces inflated ahead
 * of the parser (measured on the 86 MB class sheet of 20,000 schools: ~100 MB resident in all).
 */
export function nodeInflateStream(data: Uint8Array): AsyncIterable<Uint8Array> {
  const inflater = zlib.createInflateRaw({ chunkSize: PIECE });
  inflater.end(data);
  return inflater;
}
