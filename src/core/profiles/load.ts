/**
 * Profiles as data files: a province's 具体办法 written as the changes it makes
 * to a built-in profile (stricter thresholds, smaller rooms allowed for older or
 * small rural schools, larger school-size limits for 一贯制 schools …), checked
 * key by key when loaded. Every message is Chinese and names the key, so a
 * statistician can fix the file without reading code.
 *
 * The file format (README, "Provincial profiles"):
 *
 *   {
 *     "id": "…", "name": "…", "nameEn": "…", "source": "title and 文号, what differs",
 *     "base": "national-2017",                      // the built-in profile it changes
 *     "thresholds": { "qualifiedTeachersPer100": { "primary": 4.5 } },
 *     "countyRule": { "limits": { "primary": 0.45 } },
 *     "schoolRule": { "minMet": 7 },
 *     "classSize": { "limits": { "primary": 40, "junior": 45 } },
 *     "schoolSize": { "default": 2000, "byType": { "nineYear": 2400, "twelveYear": 3000 } },
 *     "specialRooms": { "reducedAreas": { "musicRoomMinArea": 73, "artRoomMinArea": 67, "appliesTo": "…" } },
 *     "coverage": { "teachingPointMinStudents": 50 },
 *     "county": { "recognitionRate": 0.9 },
 *     "allowances": true                            // the 认定规程 allowances; or per part (below)
 *   }
 *
 * "allowances" switches on the 认定规程 (国教督办函〔2019〕30号) allowances: true
 * for all of them with the national values, false for none, or an object with
 * one key per allowance, each true, false or the values that differ
 * ({"schoolSize": {"default": 2200}, "leasedSportsArea": false}); a part left
 * out keeps the base's (none when the base has no allowances).
 *
 * Only id, name, source and base are required; everything else overrides the
 * base where given, key by key. Unknown keys are errors (a typo must not be
 * silently ignored), and so are numbers outside their plausible range (each
 * key's range is named in the message), and files over PROFILE_FILE_MAX_BYTES.
 */
import { fill } from "../../i18n";
import { ZH_PROFILE_FILE } from "../../i18n/profileFile";
import { EduError } from "../errors";
import { INDICATORS } from "../indicators";
import { ownValue } from "../own";
import type { IndicatorId, SchoolType, Stage } from "../types";
import { SCHOOL_TYPE_NAMES } from "../vocabulary";
import { ALLOWANCES_2019 } from "./allowances2019";
import type { Allowances, CountyStandards, StandardsProfile } from "./profile";

/**
 * The largest profile file any host reads, in bytes. A real profile is a few KB
 * (profiles/example-province.json: 1.5 KB; national-2017-allowances with every
 * key written out: 3.3 KB; with a page of 文件标题 and differences in "source",
 * still under 20 KB), so 1 MB is 50 times anything real while a file of that
 * size still parses in milliseconds. Hosts that read files check the size
 * before reading (the CLI with fstat); the text is checked again here, so a
 * host that forgets cannot be made to parse 100 MB.
 */
export const PROFILE_FILE_MAX_BYTES = 1024 * 1024;

const T = ZH_PROFILE_FILE;
const W = T.what;

/**
 * A rule for one key of the file. Numbers have a plausible range, not just a
 * sign: the national value with wide margins on both sides (so that every
 * province's stricter or looser figure passes), which still refuses a unit
 * slip (元 written in 万元, a percentage written as 90 instead of 0.9) and the
 * absurd (a threshold of 5e-324).
 */
type Spec =
  | {
      kind: "number";
      min: number;
      max: number;
      integer?: boolean;
      /** Shown after the range: ㎡, 元, 人 … */
      unit?: string;
      /** A fraction: the range is also said as a percentage. */
      percent?: boolean;
      what: string;
    }
  | { kind: "string"; what: string }
  | { kind: "boolean"; what: string }
  | { kind: "choice"; values: readonly string[]; what: string }
  | { kind: "list"; values: readonly string[]; what: string }
  | { kind: "object"; fields: Readonly<Record<string, Spec>>; what: string; complete?: boolean };

