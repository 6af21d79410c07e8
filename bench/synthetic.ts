/**
 * Synthetic counties for the benchmarks: n schools and their classes, seeded, so
 * every run measures the same data. The mix imitates a county's statistics
 * (教育事业统计): mostly 小学 and 教学点, then 初中, 九年一贯制, 完全中学, a few
 * 十二年一贯制 and 特殊教育学校, some 民办; indicator values spread around the
 * thresholds of standards.md §1.1 so that some schools fall short (and the
 * report has red cells), and class sizes spread around the limits of §1.4 item 5
 * so that some classes are 大班额.
 */
import { seededRandom } from "../src/core/random";
import { templateHeaders } from "../src/core/table";
import type {
  CellValue,
  ClassRecord,
  Locale,
  SchoolRecord,
  SchoolType,
  SheetCells,
} from "../src/core/types";
import {
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
} from "../src/core/vocabulary";

/** The project's one seeded PRNG (src/core/random.ts): the same data on every machine. */
export const seeded = seededRandom;

export const BENCH_SEED = 20240901;

/** Share of each school type among a county's schools (cumulative draw). */
const TYPE_MIX: [SchoolType, number][] = [
  ["primary", 0.52],
  ["teachingPoint", 0.12],
  ["junior", 0.17],
  ["nineYear", 0.11],
  ["complete", 0.04],
  ["twelveYear", 0.02],
  ["special", 0.02],
];

const LOCALES: Locale[] = ["urban", "town", "rural"];
const TYPE_SUFFIX: Record<SchoolType, string> = {
  primary: "小学",
  junior: "初级中学",
  nineYear: "九年一贯制学校",
  complete: "中学",
  twelveYear: "实验学校",
  teachingPoint: "教学点",
  special: "特殊教育学校",
  vocational: "职业中学",
};

export interface SyntheticCounty {
  schools: SchoolRecord[];
  classes: ClassRecord[];
}

function pickType(u: number): SchoolType {
  let acc = 0;
  for (const [type, share] of TYPE_MIX) {
    acc += share;
    if (u < acc) return type;
  }
  return "primary";
}

/**
 * n schools with their classes. A school's resources are drawn as a factor of
 * the threshold: most between 0.95× and 1.6×, about one in eight between 0.7×
 * and 0.95× (short of the standard, some within the 85% allowance).
 */
