/**
 * One returned workbook → what it holds for collecting: one-school forms (each a school),
 * a school sheet with one school row, a county table of several schools, or nothing of
 * the kind. Each school is read by the reader itself (src/core/table): a form's items are
 * laid out as a header row over one row of values, so every wording, unit and check is
 * the county reader's; its messages are then placed back at the form's own cells.
 */
import { EN_US, fill, ZH } from "../../i18n";
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import { recogniseSheets } from "../table";
import { isBlankCell, displayText } from "../table/cells";
import { columnIndex, excelColumn, excelRow, originOf } from "../table/columns";
import { schoolFieldRules, type FieldRule } from "../table/fields";
import { findHeader } from "../table/header";
import { resolveMapping, type SheetMapping } from "../table/mapping";
import { classifyRow } from "../table/rows";
import { currentYearBound, readSchoolSheet } from "../table/school";
import type { InputIssue, SheetCells } from "../types";
import { findSchoolForm, itemHeader, type FormLayout } from "./form";
import { collectText, placeText } from "./messages";
import type { CellPlace, CollectIssue, SchoolSource, SourceValue } from "./types";

type FormSource = Extract<SchoolSource, { kind: "form" | "row" }>;

export interface SourceOptions {
  profile?: StandardsProfile;
  /** The latest 建校年份 allowed (default this year), as ReadWorkbookOptions.currentYear. */
  currentYear?: number;
}

const T = ZH.core.source;
const E = EN_US.core.source;

/** The reader's own place prefix of an issue (tableIssue in src/core/table/messages.ts). */
function readerPrefix(issue: InputIssue): { zh: string; en: string } {
  const say = (t: typeof T) => {
    if (issue.sheet === "") return t.workbook;
    return fill(t.sheet, {
      sheet: issue.sheet,
      row: issue.row !== undefined ? fill(t.row, { row: issue.row }) : "",
      column: issue.column !== undefined ? fill(t.column, { column: issue.column }) : "",
    });
  };
  return { zh: say(T), en: say(E) };
}

/** An issue's text without the reader's place prefix. */
export function issueBody(issue: InputIssue): { zh: string; en: string } {
  const p = readerPrefix(issue);
  const en = issue.messageEn ?? issue.message;
  return {
    zh: issue.message.startsWith(p.zh) ? issue.message.slice(p.zh.length) : issue.message,
    en: en.startsWith(p.en) ? en.slice(p.en.length) : en,
  };
}

/**
 * The reader speaks of columns and headers; in a form they are items (rows). Said for the
 * messages about the items themselves (a missing, doubled or unclear item).
 */
const W = T.itemWords;
const ITEM_WORDS: readonly [RegExp, string][] = [
  [/找不到以下 (\d+) 列/g, W.missingMany],
  [/找不到「([^」]+)」列/g, W.missingOne],
  [/表头应含有/g, W.shouldHold],
  [/模板表头为/g, W.templateHas],
  [/相近的列/g, W.similar],
  [/请一并修改表头，或在向导的字段对应步骤中指定这些列。/g, W.fixMany],
  [/请修改表头，或在向导的字段对应步骤中指定该列。/g, W.fixOne],
  [/有多列都像/g, W.several],
  [/无法确定使用哪一列，请修改多余列的表头，或在字段对应步骤中指定。/g, W.whichOne],
  [/未使用该列。如需使用，请修改表头或在字段对应步骤中指定。/g, W.unused],
  [/「[^」]+」列的表头「([^」]+)」没有写单位/g, W.noUnit],
  [/请在表头中注明单位/g, W.writeUnit],
  [/需要该列的学校暂不计入。/g, W.schoolLeftOut],
  [/该列暂不使用。/g, W.itemUnused],
  [/^表头「/g, W.itemQuote],
];

function itemWording(text: string): string {
  let t = text;
  for (const [re, to] of ITEM_WORDS) t = t.replace(re, to);
  return t;
}

/** A form laid out as the reader reads a table: its labels as the header, its values as one row. */
function formAsTable(layout: FormLayout): SheetCells {
  return {
    name: layout.sheet,
    values: [layout.items.map(itemHeader), layout.items.map((i) => i.value)],
  };
}

const VALUE_ROW = 2;

