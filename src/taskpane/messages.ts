/**
 * Every text the task pane shows, in one table: Chinese first (the users are
 * county statisticians), English when Office's display language is English.
 * Placeholders {name} are filled with plain values; React renders the result as
 * text, so a school name can never become markup.
 */

export type Lang = 'zh' | 'en';

interface Entry {
  zh: string;
  en: string;
}

export const MESSAGES = {
  appTitle: { zh: 'EduBalance 优质均衡测算', en: 'EduBalance quality-balance assessment' },
  outsideExcelTitle: { zh: 'EduBalance 是 Excel 加载项', en: 'EduBalance is an Excel add-in' },
  outsideExcel: {
    zh: '它需要在 Excel 中运行：请在 Excel 中打开工作簿，从「开始 › 加载项」启动 EduBalance。',
    en: 'It needs to run in Excel: open your workbook in Excel and start EduBalance from Home › Add-ins.',
  },
  oldExcel: {
    zh: '此版本的 Excel 不支持本加载项所需的功能（ExcelApi 1.8）。请更新 Excel 或使用网页版 Excel。',
    en: 'This version of Excel lacks what the add-in needs (ExcelApi 1.8). Update Excel or use Excel on the web.',
  },

  // --- steps ---------------------------------------------------------------
  stepSource: { zh: '数据来源', en: 'Data source' },
  stepMapping: { zh: '字段对应', en: 'Field mapping' },
  stepCheck: { zh: '数据检查', en: 'Data check' },
  stepResults: { zh: '测算', en: 'Assessment' },
  stepReport: { zh: '生成报表', en: 'Report' },
  stepNumber: { zh: '第 {n} 步', en: 'Step {n}' },
  back: { zh: '上一步', en: 'Back' },

  // --- 1 数据来源 ----------------------------------------------------------
  sourceIntro: {
    zh: '选择学校基础数据所在的表格。一行一所学校，表头可以在任意一行，列的顺序不限。',
    en: 'Choose where the school table is: one row per school; the header may be on any row, columns in any order.',
  },
  savedSetup: { zh: '上次的设置', en: 'Last setup' },
  savedSetupText: {
    zh: '学校表：{school}；班级表：{classes}；手动对应的字段：{overrides} 个。',
    en: 'School table: {school}; class sheet: {classes}; fields mapped by hand: {overrides}.',
  },
  quickRun: { zh: '按上次设置测算', en: 'Run with the last setup' },
  schoolTable: { zh: '学校表', en: 'School table' },
  sourceActiveSheet: { zh: '当前工作表「{sheet}」', en: 'The active sheet "{sheet}"' },
  sourceSelection: { zh: '当前选定区域 {address}', en: 'The selection {address}' },
  sourceSelectionNone: { zh: '当前选定区域（未选中单元格）', en: 'The selection (nothing selected)' },
  sourceSheet: { zh: '指定工作表', en: 'This sheet' },
  sourceRange: { zh: '上次选定的区域：「{sheet}」{address}', en: 'The range chosen last time: "{sheet}" {address}' },
  classSheet: { zh: '班级表（可选，用于检查班额）', en: 'Class sheet (optional, for class sizes)' },
  noClassSheet: { zh: '不使用班级表', en: 'No class sheet' },
  readData: { zh: '读取数据', en: 'Read the data' },
  createTemplate: { zh: '新建空白数据模板', en: 'Create an empty data template' },
  templateHint: {
    zh: '还没有整理好的表格？新建模板：表头、下拉选项和数字格式都已设好。',
    en: 'No table yet? Create the template: headers, drop-down lists and number formats are set.',
  },
  templateCreated: {
    zh: '已新建工作表「{school}」和「{classes}」。填好数据后，在此选择「{school}」并读取。',
    en: 'Created sheets "{school}" and "{classes}". Fill them in, then choose "{school}" here and read it.',
  },
  reading: { zh: '正在读取工作簿……', en: 'Reading the workbook…' },
  loadingWorkbook: { zh: '正在查看工作簿……', en: 'Looking at the workbook…' },
  creatingTemplate: { zh: '正在新建模板……', en: 'Creating the template…' },

  // --- 2 字段对应 ----------------------------------------------------------
  mappingIntro: {
    zh: '下表是每个字段从哪一列读取。识别有误时，请在下拉框中改选；选择会保存在本工作簿中，下次无需再选。',
    en: 'Where each field is read from. Change any column below; your choice is saved in this workbook for next time.',
  },
  mappingSchoolSheet: { zh: '学校表「{sheet}」', en: 'School table "{sheet}"' },
  mappingClassSheet: { zh: '班级表「{sheet}」', en: 'Class sheet "{sheet}"' },
  mappingNoSchoolSheet: { zh: '没有识别出学校表。', en: 'No school table was recognised.' },
  fieldColumn: { zh: '字段', en: 'Field' },
  recognisedColumn: { zh: '识别结果', en: 'Recognised' },
  changeColumn: { zh: '改为', en: 'Use column' },
  notFound: { zh: '未找到', en: 'Not found' },
  optionalField: { zh: '（可选）', en: ' (optional)' },
  automatic: { zh: '自动识别', en: 'Automatic' },
  notUsed: { zh: '不使用', en: 'Not used' },
  columnOption: { zh: '{letter} 列：{header}', en: 'Column {letter}: {header}' },
  unitLabel: { zh: '单位 {unit}', en: 'unit {unit}' },
  recognisedCount: { zh: '已识别 {found} / {total} 个字段', en: '{found} of {total} fields recognised' },
  confirmMapping: { zh: '确认，检查数据', en: 'Confirm and check the data' },
  resetMapping: { zh: '全部恢复自动识别', en: 'Reset all to automatic' },

  // --- 3 数据检查 ----------------------------------------------------------
  checkIntro: {
    zh: '点击一条问题，Excel 会选中对应的单元格。',
    en: 'Click an issue to select its cell in Excel.',
  },
  checkPassed: { zh: '数据检查通过：{schools} 所学校，没有发现问题。', en: 'Data check passed: {schools} schools, no issues.' },
  checkErrors: {
    zh: '发现 {errors} 条错误、{warnings} 条提示。有错误的学校不能计入测算。',
    en: '{errors} errors and {warnings} warnings. Schools with errors cannot be assessed.',
  },
  checkWarningsOnly: { zh: '发现 {warnings} 条提示（不影响测算，请核对）。', en: '{warnings} warnings (they do not stop the assessment; please check).' },
  errorLabel: { zh: '错误', en: 'Error' },
  warningLabel: { zh: '提示', en: 'Warning' },
  issueWhere: { zh: '「{sheet}」{cell}', en: '"{sheet}" {cell}' },
  issueRow: { zh: '第 {row} 行', en: 'row {row}' },
  issueColumn: { zh: '{column} 列', en: 'column {column}' },
  excludeBad: {
    zh: '不计入有错误的学校，继续测算（结果将注明“数据不完整”）',
    en: 'Leave out the schools with errors and go on (results will say “incomplete data”)',
  },
  noSchools: { zh: '没有可以测算的学校：请先更正上面的错误。', en: 'No school can be assessed: correct the errors above first.' },
  readSummary: { zh: '读取了 {schools} 所学校{classes}。', en: 'Read {schools} schools{classes}.' },
  readSummaryClasses: { zh: '、{classes} 个班级', en: ' and {classes} classes' },
  runAssessment: { zh: '开始测算', en: 'Assess' },
  selectFailed: { zh: '无法选中该单元格：{message}', en: 'Could not select the cell: {message}' },

  // --- 4 测算 --------------------------------------------------------------
  incompleteNotice: {
    zh: '数据不完整：{count} 所数据有误的学校未计入以下结果。',
    en: 'Incomplete data: {count} schools with bad data are not included in these results.',
  },
  incompleteNoticeGeneric: {
    zh: '数据不完整：部分数据有误的学校或班级未计入以下结果。',
    en: 'Incomplete data: some schools or classes with bad data are not included in these results.',
  },
  overallPass: { zh: '县域资源配置与规模、班额指标均达到优质均衡标准', en: 'The county meets the quality-balance standard on resources, school and class size' },
  overallFail: { zh: '县域尚未达到优质均衡标准', en: 'The county does not yet meet the quality-balance standard' },
  profileLine: { zh: '评估标准：{profile}', en: 'Standard: {profile}' },
  reasonStageSchools: { zh: '{stage}：{failing} 所学校未达到办学标准', en: '{stage}: {failing} schools below the school standard' },
  reasonStageCv: { zh: '{stage}：{count} 项指标差异系数超过 {limit}', en: '{stage}: {count} indicators with a CV above {limit}' },
  reasonStageEmpty: { zh: '{stage}：没有纳入测算的学校', en: '{stage}: no school assessed' },
  reasonClassSize: { zh: '{stage}：{count} 个班级超过 {limit} 人', en: '{stage}: {count} classes above {limit} students' },
  reasonSchoolSize: { zh: '{count} 所学校规模超过上限', en: '{count} schools above the size limit' },
  reasonSpecialRooms: { zh: '{count} 所学校音乐、美术专用教室不足', en: '{count} schools short of music or art rooms' },
  stageHeading: { zh: '{stage}（{schools} 所）', en: '{stage} ({schools} schools)' },
  stageVerdictPass: { zh: '资源配置达标', en: 'Resources meet the standard' },
  stageVerdictFail: { zh: '资源配置未达标', en: 'Resources do not meet the standard' },
  indicator: { zh: '指标', en: 'Indicator' },
  countyValue: { zh: '县域均值', en: 'County value' },
  cvAgainstLimit: { zh: '差异系数 / 上限', en: 'CV / limit' },
  verdict: { zh: '结论', en: 'Verdict' },
  schoolsMeeting: { zh: '达标学校', en: 'Schools meeting' },
  pass: { zh: '达标', en: 'Meets' },
  fail: { zh: '未达标', en: 'Fails' },
  notComputable: { zh: '无法计算', en: 'n/a' },
  borderlineMark: { zh: '（临界，按未四舍五入值判定）', en: ' (borderline: judged on unrounded value)' },
  failingSchools: { zh: '未达到办学标准的学校（{count} 所）', en: 'Schools below the standard ({count})' },
  noFailingSchools: { zh: '所有学校均达到办学标准。', en: 'Every school meets the standard.' },
  schoolMetCount: { zh: '{met}/7 项达标', en: '{met}/7 met' },
  shortfall: {
    zh: '{indicator}：{value}，标准 {threshold}，差 {absolute}（{relative}）',
    en: '{indicator}: {value}, standard {threshold}, short by {absolute} ({relative})',
  },
  moreSchools: { zh: '另有 {count} 所未列出，见报表“学校达标情况”。', en: '{count} more not listed: see the report sheet.' },
  classSizeHeading: { zh: '班额', en: 'Class size' },
  classSizeMissing: { zh: '未提供班级表，未检查班额。', en: 'No class sheet: class sizes not checked.' },
  classSizeLine: {
    zh: '{stage}：{classes} 个班，超过 {limit} 人的 {over} 个，大班额 {large} 个，超大班额 {superLarge} 个',
    en: '{stage}: {classes} classes, {over} above {limit}, {large} large (56+), {superLarge} super-large (66+)',
  },
  schoolSizeHeading: { zh: '学校规模', en: 'School size' },
  schoolSizeOk: { zh: '没有学校超过规模上限。', en: 'No school is above the size limit.' },
  schoolSizeOver: { zh: '{name}：{students} 人，上限 {limit} 人', en: '{name}: {students} students, limit {limit}' },
  specialRoomsHeading: { zh: '音乐、美术专用教室', en: 'Music and art rooms' },
  specialRoomsMissing: { zh: '学校表中没有专用教室数，未检查。', en: 'The school table has no room counts: not checked.' },
  specialRoomsOk: { zh: '各校音乐、美术专用教室间数均满足要求。', en: 'Every school has enough music and art rooms.' },
  specialRoomsShort: {
    zh: '{name}：{classes} 个班，应各配 {required} 间，音乐 {music} 间，美术 {art} 间',
    en: '{name}: {classes} classes, needs {required} of each, music {music}, art {art}',
  },
  excludedHeading: { zh: '不纳入资源配置测算的学校（{count} 所）', en: 'Schools outside the resource assessment ({count})' },
  warningsHeading: { zh: '提示（{count} 条）', en: 'Notes ({count})' },
  toReport: { zh: '生成报表', en: 'Write the report' },

  // --- 5 生成报表 ----------------------------------------------------------
  reportIntro: {
    zh: '在本工作簿中新建报表工作表：学校达标情况（未达标的数值标红）、校际均衡（差异系数）、班额与规模、图表。再次生成时只替换本加载项生成的工作表，不会改动您自己的工作表。',
    en: 'Adds report sheets to this workbook: schools (failing values in red), variation (CVs), class and school size, charts. Writing again replaces only the sheets the add-in made, never your own.',
  },
  writeReport: { zh: '生成报表', en: 'Write the report' },
  writeAgain: { zh: '重新生成', en: 'Write again' },
  writing: { zh: '正在写入报表（{sheets} 张工作表）……', en: 'Writing the report ({sheets} sheets)…' },
  writingSheet: { zh: '正在写入第 {n}/{total} 张工作表「{sheet}」……', en: 'Writing sheet {n} of {total}, "{sheet}"…' },
  written: { zh: '报表已写入以下工作表：', en: 'The report was written to:' },
  writtenNew: { zh: '新建', en: 'new' },
  writtenReplaced: { zh: '替换了上次生成的工作表', en: 'replaced the previous report sheet' },
  writtenRenamed: {
    zh: '工作簿中已有您的同名工作表「{wanted}」，未改动它',
    en: 'your own sheet "{wanted}" exists and was left alone',
  },

  // --- errors --------------------------------------------------------------
  excelError: { zh: 'Excel 报告了一个错误：{message}', en: 'Excel reported an error: {message}' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const text = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** English when Office speaks English (Office.context.displayLanguage, e.g. "en-US"); Chinese otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'zh';
}
