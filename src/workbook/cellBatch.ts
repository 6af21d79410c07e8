/**
 * A worksheet's cells in compact batches, for a sheet read on another thread: the thread that
 * parses the XML encodes each cell as a few integers (and a number or a text when it has one)
 * into typed arrays that move between threads without copying, and the thread building the
 * sheet applies them, in the same order, through the same `BuilderSink` as a sheet read in
 * place — so a shared string, a number, a date are resolved exactly as there. Only what cannot
 * be encoded exactly (a row past 2^31, a value of another kind) stops the encoder, and the
 * reader then reads the workbook in one thread. Plain typed arrays: a browser could do the same.
 */
import type { CellValue, MergedArea } from "../core";
import {
  type BuilderSink,
  type CellSink,
  type Handlers,
  inflatedPieces,
  parsePart,
  parsePartStreamed,
  sheetHandlers,
  xsdNumber,
} from "./sheetXml";
import { RowCut, RowsFromCut } from "./split";
import type { InflateRaw, InflateStream } from "./types";
import type { ZipLimits, ZipPart } from "./zip";

/** Cells of a sheet in the order the XML holds them: `ops` as below, with the numbers and texts they take in turn. */
export interface CellBatch {
  /** Which of the job's sheets. */
  sheet: number;
  ops: Int32Array;
  numbers: Float64Array;
  texts: string[];
}

// ops: a code, then its integers.
/** row, col, index (a shared string whose index the file wrote plainly) */
const SHARED = 1;
/** row, col, text (a shared string's index written otherwise, resolved from the text as in place) */
const SHARED_TEXT = 2;
/** row, col, style; a number */
const NUMBER = 3;
/** row, col; a text */
const TEXT = 4;
/** row, col */
const TRUE = 5;
/** row, col */
const FALSE = 6;
/** row, col; a number (the Date's milliseconds) */
const DATE = 7;
/** row */
const HIDE_ROW = 8;
/** two numbers (as written: they may be NaN) */
const HIDE_COLUMNS = 9;
/** startRow, startColumn, endRow, endColumn */
const MERGE = 10;

const OPS = 1 << 16;
const NUMBERS = 1 << 14;

/** What the encoder cannot carry exactly: the reader then reads the workbook in one thread. */
export class Unencodable extends Error {
  constructor(what: string) {
    super(`cannot encode ${what}`);
    this.name = "Unencodable";
  }
}

function isInt32(n: number): boolean {
  return (n | 0) === n;
}

/** Encodes cells into batches, handing each full one to `post`. */
export class BatchSink implements CellSink {
  private ops = new Int32Array(OPS);
  private numbers = new Float64Array(NUMBERS);
  private texts: string[] = [];
  private op = 0;
  private num = 0;

  constructor(
    private readonly sheet: number,
    private readonly post: (batch: CellBatch) => void
  ) {}

  /** Room for `ops` integers and `numbers` numbers, posting the batch when there is not. */
  private room(ops: number, numbers: number): void {
    if (this.op + ops > OPS || this.num + numbers > NUMBERS) this.flush();
  }

  private cell(code: number, row: number, col: number): void {
    if (!isInt32(row) || !isInt32(col)) throw new Unencodable(`cell ${row}, ${col}`);
    const ops = this.ops;
    ops[this.op++] = code;
    ops[this.op++] = row;
    ops[this.op++] = col;
  }

  private text(text: string): void {
    this.ops[this.op++] = this.texts.push(text) - 1;
  }

  shared(row: number, col: number, index: string): void {
    this.room(4, 0);
    const i = parseInt(index, 10);
    if (isInt32(i) && i >= 0 && String(i) === index) {
      this.cell(SHARED, row, col);
      this.ops[this.op++] = i;
    } else {
      this.cell(SHARED_TEXT, row, col);
      this.text(index);
    }
  }

  number(row: number, col: number, text: string, style: number): void {
    const n = xsdNumber(text);
    // Not written as a number: kept as its text, as in place (BuilderSink.number).
    if (n === undefined) return this.value(row, col, text);
    this.room(4, 1);
    this.cell(NUMBER, row, col);
    // A style that is not a small whole number is no date style, as in place (dateStyles[NaN]).
    this.ops[this.op++] = style >= 0 && isInt32(style) ? style : -1;
    this.numbers[this.num++] = n;
  }

  value(row: number, col: number, value: CellValue): void {
    this.room(4, 1);
    if (typeof value === "string") {
      this.cell(TEXT, row, col);
      this.text(value);
    } else if (typeof value === "boolean") this.cell(value ? TRUE : FALSE, row, col);
    else if (value instanceof Date) {
      this.cell(DATE, row, col);
      this.numbers[this.num++] = value.getTime();
    } else throw new Unencodable(typeof value);
  }

  hideRow(row: number): void {
    if (!isInt32(row)) throw new Unencodable(`row ${row}`);
    this.room(2, 0);
    this.ops[this.op++] = HIDE_ROW;
    this.ops[this.op++] = row;
  }

  hideColumns(first: number, last: number): void {
    this.room(1, 2);
    this.ops[this.op++] = HIDE_COLUMNS;
    this.numbers[this.num++] = first;
    this.numbers[this.num++] = last;
  }

  merge(area: MergedArea): void {
    const { startRow, startColumn, endRow, endColumn } = area;
    if (![startRow, startColumn, endRow, endColumn].every(isInt32))
      throw new Unencodable("merged area");
    this.room(5, 0);
    const ops = this.ops;
    ops[this.op++] = MERGE;
    ops[this.op++] = startRow;
    ops[this.op++] = startColumn;
    ops[this.op++] = endRow;
    ops[this.op++] = endColumn;
  }

