/**
 * The readable summary's sections for the county-level parts (standards.md
 * §1.4–1.7): a table per part, what fails or is missing item by item, the
 * vetoes and the overall verdict of the four parts.
 */
import {
  type CountyItem,
  type CountyPart,
  type Evaluation,
  formatPercent,
  PARTIAL_WORDS,
  renderCountyNotes,
  STAGE_NAMES,
  VETO_NAMES,
  STAGES,
} from "../core";
import { partSummary, statusText } from "../report";
import { formatTable, type Palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

function partTable(p: CountyPart, colour: Palette): string[] {
  const status = (i: { status: CountyItem["status"] }, kind?: CountyItem["kind"]): string => {
    const text = statusText(i.status, kind);
    return i.status === "pass"
      ? colour.pass(text)
      : i.status === "fail"
        ? colour.fail(text)
        : colour.warn(text);
  };
  const rows: string[][] = [[...ZH_CLI.countySummary.tableHeader]];
  for (const i of p.items) {
    if (i.checks.length <= 1) {
      rows.push([String(i.number), i.shortName, i.text, i.threshold, status(i, i.kind)]);
      continue;
    }
    rows.push([String(i.number), i.shortName, "", "", status(i, i.kind)]);
    for (const c of i.checks)
      rows.push(["", `  ${c.name}`, c.text, c.threshold, status(c, i.kind)]);
  }
  const out = formatTable(rows, ["right", "left", "left", "left", "left"]);
  const gaps = p.items.filter((i) => i.status !== "pass");
  if (gaps.length > 0) {
    out.push(`  ${ZH_CLI.countySummary.gapsTitle}`);
    for (const i of gaps) {
      const label =
        i.status === "fail"
          ? colour.fail(`${i.number}. ${i.shortName}`)
          : colour.warn(`${i.number}. ${i.shortName}`);
      out.push(`    ${label}：${renderCountyNotes(i.notes) || statusText(i.status, i.kind)}`);
    }
  }
  return out;
}

export function renderCountySummary(ev: Evaluation, colour: Palette): string[] {
  const { assessment: a, verdict } = ev;
  const out: string[] = [];
  const W = ZH_CLI.countySummary;
  const ok = (passes: boolean | null, yes = W.pass, no = W.fail): string =>
    passes === null
      ? colour.warn(PARTIAL_WORDS.undetermined.zh)
      : passes
        ? colour.pass(yes)
        : colour.fail(no);
  const c = a.county;
  out.push("");
  if (!c) {
    out.push(colour.bold(W.noCountyTitle) + W.noCountyLead);
    // The core's verdict (core/verdict.ts): what the school tables decide, and the parts not filled in.
    const stages = STAGES.filter((st) => a.stages[st].schools.length > 0)
      .map((st) => `${STAGE_NAMES[st]}${ok(a.stages[st].passes)}`)
      .join(ZH_CLI.common.listSeparator);
    out.push("");
    if (verdict.basic) {
      out.push(
        colour.bold(W.overallTitle) +
          fill(W.basicOverall, {
            stages: stages || W.noSchools,
            result: ok(verdict.passes, W.reached, W.notReached),
          })
      );
    } else {
      out.push(
        colour.bold(W.overallTitle) +
          fill(W.schoolsOnlyOverall, {
            resources: ok(verdict.resourcesPass),
            stages: stages || W.noSchools,
            notFilled: colour.warn(W.notFilled),
            result:
              verdict.passes === null
                ? colour.warn(PARTIAL_WORDS.undetermined.zh)
                : fill(W.notFilledFails, { notReached: colour.fail(W.notReached) }),
          })
      );
    }
    return out;
  }
  for (const p of [c.government, c.quality]) {
    out.push(
      colour.bold(fill(W.partTitle, { name: p.name })) +
        fill(W.partLine, { summary: partSummary(p), name: p.name, result: ok(p.passes) })
    );
    out.push(...partTable(p, colour));
    out.push("");
  }
  const r = c.recognition.items[0];
  out.push(
    colour.bold(W.recognitionTitle) +
      fill(W.recognitionLine, {
        text: r.text,
        threshold: r.threshold,
        result: ok(c.recognition.passes, W.pass, r.status === "missing" ? W.notFilled : W.fail),
      })
  );
  if (c.recognition.groups.length > 0) {
    out.push(
      `  ${c.recognition.groups.map((g) => `${g.name} ${g.rate === null ? "—" : formatPercent(g.rate, 2)}`).join(ZH_CLI.countySummary.groupSeparator)}`
    );
  }
  if (r.notes.length > 0) out.push(`  ${renderCountyNotes(r.notes)}`);
  if (r.evidence) out.push(`  ${fill(W.evidence, { evidence: r.evidence })}`);

  out.push("");
  // 一票否决 as the core decided it (CountyAssessment.vetoVerdict).
  const vetoes = c.vetoVerdict;
  const names = (ids: readonly (keyof typeof VETO_NAMES)[]): string =>
    ids.map((id) => VETO_NAMES[id].shortName).join(ZH_CLI.common.listSeparator);
  const vetoText =
    vetoes.state === "applies"
      ? colour.fail(fill(W.vetoApplies, { names: names(vetoes.applied) }))
      : vetoes.state === "unanswered"
        ? colour.warn(fill(W.vetoUnanswered, { names: names(vetoes.unanswered) }))
        : colour.pass(W.vetoNone);
  out.push(colour.bold(W.vetoTitle) + ` ${vetoText}`);

  out.push("");
  out.push(
    colour.bold(W.overallTitle) +
      fill(W.overall, {
        primary: ok(c.resources.primary),
        junior: ok(c.resources.junior),
        government: ok(c.government.passes),
        quality: ok(c.quality.passes),
        recognition: ok(c.recognition.passes),
        veto:
          vetoes.state === "applies"
            ? colour.fail(W.vetoYes)
            : vetoes.state === "unanswered"
              ? colour.warn(W.notFilled)
              : colour.pass(W.vetoNone),
        result: ok(c.passes, W.reached, W.notReached),
      })
  );
  return out;
}
