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
import { EN_US, fill, textsFor, ZH_CN, type Catalogue } from "../i18n";
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

type Words = Catalogue["findings"];

/** A school figure's label as the data template writes it (table/fields.ts: the labels exist once). */
function fieldLabel(field: SchoolNumberField, lang: MessageLanguage): string {
  const rule = findFieldRule(field);
  if (rule === undefined) return field;
  return lang === "zh" ? rule.label : rule.labelEn;
}

/** A county-sheet figure's label as the template writes it (table/countyFields.ts), by its key. */
const COUNTY_FIELDS = new Map(COUNTY_FIELD_RULES.map((r) => [r.key, r]));

/** The names a message gives, in one language: stages, school types, indicators, county items. */
function namesOf(lang: MessageLanguage) {
  const zh = lang === "zh";
  return {
    lang,
    zh,
    /** A stage as a sentence starts with it (Primary) and within a sentence (primary); one word in Chinese. */
    stage: (s: Stage): string => (zh ? STAGE_NAMES[s] : STAGE_NAMES_EN[s]),
    stageInText: (s: Stage): string => (zh ? STAGE_NAMES[s] : STAGE_NAMES_EN[s].toLowerCase()),
    type: (t: SchoolType | string): string =>
      (zh ? SCHOOL_TYPE_NAMES : SCHOOL_TYPE_NAMES_EN)[t as SchoolType] ?? String(t),
    indicator: (id: IndicatorId): string => (zh ? INDICATORS[id].name : INDICATORS[id].nameEn),
    part: (p: keyof typeof COUNTY_PART_NAMES): string =>
      zh ? COUNTY_PART_NAMES[p] : COUNTY_PART_NAMES_EN[p],
    veto: (v: keyof typeof VETO_NAMES) => (zh ? VETO_NAMES[v] : VETO_NAMES_EN[v]),
    surveyGroup: (g: keyof typeof SURVEY_GROUP_NAMES): string =>
      zh ? SURVEY_GROUP_NAMES[g] : SURVEY_GROUP_NAMES_EN[g],
    check: (c: string): string => (zh ? c : (COUNTY_CHECK_NAMES_EN[c] ?? `"${c}"`)),
    field: (f: SchoolNumberField): string => fieldLabel(f, lang),
    countyField: (key: string): string => {
      const rule = COUNTY_FIELDS.get(key);
      return rule === undefined ? key : zh ? rule.label : rule.labelEn;
    },
  };
}
type Names = ReturnType<typeof namesOf>;

const school = (s: FindingSchool, w: Words): string =>
  s.source
    ? fill(w.pieces.schoolAt, { sheet: s.source.sheet, row: s.source.row, name: s.name })
    : fill(w.pieces.schoolNamed, { name: s.name });
const schoolClass = (c: FindingClass, w: Words): string =>
  c.source
    ? fill(w.pieces.classAt, { sheet: c.source.sheet, row: c.source.row })
    : fill(w.pieces.classNamed, { school: c.school, className: c.className });
const problem = (p: FigureProblem, w: Words, n: Names): string =>
  p.problem === "outOfRange"
    ? fill(w.pieces.outOfRange, { field: n.field(p.field), value: String(p.value) })
    : fill(w.pieces.notNumber, {
        field: n.field(p.field),
        value: p.value === undefined ? w.pieces.blank : String(p.value),
      });
const scope = (s: FigureScope, w: Words, n: Names): string =>
  s.kind === "resources"
    ? fill(w.pieces.scope.resources, { stage: n.stageInText(s.stage) })
    : s.kind === "schoolSize"
      ? w.pieces.scope.schoolSize
      : w.pieces.scope.rooms;
