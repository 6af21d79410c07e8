/**
 * When the sheet read as the school table is not one: the decision behind the
 * "this looks like the class sheet; the school table seems to be 「…」" hint of
 * steps 2 and 3. Pure, so it is tested on plain data.
 */
import type { SheetKind, SheetRecognition, StandardsProfile, TableReadResult } from "../core";
import { DEFAULT_PROFILE, schoolFieldRules } from "../core";

export interface WrongSheetHint {
  /** The sheet that was read as the school table. */
  chosen: string;
  /** What it looks like instead, when it looks like something known. */
  looksLike?: Exclude<SheetKind, "school">;
  /** The sheet that looks like the school table, when another one does. */
  suggestion?: string;
  /** School-table fields recognised on the chosen sheet, and how many there are. */
  found: number;
  total: number;
}

/**
 * A sheet "yields almost no fields" when fewer than a third of the school table's
 * required fields were found on it (a real school table with a few odd headers
 * still yields most of them; the class sheet yields 1 of 23, 学校名称).
 */
export function wrongSheetHint(
  read: TableReadResult,
  chosen: string,
  recognised: SheetRecognition | undefined,
  profile: StandardsProfile = DEFAULT_PROFILE
): WrongSheetHint | undefined {
  const rules = schoolFieldRules(profile);
  const required = rules.filter((r) => !r.optional).length;
  const found =
    read.schoolSheet === chosen ? read.mapping.filter((m) => m.sheet === chosen).length : 0;
  if (found >= Math.max(3, Math.ceil(required / 3))) return undefined;
  const kind = recognised?.kinds[chosen];
  const suggestion =
    recognised?.school && recognised.school !== chosen ? recognised.school : undefined;
  return {
    chosen,
    looksLike: kind === "class" || kind === "county" ? kind : undefined,
    suggestion,
    found,
    total: rules.length,
  };
}
