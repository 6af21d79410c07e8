/**
 * One school's indicator values for one stage (standards.md §1.1, §1.2, §2), and
 * the checks on the raw numbers they are computed from. assess() uses these;
 * they are exported so the custom functions and the report can show the same
 * numbers for a single school. Which indicators, and from which fields, is the
 * profile's list and the INDICATORS table: data, not code.
 */
import { INDICATORS } from "./indicators";
import type { StandardsProfile } from "./profiles/profile";
import { facilityShare, per100, perStudent } from "./rules";
import type { FigureProblem } from "./findings";
import type { IndicatorId, IndicatorRecord, SchoolRecord, Stage } from "./types";
import { STAGES_OF_TYPE } from "./vocabulary";

/** The numeric fields of a SchoolRecord. */
export type SchoolNumberField = Exclude<
  {
    [K in keyof SchoolRecord]-?: NonNullable<SchoolRecord[K]> extends number ? K : never;
  }[keyof SchoolRecord],
  "sponsor" // a code, not a quantity
>;

const STUDENT_FIELD: Readonly<Record<"primary" | "junior" | "senior", SchoolNumberField>> = {
  primary: "primaryStudents",
  junior: "juniorStudents",
  senior: "seniorStudents",
};

/**
 * How a profile's indicators are computed for one stage, resolved once per
 * profile and stage from the INDICATORS table: per indicator its numerator
 * fields and scale, in the profile's order.
 */
export interface StagePlan {
  ids: readonly IndicatorId[];
  /** Per indicator: fields summed (the stage's own, or the school's shared facilities). */
  add: readonly (readonly SchoolNumberField[])[];
  /** Per indicator: shared fields subtracted before the split (室内体育用房 from 教学及辅助用房). */
  subtract: readonly (readonly SchoolNumberField[])[];
  /** Per indicator: whether the numerator is a shared facility, split by the stage's share (§1.2). */
  shared: readonly boolean[];
  scale: readonly (1 | 100)[];
  /** Every field the indicators read, stage fields first then shared ones, each once, in indicator order. */
  stageFields: readonly SchoolNumberField[];
  sharedFields: readonly SchoolNumberField[];
}

const planCache = new WeakMap<StandardsProfile, Record<Stage, StagePlan>>();

function buildPlan(ids: readonly IndicatorId[], stage: Stage): StagePlan {
  const add: SchoolNumberField[][] = [];
  const subtract: SchoolNumberField[][] = [];
  const shared: boolean[] = [];
  const scale: (1 | 100)[] = [];
  const stageFields: SchoolNumberField[] = [];
  const sharedFields: SchoolNumberField[] = [];
  const once = (list: SchoolNumberField[], fields: readonly SchoolNumberField[]): void => {
    for (const f of fields) if (!list.includes(f)) list.push(f);
  };
  for (const id of ids) {
    const info = INDICATORS[id];
    const n = info.numerator;
    if (n.kind === "stage") {
      add.push([...n.fields[stage]]);
      subtract.push([]);
      shared.push(false);
      once(stageFields, n.fields[stage]);
    } else {
      add.push([...n.add]);
      subtract.push([...(n.subtract ?? [])]);
      shared.push(true);
      once(sharedFields, n.add);
      once(sharedFields, n.subtract ?? []);
    }
    scale.push(info.scale);
  }
  return { ids, add, subtract, shared, scale, stageFields, sharedFields };
}

/** The computation plan of a profile's indicators for a stage (cached per profile object). */
export function stagePlan(profile: StandardsProfile, stage: Stage): StagePlan {
  let plans = planCache.get(profile);
  if (plans === undefined) {
    plans = {
      primary: buildPlan(profile.indicators, "primary"),
      junior: buildPlan(profile.indicators, "junior"),
    };
    planCache.set(profile, plans);
  }
  return plans[stage];
}

/**
 * The SchoolRecord fields a profile's indicators read, for the stages given (the
 * reader's list of required columns): per-stage fields of those stages, then the
 * shared ones.
 */
export function indicatorInputFields(
  profile: StandardsProfile,
  stages: readonly Stage[]
): SchoolNumberField[] {
  const out: SchoolNumberField[] = [];
  for (const stage of stages)
    for (const f of stagePlan(profile, stage).stageFields) if (!out.includes(f)) out.push(f);
  for (const stage of stages)
    for (const f of stagePlan(profile, stage).sharedFields) if (!out.includes(f)) out.push(f);
  return out;
}

const fieldsCache = new WeakMap<
  StandardsProfile,
  Record<Stage, Map<SchoolRecord["type"], readonly SchoolNumberField[]>>
>();

/**
 * The fields a stage's indicator values are computed from: its students, the
 * profile's per-stage counts, the shared facilities, and the other stages'
 * students (they set the split).
 */