export function syntheticCounty(n: number, seed = BENCH_SEED): SyntheticCounty {
  const rnd = seeded(seed);
  const between = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  const int = (lo: number, hi: number) => Math.round(between(lo, hi));
  const factor = () => (rnd() < 0.125 ? between(0.7, 0.95) : between(0.95, 1.6));
  const schools: SchoolRecord[] = [];
  const classes: ClassRecord[] = [];
  for (let i = 0; i < n; i++) {
    const type = pickType(rnd());
    const locale = LOCALES[Math.floor(rnd() * 3)];
    let primary = 0;
    let junior = 0;
    let senior = 0;
    switch (type) {
      case "primary":
        primary = int(locale === "rural" ? 80 : 300, locale === "urban" ? 2600 : 1200);
        break;
      case "teachingPoint":
        primary = int(8, 140);
        break;
      case "junior":
        junior = int(200, 2200);
        break;
      case "nineYear":
        primary = int(150, 1500);
        junior = int(100, 1100);
        break;
      case "complete":
        junior = int(300, 1600);
        senior = int(600, 2500);
        break;
      case "twelveYear":
        primary = int(200, 900);
        junior = int(150, 700);
        senior = int(100, 600);
        break;
      case "special":
        primary = int(30, 120);
        junior = int(10, 60);
        break;
      default:
        break;
    }
    // Facilities are shared by weighted headcount (standards.md §1.2), so they are drawn per weighted student.
    const weighted = primary + 1.1 * junior + 1.32 * senior;
    const perPrimary = (per: number) => Math.round((primary * per * factor()) / 100);
    const perJunior = (per: number) => Math.round((junior * per * factor()) / 100);
    const sizeP = between(30, 50);
    const sizeJ = between(34, 56);
    const primaryClasses = primary > 0 ? Math.max(1, Math.round(primary / sizeP)) : 0;
    const juniorClasses = junior > 0 ? Math.max(1, Math.round(junior / sizeJ)) : 0;
    const indoor = Math.round(weighted * between(0.3, 0.9));
    const name = `${["城关", "青石", "河口", "白沙", "东岭", "西湖", "南山", "北坡"][i % 8]}第${i + 1}${TYPE_SUFFIX[type]}`;
    const rooms = Math.ceil((primaryClasses + juniorClasses) / 12);
    schools.push({
      name,
      type,
      ownership: rnd() < 0.08 ? "private" : "public",
      locale,
      group: `第${(i % 40) + 1}学区`,
      primaryStudents: primary,
      juniorStudents: junior,
      seniorStudents: senior,
      primaryClasses,
      juniorClasses,
      primaryQualifiedTeachers: perPrimary(4.2),
      juniorQualifiedTeachers: perJunior(5.3),
      primaryBackboneTeachers: perPrimary(1.0),
      juniorBackboneTeachers: perJunior(1.0),
      primaryPeArtTeachers: perPrimary(0.9),
      juniorPeArtTeachers: perJunior(0.9),
      teachingArea: Math.round(weighted * 5.2 * factor()) + indoor,
      indoorSportsArea: indoor,
      outdoorSportsArea: Math.max(0, Math.round(weighted * 9 * factor()) - indoor),
      // 元 in the record; the template holds 万元 with two decimals, so keep whole hundreds.
      equipmentValue: Math.round((weighted * 2300 * factor()) / 100) * 100,
      multimediaRooms: Math.round((weighted * 2.4 * factor()) / 100),
      musicRooms: rnd() < 0.1 ? Math.max(0, rooms - 1) : rooms,
      artRooms: rooms,
    });
    for (const [stage, students, count] of [
      ["primary", primary, primaryClasses],
      ["junior", junior, juniorClasses],
    ] as const) {
      let left = students;
      for (let c = 0; c < count; c++) {
        // Spread the stage's students over its classes, with a few crowded ones (大班额 above 55).
        const even = Math.round(left / (count - c));
        const size =
          c === count - 1
            ? left
            : Math.max(
                1,
                Math.min(left, Math.round(even * between(0.8, 1.2) + (rnd() < 0.05 ? 15 : 0)))
              );
        left -= size;
        classes.push({
          school: name,
          stage,
          className: `${Math.floor(c / 4) + 1}年级${(c % 4) + 1}班`,
          students: size,
        });
      }
    }
  }
  return { schools, classes };
}

/** A record's value in the template's column: Chinese names for codes, 万元 for equipment. */
export function templateCell(s: SchoolRecord, field: string): CellValue {
  switch (field) {
    case "type":
      return SCHOOL_TYPE_NAMES[s.type];
    case "ownership":
      return s.ownership ? OWNERSHIP_NAMES[s.ownership] : "";
    case "locale":
      return s.locale ? LOCALE_NAMES[s.locale] : "";
    case "group":
      return s.group ?? "";
    case "equipmentValue":
      return s.equipmentValue / 10000;
    default: {
      const v = (s as unknown as Record<string, unknown>)[field];
      return typeof v === "number" || typeof v === "string" ? v : "";
    }
  }
}

/** The county as the clean data template's two sheets, cells as Office.js range.values gives them. */
export function templateSheets(county: SyntheticCounty): SheetCells[] {
  const { schoolSheet, classSheet } = templateHeaders();
  const schoolRows: CellValue[][] = [schoolSheet.headers];
  for (const s of county.schools)
    schoolRows.push(schoolSheet.fields.map((f) => templateCell(s, f)));
  const classRows: CellValue[][] = [classSheet.headers];
  for (const c of county.classes) {
    classRows.push(
      classSheet.fields.map((f) =>
        f === "stage"
          ? STAGE_NAMES[c.stage]
          : ((c as unknown as Record<string, CellValue>)[f] ?? "")
      )
    );
  }
  return [
    { name: schoolSheet.name, values: schoolRows, origin: { row: 1, column: 1 } },
    { name: classSheet.name, values: classRows, origin: { row: 1, column: 1 } },
  ];
}
