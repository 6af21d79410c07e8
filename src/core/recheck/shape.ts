/**
 * What a 表Ⅱ-2-shaped sheet looks like (application-form.md §1): one row per school part with
 * its students and the indicator values themselves (生均…, 每百名学生…), not the raw counts
 * they are computed from. Two layouts are read:
 * - the official form: a title, header rows with the form's L-codes (L1 序号, L2 学校名称,
 *   L4 在校生数, L7–L13 the seven values, L14 该校综合评估是否达标), 小学 and 初中 blocks each
 *   under a heading row, 注 rows below;
 * - plainer 公示 tables: 学校 | 学生数 | the seven values, in any order, the stage from a 学段
 *   column, a heading row, or a title that names one stage.
 * A column is an indicator's when its header names the indicator (the words of TERMS) and says
 * it is per student (生均 / 每百名): a raw count (教学及辅助用房面积) is never taken for its value.
 * Where the header names nothing, the L-code does. Pure: cells in, column positions out.
 *
 * Cost: a fixed window of rows (RECHECK_HEADER_ROWS) × columns, whatever the number of schools.
 */
import { INDICATORS } from "../indicators";
import type { SchoolNumberField } from "../schoolValues";
import { displayText, isBlankCell, matchText, parseNumberCell } from "../table/cells";
import { excelColumn, originOf } from "../table/columns";
import type { CellValue, IndicatorId, SheetCells, Stage } from "../types";
import { STAGE_TITLE_WORDS } from "../vocabulary";

/** Titles, 填报单位 lines and two or three header rows fit well inside 30 rows. */
export const RECHECK_HEADER_ROWS = 30;
/** Header rows under the row that names the school column: indicator names, units, L-codes. */
const MAX_HEADER_DEPTH = 4;
/** A sheet with fewer indicator-value columns than this is not taken for a 表Ⅱ-2. */
export const MIN_VALUE_COLUMNS = 3;

/** The words that name each indicator in a header (after NFKC, lower case, no spaces). */
const TERMS: Readonly<Record<IndicatorId, { match: RegExp; not?: RegExp }>> = {
  qualifiedTeachersPer100: { match: /学历/ },
  backboneTeachersPer100: { match: /骨干/ },
  peArtTeachersPer100: { match: /体育.*(艺术|音乐|美术)|体艺|音体美/, not: /场|馆|面积|教室/ },
  teachingAreaPerStudent: { match: /教学(及|和|与)?辅助用房|教辅用房/ },
  sportsAreaPerStudent: { match: /运动场|体育场|体育馆|场馆/, not: /教师/ },
  equipmentValuePerStudent: { match: /仪器设备|教学仪器|设备值/ },
  multimediaRoomsPer100: { match: /多媒体/ },
  computersPer100: { match: /计算机|电脑/ },
  booksPerStudent: { match: /图书/ },
  staffStudentRatio: { match: /师生比/ },
  qualifiedTeachersPerStudent: { match: /学历/ },
  intermediateTitleTeachersPerStudent: { match: /中级|职称|职务/ },
};
/** 每百名学生… / (人/百生): the per-100 indicators' header says 百. */
const PER_100 = /百/;
/** 生均…, 每生, (㎡/生): the per-student indicators' header says so. */
const PER_STUDENT = /生均|每生|人均|\/生|\/人|每名学生|每个学生/;

