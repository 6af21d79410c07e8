/**
 * Sheet XML is decoded chunk by chunk as it is inflated (src/workbook/utf8.ts): wherever the
 * chunks are cut, even inside a Chinese character or an emoji, the text is the text of the whole,
 * as TextDecoder's own stream mode gives it.
 */
import fc from "fast-check";
import { Utf8Chunks } from "../../src/workbook/utf8";

function decodeInChunks(bytes: Uint8Array, cuts: number[]): string {
  const d = new Utf8Chunks();
  let out = "";
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += d.decode(bytes.subarray(at, cut));
    at = cut;
  }
  out += d.decode(bytes.subarray(at));
  return out + d.end();
}

function streamDecoded(bytes: Uint8Array, cuts: number[]): string {
  const d = new TextDecoder("utf-8");
  let out = "";
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += d.decode(bytes.subarray(at, cut), { stream: true });
    at = cut;
  }
  return out + d.decode(bytes.subarray(at));
}

const text = fc.array(
  fc.oneof(
    fc.constantFrom("城关第一小学", '<c r="A1" t="s"><v>3</v></c>', "㎡", "😀", "é", "𠀋", " "),
    fc.string({ unit: "binary", maxLength: 8 })
  ),
  { maxLength: 30 }
);

describe("UTF-8 decoded in chunks", () => {
  test("any cuts give the whole text (3- and 4-byte characters split at every byte)", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (parts, rawCuts) => {
        const whole = parts.join("");
        const bytes = new TextEncoder().encode(whole);
        const cuts = rawCuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1)));
        expect(decodeInChunks(bytes, cuts)).toBe(whole);
      }),
      { numRuns: 500 }
    );
  });

  test("every single cut through 城 and 😀, one byte at a time", () => {
    const bytes = new TextEncoder().encode("a城😀b");
    const all = Array.from({ length: bytes.length + 1 }, (_, i) => i);
    expect(decodeInChunks(bytes, all)).toBe("a城😀b");
    for (const cut of all) expect(decodeInChunks(bytes, [cut])).toBe("a城😀b");
  });

  test("malformed bytes read as TextDecoder's stream mode reads them (U+FFFD), wherever cut", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (bytes, rawCuts) => {
          const cuts = rawCuts.map((c) => c % (bytes.length + 1));
          expect(decodeInChunks(bytes, cuts)).toBe(streamDecoded(bytes, cuts));
        }
      ),
      { numRuns: 500 }
    );
  });
});
