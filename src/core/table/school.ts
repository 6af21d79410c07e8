/**
 * The school sheet (学校基础数据, template.md §1) → SchoolRecord[]. A school
 * with any error is reported and left out; the others are still read
 * (template.md §3).
 */
import { EN_US, fill, ZH } from "../../i18n";
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import {
  SMALL_RURAL_MAX_STUDENTS,
  centralUrbanClaimWithoutGround,
  smallRuralClaimWithoutGround,
} from "../allowances";
import { INDICATORS } from "../indicators";
import { indicatorInputFields, stagePlan } from "../schoolValues";
import type { IndicatorId, InputIssue, SchoolRecord, SchoolType, Stage } from "../types";
import {
  SCHOOL_TYPE_NAMES,
  STAGES_OF_TYPE,
  parseLocale,
  parseOwnership,
  parseSponsor,
  parseSchoolType,
} from "../vocabulary";
import { excelRow } from "./columns";
import {
  DEGREE_LABEL,
  QUALIFYING_DEGREES,
  SCHOOL_FIELD_RULES,
  SCHOOL_NO_WORDS,
  SCHOOL_YES_WORDS,
  isDerivedHeader,
  type FieldRule,
} from "./fields";
import {
  candidateColumns,
  describeColumns,
  missingColumnIssues,
  type MissingColumn,
  type SheetMapping,
  type ResolvedField,
} from "./mapping";
import {
  ACCEPTED_TYPES_ZH,
  PHRASES,
  SCHOOL_TYPE_NAMES_EN,
  TABLE_MESSAGES,
  quotedList,
  tableIssue,
  type Phrase,
} from "./messages";
import { RowContext, cellAt, classifyRow, nameKey, readAmount, readText } from "./rows";
import {
  displayText,
  isBlankCell,
  isExcelError,
  matchText,
  parseNumberCell,
  quoteCell,
} from "./cells";
import type { CellValue } from "../types";

/** Read like the other counts, but a blank cell stays undefined (the form says 未填报). */
const FORM_ONLY_FIELDS: ReadonlySet<string> = new Set([
  "grades",
  "primaryFullTimeTeachers",
  "juniorFullTimeTeachers",
]);

type NumericField = Exclude<
  {
    [K in keyof SchoolRecord]-?: NonNullable<SchoolRecord[K]> extends number ? K : never;
  }[keyof SchoolRecord],
  "sponsor"
>;

const STUDENT_FIELDS = {
  primary: "primaryStudents",
  junior: "juniorStudents",
  senior: "seniorStudents",
} as const;

/** 特殊教育学校 and 职业学校 are outside 资源配置 (standards.md §1.1): no indicator columns needed. */
function inResourceAssessment(type: SchoolType): boolean {
  return type !== "special" && type !== "vocational";
}

/**
 * The columns a school of this type cannot be assessed without under the
 * profile: the students of its stages and what the profile's indicators are
 * computed from (standards.md §1.1; 2012: §2), for those stages.
 */
function fieldsNeeded(type: SchoolType, profile: StandardsProfile): NumericField[] {
  if (!inResourceAssessment(type)) return [];
  const stages = stagesOf(type);
  const fields: NumericField[] = stages.map((st) => STUDENT_FIELDS[st]);
  fields.push(...indicatorInputFields(profile, stages));
  // The facility share of 完全中学 and 十二年一贯制 weighs 高中 students (standards.md §1.2).
  if (STAGES_OF_TYPE[type].senior) fields.push("seniorStudents");
  return fields;
}

/** The compulsory stages a school of this type teaches. */
function stagesOf(type: SchoolType): Stage[] {
  const has = STAGES_OF_TYPE[type];
  const stages: Stage[] = [];
  if (has.primary) stages.push("primary");
  if (has.junior) stages.push("junior");
  return stages;
}

/** The profile's indicators that read a field, in the profile's order (none for students). */
function indicatorsReading(
  field: string,
  profile: StandardsProfile,
  stages: readonly Stage[]
): IndicatorId[] {
  const ids: IndicatorId[] = [];
  for (const stage of stages) {
    const plan = stagePlan(profile, stage);
    plan.ids.forEach((id, i) => {
      const reads = [...plan.add[i], ...plan.subtract[i]] as string[];
      if (reads.includes(field) && !ids.includes(id)) ids.push(id);
    });
  }
  return profile.indicators.filter((id) => ids.includes(id));
}

/**
 * A partial table computes what it can: a missing column that only indicators
 * read leaves its schools in, and only those indicators are not computed — as long
 * as some indicator of some stage the schools teach is left to compute.
 */
function somethingComputable(
  missing: ReadonlySet<string>,
  profile: StandardsProfile,
  stages: ReadonlySet<Stage>
): boolean {
  for (const stage of stages) {
    const plan = stagePlan(profile, stage);
    for (let i = 0; i < plan.ids.length; i++)
      if (![...plan.add[i], ...plan.subtract[i]].some((f) => missing.has(f))) return true;
  }
  return false;
}

/** 小学 / 初中 as a title or a sheet name names them ("某县5所小学生均图书册数"). */
function stagesNamed(text: string): Set<Stage> {
  const t = matchText(text);
  const named = new Set<Stage>();
  // 中小学, 九年一贯制 and 一贯制 name both stages.
  if (/中小学|一贯制|义务教育/.test(t)) {
    named.add("primary");
    named.add("junior");
  }
  if (/小学/.test(t)) named.add("primary");
  if (/初中|初级中学/.test(t)) named.add("junior");
  return named;
}

/** Where a table without a type column says the one stage of all its schools. */
interface TitleType {
  type: "primary" | "junior";
  source: Phrase;
  text: string;
}

/**
 * A table without a 学校类型 column whose title rows (above the header) or sheet
 * name name exactly one stage: all its schools are of that stage. Anything
 * else (no stage named, or both) gives nothing: the type column is asked for.
 */
