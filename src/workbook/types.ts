import type { SheetCells } from "../core";

/**
 * A host's own raw-deflate inflater (Node's zlib), used for the small parts of an .xlsx: the
 * bytes of the whole part, or null when they would be more than `maxOutput` bytes; throws on
 * data that does not inflate. Without one (the browser), every part streams through fflate.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array | null;

/** How a host reads: today only its inflater. */
export interface ReadOptions {
  inflateRaw?: InflateRaw;
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
