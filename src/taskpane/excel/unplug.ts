/**
 * 转换为普通公式 in the task pane (issue 27 §2): the open workbook's EDU.* formulas found through
 * Office.js and rewritten in place, only those cells. Loaded when the button is first clicked
 * (the converter stays out of the pane's start-up script).
 *
 * Range.formulas gives each cell's formula in English (the invariant form, whatever Office's
 * language), with its "=": an add-in function as the formula bar shows it, "=EDU.X(…)" where the
 * add-in is loaded, "=_xldudf_EDU_X(…)" as a file saved elsewhere keeps it; CALLS_EDU and
 * toNativeFormula accept both. Each converted with the default profile, as the CLI does.
 */
import { EduError } from "../../core";
import { CALLS_EDU, toNativeFormula } from "../../functions/native";
import { ZH } from "../../i18n";
import type { UnplugChange, UnplugPlan, UnplugRefusal } from "../../ui/gateway";
import { cellAddress } from "./address";

const T = ZH.host.unplug;

/** Cells read in one request: a used range is read in blocks of rows (Excel's 5 MB response limit). */
const CELLS_PER_READ = 100_000;
/** Formula text written in one request (Excel's 5 MB request limit, UTF-16 and JSON around it). */
const CHARS_PER_WRITE = 1_000_000;

/** Every EDU.* formula of every worksheet, converted (or refused). Writes nothing. */
export async function planUnplug(context: Excel.RequestContext): Promise<UnplugPlan> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();
  const changes: UnplugChange[] = [];
  const refusals: UnplugRefusal[] = [];
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / range.columnCount));
    for (let top = 0; top < range.rowCount; top += rowsPerRead) {
      const block = sheet.getRangeByIndexes(
        range.rowIndex + top,
        range.columnIndex,
        Math.min(rowsPerRead, range.rowCount - top),
        range.columnCount
      );
      block.load("formulas");
      // One block at a time on purpose: a used range of many rows would exceed a response's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      block.formulas.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string" || !value.startsWith("=") || !CALLS_EDU.test(value)) return;
          const cell = cellAddress(range.rowIndex + top + r, range.columnIndex + c);
          const native = toNativeFormula(value);
          if ("refused" in native)
            refusals.push({ sheet: sheet.name, cell, formula: value, reason: native.refused });
          else changes.push({ sheet: sheet.name, cell, before: value, after: native.formula });
        })
      );
    }
  }
  return { changes, refusals };
}

/**
 * Writes the plan's formulas into its cells, and nothing else. Listed again first: when the
 * workbook no longer holds what the user confirmed (edited in between), nothing is written.
 */
export async function applyUnplug(context: Excel.RequestContext, plan: UnplugPlan): Promise<void> {
  if (plan.refusals.length > 0 || plan.changes.length === 0)
    throw new EduError("unplugNothing", T.nothing, "there is nothing to convert");
  const now = await planUnplug(context);
  const key = (p: UnplugPlan) => JSON.stringify([p.changes, p.refusals]);
  if (key(now) !== key(plan))
    throw new EduError(
      "unplugChanged",
      T.changed,
      "the workbook's EDU.* formulas changed since they were listed: nothing was written; convert again"
    );
  let chars = 0;
  for (const c of plan.changes) {
    context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).formulas = [[c.after]];
    chars += c.after.length;
    if (chars > CHARS_PER_WRITE) {
      // A request stays under Excel's 5 MB: the formulas are sent in parts.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      chars = 0;
    }
  }
  await context.sync();
}
