import type { Texts } from "../texts";
import type { RECHECK as ZH } from "../zh-CN/recheck";

export const RECHECK: Texts<typeof ZH> = {
  messages: {
    // --- finding the sheets -----------------------------------------------------------
    noValuesSheet:
      "No 表Ⅱ-2 (per-school indicator values) found: none of the sheets ({sheets}) has a header with 学校名称 and the indicator values (such as 生均教学及辅助用房面积, 每百名学生拥有网络多媒体教室数). The re-check needs each school's students and values; for raw school data use edu-balance assess.",
    sheetNotFound: 'The workbook has no sheet named "{name}" (sheets: {sheets}).',
    notValuesSheet:
      "This sheet does not look like a 表Ⅱ-2: the header should have 学校名称 and at least 3 indicator-value columns (headed 生均… or 每百名学生…, or carrying 表Ⅱ-2's codes L7–L13).",
    otherValuesSheet:
      'This sheet also looks like a 表Ⅱ-2 and is not used (using "{used}"; one sheet per stage). Name it with --sheet to re-check it.',
    noStudentsColumn:
      "No 在校生数 column (表Ⅱ-2's L4): the CVs and county means are weighted by students and cannot be recomputed without them.",
    missingIndicators:
      "No column for: {listEn}. These indicators are not re-checked, nor is each school's overall verdict, which needs all {total}.",
    noSchoolRows: "No school rows under the header.",
    // --- rows ---------------------------------------------------------------------------
    noStage:
      'Cannot tell whether "{school}" is 小学 or 初中: add a 学段 column, or a 小学 / 初中 heading row before each block. The school is left out of the re-check.',
    badStage:
      '"{school}": 学段 "{value}" is not 小学 or 初中. The school is left out of the re-check.',
    badStudents:
      '"{school}": 在校生数 "{value}" is not a positive whole number. The school is left out of the re-check.',
    badValue:
      '"{school}": {indicatorEn} "{value}" is not a non-negative number. The school is left out of the re-check.',
    missingValue: '"{school}": {indicatorEn} is blank. The school is left out of the re-check.',
    badVerdict: '"{school}": the verdict "{value}" is not 是/否 or 达标/未达标; not compared.',
    noName: "This row has values but no school name; not used.",
    duplicateSchool:
      'The {stageEn} school "{school}" already appears on row {first}; both rows are re-checked: check for a duplicate.',
    // --- notes on what is compared ---------------------------------------------------------
    stageLeftOut:
      "{count} {stageEn} schools are left out for bad data: the stage's county means, CVs and school counts are shown for reference and not compared.",
    noSchoolRule:
      'The standard "{profileEn}" has no school rule: school verdicts and counts are not re-checked.',
    noCountyFigures:
      "The workbook holds no 表Ⅲ, 表Ⅱ-1 or verdict column of the county's: the recomputed figures are given with nothing to compare.",
    noSchoolsInStage:
      '表Ⅱ-2 has no {stageEn} school: the county\'s {stageEn} figures (sheet "{sheet}") cannot be re-checked.',
  },
  tables: { formIII: "表Ⅲ", formII1: "表Ⅱ-1", formII2: "表Ⅱ-2" },
  items: {
    mean: "county mean",
    cv: "CV",
    cvVerdict: "CVs overall",
    schoolsMeeting: "schools meeting",
    meetingShare: "share of schools meeting (%)",
    schoolsPassing: "schools passing",
    passingShare: "share of schools passing (%)",
    schoolVerdict: "overall verdict",
    metCount: "indicators met",
  },
  statuses: { same: "same", consistent: "consistent (within rounding)", different: "different" },
  verdicts: { passes: "passes", fails: "fails", yes: "passes", no: "fails" },
  subjectJoiner: " · ",
  comparison:
    'Sheet "{sheet}" {cell} ({subject}): county {county}, recomputed {recomputed}{tail}: {status}.',
  withinTolerance: ", {gap} apart, within the ±{tolerance} the rounding of 表Ⅱ-2's values allows",
  beyondTolerance: ", {gap} apart, beyond the ±{tolerance} rounding allows",
  withinRange: "; before rounding the values allow {range}",
  beyondRange: ", outside the {range} rounding allows",
  verdictWithinRounding:
    "; a value is within rounding of its standard (or of 85% of it): before rounding the county's verdict may hold",
  withThreshold: "{name} (≥ {threshold})",
  toleranceRule:
    "Tolerance: 表Ⅱ-2's values are written with two decimals, so each may be off by half a unit of its last decimal (0.005; of its own last decimal when it shows more, 0 when unrounded). The county mean may then be off by Hm (the students-weighted mean of those half units), the CV by (Hs + CV·Hm) / (mean − Hm) (Hs: their students-weighted root mean square), plus the county figure's own rounding (means two decimals, CVs three, shares one). Within its own rounding: same; beyond it but within the above: consistent (within rounding); beyond: different. Counts, verdicts and indicators met: recomputed with every value moved to either end of its rounding; a county figure between the two is consistent.",
};