const num = (
  what: string,
  min: number,
  max: number,
  extra: { integer?: boolean; unit?: string; percent?: boolean } = {}
): Spec => ({ kind: "number", what, min, max, ...extra });
/** A rate or share, written as a fraction (0.95 = 95%), between min and max. */
const share = (what: string, min: number, max = 1): Spec => num(what, min, max, { percent: true });
const count = (what: string, min: number, max: number, unit?: string): Spec =>
  num(what, min, max, { integer: true, unit });
const area = (what: string): Spec => num(what, 20, 500, { unit: "㎡" });
/** Students in a class (national 45 / 50; bands 46 / 56 / 66). */
const classSize = (what: string): Spec => count(what, 10, 100, T.units.person);
/** Students in a school (national 2000 / 2500; the 认定规程's 2400 / 3000). */
const schoolSize = (what: string): Spec => count(what, 100, 10000, T.units.person);
const perStage = (what: string, stage: Spec, complete = false): Spec => ({
  kind: "object",
  what,
  fields: { primary: stage, junior: stage },
  complete,
});

/**
 * Each indicator's plausible threshold, in its unit (INDICATORS[id].unit). The
 * national values (standards.md §1.1) sit well inside: 4.2 / 5.3 teachers per
 * 100 students within 0.5–50, 4.5 / 5.8 ㎡ within 0.1–100, 2000 / 2500 元 within
 * 100–100,000 (a threshold written in 万元, 0.2, is refused). The 2012 indicators
 * have no national threshold; their ranges follow what schools report (books
 * 20–40 per student, staff about 1 per 12–20 students).
 */
export const THRESHOLD_RANGES: Readonly<Record<IndicatorId, { min: number; max: number }>> = {
  qualifiedTeachersPer100: { min: 0.5, max: 50 },
  backboneTeachersPer100: { min: 0.1, max: 20 },
  peArtTeachersPer100: { min: 0.1, max: 20 },
  teachingAreaPerStudent: { min: 0.1, max: 100 },
  sportsAreaPerStudent: { min: 0.1, max: 200 },
  equipmentValuePerStudent: { min: 100, max: 100000 },
  multimediaRoomsPer100: { min: 0.1, max: 50 },
  computersPer100: { min: 0.5, max: 200 },
  booksPerStudent: { min: 1, max: 1000 },
  staffStudentRatio: { min: 0.005, max: 1 },
  qualifiedTeachersPerStudent: { min: 0.005, max: 1 },
  intermediateTitleTeachersPerStudent: { min: 0.001, max: 1 },
};

function thresholdSpec(ind: IndicatorId): Spec {
  const { min, max } = THRESHOLD_RANGES[ind];
  return num(fill(W.thresholdOf, { indicator: INDICATORS[ind].name }), min, max, {
    unit: INDICATORS[ind].unit,
  });
}

const SCHOOL_TYPES = Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[];