function formIssue(
  issue: InputIssue,
  file: string,
  layout: FormLayout,
  origin: { row: number; column: number }
): CollectIssue {
  const itemOf = (letter: string) => {
    const k = columnIndex(letter);
    return k === undefined ? undefined : layout.items[k];
  };
  const rowOf = (letter: string) => {
    const item = itemOf(letter);
    return item ? excelRow(origin, item.rowIndex) : undefined;
  };
  let place: Partial<CellPlace> = { sheet: layout.sheet };
  const item = issue.column !== undefined ? itemOf(issue.column) : undefined;
  if (item) {
    place = {
      sheet: layout.sheet,
      row: excelRow(origin, item.rowIndex),
      column: excelColumn(origin, issue.row === VALUE_ROW ? item.valueColumn : layout.labelColumn),
    };
  }
  const body = issueBody(issue);
  // Columns named in the text (F列「…」) are the form's items: their rows.
  let zh = body.zh.replace(/([A-Z]{1,3})列「/g, (all, l: string) => {
    const r = rowOf(l);
    return r === undefined ? all : fill(T.rowQuote, { row: r });
  });
  let en = body.en.replace(/column ([A-Z]{1,3}) "/g, (all, l: string) => {
    const r = rowOf(l);
    return r === undefined ? all : fill(E.rowQuote, { row: r });
  });
  // The reader's Chinese names the school by its row (in the English too, where a name is quoted).
  const valueRowSchool = new RegExp(fill(T.rowSchool, { row: VALUE_ROW }), "g");
  zh = zh.replace(valueRowSchool, T.thisFormSchool);
  en = en.replace(valueRowSchool, E.thisFormSchool);
  if (issue.row === undefined) zh = itemWording(zh);
  const where = placeText(file, place);
  return collectIssue(issue, file, place, where.zh + zh, where.en + en);
}

function collectIssue(
  issue: InputIssue,
  file: string,
  place: Partial<CellPlace>,
  message: string,
  messageEn: string
): CollectIssue {
  const out: CollectIssue = {
    severity: issue.severity,
    code: issue.code,
    file,
    message,
    messageEn,
  };
  if (place.sheet !== undefined) out.sheet = place.sheet;
  if (place.row !== undefined) out.row = place.row;
  if (place.column !== undefined) out.column = place.column;
  if (issue.field !== undefined) out.field = issue.field;
  if (issue.school !== undefined) out.school = issue.school;
  return out;
}

/** A table's issue, already at the file's cell: the file's name put before it. */
function tableIssueOfFile(issue: InputIssue, file: string): CollectIssue {
  const body = issueBody(issue);
  const place: Partial<CellPlace> = {};
  if (issue.sheet !== "") place.sheet = issue.sheet;
  if (issue.row !== undefined) place.row = issue.row;
  if (issue.column !== undefined) place.column = issue.column;
  const where = placeText(file, place);
  return collectIssue(issue, file, place, where.zh + body.zh, where.en + body.en);
}

/**
 * An error no cell explains (an item or column missing or unclear) that leaves the school out,
 * or any word that a needed item is missing (whatever its severity: in the county table its
 * blank cell would read as 0).
 */
function isBlocking(issue: InputIssue, rules: readonly FieldRule[]): boolean {
  if (issue.row !== undefined) return false;
  if (issue.severity !== "error" && !/^missing/.test(issue.code)) return false;
  const fields = issue.fields ?? (issue.field !== undefined ? [issue.field] : []);
  if (fields.length === 0) return true;
  // The reader reads the school without an optional field it could not tell (该列暂不使用).
  return fields.some((f) => rules.find((r) => r.field === f)?.optional !== true);
}

function schoolOf(
  kind: "form" | "row",
  file: string,
  sheet: string,
  m: SheetMapping,
  rowIndex: number,
  placeOf: (field: string) => CellPlace,
  rawIssues: InputIssue[],
  profile: StandardsProfile,
  currentYear: number | undefined
): FormSource {
  const read = readSchoolSheet(m, profile, currentYearBound(currentYear));
  rawIssues.push(...read.issues);
  const values = new Map<string, SourceValue>();
  let blank = true;
  for (const [field, rf] of m.fields) {
    const raw = m.sheet.values[rowIndex]?.[rf.column.index] ?? null;
    if (!isBlankCell(raw)) blank = false;
    const v: SourceValue = { rule: rf.rule, raw, at: placeOf(field) };
    if (rf.unit) v.unit = rf.unit;
    values.set(field, v);
  }
  const rules = schoolFieldRules(profile);
  const nameCell = values.get("name")?.raw;
  const name =
    typeof nameCell === "string" || typeof nameCell === "number"
      ? displayText(nameCell).trim()
      : "";
  const source: FormSource = {
    kind,
    file,
    sheet,
    values,
    issues: [],
    cellIssues: [],
    blocked: rawIssues.some((i) => isBlocking(i, rules)),
    blank,
  };
  if (name !== "" && !isBlankCell(name)) source.name = name;
  if (read.schools.length === 1) source.record = read.schools[0];
  return source;
}

