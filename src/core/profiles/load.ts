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
const classSize = (what: string): Spec => count(what, 10, 100, "人");
/** Students in a school (national 2000 / 2500; the 认定规程's 2400 / 3000). */
const schoolSize = (what: string): Spec => count(what, 100, 10000, "人");
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
  return num(`${INDICATORS[ind].name}的标准值`, min, max, { unit: INDICATORS[ind].unit });
}

const SCHOOL_TYPES = Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[];

// Rates the policy sets near 100% (培训完成率 100%, 巩固率 95%, 认可度 85% …) within 50%–100%;
// the small ones (轮岗 10%, 骨干 20%, 培训经费 5%, 差异率 0.15) from 1%.
const COUNTY_SPEC: Readonly<Record<keyof CountyStandards, Spec>> = {
  smallSchoolFundingStudents: count("小规模学校按多少名学生核定公用经费", 10, 1000, "人"),
  specialSchoolFundingPerStudent: num("特殊教育学校生均公用经费", 1000, 100000, { unit: "元" }),
  teacherPayRatio: num("教师平均工资不低于公务员的倍数", 0.5, 3),
  trainingCompletion: share("教师 5 年 360 学时培训完成率", 0.5),
  teacherRotationShare: share("交流轮岗教师占符合条件教师的比例", 0.01),
  backboneRotationShare: share("骨干教师占交流轮岗教师的比例", 0.01),
  certifiedTeacherShare: share("专任教师持有教师资格证的比例", 0.5),
  nearbyEnrolment: perStage("就近划片入学比例", share("就近划片入学比例", 0.5)),
  highSchoolQuotaShare: share("优质高中招生名额分配比例", 0.1),
  migrantChildrenPublicShare: share("随迁子女在公办学校或政府购买学位就读的比例", 0.5),
  consolidationRate: share("初中三年巩固率", 0.5),
  disabledEnrolmentRate: share("残疾儿童少年入学率", 0.5),
  trainingSpendingShare: share("教师培训经费占公用经费的比例", 0.01, 0.5),
  monitoringMinLevel: count("质量监测学业水平等级（3 即Ⅲ级）", 1, 4),
  monitoringDifferenceRateBelow: share("质量监测校际差异率上限", 0.01),
  recognitionRate: share("社会认可度", 0.5),
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
        // National 0.50 / 0.45 (2017), composite 0.65 / 0.55 (2012).
        limits: perStage("差异系数上限", num("差异系数上限", 0.05, 1)),
      },
    },
    schoolRule: {
      kind: "object",
      what: "学校达标规则",
      fields: {
        minMet: count("至少达标的指标项数", 1, indicatorCount),
        floor: share("其余指标不低于标准的比例", 0.5),
      },
    },
    classSize: {
      kind: "object",
      what: "班额",
      fields: {
        limits: perStage("班额上限", classSize("班额上限")),
        bands: {
          kind: "object",
          what: "班额分档",
          fields: {
            large: classSize("“偏大”班额的下限"),
            veryLarge: classSize("“大班额”的下限"),
            superLarge: classSize("“超大班额”的下限"),
          },
        },
      },
    },
    schoolSize: {
      kind: "object",
      what: "学校规模",
      fields: {
        default: schoolSize("学校规模上限"),
        byType: {
          kind: "object",
          what: "按学校类型的规模上限（人）",
          fields: Object.fromEntries(
            SCHOOL_TYPES.map((t) => [t, schoolSize(`${SCHOOL_TYPE_NAMES[t]}规模上限`)])
          ),
        },
      },
    },
    specialRooms: {
      kind: "object",
      what: "音乐、美术专用教室",
      fields: {
        // National 12.
        classesPerRoom: count("每多少个班配 1 间专用教室", 4, 48, "个班"),
        musicRoomMinArea: area("音乐专用教室面积下限"),
        artRoomMinArea: area("美术专用教室面积下限"),
        reducedAreas: {
          kind: "object",
          what: "老校、农村小规模学校允许的较小面积",
          complete: true,
          fields: {
            musicRoomMinArea: area("音乐专用教室面积下限"),
            artRoomMinArea: area("美术专用教室面积下限"),
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
        // National 50; 0 counts every 教学点.
        teachingPointMinStudents: count("教学点纳入评估的最少学生数", 0, 1000, "人"),
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

const ROOM_AREAS: Readonly<Record<string, Spec>> = {
  musicRoomMinArea: area("音乐专用教室面积下限"),
  artRoomMinArea: area("美术专用教室面积下限"),
};
const YEAR = count("建成年份（含当年）", 1949, 2100);

/** Each allowance's values, key by key (the 认定规程's numbers are the defaults). */
const ALLOWANCE_SPEC: Readonly<Record<keyof Allowances, Spec>> = {
  sharedPeArtTeachers: {
    kind: "object",
    what: "交流轮岗、兼职、走教的体育艺术教师计入的学校学生数范围",
    fields: {
      minStudents: count("最少学生数", 0, 1000, "人"),
      maxStudents: count("最多学生数", 0, 1000, "人"),
    },
  },
  leasedSportsArea: {
    kind: "object",
    what: "中心城区学校计入校外租赁及楼顶、地下运动场地",
    fields: { centralUrbanOnly: { kind: "boolean", what: "仅中心城区学校（须为 true）" } },
  },
  olderSchoolRooms: {
    kind: "object",
    what: "老校专用教室面积",
    fields: { builtBy: YEAR, ...ROOM_AREAS },
  },
  smallRuralRooms: {
    kind: "object",
    what: "农村小规模学校专用教室面积",
    fields: {
      largestClassBelow: count("最大班额须小于", 5, 100, "人"),
      primary: { kind: "object", what: "小学专用教室面积", fields: ROOM_AREAS },
      junior: { kind: "object", what: "初中专用教室面积", fields: ROOM_AREAS },
    },
  },
  schoolSize: {
    kind: "object",
    what: "老校和随迁子女较多学校的规模上限",
    fields: {
      builtBy: YEAR,
      migrantShareAbove: share("随迁子女占在校生的比例须超过", 0.1),
      default: schoolSize("学校规模上限"),
      byType: {
        kind: "object",
        what: "按学校类型的规模上限（人）",
        fields: Object.fromEntries(
          SCHOOL_TYPES.map((t) => [t, schoolSize(`${SCHOOL_TYPE_NAMES[t]}规模上限`)])
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
      `（认定规程放宽条款）应为 true、false 或对象，如 {"schoolSize": true, "leasedSportsArea": false}，现为 ${describe(value)}`,
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
        `不是可用的键；「allowances」中可用的键：${parts.join("、")}`,
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
        `应为 true、false 或对象，现为 ${describe(v)}`,
        "must be true, false or an object"
      );
  }
  const a = out as Allowances;
  if (a.leasedSportsArea && a.leasedSportsArea.centralUrbanOnly !== true)
    problems.add(
      "allowances.leasedSportsArea.centralUrbanOnly",
      "应为 true（认定规程只允许中心城区学校计入）",
      "must be true (the rules allow it for central-city schools only)"
    );
  const r = a.sharedPeArtTeachers;
  if (r && r.minStudents > r.maxStudents)
    problems.add(
      "allowances.sharedPeArtTeachers",
      `的 minStudents（${r.minStudents}）应不大于 maxStudents（${r.maxStudents}）`,
      "minStudents must not exceed maxStudents"
    );
  return Object.keys(a).length > 0 ? a : undefined;
}

const IDENTITY_KEYS = ["id", "name", "nameEn", "source", "base", "thresholds"] as const;

function describe(value: unknown): string {
  if (value === null) return "null";
  // A message names what was found, never echoes a whole text back.
  if (typeof value === "string")
    return `"${value.length > 40 ? `${value.slice(0, 40)}…（共 ${value.length} 个字符）` : value}"`;
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
        zh: `（即 ${percentText(spec.min)} 到 ${percentText(spec.max)}，写成小数）`,
        en: ` (${percentText(spec.min)}–${percentText(spec.max)}, as a fraction)`,
      }
    : { zh: "", en: "" };
  return {
    zh: `${spec.min} 到 ${spec.max}${spec.unit ? ` ${spec.unit}` : " "}之间的${spec.integer ? "整数" : "数"}${percent.zh}`,
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
      zh: `（${spec.what}）应为 ${range.zh}，现为 ${shown}`,
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
      `应只含字母、数字、-、_、.，现为 ${describe(id)}`,
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
        `应为内置标准之一：${builtinIds.join("、")}，现为 ${describe(baseId)}`,
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
        const stageSpec = thresholdSpec(ind);
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

/** "100.0 MB", "1025 KB", "12 字节": a file size as a bureau reads it, never rounded down to the limit. */
function sizeText(bytes: number, en = false): string {
  if (bytes >= 10 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return en ? `${bytes} bytes` : `${bytes} 字节`;
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
  const where = options.sourceName ? `评估标准文件 ${options.sourceName} ` : "评估标准文件";
  const whereEn = options.sourceName ? `profile file ${options.sourceName}` : "profile file";
  throw new EduError(
    "badProfile",
    `${where}过大（${sizeText(bytes)}），上限为 ${PROFILE_FILE_MAX_BYTES / (1024 * 1024)} MB：评估标准文件通常只有几 KB，请确认选的是评估标准文件（.json）`,
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
      [`不是合法的 JSON（${e instanceof Error ? e.message : String(e)}）`],
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
