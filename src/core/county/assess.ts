/**
 * The county-level parts of 优质均衡 (standards.md §1.4–1.7): every
 * quantitative item judged against the profile's thresholds (data, not code),
 * the qualitative ones from the county's 是/否 with its evidence note, and what
 * the school table already gives (专用教室, 学校规模, 班额) taken from the
 * Assessment, never asked again. A figure not reported makes its item
 * "未填报": neither a pass nor a crash.
 *
 * Comparisons use the relative tolerance of every rule (atLeast): 10% exactly
 * passes; the 校际差异率 must be strictly below its limit, so 0.15 fails.
 */
import { EN_US, fill, ZH } from "../../i18n";
import { allowanceText } from "../allowances/messages";
import { isEduError } from "../errors";
import type { CountyFigureRef, CountyNote, CountyShortfall } from "../findings";
import { NATIONAL_2017 } from "../profiles/national2017";
import type { CountyStandards, StandardsProfile } from "../profiles/profile";
import { atLeast, consolidationRate } from "../rules";
import { COUNTY_FIELD_RULES } from "../table/countyFields";
import type { Assessment, SchoolRecord } from "../types";
import {
  formatAmount,
  formatLevel,
  formatRatio,
  formatShare,
  formatThresholdShare,
} from "./format";
import {
  COUNTY_CHECK_NAMES_EN,
  COUNTY_PART_NAMES,
  governmentItems,
  qualityItems,
  recognitionItems,
  VETO_NAMES,
  type CountyItemInfo,
} from "./items";
import type {
  CountyAssessment,
  VetoVerdict,
  CountyCellRef,
  CountyCheck,
  CountyFigures,
  CountyFlagId,
  CountyGap,
  CountyItem,
  CountyItemStatus,
  CountyNumber,
  CountyNumberId,
  CountyPart,
  CountyPartId,
  SurveyGroupResult,
} from "./types";
import { SURVEY_GROUP_NAMES, SURVEY_GROUPS, VETO_IDS, type VetoId } from "./types";

const COUNTY_FIELD_LABELS = new Map(COUNTY_FIELD_RULES.map((r) => [r.key, r.label]));
const COUNTY_FIELD_LABELS_EN = new Map(COUNTY_FIELD_RULES.map((r) => [r.key, r.labelEn]));

/** A text in both languages: Chinese for every output, English for the English task pane. */
interface Bi {
  zh: string;
  en: string;
}
const bi = (zh: string, en: string): Bi => ({ zh, en });
const T = ZH.core.assess;
const E = EN_US.core.assess;
const C = ZH.core.checks;
/** A text of this file in both languages, its holes filled alike. */
const say2 = (key: keyof typeof T, params: Readonly<Record<string, string | number>> = {}): Bi =>
  bi(fill(T[key], params), fill(E[key], params));
/** A text without words (numbers, %, ≥): the same in both languages. */
const same = (text: string): Bi => ({ zh: text, en: text });
const NOT_FILLED = say2("notFilled");
const BAD_DATA = say2("badData");
const YES = say2("yes");
const NO = say2("no");
const NONE = say2("none");

/** Sets what a check found, in both languages. */
function say(j: CountyCheck, text: Bi): void {
  j.text = text.zh;
  j.textEn = text.en;
}

/** A check's name in English (a subject is the county's own word, quoted). */
function checkNameEn(name: string): string {
  return COUNTY_CHECK_NAMES_EN[name] ?? `"${name}"`;
}

const field = (key: string): CountyFigureRef => ({ kind: "field", key });

/** One key per note or figure, to say each once. */
const keyOf = (x: CountyNote | CountyFigureRef): string => JSON.stringify(x);

/** Worst first: one failing check fails the item; otherwise one missing check leaves it 未填报. */
function combine(statuses: readonly CountyItemStatus[]): CountyItemStatus {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("missing")) return "missing";
  return "pass";
}

/** A check together with what it used and what it lacked, before it becomes part of an item. */
interface Judged extends CountyCheck {
  sources: CountyCellRef[];
  /** The county sheet's 说明或佐证 of the figures used. */
  notes: string[];
  /** Remarks of the judge (a rate above 100%, blanks read as 0). */
  remarks: CountyNote[];
  /** Figures not reported (or reported wrong), for the item's note. */
  lacking: CountyFigureRef[];
  /** Bad data rather than not reported. */
  bad: boolean;
  /** Why it fails. */
  why?: CountyShortfall[];
}

class Judge {
  constructor(
    readonly figures: CountyFigures,
    readonly s: CountyStandards
  ) {}

  private readonly rejected = new Set(this.figures.rejected);

  number(id: CountyNumberId): CountyNumber | undefined {
    return this.figures.numbers[id];
  }

  /** "未填报" or "数据有误" for figures that are not usable. */
  absent(
    keys: readonly string[],
    alternatives: readonly string[] = []
  ): { text: Bi; bad: boolean; lacking: CountyFigureRef[] } {
    const bad = [...keys, ...alternatives].some((k) => this.rejected.has(k));
    return {
      text: bad ? BAD_DATA : NOT_FILLED,
      bad,
      lacking: keys.map(field),
    };
  }

