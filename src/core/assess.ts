/**
 * The assessment engine: school and class records → Assessment.
 * Every rule it applies is a pure function of rules.ts; this file decides which
 * schools and classes each rule is applied to (standards.md §1.1 "Which schools
 * count", §1.4, §3; interfaces.md §1) and gathers the results.
 */
import { NATIONAL_2017 } from "./profiles/national2017";
import type { SchoolRule, StandardsProfile } from "./profiles/profile";
import {
  applySchoolRule,
  atLeast,
  atMost,
  classBand,
  compositeVariationCoefficient,
  requiredSpecialRooms,
  roundTo,
  schoolSizeLimit,
  weightedMean,
  weightedVariationCoefficient,
} from "./rules";
import type { AssessmentFinding, FigureProblem, FindingSchool } from "./findings";
import {
  badNumber,
  isCount,
  fieldsForStage,
  stageIndicatorValues,
  stagePlan,
  stageStudents,
} from "./schoolValues";
import type { SchoolNumberField } from "./schoolValues";
import type {
  AllowanceNote,
  Assessment,
  ClassRecord,
  ClassSizeSummary,
  ExcludedSchool,
  IndicatorAssessment,
  IndicatorId,
  IndicatorRecord,
  SchoolRecord,
  SchoolSizeFinding,
  SchoolStageAssessment,
  Shortfall,
  SpecialRoomFinding,
  Stage,
  StageAssessment,
} from "./types";
import { STAGES } from "./types";
import { sizeIsJudged, STAGES_OF_TYPE } from "./vocabulary";
import { indicatorDecimals } from "./indicators";
import {
  AllowanceLog,
  applyIndicatorAllowances,
  hasRoomAreas,
  judgeRoomAreas,
  largestClasses,
  schoolSizeAllowance,
} from "./allowances";

export interface AssessOptions {
  /** Set by the table reader when schools were left out because of bad data; passed through. */
  incomplete?: boolean;
  /** Findings of earlier steps; they come first in the result. */
  findings?: AssessmentFinding[];
  /**
   * The table reader has already reported class rows whose school is not in the
   * school sheet (and schools it left out for bad data): do not warn about them again.
   */
  classSchoolsChecked?: boolean;
  /**
   * A partial table (TableReadResult.missingFields): the record fields the table has no
   * column for. The indicators that read them are not computed, nor anything judged
   * from them; the fields are not checked.
   */
  missingFields?: readonly string[];
}

/** Per stage, the indicators a partial table cannot compute, with the fields each lacks. */
type MissingByStage = Record<Stage, Map<IndicatorId, string[]>>;

function missingByStage(profile: StandardsProfile, fields: readonly string[]): MissingByStage {
  const out: MissingByStage = { primary: new Map(), junior: new Map() };
  if (fields.length === 0) return out;
  const missing = new Set(fields);
  for (const stage of STAGES) {
    const plan = stagePlan(profile, stage);
    plan.ids.forEach((id, i) => {
      const lacking: string[] = [];
      for (const f of [...plan.add[i], ...plan.subtract[i]])
        if (missing.has(f) && !lacking.includes(f)) lacking.push(f);
      if (lacking.length > 0) out[stage].set(id, lacking);
    });
  }
  return out;
}

/** Collects the findings (coded, with their figures) and whether bad data left anything out. */
class Findings {
  readonly list: AssessmentFinding[];
  incomplete: boolean;
  constructor(options: AssessOptions) {
    this.list = [...(options.findings ?? [])];
    this.incomplete = options.incomplete === true;
  }
  warn(finding: AssessmentFinding): void {
    this.list.push(plainFigures(finding));
  }
  badData(finding: AssessmentFinding): void {
    this.list.push(plainFigures(finding));
    this.incomplete = true;
  }
}

/**
 * A finding is plain data (JSON-safe): a bad figure that is NaN or ±Infinity is kept as its
 * text ("Infinity"), which the catalogue shows as it shows any other bad value.
 */
function plainFigures<T>(value: T): T {
  if (typeof value === "number") return (Number.isFinite(value) ? value : String(value)) as T;
  if (Array.isArray(value)) return value.map(plainFigures) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainFigures(v);
    return out as T;
  }
  return value;
}

