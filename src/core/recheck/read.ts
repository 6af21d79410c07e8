/**
 * Reading a county's forms for the re-check: the 表Ⅱ-2-shaped sheet (schools, students,
 * indicator values; shape.ts says which columns), and the tables it is compared with — 表Ⅲ
 * (全县平均值 and 差异系数 per stage, indicators across or down), 表Ⅱ-1 (达标学校总数 and 比例),
 * the 全县平均值 / 差异系数 rows a 公示 table may carry under its schools, and the L14 column.
 * Every figure keeps its cell, so that a difference can name it. Bad cells are issues naming
 * sheet, row and column; a school with one is left out, never guessed.
 */
import { fill, ZH } from "../../i18n";
import { INDICATORS } from "../indicators";
import { displayText, isBlankCell, matchText, parseNumberCell } from "../table/cells";
import { excelColumn, excelRow, originOf, type SheetOrigin } from "../table/columns";
import type { CellValue, IndicatorId, InputIssue, SheetCells, Stage } from "../types";
import { STAGES } from "../types";
import { STAGE_NAMES, STAGE_NAMES_EN } from "../vocabulary";
import { recheckIssue } from "./messages";
import {
  codeRow,
  findIndicatorValuesShape,
  headerTexts,
  indicatorOfHeader,
  RECHECK_HEADER_ROWS,
  stageOfText,
  stageOfTitle,
  type IndicatorValuesShape,
} from "./shape";
import type {
  CountyCounts,
  CountyFigure,
  CountyStageFigures,
  CountyTable,
  RecheckRead,
  ValueRow,
} from "./types";

export interface RecheckReadOptions {
  /** Read this sheet as the 表Ⅱ-2 instead of recognising it. */
  sheet?: string;
}

/** Rows under a 表Ⅱ-2 that are notes or signatures, not schools. */
const NOTE_ROW =
  /^(注|说明|备注|填报单位|填报人|填表人|单位负责人|负责人|联系电话|填报日期|日期|图例|审核|制表|数据来源|资料来源)/;
/** A 全县平均值 row of a 公示 table (or of 表Ⅲ). */
const MEAN_LABEL = /平均/;
const CV_LABEL = /差异系数/;
/** 合计, 标准值 rows: not schools, not compared. */
const SKIPPED_LABEL = /^(合计|总计|小计|全县|全区|全市|县均|标准|.*标准值)/;
/** 表Ⅱ-1's rows. */
const COUNT_LABEL = /达标学校(总)?数|达标校数|达标.*总数/;
const SHARE_LABEL = /比例|%|百分比|占比/;
const OVERALL_HEADER = /综合/;

const YES = /^(是|达标|合格|通过|√|✓|✔|y|yes)$/;
const NO = /^(否|未达标|不达标|不合格|未通过|×|✗|✘|x|n|no)$/;

/** 是 / 达标 → true, 否 / 未达标 → false; undefined for blank, null for anything else. */
export function parseVerdict(value: CellValue): boolean | null | undefined {
  if (isBlankCell(value)) return undefined;
  const t = matchText(displayText(value));
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return null;
}

function cellRef(origin: SheetOrigin, r: number, c: number): string {
  return `${excelColumn(origin, c)}${excelRow(origin, r)}`;
}

/** A 表Ⅱ-2 the L-codes or the form's name mark as the official one goes first. */
function officialRank(shape: IndicatorValuesShape): number {
  const named = /表(ⅱ|ii|2|二)-?2|分学校/.test(matchText(`${shape.sheet} ${shape.title}`));
  return (shape.codes ? 2 : 0) + (named ? 1 : 0);
}

interface SheetRows {
  shape: IndicatorValuesShape;
  rows: ValueRow[];
  leftOut: Record<Stage, number>;
  figures: CountyTable<CountyStageFigures>;
  issues: InputIssue[];
}

