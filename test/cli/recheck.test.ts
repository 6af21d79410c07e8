/**
 * `edu-balance recheck` (issue 23 item 8) on .xlsx files written here: the county's own 申报表
 * (no difference), the same with a tampered CV (the cell named on stdout, in the JSON and on the
 * 复核 sheet), the official layout (within rounding), the output guard, the refusals; and
 * `assess` given a 表Ⅱ-2 pointing to recheck. Slow lane: the last tests run bin/edu-balance.js
 * (the compiled lib/) in a child process.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import type { SheetCells } from "../../src/core/types";
import { goldenXlsx } from "../helpers/goldenXlsx";
import { at, copy, officialLayout, ownReport } from "../core/recheck/fixtures";
import { run } from "./runCli";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
let own: string;
let tampered: string;
let official: string;

async function writeCells(file: string, sheets: SheetCells[]): Promise<void> {
  fs.writeFileSync(file, await goldenXlsx({ sheets }));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-recheck-"));
  own = path.join(dir, "示例县申报表.xlsx");
  await writeXlsx(ownReport().report, own);
  const t = copy(ownReport().sheets);
  at(t, "表Ⅲ校际均衡", "C6").set(0.12);
  tampered = path.join(dir, "改过的申报表.xlsx");
  await writeCells(tampered, t);
  official = path.join(dir, "表Ⅱ-2.xlsx");
  await writeCells(official, officialLayout());
}, 60000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("recheck FILE", () => {
  test("our own 申报表: every county figure the same, said in Chinese", async () => {
    const r = await run(["recheck", own]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("表Ⅱ-2：「表Ⅱ-2分学校」（申报表样式，带 L 代码）");
    expect(r.stdout).toContain("【小学】 31 所学校，按表中数值复核达标 28 所");
    expect(r.stdout).toMatch(/复核结论：比较县报数 \d+ 处，未发现不一致/);
    expect(r.stdout).toContain("允许误差：");
  });

  test("a tampered CV: its cell, the county's figure and the recomputed one", async () => {
    const r = await run(["recheck", tampered]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "工作表「表Ⅲ校际均衡」C6（小学·每百名学生拥有高于规定学历教师数·差异系数）：县报 0.12，复核 0.10957"
    );
    expect(r.stdout).toMatch(/发现 1 处不一致/);
  });

  test("the official layout: the differences rounding explains are consistent", async () => {
    const r = await run(["recheck", official]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("不一致 0 处");
    expect(r.stdout).toContain(
      "工作表「表Ⅱ-2」N9（小学·河口小学·综合评估是否达标）：县报 否，复核 是"
    );
  });

  test("--json: the comparisons with their cells, statuses and messages", async () => {
    const r = await run(["recheck", tampered, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe("national-2017");
    expect(doc.source.valueSheets).toEqual(["表Ⅱ-2分学校"]);
    expect(doc.summary.different).toBe(1);
    expect(doc.comparisons[0]).toMatchObject({
      table: "formIII",
      sheet: "表Ⅲ校际均衡",
      cell: "C6",
      stage: "primary",
      indicator: "qualifiedTeachersPer100",
      item: "cv",
      county: 0.12,
      status: "different",
    });
    expect(doc.comparisons[0].message).toMatch(/^工作表「表Ⅲ校际均衡」C6/);
    expect(doc.tolerance).toMatchObject({ valueDecimals: 2, cvDecimals: 3 });
    expect(Object.keys(doc.stages.primary.indicators)).toHaveLength(7);
    expect(doc.stages.primary.schools[0]).toMatchObject({
      name: "城关第一小学",
      row: 7,
      passes: false,
      countyPasses: false,
    });
  });

  test("--out writes the 复核 sheet through the output guard", async () => {
    const out = path.join(dir, "复核.xlsx");
    const r = await run(["recheck", tampered, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成复核工作簿：${out}`);
    const sheets = await readXlsx(out);
    expect(sheets.map((s) => s.name)).toEqual(["复核"]);
    const text = sheets[0].values.map((row) => row.join("|")).join("\n");
    expect(text).toContain(
      "不一致|表Ⅲ校际均衡|C6|表Ⅲ|小学||高于规定学历教师（人/百生）|差异系数|0.12"
    );
    expect(text).toContain("复核结论：比较县报数");
    // An existing file is kept without --force; the input is never the output.
    const again = await run(["recheck", tampered, "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`错误：文件 ${out} 已存在，未覆盖；如需覆盖请加 --force\n`);
    const self = await run(["recheck", tampered, "--out", tampered]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/^错误：输出文件不能与输入文件相同/);
    expect((await run(["recheck", tampered, "--out", out, "--force"])).code).toBe(0);
  });

  test("a school table is refused in one line, pointing to assess", async () => {
    const r = await run(["recheck", path.join(ROOT, "examples/county-template.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^错误：工作簿：没有找到表Ⅱ-2（各校资源配置指标值）.*edu-balance assess 测算。\n$/
    );
  });

  test("usage errors exit 2", async () => {
    expect((await run(["recheck"])).code).toBe(2);
    expect((await run(["recheck", own, "--out", "x.csv"])).stderr).toBe(
      "错误：--out 的文件名应以 .xlsx 结尾：x.csv\n"
    );
    expect((await run(["recheck", "--help"])).stdout).toContain("edu-balance recheck：");
  });
});

describe("assess given a 表Ⅱ-2", () => {
  test("says it is one and names the command, instead of asking for 学校类型", async () => {
    const r = await run(["assess", official]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：工作表「表Ⅱ-2」：这张工作表是各校的指标值/);
    expect(r.stderr).toContain("edu-balance recheck");
    expect(r.stderr).not.toContain("学校类型」：表头应含有");
  });
});

describe("the installed command (node bin/edu-balance.js, the compiled lib/)", () => {
  test("recheck --json in a child process", () => {
    expect(fs.existsSync(path.join(ROOT, "lib/cli/recheck.js"))).toBe(true);
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/edu-balance.js"), "recheck", own, "--json"],
      { encoding: "utf8" }
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("警告：工作表「学校达标情况」：这张工作表也像表Ⅱ-2");
    expect(JSON.parse(r.stdout).summary.different).toBe(0);
  });

  test("assess on our own 申报表 points to recheck", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/edu-balance.js"), "assess", own], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l)).toHaveLength(1);
    expect(r.stderr).toContain("edu-balance recheck");
  });
});