function typeFromTitle(m: SheetMapping): TitleType | undefined {
  const named = new Set<Stage>();
  let first: { source: Phrase; text: string } | undefined;
  const texts: { source: Phrase; text: string }[] = [];
  for (let r = 0; r < m.header.block.top; r++)
    for (const cell of m.sheet.values[r] ?? []) {
      const text = typeof cell === "string" ? displayText(cell) : "";
      if (text !== "") texts.push({ source: PHRASES.titleOrSheet.title, text });
    }
  texts.push({ source: PHRASES.titleOrSheet.sheet, text: m.sheet.name });
  for (const t of texts) {
    const stages = stagesNamed(t.text);
    if (stages.size > 0 && !first) first = t;
    for (const st of stages) named.add(st);
  }
  if (named.size !== 1 || !first) return undefined;
  return { type: named.has("primary") ? "primary" : "junior", ...first };
}

interface Draft {
  rowIndex: number;
  record: SchoolRecord;
  /** Undefined when the type cell was bad (already reported). */
  type?: SchoolType;
  bad: boolean;
}

export interface SchoolSheetResult {
  schools: SchoolRecord[];
  /** Sheet- and column-level issues, then row issues in row order. */
  issues: InputIssue[];
  /** nameKey → the name as the school sheet writes it (for the class sheet). */
  names: Map<string, string>;
  /**
   * Indicator inputs the sheet has no column for, while the schools are read
   * (a partial table: the indicators that read them are not computed).
   */
  missingFields: string[];
}

function rule(field: string): FieldRule {
  return SCHOOL_FIELD_RULES.find((r) => r.field === field)!;
}

/**
 * Reads the school rows; `profile` decides which indicator columns every school
 * needs, and whether the columns of the 认定规程 allowances are used.
 * `lastBuiltYear` is the latest 建校年份 a school can have (the 填报年度, or
 * this year): under a profile with the allowances a later one is named.
 */
