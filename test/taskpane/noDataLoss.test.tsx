/** @jest-environment jsdom */
/**
 * No data loss (issue 6 §3): the wizard never changes a cell of the user's. Every sheet the
 * user had (values, formulas, number formats, merges, notes, visibility, name) and every
 * named item of theirs is compared, as a whole, before and after: a full run, a re-run, a
 * run cancelled half-way through writing, a cancelled run that had not started, a template
 * created beside sheets of the same name, and the wizard's own 取消 button.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { EduError } from "../../src/core/errors";
import { buildReport } from "../../src/report";
import { App } from "../../src/ui/components/App";
import { Wizard } from "../../src/ui/components/Wizard";
import { createExcelGateway } from "../../src/taskpane/excel";
import type { WorkbookGateway } from "../../src/ui/gateway";
import { WRITE_CANCELLED } from "../../src/taskpane/excel/write";
import { readTable, runAssessment } from "../../src/ui/wizard";
import { FakeWorkbook, installFakeOffice } from "./fakeExcel";
import { smallCountyClassSheet, smallCountySchoolSheet } from "./smallCounty";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/**
 * A user's workbook with more than plain values: a formula, number formats, a merged title,
 * a note, a hidden sheet, a sheet that happens to carry a report sheet's name, a named range.
 */
function usersWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook([
    { name: "学校基础数据", values: smallCountySchoolSheet() },
    { name: "班级", values: smallCountyClassSheet() },
    { name: "说明", values: [["填表说明"], ["数据截至 2025 年 9 月"], [1], [2]] },
    { name: "汇总", values: [["我的汇总表，与报表同名"]] },
    { name: "隐藏的底稿", values: [["草稿"], ["=1+1"]] },
  ]);
  const notes = wb.sheetByName("说明")!;
  notes.ensureCell(4, 0).formula = "=SUM(A3:A4)";
  notes.ensureCell(4, 0).value = 3;
  notes.ensureCell(2, 0).numberFormat = "0.00";
  notes.ensureCell(0, 0).format["font.bold"] = true;
  notes.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: 3 });
  notes.notes.push({ row: 1, column: 0, content: "用户的批注" });
  notes.columnWidths.set(0, 120);
  wb.sheetByName("隐藏的底稿")!.visibility = "Hidden";
  wb.names.push({
    name: "我的区域",
    ref: { sheetId: notes.id, rect: { row: 2, column: 0, rowCount: 2, columnCount: 1 } },
    visible: true,
  });
  return wb;
}

const USER_SHEETS = ["学校基础数据", "班级", "说明", "汇总", "隐藏的底稿"];

/** Everything the user owns, as one comparable value. */
function snapshot(wb: FakeWorkbook): string {
  return JSON.stringify({
    sheets: USER_SHEETS.map((name) => wb.sheetByName(name)?.fingerprint() ?? `missing ${name}`),
    order: wb.sheets.filter((s) => USER_SHEETS.includes(s.name)).map((s) => s.name),
    names: wb.names
      .filter((n) => !n.name.startsWith("EduBalance_"))
      .map((n) => ({ ...n, value: wb.nameValue(n) })),
  });
}

function reportSheets(wb: FakeWorkbook): string[] {
  return wb.sheets.map((s) => s.name).filter((n) => !USER_SHEETS.includes(n));
}

async function reportOf(gateway: WorkbookGateway) {
  const data = await gateway.readSources({
    school: { kind: "sheet", sheet: "学校基础数据" },
    classSheet: "班级",
  });
  const read = readTable(data, {});
  return buildReport(runAssessment(read), { date: "2026-09-01" });
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the write to be refused");
}

