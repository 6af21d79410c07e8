/**
 * The words of the core's findings (src/core/findings.ts): one catalogue per
 * locale, zh-CN first, en-US second. Every host renders findings here: the CLI's
 * summary and JSON `warnings`, the report's 数据问题 sheet and the task pane.
 * Numbers go through the one formatter (format.ts); field labels are the
 * template's (SCHOOL_FIELD_NAMES), school and stage names the vocabulary's.
 * (The table reader's own coded messages are in table/messages.ts.)
 */
import {
  formatAmount,
  formatLevel,
  formatRatio,
  formatShare,
  formatThresholdShare,
} from "./county/format";
import {
  COUNTY_CHECK_NAMES_EN,
  COUNTY_PART_NAMES,
  COUNTY_PART_NAMES_EN,
  SURVEY_GROUP_NAMES_EN,
  VETO_NAMES,
  VETO_NAMES_EN,
} from "./county/items";
import type {
  CountyFigureRef,
  CountyNote,
  FigureProblem,
  FigureScope,
  Finding,
  FindingClass,
  FindingSchool,
  PartialTable,
  SchoolSizeLimits,
} from "./findings";
import { formatNumber } from "./format";
import { INDICATORS } from "./indicators";
import type { StandardsProfile } from "./profiles/profile";
import type { SchoolNumberField } from "./schoolValues";
import { SURVEY_GROUP_NAMES } from "./table/countyFigures";
import { COUNTY_FIELD_RULES } from "./table/countyFields";
import { findFieldRule } from "./table/fields";
import type { Assessment, IndicatorId, SchoolType, Stage } from "./types";
import { SCHOOL_TYPE_NAMES, SCHOOL_TYPE_NAMES_EN, STAGE_NAMES, STAGE_NAMES_EN } from "./vocabulary";

/** The languages of the catalogue: 'zh' (zh-CN, the default) and 'en' (en-US). */
export type MessageLanguage = "zh" | "en";

/** A school figure's label as the data template writes it (table/fields.ts: the labels exist once). */
function fieldLabel(field: SchoolNumberField, lang: MessageLanguage): string {
  const rule = findFieldRule(field);
  if (rule === undefined) return field;
  return lang === "zh" ? rule.label : rule.labelEn;
}

/** A county-sheet figure's label as the template writes it (table/countyFields.ts), by its key. */
const COUNTY_FIELDS = new Map(COUNTY_FIELD_RULES.map((r) => [r.key, r]));

type Catalogue = { [C in Finding["code"]]: (f: Extract<Finding, { code: C }>) => string };

// --- zh-CN -----------------------------------------------------------------

const zhSchool = (s: FindingSchool): string =>
  s.source ? `${s.source.sheet} 第 ${s.source.row} 行「${s.name}」` : `「${s.name}」`;
const zhType = (t: SchoolType | string): string => SCHOOL_TYPE_NAMES[t as SchoolType] ?? String(t);
const zhStage = (s: Stage): string => STAGE_NAMES[s];
const zhClass = (c: FindingClass): string =>
  c.source ? `${c.source.sheet} 第 ${c.source.row} 行` : `班级「${c.school} ${c.className}」`;
const zhProblem = (p: FigureProblem): string =>
  p.problem === "outOfRange"
    ? `${fieldLabel(p.field, "zh")}（${String(p.value)}）超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间）`
    : `${fieldLabel(p.field, "zh")}（${p.value === undefined ? "空" : String(p.value)}）不是有效的非负数`;
const zhScope = (s: FigureScope): string =>
  s.kind === "resources"
    ? `该校未计入${zhStage(s.stage)}资源配置评估`
    : s.kind === "schoolSize"
      ? "未判定学校规模"
      : "未判定音乐、美术专用教室";

