/**
 * 5. The wizard's conversation with Excel, on the stand-in Excel of the tests
 * (test/taskpane/fakeExcel.ts: Office.js's queue-and-sync discipline, every
 * context.sync() and queued API call counted): a whole run — look at the
 * workbook, read the sources, write the report — at 50, 500 and 5,000 schools.
 * Calls must not grow with the county (ratios against 50 schools); syncs grow only with the
 * bytes written (a request stays within REQUEST_BUDGET_BYTES, under Excel on the web's 5 MB).
 * The write step's time is compared with the least any add-in writing the same
 * report does in the same stand-in: each sheet's values put in one range, one
 * sync a sheet.
 */
import { buildReport } from "../../src/report";
import type { ReportWorkbook } from "../../src/report/model";
import { createExcelGateway } from "../../src/taskpane/excel";
import { REQUEST_BUDGET_BYTES } from "../../src/taskpane/excel/write";
import { readTable, runAssessment } from "../../src/ui/wizard";
import { FakeWorkbook, installFakeOffice, type FakeValue } from "../../test/taskpane/fakeExcel";
import { formatMs, median, timeOnceAsync, type ResultRow } from "../measure";
import { syntheticCounty, templateSheets } from "../synthetic";

const SECTION = "5 任务窗格向导";
const SIZES = [50, 500, 5000];

const g = globalThis as unknown as Record<string, unknown>;

interface Counts {
  runs: number;
  syncs: number;
  calls: number;
}

function sourceWorkbook(n: number): FakeWorkbook {
  const sheets = templateSheets(syntheticCounty(n, 7));
  return new FakeWorkbook(sheets.map((s) => ({ name: s.name, values: s.values as FakeValue[][] })));
}

function counts(wb: FakeWorkbook): Counts {
  return { runs: wb.runCount, syncs: wb.syncCount, calls: wb.operationCount };
}

function minus(a: Counts, b: Counts): Counts {
  return { runs: a.runs - b.runs, syncs: a.syncs - b.syncs, calls: a.calls - b.calls };
}

/** One whole run through the gateway; counts per run and the report it wrote. */
async function wholeRun(n: number): Promise<{
  total: Counts;
  write: Counts;
  report: ReportWorkbook;
  largestRequest: number;
  writtenBytes: number;
}> {
  const wb = sourceWorkbook(n);
  installFakeOffice(g, wb);
  const gateway = createExcelGateway();
  const start = counts(wb);
  const overview = await gateway.inspect();
  const schoolSheet = overview.sheets[0].name;
  const data = await gateway.readSources({
    school: { kind: "sheet", sheet: schoolSheet },
    classSheet: overview.sheets[1].name,
    countySheet: null,
  });
  const read = readTable(data, {});
  if (read.schools.length !== n)
    throw new Error(`the wizard read ${read.schools.length} of ${n} schools`);
  const report = buildReport(runAssessment(read));
  const beforeWrite = counts(wb);
  const bytesBeforeWrite = wb.payloadBytes;
  await gateway.writeReport(report);
  const end = counts(wb);
  return {
    total: minus(end, start),
    write: minus(end, beforeWrite),
    report,
    largestRequest: wb.largestRequestBytes,
    writtenBytes: wb.payloadBytes - bytesBeforeWrite,
  };
}

