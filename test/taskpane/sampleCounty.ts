/**
 * A synthetic county for the Excel-layer tests: n schools in the clean template
 * layout (the reader's own headers), and the same schools as SchoolRecords.
 * Deterministic (a fixed linear congruential sequence), so sizes and counts are
 * reproducible.
 */
import { templateHeaders } from "../../src/core/table/fields";
import type { ClassRecord, SchoolRecord, SchoolType } from "../../src/core/types";
import { SCHOOL_TYPE_NAMES } from "../../src/core/vocabulary";

type Cell = string | number | boolean;

function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES: SchoolType[] = ["primary", "primary", "primary", "junior", "nineYear"];

export function sampleSchoolRecords(n: number, seed = 7): SchoolRecord[] {
  const rnd = sequence(seed);
  const between = (lo: number, hi: number) => Math.round(lo + rnd() * (hi - lo));
  const schools: SchoolRecord[] = [];
  for (let i = 0; i < n; i++) {
    const type = TYPES[i % TYPES.length];
    const primaryStudents = type === "junior" ? 0 : between(200, 1500);
    const juniorStudents = type === "primary" ? 0 : between(200, 1200);
    const students = primaryStudents + juniorStudents;
    const primaryClasses = Math.ceil(primaryStudents / 42);
    const juniorClasses = Math.ceil(juniorStudents / 46);
    const teachingArea = Math.round(students * (4 + rnd() * 3));
    schools.push({
      name: `第${i + 1}${type === "junior" ? "中学" : type === "nineYear" ? "九年制学校" : "小学"}`,
      type,
      ownership: "public",
      locale: (["urban", "town", "rural"] as const)[i % 3],
      primaryStudents,
      juniorStudents,
      seniorStudents: 0,
      primaryClasses,
      juniorClasses,
      primaryQualifiedTeachers: Math.round((primaryStudents / 100) * (3.8 + rnd() * 1.5)),
      juniorQualifiedTeachers: Math.round((juniorStudents / 100) * (4.8 + rnd() * 1.5)),
      primaryBackboneTeachers: Math.round((primaryStudents / 100) * (0.8 + rnd() * 0.6)),
      juniorBackboneTeachers: Math.round((juniorStudents / 100) * (0.8 + rnd() * 0.6)),
      primaryPeArtTeachers: Math.round((primaryStudents / 100) * (0.8 + rnd() * 0.4)),
      juniorPeArtTeachers: Math.round((juniorStudents / 100) * (0.8 + rnd() * 0.4)),
      teachingArea,
      indoorSportsArea: Math.round(teachingArea * 0.1),
      outdoorSportsArea: Math.round(students * (7 + rnd() * 5)),
      equipmentValue: Math.round(students * (1800 + rnd() * 1200)),
      multimediaRooms: Math.round((students / 100) * (2.1 + rnd() * 0.8)),
      musicRooms: Math.max(
        1,
        Math.ceil((primaryClasses + juniorClasses) / 12) - (i % 7 === 0 ? 1 : 0)
      ),
      artRooms: Math.ceil((primaryClasses + juniorClasses) / 12),
      source: { sheet: "学校基础数据", row: i + 2 },
    });
  }
  return schools;
}

/** The records as the clean template writes them: equipment in 万元, type and locale in Chinese. */
export function sampleSchoolSheet(schools: SchoolRecord[]): Cell[][] {
  const { headers, fields } = templateHeaders().schoolSheet;
  const rows: Cell[][] = [headers];
  for (const s of schools) {
    rows.push(
      fields.map((f) => {
        if (f === "type") return SCHOOL_TYPE_NAMES[s.type];
        if (f === "locale")
          return s.locale === "urban" ? "城区" : s.locale === "town" ? "镇区" : "乡村";
        if (f === "ownership") return s.ownership === "private" ? "民办" : "公办";
        if (f === "equipmentValue") return s.equipmentValue / 10000;
        const v = (s as unknown as Record<string, unknown>)[f];
        return v === undefined ? "" : (v as Cell);
      })
    );
  }
  return rows;
}

export function sampleClasses(schools: SchoolRecord[]): ClassRecord[] {
  const classes: ClassRecord[] = [];
  schools.forEach((s, i) => {
    for (let c = 0; c < s.primaryClasses; c++) {
      classes.push({
        school: s.name,
        stage: "primary",
        className: `${c + 1}班`,
        students: c === 0 && i % 4 === 0 ? 48 : 42,
      });
    }
    for (let c = 0; c < s.juniorClasses; c++) {
      classes.push({
        school: s.name,
        stage: "junior",
        className: `${c + 1}班`,
        students: c === 0 && i % 5 === 0 ? 57 : 46,
      });
    }
  });
  return classes;
}

export function sampleClassSheet(classes: ClassRecord[]): Cell[][] {
  const { headers, fields } = templateHeaders().classSheet;
  const text: Record<string, (c: ClassRecord) => Cell> = {
    school: (c) => c.school,
    stage: (c) => (c.stage === "primary" ? "小学" : "初中"),
    className: (c) => c.className,
    students: (c) => c.students,
  };
  return [headers, ...classes.map((c) => fields.map((f) => text[f](c)))];
}