// Rates the policy sets near 100% (培训完成率 100%, 巩固率 95%, 认可度 85% …) within 50%–100%;
// the small ones (轮岗 10%, 骨干 20%, 培训经费 5%, 差异率 0.15) from 1%.
const COUNTY_SPEC: Readonly<Record<keyof CountyStandards, Spec>> = {
  smallSchoolFundingStudents: count(W.smallSchoolFundingStudents, 10, 1000, T.units.person),
  specialSchoolFundingPerStudent: num(W.specialSchoolFundingPerStudent, 1000, 100000, {
    unit: T.units.yuan,
  }),
  teacherPayRatio: num(W.teacherPayRatio, 0.5, 3),
  trainingCompletion: share(W.trainingCompletion, 0.5),
  teacherRotationShare: share(W.teacherRotationShare, 0.01),
  backboneRotationShare: share(W.backboneRotationShare, 0.01),
  certifiedTeacherShare: share(W.certifiedTeacherShare, 0.5),
  nearbyEnrolment: perStage(W.nearbyEnrolment, share(W.nearbyEnrolment, 0.5)),
  highSchoolQuotaShare: share(W.highSchoolQuotaShare, 0.1),
  migrantChildrenPublicShare: share(W.migrantChildrenPublicShare, 0.5),
  consolidationRate: share(W.consolidationRate, 0.5),
  disabledEnrolmentRate: share(W.disabledEnrolmentRate, 0.5),
  trainingSpendingShare: share(W.trainingSpendingShare, 0.01, 0.5),
  monitoringMinLevel: count(W.monitoringMinLevel, 1, 4),
  monitoringDifferenceRateBelow: share(W.monitoringDifferenceRateBelow, 0.01),
  recognitionRate: share(W.recognitionRate, 0.5),
};

/** What the file may say, besides the identity keys and the indicators' thresholds. */
function overrideSpec(indicatorCount: number): Record<string, Spec> {
  return {
    countyRule: {
      kind: "object",
      what: W.countyRule,
      fields: {
        kind: {
          kind: "choice",
          values: ["each", "composite"],
          what: W.countyRuleKind,
        },
        // National 0.50 / 0.45 (2017), composite 0.65 / 0.55 (2012).
        limits: perStage(W.cvLimit, num(W.cvLimit, 0.05, 1)),
      },
    },
    schoolRule: {
      kind: "object",
      what: W.schoolRule,
      fields: {
        minMet: count(W.minMet, 1, indicatorCount),
        floor: share(W.floor, 0.5),
      },
    },
    classSize: {
      kind: "object",
      what: W.classSize,
      fields: {
        limits: perStage(W.classSizeLimit, classSize(W.classSizeLimit)),
        bands: {
          kind: "object",
          what: W.bands,
          fields: {
            large: classSize(W.bandLarge),
            veryLarge: classSize(W.bandVeryLarge),
            superLarge: classSize(W.bandSuperLarge),
          },
        },
      },
    },
    schoolSize: {
      kind: "object",
      what: W.schoolSize,
      fields: {
        default: schoolSize(W.schoolSizeLimit),
        byType: {
          kind: "object",
          what: W.schoolSizeByType,
          fields: Object.fromEntries(
            SCHOOL_TYPES.map((t) => [
              t,
              schoolSize(fill(W.schoolSizeOfType, { type: SCHOOL_TYPE_NAMES[t] })),
            ])
          ),
        },
      },
    },
    specialRooms: {
      kind: "object",
      what: W.specialRooms,
      fields: {
        // National 12.
        classesPerRoom: count(W.classesPerRoom, 4, 48, T.units.classes),
        musicRoomMinArea: area(W.musicRoomMinArea),
        artRoomMinArea: area(W.artRoomMinArea),
        reducedAreas: {
          kind: "object",
          what: W.reducedAreas,
          complete: true,
          fields: {
            musicRoomMinArea: area(W.musicRoomMinArea),
            artRoomMinArea: area(W.artRoomMinArea),
            appliesTo: {
              kind: "string",
              what: W.appliesTo,
            },
          },
        },
      },
    },
    stageWeights: {
      kind: "object",
      what: W.stageWeights,
      fields: {
        // 0.1–10: a weight near 0 makes a stage's share of a facility vanish (1e-300 → indicators of 1e-299).
        primary: num(W.primaryWeight, 0.1, 10),
        junior: num(W.juniorWeight, 0.1, 10),
        senior: num(W.seniorWeight, 0.1, 10),
      },
    },
    coverage: {
      kind: "object",
      what: W.coverage,
      fields: {
        excludedTypes: { kind: "list", values: SCHOOL_TYPES, what: W.excludedTypes },
        // National 50; 0 counts every 教学点.
        teachingPointMinStudents: count(W.teachingPointMinStudents, 0, 1000, T.units.person),
        includePrivate: { kind: "boolean", what: W.includePrivate },
      },
    },
    display: {
      kind: "object",
      what: W.display,
      fields: {
        valueDecimals: count(W.valueDecimals, 0, 6),
        cvDecimals: count(W.cvDecimals, 0, 6),
      },
    },
    county: {
      kind: "object",
      what: W.county,
      fields: COUNTY_SPEC,
    },
  };
}

