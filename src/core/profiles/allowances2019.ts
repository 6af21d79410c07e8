import { EN_US, ZH } from "../../i18n";
import { NATIONAL_2017, type QualityProfile } from "./national2017";
import type { Allowances } from "./profile";

/**
 * The allowances of the 《县域义务教育优质均衡发展督导评估认定规程》
 * (国教督办函〔2019〕30号) for the first evaluations after it (application-form.md §2).
 */
export const ALLOWANCES_2019: Allowances = {
  sharedPeArtTeachers: { minStudents: 50, maxStudents: 99 },
  leasedSportsArea: { centralUrbanOnly: true },
  olderSchoolRooms: { builtBy: 2016, musicRoomMinArea: 73, artRoomMinArea: 67 },
  smallRuralRooms: {
    largestClassBelow: 30,
    primary: { musicRoomMinArea: 54, artRoomMinArea: 54 },
    junior: { musicRoomMinArea: 61, artRoomMinArea: 61 },
  },
  // 小学、初中 2400, 九年一贯制 3000; 十二年一贯制 as 九年一贯制, as the default profile groups them.
  schoolSize: {
    builtBy: 2010,
    migrantShareAbove: 0.5,
    default: 2400,
    byType: { nineYear: 3000, twelveYear: 3000 },
  },
};

/**
 * National 2017 with the 认定规程 allowances switched on: for a province that
 * still allows them. The default profile never applies them.
 */
export const NATIONAL_2017_ALLOWANCES: QualityProfile = {
  ...NATIONAL_2017,
  id: "national-2017-allowances",
  name: ZH.profiles.allowances2019.name,
  nameEn: EN_US.profiles.allowances2019.name,
  source: ZH.profiles.allowances2019.source,
  allowances: ALLOWANCES_2019,
};
