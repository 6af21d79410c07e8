import type { IndicatorId, IndicatorRecord, SchoolType, Stage } from "../types";

/**
 * A standards profile: the thresholds and limits of one policy text, as data.
 * Provinces may publish stricter rules; they become other profiles, not code.
 */
export interface StandardsProfile {
  id: string;
  /** Chinese name shown on every output. */
  name: string;
  nameEn: string;
  /** The policy text it follows. */
  source: string;
  /**
   * The resource indicators, in the policy's order: the seven of 2017 (§1.1) or
   * the eight of 2012 (§2). How each is computed is data too (INDICATORS in indicators.ts).
   */
  indicators: readonly IndicatorId[];
  /**
   * Per indicator and stage, the minimum a school must reach. Every indicator has
   * one when there is a school rule; 2012 has none.
   */
  thresholds: IndicatorRecord<Record<Stage, number>>;
  /** How the county's 差异系数 are judged, per stage. */
  countyRule: CountyRule;
  /**
   * The school rule (6 of 7, the rest ≥ 85%). Absent when the profile judges the
   * county's CVs only (2012): schools then have values but no verdict.
   */
  schoolRule?: SchoolRule;
  classSize: {
    /** Largest class allowed, per stage (45 / 50). */
    limits: Record<Stage, number>;
    /** Lower bounds of the bands 偏大 / 大班额 / 超大班额 (46 / 56 / 66). */
    bands: { large: number; veryLarge: number; superLarge: number };
  };
  schoolSize: {
    /** Largest school (compulsory-stage students) for single-stage schools. */
    default: number;
    /** Larger limits for some school types (九年一贯制 and 十二年一贯制: 2500). */
    byType: Partial<Record<SchoolType, number>>;
  };
  specialRooms: {
    /** One 音乐 and one 美术 room required per this many classes. */
    classesPerRoom: number;
    musicRoomMinArea: number;
    artRoomMinArea: number;
    /**
     * Smaller rooms some provinces accept for older or small rural schools (§1.4
     * item 3). The school table has no room areas, so this is shown beside the
     * 专用教室面积 item of the county sheet, not computed.
     */
    reducedAreas?: {
      musicRoomMinArea: number;
      artRoomMinArea: number;
      /** Which schools may have them, as the province words it (Chinese). */
      appliesTo: string;
    };
  };
  /** Weight of one student of each stage when shared facilities are split (§1.2). */
  stageWeights: { primary: number; junior: number; senior: number };
  coverage: {
    /** School types outside 资源配置. */
    excludedTypes: SchoolType[];
    /** 教学点 with fewer students than this are outside 资源配置. */
    teachingPointMinStudents: number;
    /** Whether 民办 schools count (yes by default). */
    includePrivate: boolean;
  };
  /** Decimals shown in reports: values and CVs. Verdicts use unrounded numbers. */
  display: { valueDecimals: number; cvDecimals: number };
  /**
   * The county-level standards of 政府保障程度, 教育质量 and 社会认可度
   * (standards.md §1.4–1.6). Absent in a profile that has no such parts (2012).
   * Rates are fractions (0.95 = 95%).
   */
  county?: CountyStandards;
  /**
   * The allowances of the 认定规程 (国教督办函〔2019〕30号, application-form.md
   * §2) for the first evaluations after it: absent in the default profile, which
   * never applies them; a province switches them on (national-2017-allowances,
   * or "allowances" in a profile file). Each part may be left out.
   */
  allowances?: Allowances;
}

/** The 认定规程 allowances, each resting on a per-school fact of the school table. */
export interface Allowances {
  /** 体育艺术 teachers by 交流轮岗、兼职、走教 count for 农村小规模学校 and 教学点 of minStudents–maxStudents students. */
  sharedPeArtTeachers?: { minStudents: number; maxStudents: number };
  /** Leased off-campus and converted rooftop/underground sports areas count for 中心城区 schools. */
  leasedSportsArea?: { centralUrbanOnly: true };
  /** Schools planned and built in builtBy or before: smaller 音乐/美术 rooms (73 / 67 ㎡). */
  olderSchoolRooms?: { builtBy: number; musicRoomMinArea: number; artRoomMinArea: number };
  /** 农村小规模学校 whose largest class is below largestClassBelow: smaller rooms per stage (小学 54/54, 初中 61/61 ㎡). */
  smallRuralRooms?: {
    largestClassBelow: number;
    primary: { musicRoomMinArea: number; artRoomMinArea: number };
    junior: { musicRoomMinArea: number; artRoomMinArea: number };
  };
  /** Schools built in builtBy or before, or with more than migrantShareAbove 随迁子女: larger size limits. */
  schoolSize?: {
    builtBy: number;
    /** A fraction: 0.5 means more than 50% of the compulsory-stage students. */
    migrantShareAbove: number;
    default: number;
    byType: Partial<Record<SchoolType, number>>;
  };
}

export interface CountyStandards {
  /** §1.4 item 6: 村小学 and 教学点 with fewer students are funded as if they had this many. */
  smallSchoolFundingStudents: number;
  /** §1.4 item 7: 特殊教育学校 生均公用经费 at least (元). */
  specialSchoolFundingPerStudent: number;
  /** §1.4 item 8: teachers' average pay at least this multiple of civil servants'. */
  teacherPayRatio: number;
  /** §1.4 item 9: 5-year 360-hour training completion. */
  trainingCompletion: number;
  /** §1.4 item 11: rotated teachers / eligible teachers. */
  teacherRotationShare: number;
  /** §1.4 item 11: 骨干教师 / rotated teachers. */
  backboneRotationShare: number;
  /** §1.4 item 12: 专任教师 with a 教师资格证. */
  certifiedTeacherShare: number;
  /** §1.4 item 13: 就近划片入学 in 城区 and 镇区 public schools, per stage. */
  nearbyEnrolment: { primary: number; junior: number };
  /** §1.4 item 14: 优质高中 places allocated to junior schools. */
  highSchoolQuotaShare: number;
  /** §1.4 item 15: eligible 随迁子女 in public schools or government-bought places. */
  migrantChildrenPublicShare: number;
  /** §1.5 item 1: 初中三年巩固率. */
  consolidationRate: number;
  /** §1.5 item 2: 残疾儿童少年入学率. */
  disabledEnrolmentRate: number;
  /** §1.5 item 4: teacher-training spending / annual 公用经费 budget. */
  trainingSpendingShare: number;
  /** §1.5 item 9: every monitored subject at this 学业表现水平 or above (3 = Ⅲ级). */
  monitoringMinLevel: number;
  /** §1.5 item 9: the 校际差异率 must be strictly below this. */
  monitoringDifferenceRateBelow: number;
  /** §1.6: 社会认可度. */
  recognitionRate: number;
}

/** The school rule of §1.1. */
export interface SchoolRule {
  /** How many of the indicators must reach their threshold (6 of 7). */
  minMet: number;
  /** Every other indicator must reach at least this fraction of its threshold (0.85). */
  floor: number;
}

/**
 * The county rule on the 差异系数 (§1.3):
 * - 'each' (2017, §1.1): every indicator's CV ≤ limits[stage] (0.50 小学, 0.45 初中);
 * - 'composite' (2012, §2): the 综合差异系数, the arithmetic mean of the indicators'
 *   CVs, ≤ limits[stage] (0.65 小学, 0.55 初中). Mixing the two is a known bug in other tools.
 */
export interface CountyRule {
  kind: "each" | "composite";
  limits: Record<Stage, number>;
}

/** Relative tolerance of every comparison: a value equal to its threshold meets it. */
export const RELATIVE_TOLERANCE = 1e-9;
