/**
 * The 申报表 that shows its working (issue 27 §3, buildReport({ formulas: true }), working.ts),
 * checked on the model the writers render: every formula uses only the plain functions Excel
 * 2010, WPS 表格 and LibreOffice share, fits Excel's 8,192 characters, refers to cells that exist
 * and hold what it computes over, and 表Ⅱ-2's cells refer to the 数据 row of their own school
 * and stage; the workbook is otherwise the plain 申报表, cell for cell and style for style; a
 * word in the table (缺列未计算, ——) never carries a formula; and a school whose figures an
 * allowance of the 认定规程 changed keeps plain values, its 数据 row saying why.
 * LibreOffice computing these formulas: test/report/workingLibreOffice.test.ts.
 */
import { evaluate, type Evaluation } from "../../src/core";
import { BASIC_2012, NATIONAL_2017_ALLOWANCES } from "../../src/core/profiles";
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { STAGE_NAMES } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/cli/xlsx";
import { ZH } from "../../src/i18n";
import { buildReport } from "../../src/report";
import type { ReportCell, ReportSheet, ReportWorkbook } from "../../src/report/model";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import { WORKING_SHEET_NAME } from "../../src/report/working";
import { goldenInput } from "../helpers/goldenXlsx";
import { EXAMPLE } from "../helpers/formulaTemplate";
import { primary1000, school } from "../helpers/records";

const W = ZH.report.working;
const ALLOWED = new Set(["SUMPRODUCT", "SUM", "SQRT", "COUNT", "COUNTIF"]);
/** A reference: an optional quoted sheet name, a cell, and an optional end of a range. */
const REF = /(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

interface Ref {
  sheet: string;
  row: number;
  col: number;
  /** Inclusive end of a range (the cell itself for a single cell). */
  lastRow: number;
  lastCol: number;
}

/** The references of a formula written on `home`, 0-based. */
function refsOf(formula: string, home: string): Ref[] {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...noStrings.matchAll(REF)].map((m) => {
    const row = Number(m[3]) - 1;
    const col = colIndex(m[2]);
    return {
      sheet: m[1] === undefined ? home : m[1].replace(/''/g, "'"),
      row,
      col,
      lastRow: m[5] === undefined ? row : Number(m[5]) - 1,
      lastCol: m[4] === undefined ? col : colIndex(m[4]),
    };
  });
}

interface FormulaCell {
  sheet: ReportSheet;
  row: number;
  col: number;
  cell: ReportCell;
  formula: string;
}

function formulaCells(wb: ReportWorkbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of wb.sheets)
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.formula !== undefined) out.push({ sheet, row: r, col, cell: c, formula: c.formula });
      })
    );
  return out;
}

