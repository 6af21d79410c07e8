/**
 * Finding the header of a sheet by its content (template.md §1): title rows and
 * 填报单位 rows above it, one to three header rows, group cells merged over
 * sub-columns (在校学生数 over 小学 | 初中 | 高中). A column's header is its group
 * text joined with its own text.
 *
 * Cost: a fixed window of rows (HEADER_SEARCH_ROWS) × columns × fields, so the
 * search is independent of the number of schools.
 */
import type { CellValue, SheetCells } from "../types";
import { displayText, isBlankCell, matchText, parseNumberCell } from "./cells";
import {
  COLUMN_NUMBER_WORDS,
  compareScores,
  HEADER_UNIT_WORDS,
  scoreField,
  type FieldRule,
  type FieldScore,
} from "./fields";

/** Title, 填报单位 and unit rows seldom take more than a few rows; 30 leaves room. */
export const HEADER_SEARCH_ROWS = 30;
/** 专任教师 over 小学 over 学历 | 骨干 | 体育艺术 is the deepest header seen in practice. */
export const MAX_HEADER_DEPTH = 3;

/** How a group text and its sub-column's text are joined for display. */
export const HEADER_JOINER = "·";

export interface HeaderColumn {
  /** 0-based index into the sheet's rows. */
  index: number;
  /** As shown to the user: the header's parts, top to bottom, joined by "·". */
  display: string;
  /** Normalised parts joined: what key terms are matched against. */
  full: string;
  /** Normalised own (lowest) part. */
  own: string;
  /** Normalised parts, top to bottom (units are looked up own part first). */
  parts: string[];
}

export interface HeaderBlock {
  /** 0-based rows of the header, inclusive. */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
}

export interface ColumnAssignment {
  /** field → the columns whose best match it is. */
  claims: Map<string, HeaderColumn[]>;
  /** Columns that match two or more fields equally well (used for neither). */
  ambiguous: { column: HeaderColumn; rules: FieldRule[] }[];
}

export interface HeaderFound {
  block: HeaderBlock;
  assignment: ColumnAssignment;
  /** How many distinct fields the header yields. */
  score: number;
}

/** Cells of a 填报单位 / 日期 / 单位 line, which sits between a title and the header. */
const METADATA_CELL =
  /^(填报|填表|制表|审核|负责人|单位负责人|统计负责人|报送)|填报单位|^(计量)?单位[:：]|^(填报|统计|报送)?(日期|时间)[:：]/;

/** The header window of one sheet, with merged cells resolved to their top-left text. */
class HeaderGrid {
  readonly rows: number;
  readonly width: number;
  readonly useMerges: boolean;
  private readonly raw: string[][];
  private readonly owner = new Map<number, number>();

  constructor(sheet: SheetCells, rowLimit: number) {
    const values = sheet.values;
    this.rows = Math.min(values.length, rowLimit);
    let width = 0;
    for (let r = 0; r < this.rows; r++) {
      const row = values[r] ?? [];
      for (let c = row.length - 1; c >= width; c--) {
        if (!isBlankHeaderCell(row[c])) {
          width = c + 1;
          break;
        }
      }
    }
    this.width = width;
    this.raw = [];
    for (let r = 0; r < this.rows; r++) {
      const row = values[r] ?? [];
      const texts: string[] = new Array<string>(width);
      for (let c = 0; c < width; c++)
        texts[c] = isBlankHeaderCell(row[c]) ? "" : displayText(row[c]);
      this.raw.push(texts);
    }
    // Use merges when the host gives them (Office.js can); otherwise group cells
    // are forward-filled, which is how exceljs and range.values show them.
    this.useMerges = (sheet.merges?.length ?? 0) > 0;
    for (const m of sheet.merges ?? []) {
      if (m.startRow >= this.rows || m.startColumn >= width || m.startRow < 0 || m.startColumn < 0)
        continue;
      const ownerKey = m.startRow * width + m.startColumn;
      for (let r = m.startRow; r <= Math.min(m.endRow, this.rows - 1); r++) {
        for (let c = m.startColumn; c <= Math.min(m.endColumn, width - 1); c++)
          this.owner.set(r * width + c, ownerKey);
      }
    }
  }

