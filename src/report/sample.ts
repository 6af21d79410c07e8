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
import { incompleteNotice } from "./context";
import type { CellStyle, ReportSheet } from "./model";
import { cell, SheetBuilder } from "./sheet";

/** Stable id and name of the sheet, like the other report sheets'. */
export const SAMPLE_SHEET_ID = "reviewSample";
export const SAMPLE_SHEET_NAME = "复核抽样";
export const SAMPLE_SHEET_TITLE = "县域义务教育优质均衡发展 市级复核实地核查抽样名单";

export interface SampleSheetOptions {
  sourceName?: string;
  date?: string;
}

const HEADER = [
  "序号",
  "学校名称",
  "学段",
  "城乡类别",
  "学校类型",
  "学区/集团",
  "抽取原因",
  "所在分层",
  "备注（提示核查）",
  "核查结果（现场填写）",
];
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
    ? `按“${profile.indicators.length} 项中至少 ${rule.minMet} 项达标”规则达标`
    : "按学校达标规则达标";
}

/**
 * The reviewer's note on a school that passes only by the school rule's
 * allowance: "按“7 项中至少 6 项达标”规则达标：小学 6 项达标，生均体育运动场馆面积未达标
 * （不低于标准的 85%）"; "" for every other school. Not a reason it was drawn.
 */
export function passWithShortfallNote(s: SampledSchool, profile: StandardsProfile): string {
  if (s.passesWithShortfall.length === 0) return "";
  const stages = s.passesWithShortfall.map(
    (p) =>
      `${STAGE_NAMES[p.stage]} ${p.metCount} 项达标，${p.indicators.map((i) => INDICATORS[i].name).join("、")}未达标`
  );
  const floor = profile.schoolRule ? `（不低于标准的 ${shareText(profile.schoolRule.floor)}）` : "";
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
  const subtitle = [`评估标准：${a.profileName || profile.name}`];
  if (options.sourceName) subtitle.push(`数据来源：${options.sourceName}`);
  if (options.date) subtitle.push(`生成日期：${options.date}`);
  const count = (reason: SampleReason): number =>
    sample.schools.filter((s) => s.reason === reason).length;
  const noted = sample.schools.filter((s) => s.passesWithShortfall.length > 0).length;

  b.wide(SAMPLE_SHEET_TITLE, "title");
  b.wide(subtitle.join("　"), "subtitle");
  const notice = incompleteNotice(ev);
  if (notice) b.wide(`${notice}；这些学校也未参与抽样`, "fail");
  b.wide(
    `随机种子：${sample.seed}　抽样比例：不少于 ${shareText(sample.share)}　纳入资源配置测算的学校 ${sample.totalSchools} 所（一贯制学校按一所计），` +
      `至少抽取 ${sample.required} 所，本次抽取 ${sample.schools.length} 所：` +
      `${SAMPLE_REASON_NAMES.failing} ${count("failing")} 所，${SAMPLE_REASON_NAMES.borderline} ${count("borderline")} 所，${SAMPLE_REASON_NAMES.random} ${count("random")} 所` +
      (noted > 0 ? `；其中 ${noted} 所${schoolRuleAllowanceText(profile)}，见备注` : ""),
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
  if (sample.schools.length === 0) b.wide("没有纳入资源配置测算的学校，无可抽取", "text");

  b.blank();
  b.wide(
    `分层（学段 × 城乡，按学校数比例分配：全县合计不少于 ${shareText(sample.share)}，各层取整后可能略少于 ${shareText(sample.share)}；每层至少 1 所；未达标、临界学校全部列入；` +
      `${schoolRuleAllowanceText(profile)}的学校与其他学校一样随机抽取，抽到的在备注中注明）`,
    "total"
  );
  b.header(["分层", "学校数", "按比例应抽", "未达标/临界", "实抽"]);
  for (const st of sample.strata)
    b.row([
      cell(st.label),
      cell(st.schools),
      cell(st.allocated),
      cell(st.mandatory),
      cell(st.sampled),
    ]);
  b.blank();
  b.wide(`同一工作簿、同一随机种子（${sample.seed}）、同一抽样比例总是得到同一名单。`, "subtitle");

  return b.build(SAMPLE_SHEET_ID, SAMPLE_SHEET_NAME);
}
