import type { Texts } from "../texts";
import type { READER as ZH } from "../zh-CN/reader";

export const READER: Texts<typeof ZH> = {
  messages: {
    // --- finding the sheets and the header ------------------------------------
    noSchoolSheet:
      "No school data sheet found: none of the sheets ({sheets}) has a header with columns such as 学校名称, 学校类型, 小学在校生数. Use the data template, or choose the sheet in the wizard.",
    indicatorValuesSheet:
      "This sheet holds each school's indicator values (a 表Ⅱ-2 or a 公示 table: 学校名称, 在校生数 and the 生均… / 每百名学生… values), not school data: the assessment needs the raw counts (teachers, areas, equipment value) and 学校类型. To re-check a county's 表Ⅱ-2, use edu-balance recheck FILE.xlsx: it recomputes each school's verdict, the county means and CVs, and compares them cell by cell with 表Ⅲ and 表Ⅱ-1.",
    sheetNotFound: 'The workbook has no sheet named "{name}" (sheets: {sheets}).',
    noHeader: "No header row in the first {rows} rows (expected columns such as {expectedEn}).",
    ambiguousSheet:
      'Several sheets look like the {kindEn} ({sheets}); using "{chosen}". Choose another sheet in the wizard if needed.',
    // --- columns ----------------------------------------------------------------
    missingColumn:
      'No column for "{labelEn}"{reasonEn}. The header should contain {keywordsEn} (template header "{template}"). Similar columns: {candidatesEn}. Edit the header, or choose the column in the wizard\'s field mapping step.{consequenceEn}',
    missingColumns:
      "No column for these {count} fields: {listEn}. Edit the headers, or choose the columns in the wizard's field mapping step.{partialEn}",
    duplicateColumn:
      'Several columns look like "{labelEn}": {candidatesEn}. Cannot tell which to use: edit the header of the extra columns, or choose the column in the field mapping step.{consequenceEn}',
    ambiguousHeader:
      'The header "{header}" looks like several fields ({labelsEn}); the column is not used. Edit the header or choose it in the field mapping step.',
    moneyUnitMissing:
      'The header "{header}" of "{labelEn}" has no unit. Statistics report it in 万元 and the indicator is in 元, so the unit must be known. Write the unit in the header, e.g. "{label}（万元）" or "{label}（元）".{consequenceEn}',
    overrideUnknownField: 'The field mapping names an unknown field "{field}"; ignored.',
    overrideBadColumn:
      'The field mapping "{labelEn}" → "{value}" is not a valid column (expected a column letter of this sheet, e.g. F).',
    // --- cells ------------------------------------------------------------------
    missingName:
      "This row has data but no school name. Fill in the name; if it is a total row, write 合计 in the name column.",
    missingValue: '"{subject}": {labelEn} is blank; expected {expectedEn}.',
    missingStudents: '"{subject}" is a {typeEn} but its {labelEn} {whatEn}; expected {expectedEn}.',
    notANumber: '"{subject}": {labelEn} "{value}" is not a number; expected {expectedEn}.',
    negativeValue: '"{subject}": {labelEn} "{value}" is negative; expected {expectedEn}.',
    notAnInteger: '"{subject}": {labelEn} "{value}" is not a whole number; expected {expectedEn}.',
    valueOutOfRange:
      '"{subject}": {labelEn} "{value}" is out of range (a non-zero value lies between 1e-9 and 1e15); check it.',
    excelError:
      '"{subject}": {labelEn} is the Excel error "{value}"; fix the cell\'s formula or reference first.',
    notText: '"{subject}": {labelEn} "{value}" is not text; expected {expectedEn}.',
    unknownType: '"{subject}": unknown school type "{value}"; accepted: {accepted}.',
    unknownOwnership:
      '"{subject}": unknown ownership "{value}" (expected 公办 or 民办); treated as blank.',
    unknownSponsor:
      '"{subject}": unknown sponsor type "{value}" (expected a code 1–10 or its name, e.g. 7 or 县级教育部门, 10 or 民办); shown as not filled in.',
    unknownLocale:
      '"{subject}": unknown urban/rural category "{value}" (expected 城区, 镇区 or 乡村, or a statistical urban–rural name or code: 主城区 111, 城乡结合区 112, 镇中心区 121, 镇乡结合区 122, 特殊区域 123, 乡中心区 210, 村庄 220); treated as blank.',
    unknownStage: '"{subject}": unknown stage "{value}"; expected 小学 or 初中.',
    // One issue per name, the first p.listed of its p.count rows listed (p.rows), and the total when
    // there are more: a list of every row on every duplicate grew with the square of the rows (issue 22).
    duplicateSchool:
      'The school name "{subject}" appears more than once (rows {rows}{moreEn}). A school takes one row (a school spanning stages fills each stage\'s columns on that row); none of these rows is counted: delete or merge the duplicates.',
    stageNotInType: '"{subject}" is a {typeEn} but has {labelEn} "{value}"; check the school type.',
    stageWithoutStudents:
      '"{subject}" is a {typeEn} but its {labelEn} is 0; that stage is not assessed.',
    noSchoolRows: "No school rows below the header (row {headerRow}).",
    stagesNotSplit:
      "{schoolsEn} span stages, but {columnsEn} are not split by stage and cannot be divided. Add the columns {neededEn} and fill them for these {count} school(s) (the other schools keep using the columns by their type). These schools are left out for now.",
    typeFromTitle:
      'The table has no 学校类型 (school type) column and {sourceEn} "{text}" names {typeEn}: all {count} schools are read as {typeEn}s. If some are of another type, add a 学校类型 column.',
    stagelessByType:
      "{columnsEn} are not split by stage and are read by school type: 小学 and 教学点 as primary, 初中 as junior.",
    degreeSum:
      '"{labelEn}" is the sum of the teachers by degree: {partsEn} ({ruleEn} counts as above the required qualification){ignoredEn}. If the table has a column of "{labelEn}", choose it in the field mapping step.',
    classSchoolNotFound:
      'The class sheet names a school "{subject}" that is not on the school sheet "{schoolSheet}"; check the name.',
    // --- the county sheet (县级指标, src/core/table/county.ts) --------------------
    countyNoFigures:
      "No county figures found (such as 交流轮岗教师数, 初中毕业生数, 社会认可度). Use the template's 县级指标 sheet: one figure per row, with 指标, 数值 and 说明或佐证.",
    countyBadNumber:
      '"{label}": "{value}" is not a number; expected {expectedEn}. The item is treated as having bad data.',
    countyNegative:
      '"{label}": "{value}" is negative; expected {expectedEn}. The item is treated as having bad data.',
    countyNotInteger:
      '"{label}": "{value}" is not a whole number; expected {expectedEn}. The item is treated as having bad data.',
    countyRateTooLarge:
      '"{label}": "{value}" is above 100%; expected a share between 0 and 100% (96.5%, 96.5 or 0.965). The item is treated as having bad data.',
    countyRatioTooLarge:
      '"{label}": "{value}" is above 1; the between-school difference rate is a decimal such as 0.12. The item is treated as having bad data.',
    countyBadLevel:
      '"{label}": "{value}" is not a performance level; expected one of Ⅰ, Ⅱ, Ⅲ, Ⅳ (or 1–4). The item is treated as having bad data.',
    countyBadAnswer:
      '"{label}": "{value}" cannot be read; expected {expectedEn}. The item is treated as having bad data.',
    countyOutOfRange:
      '"{label}": "{value}" is out of range (at most 1e15); check it. The item is treated as having bad data.',
    countyExcelError:
      '"{label}" is the Excel error "{value}"; fix the cell\'s formula or reference first. The item is treated as having bad data.',
    countyNoAnswer: '"{label}" has a note but no value ({expectedEn}); treated as not reported.',
    countyMoneyUnitAssumed:
      '"{label}" gives no unit; read as 元. If it is in 万元, say so in the label or the value.',
    countyDuplicate:
      '"{label}" is given on rows {rows} with different values; none is used. Keep one row.',
    countyDuplicateSame:
      '"{label}" is given on rows {rows} with the same value; row {row} is used.',
    countyAmbiguousLabel:
      'The figure "{label}" fits several figures ({labelsEn}); not used. Word it as the template does.',
    countyUnknownLabel:
      '"{label}" is not a known county figure; its value "{value}" is not used. If it is one, word it as the template does.',
    countyExceedsTotal:
      '"{label}" ({value}) is larger than "{totalLabel}" ({total}, row {totalRow}); check them. The item is treated as having bad data.',
    countyNoProfileStandards:
      'The profile "{profile}" has no county-level standards; the county sheet is not assessed.',
    // --- facts of the 2019 认定规程 allowances (fields.ts ALLOWANCE_FACT_RULES) ---
    badYesNo: '"{subject}": {labelEn} "{value}" cannot be read; expected 是 (yes) or 否 (no).',
    badYear:
      '"{subject}": {labelEn} "{value}" is not a year; expected a four-digit year between 1800 and 2100 (e.g. 2008).',
    badRoomAreas:
      '"{subject}": {labelEn} "{value}" cannot be read: {reasonEn}. Expected one area per room in m², separated by commas, e.g. "96,80".',
    builtYearConflict:
      '"{subject}": the year built, {year}, contradicts {labelEn} "{value}"; the year is used. Check them.',
    roomCountMismatch:
      '"{subject}": {labelEn} is {count} but {listed} rooms are listed by area ({areaLabelEn}); check them. The count column is used.',
    migrantExceedsStudents:
      '"{subject}": {labelEn} ({value}) exceeds the compulsory-stage students ({students}); check it.',
    sharedTeachersNeedStage:
      '"{subject}" is a {typeEn} with both primary and junior stages; {labelEn} "{value}" is not split by stage and is not used. Use one column per stage.',
    // A claim of an allowance that the rest of the row gives no ground for (application-form.md §2,
    // rulings): named at its cell and not applied. Only under a profile with the allowances.
    sharedTeachersNoSuchStage:
      '"{subject}" is a {typeEn} without a {stageEn} stage; {labelEn} "{value}" is not counted. Check the school type, or give these teachers in the column of the school\'s own stage.',
    smallRuralClaimUrban:
      '"{subject}": {labelEn} is 是 (yes) but the school is in a 城区 (urban area); an urban school is not a small rural school, and the allowances for one are not applied. Check it.',
    smallRuralClaimTooLarge:
      '"{subject}": {labelEn} is 是 (yes) but it has {students} compulsory-stage students, over {max}; the allowances for a small rural school are not applied. Check it.',
    centralUrbanClaimRural:
      '"{subject}": {labelEn} is 是 (yes) but the school is in a 乡村 (rural area); the allowance for central-city schools is not applied. Check it.',
    builtYearAfterBound:
      '"{subject}": {labelEn} {year} is after {boundEn}; not used (read as not given). Check it.',
    // --- 学校标识码 (issue 25): optional; a bad or repeated code is dropped, the school still assessed.
    badSchoolCode:
      '"{subject}": {labelEn} "{value}" is not 10 digits; not used (the school is assessed, but matched with other years by its name only). Check it.',
    duplicateSchoolCode:
      'The {labelEn} "{value}" appears on rows {rows}{moreEn} ({schools}). A code belongs to one school: it is not used on any of these rows (the schools are assessed, and matched with other years by their names). Check it.',
  },
  duplicateMore: " and more: {count} rows in all",
  place: {
    workbook: "Workbook: ",
    sheet: 'Sheet "{sheet}"',
    row: ", row {row}",
    column: ", column {column}",
    end: ": ",
  },
  acceptedTypes:
    "小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校（也可写九年制、一贯制、完中、特教等简称）",
  missingColumnItem:
    '({n}) "{labelEn}"{reasonEn}: the header should contain {keywordsEn} (template header "{template}"), {nearEn}{consequenceEn}',
  nearColumns: "similar columns: {candidatesEn}; ",
  quoted: "「{name}」",
  listJoiner: "、",
  phrases: {
    none: "none",
    noSchoolReadable: " No school can be read.",
    requiredColumnUnusable: " Schools that need this column are left out for now.",
    optionalColumnUnusable: " The column is not used for now.",
    classSheetUnusable: " The class sheet is left out for now.",
    schoolsLeftOut: " {count} school(s) that need this column are left out for now.",
    indicatorsNotComputed: " {names} not computed.",
    partialTable:
      " The other indicators are computed as usual (each school's values, the county means and the CVs); but where a stage lacks an indicator, no school of it is judged and the county is not judged either: the verdict is “cannot be judged”.",
    derivedNotRead:
      " ({columns} holds a per-student figure, not the total, and is not read: give the total; the per-student value is computed from it and the students)",
    typeNeeded:
      " (a school's stages follow from its type; when the whole table is of one stage, the title or the sheet name may say 小学 or 初中 instead)",
    titleOrSheet: { title: "the title", sheet: "the sheet name" },
    seniorStudentsNeeded:
      " (the table has complete secondary or twelve-year schools, whose facilities are shared by 高中 students)",
    allowanceColumnNotUsed:
      " The profile in use has no 2019 allowances and does not use this column; the school is assessed.",
    reportYear: "the report year {year}",
    currentYear: "this year ({year}; the county sheet gives no report year)",
    qualifyingDegrees: { primary: "for 小学, 专科 or above", junior: "for 初中, 本科 or above" },
    degreesNotCounted: "; {columns} not counted",
    degreePartsIncomplete:
      " (the table has teachers by degree: {found}, but no {missing} column, so they cannot be summed {rule})",
    schoolOnRow: "the school on row {row}",
    classOnRow: "the class on row {row}",
    isBlank: "is blank",
    isZero: "is 0",
    sheetKind: { school: "school sheet", class: "class sheet" },
    expected: {
      count: "a non-negative whole number",
      amount: "a non-negative number",
      positiveCount: "a positive whole number",
      countOrZero: "a whole number (write 0 when the stage has no students)",
      schoolName: "a school name",
      className: "a class name",
      schoolType:
        "one of: 小学、初中、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校、职业学校（也可写九年制、一贯制、完中、特教等简称）",
      stage: "小学 or 初中",
      ownership: "公办 or 民办",
      locale: "城区, 镇区 or 乡村",
      sponsor: "a sponsor code 1–10 or its name",
      group: "a district or group name",
    },
  },
};
