/**
 * The wizard's reducer (src/ui/wizardState.ts): each transition on plain data, without React.
 */
import type { SavedSetup, SourceData, WorkbookOverview, WrittenSheet } from "../../src/ui/gateway";
import type { WhatIfState } from "../../src/ui/whatIf";
import {
  DEFAULT_SAMPLE_SEED,
  initialChoice,
  initialWizardState,
  keptOverrides,
  STEP,
  switchedChoice,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from "../../src/ui/wizardState";

function overview(extra: Partial<WorkbookOverview> = {}): WorkbookOverview {
  return {
    sheets: ["班级", "学校基础数据", "县级指标", "说明"].map((name) => ({ name, visible: true })),
    activeSheet: "班级",
    saved: null,
    ...extra,
  };
}

function setup(extra: Partial<SavedSetup> = {}): SavedSetup {
  return {
    version: 1,
    school: { kind: "sheet", sheet: "学校基础数据" },
    classSheet: "班级",
    countySheet: "县级指标",
    overrides: { equipmentValue: "H" },
    savedAt: "2026-09-01T00:00:00.000Z",
    profile: "basic-2012",
    sample: { seed: 42, share: 0.5 },
    ...extra,
  };
}

function source(sheet = "学校基础数据"): SourceData {
  return {
    school: { name: sheet, values: [["学校名称"], ["一小"]] },
    classes: { name: "班级", values: [["学校名称"]] },
    county: null,
    resolved: { kind: "sheet", sheet },
  };
}

const whatIf: WhatIfState = { index: 0, stage: "primary", edits: {}, texts: {} };
const written: WrittenSheet[] = [{ id: "summary", name: "汇总", replaced: false }];

/** The state after the actions, from the initial one. */
function run(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, initialWizardState("national-2017"));
}

/** A state at the results, with a what-if, a report and a sample written. */
function assessed(): WizardState {
  return run(
    { type: "opened", overview: overview() },
    { type: "sourceRead", source: source(), overrides: {}, step: STEP.mapping },
    { type: "override", field: "equipmentValue", letter: "H" },
    { type: "consent", consent: true },
    { type: "goTo", step: STEP.results },
    { type: "whatIf", whatIf },
    { type: "writeEnded", written },
    { type: "sampleWritten", sheet: { id: "sample", name: "复核抽样", replaced: false } }
  );
}