export function readSchoolSheet(
  m: SheetMapping,
  profile: StandardsProfile = NATIONAL_2017,
  lastBuiltYear: LastBuiltYear = currentYearBound()
): SchoolSheetResult {
  // Under a profile without the allowances their columns are not used: a bad cell there leaves no school out.
  const unusedColumns = profile.allowances ? NO_FIELDS : ALLOWANCE_ONLY_FIELDS;
  const columnIssues: InputIssue[] = [...m.issues];
  const rowIssues: InputIssue[] = [];
  const names = new Map<string, string>();
  const nameField = m.fields.get("name");
  const typeField = m.fields.get("type");
  // Without a type column, a title or sheet name naming one stage gives every school's type.
  const titleType = typeField || m.unusable.has("type") ? undefined : typeFromTitle(m);
  const degrees = degreeSums(m);
  columnIssues.push(...degrees.notes);
  if (!nameField || (!typeField && !titleType)) {
    // Without names and types no row can be read. The other columns the schools will
    // need are named in the same message, so that one run shows everything to mend.
    const missing: MissingColumn[] = [];
    for (const f of ["name", "type"]) {
      if (f === "type" && titleType) continue;
      if (!m.fields.has(f) && !m.unusable.has(f))
        missing.push({
          rule: rule(f),
          reason: f === "type" ? PHRASES.typeNeeded : undefined,
          consequence: PHRASES.noSchoolReadable,
        });
    }
    const needed = new Set<string>();
    for (const type of typesWithoutNames(m, typeField))
      for (const f of fieldsNeeded(type, profile)) needed.add(f);
    for (const r of SCHOOL_FIELD_RULES) {
      if (!needed.has(r.field) || m.fields.has(r.field) || m.unusable.has(r.field)) continue;
      if (degrees.sums.has(r.field)) continue;
      const reason = missingReason(m, r.field, degrees);
      missing.push({ rule: r, reason, consequence: PHRASES.requiredColumnUnusable });
    }
    columnIssues.push(...missingColumnIssues(m, missing));
    return { schools: [], issues: columnIssues, names, missingFields: [] };
  }

  const values = m.sheet.values;
  const start = m.dataStart;
  const drafts: Draft[] = [];
  const numericFields: ResolvedField[] = [];
  for (const r of m.fields.values())
    if (r.rule.kind === "count" || r.rule.kind === "area" || r.rule.kind === "money")
      numericFields.push(r);
  const ownershipField = m.fields.get("ownership");
  const localeField = m.fields.get("locale");
  const groupField = m.fields.get("group");
  const codeField = m.fields.get("code");
  const sponsorField = m.fields.get("sponsor");

  const usedByType = new Set<ResolvedField>();
  for (let i = start; i < values.length; i++) {
    const row = values[i];
    if (classifyRow(m, row, "name") !== "record") continue;
    const ctx = new SchoolRowContext(
      m,
      i,
      rowIssues,
      PHRASES.schoolOnRow(excelRow(m.origin, i)),
      unusedColumns
    );

    const name = readText(
      ctx,
      nameField,
      cellAt(row, nameField.column.index),
      PHRASES.expected.schoolName
    );
    if (name === "blank") ctx.report("missingName", nameField, {});
    else if (name !== undefined) {
      ctx.subject = name;
      ctx.school = name;
    }

    let type: SchoolType | undefined;
    if (!typeField) type = titleType?.type;
    else {
      const typeCell = cellAt(row, typeField.column.index);
      const typeText = readText(ctx, typeField, typeCell, PHRASES.expected.schoolType);
      if (typeText === "blank") {
        ctx.report("missingValue", typeField, {
          expected: PHRASES.expected.schoolType.zh,
          expectedEn: PHRASES.expected.schoolType.en,
        });
      } else if (typeText !== undefined) {
        type = parseSchoolType(typeText);
        if (!type)
          ctx.report("unknownType", typeField, { value: typeText, accepted: ACCEPTED_TYPES_ZH });
      }
    }

    const record: SchoolRecord = {
      name: typeof name === "string" ? name : "",
      // A stand-in only: a row without a readable type has an error already and is left out.
      type: type ?? "primary",
      primaryStudents: 0,
      juniorStudents: 0,
      seniorStudents: 0,
      primaryClasses: 0,
      juniorClasses: 0,
      primaryQualifiedTeachers: 0,
      juniorQualifiedTeachers: 0,
      primaryBackboneTeachers: 0,
      juniorBackboneTeachers: 0,
      primaryPeArtTeachers: 0,
      juniorPeArtTeachers: 0,
      teachingArea: 0,
      indoorSportsArea: 0,
      outdoorSportsArea: 0,
      equipmentValue: 0,
      multimediaRooms: 0,
    };

    if (ownershipField) {
      const text = readText(
        ctx,
        ownershipField,
        cellAt(row, ownershipField.column.index),
        PHRASES.expected.ownership
      );
      if (typeof text === "string" && text !== "blank") {
        const ownership = parseOwnership(text);
        if (ownership) record.ownership = ownership;
        else ctx.report("unknownOwnership", ownershipField, { value: text });
      }
    }
    if (localeField) {
      const text = readText(
        ctx,
        localeField,
        cellAt(row, localeField.column.index),
        PHRASES.expected.locale
      );
      if (typeof text === "string" && text !== "blank") {
        const locale = parseLocale(text);
        if (locale) record.locale = locale;
        else ctx.report("unknownLocale", localeField, { value: text });
      }
    }
    if (groupField) {
      const text = readText(
        ctx,
        groupField,
        cellAt(row, groupField.column.index),
        PHRASES.expected.group
      );
      if (typeof text === "string" && text !== "blank") record.group = text;
    }
    if (codeField) {
      const code = readSchoolCode(ctx, codeField, cellAt(row, codeField.column.index));
      if (code !== undefined) record.code = code;
    }

    if (sponsorField) {
      const cellValue = cellAt(row, sponsorField.column.index);
      const text = readText(ctx, sponsorField, cellValue, PHRASES.expected.sponsor);
      if (typeof text === "string" && text !== "blank") {
        const code = parseSponsor(text);
        if (code) record.sponsor = code;
        else ctx.report("unknownSponsor", sponsorField, { value: text });
      }
    }

    const blank = new Set<string>();
    const unreadable = new Set<string>();
    const parts = new Map<string, number>();
    const byType = new Map<string, ResolvedField>();
    const stageless: [ResolvedField, number | "blank" | undefined][] = [];
    for (const f of numericFields) {
      const v = readAmount(ctx, f, cellAt(row, f.column.index));
      if (f.rule.stageless) {
        if (type) stageless.push([f, v]);
        continue;
      }
      if (f.rule.degreePart) {
        // Teachers of one 学历: summed below, never a field of the record. Blank is none.
        if (v !== undefined) parts.set(f.rule.field, v === "blank" ? 0 : v);
        continue;
      }
      const field = f.rule.field as NumericField;
      if (v === undefined) unreadable.add(field);
      else if (v === "blank") {
        blank.add(field);
        // What only the form shows (年级数, 专任教师数): a blank is 未填报, not 0.
        if (FORM_ONLY_FIELDS.has(field)) continue;
        // A room column that exists but is blank means none (the key is kept: the column exists).
        record[field] = 0;
      } else record[field] = v;
    }

    // One column for every stage: the figure of the one stage the school teaches, unless
    // the table has that stage's own column and this school's cell in it is filled.
    for (const [f, v] of stageless) {
      const target = singleStageTarget(m, type!, f, degrees);
      if (!target || (m.fields.has(target) && !blank.has(target))) continue;
      byType.set(target, f);
      usedByType.add(f);
      blank.delete(target);
      if (v === undefined) unreadable.add(target);
      else if (v === "blank") {
        blank.add(target);
        record[target] = 0;
      } else record[target] = v;
    }

    // 高于规定学历 from the teachers by 学历 (a bad part cell is reported already).
    for (const [field, sum] of degrees.sums) {
      if (sum.every((f) => parts.has(f.rule.field)))
        record[field as QualifiedField] = sum.reduce(
          (n, f) => n + (parts.get(f.rule.field) ?? 0),
          0
        );
      else unreadable.add(field);
    }

    readAllowanceFacts(ctx, row, record, blank);
    if (type) {
      checkStudents(ctx, type, record, blank, unreadable, byType);
      checkAllowanceFacts(ctx, type, record);
      if (profile.allowances) checkClaims(ctx, type, record, lastBuiltYear);
    }
    drafts.push({ rowIndex: i, record, type, bad: ctx.bad });
  }

  if (usedByType.size > 0) {
    const used = [...usedByType].sort((a, b) => a.column.index - b.column.index);
    const columns = describeColumns(
      m,
      used.map((f) => f.column)
    );
    columnIssues.push(
      tableIssue(
        "stagelessByType",
        { sheet: m.sheet.name },
        { columns: columns.zh, columnsEn: columns.en }
      )
    );
  }
  if (titleType && drafts.length > 0) {
    const typeName = titleType.type;
    columnIssues.push(
      tableIssue(
        "typeFromTitle",
        { sheet: m.sheet.name },
        {
          source: titleType.source.zh,
          sourceEn: titleType.source.en,
          text: titleType.text,
          type: SCHOOL_TYPE_NAMES[typeName],
          typeEn: SCHOOL_TYPE_NAMES_EN[typeName],
          count: drafts.length,
        }
      )
    );
  }
  if (drafts.length === 0) {
    columnIssues.push(
      tableIssue(
        "noSchoolRows",
        { sheet: m.sheet.name },
        { headerRow: excelRow(m.origin, m.header.block.bottom) }
      )
    );
  }
  const missingFields = excludeForMissingColumns(m, drafts, columnIssues, profile, degrees);
  reportDuplicates(m, drafts, nameField, rowIssues);
  if (codeField) reportDuplicateCodes(m, drafts, codeField, rowIssues);

  for (const d of drafts)
    if (d.record.name !== "") names.set(nameKey(d.record.name), d.record.name);
  rowIssues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const schools: SchoolRecord[] = [];
  for (const d of drafts) {
    if (d.bad) continue;
    d.record.source = { sheet: m.sheet.name, row: excelRow(m.origin, d.rowIndex) };
    schools.push(d.record);
  }
  return { schools, issues: [...columnIssues, ...rowIssues], names, missingFields };
}