const zhFigure = (f: CountyFigureRef): string => {
  switch (f.kind) {
    case "field":
      return COUNTY_FIELDS.get(f.key)?.label ?? f.key;
    case "schoolRooms":
      return "学校表的音乐、美术专用教室数";
    case "schoolTable":
      return "学校表";
    case "classTable":
      return "班级表";
    case "survey":
      return "社会认可度（或各类调查对象的调查人数和满意人数）";
    case "monitoring": {
      const prefix =
        f.subject ?? (f.scope === "monitoring" ? "质量监测" : f.scope === "county" ? "县域" : "");
      return `${prefix}${f.what === "level" ? "学业表现水平" : "校际差异率"}`;
    }
  }
};
const ZH_BLANK_AS_ZERO = { transfersIn: "转入", transfersOut: "转出", deaths: "死亡" } as const;

/** "小学、初中不超过 2000 人，九年一贯制、十二年一贯制不超过 2500 人" (a province's 2400/3000 apart). */
const zhSchoolSize = (f: SchoolSizeLimits): string => {
  const single = `小学、初中不超过 ${f.default} 人`;
  return f.nineYear === f.twelveYear
    ? `${single}，九年一贯制、十二年一贯制不超过 ${f.nineYear} 人`
    : `${single}，九年一贯制不超过 ${f.nineYear} 人，十二年一贯制不超过 ${f.twelveYear} 人`;
};

