import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
} from "@fluentui/react-components";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  DEFAULT_SAMPLE_SHARE,
  type Evaluation,
  type InputIssue,
  isEduError,
  type ReviewSample,
  type StandardsProfile,
  type TableReadResult,
} from "../../core";
import { buildReport, buildSampleSheet, templateSpec } from "../../report";
import type {
  SampleSettings,
  SavedSetup,
  SourceChoice,
  SourceData,
  WorkbookGateway,
  WorkbookOverview,
  WrittenSheet,
} from "../gateway";
import { WRITE_CANCELLED } from "../gateway";
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
import { Busy } from "./common";
import { MappingStep } from "./MappingStep";
import { ReportStep } from "./ReportStep";
import { ResultsStep } from "./ResultsStep";
import { DEFAULT_SAMPLE_SEED, SampleStep } from "./SampleStep";
import { SourceStep } from "./SourceStep";
import { WrongSheetNotice } from "./WrongSheetNotice";
import { wrongSheetHint } from "../sheetHint";
import type { WhatIfState } from "./WhatIfPanel";

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
}

const STEP_KEYS: MessageKey[] = [
  "stepSource",
  "stepMapping",
  "stepCheck",
  "stepResults",
  "stepReport",
  "stepSample",
];

function localDate(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The county sheet a setup names; a setup saved before the county sheet existed gets the one recognised by content. */
function savedCountySheet(overview: WorkbookOverview, saved: SavedSetup): string | null {
  if (saved.countySheet !== undefined) return saved.countySheet;
  const found = overview.countySheet;
  return found && found !== saved.school.sheet && found !== saved.classSheet ? found : null;
}

/**
 * Step 1's first choice: the saved setup, else the sheets as their content shows
 * them (as the CLI picks them, whichever sheet happens to be active), else the
 * active sheet.
 */
export function initialChoice(overview: WorkbookOverview): SourceChoice {
  if (overview.saved)
    return {
      school: overview.saved.school,
      classSheet: overview.saved.classSheet,
      countySheet: savedCountySheet(overview, overview.saved),
    };
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

export function Wizard({ gateway, profiles: offered, today = localDate, fileHost }: WizardProps) {
  const { t, lang } = useT();
  const profiles = useMemo(
    () => (offered && offered.length > 0 ? offered : builtInProfiles()),
    [offered]
  );
  const [profileId, setProfileId] = useState(profiles[0].id);
  const profile = profileById(profiles, profileId);
  const [sampleSettings, setSampleSettings] = useState<SampleSettings>({
    seed: DEFAULT_SAMPLE_SEED,
    share: DEFAULT_SAMPLE_SHARE,
  });
  const [sampleWritten, setSampleWritten] = useState<WrittenSheet>();
  const [whatIf, setWhatIf] = useState<WhatIfState>();
  const [step, setStep] = useState(0);
  const [overview, setOverview] = useState<WorkbookOverview>();
  const [choice, setChoice] = useState<SourceChoice>({
    school: { kind: "activeSheet" },
    classSheet: null,
    countySheet: null,
  });
  const [source, setSource] = useState<SourceData>();
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const [written, setWritten] = useState<WrittenSheet[]>();
  const [busy, setBusy] = useState<string | null>(null);
  /** 0–1 when a long step can tell how far it is (writing, sheet by sheet). */
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  /** Set while the report is being written: 取消 aborts it before the next sheet. */
  const [writeAbort, setWriteAbort] = useState<AbortController | null>(null);
  const [cancelledNotice, setCancelledNotice] = useState(false);
  const writing = useRef(false);
  const [templateMessage, setTemplateMessage] = useState<string>();

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
  const report = useMemo(
    () =>
      evaluation
        ? buildReport(
            evaluation,
            // A file's report is the CLI's (`assess 文件 --out`): the file as its source, no chart sheet.
            fileName !== undefined
              ? { charts: false, sourceName: fileName }
              : { date: today(), sourceName }
          )
        : undefined,
    [evaluation, today, sourceName, fileName]
  );
  // What-if edits belong to the records they were made on.
  useEffect(() => setWhatIf(undefined), [read]);

  const fail = useCallback(
    (e: unknown) => {
      if (isEduError(e) && e.code === WRITE_CANCELLED) setCancelledNotice(true);
      else if (isEduError(e)) setError(pick(lang, e.message, e.messageEn));
      else setError(t("excelError", { message: e instanceof Error ? e.message : String(e) }));
    },
    [lang, t]
  );

  /** Runs a workbook conversation with a progress bar; errors become a message. */
  const withBusy = useCallback(
    async <T,>(text: string, work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(text);
      setError(null);
      try {
        return await work();
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        setBusy(null);
        setProgress(undefined);
      }
    },
    [fail]
  );

  const inspect = useCallback(async () => {
    const o = await withBusy(t("loadingWorkbook"), () => gateway.inspect());
    if (o) setOverview(o);
    return o;
  }, [gateway, t, withBusy]);

  useEffect(() => {
    void inspect().then((o) => {
      if (!o) return;
      setChoice(initialChoice(o));
      if (o.saved) {
        setOverrides(o.saved.overrides);
        if (o.saved.profile) setProfileId(profileById(profiles, o.saved.profile).id);
        if (o.saved.sample) setSampleSettings(o.saved.sample);
      }
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
        profile: extra.profile ?? profileId,
        sample: extra.sample ?? sampleSettings,
      };
      try {
        await gateway.saveSetup(setup);
        setOverview((o) => (o ? { ...o, saved: setup } : o));
      } catch (e) {
        fail(e);
      }
    },
    [gateway, fail, fileHost, profileId, sampleSettings]
  );

  const chooseProfile = useCallback(
    (id: string) => {
      setProfileId(id);
      if (!source) return;
      // Remembered with the sources, so the next run (and the quick run) uses it.
      void save(source, overrides, { profile: id });
      // Another profile may need columns this table lacks (2012: 计算机, 图书 …): then the data check says so.
      const errors = (r: TableReadResult) => r.issues.filter((i) => i.severity === "error").length;
      const next = readTable(source, overrides, profileById(profiles, id));
      if (read && errors(next) > errors(read)) {
        setConsent(false);
        setStep((current) => (current >= 3 ? 2 : current));
      }
    },
    [overrides, profiles, read, save, source]
  );

  const readSource = useCallback(
    async (from: SourceChoice, quick: boolean) => {
      const data = await withBusy(t("reading"), () => gateway.readSources(from));
      if (!data) return;
      // Column choices belong to a sheet: keep them for the same sheet, start afresh for another.
      const keep =
        sameSheet(data.resolved, source?.resolved) ||
        sameSheet(data.resolved, overview?.saved?.school);
      const chosen = keep ? (source ? overrides : (overview?.saved?.overrides ?? overrides)) : {};
      setSource(data);
      setOverrides(chosen);
      setConsent(false);
      setWritten(undefined);
      setSampleWritten(undefined);
      if (quick) {
        const result = readTable(data, chosen, profile);
        const clean =
          result.schools.length > 0 && !result.issues.some((i) => i.severity === "error");
        await save(data, chosen);
        setStep(clean ? 3 : 2);
      } else setStep(1);
    },
    [gateway, overrides, overview, profile, save, source, t, withBusy]
  );

  /** The one-click switch of the wrong-sheet hint: read the suggested sheet as the school table. */
  const switchSchool = useCallback(
    (sheet: string) => {
      const previous = source?.school.name;
      const recognised = overview?.recognised;
      // The sheet read by mistake is often the class sheet: then it becomes the class sheet.
      let classSheet = choice.classSheet === sheet ? null : choice.classSheet;
      if (!classSheet && previous && recognised?.kinds[previous] === "class") classSheet = previous;
      const next: SourceChoice = {
        school: { kind: "sheet", sheet },
        classSheet,
        countySheet: choice.countySheet === sheet ? null : choice.countySheet,
      };
      setChoice(next);
      void readSource(next, false);
    },
    [choice, overview, readSource, source]
  );

  const createTemplate = useCallback(
    async (withCounty: boolean) => {
      const spec = templateSpec(profile);
      const made = await withBusy(t("creatingTemplate"), () =>
        gateway.createTemplate(spec.school, spec.classes, withCounty ? spec.county : undefined)
      );
      if (!made) return;
      setTemplateMessage(
        made.countySheet
          ? t("templateCreatedCounty", {
              school: made.schoolSheet,
              classes: made.classSheet,
              county: made.countySheet,
            })
          : t("templateCreated", { school: made.schoolSheet, classes: made.classSheet })
      );
      const o = await inspect();
      if (o)
        setChoice({
          school: { kind: "sheet", sheet: made.schoolSheet },
          classSheet: made.classSheet,
          countySheet: made.countySheet ?? null,
        });
    },
    [gateway, inspect, profile, t, withBusy]
  );

  const selectIssue = useCallback(
    (issue: InputIssue) => {
      gateway.selectCell(issue.sheet, issue.row, issue.column).catch((e: unknown) => {
        setError(
          t("selectFailed", {
            message: isEduError(e)
              ? pick(lang, e.message, e.messageEn)
              : e instanceof Error
                ? e.message
                : String(e),
          })
        );
      });
    },
    [gateway, lang, t]
  );

  const writeReport = useCallback(async () => {
    if (!report || writing.current) return;
    writing.current = true;
    const controller = new AbortController();
    setWriteAbort(controller);
    setCancelledNotice(false);
    const result = await withBusy(t("writing", { sheets: report.sheets.length }), () =>
      gateway.writeReport(
        report,
        (done, total, sheet) => {
          setBusy(t("writingSheet", { n: done + 1, total, sheet }));
          setProgress(done / total);
        },
        controller.signal
      )
    );
    writing.current = false;
    setWriteAbort(null);
    if (result) setWritten(result);
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
      if (result?.[0]) setSampleWritten(result[0]);
      // The seed and share of a list written are remembered, so it can be drawn again from this workbook.
      if (result && source)
        void save(source, overrides, { sample: { seed: sample.seed, share: sample.share } });
    },
    [evaluation, gateway, overrides, profile, save, source, sourceName, t, today, withBusy]
  );

  const available = [
    true,
    Boolean(read),
    Boolean(read),
    Boolean(assessment),
    Boolean(assessment),
    Boolean(assessment),
  ];

  return (
    <div style={{ padding: "8px 12px 24px", maxWidth: "960px" }}>
      {/* The offline page has its own heading. */}
      {!fileHost && (
        <Text as="h1" size={500} weight="semibold" block>
          {t("appTitle")}
        </Text>
      )}
      <TabList
        size="small"
        selectedValue={String(step)}
        onTabSelect={(_e, data) => setStep(Number(data.value))}
        style={{ flexWrap: "wrap", marginTop: "6px" }}
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
          value={progress}
          onCancel={writeAbort ? () => writeAbort.abort() : undefined}
        />
      )}
      {cancelledNotice && (
        <MessageBar
          intent="info"
          layout="multiline"
          style={{ marginTop: "8px" }}
          data-testid="write-cancelled"
        >
          <MessageBarBody>{t("writeCancelled")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setCancelledNotice(false)}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" style={{ marginTop: "8px" }}>
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sheetHint && (step === 1 || step === 2) && (
        <div style={{ marginTop: "8px" }}>
          <WrongSheetNotice hint={sheetHint} onSwitch={switchSchool} busy={busy !== null} />
        </div>
      )}
      <main aria-label={t(STEP_KEYS[step])}>
        {step === 0 && (
          <SourceStep
            overview={overview}
            choice={choice}
            onChoice={setChoice}
            onRead={() => void readSource(choice, false)}
            onQuickRun={() =>
              overview?.saved &&
              void readSource(
                {
                  school: overview.saved.school,
                  classSheet: overview.saved.classSheet,
                  countySheet: savedCountySheet(overview, overview.saved),
                },
                true
              )
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
            templateMessage={templateMessage}
            busy={busy !== null}
          />
        )}
        {step === 1 && source && read && (
          <MappingStep
            source={source}
            read={read}
            overrides={overrides}
            onOverride={(field, letter) =>
              setOverrides((prev) => {
                const next = { ...prev };
                if (letter === undefined) delete next[field];
                else next[field] = letter;
                return next;
              })
            }
            onReset={() => setOverrides({})}
            onConfirm={() => {
              void save(source, overrides);
              setStep(2);
            }}
            busy={busy !== null}
            profile={profile}
          />
        )}
        {step === 2 && read && (
          <CheckStep
            read={read}
            consent={consent}
            onConsent={setConsent}
            onSelectIssue={fileHost ? undefined : selectIssue}
            onAssess={() => setStep(3)}
            busy={busy !== null}
          />
        )}
        {step === 3 && evaluation && (
          <ResultsStep
            evaluation={evaluation}
            profiles={profiles}
            onProfile={chooseProfile}
            whatIf={whatIf}
            onWhatIf={setWhatIf}
            onReport={() => setStep(4)}
            onSample={() => setStep(5)}
          />
        )}
        {step === 4 && evaluation && report && (
          <ReportStep
            report={report}
            incomplete={evaluation.assessment.incomplete}
            badSchools={evaluation.badDataSchools}
            written={written}
            onWrite={() => void writeReport()}
            busy={busy !== null}
            profileText={t("profileLine", { profile: profileName(profile, lang) })}
            download={Boolean(fileHost)}
          >
            {fileHost?.reportExtras?.(evaluation)}
          </ReportStep>
        )}
        {step === 5 && evaluation && (
          <SampleStep
            evaluation={evaluation}
            settings={sampleSettings}
            onSettings={setSampleSettings}
            onWrite={(sample) => void writeSample(sample)}
            written={sampleWritten}
            busy={busy !== null}
            download={Boolean(fileHost)}
          />
        )}
      </main>
    </div>
  );
}
