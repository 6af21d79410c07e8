import type { SchoolNumberField } from "./schoolValues";
import type { IndicatorId, QualityIndicatorId, Stage } from "./types";
import { INDICATOR_IDS } from "./types";

/**
 * What an indicator divides by the stage's students (standards.md §1.1, §1.2):
 * - 'stage': counts the statistics report per stage (teachers, 教职工), the
 *   stage's own fields summed;
 * - 'shared': the school's facilities, the `add` fields summed less the
 *   `subtract` ones, times the stage's facility share (§1.2).
 */
export type IndicatorNumerator =
  | { kind: "stage"; fields: Readonly<Record<Stage, readonly SchoolNumberField[]>> }
  | { kind: "shared"; add: readonly SchoolNumberField[]; subtract?: readonly SchoolNumberField[] };

/** What each indicator is called, measured in and computed from (standards.md §1.1, §2), as data. */
export interface IndicatorInfo {
  id: IndicatorId;
  /** The policy text's name. */
  name: string;
  /** A short Chinese label for table headers. */
  shortName: string;
  nameEn: string;
  unit: string;
  /** value = numerator ÷ the stage's students × scale (100 for 每百名学生…, 1 for 生均…). */
  numerator: IndicatorNumerator;
  scale: 1 | 100;
  /**
   * Decimals shown, where the profile's 2 would hide the value: a 生均 teacher
   * count is about 0.05. Verdicts use unrounded values whatever is shown.
   */
  decimals?: number;
}

/** Teachers and staff: the statistics report them per stage (§1.2). */
function perStageField(primary: SchoolNumberField, junior: SchoolNumberField): IndicatorNumerator {
  return { kind: "stage", fields: { primary: [primary], junior: [junior] } };
}

