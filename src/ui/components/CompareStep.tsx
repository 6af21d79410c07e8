/**
 * 7 与往年比较 (issue 25): the earlier years beside this assessment. The user adds earlier
 * workbooks (files picked on this computer, read by the host's reader) or, in the pane, sheets of
 * this workbook when the county keeps its years as sheets; each is read and evaluated as
 * `edu-balance compare` reads a file (../compareRun.ts). Shown: what to watch (the early
 * warnings and the latest year's events, most urgent first), each CV by year against its limit,
 * the schools passing per year, every change; then the 监测 sheets are written (the pane) or
 * downloaded (the page). The step stays mounted while other steps are shown, so the years added
 * are kept.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useMemo, useRef, useState } from "react";
import {
  countyItemNames,
  STAGES,
  yearOf,
  type Evaluation,
  type SheetCells,
  type StandardsProfile,
  type YearComparison,
} from "../../core";
import {
  balanceKind,
  buildCompareReport,
  countyItemFigures,
  eventText,
  warningText,
  watchItems,
  yearsText,
  type ReportWorkbook,
} from "../../report";
import { textsFor } from "../../i18n";
import {
  compareView,
  evaluateYear,
  renamesFrom,
  typedMargin,
  type RenamesFile,
  type YearSource,
} from "../compareRun";
import type { WrittenSheet } from "../gateway";
import { errorText } from "../messages";
import { useT } from "../i18n";
import { indicatorName, profileName, stageName } from "../wizard";
import { useLayoutStyles } from "./common";
import { ReportDocButton } from "./ReportDocButton";
import { CvTrendChart, PassingTrendChart } from "./TrendCharts";

/** How many lines the watch list shows before "另有 N 条". */
const WATCH_LINES = 12;
const ACCEPT = ".xlsx,.xlsm,.xls,.et";

export interface CompareStepProps {
  evaluation: Evaluation;
  profile: StandardsProfile;
  /** This year's name among the years: the file's (the page) or the workbook's (the pane). */
  currentSource: string;
  /** Reads a picked file (the host's reader); absent: files cannot be added. */
  readFile?: (file: File) => Promise<SheetCells[]>;
  /** Sheets of this workbook that may hold another year's schools (the pane). */
  sheets?: readonly string[];
  readSheet?: (sheet: string) => Promise<SheetCells[]>;
  /** Writes (the pane) or downloads (the page) the 监测 workbook; undefined when it failed. */
  onWrite: (report: ReportWorkbook) => Promise<WrittenSheet[] | undefined>;
  /** The page: the 监测 workbook is downloaded, not written into a workbook. */
  download?: boolean;
  busy: boolean;
  /** More actions once compared (the page's 下载 JSON). */
  extras?: (comparison: YearComparison) => ReactNode;
  /** The 自评报告's 数据来源 (as the report step gives it), for its version with the 监测 paragraph. */
  reportSourceName?: string;
}

let nextId = 1;

