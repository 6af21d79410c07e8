/**
 * The corpus of bad workbooks through the installed command (issue 6 §2): each file is
 * written by ./generate.ts into a temporary folder, and `edu-balance assess` runs on it
 * as a child process with a time limit and a heap limit (--max-old-space-size). Each
 * must end in time, never with a crash or a stack trace: exit 1 with one Chinese line on
 * stderr, or exit 0 with the right result.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCli, ROOT } from "./buildCli";
import { writeCorpus, type CorpusFile } from "./generate";

/** Heap and time for every file but the 100,000-row one: a bad file is refused fast and small. */
const SMALL_HEAP_MB = 256;
const SMALL_SECONDS = 30;
/**
 * The 100,000-row sheet (about 80 MB of sheet XML) is streamed (src/workbook): the cells,
 * not the XML or an object per cell, are held. It needed a 2.5 GB heap when exceljs read it.
 */
const BIG_HEAP_MB = 1024;
const BIG_SECONDS = 150;

let dir: string;
let bin: string;
let corpus: CorpusFile[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-corpus-"));
  bin = buildCli(path.join(dir, "cli"));
  corpus = writeCorpus(path.join(dir, "files"));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

function cli(args: string[], heapMb: number, seconds: number): Run {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, bin, ...args], {
    encoding: "utf8",
    timeout: seconds * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules"), EDU_BALANCE_DEBUG: "" },
  });
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    seconds: (Date.now() - started) / 1000,
    timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT",
  };
}

/** No crash: an exit code of our own, no signal, no stack trace or V8 report. */
function expectOrderlyEnd(r: Run): void {
  expect(r.timedOut).toBe(false);
  expect(r.signal).toBeNull();
  expect([0, 1]).toContain(r.status);
  expect(r.stderr).not.toMatch(
    /\n\s+at |node:internal|FATAL ERROR|heap out of memory|程序内部错误/
  );
}

function byName(file: string): CorpusFile {
  const f = corpus.find((c) => c.file === file);
  if (!f) throw new Error(`no corpus file ${file}`);
  return f;
}

const SMALL_FILES = [
  "empty.xlsx",
  "not-an-xlsx.xlsx",
  "truncated.xlsx",
  "encrypted.xlsx",
  "no-rows.xlsx",
  "header-only.xlsx",
  "missing-columns.xlsx",
  "duplicate-names.xlsx",
  "merged-data-rows.xlsx",
  "excel-errors.xlsx",
  "formulas-without-values.xlsx",
  "bomb-1GB.xlsx",
  "bomb-ratio.xlsx",
  "bomb-lying-sizes.xlsx",
  "far-corner-cell.xlsx",
  "beyond-excel-rows.xlsx",
  "too-many-parts.xlsx",
];

describe("every bad workbook ends in time, with one Chinese line or a correct result", () => {
  test("the corpus has every kind of file the issue lists", () => {
    expect(corpus.map((c) => c.file).sort()).toEqual([...SMALL_FILES, "rows-100000.xlsx"].sort());
  });

  test.each(SMALL_FILES)(
    "%s",
    (file) => {
      const c = byName(file);
      const r = cli(
        ["assess", path.join(dir, "files", file), "--json"],
        SMALL_HEAP_MB,
        SMALL_SECONDS
      );
      expectOrderlyEnd(r);
      if (c.expect.exit === 1) {
        expect(r.status).toBe(1);
        expect(r.stdout).toBe("");
        // One line, Chinese, beginning 错误：, and saying what is wrong.
        expect(r.stderr).toMatch(/^错误：[^\n]*[\u4e00-\u9fff][^\n]*\n$/);
        expect(r.stderr).toMatch(c.expect.message);
      } else {
        expect(r.status).toBe(0);
        for (const line of r.stderr.split("\n").filter(Boolean))
          expect(line).toMatch(/^(错误|警告)：/);
        c.expect.check(JSON.parse(r.stdout) as Record<string, unknown>, r.stderr);
      }
    },
    (SMALL_SECONDS + 10) * 1000
  );

  test(
    `rows-100000.xlsx: all 100,000 schools assessed within ${BIG_SECONDS} s and a ${BIG_HEAP_MB} MB heap`,
    () => {
      const r = cli(
        ["assess", path.join(dir, "files", "rows-100000.xlsx")],
        BIG_HEAP_MB,
        BIG_SECONDS
      );
      expectOrderlyEnd(r);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("纳入测算 100000 所，达标 100000 所");
      // Half the schools at 4.2 qualified teachers per 100 and half at 8.4, 1000 students each:
      // X̄ = 6.3, S = 2.1, CV = 1/3; every other indicator is the same in every school (CV 0).
      expect(r.stdout).toMatch(/高于规定学历教师[^\n]*6\.30\s+0\.333/);

      console.log(`rows-100000.xlsx: ${r.seconds.toFixed(1)} s`);
    },
    (BIG_SECONDS + 10) * 1000
  );
});

describe("a refused workbook leaves nothing behind", () => {
  test(
    "--out is not created when the input is refused",
    () => {
      const out = path.join(dir, "申报表.xlsx");
      const r = cli(
        ["assess", path.join(dir, "files", "bomb-1GB.xlsx"), "--out", out],
        SMALL_HEAP_MB,
        SMALL_SECONDS
      );
      expect(r.status).toBe(1);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    },
    (SMALL_SECONDS + 10) * 1000
  );
});
