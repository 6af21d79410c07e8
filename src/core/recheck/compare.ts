/**
 * Each county figure the workbook holds against the recomputed one (tolerance.ts says how
 * near is near enough): 表Ⅲ's means, CVs and 综合; 表Ⅱ-1's counts and shares; a 公示 table's
 * own 平均值 / 差异系数 rows; each school's L14 (or 结论) and 达标指标数. A stage with schools
 * left out for bad data is not compared (its figures would differ for that reason alone).
 */
import type { StandardsProfile } from "../profiles/profile";
import type { IndicatorId, InputIssue, Stage } from "../types";
import { STAGES } from "../types";
import { STAGE_NAMES, STAGE_NAMES_EN } from "../vocabulary";
import { recheckIssue } from "./messages";
import { noise, roundingHalfUnit } from "./tolerance";
import type {
  Bounds,
  ComparedItem,
  Comparison,
  ComparisonStatus,
  CountyFigure,
  CountyTableKind,
  RecheckRead,
  RecheckStage,
} from "./types";

interface Place {
  table: CountyTableKind;
  stage: Stage;
  item: ComparedItem;
  indicator?: IndicatorId;
  school?: string;
}

/** A number against a recomputed number that may be off by `spread` (the values' rounding). */
function compareNumber(
  place: Place,
  figure: CountyFigure,
  recomputed: number,
  spread: number,
  formDecimals: number
): Comparison {
  const own = roundingHalfUnit(figure.value, formDecimals) + noise(recomputed);
  const gap = Math.abs(figure.value - recomputed);
  const status: ComparisonStatus =
    gap <= own ? "same" : gap <= own + spread ? "consistent" : "different";
  return {
    ...place,
    sheet: figure.sheet,
    cell: figure.cell,
    county: figure.value,
    recomputed,
    tolerance: own + spread,
    status,
  };
}

/** A count against the recomputed one and the range rounding allows. */
function compareCount(
  place: Place,
  figure: CountyFigure,
  recomputed: number,
  bounds: Bounds
): Comparison {
  const v = figure.value;
  const status: ComparisonStatus =
    v === recomputed ? "same" : v >= bounds.low && v <= bounds.high ? "consistent" : "different";
  return {
    ...place,
    sheet: figure.sheet,
    cell: figure.cell,
    county: v,
    recomputed,
    bounds,
    status,
  };
}

/** A share in % (one decimal) against count / schools, with the range the counts allow. */
function compareShare(
  place: Place,
  figure: CountyFigure,
  count: number,
  bounds: Bounds,
  schools: number
): Comparison {
  const recomputed = (count / schools) * 100;
  const own = roundingHalfUnit(figure.value, 1) + noise(recomputed);
  const low = (bounds.low / schools) * 100;
  const high = (bounds.high / schools) * 100;
  const v = figure.value;
  const status: ComparisonStatus =
    Math.abs(v - recomputed) <= own
      ? "same"
      : v >= low - own && v <= high + own
        ? "consistent"
        : "different";
  return {
    ...place,
    sheet: figure.sheet,
    cell: figure.cell,
    county: v,
    recomputed,
    bounds: { low, high },
    status,
  };
}

/** Whether the CVs' verdict could be otherwise before rounding: some CV's range straddles its limit. */
function cvVerdictSensitive(st: RecheckStage, ids: readonly IndicatorId[]): boolean {
  return ids.some((id) => {
    const ind = st.indicators[id];
    if (!ind || ind.cv === null || ind.cvLimit === null || ind.cvTolerance === null) return false;
    return ind.cv - ind.cvTolerance <= ind.cvLimit && ind.cv + ind.cvTolerance > ind.cvLimit;
  });
}

