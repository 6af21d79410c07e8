/**
 * What the core finds, as data: a code and the figures it concerns, never prose.
 * Every host renders a finding through the one catalogue of src/core/messages.ts
 * (zh-CN and en-US), so the CLI, the JSON `warnings`, the report and the pane say
 * the same thing, and the English pane shows no Chinese.
 */
import type { SchoolNumberField } from "./schoolValues";
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
  | { code: "vetoes"; count: number; items: string[] }
  | { code: "vetoesMissing"; count: number }
) & { info?: boolean };

/** Every coded finding the core renders through the catalogue. */
export type Finding = AssessmentFinding | ExclusionReason | VerdictReason;
export type FindingCode = Finding["code"];
