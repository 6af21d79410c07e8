/**
 * The Chinese summary `edu-balance compare` prints (issue 25): what changed and what to watch
 * first (the early warnings, then the latest year's events, most urgent first), per stage each
 * CV by year against its limit and the schools passing, then the events counted by kind.
 */
import { formatNumber, INDICATORS, STAGE_NAMES, STAGES, type YearComparison } from "../core";
import {
  EVENT_URGENCY,
  eventKindName,
  eventText,
  warningText,
  watchItems,
  yearsText,
} from "../report";
import { formatTable, type Palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** How many watch lines the summary shows before "另有 N 条". */
const WATCH_LINES = 12;

/** The Chinese summary: what to watch first, then per stage the CVs by year, then the events counted. */
export function renderCompareText(
  c: YearComparison,
  profile: { name: string; kind: string },
  colour: Palette,
  countyName?: string
): string {
  const W = ZH_CLI.compare;
  const out: string[] = [];
  out.push(
    colour.bold(fill(W.title, { kind: profile.kind, years: yearsText(c.years), n: c.years.length }))
  );
  const county = countyName ?? c.county?.name;
  if (county) out.push(fill(W.county, { name: county }));
  out.push(fill(W.profile, { name: profile.name }));
  out.push(
    fill(W.files, {
      files: c.years
        .map((year, i) => fill(W.fileYear, { year, file: c.sources[i] }))
        .join(ZH_CLI.common.listSeparator),
    })
  );

  // What to watch, most urgent first: the early warnings, then the latest year's events (and any
  // possible rename, which waits for the user's word).
  out.push("");
  out.push(colour.bold(W.watchTitle));
  const watch = watchItems(c).map((item) => {
    if (item.kind === "warning")
      return colour.fail(fill(W.watchLine, { name: W.warning, text: warningText(item.warning) }));
    // Each event's line says what it is (the compare part's words): no kind name before it.
    const line = eventText(item.event);
    return item.level === "fail"
      ? colour.fail(line)
      : item.level === "warn"
        ? colour.warn(line)
        : line;
  });
  if (watch.length === 0) out.push(`  ${W.watchNone}`);
  for (const line of watch.slice(0, WATCH_LINES)) out.push(`  ${line}`);
  if (watch.length > WATCH_LINES) out.push(`  ${fill(W.more, { n: watch.length - WATCH_LINES })}`);
  if (c.warnings.length > 0) out.push(`  ${W.method}`);

  // Per stage: each CV by year against its limit, the schools passing.
  for (const stage of STAGES) {
    const st = c.stages[stage];
    if (!st) continue;
    out.push("");
    out.push(colour.bold(fill(W.stageTitle, { stage: STAGE_NAMES[stage] })));
    const rows: string[][] = [[W.headerIndicator, W.headerLimit, ...c.years.map(String)]];
    const cvCell = (v: number | null, limit: number | null | undefined): string =>
      v === null
        ? "—"
        : limit !== null && limit !== undefined && v > limit
          ? colour.fail(formatNumber(v, 3))
          : formatNumber(v, 3);
    for (const [id, ind] of Object.entries(st.indicators)) {
      if (!ind) continue;
      rows.push([
        INDICATORS[id as keyof typeof INDICATORS].shortName,
        ind.cvLimit === null ? "—" : ind.cvLimit.toFixed(2),
        ...ind.cv.map((v) => cvCell(v, ind.cvLimit)),
      ]);
    }
    if (st.compositeCv)
      rows.push([
        W.composite,
        st.compositeLimit === undefined ? "—" : st.compositeLimit.toFixed(2),
        ...st.compositeCv.map((v) => cvCell(v, st.compositeLimit)),
      ]);
    rows.push([
      W.schoolsPassing,
      "",
      ...st.schoolsPassing.map((n, i) =>
        n === null ? "—" : `${n}/${st.schools[i] === null ? "—" : st.schools[i]}`
      ),
    ]);
    rows.push([
      W.stagePasses,
      "",
      ...st.passes.map((p) => (p === null ? "—" : p ? colour.pass(W.pass) : colour.fail(W.fail))),
    ]);
    out.push(...formatTable(rows, ["left", "right", ...c.years.map(() => "right" as const)]));
  }

  // The events, counted by kind.
  out.push("");
  out.push(colour.bold(W.eventsTitle));
  const counts = new Map<string, number>();
  for (const e of c.events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const kinds = (Object.keys(EVENT_URGENCY) as (keyof typeof EVENT_URGENCY)[]).filter((k) =>
    counts.has(k)
  );
  out.push(
    `  ${
      kinds.length === 0
        ? W.noEvents
        : kinds
            .map((k) => fill(W.eventCount, { kind: eventKindName(k), n: counts.get(k) ?? 0 }))
            .join(ZH_CLI.common.listSeparator)
    }`
  );
  return out.join("\n") + "\n";
}
