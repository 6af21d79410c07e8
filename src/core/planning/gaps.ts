/**
 * Gap-closing (补差测算): for each school that fails the school rule of
 * standards.md §1.1 in a stage, the smallest additions to its figures that make
 * it pass, and the county CVs once every such plan is carried out.
 *
 * What "smallest" means. Teachers, ㎡, 元 and rooms cannot be added up into one
 * cost, so a plan is chosen by rules a county can check by hand:
 *  1. The rule lets (7 − minMet) = 1 indicator stay below its threshold if it
 *     reaches 85% of it. So a stage either raises every short indicator to its
 *     threshold, or leaves one of them short, raised only to the 85% floor
 *     (nothing at all when it is already there). Every such choice is tried.
 *  2. Among them, the plan that adds to the fewest fields (kinds of resource).
 *  3. Then the plan that leaves the indicator with the largest relative
 *     shortfall (the hardest to close) below its threshold.
 *  4. Then the first in §1.1 order.
 * Within a plan every amount is the exact minimum, rounded up to the unit the
 * resource comes in: whole teachers, whole rooms, whole 元, ㎡ to 0.01. It is
 * the least amount with which the school still passes given the other
 * additions, so taking one unit off any addition makes the school fail again.
 *
 * Shared facilities (§1.2). 教学及辅助用房, 运动场地, 教学仪器设备 and 多媒体教室
 * belong to the whole school: adding x raises a stage's value by
 * share × x / students of that stage, and raises the other stage's value too.
 * When both stages of a school fail, one plan is made for the school (the
 * facility additions serve both stages) and both stage entries carry the same
 * facility amounts, to be added once. Teachers are counted per stage.
 *
 * 教学及辅助用房 is raised through `teachingArea` (the statistics item, which
 * includes 室内体育用房, so adding x to it adds x to the non-sports rooms), and
 * 体育运动场馆 through `outdoorSportsArea` (运动场地): adding 室内体育用房 would
 * also move 教学及辅助用房, so it is not used as a lever.
 */
import { EN_US, fill, ZH } from "../../i18n";
import { indicatorRecords } from "../allowances";
import { EduError } from "../errors";
import type { SchoolRule, StandardsProfile } from "../profiles/profile";
import { applySchoolRule, atLeast } from "../rules";
import { stageIndicatorValues } from "../schoolValues";
import type {
  Assessment,
  IndicatorId,
  IndicatorRecord,
  Locale,
  SchoolRecord,
  SchoolStageAssessment,
  SchoolType,
  SourceRef,
  Stage,
} from "../types";
import { INDICATOR_IDS, STAGES } from "../types";

/** The SchoolRecord fields a plan adds to. */
export type GapField =
  | "primaryQualifiedTeachers"
  | "juniorQualifiedTeachers"
  | "primaryBackboneTeachers"
  | "juniorBackboneTeachers"
  | "primaryPeArtTeachers"
  | "juniorPeArtTeachers"
  | "teachingArea"
  | "outdoorSportsArea"
  | "equipmentValue"
  | "multimediaRooms";

const T = ZH.core.gaps;
const E = EN_US.core.gaps;

export interface GapFieldInfo {
  field: GapField;
  indicator: IndicatorId;
  /** The stage whose teachers these are; null for a facility shared by the school's stages. */
  stage: Stage | null;
  /** What is added, in Chinese, e.g. "小学县级以上骨干教师", "运动场地". */
  name: string;
  /** 人, ㎡, 元 or 间 (ZH.core.gaps.units). */
  unit: string;
  /** Additions are whole multiples of this: 1 person, 1 room, 1 元, 0.01 ㎡. */
  step: number;
  /** Decimals of the step (0 or 2), for display. */
  decimals: number;
}

function teacherField(
  field: GapField,
  indicator: IndicatorId,
  stage: Stage,
  name: string
): GapFieldInfo {
  return { field, indicator, stage, name, unit: T.units.people, step: 1, decimals: 0 };
}