describe("the wizard's reducer", () => {
  test("it starts at step 1 on the active sheet, the default sample, nothing busy", () => {
    const s = initialWizardState("national-2017");
    expect(s).toEqual({
      step: STEP.source,
      choice: { school: { kind: "activeSheet" }, classSheet: null, countySheet: null },
      overrides: {},
      profileId: "national-2017",
      consent: false,
      sampleSettings: { seed: DEFAULT_SAMPLE_SEED, share: 0.4 },
      busy: null,
      error: null,
      writeAbort: null,
      cancelledNotice: false,
    });
  });

  test("it is pure: the state given is never changed", () => {
    const before = assessed();
    const copy = structuredClone({ ...before, writeAbort: null });
    wizardReducer(before, { type: "override", field: "schoolName", letter: "B" });
    wizardReducer(before, { type: "resetOverrides" });
    wizardReducer(before, { type: "sourceRead", source: source("其他"), overrides: {} });
    expect({ ...before, writeAbort: null }).toEqual(copy);
  });

  describe("opening a workbook", () => {
    test("without a saved setup: the sheets as their content shows them", () => {
      const o = overview({
        countySheet: "县级指标",
        recognised: {
          school: "学校基础数据",
          classSheet: "班级",
          county: "县级指标",
          kinds: { 学校基础数据: "school", 班级: "class", 县级指标: "county" },
          schoolFields: { 学校基础数据: 20 },
        },
      });
      const s = run({ type: "opened", overview: o });
      expect(s.overview).toBe(o);
      expect(s.choice).toEqual({
        school: { kind: "sheet", sheet: "学校基础数据" },
        classSheet: "班级",
        countySheet: "县级指标",
      });
      expect(s.overrides).toEqual({});
      expect(s.profileId).toBe("national-2017");
    });

    test("nothing recognised: the active sheet, and a sheet called 班级 as the class sheet", () => {
      const o = overview({ activeSheet: "说明" });
      expect(initialChoice(o)).toEqual({
        school: { kind: "activeSheet" },
        classSheet: "班级",
        countySheet: null,
      });
    });

    test("with a saved setup: its sheets, columns, profile and sample are taken up", () => {
      const saved = setup();
      const s = run({ type: "opened", overview: overview({ saved }), profileId: "basic-2012" });
      expect(s.choice).toEqual({
        school: saved.school,
        classSheet: "班级",
        countySheet: "县级指标",
      });
      expect(s.overrides).toEqual({ equipmentValue: "H" });
      expect(s.profileId).toBe("basic-2012");
      expect(s.sampleSettings).toEqual({ seed: 42, share: 0.5 });
    });

    test("a setup saved before the county sheet existed gets the one recognised by content", () => {
      const { countySheet: _none, ...old } = setup();
      const s = run({
        type: "opened",
        overview: overview({ saved: old, countySheet: "县级指标" }),
      });
      expect(s.choice.countySheet).toBe("县级指标");
      expect(s.profileId).toBe("national-2017");
      expect(s.sampleSettings).toEqual({ seed: 42, share: 0.5 });
    });
  });

  describe("choosing sheets and reading them", () => {
    test("chooseSources replaces step 1's choice", () => {
      const choice = {
        school: { kind: "selection" as const },
        classSheet: null,
        countySheet: null,
      };
      expect(run({ type: "chooseSources", choice }).choice).toBe(choice);
    });

    test("reading: to the mapping, consent asked again, nothing written or edited carries over", () => {
      const s = wizardReducer(assessed(), {
        type: "sourceRead",
        source: source("其他学校表"),
        overrides: {},
        step: STEP.mapping,
      });
      expect(s.step).toBe(STEP.mapping);
      expect(s.source?.school.name).toBe("其他学校表");
      expect(s.overrides).toEqual({});
      expect(s.consent).toBe(false);
      expect(s.written).toBeUndefined();
      expect(s.sampleWritten).toBeUndefined();
      expect(s.whatIf).toBeUndefined();
    });

    test("the quick run's read stays on the step until the setup is saved", () => {
      const s = run({ type: "sourceRead", source: source(), overrides: {} });
      expect(s.step).toBe(STEP.source);
      expect(wizardReducer(s, { type: "goTo", step: STEP.results }).step).toBe(STEP.results);
    });

    test("column choices are kept for the same sheet, dropped for another", () => {
      const s = assessed();
      expect(keptOverrides(s, source())).toEqual({ equipmentValue: "H" });
      expect(keptOverrides(s, source("另一张表"))).toEqual({});
    });

    test("the first read of the saved sheet takes the saved columns", () => {
      const s = run({ type: "opened", overview: overview({ saved: setup() }) });
      expect(keptOverrides(s, source())).toEqual({ equipmentValue: "H" });
      expect(keptOverrides(s, source("另一张表"))).toEqual({});
    });

    test("the wrong-sheet switch: the class sheet read by mistake becomes the class sheet", () => {
      const s = run(
        {
          type: "opened",
          overview: overview({
            recognised: {
              school: "学校基础数据",
              kinds: { 学校基础数据: "school", 班级: "class" },
              schoolFields: {},
            },
          }),
        },
        {
          type: "chooseSources",
          choice: { school: { kind: "activeSheet" }, classSheet: null, countySheet: "县级指标" },
        },
        { type: "sourceRead", source: source("班级"), overrides: {}, step: STEP.mapping }
      );
      expect(switchedChoice(s, "学校基础数据")).toEqual({
        school: { kind: "sheet", sheet: "学校基础数据" },
        classSheet: "班级",
        countySheet: "县级指标",
      });
    });
  });

  describe("columns, consent and profile", () => {
    test("an override sets a column, '' sets none, undefined goes back to automatic", () => {
      let s = run({ type: "override", field: "schoolName", letter: "B" });
      s = wizardReducer(s, { type: "override", field: "sponsor", letter: "" });
      expect(s.overrides).toEqual({ schoolName: "B", sponsor: "" });
      s = wizardReducer(s, { type: "override", field: "schoolName", letter: undefined });
      expect(s.overrides).toEqual({ sponsor: "" });
      expect(wizardReducer(s, { type: "resetOverrides" }).overrides).toEqual({});
    });

    test("other columns are other records: the what-if edits go", () => {
      const s = assessed();
      expect(s.whatIf).toBe(whatIf);
      expect(
        wizardReducer(s, { type: "override", field: "schoolName", letter: "B" }).whatIf
      ).toBeUndefined();
      expect(wizardReducer(s, { type: "resetOverrides" }).whatIf).toBeUndefined();
    });

    test("consent", () => {
      expect(run({ type: "consent", consent: true }).consent).toBe(true);
    });

    test("another profile: the what-if goes; the step stays when the data check has nothing new", () => {
      const s = wizardReducer(assessed(), {
        type: "chooseProfile",
        id: "basic-2012",
        recheck: false,
      });
      expect(s.profileId).toBe("basic-2012");
      expect(s.step).toBe(STEP.results);
      expect(s.consent).toBe(true);
      expect(s.whatIf).toBeUndefined();
    });

    test("a profile that finds more errors sends the results back to the data check", () => {
      const s = wizardReducer(assessed(), {
        type: "chooseProfile",
        id: "basic-2012",
        recheck: true,
      });
      expect(s.step).toBe(STEP.check);
      expect(s.consent).toBe(false);
      // …but not a step before the check
      const early = run(
        { type: "goTo", step: STEP.mapping },
        { type: "chooseProfile", id: "basic-2012", recheck: true }
      );
      expect(early.step).toBe(STEP.mapping);
    });

    test("the same profile again changes nothing", () => {
      const s = assessed();
      expect(wizardReducer(s, { type: "chooseProfile", id: s.profileId, recheck: false })).toBe(s);
    });
  });

  describe("results, report and sample", () => {
    test("the steps, the what-if and the sample settings", () => {
      const s = run(
        { type: "goTo", step: STEP.sample },
        { type: "sampleSettings", settings: { seed: 7, share: 0.25 } },
        { type: "whatIf", whatIf }
      );
      expect(s.step).toBe(STEP.sample);
      expect(s.sampleSettings).toEqual({ seed: 7, share: 0.25 });
      expect(s.whatIf).toBe(whatIf);
      expect(wizardReducer(s, { type: "whatIf", whatIf: undefined }).whatIf).toBeUndefined();
    });

    test("writing the report: 取消 offered while it runs, the sheets written kept", () => {
      const abort = new AbortController();
      let s = run({ type: "writeCancelled" }, { type: "writeStarted", abort });
      expect(s.writeAbort).toBe(abort);
      expect(s.cancelledNotice).toBe(false);
      s = wizardReducer(s, { type: "writeEnded", written });
      expect(s.writeAbort).toBeNull();
      expect(s.written).toBe(written);
      // A failed or cancelled write keeps what an earlier one wrote.
      s = wizardReducer(wizardReducer(s, { type: "writeStarted", abort }), { type: "writeEnded" });
      expect(s.written).toBe(written);
      s = wizardReducer(s, { type: "writeCancelled" });
      expect(s.cancelledNotice).toBe(true);
      expect(wizardReducer(s, { type: "dismissCancelled" }).cancelledNotice).toBe(false);
    });

    test("the sample written", () => {
      const sheet = { id: "sample", name: "复核抽样 (2)", replaced: false };
      expect(run({ type: "sampleWritten", sheet }).sampleWritten).toBe(sheet);
    });

    test("the saved setup is the workbook's from then on", () => {
      const saved = setup({ overrides: {} });
      expect(run({ type: "setupSaved", setup: saved }).overview).toBeUndefined();
      const s = run({ type: "opened", overview: overview() }, { type: "setupSaved", setup: saved });
      expect(s.overview?.saved).toBe(saved);
    });

    test("the template created, the workbook looked at again", () => {
      const o = overview({ activeSheet: "学校基础数据" });
      const s = run(
        { type: "opened", overview: overview() },
        { type: "templateCreated", message: "已新建" },
        { type: "inspected", overview: o }
      );
      expect(s.templateMessage).toBe("已新建");
      expect(s.overview).toBe(o);
    });
  });

  describe("busy and errors", () => {
    test("a conversation clears the last error, shows its progress, and ends idle", () => {
      let s = run({ type: "failed", message: "坏了" });
      expect(s.error).toBe("坏了");
      s = wizardReducer(s, { type: "busy", text: "正在读取…" });
      expect([s.busy, s.error]).toEqual(["正在读取…", null]);
      s = wizardReducer(s, { type: "progress", text: "第 2/5 张", value: 0.2 });
      expect([s.busy, s.progress]).toEqual(["第 2/5 张", 0.2]);
      s = wizardReducer(s, { type: "idle" });
      expect([s.busy, s.progress]).toEqual([null, undefined]);
      s = wizardReducer(wizardReducer(s, { type: "failed", message: "又坏了" }), {
        type: "dismissError",
      });
      expect(s.error).toBeNull();
    });
  });
});
