/**
 * The report's one palette (report/formats.ts) in exceljs terms, for both exceljs writers
 * (the 申报表, ./report.ts, and the empty data template, ./template.ts).
 */
import type * as ExcelJS from "exceljs";
import { BODY_FONT_SIZE, BORDER_COLOR, PALETTE, type StyleSpec } from "../formats";
import type { CellStyle } from "../model";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** "#RRGGBB" → exceljs's "FFRRGGBB". */
function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

export interface ExcelJsStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** The report's one palette (report/formats.ts) in exceljs terms. */
function excelJsStyle(spec: StyleSpec): ExcelJsStyle {
  const font: Partial<ExcelJS.Font> = { size: spec.fontSize ?? BODY_FONT_SIZE };
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.fontColor) font.color = { argb: argb(spec.fontColor) };
  const style: ExcelJsStyle = { font };
  if (spec.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border) style.border = ALL_THIN;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (spec.horizontal) alignment.horizontal = spec.horizontal;
  if (spec.vertical) alignment.vertical = spec.vertical;
  if (spec.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

export const STYLES = Object.fromEntries(
  Object.entries(PALETTE).map(([k, v]) => [k, excelJsStyle(v)])
) as Record<CellStyle, ExcelJsStyle>;

/** Gives a cell one of the report's styles (font, fill, border, alignment). */
export function styleCell(target: ExcelJS.Cell, style: CellStyle): void {
  const s = STYLES[style];
  if (s.font) target.font = s.font;
  if (s.fill) target.fill = s.fill;
  if (s.border) target.border = s.border;
  if (s.alignment) target.alignment = s.alignment;
}
