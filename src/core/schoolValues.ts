/**
 * One school's seven indicator values for one stage (standards.md §1.1, §1.2),
 * and the checks on the raw numbers they are computed from. assess() uses these;
 * they are exported so the custom functions and the report can show the same
 * numbers for a single school.
 */
import type { StandardsProfile } from './profiles/profile';
import { facilityShare, per100, perStudent } from './rules';
import type { IndicatorId, SchoolRecord, SourceRef, Stage } from './types';
import { SCHOOL_TYPE_NAMES, STAGES_OF_TYPE } from './vocabulary';

/** The numeric fields of a SchoolRecord. */
export type SchoolNumberField = {
  [K in keyof SchoolRecord]-?: NonNullable<SchoolRecord[K]> extends number ? K : never;
}[keyof SchoolRecord];

/** Field names as the data template's headers say them (template.md §1), for messages. */
export const SCHOOL_FIELD_NAMES: Readonly<Record<SchoolNumberField, string>> = {
  primaryStudents: '小学在校生数',
  juniorStudents: '初中在校生数',
  seniorStudents: '高中在校生数',
  primaryClasses: '小学班级数',
  juniorClasses: '初中班级数',
  primaryQualifiedTeachers: '小学高于规定学历教师数',
  juniorQualifiedTeachers: '初中高于规定学历教师数',
  primaryBackboneTeachers: '小学县级以上骨干教师数',
  juniorBackboneTeachers: '初中县级以上骨干教师数',
  primaryPeArtTeachers: '小学体育艺术专任教师数',
  juniorPeArtTeachers: '初中体育艺术专任教师数',
  teachingArea: '教学及辅助用房面积',
  indoorSportsArea: '室内体育用房面积',
  outdoorSportsArea: '运动场地面积',
  equipmentValue: '教学仪器设备值',
  multimediaRooms: '网络多媒体教室数',
  musicRooms: '音乐专用教室数',
  artRooms: '美术专用教室数',
};

const STUDENT_FIELD: Readonly<Record<'primary' | 'junior' | 'senior', SchoolNumberField>> = {
  primary: 'primaryStudents',
  junior: 'juniorStudents',
  senior: 'seniorStudents',
};

/** Per stage: the teacher counts of §1.1, which the statistics report per stage (§1.2). */
const TEACHER_FIELDS: Readonly<Record<Stage, { qualified: SchoolNumberField; backbone: SchoolNumberField; peArt: SchoolNumberField }>> = {
  primary: { qualified: 'primaryQualifiedTeachers', backbone: 'primaryBackboneTeachers', peArt: 'primaryPeArtTeachers' },
  junior: { qualified: 'juniorQualifiedTeachers', backbone: 'juniorBackboneTeachers', peArt: 'juniorPeArtTeachers' },
};

/** Shared facilities, split between stages by §1.2. */
const FACILITY_FIELDS: readonly SchoolNumberField[] = [
  'teachingArea', 'indoorSportsArea', 'outdoorSportsArea', 'equipmentValue', 'multimediaRooms',
];

const fieldsCache: Record<Stage, Map<SchoolRecord['type'], readonly SchoolNumberField[]>> = { primary: new Map(), junior: new Map() };

/** The fields a stage's indicator values are computed from: its students and teachers, the facilities, and the other stages' students (they set the split). */
export function fieldsForStage(type: SchoolRecord['type'], stage: Stage): readonly SchoolNumberField[] {
  let fields = fieldsCache[stage].get(type);
  if (fields === undefined) {
    const has = STAGES_OF_TYPE[type];
    const t = TEACHER_FIELDS[stage];
    const students = (['primary', 'junior', 'senior'] as const).filter((s) => has?.[s] || s === stage).map((s) => STUDENT_FIELD[s]);
    fields = [...students, t.qualified, t.backbone, t.peArt, ...FACILITY_FIELDS];
    fieldsCache[stage].set(type, fields);
  }
  return fields;
}

/**
 * A finite number ≥ 0. (v − v is NaN for NaN and ±Infinity. Written without
 * Number.isFinite: a global lookup, slow in hot loops inside jest's vm sandbox.)
 */
export function isCount(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v - v === 0;
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

/** A numeric field that is not a finite, non-negative number: undefined when the field is fine. */
export function badNumber(school: SchoolRecord, field: SchoolNumberField): string | undefined {
  const v = school[field] as unknown;
  if (isCount(v)) {
    if (inQuantityLimits(v)) return undefined;
    return `${SCHOOL_FIELD_NAMES[field]}（${v}）超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间）`;
  }
  return `${SCHOOL_FIELD_NAMES[field]}（${v === undefined ? '空' : String(v)}）不是有效的非负数`;
}

/** "学校基础数据 第 12 行「城关小学」" or "「城关小学」": where a message points. */
export function describeSchool(name: string, source?: SourceRef): string {
  return source ? `${source.sheet} 第 ${source.row} 行「${name}」` : `「${name}」`;
}

export function stageStudents(school: SchoolRecord, stage: Stage): number {
  return stage === 'primary' ? school.primaryStudents : school.juniorStudents;
}

export interface StageIndicatorValues {
  students: number;
  facilityShare: number;
  values: Record<IndicatorId, number>;
}

/**
 * The seven indicator values of one school for one stage (§1.1), unrounded.
 * Teachers are the stage's own; facilities are the school's shared ones times
 * the stage's share (§1.2). 教学及辅助用房 excludes 室内体育用房, which belongs
 * to 体育运动场馆 instead, so it is not counted twice. Money is already in 元.
 * Throws an EduError when the stage has no students (per100/perStudent).
 */
export function stageIndicatorValues(school: SchoolRecord, stage: Stage, profile: StandardsProfile): StageIndicatorValues {
  const students = stageStudents(school, stage);
  const share = facilityShare(
    { primary: school.primaryStudents, junior: school.juniorStudents, senior: school.seniorStudents },
    school.type, stage, profile.stageWeights,
  );
  const t = TEACHER_FIELDS[stage];
  return {
    students,
    facilityShare: share,
    values: {
      qualifiedTeachersPer100: per100(school[t.qualified] as number, students),
      backboneTeachersPer100: per100(school[t.backbone] as number, students),
      peArtTeachersPer100: per100(school[t.peArt] as number, students),
      teachingAreaPerStudent: perStudent((school.teachingArea - school.indoorSportsArea) * share, students),
      sportsAreaPerStudent: perStudent((school.outdoorSportsArea + school.indoorSportsArea) * share, students),
      equipmentValuePerStudent: perStudent(school.equipmentValue * share, students),
      multimediaRoomsPer100: per100(school.multimediaRooms * share, students),
    },
  };
}

/** "九年一贯制学校" etc., for messages. */
export function schoolTypeName(school: SchoolRecord): string {
  return SCHOOL_TYPE_NAMES[school.type] ?? String(school.type);
}
