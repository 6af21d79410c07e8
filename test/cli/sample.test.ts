/**
 * `edu-balance sample`: the --json shape, reproducibility (also across the
 * tidy and untidy workbooks of the same county), coverage, and usage errors.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "./runCli";
import { writeXlsx } from "../../src/cli/xlsx";
import { templateHeaders } from "../../src/core/table";
import type { SchoolRecord } from "../../src/core/types";
import { sixOfSevenCounty } from "../core/planning/sixOfSevenCounty";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = path.join(ROOT, "examples", "county-template.xlsx");
const UNTIDY = path.join(ROOT, "examples", "county-untidy.xlsx");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "expected.json"), "utf8"));

interface Entry {
  name: string;
  stage: "primary" | "junior";
  stages: string[];
  reason: string;
  passesWithShortfall: boolean;
  shortfallIndicators: string[];
}

/**
 * The county's schools from expected.json: distinct names, stages, which fail, which are
 * borderline (临界 as assess says it: rounding flips a verdict or an indicator), and the
 * stages passed only by the 6-of-7 rule, with the indicators below their threshold.
 */
interface CountySchool {
  stages: string[];
  locale: string;
  failing: boolean;
  borderline: boolean;
  shortfalls: Record<string, string[]>;
}

function countySchools(): Map<string, CountySchool> {
  const out = new Map<string, CountySchool>();
  for (const stage of ["primary", "junior"]) {
    for (const s of EXPECTED.stages[stage].schools) {
      const e: CountySchool = out.get(s.name) ?? {
        stages: [],
        locale: s.locale,
        failing: false,
        borderline: false,
        shortfalls: {},
      };
      e.stages.push(stage);
      e.failing ||= !s.passes;
      e.borderline ||= s.borderline;
      if (s.passes && s.shortfalls.length > 0)
        e.shortfalls[stage] = s.shortfalls.map((f: { indicator: string }) => f.indicator);
      out.set(s.name, e);
    }
  }
  return out;
}

