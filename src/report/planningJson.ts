/**
 * The planning fields of the `--json` document (issue 5 §4): `gaps`, `cvsAfterGaps` and
 * `breakdowns`. Host-neutral (only the core): the CLI streams them, the offline page writes them.
 */
import {
  type Breakdowns,
  EduError,
  type Evaluation,
  type GapAnalysis,
  type GroupBreakdown,
  hasGaps,
} from "../core";
import { jsonSafe } from "./json";

export interface PlanningJson {
  /** One entry per failing school and stage: what it must add to meet the school rule. */
  gaps: unknown[];
  /** Per stage and indicator, the county CV once every gap is closed. */
  cvsAfterGaps: unknown;
  breakdowns: unknown;
}

function groupJson(keyName: "group" | "locale", g: GroupBreakdown<unknown>): unknown {
  return {
    [keyName]: g.key,
    label: g.label,
    stage: g.stage,
    schools: g.schools,
    students: g.students,
    indicators: g.indicators,
  };
}

export function breakdownsJson(b: Breakdowns): unknown {
  return {
    byGroup: b.byGroup.map((g) => groupJson("group", g)),
    byLocale: b.byLocale.map((g) => groupJson("locale", g)),
    urbanRuralRatio: b.urbanRuralRatio,
  };
}

export function gapsJson(analysis: GapAnalysis): Pick<PlanningJson, "gaps" | "cvsAfterGaps"> {
  return {
    gaps: analysis.gaps.map((g) => ({
      name: g.name,
      stage: g.stage,
      additions: g.additions,
      type: g.type,
      metCountAfter: g.metCountAfter,
      leftBelowThreshold: g.leftBelowThreshold,
      valuesAfter: g.valuesAfter,
      sharedWith: g.sharedWith,
      otherStage: g.otherStage
        ? { stage: g.otherStage.stage, valuesAfter: g.otherStage.valuesAfter }
        : null,
    })),
    cvsAfterGaps: analysis.cvsAfterGaps,
  };
}

/** The planning fields of `assess --json`; numbers unrounded, missing numbers null. */
export function planningJson(ev: Evaluation): PlanningJson {
  return jsonSafe(planningDocument(ev)) as PlanningJson;
}

/** The planning fields before jsonSafe (what `--json` streams). */
export function planningDocument(ev: Evaluation): Record<string, unknown> {
  const gaps = ev.gaps;
  if (!hasGaps(gaps)) throw new EduError("gapsFailed", gaps.error, gaps.errorEn);
  return {
    ...gapsJson(gaps),
    breakdowns: breakdownsJson(ev.breakdowns),
  };
}
