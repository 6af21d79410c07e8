/**
 * Issue 22 §1: 20,000 schools with one name. Every duplicate's message listed every row, so the
 * messages grew with the square of the rows: `--json` wrote 2.86 GB to stderr and ran out of
 * memory (exit 134 after 91 s, 4.2 GB); the summary ended in 程序内部错误（Invalid string length）.
 * Now one issue per name lists a few rows and the total: the CLI, as `npm ci` installs it, runs
 * as a child process under the memory promise for hostile input (a 1.5 GB heap) and ends
 * normally, with output of a few kilobytes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCli, ROOT } from "../corpus/buildCli";
import { primarySchool, SCHOOL_HEADERS, schoolRow, workbook, type Cell } from "../corpus/generate";

const HEAP_MB = 1536;
const KILL_AFTER_SECONDS = 90;
const DUPLICATES = 20_000;
const NAME = "城关第一小学";
/** Schools with names of their own: the county is computed without the duplicated rows. */
const OTHERS = ["实验小学", "城南小学", "河西小学"];

let dir: string;
let bin: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-duplicates-"));
  bin = buildCli(path.join(dir, "cli"));
  const rows: Cell[][] = [[...SCHOOL_HEADERS]];
  rows.push(schoolRow(primarySchool(OTHERS[0])));
  for (let i = 0; i < DUPLICATES; i++) rows.push(schoolRow(primarySchool(NAME, i % 2 === 0)));
  for (const name of OTHERS.slice(1)) rows.push(schoolRow(primarySchool(name, true)));
  file = path.join(dir, "重名.xlsx");
  fs.writeFileSync(file, workbook([{ name: "学校基础数据", rows }]));
}, 120_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function assess(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, bin, "assess", file, ...args],
    {
      encoding: "utf8",
      timeout: KILL_AFTER_SECONDS * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules"), EDU_BALANCE_DEBUG: "" },
    }
  );
  return { ...r, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Rows 3 (the name's first) to 12, then the total: the header is row 1, 实验小学 row 2. */
const LISTED = `（第 ${Array.from({ length: 10 }, (_, k) => k + 3).join("、")} 行等，共 ${DUPLICATES} 行）`;

function expectOrderly(r: ReturnType<typeof assess>): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|FATAL ERROR|out of memory|程序内部错误/);
  expect(r.status).toBe(0);
}

test("--json: one issue for the name, none of its rows counted, output of kilobytes", () => {
  const r = assess("--json");
  expectOrderly(r);
  const doc = JSON.parse(r.stdout) as {
    incomplete: boolean;
    issues: { code: string; row: number; column: string; message: string }[];
    stages: { primary: { schools: { name: string }[] } };
  };
  expect(doc.incomplete).toBe(true);
  const duplicates = doc.issues.filter((i) => i.code === "duplicateSchool");
  expect(duplicates).toHaveLength(1);
  expect(duplicates[0]).toMatchObject({ row: 4, column: "A" });
  expect(duplicates[0].message).toContain(NAME);
  expect(duplicates[0].message).toContain(LISTED);
  // The schools assessed are the three others: not one row of the duplicated name.
  expect(doc.stages.primary.schools.map((s) => s.name).sort()).toEqual([...OTHERS].sort());
  // stderr: the issue once, as one line, and the incomplete warning.
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("错误："));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(LISTED);
  expect(r.stderr.length).toBeLessThan(4_000);
  expect(r.stdout.length).toBeLessThan(1_000_000);
}, 120_000);

test("the summary: the county computed, the issue once in 数据问题", () => {
  const r = assess();
  expectOrderly(r);
  expect(r.stdout).toContain("【数据问题】");
  const lines = r.stdout.split("\n").filter((l) => l.includes(`学校名称「${NAME}」重复出现`));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(LISTED);
  expect(lines[0]).toContain("这些行都未计入");
  expect(r.stdout).toMatch(/【小学】 纳入测算 3 所/);
  expect(r.stdout.length).toBeLessThan(100_000);
}, 120_000);
