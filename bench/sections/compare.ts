/**
 * 8. Year over year (issue 25, "Speed"): `edu-balance compare … --json` as a whole process.
 * - Five years of a 20,000-school county with classes (five workbooks of the same synthetic
 *   county, each year a little different: a few schools closed, opened, renamed, some values
 *   drifting; the year in each file's name), against one `assess --json` of one of those years.
 *   Goals: time ≤ 5.5× (each year is read once, and reading dominates), peak memory (RSS) ≤ 1.5×
 *   one year's.
 * - Three years of the example county (each with its county sheet's 填报年度), against one
 *   `assess --json` of the example county: goal ≤ 1 s for the whole process.
 */
import * as fs from "fs";
import * as path from "path";
import { templateCountySheet } from "../../src/cli/examples/countySheet";
import { templateWorkbook } from "../../src/cli/examples/generate";
import {
  sampleCounty,
  sampleCountyFigures,
  type SampleCounty,
} from "../../src/cli/examples/sampleCounty";
import { reportToXlsxBytes } from "../../src/report/xlsx";
import type { SchoolRecord } from "../../src/core/types";
import { formatMs, median, runProcess, type ResultRow } from "../measure";
import { BENCH_SEED, syntheticCounty, type SyntheticCounty } from "../synthetic";
import { writeTemplateWorkbook } from "../workbooks";
import { peakMemory } from "./cli";

const SECTION = "8 年度监测";
const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/edu-balance.js");
export const COMPARE_SCHOOLS = 20000;
const FIRST_YEAR = 2021;
const YEARS = 5;

export interface CompareBenchOptions {
  quick: boolean;
  tmp: string;
  log: (text: string) => void;
}

/** The 10-digit 学校标识码 of the i-th school (the county's prefix, then a serial). */
function codeOf(i: number): string {
  return `33010${String(i).padStart(5, "0")}`;
}

/**
 * Year k (0 = the first) of the county: the base county with every school given its code, then
 * - closed: from year 1 on, ten schools a year (kept closed);
 * - opened: ten new schools a year (kept open), from another seeded county;
 * - renamed: from year 2 on, a few schools under a new name, their code kept;
 * - drifting: one school in 25 loses 3% of its 专任教师 a year, one in 25 gains 3%, and the
 *   students of one school in 40 grow 4% a year (so that schools slip, recover, and CVs move).
 */
export function countyYear(
  base: SyntheticCounty,
  extra: SyntheticCounty,
  k: number
): SyntheticCounty {
  const closed = (i: number) => i % 2000 >= 1 && i % 2000 <= k * 2;
  const names = new Map<string, string>();
  const schools: SchoolRecord[] = [];
  base.schools.forEach((s, i) => {
    if (closed(i)) return;
    let name = s.name;
    if (k >= 2 && i % 5000 === 17) name = `${s.name.replace(/第/, "")}`;
    const drift = i % 25 === 3 ? 1 - 0.03 * k : i % 25 === 11 ? 1 + 0.03 * k : 1;
    const grow = i % 40 === 7 ? 1 + 0.04 * k : 1;
    const r: SchoolRecord = {
      ...s,
      name,
      code: codeOf(i),
      primaryStudents: Math.round(s.primaryStudents * grow),
      juniorStudents: Math.round(s.juniorStudents * grow),
      primaryQualifiedTeachers: Math.round(s.primaryQualifiedTeachers * drift),
      juniorQualifiedTeachers: Math.round(s.juniorQualifiedTeachers * drift),
    };
    names.set(s.name, name);
    schools.push(r);
  });
  const opened = new Set<string>();
  extra.schools.slice(0, 10 * k).forEach((s, j) => {
    const name = `新区${s.name}`;
    opened.add(s.name);
    schools.push({ ...s, name, code: codeOf(COMPARE_SCHOOLS + j) });
  });
  const classes = [
    ...base.classes.flatMap((c) => {
      const name = names.get(c.school);
      return name === undefined ? [] : [{ ...c, school: name }];
    }),
    ...extra.classes
      .filter((c) => opened.has(c.school))
      .map((c) => ({ ...c, school: `新区${c.school}` })),
  ];
  return { schools, classes };
}

