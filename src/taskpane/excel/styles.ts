/**
 * The report's semantic styles (src/report/model.ts) as Excel formats. The fills
 * are Excel's own "Good / Bad / Neutral" cell styles, which reviewers read at a
 * glance; failing cells are also bold so they survive black-and-white printing.
 */
import { BORDER_COLOR, type CellStyle, PALETTE, type StyleSpec } from "../../report";

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

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** The report's one palette (report/formats.ts) in Office.js terms. */
function excelFormat(spec: StyleSpec): ExcelCellFormat {
  const f: ExcelCellFormat = {};
  if (spec.bold) f.bold = true;
  if (spec.italic) f.italic = true;
  if (spec.fontSize) f.fontSize = spec.fontSize;
  if (spec.fontColor) f.fontColor = spec.fontColor;
  if (spec.fill) f.fill = spec.fill;
  if (spec.wrap) f.wrapText = true;
  if (spec.horizontal) f.horizontalAlignment = ALIGN[spec.horizontal];
  if (spec.vertical) f.verticalAlignment = VALIGN[spec.vertical];
  if (spec.border) f.borders = true;
  return f;
}

export const STYLE_FORMATS: Readonly<Record<CellStyle, ExcelCellFormat>> = Object.fromEntries(
  Object.entries(PALETTE).map(([k, v]) => [k, excelFormat(v)])
) as Record<CellStyle, ExcelCellFormat>;

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
      b.color = BORDER_COLOR;
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
