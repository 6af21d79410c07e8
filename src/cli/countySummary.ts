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

function partTable(p: CountyPart, colour: Palette): string[] {
  const status = (i: { status: CountyItem["status"] }, kind?: CountyItem["kind"]): string => {
    const text = statusText(i.status, kind);
    return i.status === "pass"
      ? colour.pass(text)
      : i.status === "fail"
        ? colour.fail(text)
        : colour.warn(text);
  };
  const rows: string[][] = [["序号", "指标", "数值", "标准", "结论"]];
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
    out.push("  差距与未填报：");
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
  const ok = (passes: boolean | null, yes = "达标", no = "未达标"): string =>
    passes === null
      ? colour.warn(PARTIAL_WORDS.undetermined.zh)
      : passes
        ? colour.pass(yes)
        : colour.fail(no);
  const c = a.county;
  out.push("");
  if (!c) {
    out.push(
      colour.bold("【政府保障程度、教育质量、社会认可度】") +
        " 未提供县级指标表，未评估（请在工作簿中加入数据模板的「县级指标」表，每行一个指标：指标、数值、说明或佐证）"
    );
    // The core's verdict (core/verdict.ts): what the school tables decide, and the parts not filled in.
    const stages = STAGES.filter((st) => a.stages[st].schools.length > 0)
      .map((st) => `${STAGE_NAMES[st]}${ok(a.stages[st].passes)}`)
      .join("、");
    out.push("");
    if (verdict.basic) {
      out.push(
        colour.bold("【总体结论】") +
          ` 资源配置：${stages || "无纳入测算的学校"}。县域基本均衡：${ok(verdict.passes, "达到", "未达到")}`
      );
    } else {
      out.push(
        colour.bold("【总体结论】") +
          ` 资源配置与规模、班额：${ok(verdict.resourcesPass)}（资源配置：${stages || "无纳入测算的学校"}）；` +
          `政府保障程度、教育质量、社会认可度、一票否决：${colour.warn("未填报")}。县域优质均衡：` +
          (verdict.passes === null
            ? colour.warn(PARTIAL_WORDS.undetermined.zh)
            : `${colour.fail("未达到")}（未填报的部分不算达标）`)
      );
    }
    return out;
  }
  for (const p of [c.government, c.quality]) {
    out.push(colour.bold(`【${p.name}】`) + ` ${partSummary(p)}。${p.name}：${ok(p.passes)}`);
    out.push(...partTable(p, colour));
    out.push("");
  }
  const r = c.recognition.items[0];
  out.push(
    colour.bold("【社会认可度】") +
      ` ${r.text}，标准 ${r.threshold}：${ok(c.recognition.passes, "达标", r.status === "missing" ? "未填报" : "未达标")}`
  );
  if (c.recognition.groups.length > 0) {
    out.push(
      `  ${c.recognition.groups.map((g) => `${g.name} ${g.rate === null ? "—" : formatPercent(g.rate, 2)}`).join("，")}`
    );
  }
  if (r.notes.length > 0) out.push(`  ${renderCountyNotes(r.notes)}`);
  if (r.evidence) out.push(`  佐证：${r.evidence}`);

  out.push("");
  // 一票否决 as the core decided it (CountyAssessment.vetoVerdict).
  const vetoes = c.vetoVerdict;
  const names = (ids: readonly (keyof typeof VETO_NAMES)[]): string =>
    ids.map((id) => VETO_NAMES[id].shortName).join("、");
  const vetoText =
    vetoes.state === "applies"
      ? colour.fail(`有：${names(vetoes.applied)}`)
      : vetoes.state === "unanswered"
        ? colour.warn(`未填报：${names(vetoes.unanswered)}`)
        : colour.pass("无");
  out.push(colour.bold("【一票否决】") + ` ${vetoText}`);

  out.push("");
  out.push(
    colour.bold("【总体结论】") +
      ` 资源配置：小学${ok(c.resources.primary)}、初中${ok(c.resources.junior)}；政府保障程度${ok(c.government.passes)}；` +
      `教育质量${ok(c.quality.passes)}；社会认可度${ok(c.recognition.passes)}；一票否决${vetoes.state === "applies" ? colour.fail("有") : vetoes.state === "unanswered" ? colour.warn("未填报") : colour.pass("无")}。` +
      `县域优质均衡：${ok(c.passes, "达到", "未达到")}`
  );
  return out;
}
