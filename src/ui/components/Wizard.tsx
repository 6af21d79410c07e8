import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import {
  type Evaluation,
  type InputIssue,
  isEduError,
  type ReviewSample,
  type SchoolSource,
  type SheetCells,
  type StandardsProfile,
  type TableReadResult,
  type YearComparison,
} from "../../core";
import { buildReport, buildSampleSheet, templateSpec, type ReportWorkbook } from "../../report";
import {
  type SampleSettings,
  type SavedSetup,
  type SourceChoice,
  type SourceData,
  WRITE_CANCELLED,
  type WorkbookGateway,
} from "../gateway";
import { pick, useT } from "../i18n";
import type { MessageKey } from "../messages";
import {
  builtInProfiles,
  checkSummary,
  profileById,
  profileName,
  readTable,
  runAssessment,
} from "../wizard";
import { CheckStep } from "./CheckStep";
import { CollectionPanel } from "./CollectionPanel";
import { Busy } from "./common";
import { MappingStep } from "./MappingStep";
import { ReportDocButton } from "./ReportDocButton";
import { ReportStep } from "./ReportStep";
import { ResultsStep } from "./ResultsStep";
import { SampleStep } from "./SampleStep";
import { SourceStep } from "./SourceStep";
import { WrongSheetNotice } from "./WrongSheetNotice";
import { wrongSheetHint } from "../sheetHint";
import {
  initialWizardState,
  keptOverrides,
  savedChoice,
  STEP,
  type Step,
  switchedChoice,
  wizardReducer,
} from "../wizardState";

export interface WizardProps {
  gateway: WorkbookGateway;
  /** The profiles the selector offers (default: the built-in ones, PROFILES); the first is used unless the setup names another. */
  profiles?: readonly StandardsProfile[];
  /** Today's date for the report's subtitle (tests pass a fixed one). */
  today?: () => string;
  /** Set by a host without an Excel window (the offline page, src/page/): see FileHost. */
  fileHost?: FileHost;
}

/**
 * What changes when the workbook is a file the user picked rather than the open Excel workbook
 * (the offline page): step 1 lists the file's sheets (no active sheet, selection or template);
 * an issue names its sheet, row and column as text (there is no window to select in); nothing
 * is saved in the document; the report is built as the CLI builds it (the file's name as its
 * source, no chart sheet) and the gateway offers it as a download.
 */
export interface FileHost {
  /** The file's name: the report's 数据来源, as the CLI writes it. */
  fileName: string;
  /** More actions on the report step (下载 JSON), given what was assessed. */
  reportExtras?: (evaluation: Evaluation) => ReactNode;
  /** Reads another file the user picks (与往年比较's earlier years), with the host's reader. */
  readFile?: (file: File) => Promise<SheetCells[]>;
  /** More actions once years are compared (下载 JSON). */
  compareExtras?: (comparison: YearComparison) => ReactNode;
}

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: "960px",
  },
  tabs: { flexWrap: "wrap", marginTop: tokens.spacingVerticalSNudge },
  notice: { marginTop: tokens.spacingVerticalS },
});

/**
 * 与往年比较 is loaded when the step is first opened (its own chunk): the pane's start-up script
 * stays within its budget (test/e2e/taskpane.test.ts).
 */
const CompareStep = lazy(() => import("./CompareStep").then((m) => ({ default: m.CompareStep })));

const STEP_KEYS: MessageKey[] = [
  "stepSource",
  "stepMapping",
  "stepCheck",
  "stepResults",
  "stepReport",
  "stepSample",
  "stepCompare",
];

