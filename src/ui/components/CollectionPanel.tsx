/**
 * 回收情况 above the wizard when several school forms were picked together (issue 23 §6):
 * how many files came, how many schools were written into the county table, with errors,
 * returned twice, not forms, unreadable; each file's result; every problem at its file and
 * cell, bounded as the check step bounds its list. The host adds its own action (the page's
 * download, the pane's sheets).
 */
import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Collection } from "../../core";
import { collectCounts, STATUS_KEY } from "../collect";
import { pick, useT } from "../i18n";
import type { MessageKey } from "../messages";
import { ISSUES_SHOWN } from "./CheckStep";
import { useLayoutStyles } from "./common";

const useStyles = makeStyles({
  panel: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginBottom: tokens.spacingVerticalM,
  },
});

export interface CollectionPanelProps {
  collection: Collection;
  /** The host's action: the page's download, the pane's 写入工作表. */
  actions?: ReactNode;
}

export function CollectionPanel({ collection, actions }: CollectionPanelProps) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const n = collectCounts(collection);
  const [shown, setShown] = useState(ISSUES_SHOWN);
  const [entriesShown, setEntriesShown] = useState(ISSUES_SHOWN);
  const issues = collection.issues;
  const hidden = issues.length - Math.min(shown, issues.length);
  const entriesHidden =
    collection.entries.length - Math.min(entriesShown, collection.entries.length);
  const counts: [string, MessageKey, number, "brand" | "danger" | "warning" | "informative"][] = [
    ["files", "collectCountFiles", n.files, "informative"],
    ["written", "collectCountWritten", n.written, "brand"],
    ["errors", "collectCountErrors", n.withErrors, "danger"],
    ["notWritten", "collectCountNotWritten", n.notWritten, "warning"],
    ["duplicates", "collectCountDuplicates", n.duplicates, "warning"],
    ["notForms", "collectCountNotForms", n.notForms, "warning"],
    ["unreadable", "collectCountUnreadable", n.unreadable, "danger"],
  ];
  return (
    <section className={mergeClasses(layout.section, styles.panel)} data-testid="collect-panel">
      <Text as="h2" size={500} weight="semibold">
        {t("collectTitle")}
      </Text>
      <div className={layout.row} data-testid="collect-counts">
        {counts
          .filter(([key, , count]) => count > 0 || key === "files" || key === "written")
          .map(([key, message, count, color]) => (
            <Badge
              key={key}
              appearance="tint"
              color={color}
              className={layout.noWrap}
              data-testid={`collect-count-${key}`}
            >
              {t(message, { count })}
            </Badge>
          ))}
      </div>
      {n.written === 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="collect-nothing">
          <MessageBarBody>{t("collectNothing")}</MessageBarBody>
        </MessageBar>
      )}
      {actions && <div className={layout.row}>{actions}</div>}
      <details>
        <summary className={layout.summary}>
          {t("collectEntries", { count: collection.entries.length })}
        </summary>
        <ul className={mergeClasses(layout.list, layout.plainList)} data-testid="collect-entries">
          {collection.entries.slice(0, entriesShown).map((e, i) => (
            <li key={i} className={layout.item} data-testid="collect-entry">
              <Badge
                size="small"
                appearance="tint"
                color={e.written ? (e.errors > 0 ? "danger" : "success") : "warning"}
                className={layout.noWrap}
              >
                {t(STATUS_KEY[e.status])}
              </Badge>{" "}
              <Text weight="semibold" className={layout.wrapAnywhere}>
                {e.file}
              </Text>
              {e.school ? <Text> {e.school}</Text> : null}
              {e.row !== undefined ? (
                <Text className={layout.quiet}> {t("collectEntryRow", { row: e.row })}</Text>
              ) : null}
            </li>
          ))}
        </ul>
        {entriesHidden > 0 && (
          <Button size="small" onClick={() => setEntriesShown((k) => k + ISSUES_SHOWN)}>
            {t("showMoreIssues", { count: Math.min(ISSUES_SHOWN, entriesHidden) })}
          </Button>
        )}
      </details>
      <Text weight="semibold">{t("collectIssuesHeading", { count: issues.length })}</Text>
      {issues.length === 0 ? (
        <Text size={200}>{t("collectNoIssues")}</Text>
      ) : (
        <ul className={mergeClasses(layout.list, layout.plainList)} aria-label={t("collectTitle")}>
          {issues.slice(0, shown).map((issue, i) => (
            <li key={i} className={layout.item} data-testid="collect-issue">
              <Badge
                size="small"
                appearance="tint"
                color={issue.severity === "error" ? "danger" : "warning"}
                className={layout.noWrap}
              >
                {issue.severity === "error" ? t("errorLabel") : t("warningLabel")}
              </Badge>{" "}
              <Text className={layout.wrapAnywhere}>
                {pick(lang, issue.message, issue.messageEn)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <div className={layout.row} data-testid="collect-issues-hidden">
          <Text size={200}>{t("collectIssuesHidden", { count: hidden })}</Text>
          <Button size="small" onClick={() => setShown((k) => k + ISSUES_SHOWN)}>
            {t("showMoreIssues", { count: Math.min(ISSUES_SHOWN, hidden) })}
          </Button>
        </div>
      )}
    </section>
  );
}
