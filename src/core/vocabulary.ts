import type { SponsorCode, Locale, Ownership, SchoolType, Stage } from "./types";

/** What a type is called in Chinese, as the template writes it. */
export const SCHOOL_TYPE_NAMES: Readonly<Record<SchoolType, string>> = {
  primary: "小学",
  junior: "初中",
  nineYear: "九年一贯制学校",
  complete: "完全中学",
  twelveYear: "十二年一贯制学校",
  teachingPoint: "教学点",
  special: "特殊教育学校",
  vocational: "职业学校",
};

export const STAGE_NAMES: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  urban: "城区",
  town: "镇区",
  rural: "乡村",
};
export const OWNERSHIP_NAMES: Readonly<Record<Ownership, string>> = {
  public: "公办",
  private: "民办",
};

/** Which stages each type of school teaches (高中 is not a compulsory stage). */
export const STAGES_OF_TYPE: Readonly<
  Record<SchoolType, { primary: boolean; junior: boolean; senior: boolean }>
> = {
  primary: { primary: true, junior: false, senior: false },
  junior: { primary: false, junior: true, senior: false },
  nineYear: { primary: true, junior: true, senior: false },
  complete: { primary: false, junior: true, senior: true },
  twelveYear: { primary: true, junior: true, senior: true },
  teachingPoint: { primary: true, junior: false, senior: false },
  special: { primary: true, junior: true, senior: false },
  vocational: { primary: false, junior: false, senior: true },
};

/**
 * Whether a type of school's size is judged (§1.4 item 4): it teaches a compulsory stage and is
 * not a 特殊教育学校. The assessment and the formula template's size checks both ask this.
 */
export function sizeIsJudged(type: SchoolType): boolean {
  const has = STAGES_OF_TYPE[type];
  return has !== undefined && type !== "special" && (has.primary || has.junior);
}

function clean(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** The English ids, as written in lower case without spaces. */
const EXACT_SCHOOL_TYPES: ReadonlyMap<string, SchoolType> = new Map(
  (Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[]).map((t) => [t.toLowerCase(), t])
);

/**
 * 学校类型 from the wording people use: full names, the usual short forms
 * (九年制, 一贯制, 完中, 特教 …) and the English ids.
 */
export function parseSchoolType(text: unknown): SchoolType | undefined {
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (t === "") return undefined;
  // A Map, not an object literal: "constructor" or "__proto__" must not find Object.prototype's members.
  const exact = EXACT_SCHOOL_TYPES.get(t);
  if (exact !== undefined) return exact;
  if (t.includes("十二年")) return "twelveYear";
  if (t.includes("九年") || t.includes("一贯制") || t.includes("一贯")) return "nineYear";
  if (t.includes("完全中学") || t.includes("完中")) return "complete";
  if (
    t.includes("特殊教育") ||
    t.includes("特教") ||
    t.includes("培智") ||
    t.includes("聋") ||
    t.includes("盲校")
  )
    return "special";
  if (t.includes("职业") || t.includes("职高") || t.includes("中职")) return "vocational";
  if (t.includes("教学点")) return "teachingPoint";
  if (t.includes("小学")) return "primary";
  if (t.includes("初中") || t.includes("初级中学") || t === "中学") return "junior";
  return undefined;
}

/** Every word read as a 学段 (after NFKC, spaces removed, lower case). */
export const STAGE_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  primary: ["小学", "primary", "小学部"],
  junior: ["初中", "junior", "初中部", "初级中学"],
};

/** 学段: 小学/初中 or primary/junior. */
export function parseStage(text: unknown): Stage | undefined {
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (STAGE_WORDS.primary.includes(t)) return "primary";
  if (STAGE_WORDS.junior.includes(t)) return "junior";
  return undefined;
}

/**
 * 统计用城乡分类 (application-form.md §4): the names and codes statistics
 * exports use, and the three categories they fall in (11x 城区, 12x 镇区, 2xx 乡村).
 */
const OFFICIAL_LOCALES: ReadonlyMap<string, Locale> = new Map(
  Object.entries({
    主城区: "urban",
    城乡结合区: "urban",
    镇中心区: "town",
    镇乡结合区: "town",
    特殊区域: "town",
    乡中心区: "rural",
    村庄: "rural",
    "111": "urban",
    "112": "urban",
    "121": "town",
    "122": "town",
    "123": "town",
    "210": "rural",
    "220": "rural",
  } as const satisfies Record<string, Locale>)
);

