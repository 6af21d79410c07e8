import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, type Run } from "./runCli";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import { REPORT_SHEET_NAMES } from "../../src/report";
import type { SheetCells } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");
const TEMPLATE = path.join(EXAMPLES, "county-template.xlsx");
const UNTIDY = path.join(EXAMPLES, "county-untidy.xlsx");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8"));

/** A failure is one line of Chinese on stderr, and nothing that looks like a stack trace. */
function expectOneChineseLine(r: Run): void {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误：.*[\u4e00-\u9fff]/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Error:|TypeError|node_modules/);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-cli-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("assess --json (interfaces.md §1)", () => {
  test("the template gives exactly examples/expected.json, with nothing on stderr", async () => {
    const r = await run(["assess", TEMPLATE, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  test("the untidy statistics export of the same county gives the same document", async () => {
    const r = await run(["assess", UNTIDY, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  test("the document has the interface fields, unrounded numbers and no NaN or missing values", async () => {
    const doc = EXPECTED;
    expect(doc.profile).toBe("national-2017");
    for (const stage of ["primary", "junior"]) {
      const s = doc.stages[stage];
      expect(typeof s.passes).toBe("boolean");
      for (const school of s.schools) {
        expect(Object.keys(school)).toEqual(
          expect.arrayContaining(["name", "students", "values", "metCount", "passes"])
        );
        expect(Object.keys(school.values)).toHaveLength(7);
      }
      for (const ind of Object.values(s.indicators) as Record<string, unknown>[]) {
        expect(Object.keys(ind)).toEqual(
          expect.arrayContaining(["threshold", "countyValue", "cv", "cvLimit", "cvPasses"])
        );
      }
      expect(Object.keys(doc.classSize[stage])).toEqual(
        expect.arrayContaining([
          "classes",
          "overLimit",
          "largeClasses",
          "superLargeClasses",
          "passes",
        ])
      );
    }
    expect(Array.isArray(doc.oversizedSchools)).toBe(true);
    expect(doc.warnings).toEqual([]);
    // Unrounded: a CV printed with 3 decimals in reports has more digits here.
    const cv = doc.stages.primary.indicators.qualifiedTeachersPer100.cv;
    expect(cv).not.toBe(Math.round(cv * 1000) / 1000);
    const text = fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8");
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe("the readable summary", () => {
  test("per stage an indicator table, failing schools with their shortfall, class and school size", async () => {
    const r = await run(["assess", TEMPLATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("【小学】");
    expect(r.stdout).toContain("【初中】");
    expect(r.stdout).toMatch(/高于规定学历教师（人\/百生）\s+4\.2\s+31\/31/);
    expect(r.stdout).toMatch(/资源配置：未达标/);
    expect(r.stdout).toContain("白马镇大坪小学：未达标");
    expect(r.stdout).toMatch(/县级以上骨干教师（人\/百生） 差 0\.\d\d（\d+\.\d%）/);
    expect(r.stdout).toContain("城关第一初级中学 八年级（5）班（初中）67 人，超大班额");
    expect(r.stdout).toContain("城关第一小学（小学）义务教育阶段学生 2150 人");
    expect(r.stdout).not.toContain("\u001b[");
  });

  test("colour on a terminal, none with NO_COLOR", async () => {
    expect((await run(["assess", TEMPLATE], { isTTY: true })).stdout).toContain("\u001b[31m");
    expect(
      (await run(["assess", TEMPLATE], { isTTY: true, env: { NO_COLOR: "1" } })).stdout
    ).not.toContain("\u001b[");
  });

  test("the stage tables line up in display columns (CJK = 2)", async () => {
    const { displayWidth } = await import("../../src/cli/text");
    const r = await run(["assess", TEMPLATE]);
    const table = r.stdout
      .split("\n")
      .filter((l) => /^ {2}(指标|高于规定学历|县级以上骨干|生均|网络多媒体|体育艺术)/.test(l))
      .slice(0, 8);
    expect(table).toHaveLength(8);
    const verdictColumn = table.map((l) =>
      displayWidth(l.slice(0, l.search(/(结论|未达标|达标)(（临界）)?$/)))
    );
    expect(new Set(verdictColumn).size).toBe(1);
  });
});

describe("--out writes the 申报表 workbook", () => {
  test("sheets are read back", async () => {
    const out = path.join(dir, "输出", "申报表.xlsx");
    const r = await run(["assess", TEMPLATE, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成申报表：${out}`);
    const sheets = await readXlsx(out);
    // The example has a county sheet: its parts are 表Ⅰ, 表Ⅳ–表Ⅵ and the 汇总's verdicts, never
    // sheets of their own that repeat the form (issue 24).
    expect(sheets.map((s) => s.name)).toEqual([
      // The official 申报表 first (test/report/official.test.ts), then our analysis sheets.
      ...Object.values(OFFICIAL_SHEET_NAMES),
      REPORT_SHEET_NAMES.summary,
      REPORT_SHEET_NAMES.schools,
      REPORT_SHEET_NAMES.variation,
      REPORT_SHEET_NAMES.classSize,
      REPORT_SHEET_NAMES.gaps,
      REPORT_SHEET_NAMES.breakdowns,
    ]);
    const schools = sheets.find((s) => s.name === REPORT_SHEET_NAMES.schools)!.values;
    const failing = schools.find((row) => row.includes("白马镇大坪小学"));
    expect(failing).toContain("未达标");
    // Unrounded in the cell; the number format shows 2 decimals.
    const expectedValue = EXPECTED.stages.primary.schools.find(
      (s: { name: string }) => s.name === "白马镇大坪小学"
    ).values.backboneTeachersPer100;
    expect(failing).toContain(expectedValue);
  });

  test("with --json the JSON stays alone on stdout", async () => {
    const out = path.join(dir, "json-and-out.xlsx");
    const r = await run(["assess", TEMPLATE, "--json", "--out", out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
    expect(r.stderr).toContain("已生成申报表");
    expect(fs.existsSync(out)).toBe(true);
  });

  test("refuses to overwrite an existing file without --force, and overwrites with it", async () => {
    const out = path.join(dir, "existing.xlsx");
    fs.writeFileSync(out, "别动我");
    const refused = await run(["assess", TEMPLATE, "--out", out]);
    expectOneChineseLine(refused);
    expect(refused.stderr).toContain("--force");
    expect(refused.stdout).toBe("");
    expect(fs.readFileSync(out, "utf8")).toBe("别动我");
    const forced = await run(["assess", TEMPLATE, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect((await readXlsx(out))[0].name).toBe(OFFICIAL_SHEET_NAMES.formI);
  });

  test("never writes over the input file", async () => {
    const copy = path.join(dir, "input.xlsx");
    fs.copyFileSync(TEMPLATE, copy);
    const before = fs.readFileSync(copy);
    expectOneChineseLine(await run(["assess", copy, "--out", copy, "--force"]));
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
  });
});

describe("unreadable input: non-zero exit, one Chinese line, no stack trace", () => {
  test("missing file", async () => {
    const r = await run(["assess", path.join(dir, "没有这个文件.xlsx")]);
    expectOneChineseLine(r);
    expect(r.stderr).toContain("找不到文件");
  });

  test("empty file", async () => {
    const f = path.join(dir, "empty.xlsx");
    fs.writeFileSync(f, "");
    expectOneChineseLine(await run(["assess", f]));
  });

  test("random bytes", async () => {
    const f = path.join(dir, "random.xlsx");
    fs.writeFileSync(f, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 251)));
    expectOneChineseLine(await run(["assess", f, "--json"]));
  });

  test("truncated workbook", async () => {
    const f = path.join(dir, "truncated.xlsx");
    const bytes = fs.readFileSync(TEMPLATE);
    fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = await run(["assess", f, "--json"]);
    expectOneChineseLine(r);
    expect(r.stdout).toBe("");
  });

  test("a .txt file", async () => {
    const f = path.join(dir, "学校.txt");
    fs.writeFileSync(f, "学校名称\t学生数\n城关小学\t1200\n");
    expectOneChineseLine(await run(["assess", f]));
  });

  test("a workbook without a school sheet", async () => {
    const f = path.join(dir, "no-schools.xlsx");
    await writeXlsx(
      {
        sheets: [
          {
            name: "通知",
            id: "x",
            columns: [{ width: 30 }],
            rows: [[{ value: "关于报送2024年统计数据的通知" }], [{ value: "各学校：" }]],
          },
        ],
      },
      f
    );
    const r = await run(["assess", f]);
    expectOneChineseLine(r);
    expect(r.code).toBe(1);
  });
});

/** The template with some cells changed, written as a new workbook. */
async function editedTemplate(name: string, edit: (sheets: SheetCells[]) => void): Promise<string> {
  const sheets = await readXlsx(TEMPLATE);
  edit(sheets);
  const file = path.join(dir, name);
  await writeXlsx(
    {
      sheets: sheets.map((s, i) => ({
        name: s.name,
        id: `s${i}`,
        columns: s.values[0].map(() => ({ width: 10 })),
        rows: s.values.map((row) =>
          row.map((v) => ({ value: v instanceof Date || v === undefined ? null : v }))
        ),
      })),
    },
    file
  );
  return file;
}

function columnOf(sheet: SheetCells, header: string): number {
  const i = sheet.values[0].indexOf(header);
  if (i < 0) throw new Error(header);
  return i;
}

describe("bad data in some schools: the rest is computed, and the result says it is incomplete", () => {
  let file: string;
  let excelRow = 0;
  beforeAll(async () => {
    file = await editedTemplate("bad-row.xlsx", (sheets) => {
      const schools = sheets[0];
      const row = schools.values.findIndex((r) => r[0] === "城关第三小学");
      excelRow = row + 1; // values start at A1
      schools.values[row][columnOf(schools, "小学在校生数")] = "一千三百";
    });
  });

  test("--json: exit 0, incomplete, the error with its sheet, row and column, and a stderr line", async () => {
    const r = await run(["assess", file, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.incomplete).toBe(true);
    expect(doc.stages.primary.schools.map((s: { name: string }) => s.name)).not.toContain(
      "城关第三小学"
    );
    expect(doc.stages.primary.schools).toHaveLength(EXPECTED.stages.primary.schools.length - 1);
    const issue = doc.issues.find((i: { school?: string; message: string }) =>
      i.message.includes("一千三百")
    );
    expect(issue).toMatchObject({ severity: "error", sheet: "学校基础数据", row: excelRow });
    expect(excelRow).toBe(4); // header, 城关第一小学, 城关第二小学, 城关第三小学
    expect(typeof issue.column).toBe("string");
    expect(r.stderr).toContain("错误：");
    expect(r.stderr).toContain("一千三百");
    expect(r.stderr).toContain("数据不完整");
  });

  test("summary: says 数据不完整 and how many schools are left out", async () => {
    const r = await run(["assess", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("以下结果不含 1 所数据有误的学校");
    expect(r.stdout).toContain("【数据问题】");
  });
});

test('warnings go to stderr and into "warnings"', async () => {
  const file = await editedTemplate("warning.xlsx", (sheets) => {
    const classes = sheets[1];
    classes.values[1][columnOf(classes, "学校名称")] = "不存在的学校";
  });
  const r = await run(["assess", file, "--json"]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  const w = doc.warnings.find((x: string) => x.includes("不存在的学校"));
  expect(w).toBeDefined();
  expect(r.stderr).toContain("警告：");
  expect(r.stderr).toContain("不存在的学校");
});

describe("command line", () => {
  test("--help is Chinese usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("用法");
    expect(r.stdout).toContain("edu-balance assess 文件.xlsx");
    expect(r.stdout).toContain("--json");
    expect((await run(["assess", "-h"])).stdout).toContain("用法");
  });

  test("--version is the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  test.each([
    [["assess", TEMPLATE, "--jsn"]],
    [["assess"]],
    [["assses", TEMPLATE]],
    [[]],
    [["assess", TEMPLATE, "--profile", "hebei-1999"]],
    [["assess", TEMPLATE, "--out"]],
    [["assess", TEMPLATE, "--out", "report.csv"]],
    [["assess", TEMPLATE, UNTIDY]],
  ])("usage error %p: exit 2 with one Chinese line", async (argv) => {
    const r = await run(argv as string[]);
    expectOneChineseLine(r);
    expect(r.code).toBe(2);
  });

  test("--out=FILE and -o FILE are accepted", async () => {
    expect(
      (await run(["assess", TEMPLATE, `--out=${path.join(dir, "eq.xlsx")}`, "--json"])).code
    ).toBe(0);
    expect(
      (await run(["assess", TEMPLATE, "-o", path.join(dir, "short.xlsx"), "--json"])).code
    ).toBe(0);
  });
});

describe("the installed command (node bin/edu-balance.js, compiled by build:cli)", () => {
  beforeAll(() => {
    // `npm run build:cli` is plain tsc; run it the same way. tsc exits non-zero on a type error elsewhere
    // in the tree (other parts are in progress) but still emits, so only the emitted file is checked.
    try {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        { cwd: ROOT, stdio: "pipe" }
      );
    } catch {
      // checked below
    }
    expect(fs.existsSync(path.join(ROOT, "lib/cli/main.js"))).toBe(true);
  }, 120000);

  test("--json on the untidy example equals expected.json", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/edu-balance.js"), "assess", UNTIDY, "--json"],
      { encoding: "utf8" }
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  test("a missing file exits non-zero with one Chinese line", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/edu-balance.js"), "assess", path.join(dir, "nope.xlsx")],
      { encoding: "utf8" }
    );
    expect(r.status).toBe(1);
    expectOneChineseLine({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
  });
});
