import type { Texts } from "../texts";
import type { UI as ZH } from "../zh-CN/ui";

export const UI: Texts<typeof ZH> = {
  appTitle: "EduBalance quality-balance assessment",
  outsideExcelTitle: "EduBalance is an Excel add-in",
  outsideExcel:
    "It needs to run in Excel: open your workbook in Excel and start EduBalance from Home › Add-ins.",
  oldExcel:
    "This version of Excel lacks what the add-in needs (ExcelApi 1.9). Update Excel or use Excel on the web.",
  officeLoading: "Connecting to Excel…",
  officeNotLoadedTitle: "Office's script did not finish loading",
  officeNotLoaded:
    "EduBalance loads Office's script from Microsoft (appsforoffice.microsoft.com), and it has not finished loading: this computer may be off the internet, or the network blocks that site. Check the network (or ask its administrator to allow appsforoffice.microsoft.com), then close and reopen this pane.",
  offlinePageHint:
    "Off the internet, without Excel or with an older Excel, use the offline page edu-balance.html instead: it is published with this add-in (in the add-in's dist folder, or ask whoever published the add-in). Double-click it to open it in a browser: no network, no installation, and your data stays on this computer.",
  offlinePageLink: "Open the offline page edu-balance.html",

  // --- steps ---------------------------------------------------------------
  stepSource: "Data source",
  stepMapping: "Field mapping",
  stepCheck: "Data check",
  stepResults: "Assessment",
  stepReport: "Report",
  stepNumber: "Step {n}",
  back: "Back",

  // --- 1 数据来源 ----------------------------------------------------------
  sourceIntro:
    "Choose where the school table is: one row per school; the header may be on any row, columns in any order.",
  savedSetup: "Last setup",
  savedSetupText:
    "School table: {school}; class sheet: {classes}; county sheet: {county}; fields mapped by hand: {overrides}; standard: {profile}.",
  quickRun: "Run with the last setup",
  schoolTable: "School table",
  sourceActiveSheet: 'The active sheet "{sheet}"',
  sourceSelection: "The selection {address}",
  sourceSelectionNone: "The selection (nothing selected)",
  sourceSheet: "This sheet",
  sourceRange: 'The range chosen last time: "{sheet}" {address}',
  classSheet: "Class sheet (optional, for class sizes)",
  noClassSheet: "No class sheet",
  countySheet:
    "County sheet (optional: government support, education quality, public recognition and vetoes)",
  noCountySheet: "No county sheet",
  countyDetected: "{sheet} (recognised by its content)",
  templateWithCounty: "Also create the county sheet",
  readData: "Read the data",
  createTemplate: "Create an empty data template",
  templateHint:
    "No table yet? Create the template: headers, drop-down lists and number formats are set.",
  templateCreated:
    'Created sheets "{school}" and "{classes}". Fill them in, then choose "{school}" here and read it.',
  templateCreatedCounty:
    'Created sheets "{school}", "{classes}" and "{county}". Fill them in, then choose "{school}" and "{county}" here and read them.',
  reading: "Reading the workbook…",
  loadingWorkbook: "Looking at the workbook…",
  creatingTemplate: "Creating the template…",
  sourceRecognised:
    'Recognised by content: school table "{school}", class sheet {classes}, county sheet {county}. Change them below if needed.',
  sourceRecognisedNone:
    "No sheet looks like a school table (its header, within the first 30 rows, should name the school, its type, its students …): choose one below, or create the template.",
  recognisedMark: "{sheet} (recognised by content)",
  noneRecognised: "none",

  // --- wrong sheet (steps 2 and 3) ----------------------------------------
  wrongSheetClass:
    '"{sheet}" looks like the class sheet, not a school table ({found} of {total} fields recognised).',
  wrongSheetCounty:
    '"{sheet}" looks like the county sheet, not a school table ({found} of {total} fields recognised).',
  wrongSheetOther:
    '"{sheet}" does not look like a school table: {found} of {total} fields recognised.',
  wrongSheetSuggestion:
    'The school table seems to be "{school}". No need to change headers: read that sheet instead.',
  wrongSheetNoSuggestion:
    "Choose the sheet that holds the school table in step 1; its header, within the first 30 rows, should name the school, its type and its students.",
  wrongSheetSwitch: 'Use "{school}"',

  // --- 2 字段对应 ----------------------------------------------------------
  mappingIntro:
    "Where each field is read from. Change any column below; your choice is saved in this workbook for next time.",
  mappingSchoolSheet: 'School table "{sheet}"',
  mappingClassSheet: 'Class sheet "{sheet}"',
  mappingNoSchoolSheet: "No school table was recognised.",
  fieldColumn: "Field",
  recognisedColumn: "Recognised",
  changeColumn: "Use column",
  notFound: "Not found",
  recognisedAs: 'column {column} "{header}"',
  unitMissingShort: "Column found, unit missing",
  unitMissingHint:
    'Column {column} "{header}" holds this figure, but its header names no unit: 元 or 万元? Write it in the header, e.g. "{label}（万元）" or "{label}（元）", then read the data again in step 1.',
  optionalField: " (optional)",
  automatic: "Automatic",
  notUsed: "Not used",
  columnOption: "Column {letter}: {header}",
  unitLabel: "unit {unit}",
  recognisedCount: "{found} of {total} fields recognised",
  confirmMapping: "Confirm and check the data",
  resetMapping: "Reset all to automatic",

  // --- 3 数据检查 ----------------------------------------------------------
  checkIntro: "Click an issue to select its cell in Excel.",
  checkIntroFile:
    "Each issue names its sheet, row and column: correct them in the file with Excel or WPS, then pick the file again.",
  checkPassed: "Data check passed: {schools} schools, no issues.",
  issuesHidden: "{count} more issues are not listed (the report's 数据问题 sheet lists them all).",
  showMoreIssues: "List {count} more",
  checkErrors: "{errors} errors and {warnings} warnings. Schools with errors cannot be assessed.",
  checkWarningsOnly: "{warnings} warnings (they do not stop the assessment; please check).",
  errorLabel: "Error",
  warningLabel: "Warning",
  issueWhere: '"{sheet}" {cell}',
  issueRow: "row {row}",
  issueColumn: "column {column}",
  excludeBad: "Leave out the schools with errors and go on (results will say “incomplete data”)",
  noSchools: "No school can be assessed: correct the errors above first.",
  readSummary: "Schools ready to assess: {schools}{classes}.",
  readSummaryLeftOut:
    "The other schools cannot be assessed until the errors below are corrected; then read the data again in step 1.",
  readSummaryClasses: "; classes: {classes}",
  runAssessment: "Assess",
  selectFailed: "Could not select the cell: {message}",

  // --- 4 测算 --------------------------------------------------------------
  incompleteNotice:
    "Incomplete data: {count} schools with bad data are not included in these results.",
  incompleteNoticeGeneric:
    "Incomplete data: some schools or classes with bad data are not included in these results.",
  overallPass: "The county meets the quality-balance standard on resources, school and class size",
  overallPassFull: "The county meets the quality-balance standard: all four parts met, no veto",
  overallPassBasic: "Every stage meets the basic-balance standard on the composite CV",
  overallFailBasic: "The county does not yet meet the basic-balance standard",
  infoOnly: "For information, not part of this standard’s verdict:",
  overallNoCounty:
    "No county sheet: this covers resources, school and class size only; government support, quality and recognition are not assessed.",
  profileLabel: "Standard",
  overallFail: "The county does not yet meet the quality-balance standard",
  profileLine: "Standard: {profile}",
  stageHeading: "{stage} ({schools} schools)",
  stageVerdictPass: "Resources meet the standard",
  stageVerdictFail: "Resources do not meet the standard",

  // A partial table (an indicator without its columns): nothing of it is judged.
  stageVerdictUndetermined: "Resources cannot be judged (columns missing)",
  overallUndetermined: "Cannot be judged: some indicators are not computed (columns missing)",
  indicatorNotComputed: "Not computed: the table has no column for {columns}",
  summaryNotComputed: "{count} indicators not computed (columns missing)",
  checkPartialOnly:
    "Some indicators' columns are missing ({errors}): those indicators are not computed and nothing is judged; the others are computed and no school is left out. {warnings} warnings besides.",
  indicator: "Indicator",
  countyValue: "County value",
  cvAgainstLimit: "CV / limit",
  thresholdColumn: "Standard",
  compositeCv: "Composite CV",
  compositeLine: "Composite CV {cv} / limit {limit}",
  noSchoolRule: "This standard does not judge single schools: only the county composite CV counts.",
  verdict: "Verdict",
  schoolsMeeting: "Schools meeting",
  pass: "Meets",
  fail: "Fails",
  notComputable: "n/a",
  borderlineMark: " (borderline: judged on unrounded value)",
  failingSchools: "Schools below the standard ({count})",
  noFailingSchools: "Every school meets the standard.",
  schoolMetCount: "{met}/{total} met",
  shortfall: "{indicator}: {value}, standard {threshold}, short by {absolute} ({relative})",
  moreSchools: "{count} more not listed: see the report sheet.",
  classSizeHeading: "Class size",
  classSizeMissing: "No class sheet: class sizes not checked.",
  classSizeLine:
    "{stage}: {classes} classes, {over} above {limit}, {large} large (56+), {superLarge} super-large (66+)",
  schoolSizeHeading: "School size",
  schoolSizeOk: "No school is above the size limit.",
  schoolSizeOver: "{name}: {students} students, limit {limit}",
  specialRoomsHeading: "Music and art rooms",
  specialRoomsMissing: "The school table has no room counts: not checked.",
  specialRoomsOk: "Every school has enough music and art rooms.",
  specialRoomsShort:
    "{name}: {classes} classes, needs {required} of each, music {music}, art {art}",
  roomAreasShort: "{name}: rooms too small: {rooms}",
  allowancesHeading: "2019 certification allowances",
  allowancesNone: "No school used an allowance.",
  allowanceNotApplied: "Not applied: {message}",
  excludedHeading: "Schools outside the resource assessment ({count})",
  warningsHeading: "Notes ({count})",
  toReport: "Write the report",
  summaryHeading: "Verdict by part",
  summaryResources: "Resources · {stage}",
  summarySchoolsFailing: "{failing} of {total} schools below the school standard",
  summarySchoolsAllMeet: "all {total} schools meet the school standard",
  summaryCvFailing: "{count} indicators with a CV above {limit}",
  summaryCvAllMeet: "every CV within {limit}",
  summaryComposite: "composite CV {cv}, limit {limit}",
  summaryClassSizeOk: "no class above the limit",
  summaryClassSizeOver: "{stage}: {count} classes above {limit}",
  summarySchoolSizeOver: "{count} schools above the size limit",
  summaryRoomsShort: "{count} schools short of music or art rooms",
  summaryCountyOpen: "{failed} not met, {missing} not filled in",
  summaryOpen: "Open",
  sizesHeading: "Class size, school size and special rooms",
  cvMet: "CV met",
  cvNotMet: "CV above limit",
  cvShort: "CV",
  cvWithLimit: "{cv} (limit {limit})",
  schoolsMeetingValue: "{met} of {total}",
  standardAt: "standard {value}",
  cvLimitAt: "limit {limit}",
  cvChartTitle: "{stage}: each indicator's CV against its limit",
  distributionLabel: "{indicator}: {schools} schools, {met} at or above the standard",
  indicatorDetails: "Show the {count} indicators: standard, county value, schools",
  toSample: "Review sample",

  // --- 4 县级指标 ----------------------------------------------------------
  countyHeading: "Government support, quality, recognition and vetoes",
  countyFrom: 'Figures from the county sheet "{sheet}".',
  countyNone:
    "No county sheet: these parts and the vetoes were not assessed. Choose the county sheet in step 1, or create the template and fill it in.",
  countyNoStandards:
    'The standard "{profile}" has no county-level parts: the county sheet was not assessed.',
  countyPartCounts:
    "{passed} of {total} met, {failed} not met, {missing} not filled in or without data",
  countyPartIncomplete: "Incomplete",
  countyStatusPass: "Met",
  countyStatusFail: "Not met",
  countyStatusMissing: "Not filled in",
  countyStatusNoData: "No data",
  countyVetoFail: "Applies",
  countyVetoPass: "None",
  countyItemLine: "{number}. {name}: {text} (standard: {threshold})",
  countyEvidence: "Evidence: {evidence}",
  countyAllItems: "Show all {count} items",
  countyNothingOpen: "Every item is met.",

  // --- 4 假设分析 ----------------------------------------------------------
  whatIfHeading: "What if: change one school's figures",
  whatIfIntro:
    "Change the figures below: the school's verdict and the county CVs are recomputed at once. Nothing here is written to the workbook.",
  whatIfSchool: "School",
  whatIfStage: "Stage",
  whatIfFailingMark: " (fails)",
  whatIfFigure: "Figure",
  whatIfOriginal: "Workbook",
  whatIfNew: "Change to",
  whatIfNotNumber:
    '"{text}" is not a number: enter digits only for "{field}", e.g. 1200 or 35.5, without a unit. The last valid value is used.',
  whatIfNegative:
    '"{text}" is negative: "{field}" cannot be below 0. The last valid value is used.',
  whatIfNotWhole:
    '"{text}" is not a whole number: "{field}" counts people, classes or rooms. The last valid value is used.',
  whatIfTooLarge:
    '"{text}" is implausibly large: check the figure and the unit of "{field}" (万元 or 元). The last valid value is used.',
  whatIfReset: "Reset to the workbook's figures",
  whatIfApplyGap: "Apply the smallest additions",
  whatIfGapApplied: "Added the smallest additions: {additions}.",
  whatIfChanged: "{count} figures changed (not written to the workbook)",
  whatIfSchoolValues: "{school} ({stage})",
  whatIfBefore: "Before",
  whatIfAfter: "After",
  whatIfMetCount: "Indicators met: {before} → {after}",
  whatIfVerdict: "School verdict: {before} → {after}",
  whatIfCountyVerdict: "County verdict: {before} → {after}",
  whatIfCvHeading: "County CVs: before → after",
  whatIfNotAssessed:
    "After the change the school is no longer assessed in {stage} (no students of that stage).",
  whatIfError: "Cannot assess: {message}",
  whatIfCountyPass: "Meets",
  whatIfCountyFail: "Does not meet",

  // --- 复核抽样 ------------------------------------------------------------
  stepSample: "Review sample",
  sampleIntro:
    "Draws the schools the city visits for its review: stratified by stage and urban/rural, in proportion; failing and borderline schools always, the rest at random. The same workbook and seed always give the same list.",
  sampleSeed: "Seed",
  sampleSeedHint: "A whole number 0 to 4294967295, e.g. from a public draw",
  sampleShare: "Share (%)",
  sampleBadSeed: "The seed must be a whole number from 0 to 4294967295.",
  sampleBadShare: "The share must be above 0 and at most 100%.",
  sampleSummary:
    "{total} schools assessed (a multi-stage school counts once); at least {required} to draw; {sampled} drawn: {failing} failing, {borderline} borderline, {random} at random.",
  sampleNumber: "No.",
  sampleSchoolName: "School",
  sampleStage: "Stage",
  sampleLocale: "Area",
  sampleReason: "Why",
  sampleReasonFailing: "Fails",
  sampleReasonBorderline: "Borderline",
  sampleReasonRandom: "Random",

  /** A drawn school that passes only by the school rule (issue 22 §13): a note for the reviewer, not a reason. */
  sampleShortfallNote: "Note: passes on {met} of {total}",
  sampleMore: "{count} more not listed: see the sheet once written.",
  writeSample: "Write the sample sheet",
  downloadSample: "Download the sample list",
  sampleDownloaded: 'The sample list was downloaded (sheet "{sheet}").',
  sampleWritten: 'The sample was written to the sheet "{sheet}" ({note}).',
  localeUrban: "Urban",
  localeTown: "Town",
  localeRural: "Rural",

  // --- 5 生成报表 ----------------------------------------------------------
  reportIntro:
    "Adds the application form's sheets to this workbook: tables I–VI (figures the county sheet lacks read 未填报), then the summary (the four parts' verdicts and every gap), schools (failing values in red), variation (CVs and their limits), class and school size, gap closing, group comparison and chart data, and the data issues when there are any. Every sheet names the standard. Writing again replaces only the sheets the add-in made, never your own.",
  writeReport: "Write the report",
  writeAgain: "Write again",
  reportIntroFile:
    "Download the application form (.xlsx): tables I–VI, then the summary (the four parts' verdicts and every gap), schools (failing values in red), variation (CVs and their limits), class and school size, gap closing and group comparison, and the data issues when there are any. The same as the command line writes. Your file is never changed.",
  downloadReport: "Download the report",
  reportFormulas:
    "Write the report's computed results as formulas (tables II-1, II-2 and III; recalculated in WPS and Excel 2010)",
  downloadJson: "Download JSON",
  downloaded: "Downloaded (to the browser's Downloads folder), with these sheets:",
  writing: "Writing the report ({sheets} sheets)…",
  writingSheet: 'Writing sheet {n} of {total}, "{sheet}"…',
  cancelWriting: "Cancel",
  writeCancelled:
    "Cancelled: no report was written; half-written sheets were removed and the workbook is as it was.",
  written: "The report was written to:",
  writtenNew: "new",
  writtenReplaced: "replaced the previous report sheet",
  writtenRenamed: 'your own sheet "{wanted}" exists and was left alone',

  // --- several school forms (一校一表, issue 23 §6) -------------------------
  collectTitle: "Returned forms (回收情况)",
  collectForms: "Collect the schools' forms…",
  collectFormsHint:
    "The schools' returned one-school forms: pick several files at once; they are collected into new sheets 学校基础数据 and 回收情况, then assessed. The files are read on this computer only, never uploaded.",
  collectReadingFile: "Reading file {index} of {count}, {file}…",
  collectWriting: "Writing the county table…",
  collectWritten:
    'The county table was written to the new sheet "{table}" and 回收情况 to "{receipt}"; the steps below assess "{table}".',
  collectCountFiles: "{count} files received",
  collectCountWritten: "{count} schools written into the county table",
  collectCountErrors: "{count} with errors (left out of the assessment)",
  collectCountNotWritten: "{count} not written",
  collectCountDuplicates: "{count} schools returned twice",
  collectCountNotForms: "{count} not school forms",
  collectCountUnreadable: "{count} cannot be read",
  collectEntries: "Each file's result ({count})",
  collectEntryRow: "row {row} of the county table",
  collectIssuesHeading: "Problems: {count} (rows and columns are cells of each file)",
  collectNoIssues: "No problem found in the files.",
  collectIssuesHidden:
    "{count} more are not listed (the downloaded table's 回收情况 sheet lists them all).",
  collectDownload: "Download the county table (学校基础数据 + 回收情况)",
  collectNothing:
    "None of the files picked is a school form that can be written into the county table: nothing can be assessed. The problems below say why.",
  collectMixed:
    "The files picked hold both one-school forms ({forms}) and county school tables of several schools ({tables}): it cannot be told whether to collect the forms or assess a county table, so nothing was computed. Pick the schools' forms only, or open one county table at a time.",
  collectTables:
    "The files picked include county school tables ({tables}), not one-school forms; they cannot be collected together, so nothing was computed. Open one county table at a time; to compare years, open this year's table and add the earlier ones in step 7, Earlier years.",
  collectFileQuoted: '"{file}"',
  collectListSeparator: ", ",
  collectFileListMore: "{list} ({count} in all)",
  collectStatusOk: "written",
  collectStatusErrors: "written, with errors",
  collectStatusNotWritten: "not written",
  collectStatusDuplicate: "returned twice, not written",
  collectStatusDuplicateSame: "returned twice (same figures), written once",
  collectStatusBlank: "blank, not written",
  collectStatusCountyTable: "a county table, not collected",
  collectStatusNotForm: "not a school form",
  collectStatusUnreadable: "cannot be read",

  // --- 7 Earlier years (issue 25) ------------------------------------------------
  stepCompare: "Earlier years",
  compareIntro:
    "Lay earlier years beside this assessment: each year's CVs against their limits, the schools passing, each school's changes, and an early warning for next year from the last two years' trend. An earlier year can be a workbook file (.xlsx, .xls, .et) or a school sheet of this workbook when the county keeps its years as sheets. A year is its county sheet's 填报年度, else a year in the file's or sheet's name; failing both, type it. Each year is read and computed under this assessment's standard, as the CLI's edu-balance compare does; nothing leaves this computer and the files are not changed.",
  compareLoading: "Loading Earlier years…",
  compareCurrent: "This assessment",
  compareCurrentWorkbook: "this workbook",
  compareYear: "Year",
  compareYearFound: "found: {year}; a year typed here wins",
  compareYearMissing: "no year found: please type it",
  compareAddFiles: "Add earlier files…",
  compareSheetLabel: "A school sheet of this workbook for another year",
  compareSheetChoose: "Choose a sheet",
  compareAddSheet: "Add this sheet",
  compareRemove: "Remove",
  compareReading: 'Reading "{file}"…',
  compareReadFailed: "Cannot be read: {message}",
  compareBadRows:
    "{n} schools with bad data are left out (as in the application form). First: {first}",
  compareNoSchools: '"{file}" holds no school that can be computed: {reason}',
  compareNoSchoolData: "no school data found",
  compareRenames: "Renames (optional)",
  compareRenamesHint:
    "A .csv file or a workbook with two columns, 原名称 and 新名称 (old name, new name): what an earlier year's school is called now, without editing the data. Without 学校标识码 codes, schools are matched by name.",
  compareRenamesPick: "Choose a renames file…",
  compareRenamesRead: '"{file}": {n} renames',
  compareRenamesUnused: ", {n} rows not used",
  compareRenamesFailed: '"{file}" cannot be used: {message}',
  compareMargin: "Margin (%)",
  compareMarginHint:
    "A school's value that passes but is below standard × (1 + margin), and a CV at limit × (1 − margin) or above, are listed to watch. Default 5.",
  compareBadMargin: "Type a number from 0 to 99",
  compareTooFew:
    "Add at least one more year (an earlier file, or an earlier school sheet of this workbook) to compare.",
  compareUnreadable:
    '"{file}" cannot be read, so nothing was compared: a comparison missing a year misleads. Remove it, or pick a file that can be read.',
  compareNoYear:
    'No year found for "{file}" (the county sheet\'s 填报年度, or a year 2000–2099 in its name): type it in its Year field.',
  compareBadYear: 'The year "{value}" of "{file}" is not a year 2000–2099.',
  compareUnknownRename:
    'Renames ({source}) "{from}" → "{to}": one of the names is no school of any year, so nothing was compared. Please check the renames.',
  compareSummary: "{years}, {n} years; standard: {profile}",
  compareWatch: "To watch (most urgent first)",
  compareWatchNone: "Nothing to watch.",
  compareWarningBadge: "Warning",
  compareMore: "{n} more not listed (the written 学校变化 and 预警 sheets list them all).",
  compareTrend: "{stage}: each CV by year against its limit",
  compareTrendLimit: "limit {limit}",
  compareTrendNoLimit: "no limit of its own",
  comparePassing: "{stage}: schools passing",
  compareEvents: "All changes ({n})",
  compareNoEvents: "No change between the years.",
  compareWrite: "Write the monitoring sheets",
  compareWriteAgain: "Write the monitoring sheets again",
  compareDownload: "Download the monitoring workbook (.xlsx)",
  compareWriteHint:
    "The monitoring sheets are three new sheets (年度对比, 学校变化, 预警), printed A4 landscape; your sheets are not changed.",
  compareDownloadHint:
    "The monitoring workbook is a new .xlsx file (年度对比, 学校变化, 预警), printed A4 landscape.",

  // --- 自评报告 (issue 26) ----------------------------------------------------
  reportDocDownload: "Download the self-assessment report (Word)",
  reportDocBusy: "Writing the self-assessment report…",
  reportDocWithMonitor: "Download the self-assessment report (Word, with the years compared)",
  reportDocFileLabel: "自评报告",
  reportDocFailed: "The self-assessment report was not written: {message}",
  reportDocPaneHint:
    "The self-assessment report (draft) comes from the same assessment as the application form and is downloaded to the browser's downloads folder (Excel on the web). Desktop Excel may not let add-ins download files: if no file arrives, open this workbook in the offline page edu-balance.html and download it there, or use the CLI: edu-balance assess FILE.xlsx --report-doc REPORT.docx.",

  unplugHintCopy:
    "Convert to plain formulas: the file's EDU.* formulas rewritten into plain formulas that WPS, Excel 2010–2019 and LibreOffice all compute, saved as a new file to download; the file itself is not changed.",
  unplugHintInPlace:
    "Convert to plain formulas: this workbook's EDU.* formulas rewritten into plain formulas that WPS, Excel 2010–2019 and LibreOffice all compute, only those cells. The cells are listed first and written only when you confirm.",
  unplugButtonCopy: "Convert to plain formulas (download a copy)",
  unplugButtonInPlace: "Convert to plain formulas…",
  unplugBusy: "Looking for EDU formulas…",
  unplugNotXlsx:
    "Only an .xlsx workbook can be converted to plain formulas: {file} is not .xlsx. Save it as .xlsx in Excel or WPS and open it again.",
  unplugNone: "The workbook holds no EDU.* formula: nothing to convert.",
  unplugRefusedCopy: "{n} EDU.* formulas cannot be rewritten: nothing was converted or downloaded:",
  unplugRefusedInPlace:
    "{n} EDU.* formulas cannot be rewritten: nothing was converted, the workbook was not changed:",
  unplugRefusalRow: "“{sheet}” {cell}: {formula} ({reason})",
  unplugChangeRow: "“{sheet}” {cell}: {before} → {after}",
  unplugMore: "…and {n} more",
  unplugConfirm:
    "This rewrites the formulas of {n} cells of THIS workbook in place (listed below). An add-in's changes cannot be undone with Ctrl+Z: save a copy first with File → Save As, then confirm.",
  unplugConfirmButton: "Rewrite {n} cells",
  unplugCancel: "Cancel",
  unplugCancelled: "Cancelled: the workbook was not changed.",
  unplugWritten: "The formulas of {n} cells were rewritten; no other cell was changed:",
  unplugDownloaded: "{n} cells rewritten; {file} downloaded (the file itself is not changed):",
  unplugFailed: "The conversion did not finish: {message}",

  // --- errors --------------------------------------------------------------
  excelError: "Excel reported an error: {message}",
  dismiss: "Dismiss",
};
