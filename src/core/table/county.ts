/**
 * The county sheet (县级指标) → CountyFigures. One figure per row: its 指标 text,
 * its value, and an optional 说明或佐证. Like the school sheet, the sheet is
 * recognised by its content (the 指标 texts, countyFields.ts), not its name,
 * and it may be untidy: a title row, a 序号 or 单位 column, another column
 * order, other wordings, units in the text (%, 元, 万元), numbers as text,
 * "其中：" rows that lean on the row above. Every bad cell is an InputIssue
 * naming sheet, row and column; a figure not filled in is simply absent.
 *
 * Cost: recognition looks at a fixed window (rows × columns) of each sheet;
 * reading is one pass over the county sheet's rows.
 */
import type {
  CountyFigures,
  CountyFlag,
  CountyNumber,
  MonitoringFigures,
  SurveyGroup,
} from "./countyFigures";
import { emptyCountyFigures } from "./countyFigures";
import { EN_US, ZH } from "../../i18n";
import type { CellValue, InputIssue, SheetCells } from "../types";
import {
  displayText,
  isBlankCell,
  isExcelError,
  matchText,
  parseNumberCell,
  quoteCell,
} from "./cells";
import { QUANTITY_LIMITS } from "../schoolValues";
import { excelColumn, excelRow, originOf, type SheetOrigin } from "./columns";
import {
  COUNTY_DEFAULT_UNITS,
  COUNTY_FIELD_RULES,
  COUNTY_LABEL_HEADER,
  COUNTY_MONEY_UNITS,
  COUNTY_NO_WORDS,
  COUNTY_NOTE_HEADER,
  COUNTY_PEOPLE_UNITS,
  COUNTY_REPORT_TITLES,
  COUNTY_UNIT_HEADER,
  COUNTY_VALUE_HEADER,
  COUNTY_YES_WORDS,
  matchCountyRules,
  monitoringSubjectOf,
  surveyGroupOf,
  type CountyFieldRule,
  type CountyValueKind,
} from "./countyFields";
import {
  quotedList,
  tableIssue,
  type MessageParams,
  type Phrase,
  type TableMessageCode,
} from "./messages";

export {
  COUNTY_FIELD_RULES,
  COUNTY_REPORT_TITLES,
  COUNTY_SHEET_NAME,
  COUNTY_TEMPLATE_HEADERS,
  countyTemplateRows,
  matchCountyRules,
  type CountyFieldRule,
  type CountyTemplateRow,
  type CountyValueKind,
} from "./countyFields";

/** A sheet must carry at least this many distinct county 指标 to be taken for the county sheet. */
export const MIN_COUNTY_FIGURES = 4;
/** Recognition looks at this window of each sheet; a county sheet has about a hundred rows. */
const SCAN_ROWS = 400;
const SCAN_COLUMNS = 8;

const YES = new Set(COUNTY_YES_WORDS);
const NO = new Set(COUNTY_NO_WORDS);

const SHEET_KIND: Phrase = { zh: ZH.core.county.sheetKind, en: EN_US.core.county.sheetKind };

const EXPECTED = Object.fromEntries(
  (Object.keys(ZH.core.county.expected) as CountyValueKind[]).map((k) => [
    k,
    { zh: ZH.core.county.expected[k], en: EN_US.core.county.expected[k] },
  ])
) as Record<CountyValueKind, Phrase>;

// ---------------------------------------------------------------------------
// Recognising the sheet
// ---------------------------------------------------------------------------

function firstText(sheet: SheetCells): string {
  for (const row of sheet.values.slice(0, 5)) {
    for (const cell of row ?? [])
      if (typeof cell === "string" && cell.trim() !== "") return displayText(cell);
  }
  return "";
}

