/**
 * 示例县 over three years (examples/years/, for `edu-balance compare`, issue 25): the example
 * county as its statistics tables change from 2023 to 2025, each year a workbook of the template
 * with its 学校标识码 column and a county sheet whose 填报年度 is the year.
 *
 * The story, small changes year to year as a county's tables change:
 * - the town grows and the villages empty: 城区 schools gain students every year, 乡村 schools
 *   lose them, in the same classrooms, with the same teachers and playgrounds; so the 城区
 *   classes fill up (more classes above 45) and the village schools' large playgrounds per
 *   student grow while the town's shrink: the 小学 CV of 生均体育运动场馆面积 rises year after
 *   year and reaches its limit's margin in 2025 (an early warning for 2026);
 * - 2024: 城关第七小学 opens in the new district (grades 1–3); 白马镇大坪小学, short of 骨干
 *   and 体育艺术 teachers in 2023, is sent three teachers and passes again; 城关第五小学 is renamed
 *   城关滨河小学 (its 学校标识码 kept);
 * - 2025: 青石镇塘坊教学点 closes, its pupils go to 青石镇中心小学; 县实验小学 passes 2,000
 *   students; 城关第三小学, crowded by the new estates around it, fails the school rule;
 * - the county sheet: 交流轮岗 teachers 8.2 %, 9.1 %, then 10.4 % (met in 2025).
 *
 * Pure data like sampleCounty.ts (no Node API): the test helpers build their own years with
 * `renamed` and `without`.
 */
import type { ClassRecord, SchoolRecord } from "../../core";
import {
  sampleCounty,
  sampleCountyFigures,
  type SampleCounty,
  type SampleCountyFigure,
} from "./sampleCounty";

/** The years of examples/years/, oldest first. */
export const EXAMPLE_YEARS = [2023, 2024, 2025] as const;

/** The file of one year in examples/years/. */
export function yearFileName(county: string, year: number): string {
  return `${county}${year}.xlsx`;
}

// ---------------------------------------------------------------------------
// Changes a county's tables undergo (also used by the tests' own years).
// ---------------------------------------------------------------------------

/** The county with the school named `from` called `to` (its classes too). */
export function renamed(county: SampleCounty, from: string, to: string): SampleCounty {
  return {
    ...county,
    schools: county.schools.map((s) => (s.name === from ? { ...s, name: to } : s)),
    classes: county.classes.map((c) => (c.school === from ? { ...c, school: to } : c)),
  };
}

/** The county without the school named `name`. */
export function without(county: SampleCounty, name: string): SampleCounty {
  return {
    ...county,
    schools: county.schools.filter((s) => s.name !== name),
    classes: county.classes.filter((c) => c.school !== name),
  };
}

/** The county with one school's record changed (its classes untouched). */
function changed(
  county: SampleCounty,
  name: string,
  change: (s: SchoolRecord) => SchoolRecord
): SampleCounty {
  return { ...county, schools: county.schools.map((s) => (s.name === name ? change(s) : s)) };
}

/** 小学 classes of 45 at most (班额 rules); a full school puts the overflow in classes of up to 50. */
const CLASS_LIMIT = 45;
const OVERFLOW = 50;

/** The class `better` picks among those below `cap` (the first of equals); -1 when none. */
function pick(
  sizes: readonly number[],
  cap: number,
  better: (a: number, b: number) => boolean
): number {
  let best = -1;
  sizes.forEach((n, i) => {
    if (n < cap && (best < 0 || better(n, sizes[best]))) best = i;
  });
  return best;
}

/**
 * Class sizes after a change of `change` pupils, in the same classes. Pupils who come are placed
 * as a school does: in the smallest class while one is below 45; when every class is full, a few
 * classes take the overflow (the fullest below 50 first); pupils who leave leave the largest.
 */
function resized(sizes: readonly number[], change: number): number[] {
  const out = [...sizes];
  for (let k = 0; k < change; k++) {
    let i = pick(out, CLASS_LIMIT, (a, b) => a < b);
    if (i < 0) i = pick(out, OVERFLOW, (a, b) => a > b);
    if (i < 0) i = pick(out, Infinity, (a, b) => a < b);
    out[i]++;
  }
  for (let k = 0; k < -change; k++) out[out.indexOf(Math.max(...out))]--;
  return out;
}

/**
 * A school's 小学 enrolment set to `students`, in its classes and the `opened` ones (new classes
 * of the names given, placed after its last class), resized to match.
 */