/**
 * Students by stage against the school's type: a stage the type teaches needs
 * its students (blank is not read as 0 here: write 0 on purpose), and students
 * in a stage the type does not teach suggest a wrong type.
 */
function checkStudents(
  ctx: RowContext,
  type: SchoolType,
  record: SchoolRecord,
  blank: ReadonlySet<string>,
  unreadable: ReadonlySet<string>,
  byType: ReadonlyMap<string, ResolvedField>
): void {
  if (!inResourceAssessment(type)) return;
  const stages = STAGES_OF_TYPE[type];
  const typeParams = { type: SCHOOL_TYPE_NAMES[type], typeEn: SCHOOL_TYPE_NAMES_EN[type] };
  const multiStage = stages.primary && stages.junior;
  const zeroStages: ResolvedField[] = [];
  let taughtStages = 0;
  for (const s of ["primary", "junior", "senior"] as const) {
    const field = STUDENT_FIELDS[s];
    const f = byType.get(field) ?? ctx.m.fields.get(field);
    // A bad cell is reported already; judging its stand-in 0 would say it twice.
    if (!f || unreadable.has(field)) continue;
    const value = record[STUDENT_FIELDS[s]];
    if (!stages[s]) {
      if (value > 0) ctx.report("stageNotInType", f, { ...typeParams, value });
      continue;
    }
    if (s !== "senior") taughtStages++;
    if (blank.has(field)) {
      const expected =
        multiStage || s === "senior"
          ? PHRASES.expected.countOrZero
          : PHRASES.expected.positiveCount;
      ctx.report("missingStudents", f, {
        ...typeParams,
        what: PHRASES.isBlank.zh,
        whatEn: PHRASES.isBlank.en,
        expected: expected.zh,
        expectedEn: expected.en,
      });
    } else if (s !== "senior" && value === 0) {
      zeroStages.push(f);
    }
  }
  if (zeroStages.length === 0) return;
  if (zeroStages.length === taughtStages && taughtStages === (multiStage ? 2 : 1)) {
    // No student in any compulsory stage it teaches: nothing to assess, and a likely typing slip.
    for (const f of zeroStages) {
      ctx.report("missingStudents", f, {
        ...typeParams,
        what: PHRASES.isZero.zh,
        whatEn: PHRASES.isZero.en,
        expected: PHRASES.expected.positiveCount.zh,
        expectedEn: PHRASES.expected.positiveCount.en,
      });
    }
  } else {
    for (const f of zeroStages) ctx.report("stageWithoutStudents", f, typeParams);
  }
}

/**
 * Columns the indicators need, for the stages the county's schools actually
 * have: a 小学-only county needs no 初中 columns. All missing columns come in one
 * issue. A missing students column excludes the schools that need it; a missing
 * column only indicators read leaves the schools in and those indicators out (a
 * partial table), unless no indicator would be left: then it excludes them too.
 * Returns the fields of the indicators left out.
 */
function excludeForMissingColumns(
  m: SheetMapping,
  drafts: Draft[],
  issues: InputIssue[],
  profile: StandardsProfile,
  degrees: DegreeSums
): string[] {
  const affected = new Map<NumericField, Draft[]>();
  const unsplit = new Map<Draft, Set<string>>();
  const stages = new Set<Stage>();
  for (const d of drafts) {
    // Only rows with a readable type: an unknown type is already an error.
    if (!d.type) continue;
    if (inResourceAssessment(d.type)) for (const st of stagesOf(d.type)) stages.add(st);
    for (const field of fieldsNeeded(d.type, profile)) {
      if (m.fields.has(field) || degrees.sums.has(field)) continue;
      const across = stagelessFor(m, field);
      if (across) {
        if (singleStage(d.type)) continue;
        // A school spanning stages with one figure for all: asked for by stage, below.
        let set = unsplit.get(d);
        if (!set) unsplit.set(d, (set = new Set()));
        set.add(field);
        continue;
      }
      const list = affected.get(field);
      if (list) list.push(d);
      else affected.set(field, [d]);
    }
  }
  // Indicator inputs with no column at all (not a column found but unusable, already reported).
  const partial = new Set<string>();
  for (const field of affected.keys())
    if (!m.unusable.has(field) && indicatorsReading(field, profile, STAGE_LIST).length > 0)
      partial.add(field);
  if (!somethingComputable(partial, profile, stages)) partial.clear();
  const missing: MissingColumn[] = [];
  for (const r of SCHOOL_FIELD_RULES) {
    const list = affected.get(r.field as NumericField);
    if (!list) continue;
    const reason = missingReason(m, r.field, degrees);
    if (partial.has(r.field)) {
      const ids = indicatorsReading(r.field, profile, STAGE_LIST);
      const names: Phrase = {
        zh: quotedList(ids.map((id) => INDICATORS[id].name)),
        en: ids.map((id) => INDICATORS[id].nameEn).join(", "),
      };
      missing.push({ rule: r, reason, consequence: PHRASES.indicatorsNotComputed(names) });
      continue;
    }
    for (const d of list) d.bad = true;
    if (m.unusable.has(r.field)) continue;
    missing.push({ rule: r, reason, consequence: PHRASES.schoolsLeftOut(list.length) });
  }
  const leftOut = missing.some((x) => !partial.has(x.rule.field));
  const said = missingColumnIssues(m, missing, partial.size > 0 ? PHRASES.partialTable : undefined);
  // Only indicators' columns missing: an error to mend, but no school is left out for it.
  if (!leftOut) for (const issue of said) issue.partial = true;
  issues.push(...said);
  if (unsplit.size > 0) issues.push(stagesNotSplitIssue(m, unsplit));
  return SCHOOL_FIELD_RULES.map((r) => r.field).filter((f) => partial.has(f));
}

