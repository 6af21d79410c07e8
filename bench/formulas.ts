/**
 * The formula workbooks of the benchmarks, built from the functions template
 * (scripts/functionsTemplate/build.ts) so that both versions hold exactly the
 * same cells:
 * - the EDU version: the data sheet and the 小学指标 / 初中指标 sheets, whose cells
 *   are per-school =EDU.* formulas and the county's weighted means and CVs;
 * - the native version: every EDU call rewritten into the formulas counties
 *   type by hand today (ratios, and the weighted CV as SUMPRODUCT, standards.md §1.3).
 * The template's own "SUMPRODUCT 手工公式，供核对" row is dropped from both: it
 * would be the native CV again.
 */
import {
  buildFunctionsTemplate,
  DATA_SHEET,
  STAGE_SHEET,
  type CheckedCell,
  type TemplateCell,
  type TemplateSheet,
} from "../scripts/functionsTemplate/build";
import { evaluate } from "../src/core";
import { findIndicator } from "../src/core/indicators";
import type { Assessment, IndicatorId, Stage } from "../src/core/types";
import { INDICATOR_IDS, STAGES } from "../src/core/types";
import type { SyntheticCounty } from "./synthetic";

/**
 * The national figures as a county types them into its formulas (standards.md §1.1–1.4),
 * written out here rather than taken from the profile: the benchmark checks the native
 * workbook's CVs against the core's, so the two must not share their inputs.
 */
const NATIONAL = {
  thresholds: {
    qualifiedTeachersPer100: { primary: 4.2, junior: 5.3 },
    backboneTeachersPer100: { primary: 1.0, junior: 1.0 },
    peArtTeachersPer100: { primary: 0.9, junior: 0.9 },
    teachingAreaPerStudent: { primary: 4.5, junior: 5.8 },
    sportsAreaPerStudent: { primary: 7.5, junior: 10.2 },
    equipmentValuePerStudent: { primary: 2000, junior: 2500 },
    multimediaRoomsPer100: { primary: 2.3, junior: 2.4 },
  } as Record<string, Record<Stage, number>>,
  cvLimits: { primary: 0.5, junior: 0.45 } as Record<Stage, number>,
  schoolRule: { minMet: 6, floor: 0.85 },
  stageWeights: { primary: 1, junior: 1.1, senior: 1.32 },
  classSize: {
    limits: { primary: 45, junior: 50 } as Record<Stage, number>,
    bands: { veryLarge: 56, superLarge: 66 },
  },
};
const PROFILE = NATIONAL;
const STAGE_BY_NAME: Record<string, Stage> = { 小学: "primary", 初中: "junior" };

interface Call {
  name: string;
  args: string[];
  /** Index just past the closing parenthesis. */
  end: number;
}

/** The call starting at `start` (at "EDU."), its top-level arguments split on commas outside quotes and brackets. */
function parseCall(text: string, start: number): Call {
  const open = text.indexOf("(", start);
  const name = text.slice(start + 4, open);
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = text.indexOf(ch, i + 1);
      continue;
    }
    if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) {
        args.push(text.slice(from, i));
        return { name, args, end: i + 1 };
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
  }
  throw new Error(`unbalanced formula: ${text}`);
}

function unquote(arg: string): string {
  return arg.trim().replace(/^"|"$/g, "");
}

function stageOf(arg: string): Stage {
  const stage = STAGE_BY_NAME[unquote(arg)];
  if (!stage) throw new Error(`not a stage: ${arg}`);
  return stage;
}

/** "E12:K12" → ["E12", …, "K12"]: the indicator cells of one school's row. */
function rowCells(range: string): string[] {
  const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(range.trim());
  if (!m || m[2] !== m[4]) throw new Error(`not a one-row range: ${range}`);
  const cells: string[] = [];
  for (let c = m[1].charCodeAt(0); c <= m[3].charCodeAt(0); c++)
    cells.push(`${String.fromCharCode(c)}${m[2]}`);
  return cells;
}

function thresholdsOf(stage: Stage): number[] {
  return INDICATOR_IDS.map((id) => PROFILE.thresholds[id][stage]);
}

/** One EDU call as native formula text (arguments already rewritten). */
function nativeCall(name: string, args: string[]): string {
  const w = PROFILE.stageWeights;
  switch (name) {
    case "PER100":
      return `(${args[0]})/(${args[1]})*100`;
    case "PER_STUDENT":
      return `(${args[0]})/(${args[1]})`;
    case "STAGE_SHARE": {
      // §1.2: the stage's weighted headcount over the school's; 1 for a single-stage school.
      const [p, j, s] = args;
      const total = `(${p}+${w.junior}*${j}+${w.senior}*${s})`;
      return stageOf(args[4]) === "primary" ? `${p}/${total}` : `${w.junior}*${j}/${total}`;
    }
    case "THRESHOLD": {
      const indicator = findIndicator(unquote(args[0]));
      if (!indicator) throw new Error(`unknown indicator ${args[0]}`);
      return String(PROFILE.thresholds[indicator][stageOf(args[1])]);
    }
    case "MET_COUNT": {
      const t = thresholdsOf(stageOf(args[1]));
      return rowCells(args[0])
        .map((cell, i) => `(${cell}>=${t[i]})`)
        .join("+");
    }
    case "SCHOOL_MEETS": {
      // §1.1 school rule: at least 6 of 7 met, and every one at least 85% of its threshold.
      const t = thresholdsOf(stageOf(args[1]));
      const cells = rowCells(args[0]);
      const met = cells.map((cell, i) => `(${cell}>=${t[i]})`).join("+");
      const ratios = cells.map((cell, i) => `${cell}/${t[i]}`).join(",");
      return `AND(${met}>=${PROFILE.schoolRule.minMet},MIN(${ratios})>=${PROFILE.schoolRule.floor})`;
    }
    case "WEIGHTED_MEAN":
      return `SUMPRODUCT(${args[1]},${args[0]})/SUM(${args[1]})`;
    case "VARIATION_COEF": {
      // §1.3 as statisticians write it: population, student-weighted.
      const [x, p] = args;
      const mean = `(SUMPRODUCT(${p},${x})/SUM(${p}))`;
      return `SQRT(SUMPRODUCT(${p},(${x}-${mean})^2)/SUM(${p}))/${mean}`;
    }
    case "CV_OK":
      return `${args[0]}<=${PROFILE.cvLimits[stageOf(args[1])]}`;
    default:
      throw new Error(`EDU.${name} has no native form in the benchmark`);
  }
}

