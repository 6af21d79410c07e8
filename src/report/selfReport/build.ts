/**
 * The 自评报告（初稿） (issue 26) from the Evaluation that fills the 申报表: every figure is taken
 * from the evaluation and shown with the form's rounding (the same number formats and
 * formatters as the workbook; the 表Ⅰ, 表Ⅳ and 表Ⅴ figures read off the very cells buildReport
 * writes), never typed twice. The words are the catalogue's, filled in sentences.ts; the
 * sections are those counties use (一 基本情况 … 五 整改措施, 附件). Host-neutral: no Node, no DOM.
 */
import {
  COUNTY_SHEET_NAME,
  countyAssessmentOf,
  formatThreshold,
  GAP_FIELD_ORDER,
  hasGaps,
  INDICATORS,
  PARTIAL_WORDS,
  renderCountyNotes,
  renderFinding,
  schoolSizeLimits,
  STAGE_NAMES,
  STAGES,
  type CountyAssessment,
  type CountyItem,
  type CountyPart,
  type Evaluation,
  type IndicatorId,
  type Stage,
  type YearComparison,
} from "../../core";
import { balanceKind } from "../context";
import { buildReport, countyIdentity } from "../build";
import { cvChartSvg, computedIndicators, indicatorChartSvg } from "../chartsHtml";
import { eventText, warningText, watchItems, yearsText } from "../compare";
import { partSummary, statusText } from "../county";
import { NUMBER_FORMATS } from "../formats";
import type { ReportCell, ReportSheet } from "../model";
import { cellDisplayText } from "../numFmtText";
import type { OfficialSheetId } from "../official";
import { additionText } from "../planning";
import { schoolShortfallText } from "../schools";
import * as S from "./sentences";
import type { DocBlock, DocRun, SelfReport } from "./types";

export interface SelfReportOptions {
  /** The data file's name (the subtitle; the county's name when nothing else gives one). */
  sourceName?: string;
  /** Shown under the title; absent: left out, so the same data give the same report. */
  date?: string;
  /** The county's name (CLI --county): wins over the county sheet's, as on the 申报表. */
  countyName?: string;
  /** The year-over-year comparison: adds the 监测 paragraph to 五、整改措施. */
  comparison?: YearComparison;
  /** Attach the CV and indicator charts (附件2); default true. */
  charts?: boolean;
}

/** A stage with more schools than this gets its CV chart only: 每校 bars would not be read. */
export const MAX_CHART_SCHOOLS = 60;

const OFFICIAL_IDS: readonly OfficialSheetId[] = [
  "formI",
  "formII1",
  "formII2",
  "formIII",
  "formIV",
  "formV",
  "formVI",
];

/** A cell as the workbook shows it; undefined (【未填报】) for a 未填报 cell. */
function shown(c: ReportCell | undefined): S.Figure {
  if (!c || c.style === "missing") return undefined;
  return cellDisplayText(c.value, c.numFmt);
}

/** A number as the form shows it under `numFmt`; "——" when it does not exist. */
const num = (v: number | null | undefined, numFmt: string): string =>
  v === null || v === undefined || !Number.isFinite(v) ? "——" : cellDisplayText(v, numFmt);

/** 表Ⅳ / 表Ⅴ: item number → the L1 cell (指标值或简要结论) as the form shows it. */
function partFigures(sheet: ReportSheet | undefined): Map<number, S.Figure> {
  const out = new Map<number, S.Figure>();
  if (!sheet) return out;
  for (const row of sheet.rows.slice(sheet.headerRows ?? 0)) {
    const n = row[0]?.value;
    if (typeof n === "number" && row.length >= 4) out.set(n, shown(row[2]));
  }
  return out;
}

interface Ctx {
  ev: Evaluation;
  blocks: DocBlock[];
  county: CountyAssessment;
  /** The workbook has a county sheet that was judged (Assessment.county). */
  judged: boolean;
  sheets: Map<string, ReportSheet>;
}

