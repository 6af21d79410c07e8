/**
 * `--profile NAME|FILE` end to end (issue 5 §2): the built-in basic-2012 with its
 * eight indicators and composite CV in the summary, the JSON and every 申报表
 * sheet; a provincial profile file; the national document unchanged; and the
 * command-line errors.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "./runCli";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import { BASIC_2012 } from "../../src/core/profiles";
import { templateHeaders } from "../../src/core/table";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = path.join(ROOT, "examples", "county-template.xlsx");
const EXPECTED_TEXT = fs.readFileSync(path.join(ROOT, "examples", "expected.json"), "utf8");
const EXAMPLE_PROFILE = path.join(ROOT, "profiles", "example-province.json");

/** Population, student-weighted CV: √(Σ P(X−X̄)²/ΣP) / X̄ (standards.md §1.3), written out independently. */
function cv(values: number[], weights: number[]): number {
  const P = weights.reduce((a, b) => a + b, 0);
  const mean = values.reduce((a, x, i) => a + weights[i] * x, 0) / P;
  const ss = values.reduce((a, x, i) => a + weights[i] * (x - mean) ** 2, 0);
  return Math.sqrt(ss / P) / mean;
}

/** Five schools in the basic-2012 template: [name, type, students, 教学用房, 室内体育, 运动场, 设备万元, 计算机, 图书, 教职工, 高学历, 中级]. */
const SCHOOLS: [
  string,
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
][] = [
  ["甲小学", "小学", 200, 1200, 200, 1600, 60, 20, 6000, 12, 10, 6],
  ["乙小学", "小学", 100, 300, 0, 300, 10, 5, 1000, 5, 5, 1],
  ["丙小学", "小学", 300, 1500, 150, 2700, 45, 24, 7500, 16, 15, 8],
  ["城关中学", "初中", 400, 2800, 400, 4400, 120, 40, 12000, 34, 30, 20],
  ["河西中学", "初中", 200, 1000, 0, 1400, 40, 10, 4000, 15, 14, 6],
];