describe("the Excel gateway never changes a cell of the user", () => {
  test("a full run, a re-run, and a run cancelled half-way through writing", async () => {
    const wb = usersWorkbook();
    installFakeOffice(g, wb);
    const gateway = createExcelGateway();
    const before = snapshot(wb);

    await gateway.inspect();
    const report = await reportOf(gateway);
    expect(report.sheets.length).toBeGreaterThan(2);
    const written = await gateway.writeReport(report);
    expect(snapshot(wb)).toBe(before);
    // The user's 汇总 keeps its name and content; the report's gets a suffix.
    expect(written.find((w) => w.name.startsWith("汇总"))?.name).toBe("汇总(2)");

    await gateway.writeReport(report);
    expect(snapshot(wb)).toBe(before);
    const firstReport = reportSheets(wb);
    const reportPrints = firstReport.map((n) => wb.sheetByName(n)!.fingerprint());

    // Cancelled after two sheets were built: they are removed, the earlier report is as it was.
    const controller = new AbortController();
    const progress: number[] = [];
    const e = await rejection(
      gateway.writeReport(
        report,
        (done) => {
          progress.push(done);
          if (done === 2) controller.abort();
        },
        controller.signal
      )
    );
    expect(e).toBeInstanceOf(EduError);
    expect((e as EduError).code).toBe(WRITE_CANCELLED);
    expect((e as EduError).message).toContain("已取消");
    expect(progress).toEqual([0, 1, 2]);
    expect(snapshot(wb)).toBe(before);
    expect(reportSheets(wb)).toEqual(firstReport);
    expect(firstReport.map((n) => wb.sheetByName(n)!.fingerprint())).toEqual(reportPrints);
    expect(wb.sheets.some((s) => s.name.startsWith("~EduBalance"))).toBe(false);
  });

  test("cancelled before the first sheet: nothing is built at all", async () => {
    const wb = usersWorkbook();
    installFakeOffice(g, wb);
    const gateway = createExcelGateway();
    const before = snapshot(wb);
    const report = await reportOf(gateway);
    const controller = new AbortController();
    controller.abort();
    const operations = wb.operationCount;
    const e = await rejection(gateway.writeReport(report, undefined, controller.signal));
    expect((e as EduError).code).toBe(WRITE_CANCELLED);
    expect(snapshot(wb)).toBe(before);
    expect(reportSheets(wb)).toEqual([]);
    // It looked (sheets and names) and cleaned up nothing, because nothing was added.
    expect(wb.sheets.length).toBe(USER_SHEETS.length);
    expect(wb.operationCount - operations).toBeLessThan(10);
  });

  test("a template created in a workbook that has the template sheets already goes beside them", async () => {
    const wb = usersWorkbook();
    installFakeOffice(g, wb);
    const gateway = createExcelGateway();
    const before = snapshot(wb);
    const made = await gateway.createTemplate(
      [{ field: "name", header: "学校名称" }],
      [{ field: "school", header: "学校名称" }]
    );
    expect(made.schoolSheet).not.toBe("学校基础数据");
    expect(snapshot(wb)).toBe(before);
  });
});

describe("the wizard: 取消 while the report is being written", () => {
  test("stops before the next sheet, says so, and the workbook is as it was", async () => {
    // jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
    const wb = usersWorkbook();
    installFakeOffice(g, wb);
    const real = createExcelGateway();
    // The write waits at the door until the test has pressed 取消, as a slow workbook would.
    let open!: () => void;
    const door = new Promise<void>((resolve) => (open = resolve));
    let signalSeen: AbortSignal | undefined;
    const gateway: WorkbookGateway = {
      ...real,
      writeReport: async (report, onProgress, signal) => {
        signalSeen = signal;
        await door;
        return real.writeReport(report, onProgress, signal);
      },
    };
    const before = snapshot(wb);
    render(
      <App lang="zh">
        <Wizard gateway={gateway} today={() => "2026-09-01"} />
      </App>
    );
    const read = await screen.findByRole("button", { name: "读取数据" });
    await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(read);
    fireEvent.click(await screen.findByRole("button", { name: "确认，检查数据" }));
    const consent = screen.queryByRole("checkbox");
    if (consent) fireEvent.click(consent);
    fireEvent.click(await screen.findByRole("button", { name: "开始测算" }));
    await screen.findByTestId("overall-verdict");
    fireEvent.click(screen.getByRole("button", { name: "生成报表" }));
    fireEvent.click(await screen.findByRole("button", { name: "生成报表" }));

    fireEvent.click(await screen.findByRole("button", { name: "取消" }));
    expect(signalSeen?.aborted).toBe(true);
    open();
    expect(await screen.findByTestId("write-cancelled")).toBeTruthy();
    expect(screen.getByTestId("write-cancelled").textContent).toContain("已取消：报表未写入");
    expect(screen.queryByTestId("busy")).toBeNull();
    expect(snapshot(wb)).toBe(before);
    expect(reportSheets(wb)).toEqual([]);
  });
});
