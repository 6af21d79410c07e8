/**
 * The CLI's real second thread (src/cli/sheetThread.ts, a worker_threads worker running the
 * compiled src/cli/sheetWorker.ts): the CLI compiled as `npm ci` compiles it, run in a child
 * process, reads workbooks with and without the worker — the same sheets, cell for cell, the
 * same refusal for a damaged file — and the worker's batches are what the reader used. Tests
 * in process cannot start it (a worker needs compiled JavaScript): they leave the CLI on one
 * thread, and test/workbook/threads.test.ts runs the worker's code in process at every cut.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticCounty } from "../../bench/synthetic";
import { writeTemplateWorkbook } from "../../bench/workbooks";
import { nodeSheetThreads } from "../../src/cli/sheetThread";
import { buildCli, ROOT } from "../corpus/buildCli";

let dir: string;
let lib: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-sheet-thread-"));
  lib = path.join(path.dirname(path.dirname(buildCli(path.join(dir, "cli")))), "lib");
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Compared {
  same: boolean;
  started: number;
  batches: number;
  completed: number;
  error?: string;
}

/** Reads `file` in a child process with the compiled reader, alone and with the worker (every sheet size). */
function compare(file: string): Compared {
  const script = `
    const util = require("util");
    const { readWorkbookBytes } = require(${JSON.stringify(path.join(lib, "workbook/index.js"))});
    const { nodeInflateRaw, nodeInflateStream } = require(${JSON.stringify(path.join(lib, "cli/inflate.js"))});
    const { nodeSheetThreads } = require(${JSON.stringify(path.join(lib, "cli/sheetThread.js"))});
    const log = { started: 0, batches: 0, completed: 0 };
    const threads = nodeSheetThreads(0);
    const start = threads.start;
    threads.start = (job) => {
      log.started++;
      const thread = start(job);
      const batches = thread.batches.bind(thread);
      thread.batches = async function* () {
        for await (const b of batches()) { log.batches++; yield b; }
        log.completed++;
      };
      return thread;
    };
    const outcome = (p) => p.then((sheets) => ({ sheets }), (e) => ({ error: e.code + ": " + e.message }));
    (async () => {
      const bytes = require("fs").readFileSync(${JSON.stringify(file)});
      const one = await outcome(readWorkbookBytes(bytes, "t.xlsx", undefined, { inflateRaw: nodeInflateRaw }));
      const two = await outcome(readWorkbookBytes(bytes, "t.xlsx", undefined, {
        inflateRaw: nodeInflateRaw, inflateStream: nodeInflateStream, sheetThreads: threads }));
      process.stdout.write(JSON.stringify({ same: util.isDeepStrictEqual(one, two), ...log, error: one.error }));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Compared;
}

test("a synthetic county of 1,000 schools: the worker's cells are the reader's own", async () => {
  const file = path.join(dir, "county-1000.xlsx");
  await writeTemplateWorkbook(syntheticCounty(1000), file);
  const r = compare(file);
  expect(r).toMatchObject({ same: true, started: 1, completed: 1 });
  expect(r.batches).toBeGreaterThan(0);
  expect(r.error).toBeUndefined();
}, 120_000);

test("the examples", () => {
  for (const name of ["county-template.xlsx", "county-untidy.xlsx"])
    expect(compare(path.join(ROOT, "examples", name))).toMatchObject({ same: true, started: 1 });
}, 120_000);

test("a damaged class sheet gets the refusal of one thread", async () => {
  const good = path.join(dir, "county-200.xlsx");
  await writeTemplateWorkbook(syntheticCounty(200), good);
  // Corrupt the deflated data near the end of the file (the class sheet is the largest part).
  const bytes = fs.readFileSync(good);
  const bad = path.join(dir, "county-200-bad.xlsx");
  const at = Math.floor(bytes.length * 0.6);
  for (let i = at; i < at + 64; i++) bytes[i] ^= 0x5a;
  fs.writeFileSync(bad, bytes);
  const r = compare(bad);
  expect(r.error).toMatch(/^damagedXlsx: 无法读取 t\.xlsx：/);
  expect(r).toMatchObject({ same: true, started: 1 });
}, 120_000);

test("run from the TypeScript sources (these tests, in process) there is no worker to start", () => {
  expect(nodeSheetThreads()).toBeUndefined();
  // The compiled CLI has one, beside its main module.
  expect(fs.existsSync(path.join(lib, "cli/sheetWorker.js"))).toBe(true);
});

/**
 * Issue 22 item 6: a worker that runs out of memory. Without a cap the worker grew to the
 * process's own heap limit (4.26 GB) before the reader fell back to one thread; with
 * resourceLimits (SHEET_THREAD_HEAP_MB) it is stopped at the cap, and the reader reads the
 * workbook on one thread: the same sheets, and the process far below its 1.5 GB.
 */
test("a worker that runs out of memory is stopped at its cap; the workbook is read on one thread", async () => {
  const file = path.join(dir, "county-300.xlsx");
  await writeTemplateWorkbook(syntheticCounty(300), file);
  // A stand-in for the worker that allocates until it is stopped.
  const greedy = path.join(dir, "greedyWorker.js");
  fs.writeFileSync(
    greedy,
    `const { parentPort } = require("worker_threads");
     parentPort.once("message", () => {
       const held = [];
       for (;;) held.push(new Array(1 << 20).fill(held.length + 0.5));
     });`
  );
  const script = `
    const util = require("util");
    const { readWorkbookBytes } = require(${JSON.stringify(path.join(lib, "workbook/index.js"))});
    const { nodeInflateRaw, nodeInflateStream } = require(${JSON.stringify(path.join(lib, "cli/inflate.js"))});
    const { nodeSheetThreads, SHEET_THREAD_HEAP_MB } = require(${JSON.stringify(path.join(lib, "cli/sheetThread.js"))});
    const log = { started: 0, completed: 0, failure: "" };
    const threads = nodeSheetThreads(0, ${JSON.stringify(greedy)});
    const start = threads.start;
    threads.start = (job) => {
      log.started++;
      const thread = start(job);
      const batches = thread.batches.bind(thread);
      thread.batches = async function* () {
        try {
          for await (const b of batches()) yield b;
          log.completed++;
        } catch (e) {
          log.failure = e.code || e.message;
          throw e;
        }
      };
      return thread;
    };
    (async () => {
      const bytes = require("fs").readFileSync(${JSON.stringify(file)});
      const one = await readWorkbookBytes(bytes, "t.xlsx", undefined, { inflateRaw: nodeInflateRaw });
      const two = await readWorkbookBytes(bytes, "t.xlsx", undefined, {
        inflateRaw: nodeInflateRaw, inflateStream: nodeInflateStream, sheetThreads: threads });
      const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stdout.write(JSON.stringify({ same: util.isDeepStrictEqual(one, two), ...log, maxRssMb, cap: SHEET_THREAD_HEAP_MB }));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
    timeout: 120_000,
  });
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout) as {
    same: boolean;
    started: number;
    completed: number;
    failure: string;
    maxRssMb: number;
    cap: number;
  };
  expect(out).toMatchObject({
    same: true,
    started: 1,
    completed: 0,
    failure: "ERR_WORKER_OUT_OF_MEMORY",
  });
  // The worker's cap and what one thread needs for this county, with room; uncapped it was 4 GB.
  expect(out.maxRssMb).toBeLessThan(out.cap + 512);
}, 120_000);
