/**
 * The 测算 sheet of `edu-balance template FILE.xlsx --formulas` (issue 27 item 4): the data
 * template's school and class sheets computed by plain worksheet formulas that Excel 2010,
 * WPS 表格 and LibreOffice Calc share (SUMPRODUCT, SUM, SQRT, COUNT, COUNTIF(S), SUMIF, IF,
 * AND, OR), for offices that cannot install the add-in. The same rules as src/core, written
 * out once more in the spreadsheet's own language:
 * - which schools count per stage (standards.md §1.1): the types that teach the stage, less
 *   the profile's excluded types and 教学点 below the minimum, with every figure present;
 * - 一贯制 facilities split by weighted headcount (§1.2), 万元 converted to 元;
 * - the indicator values, the school rule (≥ minMet met, the rest ≥ floor), the student-weighted
 *   county mean and population CV (§1.3, two passes: weighted squared deviations in helper
 *   columns), each against its limit (or the 2012 composite);
 * - class sizes (§1.4 item 5, §3; 特殊教育学校 left out) and school sizes (item 4).
 * Every threshold and limit is a constant in a parameter cell with its label beside it, so a
 * county sees (and may change) what the formulas compare with. Empty rows give "": never an
 * error, never a 0 that looks like data. Host-neutral: a ReportSheet whose cells carry formulas.
 */
import {
  columnLetter,
  INDICATORS,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  type SchoolType,
  schoolSizeLimit,
  sizeIsJudged,
  type Stage,
  STAGE_NAMES,
  STAGES,
  STAGES_OF_TYPE,
  type StandardsProfile,
  RELATIVE_TOLERANCE,
} from "../core";
import { fill, ZH } from "../i18n";
import type { ReportCell, ReportSheet } from "./model";
import type { TemplateSpec } from "./template";

const T = ZH.report.formulaTemplate;

import { FORMULA_TEMPLATE_CLASSES, FORMULA_TEMPLATE_SCHOOLS } from "./formulaTemplateSize";
export { FORMULA_TEMPLATE_CLASSES, FORMULA_TEMPLATE_SCHOOLS };

/** Money fields the template asks in 万元 (its header says so); the indicators use 元. */
const TEN_THOUSAND_YUAN_FIELDS = new Set(["equipmentValue"]);

/** The school types whose size is judged (§1.4 item 4): a compulsory stage, not 特殊教育学校. */
const SIZE_TYPES: readonly SchoolType[] = (Object.keys(STAGES_OF_TYPE) as SchoolType[]).filter(
  sizeIsJudged
);
const STUDENT_FIELD = {
  primary: "primaryStudents",
  junior: "juniorStudents",
  senior: "seniorStudents",
} as const;

/** Where the computed figures are (0-based rows and columns of the sheet), for tests and readers. */
export interface FormulaTemplateLayout {
  /** Per stage and indicator: the county mean's and CV's cells. */
  county: Record<Stage, { indicator: string; row: number; meanCol: number; cvCol: number }[]>;
  /** The first school row; school k of the data sheet (0-based) is on firstSchoolRow + k. */
  firstSchoolRow: number;
  nameCol: number;
  /** Per stage: the students, met count and verdict columns (met/verdict absent without a school rule). */
  stageCols: Record<Stage, { students: number; metCount?: number; verdict?: number }>;
  /** Per stage: classes, above limit, large, very large (county totals, column 1 or 2 by stage). */
  classRows: { classes: number; overLimit: number; large: number; superLarge: number };
  oversizedRow: number;
  words: { pass: string; fail: string };
}

export interface FormulaTemplateSheet {
  sheet: ReportSheet;
  layout: FormulaTemplateLayout;
}

const abs = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const str = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** OR(cell="小学",cell="九年一贯制学校",…); FALSE for no type. */
function isOneOf(cell: string, types: readonly SchoolType[]): string {
  if (types.length === 0) return "FALSE";
  const parts = types.map((t) => `${cell}=${str(SCHOOL_TYPE_NAMES[t])}`);
  return parts.length === 1 ? parts[0] : `OR(${parts.join(",")})`;
}