/** What is wrong with the workbook's formulas: functions, length, references, cached values. */
function formulaProblems(wb: ReportWorkbook): string[] {
  const bad: string[] = [];
  const byName = new Map(wb.sheets.map((s) => [s.name, s]));
  for (const f of formulaCells(wb)) {
    const at = `${f.sheet.name}!R${f.row + 1}C${f.col + 1}`;
    if (f.formula.length > 8192) bad.push(`${at}: ${f.formula.length} characters`);
    if (f.formula.startsWith("=")) bad.push(`${at}: starts with =`);
    if (typeof f.cell.value !== "number" || !Number.isFinite(f.cell.value))
      bad.push(`${at}: cached value ${String(f.cell.value)}`);
    // What is left once strings, references and allowed function names are taken out: arithmetic only.
    const names = [...f.formula.replace(/"(?:[^"]|"")*"/g, "").matchAll(/([A-Za-z_][\w.]*)\s*\(/g)]
      .map((m) => m[1])
      .filter((name) => !ALLOWED.has(name));
    if (names.length > 0) bad.push(`${at}: functions ${names.join(", ")}`);
    const rest = f.formula
      .replace(/"(?:[^"]|"")*"/g, "")
      .replace(REF, "")
      .replace(/\b(SUMPRODUCT|SUM|SQRT|COUNTIF|COUNT)\(/g, "(");
    if (!/^[\d.+\-*/^()<>=,\s]*$/.test(rest)) bad.push(`${at}: left over ${rest}`);
    const countif = /^COUNTIF\(/.test(f.formula);
    for (const ref of refsOf(f.formula, f.sheet.name)) {
      const target = byName.get(ref.sheet);
      if (!target) {
        bad.push(`${at}: no sheet ${ref.sheet}`);
        continue;
      }
      for (let r = ref.row; r <= ref.lastRow; r++)
        for (let c = ref.col; c <= ref.lastCol; c++) {
          const v = target.rows[r]?.[c]?.value;
          // COUNTIF counts the verdict words; everything else computes over numbers.
          const ok = countif ? typeof v === "string" && v !== "" : typeof v === "number";
          if (!ok) bad.push(`${at} → ${ref.sheet}!R${r + 1}C${c + 1}: ${String(v)}`);
        }
    }
  }
  return bad;
}

/** The workbook without its formulas: what the plain 申报表 must equal. */
function withoutFormulas(sheets: readonly ReportSheet[]): unknown {
  return JSON.parse(
    JSON.stringify(sheets, (key, value: unknown) => (key === "formula" ? undefined : value))
  );
}

const sheetOf = (wb: ReportWorkbook, id: string): ReportSheet => {
  const s = wb.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
};

/** The stage whose section a 表Ⅱ-2 row is in (the section's title row above it). */
function stageSection(sheet: ReportSheet, row: number): string | undefined {
  const names = Object.values(STAGE_NAMES) as string[];
  for (let r = row; r >= 0; r--) {
    const v = sheet.rows[r]?.[0]?.value;
    if (typeof v === "string" && names.includes(v) && sheet.rows[r].length === 1) return v;
  }
  return undefined;
}

let example: Evaluation;
beforeAll(async () => {
  example = evaluate(readWorkbook(await readXlsx(EXAMPLE)));
});

describe("the example county's 申报表 with formulas", () => {
  let plain: ReportWorkbook;
  let working: ReportWorkbook;
  beforeAll(() => {
    plain = buildReport(example);
    working = buildReport(example, { formulas: true });
  });

  test("formulas on 表Ⅱ-1, 表Ⅱ-2 and 表Ⅲ only; plain functions, ≤ 8,192 characters, every reference a cell that holds a number", () => {
    const cells = formulaCells(working);
    const perSheet = new Map<string, number>();
    for (const f of cells) perSheet.set(f.sheet.id, (perSheet.get(f.sheet.id) ?? 0) + 1);
    expect([...perSheet.keys()].sort()).toEqual(["formII1", "formII2", "formIII"]);
    // 表Ⅱ-2: students and 7 values of each of the 45 school rows; 表Ⅲ: mean and CV of 7 indicators per stage.
    const rows = example.assessment.stages;
    const schools = rows.primary.schools.length + rows.junior.schools.length;
    expect(perSheet.get("formII2")).toBe(schools * 8);
    expect(perSheet.get("formIII")).toBe(2 * 2 * 7);
    expect(formulaProblems(working)).toEqual([]);
  });

  test("every sheet's values and styles are the plain 申报表's; only the formulas and the last sheet, 数据, are added", () => {
    expect(working.sheets.length).toBe(plain.sheets.length + 1);
    const last = working.sheets[working.sheets.length - 1];
    expect(last.name).toBe(WORKING_SHEET_NAME);
    expect(withoutFormulas(working.sheets.slice(0, -1))).toEqual(withoutFormulas(plain.sheets));
    expect(formulaCells(plain)).toEqual([]);
  });

  test("each 表Ⅱ-2 cell refers to the 数据 row of its own school and stage, and computes its value from it", () => {
    const f2 = sheetOf(working, "formII2");
    const data = working.sheets[working.sheets.length - 1];
    let checked = 0;
    for (const f of formulaCells(working).filter((x) => x.sheet === f2)) {
      const refs = refsOf(f.formula, f2.name);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref.sheet).toBe(WORKING_SHEET_NAME);
        const row = data.rows[ref.row];
        const name = String(row[1]?.value);
        const part = String(f2.rows[f.row][1]?.value);
        // 一贯制 and 完全中学 are split: 表Ⅱ-2 names the part (县实验学校（小学部）).
        expect(part === name || part.startsWith(`${name}（`)).toBe(true);
        expect(row[0]?.value).toBe(stageSection(f2, f.row));
      }
      // students: the 数据 row's students; a value: its numerator ÷ its students (× 100).
      const [numerator, students] = refs.map((r) => data.rows[r.row][r.col]?.value as number);
      const want =
        refs.length === 1
          ? numerator
          : f.formula.endsWith("*100")
            ? (numerator / students) * 100
            : numerator / students;
      expect(f.cell.value).toBe(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  test("表Ⅲ's mean and CV of a stage run over exactly that stage's school rows of 表Ⅱ-2; 表Ⅱ-1's counts over the same rows and 数据's thresholds", () => {
    const f2 = sheetOf(working, "formII2");
    const data = working.sheets[working.sheets.length - 1];
    for (const id of ["formIII", "formII1"]) {
      const sheet = sheetOf(working, id);
      for (const f of formulaCells(working).filter((x) => x.sheet === sheet)) {
        // The stage is named on the first of its two rows (达标校数 / 全县平均值).
        const stageLabel = String(sheet.rows[f.row][0]?.value || sheet.rows[f.row - 1][0]?.value);
        for (const ref of refsOf(f.formula, sheet.name)) {
          if (ref.sheet === sheet.name) continue; // the mean of the CV, the count of the share
          if (ref.sheet === WORKING_SHEET_NAME) {
            // A threshold of the stage's row, or the tolerance.
            const label = data.rows[ref.row][1]?.value;
            expect([W.threshold, W.tolerance]).toContain(label);
            if (label === W.threshold) expect(stageLabel).toContain(data.rows[ref.row][0]?.value);
            continue;
          }
          expect(ref.sheet).toBe(OFFICIAL_SHEET_NAMES.formII2);
          const stages = new Set<string | undefined>();
          for (let r = ref.row; r <= ref.lastRow; r++) stages.add(stageSection(f2, r));
          expect(stages.size).toBe(1);
          const stage = [...stages][0] ?? "";
          expect(stageLabel).toContain(stage);
          // The whole stage: the rows just above and below are not its schools.
          const count = (
            Object.entries(STAGE_NAMES).find(([, n]) => n === stage)?.[0] === "primary"
              ? example.assessment.stages.primary
              : example.assessment.stages.junior
          ).schools.length;
          expect(ref.lastRow - ref.row + 1).toBe(count);
        }
      }
    }
  });
});

describe("where the table shows a word, no formula", () => {
  test("basic-2012 (no thresholds): CVs and values are formulas, 表Ⅱ-1 has no counts to compute and 数据 no thresholds", () => {
    const ev = evaluate(goldenInput("33-cv-worked-example").sheets as SheetCells[], {
      profile: BASIC_2012,
    });
    const wb = buildReport(ev, { formulas: true });
    expect(formulaProblems(wb)).toEqual([]);
    const cells = formulaCells(wb);
    expect(cells.some((f) => f.sheet.id === "formIII")).toBe(true);
    expect(cells.some((f) => f.sheet.id === "formII1")).toBe(false);
    const data = wb.sheets[wb.sheets.length - 1];
    expect(data.rows.some((r) => r[1]?.value === W.threshold)).toBe(false);
    // Every cell that holds a word in the plain 申报表 holds the same word and no formula.
    const plain = buildReport(ev);
    plain.sheets.forEach((sheet, i) =>
      sheet.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (typeof c?.value === "string")
            expect(wb.sheets[i].rows[r][col]?.formula).toBeUndefined();
        })
      )
    );
  });

  test("a table without some indicators' columns: 缺列未计算 cells and their 表Ⅲ columns stay words, the other indicators are formulas", () => {
    const ev = evaluate(goldenInput("34-partial-2017").sheets as SheetCells[]);
    const missing = ev.assessment.stages.primary.missingIndicators ?? [];
    expect(missing.length).toBeGreaterThan(0);
    const wb = buildReport(ev, { formulas: true });
    expect(formulaProblems(wb)).toEqual([]);
    const ids = ev.assessment.indicators;
    const f2 = sheetOf(wb, "formII2");
    const f3 = sheetOf(wb, "formIII");
    let words = 0;
    let formulas = 0;
    for (const sheet of [f2, f3]) {
      const first = sheet === f2 ? 6 : 2;
      for (const row of sheet.rows)
        ids.forEach((id, i) => {
          const c = row[first + i];
          if (!c) return;
          if (typeof c.value === "string" && c.value !== "" && missing.includes(id)) {
            expect(c.formula).toBeUndefined();
            words++;
          }
          if (c.formula !== undefined) {
            expect(missing).not.toContain(id);
            formulas++;
          }
        });
    }
    expect(words).toBeGreaterThan(0);
    expect(formulas).toBeGreaterThan(0);
    // 数据 leaves the numerators it cannot know empty.
    const data = wb.sheets[wb.sheets.length - 1];
    const schoolRows = data.rows.filter((r) => typeof r[3]?.value === "number" && r[1]?.value);
    expect(schoolRows.length).toBeGreaterThan(0);
    for (const row of schoolRows)
      ids.forEach((id, i) => {
        if (missing.includes(id)) expect(row[5 + i]?.value ?? "").toBe("");
      });
  });
});

