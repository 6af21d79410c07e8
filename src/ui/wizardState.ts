/**
 * The wizard's state and its transitions (issue 24 §6): one reducer, a pure function of the
 * state and a typed action, so each transition is tested without React
 * (test/ui/wizardState.test.ts). The wizard (components/Wizard.tsx) keeps this state with
 * useReducer; what follows from it (the table read, the evaluation, the report) it derives
 * with useMemo, and the workbook conversations (the gateway's promises) stay in the component,
 * which dispatches what they bring.
 */
import { type Collection, DEFAULT_SAMPLE_SHARE } from "../core";
import type {
  SampleSettings,
  SavedSetup,
  SourceChoice,
  SourceData,
  WorkbookOverview,
  WrittenSheet,
} from "./gateway";
import type { WhatIfState } from "./whatIf";

/** The seed the pane starts with: a fixed, visible number, so that two people who change nothing draw the same list. */
export const DEFAULT_SAMPLE_SEED = 2017;

/** The six steps, as the tabs number them from 0. */
export const STEP = {
  source: 0,
  mapping: 1,
  check: 2,
  results: 3,
  report: 4,
  sample: 5,
  compare: 6,
} as const;
export type Step = (typeof STEP)[keyof typeof STEP];

export interface WizardState {
  step: Step;
  /** The workbook as the gateway described it (its sheets, the saved setup); undefined until inspected. */
  overview?: WorkbookOverview;
  /** Step 1's choice of the school, class and county sheets. */
  choice: SourceChoice;
  /** The cells read for that choice; undefined until 读取数据. */
  source?: SourceData;
  /** field → column letter ('' for not used): the user's column choices over the automatic ones. */
  overrides: Record<string, string>;
  /** The standards profile's id. */
  profileId: string;
  /** The user agreed to assess without the schools whose data has errors. */
  consent: boolean;
  /** The what-if editor's state: belongs to the records it was made on. */
  whatIf?: WhatIfState;
  /** 复核抽样's seed and share. */
  sampleSettings: SampleSettings;
  /** The report's sheets as written (or downloaded); undefined until then. */
  written?: WrittenSheet[];
  /** The sample sheet as written. */
  sampleWritten?: WrittenSheet;
  /** What the workbook conversation under way says (with a progress bar); null when none is. */
  busy: string | null;
  /** 0–1 when a long step can tell how far it is (writing, sheet by sheet). */
  progress?: number;
  error: string | null;
  /** Set while the report is being written: 取消 aborts it before the next sheet. */
  writeAbort: AbortController | null;
  /** The write was cancelled: the notice says the workbook is as it was. */
  cancelledNotice: boolean;
  /** What the template's creation said (its sheets' names). */
  templateMessage?: string;
  /** Several schools' forms collected (issue 23 §6): 回收情况, shown in step 1. */
  collection?: Collection;
}

export type WizardAction =
  /** A workbook conversation starts: its text over a progress bar, the last error cleared. */
  | { type: "busy"; text: string }
  /** How far a long conversation is (writing sheet n of total). */
  | { type: "progress"; text: string; value: number }
  /** The conversation is over (done or failed). */
  | { type: "idle" }
  | { type: "failed"; message: string }
  | { type: "dismissError" }
  /** The workbook was looked at when the pane opened: its saved setup (if any) is taken up. */
  | { type: "opened"; overview: WorkbookOverview; profileId?: string }
  /** The workbook was looked at again (after the template was created). */
  | { type: "inspected"; overview: WorkbookOverview }
  | { type: "chooseSources"; choice: SourceChoice }
  /** The sources were read: `overrides` are the column choices kept for them (keptOverrides); `step` the one to show (none: stay). */
  | { type: "sourceRead"; source: SourceData; overrides: Record<string, string>; step?: Step }
  /** letter: a column; '': not used; undefined: automatic. */
  | { type: "override"; field: string; letter: string | undefined }
  | { type: "resetOverrides" }
  /** `recheck`: the new profile finds more errors in the table, so the data check is due again. */
  | { type: "chooseProfile"; id: string; recheck: boolean }
  | { type: "consent"; consent: boolean }
  | { type: "goTo"; step: Step }
  | { type: "whatIf"; whatIf: WhatIfState | undefined }
  | { type: "sampleSettings"; settings: SampleSettings }
  /** The setup was remembered in the document. */
  | { type: "setupSaved"; setup: SavedSetup }
  | { type: "templateCreated"; message: string }
  /** Forms were collected; `message` says which sheets were written (none when nothing was). */
  | { type: "collected"; collection: Collection; message?: string }
  | { type: "writeStarted"; abort: AbortController }
  /** The write is over: `written` when it succeeded. */
  | { type: "writeEnded"; written?: WrittenSheet[] }
  | { type: "writeCancelled" }
  | { type: "dismissCancelled" }
  | { type: "sampleWritten"; sheet: WrittenSheet };

export function initialWizardState(profileId: string): WizardState {
  return {
    step: STEP.source,
    choice: { school: { kind: "activeSheet" }, classSheet: null, countySheet: null },
    overrides: {},
    profileId,
    consent: false,
    sampleSettings: { seed: DEFAULT_SAMPLE_SEED, share: DEFAULT_SAMPLE_SHARE },
    busy: null,
    error: null,
    writeAbort: null,
    cancelledNotice: false,
  };
}

/** The county sheet a setup names; a setup saved before the county sheet existed gets the one recognised by content. */
export function savedCountySheet(overview: WorkbookOverview, saved: SavedSetup): string | null {
  if (saved.countySheet !== undefined) return saved.countySheet;
  const found = overview.countySheet;
  return found && found !== saved.school.sheet && found !== saved.classSheet ? found : null;
}