const ROOM_AREAS: Readonly<Record<string, Spec>> = {
  musicRoomMinArea: area(W.musicRoomMinArea),
  artRoomMinArea: area(W.artRoomMinArea),
};
const YEAR = count(W.builtBy, 1949, 2100);

/** Each allowance's values, key by key (the 认定规程's numbers are the defaults). */
const ALLOWANCE_SPEC: Readonly<Record<keyof Allowances, Spec>> = {
  sharedPeArtTeachers: {
    kind: "object",
    what: W.sharedPeArtTeachers,
    fields: {
      minStudents: count(W.minStudents, 0, 1000, T.units.person),
      maxStudents: count(W.maxStudents, 0, 1000, T.units.person),
    },
  },
  leasedSportsArea: {
    kind: "object",
    what: W.leasedSportsArea,
    fields: { centralUrbanOnly: { kind: "boolean", what: W.centralUrbanOnly } },
  },
  olderSchoolRooms: {
    kind: "object",
    what: W.olderSchoolRooms,
    fields: { builtBy: YEAR, ...ROOM_AREAS },
  },
  smallRuralRooms: {
    kind: "object",
    what: W.smallRuralRooms,
    fields: {
      largestClassBelow: count(W.largestClassBelow, 5, 100, T.units.person),
      primary: { kind: "object", what: W.primaryRooms, fields: ROOM_AREAS },
      junior: { kind: "object", what: W.juniorRooms, fields: ROOM_AREAS },
    },
  },
  schoolSize: {
    kind: "object",
    what: W.allowancesSchoolSize,
    fields: {
      builtBy: YEAR,
      migrantShareAbove: share(W.migrantShareAbove, 0.1),
      default: schoolSize(W.schoolSizeLimit),
      byType: {
        kind: "object",
        what: W.schoolSizeByType,
        fields: Object.fromEntries(
          SCHOOL_TYPES.map((t) => [
            t,
            schoolSize(fill(W.schoolSizeOfType, { type: SCHOOL_TYPE_NAMES[t] })),
          ])
        ),
      },
    },
  },
};

/**
 * "allowances": true / false / {part: true | false | {values}}; merged onto the
 * base's allowances (the 认定规程's values where a part is switched on anew).
 */
function mergeAllowances(
  value: unknown,
  base: Allowances | undefined,
  problems: Problems
): Allowances | undefined {
  if (value === true) return { ...ALLOWANCES_2019 };
  if (value === false) return undefined;
  if (!isObject(value)) {
    problems.add(
      "allowances",
      fill(T.allowancesShape, { found: describe(value) }),
      "(the 2019 allowances) must be true, false or an object"
    );
    return base;
  }
  const out: Record<string, unknown> = { ...(base ?? {}) };
  const parts = Object.keys(ALLOWANCE_SPEC);
  for (const [k, v] of Object.entries(value)) {
    const key = `allowances.${k}`;
    if (!parts.includes(k)) {
      problems.add(
        key,
        fill(T.notKeyOf, { key: "allowances", keys: parts.join("、") }),
        `is not a known key; known keys of "allowances": ${parts.join(", ")}`
      );
      continue;
    }
    const part = k as keyof Allowances;
    if (v === false) delete out[part];
    else if (v === true) out[part] = ALLOWANCES_2019[part];
    else if (isObject(v))
      out[part] = merge(ALLOWANCE_SPEC[part], v, out[part] ?? ALLOWANCES_2019[part], key, problems);
    else
      problems.add(
        key,
        fill(T.allowanceShape, { found: describe(v) }),
        "must be true, false or an object"
      );
  }
  const a = out as Allowances;
  if (a.leasedSportsArea && a.leasedSportsArea.centralUrbanOnly !== true)
    problems.add(
      "allowances.leasedSportsArea.centralUrbanOnly",
      T.centralUrbanOnly,
      "must be true (the rules allow it for central-city schools only)"
    );
  const r = a.sharedPeArtTeachers;
  if (r && r.minStudents > r.maxStudents)
    problems.add(
      "allowances.sharedPeArtTeachers",
      fill(T.minAboveMax, { min: r.minStudents, max: r.maxStudents }),
      "minStudents must not exceed maxStudents"
    );
  return Object.keys(a).length > 0 ? a : undefined;
}

