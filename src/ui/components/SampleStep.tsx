import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  drawReviewSample,
  type Evaluation,
  isValidSeed,
  isValidShare,
  type Locale,
  type ReviewSample,
  type SampleReason,
} from "../../core";
import { SAMPLE_SHEET_NAME } from "../../report";
import type { SampleSettings, WrittenSheet } from "../gateway";
import { useT } from "../i18n";
import type { MessageKey } from "../messages";
import { profileName, stageName } from "../wizard";
import { IncompleteNotice, useLayoutStyles } from "./common";

/** Schools listed in the pane; the sheet written has them all. */
export const SAMPLE_SCHOOLS_SHOWN = 300;

/**
 * The list's two layouts. From 400 px: a table whose short columns (序号, 学段, 城乡, 抽取原因)
 * are as wide as their words, never broken, and the school's name takes the rest. Below (a task
 * pane is 320–350 px wide, where five columns left 学段, 城乡 and 抽取原因 a character's width
 * each): one entry per school, its number beside it, its name on the first line, then its
 * stage · locale · reason. test/e2e/narrowPane.test.ts measures both.
 */
const NARROW = "@media (max-width: 399.98px)";

const useStyles = makeStyles({
  table: { tableLayout: "auto", [NARROW]: { display: "block" } },
  /** A short column: as narrow as its words allow (1% of an auto table), on one line. */
  fit: { width: "1%", whiteSpace: "nowrap" },
  /** 抽取原因 and the reviewer's note under it: only the reason stays on one line. */
  fitWrapping: { width: "1%" },
  word: { whiteSpace: "nowrap" },
  /** The reviewer's note: a few words a line in the table, whatever the reason's width. */
  note: { minWidth: "8em", [NARROW]: { minWidth: 0 } },
  body: { [NARROW]: { display: "block" } },
  /** The column headers, still there for a screen reader. */
  header: {
    [NARROW]: {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clipPath: "inset(50%)",
      whiteSpace: "nowrap",
    },
  },
  row: {
    [NARROW]: {
      position: "relative",
      display: "flex",
      flexWrap: "wrap",
      alignItems: "baseline",
      columnGap: tokens.spacingHorizontalS,
      rowGap: tokens.spacingVerticalXXS,
      padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} calc(2em + ${tokens.spacingHorizontalS})`,
    },
  },
  /** Every cell of an entry: its own height, no cell padding. */
  cell: { [NARROW]: { display: "block", width: "auto", height: "auto", padding: 0 } },
  number: {
    [NARROW]: {
      position: "absolute",
      left: 0,
      top: tokens.spacingVerticalXS,
      width: "2em",
      textAlign: "end",
      color: tokens.colorNeutralForeground3,
    },
  },
  name: { [NARROW]: { flex: "1 0 100%", fontWeight: tokens.fontWeightSemibold } },
  short: {
    [NARROW]: { flex: "0 0 auto", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  },
  /** The reason and, under it, the reviewer's note: the rest of the line, or a line of its own. */
  reason: { [NARROW]: { flex: "1 1 6em", minWidth: 0 } },
  /** "·" between stage, locale and reason, for the eye only. */
  dot: {
    [NARROW]: {
      "::before": {
        content: '"·" / ""',
        marginRight: tokens.spacingHorizontalS,
        color: tokens.colorNeutralForeground3,
      },
    },
  },
});

const REASON_KEYS: Readonly<Record<SampleReason, MessageKey>> = {
  failing: "sampleReasonFailing",
  borderline: "sampleReasonBorderline",
  random: "sampleReasonRandom",
};
const LOCALE_KEYS: Readonly<Record<Locale, MessageKey>> = {
  urban: "localeUrban",
  town: "localeTown",
  rural: "localeRural",
};

/** "20240901" → 20240901; anything but a whole number 0…4294967295 → undefined. */
export function parseSeed(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const seed = Number(t);
  return isValidSeed(seed) ? seed : undefined;
}

/** "40" or "40%" → 0.4; outside (0, 100] → undefined. */
export function parseSharePercent(text: string): number | undefined {
  const t = text.trim().replace(/%$/, "").trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const share = Number(t) / 100;
  return isValidShare(share) ? share : undefined;
}

export interface SampleStepProps {
  /** The county as the core's pipeline evaluated it. */
  evaluation: Evaluation;
  settings: SampleSettings;
  onSettings: (settings: SampleSettings) => void;
  onWrite: (sample: ReviewSample) => void;
  written?: WrittenSheet;
  /** A picked file (the offline page): the list is downloaded as a workbook of its own. */
  download?: boolean;
  busy: boolean;
}

/**
 * 复核抽样 (issue 5 §4): the seed and the share, the schools drawn with the reason
 * each is in the list, and the list written as a sheet of its own.
 */
export function SampleStep({
  evaluation,
  settings,
  onSettings,
  onWrite,
  written,
  download = false,
  busy,
}: SampleStepProps) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { assessment: a, profile } = evaluation;
  const [seedText, setSeedText] = useState(String(settings.seed));
  const [shareText, setShareText] = useState(String(Number((settings.share * 100).toFixed(4))));
  const seed = parseSeed(seedText);
  const share = parseSharePercent(shareText);
  const sample = useMemo(
    () =>
      seed !== undefined && share !== undefined ? drawReviewSample(a, { seed, share }) : undefined,
    [a, seed, share]
  );
  const count = (reason: SampleReason) =>
    sample?.schools.filter((s) => s.reason === reason).length ?? 0;
  const update = (seedNext: string, shareNext: string) => {
    setSeedText(seedNext);
    setShareText(shareNext);
    const s = parseSeed(seedNext);
    const p = parseSharePercent(shareNext);
    if (s !== undefined && p !== undefined) onSettings({ seed: s, share: p });
  };

  return (
    <div className={layout.section}>
      {a.incomplete && <IncompleteNotice count={evaluation.badDataSchools} />}
      <Text>{t("sampleIntro")}</Text>
      <Text size={200}>{t("profileLine", { profile: profileName(profile, lang) })}</Text>
      <div className={layout.row}>
        <Field
          label={t("sampleSeed")}
          hint={t("sampleSeedHint")}
          validationState={seed === undefined ? "error" : "none"}
          validationMessage={seed === undefined ? t("sampleBadSeed") : undefined}
        >
          <Input
            value={seedText}
            inputMode="numeric"
            onChange={(_e, data) => update(data.value, shareText)}
            aria-label={t("sampleSeed")}
          />
        </Field>
        <Field
          label={t("sampleShare")}
          validationState={share === undefined ? "error" : "none"}
          validationMessage={share === undefined ? t("sampleBadShare") : undefined}
        >
          <Input
            value={shareText}
            inputMode="decimal"
            onChange={(_e, data) => update(seedText, data.value)}
            aria-label={t("sampleShare")}
          />
        </Field>
      </div>
      {sample && (
        <>
          <Text data-testid="sample-summary">
            {t("sampleSummary", {
              total: sample.totalSchools,
              required: sample.required,
              sampled: sample.schools.length,
              failing: count("failing"),
              borderline: count("borderline"),
              random: count("random"),
            })}
          </Text>
          <div className={layout.tableWrap}>
            <Table
              size="extra-small"
              aria-label={t("stepSample")}
              data-testid="sample-list"
              // Explicit roles: the narrow layout changes the elements' display, and a browser
              // may then stop reading them as a table.
              role="table"
              className={styles.table}
            >
              <TableHeader role="rowgroup" className={styles.header}>
                <TableRow role="row">
                  <TableHeaderCell role="columnheader" className={styles.fit}>
                    {t("sampleNumber")}
                  </TableHeaderCell>
                  <TableHeaderCell role="columnheader">{t("sampleSchoolName")}</TableHeaderCell>
                  <TableHeaderCell role="columnheader" className={styles.fit}>
                    {t("sampleStage")}
                  </TableHeaderCell>
                  <TableHeaderCell role="columnheader" className={styles.fit}>
                    {t("sampleLocale")}
                  </TableHeaderCell>
                  <TableHeaderCell role="columnheader" className={styles.fit}>
                    {t("sampleReason")}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody role="rowgroup" className={styles.body}>
                {sample.schools.slice(0, SAMPLE_SCHOOLS_SHOWN).map((s, i) => (
                  <TableRow
                    key={`${s.name}-${s.source?.row ?? i}`}
                    role="row"
                    className={styles.row}
                    data-testid="sampled-school"
                  >
                    <TableCell
                      role="cell"
                      className={mergeClasses(styles.fit, styles.cell, styles.number)}
                    >
                      {i + 1}
                    </TableCell>
                    <TableCell role="cell" className={mergeClasses(styles.cell, styles.name)}>
                      {s.name}
                    </TableCell>
                    <TableCell
                      role="cell"
                      className={mergeClasses(styles.fit, styles.cell, styles.short)}
                      data-testid="sample-stage"
                    >
                      {s.stages.map((st) => stageName(st, lang)).join(lang === "zh" ? "、" : ", ")}
                    </TableCell>
                    <TableCell
                      role="cell"
                      className={mergeClasses(styles.fit, styles.cell, styles.short, styles.dot)}
                      data-testid="sample-locale"
                    >
                      {s.locale ? t(LOCALE_KEYS[s.locale]) : "—"}
                    </TableCell>
                    <TableCell
                      role="cell"
                      className={mergeClasses(
                        styles.fitWrapping,
                        styles.cell,
                        styles.reason,
                        styles.dot
                      )}
                    >
                      <span className={styles.word} data-testid="sample-reason">
                        {t(REASON_KEYS[s.reason])}
                      </span>
                      {s.passesWithShortfall.length > 0 && profile.schoolRule && (
                        <Text
                          size={200}
                          block
                          className={styles.note}
                          data-testid="sample-shortfall-note"
                        >
                          {t("sampleShortfallNote", {
                            met: profile.schoolRule.minMet,
                            total: profile.indicators.length,
                          })}
                        </Text>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {sample.schools.length > SAMPLE_SCHOOLS_SHOWN && (
            <Text size={200}>
              {t("sampleMore", { count: sample.schools.length - SAMPLE_SCHOOLS_SHOWN })}
            </Text>
          )}
        </>
      )}
      <div className={layout.row}>
        <Button
          appearance="primary"
          onClick={() => sample && onWrite(sample)}
          disabled={busy || !sample}
        >
          {t(download ? "downloadSample" : "writeSample")}
        </Button>
      </div>
      {written && (
        <MessageBar intent="success" data-testid="sample-written">
          <MessageBarBody>
            {download
              ? t("sampleDownloaded", { sheet: written.name })
              : t("sampleWritten", {
                  sheet: written.name,
                  note: written.replaced
                    ? t("writtenReplaced")
                    : written.name !== SAMPLE_SHEET_NAME
                      ? t("writtenRenamed", { wanted: SAMPLE_SHEET_NAME })
                      : t("writtenNew"),
                })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