const para = (runs: DocRun[]): DocBlock => ({ kind: "paragraph", runs });
const item = (runs: DocRun[]): DocBlock => ({ kind: "listItem", runs });
const heading = (level: 1 | 2 | 3, text: string): DocBlock => ({ kind: "heading", level, text });

export function buildSelfReport(ev: Evaluation, options: SelfReportOptions = {}): SelfReport {
  const { assessment: a, profile, read } = ev;
  const W = S.WORDS;
  const workbook = buildReport(ev, {
    charts: false,
    sourceName: options.sourceName,
    date: options.date,
    countyName: options.countyName,
  });
  const sheets = new Map(workbook.sheets.map((s) => [s.id, s]));
  const identity = countyIdentity(read, options);
  const kind = balanceKind(profile);
  const profileName = a.profileName || profile.name;
  const county = countyAssessmentOf(a, profile, read.schools, read.county);
  const ctx: Ctx = { ev, blocks: [], county, judged: a.county !== undefined, sheets };
  const { blocks } = ctx;

  blocks.push(para(S.draftNote()));

  // 一、基本情况: 表Ⅰ's figures, read off its cells.
  blocks.push(heading(1, W.headings.basic));
  const formI = sheets.get("formI");
  const L = (formI?.rows[formI.headerRows ?? 0] ?? []).map(shown);
  for (const runs of S.basicParagraphs(
    identity.name,
    Array.from({ length: 24 }, (_, i) => L[i]),
    read.county !== undefined,
    COUNTY_SHEET_NAME
  ))
    blocks.push(para(runs));

  // 二、主要做法: headings and prompts only.
  blocks.push(heading(1, W.headings.practice));
  for (const p of S.practiceItems()) blocks.push(heading(2, p.heading), para([p.prompt]));

  // 三、评估指标达成情况
  blocks.push(heading(1, W.headings.indicators));
  resources(ctx);
  countyParts(ctx);

  // 四、存在的问题
  blocks.push(heading(1, W.headings.problems));
  problems(ctx);

  // 五、整改措施
  blocks.push(heading(1, W.headings.measures));
  measures(ctx, options.comparison);

  // 附件
  blocks.push({ kind: "pageBreak" }, heading(1, W.headings.annex));
  blocks.push(heading(2, S.line(W.headings.annexForms, { kind })));
  for (const id of OFFICIAL_IDS) {
    const sheet = sheets.get(id);
    if (sheet) blocks.push({ kind: "sheet", sheet });
  }
  if (options.charts !== false) charts(ctx);

  return {
    title: S.titleText(identity.name, kind),
    subtitle: S.subtitleLines({
      county: identity.name,
      code: identity.code,
      year: identity.year,
      profile: profileName,
      source: options.sourceName,
      date: options.date,
    }),
    blocks,
    footer: S.FOOTER,
  };
}

// --- 三、（一）资源配置 ----------------------------------------------------------------------

