/**
 * 汇总各校填报表… in the task pane (issue 23 §6), the gateway over the fake Excel: picked
 * local files read in the pane (the real reader, on Node's File), the collected county table
 * and 回收情况 written as new sheets of the add-in's own — a user's sheet of the same name
 * untouched, a second collection replacing the add-in's first. (The wizard's side:
 * collectForms.test.tsx.)
 */
import { File as NodeFile } from "buffer";
import { isEduError, readSchoolSources, type SchoolSource } from "../../src/core";
import { planCollection } from "../../src/ui/collectRun";
import { createExcelGateway } from "../../src/taskpane/excel";
import { readTable } from "../../src/ui/wizard";
import { exampleCounty, filledFormBytes } from "../helpers/schoolForms";
import { FakeWorkbook, installFakeOffice } from "./fakeExcel";

jest.setTimeout(120_000);

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

let forms: { name: string; bytes: Uint8Array }[];
let names: string[];

beforeAll(async () => {
  const county = await exampleCounty();
  const rows = county.rows.slice(0, 3);
  names = rows.map((r) => String(r[0]));
  forms = [];
  for (const [i, row] of rows.entries())
    forms.push({
      name: `0${i + 1}.xlsx`,
      bytes: await filledFormBytes(county.headers, row, i === 1 ? { 小学在校生数: "一千二" } : {}),
    });
});

/** A user's workbook that already has a sheet called 学校基础数据 (their own notes). */
function usersWorkbook(): FakeWorkbook {
  return new FakeWorkbook([
    { name: "学校基础数据", values: [["我的笔记，不是学校表"]] },
    { name: "说明", values: [["填表说明"]] },
  ]);
}

const nodeFile = (f: { name: string; bytes: Uint8Array }) =>
  new NodeFile([f.bytes], f.name) as unknown as File;

test("the gateway reads the picked files and writes the collected sheets beside the user's", async () => {
  const wb = usersWorkbook();
  const mine = wb.sheetByName("学校基础数据")!.fingerprint();
  installFakeOffice(g, wb);
  const gateway = createExcelGateway();
  expect(gateway.forms).toBeDefined();

  const sources: SchoolSource[] = [];
  for (const f of forms)
    sources.push(...readSchoolSources(f.name, await gateway.forms!.readFile(nodeFile(f))));
  // A file that is not a workbook is refused by the same checks as the page's and the CLI's.
  const bad = await gateway
    .forms!.readFile(nodeFile({ name: "坏.xlsx", bytes: new TextEncoder().encode("a,b\n1,2\n") }))
    .then(
      () => undefined,
      (e: unknown) => e
    );
  expect(isEduError(bad)).toBe(true);

  const plan = planCollection(sources);
  if (plan.kind !== "collected") throw new Error(plan.kind);
  expect(plan.written).toBe(3);
  const written = await gateway.forms!.writeCollection(plan.collection);
  expect(written.map((w) => w.name)).toEqual(["学校基础数据(2)", "回收情况"]);
  expect(wb.sheetByName("学校基础数据")!.fingerprint()).toBe(mine);

  // The wizard's read of the new sheet: the three schools, the bad value an error of the school.
  const data = await gateway.readSources({
    school: { kind: "sheet", sheet: "学校基础数据(2)" },
    classSheet: null,
    countySheet: null,
  });
  const read = readTable(data, {});
  expect(read.schools.map((s) => s.name)).toEqual([names[0], names[2]]);
  expect(read.issues.some((i) => i.severity === "error" && i.school === names[1])).toBe(true);
  const receipt = wb.sheetByName("回收情况")!.grid();
  expect(receipt[0][0]).toBe("回收情况");
  // Row 10: the form's 小学在校生数, after the item 学校标识码.
  expect(JSON.stringify(receipt)).toContain("「02.xlsx」工作表「学校填报表」第10行C列");

  // Collected again: the add-in's own two sheets are replaced, the user's still untouched.
  const again = await gateway.forms!.writeCollection(plan.collection);
  expect(again.map((w) => [w.name, w.replaced])).toEqual([
    ["学校基础数据(2)", true],
    ["回收情况", true],
  ]);
  expect(wb.sheets.map((s) => s.name)).toEqual([
    "学校基础数据",
    "说明",
    "学校基础数据(2)",
    "回收情况",
  ]);
  expect(wb.sheetByName("学校基础数据")!.fingerprint()).toBe(mine);
});