/** The schools, and the 平均值 / 差异系数 rows, of one 表Ⅱ-2-shaped sheet. */
export function readValueSheet(
  sheet: SheetCells,
  shape: IndicatorValuesShape,
  ids: readonly IndicatorId[]
): SheetRows {
  const origin = originOf(sheet);
  const issues: InputIssue[] = [];
  const rows: ValueRow[] = [];
  const leftOut: Record<Stage, number> = { primary: 0, junior: 0 };
  const figures: CountyTable<CountyStageFigures> = {
    kind: "formII2",
    sheet: sheet.name,
    stages: {},
  };
  const present = ids.filter((id) => shape.indicators[id] !== undefined);
  const dataColumns = new Set<number>([
    ...present.map((id) => shape.indicators[id]!.index),
    ...(shape.students ? [shape.students.index] : []),
  ]);
  const ownColumns = new Set<number>([
    shape.name.index,
    ...dataColumns,
    ...(shape.verdict ? [shape.verdict.index] : []),
    ...(shape.metCount ? [shape.metCount.index] : []),
  ]);
  const firstRow = new Map<string, number>();
  let current: Stage | undefined;

  for (let r = shape.bottom + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const excel = excelRow(origin, r);
    const texts = row.map((v) => (isBlankCell(v) ? "" : displayText(v)));
    const filled = texts.filter((t) => t !== "");
    if (filled.length === 0) continue;
    const hasData = [...dataColumns].some((c) => parseNumberCell(row[c]).kind === "number");
    if (!hasData && NOTE_ROW.test(matchText(filled[0]))) continue;

    // The stage: a strict 学段 column; else any 小学/初中 cell outside the data (a heading row,
    // a merged 序号 cell over the block, a 类型 column), which holds until the next one.
    let rowStage: Stage | undefined;
    const name = texts[shape.name.index] ?? "";
    if (shape.stage?.strict) {
      const v = texts[shape.stage.column.index] ?? "";
      rowStage = v === "" ? undefined : stageOfText(v);
      if (v !== "" && rowStage === undefined && hasData && !isStatLabel(name)) {
        issues.push(
          recheckIssue(
            "badStage",
            { sheet: sheet.name, row: excel, column: shape.stage.column.letter, school: name },
            { school: name, value: v }
          )
        );
        continue;
      }
    } else {
      for (let c = 0; c < texts.length; c++) {
        if (ownColumns.has(c) || texts[c] === "") continue;
        const s = stageOfText(texts[c]);
        if (s) {
          current = s;
          break;
        }
      }
    }
    if (!hasData) {
      // A heading row: 小学 / 初中 in the name column too.
      const s = stageOfText(name) ?? (filled.length <= 2 ? stageOfText(filled[0]) : undefined);
      if (s) current = s;
      continue;
    }
    const stage = rowStage ?? current ?? shape.titleStage;
    const label = name !== "" ? name : filled[0];

    if (MEAN_LABEL.test(label) || CV_LABEL.test(label)) {
      if (stage === undefined) continue;
      const kind = CV_LABEL.test(label) ? "cvs" : "means";
      const st = (figures.stages[stage] ??= { means: {}, cvs: {} });
      for (const id of present) {
        const c = shape.indicators[id]!.index;
        const p = parseNumberCell(row[c]);
        if (p.kind === "number")
          st[kind][id] = { sheet: sheet.name, cell: cellRef(origin, r, c), value: p.value };
      }
      continue;
    }
    if (SKIPPED_LABEL.test(matchText(label))) continue;
    if (name === "") {
      issues.push(recheckIssue("noName", { sheet: sheet.name, row: excel }));
      continue;
    }
    if (stage === undefined) {
      issues.push(
        recheckIssue("noStage", { sheet: sheet.name, row: excel, school: name }, { school: name })
      );
      continue;
    }

    let bad = false;
    let students = NaN;
    if (shape.students) {
      const p = parseNumberCell(row[shape.students.index]);
      if (p.kind === "number" && p.value > 0 && Number.isInteger(p.value)) students = p.value;
      else {
        bad = true;
        issues.push(
          recheckIssue(
            "badStudents",
            { sheet: sheet.name, row: excel, column: shape.students.letter, school: name },
            {
              school: name,
              value: p.kind === "blank" ? ZH.core.recheck.blank : textOf(row[shape.students.index]),
            }
          )
        );
      }
    }
    const values: ValueRow["values"] = {};
    const cells: ValueRow["cells"] = {};
    for (const id of present) {
      const col = shape.indicators[id]!;
      const p = parseNumberCell(row[col.index]);
      const place = { sheet: sheet.name, row: excel, column: col.letter, school: name };
      const params = {
        school: name,
        indicator: INDICATORS[id].name,
        indicatorEn: INDICATORS[id].nameEn,
      };
      if (p.kind === "number" && p.value >= 0) {
        values[id] = p.value;
        cells[id] = cellRef(origin, r, col.index);
      } else if (p.kind === "blank") {
        bad = true;
        issues.push(recheckIssue("missingValue", place, params));
      } else {
        bad = true;
        issues.push(recheckIssue("badValue", place, { ...params, value: textOf(row[col.index]) }));
      }
    }
    if (bad) {
      leftOut[stage]++;
      continue;
    }
    const key = `${stage}\u0000${name}`;
    const first = firstRow.get(key);
    if (first !== undefined)
      issues.push(
        recheckIssue(
          "duplicateSchool",
          { sheet: sheet.name, row: excel, school: name },
          { school: name, first, stage: STAGE_NAMES[stage], stageEn: STAGE_NAMES_EN[stage] }
        )
      );
    else firstRow.set(key, excel);

    const record: ValueRow = {
      sheet: sheet.name,
      row: excel,
      stage,
      name,
      students,
      values,
      cells,
    };
    if (shape.verdict) {
      const v = parseVerdict(row[shape.verdict.index]);
      if (v === null)
        issues.push(
          recheckIssue(
            "badVerdict",
            { sheet: sheet.name, row: excel, column: shape.verdict.letter, school: name },
            { school: name, value: textOf(row[shape.verdict.index]) }
          )
        );
      else if (v !== undefined) {
        record.countyPasses = v;
        record.verdictCell = cellRef(origin, r, shape.verdict.index);
      }
    }
    if (shape.metCount) {
      const p = parseNumberCell(row[shape.metCount.index]);
      if (p.kind === "number") {
        record.countyMetCount = p.value;
        record.metCountCell = cellRef(origin, r, shape.metCount.index);
      }
    }
    rows.push(record);
  }
  return { shape, rows, leftOut, figures, issues };
}