function resources(ctx: Ctx): void {
  const { ev, blocks } = ctx;
  const { assessment: a, profile } = ev;
  const W = S.WORDS;
  const R = S.R;
  blocks.push(heading(2, W.headings.resources));
  let n = 0;
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    const stageName = STAGE_NAMES[stage];
    blocks.push(heading(3, S.line(W.headings.stage, { n: ++n, stage: stageName })));
    if (sa.schools.length === 0) {
      blocks.push(para(S.sentence(R.noSchools, { stage: stageName })));
      continue;
    }
    const limit = profile.countyRule.limits?.[stage];
    const limitText = limit === undefined ? undefined : num(limit, NUMBER_FORMATS.cvLimit);
    const rows: string[][] = [];
    const marked: [number, number][] = [];
    const sentences: DocRun[][] = [];
    for (const id of a.indicators) {
      const ind = sa.indicators[id];
      const info = INDICATORS[id];
      if (!ind || ind.missingFields) {
        const words = PARTIAL_WORDS.notComputed.zh;
        rows.push([
          info.name,
          words,
          formatThreshold(ind?.threshold),
          words,
          limitText ?? "——",
          "",
        ]);
        sentences.push(S.notComputedSentence(info.name, words));
        continue;
      }
      const mean = num(ind.countyValue, NUMBER_FORMATS.value);
      const cv = num(ind.cv, NUMBER_FORMATS.cv);
      const own = ind.cvLimit === null ? undefined : num(ind.cvLimit, NUMBER_FORMATS.cvLimit);
      if (ind.cvPasses === false) marked.push([rows.length, 3]);
      rows.push([
        info.name,
        mean,
        formatThreshold(ind.threshold),
        cv,
        own ?? "——",
        ind.cvPasses === null ? "——" : statusText(ind.cvPasses ? "pass" : "fail"),
      ]);
      sentences.push(
        S.indicatorSentence({
          indicator: info.name,
          unit: info.unit,
          mean,
          cv,
          limit: own,
          passes: ind.cvPasses,
        })
      );
    }
    if (sa.compositeCv !== undefined) {
      const cv = num(sa.compositeCv, NUMBER_FORMATS.cv);
      const cl = num(sa.compositeLimit, NUMBER_FORMATS.cvLimit);
      if (sa.compositePasses === false) marked.push([rows.length, 3]);
      rows.push([
        R.compositeRow,
        "——",
        "——",
        cv,
        cl,
        sa.compositePasses == null ? "——" : statusText(sa.compositePasses ? "pass" : "fail"),
      ]);
      if (sa.compositePasses != null)
        sentences.push(S.compositeSentence(cv, cl, sa.compositePasses));
    }
    blocks.push({
      kind: "table",
      caption: S.line(R.tableCaption, { stage: stageName }),
      header: [R.tableHeader.slice()],
      rows,
      widths: [6, 3, 3, 3, 3.5, 2],
      marked,
    });
    for (const s of sentences) blocks.push(para(s));

    const judged = !sa.missingIndicators;
    const failing = sa.schools.filter((s) => s.passes === false);
    blocks.push(
      para(
        S.schoolsSentence({
          stage: stageName,
          n: sa.schools.length,
          passing: sa.schoolsPassing,
          failing: failing.length,
          judged,
          words: PARTIAL_WORDS.undetermined.zh,
        })
      )
    );
    if (failing.length > 0) {
      blocks.push(para(S.sentence(R.failingIntro)));
      for (const s of failing)
        blocks.push(item(S.failingSchool(s.name, schoolShortfallText(s, profile))));
    }
    // 班额
    const cs = a.classSize?.[stage];
    if (cs)
      blocks.push(
        para(
          S.classSizeSentence({
            stage: stageName,
            classes: num(cs.classes, NUMBER_FORMATS.integer),
            limit: String(profile.classSize.limits[stage]),
            over: num(cs.overLimit, NUMBER_FORMATS.integer),
            large: num(cs.largeClasses, NUMBER_FORMATS.integer),
            superLarge: num(cs.superLargeClasses, NUMBER_FORMATS.integer),
            largeFrom: String(profile.classSize.bands.veryLarge),
            superFrom: String(profile.classSize.bands.superLarge),
          })
        )
      );
  }

  // 班额 (none), 学校规模, 专用教室
  blocks.push(heading(3, S.line(W.headings.sizes, { n: ++n })));
  if (!a.classSize) blocks.push(para([S.fillIn(R.noClasses)]));
  blocks.push(
    para(
      S.schoolSizeSentence(
        renderFinding(schoolSizeLimits(profile)),
        a.schoolSize
          .filter((s) => !s.passes)
          .map((s) => ({
            school: s.name,
            students: num(s.students, NUMBER_FORMATS.integer),
            limit: String(s.limit),
          }))
      )
    )
  );
  if (!a.specialRooms) blocks.push(para([S.fillIn(R.roomsNone)]));
  else
    blocks.push(
      para(
        S.roomsSentence(
          a.specialRooms.length,
          a.specialRooms
            .filter((r) => !r.passes)
            .map((r) => ({
              school: r.name,
              required: r.required,
              music: r.musicRooms,
              art: r.artRooms,
            }))
        )
      )
    );

  // 认定规程 allowances, school by school (the words the 申报表 prints beside each school).
  const used = a.allowances?.used ?? [];
  if (used.length > 0) {
    blocks.push(heading(3, S.line(W.headings.allowances, { n: ++n })));
    blocks.push(para(S.sentence(R.allowancesIntro)));
    for (const u of used) blocks.push(item(S.failingSchool(u.school, u.message)));
  }
}