/** The example county of year `year`: its county sheet's 填报年度 set; from the second year on one school closed. */
async function writeExampleYear(file: string, year: number, k: number): Promise<void> {
  let county: SampleCounty = sampleCounty();
  if (k >= 1) {
    const gone = county.schools[county.schools.length - 1].name;
    county = {
      ...county,
      schools: county.schools.filter((s) => s.name !== gone),
      classes: county.classes.filter((c) => c.school !== gone),
    };
  }
  const sheets = templateWorkbook(county).sheets.slice(0, 2);
  const figures = sampleCountyFigures().map((f) =>
    f.key === "reportYear" ? { ...f, value: year } : f
  );
  sheets.push(templateCountySheet(figures));
  fs.writeFileSync(file, await reportToXlsxBytes({ sheets }));
}

interface CompareDoc {
  years: number[];
  schools: { names: (string | null)[] }[];
  events: { kind: string }[];
}

function checkComparison(json: string, years: number, schoolsAtLeast: number): CompareDoc {
  const doc = JSON.parse(fs.readFileSync(json, "utf8")) as CompareDoc;
  if (doc.years.length !== years || doc.schools.length < schoolsAtLeast)
    throw new Error(
      `compare output has ${doc.years.length} years and ${doc.schools.length} schools (expected ${years}, ≥ ${schoolsAtLeast})`
    );
  return doc;
}

function eventCounts(doc: CompareDoc): string {
  const counts = new Map<string, number>();
  for (const e of doc.events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join("、");
}

export async function benchCompare(options: CompareBenchOptions): Promise<ResultRow[]> {
  const { tmp, log } = options;
  const base = syntheticCounty(COMPARE_SCHOOLS);
  const extra = syntheticCounty(10 * YEARS, BENCH_SEED + 1);
  const files: string[] = [];
  let bytes = 0;
  let classes = 0;
  for (let k = 0; k < YEARS; k++) {
    const file = path.join(tmp, `县域学校数据-${FIRST_YEAR + k}.xlsx`);
    const county = countyYear(base, extra, k);
    await writeTemplateWorkbook(county, file);
    files.push(file);
    bytes += fs.statSync(file).size;
    classes = county.classes.length;
  }
  log(
    `  ${YEARS} 个年度的工作簿：各约 ${COMPARE_SCHOOLS} 所学校、${classes} 个班级，共 ${(bytes / 1e6).toFixed(1)} MB`
  );
  const one = files[files.length - 1];
  const compareJson = path.join(tmp, "compare-output.json");
  const assessJson = path.join(tmp, "compare-assess-output.json");
  const compareArgs = [BIN, "compare", ...files, "--json"];
  const assessArgs = [BIN, "assess", one, "--json"];

  // One untimed run of each under GNU time (peak memory), the files in the page cache.
  const firstCompare = peakMemory(process.execPath, compareArgs, compareJson);
  if (firstCompare.status !== 0)
    throw new Error(
      `compare exited with ${firstCompare.status}: ${firstCompare.stderr.slice(0, 500)}`
    );
  const doc = checkComparison(compareJson, YEARS, COMPARE_SCHOOLS * 0.95);
  const firstAssess = peakMemory(process.execPath, assessArgs, assessJson);
  if (firstAssess.status !== 0)
    throw new Error(
      `assess exited with ${firstAssess.status}: ${firstAssess.stderr.slice(0, 500)}`
    );

  const reps = options.quick ? 1 : 3;
  const compareRuns: number[] = [];
  const assessRuns: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c = runProcess(process.execPath, compareArgs, { stdoutFile: compareJson, cwd: ROOT });
    if (c.status !== 0) throw new Error(`compare exited with ${c.status}`);
    compareRuns.push(c.ms);
    const a = runProcess(process.execPath, assessArgs, { stdoutFile: assessJson, cwd: ROOT });
    if (a.status !== 0) throw new Error(`assess exited with ${a.status}`);
    assessRuns.push(a.ms);
  }
  const compareMs = median(compareRuns);
  const assessMs = median(assessRuns);
  log(`  compare ${YEARS} 年 ${formatMs(compareMs)}，assess 一年 ${formatMs(assessMs)}`);
  const ratio = compareMs / assessMs;
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: `edu-balance compare --json，${YEARS} 个年度 × ${COMPARE_SCHOOLS / 1000}k 所学校（整个进程）`,
      baseline: "edu-balance assess --json，其中一年（整个进程）",
      ratio,
      goal: `≤ 5.5×`,
      met: ratio <= 5.5,
      detail: `${formatMs(compareMs)} 对 ${formatMs(assessMs)}；每年约 ${classes} 个班级，共 ${(bytes / 1e6).toFixed(1)} MB；${doc.schools.length} 所学校的历史，${doc.events.length} 个事件（${eventCounts(doc)}）；JSON ${(fs.statSync(compareJson).size / 1e6).toFixed(0)} MB；交替运行，中位数，各 ${reps} 次`,
    },
  ];
  if (firstCompare.kb !== null && firstAssess.kb !== null) {
    const m = firstCompare.kb / firstAssess.kb;
    log(
      `  峰值内存：compare ${(firstCompare.kb / 1024).toFixed(0)} MB，assess ${(firstAssess.kb / 1024).toFixed(0)} MB`
    );
    rows.push({
      section: SECTION,
      measure: `edu-balance compare --json 的峰值内存（RSS），${YEARS} 个年度 × ${COMPARE_SCHOOLS / 1000}k 所学校`,
      baseline: "assess --json 其中一年的峰值内存",
      ratio: m,
      goal: "≤ 1.5×",
      met: m <= 1.5,
      detail: `${(firstCompare.kb / 1024).toFixed(0)} MB 对 ${(firstAssess.kb / 1024).toFixed(0)} MB（GNU time %M，各 1 次）`,
    });
  }
  rows.push(...(await exampleYears(options)));
  return rows;
}

