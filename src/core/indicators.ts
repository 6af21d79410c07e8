import type { IndicatorId } from './types';
import { INDICATOR_IDS } from './types';

/** What each indicator is called and measured in (standards.md §1.1), as data. */
export interface IndicatorInfo {
  id: IndicatorId;
  /** The policy text's name. */
  name: string;
  /** A short Chinese label for table headers. */
  shortName: string;
  nameEn: string;
  unit: string;
}

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorInfo>> = {
  qualifiedTeachersPer100: {
    id: 'qualifiedTeachersPer100',
    name: '每百名学生拥有高于规定学历教师数',
    shortName: '高于规定学历教师（人/百生）',
    nameEn: 'Teachers above the required qualification per 100 students',
    unit: '人',
  },
  backboneTeachersPer100: {
    id: 'backboneTeachersPer100',
    name: '每百名学生拥有县级以上骨干教师数',
    shortName: '县级以上骨干教师（人/百生）',
    nameEn: 'County-level or higher backbone teachers per 100 students',
    unit: '人',
  },
  peArtTeachersPer100: {
    id: 'peArtTeachersPer100',
    name: '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
    shortName: '体育艺术专任教师（人/百生）',
    nameEn: 'PE and arts teachers per 100 students',
    unit: '人',
  },
  teachingAreaPerStudent: {
    id: 'teachingAreaPerStudent',
    name: '生均教学及辅助用房面积',
    shortName: '生均教学及辅助用房（㎡）',
    nameEn: 'Teaching and auxiliary floor area per student',
    unit: '㎡',
  },
  sportsAreaPerStudent: {
    id: 'sportsAreaPerStudent',
    name: '生均体育运动场馆面积',
    shortName: '生均体育运动场馆（㎡）',
    nameEn: 'Sports ground and hall area per student',
    unit: '㎡',
  },
  equipmentValuePerStudent: {
    id: 'equipmentValuePerStudent',
    name: '生均教学仪器设备值',
    shortName: '生均教学仪器设备值（元）',
    nameEn: 'Teaching equipment value per student',
    unit: '元',
  },
  multimediaRoomsPer100: {
    id: 'multimediaRoomsPer100',
    name: '每百名学生拥有网络多媒体教室数',
    shortName: '网络多媒体教室（间/百生）',
    nameEn: 'Networked multimedia classrooms per 100 students',
    unit: '间',
  },
};

function normalise(text: string): string {
  return text.replace(/[\s（）()、，,]/g, '').toLowerCase();
}

/**
 * Finds an indicator by its id (any case), its full or short Chinese name, or its
 * position 1–7 in §1.1 order. Returns undefined when nothing matches.
 */
export function findIndicator(key: string | number): IndicatorId | undefined {
  if (typeof key === 'number') {
    return Number.isInteger(key) && key >= 1 && key <= INDICATOR_IDS.length ? INDICATOR_IDS[key - 1] : undefined;
  }
  const wanted = normalise(key);
  if (wanted === '') return undefined;
  for (const id of INDICATOR_IDS) {
    const info = INDICATORS[id];
    if (id.toLowerCase() === wanted || normalise(info.name) === wanted || normalise(info.shortName) === wanted) {
      return id;
    }
  }
  // A name without its "每百名学生拥有"/"生均" prefix or unit suffix, e.g. "骨干教师".
  const partial = INDICATOR_IDS.filter((id) => normalise(INDICATORS[id].name).includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
}
