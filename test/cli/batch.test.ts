/**
 * `edu-balance assess DIR/`: a city's folder of county workbooks → one row per
 * county; a bad workbook is reported in one Chinese line and skipped.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, type Run } from "./runCli";
import { readXlsx } from "../../src/cli/xlsx";
import { BATCH_SHEET_NAMES } from "../../src/report/batch";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8"));

let tmp: string;
let city: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-batch-"));
  city = path.join(tmp, "某市");
  fs.mkdirSync(city);
  fs.copyFileSync(path.join(EXAMPLES, "county-template.xlsx"), path.join(city, "甲县.xlsx"));
  fs.copyFileSync(path.join(EXAMPLES, "county-untidy.xlsx"), path.join(city, "乙县.xlsx"));
  fs.writeFileSync(path.join(city, "丙县.xlsx"), "这不是一个 Excel 文件");
  // Not county workbooks: Excel's lock file, another format, a subfolder.
  fs.writeFileSync(path.join(city, "~$甲县.xlsx"), "lock");
  fs.writeFileSync(path.join(city, "说明.txt"), "各县数据");
  fs.mkdirSync(path.join(city, "旧数据"));
  fs.copyFileSync(
    path.join(EXAMPLES, "county-template.xlsx"),
    path.join(city, "旧数据", "丁县.xlsx")
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The sample county's failing schools and CVs, from expected.json (checked by hand in examples.test.ts). */
function expectedCounty(): {
  failing: Record<string, string[]>;
  cvs: Record<string, Record<string, number>>;
  passes: Record<string, boolean>;
} {
  const failing: Record<string, string[]> = {};
  const cvs: Record<string, Record<string, number>> = {};
  const passes: Record<string, boolean> = {};
  for (const stage of ["primary", "junior"]) {
    const s = EXPECTED.stages[stage];
    failing[stage] = s.schools
      .filter((x: { passes: boolean }) => !x.passes)
      .map((x: { name: string }) => x.name);
    cvs[stage] = Object.fromEntries(
      Object.entries(s.indicators).map(([id, ind]) => [id, (ind as { cv: number }).cv])
    );
    passes[stage] = s.passes;
  }
  return { failing, cvs, passes };
}

describe("assess DIR/ --json", () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(["assess", `${city}${path.sep}`, "--json"]);
  });

  test("exit 0: at least one county was computed", () => {
    expect(r.code).toBe(0);
  });

  test("one row per *.xlsx of the folder, by file name; lock files, other files and subfolders are not read", () => {
    const rows = JSON.parse(r.stdout) as { file: string }[];
    expect(rows.map((x) => x.file)).toEqual(["丙县.xlsx", "乙县.xlsx", "甲县.xlsx"]);
  });

  test("each county row: verdict per stage, every CV, failing schools and the incomplete flag", () => {
    const rows = JSON.parse(r.stdout);
    const want = expectedCounty();
    for (const row of rows.filter((x: { error: string | null }) => x.error === null)) {
      expect(row.incomplete).toBe(false);
      expect(row.failingSchoolCount).toBe(
        new Set([...want.failing.primary, ...want.failing.junior]).size
      );
      for (const stage of ["primary", "junior"]) {
        expect(row.stages[stage].passes).toBe(want.passes[stage]);
        expect(row.stages[stage].failingSchools).toEqual(want.failing[stage]);
        expect(row.stages[stage].cvs).toEqual(want.cvs[stage]);
      }
    }
  });

  test("the bad file keeps its row with the reason, and is reported in one Chinese line on stderr", () => {
    const rows = JSON.parse(r.stdout);
    const bad = rows.find((x: { file: string }) => x.file === "丙县.xlsx");
    expect(bad.stages).toBeNull();
    expect(bad.error).toMatch(/不是 Excel 工作簿/);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("错误"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^错误：.*丙县\.xlsx.*不是 Excel 工作簿.*已跳过$/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  test("stderr not a terminal: plain progress lines, no carriage returns", () => {
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toContain("正在测算（3/3）：甲县.xlsx");
  });
});

describe("assess DIR/ (text) and the progress bar on a terminal", () => {
  test("a Chinese table with a row per county, the failing schools, and the skipped file", async () => {
    const r = await run(["assess", city], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const file of ["甲县.xlsx", "乙县.xlsx"]) {
      const row = lines.find((l) => l.includes(file) && l.includes("未达标"));
      expect(row).toBeDefined();
      expect(row).toMatch(/3 所\s+完整$/);
    }
    expect(lines.find((l) => l.includes("丙县.xlsx") && l.includes("无法计算"))).toBeDefined();
    expect(r.stdout).toContain("甲县.xlsx：小学：城关第一小学、白马镇大坪小学、石桥镇桥头小学");
    // The bar is redrawn in place with \r and cleared at the end; the error line stays.
    expect(r.stderr).toContain("\r正在测算 [");
    expect(r.stderr).toMatch(/\] 3\/3 甲县\.xlsx/);
    expect(r.stderr.split("\n").filter((l) => l.includes("错误"))).toHaveLength(1);
    expect(r.stderr).not.toContain("正在测算（");
  });
});