const IDENTITY_KEYS = ["id", "name", "nameEn", "source", "base", "thresholds"] as const;

function describe(value: unknown): string {
  if (value === null) return "null";
  // A message names what was found, never echoes a whole text back.
  if (typeof value === "string")
    return `"${value.length > 40 ? fill(T.found.long, { start: value.slice(0, 40), n: value.length }) : value}"`;
  if (Array.isArray(value)) return T.found.array;
  if (typeof value === "object") return T.found.object;
  return String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Collects the file's problems, each naming its key; thrown together. */
class Problems {
  readonly zh: string[] = [];
  readonly en: string[] = [];
  add(key: string, zh: string, en: string): void {
    this.zh.push(`「${key}」${zh}`);
    this.en.push(`"${key}" ${en}`);
  }
}

/** 0.95 → "95%". */
function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

/** "0.1 到 100 ㎡之间的数", "0.5 到 1 之间的数（即 50% 到 100%，写成小数）". */
function rangeText(spec: Extract<Spec, { kind: "number" }>): { zh: string; en: string } {
  const unit = spec.unit ? ` ${spec.unit}` : "";
  // "100 ㎡之间", "1 之间": Chinese needs no space between a unit and 之间, but one after a bare number.
  const percent = spec.percent
    ? {
        zh: fill(T.rangePercent, { min: percentText(spec.min), max: percentText(spec.max) }),
        en: ` (${percentText(spec.min)}–${percentText(spec.max)}, as a fraction)`,
      }
    : { zh: "", en: "" };
  return {
    zh: fill(T.range, {
      min: spec.min,
      max: spec.max,
      unit: spec.unit ? ` ${spec.unit}` : " ",
      kind: spec.integer ? T.rangeInteger : T.rangeNumber,
      percent: percent.zh,
    }),
    en: `a${spec.integer ? "n integer" : " number"} from ${spec.min} to ${spec.max}${unit}${percent.en}`,
  };
}

function numberProblem(
  spec: Extract<Spec, { kind: "number" }>,
  value: unknown
): { zh: string; en: string } | undefined {
  const range = rangeText(spec);
  const shown =
    typeof value === "number" && Number.isFinite(value) ? String(value) : describe(value);
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < spec.min ||
    value > spec.max ||
    (spec.integer === true && !Number.isInteger(value))
  ) {
    return {
      zh: fill(T.notInRange, { what: spec.what, range: range.zh, found: shown }),
      en: `(${spec.what}) must be ${range.en}, not ${shown}`,
    };
  }
  return undefined;
}

/**
 * Checks `value` against `spec` and returns it merged onto `base` (objects key by
 * key; everything else replaced). Problems are collected, not thrown, so the user
 * sees them all at once.
 */