export const ZH_CN: Catalogue = {
  unknownSchoolType: (f) =>
    `${zhSchool(f.school)}的学校类型（${String(f.type)}）无法识别，未计入评估`,
  studentsOfUntaughtStage: (f) =>
    `${zhSchool(f.school)}是${zhType(f.type)}，却填有${zhStage(f.stage)}在校生 ${f.students} 人；这些学生未计入${zhStage(f.stage)}，请核对学校类型`,
  badFigures: (f) =>
    `${zhSchool(f.school)}：${f.problems.map(zhProblem).join("；")}，${zhScope(f.scope)}`,
  noStageStudents: (f) =>
    `${zhSchool(f.school)}是${zhType(f.type)}，但${zhStage(f.stage)}在校生数为 0，未计入${zhStage(f.stage)}资源配置评估`,
  indoorSportsAboveTeachingArea: (f) =>
    `${zhSchool(f.school)}：${fieldLabel("indoorSportsArea", "zh")}（${f.indoorSportsArea}）大于${fieldLabel("teachingArea", "zh")}（${f.teachingArea}），` +
    `而后者应包含前者；该校未计入${zhStage(f.stage)}资源配置评估`,
  zeroCountyMean: (f) =>
    `${zhStage(f.stage)}「${INDICATORS[f.indicator].name}」的县域均值为 0，差异系数无法计算，按未达标处理`,
  noSchoolsInStage: (f) =>
    `没有纳入资源配置评估的${zhStage(f.stage)}学校，${zhStage(f.stage)}资源配置无法判定，按未达标处理`,
  compositeUndefined: (f) =>
    `${zhStage(f.stage)}有指标的差异系数无法计算，综合差异系数无法计算，按未达标处理`,
  duplicateSchoolName: (f) =>
    `学校名称「${f.name}」在学校基础数据中出现 ${f.count} 次；班级表按名称对应时取第一所，请核对`,
  classBadStage: (f) =>
    `${zhClass(f.class)}：学段（${String(f.stage)}）应为小学或初中，该班未计入班额统计`,
  classBadStudents: (f) =>
    `${zhClass(f.class)}：学生数（${String(f.students)}）不是有效的非负数，该班未计入班额统计`,
  classStageMismatch: (f) =>
    `班级表中「${f.school}」有${zhStage(f.stage)}班级，但学校基础数据中它是${zhType(f.type)}；仍计入班额统计，请核对`,
  classUnknownSchool: (f) =>
    `班级表中的学校「${f.school}」不在学校基础数据中${f.first ? `（首见于${f.first.sheet} 第 ${f.first.row} 行）` : ""}，其 ${f.classes} 个班级仍计入班额统计，请核对学校名称`,
  allowance: (f) => f.message,
  countyNoProfileStandards: (f) =>
    `评估标准「${f.profile}」不含政府保障程度、教育质量和社会认可度的标准，县级指标表未评估。`,
  excludedType: (f) => `${zhType(f.type)}不纳入资源配置评估`,
  excludedPrivate: (f) => `民办学校不纳入资源配置评估（${f.profile}）`,
  smallTeachingPoint: (f) => `教学点学生数 ${f.students} 人，少于 ${f.min} 人，不纳入资源配置评估`,
  stageEmpty: (f) => `${zhStage(f.stage)}：没有纳入测算的学校`,
  stageSchoolsFailing: (f) => `${zhStage(f.stage)}：${f.failing} 所学校未达到办学标准`,
  stageCvsFailing: (f) => `${zhStage(f.stage)}：${f.count} 项指标差异系数超过 ${f.limit}`,
  partialTable: (f) =>
    `部分指标的表：没有${f.fields.map((x) => `「${fieldLabel(x as SchoolNumberField, "zh")}」`).join("")}列，` +
    `${partialStages(f, "zh")}未计算（缺列）。已计算的指标照常给出各校指标值、县域均值和差异系数；` +
    `缺少指标的学段不判定各校是否达标，县域不判定是否达到均衡（结论为“无法判定”），也不做补差测算。补齐这些列后重新计算即可`,
  stageIndicatorsMissing: (f) =>
    `${zhStage(f.stage)}：${f.count} 项指标缺列未计算（${f.indicators.map((id) => `「${INDICATORS[id].name}」`).join("、")}），不判定各校是否达标，也不判定县域是否达到均衡（无法判定）`,
  stageCompositeFailing: (f) =>
    `${zhStage(f.stage)}：综合差异系数 ${formatNumber(f.cv, f.decimals)} 超过 ${f.limit ?? "—"}`,
  classesOverLimit: (f) => `${zhStage(f.stage)}：${f.count} 个班级超过 ${f.limit} 人`,
  schoolsOversized: (f) => `${f.count} 所学校规模超过上限`,
  specialRoomsShort: (f) => `${f.count} 所学校音乐、美术专用教室不足`,
  countyPartFailed: (f) => `${COUNTY_PART_NAMES[f.part]}：${f.count} 项未达标`,
  countyPartMissing: (f) => `${COUNTY_PART_NAMES[f.part]}：${f.count} 项未填报或缺少数据`,
  vetoes: (f) =>
    `一票否决：有 ${f.count} 项（${f.items.map((id) => VETO_NAMES[id].shortName).join("、")}）`,
  vetoesMissing: (f) => `一票否决事项：${f.count} 项未填报`,
  // --- the county items' notes (county/assess.ts) ---
  countyFlagNo: (f) => `${f.check}：否`,
  countyShareBelow: (f) =>
    `${f.check} ${formatShare(f.value, f.threshold, false)}，低于 ${formatThresholdShare(f.threshold)}`,
  countyAmountBelow: (f) =>
    `${f.check} ${formatAmount(f.value)} 元，低于 ${formatAmount(f.threshold)} 元，差 ${formatAmount(f.threshold - f.value)} 元`,
  countyRoomsShort: (f) =>
    `专用教室不足：${f.schools.map((r) => `${r.name}（应各 ${r.required} 间，音乐 ${r.music}、美术 ${r.art}）`).join("、")}`,
  countySchoolsTooLarge: (f) =>
    `超过规模上限：${f.schools.map((x) => `${x.name}（${x.students} 人，上限 ${x.limit} 人）`).join("、")}`,
  countyClassesTooLarge: (f) => `${zhStage(f.stage)} ${f.count} 个班超过 ${f.limit} 人`,
  countyPayBelow: (f) => `教师平均工资比公务员低 ${formatAmount(f.short)} 元`,
  countyLevelBelow: (f) =>
    `${f.subject || "质量监测"}学业水平 ${formatLevel(f.level)}级，低于 ${formatLevel(f.min)}级`,
  countyRateNotBelow: (f) =>
    `${f.subject ?? ""}校际差异率 ${formatRatio(f.value, f.limit, false)}，未低于 ${f.limit}`,
  countyVetoApplies: (f) => `${VETO_NAMES[f.veto].name}（一票否决）`,
  countyNotMet: (f) => `未达标：${f.reasons.map((r) => renderFinding(r, "zh")).join("；")}`,
  countyLacking: (f) =>
    `${f.bad ? "数据有误或未填报" : "未填报"}：${f.figures.map(zhFigure).join("、")}`,
  countyBlankAsZero: (f) =>
    `${f.figures.map((x) => ZH_BLANK_AS_ZERO[x]).join("、")}人数未填，按 0 计算`,
  countyConsolidationAbove100: () => "巩固率超过 100%，请核对毕业生和转入、转出人数",
  countySurveyRatesAveraged: () =>
    "部分调查对象只填了认可度，未填人数，按各类对象认可度的算术平均计算",
  countySurveyGroupsLow: (f) =>
    `认可度低于 ${formatThresholdShare(f.threshold)} 的调查对象：${f.groups.map((g) => `${SURVEY_GROUP_NAMES[g.group]} ${formatShare(g.rate)}`).join("、")}`,
  countySmallSchools: (f) =>
    f.schools.length === 0
      ? `学校表中没有不足 ${f.students} 人的村小学和教学点`
      : `学校表中不足 ${f.students} 人的村小学和教学点：${f.schools.map((x) => `${x.name}（${x.students} 人）`).join("、")}`,
  countyNoSpecialSchool: () => `学校表中没有${SCHOOL_TYPE_NAMES.special}`,
  schoolSizeLimits: zhSchoolSize,
};

