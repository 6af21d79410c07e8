/**
 * The county items' notes are coded findings said by the one catalogue: in
 * English (the English task pane) they say nothing in Chinese but the county's
 * own names, quoted (schools, 质量监测 subjects); in Chinese every host gets the
 * words the outputs have always had.
 */
import { assess } from "../../../src/core/assess";
import { assessCounty } from "../../../src/core/county/assess";
import type { CountyAssessment, CountyFigures, CountyItem } from "../../../src/core/county/types";
import {
  COUNTY_CHECK_NAMES_EN,
  COUNTY_ITEM_NAMES_EN,
  VETO_NAMES,
} from "../../../src/core/county/items";
import { renderCountyNotes } from "../../../src/core/messages";
import { NATIONAL_2017 } from "../../../src/core/profiles";
import { emptyFigures, flagOf, num, passingFigures, passingSchools } from "./helpers";

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** The English without the quoted names it may carry. */
const unquoted = (en: string): string => en.replace(/"[^"]*"/g, "");

function items(c: CountyAssessment): CountyItem[] {
  return [c.government, c.quality, c.recognition, c.vetoes].flatMap((p) => p.items);
}

/** A county failing or missing something in every part, with Chinese names everywhere. */
function failingCounty(edit: (f: CountyFigures) => void): CountyAssessment {
  const { schools, classes } = passingSchools();
  schools[0].primaryStudents = 2600; // 甲小学 oversized
  schools[1].artRooms = 0; // 乙初中 short of an art room
  classes[0].students = 60;
  schools.push({
    ...schools[0],
    name: "丙教学点",
    type: "teachingPoint",
    locale: "rural",
    primaryStudents: 40,
  });
  const f = passingFigures();
  edit(f);
  return assessCounty(f, assess(schools, classes), NATIONAL_2017, schools);
}

const SCENARIOS: [string, (f: CountyFigures) => void][] = [
  [
    "below the standards",
    (f) => {
      f.flags.layoutPlanned = flagOf(false, "规划未批复");
      f.numbers.rotatedTeachers = num(50);
      f.numbers.specialSchoolFundingPerStudent = num(5000);
      f.numbers.teacherAverageSalary = num(80000);
      f.numbers.juniorGraduates = num(120); // above 100%, with 转入/转出/死亡 blank
      f.monitoring = [
        { subject: "数学", level: num(2), differenceRate: num(0.2) },
        { subject: "", differenceRate: num(0.16) },
      ];
      f.survey = { students: { rate: num(0.7) }, parents: { rate: num(0.8) } };
      f.vetoes.examAdmission = flagOf(true);
    },
  ],
  [
    "not filled in or wrong",
    (f) => {
      const blank = emptyFigures();
      Object.assign(f, {
        ...blank,
        rejected: ["eligibleForRotation", "monitoring.语文.level", "survey.students.rate"],
      });
      f.numbers.civilServantAverageSalary = num(0);
      f.numbers.disabledEnrolled = num(5);
      f.numbers.disabledTotal = num(0);
    },
  ],
  [
    "a subject without its figures",
    (f) => {
      f.monitoring = [
        { subject: "语文", level: num(3) },
        { subject: "", level: num(3) },
      ];
      delete f.vetoes.falsifiedData;
    },
  ],
];