// --- 三、（二）–（五） --------------------------------------------------------------------

const PART_HEADINGS = {
  government: "government",
  quality: "quality",
  recognition: "recognition",
  vetoes: "vetoes",
} as const;

function countyParts(ctx: Ctx): void {
  const { ev, blocks, county, judged } = ctx;
  const W = S.WORDS;
  const C = S.C;
  const profileName = ev.assessment.profileName || ev.profile.name;
  const noStandards = ev.profile.county === undefined;
  const preface = (part: CountyPart): void => {
    if (noStandards) blocks.push(para(S.notInProfile(profileName, part.name)));
    else if (!judged) blocks.push(para(S.noCountySheet(part.name, COUNTY_SHEET_NAME)));
  };

  for (const [part, sheetId] of [
    [county.government, "formIV"],
    [county.quality, "formV"],
  ] as const) {
    blocks.push(heading(2, W.headings[PART_HEADINGS[part.id]]));
    preface(part);
    const figures = partFigures(ctx.sheets.get(sheetId));
    const rows: string[][] = [];
    const marked: [number, number][] = [];
    const gaps: [number, number][] = [];
    for (const it of part.items) {
      const figure = S.blanksMarked(
        figures.has(it.number) ? figures.get(it.number) : it.text || undefined
      );
      if (figure === undefined || figure.includes(S.NOT_FILLED_TEXT)) gaps.push([rows.length, 2]);
      if (it.status === "fail") marked.push([rows.length, 4]);
      if (it.status === "missing") gaps.push([rows.length, 4]);
      rows.push([
        String(it.number),
        it.name,
        figure ?? S.NOT_FILLED_TEXT,
        it.threshold || "——",
        statusText(it.status, it.kind),
      ]);
    }
    blocks.push({
      kind: "table",
      caption: S.line(C.tableCaption, { part: part.name }),
      header: [C.tableHeader.slice()],
      rows,
      widths: [1.2, 7, 9, 3, 2],
      marked,
      placeholders: gaps,
    });
    blocks.push(para(S.partSummarySentence(partSummary(part))));
    for (const it of part.items.filter((x) => x.status !== "pass"))
      blocks.push(item(itemNoteRuns(it)));
  }

  // （四）社会认可度
  const rec = county.recognition;
  blocks.push(heading(2, W.headings.recognition));
  preface(rec);
  const rows = rec.groups.map((g) => [
    g.name,
    g.responses === null ? S.NOT_FILLED_TEXT : num(g.responses, NUMBER_FORMATS.integer),
    g.satisfied === null ? S.NOT_FILLED_TEXT : num(g.satisfied, NUMBER_FORMATS.integer),
    g.rate === null ? S.NOT_FILLED_TEXT : num(g.rate * 100, NUMBER_FORMATS.ratio),
  ]);
  const gaps: [number, number][] = [];
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c === S.NOT_FILLED_TEXT) gaps.push([i, j]);
    })
  );
  if (rows.length > 0)
    blocks.push({
      kind: "table",
      caption: C.recognitionCaption,
      header: [C.recognitionHeader.slice()],
      rows,
      widths: [4, 3, 3, 3],
      placeholders: gaps,
    });
  for (const it of rec.items)
    blocks.push(
      para(
        S.recognitionSentence({
          text: it.status === "missing" ? undefined : it.text,
          threshold: it.threshold,
          status: statusText(it.status, it.kind),
        })
      )
    );

  // （五）一票否决
  const vetoes = county.vetoes;
  blocks.push(heading(2, W.headings.vetoes));
  preface(vetoes);
  const vrows = vetoes.items.map((v) => [
    String(v.number),
    v.name,
    v.status === "missing" ? S.NOT_FILLED_TEXT : v.status === "pass" ? C.vetoNone : C.vetoApplies,
  ]);
  blocks.push({
    kind: "table",
    caption: C.vetoCaption,
    header: [C.vetoHeader.slice()],
    rows: vrows,
    widths: [1.2, 12, 3],
    marked: vetoes.items.flatMap((v, i) =>
      v.status === "fail" ? [[i, 2] as [number, number]] : []
    ),
    placeholders: vetoes.items.flatMap((v, i) =>
      v.status === "missing" ? [[i, 2] as [number, number]] : []
    ),
  });
  const vv = county.vetoVerdict;
  const names = (ids: readonly string[]) =>
    vetoes.items.filter((v) => ids.includes(v.id)).map((v) => v.shortName);
  blocks.push(
    para(
      S.vetoSentence(
        vv.state,
        vv.state === "applies"
          ? names(vv.applied)
          : vv.state === "unanswered"
            ? names(vv.unanswered)
            : []
      )
    )
  );
}