/** Every field a plan may add to, in §1.1 order, 小学 teachers before 初中. */
export const GAP_FIELDS: Readonly<Record<GapField, GapFieldInfo>> = {
  primaryQualifiedTeachers: teacherField(
    "primaryQualifiedTeachers",
    "qualifiedTeachersPer100",
    "primary",
    T.fields.primaryQualifiedTeachers
  ),
  juniorQualifiedTeachers: teacherField(
    "juniorQualifiedTeachers",
    "qualifiedTeachersPer100",
    "junior",
    T.fields.juniorQualifiedTeachers
  ),
  primaryBackboneTeachers: teacherField(
    "primaryBackboneTeachers",
    "backboneTeachersPer100",
    "primary",
    T.fields.primaryBackboneTeachers
  ),
  juniorBackboneTeachers: teacherField(
    "juniorBackboneTeachers",
    "backboneTeachersPer100",
    "junior",
    T.fields.juniorBackboneTeachers
  ),
  primaryPeArtTeachers: teacherField(
    "primaryPeArtTeachers",
    "peArtTeachersPer100",
    "primary",
    T.fields.primaryPeArtTeachers
  ),
  juniorPeArtTeachers: teacherField(
    "juniorPeArtTeachers",
    "peArtTeachersPer100",
    "junior",
    T.fields.juniorPeArtTeachers
  ),
  teachingArea: {
    field: "teachingArea",
    indicator: "teachingAreaPerStudent",
    stage: null,
    name: T.fields.teachingArea,
    unit: "㎡",
    step: 0.01,
    decimals: 2,
  },
  outdoorSportsArea: {
    field: "outdoorSportsArea",
    indicator: "sportsAreaPerStudent",
    stage: null,
    name: T.fields.outdoorSportsArea,
    unit: "㎡",
    step: 0.01,
    decimals: 2,
  },
  equipmentValue: {
    field: "equipmentValue",
    indicator: "equipmentValuePerStudent",
    stage: null,
    name: T.fields.equipmentValue,
    unit: T.units.yuan,
    step: 1,
    decimals: 0,
  },
  multimediaRooms: {
    field: "multimediaRooms",
    indicator: "multimediaRoomsPer100",
    stage: null,
    name: T.fields.multimediaRooms,
    unit: T.units.rooms,
    step: 1,
    decimals: 0,
  },
};

export const GAP_FIELD_ORDER: readonly GapField[] = Object.keys(GAP_FIELDS) as GapField[];

/** The field that raises an indicator of a stage. */
export function gapFieldFor(indicator: IndicatorId, stage: Stage): GapField {
  switch (indicator) {
    case "qualifiedTeachersPer100":
      return stage === "primary" ? "primaryQualifiedTeachers" : "juniorQualifiedTeachers";
    case "backboneTeachersPer100":
      return stage === "primary" ? "primaryBackboneTeachers" : "juniorBackboneTeachers";
    case "peArtTeachersPer100":
      return stage === "primary" ? "primaryPeArtTeachers" : "juniorPeArtTeachers";
    case "teachingAreaPerStudent":
      return "teachingArea";
    case "sportsAreaPerStudent":
      return "outdoorSportsArea";
    case "equipmentValuePerStudent":
      return "equipmentValue";
    case "multimediaRoomsPer100":
      return "multimediaRooms";
    default:
      // The 2012 indicators have no school standard, so no school gap to close (gapsApply).
      throw new EduError(
        "noLever",
        fill(T.noStandard, { indicator }),
        fill(E.noStandard, { indicator })
      );
  }
}

/**
 * Gap-closing works on the school rule of §1.1 over the seven indicators of 2017
 * (a provincial profile may change their thresholds and the rule's numbers). A
 * profile without a school rule (2012 基本均衡) has no failing school, so no gap.
 */
export function gapsApply(profile: StandardsProfile): boolean {
  return (
    profile.schoolRule !== undefined &&
    profile.indicators.length === INDICATOR_IDS.length &&
    INDICATOR_IDS.every(
      (id, i) => profile.indicators[i] === id && profile.thresholds[id] !== undefined
    )
  );
}

export type GapAdditions = Partial<Record<GapField, number>>;

/** One failing school and stage, and what closes its gap. */
export interface SchoolGap {
  name: string;
  stage: Stage;
  type: SchoolType;
  locale?: Locale;
  group?: string;
  source?: SourceRef;
  /**
   * What to add to the school's figures (SchoolRecord fields, canonical units:
   * persons, ㎡, 元, rooms): this stage's teachers and the school's facilities.
   */
  additions: GapAdditions;
  valuesBefore: IndicatorRecord<number>;
  valuesAfter: IndicatorRecord<number>;
  metCountAfter: number;
  /** Indicators still below their threshold after the plan (each at ≥ 85% of it). */
  leftBelowThreshold: IndicatorId[];
  /** The school's other stage, when it fails too: the facility additions are the same ones, added once. */
  sharedWith: Stage | null;
  /** The school's other stage (passing) and its values after the shared facility additions, when any. */
  otherStage: {
    stage: Stage;
    valuesBefore: IndicatorRecord<number>;
    valuesAfter: IndicatorRecord<number>;
  } | null;
}