  /** Posts what is held (nothing when empty) and starts a new batch. */
  flush(): void {
    if (this.op === 0) return;
    this.post({
      sheet: this.sheet,
      ops: this.ops.subarray(0, this.op),
      numbers: this.numbers.subarray(0, this.num),
      texts: this.texts,
    });
    this.ops = new Int32Array(OPS);
    this.numbers = new Float64Array(NUMBERS);
    this.texts = [];
    this.op = 0;
    this.num = 0;
  }
}

/** Applies one batch to the sheet being built, cell by cell as the XML held them. */
export function applyBatch(batch: CellBatch, sink: BuilderSink): void {
  const { ops, numbers, texts } = batch;
  let n = 0;
  let i = 0;
  while (i < ops.length) {
    const code = ops[i];
    switch (code) {
      case SHARED:
        sink.sharedAt(ops[i + 1], ops[i + 2], ops[i + 3]);
        i += 4;
        break;
      case SHARED_TEXT:
        sink.shared(ops[i + 1], ops[i + 2], texts[ops[i + 3]]);
        i += 4;
        break;
      case NUMBER:
        sink.numberAt(ops[i + 1], ops[i + 2], numbers[n++], ops[i + 3]);
        i += 4;
        break;
      case TEXT:
        sink.value(ops[i + 1], ops[i + 2], texts[ops[i + 3]]);
        i += 4;
        break;
      case TRUE:
      case FALSE:
        sink.value(ops[i + 1], ops[i + 2], code === TRUE);
        i += 3;
        break;
      case DATE:
        sink.value(ops[i + 1], ops[i + 2], new Date(numbers[n++]));
        i += 3;
        break;
      case HIDE_ROW:
        sink.hideRow(ops[i + 1]);
        i += 2;
        break;
      case HIDE_COLUMNS:
        sink.hideColumns(numbers[n], numbers[n + 1]);
        n += 2;
        i += 1;
        break;
      case MERGE:
        sink.merge({
          startRow: ops[i + 1],
          startColumn: ops[i + 2],
          endRow: ops[i + 3],
          endColumn: ops[i + 4],
        });
        i += 5;
        break;
      default:
        throw new Error(`bad cell batch (op ${code} at ${i})`);
    }
  }
}

/**
 * Sheets for another thread: each part's compressed bytes (`part.dataStart` into its `data`),
 * and the limits. A sheet with `from` is read from its first row at or after that byte of its
 * XML (the first thread reads the rows before: ./split.ts).
 */
export interface SheetJob {
  file: string;
  limits: ZipLimits;
  sheets: { sheet: string; part: ZipPart; data: Uint8Array; from?: number }[];
}

/** A head longer than this (the bytes before the first row) is not worth splitting the sheet. */
const HEAD_MAX = 16 * 1024 * 1024;

/**
 * The other thread's side: inflates and parses the job's sheets in turn, posting their cells in
 * batches; rejects with what reading threw (an EduError for a damaged part, Unencodable for
 * what batches cannot carry). Deflated parts go through `inflateStream` when the host has one
 * (a sheet read from a row needs it).
 */
export async function readSheetJob(
  job: SheetJob,
  post: (batch: CellBatch) => void,
  inflateStream?: InflateStream,
  inflateRaw?: InflateRaw
): Promise<void> {
  const budget = { used: 0 };
  for (const [i, { sheet, part, data, from }] of job.sheets.entries()) {
    const sink = new BatchSink(i, post);
    const handlers = sheetHandlers(sink, job.file, sheet);
    const deflated = part.method === 8 && data.length > 0;
    if (from !== undefined) {
      if (!inflateStream || !deflated)
        throw new Error("a sheet read from a row needs a stream inflater");
      await readRowsFrom(job, part, data, from, handlers, inflateStream);
    } else if (inflateStream && deflated)
      await parsePartStreamed(data, part, job.file, job.limits, budget, handlers, inflateStream);
    else parsePart(data, part, job.file, job.limits, budget, handlers, inflateRaw);
    sink.flush();
  }
}

/** The rows of a sheet from its first row at or after byte `from` (./split.ts); none when there is no such row. */
async function readRowsFrom(
  { file, limits }: SheetJob,
  part: ZipPart,
  data: Uint8Array,
  from: number,
  handlers: Handlers,
  inflateStream: InflateStream
): Promise<void> {
  const rows = new RowsFromCut(file, part.name, handlers);
  const first = new RowCut(0);
  const cut = new RowCut(from);
  let head: Uint8Array[] | undefined = [];
  let headLength = 0;
  let cutFound = false;
  const pieces = inflatedPieces(data, part, file, limits, { used: 0 }, inflateStream);
  for await (const chunk of pieces) {
    if (cutFound) {
      rows.parser.write(chunk);
      continue;
    }
    if (head) {
      const found = first.push(chunk);
      head.push(found.before);
      headLength += found.before.length;
      if (found.after) {
        rows.head(concatAll(head, headLength));
        head = undefined;
      } else if (headLength > HEAD_MAX)
        throw new Error(`${part.name}: no row in the first ${HEAD_MAX} bytes`);
    }
    const found = cut.push(chunk);
    if (found.after) {
      if (head) throw new Error(`${part.name}: the cut before the first row`);
      cutFound = true;
      rows.start();
      rows.parser.write(found.after);
    }
  }
  if (cutFound) rows.parser.end();
}

function concatAll(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
