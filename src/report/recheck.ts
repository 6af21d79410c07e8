/**
 * The reviewer's re-check (issue 23 item 8) as the report shows it: the JSON document of
 * `edu-balance recheck --json`, and the 复核 sheet of `--out`. Both are views of the core's
 * RecheckResult; the words of each comparison are the core's catalogue (renderComparison).
 */
import {
  formatNumber,
  formatThreshold,
  INDICATORS,
  RECHECK_ITEM_NAMES,
  RECHECK_STATUS_NAMES,
  RECHECK_TABLE_NAMES,
  renderComparison,
  STAGE_NAMES,
  STAGES,
  type RecheckComparison,
  type RecheckResult,
  type RecheckStatus,
  type StandardsProfile,
} from "../core";
import { NUMBER_FORMATS, PAGE_FOOTER, decimalsFormat } from "./formats";
import { jsonSafe } from "./json";
import type { CellStyle, ReportCell, ReportSheet, ReportWorkbook } from "./model";
import { cell, num, SheetBuilder } from "./sheet";

/** How near is near enough (tolerance.ts in the core), in the words every output uses. */
export const RECHECK_TOLERANCE_RULE =
  "允许误差：表Ⅱ-2 的指标值按两位小数填报，每个值与舍入前至多相差半个末位单位（0.005；写了更多位小数的按其末位，未舍入的按 0）。" +
  "由此，全县平均值至多相差 Hm（半个单位按学生数的加权平均），差异系数至多相差 (Hs + CV×Hm) ÷ (平均值 − Hm)（Hs 为半个单位按学生数加权的均方根）；" +
  "再加上县报数本身的舍入（平均值两位、差异系数三位、比例一位小数，各半个末位单位）。" +
  "县报数在自身舍入内等于复核数的为“相符”；超出自身舍入、但在上述范围内的为“一致（在舍入误差内）”；超出的为“不一致”。" +
  "达标学校数、各校综合评估和达标指标数：把每个值分别移到其舍入范围的两端重算，县报数落在两端结果之间的为一致。";

export const RECHECK_TOLERANCE_RULE_EN =
  "Tolerance: 表Ⅱ-2's values are written with two decimals, so each may be off by half a unit of its last decimal (0.005; of its own last decimal when it shows more, 0 when unrounded). " +
  "The county mean may then be off by Hm (the students-weighted mean of those half units), the CV by (Hs + CV·Hm) / (mean − Hm) (Hs: their students-weighted root mean square), " +
  "plus the county figure's own rounding (means two decimals, CVs three, shares one). Within its own rounding: same; beyond it but within the above: consistent (within rounding); beyond: different. " +
  "Counts, verdicts and indicators met: recomputed with every value moved to either end of its rounding; a county figure between the two is consistent.";

const DISPLAY = (profile: Pick<StandardsProfile, "display">) => profile.display;

/** The order comparisons are listed in: differences first, then those within rounding. */
const STATUS_ORDER: Readonly<Record<RecheckStatus, number>> = {
  different: 0,
  consistent: 1,
  same: 2,
};

export function sortedComparisons(result: RecheckResult): RecheckComparison[] {
  return result.comparisons
    .map((c, i) => ({ c, i }))
    .sort((a, b) => STATUS_ORDER[a.c.status] - STATUS_ORDER[b.c.status] || a.i - b.i)
    .map(({ c }) => c);
}

