/**
 * `edu-balance compare` (issue 25) in process, on the example county written for 2023 and 2024
 * (one school renamed, one closed): the summary, the JSON, the 监测 workbook and its guard, a
 * folder of years; and each refusal in one line with its exit code (no year, a duplicate year,
 * two counties, an unreadable file, a bad --margin or --years, fewer than two files).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { renamed, without, writeYearWorkbook } from "../helpers/yearWorkbooks";
import { run } from "./runCli";

let dir: string;
const f = (name: string): string => path.join(dir, name);
const first = sampleCounty().schools[0].name;
const last = sampleCounty().schools[sampleCounty().schools.length - 1].name;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-compare-"));
  fs.mkdirSync(f("years"));
  await writeYearWorkbook(f("years/甲.xlsx"), { year: 2023 });
  await writeYearWorkbook(f("years/乙.xlsx"), {
    year: 2024,
    change: (c) => without(renamed(c, first, `${first}（新址）`), last),
  });
  fs.copyFileSync(f("years/甲.xlsx"), f("a.xlsx"));
  fs.copyFileSync(f("years/乙.xlsx"), f("b.xlsx"));
  fs.copyFileSync(f("years/甲.xlsx"), f("c.xlsx"));
  await writeYearWorkbook(f("示例县2023年.xlsx"), {});
  await writeYearWorkbook(f("示例县.xlsx"), {});
  await writeYearWorkbook(f("other.xlsx"), { year: 2024, countyName: "另一县" });
  fs.writeFileSync(f("bad.xlsx"), "not a workbook at all");
  await writeYearWorkbook(f("badrow.xlsx"), {
    year: 2025,
    change: (c) => ({
      ...c,
      schools: c.schools.map((s, i) => (i === 1 ? { ...s, primaryStudents: -5 } : s)),
    }),
  });
}, 60000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One Chinese line on stderr, nothing on stdout. */
function refused(r: { stdout: string; stderr: string }): string {
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^错误：[^\n]+\n$/);
  return r.stderr;
}

