/**
 * 9. The 自评报告 (issue 26, "Bad input and limits": a 5,000-school county writes in under 10 s
 * and under 500 MB). A 5,000-school template workbook is read as the CLI reads it and evaluated,
 * then, in one process, the 自评报告 is built (buildSelfReport) and written as .docx
 * (selfReportToDocx, with the CLI's rasteriser for the charts' PNG fallbacks); in another, the
 * 申报表 of the same county is built (buildReport) and written as .xlsx with the CLI's exceljs
 * writer (reportToBuffer), as `assess --out` does. Both run the compiled CLI modules (lib/) in a
 * process of their own, timed phase by phase inside it; peak memory is the whole process's.
 * Goals: build + write ≤ 10 s, the process's peak ≤ 500 MB (absolute, from the issue); the
 * ratios against the 申报表 say what the report costs beside the workbook users already write.
 */
import * as fs from "fs";
import * as path from "path";
import { formatMs, median, runProcess, type ResultRow } from "../measure";
import { syntheticCounty } from "../synthetic";
import { writeTemplateWorkbook } from "../workbooks";
import { peakMemory } from "./cli";

const SECTION = "9 自评报告";
const ROOT = path.resolve(__dirname, "../..");
export const SELF_REPORT_SCHOOLS = 5000;
const GOAL_SECONDS = 10;
const GOAL_MB = 500;

export interface SelfReportBenchOptions {
  quick: boolean;
  tmp: string;
  log: (text: string) => void;
}

interface Phases {
  read: number;
  /** Loading the writer's modules (docx and the rasteriser; exceljs), counted in the total. */
  load: number;
  build: number;
  write: number;
  bytes: number;
  blocks: number;
}

/** The child: read and evaluate the workbook, then build and write one of the two documents. */
function childScript(tmp: string): string {
  const file = path.join(tmp, "self-report-child.js");
  const lib = (p: string) => JSON.stringify(path.join(ROOT, "lib", p));
  fs.writeFileSync(
    file,
    [
      "// bench/sections/selfReport.ts: node self-report-child.js docx|xlsx|read workbook.xlsx out",
      `const { evaluate, readWorkbook } = require(${lib("core/index.js")});`,
      `const { buildReport } = require(${lib("report/index.js")});`,
      `const { readXlsx } = require(${lib("cli/xlsx.js")});`,
      "const fs = require('fs');",
      "(async () => {",
      "  const [mode, input, out] = process.argv.slice(2);",
      "  const t0 = performance.now();",
      "  const ev = evaluate(readWorkbook(await readXlsx(input)));",
      "  const t1 = performance.now();",
      "  if (mode === 'read') return;",
      "  // The writer's modules are loaded when a document is written, as the CLI loads them.",
      "  let bytes, blocks, t2, t3;",
      "  if (mode === 'docx') {",
      `    const { buildSelfReport, selfReportToDocx } = require(${lib("report/docx/index.js")});`,
      `    const { nodeRasteriser } = require(${lib("cli/rasterise.js")});`,
      "    const rasterise = await nodeRasteriser();",
      "    t2 = performance.now();",
      "    const report = buildSelfReport(ev, { sourceName: 'bench.xlsx' });",
      "    blocks = report.blocks.length;",
      "    t3 = performance.now();",
      "    bytes = await selfReportToDocx(report, { rasterise, created: new Date(Date.UTC(2025, 8, 1)) });",
      "  } else {",
      `    const { reportToBuffer } = require(${lib("cli/xlsx.js")});`,
      "    t2 = performance.now();",
      "    const report = buildReport(ev, { charts: false, sourceName: 'bench.xlsx' });",
      "    blocks = report.sheets.length;",
      "    t3 = performance.now();",
      "    bytes = await reportToBuffer(report);",
      "  }",
      "  const t4 = performance.now();",
      "  fs.writeFileSync(out, bytes);",
      "  process.stdout.write(JSON.stringify({ read: t1 - t0, load: t2 - t1, build: t3 - t2, write: t4 - t3, bytes: bytes.length, blocks }));",
      "})().catch((e) => { console.error(e); process.exit(1); });",
      "",
    ].join("\n")
  );
  return file;
}