function itemNoteRuns(it: CountyItem): DocRun[] {
  const notes = renderCountyNotes(it.notes);
  return S.itemNote(it.number, it.shortName, notes || statusText(it.status, it.kind));
}

// --- 四、存在的问题 ------------------------------------------------------------------------

function problems(ctx: Ctx): void {
  const { ev, blocks, county } = ctx;
  const { assessment: a, profile } = ev;
  const P = S.P;
  let g = 0;
  let any = false;
  const group = (title: string, items: DocRun[][]): void => {
    if (items.length === 0) return;
    any = true;
    blocks.push(heading(2, title.replace("{n}", S.numeral(++g))));
    for (const runs of items) blocks.push(item(runs));
  };

  // 一票否决 first: it decides alone.
  const applied = county.vetoes.items.filter((v) => v.status === "fail");
  group(
    P.groups.vetoes,
    applied.map((v) => S.sentence(P.itemPlain, { item: v.name, status: S.C.vetoApplies }))
  );

  // 资源配置: the CVs over their limits, then the schools below the standard.
  const res: DocRun[][] = [];
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.schools.length === 0) continue;
    const over = a.indicators.filter((id) => sa.indicators[id]?.cvPasses === false);
    const limit = profile.countyRule.limits?.[stage];
    if (over.length > 0)
      res.push(
        S.sentence(P.cvs, {
          stage: STAGE_NAMES[stage],
          list: over
            .map(
              (id) => `${INDICATORS[id].name}（${num(sa.indicators[id]?.cv, NUMBER_FORMATS.cv)}）`
            )
            .join("、"),
          limit: num(limit, NUMBER_FORMATS.cvLimit),
        })
      );
    if (sa.compositePasses === false)
      res.push(
        S.sentence(P.composite, {
          stage: STAGE_NAMES[stage],
          cv: num(sa.compositeCv, NUMBER_FORMATS.cv),
          limit: num(sa.compositeLimit, NUMBER_FORMATS.cvLimit),
        })
      );
    if (sa.missingIndicators)
      res.push(
        S.sentence(P.missingResources, {
          stage: STAGE_NAMES[stage],
          list: sa.missingIndicators.map((id) => INDICATORS[id].shortName).join("、"),
          words: PARTIAL_WORDS.notComputed.zh,
        })
      );
    const failing = sa.schools.filter((s) => s.passes === false);
    if (failing.length > 0) {
      res.push(S.sentence(P.schools, { stage: STAGE_NAMES[stage], n: failing.length }));
      // Most serious first: the schools meeting the fewest indicators.
      const order = failing
        .map((s, i) => ({ s, i }))
        .sort((x, y) => (x.s.metCount ?? 0) - (y.s.metCount ?? 0) || x.i - y.i);
      for (const { s } of order) res.push(S.failingSchool(s.name, schoolShortfallText(s, profile)));
    }
  }
  group(P.groups.resources, res);

  // 班额、学校规模、专用教室 (items 3–5 of 政府保障程度 say them too; here in the school tables' terms).
  const sizes: DocRun[][] = [];
  if (a.classSize)
    for (const stage of STAGES) {
      const cs = a.classSize[stage];
      if (cs.overLimit > 0)
        sizes.push(
          S.sentence(S.M.classesMeasure, {
            stage: STAGE_NAMES[stage],
            over: num(cs.overLimit, NUMBER_FORMATS.integer),
            limit: String(profile.classSize.limits[stage]),
          })
        );
    }
  const oversized = a.schoolSize.filter((s) => !s.passes).length;
  if (oversized > 0) sizes.push(S.sentence(S.M.sizeMeasure, { n: oversized }));
  const rooms = (a.specialRooms ?? []).filter((r) => !r.passes).length;
  if (rooms > 0) sizes.push(S.sentence(S.M.roomsMeasure, { n: rooms }));
  group(P.groups.sizes, sizes);

  // The county parts: what is not met, then what is not filled in.
  for (const part of [county.government, county.quality, county.recognition]) {
    group(
      P.groups.county.replace("{part}", part.name),
      part.items
        .filter((it) => it.status === "fail")
        .map((it) =>
          S.sentence(P.item, {
            item: it.shortName,
            notes: renderCountyNotes(it.notes) || statusText(it.status, it.kind),
          })
        )
    );
  }
  const missing: DocRun[][] = [];
  for (const part of [county.government, county.quality, county.recognition, county.vetoes]) {
    const items = part.items.filter((it) => it.status === "missing");
    if (items.length > 0)
      missing.push([
        ...S.sentence(P.missing, {
          part: part.name,
          list: items.map((it) => `${it.number}. ${it.shortName}`).join("、"),
        }),
        S.notFilled(),
      ]);
  }
  group(P.groups.missing, missing);
  if (!any) blocks.push(para(S.sentence(P.none)));
}

