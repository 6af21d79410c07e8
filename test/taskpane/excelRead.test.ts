import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock takes only the OfficeApp enum from office-addin-manifest, whose dependency
// tree includes ES-module-only packages (strip-bom) that jest cannot load untransformed.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { inspectWorkbook, readSources, selectIssueCell } from "../../src/taskpane/excel/read";
import { loadSetup, parseSetup, saveSetup, SETUP_KEY } from "../../src/taskpane/excel/settings";
import type { SavedSetup } from "../../src/ui/gateway";
import { createExcelGateway } from "../../src/taskpane/excel";
import {
  createFakeOfficeContext,
  FakeRequestContext,
  FakeWorkbook,
  installFakeOffice,
} from "./fakeExcel";
import { smallCountyCountySheet } from "./smallCounty";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const all = () => true;

/** office-addin-mock finishes nested property updates in later microtasks; let them run before the code reads. */
function countSyncs(mock: OfficeMockObject): () => number {
  let syncs = 0;
  const original = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    await original();
    await new Promise((r) => setTimeout(r, 0));
  };
  return () => syncs;
}

const TABLE = [
  ["某县学校基础数据", "", ""],
  ["学校名称", "学校类型", "小学在校生数"],
  ["城关小学", "小学", 1200],
];

describe("reading with office-addin-mock", () => {
  function workbookMock() {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          active: {
            name: "学校基础数据",
            used: {
              values: TABLE,
              address: "学校基础数据!B2:D4",
              rowIndex: 1,
              columnIndex: 1,
              rowCount: 3,
              columnCount: 3,
            },
            whole: {
              merged: { address: "学校基础数据!B2:D2,学校基础数据!F40:F41" },
              getMergedAreasOrNullObject: function () {
                return this.merged;
              },
            },
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            getRange: function () {
              return this.whole;
            },
          },
          getActiveWorksheet: function () {
            return this.active;
          },
        },
      },
    });
    // Office.js sets isNullObject at sync; the mock keeps it as a plain value.
    mock.workbook.worksheets.active.used.isNullObject = false;
    mock.workbook.worksheets.active.whole.merged.isNullObject = false;
    return mock;
  }

  test("the active sheet: values, origin and merged header cells, in one sync", async () => {
    const mock = workbookMock();
    const syncs = countSyncs(mock);
    const data = await readSources(
      mock as unknown as Excel.RequestContext,
      { school: { kind: "activeSheet" }, classSheet: null },
      all
    );
    expect(syncs()).toBe(1);
    expect(data.school).toEqual({
      name: "学校基础数据",
      values: TABLE,
      origin: { row: 2, column: 2 },
      merges: [{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 }],
    });
    expect(data.classes).toBeNull();
    expect(data.resolved).toEqual({ kind: "sheet", sheet: "学校基础数据" });
  });

  test("an empty active sheet is a Chinese message, not an empty table", async () => {
    const mock = workbookMock();
    mock.workbook.worksheets.active.used.isNullObject = true;
    await expect(
      readSources(
        mock as unknown as Excel.RequestContext,
        { school: { kind: "activeSheet" }, classSheet: null },
        all
      )
    ).rejects.toThrow("工作表「学校基础数据」没有数据。");
  });

  test("selecting an issue activates its sheet and selects the cell, row or column", async () => {
    const selected: string[] = [];
    let activated = 0;
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            activate: () => {
              activated++;
            },
            getRange: function (address: string) {
              return { select: () => selected.push(address) };
            },
          },
          getItem: function (name: string) {
            if (name !== "学校基础数据") throw new Error("unexpected sheet " + name);
            return this.sheet;
          },
        },
      },
    });
    const syncs = countSyncs(mock);
    const context = mock as unknown as Excel.RequestContext;
    await selectIssueCell(context, "学校基础数据", 7, "F");
    await selectIssueCell(context, "学校基础数据", 7);
    await selectIssueCell(context, "学校基础数据", undefined, "F");
    await selectIssueCell(context, "学校基础数据");
    expect(selected).toEqual(["F7", "7:7", "F:F", "A1"]);
    expect(activated).toBe(4);
    expect(syncs()).toBe(4);
  });

  test("the setup is remembered in the document settings and saved", async () => {
    const store: Record<string, unknown> = {};
    let saves = 0;
    const office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (key: string) => store[key] ?? null,
            set: (key: string, value: unknown) => {
              store[key] = value;
            },
            saveAsync: (cb: (r: { status: string }) => void) => {
              saves++;
              cb({ status: "succeeded" });
            },
          },
        },
      },
    });
    const settings = office.context.document.settings as unknown as Office.Settings;
    expect(loadSetup(settings)).toBeNull();
    const setup: SavedSetup = {
      version: 1,
      school: { kind: "range", sheet: "学校基础数据", address: "B2:D40" },
      classSheet: "班级",
      overrides: { primaryStudents: "F" },
      savedAt: "2026-01-01T00:00:00.000Z",
    };
    await saveSetup(settings, setup);
    expect(saves).toBe(1);
    expect(typeof store[SETUP_KEY]).toBe("string");
    expect(loadSetup(settings)).toEqual(setup);
  });
});

