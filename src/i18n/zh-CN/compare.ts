/**
 * zh-CN, part `compare`: the year-over-year comparison's words (issue 25; src/core/compare).
 * The event descriptions' holes: {year}, {stage} (小学/初中), {school}, {previousName},
 * {indicator} (the indicator's name), {value}, {limit}, {previousValue}: numbers as the caller
 * formats them.
 */
export const COMPARE = {
  /** The event kinds' names (CompareEventKind). */
  kinds: {
    new: "新增学校",
    closed: "学校撤并或停办",
    renamed: "学校更名",
    possibleRename: "疑似更名",
    newlyFailing: "新出现未达标",
    recovered: "恢复达标",
    nearStandard: "接近达标线",
    cvNearLimit: "差异系数接近上限",
    cvRising: "差异系数连续上升",
    newOversized: "新出现超规模学校",
    newLargeClasses: "超标准班额增加",
  },
  /** One line per event kind. */
  events: {
    new: "{year} 年新增学校：{school}",
    closed: "{year} 年起不再有学校：{school}",
    renamed: "{year} 年学校更名：{previousName} → {school}",
    possibleRename:
      "{year} 年疑似更名（请确认）：{previousName} → {school}，两校名称相近、属同一学区/集团",
    newlyFailing: "{year} 年 {school}（{stage}）上年达标，本年未达标",
    recovered: "{year} 年 {school}（{stage}）上年未达标，本年恢复达标",
    nearStandard: "{year} 年 {school}（{stage}）{indicator} 为 {value}，达标但接近标准 {limit}",
    cvNearLimit: "{year} 年{stage}{indicator}差异系数 {value}，接近或超过上限 {limit}",
    cvRising: "{year} 年{stage}{indicator}差异系数 {value}，已连续两年上升",
    newOversized: "{year} 年 {school} 学生 {value} 人，超过规模上限 {limit} 人（上年未超）",
    newLargeClasses: "{year} 年{stage}超过 {limit} 人的班级由 {previousValue} 个增至 {value} 个",
  },
  /** Said for the 2012 composite CV where an event names no indicator. */
  composite: "综合",
  /** The early warning: what it is, and how it is estimated. */
  warnings: {
    title: "预警（按近两年趋势推算下一年）",
    method:
      "预警按线性推算：假设最近一年相对上一年的变化在下一年再发生一次，即下一年 = 最近一年 + （最近一年 − 上一年）；列出最近一年尚在上限内、推算后将超过上限的差异系数，以及最近一年达标、推算后将不再符合学校达标规则（达标指标不足或低于底线）的学校指标，按与上限或标准的距离由近到远排列。只有一年的数据时不作预警。",
    cv: "{stage}{indicator}差异系数 {value}，按趋势下一年约 {projected}，将超过上限 {limit}",
    school: "{school}（{stage}）{indicator} 为 {value}，按趋势下一年约 {projected}，将低于 {limit}",
    none: "按近两年趋势推算，下一年没有将超限的差异系数或将不达标的学校",
  },
};
