/**
 * The empty data template (template.md §1–2) as data: its sheets, headers (the reader's own,
 * templateHeaders()), number formats, drop-down lists and column widths. Host-neutral: the
 * task pane writes it into the open workbook with Office.js (src/taskpane/excel/template.ts),
 * the offline page offers it as a downloaded .xlsx (./xlsx/template.ts), so both templates are
 * the same.
 */
import {
  countyTemplateRows,
  type CountyValueKind,
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
  type StandardsProfile,
  templateHeaders,
} from "../core";
import { fill, ZH } from "../i18n";

const T = ZH.report.template;

export interface TemplateColumn {
  field: string;
  header: string;
}

/** The county sheet of the template (countyTemplateRows() in the core). */
export interface CountyTemplate {
  name: string;
  headers: string[];
  rows: (
    { kind: "section"; text: string } | { kind: "figure"; label: string; value: CountyValueKind }
  )[];
}

/** The template's school and class sheets (names as the core's TEMPLATE_SHEET_NAMES) and its county sheet, for a profile. */
export interface TemplateSpec {
  schoolSheet: string;
  school: TemplateColumn[];
  classSheet: string;
  classes: TemplateColumn[];
  county: CountyTemplate;
}

export function templateSpec(profile?: StandardsProfile): TemplateSpec {
  const h = templateHeaders(profile);
  const zip = (s: { headers: string[]; fields: string[] }): TemplateColumn[] =>
    s.fields.map((field, i) => ({ field, header: s.headers[i] }));
  const c = countyTemplateRows();
  return {
    schoolSheet: h.schoolSheet.name,
    school: zip(h.schoolSheet),
    classSheet: h.classSheet.name,
    classes: zip(h.classSheet),
    county: {
      name: c.name,
      headers: c.headers,
      rows: c.rows.map((r) =>
        r.kind === "section"
          ? { kind: "section", text: r.text }
          : { kind: "figure", label: r.label, value: r.value }
      ),
    },
  };
}

/** Rows prepared below the header (validation and formats); a county has far fewer schools. */
export const TEMPLATE_ROWS = 2000;

/** The words a drop-down offers: exactly what the reader parses (vocabulary.ts). 职业学校 is outside 义务教育. */
export const TEMPLATE_LISTS: Readonly<Record<string, readonly string[]>> = {
  type: (
    ["primary", "junior", "nineYear", "complete", "twelveYear", "teachingPoint", "special"] as const
  ).map((t) => SCHOOL_TYPE_NAMES[t]),
  locale: Object.values(LOCALE_NAMES),
  ownership: Object.values(OWNERSHIP_NAMES),
  stage: Object.values(STAGE_NAMES),
};

const TEXT_FIELDS = new Set([
  "name",
  "code",
  "group",
  "school",
  "className",
  "type",
  "locale",
  "ownership",
  "stage",
]);
/** Areas (㎡) and money (万元) take decimals; counts of people, classes and rooms do not. */
const DECIMAL_FIELDS = new Set([
  "teachingArea",
  "indoorSportsArea",
  "outdoorSportsArea",
  "equipmentValue",
]);

export function templateNumberFormat(field: string): string {
  if (TEXT_FIELDS.has(field)) return "@";
  if (DECIMAL_FIELDS.has(field)) return "0.00";
  return "0";
}

/** A template column's width in characters (CJK characters are about two Latin characters wide). */
export function templateWidth(header: string): number {
  return Math.min(Math.max(header.length * 2 + 2, 10), 30);
}

/** What a cell of the template accepts: a word from a list, or a number ≥ 0; with the alert's text. */
export type TemplateRule =
  | { kind: "list"; values: readonly string[]; title: string; message: string }
  | { kind: "atLeastZero"; title: string; message: string };

function listRule(values: readonly string[], title: string): TemplateRule {
  return {
    kind: "list",
    values,
    title,
    message: fill(T.chooseFromList, { values: values.join("、") }),
  };
}

/** The rule of a school or class column's data cells (`letter` names the column in the alert); none for free text. */
export function templateColumnRule(col: TemplateColumn, letter: string): TemplateRule | undefined {
  const list = TEMPLATE_LISTS[col.field];
  if (list) return listRule(list, col.header);
  if (TEXT_FIELDS.has(col.field)) return undefined;
  return {
    kind: "atLeastZero",
    title: col.header,
    message: fill(T.atLeastZeroColumn, { letter }),
  };
}

/** The words a county figure's drop-down offers: what the county reader parses (src/core/table/county.ts). */
export const COUNTY_TEMPLATE_LISTS: Readonly<Partial<Record<CountyValueKind, readonly string[]>>> =
  {
    yesNo: T.recognise.yesNo,
    occurred: T.recognise.occurred,
    level: ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"],
  };

/**
 * A county figure's number format, as the example county's sheet has it: shares as
 * percentages (typing 96.5 in such a cell gives 96.5%), 万元 and 万人 with decimals,
 * words as text.
 */
export function countyValueFormat(kind: CountyValueKind, label: string): string {
  switch (kind) {
    case "rate":
      return "0.00%";
    case "ratio":
      return "0.00";
    case "money":
      return "0.00";
    case "people":
      return label.includes(T.recognise.tenThousandPeople) ? "0.00" : "0";
    case "count":
      return "0";
    default:
      return "@";
  }
}

/** The rule of a county figure's value cell, on 1-based sheet row `row`. */
export function countyFigureRule(kind: CountyValueKind, title: string, row: number): TemplateRule {
  const list = COUNTY_TEMPLATE_LISTS[kind];
  if (list) return listRule(list, title);
  return { kind: "atLeastZero", title, message: fill(T.atLeastZeroRow, { row }) };
}

/** Column widths of the county sheet (characters): 指标, 数值, 说明或佐证. */
export const COUNTY_WIDTHS = [64, 14, 44];