/** The `edu-balance recheck --json` document. */
export function recheckDocument(
  result: RecheckResult,
  profile: StandardsProfile
): Record<string, unknown> {
  const display = DISPLAY(profile);
  const read = result.read;
  const stages: Record<string, unknown> = {};
  for (const stage of STAGES) {
    const st = result.stages[stage];
    stages[stage] = {
      schools: st.schools.map((s) => ({
        name: s.name,
        sheet: s.sheet,
        row: s.row,
        students: s.students,
        values: s.values,
        met: s.met,
        metCount: s.metCount,
        passes: s.passes,
        roundingSensitive: s.roundingSensitive,
        countyPasses: s.countyPasses ?? null,
      })),
      indicators: st.indicators,
      schoolsPassing: st.schoolsPassing,
      schoolsPassingBounds: st.schoolsPassingBounds,
      cvsPass: st.cvsPass,
      ...(st.compositeCv !== undefined ? { compositeCv: st.compositeCv } : {}),
      leftOut: st.leftOut,
    };
  }
  const warnings = [...read.issues, ...result.notes].filter((i) => i.severity === "warning");
  return jsonSafe({
    profile: result.profile,
    source: {
      valueSheets: read.valueSheets,
      officialLayout: read.officialLayout,
      figureSheets: read.figures.map((f) => ({ sheet: f.sheet, table: f.kind })),
      countSheets: read.counts.map((f) => f.sheet),
      missingIndicators: read.missingIndicators,
    },
    tolerance: {
      valueDecimals: display.valueDecimals,
      meanDecimals: display.valueDecimals,
      cvDecimals: display.cvDecimals,
      shareDecimals: 1,
      rule: RECHECK_TOLERANCE_RULE,
      ruleEn: RECHECK_TOLERANCE_RULE_EN,
    },
    stages,
    summary: { compared: result.comparisons.length, ...result.counts },
    comparisons: sortedComparisons(result).map((c) => ({
      ...c,
      message: renderComparison(c, "zh", display),
      messageEn: renderComparison(c, "en", display),
    })),
    issues: read.issues.filter((i) => i.severity === "error").map((i) => ({ ...i })),
    warnings: warnings.map((w) => w.message),
  }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------
// The 复核 sheet
// ---------------------------------------------------------------------------

export const RECHECK_SHEET_NAME = "复核";

const STATUS_STYLE: Readonly<Record<RecheckStatus, CellStyle>> = {
  same: "pass",
  consistent: "borderline",
  different: "fail",
};

export interface RecheckSheetOptions {
  /** The file re-checked, named on the sheet. */
  sourceName: string;
}

/** The conclusion line: how many county figures differ. */
export function recheckConclusion(result: RecheckResult): string {
  const { same, consistent, different } = result.counts;
  const total = same + consistent + different;
  if (total === 0)
    return "复核结论：工作簿中没有可比较的县报数（表Ⅲ、表Ⅱ-1 或综合评估列），只给出复核结果。";
  if (different === 0)
    return `复核结论：比较县报数 ${total} 处，未发现不一致（相符 ${same} 处，在舍入误差内一致 ${consistent} 处）。`;
  return `复核结论：比较县报数 ${total} 处，发现 ${different} 处不一致（相符 ${same} 处，在舍入误差内一致 ${consistent} 处）。`;
}

function verdictText(v: boolean | null | undefined, yes = "达标", no = "未达标"): string {
  return v === null || v === undefined ? "—" : v ? yes : no;
}

function figureCell(
  c: RecheckComparison,
  which: "county" | "recomputed",
  decimals: number
): ReportCell {
  const v = c[which];
  if (typeof v === "boolean")
    return cell(c.item === "schoolVerdict" ? (v ? "是" : "否") : v ? "达标" : "未达标");
  // The county's figure as written; the recomputed one two decimals beyond the form's.
  if (which === "county") return cell(v, "text");
  return num(v, decimalsFormat(decimals));
}

export function buildRecheckSheet(
  result: RecheckResult,
  profile: StandardsProfile,
  options: RecheckSheetOptions
): ReportSheet {
  const display = DISPLAY(profile);
  const ids = result.indicators;
  const width = Math.max(11, 4 + ids.length + 4);
  const widths = Array.from({ length: width }, (_, i) =>
    i === 2 ? 24 : i === width - 1 ? 40 : 12
  );
  const b = new SheetBuilder(widths);
  const read = result.read;
  b.top(
    `复核：${options.sourceName}　表Ⅱ-2（${read.valueSheets.map((s) => `「${s}」`).join("、")}）`,
    `评估标准：${result.profileName}　${recheckConclusion(result)}`,
    undefined
  );
  b.wide(RECHECK_TOLERANCE_RULE, "note");
  b.blank();

  // 一、与县报数的比较: differences first, then those within rounding; the same are counted.
  b.wide("一、与县报数不相符之处（相符的只计数）", "total");
  b.header([
    "结论",
    "工作表",
    "单元格",
    "表",
    "学段",
    "学校",
    "指标",
    "项目",
    "县报",
    "复核",
    "允许误差 / 范围",
  ]);
  const listed = sortedComparisons(result).filter((c) => c.status !== "same");
  for (const c of listed) {
    const d =
      c.item === "cv"
        ? display.cvDecimals + 2
        : c.item === "mean"
          ? display.valueDecimals + 2
          : c.item.endsWith("Share")
            ? 2
            : 0;
    const range =
      c.tolerance !== undefined
        ? `±${formatNumber(c.tolerance, Math.max(d, 4))}`
        : c.bounds
          ? `${formatNumber(c.bounds.low, d)}–${formatNumber(c.bounds.high, d)}`
          : typeof c.county === "boolean" && c.status === "consistent"
            ? "舍入前结论可能不同"
            : "";
    b.row([
      cell(RECHECK_STATUS_NAMES[c.status].zh, STATUS_STYLE[c.status]),
      cell(c.sheet),
      cell(c.cell),
      cell(RECHECK_TABLE_NAMES[c.table].zh),
      cell(STAGE_NAMES[c.stage]),
      cell(c.school ?? ""),
      cell(c.indicator ? INDICATORS[c.indicator].shortName : ""),
      cell(RECHECK_ITEM_NAMES[c.item].zh),
      figureCell(c, "county", d),
      figureCell(c, "recomputed", d),
      cell(range),
    ]);
  }
  if (listed.length === 0)
    b.wide(
      result.comparisons.length === 0
        ? "（工作簿中没有可比较的县报数）"
        : `（比较 ${result.comparisons.length} 处，全部相符）`,
      "text"
    );
  b.blank();

  // 二、各学段的全县平均值和差异系数（复核）
  b.wide("二、全县平均值与差异系数（按表Ⅱ-2 复核）", "total");
  b.header([
    "学段",
    "指标",
    "标准值",
    "达标学校数",
    "全县平均值",
    "平均值允许误差",
    "差异系数",
    "差异系数允许误差",
    "差异系数上限",
    "结论",
    "说明",
  ]);
  for (const stage of STAGES) {
    const st = result.stages[stage];
    for (const id of ids) {
      const ind = st.indicators[id];
      if (!ind) continue;
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(INDICATORS[id].name),
        ind.threshold === null ? cell("—") : cell(formatThreshold(ind.threshold)),
        cell(ind.schoolsMeeting === null ? "—" : `${ind.schoolsMeeting}/${st.schools.length}`),
        num(ind.countyValue, NUMBER_FORMATS.value),
        num(ind.meanTolerance, "0.0000"),
        num(ind.cv, NUMBER_FORMATS.cv, ind.cvPasses === false ? "fail" : "text"),
        num(ind.cvTolerance, "0.0000"),
        num(ind.cvLimit, NUMBER_FORMATS.cvLimit),
        ind.cvPasses === null
          ? cell("—")
          : cell(verdictText(ind.cvPasses), ind.cvPasses ? "pass" : "fail"),
        cell(st.leftOut > 0 ? `${st.leftOut} 所学校数据有误未计入` : ""),
      ]);
    }
    if (st.schools.length === 0) b.wide(`（表Ⅱ-2 中没有${STAGE_NAMES[stage]}学校）`, "text");
  }
  b.blank();

  // 三、各校达标（复核）
  b.wide("三、各校达标情况（按表Ⅱ-2 的数值复核）", "total");
  b.header([
    "学段",
    "行",
    "学校名称",
    "在校生数",
    ...ids.map((id) => INDICATORS[id].shortName),
    "达标项数",
    "复核结论",
    "县报结论",
    "说明",
  ]);
  for (const stage of STAGES) {
    for (const s of result.stages[stage].schools) {
      const compared = result.comparisons.find(
        (c) =>
          c.item === "schoolVerdict" &&
          c.sheet === s.sheet &&
          c.school === s.name &&
          c.stage === stage
      );
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(s.row, "text", { numFmt: NUMBER_FORMATS.whole }),
        cell(s.name),
        cell(s.students, "text", { numFmt: NUMBER_FORMATS.integer }),
        ...ids.map((id) => {
          const v = s.values[id];
          return v === undefined
            ? cell("—")
            : num(v, NUMBER_FORMATS.value, s.met[id] === false ? "fail" : "text");
        }),
        cell(s.metCount === null ? "—" : s.metCount, "text"),
        s.passes === null
          ? cell("—")
          : cell(verdictText(s.passes, "是", "否"), s.passes ? "pass" : "fail"),
        cell(verdictText(s.countyPasses, "是", "否")),
        compared
          ? cell(RECHECK_STATUS_NAMES[compared.status].zh, STATUS_STYLE[compared.status])
          : cell(s.roundingSensitive ? "有指标值在舍入范围内接近标准" : ""),
      ]);
    }
  }

  const problems = [...read.issues, ...result.notes];
  if (problems.length > 0) {
    b.blank();
    b.wide("四、读取与比较说明", "total");
    for (const p of problems) b.wide(p.message, p.severity === "error" ? "fail" : "note");
  }
  return b.build("recheck", RECHECK_SHEET_NAME, {
    print: { landscape: true, fitToWidth: true, footer: PAGE_FOOTER },
  });
}

/** The workbook `edu-balance recheck --out` writes: the one 复核 sheet. */
export function buildRecheckReport(
  result: RecheckResult,
  profile: StandardsProfile,
  options: RecheckSheetOptions
): ReportWorkbook {
  return { sheets: [buildRecheckSheet(result, profile, options)] };
}
