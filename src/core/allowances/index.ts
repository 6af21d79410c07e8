/**
 * The allowances of the 认定规程 (国教督办函〔2019〕30号, application-form.md §2),
 * applied school by school under a profile that switches them on, each only
 * where the school table gives the fact it rests on; and the 专用教室面积 item
 * (§1.4 item 3), computed from room areas whenever the table gives them.
 *
 * Every use becomes an AllowanceNote that the outputs show beside the school;
 * a claim without its fact becomes an AllowanceFinding naming the school. A
 * claim that the rest of the row gives no ground for (是否农村小规模学校=是 on a
 * 城区 school, 是否中心城区=是 on a 乡村 one) is not applied here, and the table
 * reader names its cell (application-form.md §2, rulings).
 */
import { EN_US, fill, ZH } from "../../i18n";
import { atLeast } from "../rules";
import type { StandardsProfile } from "../profiles/profile";
import { matchText } from "../table/cells";
import type {
  AllowanceFinding,
  AllowanceKind,
  AllowanceNote,
  ClassRecord,
  SchoolRecord,
  SpecialRoomFinding,
  Stage,
} from "../types";
import { STAGES_OF_TYPE } from "../vocabulary";
import { allowanceText, type AllowanceMessageCode, type AllowanceParams } from "./messages";

export { ALLOWANCE_MESSAGES, allowanceText, type AllowanceMessageCode } from "./messages";

/** Collects the notes and findings of one assessment. */
export class AllowanceLog {
  readonly used: AllowanceNote[] = [];
  readonly findings: AllowanceFinding[] = [];

  note(
    allowance: AllowanceKind,
    code: AllowanceMessageCode,
    school: SchoolRecord,
    params: AllowanceParams,
    stage?: Stage
  ): AllowanceNote {
    const n: AllowanceNote = { allowance, school: school.name, ...allowanceText(code, params) };
    if (stage) n.stage = stage;
    if (school.source) n.source = school.source;
    this.used.push(n);
    return n;
  }

  finding(code: AllowanceMessageCode, school: SchoolRecord, params: AllowanceParams): void {
    const f: AllowanceFinding = {
      school: school.name,
      ...allowanceText(code, { school: school.name, ...params }),
    };
    if (school.source) f.source = school.source;
    this.findings.push(f);
  }
}

/** Students of the compulsory stages the school's type teaches. */
function compulsoryStudents(school: SchoolRecord): number {
  const has = STAGES_OF_TYPE[school.type];
  if (!has) return 0;
  return (has.primary ? school.primaryStudents : 0) + (has.junior ? school.juniorStudents : 0);
}

/**
 * A 农村小规模学校 has at most this many students (the 村小学 and 教学点 "不足
 * 100 人" of standards.md §1.4 item 6): above it, 是否农村小规模学校=是 has no ground.
 */
export const SMALL_RURAL_MAX_STUDENTS = 100;

/**
 * Why a school's 是否农村小规模学校=是 has no ground in the rest of its row (a
 * 城区 school, or one above 100 students), or undefined (application-form.md §2,
 * rulings: such a claim is named, never silently dropped).
 */
export function smallRuralClaimWithoutGround(
  school: SchoolRecord
): { reason: "urban" } | { reason: "students"; students: number } | undefined {
  if (school.ruralSmallSchool !== true) return undefined;
  if (school.locale === "urban") return { reason: "urban" };
  const students = compulsoryStudents(school);
  if (students > SMALL_RURAL_MAX_STUDENTS) return { reason: "students", students };
  return undefined;
}

/** 是否中心城区=是 on a 乡村 school has no ground (application-form.md §2, rulings). */
export function centralUrbanClaimWithoutGround(school: SchoolRecord): boolean {
  return school.centralUrban === true && school.locale === "rural";
}