const STAGE_LIST: readonly Stage[] = ["primary", "junior"];

/** The one compulsory stage a school of this type teaches, when it teaches one (教学点: 小学). */
function singleStage(type: SchoolType): "primary" | "junior" | undefined {
  const has = STAGES_OF_TYPE[type];
  if (has.senior || has.primary === has.junior) return undefined;
  return has.primary ? "primary" : "junior";
}

/** The field a stage-less column gives a school of this type (none when it spans stages). */
function singleStageTarget(
  m: SheetMapping,
  type: SchoolType,
  f: ResolvedField,
  degrees: DegreeSums
): NumericField | undefined {
  const stage = singleStage(type);
  if (!stage || !inResourceAssessment(type)) return undefined;
  const target = f.rule.stageless?.[stage] as NumericField | undefined;
  if (!target || degrees.sums.has(target)) return undefined;
  return target;
}

/** The stage-less column that carries a field for single-stage schools, if the table has one. */
function stagelessFor(m: SheetMapping, field: string): ResolvedField | undefined {
  for (const f of m.fields.values())
    if (f.rule.stageless && Object.values(f.rule.stageless).includes(field as keyof SchoolRecord))
      return f;
  return undefined;
}

/**
 * Schools spanning stages (一贯制, 完全中学) in a table that gives a figure once per
 * school: it cannot be split by guessing. One error names them, the stage-less
 * columns, and the per-stage columns that would carry their figures.
 */
function stagesNotSplitIssue(
  m: SheetMapping,
  unsplit: ReadonlyMap<Draft, Set<string>>
): InputIssue {
  const fields = new Set<string>();
  for (const set of unsplit.values()) for (const f of set) fields.add(f);
  const needed = SCHOOL_FIELD_RULES.filter((r) => fields.has(r.field));
  const columns = describeColumns(
    m,
    [...new Set(needed.map((r) => stagelessFor(m, r.field)!))].map((f) => f.column)
  );
  const schools = [...unsplit.keys()].map((d) => ({
    zh: fill(ZH.core.school.unsplit, {
      name: d.record.name,
      row: excelRow(m.origin, d.rowIndex),
      type: SCHOOL_TYPE_NAMES[d.type!],
    }),
    en: fill(EN_US.core.school.unsplit, {
      name: d.record.name,
      row: excelRow(m.origin, d.rowIndex),
      type: SCHOOL_TYPE_NAMES_EN[d.type!],
    }),
  }));
  for (const d of unsplit.keys()) d.bad = true;
  const issue = tableIssue(
    "stagesNotSplit",
    { sheet: m.sheet.name },
    {
      count: schools.length,
      schools: schools.map((x) => x.zh).join("、"),
      schoolsEn: schools.map((x) => x.en).join(", "),
      columns: columns.zh,
      columnsEn: columns.en,
      needed: quotedList(needed.map((r) => r.templateHeader)),
      neededEn: needed.map((r) => r.templateHeader).join(", "),
    }
  );
  issue.fields = needed.map((r) => r.field);
  return issue;
}

type QualifiedField = "primaryQualifiedTeachers" | "juniorQualifiedTeachers";

interface DegreeSums {
  /** 高于规定学历教师数 → the columns of teachers by 学历 that add up to it. */
  sums: Map<string, ResolvedField[]>;
  /** Why such a field cannot be summed (a 学历 the rule needs has no column). */
  incomplete: Map<string, Phrase>;
  /** One note per summed field: which columns, by which rule. */
  notes: InputIssue[];
}

/**
 * Statistics exports count 专任教师 by 学历 (研究生 | 本科 | 专科 | 高中及以下), not
 * 高于规定学历. Where a stage has no such column but has its teachers by 学历, the
 * field is their sum by the rule of standards.md §1.1 (小学: 专科 and above; 初中:
 * 本科 and above), and a note says so; a 学历 the rule needs without a column
 * leaves the field missing, with the reason.
 */
function degreeSums(m: SheetMapping): DegreeSums {
  const out: DegreeSums = { sums: new Map(), incomplete: new Map(), notes: [] };
  for (const stage of ["primary", "junior"] as const) {
    const field: QualifiedField = `${stage}QualifiedTeachers`;
    if (m.fields.has(field) || m.unusable.has(field)) continue;
    const found = [...m.fields.values()].filter((f) => f.rule.degreePart?.stage === stage);
    if (found.length === 0) continue;
    const wanted = QUALIFYING_DEGREES[stage];
    const used = found.filter((f) => wanted.includes(f.rule.degreePart!.degree));
    const lacking = wanted.filter((d) => !used.some((f) => f.rule.degreePart!.degree === d));
    const rulePhrase = PHRASES.qualifyingDegrees[stage];
    const columnsOf = (fs: ResolvedField[]) =>
      describeColumns(
        m,
        fs.map((f) => f.column)
      );
    if (lacking.length > 0) {
      const labels = lacking.map((d) => DEGREE_LABEL[d]);
      out.incomplete.set(
        field,
        PHRASES.degreePartsIncomplete(
          columnsOf(found),
          { zh: quotedList(labels.map((l) => l.zh)), en: labels.map((l) => l.en).join(", ") },
          rulePhrase
        )
      );
      continue;
    }
    out.sums.set(field, used);
    const target = rule(field);
    const sum = (fs: ResolvedField[], plus: string): Phrase => {
      const c = fs.map((f) => describeColumns(m, [f.column]));
      return { zh: c.map((x) => x.zh).join(plus), en: c.map((x) => x.en).join(" + ") };
    };
    const parts = sum(used, " + ");
    const rest = found.filter((f) => !used.includes(f));
    const ignored =
      rest.length > 0 ? PHRASES.degreesNotCounted(columnsOf(rest)) : { zh: "", en: "" };
    out.notes.push(
      tableIssue(
        "degreeSum",
        { sheet: m.sheet.name, field },
        {
          label: target.label,
          labelEn: target.labelEn,
          parts: parts.zh,
          partsEn: parts.en,
          rule: rulePhrase.zh,
          ruleEn: rulePhrase.en,
          ignored: ignored.zh,
          ignoredEn: ignored.en,
        }
      )
    );
  }
  return out;
}