function isStatLabel(label: string): boolean {
  return MEAN_LABEL.test(label) || CV_LABEL.test(label) || SKIPPED_LABEL.test(matchText(label));
}

function textOf(value: CellValue): string {
  return displayText(value);
}

// ---------------------------------------------------------------------------
// 表Ⅲ and 表Ⅱ-1: indicators across (the form) or down (a 公示 list)
// ---------------------------------------------------------------------------

interface SummaryTables {
  figures?: CountyTable<CountyStageFigures>;
  counts?: CountyTable<CountyCounts>;
}

/** The indicator of each column of a header row (words, else the form's L1–Ln codes). */
function indicatorColumns(
  sheet: SheetCells,
  texts: readonly string[][],
  ids: readonly IndicatorId[]
): { row: number; columns: Map<number, IndicatorId>; overall?: number } | undefined {
  for (let r = 0; r < texts.length; r++) {
    const columns = new Map<number, IndicatorId>();
    const seen = new Set<IndicatorId>();
    texts[r].forEach((t, c) => {
      if (t === "") return;
      const id = indicatorOfHeader(matchText(t), ids, false);
      if (id && !seen.has(id)) {
        columns.set(c, id);
        seen.add(id);
      }
    });
    // The code row just below (or this row itself) gives L1–Ln where the words are missing.
    let overall: number | undefined;
    for (const cr of [r, r + 1]) {
      const codes = cr < texts.length ? codeRow(sheet.values[cr] ?? []) : undefined;
      if (!codes) continue;
      codes.forEach((code, c) => {
        if (!code) return;
        const n = Number(code.slice(1));
        if (n >= 1 && n <= ids.length && !columns.has(c) && !seen.has(ids[n - 1])) {
          columns.set(c, ids[n - 1]);
          seen.add(ids[n - 1]);
        } else if (n === ids.length + 1) overall = c;
      });
    }
    if (overall === undefined) {
      const i = texts[r].findIndex((t) => OVERALL_HEADER.test(t) && !/[平均系数]/.test(t));
      if (i >= 0 && !columns.has(i)) overall = i;
    }
    if (seen.size >= Math.min(3, ids.length)) return { row: r, columns, overall };
  }
  return undefined;
}

