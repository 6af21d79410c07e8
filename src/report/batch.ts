/**
 * A city's summary of its counties (issue 5 §5): one row per county workbook
 * with the verdict per stage, every CV, the failing schools and whether the
 * data were complete; a workbook that could not be computed keeps its row with
 * the reason. Built as the host-neutral report model, so the CLI's xlsx writer
 * (and any other writer) renders it.
 */
import {
  type Evaluation,
  type IndicatorId,
  type IndicatorRecord,
  INDICATORS,
  PARTIAL_WORDS,
  type Stage,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
} from "../core";
import { fill, ZH } from "../i18n";
import { NUMBER_FORMATS } from "./formats";
import type { ReportCell, ReportSheet, ReportWorkbook } from "./model";
import { cell, SheetBuilder, verdictCell } from "./sheet";

export interface CountyStageRow {
  /** Null when the stage cannot be judged (a partial table). */
  passes: boolean | null;
  schools: number;
  /** Null under a profile without a school rule (2012). */
  schoolsPassing: number | null;
  /** The profile's indicators. */
  cvs: IndicatorRecord<number | null>;
  /** Null where the CV has no limit of its own (2012: the composite is judged). */
  cvPasses: IndicatorRecord<boolean | null>;
  failingSchools: string[];
  /** 2012: the 综合差异系数 and its verdict. Absent under a per-indicator rule. */
  compositeCv?: number | null;
  compositePasses?: boolean;
  /** A partial table: the indicators not computed for lack of their columns. Absent otherwise. */
  missingIndicators?: IndicatorId[];
}

/** One county workbook of the folder: its figures, or why it could not be computed. */
export interface CountyRow {
  /** The workbook's file name. */
  file: string;
  /** Why the workbook was skipped (Chinese, one line); null when it was computed. */
  error: string | null;
  /** Schools left out for bad data; null when the workbook was skipped. */
  incomplete: boolean | null;
  stages: Record<Stage, CountyStageRow> | null;
}

/** One county's row of the city summary, from its evaluation. */
export function countyRow(file: string, ev: Evaluation): CountyRow {
  const a = ev.assessment;
  const incomplete = a.incomplete || ev.read.incomplete;
  const stages = {} as Record<Stage, CountyStageRow>;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const cvs: IndicatorRecord<number | null> = {};
    const cvPasses: IndicatorRecord<boolean | null> = {};
    for (const id of a.indicators) {
      cvs[id] = sa.indicators[id]?.cv ?? null;
      cvPasses[id] = sa.indicators[id]?.cvPasses ?? null;
    }
    const row: CountyStageRow = {
      passes: sa.passes,
      schools: sa.schools.length,
      schoolsPassing: sa.schoolsPassing,
      cvs,
      cvPasses,
      failingSchools: sa.schools.filter((s) => s.passes === false).map((s) => s.name),
    };
    if (sa.compositeLimit !== undefined) {
      row.compositeCv = sa.compositeCv ?? null;
      row.compositePasses = sa.compositePasses === true;
    }
    if (sa.missingIndicators) row.missingIndicators = sa.missingIndicators;
    stages[stage] = row;
  }
  return { file, error: null, incomplete, stages };
}

export function skippedCountyRow(file: string, error: string): CountyRow {
  return { file, error, incomplete: null, stages: null };
}

/** Distinct failing schools of a county (a school failing in both stages counts once). */
export function failingSchoolNames(row: CountyRow): string[] {
  if (!row.stages) return [];
  const names: string[] = [];
  for (const stage of STAGES)
    for (const n of row.stages[stage].failingSchools) if (!names.includes(n)) names.push(n);
  return names;
}

/** "小学：甲、乙；初中：丙" (stages without failing schools left out). */
export function failingSchoolsText(row: CountyRow): string {
  if (!row.stages) return "";
  const stages = row.stages;
  return STAGES.filter((st) => stages[st].failingSchools.length > 0)
    .map((st) => `${STAGE_NAMES[st]}：${stages[st].failingSchools.join("、")}`)
    .join("；");
}

