import { EN_US, ZH } from "../../i18n";
import type { QualityIndicatorId, Stage } from "../types";
import { INDICATOR_IDS } from "../types";
import type { SchoolRule, StandardsProfile } from "./profile";

/** A profile with the 2017 shape: a school rule, and a threshold for each of the seven indicators. */
export type QualityProfile = StandardsProfile & {
  schoolRule: SchoolRule;
  thresholds: Record<QualityIndicatorId, Record<Stage, number>>;
};

/**
 * 县域义务教育优质均衡发展督导评估办法 (教督〔2017〕6号): the default profile.
 * Thresholds: standards.md §1.1; school and class sizes §1.4; shares §1.2.
 */
export const NATIONAL_2017: QualityProfile = {
  id: "national-2017",
  name: ZH.profiles.national2017.name,
  nameEn: EN_US.profiles.national2017.name,
  source: ZH.profiles.national2017.source,
  indicators: INDICATOR_IDS,
  thresholds: {
    qualifiedTeachersPer100: { primary: 4.2, junior: 5.3 },
    backboneTeachersPer100: { primary: 1.0, junior: 1.0 },
    peArtTeachersPer100: { primary: 0.9, junior: 0.9 },
    teachingAreaPerStudent: { primary: 4.5, junior: 5.8 },
    sportsAreaPerStudent: { primary: 7.5, junior: 10.2 },
    equipmentValuePerStudent: { primary: 2000, junior: 2500 },
    multimediaRoomsPer100: { primary: 2.3, junior: 2.4 },
  },
  countyRule: { kind: "each", limits: { primary: 0.5, junior: 0.45 } },
  schoolRule: { minMet: 6, floor: 0.85 },
  classSize: {
    limits: { primary: 45, junior: 50 },
    bands: { large: 46, veryLarge: 56, superLarge: 66 },
  },
  schoolSize: {
    default: 2000,
    byType: { nineYear: 2500, twelveYear: 2500 },
  },
  specialRooms: { classesPerRoom: 12, musicRoomMinArea: 96, artRoomMinArea: 90 },
  stageWeights: { primary: 1, junior: 1.1, senior: 1.32 },
  coverage: {
    excludedTypes: ["special", "vocational"],
    teachingPointMinStudents: 50,
    includePrivate: true,
  },
  display: { valueDecimals: 2, cvDecimals: 3 },
  // standards.md §1.4–1.6 (教督〔2017〕6号 第九条至第十一条).
  county: {
    smallSchoolFundingStudents: 100,
    specialSchoolFundingPerStudent: 6000,
    teacherPayRatio: 1,
    trainingCompletion: 1,
    teacherRotationShare: 0.1,
    backboneRotationShare: 0.2,
    certifiedTeacherShare: 1,
    nearbyEnrolment: { primary: 1, junior: 0.95 },
    highSchoolQuotaShare: 0.5,
    migrantChildrenPublicShare: 0.85,
    consolidationRate: 0.95,
    disabledEnrolmentRate: 0.95,
    trainingSpendingShare: 0.05,
    monitoringMinLevel: 3,
    monitoringDifferenceRateBelow: 0.15,
    recognitionRate: 0.85,
  },
};
