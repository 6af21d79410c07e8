/**
 * The school-table reader: statisticians' workbooks, tidy or not, → school and
 * class records plus issues (template.md §1–3). Pure: it takes cell arrays
 * (Office.js range.values, or what the CLI reads with exceljs) and returns data.
 *
 * Cost: the header search looks at a fixed window of rows; every data row is
 * read once, cell by cell, so reading is O(rows × columns).
 */
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import type { FieldMapping, InputIssue, SheetCells, TableReadResult } from "../types";
import { CLASS_FIELD_RULES, findFieldRule, schoolFieldRules, type FieldRule } from "./fields";
import { HEADER_SEARCH_ROWS, findHeader, type HeaderFound } from "./header";
import { resolveMapping, type SheetMapping } from "./mapping";
import { PHRASES, quotedList, tableIssue, type Phrase } from "./messages";
import { currentYearBound, readSchoolSheet, type LastBuiltYear } from "./school";
import { readClassSheet } from "./classes";
import { findCountySheet, readCountySheet } from "./county";
import { findIndicatorValuesShape, resourceFields } from "../recheck/shape";

export { columnLetter, columnIndex } from "./columns";
export {
  templateHeaders,
  schoolFieldRules,
  SCHOOL_FIELD_RULES,
  CLASS_FIELD_RULES,
  TEMPLATE_SHEET_NAMES,
  findFieldRule,
  type FieldRule,
  type TemplateHeaders,
} from "./fields";
export { TABLE_MESSAGES, type TableMessageCode } from "./messages";
export { parseNumberCell } from "./cells";
export {
  COUNTY_FIELD_RULES,
  COUNTY_SHEET_NAME,
  COUNTY_TEMPLATE_HEADERS,
  countyTemplateRows,
  readCountySheet,
  findCountySheet,
  type CountyFieldRule,
  type CountyTemplateRow,
  type CountyValueKind,
} from "./county";

export interface ReadWorkbookOptions {
  /** field → Excel column letter, replacing the automatic choice (from the wizard's 字段对应 step); '' unmaps a field. */
  overrides?: Record<string, string>;
  /** Use this sheet as the school sheet instead of recognising it. */
  schoolSheet?: string;
  /** Use this sheet as the class sheet; '' means the workbook has none. */
  classSheet?: string;
  /** Use this sheet as the county sheet (县级指标); '' means the workbook has none. */
  countySheet?: string;
  /**
   * The profile the data will be assessed with (default national-2017): its
   * indicators decide which columns are required. Under basic-2012 the 计算机,
   * 图书, 教职工 and 中级职称 columns are read and required, and a missing one is
   * an error naming it; under 2017 they are not looked for.
   */
  profile?: StandardsProfile;
  /**
   * The year a 建校年份 may not be after when the county sheet gives no 填报年度
   * (default: this year, by the clock). Only a profile with the allowances looks.
   */
  currentYear?: number;
}

/** A sheet must yield the school name and at least this many fields to be taken for a school sheet. */
const MIN_SCHOOL_FIELDS = 3;
/** … and a class sheet its school, students and stage or class. */
const MIN_CLASS_FIELDS = 3;

interface SheetHeaders {
  sheet: SheetCells;
  school?: HeaderFound;
  klass?: HeaderFound;
  /** A 表Ⅱ-2: the indicator values per school, not the counts they come from (issue 23 item 8). */
  indicatorValues: boolean;
}

/**
 * A sheet of indicator values (表Ⅱ-2, a 公示 table: 生均…, 每百名学生… per school) and no
 * column of the counts they are computed from: never the school table, whose counts the
 * assessment needs; `edu-balance recheck` re-checks it instead.
 */