/** Why a needed field has no column, when there is more to say than that. */
function missingReason(m: SheetMapping, field: string, degrees: DegreeSums): Phrase | undefined {
  if (field === "seniorStudents") return PHRASES.seniorStudentsNeeded;
  const degreeReason = degrees.incomplete.get(field);
  if (degreeReason) return degreeReason;
  // A 生均/每百 column near the field is its derived figure: said not to be read in its place.
  const derived = candidateColumns(m, rule(field)).filter((c) => isDerivedHeader(c.full));
  return derived.length > 0 ? PHRASES.derivedNotRead(describeColumns(m, derived)) : undefined;
}

/**
 * The school types of a sheet whose names or types cannot be read, to tell which
 * columns its schools will need: the types written in the type column, or, without
 * one, a school of the stages whose students columns the sheet has (both when none).
 */
function typesWithoutNames(m: SheetMapping, typeField: ResolvedField | undefined): SchoolType[] {
  if (!typeField) {
    const primary = m.fields.has("primaryStudents");
    const junior = m.fields.has("juniorStudents");
    return [primary === junior ? "nineYear" : primary ? "primary" : "junior"];
  }
  const types = new Set<SchoolType>();
  const values = m.sheet.values;
  for (let i = m.dataStart; i < values.length; i++) {
    const row = values[i];
    if (classifyRow(m, row, "name") !== "record") continue;
    const cell = cellAt(row, typeField.column.index);
    const type = typeof cell === "string" ? parseSchoolType(cell.trim()) : undefined;
    if (type) types.add(type);
  }
  return [...types];
}

function reportDuplicates(
  m: SheetMapping,
  drafts: Draft[],
  nameField: ResolvedField,
  issues: InputIssue[]
): void {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.record.name === "") continue;
    const key = nameKey(d.record.name);
    const list = byName.get(key);
    if (list) list.push(d);
    else byName.set(key, [d]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    // None of the rows is counted (one cannot tell which is right); one issue per name, at its
    // second row, listing the first few rows and the total, so that the issues grow with the
    // rows, not with their square (20,000 rows of one name once made gigabytes of messages).
    for (const d of list) d.bad = true;
    const listed = list.slice(0, DUPLICATE_ROWS_LISTED);
    const rows = listed.map((d) => excelRow(m.origin, d.rowIndex)).join("、");
    const second = list[1];
    const ctx = new RowContext(m, second.rowIndex, issues, second.record.name, second.record.name);
    const issue = ctx.report("duplicateSchool", nameField, {
      rows,
      listed: listed.length,
      count: list.length,
    });
    issue.otherRows = list.filter((d) => d !== second).map((d) => excelRow(m.origin, d.rowIndex));
  }
}

/** How many of a duplicated name's rows its issue lists (then "等，共 N 行"). */
export const DUPLICATE_ROWS_LISTED = 10;

// ---------------------------------------------------------------------------
// 学校标识码 (issue 25): optional, what matches a school across the years. A bad or
// repeated code is a warning: the school is assessed, the code is dropped.
// ---------------------------------------------------------------------------

/** The 10 digits of the 教育事业统计's 学校标识码. */
const SCHOOL_CODE = /^\d{10}$/;

/**
 * A 学校标识码: "3301020001", " 3301 020001 " or the number 3301020001 (Excel keeps long
 * digit runs as numbers); undefined for a blank cell or after reporting a bad one.
 */
function readSchoolCode(ctx: RowContext, f: ResolvedField, cell: CellValue): string | undefined {
  if (isBlankCell(cell)) return undefined;
  let text: string | undefined;
  if (typeof cell === "number") text = Number.isInteger(cell) ? String(cell) : undefined;
  else if (typeof cell === "string" && !isExcelError(cell))
    text = cell.normalize("NFKC").replace(/\s+/g, "");
  if (text !== undefined && SCHOOL_CODE.test(text)) return text;
  ctx.report("badSchoolCode", f, { value: quoteCell(cell) });
  return undefined;
}

/**
 * A code on two rows or more belongs to none of them for sure: one warning per code, at its
 * second row, naming the rows and their schools; the code is dropped from every one of them.
 */
function reportDuplicateCodes(
  m: SheetMapping,
  drafts: Draft[],
  codeField: ResolvedField,
  issues: InputIssue[]
): void {
  const byCode = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.bad || d.record.code === undefined) continue;
    const list = byCode.get(d.record.code);
    if (list) list.push(d);
    else byCode.set(d.record.code, [d]);
  }
  for (const [code, list] of byCode) {
    if (list.length < 2) continue;
    for (const d of list) delete d.record.code;
    const listed = list.slice(0, DUPLICATE_ROWS_LISTED);
    const rows = listed.map((d) => excelRow(m.origin, d.rowIndex)).join("、");
    const second = list[1];
    const ctx = new RowContext(m, second.rowIndex, issues, second.record.name, second.record.name);
    const issue = ctx.report("duplicateSchoolCode", codeField, {
      value: code,
      rows,
      schools: quotedList(listed.map((d) => d.record.name)),
      listed: listed.length,
      count: list.length,
    });
    issue.otherRows = list.filter((d) => d !== second).map((d) => excelRow(m.origin, d.rowIndex));
  }
}

// ---------------------------------------------------------------------------
// Facts of the 2019 认定规程 allowances (fields.ts ALLOWANCE_FACT_RULES). The
// counts and areas among them are read with the other numbers above; here the
// 是/否, year and room-area cells, and what blank means for a fact.
// ---------------------------------------------------------------------------

const YES = new Set(SCHOOL_YES_WORDS);
const NO = new Set(SCHOOL_NO_WORDS);

