/**
 * Terminal text: display width of Chinese text (a CJK character takes two
 * columns, so padding by string length would misalign every table), aligned
 * tables, and ANSI colour only where the user's terminal shows it.
 */

const ANSI = /\u001b\[[0-9;]*m/g;

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

/** Columns a string takes in a terminal, ignoring ANSI colour codes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

export type Align = 'left' | 'right';

/** Rows of cells → aligned lines, columns separated by two spaces. */
export function formatTable(rows: string[][], align: Align[] = [], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((row) =>
    (indent + row.map((c, i) => {
      const last = i === row.length - 1;
      if (align[i] === 'right') return padStart(c, widths[i]);
      return last ? c : padEnd(c, widths[i]);
    }).join('  ')).replace(/\s+$/, ''),
  );
}

export interface Palette {
  pass(text: string): string;
  fail(text: string): string;
  warn(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const plain = (text: string): string => text;

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function palette(isTTY: boolean, env: Record<string, string | undefined>): Palette {
  const on = isTTY && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
  if (!on) return { pass: plain, fail: plain, warn: plain, bold: plain, dim: plain };
  const wrap = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
  return { pass: wrap('32'), fail: wrap('31'), warn: wrap('33'), bold: wrap('1'), dim: wrap('2') };
}