/** The indicator a header names, among `ids`; undefined when none or several do. */
export function indicatorOfHeader(
  full: string,
  ids: readonly IndicatorId[],
  requirePerStudent = true
): IndicatorId | undefined {
  const found = ids.filter((id) => {
    const t = TERMS[id];
    if (!t.match.test(full) || (t.not && t.not.test(full))) return false;
    if (!requirePerStudent || id === "staffStudentRatio") return true;
    return INDICATORS[id].scale === 100 ? PER_100.test(full) : PER_STUDENT.test(full);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** 学校名称, 学校, 单位名称, 校名 (a parenthesised part such as （单位） aside). */
const NAME = /^(学校|单位)(名称)?$|^校名$|^名称$|^学校\(单位\)名称$/;
const STUDENTS = /在校生|学生数|学生人数|在校学生|学生总数/;
const NOT_STUDENTS = /生均|百|比|班/;
const VERDICT = /是否达标|综合评估|达标情况|评估结论|^结论$|是否合格|达标与否/;
const NOT_VERDICT = /备注|说明|项数|个数|比例|指标数|学校数/;
const MET_COUNT = /达标(指标|项目?)(数|个数)|达标项数|达标指标数/;
const STAGE_COLUMN = /学段/;
const STAGE_HINT_COLUMN = /类型|类别/;
const NOT_STAGE_HINT = /举办|城乡|学区|集团|区县/;
const SERIAL = /^(序号|编号|序)$/;
const REMARK = /备注|说明/;

/**
 * 小学 / 初中 as a block heading or a 学段 cell: 小学, 小学部, 小学部分, 一、小学, （二）初中,
 * 初级中学; primary / junior too. Undefined for anything else (九年一贯制 is a type, not a stage).
 */
export function stageOfText(text: string): Stage | undefined {
  const t = matchText(text);
  if (t === "primary") return "primary";
  if (t === "junior") return "junior";
  const m =
    /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十\d]+\)|\d+[、.．])?(小学|初中|初级中学)(?:部|部分|学段|阶段|段|学校)?[:：]?$/.exec(
      t
    );
  if (!m) return undefined;
  return STAGE_TITLE_WORDS.primary.includes(m[1]) ? "primary" : "junior";
}

/** The one stage a title or sheet name speaks of ("小学资源配置公示"), if exactly one. */
export function stageOfTitle(text: string): Stage | undefined {
  const t = matchText(text);
  const primary = STAGE_TITLE_WORDS.primary.some((w) => t.includes(w));
  const junior = STAGE_TITLE_WORDS.junior.some((w) => t.includes(w));
  if (primary === junior) return undefined;
  return primary ? "primary" : "junior";
}

/** "L7" for a cell that is an L-code (the form's column codes), else undefined. */
export function formCode(value: CellValue): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^l(\d{1,2})$/.exec(matchText(value));
  return m ? `L${Number(m[1])}` : undefined;
}

/** The header window's texts, merged areas resolved to their top-left text. */
export function headerTexts(sheet: SheetCells, rowLimit = RECHECK_HEADER_ROWS): string[][] {
  const rows = Math.min(sheet.values.length, rowLimit);
  const texts: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    texts.push(row.map((v) => (isBlankCell(v) ? "" : displayText(v))));
  }
  for (const m of sheet.merges ?? []) {
    if (m.startRow < 0 || m.startColumn < 0 || m.startRow >= rows) continue;
    const text = texts[m.startRow]?.[m.startColumn] ?? "";
    if (text === "") continue;
    for (let r = m.startRow; r <= Math.min(m.endRow, rows - 1); r++)
      for (let c = m.startColumn; c <= m.endColumn && c < 1000; c++) {
        const row = texts[r];
        while (row.length <= c) row.push("");
        if (row[c] === "") row[c] = text;
      }
  }
  return texts;
}

/** Whether a cell holds a number (typed or as text). */
export function isNumberCell(value: CellValue): boolean {
  return parseNumberCell(value).kind === "number";
}

/**
 * A row of column numbers instead of L-codes (甲 乙 1 2 3 …): at least five cells holding
 * 1, 2, 3 … from left to right. Read like L-codes.
 */
function columnNumberCodes(row: readonly CellValue[]): (string | undefined)[] | undefined {
  const codes: (string | undefined)[] = [];
  let expected = 1;
  let count = 0;
  for (const v of row) {
    const p = parseNumberCell(v);
    if (p.kind === "number") {
      if (p.value !== expected) return undefined;
      codes.push(`L${expected}`);
      expected++;
      count++;
    } else codes.push(undefined);
  }
  return count >= 5 ? codes : undefined;
}

/** L-codes of a row, when it is the form's code row (at least three L-codes, or numbers 1, 2, 3 …). */
export function codeRow(row: readonly CellValue[]): (string | undefined)[] | undefined {
  const codes = row.map(formCode);
  if (codes.filter((c) => c !== undefined).length >= 3) return codes;
  return columnNumberCodes(row);
}

