/**
 * 复核 sampling: the schools a 市复核 team visits. The procedure of
 * standards.md §1 checks "at least 40% of the county's schools" on site.
 *
 * Choices, so that a county and its city get the same list from the same file:
 * - What is counted: distinct schools (a 九年一贯制 school is one visit), among
 *   the schools that count in 资源配置 (§1.1 "Which schools count"); each is
 *   listed with its stages. At least ceil(share × schools) are drawn.
 * - Strata: a school's stages (小学 / 初中 / 小学+初中 for 一贯制 and other
 *   schools counted in both) × its 城乡类别 (城区 / 镇区 / 乡村 / blank).
 *   The required number is allocated to strata in proportion to their schools
 *   (largest remainders), every non-empty stratum gets at least one.
 * - Always drawn: every school that fails in any stage (未达标), and every
 *   school the assessment marks borderline (临界: rounding the values to the
 *   form's decimals would flip its verdict or one of its indicators), the one
 *   meaning of 临界 that `assess`, its JSON and the 申报表 use. They fill their
 *   stratum's allocation first; a stratum with more of them than its allocation
 *   takes them all, so the sample can exceed the minimum.
 * - Not a reason to draw: passing only by the school rule's allowance (6 of the
 *   7 indicators met, the other ≥ 85% of its threshold). Such a school is drawn
 *   at random like any other and, when drawn, carries a note for the reviewer
 *   (passesWithShortfall). Counting them as 临界 filled every stratum of
 *   counties where most schools pass that way: no school was left to chance and
 *   every seed gave the same list.
 * - How far the share holds: the whole sample has at least ceil(share ×
 *   schools); a stratum gets its proportional part of that number, rounded down
 *   or up (largest remainders), at least 1, so a stratum can fall below the
 *   share by less than one school (2 of 6 while the county as a whole has 40%).
 * - The rest of each stratum's allocation is drawn at random (随机抽取) with a
 *   seeded generator (mulberry32), per stratum from seed and stratum, over the
 *   schools sorted by name: the same seed and the same data give the same
 *   list, whatever the file's row order.
 */
import { EN_US, fill, ZH } from "../../i18n";
import { seededRandom } from "../random";
import { EduError } from "../errors";
import type {
  Assessment,
  IndicatorId,
  Locale,
  SchoolStageAssessment,
  SchoolType,
  SourceRef,
  Stage,
} from "../types";
import { STAGES } from "../types";
import { LOCALE_NAMES, STAGE_NAMES } from "../vocabulary";

export type SampleReason = "failing" | "borderline" | "random";

export const SAMPLE_REASON_NAMES: Readonly<Record<SampleReason, string>> = {
  failing: ZH.core.sampling.reasons.failing,
  borderline: ZH.core.sampling.reasons.borderline,
  random: ZH.core.sampling.reasons.random,
};

export const DEFAULT_SAMPLE_SHARE = 0.4;
export const MAX_SEED = 0xffffffff;

export interface SampledSchool {
  name: string;
  type: SchoolType;
  locale?: Locale;
  group?: string;
  /** The stages the school counts in (its parts in the assessment). */
  stages: Stage[];
  reason: SampleReason;
  /**
   * The stages in which it passes only by the school rule's allowance (6 of 7
   * indicators met, the other ≥ 85% of its threshold), with those indicators and
   * how many were met: a note for the reviewer, not a reason it was drawn. Empty
   * for every other school.
   */
  passesWithShortfall: PassWithShortfall[];
  /** Key of its stratum (see SampleStratum.key). */
  stratum: string;
  source?: SourceRef;
}

/** One stage of a school that passes while an indicator is below its threshold. */
export interface PassWithShortfall {
  stage: Stage;
  /** The indicators below their threshold (each ≥ the rule's floor, or the school would fail). */
  indicators: IndicatorId[];
  /** Indicators met (6 under the national rule). */
  metCount: number;
}

