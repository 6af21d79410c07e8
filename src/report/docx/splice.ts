/**
 * The body rows of a long table, spliced into docx's document.xml rather than held as docx
 * components (a 5,000-school county's 表Ⅱ-2 is 10,000 rows of 15 cells: as components, docx
 * needs some 800 MB to write them).
 *
 * docx still makes every element: for each run of plain body rows the table holds one template
 * row, a real docx TableRow whose cells are a marker cell and one real docx TableCell per kind
 * of cell the rows use (made by the writer's own tableCell with a placeholder for the text).
 * After docx has written document.xml, each template row is cut into its cells there, and the
 * rows are put in its place: the template row's own start and end around, for each cell, its
 * kind's cell as docx wrote it with the cell's text, escaped by escapeXmlText, where the
 * placeholder was. No element or attribute is written here; only text, escaped as docx does.
 *
 * Only rows of single-line texts that no row span reaches are spliced (docx adds the covered
 * cells under a row span itself); the others stay docx rows.
 */
import { PLACEHOLDER } from "./stamp";

/**
 * Text as XML character data, escaped as docx's XML writer escapes a run's text: & < > " '
 * as entities, the C0 controls XML 1.0 does not allow dropped (tab, line feed and carriage
 * return kept).
 */
export function escapeXmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => ESCAPES[c] ?? "");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** One run of rows to splice: its cells by kind (an index into the template's cells) and text. */
export interface SplicedRows {
  /** The text of the template row's marker cell, once in the document. */
  marker: string;
  /** Whether each kind of cell has a text (the placeholder) in its template. */
  hasText: boolean[];
  /** Each row's cells: [kind, text]; the text is put in unchanged but for escaping. */
  rows: [number, string][][];
}

/** The markers of one document: a private-use character, a nonce and a number. */
export class RowSplices {
  readonly runs: SplicedRows[] = [];
  private readonly nonce = Math.random().toString(36).slice(2, 10);

  add(hasText: boolean[], rows: [number, string][][]): SplicedRows {
    const run = { marker: `\uE000${this.nonce}-${this.runs.length}\uE001`, hasText, rows };
    this.runs.push(run);
    return run;
  }
}

const count = (text: string, part: string): number => text.split(part).length - 1;

/** document.xml with every template row replaced by its rows. */
export function spliceRows(xml: string, runs: readonly SplicedRows[]): string {
  return [...splicedParts(xml, runs)].join("");
}

/**
 * The same as UTF-8 bytes, encoded a few hundred rows at a time: a 5,000-school county's
 * document.xml is 22 MB, and never held whole as a JavaScript string (twice its size in
 * memory for Chinese text) beside its bytes.
 */
export function spliceRowsToBytes(xml: string, runs: readonly SplicedRows[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (const part of splicedParts(xml, runs)) {
    const bytes = encoder.encode(part);
    chunks.push(bytes);
    length += bytes.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Rows encoded at a time by spliceRowsToBytes. */
const ROWS_PER_PART = 256;

/** document.xml in parts: the text between template rows, and the rows in their place. */
function* splicedParts(xml: string, runs: readonly SplicedRows[]): Generator<string> {
  const places = runs.map((run) => {
    const at = xml.indexOf(run.marker);
    if (at < 0 || count(xml, run.marker) !== 1)
      throw new Error("a spliced table's template row is not once in the document");
    const start = xml.lastIndexOf("<w:tr>", at);
    const end = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
    if (start < 0 || end < "</w:tr>".length) throw new Error("a template row has no <w:tr>");
    return { run, start, end };
  });
  places.sort((a, b) => a.start - b.start);
  let from = 0;
  for (const { run, start, end } of places) {
    yield xml.slice(from, start);
    yield* rowsOf(xml.slice(start, end), run);
    from = end;
  }
  yield xml.slice(from);
}

/** The rows of a run, from its template row as docx wrote it, a few hundred at a time. */
function* rowsOf(template: string, run: SplicedRows): Generator<string> {
  const firstCell = template.indexOf("<w:tc>");
  const open = template.slice(0, firstCell);
  const close = "</w:tr>";
  const cells = template
    .slice(firstCell, template.length - close.length)
    .split("</w:tc>")
    .slice(0, -1)
    .map((c) => `${c}</w:tc>`);
  // The first cell is the marker's; then one per kind, in order.
  if (!cells[0]?.includes(run.marker) || cells.length !== run.hasText.length + 1)
    throw new Error("a template row does not have the cells it was made with");
  const kinds = cells.slice(1).map((cell, k) => {
    if (!run.hasText[k]) return [cell];
    const parts = cell.split(PLACEHOLDER);
    if (parts.length !== 2) throw new Error("a template cell does not have its placeholder once");
    return parts;
  });
  let rows: string[] = [];
  for (const row of run.rows) {
    let s = open;
    for (const [k, text] of row) {
      const kind = kinds[k];
      s += kind.length === 1 ? kind[0] : kind[0] + escapeXmlText(text) + kind[1];
    }
    rows.push(s + close);
    if (rows.length === ROWS_PER_PART) {
      yield rows.join("");
      rows = [];
    }
  }
  if (rows.length > 0) yield rows.join("");
}