/** Three years of the example county through compare, whole process; goal ≤ 1 s. */
async function exampleYears(options: CompareBenchOptions): Promise<ResultRow[]> {
  const files: string[] = [];
  for (let k = 0; k < 3; k++) {
    // Names without a year: the year is the county sheet's 填报年度.
    const file = path.join(options.tmp, `示例县-${"甲乙丙"[k]}.xlsx`);
    await writeExampleYear(file, 2023 + k, k);
    files.push(file);
  }
  const json = path.join(options.tmp, "compare-example.json");
  const compareArgs = [BIN, "compare", ...files, "--json"];
  const assessArgs = [BIN, "assess", files[files.length - 1], "--json"];
  const warm = runProcess(process.execPath, compareArgs, { stdoutFile: json, cwd: ROOT });
  if (warm.status !== 0)
    throw new Error(`compare exited with ${warm.status}: ${warm.stderr.slice(0, 500)}`);
  const doc = checkComparison(json, 3, 40);
  runProcess(process.execPath, assessArgs, { cwd: ROOT });
  const compareRuns: number[] = [];
  const assessRuns: number[] = [];
  for (let r = 0; r < (options.quick ? 3 : 9); r++) {
    compareRuns.push(runProcess(process.execPath, compareArgs, { cwd: ROOT }).ms);
    assessRuns.push(runProcess(process.execPath, assessArgs, { cwd: ROOT }).ms);
  }
  const c = median(compareRuns);
  const a = median(assessRuns);
  options.log(`  示例县 3 年：compare ${formatMs(c)}，assess 一年 ${formatMs(a)}`);
  return [
    {
      section: SECTION,
      measure: "edu-balance compare --json，示例县 3 个年度（整个进程）",
      baseline: "edu-balance assess --json，示例县其中一年（整个进程）",
      ratio: c / a,
      goal: "≤ 1 秒",
      met: c <= 1000,
      detail: `${formatMs(c)} 对 ${formatMs(a)}；年度取自县级指标表的填报年度；${doc.schools.length} 所学校，${doc.events.length} 个事件；交替运行，中位数，各 ${compareRuns.length} 次`,
    },
  ];
}
