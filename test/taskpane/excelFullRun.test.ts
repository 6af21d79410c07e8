/**
 * A whole run through the Excel gateway (the one module that calls Excel.run) over
 * the fake workbook: inspect → read (school, class and county sheets) → reader →
 * assess → report → write, then a re-run, a what-if (no Excel at all) and the
 * 复核抽样 sheet. Counts Excel.run calls and syncs per step at 50 and 5,000 schools (the
 * write's syncs bounded by its bytes, each request within the budget), and checks that
 * the source sheets are untouched, cell for cell and format for format.
 */
import { drawReviewSample } from "../../src/core/planning/sampling";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import { buildReport, REPORT_SHEET_NAMES } from "../../src/report";
import { buildSampleSheet } from "../../src/report/sample";
import { createExcelGateway } from "../../src/taskpane/excel";
import {
  addAdditions,
  evaluateWhatIf,
  smallestAdditions,
  stagePart,
  whatIfSchools,
} from "../../src/ui/whatIf";
import { REQUEST_BUDGET_BYTES } from "../../src/taskpane/excel/write";
import { readTable, runAssessment } from "../../src/ui/wizard";
import { FakeWorkbook, installFakeOffice } from "./fakeExcel";
import {
  sampleClasses,
  sampleClassSheet,
  sampleSchoolRecords,
  sampleSchoolSheet,
} from "./sampleCounty";
import { smallCountyCountySheet } from "./smallCounty";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const measured: Record<number, Record<string, { runs: number; syncs: number }>> = {};

