/**
 * What `assess` does with an evaluation: the Chinese summary or the JSON of interfaces.md §1
 * on stdout, and with --out the 申报表 workbook and its charts page. Shared by `assess FILE`
 * (main.ts) and `assess FOLDER` of one-school forms (collect.ts), so both say the same.
 */
import type { Evaluation, YearComparison } from "../core";
import {
  assessDocument,
  buildReport,
  chartsHtml,
  countyIdentity,
  documentWarnings,
} from "../report";
import { writeJson } from "./jsonStream";
import type { AssessArgs } from "./load";
import type { CliIO } from "./main";
import { checkOutput, type CheckedOutput, writeOutput } from "./output";
import { renderSummary } from "./summary";
import { oneLine, palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** 申报表.xlsx → 申报表.图表.html, beside it. */
export function chartsFileFor(out: string): string {
  return out.replace(/\.xlsx$/i, "") + ZH_CLI.assessOutput.chartsSuffix;
}

export interface AssessOutputs {
  /** --out and the charts page beside it. */
  report?: CheckedOutput;
  charts?: CheckedOutput;
  /** --report-doc: the 自评报告（初稿）. */
  doc?: CheckedOutput;
}

/** The --out workbook, its charts page and the --report-doc document, checked before anything is computed (output.ts). */
export function assessOutputs(
  args: Pick<AssessArgs, "out" | "force" | "reportDoc">,
  inputs: readonly string[],
  inputFolders?: readonly string[]
): AssessOutputs | undefined {
  if (args.out === undefined && args.reportDoc === undefined) return undefined;
  const request = { force: args.force, inputs, ...(inputFolders ? { inputFolders } : {}) };
  return {
    ...(args.out === undefined
      ? {}
      : {
          report: checkOutput({ out: args.out, ...request }),
          charts: checkOutput({ out: chartsFileFor(args.out), ...request }),
        }),
    ...(args.reportDoc === undefined
      ? {}
      : { doc: checkOutput({ out: args.reportDoc, ...request }) }),
  };
}

export async function reportAssessment(
  ev: Evaluation,
  args: Pick<AssessArgs, "json" | "out" | "county" | "reportDoc" | "formulas">,
  io: CliIO,
  fileName: string,
  outputs: AssessOutputs | undefined,
  extra?: Record<string, unknown>
): Promise<void> {
  if (args.json) {
    const doc = assessDocument(ev);
    for (const issue of doc.issues as { message: string }[])
      io.stderr(`${ZH_CLI.common.error}${oneLine(issue.message)}\n`);
    for (const w of documentWarnings(ev)) io.stderr(`${ZH_CLI.common.warning}${oneLine(w)}\n`);
    if (doc.incomplete) io.stderr(`${ZH_CLI.common.warning}${ZH_CLI.assessOutput.incomplete}\n`);
    // Streamed: the same bytes as jsonText(doc) (JSON.stringify, C1 escaped), never held whole.
    await writeJson(extra ? { ...doc, ...extra } : doc, io.stdout, io.drain);
  } else {
    io.stdout(renderSummary({ ev, fileName, colour: palette(io.isTTY, io.env) }));
  }

  let done = "";
  if (args.out !== undefined && outputs?.report !== undefined && outputs.charts !== undefined) {
    const report = buildReport(ev, {
      charts: false,
      sourceName: fileName,
      countyName: args.county,
      formulas: args.formulas === true,
    });
    // exceljs is loaded only when a workbook is written (start-up of --json and the summary).
    const { reportToBuffer } = await import("./xlsx");
    await writeOutput(outputs.report, await reportToBuffer(report));
    done += `${fill(ZH_CLI.assessOutput.reportWritten, { file: args.out })}\n`;
    // The charts beside it (exceljs cannot write Excel charts): one offline HTML page of SVG.
    const html = chartsHtml({
      a: ev.assessment,
      profile: ev.profile,
      identity: countyIdentity(ev.read, { sourceName: fileName, countyName: args.county }),
    });
    await writeOutput(outputs.charts, Buffer.from(html, "utf8"));
    done += `${fill(ZH_CLI.assessOutput.chartsWritten, { file: chartsFileFor(args.out) })}\n`;
  }
  if (args.reportDoc !== undefined && outputs?.doc !== undefined) {
    await writeSelfReportDoc(
      ev,
      { sourceName: fileName, countyName: args.county },
      outputs.doc,
      io
    );
    done += `${fill(ZH_CLI.assessOutput.reportDocWritten, { file: args.reportDoc })}\n`;
  }
  if (done !== "") {
    if (args.json) io.stderr(done);
    else io.stdout(done);
  }
}

/**
 * The 自评报告（初稿） of an evaluation written as .docx (`assess --report-doc`, and `compare
 * --report-doc` with the comparison's 监测 paragraph): its figures are the 申报表's, never typed
 * twice; the charts drawn by the CLI's rasteriser, all at once (said when none can be loaded).
 */
export async function writeSelfReportDoc(
  ev: Evaluation,
  options: { sourceName: string; countyName?: string; comparison?: YearComparison },
  output: CheckedOutput,
  io: CliIO
): Promise<void> {
  const [{ buildSelfReport, selfReportToDocx }, { drawnAhead, nodeRasteriser }] = await Promise.all(
    [import("../report/docx"), import("./rasterise")]
  );
  const report = buildSelfReport(ev, options);
  const drawer = await nodeRasteriser();
  if (drawer === undefined) io.stderr(`${ZH_CLI.assessOutput.noRasteriser}\n`);
  const charts = report.blocks.flatMap((b) => (b.kind === "chart" ? [b] : []));
  const rasterise = drawer && drawnAhead(drawer, charts);
  await writeOutput(output, Buffer.from(await selfReportToDocx(report, { rasterise })));
}