// --- en-US -----------------------------------------------------------------

const enSchool = (s: FindingSchool): string =>
  s.source ? `"${s.name}" (${s.source.sheet}, row ${s.source.row})` : `"${s.name}"`;
const enType = (t: SchoolType | string): string =>
  SCHOOL_TYPE_NAMES_EN[t as SchoolType] ?? String(t);
const enStage = (s: Stage): string => STAGE_NAMES_EN[s];
const enStageLower = (s: Stage): string => STAGE_NAMES_EN[s].toLowerCase();
const enClass = (c: FindingClass): string =>
  c.source ? `${c.source.sheet}, row ${c.source.row}` : `class "${c.school} ${c.className}"`;
const enProblem = (p: FigureProblem): string =>
  p.problem === "outOfRange"
    ? `${fieldLabel(p.field, "en")} (${String(p.value)}) is out of range (a non-zero value must lie between 1e-9 and 1e15)`
    : `${fieldLabel(p.field, "en")} (${p.value === undefined ? "blank" : String(p.value)}) is not a valid non-negative number`;
const enScope = (s: FigureScope): string =>
  s.kind === "resources"
    ? `the school is left out of the ${enStageLower(s.stage)} resource assessment`
    : s.kind === "schoolSize"
      ? "its school size is not judged"
      : "its music and art rooms are not judged";

const enCheck = (check: string): string => COUNTY_CHECK_NAMES_EN[check] ?? `"${check}"`;
const enFigure = (f: CountyFigureRef): string => {
  switch (f.kind) {
    case "field":
      return COUNTY_FIELDS.get(f.key)?.labelEn ?? f.key;
    case "schoolRooms":
      return "the music and art room counts of the school table";
    case "schoolTable":
      return "the school table";
    case "classTable":
      return "the class sheet";
    case "survey":
      return "public recognition (or each surveyed group's numbers surveyed and satisfied)";
    case "monitoring": {
      const what = f.what === "level" ? "achievement level" : "difference rate between schools";
      if (f.subject !== undefined) return `"${f.subject}" ${what}`;
      return f.scope === "monitoring"
        ? `quality monitoring ${what}`
        : f.scope === "county"
          ? `county-wide ${what}`
          : what;
    }
  }
};
const EN_BLANK_AS_ZERO = {
  transfersIn: "transfers in",
  transfersOut: "transfers out",
  deaths: "deaths",
} as const;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const enSchoolSize = (f: SchoolSizeLimits): string => {
  const single = `primary and junior schools at most ${f.default} students`;
  return f.nineYear === f.twelveYear
    ? `${single}, nine-year and twelve-year schools at most ${f.nineYear}`
    : `${single}, nine-year schools at most ${f.nineYear}, twelve-year schools at most ${f.twelveYear}`;
};