function readAcross(sheet: SheetCells, ids: readonly IndicatorId[]): SummaryTables {
  const texts = headerTexts(sheet);
  const header = indicatorColumns(sheet, texts, ids);
  if (!header) return {};
  const origin = originOf(sheet);
  const first = Math.min(...header.columns.keys());
  const figures: CountyTable<CountyStageFigures> = {
    kind: "formIII",
    sheet: sheet.name,
    stages: {},
  };
  const counts: CountyTable<CountyCounts> = { kind: "formII1", sheet: sheet.name, stages: {} };
  let anyFigure = false;
  let anyCount = false;
  let stage: Stage | undefined = stageOfTitle(sheet.name);
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const labels = row.slice(0, first).map((v) => (isBlankCell(v) ? "" : displayText(v)));
    for (const l of labels) {
      const s = l === "" ? undefined : stageOfText(l);
      if (s) stage = s;
    }
    if (stage === undefined) continue;
    const label = labels.filter((l) => l !== "" && stageOfText(l) === undefined).join("");
    const numbers = (): Partial<Record<IndicatorId, CountyFigure>> => {
      const out: Partial<Record<IndicatorId, CountyFigure>> = {};
      for (const [c, id] of header.columns) {
        const p = parseNumberCell(row[c]);
        if (p.kind === "number")
          out[id] = { sheet: sheet.name, cell: cellRef(origin, r, c), value: p.value };
      }
      return out;
    };
    const overallCell = header.overall;
    const found = numbers();
    // A label with no figure beside it is a note, not a row of the table.
    if (Object.keys(found).length === 0) continue;
    if (CV_LABEL.test(label) || MEAN_LABEL.test(label)) {
      const st = (figures.stages[stage] ??= { means: {}, cvs: {} });
      if (CV_LABEL.test(label)) {
        Object.assign(st.cvs, found);
        if (overallCell !== undefined) {
          const v = parseVerdict(row[overallCell]);
          if (typeof v === "boolean")
            st.cvVerdict = { sheet: sheet.name, cell: cellRef(origin, r, overallCell), passes: v };
        }
      } else Object.assign(st.means, found);
      anyFigure = true;
    } else if (COUNT_LABEL.test(label) || (SHARE_LABEL.test(label) && /达标/.test(label))) {
      const st = (counts.stages[stage] ??= { meeting: {}, shares: {} });
      const share = SHARE_LABEL.test(label);
      Object.assign(share ? st.shares : st.meeting, found);
      if (overallCell !== undefined) {
        const p = parseNumberCell(row[overallCell]);
        if (p.kind === "number") {
          const f = { sheet: sheet.name, cell: cellRef(origin, r, overallCell), value: p.value };
          if (share) st.passingShare = f;
          else st.passing = f;
        }
      }
      anyCount = true;
    }
  }
  return { figures: anyFigure ? figures : undefined, counts: anyCount ? counts : undefined };
}

