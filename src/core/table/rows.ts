/**
 * What every data row of either sheet goes through: blank rows, 合计/小计/总计
 * rows, repeated header lines and footnotes are not records; cells are read by
 * their field's kind, and a bad cell becomes an issue naming sheet, row, column.
 */
import type { CellValue, InputIssue } from "../types";
import { isBlankCell, isExcelError, matchText, parseNumberCell, quoteCell } from "./cells";
import { excelRow } from "./columns";
import type { SheetMapping, ResolvedField } from "./mapping";
import { PHRASES, tableIssue, type Phrase } from "./messages";
import { toCanonical } from "./units";
import { inQuantityLimits } from "../schoolValues";

/** Rows that total other rows (template.md §1: never counted as a school). */
const TOTAL_ROW = /合计|小计|总计/;
/** Footnotes under a table: 注：…, 说明：…, 填表人：… */
const NOTE_ROW = /^(注|说明|备注|填表|制表|审核|负责人|单位负责人|统计负责人)/;
/**
 * The signature line of a statistics form (单位负责人：… 填表人：… 报出日期：…),
 * often spread over several cells, some of them under data columns: the row is
 * a footer when its first filled cell is one of these labels.
 */
const FOOTER_LABEL =
  /^(单位负责人|统计负责人|部门负责人|负责人|填表人|填报人|制表人|审核人|报出日期|填报日期|填表日期|报送日期|联系电话)/;

function firstFilledText(row: readonly CellValue[]): string | undefined {
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    return typeof cell === "string" ? matchText(cell) : undefined;
  }
  return undefined;
}

export function cellAt(row: readonly CellValue[] | undefined, index: number): CellValue {
  return row ? row[index] : undefined;
}

export type RowKind = "record" | "blank" | "total" | "header" | "note";

/**
 * Classifies a data row. `keyField` is the name column (学校名称), which a total
 * row labels; when it is blank, a 合计 written anywhere in the row counts.
 */
export function classifyRow(
  m: SheetMapping,
  row: readonly CellValue[] | undefined,
  keyField: string
): RowKind {
  if (!row) return "blank";
  let anyMapped = false;
  for (const r of m.fields.values()) {
    if (!isBlankCell(row[r.column.index])) {
      anyMapped = true;
      break;
    }
  }
  if (!anyMapped) return "blank";
  const first = firstFilledText(row);
  if (first !== undefined && FOOTER_LABEL.test(first)) return "note";
  const key = m.fields.get(keyField);
  const keyCell = key ? row[key.column.index] : undefined;
  const keyText = typeof keyCell === "string" ? matchText(keyCell) : "";
  if (keyText !== "") {
    if (TOTAL_ROW.test(keyText)) return "total";
    if (key && keyText === key.column.own) return "header";
    if (NOTE_ROW.test(keyText) && onlyKeyFilled(m, row, keyField)) return "note";
    return "record";
  }
  for (const cell of row)
    if (typeof cell === "string" && TOTAL_ROW.test(matchText(cell))) return "total";
  return "record";
}

function onlyKeyFilled(m: SheetMapping, row: readonly CellValue[], keyField: string): boolean {
  for (const [field, r] of m.fields)
    if (field !== keyField && !isBlankCell(row[r.column.index])) return false;
  return true;
}

/** Collects a row's issues; `bad` says whether any was an error. */
export class RowContext {
  bad = false;
  constructor(
    readonly m: SheetMapping,
    readonly rowIndex: number,
    readonly issues: InputIssue[],
    public subject: string,
    public school?: string
  ) {}

  get row(): number {
    return excelRow(this.m.origin, this.rowIndex);
  }

  report(
    code: Parameters<typeof tableIssue>[0],
    field: ResolvedField | undefined,
    params: Record<string, string | number>
  ): InputIssue {
    const issue = tableIssue(
      code,
      {
        sheet: this.m.sheet.name,
        row: this.row,
        column: field?.letter,
        field: field?.rule.field,
        school: this.school,
      },
      {
        subject: this.subject,
        label: field?.rule.label ?? "",
        labelEn: field?.rule.labelEn ?? "",
        ...params,
      }
    );
    if (issue.severity === "error") this.bad = true;
    this.issues.push(issue);
    return issue;
  }
}

/**
 * A numeric cell in the field's canonical unit; 'blank' for an empty cell or a
 * dash; undefined after reporting a bad cell.
 */
export function readAmount(
  ctx: RowContext,
  field: ResolvedField,
  cell: CellValue
): number | "blank" | undefined {
  const integer = field.rule.kind === "count";
  // Built only for a bad cell: this runs for every numeric cell of every row.
  const params = () => {
    const expected = integer ? PHRASES.expected.count : PHRASES.expected.amount;
    return { value: quoteCell(cell), expected: expected.zh, expectedEn: expected.en };
  };
  const parsed = parseNumberCell(cell);
  switch (parsed.kind) {
    case "blank":
      return "blank";
    case "excelError":
      ctx.report("excelError", field, params());
      return undefined;
    case "invalid":
      ctx.report("notANumber", field, params());
      return undefined;
    case "number": {
      if (parsed.value < 0) {
        ctx.report("negativeValue", field, params());
        return undefined;
      }
      if (integer && !Number.isInteger(parsed.value)) {
        ctx.report("notAnInteger", field, params());
        return undefined;
      }
      // Beyond 10^15 (or a non-zero speck below 10^-9) is a slip that assess() could not compute exactly: said at the cell.
      const value = toCanonical(parsed.value, field.unit);
      if (!inQuantityLimits(value)) {
        ctx.report("valueOutOfRange", field, params());
        return undefined;
      }
      return value;
    }
  }
}

/**
 * A text cell (names, 学区, 班级): numbers are read as their digits; undefined
 * after reporting. A school name is kept exactly as written, only its ends
 * trimmed (the name is how the user finds the school in the output; names are
 * matched on nameKey); other text has its inner runs of spaces collapsed.
 */
export function readText(
  ctx: RowContext,
  field: ResolvedField,
  cell: CellValue,
  expected: Phrase
): string | "blank" | undefined {
  if (isBlankCell(cell)) return "blank";
  if (isExcelError(cell)) {
    ctx.report("excelError", field, { value: quoteCell(cell) });
    return undefined;
  }
  if (typeof cell === "string")
    return field.rule.kind === "name" ? cell.trim() : cell.replace(/\s+/g, " ").trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  ctx.report("notText", field, {
    value: quoteCell(cell),
    expected: expected.zh,
    expectedEn: expected.en,
  });
  return undefined;
}

/**
 * Names compare on a normalised key (NFKC, whitespace removed): 「城关 一小」,
 * 「城关\u3000一小」 and 「城关一小」 are one school, each shown as the user wrote it.
 */
export function nameKey(name: string): string {
  return matchText(name);
}