export function formulaTemplateSheet(
  spec: TemplateSpec,
  profile: StandardsProfile
): FormulaTemplateSheet {
  // The 认定规程 allowances rest on per-school facts the formulas do not read: the CLI refuses first.
  if (profile.allowances) throw new Error("the formula template has no form for the allowances");
  const N = FORMULA_TEMPLATE_SCHOOLS;
  const M = FORMULA_TEMPLATE_CLASSES;
  const data = quote(spec.schoolSheet);
  const cls = quote(spec.classSheet);
  const colOf = (field: string): string => {
    const i = spec.school.findIndex((c) => c.field === field);
    if (i < 0) throw new Error(`the template has no column ${field}`);
    return columnLetter(i);
  };
  const classCol = (field: string): string => {
    const i = spec.classes.findIndex((c) => c.field === field);
    if (i < 0) throw new Error(`the class sheet has no column ${field}`);
    const l = columnLetter(i);
    return `${cls}!$${l}$2:$${l}$${M + 1}`;
  };
  const ids = profile.indicators;
  const rule = profile.schoolRule;
  const each = profile.countyRule.kind === "each";

  const rows: ReportCell[][] = [];
  const merges: NonNullable<ReportSheet["merges"]> = [];
  const put = (r: number, c: number, cell: ReportCell) => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < c) row.push({ value: null });
    row[c] = cell;
  };
  const label = (r: number, text: string, style: ReportCell["style"] = "text") =>
    put(r, 0, { value: text, style });
  const constant = (r: number, c: number, value: number) =>
    put(r, c, { value, style: "text", numFmt: "General" });

  // --- title -------------------------------------------------------------------------------
  put(0, 0, {
    value: fill(T.title, { schools: spec.schoolSheet, classes: spec.classSheet }),
    style: "title",
  });
  put(1, 0, {
    value: fill(T.note, {
      schools: spec.schoolSheet,
      n: N,
      last: N + 1,
      m: M,
      profile: profile.name,
    }),
    style: "note",
  });
  merges.push({ startRow: 1, startColumn: 0, endRow: 1, endColumn: 7 });

  // --- 一、参数 ----------------------------------------------------------------------------
  let r = 3;
  label(r++, T.sections.parameters, "total");
  T.parameterHeaders.forEach((h, c) => put(r, c, { value: h, style: "header" }));
  r++;
  const stageCol: Record<Stage, number> = { primary: 1, junior: 2 };
  const thresholdRow = new Map<string, number>();
  for (const id of ids) {
    const t = profile.thresholds[id];
    if (t === undefined) continue;
    label(r, fill(T.threshold, { name: INDICATORS[id].name, unit: INDICATORS[id].unit }));
    for (const s of STAGES) constant(r, stageCol[s], t[s]);
    thresholdRow.set(id, r++);
  }
  const cvLimitRow = r;
  label(r, each ? T.cvLimit : T.compositeLimit);
  for (const s of STAGES) constant(r, stageCol[s], profile.countyRule.limits[s]);
  r++;
  let minMetRow = -1;
  let floorRow = -1;
  if (rule) {
    minMetRow = r;
    label(r, T.minMet);
    constant(r++, 1, rule.minMet);
    floorRow = r;
    label(r, T.floor);
    constant(r++, 1, rule.floor);
  }
  const weightRow = r;
  label(r, T.weights);
  constant(r, 1, profile.stageWeights.primary);
  constant(r, 2, profile.stageWeights.junior);
  constant(r++, 3, profile.stageWeights.senior);
  const classLimitRow = r;
  label(r, T.classLimit);
  for (const s of STAGES) constant(r, stageCol[s], profile.classSize.limits[s]);
  r++;
  const veryLargeRow = r;
  label(r, T.veryLarge);
  constant(r++, 1, profile.classSize.bands.veryLarge);
  const superLargeRow = r;
  label(r, T.superLarge);
  constant(r++, 1, profile.classSize.bands.superLarge);
  const sizeLimitRow = new Map<SchoolType, number>();
  for (const type of SIZE_TYPES) {
    label(r, fill(T.sizeLimit, { type: SCHOOL_TYPE_NAMES[type] }));
    constant(r, 1, schoolSizeLimit(type, profile));
    sizeLimitRow.set(type, r++);
  }
  const tpMinRow = r;
  label(r, T.teachingPointMin);
  constant(r++, 1, profile.coverage.teachingPointMinStudents);
  const moneyRow = r;
  label(r, T.moneyFactor);
  constant(r++, 1, 10000);
  const tolRow = r;
  label(r, T.tolerance);
  constant(r++, 1, RELATIVE_TOLERANCE);
  const TOL = abs(tolRow, 1);
  const atLeast = (x: string, limit: string) => `${x}>=${limit}*(1-${TOL})`;

  // --- the school table's columns (decided first: the county formulas read them) -----------
  r++;
  const countyStart = r;
  const countyRowsPerStage = 1 + ids.length + 3 + (each ? 0 : 1);
  const sizesStart = countyStart + 2 + countyRowsPerStage * STAGES.length + 1;
  const sizesRows = { classes: 2, overLimit: 3, large: 4, superLarge: 5, share: 6, oversized: 7 };
  const schoolsSection = sizesStart + 9;
  const groupRow = schoolsSection + 1;
  const headRow = groupRow + 1;
  const first = headRow + 1;
  const last = first + N - 1;

  let c = 0;
  const nameCol = c++;
  const typeCol = c++;
  const remarkCol = c++;
  interface StageColumns {
    students: number;
    share: number;
    values: number[];
    metCount?: number;
    verdict?: number;
    deviations: number[];
  }
  const sc = {} as Record<Stage, StageColumns>;
  for (const s of STAGES) {
    const students = c++;
    const share = c++;
    const values = ids.map(() => c++);
    const metCount = rule ? c++ : undefined;
    const verdict = rule ? c++ : undefined;
    sc[s] = { students, share, values, metCount, verdict, deviations: [] };
  }
  const compulsoryCol = c++;
  const sizeLimitCol = c++;
  const sizeCol = c++;
  const classCols = {} as Record<
    Stage,
    { classes: number; overLimit: number; large: number; superLarge: number }
  >;
  for (const s of STAGES)
    classCols[s] = { classes: c++, overLimit: c++, large: c++, superLarge: c++ };
  for (const s of STAGES) sc[s].deviations = ids.map(() => c++);
  const width = c;
  const colRange = (col: number) =>
    `$${columnLetter(col)}$${first + 1}:$${columnLetter(col)}$${last + 1}`;

  // --- 二、县域均值与差异系数 ---------------------------------------------------------------
  label(countyStart, T.sections.county, "total");
  T.countyHeaders.forEach((h, i) => put(countyStart + 1, i, { value: h, style: "header" }));
  const meanCell = {} as Record<Stage, string[]>;
  const layoutCounty = {} as FormulaTemplateLayout["county"];
  STAGES.forEach((s, k) => {
    const base = countyStart + 2 + k * countyRowsPerStage;
    label(base, STAGE_NAMES[s], "header");
    const P = colRange(sc[s].students);
    meanCell[s] = [];
    layoutCounty[s] = [];
    const cvCells: string[] = [];
    ids.forEach((id, i) => {
      const row = base + 1 + i;
      label(row, INDICATORS[id].name);
      const X = colRange(sc[s].values[i]);
      const D = colRange(sc[s].deviations[i]);
      const mean = `B${row + 1}`;
      const cv = `C${row + 1}`;
      put(row, 1, {
        value: null,
        formula: `IF(SUM(${P})>0,SUMPRODUCT(${P},${X})/SUM(${P}),"")`,
        numFmt: "0.00",
      });
      put(row, 2, {
        value: null,
        formula: `IF(${mean}="","",IF(${mean}=0,"",SQRT(SUM(${D})/SUM(${P}))/${mean}))`,
        numFmt: "0.000",
      });
      if (each) {
        put(row, 3, { value: null, formula: abs(cvLimitRow, stageCol[s]), numFmt: "0.00" });
        put(row, 4, {
          value: null,
          formula: `IF(${cv}="","",IF(${cv}<=D${row + 1}*(1+${TOL}),${str(T.words.yes)},${str(T.words.no)}))`,
        });
      }
      const tRow = thresholdRow.get(id);
      if (tRow !== undefined)
        put(row, 5, {
          value: null,
          formula: `IF(COUNT(${P})=0,"",COUNTIF(${X},">="&${abs(tRow, stageCol[s])}*(1-${TOL})))`,
          numFmt: "0",
        });
      meanCell[s].push(`$B$${row + 1}`);
      cvCells.push(cv);
      layoutCounty[s].push({ indicator: id, row, meanCol: 1, cvCol: 2 });
    });
    let row = base + 1 + ids.length;
    label(row, T.schoolsCounted);
    put(row++, 1, { value: null, formula: `COUNT(${P})`, numFmt: "0" });
    label(row, T.schoolsPassing);
    if (sc[s].verdict !== undefined)
      put(row, 1, {
        value: null,
        formula: `IF(COUNT(${P})=0,"",COUNTIF(${colRange(sc[s].verdict)},${str(T.words.pass)}))`,
        numFmt: "0",
      });
    row++;
    label(row, T.studentsTotal);
    put(row++, 1, { value: null, formula: `SUM(${P})`, numFmt: "0" });
    if (!each) {
      label(row, T.composite);
      const cvs = cvCells.join(",");
      put(row, 2, {
        value: null,
        formula: `IF(COUNT(${cvs})=${ids.length},SUM(${cvs})/${ids.length},"")`,
        numFmt: "0.000",
      });
      put(row, 3, { value: null, formula: abs(cvLimitRow, stageCol[s]), numFmt: "0.00" });
      put(row, 4, {
        value: null,
        formula: `IF(C${row + 1}="","",IF(C${row + 1}<=D${row + 1}*(1+${TOL}),${str(T.words.yes)},${str(T.words.no)}))`,
      });
    }
  });

  // --- 三、班额与学校规模 --------------------------------------------------------------------
  label(sizesStart, T.sections.sizes, "total");
  T.sizeHeaders.forEach((h, i) => put(sizesStart + 1, i, { value: h, style: "header" }));
  const bandLabel = (text: string, row: number) =>
    fill(text, { n: profile.classSize.bands[row === veryLargeRow ? "veryLarge" : "superLarge"] });
  label(sizesStart + sizesRows.classes, T.classes);
  label(sizesStart + sizesRows.overLimit, T.overLimit);
  label(sizesStart + sizesRows.large, bandLabel(T.largeClasses, veryLargeRow));
  label(sizesStart + sizesRows.superLarge, bandLabel(T.superLargeClasses, superLargeRow));
  label(sizesStart + sizesRows.share, T.largeShare);
  label(sizesStart + sizesRows.oversized, T.oversized);
  const special = str(SCHOOL_TYPE_NAMES.special);
  const classStage = classCol("stage");
  const classStudents = classCol("students");
  for (const s of STAGES) {
    const col = stageCol[s];
    const stage = str(STAGE_NAMES[s]);
    const countClasses = (criterion: string, perSchool: number) =>
      `COUNTIFS(${classStage},${stage},${classStudents},${criterion})-SUMIF(${colRange(typeCol)},${special},${colRange(perSchool)})`;
    put(sizesStart + sizesRows.classes, col, {
      value: null,
      formula: countClasses(`">=0"`, classCols[s].classes),
      numFmt: "0",
    });
    put(sizesStart + sizesRows.overLimit, col, {
      value: null,
      formula: countClasses(`">"&${abs(classLimitRow, col)}`, classCols[s].overLimit),
      numFmt: "0",
    });
    put(sizesStart + sizesRows.large, col, {
      value: null,
      formula: countClasses(`">="&${abs(veryLargeRow, 1)}`, classCols[s].large),
      numFmt: "0",
    });
    put(sizesStart + sizesRows.superLarge, col, {
      value: null,
      formula: countClasses(`">="&${abs(superLargeRow, 1)}`, classCols[s].superLarge),
      numFmt: "0",
    });
    const classes = `${columnLetter(col)}${sizesStart + sizesRows.classes + 1}`;
    const large = `${columnLetter(col)}${sizesStart + sizesRows.large + 1}`;
    put(sizesStart + sizesRows.share, col, {
      value: null,
      formula: `IF(${classes}>0,${large}/${classes},"")`,
      numFmt: "0.00%",
    });
  }
  put(sizesStart + sizesRows.oversized, 1, {
    value: null,
    formula: `COUNTIF(${colRange(sizeCol)},${str(T.words.oversized)})`,
    numFmt: "0",
  });

  // --- 四、逐校测算 ---------------------------------------------------------------------------
  label(schoolsSection, fill(T.sections.schools, { schools: spec.schoolSheet }), "total");
  const group = (from: number, to: number, text: string) => {
    put(groupRow, from, { value: text, style: "header" });
    for (let k = from + 1; k <= to; k++) put(groupRow, k, { value: null, style: "header" });
    if (to > from)
      merges.push({ startRow: groupRow, startColumn: from, endRow: groupRow, endColumn: to });
  };
  const H = T.columns;
  group(nameCol, remarkCol, T.groups.school);
  for (const s of STAGES) {
    const cols = sc[s];
    group(
      cols.students,
      cols.verdict ?? cols.values[cols.values.length - 1],
      fill(T.groups.stage, { stage: STAGE_NAMES[s] })
    );
  }
  group(compulsoryCol, sizeCol, T.groups.size);
  group(
    classCols[STAGES[0]].classes,
    classCols[STAGES[STAGES.length - 1]].superLarge,
    fill(T.groups.classes, { classes: spec.classSheet })
  );
  group(
    sc[STAGES[0]].deviations[0],
    sc[STAGES[STAGES.length - 1]].deviations[ids.length - 1],
    T.sections.helpers
  );
  const headers: string[] = [];
  headers[nameCol] = H.name;
  headers[typeCol] = H.type;
  headers[remarkCol] = H.remark;
  for (const s of STAGES) {
    const stage = STAGE_NAMES[s];
    headers[sc[s].students] = fill(H.students, { stage });
    headers[sc[s].share] = fill(H.share, { stage });
    ids.forEach((id, i) => {
      headers[sc[s].values[i]] = fill(H.value, { stage, name: INDICATORS[id].shortName });
      headers[sc[s].deviations[i]] = fill(H.deviation, { stage, name: INDICATORS[id].shortName });
    });
    if (sc[s].metCount !== undefined) headers[sc[s].metCount] = fill(H.metCount, { stage });
    if (sc[s].verdict !== undefined) headers[sc[s].verdict] = fill(H.verdict, { stage });
    headers[classCols[s].classes] = fill(H.classes, { stage });
    headers[classCols[s].overLimit] = fill(H.overLimit, { stage });
    headers[classCols[s].large] = fill(H.large, { stage });
    headers[classCols[s].superLarge] = fill(H.superLarge, { stage });
  }
  headers[compulsoryCol] = H.compulsory;
  headers[sizeLimitCol] = H.sizeLimit;
  headers[sizeCol] = H.size;
  headers.forEach((h, i) => put(headRow, i, { value: h, style: "header" }));

  const validTypes = (Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[]).filter(
    (t) => STAGES_OF_TYPE[t] !== undefined
  );
  const excluded = profile.coverage.excludedTypes;
  const counted = (s: Stage) =>
    validTypes.filter((t) => STAGES_OF_TYPE[t][s] && !excluded.includes(t));
  const withStage = (s: Stage | "senior") =>
    validTypes.filter((t) => STAGES_OF_TYPE[t][s] && !excluded.includes(t));

  for (let k = 0; k < N; k++) {
    const row = first + k;
    const dr = k + 2; // the data sheet's row
    const d = (field: string) => `${data}!${colOf(field)}${dr}`;
    const name = `$${columnLetter(nameCol)}${row + 1}`;
    const type = `$${columnLetter(typeCol)}${row + 1}`;
    const empty = `${name}=""`;
    put(row, nameCol, { value: null, formula: `IF(${d("name")}="","",${d("name")})` });
    put(row, typeCol, { value: null, formula: `IF(${empty},"",${d("type")}&"")` });
    // Per stage: the fields its values read, all numbers (a blank or text cell: not computed).
    const stageFields = (s: Stage): string[] => {
      const fields: string[] = [STUDENT_FIELD[s]];
      for (const id of ids) {
        const n = INDICATORS[id].numerator;
        const list = n.kind === "stage" ? n.fields[s] : [...n.add, ...(n.subtract ?? [])];
        for (const f of list) if (!fields.includes(f)) fields.push(f);
      }
      return fields;
    };
    const complete = (s: Stage) => {
      const fields = stageFields(s);
      return `COUNT(${fields.map(d).join(",")})=${fields.length}`;
    };
    const teachingPointOk = `IF(${type}=${str(SCHOOL_TYPE_NAMES.teachingPoint)},N(${d("primaryStudents")})>=${abs(tpMinRow, 1)},TRUE)`;
    const indoorOk = ids.includes("teachingAreaPerStudent")
      ? `N(${d("indoorSportsArea")})<=N(${d("teachingArea")})`
      : "TRUE";
    const privateOk = profile.coverage.includePrivate
      ? "TRUE"
      : `${d("ownership")}<>${str(OWNERSHIP_NAMES.private)}`;
    const incomplete = STAGES.map(
      (s) => `AND(${isOneOf(type, counted(s))},NOT(${complete(s)}))`
    ).join(",");
    put(row, remarkCol, {
      value: null,
      formula:
        `IF(${empty},"",IF(NOT(${isOneOf(type, validTypes)}),${str(T.remarks.unknownType)},` +
        `IF(${isOneOf(type, excluded)},${str(T.remarks.excludedType)},` +
        `IF(NOT(${teachingPointOk}),${str(T.remarks.smallTeachingPoint)},` +
        `IF(OR(${incomplete}),${str(T.remarks.incomplete)},` +
        `IF(NOT(${indoorOk}),${str(T.remarks.indoorAbove)},""))))))`,
    });
    // §1.2: the school's students weighted by stage, over the stages its type has.
    const weighted = (["primary", "junior", "senior"] as const)
      .map(
        (s, i) =>
          `IF(${isOneOf(type, withStage(s))},${abs(weightRow, i + 1)}*${d(STUDENT_FIELD[s])},0)`
      )
      .join("+");
    for (const s of STAGES) {
      const cols = sc[s];
      const P = `${columnLetter(cols.students)}${row + 1}`;
      const share = `${columnLetter(cols.share)}${row + 1}`;
      const blank = `${P}=""`;
      put(row, cols.students, {
        value: null,
        formula: `IF(AND(${isOneOf(type, counted(s))},${privateOk},${teachingPointOk},${complete(s)},${indoorOk},N(${d(STUDENT_FIELD[s])})>0),${d(STUDENT_FIELD[s])},"")`,
        numFmt: "0",
      });
      put(row, cols.share, {
        value: null,
        formula: `IF(${blank},"",${abs(weightRow, stageCol[s])}*${P}/(${weighted}))`,
        numFmt: "0.0000",
      });
      const valueCells: string[] = [];
      ids.forEach((id, i) => {
        const info = INDICATORS[id];
        const n = info.numerator;
        const money = (f: string) =>
          TEN_THOUSAND_YUAN_FIELDS.has(f) ? `${d(f)}*${abs(moneyRow, 1)}` : d(f);
        const sum = (fields: readonly string[]) =>
          fields.length === 1 ? money(fields[0]) : `(${fields.map(money).join("+")})`;
        let numerator: string;
        if (n.kind === "stage") numerator = sum(n.fields[s]);
        else {
          const minus = n.subtract && n.subtract.length > 0 ? `-${sum(n.subtract)}` : "";
          numerator = `(${sum(n.add)}${minus})*${share}`;
        }
        const scale = info.scale === 100 ? "*100" : "";
        const decimals = info.decimals ?? profile.display.valueDecimals;
        put(row, cols.values[i], {
          value: null,
          formula: `IF(${blank},"",${numerator}/${P}${scale})`,
          numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}` : "0",
        });
        valueCells.push(`${columnLetter(cols.values[i])}${row + 1}`);
        put(row, cols.deviations[i], {
          value: null,
          formula: `IF(${blank},"",${P}*(${valueCells[i]}-${meanCell[s][i]})^2)`,
          numFmt: "0.00",
        });
      });
      if (rule && cols.metCount !== undefined && cols.verdict !== undefined) {
        const threshold = (i: number) => abs(thresholdRow.get(ids[i]) as number, stageCol[s]);
        const met = valueCells.map((x, i) => `(${atLeast(x, threshold(i))})`).join("+");
        const metCell = `${columnLetter(cols.metCount)}${row + 1}`;
        put(row, cols.metCount, { value: null, formula: `IF(${blank},"",${met})`, numFmt: "0" });
        const floors = valueCells
          .map((x, i) => atLeast(x, `${abs(floorRow, 1)}*${threshold(i)}`))
          .join(",");
        put(row, cols.verdict, {
          value: null,
          formula: `IF(${blank},"",IF(AND(${metCell}>=${abs(minMetRow, 1)},${floors}),${str(T.words.pass)},${str(T.words.fail)}))`,
        });
      }
    }
    // §1.4 item 4: compulsory-stage students against the type's limit.
    const sized = isOneOf(type, SIZE_TYPES);
    const compulsory = `${columnLetter(compulsoryCol)}${row + 1}`;
    const limitCell = `${columnLetter(sizeLimitCol)}${row + 1}`;
    put(row, compulsoryCol, {
      value: null,
      formula: `IF(${sized},IF(${isOneOf(
        type,
        SIZE_TYPES.filter((t) => STAGES_OF_TYPE[t].primary)
      )},N(${d("primaryStudents")}),0)+IF(${isOneOf(
        type,
        SIZE_TYPES.filter((t) => STAGES_OF_TYPE[t].junior)
      )},N(${d("juniorStudents")}),0),"")`,
      numFmt: "0",
    });
    let limit = `""`;
    for (const t of [...SIZE_TYPES].reverse())
      limit = `IF(${type}=${str(SCHOOL_TYPE_NAMES[t])},${abs(sizeLimitRow.get(t) as number, 1)},${limit})`;
    put(row, sizeLimitCol, { value: null, formula: limit, numFmt: "0" });
    put(row, sizeCol, {
      value: null,
      formula: `IF(${compulsory}="","",IF(${compulsory}<=${limitCell},${str(T.words.sizeOk)},${str(T.words.oversized)}))`,
    });
    // Classes of this school in the class sheet, by stage (the county figures leave 特教's out).
    const schoolClasses = classCol("school");
    for (const s of STAGES) {
      const cc = classCols[s];
      const stage = str(STAGE_NAMES[s]);
      const count = (criterion: string) =>
        `IF(${empty},"",COUNTIFS(${schoolClasses},${name},${classStage},${stage},${classStudents},${criterion}))`;
      put(row, cc.classes, { value: null, formula: count(`">=0"`), numFmt: "0" });
      put(row, cc.overLimit, {
        value: null,
        formula: count(`">"&${abs(classLimitRow, stageCol[s])}`),
        numFmt: "0",
      });
      put(row, cc.large, {
        value: null,
        formula: count(`">="&${abs(veryLargeRow, 1)}`),
        numFmt: "0",
      });
      put(row, cc.superLarge, {
        value: null,
        formula: count(`">="&${abs(superLargeRow, 1)}`),
        numFmt: "0",
      });
    }
  }

  const columns = Array.from({ length: width }, (_, i) => ({
    width: i === 0 ? 48 : i < 6 ? 14 : 12,
  }));
  const sheet: ReportSheet = {
    name: T.sheet,
    id: "formulaTemplate",
    columns,
    rows,
    merges,
    print: { landscape: true, fitToWidth: false },
  };
  const stageCols = {} as FormulaTemplateLayout["stageCols"];
  for (const s of STAGES)
    stageCols[s] = { students: sc[s].students, metCount: sc[s].metCount, verdict: sc[s].verdict };
  return {
    sheet,
    layout: {
      county: layoutCounty,
      firstSchoolRow: first,
      nameCol,
      stageCols,
      classRows: {
        classes: sizesStart + sizesRows.classes,
        overLimit: sizesStart + sizesRows.overLimit,
        large: sizesStart + sizesRows.large,
        superLarge: sizesStart + sizesRows.superLarge,
      },
      oversizedRow: sizesStart + sizesRows.oversized,
      words: { pass: T.words.pass, fail: T.words.fail },
    },
  };
}
