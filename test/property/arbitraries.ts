/**
 * Random inputs for the property tests: what a hostile or careless workbook can hand
 * the core and the EDU.* functions. Kept small (a few cells, a few schools) so that
 * 10,000 runs of every property fit the CI budget; the edge values (NaN-like text,
 * huge and tiny magnitudes, blanks, negatives, ragged rows) are drawn often on purpose.
 */
import fc from "fast-check";
import { countyTemplateRows, templateHeaders } from "../../src/core/table";
import type {
  CellValue,
  ClassRecord,
  MergedArea,
  SchoolRecord,
  SchoolType,
  SheetCells,
} from "../../src/core/types";

/** Every property runs this many times (issue 6: at least 10,000). */
export const RUNS = 10_000;

/** Numbers at the edges of what a double holds, and the usual suspects. */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  45,
  46,
  56,
  66,
  2000,
  2500,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  1e308,
  1e300,
  1e200,
  1e100,
  1e-100,
  1e-300,
  Number.MAX_SAFE_INTEGER,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
];

/** Text a statistician's workbook may hold where a number belongs. */
export const NUMBERLIKE_TEXT: readonly string[] = [
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "inf",
  "1e400",
  "-1e400",
  "1e-400",
  "1e308",
  "1e309",
  "4.9e-324",
  "",
  " ",
  "-",
  "—",
  "/",
  "1,234",
  "1,2,3",
  " 12 ",
  "１２３",
  "１，２３４",
  "0x10",
  "1_000",
  "∞",
  "12%",
  "12.5.3",
  "+5",
  "-5",
  ".5",
  "5.",
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#公式未计算",
  "=1+1",
  "@SUM(A1)",
  "+1+1",
  "TRUE",
  "abc",
  "学校",
  "合计",
];

export const number = fc.oneof(
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 5000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }
);

/** One cell of a range as Excel hands it to a custom function (null for blank; some hosts give ''). */
export const excelCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...NUMBERLIKE_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, "", true, false) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }
);

/**
 * An argument as Excel may pass it: a scalar, a block of rows (possibly ragged, possibly
 * empty), or something no host sends but a careless caller might (a nested object).
 */
export const excelArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: excelCell },
  { weight: 4, arbitrary: fc.array(fc.array(excelCell, { maxLength: 4 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(excelCell, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[[1]]], { a: 1 }) }
);

/** 学段 and 学校类型 arguments: valid words, near misses and junk. */
export const stageText = fc.oneof(
  fc.constantFrom<unknown>(
    "小学",
    "初中",
    "primary",
    "junior",
    " 小学 ",
    "高中",
    "",
    null,
    1,
    true,
    [["初中"]],
    [["小学", "初中"]]
  ),
  excelCell
);
export const schoolTypeText = fc.oneof(
  fc.constantFrom<unknown>(
    "小学",
    "初中",
    "九年一贯制学校",
    "完全中学",
    "十二年一贯制学校",
    "教学点",
    "特殊教育学校",
    "职业学校",
    "九年制",
    "完中",
    "x",
    "",
    null
  ),
  excelCell
);
export const indicatorText = fc.oneof(
  fc.constantFrom<unknown>(
    1,
    7,
    0,
    8,
    "3",
    "qualifiedTeachersPer100",
    "生均教学仪器设备值",
    "x",
    "",
    null,
    1.5
  ),
  excelCell
);

// ---------------------------------------------------------------------------
// Records for assess()
// ---------------------------------------------------------------------------

export const SCHOOL_TYPES: readonly SchoolType[] = [
  "primary",
  "junior",
  "nineYear",
  "complete",
  "twelveYear",
  "teachingPoint",
  "special",
  "vocational",
];

/** The resource fields: more of any of them is more resources (students are not). */
export const RESOURCE_FIELDS = [
  "primaryQualifiedTeachers",
  "juniorQualifiedTeachers",
  "primaryBackboneTeachers",
  "juniorBackboneTeachers",
  "primaryPeArtTeachers",
  "juniorPeArtTeachers",
  "teachingArea",
  "indoorSportsArea",
  "outdoorSportsArea",
  "equipmentValue",
  "multimediaRooms",
] as const;
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

const NUMERIC_FIELDS = [
  "primaryStudents",
  "juniorStudents",
  "seniorStudents",
  "primaryClasses",
  "juniorClasses",
  ...RESOURCE_FIELDS,
] as const;

function record(
  name: string,
  type: SchoolType,
  numbers: Record<string, number>,
  extra: Partial<SchoolRecord> = {}
): SchoolRecord {
  const s = { name, type, ...extra } as SchoolRecord;
  for (const f of NUMERIC_FIELDS) (s as unknown as Record<string, number>)[f] = numbers[f] ?? 0;
  return s;
}

const fieldNumbers = (value: fc.Arbitrary<number>) =>
  fc.record(
    Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, value])) as Record<
      (typeof NUMERIC_FIELDS)[number],
      fc.Arbitrary<number>
    >
  );