/** 是/否: undefined after reporting a bad cell or for a blank one. */
function readYesNo(ctx: RowContext, f: ResolvedField, cell: CellValue): boolean | undefined {
  if (isBlankCell(cell)) return undefined;
  if (typeof cell === "boolean") return cell;
  if (isExcelError(cell)) {
    ctx.report("excelError", f, { value: quoteCell(cell) });
    return undefined;
  }
  const t = matchText(String(cell));
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  ctx.report("badYesNo", f, { value: quoteCell(cell) });
  return undefined;
}

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/** 建校年份: 2008, "2008", "2008年", "2008年9月", "2008-09", or a date cell. */
function readYear(ctx: RowContext, f: ResolvedField, cell: CellValue): number | undefined {
  if (isBlankCell(cell)) return undefined;
  if (isExcelError(cell)) {
    ctx.report("excelError", f, { value: quoteCell(cell) });
    return undefined;
  }
  let year: number | undefined;
  if (cell instanceof Date) year = Number.isNaN(cell.getTime()) ? undefined : cell.getUTCFullYear();
  else if (typeof cell === "number") year = cell;
  else if (typeof cell === "string") {
    const m = /^(\d{4})(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)?$/.exec(
      matchText(cell)
    );
    if (m) year = Number(m[1]);
  }
  if (year === undefined || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    ctx.report("badYear", f, { value: quoteCell(cell) });
    return undefined;
  }
  return year;
}

/** A room's area: above 0 and at most this (㎡); larger is a slip (a total, or a wrong column). */
const MAX_ROOM_AREA = 2000;

/** "96,80", "96、80", "96 80", "96㎡,80㎡" or a single number: one area per room. */
function readRoomAreas(ctx: RowContext, f: ResolvedField, cell: CellValue): number[] | undefined {
  if (isBlankCell(cell)) return undefined;
  if (isExcelError(cell)) {
    ctx.report("excelError", f, { value: quoteCell(cell) });
    return undefined;
  }
  const bad = (zh: string, en: string): undefined => {
    ctx.report("badRoomAreas", f, { value: quoteCell(cell), reason: zh, reasonEn: en });
    return undefined;
  };
  const parts =
    typeof cell === "number"
      ? [String(cell)]
      : typeof cell === "string"
        ? cell
            .normalize("NFKC")
            .toLowerCase()
            .replace(/(m2|平方米)/g, " ")
            .split(/[,;、/\s]+/)
            .filter((p) => p !== "")
        : [];
  if (parts.length === 0) return bad(ZH.core.school.notArea, EN_US.core.school.notArea);
  const areas: number[] = [];
  for (const part of parts) {
    const n = parseNumberCell(part);
    if (n.kind !== "number")
      return bad(
        fill(ZH.core.school.notNumber, { part }),
        fill(EN_US.core.school.notNumber, { part })
      );
    if (!(n.value > 0) || n.value > MAX_ROOM_AREA)
      return bad(
        fill(ZH.core.school.areaRange, { part, max: MAX_ROOM_AREA }),
        fill(EN_US.core.school.areaRange, { part, max: MAX_ROOM_AREA })
      );
    areas.push(n.value);
  }
  return areas;
}

const ROOM_BANDS = {
  music: ["musicRoomsFrom96", "musicRoomsFrom73To96", "musicRoomsFrom61To73"],
  art: ["artRoomsFrom90", "artRoomsFrom67To90", "artRoomsFrom61To67"],
} as const;

/**
 * The facts only the allowances use (every allowance column but the room areas,
 * which the 专用教室面积 item reads under every profile): application-form.md
 * §2, rulings.
 */
const ALLOWANCE_ONLY_FIELDS: ReadonlySet<string> = new Set(
  SCHOOL_FIELD_RULES.filter(
    (r) =>
      r.allowanceFact !== undefined &&
      r.kind !== "roomAreas" &&
      !(ROOM_BANDS.music as readonly string[]).includes(r.field) &&
      !(ROOM_BANDS.art as readonly string[]).includes(r.field)
  ).map((r) => r.field)
);
const NO_FIELDS: ReadonlySet<string> = new Set();

/**
 * A school row under a profile without the allowances: a bad cell in a column
 * only they use is a warning that says the column is not used, and the school
 * is assessed (a bad value there under a profile with them leaves it out).
 */
class SchoolRowContext extends RowContext {
  constructor(
    m: SheetMapping,
    rowIndex: number,
    issues: InputIssue[],
    subject: string,
    private readonly unusedColumns: ReadonlySet<string>
  ) {
    super(m, rowIndex, issues, subject);
  }

  override report(
    code: Parameters<typeof tableIssue>[0],
    field: ResolvedField | undefined,
    params: Record<string, string | number>
  ): InputIssue {
    const bad = this.bad;
    const issue = super.report(code, field, params);
    if (
      field === undefined ||
      !this.unusedColumns.has(field.rule.field) ||
      TABLE_MESSAGES[code].severity !== "error"
    )
      return issue;
    issue.severity = "warning";
    issue.message += PHRASES.allowanceColumnNotUsed.zh;
    issue.messageEn = (issue.messageEn ?? "") + PHRASES.allowanceColumnNotUsed.en;
    this.bad = bad;
    return issue;
  }
}

/** The latest 建校年份 a school can have, and what sets it. */
export interface LastBuiltYear {
  year: number;
  /** 填报年度 from the county sheet, or this year when it gives none. */
  from: "reportYear" | "currentYear";
}

export function currentYearBound(year = new Date().getFullYear()): LastBuiltYear {
  return { year, from: "currentYear" };
}

/**
 * A claim of an allowance that the rest of the row gives no ground for is named
 * at its cell, never silently dropped (application-form.md §2, rulings); the
 * allowances module does not apply it either.
 */
