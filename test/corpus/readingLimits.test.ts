/**
 * Issue 16 items 1, 2, 11 and 12, the limits the reader enforces while reading: each input is
 * built in the test (from examples/county-template.xlsx where it is a workbook), and
 * `edu-balance assess` runs on it as a child process under a 1 GB heap. Each must end with
 * one Chinese line (or the correct result), never a crash, a hang or a stack trace.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { WORKBOOK_LIMITS } from "../../src/workbook";
import { buildCli, ROOT } from "./buildCli";

/** Issue 16: "under 10 s and 1 GB". The heap is the bound; the time limit only stops a hang. */
const HEAP_MB = 1024;
const KILL_AFTER_SECONDS = 60;
const TEMPLATE = path.join(ROOT, "examples/county-template.xlsx");

let dir: string;
let bin: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-limits-"));
  bin = buildCli(path.join(dir, "cli"));
}, 120_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function assess(file: string): Run {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, bin, "assess", file, "--json"],
    {
      encoding: "utf8",
      timeout: KILL_AFTER_SECONDS * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules"), EDU_BALANCE_DEBUG: "" },
    }
  );
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Exit 1 with one line, 错误： and Chinese, saying what is wrong; nothing on stdout. */
function expectRefused(r: Run, message: RegExp): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(
    /\n\s+at |node:internal|FATAL ERROR|heap out of memory|程序内部错误/
  );
  expect(r.status).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^错误：[^\n]*[\u4e00-\u9fff][^\n]*\n$/);
  expect(r.stderr).toMatch(message);
}

function schoolsIn(doc: { stages: Record<string, { schools: { name: string }[] }> }): number {
  return new Set(Object.values(doc.stages).flatMap((s) => s.schools.map((x) => x.name))).size;
}

/** The template with its first sheet's XML changed, as a new file. */
function template(name: string, change: (parts: Record<string, Uint8Array>) => void): string {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(TEMPLATE)));
  change(parts);
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipSync(parts as Zippable, { level: 6 }));
  return file;
}

function withMerges(name: string, refs: Iterable<string>): string {
  return template(name, (parts) => {
    const sheet = "xl/worksheets/sheet1.xml";
    const list = [...refs];
    const merges = `<mergeCells count="${list.length}">${list.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
    parts[sheet] = strToU8(
      strFromU8(parts[sheet]).replace("</sheetData>", `</sheetData>${merges}`)
    );
  });
}

let templateSchools: number;
beforeAll(() => {
  const r = assess(TEMPLATE);
  expect(r.status).toBe(0);
  templateSchools = schoolsIn(JSON.parse(r.stdout));
  expect(templateSchools).toBeGreaterThan(40);
}, 120_000);

describe("issue 16 item 1: a merged-cell bomb", () => {
  test(
    "one merge Z100:XFD1048576 (17 billion cells) is refused before any cell is made",
    () => {
      const r = assess(withMerges("merge-bomb.xlsx", ["Z100:XFD1048576"]));
      expectRefused(r, /学校基础数据[^\n]*1048576 行 × 16384 列[^\n]*单元格的上限/);
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );

  test(
    "a single 5-million-cell merge is refused on the used range it makes (a million rows × the template's 29 columns)",
    () => {
      const r = assess(withMerges("merge-5m.xlsx", ["A200:E1000199"]));
      expectRefused(r, /学校基础数据[^\n]*1000199 行 × 29 列[^\n]*2000 万个单元格的上限/);
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );

  test(
    "a merge that widens the sheet within the limits is read, and the county assessed as before",
    () => {
      const r = assess(withMerges("merge-wide.xlsx", ["A200:E20000"]));
      expect(r.status).toBe(0);
      expect(schoolsIn(JSON.parse(r.stdout))).toBe(templateSchools);
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );
});

describe("issue 16 item 2: 100,000 merges", () => {
  const rows = (n: number) =>
    (function* () {
      for (let i = 0; i < n; i++) yield `Y${200 + i}:Z${200 + i}`;
    })();

  test(
    "100,000 merges are read without checking each against every other",
    () => {
      const r = assess(withMerges("merges-100000.xlsx", rows(100_000)));
      expect(r.status).toBe(0);
      expect(schoolsIn(JSON.parse(r.stdout))).toBe(templateSchools);
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );

  test(
    `more than ${WORKBOOK_LIMITS.merges} merges are refused, naming the limit`,
    () => {
      const r = assess(withMerges("merges-too-many.xlsx", rows(WORKBOOK_LIMITS.merges + 1)));
      expectRefused(r, new RegExp(`合并单元格区域超过 ${WORKBOOK_LIMITS.merges} 个的上限`));
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );
});

describe("issue 16 item 11: a workbook-wide cell budget", () => {
  test(
    "twenty sheets each just under the sheet limit are refused at the second, not read to 4 GB",
    () => {
      // One value in column S of the last row: 1,048,576 × 19 ≈ 19.9 million cells, under 20 million.
      const extra = 20;
      const file = template("twenty-sheets.xlsx", (parts) => {
        const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let workbook = strFromU8(parts["xl/workbook.xml"]);
        let rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
        for (let i = 1; i <= extra; i++) {
          parts[`xl/worksheets/big${i}.xml`] = strToU8(
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
              '<sheetData><row r="1048576"><c r="S1048576"><v>1</v></c></row></sheetData></worksheet>'
          );
          workbook = workbook.replace(
            "</sheets>",
            `<sheet name="空表${i}" sheetId="${100 + i}" r:id="rBig${i}"/></sheets>`
          );
          rels = rels.replace(
            "</Relationships>",
            `<Relationship Id="rBig${i}" Type="${R}/worksheet" Target="worksheets/big${i}.xml"/></Relationships>`
          );
        }
        parts["xl/workbook.xml"] = strToU8(workbook);
        parts["xl/_rels/workbook.xml.rels"] = strToU8(rels);
      });
      expect(fs.statSync(file).size).toBeLessThan(200 * 1024);
      const r = assess(file);
      expectRefused(r, /空表2[^\n]*合计[^\n]*整个工作簿 2000 万个单元格的上限/);
    },
    (KILL_AFTER_SECONDS + 10) * 1000
  );
});

describe("issue 16 item 12: files that are not regular files", () => {
  test("/dev/zero is refused without reading it", () => {
    if (!fs.existsSync("/dev/zero")) return;
    expectRefused(assess("/dev/zero"), /不是普通文件/);
  });

  test("a FIFO is refused at once, never waited on", () => {
    const fifo = path.join(dir, "pipe.xlsx");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status !== 0) return; // no mkfifo on this system (Windows)
    expectRefused(assess(fifo), /不是普通文件/);
  });

  test("a 1.9 GB file is refused on its size, before it is read", () => {
    // Sparse: it takes no disk. It starts like a zip, so only its size can refuse it.
    const big = path.join(dir, "huge.xlsx");
    fs.writeFileSync(big, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    fs.truncateSync(big, 1946 * 1024 * 1024);
    expectRefused(assess(big), /文件有 1946 MB，超过 256 MB 的上限/);
  });

  test("a large file that is not a workbook is refused on its first bytes", () => {
    const big = path.join(dir, "not-a-workbook.xlsx");
    fs.writeFileSync(big, "这不是工作簿");
    fs.truncateSync(big, 1946 * 1024 * 1024);
    expectRefused(assess(big), /不是 Excel 工作簿/);
  });
});