/** How many distinct figures the sheet's texts name: how much it looks like a county sheet. */
export function countyFigureScore(sheet: SheetCells): number {
  if (COUNTY_REPORT_TITLES.includes(firstText(sheet))) return 0;
  const keys = new Set<string>();
  const rows = Math.min(sheet.values.length, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, SCAN_COLUMNS); c++) {
      const cell = row[c];
      if (typeof cell !== "string" || cell.length < 2) continue;
      const m = matchCountyRules(cell);
      if (m.length === 1) keys.add(m[0].rule.key);
    }
  }
  return keys.size;
}

/**
 * The county sheet among `candidates` (sheets not already taken for schools or
 * classes), or the one `forced` names ('' = the workbook has none).
 */
export function findCountySheet(
  candidates: readonly SheetCells[],
  issues: InputIssue[],
  forced?: string
): SheetCells | undefined {
  if (forced === "") return undefined;
  if (forced !== undefined) {
    const sheet =
      candidates.find((s) => s.name === forced) ??
      candidates.find((s) => s.name.trim() === forced.trim());
    if (!sheet) {
      issues.push(
        tableIssue(
          "sheetNotFound",
          { sheet: "" },
          { name: forced, sheets: quotedList(candidates.map((s) => s.name)) || ZH.core.county.none }
        )
      );
      return undefined;
    }
    if (countyFigureScore(sheet) === 0) {
      issues.push(tableIssue("countyNoFigures", { sheet: sheet.name }));
      return undefined;
    }
    return sheet;
  }
  let best: SheetCells | undefined;
  let bestScore = MIN_COUNTY_FIGURES - 1;
  const tied: SheetCells[] = [];
  for (const sheet of candidates) {
    const score = countyFigureScore(sheet);
    if (score > bestScore) {
      best = sheet;
      bestScore = score;
      tied.length = 0;
    } else if (best && score === bestScore) tied.push(sheet);
  }
  if (best && tied.length > 0) {
    issues.push(
      tableIssue(
        "ambiguousSheet",
        { sheet: best.name },
        {
          kind: SHEET_KIND.zh,
          kindEn: SHEET_KIND.en,
          chosen: best.name,
          sheets: quotedList([best, ...tied].map((s) => s.name)),
        }
      )
    );
  }
  return best;
}

// ---------------------------------------------------------------------------
// The layout: a header row (指标 | 数值 | 说明) when there is one
// ---------------------------------------------------------------------------

interface Layout {
  /** 0-based row index of the first data row. */
  start: number;
  /** The 数值 column, when a header says which; otherwise the first cell after the 指标. */
  value?: number;
  note?: number;
  unit?: number;
}

function findLayout(sheet: SheetCells): Layout {
  const rows = Math.min(sheet.values.length, 12);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    let label: number | undefined;
    let value: number | undefined;
    let note: number | undefined;
    let unit: number | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      const t = matchText(cell);
      // Header cells are short; a title or an 指标 text is not a header.
      if (t === "" || t.length > 8) continue;
      if (COUNTY_NOTE_HEADER.some((w) => t.includes(w))) note ??= c;
      else if (COUNTY_UNIT_HEADER.some((w) => t.includes(w))) unit ??= c;
      else if (COUNTY_VALUE_HEADER.some((w) => t.includes(w))) value ??= c;
      else if (COUNTY_LABEL_HEADER.some((w) => t.includes(w))) label ??= c;
    }
    if (label !== undefined && value !== undefined && value > label)
      return { start: r + 1, value, note, unit };
  }
  return { start: 0 };
}

// ---------------------------------------------------------------------------
// Reading values
// ---------------------------------------------------------------------------

type Parsed =
  | { value: number; unit?: string; unitAssumed?: boolean; text?: string }
  | { code: TableMessageCode };

/** A name or code as written: a number cell (a code typed as a number) as its digits. */
function parseText(cell: CellValue): Parsed {
  if (typeof cell === "number" && Number.isInteger(cell)) return { value: 0, text: String(cell) };
  if (typeof cell !== "string") return { code: "countyBadNumber" };
  const text = cell.replace(/\s+/g, " ").trim();
  return text === "" ? { code: "countyBadNumber" } : { value: 0, text };
}

