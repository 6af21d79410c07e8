/**
 * Local files the user picks in the pane (汇总各校填报表…, issue 23 §6): read in the pane
 * with the same checks and limits as the offline page's reader and the CLI (empty, not a
 * workbook, too large, then src/workbook with its zip guard). Nothing leaves the machine.
 */
import type { SheetCells } from "../../core";
import { checkPickedFile, readWorkbookBytes } from "../../workbook";

export async function readLocalWorkbook(file: File): Promise<SheetCells[]> {
  await checkPickedFile(file);
  return readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