export const EN_US: Catalogue = {
  unknownSchoolType: (f) =>
    `${enSchool(f.school)}: the school type (${String(f.type)}) is not recognised; the school is not assessed`,
  studentsOfUntaughtStage: (f) =>
    `${enSchool(f.school)} is a ${enType(f.type)} but lists ${f.students} ${enStageLower(f.stage)} students; they are not counted in ${enStageLower(f.stage)}. Check the school type`,
  badFigures: (f) =>
    `${enSchool(f.school)}: ${f.problems.map(enProblem).join("; ")}; ${enScope(f.scope)}`,
  noStageStudents: (f) =>
    `${enSchool(f.school)} is a ${enType(f.type)} but has 0 ${enStageLower(f.stage)} students; it is left out of the ${enStageLower(f.stage)} resource assessment`,
  indoorSportsAboveTeachingArea: (f) =>
    `${enSchool(f.school)}: ${fieldLabel("indoorSportsArea", "en")} (${f.indoorSportsArea}) is larger than ${fieldLabel("teachingArea", "en")} (${f.teachingArea}), which should include it; ` +
    `the school is left out of the ${enStageLower(f.stage)} resource assessment`,
  zeroCountyMean: (f) =>
    `${enStage(f.stage)} "${INDICATORS[f.indicator].nameEn}": the county mean is 0, so the CV cannot be computed; counted as not met`,
  noSchoolsInStage: (f) =>
    `No ${enStageLower(f.stage)} school is assessed, so ${enStageLower(f.stage)} resources cannot be judged; counted as not met`,
  compositeUndefined: (f) =>
    `${enStage(f.stage)}: the CV of some indicator cannot be computed, so neither can the composite CV; counted as not met`,
  duplicateSchoolName: (f) =>
    `The school name "${f.name}" appears ${f.count} times in the school data; the class sheet is matched to the first. Please check`,
  classBadStage: (f) =>
    `${enClass(f.class)}: the stage (${String(f.stage)}) should be primary or junior; the class is not counted in class sizes`,
  classBadStudents: (f) =>
    `${enClass(f.class)}: the number of students (${String(f.students)}) is not a valid non-negative number; the class is not counted in class sizes`,
  classStageMismatch: (f) =>
    `The class sheet lists ${enStageLower(f.stage)} classes for "${f.school}", which the school data gives as a ${enType(f.type)}; still counted in class sizes. Please check`,
  classUnknownSchool: (f) =>
    `The class sheet's school "${f.school}" is not in the school data${f.first ? ` (first seen at ${f.first.sheet}, row ${f.first.row})` : ""}; its ${f.classes} classes still count in class sizes. Check the school name`,
  allowance: (f) => f.messageEn,
  countyNoProfileStandards: (f) =>
    `The profile "${f.profileEn}" has no county-level standards; the county sheet is not assessed.`,
  excludedType: (f) => `${enType(f.type)}s are outside the resource assessment`,
  excludedPrivate: (f) => `Private schools are outside the resource assessment (${f.profileEn})`,
  smallTeachingPoint: (f) =>
    `Teaching point with ${f.students} students, fewer than ${f.min}: outside the resource assessment`,
  stageEmpty: (f) => `${enStage(f.stage)}: no school assessed`,
  stageSchoolsFailing: (f) => `${enStage(f.stage)}: ${f.failing} schools below the school standard`,
  stageCvsFailing: (f) => `${enStage(f.stage)}: ${f.count} indicators with a CV above ${f.limit}`,
  partialTable: (f) =>
    `A partial table: no column for ${f.fields.map((x) => `"${fieldLabel(x as SchoolNumberField, "en")}"`).join(", ")}, ` +
    `so ${partialStages(f, "en")} are not computed. The other indicators are computed as usual (each school's values, the county means and CVs); ` +
    `where a stage lacks an indicator no school of it is judged, the county is not judged ("cannot be judged") and no gap is planned. Add the columns and compute again`,
  stageIndicatorsMissing: (f) =>
    `${enStage(f.stage)}: ${f.count} indicators not computed for lack of their columns (${f.indicators.map((id) => INDICATORS[id].nameEn).join("; ")}); no school and not the county can be judged (cannot be judged)`,
  stageCompositeFailing: (f) =>
    `${enStage(f.stage)}: composite CV ${formatNumber(f.cv, f.decimals)} above ${f.limit ?? "—"}`,
  classesOverLimit: (f) => `${enStage(f.stage)}: ${f.count} classes above ${f.limit} students`,
  schoolsOversized: (f) => `${f.count} schools above the size limit`,
  specialRoomsShort: (f) => `${f.count} schools short of music or art rooms`,
  countyPartFailed: (f) => `${COUNTY_PART_NAMES_EN[f.part]}: ${f.count} items not met`,
  countyPartMissing: (f) =>
    `${COUNTY_PART_NAMES_EN[f.part]}: ${f.count} items not filled in or without data`,
  vetoes: (f) =>
    `Vetoes: ${f.count} apply (${f.items.map((id) => VETO_NAMES_EN[id].shortName).join(", ")})`,
  vetoesMissing: (f) => `Vetoes: ${f.count} not answered`,
  countyFlagNo: (f) => `${enCheck(f.check)}: no`,
  countyShareBelow: (f) =>
    `${enCheck(f.check)} ${formatShare(f.value, f.threshold, false)}, below ${formatThresholdShare(f.threshold)}`,
  countyAmountBelow: (f) =>
    `${enCheck(f.check)} ${formatAmount(f.value)} yuan, below ${formatAmount(f.threshold)} yuan (short by ${formatAmount(f.threshold - f.value)} yuan)`,
  countyRoomsShort: (f) =>
    `Short of special rooms: ${f.schools.map((r) => `"${r.name}" (needs ${r.required} of each; music ${r.music}, art ${r.art})`).join(", ")}`,
  countySchoolsTooLarge: (f) =>
    `Above the size limit: ${f.schools.map((x) => `"${x.name}" (${x.students} students, limit ${x.limit})`).join(", ")}`,
  countyClassesTooLarge: (f) => `${enStage(f.stage)}: ${f.count} classes above ${f.limit} students`,
  countyPayBelow: (f) =>
    `Teachers' average pay is ${formatAmount(f.short)} yuan below civil servants'`,
  countyLevelBelow: (f) =>
    `${f.subject ? `"${f.subject}"` : "Quality monitoring"} achievement level ${formatLevel(f.level)}, below ${formatLevel(f.min)}`,
  countyRateNotBelow: (f) =>
    `${f.subject !== undefined ? `"${f.subject}" difference rate between schools` : "Difference rate between schools"} ${formatRatio(f.value, f.limit, false)}, not below ${f.limit}`,
  countyVetoApplies: (f) => `${VETO_NAMES_EN[f.veto].name} (one-vote veto)`,
  countyNotMet: (f) => `Not met: ${f.reasons.map((r) => renderFinding(r, "en")).join("; ")}`,
  countyLacking: (f) =>
    `${f.bad ? "Wrong or not filled in" : "Not filled in"}: ${f.figures.map(enFigure).join(", ")}`,
  countyBlankAsZero: (f) =>
    `${capitalise(f.figures.map((x) => EN_BLANK_AS_ZERO[x]).join(", "))} not filled in, counted as 0`,
  countyConsolidationAbove100: () =>
    "Retention above 100%: check the graduates and the transfers in and out",
  countySurveyRatesAveraged: () =>
    "Some surveyed groups give only their rate, not their numbers: the plain mean of the groups' rates is used",
  countySurveyGroupsLow: (f) =>
    `Surveyed groups below ${formatThresholdShare(f.threshold)}: ${f.groups.map((g) => `${SURVEY_GROUP_NAMES_EN[g.group]} ${formatShare(g.rate)}`).join(", ")}`,
  countySmallSchools: (f) =>
    f.schools.length === 0
      ? `The school table has no village primary school or teaching point with fewer than ${f.students} pupils`
      : `Village primary schools and teaching points with fewer than ${f.students} pupils in the school table: ${f.schools.map((x) => `"${x.name}" (${x.students} pupils)`).join(", ")}`,
  countyNoSpecialSchool: () =>
    `The school table has no ${SCHOOL_TYPE_NAMES_EN.special.toLowerCase()}`,
  schoolSizeLimits: enSchoolSize,
};