  rawText(r: number, c: number): string {
    return this.raw[r]?.[c] ?? "";
  }

  private keyAt(r: number, c: number): number {
    const key = r * this.width + c;
    return this.owner.get(key) ?? key;
  }

  private textOfKey(key: number): string {
    return this.rawText(Math.floor(key / this.width), key % this.width);
  }

  nonEmptyCount(r: number): number {
    let n = 0;
    for (const t of this.raw[r] ?? []) if (t !== "") n++;
    return n;
  }

  /**
   * A title, 填报单位 or 单位 line: never a group row of the header. A title has
   * one text (or, read through exceljs, the same text repeated over its merge).
   */
  isMetadataRow(r: number): boolean {
    const texts = (this.raw[r] ?? []).filter((t) => t !== "");
    if (texts.length <= 1) return true;
    if (texts.every((t) => t === texts[0])) return true;
    return texts.some((t) => METADATA_CELL.test(matchText(t)));
  }

  /** The headers of rows top..bottom: each column's group texts joined with its own. */
  compose(top: number, bottom: number): HeaderColumn[] {
    const columns: HeaderColumn[] = [];
    const carry: ({ text: string; key: number } | null)[] = new Array(bottom - top).fill(null);
    for (let c = 0; c < this.width; c++) {
      const display: string[] = [];
      const parts: string[] = [];
      let lastKey = -1;
      for (let r = top; r <= bottom; r++) {
        let key = this.keyAt(r, c);
        let text = this.textOfKey(key);
        if (!this.useMerges && r < bottom) {
          const k = r - top;
          if (text !== "") carry[k] = { text, key };
          else {
            // A group cell reaches right until a row above it starts a new cell.
            for (let u = top; u < r; u++) if (this.rawText(u, c) !== "") carry[k] = null;
            const carried = carry[k];
            if (carried) {
              text = carried.text;
              key = carried.key;
            }
          }
        }
        if (text === "" || key === lastKey) continue;
        lastKey = key;
        // exceljs repeats a merged value in every cell of the merge: one part, not two.
        if (display.length > 0 && display[display.length - 1] === text) continue;
        display.push(text);
        parts.push(matchText(text));
      }
      columns.push({
        index: c,
        display: display.join(HEADER_JOINER),
        full: parts.join(""),
        own: parts[parts.length - 1] ?? "",
        parts,
      });
    }
    return columns;
  }
}

function isBlankHeaderCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Each column's best field; ties between fields leave the column ambiguous. */
export function assignColumns(
  columns: readonly HeaderColumn[],
  rules: readonly FieldRule[]
): ColumnAssignment {
  const claims = new Map<string, HeaderColumn[]>();
  const ambiguous: ColumnAssignment["ambiguous"] = [];
  for (const column of columns) {
    if (column.full === "") continue;
    let best: FieldScore[] = [];
    for (const rule of rules) {
      const s = scoreField(rule, column.full, column.own);
      if (!s) continue;
      const cmp = best.length === 0 ? 1 : compareScores(s, best[0]);
      if (cmp > 0) best = [s];
      else if (cmp === 0) best.push(s);
    }
    if (best.length === 1) {
      const field = best[0].rule.field;
      const list = claims.get(field);
      if (list) list.push(column);
      else claims.set(field, [column]);
    } else if (best.length > 1) {
      ambiguous.push({ column, rules: best.map((s) => s.rule) });
    }
  }
  return { claims, ambiguous };
}

/**
 * The header block that yields the most fields. Deeper blocks win only when
 * they add fields, so a title or 填报单位 row is never read as a group row.
 */
