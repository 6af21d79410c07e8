/**
 * The county's overall verdict, decided once in the core for every host (the
 * pane's 测算 step, the CLI summary, the JSON): 资源配置 of each stage that has
 * schools (every school meets the standard and the county rule on the CVs holds,
 * §1.1 / §2), class size (§1.4 item 5), school size (item 4) and the music/art
 * room count (item 3); with a county sheet, also 政府保障程度, 教育质量, 社会认可度
 * and the vetoes (§1.4–1.7). A stage without any school is said, not failed; a
 * stage lacking an indicator's columns (a partial table) makes the verdict null:
 * it cannot be judged.
 * The reasons are coded findings (core/messages.ts says them).
 */
import type { VerdictReason } from "./findings";
import type { StandardsProfile } from "./profiles/profile";
import type { Assessment } from "./types";
import { STAGES } from "./types";

export interface OverallVerdict {
  /**
   * Everything judged passes: 资源配置 and sizes, and the four parts when the county sheet was given.
   * Null when it cannot be judged: a partial table (an indicator without its columns, Assessment.missing).
   */
  passes: boolean | null;
  /** The county sheet's four parts were judged too (Assessment.county). */
  full: boolean;
  /** The profile judges 基本均衡 (2012: the composite CV only), not 优质均衡. */
  basic: boolean;
  /** 资源配置 with class size, school size and special rooms (the part computed from the school tables); null for a partial table. */
  resourcesPass: boolean | null;
  /** 政府保障程度, 教育质量, 社会认可度 and the vetoes were not judged: no county sheet (未填报). */
  countyPartsMissing: boolean;
  reasons: VerdictReason[];
}

export function overallVerdict(a: Assessment, profile: StandardsProfile): OverallVerdict {
  const reasons: VerdictReason[] = [];
  let anyStage = false;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.schools.length === 0) {
      reasons.push({ code: "stageEmpty", stage });
      continue;
    }
    anyStage = true;
    if (sa.missingIndicators && sa.missingIndicators.length > 0) {
      // A partial table: neither its schools nor the stage are judged.
      reasons.push({
        code: "stageIndicatorsMissing",
        stage,
        count: sa.missingIndicators.length,
        indicators: sa.missingIndicators,
      });
      continue;
    }
    const failing = sa.schools.filter((s) => s.passes === false).length;
    if (failing > 0) reasons.push({ code: "stageSchoolsFailing", stage, failing });
    if (sa.compositeCv !== undefined) {
      if (sa.compositePasses === false) {
        reasons.push({
          code: "stageCompositeFailing",
          stage,
          cv: sa.compositeCv,
          limit: sa.compositeLimit ?? null,
          decimals: profile.display.cvDecimals,
        });
      }
    } else {
      const cvFails = a.indicators.filter((id) => sa.indicators[id]?.cvPasses === false).length;
      if (cvFails > 0)
        reasons.push({
          code: "stageCvsFailing",
          stage,
          count: cvFails,
          limit: profile.countyRule.limits[stage],
        });
    }
  }
  // 2012 (§2) judges the composite CV only: class and school sizes are said, for information.
  const basic = profile.countyRule.kind === "composite";
  const info = basic ? { info: true } : {};
  if (a.classSize) {
    for (const stage of STAGES) {
      const cs = a.classSize[stage];
      if (cs.overLimit > 0)
        reasons.push({
          code: "classesOverLimit",
          stage,
          count: cs.overLimit,
          limit: profile.classSize.limits[stage],
          ...info,
        });
    }
  }
  if (a.oversizedSchools.length > 0)
    reasons.push({ code: "schoolsOversized", count: a.oversizedSchools.length, ...info });
  const shortRooms = a.specialRooms?.filter((r) => !r.passes).length ?? 0;
  if (shortRooms > 0) reasons.push({ code: "specialRoomsShort", count: shortRooms, ...info });
  const county = a.county;
  if (county) {
    for (const p of [county.government, county.quality, county.recognition]) {
      const part = p.id as "government" | "quality" | "recognition";
      if (p.failed > 0) reasons.push({ code: "countyPartFailed", part, count: p.failed });
      if (p.missing > 0) reasons.push({ code: "countyPartMissing", part, count: p.missing });
    }
    // 一票否决 as the county assessment decided it (CountyAssessment.vetoVerdict).
    const { applied, unanswered } = county.vetoVerdict;
    if (applied.length > 0) reasons.push({ code: "vetoes", count: applied.length, items: applied });
    if (unanswered.length > 0) reasons.push({ code: "vetoesMissing", count: unanswered.length });
  }
  const undetermined = reasons.some((r) => r.code === "stageIndicatorsMissing");
  const blocking = reasons.filter((r) => r.code !== "stageEmpty" && !r.info && !isCountyReason(r));
  const resourcesPass = undetermined ? null : anyStage && blocking.length === 0;
  return {
    passes: resourcesPass === null ? null : county ? resourcesPass && county.passes : resourcesPass,
    full: Boolean(county),
    basic,
    resourcesPass,
    countyPartsMissing: !county,
    reasons,
  };
}

function isCountyReason(r: VerdictReason): boolean {
  return (
    r.code === "countyPartFailed" ||
    r.code === "countyPartMissing" ||
    r.code === "vetoes" ||
    r.code === "vetoesMissing"
  );
}
