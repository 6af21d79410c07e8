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
 *     "county": { "recognitionRate": 0.9 }
 *   }
 *
 * Only id, name, source and base are required; everything else overrides the
 * base where given, key by key. Unknown keys are errors (a typo must not be
 * silently ignored), and so are numbers out of range.
 */
import { EduError } from "../errors";
import { INDICATORS } from "../indicators";
import { ownValue } from "../own";
import type { IndicatorId, SchoolType, Stage } from "../types";
import { SCHOOL_TYPE_NAMES } from "../vocabulary";
import type { CountyStandards, StandardsProfile } from "./profile";

/** A rule for one key of the file. */
type Spec =
  | {
      kind: "number";
      min: number;
      max: number;
      minExclusive?: boolean;
      integer?: boolean;
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
  extra: { minExclusive?: boolean; integer?: boolean } = {}
): Spec => ({ kind: "number", what, min, max, ...extra });
const share = (what: string): Spec => num(what, 0, 1, { minExclusive: true });
const positive = (what: string, max: number): Spec => num(what, 0, max, { minExclusive: true });
const count = (what: string, min: number, max: number): Spec =>
  num(what, min, max, { integer: true });
const perStage = (what: string, stage: Spec, complete = false): Spec => ({
  kind: "object",
  what,
  fields: { primary: stage, junior: stage },
  complete,
});

const SCHOOL_TYPES = Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[];

const COUNTY_SPEC: Readonly<Record<keyof CountyStandards, Spec>> = {
  smallSchoolFundingStudents: count("小规模学校按多少名学生核定公用经费", 1, 10000),
  specialSchoolFundingPerStudent: positive("特殊教育学校生均公用经费（元）", 1e6),
  teacherPayRatio: positive("教师平均工资不低于公务员的倍数", 5),
  trainingCompletion: share("教师 5 年 360 学时培训完成率"),
  teacherRotationShare: share("交流轮岗教师占符合条件教师的比例"),
  backboneRotationShare: share("骨干教师占交流轮岗教师的比例"),
  certifiedTeacherShare: share("专任教师持有教师资格证的比例"),
  nearbyEnrolment: perStage("就近划片入学比例", share("就近划片入学比例")),
  highSchoolQuotaShare: share("优质高中招生名额分配比例"),
  migrantChildrenPublicShare: share("随迁子女在公办学校或政府购买学位就读的比例"),
  consolidationRate: share("初中三年巩固率"),
  disabledEnrolmentRate: share("残疾儿童少年入学率"),
  trainingSpendingShare: share("教师培训经费占公用经费的比例"),
  monitoringMinLevel: count("质量监测学业水平等级（3 即Ⅲ级）", 1, 4),
  monitoringDifferenceRateBelow: share("质量监测校际差异率上限"),
  recognitionRate: share("社会认可度"),
};

/** What the file may say, besides the identity keys and the indicators' thresholds. */
function overrideSpec(indicatorCount: number): Record<string, Spec> {
  return {
    countyRule: {
      kind: "object",
      what: "差异系数规则",
      fields: {
        kind: {
          kind: "choice",
          values: ["each", "composite"],
          what: "差异系数规则（each：每项指标分别判定；composite：综合差异系数）",
        },
        limits: perStage("差异系数上限", positive("差异系数上限", 2)),
      },
    },
    schoolRule: {
      kind: "object",
      what: "学校达标规则",
      fields: {
        minMet: count("至少达标的指标项数", 1, indicatorCount),
        floor: share("其余指标不低于标准的比例"),
      },
    },
    classSize: {
      kind: "object",
      what: "班额",
      fields: {
        limits: perStage("班额上限（人）", count("班额上限（人）", 1, 200)),
        bands: {
          kind: "object",
          what: "班额分档",
          fields: {
            large: count("“偏大”班额的下限（人）", 1, 200),
            veryLarge: count("“大班额”的下限（人）", 1, 200),
            superLarge: count("“超大班额”的下限（人）", 1, 200),
          },
        },
      },
    },
    schoolSize: {
      kind: "object",
      what: "学校规模",
      fields: {
        default: count("学校规模上限（人）", 1, 100000),
        byType: {
          kind: "object",
          what: "按学校类型的规模上限（人）",
          fields: Object.fromEntries(
            SCHOOL_TYPES.map((t) => [t, count(`${SCHOOL_TYPE_NAMES[t]}规模上限（人）`, 1, 100000)])
          ),
        },
      },
    },
    specialRooms: {
      kind: "object",
      what: "音乐、美术专用教室",
      fields: {
        classesPerRoom: count("每多少个班配 1 间专用教室", 1, 100),
        musicRoomMinArea: positive("音乐专用教室面积下限（㎡）", 1000),
        artRoomMinArea: positive("美术专用教室面积下限（㎡）", 1000),
        reducedAreas: {
          kind: "object",
          what: "老校、农村小规模学校允许的较小面积",
          complete: true,
          fields: {
            musicRoomMinArea: positive("音乐专用教室面积下限（㎡）", 1000),
            artRoomMinArea: positive("美术专用教室面积下限（㎡）", 1000),
            appliesTo: {
              kind: "string",
              what: "适用的学校（如“2017 年前建成的学校、农村小规模学校”）",
            },
          },
        },
      },
    },
    stageWeights: {
      kind: "object",
      what: "共用设施分摊时各学段学生的权重",
      fields: {
        // 0.1–10: a weight near 0 makes a stage's share of a facility vanish (1e-300 → indicators of 1e-299).
        primary: num("小学生权重", 0.1, 10),
        junior: num("初中生权重", 0.1, 10),
        senior: num("高中生权重", 0.1, 10),
      },
    },
    coverage: {
      kind: "object",
      what: "纳入资源配置评估的学校",
      fields: {
        excludedTypes: { kind: "list", values: SCHOOL_TYPES, what: "不纳入评估的学校类型" },
        teachingPointMinStudents: count("教学点纳入评估的最少学生数", 0, 10000),
        includePrivate: { kind: "boolean", what: "民办学校是否纳入" },
      },
    },
    display: {
      kind: "object",
      what: "显示的小数位数",
      fields: {
        valueDecimals: count("指标值小数位数", 0, 6),
        cvDecimals: count("差异系数小数位数", 0, 6),
      },
    },
    county: {
      kind: "object",
      what: "政府保障程度、教育质量、社会认可度的标准",
      fields: COUNTY_SPEC,
    },
  };
}