// --- 五、整改措施 --------------------------------------------------------------------------

function measures(ctx: Ctx, comparison: YearComparison | undefined): void {
  const { ev, blocks, county } = ctx;
  const { assessment: a, profile } = ev;
  const M = S.M;
  let g = 0;
  const gh = (template: string, part = ""): DocBlock =>
    heading(2, S.groupHeading(template, ++g, part));

  blocks.push(gh(M.groups.schools));
  const gaps = ev.gaps;
  if (!hasGaps(gaps)) blocks.push(para(S.sentence(M.gapsFailed, { error: gaps.error })));
  else if (a.missing) blocks.push(para(S.sentence(M.partial, { words: PARTIAL_WORDS.noGaps.zh })));
  else if (gaps.plans.length === 0) blocks.push(para(S.sentence(M.gapsNone)));
  else {
    blocks.push(para(S.sentence(M.gapsIntro, { n: gaps.plans.length })));
    for (const p of gaps.plans) {
      const additions = GAP_FIELD_ORDER.filter((f) => (p.additions[f] ?? 0) !== 0).map((f) =>
        additionText(f, p.additions[f] as number)
      );
      blocks.push(
        item(
          S.gapSchoolSentence(p.name, p.stages.map((st) => STAGE_NAMES[st]).join("、"), additions)
        )
      );
    }
    // The county's CVs once every plan is carried out.
    const rows: string[][] = [];
    const marked: [number, number][] = [];
    for (const stage of STAGES) {
      if (a.stages[stage].schools.length === 0) continue;
      const after = gaps.stagesAfterGaps[stage];
      for (const id of a.indicators) {
        const before = a.stages[stage].indicators[id];
        if (after.cvPasses[id] === false) marked.push([rows.length, 5]);
        rows.push([
          STAGE_NAMES[stage],
          INDICATORS[id].name,
          num(before?.cv, NUMBER_FORMATS.cv),
          num(after.cvs[id], NUMBER_FORMATS.cv),
          num(before?.cvLimit, NUMBER_FORMATS.cvLimit),
          after.cvPasses[id] == null ? "——" : statusText(after.cvPasses[id] ? "pass" : "fail"),
        ]);
      }
    }
    blocks.push({
      kind: "table",
      caption: M.afterCaption,
      header: [M.afterHeader.slice()],
      rows,
      widths: [1.5, 5.5, 2.5, 2.5, 2, 2.5],
      marked,
    });
    for (const stage of STAGES) {
      if (a.stages[stage].schools.length === 0) continue;
      const after = gaps.stagesAfterGaps[stage];
      blocks.push(
        para(
          S.sentence(M.afterStage, {
            stage: STAGE_NAMES[stage],
            n: a.indicators.filter((id) => after.cvPasses[id] === true).length,
            of: a.indicators.length,
          })
        )
      );
    }
  }

  // Class size, school size, rooms: a prompt each.
  const sizes: DocRun[][] = [];
  if (a.classSize)
    for (const stage of STAGES) {
      const cs = a.classSize[stage];
      if (cs.overLimit > 0)
        sizes.push(
          S.measureWithPrompt(M.classesMeasure, {
            stage: STAGE_NAMES[stage],
            over: num(cs.overLimit, NUMBER_FORMATS.integer),
            limit: String(profile.classSize.limits[stage]),
          })
        );
    }
  const oversized = a.schoolSize.filter((s) => !s.passes).length;
  if (oversized > 0) sizes.push(S.measureWithPrompt(M.sizeMeasure, { n: oversized }));
  const rooms = (a.specialRooms ?? []).filter((r) => !r.passes).length;
  if (rooms > 0) sizes.push(S.measureWithPrompt(M.roomsMeasure, { n: rooms }));
  if (sizes.length > 0) {
    blocks.push(gh(M.groups.sizes));
    for (const r of sizes) blocks.push(item(r));
  }

  // The county parts: each unmet item, a prompt.
  for (const part of [county.government, county.quality, county.recognition, county.vetoes]) {
    const unmet = part.items.filter((it) => it.status === "fail");
    if (unmet.length === 0) continue;
    blocks.push(gh(M.groups.county, part.name));
    for (const it of unmet) blocks.push(item(S.itemMeasure(`${it.number}. ${it.shortName}`)));
  }

  // 监测: what changed since last year, and the early warnings.
  if (comparison) {
    blocks.push(gh(M.monitoringHeading));
    const earlier = comparison.years.slice(0, -1);
    const years = yearsText(earlier.length > 0 ? earlier : comparison.years);
    const watch = watchItems(comparison);
    blocks.push(para(S.sentence(watch.length > 0 ? M.monitoring : M.monitoringNone, { years })));
    for (const w of watch)
      blocks.push(
        item([{ text: w.kind === "warning" ? warningText(w.warning) : eventText(w.event) }])
      );
  }
}

