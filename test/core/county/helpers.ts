/**
 * Small hand-made counties for the county-level tests: figures written out
 * directly (no reader), and a two-school county whose 资源配置, class sizes,
 * school sizes and rooms all pass, so that only the county figures decide.
 */
import { assess } from "../../../src/core/assess";
import type {
  CountyFigures,
  CountyFlagId,
  CountyNumberId,
  MonitoringFigures,
  SurveyGroup,
  VetoId,
} from "../../../src/core/county/types";
import { VETO_IDS } from "../../../src/core/county/types";
import type { Assessment, ClassRecord, SchoolRecord } from "../../../src/core/types";
import { school as record } from "../../helpers/records";

let row = 1;
const at = () => ({ sheet: "县级指标", row: ++row, column: "B" });

export function emptyFigures(): CountyFigures {
  return {
    sheet: "县级指标",
    numbers: {},
    flags: {},
    vetoes: {},
    survey: {},
    monitoring: [],
    rejected: [],
  };
}

export function num(value: number, note?: string) {
  const n = { value, source: at(), label: "x" } as {
    value: number;
    source: ReturnType<typeof at>;
    label: string;
    note?: string;
  };
  if (note) n.note = note;
  return n;
}

export function flagOf(value: boolean, note?: string) {
  const f = { value, source: at(), label: "x" } as {
    value: boolean;
    source: ReturnType<typeof at>;
    label: string;
    note?: string;
  };
  if (note) f.note = note;
  return f;
}

/** Every figure of a county that meets every county-level standard exactly or comfortably. */
export function passingFigures(): CountyFigures {
  const f = emptyFigures();
  const n = (id: CountyNumberId, v: number) => (f.numbers[id] = num(v));
  const flags: CountyFlagId[] = [
    "layoutPlanned",
    "fourUnified",
    "specialRoomAreasMet",
    "smallSchoolsFundedAs100",
    "performancePayFullySet",
    "staffingAllocated",
    "highSchoolQuotaFavoursRural",
    "leftBehindChildrenCare",
    "charterAndDigitalManagement",
    "ictWellUsed",
    "moralEducationGood",
    "fullCurriculum",
    "homeworkBurdenReasonable",
  ];
  for (const id of flags) f.flags[id] = flagOf(true);
  for (const id of VETO_IDS) f.vetoes[id as VetoId] = flagOf(false);
  n("specialSchoolFundingPerStudent", 6000);
  n("teacherAverageSalary", 90000);
  n("civilServantAverageSalary", 90000);
  n("trainingCompletionRate", 1);
  n("rotatedTeachers", 100);
  n("eligibleForRotation", 1000);
  n("rotatedBackboneTeachers", 20);
  n("certifiedTeachers", 800);
  n("fullTimeTeachers", 800);
  n("primaryIntake", 500);
  n("primaryNearbyIntake", 500);
  n("juniorIntake", 400);
  n("juniorNearbyIntake", 380);
  n("highSchoolQuotaRate", 0.5);
  n("migrantChildrenInPublic", 85);
  n("migrantChildrenEligible", 100);
  n("juniorGraduates", 95);
  n("juniorCohortEnrolled", 100);
  n("disabledEnrolled", 95);
  n("disabledTotal", 100);
  n("trainingSpending", 50000);
  n("publicFundsBudget", 1000000);
  const m: MonitoringFigures = { subject: "数学", level: num(3), differenceRate: num(0.149) };
  f.monitoring = [m];
  const groups: [SurveyGroup, number, number][] = [
    ["students", 100, 90],
    ["parents", 100, 80],
  ];
  for (const [g, responses, satisfied] of groups)
    f.survey[g] = { responses: num(responses), satisfied: num(satisfied) };
  return f;
}

/** A school record with every number 0 but the ones given, 公办 and 城区. */
function school(s: Partial<SchoolRecord> & Pick<SchoolRecord, "name" | "type">): SchoolRecord {
  return record({ ownership: "public", locale: "urban", ...s });
}

/**
 * One 小学 of 500 and one 初中 of 400 students, each above every §1.1 threshold
 * (one school per stage: every CV is 0), 12 and 9 classes of at most 45 / 50,
 * one 音乐 and one 美术 room each.
 */
export function passingSchools(): { schools: SchoolRecord[]; classes: ClassRecord[] } {
  const schools = [
    school({
      name: "甲小学",
      type: "primary",
      primaryStudents: 500,
      primaryClasses: 12,
      primaryQualifiedTeachers: 25,
      primaryBackboneTeachers: 6,
      primaryPeArtTeachers: 5,
      teachingArea: 3000,
      indoorSportsArea: 200,
      outdoorSportsArea: 4000,
      equipmentValue: 1_200_000,
      multimediaRooms: 13,
      musicRooms: 1,
      artRooms: 1,
    }),
    school({
      name: "乙初中",
      type: "junior",
      juniorStudents: 400,
      juniorClasses: 9,
      juniorQualifiedTeachers: 25,
      juniorBackboneTeachers: 5,
      juniorPeArtTeachers: 4,
      teachingArea: 2600,
      indoorSportsArea: 0,
      outdoorSportsArea: 4500,
      equipmentValue: 1_100_000,
      multimediaRooms: 11,
      musicRooms: 1,
      artRooms: 1,
    }),
  ];
  const classes: ClassRecord[] = [
    ...Array.from({ length: 12 }, (_, i) => ({
      school: "甲小学",
      stage: "primary" as const,
      className: `${i + 1}班`,
      students: i < 8 ? 42 : 41,
    })),
    ...Array.from({ length: 9 }, (_, i) => ({
      school: "乙初中",
      stage: "junior" as const,
      className: `${i + 1}班`,
      students: i < 4 ? 45 : 44,
    })),
  ];
  return { schools, classes };
}

export function passingAssessment(): Assessment {
  const { schools, classes } = passingSchools();
  return assess(schools, classes);
}
