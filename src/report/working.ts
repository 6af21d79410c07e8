/**
 * The 申报表 that shows its working (issue 27 §3, `assess --out … --formulas`): 表Ⅱ-2's
 * per-school indicator values and students, 表Ⅲ's county means and CVs, and 表Ⅱ-1's counts
 * become plain worksheet formulas, each cell keeping its computed value as the cached result,
 * over a 数据 sheet that holds the school rows as the core computed from them: one row per
 * school and stage (一贯制 and 完全中学 split into their stages), each indicator's numerator of
 * that stage (shared facilities already multiplied by the stage's share, money in 元).
 *
 * The chain a reviewer follows by clicking: 表Ⅲ 差异系数 → 表Ⅱ-2's values and students →
 * 数据's numerators and students. Only functions Excel 2010, WPS 表格 and LibreOffice Calc share
 * (SUMPRODUCT, SUM, SQRT, COUNT, COUNTIF). Thresholds and the comparison tolerance are cells of
 * 数据's parameter block, labelled, and the counts refer to them.
 *
 * A cell keeps its plain value (no formula) where the 数据 numbers would not give the core's
 * value (an allowance of the 认定规程 changed the school's figures; the row says so), where the
 * table shows no number (缺列未计算, ——), and where a stage has no school.
 */
import {
  columnLetter,
  INDICATORS,
  RELATIVE_TOLERANCE,
  STAGE_NAMES,
  STAGES,
  stageNumerator,
  stagePlan,
  stageValue,
  type Assessment,
  type SchoolRecord,
  type Stage,
  type StandardsProfile,
} from "../core";
import { NUMBER_FORMATS, PAGE_FOOTER } from "./formats";
import type { ReportCell, ReportSheet } from "./model";
import {
  documentTitle,
  type CountyIdentity,
  type FormLayout,
  OFFICIAL_SHEET_NAMES,
} from "./official";
import { cell, SheetBuilder } from "./sheet";
import { fill, ZH } from "../i18n";

const T = ZH.report.working;

/** The 数据 sheet's name. */
export const WORKING_SHEET_NAME: string = T.sheet;

/** An empty layout for the official tables to fill (OfficialInput.layout). */
export function emptyFormLayout(): FormLayout {
  return { formII1: {}, formII2: { primary: [], junior: [] }, formIII: {} };
}

/** 'name'!: a sheet reference, quoted whatever the name (writers that rename sheets rewrite these). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

const a1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
const abs = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
const span = (first: number, last: number, col: number) =>
  `${columnLetter(col)}${first + 1}:${columnLetter(col)}${last + 1}`;

interface WorkingInput {
  a: Assessment;
  profile: StandardsProfile;
  schools: readonly SchoolRecord[];
  identity: CountyIdentity;
  notice?: string;
}

/** The 数据 sheet's columns: 学段, 学校（部分）, 学校标识码, 学生数, 分摊比例, then one numerator per indicator, then 说明. */
const COL = { stage: 0, name: 1, code: 2, students: 3, share: 4, first: 5 } as const;

/**
 * Writes the formulas into 表Ⅱ-1, 表Ⅱ-2 and 表Ⅲ (found by id among `official`) at the cells
 * `layout` records, and returns the 数据 sheet they refer to (the caller puts it in the workbook).
 */