/** Rewrites every EDU.* call of a formula (innermost first) into native formulas. */
export function toNativeFormula(formula: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const at = formula.indexOf("EDU.", i);
    if (at < 0) return out + formula.slice(i);
    const call = parseCall(formula, at);
    out += formula.slice(i, at) + nativeCall(call.name, call.args.map(toNativeFormula));
    i = call.end;
  }
}

export interface FormulaSheets {
  /** The data sheet, then 小学指标 and 初中指标. */
  sheets: TemplateSheet[];
  /** Where each stage's CV of each indicator is. */
  cvCells: { stage: Stage; indicator: IndicatorId; sheet: string; row: number; col: number }[];
  formulaCount: number;
}

const HAND_CV_ROW = "差异系数（SUMPRODUCT";

/** The EDU version and the native version of the same sheets, for a county and its assessment. */
export function formulaSheets(
  county: SyntheticCounty,
  a: Assessment = evaluate({ schools: county.schools, classes: county.classes }).assessment
): { edu: FormulaSheets; native: FormulaSheets } {
  const template = buildFunctionsTemplate(county, a);
  const wanted = new Set<string>([DATA_SHEET, ...STAGES.map((s) => STAGE_SHEET[s])]);
  const eduSheets = template.sheets
    .filter((s) => wanted.has(s.name))
    .map((s) => ({
      ...s,
      rows: s.rows.map((row) =>
        typeof row[0]?.value === "string" && row[0].value.startsWith(HAND_CV_ROW) ? [] : row
      ),
    }));
  const cvCells = template.checks
    .filter(
      (c): c is CheckedCell & { check: { kind: "cv"; stage: Stage; indicator: IndicatorId } } =>
        c.check.kind === "cv"
    )
    .map((c) => ({
      stage: c.check.stage,
      indicator: c.check.indicator,
      sheet: c.sheet,
      row: c.row,
      col: c.col,
    }));
  const count = (sheets: TemplateSheet[]) =>
    sheets.reduce(
      (n, s) => n + s.rows.reduce((k, r) => k + r.filter((c) => c.formula !== undefined).length, 0),
      0
    );
  const nativeSheets = eduSheets.map((s) => ({
    ...s,
    rows: s.rows.map((row) =>
      row.map((c): TemplateCell =>
        c.formula !== undefined ? { ...c, formula: toNativeFormula(c.formula) } : c
      )
    ),
  }));
  return {
    edu: { sheets: eduSheets, cvCells, formulaCount: count(eduSheets) },
    native: { sheets: nativeSheets, cvCells, formulaCount: count(nativeSheets) },
  };
}

/**
 * The class sheet as values, with the 班额 counts beside it as counties compute
 * them natively (COUNTIFS over the stage and size columns, standards.md §1.4 item 5).
 */
export function nativeClassSheet(county: SyntheticCounty): TemplateSheet {
  const n = county.classes.length;
  const rows: TemplateCell[][] = [
    [
      "学校名称",
      "学段",
      "班级",
      "学生数",
      "",
      "学段",
      "班级数",
      "超过班额上限",
      "大班额（≥56）",
      "超大班额（≥66）",
    ].map((value) => ({ value, style: "header" as const })),
  ];
  for (const c of county.classes)
    rows.push([
      { value: c.school },
      { value: c.stage === "primary" ? "小学" : "初中" },
      { value: c.className },
      { value: c.students },
    ]);
  const last = n + 1;
  STAGES.forEach((stage, k) => {
    const name = stage === "primary" ? "小学" : "初中";
    const where = `$B$2:$B$${last},"${name}"`;
    const size = `$D$2:$D$${last}`;
    rows[k + 1].push(
      {},
      { value: name },
      { formula: `COUNTIFS(${where})` },
      { formula: `COUNTIFS(${where},${size},">${PROFILE.classSize.limits[stage]}")` },
      { formula: `COUNTIFS(${where},${size},">=${PROFILE.classSize.bands.veryLarge}")` },
      { formula: `COUNTIFS(${where},${size},">=${PROFILE.classSize.bands.superLarge}")` }
    );
  });
  return { name: "班级", widths: [22, 8, 12, 8, 2, 8, 10, 12, 12, 12], rows, frozenRows: 1 };
}