/** The saved setup's sources, as step 1 would choose them (the quick run reads these). */
export function savedChoice(overview: WorkbookOverview, saved: SavedSetup): SourceChoice {
  return {
    school: saved.school,
    classSheet: saved.classSheet,
    countySheet: savedCountySheet(overview, saved),
  };
}

/**
 * Step 1's first choice: the saved setup, else the sheets as their content shows
 * them (as the CLI picks them, whichever sheet happens to be active), else the
 * active sheet.
 */
export function initialChoice(overview: WorkbookOverview): SourceChoice {
  if (overview.saved) return savedChoice(overview, overview.saved);
  const recognised = overview.recognised;
  const schoolSheet = recognised?.school ?? overview.activeSheet;
  const school: SourceChoice["school"] = recognised?.school
    ? { kind: "sheet", sheet: recognised.school }
    : { kind: "activeSheet" };
  // Without a recognised class sheet, one called 班级 is, nearly always, the template's.
  const classSheet =
    recognised?.classSheet ??
    overview.sheets.find((s) => s.visible && s.name !== schoolSheet && /班级/.test(s.name))?.name ??
    null;
  // The county sheet is recognised by its 指标 texts, whatever its name.
  const found = overview.countySheet;
  const countySheet = found && found !== schoolSheet && found !== classSheet ? found : null;
  return { school, classSheet, countySheet };
}

function sameSheet(
  a: SavedSetup["school"] | undefined,
  b: SavedSetup["school"] | undefined
): boolean {
  return Boolean(a && b && a.sheet === b.sheet);
}

/**
 * The column choices for sources just read: column choices belong to a sheet, so they are
 * kept for the same school sheet (those made in this session, else the saved setup's) and
 * start afresh for another.
 */
export function keptOverrides(state: WizardState, data: SourceData): Record<string, string> {
  const keep =
    sameSheet(data.resolved, state.source?.resolved) ||
    sameSheet(data.resolved, state.overview?.saved?.school);
  if (!keep) return {};
  return state.source ? state.overrides : (state.overview?.saved?.overrides ?? state.overrides);
}

/**
 * The one-click switch of the wrong-sheet hint: `sheet` becomes the school table. The sheet
 * read by mistake is often the class sheet: then it becomes the class sheet.
 */
export function switchedChoice(state: WizardState, sheet: string): SourceChoice {
  const { choice } = state;
  const previous = state.source?.school.name;
  let classSheet = choice.classSheet === sheet ? null : choice.classSheet;
  if (!classSheet && previous && state.overview?.recognised?.kinds[previous] === "class")
    classSheet = previous;
  return {
    school: { kind: "sheet", sheet },
    classSheet,
    countySheet: choice.countySheet === sheet ? null : choice.countySheet,
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.text, error: null };
    case "progress":
      return { ...state, busy: action.text, progress: action.value };
    case "idle":
      return { ...state, busy: null, progress: undefined };
    case "failed":
      return { ...state, error: action.message };
    case "dismissError":
      return { ...state, error: null };
    case "opened": {
      const { overview } = action;
      const saved = overview.saved;
      const next: WizardState = { ...state, overview, choice: initialChoice(overview) };
      if (!saved) return next;
      return {
        ...next,
        overrides: saved.overrides,
        profileId: action.profileId ?? next.profileId,
        sampleSettings: saved.sample ?? next.sampleSettings,
      };
    }
    case "inspected":
      return { ...state, overview: action.overview };
    case "chooseSources":
      return { ...state, choice: action.choice };
    case "sourceRead":
      // Other records: nothing assessed or written from the earlier ones carries over.
      return {
        ...state,
        source: action.source,
        overrides: action.overrides,
        consent: false,
        written: undefined,
        sampleWritten: undefined,
        whatIf: undefined,
        step: action.step ?? state.step,
      };
    case "override": {
      const overrides = { ...state.overrides };
      if (action.letter === undefined) delete overrides[action.field];
      else overrides[action.field] = action.letter;
      // What-if edits belong to the records they were made on, which other columns change.
      return { ...state, overrides, whatIf: undefined };
    }
    case "resetOverrides":
      return { ...state, overrides: {}, whatIf: undefined };
    case "chooseProfile": {
      if (action.id === state.profileId && !action.recheck) return state;
      const next: WizardState = { ...state, profileId: action.id, whatIf: undefined };
      // Another profile may need columns this table lacks (2012: 计算机, 图书 …): the data check says so.
      if (!action.recheck) return next;
      return {
        ...next,
        consent: false,
        step: state.step >= STEP.results ? STEP.check : state.step,
      };
    }
    case "consent":
      return { ...state, consent: action.consent };
    case "goTo":
      return { ...state, step: action.step };
    case "whatIf":
      return { ...state, whatIf: action.whatIf };
    case "sampleSettings":
      return { ...state, sampleSettings: action.settings };
    case "setupSaved":
      return state.overview
        ? { ...state, overview: { ...state.overview, saved: action.setup } }
        : state;
    case "templateCreated":
      return { ...state, templateMessage: action.message };
    case "collected":
      return { ...state, collection: action.collection, templateMessage: action.message };
    case "writeStarted":
      return { ...state, writeAbort: action.abort, cancelledNotice: false };
    case "writeEnded":
      return {
        ...state,
        writeAbort: null,
        written: action.written ?? state.written,
      };
    case "writeCancelled":
      return { ...state, cancelledNotice: true };
    case "dismissCancelled":
      return { ...state, cancelledNotice: false };
    case "sampleWritten":
      return { ...state, sampleWritten: action.sheet };
  }
}
