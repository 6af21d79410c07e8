/**
 * Timing, the machine's description and the results table.
 *
 * Every figure of the table is a ratio against a baseline measured in the same
 * run, on the same machine, right before or interleaved with what it is
 * compared to: absolute times depend on the machine (and on whatever else it
 * runs), ratios much less so.
 */
import { spawnSync, type SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as os from "os";

const gc = (globalThis as { gc?: () => void }).gc;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds of one call, after a full collection so that earlier garbage is not billed to it. */
export function timeOnce(f: () => unknown): number {
  gc?.();
  const t = performance.now();
  f();
  return performance.now() - t;
}

export async function timeOnceAsync(f: () => Promise<unknown>): Promise<number> {
  gc?.();
  const t = performance.now();
  await f();
  return performance.now() - t;
}

export interface Timing {
  /** Median milliseconds. */
  ms: number;
  runs: number[];
}

/** Median of `reps` timed calls; `inner` calls per sample for work too short to time alone. */
export function timeMedian(f: () => unknown, reps: number, inner = 1): Timing {
  const runs: number[] = [];
  for (let r = 0; r < reps; r++)
    runs.push(
      timeOnce(() => {
        for (let i = 0; i < inner; i++) f();
      }) / inner
    );
  return { ms: median(runs), runs };
}

/**
 * Times two things alternately (A B A B …), so that a change in the machine's
 * load during the run affects both alike. Returns both medians.
 */
export async function timeAlternating(
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  reps: number
): Promise<[Timing, Timing]> {
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < reps; r++) {
    ra.push(await timeOnceAsync(async () => a()));
    rb.push(await timeOnceAsync(async () => b()));
  }
  return [
    { ms: median(ra), runs: ra },
    { ms: median(rb), runs: rb },
  ];
}

export interface ProcessRun {
  ms: number;
  status: number | null;
  stderr: string;
}

/** Wall-clock time of a whole process, start to exit (what a user waits for). stdout goes to `stdoutFile` or nowhere. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { stdoutFile?: string; cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}
): ProcessRun {
  const out = options.stdoutFile ? fs.openSync(options.stdoutFile, "w") : "ignore";
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    stdio: ["ignore", out, "pipe"],
    timeout: options.timeoutMs ?? 10 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
    env: options.env ?? process.env,
  };
  const t = performance.now();
  const r = spawnSync(command, args, spawnOptions);
  const ms = performance.now() - t;
  if (typeof out === "number") fs.closeSync(out);
  return {
    ms,
    status: r.status,
    stderr: String(r.stderr ?? "") + (r.error ? String(r.error) : ""),
  };
}

// ---------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  loadAverage: number[];
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    date: new Date()
      .toISOString()
      .replace("T", " ")
      .replace(/\.\d+Z$/, " UTC"),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ---------------------------------------------------------------------------
// The results
// ---------------------------------------------------------------------------

export interface ResultRow {
  /** Section number and title, e.g. "1 核心计算". */
  section: string;
  /** What is measured, in Chinese (English after a slash where useful). */
  measure: string;
  /** The baseline the ratio is taken against. */
  baseline: string;
  /** The ratio (measure / baseline), or null when it could not be measured. */
  ratio: number | null;
  /** Absolute figures and repetitions, for the record. */
  detail: string;
  /** The goal, e.g. "≤ 1.5×", and whether it was met. */
  goal?: string;
  met?: boolean;
}

export function formatRatio(r: number | null, digits = 2): string {
  if (r === null || !Number.isFinite(r)) return "—";
  if (r >= 100) return `${r.toFixed(0)}×`;
  if (r >= 10) return `${r.toFixed(1)}×`;
  return `${r.toFixed(digits)}×`;
}

export function formatMs(ms: number): string {
  if (ms >= 10000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function goalCell(r: ResultRow): string {
  if (!r.goal) return "";
  if (r.met === undefined) return r.goal;
  return `${r.goal} ${r.met ? "✓ 达到" : "✗ 未达到"}`;
}

/** A Markdown table (also readable as plain text in a terminal). */
export function markdownTable(rows: readonly ResultRow[]): string {
  const escape = (t: string) => t.replace(/\|/g, "\\|");
  const lines = ["| 部分 | 测量 | 基准 | 比值 | 目标 | 说明 |", "|---|---|---|---:|---|---|"];
  for (const r of rows) {
    lines.push(
      `| ${escape(r.section)} | ${escape(r.measure)} | ${escape(r.baseline)} | ${formatRatio(r.ratio)} | ${escape(goalCell(r))} | ${escape(r.detail)} |`
    );
  }
  return lines.join("\n");
}