function localDate(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function Wizard({ gateway, profiles: offered, today = localDate, fileHost }: WizardProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const profiles = useMemo(
    () => (offered && offered.length > 0 ? offered : builtInProfiles()),
    [offered]
  );
  // The wizard's state, one reducer (wizardState.ts); what follows from it is derived below.
  const [state, dispatch] = useReducer(wizardReducer, profiles[0].id, initialWizardState);
  const { step, overview, choice, source, overrides, consent, busy, error } = state;
  const profile = profileById(profiles, state.profileId);
  const writing = useRef(false);

  const read = useMemo(
    () => (source ? readTable(source, overrides, profile) : undefined),
    [source, overrides, profile]
  );
  const summary = read ? checkSummary(read) : undefined;
  const sheetHint =
    read && source
      ? wrongSheetHint(read, source.school.name, overview?.recognised, profile)
      : undefined;
  const assessable = Boolean(summary && summary.canAssess && (!summary.needsConsent || consent));
  // The core's one pipeline (core/pipeline.ts): assessment, verdict, gaps and breakdowns, once.
  const evaluation = useMemo(
    () => (read && assessable ? runAssessment(read, profile) : undefined),
    [read, assessable, profile]
  );
  const assessment = evaluation?.assessment;
  const sourceName = read?.schoolSheet ? `「${read.schoolSheet}」` : undefined;
  const fileName = fileHost?.fileName;
  // 申报表中的计算结果写成公式 (issue 27 §3): off until the user ticks it in the report step.
  const [formulas, setFormulas] = useState(false);
  const report = useMemo(
    () =>
      evaluation
        ? buildReport(
            evaluation,
            // A file's report is the CLI's (`assess 文件 --out`): the file as its source, no chart sheet.
            fileName !== undefined
              ? { charts: false, sourceName: fileName, formulas }
              : { date: today(), sourceName, formulas }
          )
        : undefined,
    [evaluation, today, sourceName, fileName, formulas]
  );

  const fail = useCallback(
    (e: unknown) => {
      if (isEduError(e) && e.code === WRITE_CANCELLED) dispatch({ type: "writeCancelled" });
      else
        dispatch({
          type: "failed",
          message: isEduError(e)
            ? pick(lang, e.message, e.messageEn)
            : t("excelError", { message: e instanceof Error ? e.message : String(e) }),
        });
    },
    [lang, t]
  );

  /** Runs a workbook conversation with a progress bar; errors become a message. */
  const withBusy = useCallback(
    async <T,>(text: string, work: () => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: "busy", text });
      try {
        return await work();
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        dispatch({ type: "idle" });
      }
    },
    [fail]
  );

  useEffect(() => {
    void withBusy(t("loadingWorkbook"), () => gateway.inspect()).then((o) => {
      if (o)
        dispatch({
          type: "opened",
          overview: o,
          profileId: o.saved?.profile ? profileById(profiles, o.saved.profile).id : undefined,
        });
    });
    // The workbook is looked at once when the pane opens; "读取数据" reads it afresh.
  }, []);

  const save = useCallback(
    async (
      data: SourceData,
      chosen: Record<string, string>,
      extra: { profile?: string; sample?: SampleSettings } = {}
    ) => {
      // A picked file has no document to remember the setup in.
      if (fileHost) return;
      const setup: SavedSetup = {
        version: 1,
        school: data.resolved,
        classSheet: data.classes ? data.classes.name : null,
        countySheet: data.county ? data.county.name : null,
        overrides: chosen,
        savedAt: new Date().toISOString(),
        profile: extra.profile ?? state.profileId,
        sample: extra.sample ?? state.sampleSettings,
      };
      try {
        await gateway.saveSetup(setup);
        dispatch({ type: "setupSaved", setup });
      } catch (e) {
        fail(e);
      }
    },
    [gateway, fail, fileHost, state.profileId, state.sampleSettings]
  );

  const chooseProfile = useCallback(
    (id: string) => {
      if (!source) {
        dispatch({ type: "chooseProfile", id, recheck: false });
        return;
      }
      // Remembered with the sources, so the next run (and the quick run) uses it.
      void save(source, overrides, { profile: id });
      // Another profile may need columns this table lacks (2012: 计算机, 图书 …): then the data check says so.
      const errors = (r: TableReadResult) => r.issues.filter((i) => i.severity === "error").length;
      const next = readTable(source, overrides, profileById(profiles, id));
      dispatch({
        type: "chooseProfile",
        id,
        recheck: Boolean(read && errors(next) > errors(read)),
      });
    },
    [overrides, profiles, read, save, source]
  );

  const readSource = useCallback(
    async (from: SourceChoice, quick: boolean) => {
      const data = await withBusy(t("reading"), () => gateway.readSources(from));
      if (!data) return;
      // Column choices belong to a sheet: kept for the same sheet, afresh for another.
      const chosen = keptOverrides(state, data);
      if (!quick) {
        dispatch({ type: "sourceRead", source: data, overrides: chosen, step: STEP.mapping });
        return;
      }
      // The quick run: remembered, then straight to the results when the data is clean.
      dispatch({ type: "sourceRead", source: data, overrides: chosen });
      const result = readTable(data, chosen, profile);
      const clean = result.schools.length > 0 && !result.issues.some((i) => i.severity === "error");
      await save(data, chosen);
      dispatch({ type: "goTo", step: clean ? STEP.results : STEP.check });
    },
    [gateway, profile, save, state, t, withBusy]
  );

  /** The one-click switch of the wrong-sheet hint: read the suggested sheet as the school table. */
  const switchSchool = useCallback(
    (sheet: string) => {
      const next = switchedChoice(state, sheet);
      dispatch({ type: "chooseSources", choice: next });
      void readSource(next, false);
    },
    [readSource, state]
  );

  const createTemplate = useCallback(
    async (withCounty: boolean) => {
      const spec = templateSpec(profile);
      const made = await withBusy(t("creatingTemplate"), () =>
        gateway.createTemplate(spec.school, spec.classes, withCounty ? spec.county : undefined)
      );
      if (!made) return;
      dispatch({
        type: "templateCreated",
        message: made.countySheet
          ? t("templateCreatedCounty", {
              school: made.schoolSheet,
              classes: made.classSheet,
              county: made.countySheet,
            })
          : t("templateCreated", { school: made.schoolSheet, classes: made.classSheet }),
      });
      const o = await withBusy(t("loadingWorkbook"), () => gateway.inspect());
      if (!o) return;
      dispatch({ type: "inspected", overview: o });
      dispatch({
        type: "chooseSources",
        choice: {
          school: { kind: "sheet", sheet: made.schoolSheet },
          classSheet: made.classSheet,
          countySheet: made.countySheet ?? null,
        },
      });
    },
    [gateway, profile, t, withBusy]
  );

  /**
   * 汇总各校填报表… (the pane): the picked forms read one after another in the pane, collected
   * (../collect.ts), the county table and 回收情况 written as new sheets of the add-in's own,
   * the workbook looked at again and the collected table chosen as the school table.
   */
  const forms = gateway.forms;
  const collectForms = useCallback(
    async (files: File[]) => {
      if (!forms || files.length === 0) return;
      // Read and collected under the busy bar; an unexpected failure becomes the step's message.
      const done = await withBusy(
        t("collectReadingFile", { index: 1, count: files.length, file: files[0].name }),
        async () => {
          const { fileList, planCollection, sourcesOf, unreadable } = await import("../collectRun");
          const sources: SchoolSource[] = [];
          for (const [i, file] of files.entries()) {
            dispatch({
              type: "progress",
              text: t("collectReadingFile", { index: i + 1, count: files.length, file: file.name }),
              value: i / files.length,
            });
            try {
              sources.push(...sourcesOf(file.name, await forms.readFile(file), profile));
            } catch (e) {
              // Named in 回收情况 (无法读取), as the CLI names it; the other files are still collected.
              sources.push(
                unreadable(
                  file.name,
                  isEduError(e) ? e.message : e instanceof Error ? e.message : String(e)
                )
              );
            }
          }
          return { plan: planCollection(sources, profile), fileList };
        }
      );
      if (!done) return;
      const { plan, fileList } = done;
      if (plan.kind === "mixed") {
        dispatch({
          type: "failed",
          message: t("collectMixed", {
            forms: fileList(plan.forms, t),
            tables: fileList(plan.tables, t),
          }),
        });
        return;
      }
      if (plan.kind === "tables") {
        dispatch({
          type: "failed",
          message: t("collectTables", { tables: fileList(plan.tables, t) }),
        });
        return;
      }
      const c = plan.collection;
      if (plan.written === 0) {
        dispatch({ type: "collected", collection: c });
        return;
      }
      const written = await withBusy(t("collectWriting"), () => forms.writeCollection(c));
      if (!written) return;
      const table = written[0]?.name ?? c.sheet.name;
      dispatch({
        type: "collected",
        collection: c,
        message: t("collectWritten", { table, receipt: written[1]?.name ?? "" }),
      });
      const o = await withBusy(t("loadingWorkbook"), () => gateway.inspect());
      if (!o) return;
      dispatch({ type: "inspected", overview: o });
      dispatch({
        type: "chooseSources",
        choice: { school: { kind: "sheet", sheet: table }, classSheet: null, countySheet: null },
      });
    },
    [forms, gateway, profile, t, withBusy]
  );

  const selectIssue = useCallback(
    (issue: InputIssue) => {
      gateway.selectCell(issue.sheet, issue.row, issue.column).catch((e: unknown) => {
        dispatch({
          type: "failed",
          message: t("selectFailed", {
            message: isEduError(e)
              ? pick(lang, e.message, e.messageEn)
              : e instanceof Error
                ? e.message
                : String(e),
          }),
        });
      });
    },
    [gateway, lang, t]
  );

  const writeReport = useCallback(async () => {
    if (!report || writing.current) return;
    writing.current = true;
    const controller = new AbortController();
    dispatch({ type: "writeStarted", abort: controller });
    const result = await withBusy(t("writing", { sheets: report.sheets.length }), () =>
      gateway.writeReport(
        report,
        (done, total, sheet) =>
          dispatch({
            type: "progress",
            text: t("writingSheet", { n: done + 1, total, sheet }),
            value: done / total,
          }),
        controller.signal
      )
    );
    writing.current = false;
    dispatch({ type: "writeEnded", written: result });
  }, [gateway, report, t, withBusy]);

  const writeSample = useCallback(
    async (sample: ReviewSample) => {
      if (!evaluation) return;
      const sheet = buildSampleSheet(evaluation, sample, {
        sourceName,
        date: today(),
      });
      const result = await withBusy(t("writing", { sheets: 1 }), () =>
        gateway.writeReport({ sheets: [sheet] })
      );
      if (result?.[0]) dispatch({ type: "sampleWritten", sheet: result[0] });
      // The seed and share of a list written are remembered, so it can be drawn again from this workbook.
      if (result && source)
        void save(source, overrides, { sample: { seed: sample.seed, share: sample.share } });
    },
    [evaluation, gateway, overrides, save, source, sourceName, t, today, withBusy]
  );

  const writeMonitor = useCallback(
    (monitor: ReportWorkbook) =>
      withBusy(t("writing", { sheets: monitor.sheets.length }), () => gateway.writeReport(monitor)),
    [gateway, t, withBusy]
  );
  const readYearSheet = useCallback(
    async (sheet: string): Promise<SheetCells[]> => {
      const data = await gateway.readSources({
        school: { kind: "sheet", sheet },
        classSheet: null,
        countySheet: null,
      });
      return [data.school];
    },
    [gateway]
  );
  // The sheets that may hold another year's schools: all shown but this year's own.
  const yearSheets = useMemo(() => {
    if (fileHost || !overview || !source) return undefined;
    const own = new Set([source.school.name, source.classes?.name, source.county?.name]);
    return overview.sheets.filter((s) => s.visible && !own.has(s.name)).map((s) => s.name);
  }, [fileHost, overview, source]);

  const [compareOpened, setCompareOpened] = useState(false);
  useEffect(() => {
    if (step === STEP.compare) setCompareOpened(true);
  }, [step]);

  const available = [
    true,
    Boolean(read),
    Boolean(read),
    Boolean(assessment),
    Boolean(assessment),
    Boolean(assessment),
    Boolean(assessment),
  ];

  return (
    <div className={styles.root}>
      {/* The offline page has its own heading. */}
      {!fileHost && (
        <Text as="h1" size={500} weight="semibold" block>
          {t("appTitle")}
        </Text>
      )}
      <TabList
        size="small"
        selectedValue={String(step)}
        onTabSelect={(_e, data) => dispatch({ type: "goTo", step: Number(data.value) as Step })}
        className={styles.tabs}
        aria-label={t("appTitle")}
      >
        {STEP_KEYS.map((key, i) => (
          <Tab key={key} value={String(i)} disabled={!available[i] || busy !== null}>
            {i + 1} {t(key)}
          </Tab>
        ))}
      </TabList>
      {busy !== null && (
        <Busy
          text={busy}
          value={state.progress}
          onCancel={state.writeAbort ? () => state.writeAbort?.abort() : undefined}
        />
      )}
      {state.cancelledNotice && (
        <MessageBar
          intent="info"
          layout="multiline"
          className={styles.notice}
          data-testid="write-cancelled"
        >
          <MessageBarBody>{t("writeCancelled")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: "dismissCancelled" })}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" className={styles.notice}>
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: "dismissError" })}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sheetHint && (step === STEP.mapping || step === STEP.check) && (
        <div className={styles.notice}>
          <WrongSheetNotice hint={sheetHint} onSwitch={switchSchool} busy={busy !== null} />
        </div>
      )}
      <main aria-label={t(STEP_KEYS[step])}>
        {step === STEP.source && state.collection && (
          <CollectionPanel collection={state.collection} />
        )}
        {step === STEP.source && (
          <SourceStep
            onCollectForms={forms && !fileHost ? (files) => void collectForms(files) : undefined}
            overview={overview}
            choice={choice}
            onChoice={(next) => dispatch({ type: "chooseSources", choice: next })}
            onRead={() => void readSource(choice, false)}
            onQuickRun={() =>
              overview?.saved && void readSource(savedChoice(overview, overview.saved), true)
            }
            onCreateTemplate={
              fileHost ? undefined : (withCounty) => void createTemplate(withCounty)
            }
            sheetsOnly={Boolean(fileHost)}
            savedProfileName={
              overview?.saved
                ? profileName(profileById(profiles, overview.saved.profile), lang)
                : undefined
            }
            profiles={profiles}
            profile={profile}
            onProfile={chooseProfile}
            templateMessage={state.templateMessage}
            unplug={gateway.unplug}
            fileName={fileName}
            busy={busy !== null}
          />
        )}
        {step === STEP.mapping && source && read && (
          <MappingStep
            source={source}
            read={read}
            overrides={overrides}
            onOverride={(field, letter) => dispatch({ type: "override", field, letter })}
            onReset={() => dispatch({ type: "resetOverrides" })}
            onConfirm={() => {
              void save(source, overrides);
              dispatch({ type: "goTo", step: STEP.check });
            }}
            busy={busy !== null}
            profile={profile}
          />
        )}
        {step === STEP.check && read && (
          <CheckStep
            read={read}
            consent={consent}
            onConsent={(agreed) => dispatch({ type: "consent", consent: agreed })}
            onSelectIssue={fileHost ? undefined : selectIssue}
            onAssess={() => dispatch({ type: "goTo", step: STEP.results })}
            busy={busy !== null}
          />
        )}
        {step === STEP.results && evaluation && (
          <ResultsStep
            evaluation={evaluation}
            profiles={profiles}
            onProfile={chooseProfile}
            whatIf={state.whatIf}
            onWhatIf={(whatIf) => dispatch({ type: "whatIf", whatIf })}
            onReport={() => dispatch({ type: "goTo", step: STEP.report })}
            onSample={() => dispatch({ type: "goTo", step: STEP.sample })}
          />
        )}
        {step === STEP.report && evaluation && report && (
          <ReportStep
            report={report}
            incomplete={evaluation.assessment.incomplete}
            badSchools={evaluation.badDataSchools}
            written={state.written}
            onWrite={() => void writeReport()}
            busy={busy !== null}
            profileText={t("profileLine", { profile: profileName(profile, lang) })}
            download={Boolean(fileHost)}
            formulas={formulas}
            onFormulas={setFormulas}
          >
            {fileHost ? (
              fileHost.reportExtras?.(evaluation)
            ) : (
              <ReportDocButton
                evaluation={evaluation}
                fileName={overview?.fileName ?? t("appTitle")}
                sourceName={sourceName}
                hint={t("reportDocPaneHint")}
              />
            )}
          </ReportStep>
        )}
        {step === STEP.sample && evaluation && (
          <SampleStep
            evaluation={evaluation}
            settings={state.sampleSettings}
            onSettings={(settings) => dispatch({ type: "sampleSettings", settings })}
            onWrite={(sample) => void writeSample(sample)}
            written={state.sampleWritten}
            busy={busy !== null}
            download={Boolean(fileHost)}
          />
        )}
        {/* Mounted when first opened, then kept while another step is shown: the years added stay. */}
        {evaluation && compareOpened && (
          <div hidden={step !== STEP.compare}>
            <Suspense fallback={<Busy text={t("compareLoading")} />}>
              <CompareStep
                evaluation={evaluation}
                profile={profile}
                currentSource={fileName ?? overview?.fileName ?? t("compareCurrentWorkbook")}
                readFile={fileHost ? fileHost.readFile : gateway.forms?.readFile}
                sheets={yearSheets}
                readSheet={fileHost ? undefined : readYearSheet}
                onWrite={writeMonitor}
                download={Boolean(fileHost)}
                busy={busy !== null}
                extras={fileHost?.compareExtras}
                reportSourceName={fileName ?? sourceName}
              />
            </Suspense>
          </div>
        )}
      </main>
    </div>
  );
}