/** The 2012 生均 teacher counts and 师生比 are small fractions: 4 decimals show them. */
const SMALL_RATIO_DECIMALS = 4;

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorInfo>> = {
  qualifiedTeachersPer100: {
    id: "qualifiedTeachersPer100",
    name: "每百名学生拥有高于规定学历教师数",
    shortName: "高于规定学历教师（人/百生）",
    nameEn: "Teachers above the required qualification per 100 students",
    unit: "人",
    numerator: perStageField("primaryQualifiedTeachers", "juniorQualifiedTeachers"),
    scale: 100,
  },
  backboneTeachersPer100: {
    id: "backboneTeachersPer100",
    name: "每百名学生拥有县级以上骨干教师数",
    shortName: "县级以上骨干教师（人/百生）",
    nameEn: "County-level or higher backbone teachers per 100 students",
    unit: "人",
    numerator: perStageField("primaryBackboneTeachers", "juniorBackboneTeachers"),
    scale: 100,
  },
  peArtTeachersPer100: {
    id: "peArtTeachersPer100",
    name: "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
    shortName: "体育艺术专任教师（人/百生）",
    nameEn: "PE and arts teachers per 100 students",
    unit: "人",
    numerator: perStageField("primaryPeArtTeachers", "juniorPeArtTeachers"),
    scale: 100,
  },
  teachingAreaPerStudent: {
    id: "teachingAreaPerStudent",
    name: "生均教学及辅助用房面积",
    shortName: "生均教学及辅助用房（㎡）",
    nameEn: "Teaching and auxiliary floor area per student",
    unit: "㎡",
    // The statistics item includes 室内体育用房, which belongs to 体育运动场馆 (§1.1): not counted twice.
    numerator: { kind: "shared", add: ["teachingArea"], subtract: ["indoorSportsArea"] },
    scale: 1,
  },
  sportsAreaPerStudent: {
    id: "sportsAreaPerStudent",
    name: "生均体育运动场馆面积",
    shortName: "生均体育运动场馆（㎡）",
    nameEn: "Sports ground and hall area per student",
    unit: "㎡",
    numerator: { kind: "shared", add: ["outdoorSportsArea", "indoorSportsArea"] },
    scale: 1,
  },
  equipmentValuePerStudent: {
    id: "equipmentValuePerStudent",
    name: "生均教学仪器设备值",
    shortName: "生均教学仪器设备值（元）",
    nameEn: "Teaching equipment value per student",
    unit: "元",
    numerator: { kind: "shared", add: ["equipmentValue"] },
    scale: 1,
  },
  multimediaRoomsPer100: {
    id: "multimediaRoomsPer100",
    name: "每百名学生拥有网络多媒体教室数",
    shortName: "网络多媒体教室（间/百生）",
    nameEn: "Networked multimedia classrooms per 100 students",
    unit: "间",
    numerator: { kind: "shared", add: ["multimediaRooms"] },
    scale: 100,
  },
  // 2012 基本均衡 (教督〔2012〕3号 第七条; standards.md §2).
  computersPer100: {
    id: "computersPer100",
    name: "每百名学生拥有计算机台数",
    shortName: "计算机（台/百生）",
    nameEn: "Computers per 100 students",
    unit: "台",
    numerator: { kind: "shared", add: ["computers"] },
    scale: 100,
  },
  booksPerStudent: {
    id: "booksPerStudent",
    name: "生均图书册数",
    shortName: "生均图书（册）",
    nameEn: "Library books per student",
    unit: "册",
    numerator: { kind: "shared", add: ["books"] },
    scale: 1,
  },
  staffStudentRatio: {
    id: "staffStudentRatio",
    // 教职工 ÷ 学生: staff per student, the direction of every other indicator (a larger value is more resource).
    name: "师生比",
    shortName: "师生比（教职工/学生）",
    nameEn: "Staff per student (staff–student ratio)",
    unit: "人",
    numerator: perStageField("primaryStaff", "juniorStaff"),
    scale: 1,
    decimals: SMALL_RATIO_DECIMALS,
  },
  qualifiedTeachersPerStudent: {
    id: "qualifiedTeachersPerStudent",
    name: "生均高于规定学历教师数",
    shortName: "生均高于规定学历教师（人）",
    nameEn: "Teachers above the required qualification per student",
    unit: "人",
    numerator: perStageField("primaryQualifiedTeachers", "juniorQualifiedTeachers"),
    scale: 1,
    decimals: SMALL_RATIO_DECIMALS,
  },
  intermediateTitleTeachersPerStudent: {
    id: "intermediateTitleTeachersPerStudent",
    name: "生均中级及以上专业技术职务教师数",
    shortName: "生均中级及以上职称教师（人）",
    nameEn: "Teachers of intermediate or higher professional title per student",
    unit: "人",
    numerator: perStageField("primaryIntermediateTitleTeachers", "juniorIntermediateTitleTeachers"),
    scale: 1,
    decimals: SMALL_RATIO_DECIMALS,
  },
};

/** Decimals an indicator's values are shown with: its own where set, else the profile's. */
export function indicatorDecimals(id: IndicatorId, profileDecimals: number): number {
  return INDICATORS[id].decimals ?? profileDecimals;
}

function normalise(text: string): string {
  return text.replace(/[\s（）()、，,]/g, "").toLowerCase();
}

/**
 * Finds an indicator by its id (any case), its full or short Chinese name, or its
 * position 1–n in the list's order (default: the seven of §1.1). Returns undefined
 * when nothing matches.
 */
export function findIndicator<I extends IndicatorId = QualityIndicatorId>(
  key: string | number,
  ids: readonly I[] = INDICATOR_IDS as readonly IndicatorId[] as readonly I[]
): I | undefined {
  if (typeof key === "number") {
    return Number.isInteger(key) && key >= 1 && key <= ids.length ? ids[key - 1] : undefined;
  }
  const wanted = normalise(key);
  if (wanted === "") return undefined;
  for (const id of ids) {
    const info = INDICATORS[id];
    if (
      id.toLowerCase() === wanted ||
      normalise(info.name) === wanted ||
      normalise(info.shortName) === wanted
    ) {
      return id;
    }
  }
  // A name without its "每百名学生拥有"/"生均" prefix or unit suffix, e.g. "骨干教师".
  const partial = ids.filter((id) => normalise(INDICATORS[id].name).includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
}