describe("county notes in English", () => {
  test.each(SCENARIOS)(
    "%s: every open item has notes, in English without Chinese but quoted names",
    (_, edit) => {
      const c = failingCounty(edit);
      const open = items(c).filter((i) => i.status !== "pass");
      expect(open.length).toBeGreaterThan(3);
      for (const i of items(c)) {
        const zh = renderCountyNotes(i.notes, "zh");
        const en = renderCountyNotes(i.notes, "en");
        if (i.status === "fail") expect(i.notes.map((n) => n.code)).toContain("countyNotMet");
        if (i.notes.length === 0) continue;
        expect(zh).toMatch(CJK);
        expect(en.length).toBeGreaterThan(0);
        expect(unquoted(en)).not.toMatch(CJK);
      }
      for (const g of c.gaps) expect(unquoted(renderCountyNotes(g.notes, "en"))).not.toMatch(CJK);
    }
  );

  test.each(SCENARIOS)(
    "%s: what each item found and its standard are in English too (the English pane's item line)",
    (_, edit) => {
      const { schools } = passingSchools();
      // Without a class sheet or county figures too: the computed items' "no class sheet" texts.
      const noClasses = assessCounty(emptyFigures(), assess(schools, null), NATIONAL_2017, schools);
      for (const i of [...items(failingCounty(edit)), ...items(noClasses)]) {
        for (const c of [i, ...i.checks]) {
          if (c.text) expect(c.textEn).not.toBe("");
          expect(c.thresholdEn).not.toBe("");
          expect(unquoted(c.textEn)).not.toMatch(CJK);
          expect(unquoted(c.thresholdEn)).not.toMatch(CJK);
        }
      }
    }
  );

  test("item lines in English: shares, money, counts and several checks", () => {
    const c = failingCounty(SCENARIOS[0][1]);
    const g = (n: number) => c.government.items[n - 1];
    expect([g(1).textEn, g(1).thresholdEn]).toEqual(["no", "yes"]);
    expect(g(7).textEn).toBe("5,000 yuan");
    expect(g(7).thresholdEn).toBe("≥ 6,000 yuan");
    expect(g(11).textEn).toMatch(/^Teacher rotation share 5\.00% \(50 \/ 1,000 people\); /);
    expect(g(5).textEn).toMatch(/^Primary class size 1 of \d+ classes above; /);
    expect(c.quality.items[8].textEn).toContain('"数学" level Ⅱ, difference rate 0.20');
    expect(c.vetoes.items[0].textEn).toBe("occurred");
    // The Chinese the outputs have always had.
    expect(g(7).text).toBe("5,000 元");
    expect(c.vetoes.items[0].text).toBe("有");
  });

  test("the notes name what they concern: quoted names, figures, English check names", () => {
    const c = failingCounty(SCENARIOS[0][1]);
    const en = (part: "government" | "quality" | "recognition" | "vetoes", n: number) =>
      renderCountyNotes(c[part].items[n - 1].notes, "en");
    expect(en("government", 1)).toBe("Not met: School layout planned: no");
    expect(en("government", 3)).toContain('"乙初中" (needs 1 of each; music 1, art 0)');
    expect(en("government", 4)).toContain('"甲小学" (2600 students, limit 2000)');
    expect(en("government", 5)).toContain("Primary: 1 classes above 45 students");
    expect(en("government", 6)).toContain('"丙教学点" (40 pupils)');
    expect(en("government", 7)).toBe(
      "Not met: Special-school funding per pupil 5,000 yuan, below 6,000 yuan (short by 1,000 yuan)"
    );
    expect(en("government", 8)).toBe(
      "Not met: Teachers' average pay is 10,000 yuan below civil servants'"
    );
    expect(en("government", 11)).toBe("Not met: Teacher rotation share 5.00%, below 10%");
    expect(en("quality", 1)).toBe(
      "Transfers in, transfers out, deaths not filled in, counted as 0; Retention above 100%: check the graduates and the transfers in and out"
    );
    expect(en("quality", 9)).toBe(
      'Not met: "数学" achievement level Ⅱ, below Ⅲ; "数学" difference rate between schools 0.20, not below 0.15; Difference rate between schools 0.16, not below 0.15'
    );
    expect(en("recognition", 1)).toContain(
      "Surveyed groups below 85%: students 70.00%, parents 80.00%"
    );
    expect(en("vetoes", 1)).toBe("Not met: Pupils admitted by examination (one-vote veto)");
    // The same items in Chinese, as every output has said them.
    expect(renderCountyNotes(c.quality.items[8].notes)).toBe(
      "未达标：数学学业水平 Ⅱ级，低于 Ⅲ级；数学校际差异率 0.20，未低于 0.15；校际差异率 0.16，未低于 0.15"
    );
    expect(renderCountyNotes(c.vetoes.items[0].notes)).toBe(
      "未达标：存在以考试方式招生（一票否决）"
    );
  });

  test("missing and wrong figures are named by the template's English labels", () => {
    const c = failingCounty(SCENARIOS[1][1]);
    const en = (part: "government" | "quality" | "recognition", n: number) =>
      renderCountyNotes(c[part].items[n - 1].notes, "en");
    expect(en("government", 8)).toContain("civil servants' average pay");
    expect(en("government", 11)).toMatch(/^Wrong or not filled in: /);
    // No 质量监测 figure is usable (语文's level was wrong): both figures are named.
    expect(en("quality", 9)).toBe(
      "Wrong or not filled in: quality monitoring achievement level, difference rate between schools"
    );
    expect(en("recognition", 1)).toBe(
      "Wrong or not filled in: public recognition (or each surveyed group's numbers surveyed and satisfied)"
    );
  });

  test("every check the judge names has an English name (a subject is the county's own word)", () => {
    const names = new Set<string>();
    for (const [, edit] of SCENARIOS)
      for (const i of items(failingCounty(edit))) for (const c of i.checks) names.add(c.name);
    const { schools } = passingSchools();
    const noClasses = assessCounty(passingFigures(), assess(schools, null), NATIONAL_2017, schools);
    for (const i of items(noClasses)) for (const c of i.checks) names.add(c.name);
    // A veto's check is its short name (VETO_NAMES_EN has their English).
    const vetoes = new Set(Object.values(VETO_NAMES).map((v) => v.shortName));
    const missing = [...names].filter(
      (n) => !COUNTY_CHECK_NAMES_EN[n] && !vetoes.has(n) && n !== "数学" && n !== "语文"
    );
    expect(missing).toEqual([]);
    expect(names.size).toBeGreaterThan(30);
    // …and every item its English short name (the English pane's item line).
    const ids = items(noClasses).map((i) => i.id);
    expect(ids).toHaveLength(15 + 9 + 1 + 6);
    expect(ids.filter((id) => !COUNTY_ITEM_NAMES_EN[id])).toEqual([]);
  });

  test("the vetoes are decided once: what applies, what was not answered", () => {
    expect(failingCounty(SCENARIOS[0][1]).vetoVerdict).toEqual({
      state: "applies",
      applied: ["examAdmission"],
      unanswered: [],
    });
    expect(failingCounty(SCENARIOS[2][1]).vetoVerdict).toEqual({
      state: "unanswered",
      applied: [],
      unanswered: ["falsifiedData"],
    });
    expect(failingCounty(() => undefined).vetoVerdict.state).toBe("none");
  });
});
