/**
 * `--json` written as a stream: the same bytes as `jsonText(jsonSafe(doc))` (json.ts: two-space
 * JSON.stringify with DEL and C1 controls written as \u escapes)
 * (numbers that do not exist and undefined as null, Dates as ISO text), produced piece by
 * piece, so that neither a safe copy of the document nor its whole text (250 MB for 100,000
 * schools, twice that as a JavaScript string) is ever held. Large arrays and objects are
 * walked element by element; small ones go through JSON.stringify and are re-indented.
 */
import { escapeC1 } from "./json";

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

/** One value as JSON.stringify(value, safe, 2) at the given indentation. */
function small(value: unknown, indent: string): string {
  const text = JSON.stringify(value, safe, 2) ?? "null";
  // JSON text never holds a raw newline inside a string, so every "\n" is layout.
  return indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

function isWalked(value: unknown, depth: number): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (depth < WALK_DEPTH) return true;
  return (Array.isArray(value) ? value.length : Object.keys(value).length) > WALK_ABOVE;
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
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      yield* pieces(value[i], inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, inner, depth + 1);
  }
  yield first ? "}" : `\n${indent}}`;
}

/**
 * Writes `value` as indented JSON and a newline through `write`, in pieces of about 64 KB,
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
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      write(escapeC1(buffer.join("")));
      buffer = [];
      size = 0;
      if (drain) await drain();
    }
  }
  buffer.push("\n");
  write(escapeC1(buffer.join("")));
  if (drain) await drain();
}
