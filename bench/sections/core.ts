/**
 * 1. Core scaling: assess() and readWorkbook() on 1k, 10k and 100k synthetic
 *    (assess() is timed by itself, the engine inside core/pipeline.ts's evaluate(); hosts call evaluate())
 * schools with their classes. Per-school time at 10k and 100k against the 1k
 * run (flat = 1.00×); the 100k assessment is also given in seconds, since its
 * goal (under 1 s) is absolute.
 */
import { assess } from "../../src/core/assess";
import { readWorkbook } from "../../src/core/table";
import { formatMs, median, timeMedian, type ResultRow } from "../measure";
import { syntheticCounty, templateSheets } from "../synthetic";

const SECTION = "1 核心计算";
const SIZES = [1000, 10000, 100000];

export interface CoreOptions {
  quick: boolean;
  log: (text: string) => void;
}

export function benchCore(options: CoreOptions): ResultRow[] {
  const rows: ResultRow[] = [];
  const perSchool: Record<string, Record<number, number>> = { assess: {}, read: {} };
  const absolute: Record<string, Record<number, number>> = { assess: {}, read: {} };
  const reps: Record<number, number> = options.quick
    ? { 1000: 3, 10000: 3, 100000: 1 }
    : { 1000: 5, 10000: 5, 100000: 5 };
  // 100k schools with their 2.3 million class rows take seconds to read: fewer repetitions there.
  const readReps: Record<number, number> = options.quick
    ? { 1000: 3, 10000: 3, 100000: 1 }
    : { 1000: 5, 10000: 5, 100000: 3 };
  // Enough calls per sample that the 1k figure is not a few milliseconds of timer noise.
  const inner: Record<number, number> = { 1000: 20, 10000: 2, 100000: 1 };

  // Warm the JIT on a small county first, so the 1k baseline is not billed for compilation.
  {
    const warm = syntheticCounty(2000, 1);
    const sheets = templateSheets(warm);
    for (let i = 0; i < 10; i++) {
      assess(warm.schools, warm.classes);
      readWorkbook(sheets);
    }
  }

  // The sizes are timed in turn (1k, 10k, 100k, 1k, …), so that a change in the machine's load
  // during the run touches every size alike and the per-school ratios stay fair.
  const counties = SIZES.map((n) => syntheticCounty(n));
  const assessRuns: number[][] = SIZES.map(() => []);
  const rounds = Math.max(...SIZES.map((n) => reps[n]));
  for (let round = 0; round < rounds; round++) {
    SIZES.forEach((n, i) => {
      if (round >= reps[n]) return;
      const c = counties[i];
      assessRuns[i].push(timeMedian(() => assess(c.schools, c.classes), 1, inner[n]).ms);
    });
  }
  // The cells are built after assess() is timed: at 100k they are millions of objects, and a
  // collection during assess() would otherwise be billed for marking them.
  const sheets = counties.map((c) => templateSheets(c));
  const readRuns: number[][] = SIZES.map(() => []);
  const readRounds = Math.max(...SIZES.map((n) => readReps[n]));
  for (let round = 0; round < readRounds; round++) {
    SIZES.forEach((n, i) => {
      if (round >= readReps[n]) return;
      // Every timed read is checked: all schools and classes, and no issue on clean data.
      readRuns[i].push(
        timeMedian(
          () => {
            const read = readWorkbook(sheets[i]);
            if (
              read.schools.length !== n ||
              read.classes?.length !== counties[i].classes.length ||
              read.issues.length > 0
            ) {
              throw new Error(
                `readWorkbook read ${read.schools.length} schools and ${read.classes?.length} classes of ${n} / ${counties[i].classes.length}, ${read.issues.length} issues`
              );
            }
          },
          1,
          inner[n]
        ).ms
      );
    });
  }
  SIZES.forEach((n, i) => {
    const a = median(assessRuns[i]);
    const r = median(readRuns[i]);
    perSchool.assess[n] = a / n;
    perSchool.read[n] = r / n;
    absolute.assess[n] = a;
    absolute.read[n] = r;
    options.log(
      `  ${n} 所学校（${counties[i].classes.length} 个班级）：assess ${formatMs(a)}，readWorkbook ${formatMs(r)}`
    );
  });
  const classes100k = counties[SIZES.length - 1].classes.length;

  const base = SIZES[0];
  for (const [key, label] of [
    ["assess", "assess()"],
    ["read", "readWorkbook()（单元格 → 记录）"],
  ] as const) {
    for (const n of SIZES.slice(1)) {
      rows.push({
        section: SECTION,
        measure: `${label} 每校耗时，${n / 1000}k 所学校`,
        baseline: `同一函数 1k 所学校的每校耗时`,
        ratio: perSchool[key][n] / perSchool[key][base],
        goal: "≈ 1×（线性）",
        met: perSchool[key][n] / perSchool[key][base] <= 1.5,
        detail: `每校 ${(perSchool[key][n] * 1000).toFixed(1)} µs（1k：${(perSchool[key][base] * 1000).toFixed(1)} µs）；各规模轮流运行，中位数，重复 ${(key === "assess" ? reps : readReps)[n]} 次`,
      });
    }
  }
  const seconds = absolute.assess[100000] / 1000;
  rows.push({
    section: SECTION,
    measure: "assess() 10 万所学校，绝对时间",
    baseline: "目标 1 s",
    ratio: seconds / 1,
    goal: "< 1 s",
    met: seconds < 1,
    detail: `${formatMs(absolute.assess[100000])}（含 ${classes100k} 个班级）；readWorkbook 同样 10 万行：${formatMs(absolute.read[100000])}；中位数，重复 ${reps[100000]} 次`,
  });
  return rows;
}