const IDENTITY_KEYS = ["id", "name", "nameEn", "source", "base", "thresholds"] as const;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return "数组";
  if (typeof value === "object") return "对象";
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

function numberProblem(
  spec: Extract<Spec, { kind: "number" }>,
  value: unknown
): { zh: string; en: string } | undefined {
  const range = `${spec.minExclusive ? "大于" : "不小于"} ${spec.min}、不大于 ${spec.max} 的${spec.integer ? "整数" : "数"}`;
  const rangeEn = `a${spec.integer ? "n integer" : " number"} ${spec.minExclusive ? "above" : "from"} ${spec.min} ${spec.minExclusive ? "and at most" : "to"} ${spec.max}`;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return {
      zh: `（${spec.what}）应为${range}，现为 ${describe(value)}`,
      en: `(${spec.what}) must be ${rangeEn}, not ${describe(value)}`,
    };
  }
  const low = spec.minExclusive ? value <= spec.min : value < spec.min;
  if (low || value > spec.max || (spec.integer === true && !Number.isInteger(value))) {
    return {
      zh: `（${spec.what}）应为${range}，现为 ${value}`,
      en: `(${spec.what}) must be ${rangeEn}, not ${value}`,
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
          `（${spec.what}）应为非空文字，现为 ${describe(value)}`,
          `(${spec.what}) must be non-empty text`
        );
      return typeof value === "string" ? value.trim() : value;
    case "boolean":
      if (typeof value !== "boolean")
        problems.add(
          key,
          `（${spec.what}）应为 true 或 false，现为 ${describe(value)}`,
          `(${spec.what}) must be true or false`
        );
      return value;
    case "choice":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        problems.add(
          key,
          `（${spec.what}）应为 ${spec.values.join(" 或 ")}，现为 ${describe(value)}`,
          `must be one of ${spec.values.join(", ")}`
        );
      }
      return value;
    case "list":
      if (!Array.isArray(value)) {
        problems.add(
          key,
          `（${spec.what}）应为数组，如 ["special", "vocational"]，现为 ${describe(value)}`,
          "must be an array"
        );
        return value;
      }
      value.forEach((v, i) => {
        if (typeof v !== "string" || !spec.values.includes(v)) {
          problems.add(
            `${key}[${i}]`,
            `应为以下之一：${spec.values.join("、")}，现为 ${describe(v)}`,
            `must be one of ${spec.values.join(", ")}`
          );
        }
      });
      return [...value];
    case "object": {
      if (!isObject(value)) {
        problems.add(
          key,
          `（${spec.what}）应为对象 {…}，现为 ${describe(value)}`,
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
            `不是可用的键；「${key}」中可用的键：${Object.keys(spec.fields).join("、")}`,
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
            `缺少 ${missing.map((k) => `「${k}」`).join("、")}（基础标准中没有这一部分，须写全）`,
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
  const where = options.sourceName ? `评估标准文件 ${options.sourceName} ` : "评估标准文件";
  const whereEn = options.sourceName ? `profile file ${options.sourceName}` : "profile file";
  throw new EduError(
    "badProfile",
    `${where}有误：${zh.join("；")}`,
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
    fail(options, [`应为一个 JSON 对象 {…}，现为 ${describe(raw)}`], ["must be a JSON object"]);
  const problems = new Problems();
  const builtinIds = Object.keys(options.builtins);

  const text = (key: string, what: string, required: boolean): string | undefined => {
    const v = raw[key];
    if (v === undefined) {
      if (required) problems.add(key, `缺少（${what}）`, `is missing (${what})`);
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") {
      problems.add(
        key,
        `（${what}）应为非空文字，现为 ${describe(v)}`,
        `(${what}) must be non-empty text`
      );
      return undefined;
    }
    return v.trim();
  };
  const id = text("id", "标准的编号，如 anhui-2018，用于 --profile 和输出", true);
  const name = text("name", "标准的中文名称，显示在每份输出上", true);
  const nameEn = text("nameEn", "英文名称", false);
  const source = text("source", "依据的政策文件：标题、文号，以及与国家标准不同之处", true);
  const baseId = text("base", `所依据的内置标准：${builtinIds.join("、")}`, true);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) {
    problems.add(
      "id",
      `应只含字母、数字、-、_、.，现为 "${id}"`,
      "may contain only letters, digits, -, _ and ."
    );
  } else if (id !== undefined && builtinIds.includes(id)) {
    problems.add(
      "id",
      `不能与内置标准同名（${id}），否则输出上无法区分`,
      `must differ from the built-in profile ${id}`
    );
  }
  let base: StandardsProfile | undefined;
  if (baseId !== undefined) {
    base = ownValue(options.builtins, baseId);
    if (!base)
      problems.add(
        "base",
        `应为内置标准之一：${builtinIds.join("、")}，现为 "${baseId}"`,
        `must be one of ${builtinIds.join(", ")}`
      );
  }
  if (!base) fail(options, problems.zh, problems.en);

  const spec = overrideSpec(base.indicators.length);
  const known = [...IDENTITY_KEYS, ...Object.keys(spec)];
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(raw)) {
    if ((IDENTITY_KEYS as readonly string[]).includes(k)) continue;
    const sub = ownValue(spec, k);
    if (!sub) {
      problems.add(
        k,
        `不是可用的键；可用的键：${known.join("、")}`,
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
        `应为对象，键为指标编号，如 {"qualifiedTeachersPer100": {"primary": 4.5}}，现为 ${describe(givenThresholds)}`,
        "must be an object keyed by indicator id"
      );
    } else {
      for (const [k, v] of Object.entries(givenThresholds)) {
        if (!(base.indicators as readonly string[]).includes(k)) {
          problems.add(
            `thresholds.${k}`,
            `不是「${base.id}」的指标；可用的指标：${base.indicators.map((i) => `${i}（${INDICATORS[i].name}）`).join("、")}`,
            `is not an indicator of ${base.id}; its indicators: ${base.indicators.join(", ")}`
          );
          continue;
        }
        const ind = k as IndicatorId;
        const stageSpec = positive(
          `${INDICATORS[ind].name}的标准值（${INDICATORS[ind].unit}）`,
          1e6
        );
        const whole = thresholds[ind] === undefined;
        const value = merge(
          perStage(`${INDICATORS[ind].name}的标准值`, stageSpec, whole),
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
        `要求每项指标都有标准值，但以下指标没有：${without.map((id) => `${id}（${INDICATORS[id].name}）`).join("、")}；请在「thresholds」中补上`,
        `needs a threshold for every indicator; missing: ${without.join(", ")}`
      );
    }
  }
  const b = p.classSize.bands;
  if (!(b.large < b.veryLarge && b.veryLarge < b.superLarge)) {
    problems.add(
      "classSize.bands",
      `应满足 large < veryLarge < superLarge，现为 ${b.large}、${b.veryLarge}、${b.superLarge}`,
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
      `的面积应不大于一般标准（音乐 ${p.specialRooms.musicRoomMinArea}㎡、美术 ${p.specialRooms.artRoomMinArea}㎡）`,
      "must not exceed the general room areas"
    );
  }
}

/** A profile from the text of a profile file (JSON). */
export function parseProfileText(text: string, options: ProfileFileOptions): StandardsProfile {
  let raw: unknown;
  try {
    // A UTF-8 byte-order mark (Windows Notepad writes one) is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(
      options,
      [`不是合法的 JSON（${e instanceof Error ? e.message : String(e)}）`],
      [`is not valid JSON (${e instanceof Error ? e.message : String(e)})`]
    );
  }
  return parseProfile(raw, options);
}
