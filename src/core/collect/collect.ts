/**
 * A folder of returned one-school forms → the county school table (issue 23 §6).
 *
 * Each form is read alone by the reader (./source.ts). The schools that can be written are
 * laid out as the template's school sheet — the template's columns (and, after them, any
 * other column a form used: 在校生数 for a one-stage school, 建校年份 …), one row per
 * school, each cell as the form gave it (money and areas converted to the template's
 * unit) — and that sheet is read once more by the reader, exactly as `assess` reads the
 * written workbook. Its messages are placed back at the form's file and cell.
 *
 * Never a silent loss: a school in two files with different figures is written from
 * neither (both named, with the items that differ); with the same figures, once. A form
 * lacking a required item is not written (a blank cell would read as 0) and says so.
 */
import { fill, ZH } from "../../i18n";
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import { readWorkbook } from "../table";
import { matchText, parseNumberCell } from "../table/cells";
import { columnLetter } from "../table/columns";
import {
  QUALIFYING_DEGREES,
  schoolFieldRules,
  templateHeaders,
  TEMPLATE_SHEET_NAMES,
  type FieldRule,
} from "../table/fields";
import { nameKey } from "../table/rows";
import { headerUnit, toCanonical } from "../table/units";
import type { CellValue, InputIssue, SheetCells } from "../types";
import { collectText, placeText, type CollectMessageCode, type Params } from "./messages";
import { issueBody } from "./source";
import type {
  CellPlace,
  Collection,
  CollectDuplicate,
  CollectEntry,
  CollectIssue,
  Roster,
  RosterCheck,
  SchoolSource,
  SourceValue,
} from "./types";

export interface CollectOptions {
  profile?: StandardsProfile;
  /** As ReadWorkbookOptions.currentYear. */
  currentYear?: number;
  /** The schools expected back: a 名单 or last year's county table (readRoster). */
  roster?: Roster;
}

type FormSource = Extract<SchoolSource, { kind: "form" | "row" }>;

interface Placed {
  value: CellValue;
  at?: CellPlace;
}

/** How many differing items a duplicate's message lists. */
const DIFFERENCES_LISTED = 5;

function ownIssue(
  code: CollectMessageCode,
  file: string,
  place: Partial<CellPlace> | undefined,
  params: Params = {}
): CollectIssue {
  const t = collectText(code, params);
  const where = placeText(file, place);
  const issue: CollectIssue = {
    severity: t.severity,
    code,
    file,
    message: where.zh + t.zh,
    messageEn: where.en + t.en,
  };
  if (place?.sheet !== undefined) issue.sheet = place.sheet;
  return issue;
}

/** The unit of a column of the county table, from its header (as the reader finds it). */
function columnUnit(rule: FieldRule, header: string) {
  return headerUnit(rule.kind, [matchText(header)]);
}

/**
 * A school's cells by field, as its file gave them. Teachers by 学历 become the stage's
 * 高于规定学历教师数 by the rule (the reader sums them the same way; a bad part is
 * written as it is, so that the reader names it).
 */
function placedValues(source: FormSource, headerOf: (rule: FieldRule) => string) {
  const out = new Map<string, Placed>();
  for (const [field, v] of source.values) {
    if (v.rule.degreePart) continue;
    out.set(field, { value: converted(v, headerOf(v.rule)), at: v.at });
  }
  for (const stage of ["primary", "junior"] as const) {
    const field = `${stage}QualifiedTeachers`;
    if (out.has(field)) continue;
    const parts = [...source.values.values()].filter((v) => v.rule.degreePart?.stage === stage);
    const wanted = QUALIFYING_DEGREES[stage].map((d) =>
      parts.find((p) => p.rule.degreePart!.degree === d)
    );
    if (parts.length === 0 || wanted.some((p) => p === undefined)) continue;
    let sum = 0;
    let bad: SourceValue | undefined;
    for (const p of wanted as SourceValue[]) {
      const n = parseNumberCell(p.raw);
      if (n.kind === "blank") continue;
      if (n.kind === "number" && Number.isInteger(n.value) && n.value >= 0) sum += n.value;
      else {
        bad = p;
        break;
      }
    }
    out.set(field, bad ? { value: bad.raw, at: bad.at } : { value: sum, at: wanted[0]!.at });
  }
  return out;
}