/** The floor for writing the same report: every sheet's values as one rectangle, one sync a sheet. */
async function plainWrite(report: ReportWorkbook): Promise<void> {
  await (g.Excel as { run: (f: (ctx: any) => Promise<void>) => Promise<void> }).run(
    async (context) => {
      for (const [i, sheet] of report.sheets.entries()) {
        const width = Math.max(1, ...sheet.rows.map((r) => r.length));
        const values = sheet.rows.map((r) =>
          Array.from({ length: width }, (_v, c) => r[c]?.value ?? "")
        );
        if (values.length === 0) continue;
        const ws = context.workbook.worksheets.add(`plain${i}`);
        ws.getRange(`A1:${columnName(width - 1)}${values.length}`).values = values;
        // A baseline of one request per sheet, like the writer it is compared with.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }
  );
}

function columnName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface WizardOptions {
  quick: boolean;
  log: (text: string) => void;
}

export async function benchWizard(options: WizardOptions): Promise<ResultRow[]> {
  const measured: Record<number, Awaited<ReturnType<typeof wholeRun>>> = {};
  try {
    for (const n of SIZES) {
      measured[n] = await wholeRun(n);
      options.log(
        `  ${n} 所学校：Excel.run ${measured[n].total.runs} 次，context.sync ${measured[n].total.syncs} 次，API 调用 ${measured[n].total.calls} 次`
      );
    }

    // The write step's time at the largest county, against the plain write, alternately, each on a fresh workbook.
    const n = SIZES[SIZES.length - 1];
    const report = measured[n].report;
    const reps = options.quick ? 1 : 5;
    const ours: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < reps + 1; r++) {
      installFakeOffice(g, sourceWorkbook(50));
      const a = await timeOnceAsync(() => createExcelGateway().writeReport(report));
      installFakeOffice(g, sourceWorkbook(50));
      const b = await timeOnceAsync(() => plainWrite(report));
      if (r === 0) continue; // the first pair warms the JIT
      ours.push(a);
      plain.push(b);
    }
    const base = measured[SIZES[0]];
    const rows: ResultRow[] = [];
    for (const size of SIZES.slice(1)) {
      const m = measured[size];
      rows.push({
        section: SECTION,
        measure: `一次完整运行的 context.sync 次数，${size} 所学校`,
        baseline: "50 所学校的同一运行",
        ratio: m.total.syncs / base.total.syncs,
        goal: "≤ 50 所的次数 + 写入字节 ÷ 半个请求预算（随字节，不随学校数）",
        // A big report goes in more requests, each under the budget (Excel on the web refuses
        // over 5 MB): about one more per REQUEST_BUDGET_BYTES written, never one per school.
        met:
          m.total.syncs <=
          base.total.syncs + Math.ceil(m.writtenBytes / (REQUEST_BUDGET_BYTES / 2)),
        detail: `${m.total.syncs} 次（50 所：${base.total.syncs}），其中写报表 ${m.write.syncs} 次（写入约 ${(m.writtenBytes / 1e6).toFixed(1)} MB，每次请求预算 ${(REQUEST_BUDGET_BYTES / 1e6).toFixed(0)} MB）；Excel.run ${m.total.runs} 次`,
      });
      rows.push({
        section: SECTION,
        measure: `一次完整运行的 Excel API 调用次数，${size} 所学校`,
        baseline: "50 所学校的同一运行",
        ratio: m.total.calls / base.total.calls,
        goal: "= 1×（与学校数无关）",
        met: m.total.calls === base.total.calls,
        detail: `${m.total.calls} 次（50 所：${base.total.calls}），其中写报表 ${m.write.calls} 次；最大的一次请求约 ${(m.largestRequest / 1e6).toFixed(2)} MB（50 所：${(base.largestRequest / 1e6).toFixed(2)} MB；Excel 网页版上限 5 MB）`,
      });
    }
    const ratio = median(ours) / median(plain);
    options.log(`  写报表 ${formatMs(median(ours))}，仅写数值 ${formatMs(median(plain))}`);
    rows.push({
      section: SECTION,
      measure: `写报表（格式、批注、图表、标记名称）耗时，${n} 所学校，替身 Excel`,
      baseline: "同一替身中只写同样的数值（每表一个区域、一次 sync）",
      ratio,
      detail: `${formatMs(median(ours))} 对 ${formatMs(median(plain))}；${report.sheets.length} 张表；交替运行，中位数，各 ${reps} 次（替身在内存中执行请求，不含 Excel 自身的渲染）`,
    });
    return rows;
  } finally {
    delete g.Excel;
    delete g.Office;
  }
}
