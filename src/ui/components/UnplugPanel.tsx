/**
 * 转换为普通公式 (issue 27 §2), in the source step of both hosts: the workbook's EDU.* formulas
 * rewritten into plain worksheet functions that WPS, Excel 2010–2019 and LibreOffice compute.
 * The offline page converts the picked file and downloads a copy at once (the file is never
 * changed); the task pane lists the cells first and writes them only after a clear confirmation
 * (an add-in's changes cannot be undone with Ctrl+Z). Any formula that cannot be rewritten: it is
 * named and nothing is written or downloaded.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { UnplugGateway, UnplugPlan } from "../gateway";
import { useT } from "../i18n";
import { errorText } from "../messages";
import { useLayoutStyles } from "./common";

const useStyles = makeStyles({
  // Formulas are long and unbroken: they wrap anywhere, and a long list scrolls in its box.
  list: {
    margin: 0,
    paddingLeft: "20px",
    maxHeight: "320px",
    overflowY: "auto",
    overflowWrap: "anywhere",
    wordBreak: "break-all",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
});

/** How many cells are listed before "……另有 N 处" (as the CLI lists them). */
const LISTED = 30;

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "failed"; message: string }
  | { kind: "notXlsx" }
  | { kind: "none" }
  | { kind: "refused"; plan: UnplugPlan }
  | { kind: "confirm"; plan: UnplugPlan }
  | { kind: "writing"; plan: UnplugPlan }
  | { kind: "cancelled"; plan: UnplugPlan }
  | { kind: "done"; plan: UnplugPlan; fileName?: string };

export function UnplugPanel({
  gateway,
  fileName,
  disabled,
}: {
  gateway: UnplugGateway;
  /** The picked file's name (the page), for the messages. */
  fileName?: string;
  disabled: boolean;
}) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  const own = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const copy = gateway.mode === "copy";

  const apply = async (plan: UnplugPlan) => {
    setState({ kind: "writing", plan });
    try {
      const { fileName: written } = await gateway.apply(plan);
      setState({ kind: "done", plan, ...(written ? { fileName: written } : {}) });
    } catch (e) {
      setState({ kind: "failed", message: t("unplugFailed", { message: errorText(e, lang) }) });
    }
  };

  const start = async () => {
    setState({ kind: "busy" });
    try {
      const plan = await gateway.plan();
      if (plan === "notXlsx") setState({ kind: "notXlsx" });
      else if (plan.refusals.length > 0) setState({ kind: "refused", plan });
      else if (plan.changes.length === 0) setState({ kind: "none" });
      else if (copy) await apply(plan);
      else setState({ kind: "confirm", plan });
    } catch (e) {
      setState({ kind: "failed", message: t("unplugFailed", { message: errorText(e, lang) }) });
    }
  };

  const working = state.kind === "busy" || state.kind === "writing";
  const more = (n: number) =>
    n > LISTED ? <li>{t("unplugMore", { n: n - LISTED })}</li> : undefined;
  const changeList = (plan: UnplugPlan) => (
    <ul data-testid="unplug-changes" className={own.list}>
      {plan.changes.slice(0, LISTED).map((c) => (
        <li key={`${c.sheet}!${c.cell}`}>{t("unplugChangeRow", { ...c })}</li>
      ))}
      {more(plan.changes.length)}
    </ul>
  );

  return (
    <div className={styles.section} data-testid="unplug">
      <Text size={200}>{t(copy ? "unplugHintCopy" : "unplugHintInPlace")}</Text>
      <div className={styles.row}>
        <Button
          onClick={() => void start()}
          disabled={disabled || working || state.kind === "confirm"}
          data-testid="unplug-start"
        >
          {state.kind === "busy"
            ? t("unplugBusy")
            : t(copy ? "unplugButtonCopy" : "unplugButtonInPlace")}
        </Button>
      </div>
      {state.kind === "notXlsx" && (
        <MessageBar intent="warning" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>
            {t("unplugNotXlsx", { file: fileName ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "none" && (
        <MessageBar intent="info" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>{t("unplugNone")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "refused" && (
        <MessageBar intent="error" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>
            {t(copy ? "unplugRefusedCopy" : "unplugRefusedInPlace", {
              n: state.plan.refusals.length,
            })}
            <ul data-testid="unplug-refusals" className={own.list}>
              {state.plan.refusals.slice(0, LISTED).map((r) => (
                <li key={`${r.sheet}!${r.cell}`}>{t("unplugRefusalRow", { ...r })}</li>
              ))}
              {more(state.plan.refusals.length)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.kind === "confirm" || state.kind === "writing") && (
        <MessageBar intent="warning" layout="multiline" data-testid="unplug-confirm">
          <MessageBarBody className={own.wrap}>
            {t("unplugConfirm", { n: state.plan.changes.length })}
            {changeList(state.plan)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              size="small"
              disabled={state.kind === "writing"}
              onClick={() => void apply(state.plan)}
              data-testid="unplug-confirm-write"
            >
              {t("unplugConfirmButton", { n: state.plan.changes.length })}
            </Button>
            <Button
              size="small"
              disabled={state.kind === "writing"}
              onClick={() => setState({ kind: "cancelled", plan: state.plan })}
              data-testid="unplug-cancel"
            >
              {t("unplugCancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="info" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>{t("unplugCancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <MessageBar intent="success" layout="multiline" data-testid="unplug-message">
          <MessageBarBody className={own.wrap}>
            {state.fileName
              ? t("unplugDownloaded", { n: state.plan.changes.length, file: state.fileName })
              : t("unplugWritten", { n: state.plan.changes.length })}
            {changeList(state.plan)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