/** 填报年度: 2025, "2025年", "2025-2026学年", "2025年度" (the first year); 1990–2100. */
function parseYear(cell: CellValue): Parsed {
  const t =
    typeof cell === "number"
      ? String(cell)
      : typeof cell === "string"
        ? cell.normalize("NFKC").trim()
        : "";
  const m = /^(\d{4})(?:\.0+)?(?:\s*年度?|\s*[-—~至]\s*\d{4}\s*学?年度?)?$/.exec(t);
  if (!m) return { code: "countyBadNumber" };
  const year = Number(m[1]);
  return year >= 1990 && year <= 2100 ? { value: year } : { code: "countyOutOfRange" };
}

/** A number written with a unit after it ("91人", "6,500 元", "96.5%"): the number and the unit. */
function splitUnit(cell: CellValue): { number: CellValue; unit?: string } {
  if (typeof cell !== "string") return { number: cell };
  const t = cell.normalize("NFKC").replace(/\s+/g, "");
  const m = /^(.*?\d)(万元|千元|元\/人|元\/年|元|万人|人次|人|名|个|所|%)$/.exec(t);
  return m ? { number: m[1], unit: m[2] } : { number: cell };
}

function parseCount(cell: CellValue): Parsed {
  const { number } = splitUnit(cell);
  const n = parseNumberCell(number);
  if (n.kind !== "number")
    return { code: n.kind === "excelError" ? "countyExcelError" : "countyBadNumber" };
  if (n.value < 0) return { code: "countyNegative" };
  if (!Number.isInteger(n.value)) return { code: "countyNotInteger" };
  return { value: n.value };
}

/** Unit words looked for in the cell, then a 单位 column, then the 指标 text. */
function unitFrom(
  texts: readonly (string | undefined)[],
  units: readonly [string, number][]
): { unit: string; factor: number } | undefined {
  for (const text of texts) {
    if (!text) continue;
    const t = matchText(text);
    for (const [unit, factor] of units) if (t.includes(unit)) return { unit, factor };
  }
  return undefined;
}

function parseAmount(
  cell: CellValue,
  kind: "money" | "people",
  unitCell: string | undefined,
  label: string
): Parsed {
  const split = splitUnit(cell);
  const n = parseNumberCell(split.number);
  if (n.kind !== "number")
    return { code: n.kind === "excelError" ? "countyExcelError" : "countyBadNumber" };
  if (n.value < 0) return { code: "countyNegative" };
  const unit = unitFrom(
    [split.unit, unitCell, label],
    kind === "money" ? COUNTY_MONEY_UNITS : COUNTY_PEOPLE_UNITS
  );
  if (unit) return { value: Math.round(n.value * unit.factor * 1e6) / 1e6, unit: unit.unit };
  if (kind === "money")
    return { value: n.value, unit: COUNTY_DEFAULT_UNITS.money, unitAssumed: true };
  // A county has tens of thousands of people or more: a smaller number is in 万人.
  return n.value < 10000
    ? {
        value: Math.round(n.value * 10000 * 1e6) / 1e6,
        unit: COUNTY_DEFAULT_UNITS.tenThousandPeople,
      }
    : { value: n.value, unit: COUNTY_DEFAULT_UNITS.people };
}

/**
 * A share: "96.5%" is 0.965; a plain number up to 1 is a fraction (what Excel
 * gives for a cell formatted as %), above 1 a percentage.
 */
function parseRate(cell: CellValue): Parsed {
  const split = splitUnit(cell);
  const n = parseNumberCell(split.number);
  if (n.kind !== "number")
    return { code: n.kind === "excelError" ? "countyExcelError" : "countyBadNumber" };
  if (n.value < 0) return { code: "countyNegative" };
  const fraction = split.unit === "%" || n.value > 1 ? n.value / 100 : n.value;
  if (fraction > 1 + 1e-12) return { code: "countyRateTooLarge" };
  return { value: fraction, unit: "%" };
}

