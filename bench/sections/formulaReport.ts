/**
 * 10. The 申报表 that shows its working (issue 27 §3): `assess FILE --out X.xlsx --formulas`
 * against `assess FILE --out X.xlsx` on the same 5,000-school county, whole processes of the
 * compiled CLI (bin/edu-balance.js), alternated, median of the runs; peak memory of one run
 * each under GNU time. The formulas add the 数据 sheet (one row per school and stage) and a
 * formula string to each of 表Ⅱ-2's value cells. Goal (ours): ≤ 1.5× time and memory.
 */
import * as fs from "fs";
import * as path from "path";
import { formatMs, median, runProcess, type ResultRow } from "../measure";
import { syntheticCounty } from "../synthetic";
import { writeTemplateWorkbook } from "../workbooks";
import { peakMemory } from "./cli";

const SECTION = "10 公式申报表";
const ROOT = path.resolve(__dirname, "../..");
export const FORMULA_REPORT_SCHOOLS = 5000;
const GOAL = 1.5;

export async function benchFormulaReport(options: {
  quick: boolean;
  tmp: string;
  log: (text: string) => void;
}): Promise<ResultRow[]> {
  const { tmp, log } = options;
  const county = syntheticCounty(FORMULA_REPORT_SCHOOLS);
  const input = path.join(tmp, `县域学校数据-${FORMULA_REPORT_SCHOOLS}-公式.xlsx`);
  await writeTemplateWorkbook(county, input);
  log(`  工作簿：${county.schools.length} 所学校、${county.classes.length} 个班级`);
  const bin = path.join(ROOT, "bin/edu-balance.js");
  const out = path.join(tmp, "申报表-公式.xlsx");
  const args = (formulas: boolean) => [
    bin,
    "assess",
    input,
    "--out",
    out,
    "--force",
    ...(formulas ? ["--formulas"] : []),
  ];
  const timed = (formulas: boolean): number => {
    const t = performance.now();
    const r = runProcess(process.execPath, args(formulas), { cwd: ROOT });
    if (r.status !== 0)
      throw new Error(`assess exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
    return performance.now() - t;
  };
  const plainKb = peakMemory(process.execPath, args(false), undefined).kb;
  const plainBytes = fs.statSync(out).size;
  const formulasKb = peakMemory(process.execPath, args(true), undefined).kb;
  const formulasBytes = fs.statSync(out).size;
  const reps = options.quick ? 1 : 3;
  const plain: number[] = [];
  const withFormulas: number[] = [];
  for (let i = 0; i < reps; i++) {
    plain.push(timed(false));
    withFormulas.push(timed(true));
  }
  const p = median(plain);
  const f = median(withFormulas);
  log(`  --formulas ${formatMs(f)}，不带 ${formatMs(p)}`);
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: `assess --out --formulas，${FORMULA_REPORT_SCHOOLS / 1000}k 所学校（整个进程）`,
      baseline: "assess --out（同一县，不带 --formulas）",
      ratio: f / p,
      goal: `≤ ${GOAL}×`,
      met: f / p <= GOAL,
      detail: `${formatMs(f)} 对 ${formatMs(p)}；工作簿 ${(formulasBytes / 1e6).toFixed(1)} MB 对 ${(plainBytes / 1e6).toFixed(1)} MB；交替运行，中位数，各 ${reps} 次`,
    },
  ];
  if (plainKb !== null && formulasKb !== null)
    rows.push({
      section: SECTION,
      measure: `assess --out --formulas 的峰值内存（RSS），${FORMULA_REPORT_SCHOOLS / 1000}k 所学校`,
      baseline: "assess --out 的峰值内存",
      ratio: formulasKb / plainKb,
      goal: `≤ ${GOAL}×`,
      met: formulasKb / plainKb <= GOAL,
      detail: `${(formulasKb / 1024).toFixed(0)} MB 对 ${(plainKb / 1024).toFixed(0)} MB（GNU time %M，各 1 次）`,
    });
  return rows;
}
