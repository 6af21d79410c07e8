import type { Locale, Ownership, SchoolType, Stage } from "./types";

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

/** 学段: 小学/初中 or primary/junior. */
export function parseStage(text: unknown): Stage | undefined {
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (t === "小学" || t === "primary" || t === "小学部") return "primary";
  if (t === "初中" || t === "junior" || t === "初中部" || t === "初级中学") return "junior";
  return undefined;
}

export function parseLocale(text: unknown): Locale | undefined {
  if (typeof text !== "string") return undefined;
  const t = clean(text);
  if (t === "") return undefined;
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
