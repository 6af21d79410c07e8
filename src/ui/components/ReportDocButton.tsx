/**
 * 下载自评报告（Word） (issue 26): the 自评报告（初稿） of this very evaluation, built by the same
 * builder as the CLI's `--report-doc` (buildSelfReport) and written by the same writer, its charts
 * drawn by the browser (canvasRasterise); offered as a download. The writer (the `docx` package)
 * is loaded on the first click, so the pane's own script stays within its budget. Where the host
 * blocks downloads (desktop Excel may), the hint says what to use instead.
 */
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Evaluation, YearComparison } from "../../core";
import { download, stemOf } from "../download";
import { pick, useT } from "../i18n";
import { isEduError } from "../../core";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function ReportDocButton({
  evaluation,
  fileName,
  sourceName,
  hint,
  comparison,
  label,
  testId = "report-doc",
}: {
  evaluation: Evaluation;
  /** The download is named after it: 县数据.自评报告.docx. */
  fileName: string;
  /** The report's 数据来源 (the file's name, as the CLI gives it). */
  sourceName?: string;
  /** Said under the button (the pane: where downloads may be blocked). */
  hint?: string;
  /** 与往年比较's years: the report gains its 监测 paragraph. */
  comparison?: YearComparison;
  /** The button's words, when not 下载自评报告（Word）. */
  label?: string;
  testId?: string;
}) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const make = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const [{ buildSelfReport, selfReportToDocx }, { canvasRasterise }] = await Promise.all([
        import("../../report/docx"),
        import("../rasterise"),
      ]);
      const report = buildSelfReport(evaluation, {
        ...(sourceName ? { sourceName } : {}),
        ...(comparison ? { comparison } : {}),
      });
      const bytes = await selfReportToDocx(report, { rasterise: canvasRasterise });
      download(`${stemOf(fileName)}.${t("reportDocFileLabel")}.docx`, bytes, DOCX_TYPE);
    } catch (e) {
      setFailed(
        isEduError(e)
          ? pick(lang, e.message, e.messageEn)
          : t("reportDocFailed", { message: e instanceof Error ? e.message : String(e) })
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void make()} disabled={busy} data-testid={testId}>
        {busy ? t("reportDocBusy") : (label ?? t("reportDocDownload"))}
      </Button>
      {hint && <Text size={200}>{hint}</Text>}
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failed}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