/** Any record a caller of assess() could build: any type (even an unknown one), any number in any field. */
export const anySchool: fc.Arbitrary<SchoolRecord> = fc
  .tuple(
    fc.constantFrom("一小", "二小", "一中", "一小 ", ""),
    fc.oneof(fc.constantFrom(...SCHOOL_TYPES), fc.constant("bogus" as SchoolType)),
    fieldNumbers(fc.oneof(number, fc.integer({ min: 0, max: 3000 }))),
    fc.option(fc.oneof(number, fc.integer({ min: 0, max: 5 })), { nil: undefined }),
    fc.option(fc.oneof(number, fc.integer({ min: 0, max: 5 })), { nil: undefined }),
    fc.constantFrom<SchoolRecord["ownership"]>(undefined, "public", "private")
  )
  .map(([name, type, numbers, musicRooms, artRooms, ownership]) =>
    record(name, type, numbers, { musicRooms, artRooms, ownership })
  );

export const anyClass: fc.Arbitrary<ClassRecord> = fc.record({
  school: fc.constantFrom("一小", "二小", "一中", "别校"),
  stage: fc.constantFrom<ClassRecord["stage"]>(
    "primary",
    "junior",
    "senior" as ClassRecord["stage"]
  ),
  className: fc.constantFrom("1班", "2班"),
  students: fc.oneof(number, fc.integer({ min: 0, max: 80 })),
});

/**
 * A school every part of assess() accepts: a type in 资源配置, whole students in each of its
 * stages, non-negative resources of a realistic size, 室内体育用房 inside 教学及辅助用房.
 */
export function validSchool(name: string): fc.Arbitrary<SchoolRecord> {
  const count = (max: number) => fc.integer({ min: 0, max });
  // ㎡ and 元 to the cent: what a statistics return holds.
  const amount = (max: number) =>
    fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);
  return fc
    .record({
      type: fc.constantFrom<SchoolType>("primary", "junior", "nineYear", "complete", "twelveYear"),
      primaryStudents: fc.integer({ min: 1, max: 3000 }),
      juniorStudents: fc.integer({ min: 1, max: 3000 }),
      seniorStudents: count(2000),
      primaryQualifiedTeachers: count(200),
      juniorQualifiedTeachers: count(200),
      primaryBackboneTeachers: count(60),
      juniorBackboneTeachers: count(60),
      primaryPeArtTeachers: count(60),
      juniorPeArtTeachers: count(60),
      teachingArea: amount(50_000),
      indoorShare: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })),
      outdoorSportsArea: amount(80_000),
      equipmentValue: amount(2e7),
      multimediaRooms: count(120),
    })
    .map(({ indoorShare, type, ...r }) => {
      const s = record(name, type, {
        ...r,
        indoorSportsArea: Math.round(r.teachingArea * indoorShare * 100) / 100,
      });
      if (type === "primary") s.juniorStudents = 0;
      if (type === "junior") s.primaryStudents = 0;
      if (type !== "complete" && type !== "twelveYear") s.seniorStudents = 0;
      return s;
    });
}

/** A county of 1–6 valid schools with distinct names. */
export const validCounty: fc.Arbitrary<SchoolRecord[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validSchool(`学校${i + 1}`))));

// ---------------------------------------------------------------------------
// Sheets for readWorkbook()
// ---------------------------------------------------------------------------

const { schoolSheet, classSheet } = templateHeaders();
const county = countyTemplateRows();
const HEADER_WORDS: readonly string[] = [
  ...schoolSheet.headers,
  ...classSheet.headers,
  ...county.headers,
  ...county.rows.map((r) => (r.kind === "section" ? r.text : r.label)),
  "学校名称",
  "学校类型",
  "合计",
  "小计",
  "注：",
  "序号",
  "教学仪器设备值",
  "教学仪器设备值（元）",
  "（万元）",
  "平方米",
  "亩",
  "小学",
  "初中",
  "九年一贯制学校",
  "完全中学",
  "教学点",
  "特殊教育学校",
  "公办",
  "民办",
  "城区",
  "乡村",
  "有",
  "无",
  "Ⅱ级",
  "96.5%",
];

/** A cell as Office.js range.values or the exceljs adapter gives it, plus what neither should but a caller might. */
export const sheetCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS) },
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(...NUMBERLIKE_TEXT) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      "",
      null,
      undefined,
      true,
      false,
      new Date(2024, 8, 1),
      new Date(NaN)
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);

/** Excel's own rule: 1–31 characters, none of : \ / ? * [ ]. Names repeat on purpose (case differs too). */
const sheetName = fc.oneof(
  fc.constantFrom("学校基础数据", "班级", "县级指标", "Sheet1", "sheet1", "说明", " 学校 "),
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/[:\\/?*[\]]/g, "_"))
);

const mergedArea: fc.Arbitrary<MergedArea> = fc.record({
  startRow: fc.integer({ min: -1, max: 6 }),
  startColumn: fc.integer({ min: -1, max: 6 }),
  endRow: fc.integer({ min: -1, max: 8 }),
  endColumn: fc.integer({ min: -1, max: 8 }),
});