function merge(
  spec: Spec,
  value: unknown,
  base: unknown,
  key: string,
  problems: Problems
): unknown {
  switch (spec.kind) {
    case "number": {
      const p = numberProblem(spec, value);
      if (p) problems.add(key, p.zh, p.en);
      return value;
    }
    case "string":
      if (typeof value !== "string" || value.trim() === "")
        problems.add(
          key,
          fill(T.notText, { what: spec.what, found: describe(value) }),
          `(${spec.what}) must be non-empty text`
        );
      return typeof value === "string" ? value.trim() : value;
    case "boolean":
      if (typeof value !== "boolean")
        problems.add(
          key,
          fill(T.notBoolean, { what: spec.what, found: describe(value) }),
          `(${spec.what}) must be true or false`
        );
      return value;
    case "choice":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        problems.add(
          key,
          fill(T.notChoice, {
            what: spec.what,
            values: spec.values.join(T.or),
            found: describe(value),
          }),
          `must be one of ${spec.values.join(", ")}`
        );
      }
      return value;
    case "list":
      if (!Array.isArray(value)) {
        problems.add(
          key,
          fill(T.notList, { what: spec.what, found: describe(value) }),
          "must be an array"
        );
        return value;
      }
      value.forEach((v, i) => {
        if (typeof v !== "string" || !spec.values.includes(v)) {
          problems.add(
            `${key}[${i}]`,
            fill(T.notOneOf, { values: spec.values.join("、"), found: describe(v) }),
            `must be one of ${spec.values.join(", ")}`
          );
        }
      });
      return [...value];
    case "object": {
      if (!isObject(value)) {
        problems.add(
          key,
          fill(T.notObject, { what: spec.what, found: describe(value) }),
          `(${spec.what}) must be an object`
        );
        return base;
      }
      const out: Record<string, unknown> = isObject(base) ? { ...base } : {};
      for (const [k, v] of Object.entries(value)) {
        const sub = ownValue(spec.fields, k);
        if (!sub) {
          problems.add(
            `${key}.${k}`,
            fill(T.notKeyOf, { key, keys: Object.keys(spec.fields).join("、") }),
            `is not a known key; known keys of "${key}": ${Object.keys(spec.fields).join(", ")}`
          );
          continue;
        }
        out[k] = merge(sub, v, out[k], `${key}.${k}`, problems);
      }
      // A part the base does not have (2012 has no 政府保障程度 standards, no reduced room areas) must be given whole.
      if (spec.complete === true || !isObject(base)) {
        const missing = Object.keys(spec.fields).filter((k) => out[k] === undefined);
        if (missing.length > 0) {
          problems.add(
            key,
            fill(T.lacks, { keys: missing.map((k) => `「${k}」`).join("、") }),
            `lacks ${missing.join(", ")} (the base profile has no such part, so it must be complete)`
          );
        }
      }
      return out;
    }
  }
}

export interface ProfileFileOptions {
  /** The profiles a file may name as its base (the built-in ones). */
  builtins: Readonly<Record<string, StandardsProfile>>;
  /** Where the profile came from (a file name), for messages. */
  sourceName?: string;
}

function fail(options: ProfileFileOptions, zh: string[], en: string[]): never {
  const where = options.sourceName ? fill(T.fileNamed, { name: options.sourceName }) : T.file;
  const whereEn = options.sourceName ? `profile file ${options.sourceName}` : "profile file";
  throw new EduError(
    "badProfile",
    fill(T.invalid, { file: where, problems: zh.join("；") }),
    `${whereEn} is not valid: ${en.join("; ")}`
  );
}

/**
 * A profile from a parsed profile file (see the top of this file): checked key
 * by key and merged onto its base. Throws an EduError (code 'badProfile') whose
 * Chinese message lists every problem, each naming its key.
 */