/** The school's 是否农村小规模学校 as the allowances judge it: a claim without ground is not one. */
function isSmallRuralSchool(school: SchoolRecord): boolean | undefined {
  return smallRuralClaimWithoutGround(school) ? false : school.ruralSmallSchool;
}

/** The school's 是否中心城区 as the allowances judge it: a claim without ground is not one. */
function isCentralUrban(school: SchoolRecord): boolean | undefined {
  return centralUrbanClaimWithoutGround(school) ? false : school.centralUrban;
}

/** Whether the school was built in `year` or before: the year when given, else a 是/否 column that answers it. */
function builtBy(school: SchoolRecord, year: number): boolean | undefined {
  if (school.builtYear !== undefined) return school.builtYear <= year;
  // 是否2010年及之前建成 answers "by 2016" when yes; 是否2016年及之前建成 answers "by 2010" when no.
  if (school.builtBy2010 === true && year >= 2010) return true;
  if (school.builtBy2016 === true && year >= 2016) return true;
  if (school.builtBy2016 === false && year <= 2016) return false;
  if (school.builtBy2010 === false && year <= 2010) return false;
  return undefined;
}

const T = ZH.core.allowances;
const E = EN_US.core.allowances;

function builtText(school: SchoolRecord): { built: string; builtEn: string } {
  const year = school.builtYear;
  if (year !== undefined)
    return { built: fill(T.builtIn, { year }), builtEn: fill(E.builtIn, { year }) };
  if (school.builtBy2010 === true) return { built: T.builtBy2010, builtEn: E.builtBy2010 };
  if (school.builtBy2016 === true) return { built: T.builtBy2016, builtEn: E.builtBy2016 };
  return { built: T.builtUnknown, builtEn: E.builtUnknown };
}

const SHARED_FIELD = {
  primary: "primarySharedPeArtTeachers",
  junior: "juniorSharedPeArtTeachers",
} as const;
const PE_ART_FIELD = { primary: "primaryPeArtTeachers", junior: "juniorPeArtTeachers" } as const;

/** The school's 交流轮岗/兼职/走教 teachers of a stage: its own column, or the unstaged one for a one-stage school. */
function sharedTeachers(school: SchoolRecord, stage: Stage): number {
  const own = school[SHARED_FIELD[stage]];
  if (own !== undefined) return own;
  const has = STAGES_OF_TYPE[school.type];
  if (!has || (has.primary && has.junior) || !has[stage]) return 0;
  return school.sharedPeArtTeachers ?? 0;
}

/**
 * The records the indicators are computed from under the profile's allowances:
 * the same object where nothing applies, a copy with the counted teachers and
 * sports area where something does. Notes per adjusted record and stage.
 */