/** 校际差异率: a plain decimal; "12%" is 0.12. */
function parseRatio(cell: CellValue): Parsed {
  const split = splitUnit(cell);
  const n = parseNumberCell(split.number);
  if (n.kind !== "number")
    return { code: n.kind === "excelError" ? "countyExcelError" : "countyBadNumber" };
  if (n.value < 0) return { code: "countyNegative" };
  const value = split.unit === "%" ? n.value / 100 : n.value;
  if (value > 1) return { code: "countyRatioTooLarge" };
  return { value };
}

const LEVEL_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    i: 1,
    ii: 2,
    iii: 3,
    iv: 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    待提高: 1,
    中等: 2,
    良好: 3,
    优秀: 4,
  })
);

/** 学业表现水平: Ⅲ, Ⅲ级, 水平Ⅲ, III, 3, 三级, 良好 (NFKC turns Ⅲ into iii). */
function parseLevel(cell: CellValue): Parsed {
  if (typeof cell === "number")
    return Number.isInteger(cell) && cell >= 1 && cell <= 4
      ? { value: cell }
      : { code: "countyBadLevel" };
  if (typeof cell !== "string") return { code: "countyBadLevel" };
  if (isExcelError(cell)) return { code: "countyExcelError" };
  const t = matchText(cell)
    .replace(/^(水平|等级|level)/, "")
    .replace(/(级|等|水平)$/, "");
  const level = LEVEL_WORDS.get(t);
  return level === undefined ? { code: "countyBadLevel" } : { value: level };
}

