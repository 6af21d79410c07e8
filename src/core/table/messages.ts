/**
 * Every message the table reader gives, in one table (Chinese first, English
 * second), keyed by the stable code that InputIssue.code carries. Hosts may
 * localise by code; the CLI and the wizard show `message`.
 */
import { EN_US, fill, pair, ZH_CN, type Catalogue, type FillParams, type Pair } from "../../i18n";
import type { InputIssue } from "../types";

export type MessageParams = Record<string, string | number>;

export interface MessageTemplate {
  severity: InputIssue["severity"];
  zh: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

/** Each message's severity, by code; the words are the locale catalogues' (src/i18n, part `reader`). */
const SEVERITY = {
  noSchoolSheet: "error",
  indicatorValuesSheet: "error",
  sheetNotFound: "error",
  noHeader: "error",
  ambiguousSheet: "warning",
  missingColumn: "error",
  missingColumns: "error",
  duplicateColumn: "error",
  ambiguousHeader: "warning",
  moneyUnitMissing: "error",
  overrideUnknownField: "warning",
  overrideBadColumn: "error",
  missingName: "error",
  missingValue: "error",
  missingStudents: "error",
  notANumber: "error",
  negativeValue: "error",
  notAnInteger: "error",
  valueOutOfRange: "error",
  excelError: "error",
  notText: "error",
  unknownType: "error",
  unknownOwnership: "warning",
  unknownSponsor: "warning",
  unknownLocale: "warning",
  unknownStage: "error",
  duplicateSchool: "error",
  stageNotInType: "warning",
  stageWithoutStudents: "warning",
  noSchoolRows: "warning",
  stagesNotSplit: "error",
  typeFromTitle: "warning",
  stagelessByType: "warning",
  degreeSum: "warning",
  classSchoolNotFound: "warning",
  countyNoFigures: "error",
  countyBadNumber: "error",
  countyNegative: "error",
  countyNotInteger: "error",
  countyRateTooLarge: "error",
  countyRatioTooLarge: "error",
  countyBadLevel: "error",
  countyBadAnswer: "error",
  countyOutOfRange: "error",
  countyExcelError: "error",
  countyNoAnswer: "warning",
  countyMoneyUnitAssumed: "warning",
  countyDuplicate: "error",
  countyDuplicateSame: "warning",
  countyAmbiguousLabel: "warning",
  countyUnknownLabel: "warning",
  countyExceedsTotal: "error",
  countyNoProfileStandards: "warning",
  badYesNo: "error",
  badYear: "error",
  badRoomAreas: "error",
  builtYearConflict: "warning",
  roomCountMismatch: "warning",
  migrantExceedsStudents: "error",
  sharedTeachersNeedStage: "warning",
  sharedTeachersNoSuchStage: "warning",
  smallRuralClaimUrban: "warning",
  smallRuralClaimTooLarge: "warning",
  centralUrbanClaimRural: "warning",
  builtYearAfterBound: "warning",
  badSchoolCode: "warning",
  duplicateSchoolCode: "warning",
} as const satisfies Record<keyof typeof ZH_CN.reader.messages, InputIssue["severity"]>;

/** Parameters a message's words need beyond those given: the pieces chosen by a condition. */
const DERIVED: Partial<Record<keyof typeof SEVERITY, (p: MessageParams) => MessageParams>> = {
  missingColumns: (p) => ({ partial: "", partialEn: "", ...p }),
  duplicateSchool: (p) => duplicateMore(p),
  duplicateSchoolCode: (p) => duplicateMore(p),
};

/** 「等，共 N 行」 after the rows listed, when there are more. */
function duplicateMore(p: MessageParams): MessageParams {
  const more = Number(p.count) > Number(p.listed);
  return {
    ...p,
    more: more ? fill(ZH_CN.reader.duplicateMore, p) : "",
    moreEn: more ? fill(EN_US.reader.duplicateMore, p) : "",
  };
}

/**
 * A coded message table from the catalogues: per code its severity and its zh-CN and en-US
 * texts filled with the parameters (`derived` adds the pieces a condition chooses). The
 * reader's, the collecting and the re-check's tables are built by it.
 */
export function messageTable<K extends string, S extends MessageTemplate["severity"]>(
  zh: Readonly<Record<K, string>>,
  en: Readonly<Record<K, string>>,
  severity: Readonly<Record<K, S>>,
  derived: Partial<Record<K, (p: MessageParams) => MessageParams>> = {}
): Record<K, MessageTemplate & { severity: S }> {
  const table = {} as Record<K, MessageTemplate & { severity: S }>;
  for (const code of Object.keys(severity) as K[]) {
    const params = (p: MessageParams) => derived[code]?.(p) ?? p;
    table[code] = {
      severity: severity[code],
      zh: (p) => fill(zh[code], params(p)),
      en: (p) => fill(en[code], params(p)),
    };
  }
  return table;
}

export const TABLE_MESSAGES = messageTable(
  ZH_CN.reader.messages,
  EN_US.reader.messages,
  SEVERITY,
  DERIVED
);

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
  const where = (c: Catalogue): string =>
    place.sheet === ""
      ? c.reader.place.workbook
      : fill(c.reader.place.sheet, { sheet: place.sheet }) +
        (place.row !== undefined ? fill(c.reader.place.row, { row: place.row }) : "") +
        (place.column !== undefined ? fill(c.reader.place.column, { column: place.column }) : "") +
        c.reader.place.end;
  const whereZh = where(ZH_CN);
  const whereEn = where(EN_US);
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
export const ACCEPTED_TYPES_ZH = ZH_CN.reader.acceptedTypes;

/** A phrase in both languages, for the parameters of the messages above. */
export type Phrase = Pair;

const P = (pick: (c: Catalogue) => string, params?: FillParams): Phrase => pair(pick, params);

/** The phrases the messages are built from (their words: the catalogues' reader.phrases). */
export const PHRASES = {
  none: P((c) => c.reader.phrases.none),
  noSchoolReadable: P((c) => c.reader.phrases.noSchoolReadable),
  requiredColumnUnusable: P((c) => c.reader.phrases.requiredColumnUnusable),
  optionalColumnUnusable: P((c) => c.reader.phrases.optionalColumnUnusable),
  classSheetUnusable: P((c) => c.reader.phrases.classSheetUnusable),
  schoolsLeftOut: (count: number): Phrase => P((c) => c.reader.phrases.schoolsLeftOut, { count }),
  /** A missing column of a partial table: the indicators computed from it, and only they, are not computed. */
  indicatorsNotComputed: (names: Phrase): Phrase => ({
    zh: fill(ZH_CN.reader.phrases.indicatorsNotComputed, { names: names.zh }),
    en: fill(EN_US.reader.phrases.indicatorsNotComputed, { names: names.en }),
  }),
  /** What a partial table still gives, and what it cannot (after its missing columns). */
  partialTable: P((c) => c.reader.phrases.partialTable),
  /** A missing count whose derived figure the table has (生均图书册数 for 图书册数): not read in its place. */
  derivedNotRead: (columns: Phrase): Phrase => ({
    zh: fill(ZH_CN.reader.phrases.derivedNotRead, { columns: columns.zh }),
    en: fill(EN_US.reader.phrases.derivedNotRead, { columns: columns.en }),
  }),
  /** The type column a table without one needs, when neither title nor sheet name names one stage. */
  typeNeeded: P((c) => c.reader.phrases.typeNeeded),
  titleOrSheet: {
    title: P((c) => c.reader.phrases.titleOrSheet.title),
    sheet: P((c) => c.reader.phrases.titleOrSheet.sheet),
  },
  seniorStudentsNeeded: P((c) => c.reader.phrases.seniorStudentsNeeded),
  allowanceColumnNotUsed: P((c) => c.reader.phrases.allowanceColumnNotUsed),
  reportYear: (year: number): Phrase => P((c) => c.reader.phrases.reportYear, { year }),
  currentYear: (year: number): Phrase => P((c) => c.reader.phrases.currentYear, { year }),
  /** The rule of standards.md §1.1 by which teachers by 学历 are summed, per stage. */
  qualifyingDegrees: {
    primary: P((c) => c.reader.phrases.qualifyingDegrees.primary),
    junior: P((c) => c.reader.phrases.qualifyingDegrees.junior),
  },
  degreesNotCounted: (columns: Phrase): Phrase => ({
    zh: fill(ZH_CN.reader.phrases.degreesNotCounted, { columns: columns.zh }),
    en: fill(EN_US.reader.phrases.degreesNotCounted, { columns: columns.en }),
  }),
  degreePartsIncomplete: (found: Phrase, missing: Phrase, rule: Phrase): Phrase => ({
    zh: fill(ZH_CN.reader.phrases.degreePartsIncomplete, {
      found: found.zh,
      missing: missing.zh,
      rule: rule.zh,
    }),
    en: fill(EN_US.reader.phrases.degreePartsIncomplete, {
      found: found.en,
      missing: missing.en,
      rule: rule.en,
    }),
  }),
  schoolOnRow: (row: number): string => fill(ZH_CN.reader.phrases.schoolOnRow, { row }),
  classOnRow: (row: number): string => fill(ZH_CN.reader.phrases.classOnRow, { row }),
  isBlank: P((c) => c.reader.phrases.isBlank),
  isZero: P((c) => c.reader.phrases.isZero),
  sheetKind: {
    school: P((c) => c.reader.phrases.sheetKind.school),
    class: P((c) => c.reader.phrases.sheetKind.class),
  },
  expected: Object.fromEntries(
    (Object.keys(ZH_CN.reader.phrases.expected) as ExpectedKey[]).map((k) => [
      k,
      P((c) => c.reader.phrases.expected[k]),
    ])
  ) as Record<ExpectedKey, Phrase>,
} as const;

type ExpectedKey = keyof typeof ZH_CN.reader.phrases.expected;

/** One field of a missingColumns message: what it is, what its header should hold, what is near, what follows. */
export function missingColumnItem(n: number, p: MessageParams): Phrase {
  const consequence = String(p.consequence).replace(/。$/, "");
  const consequenceEn = String(p.consequenceEn).trim().replace(/\.$/, "");
  // In a list, a field with no near column says nothing about candidates rather than 无 eight times.
  const near = p.candidates !== PHRASES.none.zh;
  const params = { ...p, n, consequence, consequenceEn };
  return {
    zh: fill(ZH_CN.reader.missingColumnItem, {
      ...params,
      near: near ? fill(ZH_CN.reader.nearColumns, p) : "",
    }),
    en: fill(EN_US.reader.missingColumnItem, {
      ...params,
      nearEn: near ? fill(EN_US.reader.nearColumns, p) : "",
    }),
  };
}

/** 「甲」、「乙」: a list of names as messages quote them. */
export function quotedList(
  names: readonly string[],
  joiner: string = ZH_CN.reader.listJoiner
): string {
  return names.map((name) => fill(ZH_CN.reader.quoted, { name })).join(joiner);
}

/** School types in English messages: vocabulary.ts's, beside the Chinese names. */
export { SCHOOL_TYPE_NAMES_EN } from "../vocabulary";