  private base(name: string, threshold: Bi): Judged {
    return {
      name,
      value: null,
      text: "",
      threshold: threshold.zh,
      textEn: "",
      thresholdEn: threshold.en,
      status: "missing",
      sources: [],
      notes: [],
      remarks: [],
      lacking: [],
      bad: false,
    };
  }

  private use(
    j: Judged,
    ...figures: ({ source: CountyCellRef; note?: string } | undefined)[]
  ): void {
    for (const f of figures) {
      if (!f) continue;
      j.sources.push(f.source);
      if (f.note) j.notes.push(f.note);
    }
  }

  private missing(
    j: Judged,
    keys: readonly string[],
    alternatives: readonly string[] = []
  ): Judged {
    const a = this.absent(keys, alternatives);
    say(j, a.text);
    j.bad = a.bad;
    j.lacking = a.lacking;
    j.status = "missing";
    return j;
  }

  /** A 是/否 item (or a veto, where 有 fails). */
  flag(name: string, id: CountyFlagId): Judged {
    const j = this.base(name, YES);
    const f = this.figures.flags[id];
    if (!f) return this.missing(j, [id]);
    this.use(j, f);
    j.value = f.value ? 1 : 0;
    say(j, f.value ? YES : NO);
    j.status = f.value ? "pass" : "fail";
    if (!f.value) j.why = [{ code: "countyFlagNo", check: name }];
    return j;
  }

  /**
   * A share ≥ threshold, from its counts (part / whole) when both are given,
   * else from the rate the county reports.
   */
  share(
    name: string,
    part: CountyNumberId,
    whole: CountyNumberId | undefined,
    rate: CountyNumberId | undefined,
    threshold: number,
    unit = say2("people")
  ): Judged {
    const j = this.base(name, same(`≥ ${formatThresholdShare(threshold)}`));
    const p = this.number(part);
    const w = whole ? this.number(whole) : undefined;
    const r = rate ? this.number(rate) : undefined;
    let value: number | undefined;
    if (p && w && w.value > 0) {
      this.use(j, p, w);
      value = p.value / w.value;
    } else if (p && whole === undefined) {
      // The figure is the share itself (培训完成率, 名额分配比例).
      this.use(j, p);
      value = p.value;
    } else if (r) {
      this.use(j, r);
      value = r.value;
    } else {
      const keys = whole ? [part, whole] : [part];
      // A rejected figure (bad cell) anywhere in the item says 数据有误, not 未填报.
      const res = this.missing(
        j,
        keys.filter((k) => !this.number(k as CountyNumberId)),
        [...keys, ...(rate ? [rate] : [])]
      );
      if (p && w && w.value === 0 && whole) {
        say(
          res,
          bi(
            fill(T.wholeIsZero, { what: COUNTY_FIELD_LABELS.get(whole) ?? "" }),
            fill(E.wholeIsZero, { what: COUNTY_FIELD_LABELS_EN.get(whole) ?? "" })
          )
        );
        res.lacking = [field(whole)];
      }
      return res;
    }
    j.value = value;
    const meets = atLeast(value, threshold);
    j.status = meets ? "pass" : "fail";
    const shown = formatShare(value, threshold, meets);
    say(
      j,
      p && w && w.value > 0
        ? bi(
            `${shown}（${formatAmount(p.value)} / ${formatAmount(w.value)} ${unit.zh}）`,
            `${shown} (${formatAmount(p.value)} / ${formatAmount(w.value)} ${unit.en})`
          )
        : same(shown)
    );
    if (!meets) j.why = [{ code: "countyShareBelow", check: name, value, threshold }];
    return j;
  }

  /** A money figure ≥ threshold (元). */
  amount(name: string, id: CountyNumberId, threshold: number): Judged {
    const j = this.base(name, say2("atLeastYuan", { n: formatAmount(threshold) }));
    const f = this.number(id);
    if (!f) return this.missing(j, [id]);
    this.use(j, f);
    j.value = f.value;
    const meets = atLeast(f.value, threshold);
    j.status = meets ? "pass" : "fail";
    say(j, say2("yuanAmount", { n: formatAmount(f.value) }));
    if (!meets) j.why = [{ code: "countyAmountBelow", check: name, value: f.value, threshold }];
    return j;
  }
}