function withPrimaryStudents(
  county: SampleCounty,
  name: string,
  students: number,
  opened: readonly string[] = []
): SampleCounty {
  const mine = (c: ClassRecord): boolean => c.school === name && c.stage === "primary";
  const last = county.classes.reduce((at, c, i) => (mine(c) ? i : at), county.classes.length - 1);
  const classes = [
    ...county.classes.slice(0, last + 1),
    ...opened.map((className) => ({
      school: name,
      stage: "primary" as const,
      className,
      students: 0,
    })),
    ...county.classes.slice(last + 1),
  ];
  const before = classes.filter(mine).reduce((a, c) => a + c.students, 0);
  const sizes = resized(
    classes.filter(mine).map((c) => c.students),
    students - before
  );
  let k = 0;
  return {
    ...changed(county, name, (s) => ({
      ...s,
      primaryStudents: students,
      primaryClasses: sizes.length,
    })),
    classes: classes.map((c) => (mine(c) ? { ...c, students: sizes[k++] } : c)),
  };
}

/** `n` new classes of a grade of a school: 一年级（k）班 numbered after the grade's last. */
function newClasses(county: SampleCounty, name: string, grade: string, n: number): string[] {
  const have = county.classes.filter(
    (c) => c.school === name && c.className.startsWith(grade)
  ).length;
  return Array.from({ length: n }, (_, i) => `${grade}（${have + i + 1}）班`);
}

// ---------------------------------------------------------------------------
// The story.
// ---------------------------------------------------------------------------

/** The 10-digit 学校标识码 of the example county's schools: an example prefix and a number. */
function exampleCode(n: number): string {
  return `210000${String(n).padStart(4, "0")}`;
}

/** Yearly change of 小学 enrolment by where the school is (the town grows, the villages empty). */
const GROWTH = { urban: 0.035, town: 0, rural: -0.07 } as const;
/** 县实验小学, the school parents want, grows faster: past 2,000 pupils in 2025. */
const GROWTH_OF: Readonly<Record<string, number>> = { 县实验小学: 0.05, 城关第七小学: 0 };

/**
 * Village schools' playgrounds: built for the pupils of twenty years ago, two to three times
 * what the standard asks per pupil today (×, on the example county's outdoor area).
 */
const VILLAGE_PLAYGROUND = 2.2;

const NEW_SCHOOL = "城关第七小学";
const RENAMED = { from: "城关第五小学", to: "城关滨河小学" };
const RECOVERING = "白马镇大坪小学";
const CLOSING = { name: "青石镇塘坊教学点", into: "青石镇中心小学" };
const CROWDED = "城关第三小学";
/** 城关第三小学's 2025 enrolment over what the town's growth alone gives. */
const CROWDING = 1.1;

/** 2023: the example county with codes, and the village schools' large playgrounds. */
function firstYear(): SampleCounty {
  const county = sampleCounty();
  return {
    ...county,
    schools: county.schools.map((s, i) => ({
      ...s,
      code: exampleCode(i + 1),
      outdoorSportsArea:
        s.locale === "rural" && s.juniorStudents === 0
          ? Math.round(s.outdoorSportsArea * VILLAGE_PLAYGROUND)
          : s.outdoorSportsArea,
    })),
  };
}

/**
 * One year on: the enrolment of every 小学 and 教学点 moved by GROWTH (GROWTH_OF for some), and
 * its teachers with it (the county allocates teachers to where the pupils are); rooms, areas and
 * equipment stay as they are.
 */
function aYearOn(county: SampleCounty): SampleCounty {
  let next = county;
  for (const s of county.schools) {
    if ((s.type !== "primary" && s.type !== "teachingPoint") || s.locale === undefined) continue;
    const students = Math.round(s.primaryStudents * (1 + (GROWTH_OF[s.name] ?? GROWTH[s.locale])));
    if (students === s.primaryStudents) continue;
    const r = students / s.primaryStudents;
    const opening = Math.max(
      0,
      Math.ceil((students - CLASS_LIMIT * s.primaryClasses) / CLASS_LIMIT)
    );
    const classes = newClasses(next, s.name, "一年级", opening);
    next = changed(withPrimaryStudents(next, s.name, students, classes), s.name, (x) => ({
      ...x,
      primaryQualifiedTeachers: Math.round(x.primaryQualifiedTeachers * r),
      primaryBackboneTeachers: Math.round(x.primaryBackboneTeachers * r),
      primaryPeArtTeachers: Math.round(x.primaryPeArtTeachers * r),
    }));
  }
  return next;
}