/** 是/否 (有/无 …): the answer before any explanation in brackets or after a comma. */
function parseYesNo(cell: CellValue): Parsed {
  if (typeof cell === "boolean") return { value: cell ? 1 : 0 };
  if (typeof cell !== "string") return { code: "countyBadAnswer" };
  if (isExcelError(cell)) return { code: "countyExcelError" };
  const t = matchText(cell).split(/[(（,，;；:：。.、]/)[0];
  if (YES.has(t)) return { value: 1 };
  if (NO.has(t)) return { value: 0 };
  return { code: "countyBadAnswer" };
}

/** Counts and amounts above 10^15 are slips (or hostile input) that would overflow the county's ratios into Infinity. */
function withinLimits(parsed: Parsed): Parsed {
  return "value" in parsed && !(parsed.value <= QUANTITY_LIMITS.max)
    ? { code: "countyOutOfRange" }
    : parsed;
}

function parseValue(
  rule: CountyFieldRule,
  cell: CellValue,
  unitCell: string | undefined,
  label: string
): Parsed {
  if (isExcelError(cell)) return { code: "countyExcelError" };
  switch (rule.value) {
    case "count":
      return withinLimits(parseCount(cell));
    case "people":
    case "money":
      return withinLimits(parseAmount(cell, rule.value, unitCell, label));
    case "rate":
      return parseRate(cell);
    case "ratio":
      return parseRatio(cell);
    case "level":
      return parseLevel(cell);
    case "yesNo":
    case "occurred":
      return parseYesNo(cell);
    case "text":
      return parseText(cell);
    case "year":
      return parseYear(cell);
  }
}

// ---------------------------------------------------------------------------
// Reading the rows
// ---------------------------------------------------------------------------

const UNIT_ONLY =
  /^(人|名|个|所|间|级|份|人次|元|万元|千元|万人|%|元\/生|元\/人|元\/年|万元\/年|m2|平方米)$/;

function isUnitOnly(cell: CellValue): boolean {
  return typeof cell === "string" && UNIT_ONLY.test(cell.normalize("NFKC").replace(/\s+/g, ""));
}

/** Footnotes and signature lines under a table. */
const NOTE_ROW =
  /^(注|说明|备注|填表|制表|审核|负责人|单位负责人|统计负责人|填报单位|填报日期|日期)/;
/** "其中：…" leans on the row above: 其中骨干教师 after 交流轮岗教师数. */
const OF_WHICH = /^其中[:：]?/;

interface Found {
  rule: CountyFieldRule;
  /** The figure's full key (with the group or subject). */
  key: string;
  /** Survey group / monitoring subject, when the rule has one. */
  param?: string;
  label: string;
  rowIndex: number;
  column: number;
  value: number;
  /** A text figure's value (county name, code). */
  text?: string;
  unit?: string;
  note?: string;
}

class CountySheetReader {
  readonly origin: SheetOrigin;
  readonly found: Found[] = [];
  readonly rejected = new Set<string>();

  constructor(
    readonly sheet: SheetCells,
    readonly issues: InputIssue[]
  ) {
    this.origin = originOf(sheet);
  }

  issue(
    code: TableMessageCode,
    rowIndex: number,
    column: number | undefined,
    field: string | undefined,
    params: MessageParams
  ): void {
    this.issues.push(
      tableIssue(
        code,
        {
          sheet: this.sheet.name,
          row: excelRow(this.origin, rowIndex),
          column: column === undefined ? undefined : excelColumn(this.origin, column),
          field,
        },
        params
      )
    );
  }

  read(): void {
    const layout = findLayout(this.sheet);
    const values = this.sheet.values;
    let parentLabel = "";
    for (let r = layout.start; r < values.length; r++) {
      const row = values[r] ?? [];
      const lastLabelColumn = layout.value !== undefined ? layout.value : row.length;
      // The 指标: the first text cell (left of the 数值 column) that names a figure.
      let labelColumn = -1;
      let matches: ReturnType<typeof matchCountyRules> = [];
      let firstTextColumn = -1;
      for (let c = 0; c < lastLabelColumn && c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== "string" || isBlankCell(cell) || isExcelError(cell)) continue;
        if (firstTextColumn < 0 && !/^[\d.、()（）\s]+$/.test(cell)) firstTextColumn = c;
        const own = matchCountyRules(cell);
        let m = own;
        if (own.length === 0 && OF_WHICH.test(matchText(cell)) && parentLabel !== "")
          m = matchCountyRules(parentLabel + cell);
        if (m.length > 0) {
          labelColumn = c;
          matches = m;
          break;
        }
      }
      const labelCell =
        labelColumn >= 0
          ? row[labelColumn]
          : firstTextColumn >= 0
            ? row[firstTextColumn]
            : undefined;
      const label = typeof labelCell === "string" ? displayText(labelCell) : "";
      const from = labelColumn >= 0 ? labelColumn : firstTextColumn;
      let valueColumn = layout.value ?? this.nextFilled(row, from + 1);
      let unitCell =
        layout.unit !== undefined && typeof row[layout.unit] === "string"
          ? String(row[layout.unit])
          : undefined;
      // Without a header, a 单位 cell may sit between the 指标 and its value: 交流轮岗教师数 | 人 | 91.
      if (layout.value === undefined && valueColumn !== undefined && isUnitOnly(row[valueColumn])) {
        unitCell = String(row[valueColumn]);
        valueColumn = this.nextFilled(row, valueColumn + 1);
      }
      const valueCell =
        valueColumn !== undefined && valueColumn > from ? row[valueColumn] : undefined;
      const note = this.noteOf(row, layout, valueColumn, from);

      if (labelColumn < 0) {
        // A text row with a value that names no known figure: said, not silently dropped.
        if (
          from >= 0 &&
          valueColumn !== undefined &&
          !isBlankCell(valueCell) &&
          !NOTE_ROW.test(matchText(label))
        ) {
          this.issue("countyUnknownLabel", r, from, undefined, {
            label,
            value: quoteCell(valueCell),
          });
        }
        continue;
      }
      if (!OF_WHICH.test(matchText(label))) parentLabel = label;
      if (matches.length > 1) {
        if (!isBlankCell(valueCell)) {
          this.issue("countyAmbiguousLabel", r, labelColumn, undefined, {
            label,
            labels: quotedList(matches.map((m) => m.rule.label)),
            labelsEn: matches.map((m) => m.rule.labelEn).join(", "),
          });
        }
        continue;
      }
      const rule = matches[0].rule;
      const param =
        rule.target.kind === "survey"
          ? (surveyGroupOf(label) ?? "overall")
          : rule.target.kind === "monitoring"
            ? monitoringSubjectOf(label)
            : undefined;
      const key =
        param === undefined
          ? rule.key
          : `${rule.key.split(".")[0]}.${param}.${rule.key.split(".")[1]}`;
      const expected = EXPECTED[rule.value];
      if (valueColumn === undefined || isBlankCell(valueCell)) {
        // Not filled in: 未填报, unless only the evidence was written (worth a word).
        if (note && (rule.value === "yesNo" || rule.value === "occurred")) {
          this.issue("countyNoAnswer", r, labelColumn, key, {
            label,
            expected: expected.zh,
            expectedEn: expected.en,
          });
        }
        continue;
      }
      const parsed = parseValue(rule, valueCell, unitCell, label);
      if ("code" in parsed) {
        this.issue(parsed.code, r, valueColumn, key, {
          label,
          value: quoteCell(valueCell),
          expected: expected.zh,
          expectedEn: expected.en,
        });
        this.rejected.add(key);
        continue;
      }
      if (parsed.unitAssumed) this.issue("countyMoneyUnitAssumed", r, valueColumn, key, { label });
      const f: Found = { rule, key, label, rowIndex: r, column: valueColumn, value: parsed.value };
      if (param !== undefined) f.param = param;
      if (parsed.unit !== undefined) f.unit = parsed.unit;
      if (parsed.text !== undefined) f.text = parsed.text;
      if (note) f.note = note;
      this.found.push(f);
    }
  }

  private nextFilled(row: readonly CellValue[], from: number): number | undefined {
    for (let c = Math.max(0, from); c < row.length; c++) if (!isBlankCell(row[c])) return c;
    return undefined;
  }

  /** The 说明或佐证: its column when a header names one, else the text after the value. */
  private noteOf(
    row: readonly CellValue[],
    layout: Layout,
    valueColumn: number | undefined,
    labelColumn: number
  ): string | undefined {
    let cell: CellValue;
    if (layout.note !== undefined) cell = row[layout.note];
    else {
      const after = (valueColumn ?? labelColumn) + 1;
      const c = this.nextFilled(row, after);
      cell = c === undefined || c === layout.unit ? undefined : row[c];
    }
    if (isBlankCell(cell)) return undefined;
    const text = displayText(cell);
    return text === "" ? undefined : text;
  }
}

