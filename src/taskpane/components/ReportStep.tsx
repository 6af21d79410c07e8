import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ReportWorkbook } from "../../report/model";
import type { WrittenSheet } from "../excel/types";
import { useT } from "../i18n";
import { IncompleteNotice, styles } from "./common";

export interface ReportStepProps {
  report: ReportWorkbook;
  incomplete: boolean;
  badSchools: number;
  written?: WrittenSheet[];
  onWrite: () => void;
  busy: boolean;
  /** "评估标准：…": the standard the report is written under. */
  profileText?: string;
}

export function ReportStep({
  report,
  incomplete,
  badSchools,
  written,
  onWrite,
  busy,
  profileText,
}: ReportStepProps) {
  const { t } = useT();
  const wanted = new Map(report.sheets.map((s) => [s.id, s.name]));
  return (
    <div style={styles.section}>
      {incomplete && <IncompleteNotice count={badSchools} />}
      <Text>{t("reportIntro")}</Text>
      {profileText && <Text size={200}>{profileText}</Text>}
      <div style={styles.row}>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          {written ? t("writeAgain") : t("writeReport")}
        </Button>
      </div>
      {written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("written")}
            <ul style={styles.list} data-testid="written-sheets">
              {written.map((w) => {
                const original = wanted.get(w.id) ?? w.name;
                const note = w.replaced
                  ? t("writtenReplaced")
                  : w.name !== original
                    ? t("writtenRenamed", { wanted: original })
                    : t("writtenNew");
                return (
                  <li key={w.id}>
                    <strong>{w.name}</strong>（{note}）
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