/** One school's whole plan: what SchoolGap entries of its stages add, each field once. */
export interface SchoolGapPlan {
  name: string;
  source?: SourceRef;
  /** The record the plan is for (the assessment's input), by index in the `schools` given. */
  schoolIndex: number;
  stages: Stage[];
  additions: GapAdditions;
}

export interface StageAfterGaps {
  cvs: IndicatorRecord<number | null>;
  /** Null where the CV has no limit of its own (2012 composite). */
  cvPasses: IndicatorRecord<boolean | null>;
  countyValues: IndicatorRecord<number | null>;
  /** Every school passes (they do, by construction) and every CV passes; null for a partial table (not judged). */
  passes: boolean | null;
}

/** What planGaps decides: the additions, before the county is assessed again with them. */
export interface GapPlan {
  /** One entry per failing school and stage, in the assessment's order (小学, then 初中). */
  gaps: SchoolGap[];
  /** One entry per school with a gap, additions merged. */
  plans: SchoolGapPlan[];
}

/** The plan and the county once every plan is carried out (the pipeline assesses it: core/pipeline.ts). */
export interface GapAnalysis extends GapPlan {
  /** The county's CVs once every plan is carried out. */
  cvsAfterGaps: Record<Stage, IndicatorRecord<number | null>>;
  stagesAfterGaps: Record<Stage, StageAfterGaps>;
}

// ---------------------------------------------------------------------------

/** A copy of the school with the additions made. */
export function applyAdditions(school: SchoolRecord, additions: GapAdditions): SchoolRecord {
  const out = { ...school };
  for (const field of GAP_FIELD_ORDER) {
    const amount = additions[field];
    if (amount !== undefined && amount !== 0) out[field] = school[field] + amount;
  }
  return out;
}

/** Every plan carried out: the county's records after the additions (others unchanged). */
export function applyGapPlans(
  schools: readonly SchoolRecord[],
  plans: readonly SchoolGapPlan[]
): SchoolRecord[] {
  const out = schools.slice();
  for (const p of plans) out[p.schoolIndex] = applyAdditions(out[p.schoolIndex], p.additions);
  return out;
}

/** Units (whole steps) → amount. ㎡ steps are 1/100, divided so that 1234 → 12.34 exactly as written. */
function amountOf(field: GapField, units: number): number {
  const info = GAP_FIELDS[field];
  return info.step === 1 ? units : units / Math.round(1 / info.step);
}

type Units = Partial<Record<GapField, number>>;

function additionsOf(units: Units): GapAdditions {
  const out: GapAdditions = {};
  for (const field of GAP_FIELD_ORDER) {
    const u = units[field];
    if (u !== undefined && u > 0) out[field] = amountOf(field, u);
  }
  return out;
}

interface StagePart {
  stage: Stage;
  assessed: SchoolStageAssessment;
}

/** The smallest plan for one school (its assessed stage parts; at least one fails). */
class SchoolPlanner {
  private readonly thresholds: Record<Stage, number[]>;
  private readonly rule: SchoolRule;
  private readonly minMet: number;
  private readonly floor: number;

  /** Only for a profile where gapsApply() holds. */
  constructor(
    private readonly school: SchoolRecord,
    private readonly parts: StagePart[],
    private readonly profile: StandardsProfile
  ) {
    this.thresholds = {
      primary: thresholdsOf(profile, "primary"),
      junior: thresholdsOf(profile, "junior"),
    };
    this.rule = profile.schoolRule as SchoolRule;
    this.minMet = this.rule.minMet;
    this.floor = this.rule.floor;
  }

  values(units: Units, stage: Stage): IndicatorRecord<number> {
    return stageIndicatorValues(
      applyAdditions(this.school, additionsOf(units)),
      stage,
      this.profile
    ).values;
  }

  stagePasses(units: Units, stage: Stage): boolean {
    const v = this.values(units, stage);
    return applySchoolRule(
      INDICATOR_IDS.map((id) => v[id] as number),
      this.thresholds[stage],
      this.rule
    ).passes;
  }

