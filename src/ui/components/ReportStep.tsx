import { Button, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ReportWorkbook } from "../../report";
import type { WrittenSheet } from "../gateway";
import { useT } from "../i18n";
import { IncompleteNotice, useLayoutStyles } from "./common";

export interface ReportStepProps {
  report: ReportWorkbook;
  incomplete: boolean;
  badSchools: number;
  written?: WrittenSheet[];
  onWrite: () => void;
  busy: boolean;
  /** "评估标准：…": the standard the report is written under. */
  profileText?: string;
  /** A picked file (the offline page): the report is downloaded as an .xlsx, not written into a workbook. */
  download?: boolean;
  /** More actions beside the report's button (下载 JSON). */
  children?: ReactNode;
  /** The results of 表Ⅱ-1, 表Ⅱ-2 and 表Ⅲ as formulas over a 数据 sheet (buildReport's `formulas`). */
  formulas?: boolean;
  onFormulas?: (on: boolean) => void;
}

export function ReportStep({
  report,
  incomplete,
  badSchools,
  written,
  onWrite,
  busy,
  profileText,
  download = false,
  children,
  formulas = false,
  onFormulas,
}: ReportStepProps) {
  const { t } = useT();
  const styles = useLayoutStyles();
  const wanted = new Map(report.sheets.map((s) => [s.id, s.name]));
  return (
    <div className={styles.section}>
      {incomplete && <IncompleteNotice count={badSchools} />}
      <Text data-testid="report-intro">{t(download ? "reportIntroFile" : "reportIntro")}</Text>
      {profileText && <Text size={200}>{profileText}</Text>}
      {onFormulas && (
        <Checkbox
          checked={formulas}
          onChange={(_e, data) => onFormulas(Boolean(data.checked))}
          label={t("reportFormulas")}
        />
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          {download ? t("downloadReport") : written ? t("writeAgain") : t("writeReport")}
        </Button>
        {children}
      </div>
      {written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t(download ? "downloaded" : "written")}
            <ul className={styles.list} data-testid="written-sheets">
              {written.map((w) => {
                const original = wanted.get(w.id) ?? w.name;
                if (download) return <li key={w.id}>{w.name}</li>;
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
