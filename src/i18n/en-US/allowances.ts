import type { Texts } from "../texts";
import type { ALLOWANCES as ZH } from "../zh-CN/allowances";

export const ALLOWANCES: Texts<typeof ZH> = {
  messages: {
    // --- an allowance used: the note beside the school's result --------------
    sharedTeachersCounted:
      "{teachers} PE/arts teacher(s) by rotation, part-time or visiting counted under the 2019 rules ({kindEn}, {students} students, within {min}–{max})",
    leasedSportsAreaCounted:
      "{area} m² of leased, rooftop or underground sports area counted under the 2019 rules (central-city school)",
    olderSchoolRooms:
      "room areas judged by the standard for schools built by {builtBy}: {music} m² (music), {art} m² (art) (built: {builtEn})",
    smallRuralRooms:
      "room areas judged by the small rural school standard: {music} m² (music), {art} m² (art) (largest class {largest}, under {below})",
    olderSchoolSize:
      "school size judged by the standard for schools built by {builtBy}: at most {limit} (built: {builtEn})",
    migrantSchoolSize:
      "school size judged by the standard for schools with over {share}% children of migrant workers: at most {limit} ({migrants}, {actual}%)",
    // --- an allowance claimed but not applied: a warning naming the school ---
    sharedTeachersWithoutFact:
      '"{school}" lists {teachers} PE/arts teacher(s) by rotation, part-time or visiting, but the school table does not say whether it is a small rural school (是否农村小规模学校); they are not counted',
    sharedTeachersNotRural:
      '"{school}" is neither a small rural school nor a teaching point; its {teachers} PE/arts teacher(s) by rotation, part-time or visiting are not counted',
    sharedTeachersOutOfRange:
      '"{school}" has {students} students, outside {min}–{max}; its {teachers} PE/arts teacher(s) by rotation, part-time or visiting are not counted',
    leasedWithoutFact:
      '"{school}" lists {area} m² of leased, rooftop or underground sports area, but the school table does not say whether it is in the central city (是否中心城区); not counted',
    leasedNotCentral:
      '"{school}" is not in the central city; its {area} m² of leased, rooftop or underground sports area is not counted',
    roomsWithoutBuiltYear:
      '"{school}" has rooms under {music} m² (music) or {art} m² (art), but the school table gives no year built (or 是否{builtBy}年及之前建成), so the standard for schools built by {builtBy} cannot be applied',
    smallRuralWithoutClasses:
      '"{school}" is a small rural school but the class sheet lists none of its classes, so whether its largest class is under {below} is unknown; the small rural room standard is not applied',
    smallRuralLargeClass:
      '"{school}" is a small rural school but its largest class has {largest} students; the small rural room standard needs it under {below}',
    sizeWithoutFact:
      '"{school}" has {students} students, over {limit}; built by {builtBy} or with over {share}% children of migrant workers its limit would be {allowed}, but the school table lacks {lackingEn}',
    // --- the 专用教室面积 item computed from the school table ----------------
    roomBelowArea: "{roomEn} room of {area} m² (at least {min} m²)",
    roomAreasShort:
      '"{school}": rooms too small: {roomsEn}; {musicOk} music and {artOk} art room(s) large enough, {required} of each needed',
    roomAreasJudged: "{ok} of {judged} schools meet it{missingEn}",
    roomAreasNotGiven: "; {count} give no areas",
    roomAreasThreshold:
      "music ≥ {music} m², art ≥ {art} m² (from the room areas of the school table{allowancesEn})",
    roomAreasWithAllowances: "; schools under the 2019 allowances are noted one by one",
  },
};