  passes(units: Units): boolean {
    return this.parts.every((p) => this.stagePasses(units, p.stage));
  }

  /** The fewest units of `field` with which indicator `id` of `stage` reaches `target` (comparison as in the rule). */
  unitsToReach(field: GapField, id: IndicatorId, stage: Stage, target: number): number {
    const at = (u: number): number => this.values({ [field]: u }, stage)[id] as number;
    const v0 = at(0);
    if (atLeast(v0, target)) return 0;
    // The indicator is linear in the field: the estimate is usually right, and leastUnits()
    // settles it with the rule's own comparison in a few steps whatever the size of the school.
    const perUnit = at(1) - v0;
    const guess = perUnit > 0 ? Math.ceil((target - v0) / perUnit) : 1;
    const u = leastUnits((x) => atLeast(at(x), target), guess);
    if (u === undefined) {
      throw new EduError(
        "noLever",
        fill(T.noLever, { school: this.school.name, field: GAP_FIELDS[field].name }),
        `cannot close the gap of ${this.school.name}`
      );
    }
    return u;
  }

  /** Takes each addition down to the least with which the school still passes, given the others. */
  reduce(units: Units): Units {
    const out = { ...units };
    for (const field of GAP_FIELD_ORDER) {
      const current = out[field];
      if (current === undefined || current === 0) continue;
      // Usually one unit less already fails: then the amount is minimal and there is nothing to search.
      if (current - 1 < current && !this.passes({ ...out, [field]: current - 1 })) continue;
      const least = this.passes({ ...out, [field]: 0 })
        ? 0
        : bisectUnits((x) => this.passes({ ...out, [field]: x }), 0, current);
      if (least === 0) delete out[field];
      else out[field] = least;
    }
    return out;
  }

  plan(): Units {
    const allowedShort = Math.max(0, INDICATOR_IDS.length - this.minMet);
    const failing = this.parts.filter((p) => p.assessed.passes === false);
    // Per failing stage, which short indicators may stay below their threshold (at ≥ floor).
    const choices: { stage: Stage; leave: IndicatorId[]; leftShortfall: number }[][] = failing.map(
      (p) => {
        const short = p.assessed.shortfalls;
        const size = Math.min(allowedShort, short.length);
        return subsets(
          short.map((f) => f.indicator),
          size
        ).map((leave) => ({
          stage: p.stage,
          leave,
          leftShortfall: short
            .filter((f) => leave.includes(f.indicator))
            .reduce((sum, f) => sum + f.relative, 0),
        }));
      }
    );

    // The same (field, stage, target) comes back in many combinations: work each out once.
    const reach = new Map<string, number>();
    const unitsFor = (field: GapField, id: IndicatorId, stage: Stage, target: number): number => {
      const key = `${field}|${stage}|${target}`;
      let u = reach.get(key);
      if (u === undefined) {
        u = this.unitsToReach(field, id, stage, target);
        reach.set(key, u);
      }
      return u;
    };
    let best: { units: Units; fields: number; leftShortfall: number } | undefined;
    for (const combo of product(choices)) {
      const units: Units = {};
      for (const choice of combo) {
        const p = failing.find((x) => x.stage === choice.stage) as StagePart;
        const thresholds = this.thresholds[choice.stage];
        for (const f of p.assessed.shortfalls) {
          const i = (INDICATOR_IDS as readonly IndicatorId[]).indexOf(f.indicator);
          const target = choice.leave.includes(f.indicator)
            ? this.floor * thresholds[i]
            : thresholds[i];
          const field = gapFieldFor(f.indicator, choice.stage);
          const u = unitsFor(field, f.indicator, choice.stage, target);
          if (u > (units[field] ?? 0)) units[field] = u;
        }
      }
      const reduced = this.reduce(units);
      const fields = Object.keys(reduced).length;
      const leftShortfall = combo.reduce((sum, c) => sum + c.leftShortfall, 0);
      // Strictly better only: on a tie the earlier combination (§1.1 order) stays.
      if (
        best === undefined ||
        fields < best.fields ||
        (fields === best.fields && leftShortfall > best.leftShortfall * (1 + 1e-12) + 1e-15)
      ) {
        best = { units: reduced, fields, leftShortfall };
      }
    }
    const units = best?.units ?? {};
    if (!this.passes(units)) {
      // Cannot happen by construction; a plan that does not pass must never be shown.
      throw new EduError(
        "gapPlanFailed",
        fill(T.planFailed, { school: this.school.name }),
        fill(E.planFailed, { school: this.school.name })
      );
    }
    return units;
  }
}

