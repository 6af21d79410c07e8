/**
 * One part of an .xlsx parsed as it is inflated (saxes, the streaming parser exceljs itself
 * uses), and a worksheet's XML turned into cells. The cells go to a `CellSink`: straight into
 * the sheet being built (`BuilderSink`, when this thread holds the shared strings), or encoded
 * into batches for the thread that does (./cellBatch.ts). No Node API: this runs in a browser,
 * and in a Node worker thread.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellValue, MergedArea } from "../core";
import { fill, ZH } from "../i18n";
import { decodeXString, excelSerialToDate, parseRange, UNCALCULATED_FORMULA } from "./cells";
import { damaged } from "./refusals";
import type { SheetBuilder } from "./sheet";
import type { InflateRaw, InflateStream } from "./types";
import { Utf8Chunks } from "./utf8";
import {
  checkInflatedSize,
  countInflated,
  inflatePart,
  type InflateBudget,
  type ZipLimits,
  type ZipPart,
} from "./zip";

const T = ZH.host.sheetXml;

export interface Handlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** An element's local name: "x:c" → "c" (some exporters write prefixed SpreadsheetML). */
export function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML 1.0 "true" for xsd:boolean. */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/**
 * One part's XML through saxes, fed as it is inflated (UTF-8 bytes in pieces of any size);
 * bad XML is a damaged file. Whatever a handler throws goes on as it is.
 */
export class PartParser {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  private readonly decoder = new Utf8Chunks();

  constructor(
    private readonly file: string,
    private readonly partName: string,
    handlers: Handlers
  ) {
    const parser = this.parser;
    parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(local(tag.name), tag.attributes));
    if (handlers.close) {
      const close = handlers.close;
      parser.on("closetag", (tag: SaxesTagPlain) => close(local(tag.name)));
    }
    if (handlers.text) {
      parser.on("text", handlers.text);
      parser.on("cdata", handlers.text);
    }
  }

  write(chunk: Uint8Array): void {
    try {
      // A CJK character's three bytes may be split between two chunks (Utf8Chunks keeps them).
      this.parser.write(this.decoder.decode(chunk));
    } catch (e) {
      this.fail(e);
    }
  }

  /** Text after the bytes so far (they must end on a whole character). */
  writeText(text: string): void {
    try {
      this.parser.write(text);
    } catch (e) {
      this.fail(e);
    }
  }

  end(): void {
    try {
      const rest = this.decoder.end();
      if (rest) this.parser.write(rest);
      this.parser.close();
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): never {
    if (e instanceof Error && e.name === "EduError") throw e;
    throw damaged(
      this.file,
      fill(T.notXml, { part: this.partName }),
      `part ${this.partName} is not valid XML`
    );
  }
}

/** Inflates one part and parses it as it comes out (./zip.ts's checks on the way). */
export function parsePart(
  bytes: Uint8Array,
  part: ZipPart,
  file: string,
  limits: ZipLimits,
  budget: InflateBudget,
  handlers: Handlers,
  inflateRaw?: InflateRaw
): void {
  const parser = new PartParser(file, part.name, handlers);
  inflatePart(bytes, part, file, limits, budget, (chunk) => parser.write(chunk), inflateRaw);
  parser.end();
}

/**
 * Inflates one deflated part through the host's stream inflater and parses each piece as it
 * comes: the host inflates the next piece meanwhile (Node's zlib, on its own thread pool).
 */
export async function parsePartStreamed(
  data: Uint8Array,
  part: ZipPart,
  file: string,
  limits: ZipLimits,
  budget: InflateBudget,
  handlers: Handlers,
  inflateStream: InflateStream
): Promise<void> {
  const parser = new PartParser(file, part.name, handlers);
  for await (const chunk of inflatedPieces(data, part, file, limits, budget, inflateStream))
    parser.write(chunk);
  parser.end();
}

/** A deflated part's pieces from the host's stream inflater, counted as ./zip.ts counts every part's. */
export async function* inflatedPieces(
  data: Uint8Array,
  part: ZipPart,
  file: string,
  limits: ZipLimits,
  budget: InflateBudget,
  inflateStream: InflateStream
): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of inflateStream(data)) {
    size = countInflated(part, file, limits, budget, size, chunk.length);
    yield chunk;
  }
  checkInflatedSize(part, file, size);
}

/**
 * Where a worksheet's cells go, 0-based, in the order the XML holds them. Shared strings and
 * numbers come as written (the index, the number's text, its style), since the sink knows the
 * shared strings and which styles show dates; every other value comes ready.
 */
export interface CellSink {
  shared(row: number, col: number, index: string): void;
  /** `style` is the cell's style index (s), NaN when it is not a number, -1 when there is none. */
  number(row: number, col: number, text: string, style: number): void;
  value(row: number, col: number, value: CellValue): void;
  hideRow(row: number): void;
  hideColumns(first: number, last: number): void;
  merge(area: MergedArea): void;
}