describe("assess DIR/ --out city.xlsx", () => {
  test("writes the summary workbook: a row per county, the bad file with its reason", async () => {
    const out = path.join(tmp, "汇总", "全市汇总.xlsx");
    const r = await run(["assess", city, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成汇总表：${out}`);
    const sheets = await readXlsx(out);
    expect(sheets.map((s) => s.name)).toEqual([
      BATCH_SHEET_NAMES.counties,
      BATCH_SHEET_NAMES.failing,
    ]);
    const rows = sheets[0].values;
    const jia = rows.find((row) => row.includes("甲县.xlsx"))!;
    const bing = rows.find((row) => row.includes("丙县.xlsx"))!;
    expect(jia).toContain("未达标");
    expect(jia).toContain("达标");
    // Unrounded CVs in the cells (the number format shows 3 decimals).
    expect(jia).toContain(EXPECTED.stages.primary.indicators.sportsAreaPerStudent.cv);
    expect(jia).toContain(EXPECTED.stages.junior.indicators.equipmentValuePerStudent.cv);
    expect(jia).toContain(3);
    expect(bing).toContain("无法计算");
    expect(bing.some((v) => typeof v === "string" && v.includes("不是 Excel 工作簿"))).toBe(true);
    const failing = sheets[1].values
      .filter((row) => row.includes("甲县.xlsx"))
      .map((row) => row[3]);
    expect(failing).toEqual(expectedCounty().failing.primary);
  });

  test("an existing --out is not overwritten without --force", async () => {
    const out = path.join(tmp, "已有.xlsx");
    fs.writeFileSync(out, "别动我");
    const r = await run(["assess", city, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：.*--force/);
    expect(fs.readFileSync(out, "utf8")).toBe("别动我");
  });

  test("an --out inside the folder is refused before anything is read: it would be read as a county next time (issue 16 §6)", async () => {
    const inside = path.join(tmp, "自带汇总");
    fs.mkdirSync(inside);
    fs.copyFileSync(path.join(EXAMPLES, "county-template.xlsx"), path.join(inside, "甲县.xlsx"));
    const out = path.join(inside, "全市汇总.xlsx");
    const r = await run(["assess", inside, "--out", out, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^错误：汇总表 .*全市汇总\.xlsx 不能写在要汇总的文件夹 .* 中/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.readdirSync(inside)).toEqual(["甲县.xlsx"]);
  });
});

describe("nothing to compute: exit 1", () => {
  test("a folder of bad workbooks only", async () => {
    const dir = path.join(tmp, "全坏");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "坏.xlsx"), "");
    const r = await run(["assess", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/坏\.xlsx.*已跳过/);
    expect(r.stderr).toMatch(/都无法计算/);
  });

  test("a folder without .xlsx files", async () => {
    const dir = path.join(tmp, "空");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "~$锁.xlsx"), "lock");
    const r = await run(["assess", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^错误：文件夹 .* 中没有 \.xlsx 工作簿/);
  });
});
