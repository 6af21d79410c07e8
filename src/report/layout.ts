/**
 * Layout decisions both report writers share (exceljs for the CLI, Office.js for
 * the task pane), so the printed 申报表 looks the same from either.
 */
import type { ReportSheet } from "./model";

/**
 * East Asian Wide and Fullwidth ranges (Unicode UAX #11) that occur in Chinese
 * text: CJK ideographs and punctuation, fullwidth forms (（）：，), ㎡ and the like.
 */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation (、。〔〕)
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, bopomofo, CJK compatibility (㎡)
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms （）：，
    (cp >= 0xffe0 && cp <= 0xffe6) || // fullwidth signs ￥
    (cp >= 0x1f300 && cp <= 0x1f64f) || // emoji
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B…
  );
}

/** Columns a string takes (a CJK character two, like a column width in Excel's character units). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b)
      continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/**
 * Columns whose text is wider than the column: their cells wrap, so a long 说明 grows the
 * row instead of spilling across the page (which makes a fit-to-width print unreadably small).
 * Titles and subtitles are left alone: they are meant to run across the sheet.
 */
export function wrapColumns(sheet: ReportSheet): boolean[] {
  const wrap = sheet.columns.map(() => false);
  const merged = new Set<string>();
  for (const m of sheet.merges ?? []) {
    for (let r = m.startRow; r <= m.endRow; r++)
      for (let c = m.startColumn; c <= m.endColumn; c++) merged.add(`${r},${c}`);
  }
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (c >= wrap.length || wrap[c] || typeof cell?.value !== "string") return;
      if (cell.style === "title" || cell.style === "subtitle" || merged.has(`${r},${c}`)) return;
      if (textWidth(cell.value) > sheet.columns[c].width) wrap[c] = true;
    })
  );
  return wrap;
}

/** The largest row height Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Points a line of text takes at a font size (CJK fallback fonts in LibreOffice and WPS are taller than Latin ones: 1.6 em). */
function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.6 * 4) / 4;
}

/**
 * Characters of a given font size that fit a width in Excel's character units (made for
 * 11-point text), less the cell's padding and a tenth for CJK fonts wider than two Latin characters.
 */
function capacity(width: number, fontSize: number): number {
  return Math.max(1, ((width - 1.5) * 0.9 * 11) / fontSize);
}

/**
 * Every row's height in points: the tallest cell's wrapped lines (its text width over its
 * column's, or its merged area's, width), so that a wrapped 说明 never runs into the next
 * row in Excel, WPS or LibreOffice (none of which grows rows for text they did not edit).
 * A merged cell spanning rows shares its lines among them.
 */
export function rowHeights(
  sheet: ReportSheet,
  fontSizeOf: (style: ReportSheet["rows"][number][number]["style"]) => number
): number[] {
  const wrap = wrapColumns(sheet);
  const mergeAt = new Map<string, { columns: number; rows: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges ?? []) {
    let width = 0;
    for (let c = m.startColumn; c <= m.endColumn; c++) width += sheet.columns[c]?.width ?? 8.43;
    mergeAt.set(`${m.startRow},${m.startColumn}`, {
      columns: width,
      rows: m.endRow - m.startRow + 1,
    });
    for (let r = m.startRow; r <= m.endRow; r++)
      for (let c = m.startColumn; c <= m.endColumn; c++)
        if (r !== m.startRow || c !== m.startColumn) covered.add(`${r},${c}`);
  }
  return sheet.rows.map((row, r) => {
    let height = lineHeight(11) + 3;
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || covered.has(`${r},${c}`)) return;
      const size = fontSizeOf(cell.style);
      const merge = mergeAt.get(`${r},${c}`);
      const width = merge?.columns ?? sheet.columns[c]?.width ?? 8.43;
      const text = typeof cell.value === "string" ? cell.value : String(cell.value);
      const wraps =
        typeof cell.value === "string" &&
        (cell.style === "header" ||
          cell.style === "note" ||
          cell.style === "title" ||
          cell.style === "subtitle" ||
          merge !== undefined ||
          wrap[c]);
      let lines = 0;
      for (const part of text.split("\n"))
        lines += wraps ? Math.max(1, Math.ceil(textWidth(part) / capacity(width, size))) : 1;
      const h = (lines * lineHeight(size) + 4) / (merge?.rows ?? 1);
      if (h > height) height = h;
    });
    // Excel's and WPS's largest row height: a longer text is cut there, never overlaps.
    return Math.min(MAX_ROW_HEIGHT, Math.ceil(height * 4) / 4);
  });
}

/** Width of A4 less 0.5-inch margins, in Excel's character units (~7 px each at 96 dpi, 5 px padding per column). */
const PRINTABLE_CHARACTERS = { landscape: (11.69 - 1) * 96, portrait: (8.27 - 1) * 96 };

/**
 * The scale a fit-to-width print of the sheet comes out at (1 when it fits at 100%): the
 * printable width over the columns' width. The 申报表 keeps every sheet at 60% or more.
 */
export function printScale(sheet: ReportSheet): number {
  const px = sheet.columns.reduce((t, c) => t + c.width * 7 + 5, 0);
  const page =
    sheet.print?.landscape === false
      ? PRINTABLE_CHARACTERS.portrait
      : PRINTABLE_CHARACTERS.landscape;
  return Math.min(1, page / px);
}
