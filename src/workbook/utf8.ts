/**
 * UTF-8 decoded chunk by chunk as parts come out of the inflater. A character whose bytes are
 * split between two chunks is completed from the next chunk's first bytes; everything else is
 * decoded whole. TextDecoder's own stream mode does the same, but in Node it goes through ICU
 * at about five times the cost of a whole decode (86 MB of sheet XML: ~60–200 ms against ~12 ms).
 * Malformed bytes become U+FFFD either way (the decoder is not fatal).
 */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder("utf-8");
  /** The first bytes of a character cut off at the end of the last chunk. */
  private carry: Uint8Array | null = null;

  decode(chunk: Uint8Array): string {
    let head = "";
    let bytes = chunk;
    if (this.carry !== null) {
      const carry = this.carry;
      this.carry = null;
      const missing = sequenceLength(carry[0]) - carry.length;
      // The rest of the character: continuation bytes only (anything else ends it, malformed).
      let take = 0;
      while (take < missing && take < bytes.length && (bytes[take] & 0xc0) === 0x80) take++;
      if (take < missing && take === bytes.length) {
        // Still incomplete (a chunk shorter than three bytes): keep waiting.
        this.carry = concat(carry, bytes);
        return "";
      }
      head = this.decoder.decode(concat(carry, bytes.subarray(0, take)));
      bytes = bytes.subarray(take);
    }
    const end = completeEnd(bytes);
    if (end < bytes.length) {
      this.carry = bytes.slice(end);
      bytes = bytes.subarray(0, end);
    }
    return bytes.length === 0 ? head : head + this.decoder.decode(bytes);
  }

  /** What is left at the end of the part: an incomplete character, as U+FFFD. */
  end(): string {
    const rest = this.carry;
    this.carry = null;
    return rest === null ? "" : this.decoder.decode(rest);
  }
}

/** How many bytes the character starting with `lead` has (1 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  return 1;
}

/** Where the last complete character of `bytes` ends: before a lead byte whose sequence is cut off. */
function completeEnd(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  return i + sequenceLength(bytes[i]) > bytes.length ? i : bytes.length;
}

/** The bytes of `a` then `b`, in a new array. */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