/** A money or area figure in the county column's unit (万元, ㎡); anything else as written. */
function converted(v: SourceValue, header: string): CellValue {
  if (!v.unit) return v.raw;
  const target = columnUnit(v.rule, header);
  if (!target || target.factor === v.unit.factor) return v.raw;
  const n = parseNumberCell(v.raw);
  if (n.kind !== "number") return v.raw;
  return toCanonical(n.value, v.unit) / target.factor;
}

function cellKey(value: CellValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) return `d${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}

function entryOf(source: SchoolSource): CollectEntry {
  const entry: CollectEntry = {
    file: source.file,
    kind: source.kind,
    status: "ok",
    written: false,
    errors: 0,
    warnings: 0,
  };
  if ("sheet" in source && source.sheet !== undefined) entry.sheet = source.sheet;
  if ((source.kind === "form" || source.kind === "row") && source.name !== undefined)
    entry.school = source.name;
  return entry;
}

/**
 * Reads the returned schools into the county school table (see the file's comment), with
 * 回收情况: which files gave which school, which were not written and why, every message at
 * its file and cell, the duplicates, and against a roster the schools missing.
 */
export function collectSchools(
  sources: readonly SchoolSource[],
  options: CollectOptions = {}
): Collection {
  const profile = options.profile ?? NATIONAL_2017;
  const rules = schoolFieldRules(profile);
  const template = templateHeaders(profile).schoolSheet;
  const templateHeaderOf = new Map(template.fields.map((f, i) => [f, template.headers[i]]));
  const headerOf = (rule: FieldRule) => templateHeaderOf.get(rule.field) ?? rule.templateHeader;

  const entries = sources.map(entryOf);
  const issuesOf: CollectIssue[][] = sources.map(() => []);
  const candidates: number[] = [];
  sources.forEach((source, k) => {
    const issues = issuesOf[k];
    const entry = entries[k];
    switch (source.kind) {
      case "unreadable":
        entry.status = "unreadable";
        issues.push(ownIssue("unreadable", source.file, undefined, { reason: source.reason }));
        return;
      case "other":
        entry.status = "notForm";
        issues.push(
          ownIssue(
            source.reason,
            source.file,
            source.sheet === undefined ? undefined : { sheet: source.sheet }
          )
        );
        return;
      case "table":
        entry.status = "countyTable";
        issues.push(
          ownIssue("countyTable", source.file, { sheet: source.sheet }, { count: source.schools })
        );
        return;
    }
    const place = { sheet: source.sheet };
    if (source.blank) {
      entry.status = "blank";
      issues.push(ownIssue("blankForm", source.file, place));
      return;
    }
    if (source.name === undefined) {
      entry.status = "notWritten";
      issues.push(...source.issues, ...source.cellIssues, ownIssue("noName", source.file, place));
      return;
    }
    if (source.blocked) {
      entry.status = "notWritten";
      issues.push(
        ...source.issues,
        ...source.cellIssues,
        ownIssue("notWritten", source.file, place)
      );
      return;
    }
    // Written: its item-level messages stay; those on its cells come from the county table.
    issues.push(...source.issues);
    candidates.push(k);
  });

  // Every school's cells by field.
  const placed = new Map<number, Map<string, Placed>>();
  for (const k of candidates) placed.set(k, placedValues(sources[k] as FormSource, headerOf));

  // The columns: the template's, then any other a written school uses, in the reader's order.
  const used = new Set<string>();
  for (const cells of placed.values()) for (const f of cells.keys()) used.add(f);
  const extras = rules.filter((r) => used.has(r.field) && !templateHeaderOf.has(r.field));
  const columns = [
    ...template.fields.map((field, i) => ({ field, header: template.headers[i] })),
    ...extras.map((r) => ({ field: r.field as string, header: r.templateHeader })),
  ];
  const rowOf = (k: number) => columns.map((c) => placed.get(k)!.get(c.field)?.value ?? null);

  // A school in two files or more: written once when they agree, else from neither.
  const duplicates: CollectDuplicate[] = [];
  const byName = new Map<string, number[]>();
  sources.forEach((s, k) => {
    if ((s.kind !== "form" && s.kind !== "row") || s.name === undefined || s.blank) return;
    const key = nameKey(s.name);
    const list = byName.get(key);
    if (list) list.push(k);
    else byName.set(key, [k]);
  });
  const dropped = new Set<number>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const files = list.map((k) => sources[k].file);
    const filesZh = files.map((f) => `「${f}」`).join("、");
    const filesEn = files.map((f) => `"${f}"`).join(", ");
    const school = (sources[list[0]] as FormSource).name!;
    const writable = list.every((k) => placed.has(k));
    const differences: string[] = [];
    if (writable) {
      const rows = list.map((k) => rowOf(k).map(cellKey));
      columns.forEach((c, i) => {
        if (rows.some((r) => r[i] !== rows[0][i])) differences.push(c.header);
      });
    }
    const same = writable && differences.length === 0;
    duplicates.push({ school, files, same, differences });
    list.forEach((k, n) => {
      const source = sources[k] as FormSource;
      if (same && n === 0) return;
      dropped.add(k);
      if (placed.has(k)) entries[k].status = same ? "duplicateSame" : "duplicate";
      const listed = differences.slice(0, DIFFERENCES_LISTED);
      const more =
        differences.length > listed.length
          ? fill(ZH.core.collect.andMore, { n: differences.length })
          : "";
      issuesOf[k].push(
        same
          ? ownIssue(
              "duplicateSame",
              source.file,
              { sheet: source.sheet },
              { school, files: filesZh, filesEn, kept: files[0] }
            )
          : ownIssue(
              "duplicateSchool",
              source.file,
              { sheet: source.sheet },
              {
                school,
                count: files.length,
                files: filesZh,
                filesEn,
                differences:
                  differences.length > 0
                    ? fill(ZH.core.collect.differences, {
                        items: listed.map((d) => `「${d}」`).join("、"),
                        more,
                      })
                    : ZH.core.collect.notWritten,
                differencesEn:
                  differences.length > 0
                    ? `items that differ: ${listed.join(", ")}${more ? ` and ${differences.length - listed.length} more` : ""}`
                    : "some of them cannot be written",
              }
            )
      );
    });
  }

  // The county school sheet.
  const written = candidates.filter((k) => !dropped.has(k));
  const values: CellValue[][] = [columns.map((c) => c.header)];
  const rowSource = new Map<number, number>();
  const cellPlace = new Map<string, CellPlace>();
  for (const k of written) {
    const row = values.length + 1;
    values.push(rowOf(k));
    rowSource.set(row, k);
    entries[k].written = true;
    entries[k].row = row;
    columns.forEach((c, i) => {
      const at = placed.get(k)!.get(c.field)?.at;
      if (at) cellPlace.set(`${row}\u0000${columnLetter(i)}`, at);
    });
  }
  const sheet: SheetCells = { name: TEMPLATE_SHEET_NAMES.school, values };
  const countyRead = readWorkbook([sheet], { profile, currentYear: options.currentYear });

  // The county table's messages, placed at the forms' cells.
  const general: CollectIssue[] = [];
  const readIssues: InputIssue[] = [];
  const fromCounty = new Set<CollectIssue>();
  const labelOf = (letter: string | undefined) => {
    const i = letter === undefined ? -1 : columns.findIndex((_, j) => columnLetter(j) === letter);
    const rule = i < 0 ? undefined : rules.find((r) => r.field === columns[i].field);
    return rule ? { zh: rule.label, en: rule.labelEn } : undefined;
  };
  for (const issue of countyRead.issues) {
    // With no school written, "no school rows" says nothing the entries do not.
    if (written.length === 0 && issue.code === "noSchoolRows") continue;
    const body = issueBody(issue);
    const k = issue.row === undefined ? undefined : rowSource.get(issue.row);
    if (k === undefined) {
      const where = placeText("", { sheet: issue.sheet === "" ? undefined : issue.sheet });
      const mapped: CollectIssue = {
        severity: issue.severity,
        code: issue.code,
        file: "",
        message: where.zh + body.zh,
        messageEn: where.en + body.en,
      };
      general.push(mapped);
      readIssues.push(issue);
      continue;
    }
    const source = sources[k] as FormSource;
    const at =
      issue.column === undefined ? undefined : cellPlace.get(`${issue.row}\u0000${issue.column}`);
    let zh = body.zh;
    let en = body.en;
    const label =
      at === undefined && issue.column !== undefined ? labelOf(issue.column) : undefined;
    if (label) {
      const absent = collectText("itemAbsent", { label: label.zh, labelEn: label.en });
      zh += absent.zh;
      en += absent.en;
    }
    const where = placeText(source.file, at ?? { sheet: source.sheet });
    const mapped: CollectIssue = {
      severity: issue.severity,
      code: issue.code,
      file: source.file,
      sheet: (at ?? { sheet: source.sheet }).sheet,
      message: where.zh + zh,
      messageEn: where.en + en,
    };
    if (at) {
      mapped.row = at.row;
      mapped.column = at.column;
    }
    if (issue.field !== undefined) mapped.field = issue.field;
    if (issue.school !== undefined) mapped.school = issue.school;
    issuesOf[k].push(mapped);
    fromCounty.add(mapped);
    readIssues.push({ ...issue, message: mapped.message, messageEn: mapped.messageEn });
  }

  // What the collection itself says goes with the read, for `assess FOLDER`: an unwritten
  // school makes the data incomplete, as a school left out by the reader does.
  const collectionIssues: InputIssue[] = [];
  sources.forEach((_, k) => {
    for (const i of issuesOf[k]) {
      if (fromCounty.has(i)) continue;
      collectionIssues.push({
        severity: i.severity,
        code: i.code,
        sheet: "",
        message: i.message,
        messageEn: i.messageEn,
        ...(i.field === undefined ? {} : { field: i.field }),
        ...(i.school === undefined ? {} : { school: i.school }),
      });
    }
  });

  for (let k = 0; k < sources.length; k++) {
    const entry = entries[k];
    entry.errors = issuesOf[k].filter((i) => i.severity === "error").length;
    entry.warnings = issuesOf[k].length - entry.errors;
    if (entry.written && entry.errors > 0) entry.status = "errors";
  }

  const read = {
    ...countyRead,
    issues: [...readIssues, ...collectionIssues],
    incomplete: countyRead.incomplete || collectionIssues.some((i) => i.severity === "error"),
  };
  const collection: Collection = {
    profile,
    sheet,
    columns,
    read,
    entries,
    issues: [...issuesOf.flat(), ...general],
    duplicates,
  };
  if (options.roster) collection.roster = checkRoster(options.roster, sources);
  return collection;
}

function checkRoster(roster: Roster, sources: readonly SchoolSource[]): RosterCheck {
  const returned = new Map<string, string>();
  for (const s of sources)
    if ((s.kind === "form" || s.kind === "row") && s.name !== undefined && !s.blank)
      if (!returned.has(nameKey(s.name))) returned.set(nameKey(s.name), s.name);
  const expected = new Map<string, string>();
  for (const n of roster.names) if (!expected.has(nameKey(n))) expected.set(nameKey(n), n);
  return {
    file: roster.file,
    expected: expected.size,
    missing: [...expected].filter(([k]) => !returned.has(k)).map(([, n]) => n),
    notInList: [...returned].filter(([k]) => !expected.has(k)).map(([, n]) => n),
  };
}