/** Each once, in order (by content). */
function distinct<T extends CountyNote | CountyFigureRef>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = keyOf(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function item(
  info: CountyItemInfo,
  checks: Judged[],
  extraNotes: CountyNote[] = [],
  value?: number | null
): CountyItem {
  const status = combine(checks.map((c) => c.status));
  const evidence: string[] = [];
  for (const c of checks) for (const n of c.notes) if (!evidence.includes(n)) evidence.push(n);
  const notes: CountyNote[] = distinct(checks.flatMap((c) => c.remarks));
  notes.push(...extraNotes);
  if (status === "fail") {
    const reasons = checks.flatMap((c) => (c.status === "fail" && c.why ? c.why : []));
    if (reasons.length > 0) notes.push({ code: "countyNotMet", reasons });
  }
  const lacking = distinct(checks.flatMap((c) => c.lacking));
  if (lacking.length > 0)
    notes.push({ code: "countyLacking", bad: checks.some((c) => c.bad), figures: lacking });
  return {
    part: info.part,
    number: info.number,
    id: info.id,
    name: info.name,
    shortName: info.shortName,
    kind: info.kind,
    value:
      value !== undefined
        ? value
        : checks.length === 1
          ? checks[0].value
          : (checks.find((c) => c.value !== null)?.value ?? null),
    text:
      checks.length === 1 ? checks[0].text : checks.map((c) => `${c.name} ${c.text}`).join("；"),
    threshold:
      checks.length === 1
        ? checks[0].threshold
        : checks.map((c) => `${c.name} ${c.threshold}`).join("；"),
    textEn:
      checks.length === 1
        ? checks[0].textEn
        : checks.map((c) => `${checkNameEn(c.name)} ${c.textEn}`).join("; "),
    thresholdEn:
      checks.length === 1
        ? checks[0].thresholdEn
        : checks.map((c) => `${checkNameEn(c.name)} ${c.thresholdEn}`).join("; "),
    status,
    notes,
    evidence: evidence.join("；"),
    checks: checks.map(({ name, value: v, text, threshold, textEn, thresholdEn, status: st }) => ({
      name,
      value: v,
      text,
      threshold,
      textEn,
      thresholdEn,
      status: st,
    })),
    sources: checks.flatMap((c) => c.sources),
  };
}

function part(id: CountyPartId, items: CountyItem[]): CountyPart {
  const count = (s: CountyItemStatus) => items.filter((i) => i.status === s).length;
  return {
    id,
    name: COUNTY_PART_NAMES[id],
    items,
    passes: items.length > 0 && items.every((i) => i.status === "pass"),
    passed: count("pass"),
    failed: count("fail"),
    missing: count("missing"),
  };
}

function computed(
  name: string,
  threshold: Bi,
  status: CountyItemStatus,
  text: Bi,
  why?: CountyShortfall[],
  lacking?: CountyFigureRef
): Judged {
  const j: Judged = {
    name,
    value: null,
    text: text.zh,
    threshold: threshold.zh,
    textEn: text.en,
    thresholdEn: threshold.en,
    status,
    sources: [],
    notes: [],
    remarks: [],
    lacking: lacking ? [lacking] : [],
    bad: false,
  };
  if (why) j.why = why;
  return j;
}

// ---------------------------------------------------------------------------
// 政府保障程度 (§1.4)
// ---------------------------------------------------------------------------

function government(
  judge: Judge,
  a: Assessment,
  profile: StandardsProfile,
  schools: readonly SchoolRecord[] | undefined
): CountyItem[] {
  const s = judge.s;
  const info = governmentItems(profile, s);
  const at = (n: number) => info[n - 1];
  const items: CountyItem[] = [];
  items.push(item(at(1), [judge.flag(C.schoolLayout, "layoutPlanned")]));
  items.push(item(at(2), [judge.flag(C.fourUnified, "fourUnified")]));

  // Item 3: the rooms from the school table; their areas from the county sheet (the school table has no area columns).
  const rooms = a.specialRooms;
  let roomCheck: Judged;
  if (rooms === null) {
    roomCheck = computed(
      C.roomCount,
      roomsPerClasses(profile),
      "missing",
      say2("noRoomCounts"),
      undefined,
      { kind: "schoolRooms" }
    );
  } else {
    const short = rooms.filter((r) => !r.passes);
    roomCheck = computed(
      C.roomCount,
      roomsPerClasses(profile),
      short.length === 0 ? "pass" : "fail",
      say2("roomsEnough", { all: rooms.length, ok: rooms.length - short.length }),
      short.length === 0
        ? undefined
        : [
            {
              code: "countyRoomsShort",
              schools: short.map((r) => ({
                name: r.name,
                required: r.required,
                music: r.musicRooms,
                art: r.artRooms,
              })),
            },
          ]
    );
    roomCheck.value = rooms.length - short.length;
  }
  // With room areas in the school table, the area check is computed per school; otherwise the county sheet's 是/否.
  const judgedRooms = rooms?.filter((r) => r.areaPasses !== undefined) ?? [];
  let areaCheck: Judged;
  if (judgedRooms.length > 0) {
    const given = judgedRooms.filter((r) => r.areaPasses !== null);
    const small = given.filter((r) => r.areaPasses === false);
    const notGiven = judgedRooms.length - given.length;
    const missing =
      notGiven > 0 ? allowanceText("roomAreasNotGiven", { count: notGiven }) : undefined;
    const extra = a.allowances ? allowanceText("roomAreasWithAllowances", {}) : undefined;
    const areaThreshold = allowanceText("roomAreasThreshold", {
      music: profile.specialRooms.musicRoomMinArea,
      art: profile.specialRooms.artRoomMinArea,
      allowances: extra?.message ?? "",
      allowancesEn: extra?.messageEn ?? "",
    });
    const areaText = allowanceText("roomAreasJudged", {
      judged: judgedRooms.length,
      ok: given.length - small.length,
      missing: missing?.message ?? "",
      missingEn: missing?.messageEn ?? "",
    });
    areaCheck = computed(
      C.roomAreas,
      bi(areaThreshold.message, areaThreshold.messageEn),
      small.length > 0 ? "fail" : notGiven > 0 ? "missing" : "pass",
      bi(areaText.message, areaText.messageEn),
      small.length === 0
        ? undefined
        : small.map((r) => {
            const t = allowanceText("roomAreasShort", {
              school: r.name,
              rooms: (r.roomsBelowArea ?? []).map((b) => b.message).join("、"),
              roomsEn: (r.roomsBelowArea ?? []).map((b) => b.messageEn).join(", "),
              musicOk: r.musicRoomsLargeEnough ?? 0,
              artOk: r.artRoomsLargeEnough ?? 0,
              required: r.required,
            });
            return { code: "allowance", message: t.message, messageEn: t.messageEn };
          })
    );
    areaCheck.value = given.length - small.length;
  } else {
    areaCheck = judge.flag(C.roomAreas, "specialRoomAreasMet");
    const areas = say2("roomAreas", {
      music: profile.specialRooms.musicRoomMinArea,
      art: profile.specialRooms.artRoomMinArea,
    });
    areaCheck.threshold = areas.zh;
    areaCheck.thresholdEn = areas.en;
    const reduced = profile.specialRooms.reducedAreas;
    // A province may accept smaller rooms for older or small rural schools (the profile says which).
    if (reduced) {
      // The profile's own words for the schools it concerns (quoted in English).
      const smaller = say2("roomAreasReduced", {
        appliesTo: reduced.appliesTo,
        music: reduced.musicRoomMinArea,
        art: reduced.artRoomMinArea,
      });
      areaCheck.threshold += smaller.zh;
      areaCheck.thresholdEn += smaller.en;
    }
  }
  items.push(item(at(3), [roomCheck, areaCheck]));

  // Item 4: school size, from the school table.
  const big = a.schoolSize.filter((f) => !f.passes);
  const large = largeSchoolLimits(profile);
  items.push(
    item(at(4), [
      a.schoolSize.length === 0
        ? computed(
            C.schoolSize,
            say2("atMostStudents", { n: profile.schoolSize.default }),
            "missing",
            say2("noSchoolToJudge"),
            undefined,
            { kind: "schoolTable" }
          )
        : computed(
            C.schoolSize,
            bi(
              fill(T.atMostStudentsWith, { n: profile.schoolSize.default, large: large.zh }),
              fill(E.atMostStudentsWith, { n: profile.schoolSize.default, large: large.en })
            ),
            big.length === 0 ? "pass" : "fail",
            big.length === 0
              ? say2("noSchoolAbove", { n: a.schoolSize.length })
              : say2(big.length === 1 ? "schoolAbove" : "schoolsAbove", { n: big.length }),
            big.length === 0
              ? undefined
              : [
                  {
                    code: "countySchoolsTooLarge",
                    schools: big.map((f) => ({
                      name: f.name,
                      students: f.students,
                      limit: f.limit,
                    })),
                  },
                ]
          ),
    ])
  );

  // Item 5: class sizes, from the class sheet.
  const cs = a.classSize;
  const limits = profile.classSize.limits;
  if (cs === null) {
    items.push(
      item(at(5), [
        computed(
          C.classSize,
          say2("classLimits", { primary: limits.primary, junior: limits.junior }),
          "missing",
          say2("noClassSheet"),
          undefined,
          { kind: "classTable" }
        ),
      ])
    );
  } else {
    items.push(
      item(
        at(5),
        (["primary", "junior"] as const).map((stage) => {
          const c = cs[stage];
          const j = computed(
            stage === "primary" ? C.primaryClassSize : C.juniorClassSize,
            say2("atMostStudents", { n: limits[stage] }),
            c.passes ? "pass" : "fail",
            c.overLimit === 0
              ? say2("noClassAbove", { n: c.classes })
              : say2("classesAbove", { all: c.classes, over: c.overLimit }),
            c.passes
              ? undefined
              : [
                  {
                    code: "countyClassesTooLarge",
                    stage,
                    count: c.overLimit,
                    limit: limits[stage],
                  },
                ]
          );
          j.value = c.overLimit;
          return j;
        })
      )
    );
  }

  // Item 6: the 是/否, with the schools of the table it concerns.
  const small = (schools ?? []).filter(
    (x) =>
      (x.type === "teachingPoint" || (x.type === "primary" && x.locale === "rural")) &&
      x.primaryStudents < s.smallSchoolFundingStudents
  );
  const smallNote: CountyNote[] =
    schools === undefined
      ? []
      : [
          {
            code: "countySmallSchools",
            students: s.smallSchoolFundingStudents,
            schools: small.map((x) => ({ name: x.name, students: x.primaryStudents })),
          },
        ];
  items.push(item(at(6), [judge.flag(C.smallSchoolFunding, "smallSchoolsFundedAs100")], smallNote));

  const specialSchools = (schools ?? []).filter((x) => x.type === "special");
  const specialCheck = judge.amount(
    C.specialSchoolFunding,
    "specialSchoolFundingPerStudent",
    s.specialSchoolFundingPerStudent
  );
  items.push(
    item(
      at(7),
      [specialCheck],
      specialCheck.status === "missing" && schools !== undefined && specialSchools.length === 0
        ? [{ code: "countyNoSpecialSchool" }]
        : []
    )
  );

  // Item 8: pay compared with the civil servants', and 绩效工资.
  const pay = judge.number("teacherAverageSalary");
  const civil = judge.number("civilServantAverageSalary");
  let payCheck: Judged;
  if (pay && civil && civil.value > 0) {
    const ratio = pay.value / civil.value;
    const meets = atLeast(pay.value, s.teacherPayRatio * civil.value);
    const shown = formatShare(ratio, s.teacherPayRatio, meets);
    payCheck = computed(
      C.teacherPay,
      payThreshold(s.teacherPayRatio),
      meets ? "pass" : "fail",
      say2("pay", { pay: formatAmount(pay.value), civil: formatAmount(civil.value), shown }),
      meets
        ? undefined
        : [{ code: "countyPayBelow", short: s.teacherPayRatio * civil.value - pay.value }]
    );
    payCheck.value = ratio;
    payCheck.sources.push(pay.source, civil.source);
    for (const n of [pay.note, civil.note]) if (n) payCheck.notes.push(n);
  } else {
    payCheck = computed(C.teacherPay, payThreshold(1), "missing", same(""), undefined);
    const a2 = judge.absent(
      ["teacherAverageSalary", "civilServantAverageSalary"].filter(
        (k) => !judge.number(k as CountyNumberId)
      )
    );
    say(payCheck, civil && civil.value === 0 ? say2("civilPayZero") : a2.text);
    payCheck.lacking =
      civil && civil.value === 0 ? [field("civilServantAverageSalary")] : a2.lacking;
    payCheck.bad = a2.bad;
  }
  items.push(item(at(8), [payCheck, judge.flag(C.performancePay, "performancePayFullySet")]));

  items.push(
    item(at(9), [
      judge.share(C.training, "trainingCompletionRate", undefined, undefined, s.trainingCompletion),
    ])
  );
  items.push(item(at(10), [judge.flag(C.staffing, "staffingAllocated")]));
  items.push(
    item(at(11), [
      judge.share(
        C.rotation,
        "rotatedTeachers",
        "eligibleForRotation",
        undefined,
        s.teacherRotationShare
      ),
      judge.share(
        C.backbone,
        "rotatedBackboneTeachers",
        "rotatedTeachers",
        undefined,
        s.backboneRotationShare
      ),
    ])
  );
  items.push(
    item(at(12), [
      judge.share(
        C.certified,
        "certifiedTeachers",
        "fullTimeTeachers",
        "certifiedTeacherRate",
        s.certifiedTeacherShare
      ),
    ])
  );
  items.push(
    item(at(13), [
      judge.share(
        C.primaryNearby,
        "primaryNearbyIntake",
        "primaryIntake",
        "primaryNearbyRate",
        s.nearbyEnrolment.primary
      ),
      judge.share(
        C.juniorNearby,
        "juniorNearbyIntake",
        "juniorIntake",
        "juniorNearbyRate",
        s.nearbyEnrolment.junior
      ),
    ])
  );
  items.push(
    item(at(14), [
      judge.share(C.quota, "highSchoolQuotaRate", undefined, undefined, s.highSchoolQuotaShare),
      judge.flag(C.quotaRural, "highSchoolQuotaFavoursRural"),
    ])
  );
  items.push(
    item(at(15), [
      judge.flag(C.leftBehind, "leftBehindChildrenCare"),
      judge.share(
        C.migrantPublic,
        "migrantChildrenInPublic",
        "migrantChildrenEligible",
        "migrantChildrenPublicRate",
        s.migrantChildrenPublicShare
      ),
    ])
  );
  return items;
}

// ---------------------------------------------------------------------------
// 教育质量 (§1.5)
// ---------------------------------------------------------------------------

function consolidation(judge: Judge): Judged {
  const s = judge.s;
  const name = C.consolidation;
  const graduates = judge.number("juniorGraduates");
  const enrolled = judge.number("juniorCohortEnrolled");
  const rate = judge.number("consolidationRate");
  if (graduates && enrolled) {
    const transfersIn = judge.number("juniorTransfersIn");
    const transfersOut = judge.number("juniorTransfersOut");
    const deaths = judge.number("juniorCohortDeaths");
    // Blank 转入/转出/死亡 mean none: the rate is still computed, and the note says so.
    const assumed = (
      [
        ["transfersIn", transfersIn],
        ["transfersOut", transfersOut],
        ["deaths", deaths],
      ] as const
    )
      .filter(([, f]) => !f)
      .map(([n]) => n);
    const j = computed(
      name,
      same(`≥ ${formatThresholdShare(s.consolidationRate)}`),
      "missing",
      same("")
    );
    for (const f of [graduates, transfersIn, transfersOut, enrolled, deaths]) {
      if (!f) continue;
      j.sources.push(f.source);
      if (f.note) j.notes.push(f.note);
    }
    let value: number;
    try {
      value = consolidationRate(
        graduates.value,
        transfersIn?.value ?? 0,
        transfersOut?.value ?? 0,
        enrolled.value,
        deaths?.value ?? 0
      );
    } catch (e) {
      if (!isEduError(e)) throw e;
      say(j, bi(e.message, e.messageEn));
      j.lacking = [field("juniorCohortEnrolled")];
      return j;
    }
    const meets = atLeast(value, s.consolidationRate);
    j.value = value;
    j.status = meets ? "pass" : "fail";
    const shown = formatShare(value, s.consolidationRate, meets);
    const formula = `(${formatAmount(graduates.value)} − ${formatAmount(transfersIn?.value ?? 0)} + ${formatAmount(transfersOut?.value ?? 0)}) / (${formatAmount(enrolled.value)} − ${formatAmount(deaths?.value ?? 0)})`;
    say(j, bi(`${shown}（${formula}）`, `${shown} (${formula})`));
    if (assumed.length > 0) j.remarks.push({ code: "countyBlankAsZero", figures: assumed });
    if (value > 1) j.remarks.push({ code: "countyConsolidationAbove100" });
    if (!meets)
      j.why = [{ code: "countyShareBelow", check: name, value, threshold: s.consolidationRate }];
    return j;
  }
  if (rate)
    return judge.share(name, "consolidationRate", undefined, undefined, s.consolidationRate);
  const j = computed(
    name,
    same(`≥ ${formatThresholdShare(s.consolidationRate)}`),
    "missing",
    same("")
  );
  const a = judge.absent(
    ["juniorGraduates", "juniorCohortEnrolled"].filter((k) => !judge.number(k as CountyNumberId))
  );
  say(j, a.text);
  j.lacking = a.lacking;
  j.bad = a.bad || judge.figures.rejected.includes("consolidationRate");
  return j;
}

function monitoring(judge: Judge): Judged[] {
  const s = judge.s;
  const minLevel = s.monitoringMinLevel;
  const limit = s.monitoringDifferenceRateBelow;
  const entries = judge.figures.monitoring;
  const levelText = fill(T.levelAtLeast, { level: formatLevel(minLevel) });
  const levelTextEn = fill(E.levelAtLeast, { level: formatLevel(minLevel) });
  const rateText = `< ${limit}`;
  const standard = bi(
    fill(T.monitoringStandard, { level: levelText, rate: rateText }),
    fill(E.monitoringStandard, { level: levelTextEn, rate: rateText })
  );
  const rejected = judge.figures.rejected.filter((k) => k.startsWith("monitoring."));
  if (entries.length === 0) {
    const j = computed(
      C.monitoring,
      standard,
      "missing",
      rejected.length > 0 ? BAD_DATA : NOT_FILLED
    );
    j.lacking = [
      { kind: "monitoring", what: "level", scope: "monitoring" },
      { kind: "monitoring", what: "rate" },
    ];
    j.bad = rejected.length > 0;
    return [j];
  }
  const countyWide = entries.find((e) => e.subject === "");
  const checks: Judged[] = [];
  for (const e of entries) {
    if (e.subject === "" && !e.level) continue;
    const name = e.subject === "" ? C.monitoring : e.subject;
    const j = computed(
      name,
      bi(
        fill(T.subjectStandard, { level: levelText, rate: rateText }),
        fill(E.subjectStandard, { level: levelTextEn, rate: rateText })
      ),
      "missing",
      same("")
    );
    const parts: Bi[] = [];
    const statuses: CountyItemStatus[] = [];
    const why: CountyShortfall[] = [];
    if (e.level) {
      const ok = atLeast(e.level.value, minLevel);
      statuses.push(ok ? "pass" : "fail");
      parts.push(say2("level", { level: formatLevel(e.level.value) }));
      if (!ok)
        why.push({
          code: "countyLevelBelow",
          subject: e.subject,
          level: e.level.value,
          min: minLevel,
        });
      j.value = e.level.value;
      j.sources.push(e.level.source);
      if (e.level.note) j.notes.push(e.level.note);
    } else {
      statuses.push("missing");
      parts.push(say2("levelNotFilled"));
      j.lacking.push(monitoringRef("level", e.subject));
    }
    // The county-wide 差异率 (no subject) is judged once, below, for every subject without its own.
    const own = e.subject === "" ? undefined : e.differenceRate;
    if (own) {
      // Strictly below: a 差异率 equal to the limit fails.
      const below = !atLeast(own.value, limit);
      statuses.push(below ? "pass" : "fail");
      const ratio = formatRatio(own.value, limit, below);
      parts.push(say2("differenceRate", { ratio }));
      if (!below)
        why.push({ code: "countyRateNotBelow", subject: e.subject, value: own.value, limit });
      j.sources.push(own.source);
      if (own.note) j.notes.push(own.note);
    } else if (!countyWide?.differenceRate) {
      statuses.push("missing");
      parts.push(say2("rateNotFilled"));
      j.lacking.push(monitoringRef("rate", e.subject));
    }
    j.status = combine(statuses);
    say(j, bi(parts.map((x) => x.zh).join("，"), parts.map((x) => x.en).join(", ")));
    if (why.length > 0) j.why = why;
    checks.push(j);
  }
  if (countyWide?.differenceRate) {
    const r = countyWide.differenceRate;
    const below = !atLeast(r.value, limit);
    const j = computed(
      C.differenceRate,
      same(rateText),
      below ? "pass" : "fail",
      same(formatRatio(r.value, limit, below)),
      below ? undefined : [{ code: "countyRateNotBelow", value: r.value, limit }]
    );
    j.value = r.value;
    j.sources.push(r.source);
    if (r.note) j.notes.push(r.note);
    checks.push(j);
  }
  if (rejected.length > 0) {
    const j = computed(C.monitoring, standard, "missing", BAD_DATA);
    j.bad = true;
    j.lacking = rejected.map((k): CountyFigureRef => {
      const subject = k.split(".")[1];
      const what = k.endsWith("level") ? "level" : "rate";
      return subject
        ? { kind: "monitoring", what, subject }
        : { kind: "monitoring", what, scope: "county" };
    });
    checks.push(j);
  }
  return checks;
}

function quality(judge: Judge): CountyItem[] {
  const s = judge.s;
  const info = qualityItems(s);
  const at = (n: number) => info[n - 1];
  const monitoringChecks = monitoring(judge);
  // The item's value: the lowest level found (the one that decides it).
  const levels = judge.figures.monitoring
    .map((m) => m.level?.value)
    .filter((v): v is number => v !== undefined);
  return [
    item(at(1), [consolidation(judge)]),
    item(at(2), [
      judge.share(
        C.disabledEnrolment,
        "disabledEnrolled",
        "disabledTotal",
        "disabledEnrolmentRate",
        s.disabledEnrolmentRate
      ),
    ]),
    item(at(3), [judge.flag(C.charter, "charterAndDigitalManagement")]),
    item(at(4), [
      judge.share(
        C.trainingSpending,
        "trainingSpending",
        "publicFundsBudget",
        "trainingSpendingRate",
        s.trainingSpendingShare,
        say2("yuan")
      ),
    ]),
    item(at(5), [judge.flag(C.ict, "ictWellUsed")]),
    item(at(6), [judge.flag(C.moralEducation, "moralEducationGood")]),
    item(at(7), [judge.flag(C.curriculum, "fullCurriculum")]),
    item(at(8), [judge.flag(C.homework, "homeworkBurdenReasonable")]),
    item(at(9), monitoringChecks, [], levels.length > 0 ? Math.min(...levels) : null),
  ];
}

// ---------------------------------------------------------------------------
// 社会认可度 (§1.6)
// ---------------------------------------------------------------------------

function recognition(judge: Judge): { items: CountyItem[]; groups: SurveyGroupResult[] } {
  const s = judge.s;
  const survey = judge.figures.survey;
  const groups: SurveyGroupResult[] = [];
  for (const g of SURVEY_GROUPS) {
    const f = survey[g];
    if (!f) continue;
    const responses = f.responses?.value ?? null;
    const satisfied = f.satisfied?.value ?? null;
    const rate =
      responses !== null && satisfied !== null && responses > 0
        ? satisfied / responses
        : (f.rate?.value ?? null);
    groups.push({ group: g, name: SURVEY_GROUP_NAMES[g], responses, satisfied, rate });
  }
  const threshold = s.recognitionRate;
  const j = computed(
    C.recognition,
    same(`≥ ${formatThresholdShare(threshold)}`),
    "missing",
    same("")
  );
  const overall = survey.overall;
  const allFigures = [
    overall?.rate,
    overall?.responses,
    overall?.satisfied,
    ...SURVEY_GROUPS.flatMap((g) => [survey[g]?.responses, survey[g]?.satisfied, survey[g]?.rate]),
  ];
  for (const f of allFigures) {
    if (!f) continue;
    j.sources.push(f.source);
    if (f.note) j.notes.push(f.note);
  }
  let value: number | null = null;
  let how = same("");
  const counted = groups.filter(
    (g) => g.responses !== null && g.satisfied !== null && g.responses > 0
  );
  if (overall?.rate) {
    value = overall.rate.value;
    how = say2("overallRecognition");
  } else if (overall?.responses && overall.satisfied && overall.responses.value > 0) {
    value = overall.satisfied.value / overall.responses.value;
    const counts = `${formatAmount(overall.satisfied.value)} / ${formatAmount(overall.responses.value)}`;
    how = say2("peopleCounts", { counts });
  } else if (groups.length > 0 && counted.length === groups.length) {
    // Every group gave its counts: the county's rate is all satisfied over all surveyed.
    const satisfied = counted.reduce((sum, g) => sum + (g.satisfied as number), 0);
    const responses = counted.reduce((sum, g) => sum + (g.responses as number), 0);
    value = satisfied / responses;
    how = say2("groupsTotal", {
      groups: groups.length,
      satisfied: formatAmount(satisfied),
      responses: formatAmount(responses),
    });
  } else if (groups.length > 0 && groups.every((g) => g.rate !== null)) {
    value = groups.reduce((sum, g) => sum + (g.rate as number), 0) / groups.length;
    how = say2("groupsMean", { groups: groups.length });
    j.remarks.push({ code: "countySurveyRatesAveraged" });
  }
  if (value === null) {
    const rejected = judge.figures.rejected.some((k) => k.startsWith("survey."));
    say(j, rejected ? BAD_DATA : groups.length > 0 ? say2("surveyIncomplete") : NOT_FILLED);
    j.lacking = [{ kind: "survey" }];
    j.bad = rejected;
  } else {
    const meets = atLeast(value, threshold);
    j.value = value;
    j.status = meets ? "pass" : "fail";
    const shown = formatShare(value, threshold, meets);
    say(j, bi(`${shown}（${how.zh}）`, `${shown} (${how.en})`));
    if (!meets) j.why = [{ code: "countyShareBelow", check: C.recognition, value, threshold }];
    const low = groups.filter((g) => g.rate !== null && !atLeast(g.rate, threshold));
    if (low.length > 0)
      j.remarks.push({
        code: "countySurveyGroupsLow",
        threshold,
        groups: low.map((g) => ({ group: g.group, rate: g.rate as number })),
      });
  }
  return { items: [item(recognitionItems(s)[0], [j])], groups };
}

// ---------------------------------------------------------------------------
// 一票否决 (§1.7)
// ---------------------------------------------------------------------------

function vetoes(judge: Judge): CountyItem[] {
  return VETO_IDS.map((id, i) => {
    const names = VETO_NAMES[id];
    const info: CountyItemInfo = {
      part: "vetoes",
      number: i + 1,
      id,
      kind: "qualitative",
      name: names.name,
      shortName: names.shortName,
    };
    const f = judge.figures.vetoes[id];
    const j = computed(names.shortName, NONE, "missing", same(""));
    if (!f) {
      const a = judge.absent([id]);
      say(j, a.text);
      j.lacking = a.lacking;
      j.bad = a.bad;
    } else {
      j.sources.push(f.source);
      if (f.note) j.notes.push(f.note);
      j.value = f.value ? 1 : 0;
      say(j, f.value ? say2("occurred") : NONE);
      j.status = f.value ? "fail" : "pass";
      if (f.value) j.why = [{ code: "countyVetoApplies", veto: id }];
    }
    return item(info, [j]);
  });
}

// ---------------------------------------------------------------------------

/**
 * Judges the county-level parts. `assessment` gives 资源配置 and the computed
 * items (专用教室, 学校规模, 班额); `schools` (the school table) lets item 6 name
 * the small schools it concerns. Uses the profile's `county` standards, or the
 * national ones when the profile has none.
 */
export function assessCounty(
  figures: CountyFigures,
  assessment: Assessment,
  profile: StandardsProfile = NATIONAL_2017,
  schools?: readonly SchoolRecord[]
): CountyAssessment {
  const standards = profile.county ?? (NATIONAL_2017.county as CountyStandards);
  const judge = new Judge(figures, standards);
  const gov = part("government", government(judge, assessment, profile, schools));
  const qual = part("quality", quality(judge));
  const rec = recognition(judge);
  const recognitionPart = { ...part("recognition", rec.items), groups: rec.groups };
  const veto = part("vetoes", vetoes(judge));
  const { primary, junior } = assessment.stages;
  const resources = {
    primary: primary.passes,
    junior: junior.passes,
    // A stage not judged (a partial table) leaves 资源配置 unjudged, unless the other fails.
    passes:
      primary.passes === false || junior.passes === false
        ? false
        : primary.passes === null || junior.passes === null
          ? null
          : true,
  };
  const gaps: CountyGap[] = [];
  for (const p of [gov, qual, recognitionPart, veto]) {
    for (const i of p.items) {
      if (i.status === "pass") continue;
      gaps.push({
        part: p.id,
        partName: p.name,
        number: i.number,
        shortName: i.shortName,
        status: i.status,
        notes: i.notes,
      });
    }
  }
  return {
    profile: profile.id,
    sheet: figures.sheet,
    resources,
    government: gov,
    quality: qual,
    recognition: recognitionPart,
    vetoes: veto,
    vetoVerdict: vetoVerdict(veto),
    // A partial table gives no verdict (the parts are still judged one by one).
    passes:
      resources.passes === null
        ? null
        : resources.passes && gov.passes && qual.passes && recognitionPart.passes && veto.passes,
    gaps,
  };
}

/** 一票否决, decided once: the vetoes that apply, those not answered (a veto not answered is not a pass). */
function vetoVerdict(veto: CountyPart): VetoVerdict {
  const ids = (status: CountyItemStatus) =>
    veto.items.filter((i) => i.status === status).map((i) => i.id as VetoId);
  const applied = ids("fail");
  const unanswered = ids("missing");
  return {
    state: applied.length > 0 ? "applies" : unanswered.length > 0 ? "unanswered" : "none",
    applied,
    unanswered,
  };
}

/** A 质量监测 figure a subject lacks; the county-wide entry (no subject) is said as 质量监测. */
function monitoringRef(what: "level" | "rate", subject: string): CountyFigureRef {
  return subject === ""
    ? { kind: "monitoring", what, scope: "monitoring" }
    : { kind: "monitoring", what, subject };
}

/** "每 12 个班各 1 间": the rooms item's standard. */
function roomsPerClasses(profile: StandardsProfile): Bi {
  const n = profile.specialRooms.classesPerRoom;
  return say2("roomsPerClasses", { n });
}

/** The pay item's standard: not below the civil servants' pay (or a share of it). */
function payThreshold(ratio: number): Bi {
  return ratio === 1
    ? say2("notBelowCivil")
    : say2("notBelowCivilShare", { share: formatThresholdShare(ratio) });
}

/** "九年一贯制、十二年一贯制 ≤ 2500 人", or each apart where a province sets 2400 and 3000. */
function largeSchoolLimits(profile: StandardsProfile): Bi {
  const nine = profile.schoolSize.byType.nineYear ?? profile.schoolSize.default;
  const twelve = profile.schoolSize.byType.twelveYear ?? profile.schoolSize.default;
  return nine === twelve ? say2("largeSame", { nine }) : say2("largeEach", { nine, twelve });
}