describe("compare FILE1 FILE2", () => {
  test("the summary: years from the county sheets, what to watch first, then each stage, then the events", async () => {
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2023—2024 年（2 个年度）");
    expect(r.stdout).toContain("2023 年 a.xlsx、2024 年 b.xlsx");
    const at = (s: string): number => r.stdout.indexOf(s);
    expect(at("【需要关注】")).toBeGreaterThan(0);
    expect(at("【需要关注】")).toBeLessThan(at("【小学】"));
    expect(at("【小学】")).toBeLessThan(at("【变化统计】"));
    expect(r.stdout).toContain(last);
  });

  test("--json: one document, years oldest first whatever the order given, per-year arrays, null where a school is not", async () => {
    const r = await run(["compare", f("b.xlsx"), f("a.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("}\n")).toBe(true);
    expect(r.stdout).toMatch(/^\{\n {2}"years": \[/);
    const doc = JSON.parse(r.stdout);
    expect(doc.years).toEqual([2023, 2024]);
    expect(doc.profile).toBe("national-2017");
    const primary = doc.stages.primary;
    expect(primary.schoolsPassing).toHaveLength(2);
    expect(primary.schools).toHaveLength(2);
    for (const ind of Object.values(primary.indicators) as { cv: unknown[]; cvLimit: unknown }[]) {
      expect(ind.cv).toHaveLength(2);
      expect(typeof ind.cvLimit).toBe("number");
    }
    const closed = doc.schools.find((s: { names: unknown[] }) => s.names[0] === last);
    expect(closed.names).toEqual([last, null]);
    expect(Array.isArray(doc.events)).toBe(true);
    expect(doc.events).toContainEqual(expect.objectContaining({ kind: "closed", year: 2024 }));
  });

  test("--profile basic-2012: the 基本均衡 monitoring, with the composite CV by year", async () => {
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--profile", "basic-2012"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("义务教育基本均衡年度监测：2023—2024 年");
    expect(r.stdout).toContain("综合差异系数");
  });

  test("a year with bad rows: compared as assess assesses it, the rows left out said on stderr", async () => {
    const r = await run(["compare", f("a.xlsx"), f("badrow.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^警告：badrow\.xlsx 中有 1 条数据错误，相应学校未计入该年度[^\n]*\n$/
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.years).toEqual([2023, 2025]);
    const second = sampleCounty().schools[1].name;
    expect(doc.schools.find((s: { names: unknown[] }) => s.names[0] === second).names).toEqual([
      second,
      null,
    ]);
  });

  test("a folder of yearly workbooks gives the same document as its files", async () => {
    const folder = await run(["compare", f("years"), "--json"]);
    const files = await run(["compare", f("years/甲.xlsx"), f("years/乙.xlsx"), "--json"]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(files.stdout);
  });

  test("the year from the file name when there is no county sheet", async () => {
    const r = await run(["compare", f("示例县2023年.xlsx"), f("b.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).years).toEqual([2023, 2024]);
  });

  test("--years gives the years in the files' order", async () => {
    const r = await run([
      "compare",
      f("示例县.xlsx"),
      f("示例县2023年.xlsx"),
      "--years",
      "2022,2023",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).years).toEqual([2022, 2023]);
  });
});

describe("compare --out 监测.xlsx", () => {
  test("writes 年度对比, 学校变化 and 预警; never over an existing file without --force", async () => {
    const out = f("监测.xlsx");
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成监测工作簿：${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["年度对比", "学校变化", "预警"]);
    expect(wb.getWorksheet("学校变化")!.headerFooter.oddFooter).toContain("示例县　2023—2024 年");
    const charts = f("监测.图表.html");
    expect(r.stdout).toContain(`已生成图表：${charts}`);
    const html = fs.readFileSync(charts, "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("小学高于规定学历教师（人/百生）差异系数");
    expect(html).toContain("上限 0.50");
    expect(html).toContain("小学达标学校数");
    const before = fs.readFileSync(out);

    const again = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(out);
    expect(fs.readFileSync(out).equals(before)).toBe(true);

    const forced = await run([
      "compare",
      f("a.xlsx"),
      f("b.xlsx"),
      "--out",
      out,
      "--force",
      "--json",
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("已生成监测工作簿");
  });

  test("never over one of the inputs", async () => {
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--out", f("b.xlsx"), "--force"]);
    expect(r.code).toBe(2);
    refused(r);
  });
});

describe("compare --renames", () => {
  test("a CSV of 原名称/新名称: the school renamed is one school, not one closed and one opened", async () => {
    const csv = f("更名.csv");
    fs.writeFileSync(csv, `\uFEFF原名称,新名称\n${first},${first}（新址）\n`);
    const plain = JSON.parse((await run(["compare", f("a.xlsx"), f("b.xlsx"), "--json"])).stdout);
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--renames", csv, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.events).toContainEqual(
      expect.objectContaining({ kind: "renamed", school: `${first}（新址）`, previousName: first })
    );
    expect(doc.schools.length).toBe(plain.schools.length - 1);
    expect(doc.schools.find((s: { names: unknown[] }) => s.names[0] === first).names).toEqual([
      first,
      `${first}（新址）`,
    ]);
  });

  test("a pair naming no school: one line naming the file and the pair, exit 1", async () => {
    const csv = f("错的更名.csv");
    fs.writeFileSync(csv, "原名称,新名称\n不存在的学校,另一个名字\n");
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--renames", csv]);
    expect(r.code).toBe(1);
    expect(refused(r)).toContain("不存在的学校");
    expect(r.stderr).toContain("错的更名.csv");
  });

  test("a renames file that is not .csv or .xlsx, or is not there", async () => {
    const txt = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--renames", f("更名.txt")]);
    expect(txt.code).toBe(2);
    refused(txt);
    const missing = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--renames", f("无.csv")]);
    expect(missing.code).toBe(1);
    expect(refused(missing)).toContain("无.csv");
  });
});

describe("refusals: one line, exit 2 for the command line and the years, 1 for a file", () => {
  test("no year anywhere: asks for --years, naming the file", async () => {
    const r = await run(["compare", f("示例县.xlsx"), f("a.xlsx")]);
    expect(r.code).toBe(2);
    expect(refused(r)).toContain("示例县.xlsx");
    expect(r.stderr).toContain("--years");
  });

  test("two files of one year", async () => {
    const r = await run(["compare", f("a.xlsx"), f("c.xlsx")]);
    expect(r.code).toBe(2);
    expect(refused(r)).toContain("2023");
  });

  test("two counties", async () => {
    const r = await run(["compare", f("a.xlsx"), f("other.xlsx")]);
    expect(r.code).toBe(2);
    refused(r);
  });

  test("a file that cannot be read: the reader's own message, as assess says it, exit 1", async () => {
    const r = await run(["compare", f("a.xlsx"), f("bad.xlsx")]);
    expect(r.code).toBe(1);
    const assess = await run(["assess", f("bad.xlsx")]);
    expect(refused(r)).toBe(assess.stderr);
    const missing = await run(["compare", f("a.xlsx"), f("nowhere.xlsx")]);
    expect(missing.code).toBe(1);
    expect(refused(missing)).toContain("nowhere.xlsx");
  });

  test.each([["1"], ["-0.1"], ["abc"], ["1.5"], ["0.05x"]])("--margin %s", async (m) => {
    const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), `--margin=${m}`]);
    expect(r.code).toBe(2);
    expect(refused(r)).toContain("--margin");
  });

  test("--margin 0 and 0.1 are taken", async () => {
    for (const m of ["0", "0.1"]) {
      const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--margin", m, "--json"]);
      expect(r.code).toBe(0);
    }
  });

  test.each([["23,24"], ["2023;2024"], ["1999,2000"], ["2023"], ["2023,2024,2025"]])(
    "--years %s",
    async (y) => {
      const r = await run(["compare", f("a.xlsx"), f("b.xlsx"), "--years", y]);
      expect(r.code).toBe(2);
      expect(refused(r)).toContain("--years");
    }
  );

  test("fewer than two files, a folder of one, a folder with files", async () => {
    for (const argv of [
      ["compare"],
      ["compare", f("a.xlsx")],
      ["compare", f("years"), f("a.xlsx")],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      refused(r);
    }
  });

  test("--help: the usage, exit 0", async () => {
    const r = await run(["compare", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("edu-balance compare 2023.xlsx 2024.xlsx");
    expect(r.stdout).toContain("--margin");
  });
});
