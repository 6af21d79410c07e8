/**
 * The zip layer of an .xlsx: its central directory, checked against the limits, and each
 * part inflated once, as a stream (fflate's `Inflate`), with the limits enforced on the bytes
 * as they come out, so nothing is inflated twice and no bomb is ever held whole.
 *
 * The central directory is read here (PKWARE APPNOTE 4.3.12–4.3.16) because the declared sizes
 * must be checked before any part is inflated, and fflate's readers either inflate without a
 * cap (unzipSync grows its buffer past the declared size) or find entries by scanning for
 * signatures (its streaming Unzip, which a data descriptor's bytes can fool). Inflating is
 * fflate's. Plain Uint8Array and DataView: this runs in a browser too.
 */
import { Inflate } from "fflate";
import type { EduError } from "../core";
import { fill, ZH } from "../i18n";
import { damaged, megabytes, refuse } from "./refusals";
import type { InflateRaw } from "./types";

const T = ZH.host.zip;

export interface ZipPart {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where the part's data starts in the file. */
  dataStart: number;
}

export interface ZipLimits {
  entries: number;
  uncompressedBytes: number;
  ratio: number;
  ratioAppliesAbove: number;
}

/** Made when first used: the task pane's bundle holds this reader, and a test's jsdom has no TextDecoder. */
let utf8: InstanceType<typeof TextDecoder> | undefined;

/** The end-of-central-directory record: the last 22+ bytes (a comment of up to 64 KB may follow). */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** The parts of a zip, by name, after checking the directory is sound and within the limits. */
export function readZipDirectory(bytes: Uint8Array, name: string, limits: ZipLimits): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) throw damaged(name, T.noDirectory, "no zip directory");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: only archives beyond 65,535 parts or 4 GB need it, far beyond any county workbook.
    throw refuse(
      "xlsxTooLarge",
      fill(T.zip64, { name }),
      `cannot read ${name}: a ZIP64 archive, beyond this tool's limits`
    );
  }
  if (count > limits.entries) {
    throw refuse(
      "xlsxTooManyParts",
      fill(T.tooManyParts, { name, count, limit: limits.entries }),
      `cannot read ${name}: ${count} parts, above the limit of ${limits.entries}`
    );
  }
  if (offset + size > end)
    throw damaged(name, T.directoryOutOfPlace, "the zip directory is out of place");
  const parts: ZipPart[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== 0x02014b50)
      throw damaged(name, T.directoryIncomplete, "the zip directory is incomplete");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const partName = (utf8 ??= new TextDecoder("utf-8")).decode(
      bytes.subarray(p + 46, p + 46 + nameLength)
    );
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) {
      throw refuse(
        "encryptedXlsx",
        fill(T.encrypted, { name }),
        `cannot read ${name}: encrypted zip parts`
      );
    }
    if (method !== 0 && method !== 8)
      throw damaged(
        name,
        fill(T.method, { part: partName, method }),
        `part ${partName} uses compression method ${method}`
      );
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      throw refuse(
        "xlsxTooLarge",
        fill(T.partTooLarge, { name, part: partName }),
        `cannot read ${name}: part ${partName} is above 4 GB`
      );
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw damaged(
        name,
        fill(T.partOutOfPlace, { part: partName }),
        `part ${partName} is out of place`
      );
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressed > bytes.length)
      throw damaged(
        name,
        fill(T.partCutShort, { part: partName }),
        `part ${partName} is cut short`
      );
    parts.push({ name: partName, method, compressed, uncompressed, dataStart });
  }
  return parts;
}

/**
 * Checks the declared sizes of the parts that will be read, before any is inflated: their
 * total against the limit, and each large part's compression ratio (a bomb packs ~1000:1).
 */
export function checkDeclaredSizes(
  parts: readonly ZipPart[],
  name: string,
  limits: ZipLimits
): void {
  const total = parts.reduce((sum, part) => sum + part.uncompressed, 0);
  if (total > limits.uncompressedBytes) throw tooLarge(name, total, limits);
  for (const part of parts) {
    if (
      part.uncompressed > limits.ratioAppliesAbove &&
      part.uncompressed > limits.ratio * Math.max(1, part.compressed)
    ) {
      throw refuse(
        "xlsxBomb",
        fill(T.bomb, {
          name,
          part: part.name,
          ratio: limits.ratio,
          size: megabytes(part.uncompressed),
          compressed: part.compressed,
        }),
        `cannot read ${name}: part ${part.name} has a compression ratio above ${limits.ratio}:1`
      );
    }
  }
}

