/**
 * The one-school form (一校一表, issue 23 §6) as data: the county template's school columns
 * (templateSpec) turned into rows — 填报项目 | 单位 | 填报值 | 说明 — with the same drop-down
 * lists, number formats and "不小于 0" checks, for a county to send one to each school and
 * collect back with `edu-balance collect`. Host-neutral; ./xlsx/schoolForm.ts writes it.
 */
import { schoolFieldRules, type StandardsProfile } from "../core";
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

export const SCHOOL_FORM_SHEET = "学校填报表";
/** Column widths (characters): 填报项目, 单位, 填报值, 说明. */
export const SCHOOL_FORM_WIDTHS = [36, 8, 24, 46];

/** The unit a figure is counted in when the template's header does not say it. */
function unitOf(field: string, kind: string | undefined): string {
  if (kind === "yesNo") return "是/否";
  if (kind === "year") return "年";
  if (kind === "roomAreas") return "㎡";
  if (kind !== "count") return "";
  if (/Classes$/.test(field)) return "个";
  if (field === "grades") return "个";
  if (/Rooms/.test(field)) return "间";
  return "人";
}

const NOTES: Readonly<Record<string, string>> = {
  name: "学校全称，与县里的学校名单一致",
  type: "从下拉列表中选择",
  ownership: "从下拉列表中选择（公办或民办）",
  locale: "从下拉列表中选择（城区、镇区或乡村）",
  group: "所属学区或教育集团的名称；没有可不填",
  primaryStudents: "没有小学学生时填 0",
  juniorStudents: "没有初中学生时填 0",
  seniorStudents: "只有完全中学、十二年一贯制学校填写，其他学校填 0 或不填",
  indoorSportsArea: "已包含在教学及辅助用房面积中",
  equipmentValue: "以万元为单位，如 125.5",
  sponsor: "代码 1–10 或名称（如 7 或“县级教育部门”）",
  musicRoomAreas: "每间一个数，用逗号分开，如 96,80",
  artRoomAreas: "每间一个数，用逗号分开，如 90,70",
  builtYear: "四位年份，如 2008",
};

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
      message: `请从列表中选择：${list.join("、")}`,
    };
  if (kind === "count" || kind === "area" || kind === "money" || kind === "year")
    return { kind: "atLeastZero", title: label, message: `请输入不小于 0 的数（第 ${row} 行）。` };
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
    const note = [NOTES[col.field], optional ? "可不填" : ""].filter((s) => s).join("；");
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
    title: "学校基础数据填报表（每校一份）",
    lead: "只在「填报值」一列填写，计量单位见「单位」列；请勿改动「填报项目」列，也不要增删行。填好后交回县教育局汇总。",
    headers: ["填报项目", "单位", "填报值", "说明"],
    firstRow,
    items,
  };
}