export function parseLocale(text: unknown): Locale | undefined {
  if (typeof text === "number") text = String(text);
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (t === "") return undefined;
  const exact = OFFICIAL_LOCALES.get(t);
  if (exact) return exact;
  // "111主城区", "主城区（111）": the code decides.
  const code = /(?:^|\D)(111|112|121|122|123|210|220)(?:\D|$)/.exec(t);
  if (code) return OFFICIAL_LOCALES.get(code[1]);
  for (const [name, locale] of OFFICIAL_LOCALES)
    if (!/^\d/.test(name) && t.includes(name)) return locale;
  if (t.startsWith("城") || t === "urban") return "urban";
  if (t.startsWith("镇") || t === "town") return "town";
  if (t.startsWith("乡") || t.startsWith("农村") || t.startsWith("村") || t === "rural")
    return "rural";
  return undefined;
}

export function parseOwnership(text: unknown): Ownership | undefined {
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (t === "") return undefined;
  if (t.includes("民办") || t === "private") return "private";
  if (t.includes("公办") || t === "public") return "public";
  return undefined;
}

/** English names, for the second locale. */
export const SCHOOL_TYPE_NAMES_EN: Readonly<Record<SchoolType, string>> = {
  primary: "primary school",
  junior: "junior secondary school",
  nineYear: "nine-year school",
  complete: "complete secondary school",
  twelveYear: "twelve-year school",
  teachingPoint: "teaching point",
  special: "special education school",
  vocational: "vocational school",
};

export const STAGE_NAMES_EN: Readonly<Record<Stage, string>> = {
  primary: "Primary",
  junior: "Junior",
};
/** The form's 举办者类型 codes and names (表Ⅱ-2 注 2). */
export const SPONSOR_NAMES: Readonly<Record<SponsorCode, string>> = {
  1: "中央教育部门",
  2: "中央其他部门",
  3: "省级教育部门",
  4: "省级其他部门",
  5: "地级教育部门",
  6: "地级其他部门",
  7: "县级教育部门",
  8: "县级其他部门",
  9: "地方企业",
  10: "民办",
};

/** 举办者类型 as a code (7, "7", "07") or a name (县级教育部门, 县教育局, 民办 …). */
export function parseSponsor(value: unknown): SponsorCode | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 1 && value <= 10
      ? (value as SponsorCode)
      : undefined;
  if (typeof value !== "string") return undefined;
  const t = clean(value);
  if (t === "") return undefined;
  if (/^\d{1,2}$/.test(t)) return parseSponsor(Number(t));
  if (t.includes("民办") || t.includes("私立")) return 10;
  if (t.includes("企业")) return 9;
  const level = t.startsWith("中央")
    ? 1
    : t.startsWith("省")
      ? 3
      : /^(地级|地市|市级|市)/.test(t)
        ? 5
        : /^(县|区|县级|区级|县区)/.test(t)
          ? 7
          : undefined;
  if (level === undefined) return undefined;
  const education = t.includes("教育");
  const other = t.includes("其他");
  if (!education && !other) return undefined;
  return (other ? level + 1 : level) as SponsorCode;
}

/** Words that name a stage in a 表Ⅱ-2's titles and stage rows (the re-check's reader). */
export const STAGE_TITLE_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  primary: ["小学"],
  junior: ["初中", "初级中学"],
};

/**
 * Words a school's name may gain or lose when it is renamed, for the year-over-year
 * comparison's possible renames (compare/compare.ts, similarNames): the kind of school at the
 * end of the name (longest first: only the longest that ends the name is dropped), the
 * ordinal 第, and the digits written as Chinese numerals (城关1小 = 城关一小).
 */
export const SCHOOL_NAME_KIND_WORDS: readonly string[] = [
  "十二年一贯制学校",
  "九年一贯制学校",
  "初级中学",
  "完全中学",
  "小学",
  "中学",
  "学校",
  "初中",
  "完小",
  "小",
  "中",
  "校",
];
export const SCHOOL_NAME_ORDINAL = "第";
export const CHINESE_DIGITS = "〇一二三四五六七八九";
