import type { Texts } from "../texts";
import type { COLLECT as ZH } from "../zh-CN/collect";

export const COLLECT: Texts<typeof ZH> = {
  messages: {
    unreadable: "cannot be read, skipped: {reason}",
    notForm:
      "not a school form: no sheet of items (填报项目 | 单位 | 填报值, with 学校名称, 学校类型, 小学在校生数 …) and no school sheet holding one school. Skipped.",
    emptyTable: "the school sheet has no school below its header: an empty template? Skipped.",
    countyTable:
      "is a school table of {count} schools (a county table), not a one-school form; not collected. Assess it with edu-balance assess, or move it out of the folder; last year's table can be given as --list.",
    blankForm: "is a blank school form (no value filled in); not written into the county table.",
    notWritten:
      "lacks a required item or has an item that cannot be told (see this file's other messages); the school is not written into the county table. Mend it and collect again.",
    noName:
      "gives no school name, so the school cannot be told; not written into the county table.",
    duplicateSchool:
      'the school "{school}" is in {count} files: {filesEn}, with different figures ({differencesEn}); none is written into the county table. Keep one and collect again.',
    duplicateSame:
      'the school "{school}" came in {filesEn} with identical figures; written once (from "{kept}").',
    classesNotCollected:
      "the class sheet is not collected: collect gathers the school sheet only. Class sizes need the county's 班级 sheet; put each school's classes into the collected workbook's 班级 sheet (headers as in the data template).",
    itemAbsent: ' (the form has no item "{labelEn}")',
  },
  place: {
    countyTable: "County table",
    file: '"{file}"',
    fileOnly: "{file}: ",
    sheet: '{file}, sheet "{sheet}"',
    row: ", row {row}",
    column: ", column {column}",
    end: ": ",
  },
};