function readForm(
  file: string,
  layout: FormLayout,
  sheet: SheetCells,
  profile: StandardsProfile,
  currentYear: number | undefined
): FormSource | undefined {
  const rules = schoolFieldRules(profile);
  const table = formAsTable(layout);
  const header = findHeader({ name: table.name, values: [table.values[0]] }, rules);
  if (!header || !header.assignment.claims.has("name")) return undefined;
  const m = resolveMapping(table, header, rules);
  const origin = originOf(sheet);
  const rawIssues: InputIssue[] = [];
  const source = schoolOf(
    "form",
    file,
    layout.sheet,
    m,
    1,
    (field) => {
      const item = layout.items[m.fields.get(field)!.column.index];
      return {
        sheet: layout.sheet,
        row: excelRow(origin, item.rowIndex),
        column: excelColumn(origin, item.valueColumn),
      };
    },
    rawIssues,
    profile,
    currentYear
  );
  for (const i of rawIssues)
    (i.row === undefined ? source.issues : source.cellIssues).push(
      formIssue(i, file, layout, origin)
    );
  return source;
}

function readRow(
  file: string,
  sheet: SheetCells,
  m: SheetMapping,
  rowIndex: number,
  profile: StandardsProfile,
  currentYear: number | undefined
): FormSource {
  const rawIssues: InputIssue[] = [];
  const source = schoolOf(
    "row",
    file,
    sheet.name,
    m,
    rowIndex,
    (field) => ({
      sheet: sheet.name,
      row: excelRow(m.origin, rowIndex),
      column: m.fields.get(field)!.letter,
    }),
    rawIssues,
    profile,
    currentYear
  );
  for (const i of rawIssues)
    (i.row === undefined ? source.issues : source.cellIssues).push(tableIssueOfFile(i, file));
  return source;
}

/** The 0-based rows of a school sheet that are schools (not blank, 合计, notes), up to `limit`. */
function schoolRows(m: SheetMapping, limit: number): number[] {
  const rows: number[] = [];
  const values = m.sheet.values;
  for (let i = m.dataStart; i < values.length && rows.length < limit; i++)
    if (classifyRow(m, values[i], "name") === "record") rows.push(i);
  return rows;
}

/**
 * What one workbook holds for collecting: every sheet that is a one-school form (each a
 * school); else its school sheet when that has one school (a one-row school workbook);
 * a school sheet of two schools or more is a county table; anything else is named as
 * not a school form. A sheet is a form when its item labels, read down a column, name
 * more fields than its best header row does across.
 */
export function readSchoolSources(
  file: string,
  sheets: readonly SheetCells[],
  options: SourceOptions = {}
): SchoolSource[] {
  const profile = options.profile ?? NATIONAL_2017;
  const rules = schoolFieldRules(profile);
  const recognised = recogniseSheets(sheets, profile);
  let table: { sheet: SheetCells; m: SheetMapping; rows: number[] } | undefined;
  if (recognised.school !== undefined) {
    const sheet = sheets.find((s) => s.name === recognised.school)!;
    const header = findHeader(sheet, rules);
    if (header) {
      const m = resolveMapping(sheet, header, rules);
      table = { sheet, m, rows: schoolRows(m, 2) };
      if (table.rows.length >= 2) {
        // Counted in full only for the message (a county table is read by assess, not here).
        const count = schoolRows(m, Infinity).length;
        return [{ kind: "table", file, sheet: sheet.name, schools: count }];
      }
    }
  }
  const forms: SchoolSource[] = [];
  for (const sheet of sheets) {
    // The class and county sheets (班级, 县级指标) are what they look like, never a form.
    if (sheet.name === recognised.classSheet || sheet.name === recognised.county) continue;
    const layout = findSchoolForm(sheet, rules);
    if (!layout || layout.score <= (recognised.schoolFields[sheet.name] ?? 0)) continue;
    const source = readForm(file, layout, sheet, profile, options.currentYear);
    if (source) forms.push(source);
  }
  if (forms.length > 0) return forms;
  if (table && table.rows.length === 1) {
    const source = readRow(file, table.sheet, table.m, table.rows[0], profile, options.currentYear);
    // Only the school sheet is collected: a filled class sheet beside it is said, not dropped silently.
    const classes = sheets.find((s) => s.name === recognised.classSheet);
    if (classes && classes.values.slice(1).some((r) => r?.some((v) => !isBlankCell(v)))) {
      const t = collectText("classesNotCollected", { sheet: classes.name });
      const where = placeText(file, { sheet: classes.name });
      source.issues.push({
        severity: t.severity,
        code: "classesNotCollected",
        file,
        sheet: classes.name,
        message: where.zh + t.zh,
        messageEn: where.en + t.en,
      });
    }
    return [source];
  }
  if (table) return [{ kind: "other", file, reason: "emptyTable", sheet: table.sheet.name }];
  return [{ kind: "other", file, reason: "notForm" }];
}