export interface ValueColumn {
  /** 0-based index into the sheet's rows. */
  index: number;
  /** Excel column letter. */
  letter: string;
  /** The header's texts, top to bottom, joined by "·". */
  display: string;
  /** Normalised header text (NFKC, no spaces, lower case). */
  full: string;
  /** The form's L-code above or below the header text, when the sheet has a code row. */
  code?: string;
}

/** The columns of a 表Ⅱ-2-shaped sheet the re-check reads. */
export interface IndicatorValuesShape {
  sheet: string;
  /** 0-based rows of the header, inclusive. */
  top: number;
  bottom: number;
  /** Whether the header carries the form's L-codes (the official layout). */
  codes: boolean;
  /** The stage a title row or the sheet's name speaks of, when exactly one. */
  titleStage?: Stage;
  /** The title rows above the header, joined. */
  title: string;
  name: ValueColumn;
  students?: ValueColumn;
  /** 学段 (strict: every value must be a stage), or a 类型/类别 column whose 小学/初中 values are used. */
  stage?: { column: ValueColumn; strict: boolean };
  /** L14 该校综合评估是否达标, or a 结论 column. */
  verdict?: ValueColumn;
  /** 达标指标数, when the sheet has one. */
  metCount?: ValueColumn;
  indicators: Partial<Record<IndicatorId, ValueColumn>>;
  /** Indicators of the profile the sheet has no column for. */
  missing: IndicatorId[];
}

function columnsOf(
  sheet: SheetCells,
  texts: readonly string[][],
  top: number,
  bottom: number,
  codeRowIndex: number | undefined,
  codes: readonly (string | undefined)[] | undefined
): ValueColumn[] {
  const origin = originOf(sheet);
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, texts[r]?.length ?? 0);
  const columns: ValueColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      if (r === codeRowIndex) continue;
      const t = texts[r]?.[c] ?? "";
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    const code = codes?.[c];
    if (parts.length === 0 && code === undefined) continue;
    columns.push({
      index: c,
      letter: excelColumn(origin, c),
      display: parts.join("·"),
      full: matchText(parts.join("")),
      code,
    });
  }
  return columns;
}

function isNameHeader(text: string): boolean {
  return NAME.test(matchText(text).replace(/\([^)]*\)/g, ""));
}

/**
 * A row that ends the header: a stage heading (one or two cells as typed, a merged heading
 * counting once), or a row holding numbers (data, not codes).
 */
function endsHeader(row: readonly CellValue[], texts: readonly string[]): boolean {
  if (texts.every((t) => t === "")) return true;
  const typed = row.filter((v) => !isBlankCell(v)).map((v) => displayText(v));
  if (typed.length <= 2 && typed.some((t) => stageOfText(t) !== undefined)) return true;
  if (codeRow(row)) return false;
  return row.some(isNumberCell);
}

/**
 * The 表Ⅱ-2 shape of a sheet: its school-name column, and at least MIN_VALUE_COLUMNS of the
 * profile's indicators as per-student value columns (by header words, else by L-code).
 * Undefined when the sheet is not shaped so.
 */
export function findIndicatorValuesShape(
  sheet: SheetCells,
  ids: readonly IndicatorId[]
): IndicatorValuesShape | undefined {
  const texts = headerTexts(sheet);
  for (let top = 0; top < texts.length; top++) {
    if (!texts[top].some(isNameHeader)) continue;
    const shape = shapeFrom(sheet, texts, top, ids);
    if (shape) return shape;
  }
  return undefined;
}