export function addWorking(
  official: readonly ReportSheet[],
  input: WorkingInput,
  layout: FormLayout
): ReportSheet {
  const ids = input.a.indicators;
  const n = ids.length;
  const remarkCol = COL.first + n;
  const b = new SheetBuilder([8, 28, 14, 10, 10, ...ids.map(() => 14), 30]);
  b.top(
    `${documentTitle(input.identity)}　${T.title}`,
    fill(T.subtitle, {
      formII2: OFFICIAL_SHEET_NAMES.formII2,
      formIII: OFFICIAL_SHEET_NAMES.formIII,
      formII1: OFFICIAL_SHEET_NAMES.formII1,
    }),
    input.notice
  );
  const g = b.header([...T.headers, T.numerators, ...ids.slice(1).map(() => ""), T.remark]);
  // The second header row: the numerators' names under their group; the merged columns blank.
  const blanks = (k: number) => Array.from({ length: k }, () => "");
  const h = b.header([
    ...blanks(COL.first),
    ...ids.map((id) => fill(T.numerator, { name: INDICATORS[id].shortName })),
    "",
  ]);
  for (let c = 0; c < COL.first; c++) b.merge(g, c, h, c);
  b.merge(g, remarkCol, h, remarkCol);
  b.merge(g, COL.first, g, COL.first + n - 1);
  b.freeze();

  const byName = new Map(input.schools.map((s) => [s.name, s]));
  const data = sheetRef(T.sheet);
  const formII2 = official.find((s) => s.id === "formII2");
  const formII2Ref = sheetRef(OFFICIAL_SHEET_NAMES.formII2);
  let anyAdjusted = false;

  for (const stage of STAGES) {
    const sa = input.a.stages[stage];
    const plan = stagePlan(input.profile, stage);
    sa.schools.forEach((s, k) => {
      const record = byName.get(s.name);
      const cells: ReportCell[] = [
        cell(STAGE_NAMES[stage]),
        cell(s.name),
        cell(s.code ?? ""),
        cell(s.students, "text", { numFmt: NUMBER_FORMATS.integer }),
        cell(s.facilityShare, "text", { numFmt: "0.0000" }),
      ];
      let reproduced = record !== undefined;
      // The core's own numerator and value (schoolValues.ts): the formula reproduces the latter.
      const numerators: (number | undefined)[] = ids.map((id) => {
        if (!record || sa.indicators[id]?.missingFields) return undefined;
        const i = plan.ids.indexOf(id);
        const numerator = stageNumerator(record, plan, i, s.facilityShare);
        if (stageValue(numerator, s.students, plan, i) !== s.values[id]) reproduced = false;
        return numerator;
      });
      for (const v of numerators)
        cells.push(v === undefined ? cell("") : cell(v, "text", { numFmt: "#,##0.####" }));
      const r = b.row(cells);
      if (!reproduced) {
        anyAdjusted = true;
        // Only an allowance changes a school's figures; anything else would be a defect, said as such.
        b.rows[r][remarkCol] = cell(
          input.profile.allowances ? T.adjusted : T.notReproduced,
          "note"
        );
      }
      // 表Ⅱ-2: students and each value, from this row.
      const at = layout.formII2[stage][k];
      if (!formII2 || at === undefined || !reproduced) return;
      const row = formII2.rows[at];
      withFormula(row[3], `${data}${a1(r, COL.students)}`);
      ids.forEach((id, i) => {
        if (numerators[i] === undefined) return;
        const hundred = INDICATORS[id].scale === 100 ? "*100" : "";
        withFormula(
          row[6 + i],
          `${data}${a1(r, COL.first + i)}/${data}${a1(r, COL.students)}${hundred}`
        );
      });
    });
  }

  // The parameter block: each stage's thresholds under the indicator columns, the CV limits, the tolerance.
  b.blank();
  b.wide(T.parameters, "header");
  const thresholdRow: Partial<Record<Stage, number>> = {};
  for (const stage of STAGES) {
    const sa = input.a.stages[stage];
    if (ids.every((id) => sa.indicators[id]?.threshold == null)) continue;
    const cells: ReportCell[] = [
      cell(STAGE_NAMES[stage]),
      cell(T.threshold),
      cell(""),
      cell(""),
      cell(""),
    ];
    for (const id of ids) {
      const t = sa.indicators[id]?.threshold;
      cells.push(t == null ? cell("") : cell(t, "text", { numFmt: "0.00##" }));
    }
    thresholdRow[stage] = b.row(cells);
  }
  for (const stage of STAGES) {
    const limit = input.profile.countyRule.limits?.[stage];
    if (limit === undefined) continue;
    b.row([
      cell(STAGE_NAMES[stage]),
      cell(T.cvLimit),
      cell(""),
      cell(limit, "text", { numFmt: "0.00" }),
    ]);
  }
  const toleranceRow = b.row([
    cell(""),
    cell(T.tolerance),
    cell(""),
    cell(RELATIVE_TOLERANCE, "text", { numFmt: "0.E+00" }),
  ]);
  b.blank();
  for (const line of T.notes) b.wide(line, "note");
  if (anyAdjusted && input.profile.allowances) b.wide(T.adjustedNote, "note");

  // 表Ⅲ: each stage's county mean and CV over 表Ⅱ-2's values and students.
  const formIII = official.find((s) => s.id === "formIII");
  const formII1 = official.find((s) => s.id === "formII1");
  for (const stage of STAGES) {
    const rows = layout.formII2[stage];
    const sa = input.a.stages[stage];
    // The school rows of a stage are consecutive in 表Ⅱ-2; nothing is written otherwise.
    if (rows.length === 0 || rows[rows.length - 1] - rows[0] !== rows.length - 1) continue;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const P = `${formII2Ref}${span(first, last, 3)}`;
    const m = layout.formIII[stage];
    ids.forEach((id, i) => {
      const X = `${formII2Ref}${span(first, last, 6 + i)}`;
      const values = rows.map((r) => formII2?.rows[r][6 + i]?.value);
      // A column with a word in it (缺列未计算, ——) has nothing to compute over.
      if (!values.every((v): v is number => typeof v === "number")) return;
      if (formIII && m !== undefined) {
        const mean = a1(m, 2 + i);
        withFormula(formIII.rows[m][2 + i], `SUMPRODUCT(${P},${X})/SUM(${P})`);
        withFormula(
          formIII.rows[m + 1][2 + i],
          `SQRT(SUMPRODUCT(${P},(${X}-${mean})^2)/SUM(${P}))/${mean}`
        );
      }
      // 表Ⅱ-1: schools of the stage at or above the threshold, with the tolerance the core compares with.
      const k = layout.formII1[stage];
      const tr = thresholdRow[stage];
      const t = sa.indicators[id]?.threshold;
      if (!formII1 || k === undefined || tr === undefined || t == null) return;
      const count = formII1.rows[k][2 + i];
      // Written only where the formula counts what the core counted (an allowance may judge otherwise).
      if (count?.value !== values.filter((v) => v >= t * (1 - RELATIVE_TOLERANCE)).length) return;
      withFormula(
        count,
        `SUMPRODUCT((${X}>=${data}${abs(tr, COL.first + i)}*(1-${data}${abs(toleranceRow, 3)}))*1)`
      );
      withFormula(formII1.rows[k + 1][2 + i], `${a1(k, 2 + i)}/COUNT(${P})*100`);
    });
    // 表Ⅱ-1: schools whose verdict is 是, and their share.
    const k = layout.formII1[stage];
    if (formII1 && k !== undefined) {
      const passing = formII1.rows[k][2 + n];
      const yesCount = rows.filter(
        (r) => formII2?.rows[r][6 + n]?.value === ZH.form.official.formII2.yes
      ).length;
      if (typeof passing?.value === "number" && passing.value === yesCount) {
        const verdicts = `${formII2Ref}${span(first, last, 6 + n)}`;
        const yes = ZH.form.official.formII2.yes.replace(/"/g, '""');
        withFormula(passing, `COUNTIF(${verdicts},"${yes}")`);
        withFormula(formII1.rows[k + 1][2 + n], `${a1(k, 2 + n)}/COUNT(${P})*100`);
      }
    }
  }

  return b.build("data", T.sheet, {
    print: { landscape: true, fitToWidth: true, footer: PAGE_FOOTER },
  });
}

/** A formula on a cell that holds a number; the number stays as its cached result. */
function withFormula(c: ReportCell | undefined, formula: string): void {
  if (c && typeof c.value === "number") c.formula = formula;
}
