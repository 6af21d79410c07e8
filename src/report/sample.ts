/**
 * The 复核抽样 sheet (issue 5 §4): the schools a 市复核 team visits, drawn by
 * src/core/planning/sampling.ts, as a report sheet either host writes. It says
 * how the list was drawn (seed, share, strata) so that anyone with the same
 * workbook and seed can draw it again, and leaves a column for the visit's findings.
 */
import {
  type Evaluation,
  INDICATORS,
  LOCALE_NAMES,
  type ReviewSample,
  SAMPLE_REASON_NAMES,
  type SampledSchool,
  type SampleReason,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
  type StandardsProfile,
} from "../core";
import { fill, ZH } from "../i18n";
import { incompleteNotice } from "./context";
import type { CellStyle, ReportSheet } from "./model";
import { cell, SheetBuilder } from "./sheet";

/** Stable id and name of the sheet, like the other report sheets'. */
export const SAMPLE_SHEET_ID = "reviewSample";
const T = ZH.tools.sample;

export const SAMPLE_SHEET_NAME = T.sheet;
export const SAMPLE_SHEET_TITLE = T.title;

export interface SampleSheetOptions {
  sourceName?: string;
  date?: string;
}

const HEADER = [...T.header];
const WIDTHS = [6, 30, 12, 10, 16, 16, 10, 18, 36, 30];

const REASON_STYLE: Readonly<Record<SampleReason, CellStyle>> = {
  failing: "fail",
  borderline: "borderline",
  random: "text",
};

/** 0.4 → "40%", 0.375 → "37.5%". */
export function shareText(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** "按“7 项中至少 6 项达标”规则达标", from the profile's school rule. */
export function schoolRuleAllowanceText(profile: StandardsProfile): string {
  const rule = profile.schoolRule;
  return rule
    ? fill(T.ruleAllowance, { n: profile.indicators.length, min: rule.minMet })
    : T.ruleAllowanceGeneric;
}

/**
 * The reviewer's note on a school that passes only by the school rule's
 * allowance: "按“7 项中至少 6 项达标”规则达标：小学 6 项达标，生均体育运动场馆面积未达标
 * （不低于标准的 85%）"; "" for every other school. Not a reason it was drawn.
 */
export function passWithShortfallNote(s: SampledSchool, profile: StandardsProfile): string {
  if (s.passesWithShortfall.length === 0) return "";
  const stages = s.passesWithShortfall.map((p) =>
    fill(T.shortfallStage, {
      stage: STAGE_NAMES[p.stage],
      met: p.metCount,
      indicators: p.indicators.map((i) => INDICATORS[i].name).join("、"),
    })
  );
  const floor = profile.schoolRule
    ? fill(T.floor, { share: shareText(profile.schoolRule.floor) })
    : "";
  return `${schoolRuleAllowanceText(profile)}：${stages.join("；")}${floor}`;
}

/** The sample as a sheet: title, how it was drawn, the strata, then the list. */
export function buildSampleSheet(
  ev: Evaluation,
  sample: ReviewSample,
  options: SampleSheetOptions = {}
): ReportSheet {
  const { assessment: a, profile } = ev;
  const b = new SheetBuilder(WIDTHS);
  const subtitle = [fill(T.profile, { profile: a.profileName || profile.name })];
  if (options.sourceName) subtitle.push(fill(T.source, { source: options.sourceName }));
  if (options.date) subtitle.push(fill(T.date, { date: options.date }));
  const count = (reason: SampleReason): number =>
    sample.schools.filter((s) => s.reason === reason).length;
  const noted = sample.schools.filter((s) => s.passesWithShortfall.length > 0).length;

  b.wide(SAMPLE_SHEET_TITLE, "title");
  b.wide(subtitle.join("　"), "subtitle");
  const notice = incompleteNotice(ev);
  if (notice) b.wide(fill(T.incomplete, { notice }), "fail");
  b.wide(
    fill(T.how, {
      seed: sample.seed,
      share: shareText(sample.share),
      total: sample.totalSchools,
      required: sample.required,
      drawn: sample.schools.length,
      failing: SAMPLE_REASON_NAMES.failing,
      failingCount: count("failing"),
      borderline: SAMPLE_REASON_NAMES.borderline,
      borderlineCount: count("borderline"),
      random: SAMPLE_REASON_NAMES.random,
      randomCount: count("random"),
    }) + (noted > 0 ? fill(T.noted, { n: noted, rule: schoolRuleAllowanceText(profile) }) : ""),
    "subtitle"
  );
  b.header(HEADER);
  b.freeze();

  const strata = new Map(sample.strata.map((s) => [s.key, s.label]));
  sample.schools.forEach((s, i) => {
    b.row([
      cell(i + 1),
      cell(s.name),
      cell(s.stages.map((st) => STAGE_NAMES[st]).join("、")),
      cell(s.locale ? LOCALE_NAMES[s.locale] : "—"),
      cell(SCHOOL_TYPE_NAMES[s.type] ?? String(s.type)),
      cell(s.group || "—"),
      cell(SAMPLE_REASON_NAMES[s.reason], REASON_STYLE[s.reason]),
      cell(strata.get(s.stratum) ?? s.stratum),
      cell(passWithShortfallNote(s, profile)),
      cell(""),
    ]);
  });
  if (sample.schools.length === 0) b.wide(T.none, "text");

  b.blank();
  b.wide(
    fill(T.strataNote, {
      share: shareText(sample.share),
      rule: schoolRuleAllowanceText(profile),
    }),
    "total"
  );
  b.header([...T.strataHeader]);
  for (const st of sample.strata)
    b.row([
      cell(st.label),
      cell(st.schools),
      cell(st.allocated),
      cell(st.mandatory),
      cell(st.sampled),
    ]);
  b.blank();
  b.wide(fill(T.reproducible, { seed: sample.seed }), "subtitle");

  return b.build(SAMPLE_SHEET_ID, SAMPLE_SHEET_NAME);
}