function at(school: SchoolRecord): FindingSchool {
  return school.source ? { name: school.name, source: school.source } : { name: school.name };
}

/**
 * Assesses a county: 资源配置 per stage (§1.1–1.3), 班额 (§1.4 item 5, §3),
 * 学校规模 (§1.4 item 4) and 音乐/美术专用教室 (§1.4 item 3).
 * Numbers are unrounded; verdicts compare with the 1e-9 relative tolerance.
 */
export function assess(
  schools: SchoolRecord[],
  classes: ClassRecord[] | null,
  profile: StandardsProfile = NATIONAL_2017,
  options: AssessOptions = {}
): Assessment {
  const findings = new Findings(options);
  const excluded: ExcludedSchool[] = [];
  const participants: Record<Stage, SchoolRecord[]> = { primary: [], junior: [] };
  // The 认定规程 allowances (application-form.md §2), only under a profile that has them.
  const log = new AllowanceLog();
  const adjusted = applyIndicatorAllowances(schools, profile, log);
  const missingFields = options.missingFields ?? [];
  const missing = missingByStage(profile, missingFields);
  selectParticipants(
    adjusted.schools,
    profile,
    findings,
    excluded,
    participants,
    new Set(missingFields)
  );

  // A stage without schools needs no column: nothing of it is missing.
  for (const stage of STAGES) if (participants[stage].length === 0) missing[stage].clear();
  const stages = {} as Record<Stage, StageAssessment>;
  for (const stage of STAGES)
    stages[stage] = assessStage(
      stage,
      participants[stage],
      profile,
      findings,
      adjusted.notes,
      missing[stage]
    );

  const schoolSize = assessSchoolSize(schools, profile, findings, log);
  const specialRooms = assessSpecialRooms(schools, classes, profile, findings, log);
  const result: Assessment = {
    profile: profile.id,
    profileName: profile.name,
    indicators: profile.indicators,
    stages,
    classSize:
      classes === null
        ? null
        : assessClassSize(
            schools,
            classes,
            profile,
            findings,
            options.classSchoolsChecked === true
          ),
    oversizedSchools: schoolSize.filter((f) => !f.passes).map((f) => f.name),
    schoolSize,
    specialRooms,
    excluded,
    incomplete: findings.incomplete,
    findings: findings.list,
  };
  if (missing.primary.size > 0 || missing.junior.size > 0) {
    result.missing = {
      fields: [...missingFields],
      indicators: {
        primary: [...missing.primary.keys()],
        junior: [...missing.junior.keys()],
      },
    };
  }
  if (profile.allowances) {
    result.allowances = { used: log.used, findings: log.findings };
    for (const f of log.findings)
      findings.warn({ code: "allowance", message: f.message, messageEn: f.messageEn });
  }
  return result;
}

// ---------------------------------------------------------------------------
// Which schools count (§1.1): per stage, the schools whose type teaches it and
// that have students of it, less 特教/职业, small 教学点 and (optionally) 民办.
// ---------------------------------------------------------------------------