export function CompareStep({
  evaluation,
  profile,
  currentSource,
  readFile,
  sheets,
  readSheet,
  onWrite,
  download = false,
  busy,
  extras,
  reportSourceName,
}: CompareStepProps) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  const local = useStyles();
  const [sources, setSources] = useState<YearSource[]>([]);
  const [reading, setReading] = useState<string>();
  const [currentYear, setCurrentYear] = useState("");
  const [marginText, setMarginText] = useState("5");
  const [renames, setRenames] = useState<RenamesFile>();
  const [sheet, setSheet] = useState("");
  const [written, setWritten] = useState<WrittenSheet[]>();
  const filesInput = useRef<HTMLInputElement>(null);
  const renamesInput = useRef<HTMLInputElement>(null);

  const earlier = useMemo(
    () => sources.map((s) => evaluateYear(s, profile, lang)),
    [sources, profile, lang]
  );
  const margin = typedMargin(marginText);
  const view = useMemo(
    () =>
      margin === undefined
        ? undefined
        : compareView(
            { source: currentSource, evaluation, typedYear: currentYear },
            earlier,
            renames?.pairs ?? [],
            margin,
            lang
          ),
    [currentSource, evaluation, currentYear, earlier, renames, margin, lang]
  );
  const comparison = view?.kind === "compared" ? view.comparison : undefined;

  const add = async (
    items: { name: string; origin: YearSource["origin"]; read: () => Promise<SheetCells[]> }[]
  ) => {
    for (const item of items) {
      setReading(item.name);
      const id = nextId++;
      let source: YearSource;
      try {
        source = {
          id,
          source: item.name,
          origin: item.origin,
          sheets: await item.read(),
          typedYear: "",
        };
      } catch (e) {
        source = {
          id,
          source: item.name,
          origin: item.origin,
          error: t("compareReadFailed", { message: errorText(e, lang) }),
          typedYear: "",
        };
      }
      setSources((list) => [...list, source]);
    }
    setReading(undefined);
    setWritten(undefined);
  };

  const addFiles = (files: File[]) => {
    if (!readFile) return;
    void add(files.map((f) => ({ name: f.name, origin: "file", read: () => readFile(f) })));
  };

  const pickRenames = async (file: File) => {
    try {
      const input = /\.csv$/i.test(file.name)
        ? await file.text()
        : readFile
          ? await readFile(file)
          : await file.text();
      setRenames(renamesFrom(input, file.name, lang));
    } catch (e) {
      setRenames({ file: file.name, pairs: [], error: errorText(e, lang), unused: 0 });
    }
    setWritten(undefined);
  };

  const write = async () => {
    if (!comparison || !view || view.kind !== "compared") return;
    const kind = balanceKind(profile);
    const report = buildCompareReport(comparison, {
      profileName: profile.name,
      kind,
      itemNames: countyItemNames(view.inputs),
      itemFigures: countyItemFigures(view.inputs.map((y) => y.evaluation)),
    });
    const result = await onWrite(report);
    if (result) setWritten(result);
  };

  const found = (y: number | undefined) =>
    y === undefined ? t("compareYearMissing") : t("compareYearFound", { year: y });
  const currentFound = found(yearOf(evaluation, currentSource));

  const watch = comparison ? watchItems(comparison) : [];
  const C = textsFor(lang).compare;
  const addable = (sheets ?? []).filter(
    (s) => !sources.some((x) => x.origin === "sheet" && x.source === s)
  );

  return (
    <div className={styles.section} data-testid="compare-step">
      <Text>{t("compareIntro")}</Text>
      <ul className={styles.plainList} data-testid="compare-years">
        <li className={styles.item}>
          <div className={styles.row}>
            <Badge appearance="tint" className={styles.noWrap}>
              {t("compareCurrent")}
            </Badge>
            <Text weight="semibold" className={styles.wrapAnywhere}>
              {currentSource}
            </Text>
          </div>
          <YearField
            value={currentYear}
            onChange={(v) => {
              setCurrentYear(v);
              setWritten(undefined);
            }}
            hint={currentFound}
            label={t("compareYear")}
            testId="compare-year-current"
          />
        </li>
        {earlier.map((y) => (
          <li key={y.source.id} className={styles.item} data-testid="compare-year">
            <div className={styles.row}>
              <Text weight="semibold" className={styles.wrapAnywhere}>
                {y.source.source}
              </Text>
              <Button
                size="small"
                onClick={() => {
                  setSources((list) => list.filter((s) => s.id !== y.source.id));
                  setWritten(undefined);
                }}
                disabled={busy}
              >
                {t("compareRemove")}
              </Button>
            </div>
            {y.error !== undefined ? (
              <Text className={styles.problem} data-testid="compare-year-error">
                {y.error}
              </Text>
            ) : (
              <>
                <YearField
                  value={y.source.typedYear}
                  onChange={(v) => {
                    setSources((list) =>
                      list.map((s) => (s.id === y.source.id ? { ...s, typedYear: v } : s))
                    );
                    setWritten(undefined);
                  }}
                  hint={found(y.foundYear)}
                  label={t("compareYear")}
                  testId="compare-year-input"
                />
                {y.badRows && (
                  <Text size={200} className={styles.quiet}>
                    {t("compareBadRows", { n: y.badRows.n, first: y.badRows.first })}
                  </Text>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {reading && (
        <Text data-testid="compare-reading">{t("compareReading", { file: reading })}</Text>
      )}
      <div className={styles.row}>
        {readFile && (
          <>
            <Button
              onClick={() => filesInput.current?.click()}
              disabled={busy || reading !== undefined}
              data-testid="compare-add-files"
            >
              {t("compareAddFiles")}
            </Button>
            <input
              ref={filesInput}
              type="file"
              multiple
              accept={ACCEPT}
              hidden
              data-testid="compare-files-input"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = "";
                if (files.length > 0) addFiles(files);
              }}
            />
          </>
        )}
      </div>
      {readSheet && addable.length > 0 && (
        <Field label={t("compareSheetLabel")}>
          <div className={styles.row}>
            <Select
              value={sheet}
              onChange={(_e, data) => setSheet(data.value)}
              aria-label={t("compareSheetLabel")}
              data-testid="compare-sheet"
            >
              <option value="">{t("compareSheetChoose")}</option>
              {addable.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
            <Button
              onClick={() => {
                const name = sheet;
                setSheet("");
                void add([{ name, origin: "sheet", read: () => readSheet(name) }]);
              }}
              disabled={busy || sheet === "" || reading !== undefined}
              data-testid="compare-add-sheet"
            >
              {t("compareAddSheet")}
            </Button>
          </div>
        </Field>
      )}
      <details>
        <summary className={styles.summary}>{t("compareRenames")}</summary>
        <div className={styles.section}>
          <Text size={200}>{t("compareRenamesHint")}</Text>
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => renamesInput.current?.click()}
              disabled={busy}
              data-testid="compare-renames"
            >
              {t("compareRenamesPick")}
            </Button>
            <input
              ref={renamesInput}
              type="file"
              accept={`.csv,${ACCEPT}`}
              hidden
              data-testid="compare-renames-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void pickRenames(file);
              }}
            />
            {renames && (
              <Button size="small" onClick={() => setRenames(undefined)} disabled={busy}>
                {t("compareRemove")}
              </Button>
            )}
          </div>
          {renames && (
            <Text
              size={200}
              className={renames.error ? styles.problem : undefined}
              data-testid="compare-renames-status"
            >
              {renames.error
                ? t("compareRenamesFailed", { file: renames.file, message: renames.error })
                : t("compareRenamesRead", { file: renames.file, n: renames.pairs.length }) +
                  (renames.unused > 0 ? t("compareRenamesUnused", { n: renames.unused }) : "")}
            </Text>
          )}
          <Field
            label={t("compareMargin")}
            hint={t("compareMarginHint")}
            validationState={margin === undefined ? "error" : "none"}
            validationMessage={margin === undefined ? t("compareBadMargin") : undefined}
          >
            <Input
              value={marginText}
              inputMode="decimal"
              onChange={(_e, data) => {
                setMarginText(data.value);
                setWritten(undefined);
              }}
              aria-label={t("compareMargin")}
              data-testid="compare-margin"
            />
          </Field>
        </div>
      </details>
      {view?.kind === "blocked" && (
        <MessageBar intent={view.reason === "tooFew" ? "info" : "warning"} layout="multiline">
          <MessageBarBody data-testid="compare-blocked">{view.message}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && (
        <div className={styles.section} data-testid="compare-result">
          <Text weight="semibold">
            {t("compareSummary", {
              years: yearsText(comparison.years),
              n: comparison.years.length,
              profile: profileName(profile, lang),
            })}
          </Text>
          <Text as="h3" weight="semibold">
            {t("compareWatch")}
          </Text>
          {watch.length === 0 ? (
            <Text data-testid="compare-watch-none">{t("compareWatchNone")}</Text>
          ) : (
            <ul className={styles.plainList} data-testid="compare-watch">
              {watch.slice(0, WATCH_LINES).map((item, i) => (
                <li key={i} className={styles.item} data-testid="compare-watch-item">
                  {item.kind === "warning" ? (
                    <div className={styles.row}>
                      <Badge color="danger" className={styles.noWrap}>
                        {t("compareWarningBadge")}
                      </Badge>
                      <Text className={styles.shrinks}>{warningText(item.warning, lang)}</Text>
                    </div>
                  ) : (
                    <div className={styles.row}>
                      <Badge
                        color={
                          item.level === "fail"
                            ? "danger"
                            : item.level === "warn"
                              ? "warning"
                              : "informative"
                        }
                        appearance="tint"
                        className={styles.noWrap}
                      >
                        {C.kinds[item.event.kind]}
                      </Badge>
                      <Text className={styles.shrinks}>{eventText(item.event, lang)}</Text>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {watch.length > WATCH_LINES && (
            <Text size={200}>{t("compareMore", { n: watch.length - WATCH_LINES })}</Text>
          )}
          {comparison.warnings.length > 0 && (
            <Text size={200} className={styles.quiet}>
              {C.warnings.method}
            </Text>
          )}
          {STAGES.map((stage) => {
            const st = comparison.stages[stage];
            if (!st) return null;
            const name = stageName(stage, lang);
            return (
              <div key={stage} className={styles.section} data-testid={`compare-stage-${stage}`}>
                <Text as="h3" weight="semibold">
                  {t("compareTrend", { stage: name })}
                </Text>
                <div className={local.charts}>
                  {Object.entries(st.indicators).map(([id, ind]) =>
                    ind ? (
                      <div key={id}>
                        <Text size={200}>
                          {indicatorName(id as keyof typeof st.indicators, lang)}
                        </Text>
                        <CvTrendChart
                          years={comparison.years}
                          cv={ind.cv}
                          limit={ind.cvLimit}
                          title={indicatorName(id as keyof typeof st.indicators, lang)}
                          limitLabel={
                            ind.cvLimit === null
                              ? t("compareTrendNoLimit")
                              : t("compareTrendLimit", { limit: ind.cvLimit.toFixed(2) })
                          }
                        />
                      </div>
                    ) : null
                  )}
                  {st.compositeCv && (
                    <div>
                      <Text size={200}>{C.composite}</Text>
                      <CvTrendChart
                        years={comparison.years}
                        cv={st.compositeCv}
                        limit={st.compositeLimit ?? null}
                        title={C.composite}
                        limitLabel={
                          st.compositeLimit === undefined
                            ? t("compareTrendNoLimit")
                            : t("compareTrendLimit", { limit: st.compositeLimit.toFixed(2) })
                        }
                      />
                    </div>
                  )}
                  <div>
                    <Text size={200}>{t("comparePassing", { stage: name })}</Text>
                    <PassingTrendChart
                      years={comparison.years}
                      passing={st.schoolsPassing}
                      schools={st.schools}
                      title={t("comparePassing", { stage: name })}
                    />
                  </div>
                </div>
              </div>
            );
          })}
          <details>
            <summary className={styles.summary}>
              {t("compareEvents", { n: comparison.events.length })}
            </summary>
            {comparison.events.length === 0 ? (
              <Text>{t("compareNoEvents")}</Text>
            ) : (
              <ul className={styles.list} data-testid="compare-events">
                {comparison.events.map((e, i) => (
                  <li key={i}>{eventText(e, lang)}</li>
                ))}
              </ul>
            )}
          </details>
          <Text size={200}>{t(download ? "compareDownloadHint" : "compareWriteHint")}</Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => void write()}
              disabled={busy}
              data-testid="compare-write"
            >
              {download
                ? t("compareDownload")
                : written
                  ? t("compareWriteAgain")
                  : t("compareWrite")}
            </Button>
            {extras?.(comparison)}
          </div>
          <div className={styles.row}>
            <ReportDocButton
              evaluation={evaluation}
              comparison={comparison}
              fileName={currentSource}
              sourceName={reportSourceName}
              label={t("reportDocWithMonitor")}
              testId="compare-report-doc"
            />
          </div>
          {written && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {t(download ? "downloaded" : "written")}
                <ul className={styles.list} data-testid="compare-written">
                  {written.map((w) => (
                    <li key={w.id}>{w.name}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}

const useStyles = makeStyles({
  /** Four digits and a little room: the year field stays beside its label in a 320 px pane. */
  year: { width: "6.5em" },
  /** The charts one under another in a pane, side by side on the wide offline page. */
  charts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(280px, 1fr))",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
});

/** 年度 [2025] 自动识别：2025 年: the year field, on one line where it fits. */
function YearField({
  value,
  onChange,
  hint,
  label,
  testId,
}: {
  value: string;
  onChange: (v: string) => void;
  hint: string;
  label: string;
  testId: string;
}) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  return (
    <div className={layout.row}>
      <Text size={200}>{label}</Text>
      <Input
        value={value}
        inputMode="numeric"
        size="small"
        className={styles.year}
        onChange={(_e, data) => onChange(data.value)}
        aria-label={label}
        data-testid={testId}
      />
      <Text size={200} className={layout.quiet}>
        {hint}
      </Text>
    </div>
  );
}
