/**
 * Recognising a one-school form (一校一表): a sheet whose rows are items, 填报项目 | 单位 |
 * 填报值 (| 说明), as a county sends one to each school. Tolerant like the reader: title rows
 * above, a header line or none, the items in the template's words or in any wording the
 * county reader accepts as a column header (an item label is matched by the very same code,
 * src/core/table/header.ts, so every header the reader knows is an item it knows), units in
 * their own column or in the label, "学校名称：城关一小" written in one cell.
 *
 * Pure: cells in, the form's layout out. Cost: a fixed window of rows × a few columns.
 */
import { displayText, isBlankCell, matchText } from "../table/cells";
import { FORM_UNIT_WORDS, type FieldRule } from "../table/fields";
import { findHeader, UNIT_TOKENS, type HeaderFound } from "../table/header";
import type { CellValue, SheetCells } from "../types";

/** Items of a form: a long county form has some 60; 400 rows leave room for notes and blank lines. */
export const FORM_SEARCH_ROWS = 400;
/** The item labels sit in one of the first columns (序号 and a group column may precede them). */
export const FORM_SEARCH_COLUMNS = 8;
/** As a school sheet needs the name and at least 3 fields (src/core/table), so does a form. */
export const MIN_FORM_ITEMS = 3;

export interface FormItem {
  /** 0-based row of the item in the sheet's values. */
  rowIndex: number;
  /** The label as written (without an inline value). */
  label: string;
  /** The unit from the unit column, "" when none. */
  unit: string;
  value: CellValue;
  /** 0-based column the value is in (the label column when written as 「学校名称：城关一小」). */
  valueColumn: number;
}

export interface FormLayout {
  sheet: string;
  /** 0-based columns. */
  labelColumn: number;
  unitColumn?: number;
  valueColumn: number;
  noteColumn?: number;
  /** 0-based row of the form's own header line (填报项目 | 单位 | 填报值), when it has one. */
  headerRow?: number;
  /** Every labelled row from the first recognised item to the last, in order. */
  items: FormItem[];
  /** How many distinct fields the labels name (the reader's header score). */
  score: number;
}

