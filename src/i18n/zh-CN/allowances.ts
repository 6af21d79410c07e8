/** zh-CN, part `allowances`: the messages of src/core/allowances/messages.ts. */
export const ALLOWANCES = {
  messages: {
    // --- an allowance used: the note beside the school's result --------------
    sharedTeachersCounted:
      "按认定规程计入交流轮岗、兼职、走教的体育艺术教师 {teachers} 人（{kind}，在校生 {students} 人，在 {min}～{max} 人之间）",
    leasedSportsAreaCounted: "按认定规程计入校外租赁及楼顶、地下运动场地 {area} ㎡（中心城区学校）",
    olderSchoolRooms:
      "按 {builtBy} 年前建成学校标准 {music} ㎡（音乐）、{art} ㎡（美术）评估专用教室面积（建校：{built}）",
    smallRuralRooms:
      "按农村小规模学校标准 {music} ㎡（音乐）、{art} ㎡（美术）评估专用教室面积（最大班额 {largest} 人，不足 {below} 人）",
    olderSchoolSize: "按 {builtBy} 年前建成学校标准，学校规模上限 {limit} 人（建校：{built}）",
    migrantSchoolSize:
      "按随迁子女超过 {share}% 的学校标准，学校规模上限 {limit} 人（随迁子女 {migrants} 人，占 {actual}%）",
    // --- an allowance claimed but not applied: a warning naming the school ---
    sharedTeachersWithoutFact:
      "「{school}」填有交流轮岗、兼职、走教的体育艺术教师 {teachers} 人，但学校表没有说明它是否为农村小规模学校（「是否农村小规模学校」列），这些教师未计入",
    sharedTeachersNotRural:
      "「{school}」不是农村小规模学校或教学点，交流轮岗、兼职、走教的体育艺术教师 {teachers} 人未计入",
    sharedTeachersOutOfRange:
      "「{school}」在校生 {students} 人，不在 {min}～{max} 人之间，交流轮岗、兼职、走教的体育艺术教师 {teachers} 人未计入",
    leasedWithoutFact:
      "「{school}」填有校外租赁及楼顶、地下运动场地 {area} ㎡，但学校表没有说明它是否在中心城区（「是否中心城区」列），未计入",
    leasedNotCentral: "「{school}」不在中心城区，校外租赁及楼顶、地下运动场地 {area} ㎡ 未计入",
    roomsWithoutBuiltYear:
      "「{school}」有专用教室小于 {music} ㎡（音乐）或 {art} ㎡（美术），但学校表没有建校年份（或「是否{builtBy}年及之前建成」），无法按 {builtBy} 年前建成学校标准评估",
    smallRuralWithoutClasses:
      "「{school}」是农村小规模学校，但班级表中没有它的班级，无法确定最大班额是否不足 {below} 人，未按农村小规模学校标准评估专用教室面积",
    smallRuralLargeClass:
      "「{school}」是农村小规模学校，但最大班额为 {largest} 人；最大班额须不足 {below} 人，才能按农村小规模学校标准评估专用教室面积",
    sizeWithoutFact:
      "「{school}」有 {students} 人，超过 {limit} 人；如 {builtBy} 年及之前建成或随迁子女超过 {share}%，上限可为 {allowed} 人，但学校表没有{lacking}",
    // --- the 专用教室面积 item computed from the school table ----------------
    roomBelowArea: "{room}教室 {area} ㎡（应不小于 {min} ㎡）",
    roomAreasShort:
      "「{school}」专用教室面积不足：{rooms}；达到面积的音乐教室 {musicOk} 间、美术教室 {artOk} 间，应各 {required} 间",
    roomAreasJudged: "{judged} 所学校中 {ok} 所达到{missing}",
    roomAreasNotGiven: "，{count} 所未填面积",
    roomAreasThreshold: "音乐 ≥ {music}㎡、美术 ≥ {art}㎡（由学校表的教室面积计算{allowances}）",
    roomAreasWithAllowances: "；按认定规程放宽条款的学校见各校说明",
  },
};