function isIndicatorValuesSheet(
  sheet: SheetCells,
  school: HeaderFound | undefined,
  profile: StandardsProfile
): boolean {
  const shape = findIndicatorValuesShape(sheet, profile.indicators);
  if (!shape) return false;
  // The school header may take a value column for a count (网络多媒体教室（间/百生）): only a
  // count column that is not one of the values makes the sheet a school table.
  const values = new Set(Object.values(shape.indicators).map((c) => c?.index));
  const raw = new Set<string>([...resourceFields(profile.indicators), ...RAW_TEACHER_FIELDS]);
  for (const [field, columns] of school?.assignment.claims ?? []) {
    if (!raw.has(field) && !/(Postgraduate|Bachelor|Associate)Teachers$/.test(field)) continue;
    if (columns.some((c) => !values.has(c.index))) return false;
  }
  return true;
}

/** Teachers written once per school (issue 23 item 4): counts, like the per-stage ones. */
const RAW_TEACHER_FIELDS = [
  "stageQualifiedTeachers",
  "stageBackboneTeachers",
  "stagePeArtTeachers",
];

function sheetHeaders(sheet: SheetCells, profile: StandardsProfile): SheetHeaders {
  const school = findHeader(sheet, schoolFieldRules(profile));
  return {
    sheet,
    school,
    klass: findHeader(sheet, CLASS_FIELD_RULES),
    indicatorValues: isIndicatorValuesSheet(sheet, school, profile),
  };
}

/** The workbook-level error when no school table was found: a 表Ⅱ-2 is pointed to `recheck`. */
function noSchoolSheetIssue(
  headers: readonly SheetHeaders[],
  sheets: readonly SheetCells[]
): InputIssue {
  const values = headers.find((h) => h.indicatorValues);
  if (values) return tableIssue("indicatorValuesSheet", { sheet: values.sheet.name });
  return tableIssue("noSchoolSheet", { sheet: "" }, { sheets: sheetList(sheets) });
}

function sheetList(sheets: readonly SheetCells[]): string {
  return sheets.length > 0 ? quotedList(sheets.map((s) => s.name)) : PHRASES.none.zh;
}

/** The sheet whose header best fits, by content not name; ties are said, not hidden. */
function recognise(
  candidates: readonly SheetHeaders[],
  pick: (h: SheetHeaders) => HeaderFound | undefined,
  kind: Phrase,
  issues: InputIssue[]
): SheetHeaders | undefined {
  let best: SheetHeaders | undefined;
  let bestScore = 0;
  const tied: SheetHeaders[] = [];
  for (const h of candidates) {
    const score = pick(h)?.score ?? 0;
    if (score === 0) continue;
    if (score > bestScore) {
      best = h;
      bestScore = score;
      tied.length = 0;
    } else if (score === bestScore) tied.push(h);
  }
  if (best && tied.length > 0) {
    issues.push(
      tableIssue(
        "ambiguousSheet",
        { sheet: best.sheet.name },
        {
          kind: kind.zh,
          kindEn: kind.en,
          chosen: best.sheet.name,
          sheets: quotedList([best, ...tied].map((h) => h.sheet.name)),
        }
      )
    );
  }
  return best;
}

function looksLikeSchoolSheet(h: SheetHeaders): HeaderFound | undefined {
  if (h.indicatorValues) return undefined;
  const s = h.school;
  if (!s || !s.assignment.claims.has("name") || s.score < MIN_SCHOOL_FIELDS) return undefined;
  return s.score > (h.klass?.score ?? 0) ? s : undefined;
}

function looksLikeClassSheet(h: SheetHeaders): HeaderFound | undefined {
  const k = h.klass;
  if (!k || k.score < MIN_CLASS_FIELDS) return undefined;
  const claims = k.assignment.claims;
  if (!claims.has("students") || !(claims.has("stage") || claims.has("className")))
    return undefined;
  return k.score > (h.school?.score ?? 0) ? k : undefined;
}

/** What a sheet looks like by its content: the school table, the class sheet, the county sheet, or none of them. */
export type SheetKind = "school" | "class" | "county" | "indicatorValues";

export interface SheetRecognition {
  /** The sheet each role would be read from when none is named (as readWorkbook and the CLI pick them). */
  school?: string;
  classSheet?: string;
  county?: string;
  /** Each sheet's look, by name; a sheet that looks like nothing known is absent. */
  kinds: Record<string, SheetKind>;
  /** How many school-table fields each sheet's best header row yields, by name. */
  schoolFields: Record<string, number>;
}

