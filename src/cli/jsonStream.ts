/**
 * `--json` written as a stream: the same bytes as `jsonText(jsonSafe(doc))` (report/json.ts: two-space
 * JSON.stringify with DEL and C1 controls written as \u escapes)
 * (numbers that do not exist and undefined as null, Dates as ISO text), produced piece by
 * piece, so that neither a safe copy of the document nor its whole text (250 MB for 100,000
 * schools, twice that as a JavaScript string) is ever held. Large arrays and objects are
 * walked element by element; small ones go through JSON.stringify and are re-indented.
 */
import { escapeC1 } from "../report";

/**
 * Containers near the top (where the document's long lists are: stages.primary.schools) and
 * any with more entries than WALK_ABOVE are walked; the rest are stringified whole.
 */
const WALK_ABOVE = 32;
const WALK_DEPTH = 4;
/** Text handed to the writer at a time. */
const CHUNK = 1 << 16;

function safe(_key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/**
 * One value as JSON.stringify(value, safe, 2) at the given indentation. Nested inside as many
 * one-element arrays as the indentation has levels, JSON.stringify itself indents the value's
 * lines (what re-indenting the text afterwards did, at a third of the cost); the wrappers'
 * brackets are then cut off. An array holds undefined and functions as null, as `?? "null"` did.
 */
function small(value: unknown, indent: string): string {
  if (indent === "") return JSON.stringify(value, safe, 2) ?? "null";
  const levels = indent.length / 2;
  let wrapped: unknown = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, safe, 2);
  // "[\n  [\n    " … value … "\n  ]\n]": each level opens with "[\n" plus its indentation and closes likewise.
  let head = 0;
  let tail = 0;
  for (let i = 1; i <= levels; i++) {
    head += 2 + 2 * i;
    tail += 2 + 2 * (i - 1);
  }
  return text.slice(head, text.length - tail);
}

function isWalked(value: unknown, depth: number): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (depth < WALK_DEPTH) return true;
  return (Array.isArray(value) ? value.length : Object.keys(value).length) > WALK_ABOVE;
}

/**
 * Consecutive leaf elements of an array, stringified together: one JSON.stringify of a slice
 * at the array's own indentation gives "[\n" + inner + e1 + ",\n" + inner + e2 … "\n" + indent + "]",
 * the elements exactly as one by one; the brackets are cut off. One call per batch instead of
 * one per element (20,000 schools: 2.5× faster). The batch grows to about CHUNK / 2 of text.
 */
function leafBatch(items: unknown[], indent: string): string {
  const text = small(items, indent);
  return text.slice(2 + indent.length + 2, text.length - (indent.length + 2));
}

function* pieces(value: unknown, indent: string, depth = 0): Generator<string> {
  if (!isWalked(value, depth)) {
    yield small(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    let batch = 8;
    for (let i = 0; i < value.length;) {
      const head = `${i === 0 ? "" : ","}\n${inner}`;
      if (isWalked(value[i], depth + 1)) {
        yield head;
        yield* pieces(value[i], inner, depth + 1);
        i++;
        continue;
      }
      let end = i + 1;
      while (end < value.length && end - i < batch && !isWalked(value[end], depth + 1)) end++;
      const text = leafBatch(value.slice(i, end), indent);
      yield head + text;
      // Next batch sized from this one's text per element.
      batch = Math.max(
        1,
        Math.min(4096, Math.floor((CHUNK / 2) * ((end - i) / (text.length || 1))))
      );
      i = end;
    }
    yield `\n${indent}]`;
    return;
  }
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v === "function" || typeof v === "symbol") continue;
    const head = `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    if (isWalked(v, depth + 1)) {
      yield head;
      yield* pieces(v, inner, depth + 1);
    } else yield head + small(v, inner);
  }
  yield first ? "}" : `\n${indent}}`;
}

/**
 * Writes `value` as indented JSON and a newline through `write`, in pieces of at most 64 KB
 * (unless one leaf value alone is longer),
 * waiting for `drain` (when given) after each so a slow reader never makes us buffer it all.
 */
export async function writeJson(
  value: unknown,
  write: (text: string) => void,
  drain?: () => Promise<void>
): Promise<void> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces(value, "")) {
    // A piece that would take the text past CHUNK goes into the next write.
    if (size > 0 && size + piece.length > CHUNK) {
      write(escapeC1(buffer.join("")));
      buffer = [];
      size = 0;
      if (drain) await drain();
    }
    buffer.push(piece);
    size += piece.length;
  }
  buffer.push("\n");
  write(escapeC1(buffer.join("")));
  if (drain) await drain();
}