/** Beyond this many units no addition is meaningful (the amounts of a school are at most 1e15). */
const MAX_UNITS = 1e300;

/**
 * The least whole number u ≥ 1 for which `meets(u)` holds, where `meets` is monotone (false up
 * to some u, true from there on) and `meets(0)` is false; undefined when no u up to 1e300 meets.
 * `guess` is where to start: usually right, but it may be off by any amount (rounding in a huge
 * school makes the slope of a linear indicator inexact). From the guess the search gallops —
 * steps of 1, 2, 4 … — to a pair of bounds, then halves the gap between them, so it takes
 * O(log |answer − guess|) calls of `meets`, never one per unit. Above 2^53 not every whole number
 * is a double; the answer is then the least double that meets.
 */
export function leastUnits(meets: (u: number) => boolean, guess: number): number | undefined {
  let start = Number.isFinite(guess) ? Math.min(Math.max(1, Math.ceil(guess)), MAX_UNITS) : 1;
  if (!(start >= 1)) start = 1;
  let lo: number; // fails (0 fails by assumption)
  let hi: number; // meets
  if (meets(start)) {
    hi = start;
    lo = 0;
    for (let step = 1; hi > 0; step *= 2) {
      const below = Math.max(0, hi - step);
      if (below === 0 || !meets(below)) {
        lo = below;
        break;
      }
      hi = below;
    }
  } else {
    lo = start;
    for (let step = 1; ; step *= 2) {
      const above = lo + step;
      if (!(above <= MAX_UNITS)) return undefined;
      if (above === lo) continue; // a step too small to move a double this large
      if (meets(above)) {
        hi = above;
        break;
      }
      lo = above;
    }
  }
  return bisectUnits(meets, lo, hi);
}

/** Between `lo` (fails) and `hi` (meets), the least whole number that meets, by halving. */
export function bisectUnits(meets: (u: number) => boolean, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const mid = Math.floor(lo + (hi - lo) / 2);
    // No whole double lies strictly between them (both above 2^53): hi is the least.
    if (mid <= lo || mid >= hi) break;
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Subsets of `items` with exactly `size` elements, in order. */
function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsets(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

function product<T>(lists: readonly T[][]): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((x) => [...prefix, x]));
  return out;
}

/**
 * Pairs each assessed school-stage part with its record. assess() keeps the
 * records' order within each stage, so a walk by name matches duplicates too.
 */
function partsBySchool(schools: readonly SchoolRecord[], a: Assessment): Map<number, StagePart[]> {
  const out = new Map<number, StagePart[]>();
  for (const stage of STAGES) {
    let k = 0;
    for (const assessed of a.stages[stage].schools) {
      while (
        k < schools.length &&
        !(
          schools[k].name === assessed.name &&
          schools[k].type === assessed.type &&
          sameSource(schools[k].source, assessed.source)
        )
      )
        k++;
      if (k === schools.length) {
        throw new EduError(
          "gapRecordMissing",
          fill(T.recordMissing, { school: assessed.name }),
          fill(E.recordMissing, { school: assessed.name })
        );
      }
      const list = out.get(k) ?? [];
      list.push({ stage, assessed });
      out.set(k, list);
      k++;
    }
  }
  return out;
}

/** Per indicator of §1.1, the stage's thresholds (gapsApply() holds: every one is set). */
function thresholdsOf(profile: StandardsProfile, stage: Stage): number[] {
  return INDICATOR_IDS.map((id) => (profile.thresholds[id] as Record<Stage, number>)[stage]);
}

function sameSource(x?: SourceRef, y?: SourceRef): boolean {
  if (x === undefined || y === undefined) return x === y;
  return x.sheet === y.sheet && x.row === y.row;
}

function stageFields(additions: GapAdditions, stage: Stage): GapAdditions {
  const out: GapAdditions = {};
  for (const field of GAP_FIELD_ORDER) {
    const info = GAP_FIELDS[field];
    const amount = additions[field];
    if (amount !== undefined && (info.stage === null || info.stage === stage)) out[field] = amount;
  }
  return out;
}

function hasFacility(additions: GapAdditions): boolean {
  return GAP_FIELD_ORDER.some((f) => GAP_FIELDS[f].stage === null && additions[f] !== undefined);
}