export function compareWithCounty(
  read: RecheckRead,
  stages: Record<Stage, RecheckStage>,
  profile: StandardsProfile
): { comparisons: Comparison[]; notes: InputIssue[] } {
  const ids = profile.indicators;
  const { valueDecimals, cvDecimals } = profile.display;
  const comparisons: Comparison[] = [];
  const notes: InputIssue[] = [];
  const noted = new Set<string>();
  /** Whether a stage's county figures can be compared; notes why not, once per stage and sheet. */
  const comparable = (stage: Stage, sheet: string): boolean => {
    const st = stages[stage];
    if (st.leftOut > 0) {
      if (!noted.has(`left\u0000${stage}`)) {
        noted.add(`left\u0000${stage}`);
        notes.push(
          recheckIssue(
            "stageLeftOut",
            { sheet: "" },
            { stage: STAGE_NAMES[stage], stageEn: STAGE_NAMES_EN[stage], count: st.leftOut }
          )
        );
      }
      return false;
    }
    if (st.schools.length === 0) {
      if (!noted.has(`empty\u0000${stage}\u0000${sheet}`)) {
        noted.add(`empty\u0000${stage}\u0000${sheet}`);
        notes.push(
          recheckIssue(
            "noSchoolsInStage",
            { sheet: "" },
            { stage: STAGE_NAMES[stage], stageEn: STAGE_NAMES_EN[stage], sheet }
          )
        );
      }
      return false;
    }
    return true;
  };

  for (const table of read.figures) {
    for (const stage of STAGES) {
      const f = table.stages[stage];
      if (!f || !comparable(stage, table.sheet)) continue;
      const st = stages[stage];
      for (const id of ids) {
        const ind = st.indicators[id];
        if (!ind) continue;
        const mean = f.means[id];
        if (mean && ind.countyValue !== null && ind.meanTolerance !== null)
          comparisons.push(
            compareNumber(
              { table: table.kind, stage, item: "mean", indicator: id },
              mean,
              ind.countyValue,
              ind.meanTolerance,
              valueDecimals
            )
          );
        const cv = f.cvs[id];
        if (cv && ind.cv !== null && ind.cvTolerance !== null)
          comparisons.push(
            compareNumber(
              { table: table.kind, stage, item: "cv", indicator: id },
              cv,
              ind.cv,
              ind.cvTolerance,
              cvDecimals
            )
          );
      }
      if (f.cvVerdict && st.cvsPass !== null) {
        const sensitive = cvVerdictSensitive(st, ids);
        comparisons.push({
          table: table.kind,
          stage,
          item: "cvVerdict",
          sheet: f.cvVerdict.sheet,
          cell: f.cvVerdict.cell,
          county: f.cvVerdict.passes,
          recomputed: st.cvsPass,
          status:
            f.cvVerdict.passes === st.cvsPass ? "same" : sensitive ? "consistent" : "different",
        });
      }
    }
  }

  for (const table of read.counts) {
    for (const stage of STAGES) {
      const c = table.stages[stage];
      if (!c || !comparable(stage, table.sheet)) continue;
      const st = stages[stage];
      const n = st.schools.length;
      for (const id of ids) {
        const ind = st.indicators[id];
        if (!ind || ind.schoolsMeeting === null || !ind.schoolsMeetingBounds) continue;
        const place = (item: ComparedItem): Place => ({
          table: table.kind,
          stage,
          item,
          indicator: id,
        });
        const count = c.meeting[id];
        if (count)
          comparisons.push(
            compareCount(
              place("schoolsMeeting"),
              count,
              ind.schoolsMeeting,
              ind.schoolsMeetingBounds
            )
          );
        const share = c.shares[id];
        if (share)
          comparisons.push(
            compareShare(
              place("meetingShare"),
              share,
              ind.schoolsMeeting,
              ind.schoolsMeetingBounds,
              n
            )
          );
      }
      if (st.schoolsPassing !== null && st.schoolsPassingBounds) {
        if (c.passing)
          comparisons.push(
            compareCount(
              { table: table.kind, stage, item: "schoolsPassing" },
              c.passing,
              st.schoolsPassing,
              st.schoolsPassingBounds
            )
          );
        if (c.passingShare)
          comparisons.push(
            compareShare(
              { table: table.kind, stage, item: "passingShare" },
              c.passingShare,
              st.schoolsPassing,
              st.schoolsPassingBounds,
              n
            )
          );
      }
    }
  }

  // Each school's own verdict and 达标指标数, row by row.
  const bySheetRow = new Map<string, (typeof read.rows)[number]>();
  for (const r of read.rows) bySheetRow.set(`${r.sheet}\u0000${r.row}`, r);
  for (const stage of STAGES) {
    for (const s of stages[stage].schools) {
      const row = bySheetRow.get(`${s.sheet}\u0000${s.row}`);
      if (!row) continue;
      if (row.countyPasses !== undefined && row.verdictCell && s.passes !== null) {
        comparisons.push({
          table: "formII2",
          stage,
          item: "schoolVerdict",
          school: s.name,
          sheet: s.sheet,
          cell: row.verdictCell,
          county: row.countyPasses,
          recomputed: s.passes,
          status:
            row.countyPasses === s.passes
              ? "same"
              : s.roundingSensitive
                ? "consistent"
                : "different",
        });
      }
      if (
        row.countyMetCount !== undefined &&
        row.metCountCell &&
        s.metCount !== null &&
        s.metCountBounds
      ) {
        comparisons.push(
          compareCount(
            { table: "formII2", stage, item: "metCount", school: s.name },
            { sheet: s.sheet, cell: row.metCountCell, value: row.countyMetCount },
            s.metCount,
            s.metCountBounds
          )
        );
      }
    }
  }
  return { comparisons, notes };
}