describe("saved setups from elsewhere are checked", () => {
  test("the county sheet, the standard and the sample settings are remembered; a bad sample alone is dropped", () => {
    const base = {
      version: 1,
      school: { kind: "sheet", sheet: "A" },
      classSheet: null,
      overrides: {},
    };
    expect(
      parseSetup(
        JSON.stringify({
          ...base,
          countySheet: "县级指标",
          profile: "national-2017",
          sample: { seed: 7, share: 0.4 },
        })
      )
    ).toMatchObject({
      countySheet: "县级指标",
      profile: "national-2017",
      sample: { seed: 7, share: 0.4 },
    });
    const old = parseSetup(JSON.stringify(base))!;
    expect("countySheet" in old).toBe(false);
    expect(parseSetup(JSON.stringify({ ...base, countySheet: null }))!.countySheet).toBeNull();
    const bad = parseSetup(JSON.stringify({ ...base, sample: { seed: "x", share: 0.4 } }))!;
    expect(bad.sample).toBeUndefined();
    expect(bad.school).toEqual({ kind: "sheet", sheet: "A" });
  });

  test.each([
    ["not JSON", "{oops"],
    [
      "a later version",
      JSON.stringify({
        version: 2,
        school: { kind: "sheet", sheet: "A" },
        classSheet: null,
        overrides: {},
      }),
    ],
    [
      "overrides that are not letters",
      JSON.stringify({
        version: 1,
        school: { kind: "sheet", sheet: "A" },
        classSheet: null,
        overrides: { a: 1 },
      }),
    ],
    [
      "an unknown source",
      JSON.stringify({ version: 1, school: { kind: "active" }, classSheet: null, overrides: {} }),
    ],
  ])("%s → none", (_why, raw) => {
    expect(parseSetup(raw)).toBeNull();
  });
});

