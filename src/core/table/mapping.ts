/**
 * From a sheet's header to the columns the reader will use: one column per
 * field, the user's overrides applied, and every doubt reported (two columns
 * for one field, a money column without unit). Never a silent guess
 * (template.md §1: "say which, and list the candidates").
 */
import { EN_US, fill, ZH } from "../../i18n";
import type { InputIssue, SheetCells } from "../types";
import { columnIndex, excelColumn, originOf, type SheetOrigin } from "./columns";
import {
  describeKeywords,
  isLooseMatch,
  isTemplateHeader,
  partialMatch,
  type FieldRule,
} from "./fields";
import { firstDataRow, unitRowUnder, type HeaderColumn, type HeaderFound } from "./header";
import { displayText, matchText } from "./cells";
import { PHRASES, missingColumnItem, quotedList, tableIssue, type Phrase } from "./messages";
import { headerUnit, type HeaderUnit } from "./units";

export interface ResolvedField {
  rule: FieldRule;
  column: HeaderColumn;
  /** Excel column letter. */
  letter: string;
  unit?: HeaderUnit;
}

export interface SheetMapping {
  sheet: SheetCells;
  origin: SheetOrigin;
  header: HeaderFound;
  rules: readonly FieldRule[];
  /** The column used for each field. */
  fields: Map<string, ResolvedField>;
  /** Fields found but not usable (already reported): schools that need them cannot be read. */
  unusable: Set<string>;
  issues: InputIssue[];
  /** 0-based row of a units line under the header (人 | ㎡ | 万元 …), when the sheet has one. */
  unitRow?: number;
  /** 0-based first data row: below the header, its 栏次 line and its units line. */
  dataStart: number;
}

/** "F列「小学在校生数」、H列「在校学生数·小学」" and its English twin. */
export function describeColumns(
  m: Pick<SheetMapping, "origin">,
  columns: readonly HeaderColumn[]
): Phrase {
  if (columns.length === 0) return PHRASES.none;
  return {
    zh: columns
      .map((c) =>
        fill(ZH.core.mapping.column, { column: excelColumn(m.origin, c.index), header: c.display })
      )
      .join("、"),
    en: columns
      .map((c) =>
        fill(EN_US.core.mapping.column, {
          column: excelColumn(m.origin, c.index),
          header: c.display,
        })
      )
      .join(", "),
  };
}

function consequenceOf(rule: FieldRule): Phrase {
  if (rule.sheet === "class") return PHRASES.classSheetUnusable;
  return rule.optional ? PHRASES.optionalColumnUnusable : PHRASES.requiredColumnUnusable;
}

export function resolveMapping(
  sheet: SheetCells,
  header: HeaderFound,
  rules: readonly FieldRule[],
  overrides: Readonly<Record<string, string>> = {}
): SheetMapping {
  const origin = originOf(sheet);
  const m: SheetMapping = {
    sheet,
    origin,
    header,
    rules,
    fields: new Map(),
    unusable: new Set(),
    issues: [],
    dataStart: firstDataRow(sheet.values, header.block.bottom),
  };
  const unitRow = unitRowUnder(sheet.values, header.block.bottom);
  if (unitRow !== undefined) m.unitRow = unitRow;
  const { columns } = header.block;
  const blankColumn = (index: number): HeaderColumn => ({
    index,
    display: "",
    full: "",
    own: "",
    parts: [],
  });

  // The user's choice replaces the automatic one; an override of '' removes a field.
  const overridden = new Map<string, HeaderColumn | null>();
  for (const rule of rules) {
    const value = overrides[rule.field];
    if (value === undefined) continue;
    if (value.trim() === "") {
      overridden.set(rule.field, null);
      continue;
    }
    const absolute = columnIndex(value);
    const index = absolute === undefined ? -1 : absolute - (origin.column - 1);
    if (index < 0) {
      m.issues.push(
        tableIssue(
          "overrideBadColumn",
          { sheet: sheet.name, field: rule.field },
          { label: rule.label, labelEn: rule.labelEn, value }
        )
      );
      continue;
    }
    overridden.set(rule.field, columns[index] ?? blankColumn(index));
  }
  const takenByOverride = new Set<number>();
  for (const c of overridden.values()) if (c) takenByOverride.add(c.index);

  for (const rule of rules) {
    if (overridden.has(rule.field)) {
      const column = overridden.get(rule.field);
      if (column)
        m.fields.set(rule.field, { rule, column, letter: excelColumn(origin, column.index) });
      continue;
    }
    let claims = (header.assignment.claims.get(rule.field) ?? []).filter(
      (c) => !takenByOverride.has(c.index)
    );
    // The template's own header wins over loose matches (学校名称 over 区县名称, 片区名称).
    if (claims.length > 1) {
      const exact = claims.filter((c) => isTemplateHeader(rule, c.full, c.own));
      if (exact.length === 1 && claims.every((c) => c === exact[0] || isLooseMatch(rule, c.full)))
        claims = exact;
    }
    if (claims.length === 1) {
      m.fields.set(rule.field, {
        rule,
        column: claims[0],
        letter: excelColumn(origin, claims[0].index),
      });
    } else if (claims.length > 1) {
      const list = describeColumns(m, claims);
      const consequence = consequenceOf(rule);
      m.unusable.add(rule.field);
      m.issues.push(
        tableIssue(
          "duplicateColumn",
          { sheet: sheet.name, field: rule.field },
          {
            label: rule.label,
            labelEn: rule.labelEn,
            candidates: list.zh,
            candidatesEn: list.en,
            consequence: consequence.zh,
            consequenceEn: consequence.en,
          }
        )
      );
    }
  }

  // A column without a stage (县级骨干, 在校生数) is read by the school's type, but not
  // beside a column of the same figure for some stages only: next to 初中县级以上骨干教师数
  // alone, 县级骨干 may be a total or a mislabelled 小学 column, and is not guessed at (it
  // stays a candidate). With a column for every stage it fills their blank cells.
  for (const rule of rules) {
    const targets = rule.stageless;
    if (!targets || !m.fields.has(rule.field) || overridden.has(rule.field)) continue;
    const split = [targets.primary, targets.junior].map(
      (t) => t !== undefined && (m.fields.has(t) || m.unusable.has(t))
    );
    if (split[0] !== split[1]) m.fields.delete(rule.field);
  }

  for (const { column, rules: tied } of header.assignment.ambiguous) {
    if (takenByOverride.has(column.index)) continue;
    m.issues.push(
      tableIssue(
        "ambiguousHeader",
        { sheet: sheet.name, column: excelColumn(origin, column.index) },
        {
          header: column.display,
          labels: quotedList(
            tied.map((r) => r.label),
            ZH.core.mapping.and
          ),
          labelsEn: tied.map((r) => r.labelEn).join(", "),
        }
      )
    );
  }

  // Units: areas default to ㎡ (the statistics' unit); money must say 元 or 万元.
  for (const [field, resolved] of m.fields) {
    const { rule, column } = resolved;
    if (rule.kind !== "money" && rule.kind !== "area") continue;
    // The header's own unit first; then the units line under it (人 | ㎡ | 万元 …).
    let unit = headerUnit(rule.kind, column.parts);
    if (!unit && m.unitRow !== undefined) {
      const below = sheet.values[m.unitRow]?.[column.index];
      if (below !== undefined && below !== null)
        unit = headerUnit(rule.kind, [matchText(displayText(below))]);
    }
    if (unit) {
      resolved.unit = unit;
    } else if (rule.kind === "money") {
      const consequence = consequenceOf(rule);
      m.fields.delete(field);
      m.unusable.add(field);
      m.issues.push(
        tableIssue(
          "moneyUnitMissing",
          { sheet: sheet.name, column: resolved.letter, field },
          {
            label: rule.label,
            labelEn: rule.labelEn,
            header: column.display,
            consequence: consequence.zh,
            consequenceEn: consequence.en,
          }
        )
      );
    }
  }
  return m;
}

