/**
 * Every message about the 2019 认定规程 allowances (application-form.md §2), in
 * one table keyed by a stable code, Chinese first and English second, in the
 * style of table/messages.ts. A used allowance is a note that names it ("按
 * 2016 年前建成学校标准 73 ㎡ 评估"); a claim that lacks its fact, or a fact that
 * rules it out, is a finding (a warning naming the school).
 */
export type AllowanceParams = Record<string, string | number>;

interface AllowanceTemplate {
  zh: (p: AllowanceParams) => string;
  en: (p: AllowanceParams) => string;
}

export const ALLOWANCE_MESSAGES = {
  // --- an allowance used: the note beside the school's result --------------
  sharedTeachersCounted: {
    zh: (p) =>
      `按认定规程计入交流轮岗、兼职、走教的体育艺术教师 ${p.teachers} 人（${p.kind}，在校生 ${p.students} 人，在 ${p.min}～${p.max} 人之间）`,
    en: (p) =>
      `${p.teachers} PE/arts teacher(s) by rotation, part-time or visiting counted under the 2019 rules (${p.kindEn}, ${p.students} students, within ${p.min}–${p.max})`,
  },
  leasedSportsAreaCounted: {
    zh: (p) => `按认定规程计入校外租赁及楼顶、地下运动场地 ${p.area} ㎡（中心城区学校）`,
    en: (p) =>
      `${p.area} m² of leased, rooftop or underground sports area counted under the 2019 rules (central-city school)`,
  },
  olderSchoolRooms: {
    zh: (p) =>
      `按 ${p.builtBy} 年前建成学校标准 ${p.music} ㎡（音乐）、${p.art} ㎡（美术）评估专用教室面积（建校：${p.built}）`,
    en: (p) =>
      `room areas judged by the standard for schools built by ${p.builtBy}: ${p.music} m² (music), ${p.art} m² (art) (built: ${p.builtEn})`,
  },
  smallRuralRooms: {
    zh: (p) =>
      `按农村小规模学校标准 ${p.music} ㎡（音乐）、${p.art} ㎡（美术）评估专用教室面积（最大班额 ${p.largest} 人，不足 ${p.below} 人）`,
    en: (p) =>
      `room areas judged by the small rural school standard: ${p.music} m² (music), ${p.art} m² (art) (largest class ${p.largest}, under ${p.below})`,
  },
  olderSchoolSize: {
    zh: (p) => `按 ${p.builtBy} 年前建成学校标准，学校规模上限 ${p.limit} 人（建校：${p.built}）`,
    en: (p) =>
      `school size judged by the standard for schools built by ${p.builtBy}: at most ${p.limit} (built: ${p.builtEn})`,
  },
  migrantSchoolSize: {
    zh: (p) =>
      `按随迁子女超过 ${p.share}% 的学校标准，学校规模上限 ${p.limit} 人（随迁子女 ${p.migrants} 人，占 ${p.actual}%）`,
    en: (p) =>
      `school size judged by the standard for schools with over ${p.share}% children of migrant workers: at most ${p.limit} (${p.migrants}, ${p.actual}%)`,
  },
  // --- an allowance claimed but not applied: a warning naming the school ---
  sharedTeachersWithoutFact: {
    zh: (p) =>
      `「${p.school}」填有交流轮岗、兼职、走教的体育艺术教师 ${p.teachers} 人，但学校表没有说明它是否为农村小规模学校（「是否农村小规模学校」列），这些教师未计入`,
    en: (p) =>
      `"${p.school}" lists ${p.teachers} PE/arts teacher(s) by rotation, part-time or visiting, but the school table does not say whether it is a small rural school (是否农村小规模学校); they are not counted`,
  },
  sharedTeachersNotRural: {
    zh: (p) =>
      `「${p.school}」不是农村小规模学校或教学点，交流轮岗、兼职、走教的体育艺术教师 ${p.teachers} 人未计入`,
    en: (p) =>
      `"${p.school}" is neither a small rural school nor a teaching point; its ${p.teachers} PE/arts teacher(s) by rotation, part-time or visiting are not counted`,
  },
  sharedTeachersOutOfRange: {
    zh: (p) =>
      `「${p.school}」在校生 ${p.students} 人，不在 ${p.min}～${p.max} 人之间，交流轮岗、兼职、走教的体育艺术教师 ${p.teachers} 人未计入`,
    en: (p) =>
      `"${p.school}" has ${p.students} students, outside ${p.min}–${p.max}; its ${p.teachers} PE/arts teacher(s) by rotation, part-time or visiting are not counted`,
  },
  leasedWithoutFact: {
    zh: (p) =>
      `「${p.school}」填有校外租赁及楼顶、地下运动场地 ${p.area} ㎡，但学校表没有说明它是否在中心城区（「是否中心城区」列），未计入`,
    en: (p) =>
      `"${p.school}" lists ${p.area} m² of leased, rooftop or underground sports area, but the school table does not say whether it is in the central city (是否中心城区); not counted`,
  },
  leasedNotCentral: {
    zh: (p) => `「${p.school}」不在中心城区，校外租赁及楼顶、地下运动场地 ${p.area} ㎡ 未计入`,
    en: (p) =>
      `"${p.school}" is not in the central city; its ${p.area} m² of leased, rooftop or underground sports area is not counted`,
  },
  roomsWithoutBuiltYear: {
    zh: (p) =>
      `「${p.school}」有专用教室小于 ${p.music} ㎡（音乐）或 ${p.art} ㎡（美术），但学校表没有建校年份（或「是否${p.builtBy}年及之前建成」），无法按 ${p.builtBy} 年前建成学校标准评估`,
    en: (p) =>
      `"${p.school}" has rooms under ${p.music} m² (music) or ${p.art} m² (art), but the school table gives no year built (or 是否${p.builtBy}年及之前建成), so the standard for schools built by ${p.builtBy} cannot be applied`,
  },
  smallRuralWithoutClasses: {
    zh: (p) =>
      `「${p.school}」是农村小规模学校，但班级表中没有它的班级，无法确定最大班额是否不足 ${p.below} 人，未按农村小规模学校标准评估专用教室面积`,
    en: (p) =>
      `"${p.school}" is a small rural school but the class sheet lists none of its classes, so whether its largest class is under ${p.below} is unknown; the small rural room standard is not applied`,
  },
  smallRuralLargeClass: {
    zh: (p) =>
      `「${p.school}」是农村小规模学校，但最大班额为 ${p.largest} 人；最大班额须不足 ${p.below} 人，才能按农村小规模学校标准评估专用教室面积`,
    en: (p) =>
      `"${p.school}" is a small rural school but its largest class has ${p.largest} students; the small rural room standard needs it under ${p.below}`,
  },
  sizeWithoutFact: {
    zh: (p) =>
      `「${p.school}」有 ${p.students} 人，超过 ${p.limit} 人；如 ${p.builtBy} 年及之前建成或随迁子女超过 ${p.share}%，上限可为 ${p.allowed} 人，但学校表没有${p.lacking}`,
    en: (p) =>
      `"${p.school}" has ${p.students} students, over ${p.limit}; built by ${p.builtBy} or with over ${p.share}% children of migrant workers its limit would be ${p.allowed}, but the school table lacks ${p.lackingEn}`,
  },
  // --- the 专用教室面积 item computed from the school table ----------------
  roomBelowArea: {
    zh: (p) => `${p.room}教室 ${p.area} ㎡（应不小于 ${p.min} ㎡）`,
    en: (p) => `${p.roomEn} room of ${p.area} m² (at least ${p.min} m²)`,
  },
  roomAreasShort: {
    zh: (p) =>
      `「${p.school}」专用教室面积不足：${p.rooms}；达到面积的音乐教室 ${p.musicOk} 间、美术教室 ${p.artOk} 间，应各 ${p.required} 间`,
    en: (p) =>
      `"${p.school}": rooms too small: ${p.roomsEn}; ${p.musicOk} music and ${p.artOk} art room(s) large enough, ${p.required} of each needed`,
  },
  roomAreasJudged: {
    zh: (p) => `${p.judged} 所学校中 ${p.ok} 所达到${p.missing}`,
    en: (p) => `${p.ok} of ${p.judged} schools meet it${p.missingEn}`,
  },
  roomAreasNotGiven: {
    zh: (p) => `，${p.count} 所未填面积`,
    en: (p) => `; ${p.count} give no areas`,
  },
  roomAreasThreshold: {
    zh: (p) => `音乐 ≥ ${p.music}㎡、美术 ≥ ${p.art}㎡（由学校表的教室面积计算${p.allowances}）`,
    en: (p) =>
      `music ≥ ${p.music} m², art ≥ ${p.art} m² (from the room areas of the school table${p.allowancesEn})`,
  },
  roomAreasWithAllowances: {
    zh: () => `；按认定规程放宽条款的学校见各校说明`,
    en: () => `; schools under the 2019 allowances are noted one by one`,
  },
} satisfies Record<string, AllowanceTemplate>;

export type AllowanceMessageCode = keyof typeof ALLOWANCE_MESSAGES;

/** A message of the table in both languages. */
export function allowanceText(
  code: AllowanceMessageCode,
  params: AllowanceParams
): { code: AllowanceMessageCode; message: string; messageEn: string } {
  const t: AllowanceTemplate = ALLOWANCE_MESSAGES[code];
  return { code, message: t.zh(params), messageEn: t.en(params) };
}
