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