export function parseProfile(raw: unknown, options: ProfileFileOptions): StandardsProfile {
  if (!isObject(raw))
    fail(options, [fill(T.notJsonObject, { found: describe(raw) })], ["must be a JSON object"]);
  const problems = new Problems();
  const builtinIds = Object.keys(options.builtins);

  const text = (key: string, what: string, required: boolean): string | undefined => {
    const v = raw[key];
    if (v === undefined) {
      if (required) problems.add(key, fill(T.missing, { what }), `is missing (${what})`);
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") {
      problems.add(
        key,
        fill(T.notText, { what, found: describe(v) }),
        `(${what}) must be non-empty text`
      );
      return undefined;
    }
    return v.trim();
  };
  const id = text("id", W.id, true);
  const name = text("name", W.name, true);
  const nameEn = text("nameEn", W.nameEn, false);
  const source = text("source", W.source, true);
  const baseId = text("base", fill(W.base, { builtins: builtinIds.join("、") }), true);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) {
    problems.add(
      "id",
      fill(T.idChars, { found: describe(id) }),
      "may contain only letters, digits, -, _ and ."
    );
  } else if (id !== undefined && builtinIds.includes(id)) {
    problems.add("id", fill(T.idBuiltin, { id }), `must differ from the built-in profile ${id}`);
  }
  let base: StandardsProfile | undefined;
  if (baseId !== undefined) {
    base = ownValue(options.builtins, baseId);
    if (!base)
      problems.add(
        "base",
        fill(T.baseUnknown, { builtins: builtinIds.join("、"), found: describe(baseId) }),
        `must be one of ${builtinIds.join(", ")}`
      );
  }
  if (!base) fail(options, problems.zh, problems.en);

  const spec = overrideSpec(base.indicators.length);
  const known = [...IDENTITY_KEYS, ...Object.keys(spec), "allowances"];
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(raw)) {
    if ((IDENTITY_KEYS as readonly string[]).includes(k)) continue;
    if (k === "allowances") {
      const a = mergeAllowances(v, base.allowances, problems);
      if (a) merged.allowances = a;
      else delete merged.allowances;
      continue;
    }
    const sub = ownValue(spec, k);
    if (!sub) {
      problems.add(
        k,
        fill(T.notKey, { keys: known.join("、") }),
        `is not a known key; known keys: ${known.join(", ")}`
      );
      continue;
    }
    merged[k] = merge(sub, v, merged[k], k, problems);
  }

  // Thresholds: per indicator of the base, per stage; a stage left out keeps the base's value.
  const thresholds: StandardsProfile["thresholds"] = {};
  for (const ind of base.indicators) {
    const t = base.thresholds[ind];
    if (t) thresholds[ind] = { ...t };
  }
  const givenThresholds = raw.thresholds;
  if (givenThresholds !== undefined) {
    if (!isObject(givenThresholds)) {
      problems.add(
        "thresholds",
        fill(T.thresholdsShape, { found: describe(givenThresholds) }),
        "must be an object keyed by indicator id"
      );
    } else {
      for (const [k, v] of Object.entries(givenThresholds)) {
        if (!(base.indicators as readonly string[]).includes(k)) {
          problems.add(
            `thresholds.${k}`,
            fill(T.notIndicator, {
              base: base.id,
              indicators: base.indicators
                .map((i) => fill(T.indicator, { id: i, name: INDICATORS[i].name }))
                .join("、"),
            }),
            `is not an indicator of ${base.id}; its indicators: ${base.indicators.join(", ")}`
          );
          continue;
        }
        const ind = k as IndicatorId;
        const stageSpec = thresholdSpec(ind);
        const whole = thresholds[ind] === undefined;
        const value = merge(
          perStage(fill(W.thresholdOf, { indicator: INDICATORS[ind].name }), stageSpec, whole),
          v,
          thresholds[ind],
          `thresholds.${k}`,
          problems
        );
        if (isObject(value)) thresholds[ind] = value as Record<Stage, number>;
      }
    }
  }

  if (problems.zh.length > 0) fail(options, problems.zh, problems.en);
  const profile = {
    ...(merged as unknown as StandardsProfile),
    id: id as string,
    name: name as string,
    nameEn: nameEn ?? (name as string),
    source: source as string,
    thresholds,
  };
  checkConsistency(profile, problems);
  if (problems.zh.length > 0) fail(options, problems.zh, problems.en);
  return profile;
}

