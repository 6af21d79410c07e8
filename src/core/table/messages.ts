/**
 * Every message the table reader gives, in one table (Chinese first, English
 * second), keyed by the stable code that InputIssue.code carries. Hosts may
 * localise by code; the CLI and the wizard show `message`.
 */
import type { InputIssue } from "../types";

export type MessageParams = Record<string, string | number>;

export interface MessageTemplate {
  severity: InputIssue["severity"];
  zh: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

export const TABLE_MESSAGES = {
  // --- finding the sheets and the header ------------------------------------
  noSchoolSheet: {
    severity: "error",
    zh: (p) =>
      `没有找到学校基础数据表：已检查的工作表（${p.sheets}）都没有含「学校名称」「学校类型」「小学在校生数」等列的表头。请使用数据模板，或在向导中指定工作表。`,
    en: (p) =>
      `No school data sheet found: none of the sheets (${p.sheets}) has a header with columns such as 学校名称, 学校类型, 小学在校生数. Use the data template, or choose the sheet in the wizard.`,
  },
  indicatorValuesSheet: {
    severity: "error",
    zh: () =>
      `这张工作表是各校的指标值（表Ⅱ-2 或公示表：学校名称、在校生数和「生均…」「每百名学生…」各项指标值），不是学校基础数据：测算需要教师数、面积、设备值等原始数和「学校类型」。市、省复核县里报来的表Ⅱ-2，请用 edu-balance recheck 文件.xlsx：按表中数值重算各校达标、全县平均值和差异系数，并与表Ⅲ、表Ⅱ-1 逐格核对。`,
    en: () =>
      `This sheet holds each school's indicator values (a 表Ⅱ-2 or a 公示 table: 学校名称, 在校生数 and the 生均… / 每百名学生… values), not school data: the assessment needs the raw counts (teachers, areas, equipment value) and 学校类型. To re-check a county's 表Ⅱ-2, use edu-balance recheck FILE.xlsx: it recomputes each school's verdict, the county means and CVs, and compares them cell by cell with 表Ⅲ and 表Ⅱ-1.`,
  },
  sheetNotFound: {
    severity: "error",
    zh: (p) => `工作簿中没有名为「${p.name}」的工作表（现有：${p.sheets}）。`,
    en: (p) => `The workbook has no sheet named "${p.name}" (sheets: ${p.sheets}).`,
  },
  noHeader: {
    severity: "error",
    zh: (p) => `前 ${p.rows} 行中找不到表头行（应含有${p.expected}等列）。`,
    en: (p) =>
      `No header row in the first ${p.rows} rows (expected columns such as ${p.expectedEn}).`,
  },
  ambiguousSheet: {
    severity: "warning",
    zh: (p) =>
      `有多张工作表都像${p.kind}（${p.sheets}），已使用「${p.chosen}」。如需使用其他工作表，请在向导中指定。`,
    en: (p) =>
      `Several sheets look like the ${p.kindEn} (${p.sheets}); using "${p.chosen}". Choose another sheet in the wizard if needed.`,
  },
  // --- columns ----------------------------------------------------------------
  missingColumn: {
    severity: "error",
    zh: (p) =>
      `找不到「${p.label}」列${p.reason}。表头应含有${p.keywords}（模板表头为「${p.template}」）。相近的列：${p.candidates}。请修改表头，或在向导的字段对应步骤中指定该列。${p.consequence}`,
    en: (p) =>
      `No column for "${p.labelEn}"${p.reasonEn}. The header should contain ${p.keywordsEn} (template header "${p.template}"). Similar columns: ${p.candidatesEn}. Edit the header, or choose the column in the wizard's field mapping step.${p.consequenceEn}`,
  },
  missingColumns: {
    severity: "error",
    zh: (p) =>
      `找不到以下 ${p.count} 列：${p.list}。请一并修改表头，或在向导的字段对应步骤中指定这些列。${p.partial ?? ""}`,
    en: (p) =>
      `No column for these ${p.count} fields: ${p.listEn}. Edit the headers, or choose the columns in the wizard's field mapping step.${p.partialEn ?? ""}`,
  },
  duplicateColumn: {
    severity: "error",
    zh: (p) =>
      `有多列都像「${p.label}」：${p.candidates}。无法确定使用哪一列，请修改多余列的表头，或在字段对应步骤中指定。${p.consequence}`,
    en: (p) =>
      `Several columns look like "${p.labelEn}": ${p.candidatesEn}. Cannot tell which to use: edit the header of the extra columns, or choose the column in the field mapping step.${p.consequenceEn}`,
  },
  ambiguousHeader: {
    severity: "warning",
    zh: (p) =>
      `表头「${p.header}」同时像${p.labels}，未使用该列。如需使用，请修改表头或在字段对应步骤中指定。`,
    en: (p) =>
      `The header "${p.header}" looks like several fields (${p.labelsEn}); the column is not used. Edit the header or choose it in the field mapping step.`,
  },
  moneyUnitMissing: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」列的表头「${p.header}」没有写单位。统计报表多以万元填报，而指标以元计算，单位不明无法换算。请在表头中注明单位，例如「${p.label}（万元）」或「${p.label}（元）」。${p.consequence}`,
    en: (p) =>
      `The header "${p.header}" of "${p.labelEn}" has no unit. Statistics report it in 万元 and the indicator is in 元, so the unit must be known. Write the unit in the header, e.g. "${p.label}（万元）" or "${p.label}（元）".${p.consequenceEn}`,
  },
  overrideUnknownField: {
    severity: "warning",
    zh: (p) => `字段对应设置中的字段「${p.field}」不存在，已忽略。`,
    en: (p) => `The field mapping names an unknown field "${p.field}"; ignored.`,
  },
  overrideBadColumn: {
    severity: "error",
    zh: (p) =>
      `字段对应设置「${p.label}」→「${p.value}」不是有效的列（应为本表中的列字母，如 F）。`,
    en: (p) =>
      `The field mapping "${p.labelEn}" → "${p.value}" is not a valid column (expected a column letter of this sheet, e.g. F).`,
  },
  // --- cells ------------------------------------------------------------------
  missingName: {
    severity: "error",
    zh: () =>
      `这一行有数据，但学校名称为空。请填写学校名称；如果这是合计行，请在名称列写「合计」。`,
    en: () =>
      `This row has data but no school name. Fill in the name; if it is a total row, write 合计 in the name column.`,
  },
  missingValue: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}为空，应为${p.expected}。`,
    en: (p) => `"${p.subject}": ${p.labelEn} is blank; expected ${p.expectedEn}.`,
  },
  missingStudents: {
    severity: "error",
    zh: (p) => `「${p.subject}」是${p.type}，但${p.label}${p.what}，应为${p.expected}。`,
    en: (p) =>
      `"${p.subject}" is a ${p.typeEn} but its ${p.labelEn} ${p.whatEn}; expected ${p.expectedEn}.`,
  },
  notANumber: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}「${p.value}」不是数字，应为${p.expected}。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" is not a number; expected ${p.expectedEn}.`,
  },
  negativeValue: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}「${p.value}」是负数，应为${p.expected}。`,
    en: (p) => `"${p.subject}": ${p.labelEn} "${p.value}" is negative; expected ${p.expectedEn}.`,
  },
  notAnInteger: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}「${p.value}」不是整数，应为${p.expected}。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" is not a whole number; expected ${p.expectedEn}.`,
  },
  valueOutOfRange: {
    severity: "error",
    zh: (p) =>
      `「${p.subject}」的${p.label}「${p.value}」超出合理范围（非零值应在 10⁻⁹ 与 10¹⁵ 之间），请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" is out of range (a non-zero value lies between 1e-9 and 1e15); check it.`,
  },
  excelError: {
    severity: "error",
    zh: (p) =>
      `「${p.subject}」的${p.label}是 Excel 错误值「${p.value}」，请先修正该单元格的公式或引用。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} is the Excel error "${p.value}"; fix the cell's formula or reference first.`,
  },
  notText: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}「${p.value}」不是文字，应为${p.expected}。`,
    en: (p) => `"${p.subject}": ${p.labelEn} "${p.value}" is not text; expected ${p.expectedEn}.`,
  },
  unknownType: {
    severity: "error",
    zh: (p) => `「${p.subject}」的学校类型「${p.value}」无法识别，应为：${p.accepted}。`,
    en: (p) => `"${p.subject}": unknown school type "${p.value}"; accepted: ${p.accepted}.`,
  },
  unknownOwnership: {
    severity: "warning",
    zh: (p) => `「${p.subject}」的办学性质「${p.value}」无法识别（应为公办或民办），已按未填处理。`,
    en: (p) =>
      `"${p.subject}": unknown ownership "${p.value}" (expected 公办 or 民办); treated as blank.`,
  },
  unknownSponsor: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的举办者类型「${p.value}」无法识别（应为代码 1–10 或名称，如 7 或“县级教育部门”、10 或“民办”），申报表中按未填报处理。`,
    en: (p) =>
      `"${p.subject}": unknown sponsor type "${p.value}" (expected a code 1–10 or its name, e.g. 7 or 县级教育部门, 10 or 民办); shown as not filled in.`,
  },
  unknownLocale: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的城乡类别「${p.value}」无法识别（应为城区、镇区或乡村，或统计用城乡分类：主城区、城乡结合区、镇中心区、镇乡结合区、特殊区域、乡中心区、村庄及其代码 111、112、121、122、123、210、220），已按未填处理。`,
    en: (p) =>
      `"${p.subject}": unknown urban/rural category "${p.value}" (expected 城区, 镇区 or 乡村, or a statistical urban–rural name or code: 主城区 111, 城乡结合区 112, 镇中心区 121, 镇乡结合区 122, 特殊区域 123, 乡中心区 210, 村庄 220); treated as blank.`,
  },
  unknownStage: {
    severity: "error",
    zh: (p) => `「${p.subject}」的学段「${p.value}」无法识别，应为小学或初中。`,
    en: (p) => `"${p.subject}": unknown stage "${p.value}"; expected 小学 or 初中.`,
  },
  // One issue per name, the first p.listed of its p.count rows listed (p.rows), and the total when
  // there are more: a list of every row on every duplicate grew with the square of the rows (issue 22).
  duplicateSchool: {
    severity: "error",
    zh: (p) =>
      `学校名称「${p.subject}」重复出现（第 ${p.rows} 行${Number(p.count) > Number(p.listed) ? `等，共 ${p.count} 行` : ""}）。一所学校只占一行（九年一贯制等跨学段学校在同一行填写各学段的数据），这些行都未计入，请删除或合并重复的行。`,
    en: (p) =>
      `The school name "${p.subject}" appears more than once (rows ${p.rows}${Number(p.count) > Number(p.listed) ? ` and more: ${p.count} rows in all` : ""}). A school takes one row (a school spanning stages fills each stage's columns on that row); none of these rows is counted: delete or merge the duplicates.`,
  },
  stageNotInType: {
    severity: "warning",
    zh: (p) => `「${p.subject}」是${p.type}，却填了${p.label}「${p.value}」，请核对学校类型。`,
    en: (p) =>
      `"${p.subject}" is a ${p.typeEn} but has ${p.labelEn} "${p.value}"; check the school type.`,
  },
  stageWithoutStudents: {
    severity: "warning",
    zh: (p) => `「${p.subject}」是${p.type}，但${p.label}为 0，该学段不参与计算。`,
    en: (p) =>
      `"${p.subject}" is a ${p.typeEn} but its ${p.labelEn} is 0; that stage is not assessed.`,
  },
  noSchoolRows: {
    severity: "warning",
    zh: (p) => `表头（第 ${p.headerRow} 行）下面没有学校数据行。`,
    en: (p) => `No school rows below the header (row ${p.headerRow}).`,
  },
  stagesNotSplit: {
    severity: "error",
    zh: (p) =>
      `${p.schools}跨学段，而${p.columns}不分学段，无法分到各学段。请为这 ${p.count} 所学校分学段填写，增加${p.needed}列（其他学校仍按学校类型使用不分学段的列）。这些学校暂不计入。`,
    en: (p) =>
      `${p.schoolsEn} span stages, but ${p.columnsEn} are not split by stage and cannot be divided. Add the columns ${p.neededEn} and fill them for these ${p.count} school(s) (the other schools keep using the columns by their type). These schools are left out for now.`,
  },
  typeFromTitle: {
    severity: "warning",
    zh: (p) =>
      `表中没有「学校类型」列，${p.source}「${p.text}」写明${p.type}：全部 ${p.count} 所学校按${p.type}读取。如表中有其他类型的学校，请增加「学校类型」列。`,
    en: (p) =>
      `The table has no 学校类型 (school type) column and ${p.sourceEn} "${p.text}" names ${p.typeEn}: all ${p.count} schools are read as ${p.typeEn}s. If some are of another type, add a 学校类型 column.`,
  },
  stagelessByType: {
    severity: "warning",
    zh: (p) => `${p.columns}不分学段，按学校类型计入所教学段：小学和教学点计入小学，初中计入初中。`,
    en: (p) =>
      `${p.columnsEn} are not split by stage and are read by school type: 小学 and 教学点 as primary, 初中 as junior.`,
  },
  degreeSum: {
    severity: "warning",
    zh: (p) =>
      `「${p.label}」由按学历分列的专任教师数相加：${p.parts}（${p.rule}为高于规定学历）${p.ignored}。如表中另有「${p.label}」列，请在字段对应步骤中指定。`,
    en: (p) =>
      `"${p.labelEn}" is the sum of the teachers by degree: ${p.partsEn} (${p.ruleEn} counts as above the required qualification)${p.ignoredEn}. If the table has a column of "${p.labelEn}", choose it in the field mapping step.`,
  },
  classSchoolNotFound: {
    severity: "warning",
    zh: (p) =>
      `班级表中的学校「${p.subject}」不在学校基础数据表「${p.schoolSheet}」中，请核对学校名称。`,
    en: (p) =>
      `The class sheet names a school "${p.subject}" that is not on the school sheet "${p.schoolSheet}"; check the name.`,
  },
  // --- the county sheet (县级指标, src/core/table/county.ts) --------------------
  countyNoFigures: {
    severity: "error",
    zh: () =>
      `没有找到县级指标（如「交流轮岗教师数」「初中毕业生数」「社会认可度」）。请使用数据模板中的「县级指标」表：每行一个指标，依次为指标、数值、说明或佐证。`,
    en: () =>
      `No county figures found (such as 交流轮岗教师数, 初中毕业生数, 社会认可度). Use the template's 县级指标 sheet: one figure per row, with 指标, 数值 and 说明或佐证.`,
  },
  countyBadNumber: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」不是数字，应为${p.expected}。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is not a number; expected ${p.expectedEn}. The item is treated as having bad data.`,
  },
  countyNegative: {
    severity: "error",
    zh: (p) => `「${p.label}」的数值「${p.value}」是负数，应为${p.expected}。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is negative; expected ${p.expectedEn}. The item is treated as having bad data.`,
  },
  countyNotInteger: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」不是整数，应为${p.expected}。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is not a whole number; expected ${p.expectedEn}. The item is treated as having bad data.`,
  },
  countyRateTooLarge: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」超过 100%，应为 0～100% 之间的比例（如 96.5%、96.5 或 0.965）。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is above 100%; expected a share between 0 and 100% (96.5%, 96.5 or 0.965). The item is treated as having bad data.`,
  },
  countyRatioTooLarge: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」大于 1；校际差异率应为小数（如 0.12）。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is above 1; the between-school difference rate is a decimal such as 0.12. The item is treated as having bad data.`,
  },
  countyBadLevel: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」不是学业表现水平，应为Ⅰ、Ⅱ、Ⅲ、Ⅳ级之一（也可写 1～4 或 优秀、良好、中等、待提高）。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is not a performance level; expected one of Ⅰ, Ⅱ, Ⅲ, Ⅳ (or 1–4). The item is treated as having bad data.`,
  },
  countyBadAnswer: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」无法识别，应为${p.expected}。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" cannot be read; expected ${p.expectedEn}. The item is treated as having bad data.`,
  },
  countyOutOfRange: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」的数值「${p.value}」超出合理范围（应不超过 10¹⁵），请核对。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}": "${p.value}" is out of range (at most 1e15); check it. The item is treated as having bad data.`,
  },
  countyExcelError: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」是 Excel 错误值「${p.value}」，请先修正该单元格的公式或引用。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}" is the Excel error "${p.value}"; fix the cell's formula or reference first. The item is treated as having bad data.`,
  },
  countyNoAnswer: {
    severity: "warning",
    zh: (p) => `「${p.label}」只填写了说明，没有填写数值（${p.expected}），按未填报处理。`,
    en: (p) => `"${p.label}" has a note but no value (${p.expectedEn}); treated as not reported.`,
  },
  countyMoneyUnitAssumed: {
    severity: "warning",
    zh: (p) =>
      `「${p.label}」没有注明单位，按元计算；如以万元填报，请在指标名称或数值中写明“万元”。`,
    en: (p) =>
      `"${p.label}" gives no unit; read as 元. If it is in 万元, say so in the label or the value.`,
  },
  countyDuplicate: {
    severity: "error",
    zh: (p) => `「${p.label}」在第 ${p.rows} 行重复填写且数值不同，均未采用，请只保留一行。`,
    en: (p) =>
      `"${p.label}" is given on rows ${p.rows} with different values; none is used. Keep one row.`,
  },
  countyDuplicateSame: {
    severity: "warning",
    zh: (p) => `「${p.label}」在第 ${p.rows} 行重复填写（数值相同），已采用第 ${p.row} 行。`,
    en: (p) => `"${p.label}" is given on rows ${p.rows} with the same value; row ${p.row} is used.`,
  },
  countyAmbiguousLabel: {
    severity: "warning",
    zh: (p) => `指标「${p.label}」同时像${p.labels}，未采用。请按模板修改指标名称。`,
    en: (p) =>
      `The figure "${p.label}" fits several figures (${p.labelsEn}); not used. Word it as the template does.`,
  },
  countyUnknownLabel: {
    severity: "warning",
    zh: (p) =>
      `「${p.label}」不是可识别的县级指标，该行数值「${p.value}」未使用。如它是某项指标，请按模板修改指标名称。`,
    en: (p) =>
      `"${p.label}" is not a known county figure; its value "${p.value}" is not used. If it is one, word it as the template does.`,
  },
  countyExceedsTotal: {
    severity: "error",
    zh: (p) =>
      `「${p.label}」（${p.value}）大于「${p.totalLabel}」（${p.total}，第 ${p.totalRow} 行），请核对。该项按数据有误处理。`,
    en: (p) =>
      `"${p.label}" (${p.value}) is larger than "${p.totalLabel}" (${p.total}, row ${p.totalRow}); check them. The item is treated as having bad data.`,
  },
  countyNoProfileStandards: {
    severity: "warning",
    zh: (p) =>
      `评估标准「${p.profile}」不含政府保障程度、教育质量和社会认可度的标准，县级指标表未评估。`,
    en: (p) =>
      `The profile "${p.profile}" has no county-level standards; the county sheet is not assessed.`,
  },
  // --- facts of the 2019 认定规程 allowances (fields.ts ALLOWANCE_FACT_RULES) ---
  badYesNo: {
    severity: "error",
    zh: (p) => `「${p.subject}」的${p.label}「${p.value}」无法识别，应为“是”或“否”。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" cannot be read; expected 是 (yes) or 否 (no).`,
  },
  badYear: {
    severity: "error",
    zh: (p) =>
      `「${p.subject}」的${p.label}「${p.value}」不是年份，应为 1800～2100 之间的四位年份（如 2008 或 2008年）。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" is not a year; expected a four-digit year between 1800 and 2100 (e.g. 2008).`,
  },
  badRoomAreas: {
    severity: "error",
    zh: (p) =>
      `「${p.subject}」的${p.label}「${p.value}」无法识别：${p.reason}。应为每间教室的面积（平方米），用逗号或顿号分开，如「96,80」。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} "${p.value}" cannot be read: ${p.reasonEn}. Expected one area per room in m², separated by commas, e.g. "96,80".`,
  },
  builtYearConflict: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的建校年份为 ${p.year}，与${p.label}「${p.value}」不一致，按建校年份判断，请核对。`,
    en: (p) =>
      `"${p.subject}": the year built, ${p.year}, contradicts ${p.labelEn} "${p.value}"; the year is used. Check them.`,
  },
  roomCountMismatch: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的${p.label}为 ${p.count} 间，而按面积列出的教室有 ${p.listed} 间（${p.areaLabel}），请核对；间数按${p.label}计。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} is ${p.count} but ${p.listed} rooms are listed by area (${p.areaLabelEn}); check them. The count column is used.`,
  },
  migrantExceedsStudents: {
    severity: "error",
    zh: (p) =>
      `「${p.subject}」的${p.label}（${p.value}）大于义务教育阶段在校生数（${p.students}），请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} (${p.value}) exceeds the compulsory-stage students (${p.students}); check it.`,
  },
  sharedTeachersNeedStage: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」是${p.type}，有小学和初中两个学段，${p.label}「${p.value}」没有分学段，未使用。请改用「小学交流轮岗兼职走教体育艺术教师数」和「初中交流轮岗兼职走教体育艺术教师数」两列。`,
    en: (p) =>
      `"${p.subject}" is a ${p.typeEn} with both primary and junior stages; ${p.labelEn} "${p.value}" is not split by stage and is not used. Use one column per stage.`,
  },
  // A claim of an allowance that the rest of the row gives no ground for (application-form.md §2,
  // rulings): named at its cell and not applied. Only under a profile with the allowances.
  sharedTeachersNoSuchStage: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」是${p.type}，没有${p.stage}学段，${p.label}「${p.value}」未计入。请核对学校类型，或把这些教师填在本校学段的列中。`,
    en: (p) =>
      `"${p.subject}" is a ${p.typeEn} without a ${p.stageEn} stage; ${p.labelEn} "${p.value}" is not counted. Check the school type, or give these teachers in the column of the school's own stage.`,
  },
  smallRuralClaimUrban: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的${p.label}为“是”，但城乡类别为城区；城区学校不是农村小规模学校，不按农村小规模学校适用放宽条款。请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} is 是 (yes) but the school is in a 城区 (urban area); an urban school is not a small rural school, and the allowances for one are not applied. Check it.`,
  },
  smallRuralClaimTooLarge: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的${p.label}为“是”，但义务教育阶段在校生 ${p.students} 人，超过 ${p.max} 人；不按农村小规模学校适用放宽条款。请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} is 是 (yes) but it has ${p.students} compulsory-stage students, over ${p.max}; the allowances for a small rural school are not applied. Check it.`,
  },
  centralUrbanClaimRural: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的${p.label}为“是”，但城乡类别为乡村；不按中心城区学校适用放宽条款。请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} is 是 (yes) but the school is in a 乡村 (rural area); the allowance for central-city schools is not applied. Check it.`,
  },
  builtYearAfterBound: {
    severity: "warning",
    zh: (p) =>
      `「${p.subject}」的${p.label} ${p.year} 晚于${p.bound}，未采用（按未填建校年份处理）。请核对。`,
    en: (p) =>
      `"${p.subject}": ${p.labelEn} ${p.year} is after ${p.boundEn}; not used (read as not given). Check it.`,
  },
} satisfies Record<string, MessageTemplate>;

export type TableMessageCode = keyof typeof TABLE_MESSAGES;

export interface IssuePlace {
  sheet: string;
  /** 1-based Excel row. */
  row?: number;
  /** Column letter. */
  column?: string;
  field?: string;
  school?: string;
}

/**
 * An issue with its place written into the message ("工作表「X」第5行F列："), so
 * that a message read alone (CLI stderr, a message bar) still names the cell.
 */
export function tableIssue(
  code: TableMessageCode,
  place: IssuePlace,
  params: MessageParams = {}
): InputIssue {
  return placedIssue(code, TABLE_MESSAGES[code], place, params);
}

/** An issue from any message table (the reader's, the re-check's), its place written in. */
export function placedIssue(
  code: string,
  template: MessageTemplate,
  place: IssuePlace,
  params: MessageParams = {}
): InputIssue {
  // A workbook-wide issue (no sheet recognised) has an empty sheet name.
  const whereZh =
    place.sheet === ""
      ? "工作簿："
      : `工作表「${place.sheet}」${place.row !== undefined ? `第${place.row}行` : ""}${place.column !== undefined ? `${place.column}列` : ""}：`;
  const whereEn =
    place.sheet === ""
      ? "Workbook: "
      : `Sheet "${place.sheet}"${place.row !== undefined ? `, row ${place.row}` : ""}${place.column !== undefined ? `, column ${place.column}` : ""}: `;
  const issue: InputIssue = {
    severity: template.severity,
    code,
    sheet: place.sheet,
    message: whereZh + template.zh(params),
    messageEn: whereEn + template.en(params),
  };
  if (place.row !== undefined) issue.row = place.row;
  if (place.column !== undefined) issue.column = place.column;
  if (place.field !== undefined) issue.field = place.field;
  if (place.school !== undefined) issue.school = place.school;
  return issue;
}

/** The accepted 学校类型 values, for unknownType / missingValue messages. */
export const ACCEPTED_TYPES_ZH =
  "小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校（也可写九年制、一贯制、完中、特教等简称）";

/** A phrase in both languages, for the parameters of the messages above. */
export interface Phrase {
  zh: string;
  en: string;
}

/** The phrases the messages are built from, kept here with them. */
export const PHRASES = {
  none: { zh: "无", en: "none" },
  noSchoolReadable: { zh: "无法读取任何学校。", en: " No school can be read." },
  requiredColumnUnusable: {
    zh: "需要该列的学校暂不计入。",
    en: " Schools that need this column are left out for now.",
  },
  optionalColumnUnusable: { zh: "该列暂不使用。", en: " The column is not used for now." },
  classSheetUnusable: { zh: "班级表暂不计入。", en: " The class sheet is left out for now." },
  schoolsLeftOut: (count: number): Phrase => ({
    zh: `需要该列的 ${count} 所学校暂不计入。`,
    en: ` ${count} school(s) that need this column are left out for now.`,
  }),
  /** A missing column of a partial table: the indicators computed from it, and only they, are not computed. */
  indicatorsNotComputed: (names: Phrase): Phrase => ({
    zh: `${names.zh}不计算。`,
    en: ` ${names.en} not computed.`,
  }),
  /** What a partial table still gives, and what it cannot (after its missing columns). */
  partialTable: {
    zh: "其余指标照常计算（各校的指标值、县域均值和差异系数）；但缺少指标的学段不判定各校是否达标，也不判定县域是否达到均衡，结论为“无法判定”。",
    en: " The other indicators are computed as usual (each school's values, the county means and the CVs); but where a stage lacks an indicator, no school of it is judged and the county is not judged either: the verdict is “cannot be judged”.",
  },
  /** A missing count whose derived figure the table has (生均图书册数 for 图书册数): not read in its place. */
  derivedNotRead: (columns: Phrase): Phrase => ({
    zh: `（${columns.zh}是生均值，不能代替总数，不读取：请给出总数，生均值由总数和在校生数计算）`,
    en: ` (${columns.en} holds a per-student figure, not the total, and is not read: give the total; the per-student value is computed from it and the students)`,
  }),
  /** The type column a table without one needs, when neither title nor sheet name names one stage. */
  typeNeeded: {
    zh: "（学校的学段由学校类型决定；全表只有一个学段时，也可在表格标题或工作表名称中写明「小学」或「初中」）",
    en: " (a school's stages follow from its type; when the whole table is of one stage, the title or the sheet name may say 小学 or 初中 instead)",
  },
  titleOrSheet: {
    title: { zh: "标题", en: "the title" },
    sheet: { zh: "工作表名称", en: "the sheet name" },
  },
  seniorStudentsNeeded: {
    zh: "（表中有完全中学或十二年一贯制学校，需要按高中在校生数分摊校舍和设备）",
    en: " (the table has complete secondary or twelve-year schools, whose facilities are shared by 高中 students)",
  },
  allowanceColumnNotUsed: {
    zh: "当前评估标准不含认定规程放宽条款，不使用该列，该校照常评估。",
    en: " The profile in use has no 2019 allowances and does not use this column; the school is assessed.",
  },
  reportYear: (year: number): Phrase => ({
    zh: `填报年度 ${year} 年`,
    en: `the report year ${year}`,
  }),
  currentYear: (year: number): Phrase => ({
    zh: `今年（${year} 年；县级指标表没有填报年度）`,
    en: `this year (${year}; the county sheet gives no report year)`,
  }),
  /** The rule of standards.md §1.1 by which teachers by 学历 are summed, per stage. */
  qualifyingDegrees: {
    primary: { zh: "小学专任教师专科及以上学历", en: "for 小学, 专科 or above" },
    junior: { zh: "初中专任教师本科及以上学历", en: "for 初中, 本科 or above" },
  },
  degreesNotCounted: (columns: Phrase): Phrase => ({
    zh: `；${columns.zh}不计入`,
    en: `; ${columns.en} not counted`,
  }),
  degreePartsIncomplete: (found: Phrase, missing: Phrase, rule: Phrase): Phrase => ({
    zh: `（表中有按学历分列的专任教师数：${found.zh}，但没有${missing.zh}列，无法按${rule.zh}为高于规定学历相加）`,
    en: ` (the table has teachers by degree: ${found.en}, but no ${missing.en} column, so they cannot be summed ${rule.en})`,
  }),
  schoolOnRow: (row: number): string => `第${row}行的学校`,
  classOnRow: (row: number): string => `第${row}行的班级`,
  isBlank: { zh: "为空", en: "is blank" },
  isZero: { zh: "为 0", en: "is 0" },
  sheetKind: {
    school: { zh: "学校基础数据表", en: "school sheet" },
    class: { zh: "班级表", en: "class sheet" },
  },
  expected: {
    count: { zh: "非负整数", en: "a non-negative whole number" },
    amount: { zh: "非负数", en: "a non-negative number" },
    positiveCount: { zh: "正整数", en: "a positive whole number" },
    countOrZero: {
      zh: "非负整数（没有该学段学生时填 0）",
      en: "a whole number (write 0 when the stage has no students)",
    },
    schoolName: { zh: "学校名称", en: "a school name" },
    className: { zh: "班级名称", en: "a class name" },
    schoolType: { zh: ACCEPTED_TYPES_ZH, en: `one of: ${ACCEPTED_TYPES_ZH}` },
    stage: { zh: "小学或初中", en: "小学 or 初中" },
    ownership: { zh: "公办或民办", en: "公办 or 民办" },
    locale: { zh: "城区、镇区或乡村", en: "城区, 镇区 or 乡村" },
    sponsor: { zh: "举办者类型代码 1–10 或名称", en: "a sponsor code 1–10 or its name" },
    group: { zh: "学区或集团名称", en: "a district or group name" },
  },
} as const;

/** One field of a missingColumns message: what it is, what its header should hold, what is near, what follows. */
export function missingColumnItem(n: number, p: MessageParams): Phrase {
  const consequence = String(p.consequence).replace(/。$/, "");
  const consequenceEn = String(p.consequenceEn).trim().replace(/\.$/, "");
  // In a list, a field with no near column says nothing about candidates rather than 无 eight times.
  const near = p.candidates !== PHRASES.none.zh;
  return {
    zh: `（${n}）「${p.label}」${p.reason}：表头应含有${p.keywords}（模板表头为「${p.template}」），${near ? `相近的列：${p.candidates}，` : ""}${consequence}`,
    en: `(${n}) "${p.labelEn}"${p.reasonEn}: the header should contain ${p.keywordsEn} (template header "${p.template}"), ${near ? `similar columns: ${p.candidatesEn}; ` : ""}${consequenceEn}`,
  };
}

/** 「甲」、「乙」: a list of names as messages quote them. */
export function quotedList(names: readonly string[], joiner = "、"): string {
  return names.map((n) => `「${n}」`).join(joiner);
}

/** School types in English messages: vocabulary.ts's, beside the Chinese names. */
export { SCHOOL_TYPE_NAMES_EN } from "../vocabulary";