export interface SampleStratum {
  /** e.g. "primary+junior|rural" or "junior|-". */
  key: string;
  stages: Stage[];
  locale: Locale | null;
  /** e.g. "小学+初中·乡村". */
  label: string;
  schools: number;
  /** Its proportional share of the required number (at least 1). */
  allocated: number;
  /** Failing and borderline (rounding) schools in it (all drawn). */
  mandatory: number;
  sampled: number;
}

export interface ReviewSample {
  seed: number;
  share: number;
  /** Distinct schools that count in 资源配置. */
  totalSchools: number;
  /** ceil(share × totalSchools). */
  required: number;
  /** In the assessment's order (小学 list, then 初中-only schools). */
  schools: SampledSchool[];
  strata: SampleStratum[];
}

export { seededRandom } from "../random";

/**
 * A stratum's own seed, so strata draw independently of each other: FNV-1a over
 * "seed|stratum", then murmur3's finaliser so that neighbouring seeds spread.
 */
function mix(seed: number, text: string): number {
  let h = 0x811c9dc5;
  const s = `${seed}|${text}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether a seed is what the CLI accepts: an integer 0 … 4294967295. */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** Whether a share is in (0, 1]. */
export function isValidShare(share: number): boolean {
  return Number.isFinite(share) && share > 0 && share <= 1;
}

interface Candidate {
  key: string;
  name: string;
  type: SchoolType;
  locale?: Locale;
  group?: string;
  source?: SourceRef;
  parts: { stage: Stage; assessed: SchoolStageAssessment }[];
  order: number;
}

function schoolKey(s: SchoolStageAssessment): string {
  return s.source ? `${s.source.sheet}\u0000${s.source.row}` : `${s.name}\u0000${s.type}`;
}

function reasonOf(c: Candidate): SampleReason {
  // passes is null under a profile without a school rule (2012): no school fails, the sample is drawn at random.
  if (c.parts.some((p) => p.assessed.passes === false)) return "failing";
  // 临界 as the assessment says it: rounding would flip a verdict or an indicator (one meaning everywhere).
  if (c.parts.some((p) => p.assessed.borderline)) return "borderline";
  return "random";
}

/** The stages the school passes only by the school rule's allowance: the reviewer's note. */
function passesWithShortfall(c: Candidate): PassWithShortfall[] {
  return c.parts
    .filter((p) => p.assessed.passes === true && p.assessed.shortfalls.length > 0)
    .map((p) => ({
      stage: p.stage,
      indicators: p.assessed.shortfalls.map((f) => f.indicator),
      metCount: p.assessed.metCount ?? 0,
    }));
}

function stratumOf(c: Candidate): {
  key: string;
  stages: Stage[];
  locale: Locale | null;
  label: string;
} {
  const stages = STAGES.filter((st) => c.parts.some((p) => p.stage === st));
  const locale = c.locale ?? null;
  return {
    key: `${stages.join("+")}|${locale ?? "-"}`,
    stages,
    locale,
    label: `${stages.map((st) => STAGE_NAMES[st]).join("+")}·${locale === null ? ZH.core.sampling.noLocale : LOCALE_NAMES[locale]}`,
  };
}

const LOCALE_ORDER: readonly Locale[] = ["urban", "town", "rural"];

function byName(x: Candidate, y: Candidate): number {
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.order - y.order;
}

/**
 * Draws the 复核 sample from an assessment. Throws an EduError for a seed that
 * is not an integer 0…4294967295 or a share outside (0, 1].
 */
export function drawReviewSample(
  a: Assessment,
  options: { seed: number; share?: number }
): ReviewSample {
  const { seed } = options;
  const share = options.share ?? DEFAULT_SAMPLE_SHARE;
  if (!isValidSeed(seed)) {
    throw new EduError(
      "badSeed",
      fill(ZH.core.sampling.badSeed, { max: MAX_SEED, seed }),
      fill(EN_US.core.sampling.badSeed, { max: MAX_SEED, seed })
    );
  }
  if (!isValidShare(share)) {
    throw new EduError(
      "badShare",
      fill(ZH.core.sampling.badShare, { share }),
      fill(EN_US.core.sampling.badShare, { share })
    );
  }

  const candidates = new Map<string, Candidate>();
  for (const stage of STAGES) {
    for (const s of a.stages[stage].schools) {
      const key = schoolKey(s);
      let c = candidates.get(key);
      if (!c) {
        c = {
          key,
          name: s.name,
          type: s.type,
          locale: s.locale,
          group: s.group,
          source: s.source,
          parts: [],
          order: candidates.size,
        };
        candidates.set(key, c);
      }
      c.parts.push({ stage, assessed: s });
    }
  }
  const all = [...candidates.values()];
  const total = all.length;
  // ceil without float noise: share × total is exact for the shares people type only up to rounding.
  const required = total === 0 ? 0 : Math.min(total, Math.ceil(share * total - 1e-9));

  const strata = new Map<string, { info: ReturnType<typeof stratumOf>; members: Candidate[] }>();
  for (const c of all) {
    const info = stratumOf(c);
    const s = strata.get(info.key);
    if (s) s.members.push(c);
    else strata.set(info.key, { info, members: [c] });
  }
  // 小学, 小学+初中, 初中; within each 城区, 镇区, 乡村, blank: the order people read a county in.
  const rank = (k: string): number => {
    const { stages, locale } = strata.get(k)!.info;
    const stageRank = stages.length === 2 ? 1 : stages[0] === "primary" ? 0 : 2;
    return stageRank * 10 + (locale === null ? 9 : LOCALE_ORDER.indexOf(locale));
  };
  const keys = [...strata.keys()].sort((x, y) => rank(x) - rank(y));

  // Largest-remainder allocation of `required` in proportion to stratum size, in integers.
  const allocation = new Map<string, number>();
  let given = 0;
  for (const k of keys) {
    const n = strata.get(k)!.members.length;
    const a0 = Math.floor((required * n) / total);
    allocation.set(k, a0);
    given += a0;
  }
  const byRemainder = keys.slice().sort((x, y) => {
    const nx = strata.get(x)!.members.length;
    const ny = strata.get(y)!.members.length;
    const rx = (required * nx) % total;
    const ry = (required * ny) % total;
    return ry - rx || ny - nx || (x < y ? -1 : 1);
  });
  for (let i = 0; given < required; i++, given++) {
    const k = byRemainder[i % byRemainder.length];
    allocation.set(k, (allocation.get(k) as number) + 1);
  }

  const drawn = new Map<Candidate, SampleReason>();
  const strataOut: SampleStratum[] = [];
  for (const k of keys) {
    const { info, members } = strata.get(k)!;
    const mandatory = members.filter((c) => reasonOf(c) !== "random");
    const allocated = Math.max(1, allocation.get(k) as number);
    for (const c of mandatory) drawn.set(c, reasonOf(c));
    const rest = members.filter((c) => reasonOf(c) === "random").sort(byName);
    const random = seededRandom(mix(seed, k));
    // Fisher–Yates on the name-sorted list; the first ones are drawn.
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rest[i], rest[j]] = [rest[j], rest[i]];
    }
    const extra = Math.max(0, Math.min(rest.length, allocated - mandatory.length));
    for (const c of rest.slice(0, extra)) drawn.set(c, "random");
    strataOut.push({
      key: k,
      stages: info.stages,
      locale: info.locale,
      label: info.label,
      schools: members.length,
      allocated,
      mandatory: mandatory.length,
      sampled: mandatory.length + extra,
    });
  }

  const schools: SampledSchool[] = all
    .filter((c) => drawn.has(c))
    .map((c) => ({
      name: c.name,
      type: c.type,
      locale: c.locale,
      group: c.group,
      stages: c.parts.map((p) => p.stage),
      reason: drawn.get(c) as SampleReason,
      passesWithShortfall: passesWithShortfall(c),
      stratum: stratumOf(c).key,
      source: c.source,
    }));
  return { seed, share, totalSchools: total, required, schools, strata: strataOut };
}
