import type { SheetCells } from "../core";
import type { CellBatch, SheetJob } from "./cellBatch";

/**
 * A host's own raw-deflate inflater (Node's zlib), used for the small parts of an .xlsx: the
 * bytes of the whole part, or null when they would be more than `maxOutput` bytes; throws on
 * data that does not inflate. Without one (the browser), every part streams through fflate.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array | null;

/**
 * A host's raw-deflate inflater as a stream (Node's zlib): the pieces of `data` inflated, in
 * order, inflating ahead of the consumer on the host's own thread (a few pieces at most); it
 * throws on data that does not inflate. Used, with SheetThreads, for the largest sheet.
 */
export type InflateStream = (data: Uint8Array) => AsyncIterable<Uint8Array>;

/** Sheets being read on another thread: their cells in batches, sheet by sheet, in the order the XML holds them. */
export interface SheetThread {
  /** The batches as they come; throws when the thread fails (the reader then reads alone). */
  batches(): AsyncIterable<CellBatch>;
  /** Ends the thread: after the last batch, or when the reader gives up on it. */
  stop(): void;
}

/**
 * A host's second thread for a large .xlsx (the CLI: Node's worker_threads,
 * src/cli/sheetThread.ts). While this thread reads the largest sheet, the second one inflates
 * and parses the others; their cells come back in batches and are resolved here (./cellBatch.ts).
 */
export interface SheetThreads {
  /** Only a workbook whose largest sheet's XML unpacks to at least this many bytes is worth a thread. */
  minBytes: number;
  /**
   * Where to cut the largest sheet, in bytes of its XML, from its own size and the other
   * sheets' (0: the second thread reads all of it); by default ./xlsx.ts's cutAt, which keeps
   * both threads about equally busy. The tests cut everywhere.
   */
  cut?: (largest: number, others: number) => number;
  /** Starts reading `job` on another thread; undefined when there is none to be had. */
  start(job: SheetJob): SheetThread | undefined;
}

/** How a host reads: its inflaters, and a second thread when it has one. */
export interface ReadOptions {
  inflateRaw?: InflateRaw;
  inflateStream?: InflateStream;
  sheetThreads?: SheetThreads;
}

/**
 * A sheet as every reader gives it: the 2-D values from A1 (what Office.js `range.values`
 * gives), the merged areas, and what is hidden. The table reader reads the values and merges;
 * the hidden flags are there for whoever shows the sheet (hidden rows are still data: Excel's
 * own SUM counts them, and so does the assessment).
 */
export interface WorkbookSheet extends SheetCells {
  origin: { row: number; column: number };
  /** Set when the sheet itself is hidden (右键 › 隐藏) or very hidden (VBA only). */
  state?: "hidden" | "veryHidden";
  /** 0-based rows hidden within the used range, ascending. */
  hiddenRows?: number[];
  /** 0-based columns hidden within the used range, ascending. */
  hiddenColumns?: number[];
}