export function fieldsForStage(
  type: SchoolRecord["type"],
  stage: Stage,
  profile: StandardsProfile
): readonly SchoolNumberField[] {
  let byStage = fieldsCache.get(profile);
  if (byStage === undefined) {
    byStage = { primary: new Map(), junior: new Map() };
    fieldsCache.set(profile, byStage);
  }
  let fields = byStage[stage].get(type);
  if (fields === undefined) {
    const has = STAGES_OF_TYPE[type];
    const plan = stagePlan(profile, stage);
    const students = (["primary", "junior", "senior"] as const)
      .filter((s) => has?.[s] || s === stage)
      .map((s) => STUDENT_FIELD[s]);
    fields = [...students, ...plan.stageFields, ...plan.sharedFields];
    byStage[stage].set(type, fields);
  }
  return fields;
}

/**
 * A finite number ≥ 0. (v − v is NaN for NaN and ±Infinity. Written without
 * Number.isFinite: a global lookup, slow in hot loops inside jest's vm sandbox.)
 */
export function isCount(v: unknown): v is number {
  return typeof v === "number" && v >= 0 && v - v === 0;
}

/**
 * The range a school's number must lie in to be computed: 0, or from 1e-9 to 1e15.
 * Nothing in a county comes to more than 10^15 (students, ㎡, 元) and a non-zero number
 * below 10^-9 is noise or hostile input; inside this range every ratio of §1.1 stays
 * where the weighted statistics are exact (rules.ts, CALCULABLE_MAGNITUDE).
 */
export const QUANTITY_LIMITS = { min: 1e-9, max: 1e15 } as const;

/** 0, or within QUANTITY_LIMITS. */
export function inQuantityLimits(v: number): boolean {
  return v === 0 || (v >= QUANTITY_LIMITS.min && v <= QUANTITY_LIMITS.max);
}

/** What is wrong with a numeric field of a school (a finding's figure); undefined when the field is fine. */
export function badNumber(
  school: SchoolRecord,
  field: SchoolNumberField
): FigureProblem | undefined {
  const v = school[field] as unknown;
  if (isCount(v))
    return inQuantityLimits(v) ? undefined : { field, value: v, problem: "outOfRange" };
  return { field, value: v, problem: "invalid" };
}

export function stageStudents(school: SchoolRecord, stage: Stage): number {
  return stage === "primary" ? school.primaryStudents : school.juniorStudents;
}

export interface StageIndicatorValues {
  students: number;
  facilityShare: number;
  /** The profile's indicators, in its order. */
  values: IndicatorRecord<number>;
}

function sum(school: SchoolRecord, fields: readonly SchoolNumberField[]): number {
  // Left to right from the first field, so that one field is itself and two are a + b, bit for bit.
  let total = fields.length > 0 ? (school[fields[0]] as number) : 0;
  for (let i = 1; i < fields.length; i++) total += school[fields[i]] as number;
  return total;
}

/**
 * The indicator values of one school for one stage (§1.1, §2), unrounded, in the
 * profile's order. Per-stage counts are the stage's own; facilities are the
 * school's shared ones times the stage's share (§1.2). 教学及辅助用房 excludes
 * 室内体育用房, which belongs to 体育运动场馆 instead, so it is not counted twice.
 * Money is already in 元. Throws an EduError when the stage has no students
 * (per100/perStudent). `skip`: indicators not computed (a partial table lacks
 * their columns): absent from the values.
 */
export function stageIndicatorValues(
  school: SchoolRecord,
  stage: Stage,
  profile: StandardsProfile,
  skip?: ReadonlyMap<IndicatorId, unknown>
): StageIndicatorValues {
  const students = stageStudents(school, stage);
  const share = facilityShare(
    {
      primary: school.primaryStudents,
      junior: school.juniorStudents,
      senior: school.seniorStudents,
    },
    school.type,
    stage,
    profile.stageWeights
  );
  const plan = stagePlan(profile, stage);
  const values: IndicatorRecord<number> = {};
  for (let i = 0; i < plan.ids.length; i++) {
    if (skip !== undefined && skip.has(plan.ids[i])) continue;
    values[plan.ids[i]] = stageValue(stageNumerator(school, plan, i, share), students, plan, i);
  }
  return { students, facilityShare: share, values };
}

/**
 * The numerator of the plan's indicator `i` for one school and stage: its fields summed (left to
 * right), the subtracted ones taken off, a shared facility times the stage's `share` (§1.2). The
 * --formulas 申报表's 数据 sheet writes exactly this number.
 */
export function stageNumerator(
  school: SchoolRecord,
  plan: StagePlan,
  i: number,
  share: number
): number {
  const add = plan.add[i];
  let numerator = add.length === 1 ? (school[add[0]] as number) : sum(school, add);
  if (plan.subtract[i].length > 0) numerator -= sum(school, plan.subtract[i]);
  if (plan.shared[i]) numerator *= share;
  return numerator;
}

/** An indicator's value from its numerator: per 100 students or per student, as the plan scales it. */
export function stageValue(
  numerator: number,
  students: number,
  plan: StagePlan,
  i: number
): number {
  return plan.scale[i] === 100 ? per100(numerator, students) : perStudent(numerator, students);
}
