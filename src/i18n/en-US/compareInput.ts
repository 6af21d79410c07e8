import type { Texts } from "../texts";
import type { COMPARE_INPUT as ZH } from "../zh-CN/compareInput";

export const COMPARE_INPUT: Texts<typeof ZH> = {
  renames: {
    noColumns:
      "No 原名称 (former name) and 新名称 (new name) columns found (also 旧名称 or 原校名; 新校名 or 现名称): the renames cannot be read.",
    missingTo: 'Only the former name "{from}" is given, no new name: the row is not used.',
    missingFrom: 'Only the new name "{to}" is given, no former name: the row is not used.',
    sameName: 'The former and the new name are both "{from}": not a rename, the row is not used.',
    conflict:
      'The former name "{from}" is given different new names on rows {rowsEn} ({namesEn}): cannot tell which, none of these rows is used. Keep one row.',
  },
  place: {
    file: "{file}",
    sheet: '{file}, sheet "{sheet}"',
    row: ", row {row}",
    column: ", column {column}",
    end: ": ",
  },
  pairSource: {
    file: "{file}, row {row}",
    sheet: '{file}, sheet "{sheet}", row {row}',
  },
  years: {
    duplicateYear:
      '"{first}" and "{second}" are both of {year}; a year can have one file only. Leave one out, or check their 填报年度 (report year).',
    differentCountyNames:
      '"{first}" is of "{firstValue}", "{second}" of "{secondValue}": different counties cannot be compared. Choose the files of one county, one per year.',
    differentCountyCodes:
      '"{first}" has the county code {firstValue}, "{second}" {secondValue}: not the same county, they cannot be compared. Choose the files of one county, one per year.',
  },
};
