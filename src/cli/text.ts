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
export function palette(isTTY: boolean, env: Record<string, string | undefined>): Palette {
  const on = isTTY && !(env.NO_COLOR !== undefined && env.NO_COLOR !== "") && env.TERM !== "dumb";
  if (!on) return { pass: plain, fail: plain, warn: plain, bold: plain, dim: plain };
  const wrap = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
  return { pass: wrap("32"), fail: wrap("31"), warn: wrap("33"), bold: wrap("1"), dim: wrap("2") };
}
