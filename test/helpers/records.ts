/**
 * Test records shared by the test files (they were copied into each): a school with every
 * number 0 but the ones given, and a 小学 of 1000 students exactly at every threshold.
 */
import type { SchoolRecord } from "../../src/core/types";

/** A school record with every number 0 but the ones given; a 小学 unless `type` is given. */
export function school(over: Partial<SchoolRecord> & { name: string }): SchoolRecord {
  return {
    type: "primary",
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
    ...over,
  };
}

/**
 * A 小学 of 1000 students exactly at every threshold of §1.1 (standards.md):
 * 42/1000·100 = 4.2, 10 → 1.0, 9 → 0.9, (5000 − 500)/1000 = 4.5 ㎡,
 * (7000 + 500)/1000 = 7.5 ㎡, 2,000,000/1000 = 2000 元, 23 → 2.3.
 */
export function primary1000(name: string, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return school({
    name,
    type: "primary",
    primaryStudents: 1000,
    primaryQualifiedTeachers: 42,
    primaryBackboneTeachers: 10,
    primaryPeArtTeachers: 9,
    teachingArea: 5000,
    indoorSportsArea: 500,
    outdoorSportsArea: 7000,
    equipmentValue: 2_000_000,
    multimediaRooms: 23,
    ...over,
  });
}
