import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../i18n";

export const styles = {
  section: { display: "flex", flexDirection: "column", gap: "10px", marginTop: "12px" } as const,
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" } as const,
  tableWrap: { overflowX: "auto", maxWidth: "100%" } as const,
  small: { fontSize: "12px" } as const,
  list: { margin: "4px 0", paddingLeft: "18px" } as const,
};

/** Badges never break their word over two lines, however narrow the pane. */
export const noWrap = { whiteSpace: "nowrap", flexShrink: 0 } as const;

/**
 * The step's next action, kept in view at the bottom of the pane however long the
 * step is (a 350 px pane shows about 15 lines).
 */
export function StickyFooter({ children }: { children: ReactNode }) {
  return (
    <div
      data-testid="step-actions"
      style={{
        position: "sticky",
        bottom: 0,
        zIndex: 1,
        display: "flex",
        flexWrap: "wrap",
        gap: "8px",
        alignItems: "center",
        padding: "8px 0",
        marginTop: "8px",
        background: "var(--colorNeutralBackground1, #fff)",
        borderTop: "1px solid var(--colorNeutralStroke2, #e0e0e0)",
      }}
    >
      {children}
    </div>
  );
}

/** A pass/fail badge: colour and word, so it reads in black and white too. */
export function Verdict({ passes, children }: { passes: boolean; children?: ReactNode }) {
  const { t } = useT();
  return (
    <Badge
      appearance="tint"
      color={passes ? "success" : "danger"}
      shape="rounded"
      style={noWrap}
      data-testid="verdict-badge"
    >
      {children ?? (passes ? t("pass") : t("fail"))}
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
  return (
    <div role="status" aria-live="polite" style={{ margin: "8px 0" }} data-testid="busy">
      <div style={styles.row}>
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