// --- 附件2: the charts ----------------------------------------------------------------------

/** The SVG's own size (px) as points (72 / 96). */
function svgSize(svg: string): { width: number; height: number } {
  const w = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 480);
  const h = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 320);
  return { width: (w * 72) / 96, height: (h * 72) / 96 };
}

function chartBlock(svg: string, caption: string): DocBlock {
  return { kind: "chart", svg, caption, ...svgSize(svg) };
}

function charts(ctx: Ctx): void {
  const { ev, blocks } = ctx;
  const { assessment: a, profile } = ev;
  const W = S.WORDS;
  const stages = STAGES.filter((st) => a.stages[st].schools.length > 0);
  if (stages.length === 0) return;
  blocks.push({ kind: "pageBreak" }, heading(2, W.headings.annexCharts));
  for (const stage of stages) {
    const stageName = STAGE_NAMES[stage];
    blocks.push(chartBlock(cvChartSvg(a, profile, stage), chartCaption("cv", stage)));
    const n = a.stages[stage].schools.length;
    if (n > MAX_CHART_SCHOOLS) {
      blocks.push(para(S.sentence(W.charts.tooMany, { stage: stageName, n })));
      continue;
    }
    for (const id of computedIndicators(a, stage))
      blocks.push(chartBlock(indicatorChartSvg(a, stage, id), chartCaption(id, stage)));
  }
}

function chartCaption(what: IndicatorId | "cv", stage: Stage): string {
  return what === "cv"
    ? S.chartTitle("cv", STAGE_NAMES[stage])
    : S.chartTitle(INDICATORS[what].shortName, STAGE_NAMES[stage]);
}
