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
import { invalidValue } from "./errors";

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
  if (typeof cell === "boolean") return `是逻辑值 ${cell ? "TRUE" : "FALSE"}，应为数字`;
  if (typeof cell === "string")
    return `是文本“${cell.length > 20 ? cell.slice(0, 20) + "…" : cell}”，应为数字`;
  if (typeof cell === "number") return `（${cell}）不是有限数字`;
  return `（${String(cell)}）不是数字`;
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
  if (n < 0) throw invalidValue(`${where}为负数（${n}）`);
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
    if (!isBlank(cell)) numbers.push(cellNumber(cell, `${label}第 ${i + 1} 个值`));
  });
  if (numbers.length === 0) throw invalidValue(`${label}没有数字（全部为空）`);
  return numbers;
}

/**
 * Exactly `count` numbers in order, no blanks: the 7 indicator values of one school,
 * where a missing value must not shift the others into the wrong indicator.
 */
export function fixedNumbers(range: unknown, label: string, count: number): number[] {
  const cells = flattenRange(range);
  if (cells.length !== count) {
    throw invalidValue(
      `${label}应有 ${count} 个值（按标准 §1.1 的指标顺序），实际有 ${cells.length} 个`
    );
  }
  return cells.map((cell, i) => {
    if (isBlank(cell)) throw invalidValue(`${label}第 ${i + 1} 个值为空`);
    return cellNumber(cell, `${label}第 ${i + 1} 个值`);
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
      `${valuesLabel}有 ${xs.length} 个单元格，${weightsLabel}有 ${ps.length} 个，两个区域大小应相同`
    );
  }
  const out = { values: [] as number[], weights: [] as number[] };
  for (let i = 0; i < xs.length; i++) {
    if (isBlank(xs[i]) || isBlank(ps[i])) continue;
    out.values.push(cellNumber(xs[i], `${valuesLabel}第 ${i + 1} 个值`));
    out.weights.push(cellNumber(ps[i], `${weightsLabel}第 ${i + 1} 个值`));
  }
  if (out.values.length === 0)
    throw invalidValue(`${valuesLabel}与${weightsLabel}没有成对的数字（全部为空）`);
  return out;
}

/** One required number argument (a cell or a typed value). */
export function scalarNumber(value: unknown, label: string): number {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(`${label}为空`);
  return cellNumber(cell, label);
}

/** An optional number argument: omitted (null/undefined) or blank gives the default. */
export function optionalNumber(value: unknown, label: string, fallback: number): number {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  return isBlank(cell) ? fallback : cellNumber(cell, label);
}

function onlyCell(range: unknown[], label: string): unknown {
  const cells = flattenRange(range);
  if (cells.length !== 1)
    throw invalidValue(`${label}应为单个值，实际是 ${cells.length} 个单元格的区域`);
  return cells[0];
}

function text(value: unknown, label: string): string {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(`${label}为空`);
  return typeof cell === "string" ? cell : String(cell);
}

/** 学段: 小学/初中 or primary/junior. */
export function stageArgument(value: unknown, label = "学段"): Stage {
  const t = text(value, label);
  const stage = parseStage(t);
  if (!stage) throw invalidValue(`${label}“${t}”无法识别，应为 小学、初中、primary 或 junior`);
  return stage;
}

/** 学校类型: the names and short forms of template.md §1, or the English ids. */
export function schoolTypeArgument(value: unknown, label = "学校类型"): SchoolType {
  const t = text(value, label);
  const type = parseSchoolType(t);
  if (!type) {
    throw invalidValue(
      `${label}“${t}”无法识别，应为 ${Object.values(SCHOOL_TYPE_NAMES).join("、")} 之一`
    );
  }
  return type;
}

/** 指标: its id (qualifiedTeachersPer100 …), its Chinese name, or its position 1–7 in §1.1. */
export function indicatorArgument(value: unknown, label = "指标"): QualityIndicatorId {
  const cell = Array.isArray(value) ? onlyCell(value, label) : value;
  if (isBlank(cell)) throw invalidValue(`${label}为空`);
  let found: QualityIndicatorId | undefined;
  if (typeof cell === "number") found = findIndicator(cell);
  else if (typeof cell === "string") {
    const n = numberFromText(cell);
    found = n !== undefined ? findIndicator(n) : findIndicator(cell);
  }
  if (!found) {
    const names = INDICATOR_IDS.map((id) => INDICATORS[id].name).join("、");
    throw invalidValue(
      `${label}“${String(cell)}”无法识别，应为指标代码、中文名称（${names}）或序号 1–7`
    );
  }
  return found;
}
