/**
 * One large worksheet read by two threads: the first reads its XML up to a row near a chosen
 * byte, the second from that row to the end. The cut is found by both in the same inflated
 * bytes with the same rule (the first "<row" start tag at or after the byte), and the XML
 * parser itself (saxes) proves it sound, so no XML is tokenised here:
 *
 * - the first thread parses everything before the cut, then "</sheetData></worksheet>": that
 *   closes cleanly only if the cut lies between two children of <sheetData> (not inside a
 *   comment, a CDATA section, a processing instruction or a deeper element, where "<row"
 *   could also appear) and the document is unprefixed SpreadsheetML;
 * - the second parses the head (the bytes before the first row) the same way, then, with the
 *   same parser, the rows from the cut on: the parser is in the state it is in at the cut in
 *   the whole document. Its first row must say its number (r="…"), as every writer's does.
 *
 * Anything else ends the reading with an error, and the reader reads the workbook in one
 * thread (./xlsx.ts).
 */
import { PartParser, type Handlers } from "./sheetXml";
import { concat } from "./utf8";

/** What closes the head or the rows before a cut, when the cut lies between rows. */
const CLOSE = "</sheetData></worksheet>";

const LT = 0x3c;
const ROW = [0x72, 0x6f, 0x77]; // "row"

function endsName(byte: number): boolean {
  // Whitespace, ">" or "/" after "<row": the element row itself, not "<rowBreaks"…
  return (
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === 0x3e ||
    byte === 0x2f
  );
}

const EMPTY = new Uint8Array(0);

/**
 * Finds the first "<row" start tag at or after byte `from` of a part fed piece by piece. The
 * last four bytes of each piece are held back until the next one comes (a tag may straddle
 * two pieces), so `push` hands back what may go on to the parser now.
 */
export class RowCut {
  /** The part's bytes before `held`. */
  private offset = 0;
  private held: Uint8Array = EMPTY;

  constructor(private readonly from: number) {}

  /**
   * The bytes before the cut that can be parsed now and, when the cut is in them, the bytes
   * from the cut on (after which nothing more is to be pushed).
   */
  push(piece: Uint8Array): { before: Uint8Array; after?: Uint8Array } {
    const bytes = this.held.length === 0 ? piece : concat(this.held, piece);
    const start = Math.max(0, this.from - this.offset);
    for (
      let i = bytes.indexOf(LT, start);
      i >= 0 && i + 4 < bytes.length;
      i = bytes.indexOf(LT, i + 1)
    ) {
      if (
        bytes[i + 1] === ROW[0] &&
        bytes[i + 2] === ROW[1] &&
        bytes[i + 3] === ROW[2] &&
        endsName(bytes[i + 4])
      ) {
        this.held = EMPTY;
        return { before: bytes.subarray(0, i), after: bytes.subarray(i) };
      }
    }
    const keep = Math.min(4, bytes.length);
    this.held = bytes.slice(bytes.length - keep);
    this.offset += bytes.length - keep;
    return { before: bytes.subarray(0, bytes.length - keep) };
  }

  /** The bytes held back at the end of the part (no cut was found). */
  end(): Uint8Array {
    const rest = this.held;
    this.held = EMPTY;
    return rest;
  }
}

/** After the bytes before a cut: closes the document, which proves the cut lies between rows. */
export function closeAtCut(parser: PartParser): void {
  parser.writeText(CLOSE);
  parser.end();
}

/**
 * The second thread's parser over the rows from a cut: fed the head (the bytes before the
 * first row) with the handlers silent, after checking that the head closes cleanly on its own;
 * `start()` then turns the handlers on for the row at the cut, which must carry its number.
 */
export class RowsFromCut {
  private active = false;
  private first = true;
  readonly parser: PartParser;

  constructor(
    private readonly file: string,
    private readonly partName: string,
    handlers: Handlers
  ) {
    this.parser = new PartParser(file, partName, {
      open: (name, attributes) => {
        if (!this.active) return;
        if (this.first) {
          this.first = false;
          if (name !== "row" || attributes.r === undefined)
            throw new Error(`${partName}: the row at the cut has no number`);
        }
        handlers.open(name, attributes);
      },
      close: (name) => {
        if (this.active) handlers.close?.(name);
      },
      text: (text) => {
        if (this.active) handlers.text?.(text);
      },
    });
  }

  /** The head, once checked on its own. */
  head(bytes: Uint8Array): void {
    const check = new PartParser(this.file, this.partName, { open: () => undefined });
    check.write(bytes);
    closeAtCut(check);
    this.parser.write(bytes);
  }

  start(): void {
    this.active = true;
  }
}