let dir: string;
let workbook2012: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-profile-"));
  const t = templateHeaders(BASIC_2012).schoolSheet;
  const rows = SCHOOLS.map(
    ([
      name,
      type,
      students,
      teaching,
      indoor,
      outdoor,
      equipment,
      computers,
      books,
      staff,
      qualified,
      title,
    ]) => {
      const p = type === "小学";
      const byField: Record<string, string | number> = {
        name,
        code: "",
        type,
        ownership: "公办",
        locale: "城区",
        group: "",
        primaryStudents: p ? students : 0,
        juniorStudents: p ? 0 : students,
        seniorStudents: 0,
        primaryClasses: p ? 6 : 0,
        juniorClasses: p ? 0 : 8,
        primaryQualifiedTeachers: p ? qualified : 0,
        juniorQualifiedTeachers: p ? 0 : qualified,
        primaryStaff: p ? staff : 0,
        juniorStaff: p ? 0 : staff,
        primaryIntermediateTitleTeachers: p ? title : 0,
        juniorIntermediateTitleTeachers: p ? 0 : title,
        teachingArea: teaching,
        indoorSportsArea: indoor,
        outdoorSportsArea: outdoor,
        equipmentValue: equipment,
        computers,
        books,
        musicRooms: 1,
        artRooms: 1,
        // The official form's per-school columns (blank: 未填报 on the form, never an error).
        sponsor: "",
        grades: "",
        primaryFullTimeTeachers: "",
        juniorFullTimeTeachers: "",
      };
      return t.fields.map((f) => {
        if (!(f in byField)) throw new Error(`no value for ${f}`);
        return byField[f];
      });
    }
  );
  workbook2012 = path.join(dir, "基本均衡县.xlsx");
  await writeXlsx(
    {
      sheets: [
        {
          name: t.name,
          id: "schools",
          columns: t.headers.map(() => ({ width: 10 })),
          rows: [t.headers, ...rows].map((r) => r.map((value) => ({ value }))),
        },
      ],
    },
    workbook2012
  );
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("--profile basic-2012", () => {
  test("--json: the eight indicators, their CVs and the composite verdict per stage", async () => {
    const r = await run(["assess", workbook2012, "--profile", "basic-2012", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe("basic-2012");
    expect(doc.profileName).toBe(BASIC_2012.name);
    const primary = doc.stages.primary;
    expect(Object.keys(primary.indicators)).toEqual([...BASIC_2012.indicators]);

    // 生均图书册数 of the three 小学: 6000/200 = 30, 1000/100 = 10, 7500/300 = 25, weighted by 200, 100, 300.
    expect(primary.indicators.booksPerStudent.cv).toBeCloseTo(
      cv([30, 10, 25], [200, 100, 300]),
      12
    );
    // 师生比 = 教职工 ÷ 学生: 12/200, 5/100, 16/300.
    expect(primary.indicators.staffStudentRatio.cv).toBeCloseTo(
      cv([12 / 200, 5 / 100, 16 / 300], [200, 100, 300]),
      12
    );
    // 教学及辅助用房 without 室内体育用房: (1200−200)/200 = 5, 300/100 = 3, (1500−150)/300 = 4.5.
    expect(primary.indicators.teachingAreaPerStudent.cv).toBeCloseTo(
      cv([5, 3, 4.5], [200, 100, 300]),
      12
    );

    for (const stage of ["primary", "junior"] as const) {
      const s = doc.stages[stage];
      const cvs = Object.values(s.indicators as Record<string, { cv: number }>).map((i) => i.cv);
      expect(cvs).toHaveLength(8);
      expect(s.compositeCv).toBeCloseTo(cvs.reduce((a, b) => a + b, 0) / 8, 12);
      expect(s.compositeLimit).toBe(stage === "primary" ? 0.65 : 0.55);
      expect(s.compositePasses).toBe(s.compositeCv <= s.compositeLimit);
      expect(s.passes).toBe(s.compositePasses);
      expect(s.schoolsPassing).toBeNull();
      for (const school of s.schools)
        expect(school).toMatchObject({ metCount: null, passes: null, met: {}, shortfalls: [] });
    }
    // No school standard, so nothing to close.
    expect(doc.gaps).toEqual([]);
    expect(r.stderr).toBe("");
  });

  test("the summary shows the profile, the eight indicators and the 综合差异系数", async () => {
    const r = await run(["assess", workbook2012, "--profile", "basic-2012"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("县域义务教育基本均衡发展 资源配置测算");
    expect(r.stdout).toContain(`评估标准：${BASIC_2012.name}`);
    for (const name of [
      "生均图书（册）",
      "计算机（台/百生）",
      "师生比（教职工/学生）",
      "生均中级及以上职称教师（人）",
      "生均教学及辅助用房（㎡）",
    ]) {
      expect(r.stdout).toContain(name);
    }
    expect(r.stdout).toMatch(/综合差异系数 0\.\d{3}（上限 0\.65）/);
    expect(r.stdout).toMatch(/综合差异系数 0\.\d{3}（上限 0\.55）/);
    expect(r.stdout).not.toContain("骨干");
    expect(r.stdout).not.toContain("补差测算");
  });

  test("--out: every sheet says the profile; 表Ⅱ and 表Ⅲ have the eight indicators and the composite", async () => {
    const out = path.join(dir, "基本均衡申报表.xlsx");
    const r = await run(["assess", workbook2012, "--profile", "basic-2012", "--out", out]);
    expect(r.code).toBe(0);
    const sheets = await readXlsx(out);
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    for (const s of sheets)
      expect(String(s.values[1][0])).toContain(`评估标准：${BASIC_2012.name}`);
    expect(sheets.map((s) => s.name)).not.toContain("补差测算");
    const schools = sheets.find((s) => s.name === "学校达标情况")!;
    const header = schools.values[2].map(String);
    expect(header).toEqual(
      expect.arrayContaining(["生均图书（册）", "师生比（教职工/学生）", "计算机（台/百生）"])
    );
    expect(header).not.toContain("结论");
    const variation = sheets.find((s) => s.name === "校际均衡")!;
    const text = variation.values.map((row) => row.map((v) => String(v ?? "")).join("|"));
    expect(text.filter((l) => l.includes("综合差异系数（8 项差异系数的平均数）"))).toHaveLength(2);
    expect(text.filter((l) => l.includes("生均中级及以上专业技术职务教师数"))).toHaveLength(2);
    const summary = sheets.find((s) => s.name === "汇总")!;
    expect(String(summary.values[0][0])).toContain("基本均衡");
  });

  test("sample and batch take the profile too", async () => {
    const s = await run([
      "sample",
      workbook2012,
      "--seed",
      "7",
      "--profile",
      "basic-2012",
      "--json",
    ]);
    expect(s.code).toBe(0);
    const doc = JSON.parse(s.stdout);
    expect(doc).toMatchObject({ profile: "basic-2012", profileName: BASIC_2012.name });
    // No school rule: no school fails, none is borderline, every one drawn at random.
    expect(new Set(doc.schools.map((x: { reasonCode: string }) => x.reasonCode))).toEqual(
      new Set(["random"])
    );

    const folder = path.join(dir, "city");
    fs.mkdirSync(folder);
    fs.copyFileSync(workbook2012, path.join(folder, "甲县.xlsx"));
    const b = await run(["assess", folder, "--profile", "basic-2012", "--json"]);
    expect(b.code).toBe(0);
    const rows = JSON.parse(b.stdout);
    expect(rows[0]).toMatchObject({ profile: "basic-2012", profileName: BASIC_2012.name });
    expect(typeof rows[0].stages.primary.compositeCv).toBe("number");
    expect(rows[0].failingSchoolCount).toBeNull();
    const text = await run(["assess", folder, "--profile", "basic-2012"]);
    expect(text.stdout).toContain("小学综合差异系数");
  });

  test("the 2017 template under basic-2012: each missing 2012 column is named, and the indicators it feeds are marked missing (a partial table)", async () => {
    const r = await run(["assess", TEMPLATE, "--profile", "basic-2012", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // Issue 23 §7: no school is left out; the indicators without their columns are not computed.
    expect(doc.incomplete).toBe(false);
    for (const stage of ["primary", "junior"]) {
      const st = doc.stages[stage];
      expect(st.missingIndicators).toEqual([
        "computersPer100",
        "booksPerStudent",
        "intermediateTitleTeachersPerStudent",
      ]);
      expect(st.passes).toBeNull();
      expect(st.compositeCv).toBeNull();
      expect(st.compositePasses).toBeNull();
      expect(st.indicators.booksPerStudent).toMatchObject({
        countyValue: null,
        cv: null,
        missing: true,
        missingFields: ["books"],
        missingColumns: ["图书册数（册）"],
      });
      // The others are computed, for every school.
      expect(st.indicators.teachingAreaPerStudent.cv).toEqual(expect.any(Number));
      expect(st.indicators.teachingAreaPerStudent.missing).toBeUndefined();
      expect(st.schools[0].values.booksPerStudent).toBeNull();
      expect(st.schools[0].values.teachingAreaPerStudent).toEqual(expect.any(Number));
    }
    // One message names them all (issue 23), with the fields listed for programs.
    const missing = doc.issues.filter((i: { code: string }) => i.code === "missingColumns");
    expect(missing).toHaveLength(1);
    // 教职工数 is in the 2017 template too now (the official form's 表Ⅰ L21, L23).
    expect([...missing[0].fields].sort()).toEqual([
      "books",
      "computers",
      "juniorIntermediateTitleTeachers",
      "primaryIntermediateTitleTeachers",
    ]);
    expect(missing[0].partial).toBe(true);
    expect(missing[0].message).toContain("「图书册数」：表头应含有");
    expect(missing[0].message).toContain("「生均图书册数」不计算");
    expect(r.stderr).toContain("错误：工作表「学校基础数据」：找不到以下 4 列：");
    expect(r.stderr).toContain("「计算机台数」：表头应含有");
  });
});

describe("--profile FILE", () => {
  test("a provincial profile file: its id and name on the JSON, its thresholds applied", async () => {
    const r = await run(["assess", TEMPLATE, "--profile", EXAMPLE_PROFILE, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe("example-province");
    expect(doc.profileName).toContain("格式示例");
    expect(doc.stages.primary.indicators.qualifiedTeachersPer100).toMatchObject({
      threshold: 4.5,
      cvLimit: 0.45,
    });
    expect(doc.stages.junior.indicators.equipmentValuePerStudent).toMatchObject({
      threshold: 3000,
      cvLimit: 0.4,
    });
    // The same values as nationally; only the standards differ.
    const national = JSON.parse(EXPECTED_TEXT);
    expect(doc.stages.primary.schools[0].values).toEqual(national.stages.primary.schools[0].values);
  });

  test("the summary prints the file's name and source, and every report sheet its name", async () => {
    const r = await run(["assess", TEMPLATE, "--profile", EXAMPLE_PROFILE]);
    expect(r.stdout).toContain("评估标准：示例省优质均衡标准（格式示例，非真实省份标准）");
    expect(r.stdout).toContain("标准依据：格式示例，不是任何真实省份的标准");
    expect(r.stdout).toContain("九年一贯制不超过 2400 人，十二年一贯制不超过 3000 人");
    const out = path.join(dir, "示例省申报表.xlsx");
    await run(["assess", TEMPLATE, "--profile", EXAMPLE_PROFILE, "--out", out]);
    for (const s of await readXlsx(out))
      expect(String(s.values[1][0])).toContain("评估标准：示例省优质均衡标准");
  });

  test("--profile national-2017 gives exactly examples/expected.json", async () => {
    const r = await run(["assess", TEMPLATE, "--profile", "national-2017", "--json"]);
    expect(r.stdout).toBe(EXPECTED_TEXT);
  });

  test("a bad profile file: exit 1, one Chinese line naming the key", async () => {
    const bad = path.join(dir, "bad-profile.json");
    fs.writeFileSync(
      bad,
      JSON.stringify({
        id: "x",
        name: "某省",
        source: "某省办法",
        base: "national-2017",
        countyRule: { limits: { primary: 45 } },
      })
    );
    const r = await run(["assess", TEMPLATE, "--profile", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "错误：评估标准文件 bad-profile.json 有误：「countyRule.limits.primary」（差异系数上限）应为 0.05 到 1 之间的数，现为 45\n"
    );
    const s = await run(["sample", TEMPLATE, "--seed", "1", "--profile", bad]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain("「countyRule.limits.primary」");
  });

  test('a threshold of 5e-324 (only "greater than 0" before): exit 1, one line naming the file, the key and the range', async () => {
    const tiny = path.join(dir, "tiny-threshold.json");
    fs.writeFileSync(
      tiny,
      JSON.stringify({
        id: "x",
        name: "某省",
        source: "某省办法",
        base: "national-2017",
        thresholds: { teachingAreaPerStudent: { primary: 5e-324 } },
      })
    );
    for (const argv of [
      ["assess", TEMPLATE, "--profile", tiny, "--json"],
      ["sample", TEMPLATE, "--seed", "1", "--profile", tiny],
      ["template", path.join(dir, "never-written.xlsx"), "--profile", tiny],
    ]) {
      const r = await run(argv);
      expect([argv[0], r.code, r.stdout]).toEqual([argv[0], 1, ""]);
      expect(r.stderr).toBe(
        "错误：评估标准文件 tiny-threshold.json 有误：「thresholds.teachingAreaPerStudent.primary」（生均教学及辅助用房面积的标准值）应为 0.1 到 100 ㎡之间的数，现为 5e-324\n"
      );
    }
    expect(fs.existsSync(path.join(dir, "never-written.xlsx"))).toBe(false);
  });

  test("a 100 MB profile file is refused from its size (fstat), before a byte is read", async () => {
    // Sparse: 100 MB on fstat, nothing on disk. The message names the size fstat gives; a read
    // stops one byte past the limit (and would say 1025 KB), and the time and the process's
    // growth show that nothing like 100 MB was read.
    const huge = path.join(dir, "huge-profile.json");
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, 100 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const r = await run(["assess", TEMPLATE, "--profile", huge, "--json"]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "错误：评估标准文件 huge-profile.json 过大（100.0 MB），上限为 1 MB：评估标准文件通常只有几 KB，请确认选的是评估标准文件（.json）\n"
    );
    // Just over the limit, with real content: refused too; just at it, read (and judged on its content).
    const json = JSON.stringify({
      id: "x",
      name: "某省",
      source: "某省办法",
      base: "national-2017",
    });
    const atLimit = path.join(dir, "at-limit.json");
    fs.writeFileSync(atLimit, json + " ".repeat(1024 * 1024 - Buffer.byteLength(json)));
    expect((await run(["assess", TEMPLATE, "--profile", atLimit, "--json"])).code).toBe(0);
    fs.appendFileSync(atLimit, " ");
    const over = await run(["assess", TEMPLATE, "--profile", atLimit, "--json"]);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^错误：评估标准文件 at-limit\.json 过大（1025 KB），上限为 1 MB/);
  });

  test("neither a built-in nor a file: exit 2 with the list of built-ins", async () => {
    const r = await run(["assess", TEMPLATE, "--profile", "anhui"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^错误：未知的评估标准 anhui；可选的内置标准：national-2017（.*）、basic-2012（.*）/
    );
    const f = await run(["assess", TEMPLATE, "--profile", "profiles/nowhere.json"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("找不到评估标准文件 profiles/nowhere.json");
    const s = await run(["sample", TEMPLATE, "--seed", "1", "--profile", "anhui"]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("national-2017");
  });

  test("--help lists the built-ins and the file form", async () => {
    const r = await run(["--help"]);
    expect(r.stdout).toContain("basic-2012");
    expect(r.stdout).toContain("省级评估标准文件（.json）");
  });
});
