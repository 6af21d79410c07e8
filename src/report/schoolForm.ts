/**
 * The one-school form (一校一表, issue 23 §6) as data: the county template's school columns
 * (templateSpec) turned into rows — 填报项目 | 单位 | 填报值 | 说明 — with the same drop-down
 * lists, number formats and "不小于 0" checks, for a county to send one to each school and
 * collect back with `edu-balance collect`. Host-neutral; ./xlsx/schoolForm.ts writes it.
 */
import { schoolFieldRules, type StandardsProfile } from "../core";
import { fill, ZH } from "../i18n";
import {
  COUNTY_TEMPLATE_LISTS,
  TEMPLATE_LISTS,
  templateNumberFormat,
  templateSpec,
  type TemplateRule,
} from "./template";

export interface SchoolFormItem {
  field: string;
  /** 填报项目: the template's header without its unit. */
  label: string;
  /** 单位: the unit in the template's header, or what the figure is counted in. */
  unit: string;
  /** The value cell's number format (text, whole number, two decimals). */
  numFmt: string;
  /** What the value cell accepts; none for free text. */
  rule?: TemplateRule;
  /** 说明. */
  note: string;
}

export interface SchoolFormSpec {
  sheet: string;
  title: string;
  /** One line under the title, in no item's words (so it is never read as an item). */
  lead: string;
  headers: readonly [string, string, string, string];
  /** 1-based sheet row of the first item (title, lead and header above it). */
  firstRow: number;
  items: SchoolFormItem[];
}

const T = ZH.tools.schoolForm;

export const SCHOOL_FORM_SHEET = T.sheet;
/** Column widths (characters): 填报项目, 单位, 填报值, 说明. */
export const SCHOOL_FORM_WIDTHS = [36, 8, 24, 46];

/** The unit a figure is counted in when the template's header does not say it. */
function unitOf(field: string, kind: string | undefined): string {
  if (kind === "yesNo") return T.units.yesNo;
  if (kind === "year") return T.units.year;
  if (kind === "roomAreas") return "㎡";
  if (kind !== "count") return "";
  if (/Classes$/.test(field)) return T.units.classes;
  if (field === "grades") return T.units.grades;
  if (/Rooms/.test(field)) return T.units.rooms;
  return T.units.people;
}

const NOTES: Readonly<Record<string, string>> = T.notes;

function itemRule(
  field: string,
  kind: string | undefined,
  label: string,
  row: number
): TemplateRule | undefined {
  const list =
    TEMPLATE_LISTS[field] ?? (kind === "yesNo" ? COUNTY_TEMPLATE_LISTS.yesNo : undefined);
  if (list)
    return {
      kind: "list",
      values: list,
      title: label,
      message: fill(T.chooseFromList, { values: list.join("、") }),
    };
  if (kind === "count" || kind === "area" || kind === "money" || kind === "year")
    return { kind: "atLeastZero", title: label, message: fill(T.atLeastZero, { row }) };
  return undefined;
}

/** The one-school form of a profile: the items of its county template, in the template's order. */
export function schoolFormSpec(profile?: StandardsProfile): SchoolFormSpec {
  const t = templateSpec(profile);
  const rules = schoolFieldRules(profile);
  const firstRow = 4;
  const items = t.school.map((col, i): SchoolFormItem => {
    const rule = rules.find((r) => r.field === col.field);
    const m = /^(.*)（([^（）]*)）$/.exec(col.header);
    const label = m ? m[1] : col.header;
    const unit = m ? m[2] : unitOf(col.field, rule?.kind);
    const optional = rule?.optional === true;
    const note = [NOTES[col.field], optional ? T.optional : ""].filter((s) => s).join("；");
    const item: SchoolFormItem = {
      field: col.field,
      label,
      unit,
      numFmt: rule?.kind === "roomAreas" ? "@" : templateNumberFormat(col.field),
      note,
    };
    const r = itemRule(col.field, rule?.kind, label, firstRow + i);
    if (r) item.rule = r;
    return item;
  });
  return {
    sheet: SCHOOL_FORM_SHEET,
    title: T.title,
    lead: T.lead,
    headers: [T.headerItem, T.headerUnit, T.headerValue, T.headerNote],
    firstRow,
    items,
  };
}
