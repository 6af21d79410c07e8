import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { InputIssue, TableReadResult } from "../../core";
import { pick, useT } from "../i18n";
import { checkSummary, sortedIssues } from "../wizard";
import { StickyFooter, useLayoutStyles } from "./common";

/**
 * Issues listed at first, and how many more each click lists. A workbook can hold 20,000 of
 * them; as many list items froze the page for seconds at each render (issue 22). The report's
 * 数据问题 sheet lists them all.
 */
export const ISSUES_SHOWN = 200;

const useStyles = makeStyles({
  /** The issue's place, a link-like button that selects the cell. */
  place: { padding: 0, minWidth: 0, textDecorationLine: "underline" },
  more: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

export interface CheckStepProps {
  read: TableReadResult;
  consent: boolean;
  onConsent: (consent: boolean) => void;
  /** Selects the issue's cell in the workbook; without it (a picked file) the place is plain text. */
  onSelectIssue?: (issue: InputIssue) => void;
  onAssess: () => void;
  busy: boolean;
}

function IssueItem({
  issue,
  onSelect,
}: {
  issue: InputIssue;
  onSelect?: (issue: InputIssue) => void;
}) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const error = issue.severity === "error";
  const cell =
    issue.row !== undefined && issue.column
      ? `${issue.column}${issue.row}`
      : issue.row !== undefined
        ? t("issueRow", { row: issue.row })
        : issue.column
          ? t("issueColumn", { column: issue.column })
          : "";
  const where = issue.sheet ? t("issueWhere", { sheet: issue.sheet, cell }) : "";
  return (
    <li className={layout.item} data-testid="issue">
      <Badge
        size="small"
        appearance="tint"
        color={error ? "danger" : "warning"}
        className={layout.noWrap}
      >
        {error ? t("errorLabel") : t("warningLabel")}
      </Badge>{" "}
      {issue.sheet && !onSelect ? (
        <Text weight="semibold" data-testid="issue-where">
          {where}
        </Text>
      ) : issue.sheet && onSelect ? (
        <Button
          appearance="transparent"
          size="small"
          className={styles.place}
          onClick={() => onSelect(issue)}
          title={where}
        >
          {where}
        </Button>
      ) : null}{" "}
      {issue.school ? <Text weight="semibold">{issue.school}：</Text> : null}
      <Text>{pick(lang, issue.message, issue.messageEn)}</Text>
    </li>
  );
}

export function CheckStep({
  read,
  consent,
  onConsent,
  onSelectIssue,
  onAssess,
  busy,
}: CheckStepProps) {
  const { t } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const summary = checkSummary(read);
  const issues = useMemo(() => sortedIssues(read.issues), [read.issues]);
  const [shown, setShown] = useState(ISSUES_SHOWN);
  const hidden = issues.length - Math.min(shown, issues.length);
  return (
    <div className={layout.section}>
      <Text data-testid="read-summary">
        {t("readSummary", {
          schools: summary.schools,
          classes:
            summary.classes === null ? "" : t("readSummaryClasses", { classes: summary.classes }),
        })}
        {summary.errors > 0 && !summary.partialOnly ? t("readSummaryLeftOut") : ""}
      </Text>
      {issues.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("checkPassed", { schools: summary.schools })}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <MessageBar intent={summary.errors > 0 ? "error" : "warning"}>
            <MessageBarBody>
              {summary.partialOnly
                ? t("checkPartialOnly", { errors: summary.errors, warnings: summary.warnings })
                : summary.errors > 0
                  ? t("checkErrors", { errors: summary.errors, warnings: summary.warnings })
                  : t("checkWarningsOnly", { warnings: summary.warnings })}
            </MessageBarBody>
          </MessageBar>
          <Text size={200}>{t(onSelectIssue ? "checkIntro" : "checkIntroFile")}</Text>
          <ul className={mergeClasses(layout.list, layout.plainList)} aria-label={t("stepCheck")}>
            {issues.slice(0, shown).map((issue, i) => (
              <IssueItem key={i} issue={issue} onSelect={onSelectIssue} />
            ))}
          </ul>
          {hidden > 0 && (
            <div className={styles.more} data-testid="issues-hidden">
              <Text size={200}>{t("issuesHidden", { count: hidden })}</Text>
              <Button size="small" onClick={() => setShown((n) => n + ISSUES_SHOWN)}>
                {t("showMoreIssues", { count: Math.min(ISSUES_SHOWN, hidden) })}
              </Button>
            </div>
          )}
        </>
      )}
      {!summary.canAssess && (
        <MessageBar intent="error">
          <MessageBarBody>{t("noSchools")}</MessageBarBody>
        </MessageBar>
      )}
      {summary.canAssess && summary.needsConsent && (
        <Checkbox
          checked={consent}
          onChange={(_e, data) => onConsent(Boolean(data.checked))}
          label={t("excludeBad")}
        />
      )}
      <StickyFooter>
        <Button
          appearance="primary"
          onClick={onAssess}
          disabled={busy || !summary.canAssess || (summary.needsConsent && !consent)}
        >
          {t("runAssessment")}
        </Button>
      </StickyFooter>
    </div>
  );
}
