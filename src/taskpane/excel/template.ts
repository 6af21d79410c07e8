/**
 * The empty data template written into the open workbook with Office.js. What it holds (the
 * reader's own header texts, drop-down lists where the reader accepts only a few words, number
 * formats that match each column's unit, a frozen header row) is src/report/template.ts, which
 * the offline page's downloaded template is written from too.
 */
import {
  COUNTY_WIDTHS,
  countyFigureRule,
  countyValueFormat,
  TEMPLATE_ROWS,
  templateColumnRule,
  templateNumberFormat,
  type TemplateRule,
  templateWidth,
} from "../../report";
import { TEMPLATE_SHEET_NAMES } from "../../core";
import { columnLetter } from "./address";
import { planReportSheets } from "./write";
import { applyFormat, STYLE_FORMATS } from "./styles";
import type { CountyTemplate, TemplateColumn, TemplateResult } from "../../ui/gateway";

export {
  COUNTY_TEMPLATE_LISTS,
  countyValueFormat,
  TEMPLATE_LISTS,
  TEMPLATE_ROWS,
  templateNumberFormat,
} from "../../report";

/** A template rule as Office.js data validation. */
function validate(range: Excel.Range, rule: TemplateRule): void {
  range.dataValidation.rule =
    rule.kind === "list"
      ? { list: { inCellDropDown: true, source: rule.values.join(",") } }
      : { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: rule.title,
    message: rule.message,
  };
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
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth =
      (templateWidth(col.header) * 7 + 5) * 0.75;
    const rule = templateColumnRule(col, columnLetter(c));
    if (rule) validate(ws.getRangeByIndexes(1, c, TEMPLATE_ROWS, 1), rule);
  });
  ws.freezePanes.freezeRows(1);
}

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
    validate(ws.getRangeByIndexes(row, 1, 1, 1), countyFigureRule(r.value, t.headers[1], row + 1));
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
    { id: "templateSchools", name: TEMPLATE_SHEET_NAMES.school, columns: [], rows: [] },
    { id: "templateClasses", name: TEMPLATE_SHEET_NAMES.class, columns: [], rows: [] },
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
