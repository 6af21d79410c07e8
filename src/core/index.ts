/**
 * The core's public surface: everything a host (src/cli, src/taskpane,
 * src/report, src/functions) may use. Hosts import from here only — a test
 * (test/core/surface.test.ts) fails when they reach into a core module.
 *
 * The pipeline: evaluate(cells | reader's result | records, { profile, … })
 * → Evaluation { read, assessment, verdict, gaps, breakdowns, badDataSchools,
 * profile }. Findings are coded data; renderFinding() says them in zh or en.
 */

// --- the pipeline and its result ---------------------------------------------
export {
  evaluate,
  hasGaps,
  smallestAdditionsFor,
  badDataSchoolCount,
  countyAssessmentOf,
  type Evaluation,
  type EvaluateInput,
  type EvaluateOptions,
  type CountyRecords,
  type GapFailure,
} from "./pipeline";
export { overallVerdict, type OverallVerdict } from "./verdict";

// --- the data: records, the reader's result, the assessment --------------------
export * from "./types";
export * from "./county/types";
export type {
  AssessmentFinding,
  CountyFigureRef,
  CountyNote,
  CountyShortfall,
  ExclusionReason,
  FigureProblem,
  FigureScope,
  Finding,
  FindingCode,
  FindingClass,
  FindingSchool,
  PartialTable,
  SchoolSizeLimits,
  VerdictReason,
} from "./findings";

// --- words and numbers: one catalogue, one formatter ---------------------------
export {
  renderFinding,
  renderFindings,
  renderCountyNotes,
  schoolSizeLimits,
  partialTableFinding,
  PARTIAL_WORDS,
  FINDING_CODES,
  type MessageLanguage,
} from "./messages";
export { formatNumber, formatPercent, formatPrecise, formatThreshold } from "./format";
export {
  formatAmount,
  formatLevel,
  formatRatio,
  formatShare,
  formatThresholdShare,
} from "./county/format";
export * from "./vocabulary";
export {
  COUNTY_PART_NAMES,
  COUNTY_PART_NAMES_EN,
  COUNTY_ITEM_NAMES_EN,
  VETO_NAMES,
  VETO_NAMES_EN,
} from "./county/items";
export { INDICATORS, indicatorDecimals, findIndicator, type IndicatorInfo } from "./indicators";
export { EduError, isEduError } from "./errors";
export { hasOwn, ownValue } from "./own";

// --- standards -------------------------------------------------------------------
export {
  PROFILES,
  DEFAULT_PROFILE,
  findProfile,
  NATIONAL_2017,
  BASIC_2012,
  parseProfile,
  parseProfileText,
  checkProfileFileSize,
  PROFILE_FILE_MAX_BYTES,
  RELATIVE_TOLERANCE,
  type StandardsProfile,
  type SchoolRule,
  type CountyRule,
  type CountyStandards,
  type ProfileFileOptions,
} from "./profiles";

// --- the rules as pure functions (the custom functions are thin adapters over them)
export * from "./rules";
export {
  stageIndicatorValues,
  stagePlan,
  stageNumerator,
  stageValue,
  type StagePlan,
  isCount,
  inQuantityLimits,
  QUANTITY_LIMITS,
  type SchoolNumberField,
} from "./schoolValues";

// --- the table: template, fields, columns --------------------------------------
/** The pipeline's first stage alone, for a host that checks the data before assessing (the wizard's 数据检查). */
export { readWorkbook } from "./table";
/** Which sheet is the school, class or county table, by content (both hosts pick sheets this way). */
export { recogniseSheets, type SheetKind, type SheetRecognition } from "./table";
export {
  columnLetter,
  columnIndex,
  templateHeaders,
  schoolFieldRules,
  SCHOOL_FIELD_RULES,
  CLASS_FIELD_RULES,
  TEMPLATE_SHEET_NAMES,
  findFieldRule,
  COUNTY_SHEET_NAME,
  COUNTY_TEMPLATE_HEADERS,
  countyTemplateRows,
  findCountySheet,
  type CountyValueKind,
  type FieldRule,
  type TemplateHeaders,
  type CountyTemplateRow,
  type ReadWorkbookOptions,
} from "./table";
export { COUNTY_REPORT_TITLES } from "./table/county";
export { columnOptions, type ColumnOption } from "./columnOptions";

// --- the reviewer's re-check of a county's 表Ⅱ-2 / 表Ⅲ / 表Ⅱ-1 (issue 23 item 8) ----------
export {
  recheckWorkbook,
  recheckRefusal,
  findIndicatorValuesShape,
  renderComparison,
  comparisonFigures,
  comparisonSubject,
  itemDecimals,
  formatWritten,
  ITEM_NAMES as RECHECK_ITEM_NAMES,
  STATUS_NAMES as RECHECK_STATUS_NAMES,
  TABLE_NAMES as RECHECK_TABLE_NAMES,
  RECHECK_MESSAGES,
  roundingHalfUnit,
  type RecheckOptions,
  type RecheckResult,
  type RecheckRead,
  type RecheckStage,
  type RecheckSchool,
  type RecheckIndicator,
  type Comparison as RecheckComparison,
  type ComparisonStatus as RecheckStatus,
  type ComparedItem as RecheckItem,
  type ValueRow as RecheckValueRow,
  type Bounds as RecheckBounds,
} from "./recheck";

// --- planning: gap fields, breakdown shapes, the review sample -----------------
export {
  GAP_FIELDS,
  GAP_FIELD_ORDER,
  gapsApply,
  gapFieldFor,
  applyAdditions,
  type GapField,
  type GapFieldInfo,
  type GapAdditions,
  type GapAnalysis,
  type SchoolGap,
  type SchoolGapPlan,
  type StageAfterGaps,
} from "./planning/gaps";
export {
  summariseIndicators,
  NO_GROUP_LABEL,
  NO_LOCALE_LABEL,
  type Breakdowns,
  type GroupBreakdown,
  type IndicatorSummary,
} from "./planning/breakdown";
export * from "./planning/sampling";

// --- collecting one-school forms (一校一表) into the county table ---------------
export {
  collectSchools,
  readRoster,
  readSchoolSources,
  type CellPlace,
  type Collection,
  type CollectDuplicate,
  type CollectEntry,
  type CollectIssue,
  type CollectOptions,
  type CollectStatus,
  type Roster,
  type RosterCheck,
  type SchoolSource,
} from "./collect";

// --- year over year: several years of one county side by side (issue 25) --------------
export {
  compareYears,
  forComparison,
  similarNames,
  unknownRenames,
  EVENT_KINDS as COMPARE_EVENT_KINDS,
} from "./compare/compare";
export * from "./compare/types";
export {
  countyItemNames,
  prepareComparison,
  type ComparePreparation,
  type YearCandidate,
} from "./compare/ready";

// --- CSV (the 名单 of collect, the renames file of compare) -------------------
export { parseCsv } from "./csv";

// --- year over year: the inputs (issue 25) ------------------------------------
export { readRenames, type RenameIssueCode, type RenamesRead } from "./compare/renames";
export {
  checkYears,
  reportYearOf,
  yearFromFileName,
  yearOf,
  type YearCheckInput,
  type YearProblem,
  type YearProblemCode,
} from "./compare/years";
