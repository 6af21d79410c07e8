/**
 * The 自评报告 at scale (issue 26: a 5,000-school county writes in under 10 s and 500 MB):
 * a synthetic county read as the template, evaluated, built (buildSelfReport) and written
 * (selfReportToDocx with the CLI's rasteriser). Run it under /usr/bin/time -v:
 *   /usr/bin/time -v node scripts/run-ts.js bench/selfReport.ts 5000
 */
import { evaluate } from "../src/core";
import { readWorkbook } from "../src/core/table";
import { nodeRasteriser } from "../src/cli/rasterise";
import { buildSelfReport } from "../src/report/docx";
import { selfReportToDocx } from "../src/report/docx";
import { syntheticCounty, templateSheets } from "./synthetic";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 5000);
  const sheets = templateSheets(syntheticCounty(n));
  const t0 = Date.now();
  const ev = evaluate(readWorkbook(sheets));
  const t1 = Date.now();
  const report = buildSelfReport(ev, { sourceName: `synthetic-${n}.xlsx` });
  const t2 = Date.now();
  const bytes = await selfReportToDocx(report, {
    rasterise: await nodeRasteriser(),
    created: new Date(Date.UTC(2025, 8, 1)),
  });
  const t3 = Date.now();
  process.stdout.write(
    `${n} 所学校：评估 ${(t1 - t0) / 1000} s，自评报告构建 ${(t2 - t1) / 1000} s，写 .docx ${(t3 - t2) / 1000} s（${(bytes.length / 1e6).toFixed(1)} MB，${report.blocks.length} 块），合计 ${(t3 - t0) / 1000} s\n`
  );
}

void main();