/** Words that head the columns of a form (NFKC, no spaces). */
const UNIT_HEADER = /^(计量)?单位$|^单位[(（]|^计量单位/;
const NOTE_HEADER = /说明|备注|注释|口径|要求|提示|解释/;
const VALUE_HEADER =
  /填报值|数值|填报数|填报内容|填写内容|内容|数据|数量|值$|^本年|^本期|^实际|结果|情况|答案|^填报$|^填写$/;

/** What a unit cell holds (NFKC): the reader's unit words (header.ts) and a few a form adds. */
const UNIT_WORDS = new Set([...UNIT_TOKENS, ...FORM_UNIT_WORDS]);

function unitLike(cell: CellValue): boolean {
  if (typeof cell !== "string") return false;
  const t = matchText(cell).replace(/^[(（[【](.*)[)）\]】]$/, "$1");
  return UNIT_WORDS.has(t);
}

/** "学校名称：城关一小" → label and inline value; "其中：室内…" is a label, not a label and value. */
export function splitInline(text: string): { label: string; value?: string } {
  const m = /^([^:：]+)[:：](.*)$/.exec(text);
  if (!m) return { label: text };
  const before = m[1].trim();
  const after = m[2].trim();
  if (/^(其中|含|包括|注|注意)$/.test(before)) return { label: text };
  return after === "" ? { label: before } : { label: before, value: after };
}

function cellText(values: readonly (readonly CellValue[] | undefined)[], r: number, c: number) {
  const v = values[r]?.[c];
  if (typeof v !== "string" || isBlankCell(v)) return "";
  return displayText(v);
}

/** The reader's header search on one column's labels laid out as a header row. */
function scoreColumn(
  sheet: SheetCells,
  column: number,
  rows: number,
  rules: readonly FieldRule[]
): HeaderFound | undefined {
  const labels: string[] = new Array<string>(rows).fill("");
  let any = false;
  for (let r = 0; r < rows; r++) {
    const text = cellText(sheet.values, r, column);
    if (text === "") continue;
    labels[r] = splitInline(text).label;
    any = true;
  }
  if (!any) return undefined;
  return findHeader({ name: sheet.name, values: [labels] }, rules);
}

/**
 * The sheet as a one-school form, or undefined: the column whose cells, read as headers,
 * name the school's name and at least MIN_FORM_ITEMS fields (the most fields wins; the
 * leftmost on a tie), the value column beside it, and its unit and note columns.
 */
export function findSchoolForm(
  sheet: SheetCells,
  rules: readonly FieldRule[]
): FormLayout | undefined {
  const values = sheet.values;
  const rows = Math.min(values.length, FORM_SEARCH_ROWS);
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, values[r]?.length ?? 0);
  let best: { column: number; header: HeaderFound } | undefined;
  for (let c = 0; c < Math.min(width, FORM_SEARCH_COLUMNS); c++) {
    const header = scoreColumn(sheet, c, rows, rules);
    if (!header || !header.assignment.claims.has("name")) continue;
    if (header.score < MIN_FORM_ITEMS) continue;
    if (!best || header.score > best.header.score) best = { column: c, header };
  }
  if (!best) return undefined;
  const labelColumn = best.column;

  // The item rows: from the first label that names a field to the last.
  let first = Infinity;
  let last = -1;
  const claimed = [
    ...[...best.header.assignment.claims.values()].flat(),
    ...best.header.assignment.ambiguous.map((a) => a.column),
  ];
  for (const col of claimed) {
    first = Math.min(first, col.index);
    last = Math.max(last, col.index);
  }
  const itemRows: number[] = [];
  for (let r = first; r <= last; r++) if (cellText(values, r, labelColumn) !== "") itemRows.push(r);

  // The form's own header line, a few rows above the first item.
  let headerRow: number | undefined;
  let unitColumn: number | undefined;
  let noteColumn: number | undefined;
  const valueHeaders: number[] = [];
  for (let r = first - 1; r >= Math.max(0, first - 3) && headerRow === undefined; r--) {
    const row = values[r] ?? [];
    let found = false;
    for (let c = labelColumn + 1; c < row.length; c++) {
      const text = matchText(cellText(values, r, c));
      if (text === "") continue;
      if (UNIT_HEADER.test(text)) {
        unitColumn ??= c;
        found = true;
      } else if (NOTE_HEADER.test(text)) {
        noteColumn ??= c;
        found = true;
      } else if (VALUE_HEADER.test(text)) {
        valueHeaders.push(c);
        found = true;
      }
    }
    if (found) headerRow = r;
  }

  // Without a header line: a column of unit words beside the labels is the unit column.
  const filled = (c: number) => itemRows.filter((r) => !isBlankCell(values[r]?.[c])).length;
  if (unitColumn === undefined && headerRow === undefined) {
    for (let c = labelColumn + 1; c < width; c++) {
      const n = filled(c);
      const units = itemRows.filter((r) => unitLike(values[r]?.[c])).length;
      if (n >= 2 && units / n >= 0.6) {
        unitColumn = c;
        break;
      }
    }
  }
  let valueColumn: number | undefined = valueHeaders[0];
  if (valueColumn === undefined) {
    // The filled column right of the labels (a note column, often as full, lies further right).
    const candidates: number[] = [];
    for (let c = labelColumn + 1; c < Math.max(width, labelColumn + 3); c++)
      if (c !== unitColumn && c !== noteColumn) candidates.push(c);
    const counts = candidates.map(filled);
    const most = Math.max(0, ...counts);
    const k = most === 0 ? 0 : counts.findIndex((n) => n * 2 >= most);
    valueColumn = candidates[k];
  }

  const items: FormItem[] = itemRows.map((r) => {
    const { label, value: inline } = splitInline(cellText(values, r, labelColumn));
    const cell = values[r]?.[valueColumn];
    const unit = unitColumn === undefined ? "" : cellText(values, r, unitColumn);
    const useInline = inline !== undefined && isBlankCell(cell);
    return {
      rowIndex: r,
      label,
      unit,
      value: useInline ? inline : (cell ?? null),
      valueColumn: useInline ? labelColumn : valueColumn,
    };
  });
  const layout: FormLayout = {
    sheet: sheet.name,
    labelColumn,
    valueColumn,
    items,
    score: best.header.score,
  };
  if (unitColumn !== undefined) layout.unitColumn = unitColumn;
  if (noteColumn !== undefined) layout.noteColumn = noteColumn;
  if (headerRow !== undefined) layout.headerRow = headerRow;
  return layout;
}

/**
 * An item's label as the reader reads a header: the unit from the unit column added in
 * brackets (教学仪器设备值 | 元 → 教学仪器设备值（元）), unless the label has a unit of its own.
 */
export function itemHeader(item: FormItem): string {
  const unit = item.unit.trim().replace(/^[(（[【](.*)[)）\]】]$/, "$1");
  if (unit === "" || unit.length > 10 || /^[-—–/]+$/.test(unit)) return item.label;
  if (/[(（][^()（）]*[)）]\s*$/.test(item.label)) return item.label;
  return `${item.label}（${unit}）`;
}
