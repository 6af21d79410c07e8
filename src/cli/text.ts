/**
 * Terminal text: display width of Chinese text (a CJK character takes two
 * columns, so padding by string length would misalign every table), aligned
 * tables, and ANSI colour only where the user's terminal shows it.
 */

import { randomBytes } from "crypto";
import { textWidth } from "../report";

/**
 * palette() does not write ESC codes into the text it builds: it writes marks that user text
 * cannot forge — NUL, a key drawn at random when the process starts, then the code — and the
 * output stage (terminalText with colour) turns exactly these marks into ESC codes after
 * removing every control character of the text around them. A whitelist of ESC codes over the
 * mixed text let an ESC[32m in a school name through as green (issue 22 §3); the key is never
 * printed, so no workbook, file name or profile can contain it.
 */
const COLOUR_KEY = randomBytes(16).toString("hex");
const MARK = `\u0000${COLOUR_KEY}[`;
/** palette()'s codes, and only those (reset, bold, dim, red, green, yellow). */
const OWN_CODES = new Set(["0", "1", "2", "31", "32", "33"]);
const MARKS = new RegExp(`\u0000${COLOUR_KEY}\\[(\\d+)m`, "g");
const MARK_AT = new RegExp(`\u0000${COLOUR_KEY}\\[(\\d+)m`, "y");

const mark = (code: string): string => `${MARK}${code}m`;

/** Columns a string takes in a terminal: colour marks and control characters take none. */
export function displayWidth(text: string): number {
  return textWidth(text.replace(MARKS, "").replace(CONTROLS, ""));
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

/**
 * Colour marks around text (see MARK), only for a colour terminal. The text is cleaned first:
 * a control character in it is removed here, before the colour goes on, and the output stage
 * removes any that reach it by another way; marks of an inner palette() call are kept.
 */
export function palette(isTTY: boolean, env: Record<string, string | undefined>): Palette {
  const on = colourOn(isTTY, env);
  if (!on) return { pass: plain, fail: plain, warn: plain, bold: plain, dim: plain };
  const wrap = (code: string) => (text: string) =>
    `${mark(code)}${cleanText(text, "keep")}${mark("0")}`;
  return { pass: wrap("32"), fail: wrap("31"), warn: wrap("33"), bold: wrap("1"), dim: wrap("2") };
}

/**
 * Control characters a terminal acts on (issue 16 §9): C0 but tab and line feed, DEL and C1.
 * An ESC in a school name or a file name could otherwise clear the screen, move the cursor or
 * set the window title; a C1 CSI (U+009B) does the same on some terminals.
 */
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export interface TerminalTextOptions {
  /** Colour is on for this stream: palette()'s marks become its ESC codes (else they are removed). */
  colour?: boolean;
  /** Keep carriage returns at the start and the end of the text (the progress bar redraws with them). */
  edgeReturns?: boolean;
}

/**
 * Every control character removed but \n and \t; palette()'s marks kept as they are ("keep"),
 * written as their ESC codes ("colour") or removed ("drop"). An ESC of the text itself is
 * always removed, whatever follows it: only a mark, which holds the key, becomes an ESC.
 */
function cleanText(text: string, marks: "keep" | "colour" | "drop"): string {
  if (!CONTROL.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    if (!control) continue;
    out += text.slice(from, i);
    from = i + 1;
    if (code !== 0) continue;
    MARK_AT.lastIndex = i;
    const m = MARK_AT.exec(text);
    if (!m) continue;
    // A mark holds the key, so the program made it; its key is never printed.
    if (OWN_CODES.has(m[1])) {
      if (marks === "keep") out += m[0];
      else if (marks === "colour") out += `\u001b[${m[1]}m`;
    }
    i += m[0].length - 1;
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * Text made safe for a terminal: every control character removed but \n and \t, whatever text
 * it came from; with `colour`, palette()'s marks become its colour codes (see MARK), the only
 * ESC that can reach the terminal.
 */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  if (!CONTROL.test(text)) return text;
  const marks = options.colour ? "colour" : "drop";
  if (!options.edgeReturns) return cleanText(text, marks);
  const lead = /^\r*/.exec(text)![0];
  const trail = lead.length < text.length ? /\r*$/.exec(text)![0] : "";
  const body = text.slice(lead.length, text.length - trail.length);
  return lead + cleanText(body, marks) + trail;
}

/** A message on one line (the CLI's errors and warnings are one line each). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
