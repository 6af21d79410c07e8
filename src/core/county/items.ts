/**
 * The county-level items of 教督〔2017〕6号 as data: 政府保障程度 (第九条, 15
 * items), 教育质量 (第十条, 9), 社会认可度 (第十一条) and 一票否决 (第十二条),
 * numbered as the policy numbers them (standards.md §1.4–1.7). The wording
 * carries the profile's numbers, so a stricter provincial profile reads right.
 */
import { EN_US, fill, ZH } from "../../i18n";
import type { StandardsProfile } from "../profiles/profile";
import type { CountyStandards } from "../profiles/profile";
import { formatThresholdShare } from "./format";
import type { CountyItemKind, CountyPartId, SurveyGroup, VetoId } from "./types";

export interface CountyItemInfo {
  part: CountyPartId;
  number: number;
  id: string;
  kind: CountyItemKind;
  name: string;
  shortName: string;
}

const T = ZH.core.items;
const E = EN_US.core.items;

export const COUNTY_PART_NAMES: Readonly<Record<CountyPartId, string>> = T.parts;

export const COUNTY_PART_NAMES_EN: Readonly<Record<CountyPartId, string>> = E.parts;

const pct = formatThresholdShare;

export function governmentItems(profile: StandardsProfile, s: CountyStandards): CountyItemInfo[] {
  const G = T.government;
  const item = (
    number: number,
    id: keyof typeof G,
    kind: CountyItemKind,
    name: string = G[id].name
  ): CountyItemInfo => ({ part: "government", number, id, kind, name, shortName: G[id].shortName });
  const rooms = profile.specialRooms;
  const size = profile.schoolSize;
  const nine = size.byType.nineYear ?? size.default;
  const twelve = size.byType.twelveYear ?? size.default;
  const large = nine === twelve ? fill(T.largeSame, { nine }) : fill(T.largeEach, { nine, twelve });
  const reduced = rooms.reducedAreas
    ? fill(T.reducedAreas, {
        appliesTo: rooms.reducedAreas.appliesTo,
        music: rooms.reducedAreas.musicRoomMinArea,
        art: rooms.reducedAreas.artRoomMinArea,
      })
    : "";
  return [
    item(1, "schoolLayout", "qualitative"),
    item(2, "fourUnified", "qualitative"),
    item(
      3,
      "specialRooms",
      "computed",
      fill(G.specialRooms.name, {
        classes: rooms.classesPerRoom,
        music: rooms.musicRoomMinArea,
        art: rooms.artRoomMinArea,
        reduced,
      })
    ),
    item(4, "schoolSize", "computed", fill(G.schoolSize.name, { limit: size.default, large })),
    item(
      5,
      "classSize",
      "computed",
      fill(G.classSize.name, {
        primary: profile.classSize.limits.primary,
        junior: profile.classSize.limits.junior,
      })
    ),
    item(
      6,
      "smallSchoolFunding",
      "qualitative",
      fill(G.smallSchoolFunding.name, { n: s.smallSchoolFundingStudents })
    ),
    item(
      7,
      "specialSchoolFunding",
      "quantitative",
      fill(G.specialSchoolFunding.name, { amount: s.specialSchoolFundingPerStudent })
    ),
    item(8, "teacherPay", "quantitative"),
    item(
      9,
      "teacherTraining",
      "quantitative",
      fill(G.teacherTraining.name, { share: pct(s.trainingCompletion) })
    ),
    item(10, "staffingAllocation", "qualitative"),
    item(
      11,
      "teacherRotation",
      "quantitative",
      fill(G.teacherRotation.name, {
        share: pct(s.teacherRotationShare),
        backbone: pct(s.backboneRotationShare),
      })
    ),
    item(
      12,
      "teacherCertification",
      "quantitative",
      fill(G.teacherCertification.name, { share: pct(s.certifiedTeacherShare) })
    ),
    item(
      13,
      "nearbyEnrolment",
      "quantitative",
      fill(G.nearbyEnrolment.name, {
        primary: pct(s.nearbyEnrolment.primary),
        junior: pct(s.nearbyEnrolment.junior),
      })
    ),
    item(
      14,
      "highSchoolQuota",
      "quantitative",
      fill(G.highSchoolQuota.name, { share: pct(s.highSchoolQuotaShare) })
    ),
    item(
      15,
      "leftBehindAndMigrantChildren",
      "quantitative",
      fill(G.leftBehindAndMigrantChildren.name, { share: pct(s.migrantChildrenPublicShare) })
    ),
  ];
}

export function qualityItems(s: CountyStandards): CountyItemInfo[] {
  const Q = T.quality;
  const item = (
    number: number,
    id: keyof typeof Q,
    kind: CountyItemKind,
    name: string = Q[id].name
  ): CountyItemInfo => ({ part: "quality", number, id, kind, name, shortName: Q[id].shortName });
  const levels = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];
  return [
    item(
      1,
      "consolidation",
      "quantitative",
      fill(Q.consolidation.name, { share: pct(s.consolidationRate) })
    ),
    item(
      2,
      "disabledEnrolment",
      "quantitative",
      fill(Q.disabledEnrolment.name, { share: pct(s.disabledEnrolmentRate) })
    ),
    item(3, "charterAndDigitalManagement", "qualitative"),
    item(
      4,
      "trainingSpending",
      "quantitative",
      fill(Q.trainingSpending.name, { share: pct(s.trainingSpendingShare) })
    ),
    item(5, "ictUse", "qualitative"),
    item(6, "moralEducation", "qualitative"),
    item(7, "curriculum", "qualitative"),
    item(8, "homeworkBurden", "qualitative"),
    item(
      9,
      "qualityMonitoring",
      "quantitative",
      fill(Q.qualityMonitoring.name, {
        level: levels[s.monitoringMinLevel - 1] ?? s.monitoringMinLevel,
        rate: s.monitoringDifferenceRateBelow,
      })
    ),
  ];
}

export function recognitionItems(s: CountyStandards): CountyItemInfo[] {
  const R = T.recognition.publicRecognition;
  return [
    {
      part: "recognition",
      number: 1,
      id: "publicRecognition",
      kind: "quantitative",
      shortName: R.shortName,
      name: fill(R.name, { share: pct(s.recognitionRate) }),
    },
  ];
}

export const VETO_NAMES: Readonly<Record<VetoId, { shortName: string; name: string }>> = T.vetoes;

export const VETO_NAMES_EN: Readonly<Record<VetoId, { shortName: string; name: string }>> =
  E.vetoes;

export const SURVEY_GROUP_NAMES_EN: Readonly<Record<SurveyGroup, string>> = E.surveyGroups;

/**
 * The English of every check name the judge (county/assess.ts) gives a
 * CountyCheck, keyed by its Chinese name. A 质量监测 subject is the county's own
 * name and has none (it is quoted as it is).
 */
export const COUNTY_CHECK_NAMES_EN: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(ZH.core.checks) as (keyof typeof ZH.core.checks)[]).map((k) => [
    ZH.core.checks[k],
    EN_US.core.checks[k],
  ])
);

/** The English short names of the county items, by item id (CountyItem.id); the vetoes' are VETO_NAMES_EN. */
export const COUNTY_ITEM_NAMES_EN: Readonly<Record<string, string>> = Object.fromEntries(
  [E.government, E.quality, E.recognition, E.vetoes].flatMap((part) =>
    Object.entries(part).map(([id, n]: [string, { shortName: string }]) => [id, n.shortName])
  )
);
