import { evaluate } from "../../../src/core/pipeline";
import { renderCountyNotes, renderFindings } from "../../../src/core/messages";
/**
 * 政府保障程度, 教育质量, 社会认可度 and the vetoes (standards.md §1.4–1.7):
 * every quantitative rule at its boundary, what a missing figure, a 否 or a
 * veto does, and that the thresholds come from the profile.
 */
import { assess } from "../../../src/core/assess";
import { assessCounty } from "../../../src/core/county/assess";
import type { CountyAssessment, CountyFigures, CountyItem } from "../../../src/core/county/types";
import { NATIONAL_2017 } from "../../../src/core/profiles";
import type { StandardsProfile } from "../../../src/core/profiles/profile";
import type { TableReadResult } from "../../../src/core/types";
import {
  emptyFigures,
  flagOf,
  num,
  passingAssessment,
  passingFigures,
  passingSchools,
} from "./helpers";

/** An item's notes as the catalogue says them in Chinese (the text every output shows). */
const noteOf = (i: CountyItem): string => renderCountyNotes(i.notes);

function judge(
  edit: (f: CountyFigures) => void,
  profile: StandardsProfile = NATIONAL_2017
): CountyAssessment {
  const f = passingFigures();
  edit(f);
  return assessCounty(f, passingAssessment(), profile, passingSchools().schools);
}

function gov(c: CountyAssessment, n: number): CountyItem {
  return c.government.items[n - 1];
}
function qual(c: CountyAssessment, n: number): CountyItem {
  return c.quality.items[n - 1];
}

