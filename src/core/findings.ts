/**
 * What the core finds, as data: a code and the figures it concerns, never prose.
 * Every host renders a finding through the one catalogue of src/core/messages.ts
 * (zh-CN and en-US), so the CLI, the JSON `warnings`, the report and the pane say
 * the same thing, and the English pane shows no Chinese.
 */
import type { SchoolNumberField } from "./schoolValues";
import type { SurveyGroup, VetoId } from "./table/countyFigures";
import type { IndicatorId, SchoolType, SourceRef, Stage } from "./types";

/** A school a finding points at: its name, and the sheet and row it was read from when known. */
export interface FindingSchool {
  name: string;
  source?: SourceRef;
}

/** What is wrong with one number of a school record. */
export interface FigureProblem {
  field: SchoolNumberField;
  /** The value as it was (a number out of range, or text, blank…); undefined for blank. */
  value: unknown;
  /** 'outOfRange': a number outside 0 or 10⁻⁹…10¹⁵; 'invalid': not a non-negative number. */
  problem: "outOfRange" | "invalid";
}

/** What a school's bad figures kept from being judged. */
export type FigureScope =
  { kind: "resources"; stage: Stage } | { kind: "schoolSize" } | { kind: "specialRooms" };

/** Where a class row is: its sheet and row, or its school and class name. */
export interface FindingClass {
  school: string;
  className: string;
  source?: SourceRef;
}

/** A finding of the assessment (standards.md §1.1–1.4), with `badData` when it left something out. */
export type AssessmentFinding =
  | { code: "unknownSchoolType"; school: FindingSchool; type: string }
  | {
      code: "studentsOfUntaughtStage";
      school: FindingSchool;
      type: SchoolType;
      stage: Stage;
      students: number;
    }
  | { code: "badFigures"; school: FindingSchool; problems: FigureProblem[]; scope: FigureScope }
  | { code: "noStageStudents"; school: FindingSchool; type: SchoolType; stage: Stage }
  | {
      code: "indoorSportsAboveTeachingArea";
      school: FindingSchool;
      stage: Stage;
      indoorSportsArea: number;
      teachingArea: number;
    }
  | { code: "zeroCountyMean"; stage: Stage; indicator: IndicatorId }
  | { code: "noSchoolsInStage"; stage: Stage }
  | { code: "compositeUndefined"; stage: Stage }
  | { code: "duplicateSchoolName"; name: string; count: number }
  | { code: "classBadStage"; class: FindingClass; stage: string }
  | { code: "classBadStudents"; class: FindingClass; students: unknown }
  | { code: "classStageMismatch"; school: string; stage: Stage; type: SchoolType }
  | { code: "classUnknownSchool"; school: string; classes: number; first?: SourceRef }
  | { code: "countyNoProfileStandards"; profile: string; profileEn: string }
  /** A 认定规程 allowance finding, worded in allowances/messages.ts (both languages). */
  | { code: "allowance"; message: string; messageEn: string };

/** Why a school is outside 资源配置 by rule (not by bad data). */
export type ExclusionReason =
  | { code: "excludedType"; type: SchoolType }
  | { code: "excludedPrivate"; profile: string; profileEn: string }
  | { code: "smallTeachingPoint"; students: number; min: number };

/**
 * One reason of the county's overall verdict (core/verdict.ts). `info` reasons are
 * said for information only and do not enter the verdict (class and school size under 2012).
 */
export type VerdictReason = (
  | { code: "stageEmpty"; stage: Stage }
  | { code: "stageSchoolsFailing"; stage: Stage; failing: number }
  | { code: "stageCvsFailing"; stage: Stage; count: number; limit: number }
  /** A partial table: the stage's indicators without their columns; nothing of the stage is judged. */
  | { code: "stageIndicatorsMissing"; stage: Stage; count: number; indicators: IndicatorId[] }
  | {
      code: "stageCompositeFailing";
      stage: Stage;
      cv: number | null;
      limit: number | null;
      decimals: number;
    }
  | { code: "classesOverLimit"; stage: Stage; count: number; limit: number }
  | { code: "schoolsOversized"; count: number }
  | { code: "specialRoomsShort"; count: number }
  | { code: "countyPartFailed"; part: "government" | "quality" | "recognition"; count: number }
  | { code: "countyPartMissing"; part: "government" | "quality" | "recognition"; count: number }
  | { code: "vetoes"; count: number; items: VetoId[] }
  | { code: "vetoesMissing"; count: number }
) & { info?: boolean };