const CATALOGUES: Readonly<Record<MessageLanguage, Catalogue>> = { zh: ZH_CN, en: EN_US };

/** "小学 7 项指标（「…」、「…」）、初中 5 项指标（…）" of a partial table, for the stages that have any. */
function partialStages(f: PartialTable, lang: MessageLanguage): string {
  const parts: string[] = [];
  for (const stage of ["primary", "junior"] as const) {
    const ids = f[stage];
    if (ids.length === 0) continue;
    parts.push(
      lang === "zh"
        ? `${zhStage(stage)} ${ids.length} 项指标（${ids.map((id) => `「${INDICATORS[id].name}」`).join("、")}）`
        : `${ids.length} ${enStage(stage).toLowerCase()} indicators (${ids.map((id) => INDICATORS[id].nameEn).join("; ")})`
    );
  }
  return parts.join(lang === "zh" ? "、" : " and ");
}

/**
 * The statement of a partial table (Assessment.missing) for renderFinding: the
 * columns it lacks and the indicators not computed in the stages that have schools.
 * Undefined for a complete table.
 */
export function partialTableFinding(a: Assessment): PartialTable | undefined {
  if (!a.missing) return undefined;
  const of = (stage: Stage): IndicatorId[] =>
    a.stages[stage].schools.length > 0 ? a.missing!.indicators[stage] : [];
  return {
    code: "partialTable",
    fields: a.missing.fields,
    primary: of("primary"),
    junior: of("junior"),
  };
}