const figure = (f: CountyFigureRef, w: Words, n: Names): string => {
  switch (f.kind) {
    case "field":
      return n.countyField(f.key);
    case "schoolRooms":
    case "schoolTable":
    case "classTable":
    case "survey":
      return w.pieces.figures[f.kind];
    case "monitoring": {
      const m = w.pieces.monitoring;
      const what = f.what === "level" ? m.level : m.rate;
      if (f.subject !== undefined) return fill(m.ofSubject, { subject: f.subject, what });
      return fill(
        f.scope === "monitoring" ? m.monitoring : f.scope === "county" ? m.county : m.none,
        {
          what,
        }
      );
    }
  }
};
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "小学 7 项指标（「…」、「…」）、初中 5 项指标（…）" of a partial table, for the stages that have any. */
function partialStages(f: PartialTable, w: Words, n: Names): string {
  const parts: string[] = [];
  for (const stage of ["primary", "junior"] as const) {
    const ids = f[stage];
    if (ids.length === 0) continue;
    parts.push(
      fill(w.pieces.partialStage, {
        stage: n.stageInText(stage),
        count: ids.length,
        indicators: ids
          .map((id) => fill(w.pieces.indicatorInList, { name: n.indicator(id) }))
          .join(w.pieces.joiners.indicators),
      })
    );
  }
  return parts.join(w.pieces.joiners.stages);
}

type Render = {
  [C in Finding["code"]]: (f: Extract<Finding, { code: C }>, w: Words, n: Names) => string;
};
const T = (w: Words) => w.messages;

