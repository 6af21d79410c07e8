/**
 * The empty data template (template.md §1–2): the reader's own header texts,
 * drop-down lists where the reader accepts only a few words, number formats that
 * match each column's unit, and a frozen header row.
 */
import {
  type CountyValueKind,
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
} from "../../core";
import { columnLetter } from "./address";
import { planReportSheets } from "./write";
import { applyFormat, STYLE_FORMATS } from "./styles";
import type { CountyTemplate, TemplateColumn, TemplateResult } from "./types";

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

function templateWidth(header: string): number {
  // CJK characters are about two Latin characters wide.
  return Math.min(Math.max(header.length * 2 + 2, 10), 30);
}

function writeTemplateSheet(ws: Excel.Worksheet, columns: TemplateColumn[]): void {
  if (columns.length === 0) return;
  const header = ws.getRangeByIndexes(0, 0, 1, columns.length);
  header.values = [columns.map((c) => c.header)];
  applyFormat(header, STYLE_FORMATS.header);
  const formats = columns.map((c) => templateNumberFormat(c.field));
  ws.getRangeByIndexes(1, 0, TEMPLATE_ROWS, columns.length).numberFormat = Array.from(
    { length: TEMPLATE_ROWS },
    () => formats
  );
  columns.forEach((col, c) => {
    const body = ws.getRangeByIndexes(1, c, TEMPLATE_ROWS, 1);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth =
      (templateWidth(col.header) * 7 + 5) * 0.75;
    const list = TEMPLATE_LISTS[col.field];
    if (list) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: col.header,
        message: `请从列表中选择：${list.join("、")}`,
      };
    } else if (!TEXT_FIELDS.has(col.field)) {
      body.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: col.header,
        message: `请输入不小于 0 的数（列 ${columnLetter(c)}）。`,
      };
    }
  });
  ws.freezePanes.freezeRows(1);
}

/** The words a county figure's drop-down offers: what the county reader parses (src/core/table/county.ts). */
export const COUNTY_TEMPLATE_LISTS: Readonly<Partial<Record<CountyValueKind, readonly string[]>>> =
  {
    yesNo: ["是", "否"],
    occurred: ["有", "无"],
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
      return label.includes("万人") ? "0.00" : "0";
    case "count":
      return "0";
    default:
      return "@";
  }
}

/** Column widths of the county sheet (characters): 指标, 数值, 说明或佐证. */
const COUNTY_WIDTHS = [64, 14, 44];

/** The county sheet: one figure a row (指标 / 数值 / 说明或佐证), section rows across, drop-downs for 是/否, 有/无 and levels. */
function writeCountyTemplateSheet(ws: Excel.Worksheet, t: CountyTemplate): void {
  const width = t.headers.length;
  const values = [
    t.headers,
    ...t.rows.map((r) => [
      r.kind === "section" ? r.text : r.label,
      ...Array.from({ length: width - 1 }, () => ""),
    ]),
  ];
  const formats = [
    t.headers.map(() => "@"),
    ...t.rows.map((r) =>
      t.headers.map((_, c) =>
        c === 1 && r.kind === "figure" ? countyValueFormat(r.value, r.label) : "@"
      )
    ),
  ];
  const block = ws.getRangeByIndexes(0, 0, values.length, width);
  block.numberFormat = formats;
  block.values = values;
  block.format.verticalAlignment = "Center";
  applyFormat(ws.getRangeByIndexes(0, 0, 1, width), STYLE_FORMATS.header);
  t.rows.forEach((r, i) => {
    const row = i + 1;
    if (r.kind === "section") {
      const range = ws.getRangeByIndexes(row, 0, 1, width);
      range.merge(false);
      applyFormat(range, STYLE_FORMATS.total);
      return;
    }
    const cell = ws.getRangeByIndexes(row, 1, 1, 1);
    const list = COUNTY_TEMPLATE_LISTS[r.value];
    if (list) {
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      cell.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: t.headers[1],
        message: `请从列表中选择：${list.join("、")}`,
      };
    } else {
      cell.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      cell.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: t.headers[1],
        message: `请输入不小于 0 的数（第 ${row + 1} 行）。`,
      };
    }
  });
  COUNTY_WIDTHS.slice(0, width).forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = (w * 7 + 5) * 0.75;
  });
  ws.getRangeByIndexes(0, 0, values.length, 1).format.wrapText = true;
  ws.freezePanes.freezeRows(1);
}

/**
 * Adds the school template sheet, the class template sheet and, when asked, the
 * county sheet (names get a suffix rather than touch an existing sheet). Two syncs.
 */
export async function createTemplate(
  context: Excel.RequestContext,
  school: TemplateColumn[],
  classes: TemplateColumn[],
  county?: CountyTemplate
): Promise<TemplateResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  await context.sync();
  const wanted = [
    { id: "templateSchools", name: "学校基础数据", columns: [], rows: [] },
    { id: "templateClasses", name: "班级", columns: [], rows: [] },
  ];
  if (county) wanted.push({ id: "templateCounty", name: county.name, columns: [], rows: [] });
  const [schoolPlan, classPlan, countyPlan] = planReportSheets(
    { sheets: wanted },
    sheets.items.map((s) => ({ name: s.name, position: s.position })),
    new Map()
  );
  const schoolSheet = sheets.add(schoolPlan.name);
  writeTemplateSheet(schoolSheet, school);
  const classSheet = sheets.add(classPlan.name);
  writeTemplateSheet(classSheet, classes);
  if (county && countyPlan) writeCountyTemplateSheet(sheets.add(countyPlan.name), county);
  schoolSheet.activate();
  schoolSheet.getRange("A2").select();
  await context.sync();
  const made: TemplateResult = { schoolSheet: schoolPlan.name, classSheet: classPlan.name };
  if (countyPlan) made.countySheet = countyPlan.name;
  return made;
}