describe("edu-balance sample --json", () => {
  let doc: {
    schools: Entry[];
    totalSchools: number;
    required: number;
    sampledSchools: number;
    seed: number;
    share: number;
  };
  beforeAll(async () => {
    const r = await run(["sample", TEMPLATE, "--seed", "20240901", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    doc = JSON.parse(r.stdout);
  });

  test('{"schools": [{"name", "stage", "reason"}]}: one entry per school and stage, as in assess --json', () => {
    for (const e of doc.schools) {
      expect(typeof e.name).toBe("string");
      expect(["primary", "junior"]).toContain(e.stage);
      expect(["未达标", "临界", "随机抽取"]).toContain(e.reason);
    }
    const county = countySchools();
    const names = [...new Set(doc.schools.map((e) => e.name))];
    for (const n of names) {
      expect(doc.schools.filter((e) => e.name === n).map((e) => e.stage)).toEqual(
        county.get(n)!.stages
      );
    }
    expect(doc.sampledSchools).toBe(names.length);
  });

  test("at least 40% of the distinct schools, every failing and borderline school, every stage × 城乡 stratum", () => {
    const county = countySchools();
    expect(doc.totalSchools).toBe(county.size);
    expect(doc.required).toBe(Math.ceil(0.4 * county.size));
    const drawn = new Set(doc.schools.map((e) => e.name));
    expect(drawn.size).toBeGreaterThanOrEqual(doc.required);
    for (const [name, s] of county) {
      if (s.failing) expect(doc.schools.find((e) => e.name === name)?.reason).toBe("未达标");
      else if (s.borderline) expect(doc.schools.find((e) => e.name === name)?.reason).toBe("临界");
      // A 6-of-7 pass is a note on the entry of that stage, not a reason.
      for (const e of doc.schools.filter((x) => x.name === name)) {
        expect([name, e.stage, e.passesWithShortfall, e.shortfallIndicators]).toEqual([
          name,
          e.stage,
          s.shortfalls[e.stage] !== undefined,
          s.shortfalls[e.stage] ?? [],
        ]);
      }
    }
    const strata = new Set([...county.values()].map((s) => `${s.stages.join("+")}|${s.locale}`));
    const drawnStrata = new Set(
      [...drawn].map((n) => county.get(n)!).map((s) => `${s.stages.join("+")}|${s.locale}`)
    );
    expect(drawnStrata).toEqual(strata);
  });

  test("the same file and seed give the same list; so does the untidy export of the same county", async () => {
    const again = await run(["sample", TEMPLATE, "--seed", "20240901", "--json"]);
    expect(JSON.parse(again.stdout)).toEqual(doc);
    const untidy = await run(["sample", UNTIDY, "--seed", "20240901", "--json"]);
    expect(JSON.parse(untidy.stdout)).toEqual(doc);
  });

  test("another seed gives another random part, the same mandatory part", async () => {
    const other = JSON.parse(
      (await run(["sample", TEMPLATE, "--seed", "7", "--json"])).stdout
    ) as typeof doc;
    const random = (d: typeof doc): string =>
      d.schools
        .filter((e) => e.reason === "随机抽取")
        .map((e) => e.name)
        .join(",");
    const fixed = (d: typeof doc): string =>
      d.schools
        .filter((e) => e.reason !== "随机抽取")
        .map((e) => e.name)
        .join(",");
    expect(random(other)).not.toBe(random(doc));
    expect(fixed(other)).toBe(fixed(doc));
  });

  test("--share 60% and --share=0.6 are the same and take more schools", async () => {
    const a = JSON.parse(
      (await run(["sample", TEMPLATE, "--seed", "3", "--share", "60%", "--json"])).stdout
    );
    const b = JSON.parse(
      (await run(["sample", TEMPLATE, "--seed", "3", "--share=0.6", "--json"])).stdout
    );
    expect(a).toEqual(b);
    expect(a.required).toBe(Math.ceil(0.6 * doc.totalSchools));
    expect(a.sampledSchools).toBeGreaterThanOrEqual(a.required);
  });
});

describe("issue 22: a county where most schools pass only by 6 of 7", () => {
  const county = sixOfSevenCounty(90);
  const plans = new Map(county.map((s) => [s.record.name, s.plan]));
  let dir: string;
  let file: string;
  const TYPE_NAMES: Record<string, string> = {
    primary: "小学",
    junior: "初中",
    nineYear: "九年一贯制",
  };
  const LOCALE_NAMES: Record<string, string> = { urban: "城区", town: "镇区", rural: "乡村" };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-sample-"));
    file = path.join(dir, "六项达标县.xlsx");
    const t = templateHeaders().schoolSheet;
    const cells = (r: SchoolRecord): (string | number)[] =>
      t.fields.map((f) => {
        if (f === "type") return TYPE_NAMES[r.type];
        if (f === "locale") return LOCALE_NAMES[r.locale!];
        if (f === "ownership") return "公办";
        if (f === "equipmentValue") return r.equipmentValue / 10000; // the template asks for 万元
        const v = (r as unknown as Record<string, unknown>)[f];
        return typeof v === "number" || typeof v === "string" ? v : "";
      });
    await writeXlsx(
      {
        sheets: [
          {
            name: t.name,
            id: "schools",
            columns: t.headers.map(() => ({ width: 10 })),
            rows: [t.headers, ...county.map((s) => cells(s.record))].map((r) =>
              r.map((value) => ({ value }))
            ),
          },
        ],
      },
      file
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--seed 0, 7 and 4294967295: three different lists (three md5s); failing and borderline always in; 6-of-7 passes marked", async () => {
    const hashes = new Set<string>();
    for (const seed of ["0", "7", "4294967295"]) {
      const r = await run(["sample", file, "--seed", seed, "--json"]);
      expect(r.code).toBe(0);
      hashes.add(createHash("md5").update(r.stdout).digest("hex"));
      const doc = JSON.parse(r.stdout) as { schools: Entry[] };
      const names = new Set(doc.schools.map((e) => e.name));
      for (const [name, plan] of plans) {
        if (plan === "failing" || plan === "borderline")
          expect([name, names.has(name)]).toEqual([name, true]);
      }
      let marked = 0;
      for (const e of doc.schools) {
        const plan = plans.get(e.name);
        if (plan === "failing") expect(e.reason).toBe("未达标");
        else if (plan === "borderline") expect(e.reason).toBe("临界");
        else expect([e.name, e.reason]).toEqual([e.name, "随机抽取"]);
        // The 6-of-7 schools' short part is the 初中 part of a 九年一贯制 and of an 初中, the 小学 of a 小学.
        const short = plan === "sixOfSeven" && (e.stages.length === 1 || e.stage === "junior");
        if (short) marked++;
        if (plan !== "borderline")
          expect([e.name, e.stage, e.passesWithShortfall, e.shortfallIndicators]).toEqual([
            e.name,
            e.stage,
            short,
            short ? ["sportsAreaPerStudent"] : [],
          ]);
      }
      expect(marked).toBeGreaterThan(0);
    }
    expect(hashes.size).toBe(3);
  });

  test("the text list notes the rule and the indicator beside those schools", async () => {
    const r = await run(["sample", file, "--seed", "7"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/其中 \d+ 所按“7 项中至少 6 项达标”规则达标，见备注/);
    const listed = r.stdout.split("【名单】")[1].split("\n");
    const json = JSON.parse((await run(["sample", file, "--seed", "7", "--json"])).stdout) as {
      schools: Entry[];
    };
    for (const name of new Set(json.schools.map((e) => e.name))) {
      const line = listed.find((l) => l.includes(` ${name} `))!;
      if (plans.get(name) === "sixOfSeven")
        expect(line).toMatch(
          /按“7 项中至少 6 项达标”规则达标：(小学|初中) 6 项达标，生均体育运动场馆面积未达标/
        );
      else if (plans.get(name) === "clean") expect(line).not.toContain("规则达标");
    }
  });
});

describe("edu-balance sample (text)", () => {
  test("a Chinese list with the seed, the counts and each school once, its stages and reason", async () => {
    const r = await run(["sample", TEMPLATE, "--seed", "42"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("随机种子：42");
    expect(r.stdout).toMatch(/至少抽取 \d+ 所/);
    const json = JSON.parse((await run(["sample", TEMPLATE, "--seed", "42", "--json"])).stdout);
    const names = [...new Set((json.schools as Entry[]).map((e) => e.name))];
    const listed = r.stdout.split("【名单】")[1];
    for (const n of names) {
      const lines = listed.split("\n").filter((l) => l.includes(` ${n} `));
      expect(lines).toHaveLength(1);
      const stages = (json.schools as Entry[])
        .filter((e) => e.name === n)
        .map((e) => (e.stage === "primary" ? "小学" : "初中"));
      expect(lines[0]).toContain(` ${stages.join("、")} `);
      expect(lines[0]).toContain((json.schools as Entry[]).find((e) => e.name === n)!.reason);
    }
  });

  test("--help describes the command", async () => {
    const r = await run(["sample", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--seed");
    expect(r.stdout).toContain("--share");
  });
});

describe("usage errors: exit 2, one Chinese line", () => {
  const cases: [string, string[], RegExp][] = [
    ["no seed", ["sample", TEMPLATE], /--seed/],
    ["a negative seed", ["sample", TEMPLATE, "--seed", "-1"], /./],
    ["a fractional seed", ["sample", TEMPLATE, "--seed", "1.5"], /随机种子/],
    ["a word for a seed", ["sample", TEMPLATE, "--seed", "abc"], /随机种子/],
    ["a seed above 2³²−1", ["sample", TEMPLATE, "--seed", "4294967296"], /随机种子/],
    ["share 0", ["sample", TEMPLATE, "--seed", "1", "--share", "0"], /抽样比例/],
    ["share above 1", ["sample", TEMPLATE, "--seed", "1", "--share", "1.5"], /抽样比例/],
    ["share 120%", ["sample", TEMPLATE, "--seed", "1", "--share", "120%"], /抽样比例/],
    ["share not a number", ["sample", TEMPLATE, "--seed", "1", "--share", "abc"], /抽样比例/],
    ["no file", ["sample", "--seed", "1"], /文件/],
    ["an unknown option", ["sample", TEMPLATE, "--seed", "1", "--bogus"], /未知选项/],
  ];
  test.each(cases)("%s", async (_label, argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^错误：.*[\u4e00-\u9fff]/);
    expect(lines[0]).toMatch(message);
  });

  test("a file that cannot be read: exit 1, one Chinese line", async () => {
    const r = await run([
      "sample",
      path.join(ROOT, "examples", "没有这个文件.xlsx"),
      "--seed",
      "1",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^错误：找不到文件/);
  });
});
