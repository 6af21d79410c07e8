/** 班额与规模 (§1.4 items 3–5, §3): class sizes, school sizes, 音乐、美术专用教室 and the allowances used. */
import {
  CLASS_BAND_NAMES,
  renderFinding,
  schoolSizeLimits,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
  STAGES,
} from "../core";
import { REPORT_SHEET_NAMES, type ReportContext } from "./context";
import { NUMBER_FORMATS } from "./formats";
import type { ReportCell, ReportSheet } from "./model";
import { cell, num, SheetBuilder, verdictCell } from "./sheet";
import { fill, ZH } from "../i18n";

const T = ZH.report.classSize;

function share(value: number | null): ReportCell {
  return num(value, NUMBER_FORMATS.percent);
}

export function classSizeSheet(ctx: ReportContext): ReportSheet {
  const { a, profile } = ctx;
  const b = new SheetBuilder([8, 26, 16, 14, 14, 14, 14, 14, 10]);
  b.top(T.title, ctx.subtitle, ctx.notice);
  const { limits, bands } = profile.classSize;

  b.wide(fill(T.classSection, { primary: limits.primary, junior: limits.junior }), "total");
  if (a.classSize) {
    const cs = a.classSize;
    b.header([
      T.stage,
      T.classes,
      T.overLimit,
      T.share,
      fill(T.large, { n: bands.veryLarge }),
      T.share,
      fill(T.superLarge, { n: bands.superLarge }),
      T.share,
      T.verdict,
    ]);
    for (const stage of STAGES) {
      const s = cs[stage];
      b.row([
        cell(STAGE_NAMES[stage]),
        cell(s.classes),
        cell(s.overLimit, s.overLimit > 0 ? "fail" : "text"),
        share(s.overLimitShare),
        cell(s.largeClasses, s.largeClasses > 0 ? "fail" : "text"),
        share(s.largeClassShare),
        cell(s.superLargeClasses, s.superLargeClasses > 0 ? "fail" : "text"),
        share(s.superLargeClassShare),
        verdictCell(s.passes),
      ]);
    }
    b.blank();
    b.wide(T.overLimitClasses, "total");
    b.header([...T.overLimitHeaders]);
    let any = false;
    for (const stage of STAGES) {
      for (const c of cs[stage].overLimitClasses) {
        any = true;
        b.row([
          cell(STAGE_NAMES[stage]),
          cell(c.school),
          cell(c.className),
          cell(c.students, "fail"),
          cell(CLASS_BAND_NAMES[c.band]),
        ]);
      }
    }
    if (!any) b.row([cell(T.none)]);
  } else {
    b.row([cell(T.noClassTable)]);
  }

  b.blank();
  b.wide(fill(T.sizeSection, { limits: renderFinding(schoolSizeLimits(profile)) }), "total");
  // Under a profile with the 认定规程 allowances, a seventh column names the one each school used.
  const withAllowances = a.allowances !== undefined;
  b.header([...T.sizeHeaders, ...(withAllowances ? [T.allowanceUsed] : [])]);
  a.schoolSize.forEach((f, i) => {
    b.row([
      cell(i + 1),
      cell(f.name),
      cell(SCHOOL_TYPE_NAMES[f.type] ?? String(f.type)),
      cell(f.students, f.passes ? "text" : "fail"),
      cell(f.limit),
      f.passes
        ? cell(T.withinLimit, "pass")
        : cell(T.overSize, "fail", { note: fill(T.overBy, { n: f.students - f.limit }) }),
      ...(withAllowances ? [cell(f.allowance?.message ?? "")] : []),
    ]);
  });

  b.blank();
  // With room areas in the school table, the 专用教室面积 item is computed too: two more columns.
  const areas = a.specialRooms?.some((r) => r.areaPasses !== undefined) === true;
  b.wide(
    areas
      ? fill(T.roomsSectionAreas, {
          n: profile.specialRooms.classesPerRoom,
          music: profile.specialRooms.musicRoomMinArea,
          art: profile.specialRooms.artRoomMinArea,
        })
      : fill(T.roomsSection, { n: profile.specialRooms.classesPerRoom }),
    "total"
  );
  if (a.specialRooms) {
    b.header([...T.roomsHeaders, ...(areas ? T.areaHeaders : [])]);
    a.specialRooms.forEach((r, i) => {
      const areaCells: ReportCell[] = [];
      if (areas) {
        const notes = [
          ...(r.roomsBelowArea ?? []).map((x) => x.message),
          ...(r.allowance ? [r.allowance.message] : []),
        ];
        areaCells.push(
          r.areaPasses === null || r.areaPasses === undefined
            ? cell(T.noArea)
            : verdictCell(r.areaPasses),
          cell(notes.join("；"))
        );
      }
      b.row([
        cell(i + 1),
        cell(r.name),
        cell(r.classes),
        cell(r.required),
        cell(r.musicRooms, r.musicRooms < r.required ? "fail" : "text"),
        cell(r.artRooms, r.artRooms < r.required ? "fail" : "text"),
        verdictCell(r.passes),
        ...areaCells,
      ]);
    });
  } else {
    b.row([cell(T.noRooms)]);
  }

  if (a.allowances) {
    b.blank();
    b.wide(T.allowancesSection, "total");
    b.header([...T.allowancesHeaders]);
    a.allowances.used.forEach((n, i) => {
      b.row([
        cell(i + 1),
        cell(n.school),
        cell(n.stage ? STAGE_NAMES[n.stage] : ""),
        cell(n.message),
      ]);
    });
    if (a.allowances.used.length === 0) b.row([cell(T.noAllowances)]);
    for (const f of a.allowances.findings)
      b.row([cell(T.notApplied), cell(f.school), cell(""), cell(f.message, "fail")]);
  }
  return b.build("classSize", REPORT_SHEET_NAMES.classSize);
}