function tooLarge(name: string, total: number, limits: ZipLimits): EduError {
  return refuse(
    "xlsxTooLarge",
    fill(T.tooLarge, { name, total: megabytes(total), limit: megabytes(limits.uncompressedBytes) }),
    `cannot read ${name}: it unpacks to ${megabytes(total)}, above the limit of ${megabytes(limits.uncompressedBytes)}`
  );
}

/** Bytes inflated so far, across the parts of one workbook. */
export interface InflateBudget {
  used: number;
}

/** Compressed bytes pushed at a time: a 1000:1 bomb slice comes out as at most 16 MB. */
const SLICE = 16 * 1024;

/**
 * Parts up to this size go through the host's inflater when it has one: Node's zlib inflates the
 * example county's parts in a few milliseconds where fflate, not yet compiled by V8 at start-up,
 * takes ~100 ms. Larger parts (a big county's class sheet) stream, so no more than this is ever
 * held inflated at once.
 */
export const NATIVE_INFLATE_MAX = 32 * 1024 * 1024;

/** Thrown from inside the inflate callback, caught and rethrown as the error it carries. */
class Stop extends Error {
  constructor(readonly error: unknown) {
    super("stop");
  }
}

/**
 * Inflates one part, handing each piece to `onChunk` as it comes out. Stops at once, with a
 * one-line refusal, when the part inflates to more than it declares or the workbook's parts
 * together pass the limit; a part that inflates to less than it declares is damaged.
 */
export function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  name: string,
  limits: ZipLimits,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
  inflateRaw?: InflateRaw
): void {
  const data = bytes.subarray(part.dataStart, part.dataStart + part.compressed);
  let size = 0;
  const take = (chunk: Uint8Array): void => {
    try {
      size = countInflated(part, name, limits, budget, size, chunk.length);
    } catch (e) {
      throw new Stop(e);
    }
    if (chunk.length === 0) return;
    try {
      onChunk(chunk);
    } catch (e) {
      // The consumer's own failure (bad XML, a limit of the sheet): passed on as it is.
      throw new Stop(e);
    }
  };
  try {
    if (part.method === 0) {
      for (let off = 0; off < data.length; off += SLICE * 64)
        take(data.subarray(off, Math.min(data.length, off + SLICE * 64)));
    } else if (data.length > 0 && inflateRaw && part.uncompressed <= NATIVE_INFLATE_MAX) {
      // Whole, then handed on in the same slices as a stored part; more than declared is refused as while streaming.
      const out = inflateRaw(data, Math.max(1, part.uncompressed));
      if (out === null) throw new Stop(moreThanDeclared(part, name));
      for (let off = 0; off < out.length; off += SLICE * 64)
        take(out.subarray(off, Math.min(out.length, off + SLICE * 64)));
    } else if (data.length > 0) {
      const inflater = new Inflate((chunk) => take(chunk));
      for (let off = 0; off < data.length; off += SLICE) {
        const next = Math.min(data.length, off + SLICE);
        inflater.push(data.subarray(off, next), next === data.length);
      }
    }
  } catch (e) {
    if (e instanceof Stop) throw e.error;
    throw damaged(
      name,
      fill(T.doesNotInflate, { part: part.name }),
      `part ${part.name} does not inflate`
    );
  }
  checkInflatedSize(part, name, size);
}

function moreThanDeclared(part: ZipPart, name: string): EduError {
  return damaged(
    name,
    fill(T.moreThanDeclared, { part: part.name }),
    `part ${part.name} inflates to more than it declares`
  );
}

/**
 * A part's output so far (`size`) grown by `bytes`: the new size, or the refusal when the part
 * inflates to more than it declares or the workbook's parts together pass the limit. Every
 * inflater's output is counted here, as it comes.
 */
export function countInflated(
  part: ZipPart,
  name: string,
  limits: ZipLimits,
  budget: InflateBudget,
  size: number,
  bytes: number
): number {
  const grown = size + bytes;
  if (grown > part.uncompressed) throw moreThanDeclared(part, name);
  budget.used += bytes;
  if (budget.used > limits.uncompressedBytes) throw tooLarge(name, budget.used, limits);
  return grown;
}

/** At the end of a part: one that inflated to less than it declares is damaged. */
export function checkInflatedSize(part: ZipPart, name: string, size: number): void {
  if (size !== part.uncompressed) {
    throw damaged(
      name,
      fill(T.sizeMismatch, { part: part.name, size, declared: part.uncompressed }),
      `part ${part.name} inflates to ${size} bytes, not ${part.uncompressed}`
    );
  }
}