const T = ZH.tools.batch;

export const BATCH_SHEET_NAMES = { counties: T.sheetCounties, failing: T.sheetFailing } as const;

export interface BatchReportOptions {
  profile: StandardsProfile;
  /** The folder read, shown in the subtitle. */
  folder?: string;
  /** Shown in the subtitle; left out when absent so output is reproducible. */
  date?: string;
}

/** Columns for `perStage` CV columns per stage (the indicators, and the composite in 2012). */
function columns(perStage: number) {
  return {
    index: 0,
    file: 1,
    primary: 2,
    junior: 3,
    firstCv: 4,
    failingCount: 4 + 2 * perStage,
    failing: 5 + 2 * perStage,
    complete: 6 + 2 * perStage,
    note: 7 + 2 * perStage,
  } as const;
}

function countiesSheet(
  rows: readonly CountyRow[],
  subtitle: string,
  profile: StandardsProfile
): ReportSheet {
  const ids: readonly IndicatorId[] = profile.indicators;
  const composite = profile.countyRule.kind === "composite";
  const perStage = ids.length + (composite ? 1 : 0);
  const C = columns(perStage);
  const widths: number[] = [];
  widths[C.index] = 6;
  widths[C.file] = 24;
  widths[C.primary] = 8;
  widths[C.junior] = 8;
  for (let c = C.firstCv; c < C.failingCount; c++) widths[c] = 11;
  widths[C.failingCount] = 8;
  widths[C.failing] = 40;
  widths[C.complete] = 10;
  widths[C.note] = 50;
  const b = new SheetBuilder(widths);
  b.wide(composite ? T.titleBasic : T.titleQuality, "title");
  b.wide(subtitle, "subtitle");

  // Two header rows: stage groups over the CV columns, then each indicator.
  const h1: ReportCell[] = [];
  const h2: ReportCell[] = [];
  const r1 = b.rows.length;
  const single = (c: number, text: string): void => {
    h1[c] = cell(text, "header");
    h2[c] = cell("", "header");
    b.merge(r1, c, r1 + 1, c);
  };
  single(C.index, T.index);
  single(C.file, T.file);
  single(C.primary, T.primaryVerdict);
  single(C.junior, T.juniorVerdict);
  STAGES.forEach((stage, k) => {
    const first = C.firstCv + k * perStage;
    const limit = profile.countyRule.limits[stage];
    h1[first] = cell(
      composite
        ? fill(T.cvCompositeLimit, { stage: STAGE_NAMES[stage], limit })
        : fill(T.cvLimit, { stage: STAGE_NAMES[stage], limit }),
      "header"
    );
    for (let i = 1; i < perStage; i++) h1[first + i] = cell("", "header");
    b.merge(r1, first, r1, first + perStage - 1);
    ids.forEach((id, i) => {
      h2[first + i] = cell(INDICATORS[id].shortName, "header");
    });
    if (composite) h2[first + ids.length] = cell(T.compositeCv, "header");
  });
  single(C.failingCount, T.failingCount);
  single(C.failing, T.failing);
  single(C.complete, T.completeness);
  single(C.note, T.note);
  b.row(h1);
  b.row(h2);
  b.freeze();

  rows.forEach((row, k) => {
    const r: ReportCell[] = [];
    r[C.index] = cell(k + 1);
    r[C.file] = cell(row.file);
    if (!row.stages) {
      r[C.primary] = cell(T.cannotCompute, "fail");
      r[C.junior] = cell(T.cannotCompute, "fail");
      for (let c = C.firstCv; c < C.note; c++) r[c] = cell("");
      r[C.note] = cell(row.error ?? "", "fail");
      b.row(r);
      return;
    }
    const stages = row.stages;
    r[C.primary] = verdictCell(stages.primary.passes);
    r[C.junior] = verdictCell(stages.junior.passes);
    STAGES.forEach((stage, s) => {
      const st = stages[stage];
      ids.forEach((id, i) => {
        const v = st.cvs[id] ?? null;
        r[C.firstCv + s * perStage + i] = st.missingIndicators?.includes(id)
          ? cell(PARTIAL_WORDS.notComputed.zh, "missing")
          : v === null
            ? cell("—", "fail")
            : cell(v, st.cvPasses[id] === false ? "fail" : "text", { numFmt: NUMBER_FORMATS.cv });
      });
      if (composite) {
        const v = st.compositeCv ?? null;
        r[C.firstCv + s * perStage + ids.length] = st.missingIndicators
          ? cell(PARTIAL_WORDS.notComputed.zh, "missing")
          : v === null
            ? cell("—", "fail")
            : cell(v, st.compositePasses ? "pass" : "fail", { numFmt: NUMBER_FORMATS.cv });
      }
    });
    const failing = failingSchoolNames(row);
    r[C.failingCount] = cell(failing.length, failing.length > 0 ? "fail" : "text");
    r[C.failing] = cell(failingSchoolsText(row));
    const partial = STAGES.some((st) => stages[st].missingIndicators);
    r[C.complete] = row.incomplete
      ? cell(T.incomplete, "fail")
      : partial
        ? cell(PARTIAL_WORDS.notComputed.zh, "missing")
        : cell(T.complete, "pass");
    r[C.note] = cell(
      row.incomplete
        ? T.incompleteNote
        : partial
          ? fill(T.partialNote, { what: PARTIAL_WORDS.someNotComputed.zh })
          : ""
    );
    b.row(r);
  });
  const computed = rows.filter((r) => r.stages !== null).length;
  const total: ReportCell[] = [];
  total[C.index] = cell("", "total");
  total[C.file] = cell(
    fill(T.total, { files: rows.length, computed, failed: rows.length - computed }),
    "total"
  );
  for (const stage of STAGES) {
    const n = rows.filter((r) => r.stages?.[stage].passes).length;
    total[stage === "primary" ? C.primary : C.junior] = cell(
      fill(T.passing, { n, computed }),
      "total"
    );
  }
  total[C.failingCount] = cell(
    rows.reduce((sum, r) => sum + failingSchoolNames(r).length, 0),
    "total"
  );
  b.row(total);

  return b.build("counties", BATCH_SHEET_NAMES.counties);
}

