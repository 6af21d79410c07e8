/**
 * The county part of examples/expected.json checked by hand against the sample's
 * raw county figures (sampleCountyFigures), and the CLI's summary sections for it.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { sampleCounty, sampleCountyFigures } from "../../src/cli/examples/sampleCounty";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8"));
const c = expected.county;
const figures = new Map(
  sampleCountyFigures().map((f) => [f.param ? `${f.key}@${f.param}` : f.key, f.value])
);
const fig = (key: string): number => Number(figures.get(key));

type Item = {
  number: number;
  status: string;
  value: number | null;
  checks: { name: string; value: number | null; status: string }[];
};
const item = (part: string, n: number): Item => c[part].items.find((i: Item) => i.number === n);

describe("expected.json: the county part, by hand", () => {
  test("present, with every part, and without the cells it was read from (the layout must not change it)", () => {
    expect(Object.keys(c)).toEqual([
      "profile",
      "resources",
      "government",
      "quality",
      "recognition",
      "vetoes",
      "passes",
      "gaps",
    ]);
    expect(c.government.items).toHaveLength(15);
    expect(c.quality.items).toHaveLength(9);
    expect(c.vetoes.items).toHaveLength(6);
    const text = JSON.stringify(c);
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('"sheet"');
  });

  test("交流轮岗 91 / 1000 = 9.1% < 10%: the failing item; 骨干 23 / 91 ≥ 20%", () => {
    const rotation = item("government", 11);
    expect(rotation.checks[0].value).toBeCloseTo(
      fig("rotatedTeachers") / fig("eligibleForRotation"),
      12
    );
    expect(rotation.checks[0].value).toBeLessThan(0.1);
    expect(rotation.checks[0].status).toBe("fail");
    expect(rotation.checks[1].value).toBeCloseTo(23 / 91, 12);
    expect(rotation.checks[1].status).toBe("pass");
    expect(rotation.status).toBe("fail");
  });

  test("就近入学: 小学 3216 / 3216 = 100%, 初中 2391 / 2480 ≥ 95%", () => {
    const nearby = item("government", 13);
    expect(nearby.checks.map((x) => x.value)).toEqual([1, 2391 / 2480]);
    expect(nearby.status).toBe("pass");
  });

  test("items 3–5 fail from the school and class tables, as the sample was built to", () => {
    const county = sampleCounty();
    expect(item("government", 3).status).toBe("fail"); // 白马镇新华村小学 is an 美术 room short
    expect(item("government", 4).status).toBe(
      expected.oversizedSchools.length > 0 ? "fail" : "pass"
    );
    const over = county.classes.filter((x) =>
      x.stage === "primary" ? x.students > 45 : x.students > 50
    );
    expect(item("government", 5).status).toBe(over.length > 0 ? "fail" : "pass");
  });

  test("巩固率 (2236 − 58 + 64) / (2310 − 2) ≥ 95%; 残疾儿童 212 / 221; 培训经费 1,864,000 / 34,200,000 元", () => {
    const rate =
      (fig("juniorGraduates") - fig("juniorTransfersIn") + fig("juniorTransfersOut")) /
      (fig("juniorCohortEnrolled") - fig("juniorCohortDeaths"));
    expect(item("quality", 1).value).toBeCloseTo(rate, 12);
    expect(item("quality", 1).status).toBe("pass");
    expect(item("quality", 2).value).toBeCloseTo(212 / 221, 12);
    expect(item("quality", 4).value).toBeCloseTo(186.4 / 3420, 12);
    expect(item("quality", 4).status).toBe("pass");
  });

  test("质量监测: 科学 差异率 0.16 is not below 0.15, the only failing subject", () => {
    const m = item("quality", 9);
    expect(m.checks.filter((x) => x.status !== "pass").map((x) => x.name)).toEqual(["科学"]);
    expect(m.status).toBe("fail");
  });

  test("社会认可度 pools the groups: Σ satisfied / Σ surveyed ≥ 85%", () => {
    const groups = [
      "students",
      "parents",
      "teachers",
      "principals",
      "npcDeputies",
      "cppccMembers",
      "residents",
    ];
    const satisfied = groups.reduce((s, g) => s + fig(`survey.satisfied@${g}`), 0);
    const responses = groups.reduce((s, g) => s + fig(`survey.responses@${g}`), 0);
    expect(c.recognition.items[0].value).toBeCloseTo(satisfied / responses, 12);
    expect(c.recognition.passes).toBe(true);
    expect(c.recognition.groups).toHaveLength(7);
  });

  test("no veto; 资源配置 as the stages say; the county does not pass; the gaps are the five failing items", () => {
    expect(c.vetoes.passes).toBe(true);
    expect(c.resources).toEqual({
      primary: expected.stages.primary.passes,
      junior: expected.stages.junior.passes,
      passes: false,
    });
    expect(c.passes).toBe(false);
    expect(
      c.gaps.map(
        (g: { partName: string; number: number; status: string }) =>
          `${g.partName}${g.number}${g.status}`
      )
    ).toEqual([
      "政府保障程度3fail",
      "政府保障程度4fail",
      "政府保障程度5fail",
      "政府保障程度11fail",
      "教育质量9fail",
    ]);
  });
});

describe("the readable summary", () => {
  test("a section per part, the vetoes and the overall verdict", async () => {
    let out = "";
    const code = await main(["assess", path.join(EXAMPLES, "county-template.xlsx")], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    expect(out).toContain("【政府保障程度】 15 项中 11 项达标，4 项未达标。政府保障程度：未达标");
    expect(out).toMatch(/交流轮岗比例\s+9\.10%（91 \/ 1,000 人）\s+≥ 10%\s+未达标/);
    expect(out).toContain("11. 教师交流轮岗：未达标：交流轮岗比例 9.10%，低于 10%");
    expect(out).toContain("【教育质量】 9 项中 8 项达标，1 项未达标。教育质量：未达标");
    expect(out).toContain(
      "【社会认可度】 89.13%（7 类调查对象合计 3,124 / 3,505 人），标准 ≥ 85%：达标"
    );
    expect(out).toContain("【一票否决】 无");
    expect(out).toContain("县域优质均衡：未达到");
  });
});
