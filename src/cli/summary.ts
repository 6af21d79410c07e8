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
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

export interface SummaryInput {
  ev: Evaluation;
  fileName: string;
  colour: Palette;
}

export function renderSummary({ ev, fileName, colour }: SummaryInput): string {
  const { assessment: a, read, profile } = ev;
  const out: string[] = [];
  const W = ZH_CLI.summary;
  const ok = (passes: boolean | null, yes = W.pass, no = W.fail): string =>
    passes === null
      ? colour.warn(PARTIAL_WORDS.undetermined.zh)
      : passes
        ? colour.pass(yes)
        : colour.fail(no);
  const notComputed = PARTIAL_WORDS.notComputed.zh;
  const value = (v: number | null, decimals: number): string =>
    v === null ? "—" : formatNumber(v, decimals);

  out.push(colour.bold(fill(W.title, { kind: balanceKind(profile) })));
  out.push(fill(W.profile, { name: a.profileName }));
  if (!isBuiltIn(profile)) out.push(fill(W.profileSource, { source: profile.source }));
  const classes = read?.classes ? fill(W.classes, { n: read.classes.length }) : W.noClasses;
  out.push(
    fill(W.dataFile, {
      file: fileName,
      n: read ? read.schools.length : "—",
      classes: read ? classes : "",
    })
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
    const schoolsPart =
      sa.schoolsPassing === null ? "" : fill(W.schoolsPassing, { n: sa.schoolsPassing });
    let cvPart: string;
    const missing = sa.missingIndicators ?? [];
    if (missing.length > 0) {
      cvPart = fill(W.missingIndicators, {
        n: missing.length,
        notComputed,
        computed: ids.length - missing.length,
      });
    } else if (composite) {
      const cv = sa.compositeCv ?? null;
      const shown = cv === null ? W.notComputable : formatNumber(cv, profile.display.cvDecimals);
      cvPart =
        fill(W.compositeCv, {
          cv: shown,
          limit: formatNumber(profile.countyRule.limits[stage], 2),
        }) + (sa.compositeBorderline ? colour.warn(W.borderline) : "");
    } else {
      const cvOk = ids.filter((id) => sa.indicators[id]?.cvPasses === true).length;
      cvPart = fill(W.cvsMet, { met: cvOk, n: ids.length });
    }
    out.push(
      colour.bold(fill(W.stageTitle, { stage: STAGE_NAMES[stage] })) +
        fill(W.stageLine, {
          n: sa.schools.length,
          passing: schoolsPart,
          cvs: cvPart,
          result: ok(sa.passes),
        })
    );
    const rows: string[][] = composite ? [[...W.compositeHeader]] : [[...W.indicatorHeader]];
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
      const flag = ind.borderline ? colour.warn(W.borderline) : "";
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
        fill(W.compositeRow, { n: ids.length }),
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
      out.push(`  ${fill(W.failingSchools, { n: failing.length })}`);
      for (const s of failing)
        out.push(`    ${colour.fail(s.name)}：${schoolShortfallText(s, profile)}`);
    }
    if (shortButPassing.length > 0) {
      out.push(`  ${fill(W.shortButPassing, { n: shortButPassing.length })}`);
      for (const s of shortButPassing)
        out.push(`    ${s.name}：${schoolShortfallText(s, profile)}`);
    }
    const borderline = sa.schools.filter((s) => s.borderline);
    if (borderline.length > 0) {
      out.push(
        colour.warn(
          `  ${fill(W.borderlineSchools, {
            names: borderline.map((s) => s.name).join(ZH_CLI.common.listSeparator),
          })}`
        )
      );
    }
  }

  out.push(...renderPlanningSummary(ev, colour));

  out.push("");
  const { limits, bands } = profile.classSize;
  out.push(
    colour.bold(W.classSizeTitle) +
      fill(W.classSizeLead, { primary: limits.primary, junior: limits.junior })
  );
  if (a.classSize) {
    const cs = a.classSize;
    const rows: string[][] = [
      [
        W.classSizeHeader.stage,
        W.classSizeHeader.classes,
        W.classSizeHeader.overLimit,
        fill(W.classSizeHeader.large, { n: bands.veryLarge }),
        fill(W.classSizeHeader.superLarge, { n: bands.superLarge }),
        W.classSizeHeader.result,
      ],
    ];
    for (const stage of STAGES) {
      const s = cs[stage];
      const withShare = (n: number, share: number | null): string =>
        share === null || n === 0
          ? String(n)
          : fill(W.withShare, { n, share: formatPercent(share) });
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
      out.push(`  ${W.overLimitClasses}`);
      for (const c of over)
        out.push(
          `    ${fill(W.overLimitClass, {
            school: c.school,
            className: c.className,
            stage: STAGE_NAMES[c.stage],
            students: c.students,
            band: CLASS_BAND_NAMES[c.band],
          })}`
        );
    }
  } else {
    out.push(`  ${W.noClassSheet}`);
  }

  out.push("");
  out.push(colour.bold(W.schoolSizeTitle) + ` ${renderFinding(schoolSizeLimits(profile))}`);
  const oversized = a.schoolSize.filter((f) => !f.passes);
  if (oversized.length === 0) out.push(`  ${fill(W.noneOversized, { n: a.schoolSize.length })}`);
  for (const f of oversized) {
    out.push(
      `  ${fill(W.oversized, {
        name: colour.fail(f.name),
        type: SCHOOL_TYPE_NAMES[f.type] ?? f.type,
        students: f.students,
        limit: f.limit,
      })}`
    );
  }
  for (const f of a.schoolSize)
    if (f.allowance)
      out.push(
        `  ${fill(W.sizeAllowance, {
          name: f.name,
          students: f.students,
          allowance: f.allowance.message,
          result: f.passes ? W.notOver : W.stillOver,
        })}`
      );

  if (a.specialRooms) {
    out.push("");
    out.push(
      colour.bold(W.specialRoomsTitle) +
        fill(W.specialRoomsLead, { n: profile.specialRooms.classesPerRoom })
    );
    const short = a.specialRooms.filter((r) => !r.passes);
    if (short.length === 0) out.push(`  ${fill(W.allRoomsProvided, { n: a.specialRooms.length })}`);
    for (const r of short) {
      out.push(
        `  ${fill(W.roomsShort, {
          name: colour.fail(r.name),
          classes: r.classes,
          required: r.required,
          music: r.musicRooms,
          art: r.artRooms,
        })}`
      );
    }
    // The 专用教室面积 item, when the school table gives the rooms' areas.
    const judged = a.specialRooms.filter(
      (r) => r.areaPasses !== undefined && r.areaPasses !== null
    );
    if (judged.length > 0) {
      const small = judged.filter((r) => r.areaPasses === false);
      out.push(
        `  ${fill(W.roomAreas, {
          music: profile.specialRooms.musicRoomMinArea,
          art: profile.specialRooms.artRoomMinArea,
          n: judged.length,
          met: judged.length - small.length,
        })}`
      );
      for (const r of small)
        out.push(
          `  ${fill(W.roomsSmall, {
            name: colour.fail(r.name),
            rooms: (r.roomsBelowArea ?? []).map((b) => b.message).join(ZH_CLI.common.listSeparator),
            music: r.musicRoomsLargeEnough ?? 0,
            art: r.artRoomsLargeEnough ?? 0,
            required: r.required,
          })}`
        );
    }
  }

  if (a.allowances) {
    out.push("");
    out.push(colour.bold(W.allowancesTitle) + W.allowancesLead);
    if (a.allowances.used.length === 0) out.push(`  ${W.noAllowances}`);
    for (const n of a.allowances.used) out.push(`  ${n.school}：${n.message}`);
    for (const f of a.allowances.findings) out.push(`  ${colour.warn(W.notApplied)}：${f.message}`);
  }

  if (a.excluded.length > 0) {
    out.push("");
    out.push(colour.bold(W.excludedTitle));
    for (const e of a.excluded) out.push(`  ${e.name}：${renderFinding(e.reason)}`);
  }

  // 政府保障程度, 教育质量, 社会认可度, 一票否决 and the verdict of the four parts.
  out.push(...renderCountySummary(ev, colour));

  const issues = read.issues;
  // Allowance findings are listed under 认定规程放宽条款 above: not twice.
  const findings = a.findings.filter((f) => f.code !== "allowance");
  if (issues.length > 0 || findings.length > 0) {
    out.push("");
    out.push(colour.bold(W.issuesTitle));
    for (const i of issues) {
      const label = i.severity === "error" ? colour.fail(W.error) : colour.warn(W.warning);
      out.push(`  ${label}：${i.message}`);
    }
    for (const w of renderFindings(findings)) out.push(`  ${colour.warn(W.hint)}：${w}`);
  }
  if (notice) {
    out.push("");
    out.push(colour.fail(W.incomplete));
  }
  return out.join("\n") + "\n";
}

/** A profile shipped with EduBalance (its source is in the README); a profile file's source is printed. */
function isBuiltIn(profile: StandardsProfile): boolean {
  return PROFILES[profile.id] === profile;
}