export async function benchSelfReport(options: SelfReportBenchOptions): Promise<ResultRow[]> {
  const { tmp, log } = options;
  const county = syntheticCounty(SELF_REPORT_SCHOOLS);
  const input = path.join(tmp, `县域学校数据-${SELF_REPORT_SCHOOLS}-自评.xlsx`);
  await writeTemplateWorkbook(county, input);
  log(`  工作簿：${county.schools.length} 所学校、${county.classes.length} 个班级`);
  const child = childScript(tmp);
  const docx = path.join(tmp, "自评报告.docx");
  const xlsx = path.join(tmp, "申报表.xlsx");
  const json = path.join(tmp, "self-report-phases.json");
  const run = (mode: "docx" | "xlsx"): Phases => {
    const r = runProcess(process.execPath, [child, mode, input, mode === "docx" ? docx : xlsx], {
      stdoutFile: json,
      cwd: ROOT,
    });
    if (r.status !== 0)
      throw new Error(`${mode} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
    return JSON.parse(fs.readFileSync(json, "utf8")) as Phases;
  };

  // One untimed run of each under GNU time (peak memory of the whole process).
  const peak = (mode: "docx" | "xlsx" | "read"): number | null => {
    const r = peakMemory(
      process.execPath,
      [child, mode, input, mode === "docx" ? docx : xlsx],
      json
    );
    if (r.status !== 0)
      throw new Error(`${mode} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
    return r.kb;
  };
  const docxKb = peak("docx");
  const xlsxKb = peak("xlsx");
  // Reading and evaluating alone, for what the report adds to the process.
  const readKb = peak("read");

  const reps = options.quick ? 1 : 3;
  const docxRuns: Phases[] = [];
  const xlsxRuns: Phases[] = [];
  for (let i = 0; i < reps; i++) {
    docxRuns.push(run("docx"));
    xlsxRuns.push(run("xlsx"));
  }
  const med = (runs: Phases[], f: (p: Phases) => number) => median(runs.map(f));
  const docxMs = med(docxRuns, (p) => p.load + p.build + p.write);
  const xlsxMs = med(xlsxRuns, (p) => p.load + p.build + p.write);
  const d = docxRuns[0];
  log(
    `  自评报告 载入 ${formatMs(med(docxRuns, (p) => p.load))} + 构建 ${formatMs(med(docxRuns, (p) => p.build))} + 写 ${formatMs(med(docxRuns, (p) => p.write))}；申报表 ${formatMs(xlsxMs)}`
  );
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: `自评报告 构建 + 写 .docx，${SELF_REPORT_SCHOOLS / 1000}k 所学校（进程内计时）`,
      baseline: "申报表 构建 + 写 .xlsx（exceljs，同一县，同样计时）",
      ratio: docxMs / xlsxMs,
      goal: `≤ ${GOAL_SECONDS} 秒`,
      met: docxMs <= GOAL_SECONDS * 1000,
      detail: `${formatMs(docxMs)}（载入模块 ${formatMs(med(docxRuns, (p) => p.load))}，构建 ${formatMs(med(docxRuns, (p) => p.build))}，写 ${formatMs(med(docxRuns, (p) => p.write))}）对 ${formatMs(xlsxMs)}；读取并评估工作簿 ${formatMs(med(docxRuns, (p) => p.read))} 另计；.docx ${(d.bytes / 1e6).toFixed(1)} MB，${d.blocks} 块；交替运行，中位数，各 ${reps} 次`,
    },
  ];
  if (docxKb !== null && xlsxKb !== null) {
    log(
      `  峰值内存：自评报告 ${(docxKb / 1024).toFixed(0)} MB，申报表 ${(xlsxKb / 1024).toFixed(0)} MB`
    );
    rows.push({
      section: SECTION,
      measure: `自评报告进程的峰值内存（RSS），${SELF_REPORT_SCHOOLS / 1000}k 所学校`,
      baseline: "申报表进程的峰值内存",
      ratio: docxKb / xlsxKb,
      goal: `≤ ${GOAL_MB} MB`,
      met: docxKb / 1024 <= GOAL_MB,
      detail: `${(docxKb / 1024).toFixed(0)} MB 对 ${(xlsxKb / 1024).toFixed(0)} MB（整个进程：读取、评估、构建、写；只读取并评估的进程 ${readKb === null ? "?" : (readKb / 1024).toFixed(0)} MB；GNU time %M，各 1 次）`,
    });
  }
  return rows;
}
