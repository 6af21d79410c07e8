import fc from "fast-check";
import { jsonSafe, jsonText } from "../../src/report";
import { writeJson } from "../../src/cli/jsonStream";

async function streamed(value: unknown, drain = false): Promise<string> {
  const out: string[] = [];
  let drains = 0;
  await writeJson(value, (t) => out.push(t), drain ? async () => void drains++ : undefined);
  if (drain) expect(drains).toBe(out.length);
  return out.join("");
}

const expected = (value: unknown): string => `${jsonText(jsonSafe(value))}\n`;

test("the same bytes as jsonText(jsonSafe(doc)) for any document, control characters included", async () => {
  const leaf = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(Number.NaN),
    fc.constant("\u009b[2J\u007f城关\u0085"),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.date({ noInvalidDate: true })
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.array(tie("tree"), { maxLength: 60 }),
      fc.dictionary(fc.string(), tie("tree"), { maxKeys: 50 })
    ),
  }));
  await fc.assert(
    fc.asyncProperty(tree, async (doc) => {
      expect(await streamed(doc)).toBe(expected(doc));
    }),
    { numRuns: 300 }
  );
});

test("a large document comes out in pieces of about 64 KB, waiting for the reader after each", async () => {
  const doc = {
    stages: {
      primary: {
        schools: Array.from({ length: 5000 }, (_, i) => ({
          name: `第${i}小学`,
          v: i / 3,
          x: undefined,
        })),
      },
    },
    empty: {},
    none: [],
  };
  const out: string[] = [];
  await writeJson(
    doc,
    (t) => out.push(t),
    async () => undefined
  );
  expect(out.length).toBeGreaterThan(5);
  expect(Math.max(...out.map((t) => t.length))).toBeLessThan(70_000);
  expect(out.join("")).toBe(expected(doc));
  expect(await streamed(doc, true)).toBe(expected(doc));
});

test('an own "__proto__" key is written as a key by both the stream and jsonSafe', async () => {
  const inner: Record<string, unknown> = {};
  Object.defineProperty(inner, "__proto__", { value: Number.NaN, enumerable: true });
  const doc = [[{ "": { "": inner } }]];
  expect(await streamed(doc)).toContain('"__proto__": null');
  expect(await streamed(doc)).toBe(expected(doc));
});