export function applyIndicatorAllowances(
  schools: readonly SchoolRecord[],
  profile: StandardsProfile,
  log: AllowanceLog
): { schools: SchoolRecord[]; notes: Map<SchoolRecord, Partial<Record<Stage, AllowanceNote[]>>> } {
  const notes = new Map<SchoolRecord, Partial<Record<Stage, AllowanceNote[]>>>();
  const a = profile.allowances;
  if (!a || (!a.sharedPeArtTeachers && !a.leasedSportsArea))
    return { schools: schools as SchoolRecord[], notes };
  const out: SchoolRecord[] = [];
  for (const school of schools) {
    const has = STAGES_OF_TYPE[school.type];
    if (!has) {
      out.push(school);
      continue;
    }
    let copy: SchoolRecord | undefined;
    const pending: {
      stage: Stage;
      code: AllowanceMessageCode;
      kind: AllowanceKind;
      params: AllowanceParams;
    }[] = [];

    const range = a.sharedPeArtTeachers;
    if (range) {
      const byStage = (["primary", "junior"] as const)
        .filter((st) => has[st])
        .map((st) => ({ stage: st, teachers: sharedTeachers(school, st) }))
        .filter((x) => x.teachers > 0);
      const teachers = byStage.reduce((n, x) => n + x.teachers, 0);
      if (teachers > 0) {
        const students = compulsoryStudents(school);
        const smallRural = isSmallRuralSchool(school);
        const eligible = school.type === "teachingPoint" || smallRural === true;
        if (!eligible && smallRural === undefined)
          log.finding("sharedTeachersWithoutFact", school, { teachers });
        else if (!eligible) log.finding("sharedTeachersNotRural", school, { teachers });
        else if (students < range.minStudents || students > range.maxStudents)
          log.finding("sharedTeachersOutOfRange", school, {
            teachers,
            students,
            min: range.minStudents,
            max: range.maxStudents,
          });
        else {
          copy ??= { ...school };
          for (const x of byStage) {
            copy[PE_ART_FIELD[x.stage]] += x.teachers;
            pending.push({
              stage: x.stage,
              code: "sharedTeachersCounted",
              kind: "sharedPeArtTeachers",
              params: {
                teachers: x.teachers,
                kind: school.type === "teachingPoint" ? T.teachingPoint : T.smallRuralSchool,
                kindEn: school.type === "teachingPoint" ? E.teachingPoint : E.smallRuralSchool,
                students,
                min: range.minStudents,
                max: range.maxStudents,
              },
            });
          }
        }
      }
    }

    const area = school.leasedSportsArea ?? 0;
    if (a.leasedSportsArea && area > 0) {
      const central = isCentralUrban(school);
      if (central === undefined) log.finding("leasedWithoutFact", school, { area });
      else if (!central) log.finding("leasedNotCentral", school, { area });
      else {
        copy ??= { ...school };
        copy.outdoorSportsArea += area;
        for (const st of ["primary", "junior"] as const)
          if (has[st])
            pending.push({
              stage: st,
              code: "leasedSportsAreaCounted",
              kind: "leasedSportsArea",
              params: { area },
            });
      }
    }

    if (copy) {
      const byStage: Partial<Record<Stage, AllowanceNote[]>> = {};
      for (const p of pending)
        (byStage[p.stage] ??= []).push(log.note(p.kind, p.code, school, p.params, p.stage));
      notes.set(copy, byStage);
      out.push(copy);
    } else out.push(school);
  }
  return { schools: out, notes };
}

/**
 * 学校规模 (§1.4 item 4) under the allowances: a school above its limit that was
 * built by 2010 or has over 50% 随迁子女 is judged by the larger limit.
 */
export function schoolSizeAllowance(
  school: SchoolRecord,
  students: number,
  limit: number,
  profile: StandardsProfile,
  log: AllowanceLog
): { limit: number; allowance?: AllowanceNote } {
  const a = profile.allowances?.schoolSize;
  if (!a || students <= limit) return { limit };
  const allowed = a.byType[school.type] ?? a.default;
  if (allowed <= limit) return { limit };
  const share = Math.round(a.migrantShareAbove * 1000) / 10;
  const older = builtBy(school, a.builtBy);
  if (older === true) {
    const allowance = log.note("olderSchoolSize", "olderSchoolSize", school, {
      builtBy: a.builtBy,
      limit: allowed,
      ...builtText(school),
    });
    return { limit: allowed, allowance };
  }
  const migrants = school.migrantStudents;
  // "Over 50%": exactly half is not over (compared with the rules' tolerance).
  if (
    migrants !== undefined &&
    students > 0 &&
    !atLeast(a.migrantShareAbove * students, migrants)
  ) {
    const allowance = log.note("migrantSchoolSize", "migrantSchoolSize", school, {
      share,
      limit: allowed,
      migrants,
      actual: Math.round((migrants / students) * 10000) / 100,
    });
    return { limit: allowed, allowance };
  }
  if (older === undefined || migrants === undefined) {
    const lacking: [string, string][] = [];
    if (older === undefined) lacking.push([T.yearBuilt, E.yearBuilt]);
    if (migrants === undefined) lacking.push([T.migrantChildren, E.migrantChildren]);
    log.finding("sizeWithoutFact", school, {
      students,
      limit,
      builtBy: a.builtBy,
      share,
      allowed,
      lacking: lacking.map((l) => l[0]).join(T.and),
      lackingEn: lacking.map((l) => l[1]).join(E.and),
    });
  }
  return { limit };
}