/** Each finding in words: its parameters, said through the catalogue's template of its code. */
const RENDER: Render = {
  unknownSchoolType: (f, w) =>
    fill(T(w).unknownSchoolType, { school: school(f.school, w), type: String(f.type) }),
  studentsOfUntaughtStage: (f, w, n) =>
    fill(T(w).studentsOfUntaughtStage, {
      school: school(f.school, w),
      typeName: n.type(f.type),
      stageInText: n.stageInText(f.stage),
      students: f.students,
    }),
  badFigures: (f, w, n) =>
    fill(T(w).badFigures, {
      school: school(f.school, w),
      problems: f.problems.map((p) => problem(p, w, n)).join(w.pieces.joiners.problems),
      scope: scope(f.scope, w, n),
    }),
  noStageStudents: (f, w, n) =>
    fill(T(w).noStageStudents, {
      school: school(f.school, w),
      typeName: n.type(f.type),
      stageInText: n.stageInText(f.stage),
    }),
  indoorSportsAboveTeachingArea: (f, w, n) =>
    fill(T(w).indoorSportsAboveTeachingArea, {
      school: school(f.school, w),
      indoorLabel: n.field("indoorSportsArea"),
      indoorSportsArea: f.indoorSportsArea,
      teachingLabel: n.field("teachingArea"),
      teachingArea: f.teachingArea,
      stageInText: n.stageInText(f.stage),
    }),
  zeroCountyMean: (f, w, n) =>
    fill(T(w).zeroCountyMean, { stage: n.stage(f.stage), indicator: n.indicator(f.indicator) }),
  noSchoolsInStage: (f, w, n) =>
    fill(T(w).noSchoolsInStage, { stageInText: n.stageInText(f.stage) }),
  compositeUndefined: (f, w, n) => fill(T(w).compositeUndefined, { stage: n.stage(f.stage) }),
  duplicateSchoolName: (f, w) => fill(T(w).duplicateSchoolName, { name: f.name, count: f.count }),
  classBadStage: (f, w) =>
    fill(T(w).classBadStage, { class: schoolClass(f.class, w), stageGiven: String(f.stage) }),
  classBadStudents: (f, w) =>
    fill(T(w).classBadStudents, { class: schoolClass(f.class, w), students: String(f.students) }),
  classStageMismatch: (f, w, n) =>
    fill(T(w).classStageMismatch, {
      school: f.school,
      stageInText: n.stageInText(f.stage),
      typeName: n.type(f.type),
    }),
  classUnknownSchool: (f, w) =>
    fill(T(w).classUnknownSchool, {
      school: f.school,
      first: f.first
        ? fill(w.pieces.classFirstSeen, { sheet: f.first.sheet, row: f.first.row })
        : "",
      classes: f.classes,
    }),
  allowance: (f, _w, n) => (n.zh ? f.message : f.messageEn),
  countyNoProfileStandards: (f, w) =>
    fill(T(w).countyNoProfileStandards, { profile: f.profile, profileEn: f.profileEn }),
  excludedType: (f, w, n) => fill(T(w).excludedType, { typeName: n.type(f.type) }),
  excludedPrivate: (f, w) =>
    fill(T(w).excludedPrivate, { profile: f.profile, profileEn: f.profileEn }),
  smallTeachingPoint: (f, w) => fill(T(w).smallTeachingPoint, { students: f.students, min: f.min }),
  stageEmpty: (f, w, n) => fill(T(w).stageEmpty, { stage: n.stage(f.stage) }),
  stageSchoolsFailing: (f, w, n) =>
    fill(T(w).stageSchoolsFailing, { stage: n.stage(f.stage), failing: f.failing }),
  stageCvsFailing: (f, w, n) =>
    fill(T(w).stageCvsFailing, { stage: n.stage(f.stage), count: f.count, limit: f.limit }),
  partialTable: (f, w, n) =>
    fill(T(w).partialTable, {
      fields: f.fields
        .map((x) => fill(w.pieces.quoted, { name: n.field(x as SchoolNumberField) }))
        .join(w.pieces.joiners.fields),
      stages: partialStages(f, w, n),
    }),
  stageIndicatorsMissing: (f, w, n) =>
    fill(T(w).stageIndicatorsMissing, {
      stage: n.stage(f.stage),
      count: f.count,
      indicators: f.indicators
        .map((id) => fill(w.pieces.indicatorInList, { name: n.indicator(id) }))
        .join(w.pieces.joiners.indicators),
    }),
  stageCompositeFailing: (f, w, n) =>
    fill(T(w).stageCompositeFailing, {
      stage: n.stage(f.stage),
      cv: formatNumber(f.cv, f.decimals),
      limit: f.limit ?? "—",
    }),
  classesOverLimit: (f, w, n) =>
    fill(T(w).classesOverLimit, { stage: n.stage(f.stage), count: f.count, limit: f.limit }),
  schoolsOversized: (f, w) => fill(T(w).schoolsOversized, { count: f.count }),
  specialRoomsShort: (f, w) => fill(T(w).specialRoomsShort, { count: f.count }),
  countyPartFailed: (f, w, n) =>
    fill(T(w).countyPartFailed, { part: n.part(f.part), count: f.count }),
  countyPartMissing: (f, w, n) =>
    fill(T(w).countyPartMissing, { part: n.part(f.part), count: f.count }),
  vetoes: (f, w, n) =>
    fill(T(w).vetoes, {
      count: f.count,
      items: f.items.map((id) => n.veto(id).shortName).join(w.pieces.joiners.list),
    }),
  vetoesMissing: (f, w) => fill(T(w).vetoesMissing, { count: f.count }),
  countyFlagNo: (f, w, n) => fill(T(w).countyFlagNo, { check: n.check(f.check) }),
  countyShareBelow: (f, w, n) =>
    fill(T(w).countyShareBelow, {
      check: n.check(f.check),
      value: formatShare(f.value, f.threshold, false),
      threshold: formatThresholdShare(f.threshold),
    }),
  countyAmountBelow: (f, w, n) =>
    fill(T(w).countyAmountBelow, {
      check: n.check(f.check),
      value: formatAmount(f.value),
      threshold: formatAmount(f.threshold),
      short: formatAmount(f.threshold - f.value),
    }),
  countyRoomsShort: (f, w) =>
    fill(T(w).countyRoomsShort, {
      schools: f.schools
        .map((r) =>
          fill(w.pieces.roomsOfSchool, {
            name: r.name,
            required: r.required,
            music: r.music,
            art: r.art,
          })
        )
        .join(w.pieces.joiners.list),
    }),
  countySchoolsTooLarge: (f, w) =>
    fill(T(w).countySchoolsTooLarge, {
      schools: f.schools
        .map((x) =>
          fill(w.pieces.sizeOfSchool, { name: x.name, students: x.students, limit: x.limit })
        )
        .join(w.pieces.joiners.list),
    }),
  countyClassesTooLarge: (f, w, n) =>
    fill(T(w).countyClassesTooLarge, { stage: n.stage(f.stage), count: f.count, limit: f.limit }),
  countyPayBelow: (f, w) => fill(T(w).countyPayBelow, { short: formatAmount(f.short) }),
  countyLevelBelow: (f, w) =>
    fill(T(w).countyLevelBelow, {
      subject: f.subject
        ? fill(w.pieces.subject, { subject: f.subject })
        : w.pieces.qualityMonitoring,
      level: formatLevel(f.level),
      min: formatLevel(f.min),
    }),
  countyRateNotBelow: (f, w) =>
    fill(T(w).countyRateNotBelow, {
      rate: f.subject !== undefined ? fill(w.pieces.rateOf, { subject: f.subject }) : w.pieces.rate,
      value: formatRatio(f.value, f.limit, false),
      limit: f.limit,
    }),
  countyVetoApplies: (f, w, n) => fill(T(w).countyVetoApplies, { veto: n.veto(f.veto).name }),
  countyNotMet: (f, w, n) =>
    fill(T(w).countyNotMet, {
      reasons: f.reasons.map((r) => renderFinding(r, n.lang)).join(w.pieces.joiners.notes),
    }),
  countyLacking: (f, w, n) =>
    fill(T(w).countyLacking, {
      lacking: f.bad ? w.pieces.lackingBad : w.pieces.lacking,
      figures: f.figures.map((x) => figure(x, w, n)).join(w.pieces.joiners.list),
    }),
  countyBlankAsZero: (f, w) =>
    fill(T(w).countyBlankAsZero, {
      figures: capitalise(
        f.figures.map((x) => w.pieces.blankAsZero[x]).join(w.pieces.joiners.list)
      ),
    }),
  countyConsolidationAbove100: (_f, w) => T(w).countyConsolidationAbove100,
  countySurveyRatesAveraged: (_f, w) => T(w).countySurveyRatesAveraged,
  countySurveyGroupsLow: (f, w, n) =>
    fill(T(w).countySurveyGroupsLow, {
      threshold: formatThresholdShare(f.threshold),
      groups: f.groups
        .map((g) =>
          fill(w.pieces.surveyGroup, { group: n.surveyGroup(g.group), rate: formatShare(g.rate) })
        )
        .join(w.pieces.joiners.list),
    }),
  countySmallSchools: (f, w) =>
    f.schools.length === 0
      ? fill(T(w).countyNoSmallSchools, { students: f.students })
      : fill(T(w).countySmallSchools, {
          students: f.students,
          schools: f.schools
            .map((x) => fill(w.pieces.smallSchool, { name: x.name, students: x.students }))
            .join(w.pieces.joiners.list),
        }),
  countyNoSpecialSchool: (_f, w, n) =>
    fill(T(w).countyNoSpecialSchool, {
      typeName: n.type("special").toLowerCase(),
    }),
  schoolSizeLimits: (f, w) => {
    const s = w.pieces.schoolSize;
    const single = fill(s.single, { default: f.default });
    return f.nineYear === f.twelveYear
      ? fill(s.same, { single, nineYear: f.nineYear })
      : fill(s.byType, { single, nineYear: f.nineYear, twelveYear: f.twelveYear });
  },
};

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
export const PARTIAL_WORDS = Object.fromEntries(
  (Object.keys(ZH_CN.findings.partial) as (keyof typeof ZH_CN.findings.partial)[]).map((k) => [
    k,
    { zh: ZH_CN.findings.partial[k], en: EN_US.findings.partial[k] },
  ])
) as Readonly<Record<keyof typeof ZH_CN.findings.partial, { zh: string; en: string }>>;

/** A finding in words, in the given language (Chinese by default). */
export function renderFinding(f: Finding, lang: MessageLanguage = "zh"): string {
  const say = RENDER[f.code] as (f: Finding, w: Words, n: Names) => string;
  return say(f, textsFor(lang).findings, namesOf(lang));
}

/** Every code the catalogue knows, for tests and hosts that list them. */
export const FINDING_CODES = Object.keys(RENDER) as Finding["code"][];

/** A county item's notes (CountyItem.notes, CountyGap.notes) as one text: "；" between them in Chinese, "; " in English. */
export function renderCountyNotes(
  notes: readonly CountyNote[],
  lang: MessageLanguage = "zh"
): string {
  return notes
    .map((n) => renderFinding(n, lang))
    .join(textsFor(lang).findings.pieces.joiners.notes);
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