/**
 * The words every host shows for a partial table: a verdict that cannot be given, and an
 * indicator (or a school's value of it) not computed because its column is missing.
 */
export const PARTIAL_WORDS = {
  undetermined: { zh: "无法判定", en: "Cannot be judged" },
  notComputed: { zh: "缺列未计算", en: "Not computed (no column)" },
  someNotComputed: {
    zh: "部分指标缺列未计算，不作判定",
    en: "Some indicators are not computed for lack of their columns; nothing is judged",
  },
  schoolsNotJudged: {
    zh: "缺列的指标未计算，不判定各校是否达标",
    en: "The indicators without their columns are not computed; no school is judged",
  },
  noGaps: {
    zh: "部分指标缺列未计算，各校未判定是否达标，不做补差测算",
    en: "Some indicators are not computed for lack of their columns: no school is judged, and no gap is planned",
  },
} as const;

/** A finding in words, in the given language (Chinese by default). */
export function renderFinding(f: Finding, lang: MessageLanguage = "zh"): string {
  const say = CATALOGUES[lang][f.code] as (f: Finding) => string;
  return say(f);
}

/** Every code the catalogue knows, for tests and hosts that list them. */
export const FINDING_CODES = Object.keys(ZH_CN) as Finding["code"][];

/** A county item's notes (CountyItem.notes, CountyGap.notes) as one text: "；" between them in Chinese, "; " in English. */
export function renderCountyNotes(
  notes: readonly CountyNote[],
  lang: MessageLanguage = "zh"
): string {
  return notes.map((n) => renderFinding(n, lang)).join(lang === "zh" ? "；" : "; ");
}

/** The school-size limits of a profile as a finding (§1.4 item 4), for renderFinding. */
export function schoolSizeLimits(profile: StandardsProfile): SchoolSizeLimits {
  const size = profile.schoolSize;
  return {
    code: "schoolSizeLimits",
    default: size.default,
    nineYear: size.byType.nineYear ?? size.default,
    twelveYear: size.byType.twelveYear ?? size.default,
  };
}

/** Several findings in words, in order. */
export function renderFindings(
  findings: readonly Finding[],
  lang: MessageLanguage = "zh"
): string[] {
  return findings.map((f) => renderFinding(f, lang));
}