describe("the 认定规程 allowances (national-2017-allowances)", () => {
  // 石门村小: a 农村小规模学校 of 60 students without a PE/arts teacher of its own, one 走教:
  // the allowance counts that teacher, so its 体育艺术 value is not 0 ÷ 60.
  const SCHOOLS = [
    primary1000("城西小学"),
    primary1000("城北小学", { primaryStudents: 800 }),
    school({
      name: "石门村小",
      locale: "rural",
      primaryStudents: 60,
      primaryClasses: 6,
      primaryQualifiedTeachers: 3,
      primaryBackboneTeachers: 1,
      teachingArea: 300,
      outdoorSportsArea: 480,
      equipmentValue: 126_000,
      multimediaRooms: 2,
      ruralSmallSchool: true,
      primarySharedPeArtTeachers: 1,
    }),
  ];
  const ev = evaluate({ schools: SCHOOLS, classes: [] }, { profile: NATIONAL_2017_ALLOWANCES });

  test("the school an allowance changed keeps plain values in 表Ⅱ-2, its 数据 row says so; the others are formulas", () => {
    const village = ev.assessment.stages.primary.schools.find((s) => s.name === "石门村小");
    expect(village?.values.peArtTeachersPer100).toBeGreaterThan(0); // the allowance applied
    const wb = buildReport(ev, { formulas: true });
    expect(formulaProblems(wb)).toEqual([]);
    const f2 = sheetOf(wb, "formII2");
    const rowOf = (name: string) => {
      const row = f2.rows.find((r) => r[1]?.value === name);
      if (!row) throw new Error(name);
      return row;
    };
    expect(rowOf("石门村小").some((c) => c?.formula !== undefined)).toBe(false);
    expect(rowOf("石门村小")[8]?.value).toBe(village?.values.peArtTeachersPer100);
    expect(rowOf("城西小学").filter((c) => c?.formula !== undefined).length).toBe(8);
    const data = wb.sheets[wb.sheets.length - 1];
    const remark = (name: string) => data.rows.find((r) => r[1]?.value === name)?.at(-1)?.value;
    expect(remark("石门村小")).toBe(W.adjusted);
    expect(remark("城西小学")).not.toBe(W.adjusted);
    expect(data.rows.some((r) => r[0]?.value === W.adjustedNote)).toBe(true);
    // 表Ⅲ still computes over 表Ⅱ-2's values, the adjusted one included.
    expect(formulaCells(wb).some((f) => f.sheet.id === "formIII")).toBe(true);
  });

  test("without the allowance the same school's row is formulas, and no 数据 row says 调整", () => {
    const wb = buildReport(evaluate({ schools: SCHOOLS, classes: [] }), { formulas: true });
    const f2 = sheetOf(wb, "formII2");
    const row = f2.rows.find((r) => r[1]?.value === "石门村小");
    expect(row?.filter((c) => c?.formula !== undefined).length).toBe(8);
    const data = wb.sheets[wb.sheets.length - 1];
    expect(data.rows.some((r) => r.some((c) => c?.value === W.adjusted))).toBe(false);
  });
});
