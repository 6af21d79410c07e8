import { Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isEduError } from '../../core/errors';
import { DEFAULT_PROFILE } from '../../core/profiles';
import type { StandardsProfile } from '../../core/profiles/profile';
import { templateHeaders } from '../../core/table/fields';
import type { InputIssue } from '../../core/types';
import { badDataSchoolCount, buildReport } from '../../report/build';
import type { SavedSetup, SourceChoice, SourceData, WorkbookGateway, WorkbookOverview, WrittenSheet } from '../excel/types';
import { pick, useT } from '../i18n';
import type { MessageKey } from '../messages';
import { checkSummary, readTable, runAssessment } from '../wizard';
import { CheckStep } from './CheckStep';
import { Busy } from './common';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { ResultsStep } from './ResultsStep';
import { SourceStep } from './SourceStep';

export interface WizardProps {
  gateway: WorkbookGateway;
  profile?: StandardsProfile;
  /** Today's date for the report's subtitle (tests pass a fixed one). */
  today?: () => string;
}

const STEP_KEYS: MessageKey[] = ['stepSource', 'stepMapping', 'stepCheck', 'stepResults', 'stepReport'];

function localDate(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function initialChoice(overview: WorkbookOverview): SourceChoice {
  if (overview.saved) return { school: overview.saved.school, classSheet: overview.saved.classSheet };
  // A sheet called 班级 is, nearly always, the class sheet of the template.
  const classSheet = overview.sheets.find((s) => s.visible && s.name !== overview.activeSheet && /班级/.test(s.name))?.name ?? null;
  return { school: { kind: 'activeSheet' }, classSheet };
}

function sameSheet(a: SavedSetup['school'] | undefined, b: SavedSetup['school'] | undefined): boolean {
  return Boolean(a && b && a.sheet === b.sheet);
}

export function Wizard({ gateway, profile = DEFAULT_PROFILE, today = localDate }: WizardProps) {
  const { t, lang } = useT();
  const [step, setStep] = useState(0);
  const [overview, setOverview] = useState<WorkbookOverview>();
  const [choice, setChoice] = useState<SourceChoice>({ school: { kind: 'activeSheet' }, classSheet: null });
  const [source, setSource] = useState<SourceData>();
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const [written, setWritten] = useState<WrittenSheet[]>();
  const [busy, setBusy] = useState<string | null>(null);
  /** 0–1 when a long step can tell how far it is (writing, sheet by sheet). */
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [templateMessage, setTemplateMessage] = useState<string>();

  const read = useMemo(() => (source ? readTable(source, overrides) : undefined), [source, overrides]);
  const summary = read ? checkSummary(read) : undefined;
  const assessable = Boolean(summary && summary.canAssess && (!summary.needsConsent || consent));
  const assessment = useMemo(() => (read && assessable ? runAssessment(read, profile) : undefined), [read, assessable, profile]);
  const report = useMemo(
    () => (assessment && read ? buildReport(assessment, read, { profile, date: today(), sourceName: read.schoolSheet ? `「${read.schoolSheet}」` : undefined }) : undefined),
    [assessment, read, profile, today],
  );

  const fail = useCallback(
    (e: unknown) => {
      if (isEduError(e)) setError(pick(lang, e.message, e.messageEn));
      else setError(t('excelError', { message: e instanceof Error ? e.message : String(e) }));
    },
    [lang, t],
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
    [fail],
  );

  const inspect = useCallback(async () => {
    const o = await withBusy(t('loadingWorkbook'), () => gateway.inspect());
    if (o) setOverview(o);
    return o;
  }, [gateway, t, withBusy]);

  useEffect(() => {
    void inspect().then((o) => {
      if (!o) return;
      setChoice(initialChoice(o));
      if (o.saved) setOverrides(o.saved.overrides);
    });
    // The workbook is looked at once when the pane opens; "读取数据" reads it afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = useCallback(
    async (data: SourceData, chosen: Record<string, string>) => {
      const setup: SavedSetup = {
        version: 1,
        school: data.resolved,
        classSheet: data.classes ? data.classes.name : null,
        overrides: chosen,
        savedAt: new Date().toISOString(),
      };
      try {
        await gateway.saveSetup(setup);
        setOverview((o) => (o ? { ...o, saved: setup } : o));
      } catch (e) {
        fail(e);
      }
    },
    [gateway, fail],
  );

  const readSource = useCallback(
    async (from: SourceChoice, quick: boolean) => {
      const data = await withBusy(t('reading'), () => gateway.readSources(from));
      if (!data) return;
      // Column choices belong to a sheet: keep them for the same sheet, start afresh for another.
      const keep = sameSheet(data.resolved, source?.resolved) || sameSheet(data.resolved, overview?.saved?.school);
      const chosen = keep ? (source ? overrides : (overview?.saved?.overrides ?? overrides)) : {};
      setSource(data);
      setOverrides(chosen);
      setConsent(false);
      setWritten(undefined);
      if (quick) {
        const result = readTable(data, chosen);
        const clean = result.schools.length > 0 && !result.issues.some((i) => i.severity === 'error');
        await save(data, chosen);
        setStep(clean ? 3 : 2);
      } else setStep(1);
    },
    [gateway, overrides, overview, save, source, t, withBusy],
  );

  const createTemplate = useCallback(async () => {
    const h = templateHeaders();
    const zip = (s: { headers: string[]; fields: string[] }) => s.fields.map((field, i) => ({ field, header: s.headers[i] }));
    const made = await withBusy(t('creatingTemplate'), () => gateway.createTemplate(zip(h.schoolSheet), zip(h.classSheet)));
    if (!made) return;
    setTemplateMessage(t('templateCreated', { school: made.schoolSheet, classes: made.classSheet }));
    const o = await inspect();
    if (o) setChoice({ school: { kind: 'sheet', sheet: made.schoolSheet }, classSheet: made.classSheet });
  }, [gateway, inspect, t, withBusy]);

  const selectIssue = useCallback(
    (issue: InputIssue) => {
      gateway.selectCell(issue.sheet, issue.row, issue.column).catch((e: unknown) => {
        setError(t('selectFailed', { message: isEduError(e) ? pick(lang, e.message, e.messageEn) : e instanceof Error ? e.message : String(e) }));
      });
    },
    [gateway, lang, t],
  );

  const writeReport = useCallback(async () => {
    if (!report) return;
    const result = await withBusy(t('writing', { sheets: report.sheets.length }), () =>
      gateway.writeReport(report, (done, total, sheet) => {
        setBusy(t('writingSheet', { n: done + 1, total, sheet }));
        setProgress(done / total);
      }),
    );
    if (result) setWritten(result);
  }, [gateway, report, t, withBusy]);

  const available = [true, Boolean(read), Boolean(read), Boolean(assessment), Boolean(assessment)];

  return (
    <div style={{ padding: '8px 12px 24px', maxWidth: '960px' }}>
      <Text as="h1" size={500} weight="semibold" block>
        {t('appTitle')}
      </Text>
      <TabList
        size="small"
        selectedValue={String(step)}
        onTabSelect={(_e, data) => setStep(Number(data.value))}
        style={{ flexWrap: 'wrap', marginTop: '6px' }}
        aria-label={t('appTitle')}
      >
        {STEP_KEYS.map((key, i) => (
          <Tab key={key} value={String(i)} disabled={!available[i] || busy !== null}>
            {i + 1} {t(key)}
          </Tab>
        ))}
      </TabList>
      {busy !== null && <Busy text={busy} value={progress} />}
      {error && (
        <MessageBar intent="error" layout="multiline" style={{ marginTop: '8px' }}>
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {t('dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <main aria-label={t(STEP_KEYS[step])}>
        {step === 0 && (
          <SourceStep
            overview={overview}
            choice={choice}
            onChoice={setChoice}
            onRead={() => void readSource(choice, false)}
            onQuickRun={() => overview?.saved && void readSource({ school: overview.saved.school, classSheet: overview.saved.classSheet }, true)}
            onCreateTemplate={() => void createTemplate()}
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
          />
        )}
        {step === 2 && read && (
          <CheckStep read={read} consent={consent} onConsent={setConsent} onSelectIssue={selectIssue} onAssess={() => setStep(3)} busy={busy !== null} />
        )}
        {step === 3 && assessment && read && <ResultsStep assessment={assessment} read={read} profile={profile} onReport={() => setStep(4)} />}
        {step === 4 && assessment && read && report && (
          <ReportStep
            report={report}
            incomplete={assessment.incomplete}
            badSchools={badDataSchoolCount(read)}
            written={written}
            onWrite={() => void writeReport()}
            busy={busy !== null}
          />
        )}
      </main>
    </div>
  );
}