/** A room's area, or the lower bound of its band: what it can be judged on. */
interface Room {
  area: number;
  band: boolean;
}

function roomsOf(school: SchoolRecord, kind: "music" | "art"): Room[] | undefined {
  const list = kind === "music" ? school.musicRoomAreas : school.artRoomAreas;
  if (list !== undefined) return list.map((area) => ({ area, band: false }));
  const bands: [number | undefined, number][] =
    kind === "music"
      ? [
          [school.musicRoomsFrom96, 96],
          [school.musicRoomsFrom73To96, 73],
          [school.musicRoomsFrom61To73, 61],
        ]
      : [
          [school.artRoomsFrom90, 90],
          [school.artRoomsFrom67To90, 67],
          [school.artRoomsFrom61To67, 61],
        ];
  if (bands.every(([n]) => n === undefined)) return undefined;
  const rooms: Room[] = [];
  for (const [n, area] of bands)
    for (let i = 0; i < (n ?? 0); i++) rooms.push({ area, band: true });
  return rooms;
}

/** Whether any school gives room areas: then the 专用教室面积 item is computed. */
export function hasRoomAreas(schools: readonly SchoolRecord[]): boolean {
  return schools.some((s) => roomsOf(s, "music") !== undefined || roomsOf(s, "art") !== undefined);
}

/** The largest class of every school on the class sheet, by the normalised name. */
export function largestClasses(classes: readonly ClassRecord[] | null): Map<string, number> {
  const largest = new Map<string, number>();
  for (const c of classes ?? []) {
    const key = matchText(c.school);
    const prev = largest.get(key);
    if (typeof c.students === "number" && (prev === undefined || c.students > prev))
      largest.set(key, c.students);
  }
  return largest;
}

/** The smallest area a room of each kind must have to count (㎡). */
interface RoomMinimum {
  music: number;
  art: number;
}

/**
 * The reduced room areas of the most lenient allowance the school's facts
 * support, or undefined (with a finding when a claim lacks its fact).
 */
function reducedRoomAreas(
  school: SchoolRecord,
  a: NonNullable<StandardsProfile["allowances"]>,
  full: RoomMinimum,
  largest: ReadonlyMap<string, number> | undefined,
  log: AllowanceLog
):
  | { min: RoomMinimum; code: AllowanceMessageCode; kind: AllowanceKind; params: AllowanceParams }
  | undefined {
  if (a.smallRuralRooms && isSmallRuralSchool(school) === true) {
    const below = a.smallRuralRooms.largestClassBelow;
    const big = largest?.get(matchText(school.name));
    if (big === undefined) log.finding("smallRuralWithoutClasses", school, { below });
    else if (big >= below) log.finding("smallRuralLargeClass", school, { largest: big, below });
    else {
      const areas = STAGES_OF_TYPE[school.type]?.junior
        ? a.smallRuralRooms.junior
        : a.smallRuralRooms.primary;
      const min = { music: areas.musicRoomMinArea, art: areas.artRoomMinArea };
      return {
        min,
        code: "smallRuralRooms",
        kind: "smallRuralRooms",
        params: { music: min.music, art: min.art, largest: big, below },
      };
    }
  }
  if (a.olderSchoolRooms) {
    const older = builtBy(school, a.olderSchoolRooms.builtBy);
    if (older === true) {
      const min = {
        music: a.olderSchoolRooms.musicRoomMinArea,
        art: a.olderSchoolRooms.artRoomMinArea,
      };
      return {
        min,
        code: "olderSchoolRooms",
        kind: "olderSchoolRooms",
        params: {
          builtBy: a.olderSchoolRooms.builtBy,
          music: min.music,
          art: min.art,
          ...builtText(school),
        },
      };
    }
    if (older === undefined)
      log.finding("roomsWithoutBuiltYear", school, {
        music: full.music,
        art: full.art,
        builtBy: a.olderSchoolRooms.builtBy,
      });
  }
  return undefined;
}

