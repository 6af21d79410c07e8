import type { Texts } from "../texts";
import type { CLI as ZH } from "../zh-CN/cli";

export const CLI: Texts<typeof ZH> = {
  common: {
    error: "Error: ",
    warning: "Warning: ",
    listSeparator: ", ",
  },
  args: {
    needsValue: "option {name} needs a value",
    givenTwice: "option {name} was given twice",
    unknownOption: "unknown option {option} (run {help} for usage)",
    oneFileOnly: "only one file can be read at a time, but {n} were given: {files}",
  },
  assessOutput: {
    chartsSuffix: ".charts.html",
    incomplete: "incomplete data: some schools were left out because of data errors, see issues",
    reportWritten: "Report written: {file}",
    chartsWritten: "Charts written: {file}",
    reportDocWritten: "Self-assessment report (draft) written: {file}",
    noRasteriser:
      "note: the drawing component cannot be loaded here, so the report's charts are replaced by a note (the charts page beside --out has them)",
  },
  load: {
    noComputableSchools: "no school in {file} can be computed: {n} data errors, the first: {first}",
    noSchoolRows: "no schools in {file}: {reason}",
    noSchoolData:
      "no school data found in {file} (a sheet with headers such as school name, school type and enrolment is needed)",
  },
  profile: {
    builtIn: "{id} ({name})",
    fileNotFound: "profile file {file} not found; built-in profiles: {builtIns}",
    unknown:
      "unknown profile {name}; choose a built-in profile: {builtIns}, or give the path of a profile file (.json)",
    failed: "failed",
    cannotRead: "cannot read profile file {file} ({code})",
    notAFile: "not a regular file",
  },
  readFile: {
    notFound: "file not found: {file}",
    failed: "read failed",
    cannotOpen: "cannot open file {file} ({code})",
    notAFile:
      "cannot read {file}: not a regular file (a device, pipe or socket), not an Excel workbook",
    cannotRead: "cannot read file {file} ({code})",
    folder: "{file} is a folder, not an Excel workbook",
  },
  output: {
    failed: "failed",
    sameAsInput:
      "the output file cannot be an input file: {file}{alias} is a file to be read, the source data is never overwritten; choose another output name",
    sameAsInputAlias: " (that is {input})",
    insideInputFolder:
      "the summary {file} cannot be written in the folder {folder} being summarised: every .xlsx there is read as a county workbook; write it to another folder",
    isFolder: "cannot write file {file}: it is a folder",
    exists: "file {file} already exists and was not overwritten; add --force to overwrite it",
    interrupted: "Interrupted: no output file written",
    cannotWrite: "cannot write file {file} ({code})",
    cannotCreateFolder: "cannot create folder {folder} ({code})",
  },
  planning: {
    gapsTitle: "[Gap closing]",
    gapsLead:
      " the least each school below the standard must add to meet it (one indicator may stay above {floor}% of the standard)",
    cannotCompute: "cannot compute: {error}",
    noGaps: "{words}.",
    allMeet: "Every school computed already meets the school standard: nothing to close.",
    sharedWith: " (shared facilities: the same addition as for its {stage} part)",
    otherStage: " (shared facilities also raise the per-pupil values of its {stage} part)",
    gapLine: "{name} ({stage}): add {additions}{shared}{other}",
    additionSeparator: ", ",
    cvsAfterGaps: "Coefficients of variation once every gap is closed (now → after):",
    indicator: "Indicator",
    urbanRuralTitle: "[Urban and rural]",
    urbanRuralLead:
      ' urban mean ÷ rural mean (the means and coefficients of each district and of town and country are in the "Groups" sheet of --out)',
  },
  main: {
    usage: {
      head: `edu-balance: the resource assessment of high-quality balanced compulsory education (教督〔2017〕6号)

Usage:
  edu-balance assess FILE.xlsx [options]
  edu-balance assess FOLDER/ [--json] [--out SUMMARY.xlsx]   (batch: one row per county workbook in the folder;
                                                       a folder of one-school forms is collected and assessed as one county)
  edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]   (the city's review sample, see edu-balance sample --help)
  edu-balance template TEMPLATE.xlsx [--profile ID]   (the empty data template: schools, classes, county indicators)
  edu-balance template --school [SCHOOL-FORM.xlsx]   (the one-school form for each school: one item a row)
  edu-balance collect FOLDER/ [--out SCHOOLS.xlsx] [--list LIST.xlsx]   (collects the forms the schools return, see collect --help)
  edu-balance recheck FORM-II-2.xlsx [--json] [--out RECHECK.xlsx]   (the city's or province's re-check of a county's Form II-2, see edu-balance recheck --help)
  edu-balance compare 2023.xlsx 2024.xlsx … [--json] [--out MONITOR.xlsx]   (years compared, with early warnings, see edu-balance compare --help)
  edu-balance formulas unplug FILE.xlsx --out NEW.xlsx   (EDU.* formulas rewritten as plain ones that compute without the add-in)
  edu-balance --help | --version

Reads the school data sheet (and a class sheet if there is one), computes the 7 resource indicators, each school's
result, the coefficients of variation, class and school sizes, and prints a Chinese summary in the terminal.

Options:`,
      options: {
        json: ["--json", "write JSON (fields in the README); warnings go to standard error too"],
        out: [
          "--out REPORT.xlsx",
          "write the report workbook (summary, schools, balance, class sizes, data issues)",
        ],
        force: ["--force", "overwrite the --out and --report-doc files if they exist"],
        reportDoc: [
          "--report-doc REPORT.docx",
          "also write the self-assessment report (draft) as a Word document: the figures of this run, the parts people must write marked 【请填写】",
        ],
        formulas: [
          "--formulas",
          "with --out: Form II-1, II-2 and III's computed cells written as plain formulas over a Data sheet (WPS and Excel 2010 recompute them)",
        ],
        profile: [
          "--profile ID",
          "the standard: built-in {builtIns}, or the path of a province's profile file (.json) (default {default})",
        ],
        schoolSheet: [
          "--school-sheet NAME",
          "the sheet holding the school data (default: found by its headers)",
        ],
        classSheet: [
          "--class-sheet NAME",
          "the sheet holding the classes (default: found by its headers)",
        ],
        county: [
          "--county NAME",
          "the county's name on the report (default: the county sheet's, else the file name)",
        ],
        help: ["-h, --help", "show this help"],
        version: ["-V, --version", "show the version"],
      },
      tail: `
Exit codes: 0 computed (whether or not the county meets the standard); 1 a file cannot be read or written; 2 usage error.

Examples:
  edu-balance assess examples/county-template.xlsx
  edu-balance assess schools.xlsx --json > result.json
  edu-balance assess schools.xlsx --out report.xlsx
  edu-balance assess schools.xlsx --out report.xlsx --report-doc report.docx   (the self-assessment report's draft too)
  edu-balance assess schools.xlsx --out report.xlsx --formulas   (means, CVs and counts of the form written as formulas)
  edu-balance assess counties/ --out city.xlsx
  edu-balance assess schools.xlsx --profile basic-2012   (basic balance: 8 indicators and the combined coefficient)
  edu-balance assess schools.xlsx --profile province.json
  edu-balance sample schools.xlsx --seed 20240901
  edu-balance template template.xlsx
  edu-balance collect forms/ --list school-list.xlsx
  edu-balance recheck county-report.xlsx --out recheck.xlsx

A folder, two ways: assess FOLDER/ reads each workbook in it. If some are one-school forms (or school sheets holding
one school) and none is a county table of two or more schools, they are taken as the forms of one county's schools,
collected and assessed as one county (the same as collect, then assess of the collected table); otherwise each
workbook is one county, assessed in turn. A folder mixing both is refused, with the files of each kind listed.
`,
    },
    noCommand:
      "missing command; usage: edu-balance assess FILE.xlsx (run edu-balance --help for help)",
    unknownCommand:
      "unknown command {command}; the commands are assess, sample, template, collect, recheck, compare, formulas, e.g. edu-balance assess FILE.xlsx",
    missingFile: "missing the Excel file to read; usage: edu-balance assess FILE.xlsx",
    outNotXlsx: "the --out file name must end in .xlsx: {file}",
    reportDocNotDocx: "the --report-doc file name must end in .docx: {file}",
    reportDocFolder:
      "--report-doc is for one county's workbook, not a folder: run edu-balance assess FILE.xlsx --report-doc REPORT.docx for that county",
    formulasNeedsOut:
      "--formulas writes formulas into the report workbook, so it needs --out: edu-balance assess FILE.xlsx --out REPORT.xlsx --formulas",
    formulasFolder:
      "--formulas is for one county's workbook, not a folder: run edu-balance assess FILE.xlsx --out REPORT.xlsx --formulas for that county",
    internalError:
      "internal error ({message}); please send the input file and this message to the developers{debugHint}",
    debugHint: " (set EDU_BALANCE_DEBUG=1 for details)",
  },
  template: {
    schoolFormFile: "school-form.xlsx",
    usage: {
      head: `edu-balance template: writes the empty data template (three sheets: school data, classes, county indicators)

Usage:
  edu-balance template TEMPLATE.xlsx [--profile ID] [--formulas] [--force]
  edu-balance template --school [SCHOOL-FORM.xlsx] [--profile ID] [--force]

The headers are exactly those the reader recognises; school type, urban/rural, stage, yes/no columns have drop-downs,
number columns take only numbers not below 0. The same template as the task pane's "New empty data template" and
the offline page's download. Once a county has filled it in, assess it with edu-balance assess.
--school writes the one-school form for each school: the same items, units, drop-downs and checks, one item a row;
collect the returned forms with edu-balance collect FOLDER/ into the county's school table (or edu-balance assess FOLDER/).

Options:`,
      options: {
        profile: [
          "--profile ID",
          "the fields of this profile (default {default}); built-in: {builtIns}, or a profile file (.json)",
        ],
        school: [
          "--school",
          "write the one-school form instead (item | unit | value | note, one item a row), default file school-form.xlsx",
        ],
        formulas: [
          "--formulas",
          "add a calculation sheet of plain formulas Excel 2010, WPS and LibreOffice share, computed as data is typed (each school's indicators and result, county means, CVs, class and school sizes), no add-in needed; up to {n} schools",
        ],
        force: ["--force", "overwrite the output file if it exists (default: never)"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Usage: edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]: writes the empty data
       template (school, class and county sheets). Exit 0 written, 1 cannot write, 2 usage error.
       edu-balance template --school [FILE.xlsx]: the one-school form (one item a row) to collect back.
       --formulas adds a calculation sheet of plain formulas (Excel 2010, WPS, LibreOffice).
`,
    },
    missingFile: "missing the output file name, e.g. edu-balance template template.xlsx",
    notXlsx:
      "the template's file name must end in .xlsx: {file} (the template is an Excel 2007 or later workbook)",
    schoolFormWritten:
      "School form written: {file} (one school a form, {n} items; collect the filled-in forms with edu-balance collect)",
    templateWritten: "Empty data template written: {file} ({sheets})",
    formulasWritten:
      "The {sheet} sheet computes with plain formulas (up to {n} schools, {m} classes): type the data in Excel, WPS or LibreOffice and the results follow",
    formulasSchoolForm: "--formulas is for the county data template, not with --school",
    formulasAllowances:
      "The standard {profile} has the 2019 allowances, which plain formulas cannot express; choose a standard without them for the formula template",
  },
  countySummary: {
    tableHeader: ["No.", "Indicator", "Value", "Standard", "Result"],
    gapsTitle: "Gaps and items not filled in:",
    pass: "meets",
    fail: "below",
    reached: "reached",
    notReached: "not reached",
    notFilled: "not filled in",
    noCountyTitle: "[Government support, education quality, public recognition]",
    noCountyLead:
      " no county indicator sheet, not assessed (add the template's county indicator sheet to the workbook, one indicator a row: indicator, value, note or evidence)",
    overallTitle: "[Overall]",
    noSchools: "no school computed",
    basicOverall: " resources: {stages}. Basic balance of the county: {result}",
    schoolsOnlyOverall:
      " resources, school and class sizes: {resources} (resources: {stages}); government support, education quality, public recognition, veto items: {notFilled}. High-quality balance of the county: {result}",
    notFilledFails: "{notReached} (parts not filled in do not count as met)",
    partTitle: "[{name}]",
    partLine: " {summary}. {name}: {result}",
    recognitionTitle: "[Public recognition]",
    recognitionLine: " {text}, standard {threshold}: {result}",
    groupSeparator: ", ",
    evidence: "Evidence: {evidence}",
    vetoApplies: "yes: {names}",
    vetoUnanswered: "not filled in: {names}",
    vetoNone: "none",
    vetoYes: "yes",
    vetoTitle: "[Veto items]",
    overall:
      " resources: primary {primary}, junior {junior}; government support {government}; education quality {quality}; public recognition {recognition}; veto items {veto}. High-quality balance of the county: {result}",
  },
  batch: {
    andMore: "{names} and {n} in all",
    mixedFolder:
      "folder {folder} holds both one-school forms ({forms}) and county tables of several schools ({counties}): it cannot tell whether to collect the forms or assess the counties. Put them in separate folders: collect the forms with edu-balance collect or assess, assess the county tables with assess",
    cannotReadFolder: "cannot read folder {folder} ({code})",
    progressBar: "Computing [{bar}] {done}/{total} {file}",
    progressLine: "Computing ({done}/{total}): {file}",
    pass: "meets",
    fail: "below",
    title: "Resource assessment of {kind} compulsory education: the counties",
    profile: "Standard: {name}",
    folder: "Folder: {folder} ({n} workbooks, {computed} computed{failed})",
    folderFailed: ", {n} not computable",
    header: {
      number: "No.",
      file: "File",
      primary: "Primary",
      junior: "Junior",
      primaryComposite: "Primary combined CV",
      juniorComposite: "Junior combined CV",
      primaryCvs: "Primary CVs met",
      juniorCvs: "Junior CVs met",
      failingSchools: "Schools below",
      data: "Data",
    },
    notComputable: "not computable",
    missingIndicators: "{n} indicators {words}",
    schools: "{n} schools",
    incomplete: "incomplete",
    complete: "complete",
    failingTitle: "[Schools below the standard]",
    compositeLine: "{file} {stage} combined coefficient of variation: {cv} (limit {limit})",
    cvLine: "{file} {stage} {indicator}: {cv} (limit {limit})",
    cvTitle: "[Coefficients of variation above the limit]",
    skippedTitle: "[Files that could not be computed]",
    details: "Each county's coefficients are in the --out summary workbook or in --json.",
    noWorkbooks:
      "folder {folder} holds no .xlsx workbook (subfolders are not read, ~$ lock files are skipped)",
    skipped: "{reason}; skipped",
    fileReason: "{file}: {reason}",
    noneComputed: "none of the {n} workbooks in folder {folder} can be computed",
    written: "Summary written: {file}",
  },
  summary: {
    pass: "meets",
    fail: "below",
    title: "Resource assessment of {kind} compulsory education in the county",
    profile: "Standard: {name}",
    profileSource: "Based on: {source}",
    classes: ", {n} classes",
    noClasses: ", no class sheet",
    dataFile: "Data file: {file} ({n} schools{classes})",
    schoolsPassing: ", {n} meet the standard",
    missingIndicators: "{n} indicators {notComputed}, {computed} computed",
    notComputable: "not computable",
    compositeCv: "combined coefficient of variation {cv} (limit {limit})",
    borderline: " (borderline)",
    cvsMet: "coefficients of variation: {met}/{n} met",
    stageTitle: "[{stage}]",
    stageLine: " {n} schools computed{passing}; {cvs}. Resources: {result}",
    compositeHeader: ["Indicator", "County mean", "CV"],
    indicatorHeader: [
      "Indicator",
      "Standard",
      "Schools meeting",
      "County mean",
      "CV",
      "Limit",
      "Result",
    ],
    compositeRow: "Combined CV (mean of {n})",
    failingSchools: "Schools below the standard ({n}):",
    shortButPassing: "Schools meeting the standard with some indicators below ({n}):",
    borderlineSchools:
      "Borderline (the result would change when shown to two decimals, please check): {names}",
    classSizeTitle: "[Class size]",
    classSizeLead:
      " primary at most {primary} pupils, junior at most {junior} (special schools aside)",
    classSizeHeader: {
      stage: "Stage",
      classes: "Classes",
      overLimit: "Over the limit",
      large: "Large (≥{n})",
      superLarge: "Very large (≥{n})",
      result: "Result",
    },
    withShare: "{n} ({share})",
    overLimitClasses: "Classes over the limit:",
    overLimitClass: "{school} {className} ({stage}) {students} pupils, {band}",
    noClassSheet: "No class sheet: class sizes not checked.",
    schoolSizeTitle: "[School size]",
    noneOversized: "None of the {n} schools is over the limit.",
    oversized:
      "{name} ({type}) {students} pupils in compulsory education, over the limit of {limit}",
    sizeAllowance: "{name}: {students} pupils, {allowance}, {result}",
    notOver: "not over",
    stillOver: "still over",
    specialRoomsTitle: "[Music and art rooms]",
    specialRoomsLead: " one of each per {n} classes",
    allRoomsProvided: "All {n} schools have them.",
    roomsShort:
      "{name}: {classes} classes, needs {required} of each, has {music} music rooms and {art} art rooms",
    roomAreas: "Room areas: music ≥ {music}㎡, art ≥ {art}㎡; {met} of {n} schools meet them",
    roomsSmall:
      "{name}: {rooms}; music rooms large enough {music}, art rooms {art}, needs {required} of each",
    allowancesTitle: "[Allowances of the assessment rules]",
    allowancesLead: " (国教督办函〔2019〕30号, the clauses used, school by school)",
    noAllowances: "No school uses an allowance.",
    notApplied: "not applied",
    excludedTitle: "[Schools left out of the resource assessment]",
    issuesTitle: "[Data issues]",
    error: "error",
    warning: "warning",
    hint: "note",
    incomplete:
      'Incomplete data: the results above leave out the schools with data errors; fix the errors under "Data issues" and compute again.',
  },
  sample: {
    usage: {
      head: `edu-balance sample: the on-site sample of the city's review

Usage:
  edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]

Draws at least 40% of the schools in the resource assessment, stratified by stage × urban/rural and in proportion
(a through-train school counts once). Schools below the standard and borderline ones (rounding to the report's
decimals would change a result) are all listed, the rest drawn at random; schools that meet the standard by the
"6 of 7 indicators" rule are drawn at random like the others and noted in the list when drawn.

Options:`,
      options: {
        seed: [
          "--seed N",
          "the random seed (required, a whole number from 0 to {max}); the same file and seed always give the same list",
        ],
        share: [
          "--share SHARE",
          "the least share of schools drawn, above 0 and at most 1, as 0.4 or 40% (default {default})",
        ],
        json: [
          "--json",
          'write JSON: {"schools": [{"name", "stage", "reason", "passesWithShortfall", "shortfallIndicators"}], …}',
        ],
        profile: [
          "--profile ID",
          "the standard: built-in {builtIns}, or the path of a profile file (.json) (default {default})",
        ],
        schoolSheet: ["--school-sheet NAME", "the sheet holding the school data"],
        classSheet: ["--class-sheet NAME", "the sheet holding the classes"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Usage: edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]. A reproducible, stratified sample of
       at least 40% of the schools for the city review; failing and borderline (rounding) schools are always
       included; schools that pass by 6 of 7 are drawn at random like the rest and noted in the list.
`,
    },
    missingFile: "missing the Excel file to read; usage: edu-balance sample FILE.xlsx --seed N",
    missingSeed:
      "missing the random seed --seed: the review sample must be reproducible, give a whole number (drawn by lot or a public draw), e.g. --seed 20240901",
    badSeed: "invalid random seed {seed}: it must be a whole number from 0 to {max}",
    badShare: "invalid share {share}: it must be above 0 and at most 1 (e.g. 0.4 or 40%)",
    title: "On-site sample of the city's review: {kind} compulsory education in the county",
    profile: "Standard: {name}",
    dataFile: "Data file: {file}  Seed: {seed}  Share: at least {share}",
    counts:
      "{total} schools in the resource assessment (a through-train school counts once), at least {required} to draw, {n} drawn: {failing} below the standard, {borderline} borderline, {random} at random",
    countsNoted: "; {n} of them {allowance}, see the notes.",
    countsEnd: ".",
    strataTitle: "[Strata]",
    strataLead:
      " stage × urban/rural, in proportion to the schools (at least {share} in all, a stratum may fall a little below {share} after rounding), at least 1 a stratum; every school below the standard or borderline is listed",
    strataHeader: ["Stratum", "Schools", "Share due", "Below/borderline", "Drawn"],
    listTitle: "[List]",
    listHeader: [
      "No.",
      "School",
      "Stage",
      "Urban/rural",
      "School type",
      "District/group",
      "Reason",
      "Note",
    ],
    reproducible: "The same file and the same seed ({seed}) always give the same list.",
    incomplete:
      "incomplete data: some schools were left out of the assessment and of the sample because of data errors; check and fix them with edu-balance assess first",
  },
  recheck: {
    usage: {
      head: `edu-balance recheck: the city's or province's re-check of a county's Form II-2 (表Ⅱ-2, each school's indicator values)

Usage:
  edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx] [--profile ID] [--sheet NAME]

Reads Form II-2 (the official layout: codes L1–L14, primary and junior blocks; or a published table: school,
students and the 7 indicator values), recomputes from its values whether each school meets the standard, each
stage's county means and coefficients of variation (weighted by students) and the schools meeting each indicator,
and compares them cell by cell with the county's Form III, Form II-1 and L14 "school meets the standard" in the same workbook.
The values are filled in to two decimals, so the matching rounding is allowed: within it a figure is "consistent",
beyond it "different", with its cell.

Options:`,
      options: {
        json: [
          "--json",
          "write JSON: the result and every comparison (sheet, cell, county's figure, recomputed, tolerance, result)",
        ],
        out: [
          "--out RECHECK.xlsx",
          'write the re-check workbook (a "recheck" sheet: differences, means and CVs, each school)',
        ],
        force: ["--force", "overwrite the --out file if it exists"],
        profile: [
          "--profile ID",
          "the standard the county used: built-in {builtIns}, or a profile file (.json) (default {default})",
        ],
        sheet: ["--sheet NAME", "the sheet holding Form II-2 (default: found by its headers)"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Exit codes: 0 re-checked (whether or not differences were found); 1 a file cannot be read or written; 2 usage error.

Usage: edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx [--force]] [--profile ID|FILE.json]
       [--sheet NAME]: recomputes a county's 表Ⅱ-2 (school verdicts, means, CVs, counts) and compares
       it with the county's 表Ⅲ, 表Ⅱ-1 and L14, within the rounding of the form.
`,
    },
    missingFile: "missing the Excel file to re-check; usage: edu-balance recheck FILE.xlsx",
    title:
      "Re-check of the county's Form II-2 (recomputed from each school's values and compared with the county's figures)",
    profile: "Standard: {name}",
    sheet: '"{sheet}"',
    schoolVerdictColumn: "the schools' overall result column",
    dataFile: "Data file: {file}  Form II-2: {sheets}{layout}",
    officialLayout: " (official layout, with L codes)",
    publicLayout: " (published table layout)",
    compared: "Compared with: {what}",
    nothingCompared:
      "nothing (the workbook holds no county Form III, Form II-1 or overall result column)",
    stageTitle: "[{stage}]",
    noStageSchools: " Form II-2 holds no school of this stage",
    schoolsPassing: ", {n} meet the standard by the form's values",
    leftOut: ", {n} left out for data errors",
    stageLine: " {n} schools{passing}{left}",
    header: ["Indicator", "Standard", "Schools meeting", "County mean", "CV", "Limit", "Result"],
    pass: "meets",
    fail: "below",
    failingSchools: "Schools below the standard: {schools}",
    failingSchool: "{name} (row {row}, {met} indicators met)",
    comparisonTitle: "[Compared with the county's figures]",
    comparisonLine:
      " {n} in all: {same} the same, {consistent} consistent within rounding, {different} different",
    different: "Different:",
    withinRounding: "Consistent within rounding:",
    notesTitle: "[Reading and comparison notes]",
    error: "error",
    hint: "note",
    written: 'Re-check workbook written: {file} (sheet "{sheet}")',
  },
  collect: {
    defaultOut: "schools.xlsx",
    usage: {
      head: `edu-balance collect: collects the one-school forms the schools return into the county's school data table

Usage:
  edu-balance collect FOLDER/ [--out SCHOOLS.xlsx] [--force] [--list LIST.xlsx] [--json]

Reads every .xlsx, .xls and .et file of the folder (not its subfolders; ~$ lock files are skipped and listed),
recognises the one-school forms (written by edu-balance template --school, or other "item | unit | value" sheets,
or a school data sheet holding one school), checks each, and writes the county's school data table (the template's
headers, ready for edu-balance assess) and a "{receiptSheet}" sheet: which schools returned a form, which did not,
which files have errors and where, which files are not forms. A school that returned two different forms has
neither written, both files listed; two identical forms are written once.
A form missing a required item is not written (a blank would count as 0).

Options:`,
      options: {
        out: [
          "--out FILE.xlsx",
          "the summary's file name (default {default}, in the current folder; never in the folder collected)",
        ],
        force: ["--force", "overwrite the output file if it exists (default: never)"],
        list: [
          "--list LIST",
          "the schools due to return a form (.xlsx/.xls/.et or .csv with a school name column), or last year's county table: lists those missing",
        ],
        profile: [
          "--profile ID",
          "read the fields of this profile (default {default}); built-in: {builtIns}, or a profile file (.json)",
        ],
        json: ["--json", "write JSON on standard output (fields in the README)"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Exit codes: 0 the table was written (forms with errors are written and listed); 1 nothing to collect, or a file cannot be read or written; 2 usage error.

Examples:
  edu-balance template --school school-form.xlsx
  edu-balance collect forms/ --list school-list.xlsx
  edu-balance assess schools.xlsx
  edu-balance assess forms/   (no table written, assessed at once)

Usage: edu-balance collect FOLDER [--out FILE.xlsx] [--force] [--list LIST.xlsx|.csv] [--profile ID] [--json]:
       one-school forms (and one-row school workbooks) → the county school table and a 回收情况 sheet.
       Exit 0 written, 1 nothing to collect or a file cannot be read or written, 2 usage error.
`,
    },
    missingFolder: "missing the folder to collect, e.g. edu-balance collect forms/",
    badList: "--list must be a .xlsx, .xls, .et or .csv file: {file}",
    folderNotFound: "folder not found: {folder}",
    notAFolder: "{folder} is not a folder; collect reads a folder of school forms",
    skipped: {
      subfolder: "a subfolder, not read",
      lockFile: "a lock file Excel or WPS keeps while a file is open",
      hidden: "a hidden file",
      notWorkbook: "not a .xlsx, .xls or .et workbook",
      theList: "the list given with --list",
      notAFile: "not a regular file",
    },
    listNotAFile: "the list {file} is not a regular file",
    listTooLarge: "the list {file} is too large ({size} MB, at most {limit} MB)",
    listNotFound: "list file not found: {file}",
    cannotReadList: "cannot read the list {file} ({code})",
    noNameColumn:
      "no school name column in the list {file}: one column's header must be a school name (学校名称, 学校 or 校名)",
    title: "School forms collected: {folder}",
    writtenFile: 'Written: {file} ("{sheet}" {n} schools, "{receipt}")',
    notWrittenTitle: "[Not written to the table] {n}",
    entry: "{file}{sheet}{school}: {status}",
    entrySheet: " ({sheet})",
    errorsTitle:
      "[Errors] {n} (schools with errors are written but left out of the assessment; fix them and collect again)",
    warningsTitle: "[Notes] {n}",
    missingTitle: '[Schools missing] the list "{file}" has {expected}, {n} missing{names}',
    missingNames: ": {names}",
    notInListTitle:
      "[Schools not in the list] {n} (new schools, or names written differently): {names}",
    skippedTitle: "[Files skipped] {n}",
    nextStep: "Next: edu-balance assess {file}",
    noWorkbooks: "folder {folder} holds no .xlsx, .xls or .et file{skipped}",
    noWorkbooksSkipped: " ({n} skipped: {files})",
    reading: "Reading ({done}/{total}) {file}",
    nothingWritten:
      "folder {folder} holds no school form that can be written to the table; {file} not written",
    written: "Written: {file}",
    noForms: "no school form to collect in {folder}: {reason}",
    assessTitle: "School forms (one school a form): {folder}",
  },
  compare: {
    usage: {
      head: `edu-balance compare: yearly monitoring, several years of one county side by side

Usage:
  edu-balance compare 2023.xlsx 2024.xlsx [more years.xlsx…] [options]
  edu-balance compare FOLDER (one workbook a year) [options]

Each file is read and assessed as assess does. A file's year is its county sheet's 填报年度, else a
4-digit year (2000–2099) in its name, else it must be given with --years. Lists the changes (new,
closed, renamed, newly failing, recovered, near the standard, CV near its limit or rising, newly
oversized or large classes) and an early warning from the trend of the last two years.

Options:`,
      options: {
        json: [
          "--json",
          "print JSON: each year's CVs, schools passing, each school by year, events, warnings",
        ],
        out: [
          "--out MONITOR.xlsx",
          "write the monitoring workbook (by year, schools, warnings) and its charts page",
        ],
        reportDoc: [
          "--report-doc REPORT.docx",
          "also write the latest year's self-assessment report (draft) as a Word document, with the monitoring paragraph from the years compared",
        ],
        force: ["--force", "overwrite the --out and --report-doc files if they exist"],
        profile: [
          "--profile ID",
          "the standard: built in {builtIns}, or a standards file (.json) (default {default})",
        ],
        county: [
          "--county NAME",
          "the county's name on the workbook (default: the county sheet's, else the file name)",
        ],
        margin: [
          "--margin M",
          "how near is near, 0 ≤ M < 1 (default {default}): a value below standard × (1 + M), a CV at limit × (1 − M)",
        ],
        years: [
          "--years Y,…",
          "each file's year, in the files' order, e.g. 2023,2024 (as many as files)",
        ],
        renames: ["--renames FILE", "renames (.csv or .xlsx, two columns: old name, new name)"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Exit codes: 0 compared (warnings or not); 1 a file cannot be read or written; 2 the command line is
wrong, a year cannot be found, two files of one year or of different counties.
`,
    },
    tooFewFiles:
      "compare needs workbooks of at least two years (or a folder holding one a year); usage: edu-balance compare 2023.xlsx 2024.xlsx",
    folderTooFew: "the folder {folder} holds {n} workbook(s); compare needs at least two years",
    folderAndFiles:
      "the folder {folder} cannot be given with other files: give one folder of yearly workbooks, or the files",
    badMargin: "--margin must be a number at least 0 and below 1, e.g. 0.05, not {value}",
    badYears:
      "--years must be 4-digit years (2000–2099) separated by commas, e.g. 2023,2024, not {value}",
    yearsCount: "--years gives {n} year(s) for {files} files: one a file, in the files' order",
    noYear:
      "cannot tell the year of {file}: its county sheet has no 填报年度 and its name no 4-digit year; give each file's year with --years 2023,2024,… in the files' order",
    unknownRename:
      "{source}: the rename “{from} → {to}” names a school found in no year's school table; check the names (as the school tables write them)",
    dataErrors:
      "{file} has {n} data error(s): those schools are left out of that year (as assess does); the first: {first}",
    renamesNotTable: "the renames file {file} must be a .csv or .xlsx file",
    reportDocWritten:
      "wrote the {year} self-assessment report (draft, with the yearly monitoring): {file}",
    title: "Compulsory education {kind}, yearly monitoring: {years} ({n} years)",
    county: "County: {name}",
    profile: "Standard: {name}",
    files: "Files: {files}",
    fileYear: "{year} {file}",
    watchTitle: "[To watch]",
    watchNone: "nothing: no warning, no newly failing school, no CV near its limit",
    warning: "warning",
    watchLine: "{name}: {text}",
    more: "… {n} more, see --json or the --out workbook",
    method: "(the warning extrapolates the last two years' change by one year: not a forecast)",
    stageTitle: "[{stage}]",
    headerIndicator: "Indicator",
    headerLimit: "Limit",
    composite: "Composite CV",
    schoolsPassing: "Schools passing",
    stagePasses: "Stage verdict",
    pass: "pass",
    fail: "fail",
    eventsTitle: "[Changes]",
    eventCount: "{kind} {n}",
    noEvents: "no change",
    written: "Monitoring workbook written: {file}",
  },
  //@@EN
  formulas: {
    usage: {
      head: `edu-balance formulas: EDU.* formulas rewritten as plain worksheet formulas (issue 27)

Usage:
  edu-balance formulas unplug FILE.xlsx [--out NEW.xlsx] [--force]

Rewrites every EDU.* formula into plain formulas that Excel 2010, WPS and LibreOffice all compute
(SUMPRODUCT, SQRT…), keeping each cell's last value and leaving every other cell, sheet, style,
merge and name as it was; the file itself is never changed. Without --out it lists the cells it
would rewrite and writes nothing. When a formula cannot be rewritten it names them and writes nothing.

Options:`,
      options: {
        out: ["--out NEW.xlsx", "write the rewritten workbook (never the input)"],
        force: ["--force", "overwrite the --out file if it exists"],
        help: ["-h, --help", "show this help"],
      },
      tail: `
Exit codes: 0 rewritten (or no EDU.* formula); 1 a file cannot be read or written, or a formula cannot be rewritten; 2 usage error.
`,
    },
    unknownAction:
      "unknown action {action}; usage: edu-balance formulas unplug FILE.xlsx --out NEW.xlsx",
    missingFile:
      "the .xlsx file to rewrite is missing; usage: edu-balance formulas unplug FILE.xlsx --out NEW.xlsx",
    notXlsx: "only .xlsx workbooks can be rewritten (save .xls and .et as .xlsx first): {file}",
    notWorkbook:
      "{file} is not an .xlsx workbook (it cannot be unzipped or has no sheets); nothing rewritten",
    none: "{file} holds no EDU.* formula; nothing to rewrite",
    copied: "copied unchanged as --out asked (no formula to rewrite): {file}",
    change: '"{sheet}" {cell}: {before} → {after}',
    more: "… and {n} more",
    planned: "{n} cells would be rewritten (add --out NEW.xlsx to write them)",
    written: "{n} cells rewritten, written to {file}",
    refused: 'the formula of "{sheet}" {cell} cannot be rewritten: {reason} ({formula})',
    refusedSummary:
      "{n} EDU.* formulas cannot be rewritten, so nothing was written; change them first",
  },
};