describe("a county that meets every standard (most of them exactly)", () => {
  const c = judge(() => undefined);

  test("15 + 9 items, the recognition and six vetoes, all passing: the county passes", () => {
    expect(c.government.items.map((i) => i.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(c.quality.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c.recognition.items).toHaveLength(1);
    expect(c.vetoes.items).toHaveLength(6);
    for (const p of [c.government, c.quality, c.recognition, c.vetoes]) {
      expect(
        p.items
          .filter((i) => i.status !== "pass")
          .map((i) => `${p.name} ${i.number} ${renderCountyNotes(i.notes)}`)
      ).toEqual([]);
      expect(p.passes).toBe(true);
    }
    expect(c.resources).toEqual({ primary: true, junior: true, passes: true });
    expect(c.passes).toBe(true);
    expect(c.gaps).toEqual([]);
  });

  test("each item has its policy wording, kind, value, threshold and the cells it came from", () => {
    const rotation = gov(c, 11);
    expect(rotation.name).toContain("不低于符合交流条件教师总数的10%");
    expect(rotation.name).toContain("骨干教师不低于交流轮岗教师总数的20%");
    expect(rotation.kind).toBe("quantitative");
    expect(rotation.value).toBeCloseTo(0.1, 12);
    expect(rotation.checks.map((x) => [x.name, x.text, x.threshold, x.status])).toEqual([
      ["交流轮岗比例", "10.00%（100 / 1,000 人）", "≥ 10%", "pass"],
      ["骨干教师占比", "20.00%（20 / 100 人）", "≥ 20%", "pass"],
    ]);
    expect(rotation.sources).toHaveLength(4);
    expect(rotation.sources[0]).toMatchObject({ sheet: "县级指标", column: "B" });
    expect(gov(c, 1).kind).toBe("qualitative");
    expect(gov(c, 3).kind).toBe("computed");
    expect(gov(c, 4).kind).toBe("computed");
    expect(gov(c, 5).kind).toBe("computed");
  });
});

describe("quantitative rules at their boundaries (≥ with the 1e-9 relative tolerance)", () => {
  test.each<[string, number, number, boolean]>([
    ["10% exactly passes", 100, 1000, true],
    ["9.99% fails", 999, 10000, false],
    ["just under 10% by one teacher in ten thousand fails", 9999, 100000, false],
  ])("§1.4 item 11 交流轮岗: %s", (_, rotated, eligible, passes) => {
    const c = judge((f) => {
      f.numbers.rotatedTeachers = num(rotated);
      f.numbers.eligibleForRotation = num(eligible);
      f.numbers.rotatedBackboneTeachers = num(Math.ceil(rotated * 0.2));
    });
    expect(gov(c, 11).checks[0].status).toBe(passes ? "pass" : "fail");
    expect(gov(c, 11).status).toBe(passes ? "pass" : "fail");
    expect(c.government.passes).toBe(passes);
    expect(c.passes).toBe(passes);
  });

  test('a 9.99% rotation is shown with the digits that show it fails, never as "10.00%"', () => {
    const c = judge((f) => {
      f.numbers.rotatedTeachers = num(99999);
      f.numbers.eligibleForRotation = num(1000000);
      f.numbers.rotatedBackboneTeachers = num(20000);
    });
    expect(gov(c, 11).checks[0].text).toBe("9.9999%（99,999 / 1,000,000 人）");
    expect(noteOf(gov(c, 11))).toBe("未达标：交流轮岗比例 9.9999%，低于 10%");
  });

  test("骨干教师: 20% of those rotated passes, 19 of 100 fails", () => {
    expect(
      gov(
        judge((f) => (f.numbers.rotatedBackboneTeachers = num(20))),
        11
      ).checks[1].status
    ).toBe("pass");
    const c = judge((f) => (f.numbers.rotatedBackboneTeachers = num(19)));
    expect(gov(c, 11).checks[1]).toMatchObject({ status: "fail", text: "19.00%（19 / 100 人）" });
  });

  test.each<[string, number, number, boolean]>([
    ["初中 95% passes", 380, 400, true],
    ["初中 94.9% fails", 949, 1000, false],
  ])("§1.4 item 13 就近入学: %s", (_, nearby, intake, passes) => {
    const c = judge((f) => {
      f.numbers.juniorNearbyIntake = num(nearby);
      f.numbers.juniorIntake = num(intake);
    });
    expect(gov(c, 13).checks[1].status).toBe(passes ? "pass" : "fail");
  });

  test("§1.4 item 13: 小学 needs 100%; 999 of 1000 fails", () => {
    const c = judge((f) => {
      f.numbers.primaryNearbyIntake = num(999);
      f.numbers.primaryIntake = num(1000);
    });
    expect(gov(c, 13).checks[0]).toMatchObject({
      name: "小学",
      status: "fail",
      text: "99.90%（999 / 1,000 人）",
      threshold: "≥ 100%",
    });
  });

  test.each<[string, number, number, boolean]>([
    ["85% passes", 85, 100, true],
    ["84.9% fails", 849, 1000, false],
  ])("§1.4 item 15 随迁子女: %s", (_, inPublic, eligible, passes) => {
    const c = judge((f) => {
      f.numbers.migrantChildrenInPublic = num(inPublic);
      f.numbers.migrantChildrenEligible = num(eligible);
    });
    expect(gov(c, 15).status).toBe(passes ? "pass" : "fail");
  });

  test.each<[number, boolean]>([
    [1, true],
    [0.999, false],
  ])("§1.4 item 9 培训完成率 %p", (rate, passes) => {
    expect(
      gov(
        judge((f) => (f.numbers.trainingCompletionRate = num(rate))),
        9
      ).status
    ).toBe(passes ? "pass" : "fail");
  });

  test.each<[number, number, boolean]>([
    [800, 800, true],
    [799, 800, false],
  ])("§1.4 item 12 持证 %p / %p", (certified, teachers, passes) => {
    const c = judge((f) => {
      f.numbers.certifiedTeachers = num(certified);
      f.numbers.fullTimeTeachers = num(teachers);
    });
    expect(gov(c, 12).status).toBe(passes ? "pass" : "fail");
  });

  test.each<[number, boolean]>([
    [6000, true],
    [5999.99, false],
  ])("§1.4 item 7 特教生均公用经费 %p 元", (amount, passes) => {
    const item = gov(
      judge((f) => (f.numbers.specialSchoolFundingPerStudent = num(amount))),
      7
    );
    expect(item.status).toBe(passes ? "pass" : "fail");
    if (!passes)
      expect(noteOf(item)).toBe("未达标：特教生均公用经费 5,999.99 元，低于 6,000 元，差 0.01 元");
  });

  test("§1.4 item 8: pay equal to the civil servants' passes, one 元 less fails; 绩效 否 fails too", () => {
    expect(
      gov(
        judge((f) => (f.numbers.teacherAverageSalary = num(90000))),
        8
      ).status
    ).toBe("pass");
    const lower = gov(
      judge((f) => (f.numbers.teacherAverageSalary = num(89999))),
      8
    );
    expect(lower.status).toBe("fail");
    expect(lower.checks[0].text).toBe("教师 89,999 元 / 公务员 90,000 元（99.999%）");
    expect(noteOf(lower)).toContain("教师平均工资比公务员低 1 元");
    expect(
      gov(
        judge((f) => (f.flags.performancePayFullySet = flagOf(false))),
        8
      ).status
    ).toBe("fail");
  });

  test.each<[number, boolean]>([
    [0.5, true],
    [0.4999, false],
  ])("§1.4 item 14 名额分配 %p", (rate, passes) => {
    expect(
      gov(
        judge((f) => (f.numbers.highSchoolQuotaRate = num(rate))),
        14
      ).status
    ).toBe(passes ? "pass" : "fail");
  });

  test("§1.5 item 1 巩固率 = (毕业生 − 转入 + 转出) / (三年前初一在校生 − 死亡), 95% at the boundary", () => {
    // (188 − 3 + 5) / (201 − 1) = 190 / 200 = 95%: passes.
    const exact = qual(
      judge((f) => {
        f.numbers.juniorGraduates = num(188);
        f.numbers.juniorTransfersIn = num(3);
        f.numbers.juniorTransfersOut = num(5);
        f.numbers.juniorCohortEnrolled = num(201);
        f.numbers.juniorCohortDeaths = num(1);
      }),
      1
    );
    expect(exact.value).toBeCloseTo(0.95, 12);
    expect(exact.status).toBe("pass");
    // (188 − 4 + 5) / 200 = 94.5%: fails.
    const below = qual(
      judge((f) => {
        f.numbers.juniorGraduates = num(188);
        f.numbers.juniorTransfersIn = num(4);
        f.numbers.juniorTransfersOut = num(5);
        f.numbers.juniorCohortEnrolled = num(201);
        f.numbers.juniorCohortDeaths = num(1);
      }),
      1
    );
    expect(below.value).toBeCloseTo(189 / 200, 12);
    expect(below.status).toBe("fail");
    // 94.9% as a reported rate fails.
    const rate = qual(
      judge((f) => {
        delete f.numbers.juniorGraduates;
        delete f.numbers.juniorCohortEnrolled;
        f.numbers.consolidationRate = num(0.949);
      }),
      1
    );
    expect(rate.status).toBe("fail");
  });

  test("§1.5 item 1: blank 转入/转出/死亡 count as 0 and the note says so; a cohort of 0 is missing, not a crash", () => {
    const item = qual(
      judge(() => undefined),
      1
    );
    expect(item.status).toBe("pass");
    expect(noteOf(item)).toBe("转入、转出、死亡人数未填，按 0 计算");
    const zero = qual(
      judge((f) => (f.numbers.juniorCohortEnrolled = num(0))),
      1
    );
    expect(zero.status).toBe("missing");
  });

  test.each<[number, number, boolean]>([
    [95, 100, true],
    [949, 1000, false],
  ])("§1.5 item 2 残疾儿童 %p / %p", (enrolled, total, passes) => {
    const c = judge((f) => {
      f.numbers.disabledEnrolled = num(enrolled);
      f.numbers.disabledTotal = num(total);
    });
    expect(qual(c, 2).status).toBe(passes ? "pass" : "fail");
  });

  test.each<[number, boolean]>([
    [50000, true],
    [49999, false],
  ])("§1.5 item 4 培训经费 %p 元 of 1,000,000 元", (spent, passes) => {
    expect(
      qual(
        judge((f) => (f.numbers.trainingSpending = num(spent))),
        4
      ).status
    ).toBe(passes ? "pass" : "fail");
  });

  test("§1.5 item 9: 差异率 0.15 fails (strictly below), 0.149 passes; level Ⅲ passes, Ⅱ fails", () => {
    const at = (level: number, rate: number) =>
      qual(
        judge(
          (f) =>
            (f.monitoring = [{ subject: "数学", level: num(level), differenceRate: num(rate) }])
        ),
        9
      );
    expect(at(3, 0.149).status).toBe("pass");
    expect(at(3, 0.15).status).toBe("fail");
    expect(noteOf(at(3, 0.15))).toBe("未达标：数学校际差异率 0.15，未低于 0.15");
    expect(at(2, 0.1).status).toBe("fail");
    expect(noteOf(at(2, 0.1))).toBe("未达标：数学学业水平 Ⅱ级，低于 Ⅲ级");
    expect(at(4, 0.1).status).toBe("pass");
  });

  test("§1.5 item 9: one subject failing fails the item; a county-wide 差异率 serves every subject", () => {
    const c = judge(
      (f) =>
        (f.monitoring = [
          { subject: "语文", level: num(3) },
          { subject: "数学", level: num(4) },
          { subject: "", differenceRate: num(0.1) },
        ])
    );
    expect(qual(c, 9).status).toBe("pass");
    expect(qual(c, 9).checks.map((x) => x.name)).toEqual(["语文", "数学", "校际差异率"]);
    const countyWide = judge(
      (f) => (f.monitoring = [{ subject: "", level: num(3), differenceRate: num(0.15) }])
    );
    expect(qual(countyWide, 9).checks.map((x) => [x.name, x.status])).toEqual([
      ["质量监测", "pass"],
      ["校际差异率", "fail"],
    ]);
    const noRate = judge((f) => (f.monitoring = [{ subject: "语文", level: num(3) }]));
    expect(qual(noRate, 9).status).toBe("missing");
    expect(noteOf(qual(noRate, 9))).toBe("未填报：语文校际差异率");
  });

  test("§1.6 社会认可度: 85% passes, 84.9% fails; pooled over the groups' counts", () => {
    expect(judge(() => undefined).recognition.items[0].value).toBeCloseTo(170 / 200, 12);
    expect(judge(() => undefined).recognition.passes).toBe(true);
    const low = judge((f) => (f.survey = { overall: { rate: num(0.849) } }));
    expect(low.recognition.passes).toBe(false);
    expect(low.recognition.items[0].status).toBe("fail");
    expect(judge((f) => (f.survey = { overall: { rate: num(0.85) } })).recognition.passes).toBe(
      true
    );
    // The groups' counts pool: (90 + 79) / 200 = 84.5%.
    const pooled = judge((f) => (f.survey.parents = { responses: num(100), satisfied: num(79) }));
    expect(pooled.recognition.items[0].value).toBeCloseTo(169 / 200, 12);
    expect(pooled.recognition.passes).toBe(false);
    expect(pooled.recognition.groups.map((g) => [g.name, g.rate])).toEqual([
      ["学生", 0.9],
      ["家长", 0.79],
    ]);
  });
});

describe("missing figures, 否 and vetoes", () => {
  test("no figure at all: every county-sheet item is 未填报, the computed ones still judged, nothing throws", () => {
    const c = assessCounty(
      emptyFigures(),
      passingAssessment(),
      NATIONAL_2017,
      passingSchools().schools
    );
    const statuses = c.government.items.map((i) => i.status);
    expect(statuses).toEqual([
      "missing",
      "missing",
      "missing",
      "pass",
      "pass",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
    ]);
    expect(c.quality.items.every((i) => i.status === "missing")).toBe(true);
    expect(c.recognition.items[0].status).toBe("missing");
    expect(c.vetoes.items.every((i) => i.status === "missing")).toBe(true);
    for (const p of [c.government, c.quality, c.recognition, c.vetoes])
      expect(p.passes).toBe(false);
    expect(c.passes).toBe(false);
    expect(gov(c, 11).text).toBe("交流轮岗比例 未填报；骨干教师占比 未填报");
    expect(noteOf(gov(c, 11))).toBe(
      "未填报：交流轮岗教师数、符合交流条件的教师数、交流轮岗的骨干教师数"
    );
    expect(gov(c, 1).text).toBe("未填报");
    expect(c.gaps.filter((g) => g.status === "missing")).toHaveLength(13 + 9 + 1 + 6);
  });

  test("item 3: rooms counted from the school table, their areas from the county sheet; one missing leaves it 未填报", () => {
    const c = judge((f) => delete f.flags.specialRoomAreasMet);
    expect(gov(c, 3).checks.map((x) => [x.name, x.status])).toEqual([
      ["专用教室间数", "pass"],
      ["专用教室面积", "missing"],
    ]);
    expect(gov(c, 3).status).toBe("missing");
  });

  test("items 3–5 come from the Assessment: an oversized school, a large class, a missing room fail them", () => {
    const { schools, classes } = passingSchools();
    schools[0].primaryStudents = 2100;
    schools[1].artRooms = 0;
    classes[0].students = 46;
    const a = assess(schools, classes);
    const c = assessCounty(passingFigures(), a, NATIONAL_2017, schools);
    expect(gov(c, 3).status).toBe("fail");
    expect(noteOf(gov(c, 3))).toContain("乙初中（应各 1 间，音乐 1、美术 0）");
    expect(gov(c, 4).status).toBe("fail");
    expect(noteOf(gov(c, 4))).toContain("甲小学（2100 人，上限 2000 人）");
    expect(gov(c, 5).checks.map((x) => x.status)).toEqual(["fail", "pass"]);
    const noClasses = assessCounty(passingFigures(), assess(schools, null), NATIONAL_2017, schools);
    expect(gov(noClasses, 5)).toMatchObject({ status: "missing", text: "未提供班级表" });
  });

  test("a qualitative 否 fails its item and keeps the evidence note", () => {
    const c = judge(
      (f) => (f.flags.homeworkBurdenReasonable = flagOf(false, "抽查发现部分学校作业量超标"))
    );
    expect(qual(c, 8)).toMatchObject({
      status: "fail",
      text: "否",
      evidence: "抽查发现部分学校作业量超标",
    });
    expect(c.quality.passes).toBe(false);
    expect(c.passes).toBe(false);
  });

  test.each([
    "examAdmission",
    "illegalSchoolChoice",
    "keySchoolsOrClasses",
    "staffingVacancies",
    "majorSafetyAccident",
    "falsifiedData",
  ] as const)("the veto %s sinks a county that passes everything else", (id) => {
    const c = judge((f) => (f.vetoes[id] = flagOf(true)));
    expect(
      c.government.passes && c.quality.passes && c.recognition.passes && c.resources.passes
    ).toBe(true);
    expect(c.vetoes.passes).toBe(false);
    expect(c.vetoes.items.find((i) => i.id === id)).toMatchObject({ status: "fail", text: "有" });
    expect(c.passes).toBe(false);
    expect(c.gaps).toEqual([expect.objectContaining({ part: "vetoes", status: "fail" })]);
  });

  test('a veto not answered is not "no veto"', () => {
    const c = judge((f) => delete f.vetoes.falsifiedData);
    expect(c.vetoes.passes).toBe(false);
    expect(c.passes).toBe(false);
  });

  test("a figure the reader rejected says 数据有误, not 未填报", () => {
    const c = judge((f) => {
      delete f.numbers.rotatedTeachers;
      f.rejected = ["rotatedTeachers"];
    });
    expect(gov(c, 11).checks[0].text).toBe("数据有误（见数据问题）");
    expect(noteOf(gov(c, 11))).toContain("数据有误或未填报：交流轮岗教师数");
  });

  test("资源配置 failing fails the county even when every county figure passes", () => {
    const { schools, classes } = passingSchools();
    schools[0].primaryQualifiedTeachers = 10; // 2.0 per 100 students: far below 4.2
    schools[0].primaryBackboneTeachers = 2;
    const c = assessCounty(passingFigures(), assess(schools, classes), NATIONAL_2017, schools);
    expect(c.resources).toEqual({ primary: false, junior: true, passes: false });
    expect(c.government.passes && c.quality.passes && c.recognition.passes && c.vetoes.passes).toBe(
      true
    );
    expect(c.passes).toBe(false);
  });
});

describe("the thresholds are profile data", () => {
  test("a stricter profile (15% rotation) fails what the national one passes, and its wording says 15%", () => {
    const strict: StandardsProfile = {
      ...NATIONAL_2017,
      id: "strict",
      name: "严格示例",
      county: { ...NATIONAL_2017.county!, teacherRotationShare: 0.15 },
    };
    const f = (x: CountyFigures) => {
      x.numbers.rotatedTeachers = num(120);
      x.numbers.rotatedBackboneTeachers = num(30);
    };
    expect(gov(judge(f), 11).status).toBe("pass");
    const c = judge(f, strict);
    expect(gov(c, 11).status).toBe("fail");
    expect(gov(c, 11).name).toContain("不低于符合交流条件教师总数的15%");
    expect(gov(c, 11).checks[0].threshold).toBe("≥ 15%");
    expect(c.profile).toBe("strict");
  });
});

describe("assessTable", () => {
  const { schools, classes } = passingSchools();
  const read = (county?: CountyFigures): TableReadResult => ({
    schools,
    classes,
    issues: [],
    mapping: [],
    incomplete: false,
    county,
  });

  test("sets Assessment.county when the read has county figures, and only then", () => {
    expect(evaluate(read()).assessment.county).toBeUndefined();
    const a = evaluate(read(passingFigures())).assessment;
    expect(a.county?.passes).toBe(true);
    expect(a.county?.sheet).toBe("县级指标");
  });

  test("a profile without county standards says so instead of judging", () => {
    const { county: _county, ...rest } = NATIONAL_2017;
    const a = evaluate(read(passingFigures()), {
      profile: { ...rest, id: "basic", name: "无县级标准的示例" },
    }).assessment;
    expect(a.county).toBeUndefined();
    expect(renderFindings(a.findings)).toContain(
      "评估标准「无县级标准的示例」不含政府保障程度、教育质量和社会认可度的标准，县级指标表未评估。"
    );
  });
});