function shapeFrom(
  sheet: SheetCells,
  texts: readonly string[][],
  top: number,
  ids: readonly IndicatorId[]
): IndicatorValuesShape | undefined {
  let bottom = top;
  while (
    bottom + 1 < texts.length &&
    bottom + 1 <= top + MAX_HEADER_DEPTH &&
    !endsHeader(sheet.values[bottom + 1] ?? [], texts[bottom + 1])
  )
    bottom++;
  let codeRowIndex: number | undefined;
  let codes: (string | undefined)[] | undefined;
  for (let r = top; r <= bottom; r++) {
    const found = codeRow(sheet.values[r] ?? []);
    if (found) {
      codeRowIndex = r;
      codes = found;
    }
  }
  const columns = columnsOf(sheet, texts, top, bottom, codeRowIndex, codes);
  const byCode = (code: string) => columns.find((c) => c.code === code);
  const taken = new Set<ValueColumn>();
  const pick = (test: (c: ValueColumn) => boolean, code?: string): ValueColumn | undefined => {
    const c =
      columns.find((col) => !taken.has(col) && test(col)) ?? (code ? byCode(code) : undefined);
    if (c && !taken.has(c)) {
      taken.add(c);
      return c;
    }
    return undefined;
  };

  const name = pick((c) => c.display.split("·").some(isNameHeader), "L2");
  if (!name) return undefined;
  const indicators: Partial<Record<IndicatorId, ValueColumn>> = {};
  // By header words first, each column to one indicator only; the L-codes fill what words leave.
  for (const id of ids) {
    const matching = columns.filter((c) => !taken.has(c) && indicatorOfHeader(c.full, ids) === id);
    const chosen =
      matching.length === 1
        ? matching[0]
        : matching.find((c) => c.code === `L${7 + ids.indexOf(id)}`);
    if (chosen) {
      indicators[id] = chosen;
      taken.add(chosen);
    }
  }
  if (codes) {
    ids.forEach((id, i) => {
      if (indicators[id]) return;
      const c = byCode(`L${7 + i}`);
      // Only a column whose header names no other indicator.
      if (c && !taken.has(c) && indicatorOfHeader(c.full, ids, false) === undefined) {
        indicators[id] = c;
        taken.add(c);
      }
    });
  }
  const found = ids.filter((id) => indicators[id] !== undefined);
  if (found.length < Math.min(MIN_VALUE_COLUMNS, ids.length)) return undefined;

  pick((c) => SERIAL.test(c.full), "L1");
  const students = pick((c) => STUDENTS.test(c.full) && !NOT_STUDENTS.test(c.full), "L4");
  const verdict = pick(
    (c) => VERDICT.test(c.full) && !NOT_VERDICT.test(c.full),
    `L${7 + ids.length}`
  );
  const metCount = pick((c) => MET_COUNT.test(c.full));
  pick((c) => REMARK.test(c.full));
  const strictStage = pick((c) => STAGE_COLUMN.test(c.full));
  const hintStage = strictStage
    ? undefined
    : pick((c) => STAGE_HINT_COLUMN.test(c.full) && !NOT_STAGE_HINT.test(c.full));
  const stageColumn = strictStage ?? hintStage;

  const titleRows = texts
    .slice(0, top)
    .map((row) => row.filter((t, i) => t !== "" && row.indexOf(t) === i).join(" "))
    .filter((t) => t !== "");
  const title = titleRows.join(" ");
  const shape: IndicatorValuesShape = {
    sheet: sheet.name,
    top,
    bottom,
    codes: codes !== undefined,
    title,
    name,
    indicators,
    missing: ids.filter((id) => indicators[id] === undefined),
  };
  const titleStage = stageOfTitle(title) ?? stageOfTitle(sheet.name);
  if (titleStage) shape.titleStage = titleStage;
  if (students) shape.students = students;
  if (stageColumn) shape.stage = { column: stageColumn, strict: stageColumn === strictStage };
  if (verdict) shape.verdict = verdict;
  if (metCount) shape.metCount = metCount;
  return shape;
}

/**
 * The raw school-table fields the profile's indicators are computed from (teachers, areas,
 * equipment value, rooms): a sheet that has columns for them is a school table, even when it
 * also shows the values.
 */
export function resourceFields(ids: readonly IndicatorId[]): SchoolNumberField[] {
  const fields = new Set<SchoolNumberField>();
  for (const id of ids) {
    const n = INDICATORS[id].numerator;
    if (n.kind === "stage")
      for (const f of [...n.fields.primary, ...n.fields.junior]) fields.add(f);
    else for (const f of [...n.add, ...(n.subtract ?? [])]) fields.add(f);
  }
  return [...fields];
}