function checkClaims(
  ctx: RowContext,
  type: SchoolType,
  record: SchoolRecord,
  lastBuiltYear: LastBuiltYear
): void {
  const m = ctx.m;
  const has = STAGES_OF_TYPE[type];
  const typeParams = { type: SCHOOL_TYPE_NAMES[type], typeEn: SCHOOL_TYPE_NAMES_EN[type] };
  const stageName: Record<Stage, Phrase> = {
    primary: { zh: ZH.core.school.stages.primary, en: EN_US.core.school.stages.primary },
    junior: { zh: ZH.core.school.stages.junior, en: EN_US.core.school.stages.junior },
  };
  for (const [stage, field] of [
    ["primary", "primarySharedPeArtTeachers"],
    ["junior", "juniorSharedPeArtTeachers"],
  ] as const) {
    const f = m.fields.get(field);
    const value = record[field] ?? 0;
    if (!f || has[stage] || value <= 0) continue;
    ctx.report("sharedTeachersNoSuchStage", f, {
      ...typeParams,
      value,
      stage: stageName[stage].zh,
      stageEn: stageName[stage].en,
    });
  }
  const small = smallRuralClaimWithoutGround(record);
  const smallField = m.fields.get("ruralSmallSchool");
  if (small && smallField) {
    if (small.reason === "urban") ctx.report("smallRuralClaimUrban", smallField, {});
    else
      ctx.report("smallRuralClaimTooLarge", smallField, {
        students: small.students,
        max: SMALL_RURAL_MAX_STUDENTS,
      });
  }
  const centralField = m.fields.get("centralUrban");
  if (centralField && centralUrbanClaimWithoutGround(record))
    ctx.report("centralUrbanClaimRural", centralField, {});
  const yearField = m.fields.get("builtYear");
  if (yearField && record.builtYear !== undefined && record.builtYear > lastBuiltYear.year) {
    const bound =
      lastBuiltYear.from === "reportYear"
        ? PHRASES.reportYear(lastBuiltYear.year)
        : PHRASES.currentYear(lastBuiltYear.year);
    ctx.report("builtYearAfterBound", yearField, {
      year: record.builtYear,
      bound: bound.zh,
      boundEn: bound.en,
    });
    // Not a year the school can have been built in: the allowances judge it as not given.
    delete record.builtYear;
  }
}

function readAllowanceFacts(
  ctx: RowContext,
  row: readonly CellValue[] | undefined,
  record: SchoolRecord,
  blank: ReadonlySet<string>
): void {
  const m = ctx.m;
  for (const [field, f] of m.fields) {
    const cell = cellAt(row, f.column.index);
    switch (f.rule.kind) {
      case "yesNo": {
        const v = readYesNo(ctx, f, cell);
        if (v !== undefined) (record as unknown as Record<string, boolean>)[field] = v;
        break;
      }
      case "year": {
        const v = readYear(ctx, f, cell);
        if (v !== undefined) record.builtYear = v;
        break;
      }
      case "roomAreas": {
        const v = readRoomAreas(ctx, f, cell);
        if (v !== undefined) {
          if (field === "musicRoomAreas") record.musicRoomAreas = v;
          else if (field === "artRoomAreas") record.artRoomAreas = v;
        }
        break;
      }
      default:
        break;
    }
  }
  // A blank 随迁子女数 is not known, unlike a blank count of rooms or teachers (none).
  if (blank.has("migrantStudents")) delete record.migrantStudents;
}

/** What the facts say against each other and against the rest of the row. */
function checkAllowanceFacts(ctx: RowContext, type: SchoolType, record: SchoolRecord): void {
  const m = ctx.m;
  const year = record.builtYear;
  if (year !== undefined) {
    for (const [field, by] of [
      ["builtBy2010", 2010],
      ["builtBy2016", 2016],
    ] as const) {
      const flag = record[field];
      const f = m.fields.get(field);
      if (flag === undefined || !f || flag === year <= by) continue;
      ctx.report("builtYearConflict", f, {
        year,
        value: flag ? ZH.core.school.yes : ZH.core.school.no,
      });
    }
  }
  const has = STAGES_OF_TYPE[type];
  const migrant = m.fields.get("migrantStudents");
  if (migrant && record.migrantStudents !== undefined) {
    const students =
      (has.primary ? record.primaryStudents : 0) + (has.junior ? record.juniorStudents : 0);
    if (record.migrantStudents > students)
      ctx.report("migrantExceedsStudents", migrant, {
        value: record.migrantStudents,
        students,
      });
  }
  const shared = m.fields.get("sharedPeArtTeachers");
  if (shared && has.primary && has.junior && (record.sharedPeArtTeachers ?? 0) > 0) {
    ctx.report("sharedTeachersNeedStage", shared, {
      value: record.sharedPeArtTeachers ?? 0,
      type: SCHOOL_TYPE_NAMES[type],
      typeEn: SCHOOL_TYPE_NAMES_EN[type],
    });
  }
  // Rooms listed by area (or counted by band) give the room count when the table has no count column.
  for (const kind of ["music", "art"] as const) {
    const countField = kind === "music" ? "musicRooms" : "artRooms";
    const areas = kind === "music" ? record.musicRoomAreas : record.artRoomAreas;
    const bandFields = ROOM_BANDS[kind].filter((b) => m.fields.has(b));
    const areaField = m.fields.get(kind === "music" ? "musicRoomAreas" : "artRoomAreas");
    let listed: number | undefined;
    let listedBy: ResolvedField | undefined;
    if (areas !== undefined) {
      listed = areas.length;
      listedBy = areaField;
    } else if (bandFields.length > 0) {
      listed = bandFields.reduce((n, b) => n + (record[b] ?? 0), 0);
      listedBy = m.fields.get(bandFields[0]);
    }
    if (listed === undefined || !listedBy) continue;
    const countColumn = m.fields.get(countField);
    if (!countColumn) record[countField] = listed;
    else if (record[countField] !== undefined && record[countField] !== listed)
      ctx.report("roomCountMismatch", countColumn, {
        count: record[countField] ?? 0,
        listed,
        areaLabel: listedBy.rule.label,
        areaLabelEn: listedBy.rule.labelEn,
      });
  }
}
