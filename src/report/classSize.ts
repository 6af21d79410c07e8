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

function share(value: number | null): ReportCell {
  return num(value, NUMBER_FORMATS.percent);
}

export function classSizeSheet(ctx: ReportContext): ReportSheet {
  const { a, profile } = ctx;
  const b = new SheetBuilder([8, 26, 16, 14, 14, 14, 14, 14, 10]);
  b.top("班额、学校规模与专用教室", ctx.subtitle, ctx.notice);
  const { limits, bands } = profile.classSize;

  b.wide(
    `一、班额（小学不超过 ${limits.primary} 人，初中不超过 ${limits.junior} 人；不含特殊教育学校）`,
    "total"
  );
  if (a.classSize) {
    const cs = a.classSize;
    b.header([
      "学段",
      "班级数",
      "超过上限的班级",
      "占比",
      `大班额（${bands.veryLarge}人及以上）`,
      "占比",
      `超大班额（${bands.superLarge}人及以上）`,
      "占比",
      "结论",
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
    b.wide("超过班额上限的班级", "total");
    b.header(["学段", "学校名称", "班级", "学生数", "班额类型"]);
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
    if (!any) b.row([cell("无")]);
  } else {
    b.row([cell("未提供班级表，未检查班额")]);
  }

  b.blank();
  b.wide(
    `二、学校规模（义务教育阶段学生数：${renderFinding(schoolSizeLimits(profile))}）`,
    "total"
  );
  // Under a profile with the 认定规程 allowances, a seventh column names the one each school used.
  const withAllowances = a.allowances !== undefined;
  b.header([
    "序号",
    "学校名称",
    "学校类型",
    "义务教育阶段学生数",
    "上限",
    "结论",
    ...(withAllowances ? ["所用放宽条款"] : []),
  ]);
  a.schoolSize.forEach((f, i) => {
    b.row([
      cell(i + 1),
      cell(f.name),
      cell(SCHOOL_TYPE_NAMES[f.type] ?? String(f.type)),
      cell(f.students, f.passes ? "text" : "fail"),
      cell(f.limit),
      f.passes
        ? cell("未超过", "pass")
        : cell("超过上限", "fail", { note: `超出 ${f.students - f.limit} 人` }),
      ...(withAllowances ? [cell(f.allowance?.message ?? "")] : []),
    ]);
  });

  b.blank();
  // With room areas in the school table, the 专用教室面积 item is computed too: two more columns.
  const areas = a.specialRooms?.some((r) => r.areaPasses !== undefined) === true;
  b.wide(
    areas
      ? `三、音乐、美术专用教室（每 ${profile.specialRooms.classesPerRoom} 个班各 1 间；面积：音乐 ≥ ${profile.specialRooms.musicRoomMinArea}㎡、美术 ≥ ${profile.specialRooms.artRoomMinArea}㎡）`
      : `三、音乐、美术专用教室（每 ${profile.specialRooms.classesPerRoom} 个班各 1 间；仅核对间数，面积请另行核对）`,
    "total"
  );
  if (a.specialRooms) {
    b.header([
      "序号",
      "学校名称",
      "班级数",
      "应配（各）",
      "音乐教室",
      "美术教室",
      "结论",
      ...(areas ? ["面积", "面积不足的教室及所用标准"] : []),
    ]);
    a.specialRooms.forEach((r, i) => {
      const areaCells: ReportCell[] = [];
      if (areas) {
        const notes = [
          ...(r.roomsBelowArea ?? []).map((x) => x.message),
          ...(r.allowance ? [r.allowance.message] : []),
        ];
        areaCells.push(
          r.areaPasses === null || r.areaPasses === undefined
            ? cell("未填面积")
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
    b.row([cell("学校表中没有音乐、美术专用教室数，未检查")]);
  }

  if (a.allowances) {
    b.blank();
    b.wide("四、认定规程放宽条款（国教督办函〔2019〕30号）：逐校列出所用条款", "total");
    b.header(["序号", "学校名称", "学段", "所用放宽条款"]);
    a.allowances.used.forEach((n, i) => {
      b.row([
        cell(i + 1),
        cell(n.school),
        cell(n.stage ? STAGE_NAMES[n.stage] : ""),
        cell(n.message),
      ]);
    });
    if (a.allowances.used.length === 0) b.row([cell("没有学校使用放宽条款")]);
    for (const f of a.allowances.findings)
      b.row([cell("未适用"), cell(f.school), cell(""), cell(f.message, "fail")]);
  }
  return b.build("classSize", REPORT_SHEET_NAMES.classSize);
}
