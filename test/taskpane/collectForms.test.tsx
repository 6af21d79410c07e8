/** @jest-environment jsdom */
/**
 * 汇总各校填报表… in the task pane's wizard (issue 23 §6), over the fake Excel: the button in
 * step 1, 回收情况 shown, the county table and 回收情况 written as new sheets beside a user's
 * sheet of the same name, and the collected table chosen and read. The forms are given as
 * the reader gives their cells (jsdom's File holds no bytes; excelCollect.test.ts reads
 * real .xlsx forms through the gateway).
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { SheetCells } from "../../src/core";
import { schoolFormSpec } from "../../src/report";
import { App } from "../../src/ui/components/App";
import { Wizard } from "../../src/ui/components/Wizard";
import { createExcelGateway } from "../../src/taskpane/excel";
import { FakeWorkbook, installFakeOffice } from "./fakeExcel";
import { smallCountySchoolSheet } from "./smallCounty";

jest.setTimeout(120_000);

const g = globalThis as unknown as Record<string, unknown>;
// jsdom has no layout and no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** A one-school form's cells (填报项目 | 单位 | 填报值 | 说明) filled from a row of the small county. */
function formOf(headers: string[], row: unknown[], edit: Record<string, unknown> = {}): SheetCells {
  const spec = schoolFormSpec();
  const values: SheetCells["values"] = [[spec.title], [spec.lead], [...spec.headers]];
  for (const item of spec.items) {
    const i = headers.findIndex((h) => h === item.label || h.startsWith(`${item.label}（`));
    const value = item.label in edit ? edit[item.label] : i < 0 ? null : row[i];
    values.push([item.label, item.unit, (value ?? null) as SheetCells["values"][0][0], item.note]);
  }
  return { name: spec.sheet, values };
}

function usersWorkbook(): FakeWorkbook {
  return new FakeWorkbook([
    { name: "学校基础数据", values: [["我的笔记，不是学校表"]] },
    { name: "说明", values: [["填表说明"]] },
  ]);
}

test("the wizard: 汇总各校填报表… in step 1, 回收情况 shown, the collected table chosen and read", async () => {
  const wb = usersWorkbook();
  installFakeOffice(g, wb);
  const gateway = createExcelGateway();
  const [headers, ...rows] = smallCountySchoolSheet().map((r) => r.map((v) => v));
  const forms = rows.slice(0, 3).map((row, i) => ({
    name: `0${i + 1}.xlsx`,
    sheets: [formOf(headers.map(String), row, i === 1 ? { 小学在校生数: "一千二" } : {})],
  }));
  // The picked files' cells, as the pane's reader gives them.
  const byName = new Map(forms.map((f) => [f.name, f.sheets]));
  gateway.forms = { ...gateway.forms!, readFile: async (file) => byName.get(file.name)! };
  render(
    <App lang="zh">
      <Wizard gateway={gateway} today={() => "2026-09-01"} />
    </App>
  );
  const button = await screen.findByRole("button", { name: "汇总各校填报表…" });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  const input = screen.getByTestId("collect-forms-input");
  fireEvent.change(input, {
    target: { files: forms.map((f) => new File(["x"], f.name)) },
  });
  await screen.findByTestId("collect-panel");
  expect(screen.getByTestId("collect-count-written").textContent).toBe("写入汇总表 3 所学校");
  expect(screen.getByTestId("collect-count-errors").textContent).toContain("1 所");
  await screen.findByText(/汇总表已写入新工作表「学校基础数据\(2\)」，回收情况写入「回收情况」/);
  expect(wb.sheets.map((s) => s.name)).toEqual([
    "学校基础数据",
    "说明",
    "学校基础数据(2)",
    "回收情况",
  ]);

  // 读取数据 reads the collected table, not the user's sheet of the same name.
  const read = await screen.findByRole("button", { name: "读取数据" });
  await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(read);
  await screen.findByTestId("recognised-count");
  fireEvent.click(screen.getByRole("button", { name: "确认，检查数据" }));
  const summary = await screen.findByTestId("read-summary");
  expect(summary.textContent).toContain("2 所");
});
