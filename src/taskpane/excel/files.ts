/**
 * Local files the user picks in the pane (汇总各校填报表…, issue 23 §6): read in the pane
 * with the same checks and limits as the offline page's reader and the CLI (empty, not a
 * workbook, too large, then src/workbook with its zip guard). Nothing leaves the machine.
 */
import type { SheetCells } from "../../core";
import {
  emptyFile,
  fileTooLarge,
  notAWorkbook,
  readWorkbookBytes,
  SIGNATURE_BYTES,
  WORKBOOK_LIMITS,
  workbookFormat,
} from "../../workbook";

export async function readLocalWorkbook(file: File): Promise<SheetCells[]> {
  const name = file.name;
  if (file.size === 0) throw emptyFile(name);
  const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
  if (workbookFormat(head) === "unknown") throw notAWorkbook(name);
  if (file.size > WORKBOOK_LIMITS.fileBytes)
    throw fileTooLarge(name, file.size, WORKBOOK_LIMITS.fileBytes);
  return readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), name);
}