/**
 * The smallest additions that make every failing school pass (see the top of
 * this file for what "smallest" means). `schools` are the records the assessment
 * was made from (TableReadResult.schools), `profile` the one it used. The county
 * after all of them is the pipeline's to assess (applyGapPlans, countyAfterGaps).
 */
export function planGaps(
  schools: readonly SchoolRecord[],
  a: Assessment,
  profile: StandardsProfile
): GapPlan {
  // A partial table (Assessment.missing) judges no school: no gap is claimed for any.
  if (!gapsApply(profile) || a.missing) return { gaps: [], plans: [] };
  // Under the 认定规程 allowances the values were computed with the counted teachers and sports area:
  // plan from the same numbers (the pipeline assesses the county after the plans from the records as read).
  schools = indicatorRecords(schools, profile);
  const bySchool = partsBySchool(schools, a);
  const plans: SchoolGapPlan[] = [];
  const gapsByPart = new Map<SchoolStageAssessment, SchoolGap>();
  for (const [index, parts] of bySchool) {
    if (parts.every((p) => p.assessed.passes !== false)) continue;
    const school = schools[index];
    const planner = new SchoolPlanner(school, parts, profile);
    const additions = additionsOf(planner.plan());
    const after = applyAdditions(school, additions);
    const failingStages = parts.filter((p) => p.assessed.passes === false).map((p) => p.stage);
    plans.push({
      name: school.name,
      source: school.source,
      schoolIndex: index,
      stages: failingStages,
      additions,
    });
    for (const p of parts) {
      if (p.assessed.passes !== false) continue;
      const valuesAfter = stageIndicatorValues(after, p.stage, profile).values;
      const thresholds = thresholdsOf(profile, p.stage);
      const rule = applySchoolRule(
        INDICATOR_IDS.map((id) => valuesAfter[id] as number),
        thresholds,
        profile.schoolRule as SchoolRule
      );
      const other = parts.find((q) => q.stage !== p.stage);
      gapsByPart.set(p.assessed, {
        name: p.assessed.name,
        stage: p.stage,
        type: p.assessed.type,
        locale: p.assessed.locale,
        group: p.assessed.group,
        source: p.assessed.source,
        additions: stageFields(additions, p.stage),
        valuesBefore: p.assessed.values,
        valuesAfter,
        metCountAfter: rule.metCount,
        leftBelowThreshold: INDICATOR_IDS.filter((_, i) => !rule.met[i]),
        sharedWith:
          other && other.assessed.passes === false && hasFacility(additions) ? other.stage : null,
        otherStage:
          other && other.assessed.passes === true && hasFacility(additions)
            ? {
                stage: other.stage,
                valuesBefore: other.assessed.values,
                valuesAfter: stageIndicatorValues(after, other.stage, profile).values,
              }
            : null,
      });
    }
  }
  const gaps: SchoolGap[] = [];
  for (const stage of STAGES) {
    for (const s of a.stages[stage].schools) {
      const g = gapsByPart.get(s);
      if (g) gaps.push(g);
    }
  }
  plans.sort((x, y) => x.schoolIndex - y.schoolIndex);
  return { gaps, plans };
}

/**
 * The county's CVs and verdicts of an assessment, as GapAnalysis gives them: of
 * the records with every plan carried out (or, with no plan, of the county as it is).
 */
export function countyAfterGaps(
  after: Assessment
): Pick<GapAnalysis, "cvsAfterGaps" | "stagesAfterGaps"> {
  const cvsAfterGaps = {} as GapAnalysis["cvsAfterGaps"];
  const stagesAfterGaps = {} as GapAnalysis["stagesAfterGaps"];
  for (const stage of STAGES) {
    const sa = after.stages[stage];
    const cvs: IndicatorRecord<number | null> = {};
    const cvPasses: IndicatorRecord<boolean | null> = {};
    const countyValues: IndicatorRecord<number | null> = {};
    for (const id of after.indicators) {
      const ind = sa.indicators[id];
      if (ind === undefined) continue;
      cvs[id] = ind.cv;
      cvPasses[id] = ind.cvPasses;
      countyValues[id] = ind.countyValue;
    }
    cvsAfterGaps[stage] = cvs;
    stagesAfterGaps[stage] = { cvs, cvPasses, countyValues, passes: sa.passes };
  }
  return { cvsAfterGaps, stagesAfterGaps };
}
