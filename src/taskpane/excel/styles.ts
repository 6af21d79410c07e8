/**
 * The report's semantic styles (src/report/model.ts) as Excel formats. The fills
 * are Excel's own "Good / Bad / Neutral" cell styles, which reviewers read at a
 * glance; failing cells are also bold so they survive black-and-white printing.
 */
import type { CellStyle } from "../../report/model";

export interface ExcelCellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: "Center" | "Left" | "Right";
  verticalAlignment?: "Center" | "Top" | "Bottom";
  /** Thin borders on every edge and inside. */
  borders?: boolean;
}

export const STYLE_FORMATS: Readonly<Record<CellStyle, ExcelCellFormat>> = {
  title: { bold: true, fontSize: 14 },
  subtitle: { italic: true, fontColor: "#595959" },
  header: {
    bold: true,
    fill: "#D9E1F2",
    wrapText: true,
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
    borders: true,
  },
  text: {},
  pass: { fontColor: "#006100", fill: "#C6EFCE" },
  fail: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" },
  borderline: { fontColor: "#9C5700", fill: "#FFEB9C" },
  total: { bold: true, fill: "#F2F2F2" },
};

/** Applies a format to a range or to all areas of a RangeAreas: a handful of queued property sets, no sync. */
export function applyFormat(
  range: Pick<Excel.Range | Excel.RangeAreas, "format">,
  f: ExcelCellFormat
): void {
  const format = range.format;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontSize !== undefined) format.font.size = f.fontSize;
  if (f.fontColor !== undefined) format.font.color = f.fontColor;
  if (f.fill !== undefined) format.fill.color = f.fill;
  if (f.wrapText !== undefined) format.wrapText = f.wrapText;
  if (f.horizontalAlignment !== undefined) format.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) format.verticalAlignment = f.verticalAlignment;
  if (f.borders) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#8EA9DB";
    }
  }
}

export interface CellRect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Groups the cells that share a style into rectangles: runs along each row,
 * then runs of identical column spans down consecutive rows. A whole table of
 * one style becomes one rectangle; a scatter of failing cells stays small.
 */
export function groupIntoRectangles(cells: readonly { row: number; column: number }[]): CellRect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c.column);
    else byRow.set(c.row, [c.column]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  // open rectangles keyed by "start:end" column span, extended while rows continue
  const open = new Map<string, CellRect>();
  const done: CellRect[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const spans: [number, number][] = [];
    for (const c of cols) {
      const last = spans[spans.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else spans.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [start, end] of spans) {
      const key = `${start}:${end}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.row + rect.rowCount === row) rect.rowCount += 1;
      else {
        if (rect) done.push(rect);
        open.set(key, { row, column: start, rowCount: 1, columnCount: end - start + 1 });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}
