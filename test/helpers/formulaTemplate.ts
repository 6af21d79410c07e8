/**
 * The formula template (template --formulas) filled in as a county would: the example
 * county's schools and classes (examples/county-template.xlsx) copied into the template's
 * data sheets by header, with exceljs, the 测算 sheet's formulas kept. And what the CLI's
 * core says of the same file, to compare with.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { readXlsx } from "../../src/cli/xlsx";
import { templateSpec } from "../../src/report";
import { formulaTemplateSheet } from "../../src/report/xlsx";
import { templateToXlsxBytes } from "../../src/report/xlsx";
import { NATIONAL_2017 } from "../../src/core/profiles";

export const EXAMPLE = path.join(__dirname, "../../examples/county-template.xlsx");
const EXPECTED = path.join(__dirname, "../../examples/expected.json");

export async function filledFormulaTemplate(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await templateToXlsxBytes(NATIONAL_2017, { formulas: true })) as unknown as ArrayBuffer
  );
  const example = new ExcelJS.Workbook();
  await example.xlsx.readFile(EXAMPLE);
  for (const name of [templateSpec().schoolSheet, templateSpec().classSheet]) {
    const from = example.getWorksheet(name);
    const to = wb.getWorksheet(name);
    if (!from || !to) throw new Error(`no sheet ${name}`);
    const headerCol = new Map<string, number>();
    to.getRow(1).eachCell((c, col) => headerCol.set(String(c.value), col));
    const fromHeaders: (number | undefined)[] = [];
    from.getRow(1).eachCell((c, col) => (fromHeaders[col] = headerCol.get(String(c.value))));
    for (let r = 2; r <= from.rowCount; r++)
      from.getRow(r).eachCell((c, col) => {
        const target = fromHeaders[col];
        if (target !== undefined) to.getCell(r, target).value = c.value;
      });
  }
  return wb;
}

export function layout() {
  return formulaTemplateSheet(templateSpec(), NATIONAL_2017).layout;
}

/** The CLI's assessment of the example county (what examples/expected.json holds). */
export async function exampleAssessment() {
  return evaluate(readWorkbook(await readXlsx(EXAMPLE))).assessment;
}

/** A computed cell of the 测算 sheet (0-based row and column): a number, a string, undefined when empty, or { error }. */
export type CellReader = (row: number, col: number) => unknown;

/**
 * What differs between the 测算 sheet as computed and the CLI's assessment: every county mean
 * and CV (to 1e-9 relative), every school's met count and verdict per stage, which schools are
 * counted, the class and school size figures. An empty list when they agree.
 */
export async function differences(cell: CellReader): Promise<string[]> {
  const L = layout();
  const a = await exampleAssessment();
  const out: string[] = [];
  const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8")) as {
    stages: Record<string, { indicators: Record<string, { countyValue: number; cv: number }> }>;
  };
  const near = (x: unknown, want: number) =>
    typeof x === "number" && Math.abs(x - want) <= 1e-9 * Math.abs(want);
  for (const s of ["primary", "junior"] as const)
    for (const c of L.county[s]) {
      const e = a.stages[s].indicators[c.indicator as keyof typeof a.stages.primary.indicators];
      const mean = cell(c.row, c.meanCol);
      const cv = cell(c.row, c.cvCol);
      if (!e || e.countyValue === null || !near(mean, e.countyValue))
        out.push(`${s} ${c.indicator} mean ${String(mean)} ≠ ${e?.countyValue}`);
      if (!e || e.cv === null || !near(cv, e.cv))
        out.push(`${s} ${c.indicator} CV ${String(cv)} ≠ ${e?.cv}`);
      // And the published figures a new user compares with: examples/expected.json's.
      const published = expected.stages[s].indicators[c.indicator];
      if (!published || !near(mean, published.countyValue) || !near(cv, published.cv))
        out.push(`${s} ${c.indicator} ≠ examples/expected.json (${String(mean)}, ${String(cv)})`);
    }
  const rowOf = new Map<string, number>();
  for (let k = 0; k < 300; k++) {
    const name = cell(L.firstSchoolRow + k, L.nameCol);
    if (typeof name === "string" && name !== "") rowOf.set(name, L.firstSchoolRow + k);
  }
  for (const s of ["primary", "junior"] as const) {
    const cols = L.stageCols[s];
    const counted = [...rowOf.entries()]
      .filter(([, r]) => typeof cell(r, cols.students) === "number")
      .map(([n]) => n)
      .sort();
    const want = a.stages[s].schools.map((x) => x.name).sort();
    if (counted.join() !== want.join()) out.push(`${s} counted ${counted} ≠ ${want}`);
    for (const school of a.stages[s].schools) {
      const r = rowOf.get(school.name) ?? -1;
      const met = cell(r, cols.metCount as number);
      const verdict = cell(r, cols.verdict as number);
      const wantVerdict = school.passes ? L.words.pass : L.words.fail;
      if (met !== school.metCount || verdict !== wantVerdict)
        out.push(
          `${s} ${school.name}: ${String(met)} ${String(verdict)} ≠ ${school.metCount} ${wantVerdict}`
        );
    }
  }
  const cs = a.classSize;
  if (!cs) out.push("no class sizes in the CLI's assessment");
  else
    (["primary", "junior"] as const).forEach((s, i) => {
      const col = i + 1;
      const want = {
        classes: cs[s].classes,
        overLimit: cs[s].overLimit,
        large: cs[s].largeClasses,
        superLarge: cs[s].superLargeClasses,
      };
      for (const [k, row] of Object.entries(L.classRows)) {
        const got = cell(row, col);
        if (got !== want[k as keyof typeof want])
          out.push(`${s} ${k} ${String(got)} ≠ ${want[k as keyof typeof want]}`);
      }
    });
  if (cell(L.oversizedRow, 1) !== a.oversizedSchools.length)
    out.push(`oversized ${String(cell(L.oversizedRow, 1))} ≠ ${a.oversizedSchools.length}`);
  return out;
}