/** Figures that are a part of another: a part larger than its whole is an error in one of them. */
const PART_OF: readonly [string, string][] = [
  ["rotatedTeachers", "eligibleForRotation"],
  ["rotatedBackboneTeachers", "rotatedTeachers"],
  ["certifiedTeachers", "fullTimeTeachers"],
  ["primaryNearbyIntake", "primaryIntake"],
  ["juniorNearbyIntake", "juniorIntake"],
  ["migrantChildrenInPublic", "migrantChildrenEligible"],
  ["disabledEnrolled", "disabledTotal"],
];

function number(f: Found): CountyNumber {
  const n: CountyNumber = {
    value: f.value,
    source: { sheet: "", row: 0, column: "" },
    label: f.label,
  };
  if (f.unit !== undefined) n.unit = f.unit;
  if (f.note !== undefined) n.note = f.note;
  return n;
}

/**
 * Reads a county sheet. Duplicates with different values, and parts larger than
 * their whole, are errors; such figures are left out (and listed in `rejected`).
 */
export function readCountySheet(sheet: SheetCells, issues: InputIssue[]): CountyFigures {
  const reader = new CountySheetReader(sheet, issues);
  reader.read();
  const origin = reader.origin;
  const source = (f: Found) => ({
    sheet: sheet.name,
    row: excelRow(origin, f.rowIndex),
    column: excelColumn(origin, f.column),
  });

  // One row per figure: a figure given twice is used only when both say the same.
  const byKey = new Map<string, Found[]>();
  for (const f of reader.found) {
    const list = byKey.get(f.key);
    if (list) list.push(f);
    else byKey.set(f.key, [f]);
  }
  const chosen = new Map<string, Found>();
  for (const [key, list] of byKey) {
    if (list.length === 1) {
      chosen.set(key, list[0]);
      continue;
    }
    const rows = list.map((f) => excelRow(origin, f.rowIndex)).join("、");
    const same = list.every((f) => f.value === list[0].value && f.text === list[0].text);
    const last = list[list.length - 1];
    if (same) {
      reader.issue("countyDuplicateSame", last.rowIndex, last.column, key, {
        label: list[0].label,
        rows,
        row: excelRow(origin, list[0].rowIndex),
      });
      chosen.set(key, list[0]);
    } else {
      reader.issue("countyDuplicate", last.rowIndex, last.column, key, {
        label: list[0].label,
        rows,
      });
      reader.rejected.add(key);
    }
  }

  // Parts larger than their whole (survey: satisfied larger than surveyed).
  const pairs: [string, string][] = [...PART_OF];
  for (const key of chosen.keys()) {
    const m = /^survey\.(.+)\.satisfied$/.exec(key);
    if (m) pairs.push([key, `survey.${m[1]}.responses`]);
  }
  for (const [partKey, wholeKey] of pairs) {
    const part = chosen.get(partKey);
    const whole = chosen.get(wholeKey);
    if (!part || !whole || part.value <= whole.value) continue;
    reader.issue("countyExceedsTotal", part.rowIndex, part.column, partKey, {
      label: part.label,
      value: part.value,
      totalLabel: whole.label,
      total: whole.value,
      totalRow: excelRow(origin, whole.rowIndex),
    });
    chosen.delete(partKey);
    reader.rejected.add(partKey);
  }

  const figures = emptyCountyFigures(sheet.name);
  const monitoring = new Map<string, MonitoringFigures>();
  for (const f of chosen.values()) {
    const n = number(f);
    n.source = source(f);
    const target = f.rule.target;
    switch (target.kind) {
      case "number":
        figures.numbers[target.id] = n;
        break;
      case "text":
        (figures.identity ??= {})[target.id] = {
          value: f.text ?? "",
          source: n.source,
          label: f.label,
        };
        break;
      case "flag":
      case "veto": {
        const flag: CountyFlag = { value: f.value === 1, source: n.source, label: f.label };
        if (f.note !== undefined) flag.note = f.note;
        if (target.kind === "flag") figures.flags[target.id] = flag;
        else figures.vetoes[target.id] = flag;
        break;
      }
      case "survey": {
        const group = f.param as SurveyGroup | "overall";
        const entry = (figures.survey[group] ??= {});
        entry[target.measure] = n;
        break;
      }
      case "monitoring": {
        const subject = f.param ?? "";
        let entry = monitoring.get(subject);
        if (!entry) {
          entry = { subject };
          monitoring.set(subject, entry);
        }
        entry[target.measure] = n;
        break;
      }
    }
  }
  // Subjects in sheet order; the county-wide 差异率 (no subject) last.
  figures.monitoring = [...monitoring.values()].sort((a, b) => {
    if ((a.subject === "") !== (b.subject === "")) return a.subject === "" ? 1 : -1;
    return firstRow(a) - firstRow(b);
  });
  figures.rejected = [...reader.rejected].sort();
  return figures;
}

function firstRow(m: MonitoringFigures): number {
  return Math.min(m.level?.source.row ?? Infinity, m.differenceRate?.source.row ?? Infinity);
}

/** Every rule, for hosts that list what the county sheet may hold. */
export function countyFieldRules(): readonly CountyFieldRule[] {
  return COUNTY_FIELD_RULES;
}