/**
 * 城关第七小学, opened in 2024 in the new district with grades 1–3 (8 classes), on a site built
 * for the first four years' pupils and more (some 700); its teachers for the classes.
 */
function opened(county: SampleCounty, code: string): SampleCounty {
  const school: SchoolRecord = {
    name: NEW_SCHOOL,
    code,
    type: "primary",
    ownership: "public",
    locale: "urban",
    group: "城关学区",
    primaryStudents: 0,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 0,
    juniorClasses: 0,
    primaryQualifiedTeachers: 22,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 5,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 5,
    juniorPeArtTeachers: 0,
    teachingArea: 4200,
    indoorSportsArea: 700,
    outdoorSportsArea: 6800,
    equipmentValue: 1800000,
    multimediaRooms: 18,
    musicRooms: 2,
    artRooms: 2,
    sponsor: 7,
    grades: 6,
    primaryFullTimeTeachers: 22,
    juniorFullTimeTeachers: 0,
    primaryStaff: 24,
    juniorStaff: 0,
  };
  const withSchool = { ...county, schools: [...county.schools, school] };
  return withPrimaryStudents(withSchool, NEW_SCHOOL, 353, [
    ...newClasses(withSchool, NEW_SCHOOL, "一年级", 3),
    ...newClasses(withSchool, NEW_SCHOOL, "二年级", 3),
    ...newClasses(withSchool, NEW_SCHOOL, "三年级", 2),
  ]);
}

/** The county's schools in each of EXAMPLE_YEARS, oldest first. */
export function exampleYears(): SampleCounty[] {
  const y2023 = firstYear();

  let y2024 = opened(aYearOn(y2023), exampleCode(y2023.schools.length + 1));
  y2024 = changed(y2024, RECOVERING, (s) => ({
    ...s,
    primaryBackboneTeachers: s.primaryBackboneTeachers + 2,
    primaryPeArtTeachers: s.primaryPeArtTeachers + 1,
  }));
  // 城关第五小学, short of 多媒体 rooms, is refitted with one more and renamed.
  y2024 = renamed(
    changed(y2024, RENAMED.from, (s) => ({ ...s, multimediaRooms: s.multimediaRooms + 1 })),
    RENAMED.from,
    RENAMED.to
  );

  let y2025 = aYearOn(y2024);
  // 城关第七小学 takes its fourth grade: 130 pupils in three classes, and six more teachers.
  const seventh = y2025.schools.find((s) => s.name === NEW_SCHOOL) as SchoolRecord;
  y2025 = changed(
    withPrimaryStudents(
      y2025,
      NEW_SCHOOL,
      seventh.primaryStudents + 130,
      newClasses(y2025, NEW_SCHOOL, "四年级", 3)
    ),
    NEW_SCHOOL,
    (s) => ({
      ...s,
      primaryQualifiedTeachers: s.primaryQualifiedTeachers + 6,
      primaryBackboneTeachers: s.primaryBackboneTeachers + 1,
      primaryPeArtTeachers: s.primaryPeArtTeachers + 1,
    })
  );
  // 青石镇塘坊教学点 closes; its pupils go to 青石镇中心小学.
  const closing = y2025.schools.find((s) => s.name === CLOSING.name) as SchoolRecord;
  const into = y2025.schools.find((s) => s.name === CLOSING.into) as SchoolRecord;
  y2025 = withPrimaryStudents(
    without(y2025, CLOSING.name),
    CLOSING.into,
    into.primaryStudents + closing.primaryStudents
  );
  // The new estates around 城关第三小学 fill it beyond the town's growth, in the same rooms
  // (classes of 50), with the same teachers, areas and equipment.
  const crowded = y2025.schools.find((s) => s.name === CROWDED) as SchoolRecord;
  y2025 = withPrimaryStudents(y2025, CROWDED, Math.round(crowded.primaryStudents * CROWDING));
  return [y2023, y2024, y2025];
}

/** The county sheet's figures of a year: 填报年度 and the year's 交流轮岗 teachers. */
const ROTATED: Record<number, number> = { 2023: 82, 2024: 91, 2025: 104 };

export function yearFigures(year: number): SampleCountyFigure[] {
  return sampleCountyFigures().map((f) =>
    f.key === "reportYear"
      ? { ...f, value: year }
      : f.key === "rotatedTeachers" && ROTATED[year] !== undefined
        ? { ...f, value: ROTATED[year] }
        : f
  );
}
