import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PARTIAL_WORDS } from "../../core";
import { useT } from "../i18n";

/**
 * The layout classes every step uses (Fluent's makeStyles and design tokens: no inline style and
 * no colour of our own in the UI; test/ui/styles.test.ts checks it).
 */
export const useLayoutStyles = makeStyles({
  /** A step or a part of it: its blocks one under the other. */
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalMNudge,
    marginTop: tokens.spacingVerticalM,
  },
  /** Buttons, badges and short texts side by side, wrapping in a narrow pane. */
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  /** A table that scrolls sideways rather than widen the pane. */
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: "18px" },
  /** A list whose items carry their own badge: no bullets, no indent. */
  plainList: { listStyleType: "none", paddingLeft: 0 },
  /** One list item of several lines (an issue, a county item). */
  item: { marginBottom: tokens.spacingVerticalSNudge },
  /** Secondary text: an English line under the Chinese, a county item's evidence. */
  quiet: { color: tokens.colorNeutralForeground3 },
  /** Something the user has to act on (a column not found). */
  problem: { color: tokens.colorPaletteRedForeground1 },
  /** Badges never break their word over two lines, however narrow the pane. */
  noWrap: { whiteSpace: "nowrap", flexShrink: 0 },
  /** A figure the what-if changed. */
  strong: { fontWeight: tokens.fontWeightSemibold },
  /** Text that may break anywhere (a long header in a 320 px pane). */
  wrapAnywhere: { overflowWrap: "anywhere" },
  shrinks: { minWidth: 0 },
  /** A <details> summary: a larger target than its text. */
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
  stickyFooter: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalS} 0`,
    marginTop: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  busy: { margin: `${tokens.spacingVerticalS} 0` },
});

/**
 * The step's next action, kept in view at the bottom of the pane however long the
 * step is (a 350 px pane shows about 15 lines).
 */
export function StickyFooter({ children }: { children: ReactNode }) {
  const styles = useLayoutStyles();
  return (
    <div data-testid="step-actions" className={styles.stickyFooter}>
      {children}
    </div>
  );
}

/**
 * A pass/fail badge: colour and word, so it reads in black and white too. Null: nothing
 * can be judged (a partial table): 无法判定, never a fail.
 */
export function Verdict({ passes, children }: { passes: boolean | null; children?: ReactNode }) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  return (
    <Badge
      appearance="tint"
      color={passes === null ? "warning" : passes ? "success" : "danger"}
      shape="rounded"
      className={styles.noWrap}
      data-testid="verdict-badge"
    >
      {children ??
        (passes === null ? PARTIAL_WORDS.undetermined[lang] : passes ? t("pass") : t("fail"))}
    </Badge>
  );
}

/** Progress of a long step (reading or writing the workbook), with 取消 when the step can stop. */
export function Busy({
  text,
  value,
  onCancel,
}: {
  text: string;
  value?: number;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const styles = useLayoutStyles();
  return (
    <div role="status" aria-live="polite" className={styles.busy} data-testid="busy">
      <div className={styles.row}>
        <Text size={200}>{text}</Text>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            {t("cancelWriting")}
          </Button>
        )}
      </div>
      <ProgressBar thickness="large" value={value} />
    </div>
  );
}

/** "数据不完整…" on every result the wizard shows. */
export function IncompleteNotice({ count }: { count: number }) {
  const { t } = useT();
  return (
    <MessageBar intent="warning" data-testid="incomplete-notice">
      <MessageBarBody>
        {count > 0 ? t("incompleteNotice", { count }) : t("incompleteNoticeGeneric")}
      </MessageBarBody>
    </MessageBar>
  );
}