/** A 公示 list of indicators down the rows: 学段 | 指标 | 全县平均值 | 差异系数. */
function readDown(sheet: SheetCells, ids: readonly IndicatorId[]): SummaryTables {
  const texts = headerTexts(sheet);
  const origin = originOf(sheet);
  for (let r = 0; r < texts.length; r++) {
    // A header row of its own cells (not a title merged across them).
    const typed = (sheet.values[r] ?? []).filter((v) => !isBlankCell(v));
    if (typed.length < 3) continue;
    const row = texts[r].map((t) => matchText(t));
    const indicatorColumn = row.findIndex((t) => /^(评估)?(指标|项目)(名称)?$/.test(t));
    const cvColumn = row.findIndex((t) => CV_LABEL.test(t) && !/上限|标准|结论/.test(t));
    const meanColumn = row.findIndex((t) => /平均|均值/.test(t));
    if (indicatorColumn < 0 || (cvColumn < 0 && meanColumn < 0)) continue;
    const stageColumn = row.findIndex((t) => /学段/.test(t));
    const figures: CountyTable<CountyStageFigures> = {
      kind: "formIII",
      sheet: sheet.name,
      stages: {},
    };
    let stage: Stage | undefined = stageOfTitle(sheet.name);
    let found = 0;
    for (let b = r + 1; b < sheet.values.length; b++) {
      const cells = sheet.values[b] ?? [];
      const stageText =
        stageColumn >= 0 && !isBlankCell(cells[stageColumn]) ? displayText(cells[stageColumn]) : "";
      const s = stageText === "" ? undefined : stageOfText(stageText);
      if (s) stage = s;
      const name = isBlankCell(cells[indicatorColumn]) ? "" : displayText(cells[indicatorColumn]);
      if (stageColumn < 0 && stageOfText(name)) stage = stageOfText(name);
      const id = name === "" ? undefined : indicatorOfHeader(matchText(name), ids, false);
      if (!id || !stage) continue;
      const st = (figures.stages[stage] ??= { means: {}, cvs: {} });
      for (const [c, kind] of [
        [meanColumn, "means"],
        [cvColumn, "cvs"],
      ] as const) {
        if (c < 0) continue;
        const p = parseNumberCell(cells[c]);
        if (p.kind === "number") {
          st[kind][id] = { sheet: sheet.name, cell: cellRef(origin, b, c), value: p.value };
          found++;
        }
      }
    }
    if (found >= Math.min(3, ids.length)) return { figures };
  }
  return {};
}

/** 表Ⅲ and 表Ⅱ-1 of a sheet that is not a 表Ⅱ-2: indicators across the columns, else down the rows. */
export function readSummarySheet(sheet: SheetCells, ids: readonly IndicatorId[]): SummaryTables {
  const across = readAcross(sheet, ids);
  if (across.figures || across.counts) return across;
  return readDown(sheet, ids);
}

function hasStageFigures(t: CountyTable<CountyStageFigures>): boolean {
  return STAGES.some((s) => {
    const st = t.stages[s];
    return (
      st !== undefined &&
      (Object.keys(st.means).length > 0 || Object.keys(st.cvs).length > 0 || st.cvVerdict)
    );
  });
}

/**
 * Reads a county's workbook for the re-check: the 表Ⅱ-2 (the one the L-codes or its name mark
 * as official first; another only for a stage the first lacks), then 表Ⅲ and 表Ⅱ-1 from the
 * other sheets. Never throws for the data: what cannot be used is an issue.
 */
