/**
 * The ONE module that turns what Excel passes to a custom function into plain values for
 * src/core, and says in Chinese what is wrong when it cannot.
 *
 * Ranges: Excel passes a range as rows of cells (any[][]). A row, a column or a block is
 * read row by row; a single cell may also arrive as a scalar.
 * Blank cells: Excel passes an empty cell as null (some hosts as ""). In one range they are
 * skipped; in two ranges read as pairs (values and students) a position is skipped in both
 * when either cell is blank, so the pairs stay aligned and a formula like
 * IFERROR(PER100(...),"") leaves out the school it could not compute.
 * Numbers stored as text: accepted when the text is a plain number (spaces, full-width
 * digits and thousands separators allowed: " 1,716 " → 1716), because statistics exports
 * often store numbers as text (template.md §1) and Excel's own SUMPRODUCT would silently
 * count them as 0. Any other text, and TRUE/FALSE, is an error naming its position.
 * Negative numbers are errors: every quantity here (students, teachers, areas, money,
 * class sizes, CVs) is a count or a measure.
 */
import {
  findIndicator,
  INDICATOR_IDS,
  INDICATORS,
  parseSchoolType,
  parseStage,
  type QualityIndicatorId,
  SCHOOL_TYPE_NAMES,
  type SchoolType,
  type Stage,
} from "../core";
import { fill, ZH } from "../i18n";
import { invalidValue } from "./errors";

const T = ZH.functions.ranges;

/** What Excel may hand over for one cell. */
export type ExcelCell = number | string | boolean | null | undefined;

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A number stored as text, or undefined when the text is not a plain number. */
export function numberFromText(text: string): number | undefined {
  const t = text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(\d),(?=\d{3}(\D|$))/g, "$1");
  if (!PLAIN_NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function describe(cell: unknown): string {
  if (typeof cell === "boolean") return fill(T.logical, { value: cell ? "TRUE" : "FALSE" });
  if (typeof cell === "string")
    return fill(T.text, { text: cell.length > 20 ? cell.slice(0, 20) + "…" : cell });
  if (typeof cell === "number") return fill(T.notFinite, { value: cell });
  return fill(T.notNumber, { value: String(cell) });
}

/**
 * One non-blank cell as a non-negative number.
 * `where` names the argument and the position, e.g. "学生数区域第 3 个值".
 */
function cellNumber(cell: unknown, where: string): number {
  let n: number | undefined;
  if (typeof cell === "number") n = Number.isFinite(cell) ? cell : undefined;
  else if (typeof cell === "string") n = numberFromText(cell);
  if (n === undefined) throw invalidValue(`${where}${describe(cell)}`);
  if (n < 0) throw invalidValue(fill(T.negative, { where, value: n }));
  return n;
}

/** The cells of a range, row by row; a scalar is a one-cell range. */
export function flattenRange(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  const cells: unknown[] = [];
  for (const row of range) {
    if (Array.isArray(row)) cells.push(...row);
    else cells.push(row);
  }
  return cells;
}

/** The numbers of one range, blanks skipped. At least one number is required. */
export function rangeNumbers(range: unknown, label: string): number[] {
  const numbers: number[] = [];
  flattenRange(range).forEach((cell, i) => {
    if (!isBlank(cell)) numbers.push(cellNumber(cell, fill(T.nth, { label, n: i + 1 })));
  });
  if (numbers.length === 0) throw invalidValue(fill(T.noNumbers, { label }));
  return numbers;
}

/**
 * Exactly `count` numbers in order, no blanks: the 7 indicator values of one school,
 * where a missing value must not shift the others into the wrong indicator.
 */
export function fixedNumbers(range: unknown, label: string, count: number): number[] {
  const cells = flattenRange(range);
  if (cells.length !== count) {
    throw invalidValue(fill(T.count, { label, count, actual: cells.length }));
  }
  return cells.map((cell, i) => {
    if (isBlank(cell)) throw invalidValue(fill(T.nthBlank, { label, n: i + 1 }));
    return cellNumber(cell, fill(T.nth, { label, n: i + 1 }));
  });
}

/**
 * Two ranges read as pairs (a value and its weight), the same number of cells in each,
 * positions where either cell is blank skipped in both.
 */
export function pairedNumbers(
  values: unknown,
  valuesLabel: string,
  weights: unknown,
  weightsLabel: string
): { values: number[]; weights: number[] } {
  const xs = flattenRange(values);
  const ps = flattenRange(weights);
  if (xs.length !== ps.length) {
    throw invalidValue(
      fill(T.sizesDiffer, {
        values: valuesLabel,
        n: xs.length,
        weights: weightsLabel,
        m: ps.length,
      })
    );
  }
  const out = { values: [] as number[], weights: [] as number[] };
  for (let i = 0; i < xs.length; i++) {
    if (isBlank(xs[i]) || isBlank(ps[i])) continue;
    out.values.push(cellNumber(xs[i], fill(T.nth, { label: valuesLabel, n: i + 1 })));
    out.weights.push(cellNumber(ps[i], fill(T.nth, { label: weightsLabel, n: i + 1 })));
  }
  if (out.values.length === 0)
    throw invalidValue(fill(T.noPairs, { values: valuesLabel, weights: weightsLabel }));
  return out;
}

/** One required number argument (a cell or a typed value). */
export function scalarNumber(value: unknown, label: string): number {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(fill(T.blank, { label }));
  return cellNumber(cell, label);
}

/** An optional number argument: omitted (null/undefined) or blank gives the default. */
export function optionalNumber(value: unknown, label: string, fallback: number): number {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  return isBlank(cell) ? fallback : cellNumber(cell, label);
}

function onlyCell(range: unknown[], label: string): unknown {
  const cells = flattenRange(range);
  if (cells.length !== 1) throw invalidValue(fill(T.notSingle, { label, n: cells.length }));
  return cells[0];
}

function text(value: unknown, label: string): string {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(fill(T.blank, { label }));
  return typeof cell === "string" ? cell : String(cell);
}

/** 学段: 小学/初中 or primary/junior. */
export function stageArgument(value: unknown, label = T.stage): Stage {
  const t = text(value, label);
  const stage = parseStage(t);
  if (!stage) throw invalidValue(fill(T.badStage, { label, value: t }));
  return stage;
}

/** 学校类型: the names and short forms of template.md §1, or the English ids. */
export function schoolTypeArgument(value: unknown, label = T.schoolType): SchoolType {
  const t = text(value, label);
  const type = parseSchoolType(t);
  if (!type) {
    throw invalidValue(
      fill(T.badSchoolType, {
        label,
        value: t,
        types: Object.values(SCHOOL_TYPE_NAMES).join("、"),
      })
    );
  }
  return type;
}

/** 指标: its id (qualifiedTeachersPer100 …), its Chinese name, or its position 1–7 in §1.1. */
export function indicatorArgument(value: unknown, label = T.indicator): QualityIndicatorId {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(fill(T.blank, { label }));
  let found: QualityIndicatorId | undefined;
  if (typeof cell === "number") found = findIndicator(cell);
  else if (typeof cell === "string") {
    const n = numberFromText(cell);
    found = n !== undefined ? findIndicator(n) : findIndicator(cell);
  }
  if (!found) {
    const names = INDICATOR_IDS.map((id) => INDICATORS[id].name).join("、");
    throw invalidValue(fill(T.badIndicator, { label, value: String(cell), names }));
  }
  return found;
}