function selectParticipants(
  schools: readonly SchoolRecord[],
  profile: StandardsProfile,
  findings: Findings,
  excluded: ExcludedSchool[],
  participants: Record<Stage, SchoolRecord[]>,
  missingFields: ReadonlySet<string>
): void {
  const { excludedTypes, teachingPointMinStudents, includePrivate } = profile.coverage;
  const excludedTypeSet = new Set(excludedTypes);
  const subtractsIndoorSports =
    profile.indicators.includes("teachingAreaPerStudent") &&
    !missingFields.has("teachingArea") &&
    !missingFields.has("indoorSportsArea");
  // A partial table's missing fields stand at 0 or are absent: not checked, never used.
  const checked = (fields: readonly SchoolNumberField[]): readonly SchoolNumberField[] =>
    missingFields.size === 0 ? fields : fields.filter((f) => !missingFields.has(f));
  for (const school of schools) {
    const has = STAGES_OF_TYPE[school.type];
    if (!has) {
      findings.badData({
        code: "unknownSchoolType",
        school: at(school),
        type: String(school.type),
      });
      continue;
    }
    if (excludedTypeSet.has(school.type)) {
      excluded.push({ name: school.name, reason: { code: "excludedType", type: school.type } });
      continue;
    }
    if (!includePrivate && school.ownership === "private") {
      excluded.push({
        name: school.name,
        reason: { code: "excludedPrivate", profile: profile.name, profileEn: profile.nameEn },
      });
      continue;
    }
    if (
      school.type === "teachingPoint" &&
      !badNumber(school, "primaryStudents") &&
      school.primaryStudents < teachingPointMinStudents
    ) {
      excluded.push({
        name: school.name,
        stage: "primary",
        reason: {
          code: "smallTeachingPoint",
          students: school.primaryStudents,
          min: teachingPointMinStudents,
        },
      });
      continue;
    }
    for (const stage of STAGES) {
      const students = stageStudents(school, stage);
      if (!has[stage]) {
        // A stage the type does not teach: its students, if any, point at a wrong type or column.
        // (A non-number there, Infinity included, is ignored like any figure of a stage not taught.)
        if (typeof students === "number" && Number.isFinite(students) && students > 0) {
          findings.warn({
            code: "studentsOfUntaughtStage",
            school: at(school),
            type: school.type,
            stage,
            students,
          });
        }
        continue;
      }
      const bad = badFields(school, checked(fieldsForStage(school.type, stage, profile)));
      if (bad !== undefined) {
        findings.badData({
          code: "badFigures",
          school: at(school),
          problems: bad,
          scope: { kind: "resources", stage },
        });
        continue;
      }
      if (students === 0) {
        findings.warn({ code: "noStageStudents", school: at(school), type: school.type, stage });
        continue;
      }
      if (subtractsIndoorSports && school.indoorSportsArea > school.teachingArea) {
        // 教学及辅助用房 includes 室内体育用房 (§1.1), so the difference cannot be negative.
        findings.badData({
          code: "indoorSportsAboveTeachingArea",
          school: at(school),
          stage,
          indoorSportsArea: school.indoorSportsArea,
          teachingArea: school.teachingArea,
        });
        continue;
      }
      participants[stage].push(school);
    }
  }
}