export function findHeader(
  sheet: SheetCells,
  rules: readonly FieldRule[]
): HeaderFound | undefined {
  const grid = new HeaderGrid(sheet, HEADER_SEARCH_ROWS + MAX_HEADER_DEPTH);
  let best: HeaderFound | undefined;
  const lastBottom = Math.min(grid.rows, HEADER_SEARCH_ROWS);
  for (let bottom = 0; bottom < lastBottom; bottom++) {
    if (grid.nonEmptyCount(bottom) === 0) continue;
    for (let depth = 1; depth <= MAX_HEADER_DEPTH; depth++) {
      const top = bottom - depth + 1;
      if (top < 0) break;
      if (depth > 1 && grid.nonEmptyCount(top) === 0) break;
      // A title or 填报单位 line never heads a block; a deeper block may still start above it.
      if (depth > 1 && grid.isMetadataRow(top)) continue;
      const columns = grid.compose(top, bottom);
      const assignment = assignColumns(columns, rules);
      const score = assignment.claims.size;
      if (score > 0 && (!best || score > best.score))
        best = { block: { top, bottom, columns }, assignment, score };
    }
  }
  if (!best || !grid.useMerges) return best;
  // A header cell merged down over more rows makes those rows part of the header.
  let bottom = best.block.bottom;
  for (const m of sheet.merges ?? []) {
    if (
      m.startRow >= best.block.top &&
      m.startRow <= best.block.bottom &&
      m.endRow > bottom &&
      m.endRow < grid.rows
    ) {
      bottom = Math.max(bottom, Math.min(m.endRow, best.block.top + MAX_HEADER_DEPTH - 1));
    }
  }
  if (bottom === best.block.bottom) return best;
  const columns = grid.compose(best.block.top, bottom);
  const assignment = assignColumns(columns, rules);
  return {
    block: { top: best.block.top, bottom, columns },
    assignment,
    score: assignment.claims.size,
  };
}

const NUMBERING_TOKENS: ReadonlySet<string> = new Set(COLUMN_NUMBER_WORDS);

/**
 * The 栏次 line that statistics forms print under the header (甲 乙 1 2 3 …):
 * column numbers, not a school.
 */
export function isColumnNumberRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let count = 0;
  let last: number | undefined;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    count++;
    if (typeof cell === "string" && NUMBERING_TOKENS.has(matchText(cell))) continue;
    const n = parseNumberCell(cell);
    if (n.kind !== "number" || !Number.isInteger(n.value)) return false;
    if (last !== undefined && n.value !== last + 1) return false;
    last = n.value;
  }
  return count >= 3 && last !== undefined;
}

/**
 * Units written on a line of their own under the header (人 | ㎡ | 万元 …), as
 * statistics forms print them, instead of inside each header text. NFKC text:
 * ㎡ has become "m2". A bracketed unit "（万元）" counts too.
 */
export const UNIT_TOKENS: ReadonlySet<string> = new Set(HEADER_UNIT_WORDS);

function unitToken(cell: CellValue): string | undefined {
  if (typeof cell !== "string") return undefined;
  const t = matchText(cell).replace(/^[(（[【](.*)[)）\]】]$/, "$1");
  return UNIT_TOKENS.has(t) ? t : undefined;
}

/** A line of units under the header: every filled cell a unit, at least two of them. */
export function isUnitRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let count = 0;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (unitToken(cell) === undefined) return false;
    count++;
  }
  return count >= 2;
}

/**
 * The 0-based row of a units line directly under the header (before or after a
 * 栏次 line), or undefined.
 */
export function unitRowUnder(
  values: readonly (readonly CellValue[] | undefined)[],
  headerBottom: number
): number | undefined {
  for (let r = headerBottom + 1; r <= headerBottom + 2 && r < values.length; r++) {
    if (isUnitRow(values[r])) return r;
    if (!isColumnNumberRow(values[r])) return undefined;
  }
  return undefined;
}

/** The first data row under a header: after its 栏次 line and its units line, in either order. */
export function firstDataRow(
  values: readonly (readonly CellValue[] | undefined)[],
  headerBottom: number
): number {
  let start = headerBottom + 1;
  for (let k = 0; k < 2; k++) {
    if (isColumnNumberRow(values[start]) || isUnitRow(values[start])) start++;
    else break;
  }
  return start;
}