/** Rows of random cells, ragged (rows of different lengths), possibly with holes. */
const randomRows = fc.array(fc.array(sheetCell, { maxLength: 7 }), { maxLength: 8 });

/** Mostly the value a field should hold, sometimes anything: so that rows are read, and some cells are bad. */
function plausible(field: string): fc.Arbitrary<CellValue> {
  let good: fc.Arbitrary<CellValue>;
  if (field === "name" || field === "school") {
    good = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }).map((i) => `第${i}小学`) },
      { weight: 1, arbitrary: fc.constantFrom("城关 小学", "城关小学", "合计", "注：本表") }
    );
  } else if (field === "type")
    good = fc.constantFrom(
      "小学",
      "初中",
      "九年一贯制学校",
      "完全中学",
      "十二年一贯制",
      "教学点",
      "特教",
      "职业学校"
    );
  else if (field === "ownership") good = fc.constantFrom("公办", "民办");
  else if (field === "locale") good = fc.constantFrom("城区", "镇区", "乡村");
  else if (field === "stage") good = fc.constantFrom("小学", "初中");
  else if (field === "group" || field === "className")
    good = fc.constantFrom("一学区", "1班", "2班");
  else
    good = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 3000 }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }).map((n) => n.toLocaleString("en")) }
    );
  return fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: sheetCell });
}

/** A table under the template's header (a random subset of its columns, name and type always), with title rows above. */
function tableRows(
  headers: readonly string[],
  fields: readonly string[]
): fc.Arbitrary<CellValue[][]> {
  return fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(true) },
          { weight: 1, arbitrary: fc.constant(false) }
        ),
        { minLength: headers.length, maxLength: headers.length }
      ),
      fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 2 })
    )
    .chain(([keep, titles]) => {
      const kept = headers.map((h, i) => ({ h, f: fields[i] })).filter((_, i) => keep[i] || i < 2);
      const row = fc.tuple(...kept.map((k) => plausible(k.f)));
      return fc
        .array(row, { maxLength: 4 })
        .map((rows) => [...titles.map((t) => [t]), kept.map((k) => k.h), ...rows] as CellValue[][]);
    });
}

const countyValue = fc.constantFrom<CellValue>(
  91,
  "96.5%",
  0.12,
  "有",
  "无",
  "Ⅱ级",
  "6,500 元",
  "1.2万人",
  "1e308",
  -3,
  "",
  "#REF!"
);
const countyRows = fc
  .array(
    fc.tuple(
      fc.constantFrom(...county.rows.map((r) => (r.kind === "section" ? r.text : r.label))),
      countyValue,
      fc.constantFrom<CellValue>("", "见附件")
    ),
    { maxLength: 8 }
  )
  .map((rows) => [county.headers as CellValue[], ...rows.map((r) => [...r])]);

/** A sheet shaped like a real one often enough to reach the row readers. */
const shapedRows = fc.oneof(
  tableRows(schoolSheet.headers, schoolSheet.fields),
  tableRows(classSheet.headers, classSheet.fields),
  countyRows
);

export const sheet: fc.Arbitrary<SheetCells> = fc.record(
  {
    name: sheetName,
    values: fc.oneof(randomRows, shapedRows),
    merges: fc.array(mergedArea, { maxLength: 3 }),
    origin: fc.record({
      row: fc.integer({ min: 1, max: 1_048_576 }),
      column: fc.integer({ min: 1, max: 16_384 }),
    }),
  },
  { requiredKeys: ["name", "values"] }
);

/** Sheet names are unique in a workbook, ignoring case (Excel's rule). */
export const workbook = fc.uniqueArray(sheet, {
  maxLength: 3,
  selector: (s) => s.name.toLowerCase(),
});

export const readOptions = fc.record(
  {
    overrides: fc.dictionary(
      fc.constantFrom(
        "name",
        "type",
        "primaryStudents",
        "equipmentValue",
        "students",
        "stage",
        "bogus",
        ""
      ),
      fc.constantFrom("A", "B", "C", "Z", "AA", "XFD", "XFE", "", "1", "a", "甲", "ZZZZ"),
      { maxKeys: 3 }
    ),
    schoolSheet: sheetName,
    classSheet: fc.oneof(sheetName, fc.constant("")),
    countySheet: fc.oneof(sheetName, fc.constant("")),
  },
  { requiredKeys: [] }
);

/** Every number inside a value (deeply), with the path to it, for "never NaN or Infinity". */
export function nonFiniteNumbers(
  value: unknown,
  path = "$",
  out: string[] = [],
  seen = new Set<unknown>()
): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (value && typeof value === "object" && !(value instanceof Date) && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) nonFiniteNumbers(v, `${path}.${k}`, out, seen);
  }
  return out;
}

/** Relative closeness for floating-point invariants (absolute near 0). */
export function close(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A plain assertion for the bodies of properties: jest's expect() costs more than the
 * code under test, and 10,000 runs of it would use up the CI budget. fast-check reports
 * the counterexample with this message.
 */
export function must(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === "string" ? message : message());
}