/** Columns that could be meant for a field nobody claimed: most key-term groups first. */
export function candidateColumns(m: SheetMapping, rule: FieldRule, limit = 5): HeaderColumn[] {
  const used = new Set<number>();
  for (const r of m.fields.values()) used.add(r.column.index);
  return m.header.block.columns
    .filter((c) => c.full !== "" && !used.has(c.index))
    .map((c) => ({ c, n: partialMatch(rule, c.full) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.c.index - b.c.index)
    .slice(0, limit)
    .map((x) => x.c);
}

/** A field the sheet needs but has no column for, and what follows from it. */
export interface MissingColumn {
  rule: FieldRule;
  /** Why it is needed, when that is not plain ("（表中有完全中学…）"). */
  reason?: Phrase;
  /** Which schools are left out for it. */
  consequence?: Phrase;
}

function missingColumnParams(m: SheetMapping, missing: MissingColumn) {
  const { rule } = missing;
  const reason = missing.reason ?? { zh: "", en: "" };
  const consequence = missing.consequence ?? consequenceOf(rule);
  const keywords = describeKeywords(rule);
  const candidates = describeColumns(m, candidateColumns(m, rule));
  return {
    label: rule.label,
    labelEn: rule.labelEn,
    reason: reason.zh,
    reasonEn: reason.en,
    keywords: keywords.zh,
    keywordsEn: keywords.en,
    template: rule.templateHeader,
    candidates: candidates.zh,
    candidatesEn: candidates.en,
    consequence: consequence.zh,
    consequenceEn: consequence.en,
  };
}

/** The error for a field the sheet needs but has no column for. */
export function missingColumnIssue(
  m: SheetMapping,
  rule: FieldRule,
  reason?: Phrase,
  consequence?: Phrase
): InputIssue {
  return tableIssue(
    "missingColumn",
    { sheet: m.sheet.name, field: rule.field },
    missingColumnParams(m, { rule, reason, consequence })
  );
}

/**
 * The errors for the fields a sheet has no column for: one message that lists
 * them all, each with its closest candidates, so that the user mends the header
 * once instead of once per column (issue 23). A single missing field keeps its
 * own message. `partial`: what the table still gives when only indicators'
 * columns are missing (a partial table: those indicators are not computed).
 */
export function missingColumnIssues(
  m: SheetMapping,
  missing: readonly MissingColumn[],
  partial?: Phrase
): InputIssue[] {
  if (missing.length === 0) return [];
  if (missing.length === 1) {
    const { rule, reason, consequence } = missing[0];
    const said = consequence ?? consequenceOf(rule);
    const issue = missingColumnIssue(
      m,
      rule,
      reason,
      partial ? { zh: said.zh + partial.zh, en: said.en + partial.en } : said
    );
    return [issue];
  }
  const items = missing.map((x, k) => missingColumnItem(k + 1, missingColumnParams(m, x)));
  const issue = tableIssue(
    "missingColumns",
    { sheet: m.sheet.name },
    {
      count: missing.length,
      list: items.map((i) => i.zh).join("；"),
      listEn: items.map((i) => i.en).join("; "),
      partial: partial?.zh ?? "",
      partialEn: partial?.en ?? "",
    }
  );
  issue.fields = missing.map((x) => x.rule.field);
  return [issue];
}
