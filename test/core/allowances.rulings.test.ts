/**
 * The rulings of application-form.md §2 on the 2019 认定规程 allowances (issue 22,
 * items 10–12), each on a county built here:
 * - an allowance of the room areas is used only when the required rooms fail
 *   96 / 90 ㎡ and pass the reduced areas; extra smaller rooms never fail;
 * - a claim without its ground is named at its cell, in every output, and not applied;
 * - a bad value in a column only the allowances use leaves the school out under
 *   a profile with them, and is a warning (the school assessed) under one without.
 */
import { evaluate, type Evaluation } from "../../src/core";
import { NATIONAL_2017, NATIONAL_2017_ALLOWANCES } from "../../src/core/profiles";
import type { StandardsProfile } from "../../src/core/profiles/profile";
import { columnLetter, countyTemplateRows, templateHeaders } from "../../src/core/table";
import type { CellValue, InputIssue, SchoolRecord, SheetCells } from "../../src/core/types";
import { renderSummary } from "../../src/cli/summary";
import { palette } from "../../src/cli/text";
import { buildReport } from "../../src/report";
import { assessmentJson } from "../../src/report/json";

const SHEET = "学校基础数据";
const TEMPLATE = templateHeaders(NATIONAL_2017_ALLOWANCES).schoolSheet;

/** The template column of a field, as the messages name it. */
function column(field: string): string {
  const i = TEMPLATE.fields.indexOf(field);
  if (i < 0) throw new Error(`no template column for ${field}`);
  return columnLetter(i);
}

type Row = Partial<Record<string, CellValue>>;

/** A 小学 of 12 classes (one room of each kind needed) that meets every indicator. */
function primary(name: string, cells: Row = {}): Row {
  return {
    name,
    type: "小学",
    locale: "乡村",
    primaryStudents: 600,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 12,
    primaryQualifiedTeachers: 30,
    primaryBackboneTeachers: 8,
    primaryPeArtTeachers: 6,
    teachingArea: 3000,
    indoorSportsArea: 200,
    outdoorSportsArea: 5000,
    equipmentValue: 130,
    multimediaRooms: 15,
    musicRooms: 1,
    artRooms: 1,
    musicRoomAreas: "96",
    artRoomAreas: "90",
    ...cells,
  };
}

/** The school sheet in the template's layout: the header on row 1, one school a row from row 2. */
function schoolSheet(rows: Row[]): SheetCells {
  return {
    name: SHEET,
    values: [
      [...TEMPLATE.headers],
      ...rows.map((r) => TEMPLATE.fields.map((f) => (r[f] === undefined ? "" : r[f]))),
    ],
  };
}

/** The template's county sheet with only 填报年度 filled in. */
function countySheet(reportYear: number): SheetCells {
  const t = countyTemplateRows();
  return {
    name: t.name,
    values: [
      t.headers,
      ...t.rows.map((r) =>
        r.kind === "section" ? [r.text] : [r.label, r.key === "reportYear" ? reportYear : ""]
      ),
    ],
  };
}

function run(
  rows: Row[],
  profile: StandardsProfile,
  extra: { sheets?: SheetCells[]; currentYear?: number } = {}
): Evaluation {
  const options: Parameters<typeof evaluate>[1] = { profile };
  if (extra.currentYear !== undefined) options.currentYear = extra.currentYear;
  return evaluate([schoolSheet(rows), ...(extra.sheets ?? [])], options);
}

function rooms(ev: Evaluation, name: string) {
  const r = ev.assessment.specialRooms?.find((x) => x.name === name);
  if (!r) throw new Error(`no room finding for ${name}`);
  return r;
}

function primaryPart(ev: Evaluation, name: string) {
  return ev.assessment.stages.primary.schools.find((s) => s.name === name);
}

// ---------------------------------------------------------------------------
// Item 10: an allowance of the room areas only when it is needed
// ---------------------------------------------------------------------------

