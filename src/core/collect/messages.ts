/**
 * What collecting one-school forms says beyond the reader's own messages (which it
 * reuses, placed at the form's cell): files that are not forms, blank forms, a school
 * returned twice, forms that cannot be written into the county table. Chinese first,
 * English second, like src/core/table/messages.ts.
 */
import type { CellPlace } from "./types";

export type Params = Record<string, string | number>;

interface Template {
  severity: "error" | "warning";
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const COLLECT_MESSAGES = {
  unreadable: {
    severity: "warning",
    zh: (p) => `无法读取，已跳过：${p.reason}`,
    en: (p) => `cannot be read, skipped: ${p.reason}`,
  },
  notForm: {
    severity: "warning",
    zh: () =>
      `不是学校填报表：没有「填报项目｜单位｜填报值」式的工作表（各行含「学校名称」「学校类型」「小学在校生数」等项目），也没有只填一所学校的学校基础数据表。已跳过。`,
    en: () =>
      `not a school form: no sheet of items (填报项目 | 单位 | 填报值, with 学校名称, 学校类型, 小学在校生数 …) and no school sheet holding one school. Skipped.`,
  },
  emptyTable: {
    severity: "warning",
    zh: () => `是学校表，但表头下面没有学校，像是空白模板。已跳过。`,
    en: () => `the school sheet has no school below its header: an empty template? Skipped.`,
  },
  countyTable: {
    severity: "warning",
    zh: (p) =>
      `是有 ${p.count} 所学校的学校表（县级汇总表），不是一校一表，未汇总。请用 edu-balance assess 直接测算它，或把它移出这个文件夹；去年的汇总表可用 --list 作为名单。`,
    en: (p) =>
      `is a school table of ${p.count} schools (a county table), not a one-school form; not collected. Assess it with edu-balance assess, or move it out of the folder; last year's table can be given as --list.`,
  },
  blankForm: {
    severity: "warning",
    zh: () => `是空白的学校填报表（填报值一项也没有填写），未写入汇总表。`,
    en: () => `is a blank school form (no value filled in); not written into the county table.`,
  },
  notWritten: {
    severity: "error",
    zh: () =>
      `缺少必填的填报项目，或有填报项目无法确定（见本文件的其他提示），该校未写入汇总表。请补上或改正后重新汇总。`,
    en: () =>
      `lacks a required item or has an item that cannot be told (see this file's other messages); the school is not written into the county table. Mend it and collect again.`,
  },
  noName: {
    severity: "error",
    zh: () => `没有填写学校名称，无法确定是哪所学校，未写入汇总表。`,
    en: () =>
      `gives no school name, so the school cannot be told; not written into the county table.`,
  },
  duplicateSchool: {
    severity: "error",
    zh: (p) =>
      `学校「${p.school}」同时出现在 ${p.count} 个文件中：${p.files}，内容不同（${p.differences}），都未写入汇总表。请核对后只保留一份，再重新汇总。`,
    en: (p) =>
      `the school "${p.school}" is in ${p.count} files: ${p.filesEn}, with different figures (${p.differencesEn}); none is written into the county table. Keep one and collect again.`,
  },
  duplicateSame: {
    severity: "warning",
    zh: (p) =>
      `学校「${p.school}」在${p.files}中各交了一份，内容完全相同，只写入一次（取自「${p.kept}」）。`,
    en: (p) =>
      `the school "${p.school}" came in ${p.filesEn} with identical figures; written once (from "${p.kept}").`,
  },
  classesNotCollected: {
    severity: "warning",
    zh: () =>
      `班级表未汇总：collect 只汇总学校基础数据。班额要用全县的「班级」表，请把各校的班级整理到汇总表的「班级」表中（表头见数据模板）。`,
    en: () =>
      `the class sheet is not collected: collect gathers the school sheet only. Class sizes need the county's 班级 sheet; put each school's classes into the collected workbook's 班级 sheet (headers as in the data template).`,
  },
  itemAbsent: {
    severity: "error",
    zh: (p) => `（表中没有「${p.label}」这一项）`,
    en: (p) => ` (the form has no item "${p.labelEn}")`,
  },
} satisfies Record<string, Template>;

export type CollectMessageCode = keyof typeof COLLECT_MESSAGES;

/** 「城关一小.xlsx」工作表「填报表」第12行C列： — where a message's cell is. */
export function placeText(file: string, place?: Partial<CellPlace>): { zh: string; en: string } {
  const fileZh = file === "" ? "汇总表" : `「${file}」`;
  const fileEn = file === "" ? "County table" : `"${file}"`;
  if (!place || place.sheet === undefined) return { zh: `${fileZh}：`, en: `${fileEn}: ` };
  const row = place.row !== undefined ? `第${place.row}行` : "";
  const col = place.column !== undefined ? `${place.column}列` : "";
  return {
    zh: `${fileZh}工作表「${place.sheet}」${row}${col}：`,
    en: `${fileEn}, sheet "${place.sheet}"${place.row !== undefined ? `, row ${place.row}` : ""}${place.column !== undefined ? `, column ${place.column}` : ""}: `,
  };
}

export function collectText(code: CollectMessageCode, params: Params = {}) {
  const t: Template = COLLECT_MESSAGES[code];
  return { severity: t.severity, zh: t.zh(params), en: t.en(params) };
}