/** What a single key cannot show: the parts must agree with each other. */
function checkConsistency(p: StandardsProfile, problems: Problems): void {
  if (p.schoolRule) {
    const without = p.indicators.filter((id) => p.thresholds[id] === undefined);
    if (without.length > 0) {
      problems.add(
        "schoolRule",
        fill(T.thresholdsMissing, {
          indicators: without
            .map((id) => fill(T.indicator, { id, name: INDICATORS[id].name }))
            .join("、"),
        }),
        `needs a threshold for every indicator; missing: ${without.join(", ")}`
      );
    }
  }
  const b = p.classSize.bands;
  if (!(b.large < b.veryLarge && b.veryLarge < b.superLarge)) {
    problems.add(
      "classSize.bands",
      fill(T.bandsOrder, { large: b.large, veryLarge: b.veryLarge, superLarge: b.superLarge }),
      "must satisfy large < veryLarge < superLarge"
    );
  }
  const r = p.specialRooms.reducedAreas;
  if (
    r &&
    (r.musicRoomMinArea > p.specialRooms.musicRoomMinArea ||
      r.artRoomMinArea > p.specialRooms.artRoomMinArea)
  ) {
    problems.add(
      "specialRooms.reducedAreas",
      fill(T.reducedTooLarge, {
        music: p.specialRooms.musicRoomMinArea,
        art: p.specialRooms.artRoomMinArea,
      }),
      "must not exceed the general room areas"
    );
  }
}

/** "100.0 MB", "1025 KB", "12 字节": a file size as a bureau reads it, never rounded down to the limit. */
function sizeText(bytes: number, en = false): string {
  if (bytes >= 10 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return en ? `${bytes} bytes` : fill(T.bytes, { n: bytes });
}

/**
 * Refuses a profile file larger than PROFILE_FILE_MAX_BYTES: hosts call it with
 * the file's size before reading it (the CLI with fstat, a page with File.size),
 * and parseProfileText calls it on the text, so the limit holds in every host.
 */
export function checkProfileFileSize(
  bytes: number,
  options: Pick<ProfileFileOptions, "sourceName">
): void {
  if (bytes <= PROFILE_FILE_MAX_BYTES) return;
  const where = options.sourceName ? fill(T.fileNamed, { name: options.sourceName }) : T.file;
  const whereEn = options.sourceName ? `profile file ${options.sourceName}` : "profile file";
  throw new EduError(
    "badProfile",
    fill(T.tooLarge, {
      file: where,
      size: sizeText(bytes),
      limit: PROFILE_FILE_MAX_BYTES / (1024 * 1024),
    }),
    `${whereEn} is too large (${sizeText(bytes, true)}; the limit is ${PROFILE_FILE_MAX_BYTES / (1024 * 1024)} MB): a profile is a few KB`
  );
}

/** A profile from the text of a profile file (JSON); refused unread when it is over PROFILE_FILE_MAX_BYTES. */
export function parseProfileText(text: string, options: ProfileFileOptions): StandardsProfile {
  // UTF-8 takes at least one byte per UTF-16 unit, so more units than the limit is more bytes;
  // otherwise count the bytes exactly (up to 3 per unit for Chinese).
  checkProfileFileSize(
    text.length > PROFILE_FILE_MAX_BYTES ? text.length : utf8Length(text),
    options
  );
  let raw: unknown;
  try {
    // A UTF-8 byte-order mark (Windows Notepad writes one) is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(
      options,
      [fill(T.notJson, { error: e instanceof Error ? e.message : String(e) })],
      [`is not valid JSON (${e instanceof Error ? e.message : String(e)})`]
    );
  }
  return parseProfile(raw, options);
}

/** Bytes of a string in UTF-8, without encoding it (the core has no Buffer). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