/**
 * Which sheet is the school table, which the class sheet and which the county
 * sheet, by content not by name or position: the same decisions readWorkbook
 * takes when no sheet is named (so the task pane picks what the CLI picks). It
 * may be given just the top of each sheet (the header search looks at the first
 * HEADER_SEARCH_ROWS rows; the county test at the first few columns).
 */
export function recogniseSheets(
  sheets: readonly SheetCells[],
  profile: StandardsProfile = NATIONAL_2017
): SheetRecognition {
  const ignored: InputIssue[] = [];
  const headers: SheetHeaders[] = sheets.map((sheet) => sheetHeaders(sheet, profile));
  const result: SheetRecognition = { kinds: {}, schoolFields: {} };
  for (const h of headers) {
    result.schoolFields[h.sheet.name] = h.school?.score ?? 0;
    if (looksLikeSchoolSheet(h)) result.kinds[h.sheet.name] = "school";
    else if (looksLikeClassSheet(h)) result.kinds[h.sheet.name] = "class";
    else if (h.indicatorValues) result.kinds[h.sheet.name] = "indicatorValues";
  }
  const school = recognise(headers, looksLikeSchoolSheet, PHRASES.sheetKind.school, ignored);
  if (school) result.school = school.sheet.name;
  const klass = recognise(
    headers.filter((h) => h !== school),
    looksLikeClassSheet,
    PHRASES.sheetKind.class,
    ignored
  );
  if (klass) result.classSheet = klass.sheet.name;
  const rest = sheets.filter((s) => s !== school?.sheet && s !== klass?.sheet);
  const county = findCountySheet(rest, ignored);
  if (county) {
    result.county = county.name;
    result.kinds[county.name] = "county";
  }
  return result;
}

function expectedHeaders(rules: readonly FieldRule[]): { expected: string; expectedEn: string } {
  const names = rules
    .filter((r) => !r.optional)
    .slice(0, 4)
    .map((r) => r.templateHeader);
  return { expected: quotedList(names, ""), expectedEn: names.join(", ") };
}

function forcedSheet(
  sheets: readonly SheetHeaders[],
  name: string,
  rules: readonly FieldRule[],
  which: "school" | "klass",
  issues: InputIssue[]
): SheetHeaders | undefined {
  const h =
    sheets.find((s) => s.sheet.name === name) ??
    sheets.find((s) => s.sheet.name.trim() === name.trim());
  if (!h) {
    issues.push(
      tableIssue(
        "sheetNotFound",
        { sheet: "" },
        { name, sheets: sheetList(sheets.map((s) => s.sheet)) }
      )
    );
    return undefined;
  }
  if (which === "school" && h.indicatorValues) {
    issues.push(tableIssue("indicatorValuesSheet", { sheet: h.sheet.name }));
    return undefined;
  }
  if (!h[which]) {
    issues.push(
      tableIssue(
        "noHeader",
        { sheet: h.sheet.name },
        { rows: HEADER_SEARCH_ROWS, ...expectedHeaders(rules) }
      )
    );
    return undefined;
  }
  return h;
}

function mappingOf(m: SheetMapping, rules: readonly FieldRule[]): FieldMapping[] {
  const out: FieldMapping[] = [];
  for (const r of rules) {
    const f = m.fields.get(r.field);
    if (!f) continue;
    const entry: FieldMapping = {
      field: r.field,
      sheet: m.sheet.name,
      column: f.letter,
      header: f.column.display,
    };
    if (f.unit) entry.unit = f.unit.unit;
    out.push(entry);
  }
  return out;
}

/**
 * Reads the school sheet (学校基础数据) and the optional class sheet (班级) of a
 * workbook. Sheets are recognised by their headers, in any order and under any
 * name, unless `options` names them.
 */
