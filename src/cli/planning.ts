/**
 * The planning parts of `edu-balance assess` (issue 5 §4): the `gaps`,
 * `cvsAfterGaps` and `breakdowns` fields of the --json document, and the
 * 补差测算 / 城乡比较 sections of the Chinese summary. The JSON fields are built host-neutrally in
 * src/report/planningJson.ts (the offline page writes the same document).
 */
import {
  type Evaluation,
  formatNumber,
  GAP_FIELD_ORDER,
  gapsApply,
  INDICATOR_IDS,
  type IndicatorId,
  INDICATORS,
  PARTIAL_WORDS,
  roundTo,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
} from "../core";
import { additionText } from "../report";
import { formatTable, type Palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

function cv(value: number | null | undefined, profile: StandardsProfile): string {
  return formatNumber(value, profile.display.cvDecimals);
}

/** The 补差测算 and 城乡比较 sections of the summary (lines, no trailing newline). */
export function renderPlanningSummary(ev: Evaluation, colour: Palette): string[] {
  const { assessment: a, profile } = ev;
  const out: string[] = [];
  // Gap-closing needs a school standard: under 2012 (no school rule) there is no gap to close.
  if (gapsApply(profile) && profile.schoolRule) {
    const analysis = ev.gaps;
    out.push("");
    const floor = roundTo(profile.schoolRule.floor * 100, 0);
    out.push(colour.bold(ZH_CLI.planning.gapsTitle) + fill(ZH_CLI.planning.gapsLead, { floor }));
    if ("error" in analysis) {
      out.push(colour.fail(`  ${fill(ZH_CLI.planning.cannotCompute, { error: analysis.error })}`));
    } else if (a.missing) {
      out.push(
        colour.warn(`  ${fill(ZH_CLI.planning.noGaps, { words: PARTIAL_WORDS.noGaps.zh })}`)
      );
    } else if (analysis.gaps.length === 0) {
      out.push(`  ${ZH_CLI.planning.allMeet}`);
    } else {
      for (const g of analysis.gaps) {
        const adds = GAP_FIELD_ORDER.filter((f) => g.additions[f] !== undefined).map(
          (f) => `${additionText(f, g.additions[f] as number)}`
        );
        const shared = g.sharedWith
          ? fill(ZH_CLI.planning.sharedWith, { stage: STAGE_NAMES[g.sharedWith] })
          : "";
        const other = g.otherStage
          ? fill(ZH_CLI.planning.otherStage, { stage: STAGE_NAMES[g.otherStage.stage] })
          : "";
        out.push(
          `  ${fill(ZH_CLI.planning.gapLine, {
            name: g.name,
            stage: STAGE_NAMES[g.stage],
            additions: adds.join(ZH_CLI.planning.additionSeparator),
            shared,
            other,
          })}`
        );
      }
      out.push(`  ${ZH_CLI.planning.cvsAfterGaps}`);
      const rows: string[][] = [
        [ZH_CLI.planning.indicator, ...STAGES.map((st) => STAGE_NAMES[st])],
      ];
      for (const id of INDICATOR_IDS) {
        rows.push([
          INDICATORS[id].shortName,
          ...STAGES.map((st) => {
            const after = analysis.stagesAfterGaps[st];
            const text = `${cv(a.stages[st].indicators[id]?.cv, profile)} → ${cv(after.cvs[id], profile)}`;
            return after.cvPasses[id] ? text : colour.fail(text);
          }),
        ]);
      }
      out.push(...formatTable(rows, ["left", "right", "right"], "    "));
    }
  }

  const b = ev.breakdowns;
  const ratioOf = (st: (typeof STAGES)[number], id: IndicatorId): string => {
    const r = b.urbanRuralRatio[st][id] ?? null;
    return formatNumber(r, 2);
  };
  if (
    STAGES.some((st) => a.indicators.some((id) => (b.urbanRuralRatio[st][id] ?? null) !== null))
  ) {
    out.push("");
    out.push(colour.bold(ZH_CLI.planning.urbanRuralTitle) + ZH_CLI.planning.urbanRuralLead);
    const rows: string[][] = [[ZH_CLI.planning.indicator, ...STAGES.map((st) => STAGE_NAMES[st])]];
    for (const id of a.indicators)
      rows.push([INDICATORS[id].shortName, ...STAGES.map((st) => ratioOf(st, id))]);
    out.push(...formatTable(rows, ["left", "right", "right"]));
  }
  return out;
}