test.each([50, 5000])(
  "%i schools: syncs per step do not depend on the county (the write's only on its bytes), sources stay identical",
  async (n) => {
    const schools = sampleSchoolRecords(n);
    const wb = new FakeWorkbook([
      { name: "说明", values: [["本工作簿为测试数据"]] },
      { name: "学校基础数据", values: sampleSchoolSheet(schools) },
      { name: "班级", values: sampleClassSheet(sampleClasses(schools)) },
      { name: "县级指标", values: smallCountyCountySheet() },
    ]);
    // a user's sheet that happens to carry a report's name
    wb.addSheet({ name: "校际均衡", values: [["我的笔记"]] });
    installFakeOffice(g, wb);
    const gateway = createExcelGateway();
    const sources = ["说明", "学校基础数据", "班级", "县级指标", "校际均衡"];
    const fingerprints = () => sources.map((name) => wb.sheetByName(name)!.fingerprint());
    const before = fingerprints();
    const steps: Record<string, { runs: number; syncs: number }> = {};
    const bytes: Record<string, number> = {};
    const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
      const runs = wb.runCount;
      const syncs = wb.syncCount;
      const payload = wb.payloadBytes;
      const result = await f();
      steps[name] = { runs: wb.runCount - runs, syncs: wb.syncCount - syncs };
      bytes[name] = wb.payloadBytes - payload;
      return result;
    };

    const overview = await step("inspect", () => gateway.inspect());
    expect(overview.sheets.map((s) => s.name)).toEqual(sources);
    expect(overview.countySheet).toBe("县级指标");
    const data = await step("read", () =>
      gateway.readSources({
        school: { kind: "sheet", sheet: "学校基础数据" },
        classSheet: "班级",
        countySheet: "县级指标",
      })
    );
    const read = readTable(data, {});
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(read.schools).toHaveLength(n);
    expect(read.countySheet).toBe("县级指标");
    const ev = runAssessment(read);
    const a = ev.assessment;
    expect(a.county).toBeDefined();
    const report = buildReport(ev);
    // The county's parts on 汇总; its items on 表Ⅰ, 表Ⅳ–表Ⅵ, not on sheets of their own (issue 24).
    const names = report.sheets.map((s) => s.name);
    const official = Object.values(OFFICIAL_SHEET_NAMES);
    expect(names.slice(0, official.length)).toEqual(official);
    expect(
      names.slice(official.length).every((x) => Object.values(REPORT_SHEET_NAMES).includes(x))
    ).toBe(true);
    const written = await step("write", () => gateway.writeReport(report));
    // The official 申报表 (表Ⅰ–表Ⅵ) first, cell for cell the report model's, with the page footer.
    for (const [k, official] of Object.values(OFFICIAL_SHEET_NAMES).entries()) {
      expect(written[k].name).toBe(official);
      const model = report.sheets[k];
      const sheet = wb.sheets.find((x) => x.name === official)!;
      model.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c.value !== null)
            expect([official, r, col, sheet.valueAt(r, col)]).toEqual([official, r, col, c.value]);
        })
      );
      expect(sheet.pageLayout.centerFooter).toBe("第 &P 页 共 &N 页");
    }
    expect(written.find((w) => w.id === "variation")!.name).toBe("校际均衡(2)");
    expect(fingerprints()).toEqual(before);
    const rewritten = await step("rewrite", () => gateway.writeReport(report));
    expect(rewritten.map((w) => w.name)).toEqual(written.map((w) => w.name));
    expect(rewritten.every((w) => w.replaced)).toBe(true);
    expect(fingerprints()).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual([...sources, ...written.map((w) => w.name)]);

    // what-if and the gap plan: in memory only, not one Excel.run
    const failing = whatIfSchools(read, a).find((s) => s.failing)!;
    const runsBefore = wb.runCount;
    const additions = smallestAdditions(ev, failing.index)!;
    expect(Object.keys(additions).length).toBeGreaterThan(0);
    const record = read.schools[failing.index];
    const afterPlan = evaluateWhatIf(
      ev,
      failing.index,
      addAdditions(record, {}, additions)
    ).assessment;
    for (const stage of failing.stages)
      expect(stagePart(afterPlan, stage, record)!.passes).toBe(true);
    expect(wb.runCount).toBe(runsBefore);

    // the 复核抽样 sheet: its own look, build and swap, whatever the number of schools
    const sample = drawReviewSample(a, { seed: 2017, share: 0.4 });
    const sampleWritten = await step("sample", () =>
      gateway.writeReport({ sheets: [buildSampleSheet(ev, sample)] })
    );
    expect(sampleWritten).toEqual([{ id: "reviewSample", name: "复核抽样", replaced: false }]);
    expect(
      wb
        .sheetByName("复核抽样")!
        .grid()
        .flat()
        .filter((v) => v === "随机抽取" || v === "未达标" || v === "临界")
    ).toHaveLength(sample.schools.length);
    expect(fingerprints()).toEqual(before);

    // writing: look, one build request per report sheet (a fixed set: the official tables and
    // REPORT_SHEET_NAMES) and, for a big county, one more per budget's worth of bytes, swap
    expect(report.sheets.length).toBeLessThanOrEqual(
      Object.keys(REPORT_SHEET_NAMES).length + Object.keys(OFFICIAL_SHEET_NAMES).length
    );
    const writeSyncs = steps.write.syncs;
    expect(writeSyncs).toBeGreaterThanOrEqual(2 + report.sheets.length);
    expect(writeSyncs).toBeLessThanOrEqual(
      2 + report.sheets.length + Math.ceil(bytes.write / (REQUEST_BUDGET_BYTES / 2))
    );
    if (n === 50) expect(writeSyncs).toBe(2 + report.sheets.length);
    expect(wb.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(steps).toEqual({
      inspect: { runs: 1, syncs: 3 },
      read: { runs: 1, syncs: 1 },
      write: { runs: 1, syncs: writeSyncs },
      rewrite: { runs: 1, syncs: writeSyncs },
      sample: { runs: 1, syncs: 3 },
    });
    measured[n] = steps;
  }
);

afterAll(() => {
  console.log("Excel.run and context.sync() per step:", JSON.stringify(measured));
});
