/**
 * The CLI's only contact with exceljs: a ReportWorkbook → a styled .xlsx file. The workbook is
 * built host-neutrally in src/report/xlsx.ts (the offline page builds the same one); reading is
 * src/workbook's, which never builds exceljs's model. Loaded only by the commands that write a workbook.
 */
import type { ReportWorkbook } from "../report";
import { reportToXlsxBytes } from "../report/xlsx";
import { checkOutput, writeOutput } from "./output";

/** Reading is src/workbook's (streamed, no exceljs); these names stay for the callers that used them. */
export { readWorkbookFile as readXlsx } from "./readFile";
export { parseRange, UNCALCULATED_FORMULA } from "../workbook";

/** Renders the report model as an in-memory .xlsx. */
export async function reportToBuffer(report: ReportWorkbook): Promise<Buffer> {
  const data = await reportToXlsxBytes(report);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Writes the report to `file`, creating its folder, replacing a file of that name: through a
 * temporary file renamed into place (output.ts), so an interrupted run never leaves a
 * half-written .xlsx under the user's name. The CLI's commands go through checkOutput first.
 */
export async function writeXlsx(report: ReportWorkbook, file: string): Promise<void> {
  const data = await reportToBuffer(report);
  await writeOutput(checkOutput({ out: file, force: true, inputs: [] }), data);
}
