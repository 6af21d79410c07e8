import type { IndicatorId, SchoolType, Stage } from '../types';

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
  /** Per indicator and stage, the minimum a school must reach. */
  thresholds: Record<IndicatorId, Record<Stage, number>>;
  /** Per stage, the largest 差异系数 allowed for each indicator. */
  cvLimits: Record<Stage, number>;
  schoolRule: {
    /** How many of the indicators must reach their threshold (6 of 7). */
    minMet: number;
    /** Every other indicator must reach at least this fraction of its threshold (0.85). */
    floor: number;
  };
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
}

/** Relative tolerance of every comparison: a value equal to its threshold meets it. */
export const RELATIVE_TOLERANCE = 1e-9;