/**
 * A figure a county item lacks (or that was reported wrong), for its 未填报 note:
 * a county-sheet field by its key (the template's label says it), a sheet of the
 * workbook, or a 质量监测 figure of a subject (the subject is the county's own name).
 */
export type CountyFigureRef =
  | { kind: "field"; key: string }
  | { kind: "schoolRooms" }
  | { kind: "schoolTable" }
  | { kind: "classTable" }
  | { kind: "survey" }
  | {
      kind: "monitoring";
      what: "level" | "rate";
      /** The subject as the county sheet names it; absent for the county-wide figure. */
      subject?: string;
      /** Without a subject: said as 质量监测 ('monitoring'), 县域 ('county') or with no prefix. */
      scope?: "monitoring" | "county";
    };

/**
 * Why one check of a county item fails (standards.md §1.4–1.7), with its figures.
 * `check` is the check's name as the core gives it (CountyCheck.name; the catalogue
 * has its English); a 质量监测 `subject` is the county's own name of the subject.
 */
export type CountyShortfall =
  | { code: "countyFlagNo"; check: string }
  | { code: "countyShareBelow"; check: string; value: number; threshold: number }
  | { code: "countyAmountBelow"; check: string; value: number; threshold: number }
  | {
      code: "countyRoomsShort";
      schools: { name: string; required: number; music: number; art: number }[];
    }
  | { code: "countySchoolsTooLarge"; schools: { name: string; students: number; limit: number }[] }
  | { code: "countyClassesTooLarge"; stage: Stage; count: number; limit: number }
  | { code: "countyPayBelow"; short: number }
  | { code: "countyLevelBelow"; subject: string; level: number; min: number }
  /** No subject: the county-wide 校际差异率. */
  | { code: "countyRateNotBelow"; subject?: string; value: number; limit: number }
  | { code: "countyVetoApplies"; veto: VetoId }
  /** A room-area shortfall under the 认定规程 allowances (worded in allowances/messages.ts). */
  | { code: "allowance"; message: string; messageEn: string };

/** One note of a county item (CountyItem.notes): a remark, what fails, what is not filled in. */
export type CountyNote =
  | { code: "countyNotMet"; reasons: CountyShortfall[] }
  | { code: "countyLacking"; bad: boolean; figures: CountyFigureRef[] }
  | { code: "countyBlankAsZero"; figures: ("transfersIn" | "transfersOut" | "deaths")[] }
  | { code: "countyConsolidationAbove100" }
  | { code: "countySurveyRatesAveraged" }
  | {
      code: "countySurveyGroupsLow";
      threshold: number;
      groups: { group: SurveyGroup; rate: number }[];
    }
  | { code: "countySmallSchools"; students: number; schools: { name: string; students: number }[] }
  | { code: "countyNoSpecialSchool" };

/** The school-size limits as one phrase (§1.4 item 4): the default, and the 九年一贯制/十二年一贯制 ones. */
export interface SchoolSizeLimits {
  code: "schoolSizeLimits";
  default: number;
  nineYear: number;
  twelveYear: number;
}

/**
 * A partial table in one statement (Assessment.missing): the columns it lacks, the
 * indicators not computed per stage that has schools, and what that prevents.
 */
export interface PartialTable {
  code: "partialTable";
  /** SchoolRecord fields without a column, in the template's order. */
  fields: string[];
  primary: IndicatorId[];
  junior: IndicatorId[];
}

/** Every coded finding the core renders through the catalogue. */
export type Finding =
  | AssessmentFinding
  | ExclusionReason
  | VerdictReason
  | CountyShortfall
  | CountyNote
  | SchoolSizeLimits
  | PartialTable;
export type FindingCode = Finding["code"];