export function readWorkbook(
  sheets: SheetCells[],
  options: ReadWorkbookOptions = {}
): TableReadResult {
  const issues: InputIssue[] = [];
  const profile = options.profile ?? NATIONAL_2017;
  const schoolRules = schoolFieldRules(profile);
  const headers: SheetHeaders[] = sheets.map((sheet) => sheetHeaders(sheet, profile));

  const overrides = options.overrides ?? {};
  for (const field of Object.keys(overrides)) {
    if (!findFieldRule(field))
      issues.push(tableIssue("overrideUnknownField", { sheet: "" }, { field }));
  }

  let schoolSheet: SheetHeaders | undefined;
  if (options.schoolSheet !== undefined) {
    schoolSheet = forcedSheet(headers, options.schoolSheet, schoolRules, "school", issues);
  } else {
    schoolSheet = recognise(headers, looksLikeSchoolSheet, PHRASES.sheetKind.school, issues);
    if (!schoolSheet) issues.push(noSchoolSheetIssue(headers, sheets));
  }

  let classSheet: SheetHeaders | undefined;
  if (options.classSheet !== undefined) {
    if (options.classSheet !== "")
      classSheet = forcedSheet(headers, options.classSheet, CLASS_FIELD_RULES, "klass", issues);
  } else {
    const others = headers.filter((h) => h !== schoolSheet);
    classSheet = recognise(others, looksLikeClassSheet, PHRASES.sheetKind.class, issues);
  }

  const result: TableReadResult = {
    schools: [],
    classes: null,
    issues,
    mapping: [],
    incomplete: false,
  };
  // The county sheet (县级指标): any sheet not taken for schools or classes, recognised by its 指标 texts.
  // Read first, as its 填报年度 bounds the schools' 建校年份; its issues still come after theirs.
  const countyIssues: InputIssue[] = [];
  const countySheet = findCountySheet(
    sheets.filter((s) => s !== schoolSheet?.sheet && s !== classSheet?.sheet),
    countyIssues,
    options.countySheet
  );
  const county = countySheet ? readCountySheet(countySheet, countyIssues) : undefined;
  const reportYear = county?.numbers.reportYear?.value;
  const lastBuiltYear: LastBuiltYear =
    reportYear !== undefined
      ? { year: reportYear, from: "reportYear" }
      : currentYearBound(options.currentYear);

  let schoolNames = new Map<string, string>();
  if (schoolSheet?.school) {
    const m = resolveMapping(schoolSheet.sheet, schoolSheet.school, schoolRules, overrides);
    const read = readSchoolSheet(m, profile, lastBuiltYear);
    result.schools = read.schools;
    result.schoolSheet = schoolSheet.sheet.name;
    result.mapping.push(...mappingOf(m, schoolRules));
    issues.push(...read.issues);
    schoolNames = read.names;
    if (read.missingFields.length > 0) result.missingFields = read.missingFields;
  }
  if (classSheet?.klass) {
    const m = resolveMapping(classSheet.sheet, classSheet.klass, CLASS_FIELD_RULES, overrides);
    const read = readClassSheet(m, schoolNames, result.schoolSheet);
    result.classes = read.classes;
    result.classSheet = classSheet.sheet.name;
    result.mapping.push(...mappingOf(m, CLASS_FIELD_RULES));
    issues.push(...read.issues);
  }
  // No school read, and a 表Ⅱ-2 beside whatever was tried: say first what the workbook is.
  const values = headers.find((h) => h.indicatorValues);
  if (schoolSheet && result.schools.length === 0 && values)
    issues.unshift(tableIssue("indicatorValuesSheet", { sheet: values.sheet.name }));
  // Any error means something the user gave was left out (template.md §3), except the
  // columns missing from a partial table: they leave indicators out, not schools.
  result.incomplete = issues.some((i) => i.severity === "error" && i.partial !== true);
  // The county sheet's bad cells make their items 数据有误 in the county assessment; they leave
  // no school out, so they do not make the school data incomplete.
  issues.push(...countyIssues);
  if (countySheet && county) {
    result.county = county;
    result.countySheet = countySheet.name;
  }
  return result;
}
