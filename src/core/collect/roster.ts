/**
 * The schools a county expects back: a 名单 (any sheet with a 学校名称 column, or a CSV the
 * host has turned into cells) or last year's county table. The name column is found as the
 * reader finds it (any wording it accepts: 学校名称, 学校, 校名 …); title rows, blank,
 * 合计 and note rows are skipped as the reader skips them.
 */
import { NATIONAL_2017 } from "../profiles/national2017";
import type { StandardsProfile } from "../profiles/profile";
import { displayText, isBlankCell, matchText } from "../table/cells";
import { schoolFieldRules } from "../table/fields";
import { findHeader, type HeaderFound } from "../table/header";
import { resolveMapping } from "../table/mapping";
import { classifyRow, nameKey } from "../table/rows";
import type { SheetCells } from "../types";
import type { Roster } from "./types";

const TOTAL = /^(合计|小计|总计|共计)/;

/**
 * The names of the roster's best sheet (the one whose header names the most fields, among
 * those with a school-name column); undefined when no sheet has such a column.
 */
export function readRoster(
  file: string,
  sheets: readonly SheetCells[],
  profile: StandardsProfile = NATIONAL_2017
): Roster | undefined {
  const rules = schoolFieldRules(profile);
  let best: { sheet: SheetCells; header: HeaderFound } | undefined;
  for (const sheet of sheets) {
    const header = findHeader(sheet, rules);
    if (!header || !header.assignment.claims.has("name")) continue;
    if (!best || header.score > best.header.score) best = { sheet, header };
  }
  if (!best) return undefined;
  const m = resolveMapping(best.sheet, best.header, rules);
  const nameField = m.fields.get("name");
  if (!nameField) return undefined;
  const names: string[] = [];
  const seen = new Set<string>();
  const values = best.sheet.values;
  for (let i = m.dataStart; i < values.length; i++) {
    if (classifyRow(m, values[i], "name") !== "record") continue;
    // A list's total line may carry its count in the name column (合计 | 4 所).
    if (values[i].some((c) => typeof c === "string" && TOTAL.test(matchText(c)))) continue;
    const cell = values[i]?.[nameField.column.index];
    if (isBlankCell(cell)) continue;
    const name = displayText(cell).trim();
    if (name === "" || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    names.push(name);
  }
  return { file, sheet: best.sheet.name, names };
}