describe("reading with the fake workbook", () => {
  function book() {
    const wb = new FakeWorkbook([
      { name: "说明", values: [["填表说明"]] },
      { name: "学校基础数据", values: TABLE, at: { row: 2, column: 1 } },
      {
        name: "班级",
        values: [
          ["学校名称", "学段", "班级", "学生数"],
          ["城关小学", "小学", "1班", 45],
        ],
      },
      { name: "隐藏", values: [["x"]], visibility: "Hidden" },
    ]);
    wb.sheetByName("学校基础数据")!.merges.push(
      { row: 2, column: 1, rowCount: 1, columnCount: 3 },
      { row: 40, column: 0, rowCount: 2, columnCount: 1 }
    );
    return wb;
  }
  const ctx = (wb: FakeWorkbook) => new FakeRequestContext(wb) as unknown as Excel.RequestContext;

  test("inspect lists the sheets, the active one and the selection", async () => {
    const wb = book();
    wb.select("学校基础数据", "B3:D5");
    const overview = await inspectWorkbook(ctx(wb), null);
    expect(overview).toEqual({
      sheets: [
        { name: "说明", visible: true },
        { name: "学校基础数据", visible: true },
        { name: "班级", visible: true },
        { name: "隐藏", visible: false },
      ],
      activeSheet: "学校基础数据",
      selectionSheet: "学校基础数据",
      selectionAddress: "B3:D5",
      saved: null,
      recognised: expect.objectContaining({
        school: "学校基础数据",
        classSheet: "班级",
        kinds: { 学校基础数据: "school", 班级: "class" },
      }),
    });
    // names; the windows sheet recognition looks at; the selection
    expect(wb.syncCount).toBe(3);
  });

  test("inspect recognises the school and class sheets by content whichever sheet is active, visible ones only", async () => {
    const wb = book();
    wb.select("班级", "A1");
    const overview = await inspectWorkbook(ctx(wb), null);
    expect(overview.activeSheet).toBe("班级");
    expect(overview.recognised).toMatchObject({ school: "学校基础数据", classSheet: "班级" });
    expect(Object.keys(overview.recognised!.schoolFields)).not.toContain("隐藏");
    expect(wb.syncCount).toBe(3);
  });

  test("inspect recognises the county sheet by its content, whatever its name, and only a visible one", async () => {
    const wb = book();
    wb.addSheet({ name: "Sheet3", values: smallCountyCountySheet() });
    wb.addSheet({
      name: "备查",
      values: [
        ["指标", "数值"],
        ["县域常住人口", 1000],
      ],
    });
    expect((await inspectWorkbook(ctx(wb), null)).countySheet).toBe("Sheet3");
    expect(wb.syncCount).toBe(3);
    wb.sheetByName("Sheet3")!.visibility = "Hidden";
    expect((await inspectWorkbook(ctx(wb), null)).countySheet).toBeUndefined();
    // a workbook without one
    expect((await inspectWorkbook(ctx(book()), null)).countySheet).toBeUndefined();
  });

  test("the school table, the class sheet and the county sheet in one Excel.run and one sync", async () => {
    const wb = book();
    wb.addSheet({ name: "县级指标", values: smallCountyCountySheet(), at: { row: 1, column: 1 } });
    installFakeOffice(g, wb);
    const data = await createExcelGateway().readSources({
      school: { kind: "sheet", sheet: "学校基础数据" },
      classSheet: "班级",
      countySheet: "县级指标",
    });
    expect([wb.runCount, wb.syncCount]).toEqual([1, 1]);
    expect(data.county!.name).toBe("县级指标");
    expect(data.county!.origin).toEqual({ row: 2, column: 2 });
    expect(data.county!.values).toEqual(smallCountyCountySheet());
    expect(data.classes!.name).toBe("班级");
    // no county sheet chosen: none read
    expect(
      (
        await readSources(
          ctx(wb),
          { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: null, countySheet: null },
          all
        )
      ).county
    ).toBeNull();
  });

  test("a county sheet that has gone, or is empty, is named in Chinese", async () => {
    await expect(
      readSources(
        ctx(book()),
        {
          school: { kind: "sheet", sheet: "学校基础数据" },
          classSheet: null,
          countySheet: "县级指标",
        },
        all
      )
    ).rejects.toThrow("找不到工作表「学校基础数据」或「县级指标」");
    const wb = book();
    wb.addSheet({ name: "县级指标" });
    await expect(
      readSources(
        ctx(wb),
        {
          school: { kind: "sheet", sheet: "学校基础数据" },
          classSheet: null,
          countySheet: "县级指标",
        },
        all
      )
    ).rejects.toThrow("县级指标工作表「县级指标」没有数据。");
  });

  test("a named sheet and the class sheet in one sync; merges relative to the table", async () => {
    const wb = book();
    const data = await readSources(
      ctx(wb),
      { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: "班级" },
      all
    );
    expect(wb.syncCount).toBe(1);
    expect(data.school.origin).toEqual({ row: 3, column: 2 });
    expect(data.school.values).toEqual(TABLE);
    expect(data.school.merges).toEqual([{ startRow: 0, startColumn: 0, endRow: 0, endColumn: 2 }]);
    expect(data.classes!.values[1]).toEqual(["城关小学", "小学", "1班", 45]);
    expect(data.classes!.merges).toBeUndefined();
  });

  test("a whole-column selection reads only the rows that hold values", async () => {
    const wb = book();
    wb.select("学校基础数据", "B:C");
    const data = await readSources(
      ctx(wb),
      { school: { kind: "selection" }, classSheet: null },
      all
    );
    expect(data.school.values).toEqual(TABLE.map((r) => r.slice(0, 2)));
    expect(data.school.origin).toEqual({ row: 3, column: 2 });
    expect(data.resolved).toEqual({ kind: "range", sheet: "学校基础数据", address: "B3:C5" });
    // the remembered range reads the same cells next time
    const again = await readSources(ctx(wb), { school: data.resolved, classSheet: null }, all);
    expect(again.school.values).toEqual(data.school.values);
  });

  test("without ExcelApi 1.13 there are no merges, and nothing fails", async () => {
    const data = await readSources(
      ctx(book()),
      { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: null },
      () => false
    );
    expect(data.school.merges).toBeUndefined();
  });

  test("a sheet that has gone is named in Chinese", async () => {
    await expect(
      readSources(
        ctx(book()),
        { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: "班级2" },
        all
      )
    ).rejects.toThrow("找不到工作表「学校基础数据」或「班级2」");
  });

  test("reading changes nothing in the workbook", async () => {
    const wb = book();
    const before = wb.sheets.map((s) => s.fingerprint());
    await readSources(
      ctx(wb),
      { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: "班级" },
      all
    );
    await inspectWorkbook(ctx(wb), null);
    expect(wb.sheets.map((s) => s.fingerprint())).toEqual(before);
  });

  test("the fake Office context stores settings like Office does", async () => {
    const wb = book();
    const settings = createFakeOfficeContext(wb).document.settings as unknown as Office.Settings;
    const setup: SavedSetup = {
      version: 1,
      school: { kind: "sheet", sheet: "学校基础数据" },
      classSheet: null,
      overrides: {},
      savedAt: "",
    };
    await saveSetup(settings, setup);
    expect(wb.settingsSaves).toBe(1);
    expect(loadSetup(settings)).toEqual(setup);
  });
});
