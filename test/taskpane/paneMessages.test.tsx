/**
 * @jest-environment jsdom
 *
 * What issue 14 changed in the pane's words: the wrong-sheet hint (steps 2 and 3),
 * the missing-unit hint of step 2, the step-3 summary, the what-if figures typed
 * wrong, and the sheets step 1 picks by content whichever sheet is active.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { evaluate, NATIONAL_2017, readWorkbook, recogniseSheets } from "../../src/core";
import type { SheetCells } from "../../src/core/types";
import { App } from "../../src/ui/components/App";
import { CheckStep } from "../../src/ui/components/CheckStep";
import { MappingStep } from "../../src/ui/components/MappingStep";
import { ResultsStep } from "../../src/ui/components/ResultsStep";
import { WhatIfPanel, type WhatIfState } from "../../src/ui/components/WhatIfPanel";
import { Wizard } from "../../src/ui/components/Wizard";
import { WrongSheetNotice } from "../../src/ui/components/WrongSheetNotice";
import { createExcelGateway } from "../../src/taskpane/excel";
import { joinPreview } from "../../src/taskpane/excel/read";
import { translate } from "../../src/ui/messages";
import { ZH_CN } from "../../src/i18n";
import { wrongSheetHint } from "../../src/ui/sheetHint";
import { FakeWorkbook, installFakeOffice } from "./fakeExcel";
import { smallCountyClassSheet, smallCountySchoolSheet } from "./smallCounty";

const g = globalThis as unknown as Record<string, unknown>;
const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ");

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

const school: SheetCells = { name: "基础数据", values: smallCountySchoolSheet() };
const classes: SheetCells = { name: "班额统计", values: smallCountyClassSheet() };

describe("the wrong-sheet hint", () => {
  test("the class sheet read as the school table: named as the class sheet, the school table suggested", () => {
    const recognised = recogniseSheets([classes, school]);
    expect(recognised).toMatchObject({ school: "基础数据", classSheet: "班额统计" });
    const read = readWorkbook([classes], { schoolSheet: "班额统计", classSheet: "" });
    const hint = wrongSheetHint(read, "班额统计", recognised);
    expect(hint).toMatchObject({ chosen: "班额统计", looksLike: "class", suggestion: "基础数据" });
    // the real school table gives no hint
    const good = readWorkbook([school], { schoolSheet: "基础数据", classSheet: "" });
    expect(wrongSheetHint(good, "基础数据", recognised)).toBeUndefined();
  });

  test("says what the sheet looks like and switches in one click", () => {
    const onSwitch = jest.fn();
    render(
      <App lang="zh">
        <WrongSheetNotice
          hint={{
            chosen: "班额统计",
            looksLike: "class",
            suggestion: "基础数据",
            found: 1,
            total: 23,
          }}
          onSwitch={onSwitch}
        />
      </App>
    );
    const notice = screen.getByTestId("wrong-sheet");
    expect(text(notice)).toContain(
      "「班额统计」看起来是班级表，不是学校表（只识别出 1 / 23 个字段）"
    );
    expect(text(notice)).toContain("学校表似乎是「基础数据」");
    expect(text(notice)).not.toContain("请修改表头");
    fireEvent.click(within(notice).getByRole("button", { name: "改用「基础数据」" }));
    expect(onSwitch).toHaveBeenCalledWith("基础数据");
  });

  test("a county sheet, and a sheet like nothing known with no school table elsewhere: no switch offered", () => {
    const { unmount } = render(
      <App lang="zh">
        <WrongSheetNotice
          hint={{
            chosen: "县级指标",
            looksLike: "county",
            suggestion: "基础数据",
            found: 0,
            total: 23,
          }}
          onSwitch={() => undefined}
        />
      </App>
    );
    expect(text(screen.getByTestId("wrong-sheet"))).toContain("看起来是县级指标表");
    unmount();
    render(
      <App lang="en">
        <WrongSheetNotice
          hint={{ chosen: "Sheet1", found: 2, total: 23 }}
          onSwitch={() => undefined}
        />
      </App>
    );
    const notice = screen.getByTestId("wrong-sheet");
    expect(text(notice)).toContain('"Sheet1" does not look like a school table: 2 of 23 fields');
    expect(text(notice)).toContain("Choose the sheet that holds the school table in step 1");
    expect(within(notice).queryByRole("button")).toBeNull();
  });

  test("the windows step 1 reads (header rows over the first columns) recognise the sheets", () => {
    const header = school.values.slice(0, 3);
    const firstColumns = school.values.map((r) => r.slice(0, 8));
    const preview = joinPreview("基础数据", header, firstColumns);
    expect(preview.values[0]).toEqual(school.values[0]);
    expect(preview.values[4]).toEqual(school.values[4].slice(0, 8));
    expect(recogniseSheets([preview, classes]).school).toBe("基础数据");
  });
});

describe("step 1 picks the sheets by content, whichever is active", () => {
  test("the class sheet active: the school table is read; choosing the class sheet by hand gives the hint and the switch", async () => {
    // The class sheet first: the stand-in makes the first sheet the active one.
    const wb = new FakeWorkbook([
      { name: "班额统计", values: smallCountyClassSheet() },
      { name: "基础数据", values: smallCountySchoolSheet() },
    ]);
    installFakeOffice(g, wb, { displayLanguage: "zh-CN" });
    render(
      <App lang="zh">
        <Wizard gateway={createExcelGateway()} today={() => "2026-09-01"} />
      </App>
    );
    const recognised = await screen.findByTestId("recognised-sheets");
    expect(text(recognised)).toContain("学校表「基础数据」，班级表「班额统计」");
    expect((screen.getByRole("combobox", { name: "指定工作表" }) as HTMLSelectElement).value).toBe(
      "基础数据"
    );
    // the user overrides it with the active sheet, the class sheet
    fireEvent.click(screen.getByRole("radio", { name: "当前工作表「班额统计」" }));
    const read = screen.getByRole("button", { name: "读取数据" });
    await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(read);
    const notice = await screen.findByTestId("wrong-sheet");
    expect(text(notice)).toContain("「班额统计」看起来是班级表，不是学校表");
    fireEvent.click(within(notice).getByRole("button", { name: "改用「基础数据」" }));
    await waitFor(() => expect(screen.queryByTestId("wrong-sheet")).toBeNull());
    expect(text(await screen.findByTestId("field-primaryStudents"))).toContain("小学在校生数");
    // the sheet read by mistake became the class sheet
    expect(screen.getByRole("region", { name: "班级表「班额统计」" })).toBeTruthy();
  }, 120000);
});

describe("step 2: a money column without a unit is explained as a missing unit", () => {
  test("names the column and the header to write", () => {
    const values = smallCountySchoolSheet().map((r) => [...r]);
    const column = values[0].findIndex((h) => String(h).startsWith("教学仪器设备值"));
    values[0][column] = "教学仪器设备值";
    const sheet: SheetCells = { name: "学校", values };
    const read = readWorkbook([sheet], { schoolSheet: "学校", classSheet: "" });
    render(
      <App lang="zh">
        <MappingStep
          source={{ school: sheet, classes: null, resolved: { kind: "sheet", sheet: "学校" } }}
          read={read}
          overrides={{}}
          onOverride={() => undefined}
          onReset={() => undefined}
          onConfirm={() => undefined}
          busy={false}
          profile={NATIONAL_2017}
        />
      </App>
    );
    const letter = String.fromCharCode(65 + column);
    const row = screen.getByTestId("field-equipmentValue");
    expect(text(row)).toContain("找到了列，缺单位");
    expect(text(row)).not.toContain("未找到");
    expect(text(screen.getByTestId("unit-hint-equipmentValue"))).toBe(
      `${letter} 列「教学仪器设备值」是这一项，但表头没有写单位：是元还是万元？请在表头注明，如「教学仪器设备值（万元）」或「教学仪器设备值（元）」，改好后回到第 1 步重新读取。`
    );
    // a field found with its unit says where and in what unit
    expect(text(screen.getByTestId("field-teachingArea"))).toMatch(/[A-Z]+ 列「.+」/);
  });
});

describe("step 3 says how many schools can be assessed, not how many were read", () => {
  test("with errors: the schools ready, and that the others wait for the corrections", () => {
    const read = readWorkbook([school], { schoolSheet: "基础数据", classSheet: "" });
    render(
      <App lang="zh">
        <CheckStep
          read={read}
          consent={false}
          onConsent={() => undefined}
          onSelectIssue={() => undefined}
          onAssess={() => undefined}
          busy={false}
        />
      </App>
    );
    expect(text(screen.getByTestId("read-summary"))).toBe(
      `可以测算的学校：${read.schools.length} 所。其余学校因下列错误暂时不能测算，更正后回到第 1 步重新读取即可计入。`
    );
    expect(text(screen.getByTestId("read-summary"))).not.toContain("读取了");
  });
});

describe("what-if: a figure typed wrong is said in a statistician's words", () => {
  function Harness() {
    const read = readWorkbook([school, classes], {
      schoolSheet: "基础数据",
      classSheet: "班额统计",
    });
    const [state, setState] = useState<WhatIfState | undefined>();
    return (
      <WhatIfPanel
        evaluation={evaluate(read, { profile: NATIONAL_2017 })}
        state={state}
        onState={setState}
      />
    );
  }

  test.each([
    ["十五", "“十五”不是数字：「小学高于规定学历教师数」请只填数字，如 1200 或 35.5，不带单位。"],
    ["-3", "“-3”是负数：「小学高于规定学历教师数」不能小于 0。"],
    ["14.5", "“14.5”不是整数：「小学高于规定学历教师数」是人数、班数或间数，请填整数。"],
    ["1e16", "“1e16”大得不合常理：请核对「小学高于规定学历教师数」的数值和单位（如万元与元）。"],
  ])("%s", (typed, said) => {
    render(
      <App lang="zh">
        <Harness />
      </App>
    );
    const field = screen.getByTestId("what-if-field-primaryQualifiedTeachers");
    fireEvent.change(within(field).getByRole("textbox"), { target: { value: typed } });
    expect(text(field)).toContain(said);
    expect(text(field)).toContain("测算仍用上一个有效值");
  });

  test("no message says 10^15 or other programmer's notation", () => {
    for (const [key, zh] of Object.entries(ZH_CN.ui))
      expect([key, /10\^|\be\d|NaN|Infinity/.test(zh)]).toEqual([key, false]);
    expect(translate("zh", "whatIfTooLarge", { text: "1e16", field: "x" })).not.toMatch(/10\^/);
  });
});

describe("a partial table (issue 23 §7): the pane shows what is computed, 缺列未计算 and 无法判定", () => {
  const partial: SheetCells = {
    name: "学校基础数据",
    values: [
      [
        "学校名称",
        "学校类型",
        "小学在校生数",
        "小学高于规定学历教师数",
        "小学县级以上骨干教师数",
        "小学体育艺术专任教师数",
        "教学及辅助用房面积（㎡）",
        "其中：室内体育用房面积（㎡）",
        "运动场地面积（㎡）",
      ],
      ["城关小学", "小学", 1000, 48, 10, 9, 5000, 400, 8000],
      ["河东小学", "小学", 400, 15, 2, 3, 1600, 0, 4000],
    ],
  };
  const read = readWorkbook([partial]);

  test("step 3: the missing columns are an error that leaves no school out: no consent asked", () => {
    render(
      <App lang="zh">
        <CheckStep
          read={read}
          consent={false}
          onConsent={() => undefined}
          onSelectIssue={() => undefined}
          onAssess={() => undefined}
          busy={false}
        />
      </App>
    );
    expect(text(screen.getByTestId("read-summary"))).toBe("可以测算的学校：2 所。");
    expect(document.body.textContent).toContain(
      "表中缺少部分指标的列（1 条）：这些指标不计算，也不判定是否达标；其余指标照常测算，没有学校被排除。"
    );
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect((screen.getByRole("button", { name: "开始测算" }) as HTMLButtonElement).disabled).toBe(
      false
    );
  });

  test.each([
    [
      "zh",
      "无法判定：部分指标缺列未计算",
      "资源配置无法判定（缺列）",
      "缺列未计算：表中没有「教学仪器设备值（万元）」列",
      "部分指标的表：没有「教学仪器设备值」「网络多媒体教室数」列",
    ],
    [
      "en",
      "Cannot be judged: some indicators are not computed (columns missing)",
      "Resources cannot be judged (columns missing)",
      "Not computed: the table has no column for 教学仪器设备值（万元）",
      'A partial table: no column for "teaching equipment value"',
    ],
  ] as const)(
    "step 4 in %s: the verdict, the stage and the missing indicators' cards",
    (lang, overall, stage, card, statement) => {
      const ev = evaluate(read, { profile: NATIONAL_2017 });
      render(
        <App lang={lang}>
          <ResultsStep
            evaluation={ev}
            profiles={[NATIONAL_2017]}
            onProfile={() => undefined}
            onWhatIf={() => undefined}
            onReport={() => undefined}
            onSample={() => undefined}
          />
        </App>
      );
      expect(text(screen.getByTestId("overall-verdict"))).toContain(overall);
      expect(text(screen.getByTestId("partial-table"))).toContain(statement);
      expect(text(screen.getByTestId("stage-primary"))).toContain(stage);
      expect(text(screen.getByTestId("not-computed-primary-equipmentValuePerStudent"))).toContain(
        card
      );
      // The computed indicators keep their CV; nothing says the county or a school fails.
      expect(text(screen.getByTestId("cv-primary-qualifiedTeachersPer100"))).toMatch(/0\.\d{3}/);
      expect(text(screen.getByTestId("summary-stage-primary"))).not.toMatch(/未达标|Fails/);
      expect(screen.queryByTestId("failing-primary")).toBeNull();
    }
  );

  test("what-if offers the figures the table has, not those of the missing columns", () => {
    render(
      <App lang="zh">
        <WhatIfPanel
          evaluation={evaluate(read, { profile: NATIONAL_2017 })}
          state={undefined}
          onState={() => undefined}
        />
      </App>
    );
    expect(screen.getByTestId("what-if-field-teachingArea")).toBeTruthy();
    expect(screen.queryByTestId("what-if-field-equipmentValue")).toBeNull();
    expect(screen.queryByTestId("what-if-field-multimediaRooms")).toBeNull();
  });
});