export function readRecheckWorkbook(
  sheets: readonly SheetCells[],
  ids: readonly IndicatorId[],
  options: RecheckReadOptions = {}
): RecheckRead {
  const issues: InputIssue[] = [];
  const result: RecheckRead = {
    valueSheets: [],
    officialLayout: false,
    rows: [],
    leftOut: { primary: 0, junior: 0 },
    missingIndicators: [],
    figures: [],
    counts: [],
    issues,
  };
  const shapes = new Map<SheetCells, IndicatorValuesShape>();
  for (const sheet of sheets) {
    const shape = findIndicatorValuesShape(sheet, ids);
    if (shape) shapes.set(sheet, shape);
  }
  const sheetNames = sheets.map((s) => `「${s.name}」`).join("、") || ZH.core.recheck.none;

  let chosen: SheetCells[];
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim() === wanted.trim());
    if (!sheet) {
      issues.push(
        recheckIssue("sheetNotFound", { sheet: "" }, { name: wanted, sheets: sheetNames })
      );
      return result;
    }
    if (!shapes.has(sheet)) {
      issues.push(recheckIssue("notValuesSheet", { sheet: sheet.name }));
      return result;
    }
    chosen = [sheet];
  } else {
    chosen = [...shapes.keys()].sort(
      (a, b) => officialRank(shapes.get(b)!) - officialRank(shapes.get(a)!)
    );
    if (chosen.length === 0) {
      issues.push(recheckIssue("noValuesSheet", { sheet: "" }, { sheets: sheetNames }));
      return result;
    }
  }

  const taken = new Set<Stage>();
  for (const sheet of chosen) {
    const shape = shapes.get(sheet)!;
    const read = readValueSheet(sheet, shape, ids);
    const stages = new Set<Stage>(read.rows.map((r) => r.stage));
    for (const s of STAGES) if (read.leftOut[s] > 0) stages.add(s);
    if (result.valueSheets.length > 0 && [...stages].some((s) => taken.has(s))) {
      issues.push(
        recheckIssue(
          "otherValuesSheet",
          { sheet: sheet.name },
          { used: result.valueSheets.join("」「") }
        )
      );
      continue;
    }
    if (result.valueSheets.length > 0 && stages.size === 0) continue;
    for (const s of stages) taken.add(s);
    result.valueSheets.push(sheet.name);
    result.officialLayout ||= shape.codes;
    if (!shape.students) issues.push(recheckIssue("noStudentsColumn", { sheet: sheet.name }));
    if (shape.missing.length > 0 && result.missingIndicators.length === 0) {
      result.missingIndicators = shape.missing;
      issues.push(
        recheckIssue(
          "missingIndicators",
          { sheet: sheet.name },
          {
            list: shape.missing.map((id) => `「${INDICATORS[id].name}」`).join("、"),
            listEn: shape.missing.map((id) => INDICATORS[id].nameEn).join(", "),
            total: ids.length,
          }
        )
      );
    }
    issues.push(...read.issues);
    if (!shape.students) continue;
    result.rows.push(...read.rows);
    for (const s of STAGES) result.leftOut[s] += read.leftOut[s];
    if (hasStageFigures(read.figures)) result.figures.push(read.figures);
    if (read.rows.length === 0 && read.issues.every((i) => i.row === undefined))
      issues.push(recheckIssue("noSchoolRows", { sheet: sheet.name }));
  }

  for (const sheet of sheets) {
    if (shapes.has(sheet)) continue;
    const t = readSummarySheet(sheet, ids);
    if (t.figures) result.figures.push(t.figures);
    if (t.counts) result.counts.push(t.counts);
  }
  return result;
}

/** Why nothing can be re-checked, in one line; undefined when there are schools. */
export function recheckRefusal(read: RecheckRead): string | undefined {
  if (read.rows.length > 0) return undefined;
  const sheetLevel = read.issues.find((i) => i.severity === "error" && i.row === undefined);
  if (sheetLevel) return sheetLevel.message;
  const first = read.issues.find((i) => i.severity === "error");
  if (first) return fill(ZH.core.recheck.noSchoolsFirstError, { error: first.message });
  return ZH.core.recheck.noSchools;
}

export { RECHECK_HEADER_ROWS };