function failingSheet(
  rows: readonly CountyRow[],
  subtitle: string,
  profile: StandardsProfile
): ReportSheet {
  const b = new SheetBuilder([6, 24, 6, 30]);
  b.wide(T.failingTitle, "title");
  b.wide(subtitle, "subtitle");
  b.header([...T.failingHeader]);
  b.freeze();
  let k = 0;
  for (const row of rows) {
    if (!row.stages) continue;
    for (const stage of STAGES) {
      for (const name of row.stages[stage].failingSchools)
        b.row([cell(++k), cell(row.file), cell(STAGE_NAMES[stage]), cell(name, "fail")]);
    }
  }
  if (k === 0) {
    b.row(
      profile.schoolRule
        ? [cell(""), cell(T.allPass, "pass")]
        : [cell(""), cell(fill(T.noSchoolRule, { profile: profile.name }))]
    );
  }
  return b.build("failingSchools", BATCH_SHEET_NAMES.failing);
}

export function buildBatchReport(
  rows: readonly CountyRow[],
  options: BatchReportOptions
): ReportWorkbook {
  const parts = [fill(T.profile, { profile: options.profile.name })];
  if (options.folder) parts.push(fill(T.folder, { folder: options.folder }));
  if (options.date) parts.push(fill(T.date, { date: options.date }));
  const subtitle = parts.join("　");
  return {
    sheets: [
      countiesSheet(rows, subtitle, options.profile),
      failingSheet(rows, subtitle, options.profile),
    ],
  };
}
