/**
 * The readable Chinese summary `edu-balance assess FILE` prints: per stage the
 * indicator table, the failing schools with what they lack, class and school
 * size findings, and the input problems.
 */
import {
  CLASS_BAND_NAMES,
  type Evaluation,
  formatNumber,
  formatPercent,
  formatThreshold,
  indicatorDecimals,
  INDICATORS,
  PARTIAL_WORDS,
  partialTableFinding,
  PROFILES,
  renderFinding,
  renderFindings,
  SCHOOL_TYPE_NAMES,
  schoolSizeLimits,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
} from "../core";
import { balanceKind, incompleteNotice, schoolShortfallText } from "../report";
import { renderPlanningSummary } from "./planning";
import { renderCountySummary } from "./countySummary";
import { formatTable, type Palette } from "./text";

export interface SummaryInput {
  ev: Evaluation;
  fileName: string;
  colour: Palette;
}

export function renderSummary({ ev, fileName, colour }: SummaryInput): string {
  const { assessment: a, read, profile } = ev;
  const out: string[] = [];
  const ok = (passes: boolean | null, yes = "达标", no = "未达标"): string =>
    passes === null
      ? colour.warn(PARTIAL_WORDS.undetermined.zh)
      : passes
        ? colour.pass(yes)
        : colour.fail(no);
  const notComputed = PARTIAL_WORDS.notComputed.zh;
  const value = (v: number | null, decimals: number): string =>
    v === null ? "—" : formatNumber(v, decimals);

  out.push(colour.bold(`县域义务教育${balanceKind(profile)}发展 资源配置测算`));
  out.push(`评估标准：${a.profileName}`);
  if (!isBuiltIn(profile)) out.push(`标准依据：${profile.source}`);
  const classes = read?.classes ? `，班级 ${read.classes.length} 个` : "，未提供班级表";
  out.push(
    `数据文件：${fileName}（学校 ${read ? read.schools.length : "—"} 所${read ? classes : ""}）`
  );
  const notice = incompleteNotice(ev);
  if (notice) out.push(colour.fail(notice));
  // A partial table: what it lacks and what that prevents, before any figure.
  const partial = partialTableFinding(a);
  if (partial) out.push(colour.warn(renderFinding(partial)));

  const ids = a.indicators;
  const composite = profile.countyRule.kind === "composite";
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    out.push("");
    const schoolsPart = sa.schoolsPassing === null ? "" : `，达标 ${sa.schoolsPassing} 所`;
    let cvPart: string;
    const missing = sa.missingIndicators ?? [];
    if (missing.length > 0) {
      cvPart = `${missing.length} 项指标${notComputed}，${ids.length - missing.length} 项已计算`;
    } else if (composite) {
      const cv = sa.compositeCv ?? null;
      const shown = cv === null ? "无法计算" : formatNumber(cv, profile.display.cvDecimals);
      cvPart = `综合差异系数 ${shown}（上限 ${formatNumber(profile.countyRule.limits[stage], 2)}）${sa.compositeBorderline ? colour.warn("（临界）") : ""}`;
    } else {
      const cvOk = ids.filter((id) => sa.indicators[id]?.cvPasses === true).length;
      cvPart = `差异系数 ${cvOk}/${ids.length} 项达标`;
    }
    out.push(
      colour.bold(`【${STAGE_NAMES[stage]}】`) +
        ` 纳入测算 ${sa.schools.length} 所${schoolsPart}；${cvPart}。资源配置：${ok(sa.passes)}`
    );
    const rows: string[][] = composite
      ? [["指标", "县域均值", "差异系数"]]
      : [["指标", "标准值", "达标学校", "县域均值", "差异系数", "上限", "结论"]];
    for (const id of ids) {
      const ind = sa.indicators[id];
      if (ind === undefined) continue;
      if (ind.missingFields) {
        // Not computed (no column): neither a value nor a verdict.
        rows.push(
          composite
            ? [INDICATORS[id].shortName, colour.warn(notComputed), "—"]
            : [
                INDICATORS[id].shortName,
                ind.threshold === null ? "—" : formatThreshold(ind.threshold),
                "—",
                colour.warn(notComputed),
                "—",
                ind.cvLimit === null ? "—" : formatNumber(ind.cvLimit, 2),
                colour.warn(PARTIAL_WORDS.undetermined.zh),
              ]
        );
        continue;
      }
      const countyValue = value(
        ind.countyValue,
        indicatorDecimals(id, profile.display.valueDecimals)
      );
      const cv = value(ind.cv, profile.display.cvDecimals);
      if (composite) {
        rows.push([INDICATORS[id].shortName, countyValue, cv]);
        continue;
      }
      const flag = ind.borderline ? colour.warn("（临界）") : "";
      rows.push([
        INDICATORS[id].shortName,
        ind.threshold === null ? "—" : formatThreshold(ind.threshold),
        ind.schoolsMeeting === null ? "—" : `${ind.schoolsMeeting}/${sa.schools.length}`,
        countyValue,
        cv,
        ind.cvLimit === null ? "—" : formatNumber(ind.cvLimit, 2),
        ind.cvPasses === null ? "—" : ok(ind.cvPasses) + flag,
      ]);
    }
    if (composite) {
      const cv = sa.compositeCv ?? null;
      rows.push([
        `综合差异系数（${ids.length} 项平均）`,
        "",
        cv === null
          ? "—"
          : (sa.compositePasses ? colour.pass : colour.fail)(
              formatNumber(cv, profile.display.cvDecimals)
            ),
      ]);
      out.push(...formatTable(rows, ["left", "right", "right"]));
    } else {
      out.push(...formatTable(rows, ["left", "right", "right", "right", "right", "right", "left"]));
    }
    const failing = sa.schools.filter((s) => s.passes === false);
    const shortButPassing = sa.schools.filter((s) => s.passes === true && s.shortfalls.length > 0);
    if (failing.length > 0) {
      out.push(`  未达标学校（${failing.length} 所）：`);
      for (const s of failing)
        out.push(`    ${colour.fail(s.name)}：${schoolShortfallText(s, profile)}`);
    }
    if (shortButPassing.length > 0) {
      out.push(`  有指标未达标但仍达标的学校（${shortButPassing.length} 所）：`);
      for (const s of shortButPassing)
        out.push(`    ${s.name}：${schoolShortfallText(s, profile)}`);
    }
    const borderline = sa.schools.filter((s) => s.borderline);
    if (borderline.length > 0) {
      out.push(
        colour.warn(
          `  临界（按两位小数显示会改变判定，请复核）：${borderline.map((s) => s.name).join("、")}`
        )
      );
    }
  }

  out.push(...renderPlanningSummary(ev, colour));

  out.push("");
  const { limits, bands } = profile.classSize;
  out.push(
    colour.bold("【班额】") +
      ` 小学不超过 ${limits.primary} 人，初中不超过 ${limits.junior} 人（不含特殊教育学校）`
  );
  if (a.classSize) {
    const cs = a.classSize;
    const rows: string[][] = [
      [
        "学段",
        "班级数",
        "超过上限",
        `大班额(≥${bands.veryLarge})`,
        `超大班额(≥${bands.superLarge})`,
        "结论",
      ],
    ];
    for (const stage of STAGES) {
      const s = cs[stage];
      const withShare = (n: number, share: number | null): string =>
        share === null || n === 0 ? String(n) : `${n}（${formatPercent(share)}）`;
      rows.push([
        STAGE_NAMES[stage],
        String(s.classes),
        withShare(s.overLimit, s.overLimitShare),
        withShare(s.largeClasses, s.largeClassShare),
        withShare(s.superLargeClasses, s.superLargeClassShare),
        ok(s.passes),
      ]);
    }
    out.push(...formatTable(rows, ["left", "right", "right", "right", "right", "left"]));
    const over = STAGES.flatMap((stage) =>
      cs[stage].overLimitClasses.map((c) => ({ stage, ...c }))
    );
    if (over.length > 0) {
      out.push("  超过上限的班级：");
      for (const c of over)
        out.push(
          `    ${c.school} ${c.className}（${STAGE_NAMES[c.stage]}）${c.students} 人，${CLASS_BAND_NAMES[c.band]}`
        );
    }
  } else {
    out.push("  未提供班级表，未检查班额。");
  }

  out.push("");
  out.push(colour.bold("【学校规模】") + ` ${renderFinding(schoolSizeLimits(profile))}`);
  const oversized = a.schoolSize.filter((f) => !f.passes);
  if (oversized.length === 0) out.push(`  ${a.schoolSize.length} 所学校均未超过上限。`);
  for (const f of oversized) {
    out.push(
      `  ${colour.fail(f.name)}（${SCHOOL_TYPE_NAMES[f.type] ?? f.type}）义务教育阶段学生 ${f.students} 人，超过上限 ${f.limit} 人`
    );
  }
  for (const f of a.schoolSize)
    if (f.allowance)
      out.push(
        `  ${f.name}：${f.students} 人，${f.allowance.message}，${f.passes ? "未超过" : "仍超过"}`
      );

  if (a.specialRooms) {
    out.push("");
    out.push(
      colour.bold("【音乐、美术专用教室】") +
        ` 每 ${profile.specialRooms.classesPerRoom} 个班各 1 间`
    );
    const short = a.specialRooms.filter((r) => !r.passes);
    if (short.length === 0) out.push(`  ${a.specialRooms.length} 所学校均已配齐。`);
    for (const r of short) {
      out.push(
        `  ${colour.fail(r.name)}：${r.classes} 个班，应各配 ${r.required} 间，现有音乐教室 ${r.musicRooms} 间、美术教室 ${r.artRooms} 间`
      );
    }
    // The 专用教室面积 item, when the school table gives the rooms' areas.
    const judged = a.specialRooms.filter(
      (r) => r.areaPasses !== undefined && r.areaPasses !== null
    );
    if (judged.length > 0) {
      const small = judged.filter((r) => r.areaPasses === false);
      out.push(
        `  专用教室面积：音乐 ≥ ${profile.specialRooms.musicRoomMinArea}㎡、美术 ≥ ${profile.specialRooms.artRoomMinArea}㎡；${judged.length} 所学校中 ${judged.length - small.length} 所达到`
      );
      for (const r of small)
        out.push(
          `  ${colour.fail(r.name)}：${(r.roomsBelowArea ?? []).map((b) => b.message).join("、")}；达到面积的音乐教室 ${r.musicRoomsLargeEnough ?? 0} 间、美术教室 ${r.artRoomsLargeEnough ?? 0} 间，应各 ${r.required} 间`
        );
    }
  }

  if (a.allowances) {
    out.push("");
    out.push(colour.bold("【认定规程放宽条款】") + "（国教督办函〔2019〕30号，逐校列出所用条款）");
    if (a.allowances.used.length === 0) out.push("  没有学校使用放宽条款。");
    for (const n of a.allowances.used) out.push(`  ${n.school}：${n.message}`);
    for (const f of a.allowances.findings) out.push(`  ${colour.warn("未适用")}：${f.message}`);
  }

  if (a.excluded.length > 0) {
    out.push("");
    out.push(colour.bold("【不纳入资源配置测算的学校】"));
    for (const e of a.excluded) out.push(`  ${e.name}：${renderFinding(e.reason)}`);
  }

  // 政府保障程度, 教育质量, 社会认可度, 一票否决 and the verdict of the four parts.
  out.push(...renderCountySummary(ev, colour));

  const issues = read.issues;
  // Allowance findings are listed under 认定规程放宽条款 above: not twice.
  const findings = a.findings.filter((f) => f.code !== "allowance");
  if (issues.length > 0 || findings.length > 0) {
    out.push("");
    out.push(colour.bold("【数据问题】"));
    for (const i of issues) {
      const label = i.severity === "error" ? colour.fail("错误") : colour.warn("警告");
      out.push(`  ${label}：${i.message}`);
    }
    for (const w of renderFindings(findings)) out.push(`  ${colour.warn("提示")}：${w}`);
  }
  if (notice) {
    out.push("");
    out.push(
      colour.fail(`数据不完整：以上结果未包含数据有误的学校，请修正“数据问题”中的错误后重新计算。`)
    );
  }
  return out.join("\n") + "\n";
}

/** A profile shipped with EduBalance (its source is in the README); a profile file's source is printed. */
function isBuiltIn(profile: StandardsProfile): boolean {
  return PROFILES[profile.id] === profile;
}
