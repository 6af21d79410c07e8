/**
 * Terminal text: display width of Chinese text (a CJK character takes two
 * columns, so padding by string length would misalign every table), aligned
 * tables, and ANSI colour only where the user's terminal shows it.
 */

import { textWidth } from "../report/layout";

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal, ignoring ANSI colour codes. */
export function displayWidth(text: string): number {
  return textWidth(text.replace(ANSI, ""));
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

export type Align = "left" | "right";

/** Rows of cells → aligned lines, columns separated by two spaces. */
export function formatTable(rows: string[][], align: Align[] = [], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((row) =>
    (
      indent +
      row
        .map((c, i) => {
          const last = i === row.length - 1;
          if (align[i] === "right") return padStart(c, widths[i]);
          return last ? c : padEnd(c, widths[i]);
        })
        .join("  ")
    ).replace(/\s+$/, "")
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
export function colourOn(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  return isTTY && !(env.NO_COLOR !== undefined && env.NO_COLOR !== "") && env.TERM !== "dumb";
}

export function palette(isTTY: boolean, env: Record<string, string | undefined>): Palette {
  const on = colourOn(isTTY, env);
  if (!on) return { pass: plain, fail: plain, warn: plain, bold: plain, dim: plain };
  const wrap = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
  return { pass: wrap("32"), fail: wrap("31"), warn: wrap("33"), bold: wrap("1"), dim: wrap("2") };
}

/**
 * Control characters a terminal acts on (issue 16 §9): C0 but tab and line feed, DEL and C1.
 * An ESC in a school name or a file name could otherwise clear the screen, move the cursor or
 * set the window title; a C1 CSI (U+009B) does the same on some terminals.
 */
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** The colour codes palette() writes, and only those, may stay when colour is on. */
// eslint-disable-next-line no-control-regex -- ESC starts the colour codes
const OWN_COLOUR = /\u001b\[(?:0|1|2|31|32|33)m/y;

export interface TerminalTextOptions {
  /** Keep palette()'s colour codes (colour is on for this stream). */
  colour?: boolean;
  /** Keep carriage returns at the start and the end of the text (the progress bar redraws with them). */
  edgeReturns?: boolean;
}

/** Text made safe for a terminal: every control character removed but \n and \t (and see the options). */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  if (!CONTROL.test(text)) return text;
  const lead = options.edgeReturns ? /^\r*/.exec(text)![0] : "";
  const trail = options.edgeReturns && lead.length < text.length ? /\r*$/.exec(text)![0] : "";
  const body = text.slice(lead.length, text.length - trail.length);
  let out = "";
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    if (!control) continue;
    out += body.slice(from, i);
    from = i + 1;
    if (options.colour && code === 0x1b) {
      OWN_COLOUR.lastIndex = i;
      const m = OWN_COLOUR.exec(body);
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        from = i + 1;
      }
    }
  }
  return lead + out + body.slice(from) + trail;
}

/** A message on one line (the CLI's errors and warnings are one line each). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