/** What is wrong with the given fields of a school, for one finding; undefined when all are usable. */
function badFields(
  school: SchoolRecord,
  fields: readonly SchoolNumberField[]
): FigureProblem[] | undefined {
  let problems: FigureProblem[] | undefined;
  for (const f of fields) {
    const m = badNumber(school, f);
    if (m !== undefined) (problems ??= []).push(m);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// 资源配置 per stage: the school rule and the county CV rule (§1.1, §1.3; 2012: §2).
// ---------------------------------------------------------------------------

/** A profile's standards for one stage, in the order of its indicators. */
interface StageStandards {
  ids: readonly IndicatorId[];
  /** Per indicator; undefined where the profile sets none (2012). */
  thresholds: readonly (number | undefined)[];
  floors: readonly (number | undefined)[];
  /** The school rule applies: the profile has one, and every indicator its threshold (profile validation ensures it). */
  schoolRule: SchoolRule | undefined;
  /** The indicators a partial table cannot compute for this stage (none for a complete table). */
  missing: ReadonlyMap<IndicatorId, string[]>;
}

function stageStandards(
  stage: Stage,
  profile: StandardsProfile,
  missing: ReadonlyMap<IndicatorId, string[]>
): StageStandards {
  const ids = profile.indicators;
  const thresholds = ids.map((id) => profile.thresholds[id]?.[stage]);
  const rule = profile.schoolRule;
  // No school rule where an indicator is missing (a partial table): a school is not judged on some of them.
  const schoolRule =
    rule !== undefined && missing.size === 0 && thresholds.every((t) => t !== undefined)
      ? rule
      : undefined;
  const floors = thresholds.map((t) =>
    t === undefined || rule === undefined ? undefined : t * rule.floor
  );
  return { ids, thresholds, floors, schoolRule, missing };
}

function assessStage(
  stage: Stage,
  schools: readonly SchoolRecord[],
  profile: StandardsProfile,
  findings: Findings,
  allowanceNotes: ReadonlyMap<SchoolRecord, Partial<Record<Stage, AllowanceNote[]>>>,
  missing: ReadonlyMap<IndicatorId, string[]>
): StageAssessment {
  const standards = stageStandards(stage, profile, missing);
  const { ids, thresholds } = standards;
  const n = schools.length;
  const partial = missing.size > 0;
  // Indicator values by column, filled as the schools are assessed, so the CVs read plain arrays.
  // (Grown by push: V8 keeps large pre-sized arrays in slow dictionary mode.)
  const columns: number[][] = ids.map(() => []);
  const meeting: number[] = ids.map(() => 0);
  const students: number[] = [];
  const assessed: SchoolStageAssessment[] = [];
  let schoolsPassing = 0;
  for (let k = 0; k < n; k++) {
    const result = assessSchoolStage(schools[k], stage, standards, profile);
    if (allowanceNotes.size > 0) result.allowances = allowanceNotes.get(schools[k])?.[stage];
    assessed.push(result);
    students.push(result.students);
    if (result.passes === true) schoolsPassing++;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (partial && missing.has(id)) continue;
      columns[i].push(result.values[id] as number);
      if (result.met[id] === true) meeting[i]++;
    }
  }

  const rule = profile.countyRule;
  const each = rule.kind === "each";
  const cvLimit = each ? rule.limits[stage] : null;
  const indicators: IndicatorRecord<IndicatorAssessment> = {};
  const cvs: (number | null)[] = [];
  ids.forEach((id, i) => {
    const threshold = thresholds[i] ?? null;
    const schoolsMeeting = threshold === null ? null : meeting[i];
    const lacking = missing.get(id);
    if (lacking !== undefined) {
      // Not computed: no mean, no CV, no verdict — never 0, never a fail.
      cvs.push(null);
      indicators[id] = {
        threshold,
        countyValue: null,
        cv: null,
        cvLimit,
        cvPasses: null,
        schoolsMeeting: null,
        borderline: false,
        missingFields: [...lacking],
      };
      return;
    }
    if (n === 0) {
      cvs.push(null);
      indicators[id] = {
        threshold,
        countyValue: null,
        cv: null,
        cvLimit,
        cvPasses: each ? false : null,
        schoolsMeeting: threshold === null ? null : 0,
        borderline: false,
      };
      return;
    }
    const cv = weightedVariationCoefficient(columns[i], students);
    cvs.push(cv);
    let cvPasses: boolean | null = each ? false : null;
    let borderline = false;
    if (cv === null) {
      findings.warn({ code: "zeroCountyMean", stage, indicator: id });
    } else if (cvLimit !== null) {
      cvPasses = atMost(cv, cvLimit);
      // §1.3: where the 3-decimal CV shown in the report would flip the verdict, say so.
      borderline = atMost(roundTo(cv, profile.display.cvDecimals), cvLimit) !== cvPasses;
    }
    indicators[id] = {
      threshold,
      countyValue: weightedMean(columns[i], students),
      cv,
      cvLimit,
      cvPasses,
      schoolsMeeting,
      borderline,
    };
  });

  if (n === 0) {
    // A county with no school of a stage cannot show that the stage is balanced: it fails, and says why.
    findings.warn({ code: "noSchoolsInStage", stage });
  }
  const schoolsPass = standards.schoolRule === undefined || schoolsPassing === n;
  const result: StageAssessment = {
    stage,
    schools: assessed,
    indicators,
    schoolsPassing: standards.schoolRule === undefined ? null : schoolsPassing,
    passes: false,
  };
  if (partial) {
    // A partial table: what is computed is given; nothing is judged (no school, no county verdict).
    result.missingIndicators = ids.filter((id) => missing.has(id));
    result.schoolsPassing = null;
    result.passes = n > 0 ? null : false;
    if (!each) {
      result.compositeCv = null;
      result.compositeLimit = rule.limits[stage];
      result.compositePasses = null;
      result.compositeBorderline = false;
    }
  } else if (each) {
    result.passes = n > 0 && schoolsPass && ids.every((id) => indicators[id]?.cvPasses === true);
  } else {
    // 2012 (§2): the 综合差异系数 is the arithmetic mean of the indicators' CVs.
    const limit = rule.limits[stage];
    let compositeCv: number | null = null;
    let compositePasses = false;
    let compositeBorderline = false;
    if (n > 0 && cvs.every((cv): cv is number => cv !== null)) {
      compositeCv = compositeVariationCoefficient(cvs as number[]);
      compositePasses = atMost(compositeCv, limit);
      compositeBorderline =
        atMost(roundTo(compositeCv, profile.display.cvDecimals), limit) !== compositePasses;
    } else if (n > 0) {
      findings.warn({ code: "compositeUndefined", stage });
    }
    result.compositeCv = compositeCv;
    result.compositeLimit = limit;
    result.compositePasses = compositePasses;
    result.compositeBorderline = compositeBorderline;
    result.passes = n > 0 && schoolsPass && compositePasses;
  }
  return result;
}

/** The empty list every school without a borderline or low indicator shares (100k schools). */
const NONE: readonly IndicatorId[] = Object.freeze([]);

function assessSchoolStage(
  school: SchoolRecord,
  stage: Stage,
  standards: StageStandards,
  profile: StandardsProfile
): SchoolStageAssessment {
  const { ids, thresholds, floors, schoolRule, missing } = standards;
  // A partial table: an indicator without its columns has no value (its inputs stand at 0 or are absent).
  const { students, facilityShare, values } = stageIndicatorValues(
    school,
    stage,
    profile,
    missing.size > 0 ? missing : undefined
  );
  const valueList = ids.map((id) => values[id] as number);

  const met: IndicatorRecord<boolean> = {};
  const shortfalls: Shortfall[] = [];
  let metCount: number | null = null;
  let passes: boolean | null = null;
  let borderline = false;
  let verdictBorderline = false;
  let borderlineIndicators: readonly IndicatorId[] = NONE;
  let belowFloor: readonly IndicatorId[] = NONE;
  if (schoolRule !== undefined) {
    const t = thresholds as readonly number[];
    const f = floors as readonly number[];
    const rule = applySchoolRule(valueList, t, schoolRule);
    for (let i = 0; i < ids.length; i++) met[ids[i]] = rule.met[i];
    metCount = rule.metCount;
    passes = rule.passes;

    // §1.3: comparisons use unrounded values; where the display (each indicator's decimals)
    // would flip a verdict, say so. Rounding moves a value by at most half a unit, so only a
    // value that close to a threshold or a floor can flip.
    let nearThreshold = false;
    for (let i = 0; i < valueList.length && !nearThreshold; i++) {
      const v = valueList[i];
      // A little wider than half a unit: this only decides whether to check.
      const halfUnit =
        0.5 * 10 ** -indicatorDecimals(ids[i], profile.display.valueDecimals) * 1.001;
      nearThreshold =
        (v - t[i] <= halfUnit && t[i] - v <= halfUnit) ||
        (v - f[i] <= halfUnit && f[i] - v <= halfUnit);
    }
    if (nearThreshold) {
      const rounded = applySchoolRule(
        valueList.map((v, i) =>
          roundTo(v, indicatorDecimals(ids[i], profile.display.valueDecimals))
        ),
        t,
        schoolRule
      );
      verdictBorderline = rounded.passes !== rule.passes;
      const flips = ids.filter((_, i) => rounded.met[i] !== rule.met[i]);
      if (flips.length > 0) borderlineIndicators = flips;
      borderline = verdictBorderline || flips.length > 0;
    }
    for (let i = 0; i < valueList.length; i++) {
      if (rule.met[i]) continue;
      const absolute = t[i] - valueList[i];
      shortfalls.push({
        indicator: ids[i],
        value: valueList[i],
        threshold: t[i],
        absolute,
        relative: absolute / t[i],
      });
    }
    const low = ids.filter((_, i) => !rule.met[i] && !atLeast(valueList[i], f[i]));
    if (low.length > 0) belowFloor = low;
  } else {
    // No school rule (2012, or a partial table): where a profile still sets a threshold, say whether the value reaches it.
    for (let i = 0; i < ids.length; i++) {
      const threshold = thresholds[i];
      if (threshold !== undefined && !missing.has(ids[i]))
        met[ids[i]] = atLeast(valueList[i], threshold);
    }
  }

  // One object shape for every school (optional fields present, possibly undefined): it keeps 100k schools fast.
  return {
    name: school.name,
    code: school.code,
    type: school.type,
    ownership: school.ownership,
    locale: school.locale,
    group: school.group,
    students,
    facilityShare,
    values,
    met,
    metCount,
    passes,
    shortfalls,
    borderline,
    borderlineIndicators,
    verdictBorderline,
    belowFloor,
    source: school.source,
    allowances: undefined,
  };
}

// ---------------------------------------------------------------------------
// 班额 (§1.4 item 5, §3; interfaces.md §1): every class of the class sheet except
// those of a 特殊教育学校; 教学点 classes count.
// ---------------------------------------------------------------------------

function firstByName(
  schools: readonly SchoolRecord[],
  findings: Findings
): Map<string, SchoolRecord> {
  const byName = new Map<string, SchoolRecord>();
  const duplicates = new Map<string, number>();
  for (const s of schools) {
    if (byName.has(s.name)) duplicates.set(s.name, (duplicates.get(s.name) ?? 1) + 1);
    else byName.set(s.name, s);
  }
  for (const [name, count] of duplicates) {
    findings.warn({ code: "duplicateSchoolName", name, count });
  }
  return byName;
}

function assessClassSize(
  schools: readonly SchoolRecord[],
  classes: readonly ClassRecord[],
  profile: StandardsProfile,
  findings: Findings,
  classSchoolsChecked: boolean
): Record<Stage, ClassSizeSummary> {
  const byName = firstByName(schools, findings);
  const { limits, bands } = profile.classSize;
  const summary = {} as Record<Stage, ClassSizeSummary>;
  for (const stage of STAGES) {
    summary[stage] = {
      classes: 0,
      overLimit: 0,
      largeClasses: 0,
      superLargeClasses: 0,
      overLimitShare: null,
      largeClassShare: null,
      superLargeClassShare: null,
      passes: true,
      overLimitClasses: [],
    };
  }
  // One warning per unknown school, not one per class.
  const unknownSchools = new Map<string, { classes: number; first?: ClassRecord["source"] }>();
  const stageMismatch = new Set<string>();

  for (const c of classes) {
    const where = () => ({ school: c.school, className: c.className, source: c.source });
    const s = summary[c.stage];
    if (!s) {
      findings.badData({ code: "classBadStage", class: where(), stage: String(c.stage) });
      continue;
    }
    if (!isCount(c.students)) {
      findings.badData({ code: "classBadStudents", class: where(), students: c.students });
      continue;
    }
    const school = byName.get(c.school);
    if (school === undefined) {
      const u = unknownSchools.get(c.school);
      if (u) u.classes++;
      else unknownSchools.set(c.school, { classes: 1, first: c.source });
    } else if (school.type === "special") {
      continue;
    } else if (
      STAGES_OF_TYPE[school.type] &&
      !STAGES_OF_TYPE[school.type][c.stage] &&
      !stageMismatch.has(`${c.stage}\u0000${c.school}`)
    ) {
      stageMismatch.add(`${c.stage}\u0000${c.school}`);
      findings.warn({
        code: "classStageMismatch",
        school: c.school,
        stage: c.stage,
        type: school.type,
      });
    }
    s.classes++;
    if (c.students > limits[c.stage]) {
      s.overLimit++;
      s.overLimitClasses.push({
        school: c.school,
        className: c.className,
        students: c.students,
        band: classBand(c.students, bands),
      });
    }
    if (c.students >= bands.veryLarge) s.largeClasses++;
    if (c.students >= bands.superLarge) s.superLargeClasses++;
  }
  for (const [name, u] of classSchoolsChecked ? [] : unknownSchools) {
    findings.warn({ code: "classUnknownSchool", school: name, classes: u.classes, first: u.first });
  }
  for (const stage of STAGES) {
    const s = summary[stage];
    s.passes = s.overLimit === 0;
    if (s.classes > 0) {
      s.overLimitShare = s.overLimit / s.classes;
      s.largeClassShare = s.largeClasses / s.classes;
      s.superLargeClassShare = s.superLargeClasses / s.classes;
    }
  }
  return summary;
}

// ---------------------------------------------------------------------------
// 学校规模 (§1.4 item 4): compulsory-stage students against 2000 / 2500.
// Schools without a compulsory stage (职业) and 特殊教育学校 are not judged.
// ---------------------------------------------------------------------------

function teachesCompulsoryStage(school: SchoolRecord): boolean {
  return sizeIsJudged(school.type);
}

function assessSchoolSize(
  schools: readonly SchoolRecord[],
  profile: StandardsProfile,
  findings: Findings,
  log: AllowanceLog
): SchoolSizeFinding[] {
  const result: SchoolSizeFinding[] = [];
  for (const school of schools) {
    if (!teachesCompulsoryStage(school)) continue;
    const has = STAGES_OF_TYPE[school.type];
    const fields: SchoolNumberField[] = [];
    if (has.primary) fields.push("primaryStudents");
    if (has.junior) fields.push("juniorStudents");
    const bad = badFields(school, fields);
    if (bad !== undefined) {
      findings.badData({
        code: "badFigures",
        school: at(school),
        problems: bad,
        scope: { kind: "schoolSize" },
      });
      continue;
    }
    // Only the stages the type teaches: a 完全中学's 高中 does not count, nor stray numbers in other columns.
    const students =
      (has.primary ? school.primaryStudents : 0) + (has.junior ? school.juniorStudents : 0);
    const { limit, allowance } = schoolSizeAllowance(
      school,
      students,
      schoolSizeLimit(school.type, profile),
      profile,
      log
    );
    const finding: SchoolSizeFinding = {
      name: school.name,
      type: school.type,
      students,
      limit,
      passes: students <= limit,
    };
    if (allowance) finding.allowance = allowance;
    result.push(finding);
  }
  return result;
}

// ---------------------------------------------------------------------------
// 音乐/美术专用教室 (§1.4 item 3): one of each per 12 classes, for every 小学 and
// 初中 (一贯制 and 完全中学 included). 教学点 are not schools in this sense and
// 特教/职业 are outside the rule, so they are not judged.
// ---------------------------------------------------------------------------

function assessSpecialRooms(
  schools: readonly SchoolRecord[],
  classes: readonly ClassRecord[] | null,
  profile: StandardsProfile,
  findings: Findings,
  log: AllowanceLog
): SpecialRoomFinding[] | null {
  if (!schools.some((s) => s.musicRooms !== undefined || s.artRooms !== undefined)) return null;
  // With room areas in the school table, the 专用教室面积 item is computed per school too.
  const areas = hasRoomAreas(schools);
  const largest =
    areas && profile.allowances?.smallRuralRooms ? largestClasses(classes) : undefined;
  const result: SpecialRoomFinding[] = [];
  for (const school of schools) {
    if (!teachesCompulsoryStage(school) || school.type === "teachingPoint") continue;
    const has = STAGES_OF_TYPE[school.type];
    const fields: SchoolNumberField[] = ["musicRooms", "artRooms"];
    if (has.primary) fields.push("primaryClasses");
    if (has.junior) fields.push("juniorClasses");
    const bad = badFields(school, fields);
    if (bad !== undefined) {
      findings.warn({
        code: "badFigures",
        school: at(school),
        problems: bad,
        scope: { kind: "specialRooms" },
      });
      continue;
    }
    const classCount =
      (has.primary ? school.primaryClasses : 0) + (has.junior ? school.juniorClasses : 0);
    const required = requiredSpecialRooms(classCount, profile.specialRooms.classesPerRoom);
    const musicRooms = school.musicRooms as number;
    const artRooms = school.artRooms as number;
    const finding: SpecialRoomFinding = {
      name: school.name,
      classes: classCount,
      required,
      musicRooms,
      artRooms,
      passes: atLeast(musicRooms, required) && atLeast(artRooms, required),
    };
    if (areas) judgeRoomAreas(finding, school, profile, largest, log);
    result.push(finding);
  }
  return result;
}