/** Rooms of a kind at least `min` large. */
function roomsLargeEnough(rooms: readonly Room[], min: number): number {
  let n = 0;
  for (const r of rooms) if (r.area >= min) n++;
  return n;
}

/**
 * The 专用教室面积 item for one school (§1.4 item 3): of each kind, `required`
 * rooms must be at least the minimum area, 96 / 90 ㎡; extra smaller rooms are
 * listed, never failing. Under a profile with the allowances, a school that
 * fails those areas and passes an allowance's reduced ones is judged by them,
 * and only then is the allowance used (application-form.md §2, rulings).
 * Fills the area fields of the finding.
 */
export function judgeRoomAreas(
  finding: SpecialRoomFinding,
  school: SchoolRecord,
  profile: StandardsProfile,
  largest: ReadonlyMap<string, number> | undefined,
  log: AllowanceLog
): void {
  const music = roomsOf(school, "music");
  const art = roomsOf(school, "art");
  let min: RoomMinimum = {
    music: profile.specialRooms.musicRoomMinArea,
    art: profile.specialRooms.artRoomMinArea,
  };
  finding.musicRoomMinArea = min.music;
  finding.artRoomMinArea = min.art;
  if (music === undefined || art === undefined) {
    finding.areaPasses = null;
    return;
  }
  const meets = (m: RoomMinimum): boolean =>
    roomsLargeEnough(music, m.music) >= finding.required &&
    roomsLargeEnough(art, m.art) >= finding.required;
  const a = profile.allowances;
  if (a && !meets(min)) {
    const reduced = reducedRoomAreas(school, a, min, largest, log);
    if (reduced && meets(reduced.min)) {
      min = reduced.min;
      finding.allowance = log.note(reduced.kind, reduced.code, school, reduced.params);
      finding.musicRoomMinArea = min.music;
      finding.artRoomMinArea = min.art;
    }
  }
  const below: NonNullable<SpecialRoomFinding["roomsBelowArea"]> = [];
  const list = (rooms: Room[], kind: "music" | "art", minArea: number): void => {
    for (const r of rooms) {
      if (r.area >= minArea) continue;
      const area = r.band
        ? `${r.area}～${kind === "music" ? (r.area === 61 ? 73 : 96) : r.area === 61 ? 67 : 90}`
        : String(r.area);
      const t = allowanceText("roomBelowArea", {
        room: T.rooms[kind],
        roomEn: kind,
        area,
        min: minArea,
      });
      below.push({
        kind,
        area: r.area,
        band: r.band,
        minArea,
        message: t.message,
        messageEn: t.messageEn,
      });
    }
  };
  list(music, "music", min.music);
  list(art, "art", min.art);
  finding.musicRoomsLargeEnough = roomsLargeEnough(music, min.music);
  finding.artRoomsLargeEnough = roomsLargeEnough(art, min.art);
  finding.roomsBelowArea = below;
  finding.areaPasses =
    finding.musicRoomsLargeEnough >= finding.required &&
    finding.artRoomsLargeEnough >= finding.required;
}

/**
 * The records the indicator values of an assessment were computed from (the
 * allowances' teachers and sports area counted), for code that recomputes
 * values from records, such as the gap plan. Same order, same names and sources.
 */
export function indicatorRecords(
  schools: readonly SchoolRecord[],
  profile: StandardsProfile
): readonly SchoolRecord[] {
  return profile.allowances
    ? applyIndicatorAllowances(schools, profile, new AllowanceLog()).schools
    : schools;
}