describe("room areas: an allowance is used only when the full areas fail and the reduced ones pass", () => {
  const FULL = { music: 96, art: 90 };
  const OLDER = { music: 73, art: 67 };
  const areas = (list: number[]): string => list.join(",");

  test("built in 2016 with one room of each kind at 96 / 90 ㎡ and smaller ones besides: no allowance", () => {
    const music = [96, 73];
    const art = [90, 67];
    const ev = run(
      [
        primary("老城小学", {
          builtYear: 2016,
          musicRooms: music.length,
          artRooms: art.length,
          musicRoomAreas: areas(music),
          artRoomAreas: areas(art),
        }),
      ],
      NATIONAL_2017_ALLOWANCES
    );
    const r = rooms(ev, "老城小学");
    expect(r.required).toBe(1);
    expect(r.allowance).toBeUndefined();
    expect(r.areaPasses).toBe(true);
    expect([r.musicRoomMinArea, r.artRoomMinArea]).toEqual([FULL.music, FULL.art]);
    expect(r.musicRoomsLargeEnough).toBe(music.filter((a) => a >= FULL.music).length);
    expect(r.artRoomsLargeEnough).toBe(art.filter((a) => a >= FULL.art).length);
    // The smaller rooms are listed against the full areas, and fail nothing.
    expect(r.roomsBelowArea?.map((b) => [b.kind, b.area, b.minArea])).toEqual([
      ...music.filter((a) => a < FULL.music).map((a) => ["music", a, FULL.music]),
      ...art.filter((a) => a < FULL.art).map((a) => ["art", a, FULL.art]),
    ]);
    expect(ev.assessment.allowances?.used).toEqual([]);
    expect(ev.assessment.allowances?.findings).toEqual([]);
  });

  test("the same school whose required rooms are only 73 / 67 ㎡ uses the allowance", () => {
    const music = [80, 73];
    const art = [85, 67];
    const ev = run(
      [
        primary("老城小学", {
          builtYear: 2016,
          musicRooms: music.length,
          artRooms: art.length,
          musicRoomAreas: areas(music),
          artRoomAreas: areas(art),
        }),
      ],
      NATIONAL_2017_ALLOWANCES
    );
    const r = rooms(ev, "老城小学");
    expect(r.allowance?.code).toBe("olderSchoolRooms");
    expect(r.areaPasses).toBe(true);
    expect([r.musicRoomMinArea, r.artRoomMinArea]).toEqual([OLDER.music, OLDER.art]);
    expect(ev.assessment.allowances?.used.map((n) => [n.school, n.code])).toEqual([
      ["老城小学", "olderSchoolRooms"],
    ]);
  });

  test("two rooms needed (13 classes), one of each at full size: the allowance is used for the second", () => {
    const music = [96, 73];
    const art = [90, 67];
    const ev = run(
      [
        primary("老城小学", {
          builtYear: 2016,
          primaryClasses: 13,
          musicRooms: music.length,
          artRooms: art.length,
          musicRoomAreas: areas(music),
          artRoomAreas: areas(art),
        }),
      ],
      NATIONAL_2017_ALLOWANCES
    );
    const r = rooms(ev, "老城小学");
    expect(r.required).toBe(Math.ceil(13 / 12));
    expect(r.allowance?.code).toBe("olderSchoolRooms");
    expect(r.areaPasses).toBe(
      music.filter((a) => a >= OLDER.music).length >= r.required &&
        art.filter((a) => a >= OLDER.art).length >= r.required
    );
    expect(r.areaPasses).toBe(true);
  });

  test("rooms too small even for the allowance: none is used, and the full areas are shown", () => {
    const ev = run(
      [primary("老城小学", { builtYear: 2016, musicRoomAreas: "70", artRoomAreas: "60" })],
      NATIONAL_2017_ALLOWANCES
    );
    const r = rooms(ev, "老城小学");
    expect(r.allowance).toBeUndefined();
    expect(r.areaPasses).toBe(false);
    expect([r.musicRoomMinArea, r.artRoomMinArea]).toEqual([FULL.music, FULL.art]);
    expect(ev.assessment.allowances?.used).toEqual([]);
  });

  test("a school of unknown year that meets the full areas is not told it lacks a year", () => {
    const ev = run(
      [primary("新城小学", { musicRooms: 2, musicRoomAreas: "96,60" })],
      NATIONAL_2017_ALLOWANCES
    );
    expect(rooms(ev, "新城小学").areaPasses).toBe(true);
    expect(ev.assessment.allowances?.findings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Item 11: a claim without its ground is named at its cell, wherever the user looks
// ---------------------------------------------------------------------------

const plain = palette(false, {});

/** The issue is in the JSON's warnings, on the 数据问题 sheet with its cell, and in the CLI summary. */
function expectShownEverywhere(ev: Evaluation, issue: InputIssue): void {
  expect(assessmentJson(ev).warnings).toContain(issue.message);
  const sheet = buildReport(ev).sheets.find((s) => s.id === "issues");
  const row = sheet?.rows.find((r) => r.some((c) => c?.value === issue.message));
  expect(row?.map((c) => c?.value).slice(1)).toEqual([
    "警告",
    issue.sheet,
    issue.row,
    issue.column,
    issue.school,
    issue.message,
  ]);
  expect(renderSummary({ ev, fileName: "x.xlsx", colour: plain })).toContain(issue.message);
}

function issueOf(ev: Evaluation, code: string, school: string): InputIssue {
  const found = ev.read.issues.filter((i) => i.code === code && i.school === school);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Sheet, row and column named, in both languages, as a warning. */
function expectNamed(issue: InputIssue, row: number, field: string): void {
  expect(issue).toMatchObject({ severity: "warning", sheet: SHEET, row, column: column(field) });
  expect(issue.message).toContain(`工作表「${SHEET}」第${row}行${column(field)}列`);
  expect(issue.message).toContain(`「${issue.school}」`);
  expect(issue.messageEn).toContain(`row ${row}, column ${column(field)}`);
}

const CLAIM_CODES = [
  "sharedTeachersNoSuchStage",
  "smallRuralClaimUrban",
  "smallRuralClaimTooLarge",
  "centralUrbanClaimRural",
  "builtYearAfterBound",
];

describe("a claim without its ground is named, never silently dropped", () => {
  test("a 小学 with a teacher in the 初中 shared-teacher column: named, and not counted", () => {
    const own = 0;
    const students = 60;
    const rows = [
      primary("石门村小", {
        primaryStudents: students,
        primaryPeArtTeachers: own,
        ruralSmallSchool: "是",
        juniorSharedPeArtTeachers: 1,
      }),
    ];
    const ev = run(rows, NATIONAL_2017_ALLOWANCES);
    const issue = issueOf(ev, "sharedTeachersNoSuchStage", "石门村小");
    expectNamed(issue, 2, "juniorSharedPeArtTeachers");
    expect(issue.message).toContain("没有初中学段");
    expectShownEverywhere(ev, issue);
    expect(primaryPart(ev, "石门村小")?.values.peArtTeachersPer100).toBe((own / students) * 100);
    // The same teacher in the 小学 column is counted: the claim itself is what lacked ground.
    const right = run(
      [{ ...rows[0], juniorSharedPeArtTeachers: "", primarySharedPeArtTeachers: 1 }],
      NATIONAL_2017_ALLOWANCES
    );
    expect(right.read.issues).toEqual([]);
    expect(primaryPart(right, "石门村小")?.values.peArtTeachersPer100).toBeCloseTo(
      ((own + 1) / students) * 100,
      9
    );
  });

  test("a 初中 with a teacher in the 小学 shared-teacher column is named too", () => {
    const ev = run(
      [
        primary("河口初中", {
          type: "初中",
          primaryStudents: 0,
          juniorStudents: 80,
          primaryClasses: 0,
          juniorClasses: 3,
          juniorQualifiedTeachers: 6,
          juniorBackboneTeachers: 1,
          juniorPeArtTeachers: 1,
          ruralSmallSchool: "是",
          primarySharedPeArtTeachers: 2,
        }),
      ],
      NATIONAL_2017_ALLOWANCES
    );
    expectNamed(
      issueOf(ev, "sharedTeachersNoSuchStage", "河口初中"),
      2,
      "primarySharedPeArtTeachers"
    );
  });

  test("是否农村小规模学校=是 on a 城区 school: named, and its shared teachers not counted", () => {
    const students = 60;
    const row = primary("城中小学", {
      locale: "城区",
      primaryStudents: students,
      primaryPeArtTeachers: 0,
      ruralSmallSchool: "是",
      primarySharedPeArtTeachers: 1,
    });
    const ev = run([row], NATIONAL_2017_ALLOWANCES);
    const issue = issueOf(ev, "smallRuralClaimUrban", "城中小学");
    expectNamed(issue, 2, "ruralSmallSchool");
    expectShownEverywhere(ev, issue);
    expect(primaryPart(ev, "城中小学")?.values.peArtTeachersPer100).toBe(0);
    expect(ev.assessment.allowances?.findings.map((f) => [f.school, f.code])).toEqual([
      ["城中小学", "sharedTeachersNotRural"],
    ]);
    // The same school in a 乡村 has its teacher counted, and nothing to name.
    const rural = run([{ ...row, locale: "乡村" }], NATIONAL_2017_ALLOWANCES);
    expect(rural.read.issues).toEqual([]);
    expect(primaryPart(rural, "城中小学")?.values.peArtTeachersPer100).toBeCloseTo(
      (1 / students) * 100,
      9
    );
  });

  test("是否农村小规模学校=是 on a school above 100 students is named; at 100 it is not", () => {
    const ev = run(
      [
        primary("百一小学", { primaryStudents: 101, ruralSmallSchool: "是" }),
        primary("一百小学", { primaryStudents: 100, ruralSmallSchool: "是" }),
      ],
      NATIONAL_2017_ALLOWANCES
    );
    const issue = issueOf(ev, "smallRuralClaimTooLarge", "百一小学");
    expectNamed(issue, 2, "ruralSmallSchool");
    expect(issue.message).toContain("101 人，超过 100 人");
    expect(ev.read.issues.filter((i) => i.school === "一百小学")).toEqual([]);
  });

  test("是否中心城区=是 on a 乡村 school: named, and its leased area not counted", () => {
    const leased = 1000;
    const row = primary("西山小学", { centralUrban: "是", leasedSportsArea: leased });
    const ev = run([row], NATIONAL_2017_ALLOWANCES);
    const issue = issueOf(ev, "centralUrbanClaimRural", "西山小学");
    expectNamed(issue, 2, "centralUrban");
    expectShownEverywhere(ev, issue);
    const sports = (200 + 5000) / 600;
    expect(primaryPart(ev, "西山小学")?.values.sportsAreaPerStudent).toBeCloseTo(sports, 9);
    expect(ev.assessment.allowances?.findings.map((f) => [f.school, f.code])).toEqual([
      ["西山小学", "leasedNotCentral"],
    ]);
    const city = run([{ ...row, locale: "城区" }], NATIONAL_2017_ALLOWANCES);
    expect(city.read.issues).toEqual([]);
    expect(primaryPart(city, "西山小学")?.values.sportsAreaPerStudent).toBeCloseTo(
      (200 + 5000 + leased) / 600,
      9
    );
  });

  test("a 建校年份 after the 填报年度 is named and not used; the 填报年度 itself is fine", () => {
    const reportYear = 2025;
    const ev = run(
      [
        primary("明年小学", { builtYear: reportYear + 1 }),
        primary("今年小学", { builtYear: reportYear }),
      ],
      NATIONAL_2017_ALLOWANCES,
      { sheets: [countySheet(reportYear)] }
    );
    expect(ev.read.county?.numbers.reportYear?.value).toBe(reportYear);
    const issue = issueOf(ev, "builtYearAfterBound", "明年小学");
    expectNamed(issue, 2, "builtYear");
    expect(issue.message).toContain(`${reportYear + 1} 晚于填报年度 ${reportYear} 年`);
    expectShownEverywhere(ev, issue);
    expect(ev.read.schools.find((s) => s.name === "明年小学")?.builtYear).toBeUndefined();
    expect(ev.read.schools.find((s) => s.name === "今年小学")?.builtYear).toBe(reportYear);
    expect(ev.read.issues.filter((i) => i.school === "今年小学")).toEqual([]);
  });

  test("without a 填报年度, a 建校年份 after the current year is named", () => {
    const year = 2030;
    const ev = run(
      [primary("未来小学", { builtYear: year + 1 }), primary("当年小学", { builtYear: year })],
      NATIONAL_2017_ALLOWANCES,
      { currentYear: year }
    );
    const issue = issueOf(ev, "builtYearAfterBound", "未来小学");
    expectNamed(issue, 2, "builtYear");
    expect(issue.message).toContain(`今年（${year} 年；县级指标表没有填报年度）`);
    expect(ev.read.issues.filter((i) => i.school === "当年小学")).toEqual([]);
    // The clock's year when no year is given: a year far ahead is named, this one is not.
    const now = new Date().getFullYear();
    const clock = run(
      [primary("远年小学", { builtYear: now + 50 }), primary("本年小学", { builtYear: now })],
      NATIONAL_2017_ALLOWANCES
    );
    expect(clock.read.issues.map((i) => [i.code, i.school])).toEqual([
      ["builtYearAfterBound", "远年小学"],
    ]);
  });

  test("under the default profile the allowance columns are not used, and no claim is named", () => {
    const ev = run(
      [
        primary("石门村小", { ruralSmallSchool: "是", juniorSharedPeArtTeachers: 1 }),
        primary("城中小学", { locale: "城区", ruralSmallSchool: "是" }),
        primary("西山小学", { centralUrban: "是", leasedSportsArea: 1000 }),
        primary("未来小学", { builtYear: 2999 }),
      ],
      NATIONAL_2017
    );
    expect(ev.read.issues.filter((i) => CLAIM_CODES.includes(i.code))).toEqual([]);
    expect(ev.assessment.allowances).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// Item 12: bad values in the allowance-only columns
// ---------------------------------------------------------------------------

describe("bad values in the columns only the allowances use", () => {
  /** One bad cell in each allowance-only column, and what the reader says of it. */
  const BAD: [field: string, value: CellValue, code: string][] = [
    ["builtYear", "很久以前", "badYear"],
    ["migrantStudents", "-3", "negativeValue"],
    ["centralUrban", "可能", "badYesNo"],
    ["ruralSmallSchool", "大概", "badYesNo"],
    ["primarySharedPeArtTeachers", "一人", "notANumber"],
    ["leasedSportsArea", 12.5e20, "valueOutOfRange"],
  ];
  const good = [primary("甲小学"), primary("乙小学", { primaryStudents: 900, teachingArea: 3500 })];
  const badRow = (): Row => {
    const row = primary("丙小学", { primaryStudents: 450, multimediaRooms: 9 });
    for (const [field, value] of BAD) row[field] = value;
    return row;
  };
  /** Severity, code, row and column of each issue, in column order. */
  const cells = (issues: readonly InputIssue[]) =>
    issues
      .map((i) => [i.severity, i.code, i.row, i.column ?? ""] as const)
      .sort((a, b) => a[3].length - b[3].length || a[3].localeCompare(b[3]));
  const cleanRow = (): Row => {
    const row = badRow();
    for (const [field] of BAD) row[field] = "";
    return row;
  };

  test("under a profile without allowances: warnings naming the cell, and the school is assessed", () => {
    const ev = run([...good, badRow()], NATIONAL_2017);
    expect(cells(ev.read.issues)).toEqual(
      BAD.map(([field, , code]) => ["warning", code, 4, column(field)])
    );
    for (const i of ev.read.issues) {
      expect(i.message).toContain(`工作表「${SHEET}」第4行${i.column}列`);
      expect(i.message).toContain("不使用该列，该校照常评估");
      expect(i.messageEn).toContain("the school is assessed");
    }
    expect(ev.read.incomplete).toBe(false);
    expect(ev.assessment.incomplete).toBe(false);
    expect(ev.badDataSchools).toBe(0);
    expect(ev.assessment.stages.primary.schools.map((s) => s.name)).toEqual([
      "甲小学",
      "乙小学",
      "丙小学",
    ]);
    // The county's CVs are those of the same county without the bad cells.
    const clean = run([...good, cleanRow()], NATIONAL_2017);
    expect(clean.read.issues).toEqual([]);
    expect(ev.assessment.stages.primary.indicators).toEqual(
      clean.assessment.stages.primary.indicators
    );
  });

  test("under a profile with allowances: errors, and the school is left out", () => {
    const ev = run([...good, badRow()], NATIONAL_2017_ALLOWANCES);
    expect(cells(ev.read.issues)).toEqual(
      BAD.map(([field, , code]) => ["error", code, 4, column(field)])
    );
    for (const i of ev.read.issues) expect(i.message).not.toContain("照常评估");
    expect(ev.read.incomplete).toBe(true);
    expect(ev.badDataSchools).toBe(1);
    expect(ev.assessment.stages.primary.schools.map((s) => s.name)).toEqual(["甲小学", "乙小学"]);
  });

  test("随迁子女数 above the school's students: a warning without allowances, an error with them", () => {
    const row = primary("丁小学", { migrantStudents: 601 });
    const without = run([row], NATIONAL_2017);
    expect(without.read.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "migrantExceedsStudents", column("migrantStudents")],
    ]);
    expect(primaryPart(without, "丁小学")).toBeDefined();
    const withAllowances = run([row], NATIONAL_2017_ALLOWANCES);
    expect(withAllowances.read.issues.map((i) => i.severity)).toEqual(["error"]);
    expect(primaryPart(withAllowances, "丁小学")).toBeUndefined();
  });

  test("room areas are read by every profile: a bad one is an error either way", () => {
    for (const profile of [NATIONAL_2017, NATIONAL_2017_ALLOWANCES]) {
      const ev = run([primary("戊小学", { musicRoomAreas: "96,大" })], profile);
      expect(ev.read.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
        ["error", "badRoomAreas", column("musicRoomAreas")],
      ]);
      expect(primaryPart(ev, "戊小学")).toBeUndefined();
    }
  });

  test("the records carry no value from a bad cell", () => {
    const ev = run([badRow()], NATIONAL_2017);
    const school: SchoolRecord | undefined = ev.read.schools[0];
    for (const [field] of BAD) expect(school).not.toHaveProperty(field);
  });
});
