/**
 * 转换为普通公式 in the task pane (issue 27 §2) over the stand-in Excel: every worksheet's EDU.*
 * formulas are found (as typed and in the _xldudf_ form a saved file keeps), converted as
 * toNativeFormula converts them, and written into those cells only; a refusal or a workbook
 * edited between listing and confirming writes nothing.
 */
import { toNativeFormula } from "../../src/functions/native";
import { applyUnplug, planUnplug } from "../../src/taskpane/excel/unplug";
import { FakeRequestContext, FakeWorkbook } from "./fakeExcel";

const ctx = (wb: FakeWorkbook) => new FakeRequestContext(wb) as unknown as Excel.RequestContext;

const CV = "=EDU.VARIATION_COEF(B2:B4,C2:C4)";
const SAVED = "=_xldudf_EDU_WEIGHTED_MEAN(B2:B4,C2:C4)";

function workbook(extra: Record<string, string> = {}): FakeWorkbook {
  return new FakeWorkbook([
    {
      name: "数据",
      values: [
        ["学校", "指标", "学生数", "差异系数", "合计"],
        ["甲", 1.5, 300, 0.1, 6],
        ["乙", 2, 200, "", 500],
        ["丙", 2.5, 100, "", ""],
      ],
      formulas: { D2: CV, E2: "=SUM(B2:B4)", E3: "=SUM(C2:C4)", ...extra },
    },
    {
      name: "汇总",
      at: { row: 4, column: 2 },
      values: [[0.2, "文字 EDU.VARIATION_COEF"]],
      formulas: { C5: `=ROUND(${SAVED.slice(1)},2)` },
    },
  ]);
}

function native(formula: string): string {
  const r = toNativeFormula(formula);
  if ("refused" in r) throw new Error(r.refused);
  return r.formula;
}

test("lists every EDU.* formula of every sheet, then writes only those cells", async () => {
  const wb = workbook();
  const before = wb.sheets.map((s) => s.fingerprint());
  const plan = await planUnplug(ctx(wb));
  expect(plan.refusals).toEqual([]);
  expect(plan.changes).toEqual([
    { sheet: "数据", cell: "D2", before: CV, after: native(CV) },
    {
      sheet: "汇总",
      cell: "C5",
      before: `=ROUND(${SAVED.slice(1)},2)`,
      after: native(`=ROUND(${SAVED.slice(1)},2)`),
    },
  ]);
  expect(plan.changes[0].after).toMatch(/^=.*SUMPRODUCT/);
  // Listing writes nothing.
  expect(wb.sheets.map((s) => s.fingerprint())).toEqual(before);

  await applyUnplug(ctx(wb), plan);
  const [data, summary] = wb.sheets;
  expect(data.cell(1, 3)?.formula).toBe(native(CV));
  expect(summary.cell(4, 2)?.formula).toBe(native(`=ROUND(${SAVED.slice(1)},2)`));
  // Every other cell as it was: the same fingerprint once the two formulas are put back.
  data.cell(1, 3)!.formula = CV;
  summary.cell(4, 2)!.formula = `=ROUND(${SAVED.slice(1)},2)`;
  expect(wb.sheets.map((s) => s.fingerprint())).toEqual(before);
});

test("a call with a wrong argument count is named and nothing is written", async () => {
  const wb = workbook({ D3: "=EDU.VARIATION_COEF(B2:B4)" });
  const before = wb.sheets.map((s) => s.fingerprint());
  const plan = await planUnplug(ctx(wb));
  expect(plan.refusals).toEqual([
    expect.objectContaining({ sheet: "数据", cell: "D3", formula: "=EDU.VARIATION_COEF(B2:B4)" }),
  ]);
  await expect(applyUnplug(ctx(wb), plan)).rejects.toThrow();
  expect(wb.sheets.map((s) => s.fingerprint())).toEqual(before);
});

test("a workbook edited after the listing: nothing is written", async () => {
  const wb = workbook();
  const plan = await planUnplug(ctx(wb));
  wb.sheets[0].cell(1, 3)!.formula = "=EDU.VARIATION_COEF(B2:B3,C2:C3)";
  const before = wb.sheets.map((s) => s.fingerprint());
  await expect(applyUnplug(ctx(wb), plan)).rejects.toThrow(/列出之后有改动/);
  expect(wb.sheets.map((s) => s.fingerprint())).toEqual(before);
});

test("no EDU.* formula: an empty plan", async () => {
  const wb = new FakeWorkbook([{ name: "表", values: [[1, 2]], formulas: { B1: "=A1*2" } }]);
  expect(await planUnplug(ctx(wb))).toEqual({ changes: [], refusals: [] });
});