/**
 * A numeric cell's text as a number, when it is written as a number: the lexical form of
 * xsd:double without INF and NaN (ECMA-376 ST_Xstring for <v>, XML Schema 2 §3.2.5), which is
 * all Excel and WPS write: an optional sign, digits with an optional point, an optional
 * exponent, spaces around (the type's whiteSpace="collapse"). Anything else — "1,680",
 * "2150abc", "0x2000", "INF", nothing at all — is undefined, and the cell is kept as its text,
 * so the table reader reads it as it reads the same text typed into a cell (accepted when it is
 * unambiguously a number, otherwise reported at its sheet, row and column) instead of
 * parseFloat's silent 1, 2150 and 0 (issue 22 item 4). A scan of char codes, then parseFloat
 * for the value itself, so a well-formed number reads exactly as it always has; this runs for
 * every numeric cell.
 */
export function xsdNumber(text: string): number | undefined {
  const end = text.length;
  let i = 0;
  while (i < end && isXmlSpace(text.charCodeAt(i))) i++;
  if (i < end && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++; // + -
  let digits = 0;
  for (; i < end && isDigit(text.charCodeAt(i)); i++) digits++;
  if (i < end && text.charCodeAt(i) === 46) {
    i++; // .
    for (; i < end && isDigit(text.charCodeAt(i)); i++) digits++;
  }
  if (digits === 0) return undefined;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++; // e E
    if (i < end && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const start = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return undefined;
  }
  while (i < end && isXmlSpace(text.charCodeAt(i))) i++;
  return i === end ? parseFloat(text) : undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** XML's white space (space, tab, CR, LF): what xsd:double's whiteSpace="collapse" removes. */
function isXmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** A number's text read as Excel stores it: "#NUM!" when it is not one, a Date when its style shows a date. */
export function numberValue(n: number, dateStyle: boolean, date1904: boolean): CellValue {
  if (!Number.isFinite(n)) return "#NUM!";
  return dateStyle ? excelSerialToDate(n, date1904) : n;
}

/** Cells straight into the sheet being built, shared strings resolved and dates made here. */
export class BuilderSink implements CellSink {
  constructor(
    readonly out: SheetBuilder,
    private readonly strings: readonly string[],
    /** For each cell style (cellXfs index): whether its number format shows a date. */
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
    private readonly file: string,
    private readonly sheet: string
  ) {}

  shared(row: number, col: number, index: string): void {
    this.sharedAt(row, col, parseInt(index, 10), index);
  }

  /** A shared string by its index; `written` is the index as the file wrote it (for the message). */
  sharedAt(row: number, col: number, index: number, written?: string): void {
    const s = this.strings[index];
    if (s === undefined)
      throw damaged(
        this.file,
        fill(T.missingString, { sheet: this.sheet, index: written ?? index }),
        `sheet "${this.sheet}" refers to a missing shared string ${written ?? index}`
      );
    this.out.set(row, col, s);
  }

  number(row: number, col: number, text: string, style: number): void {
    const n = xsdNumber(text);
    // Not written as a number: its text, for the table reader to read or report (xsdNumber).
    if (n === undefined) this.out.set(row, col, text);
    else this.numberAt(row, col, n, style);
  }

  numberAt(row: number, col: number, n: number, style: number): void {
    this.out.set(row, col, numberValue(n, this.dateStyles[style] === true, this.date1904));
  }

  value(row: number, col: number, value: CellValue): void {
    this.out.set(row, col, value);
  }

  hideRow(row: number): void {
    this.out.hideRow(row);
  }

  hideColumns(first: number, last: number): void {
    this.out.hideColumns(first, last);
  }

  merge(area: MergedArea): void {
    this.out.merge(area);
  }
}

/** exceljs decodes t="str" results a second time (utils.xmlDecode); kept so the values match. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "apos":
        return "'";
      case "quot":
        return '"';
      default:
        return c;
    }
  });
}

/**
 * The handlers that turn a worksheet's XML into cells, for PartParser. Values follow what the CLI read through exceljs: the same numbers, strings, booleans, error
 * texts, Dates for date-formatted numbers (1900 or 1904), cached formula results, and an
 * uncalculated formula as UNCALCULATED_FORMULA.
 */
export function sheetHandlers(sink: CellSink, file: string, sheetName: string): Handlers {
  let row = 0; // 1-based row of the current <row>
  let col = 0; // 1-based column of the last <c>
  // The current cell.
  let cellRow = 0;
  let cellCol = 0;
  let type = "";
  let style = -1;
  let formula = false;
  let value: string | undefined;
  let inlineText = "";
  let hasInline = false;
  // What the text being read belongs to.
  let into: "" | "v" | "f" | "t" = "";
  let phonetic = 0;
  let piece = "";

  const finishCell = (): void => {
    const r = cellRow - 1;
    const c = cellCol - 1;
    if (formula) {
      if (!value) sink.value(r, c, UNCALCULATED_FORMULA);
      else if (type === "str") sink.value(r, c, xmlDecodeAgain(value));
      else if (type === "b") sink.value(r, c, parseInt(value, 10) !== 0);
      else if (type === "e") sink.value(r, c, value);
      else sink.number(r, c, value, style);
      return;
    }
    if (type === "inlineStr") {
      if (hasInline) sink.value(r, c, inlineText);
    } else if (value === undefined) return;
    else if (type === "s") sink.shared(r, c, value);
    else if (type === "str") sink.value(r, c, xmlDecodeAgain(value));
    else if (type === "b") sink.value(r, c, parseInt(value, 10) !== 0);
    else if (type === "e") sink.value(r, c, value);
    else if (type === "d") {
      const d = new Date(value);
      sink.value(r, c, Number.isNaN(d.getTime()) ? value : d);
    } else sink.number(r, c, value, style);
  };

  return {
    open: (name, a) => {
      switch (name) {
        case "c": {
          const ref = a.r;
          if (ref !== undefined) {
            const split = splitReference(ref);
            if (!split)
              throw damaged(
                file,
                fill(T.badCellRef, { sheet: sheetName, ref }),
                `bad cell reference ${ref}`
              );
            cellCol = split.col;
            cellRow = split.row;
          } else {
            cellCol = col + 1;
            cellRow = row;
          }
          col = cellCol;
          type = a.t ?? "";
          const s = a.s;
          style = s === undefined ? -1 : parseInt(s, 10);
          formula = false;
          value = undefined;
          inlineText = "";
          hasInline = false;
          return;
        }
        case "v":
          into = "v";
          return;
        case "f":
          // A shared formula's followers have an empty <f t="shared" si=".."/>: still formulas.
          if (a.t) formula = true;
          into = "f";
          return;
        case "t":
          if (phonetic === 0) {
            into = "t";
            piece = "";
          }
          return;
        case "rPh":
          phonetic++;
          return;
        case "row": {
          const r = a.r;
          row = r !== undefined ? parseInt(r, 10) : row + 1;
          if (!(row >= 1))
            throw damaged(
              file,
              fill(T.badRow, { sheet: sheetName, row: r ?? "" }),
              `bad row number ${r ?? ""}`
            );
          col = 0;
          if (isTrue(a.hidden)) sink.hideRow(row - 1);
          return;
        }
        case "col":
          if (isTrue(a.hidden)) sink.hideColumns(Number(a.min) - 1, Number(a.max) - 1);
          return;
        case "mergeCell": {
          const area = a.ref === undefined ? undefined : parseRange(a.ref);
          if (area) sink.merge(area);
          return;
        }
        default:
          return;
      }
    },
    text: (text) => {
      if (into === "v") value = value === undefined ? text : value + text;
      else if (into === "t") piece += text;
      else if (into === "f" && text.length > 0) formula = true;
    },
    close: (name) => {
      switch (name) {
        case "c":
          finishCell();
          return;
        case "v":
        case "f":
          into = "";
          return;
        case "t":
          if (into === "t") {
            // Decoded like shared strings: Excel reads _xHHHH_ in inline strings too (ST_Xstring).
            inlineText += decodeXString(piece);
            hasInline = true;
            into = "";
          }
          return;
        case "rPh":
          phonetic--;
          return;
        default:
          return;
      }
    },
  };
}

/**
 * "AB12" → { col: 28, row: 12 }; undefined when it is not a cell reference. Letters then
 * digits (what every writer puts in r) are read in one pass without allocating (a call per
 * cell: 2.7M at 20,000 schools); anything else takes the general path, with the same answer.
 */
export function splitReference(ref: string): { col: number; row: number } | undefined {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  let row = 0;
  let j = i;
  for (; j < ref.length; j++) {
    const digit = ref.charCodeAt(j) - 48;
    if (digit < 0 || digit > 9) break;
    row = row * 10 + digit;
  }
  if (j < ref.length || j - i > 9) {
    // Not plain digits (or absurdly long): as Number() reads it.
    row = Number(ref.slice(i));
    if (!Number.isInteger(row) || row < 1) return undefined;
  } else if (row < 1) return undefined;
  SPLIT.col = col;
  SPLIT.row = row;
  return SPLIT;
}
/** splitReference's answer, reused: read at once by the caller, never kept. */
const SPLIT = { col: 0, row: 0 };
