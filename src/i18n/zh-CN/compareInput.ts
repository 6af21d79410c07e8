/** zh-CN, part `compareInput`: the inputs of the year-over-year comparison (src/core/compare/renames.ts, years.ts). */
export const COMPARE_INPUT = {
  /** readRenames: the sheet or CSV of 原名称/新名称 pairs. */
  renames: {
    noColumns:
      "没有找到「原名称」和「新名称」两列（也可写旧名称、原校名；新校名、现名称），无法读取更名对照。",
    missingTo: "只填了原名称「{from}」，没有填新名称，这一行未使用。",
    missingFrom: "只填了新名称「{to}」，没有填原名称，这一行未使用。",
    sameName: "原名称和新名称都是「{from}」，不是更名，这一行未使用。",
    conflict:
      "原名称「{from}」在第 {rows} 行对应了不同的新名称（{names}），无法确定是哪一个，这几行都未使用。请只保留一行。",
  },
  /** Where a renames issue is, written before its message. */
  place: {
    file: "「{file}」",
    sheet: "「{file}」工作表「{sheet}」",
    row: "第{row}行",
    column: "{column}列",
    end: "：",
  },
  /** RenamePair.source: where the pair was written. */
  pairSource: {
    file: "{file} 第 {row} 行",
    sheet: "{file} 工作表「{sheet}」第 {row} 行",
  },
  /** checkYears: why the files cannot be laid side by side. */
  years: {
    duplicateYear:
      "「{first}」和「{second}」都是 {year} 年的数据，同一年只能有一个文件。请去掉其中一个，或核对它们的填报年度。",
    differentCountyNames:
      "「{first}」是「{firstValue}」，「{second}」是「{secondValue}」：县（市、区）名称不同，不能放在一起比较。请只选同一个县各年度的文件。",
    differentCountyCodes:
      "「{first}」的行政区划代码是 {firstValue}，「{second}」的是 {secondValue}：不是同一个县，不能放在一起比较。请只选同一个县各年度的文件。",
  },
};
