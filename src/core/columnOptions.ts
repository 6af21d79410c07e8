/**
 * The columns of a sheet's header as the reader sees them: what a host offers
 * when the user picks a column for a field (the wizard's 字段对应 drop-downs).
 */
import type { StandardsProfile } from "./profiles/profile";
import { NATIONAL_2017 } from "./profiles/national2017";
import { excelColumn, originOf } from "./table/columns";
import { CLASS_FIELD_RULES, schoolFieldRules } from "./table/fields";
import { findHeader } from "./table/header";
import type { SheetCells } from "./types";

export interface ColumnOption {
  letter: string;
  header: string;
}

export function columnOptions(
  sheet: SheetCells,
  kind: "school" | "class",
  profile: StandardsProfile = NATIONAL_2017
): ColumnOption[] {
  const header = findHeader(
    sheet,
    kind === "school" ? schoolFieldRules(profile) : CLASS_FIELD_RULES
  );
  const origin = originOf(sheet);
  if (header) {
    return header.block.columns
      .filter((c) => c.display.trim() !== "")
      .map((c) => ({ letter: excelColumn(origin, c.index), header: c.display }));
  }
  // No header found: offer every column with its first text, so the user can still point at one.
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  return Array.from({ length: width }, (_, i) => {
    const first = sheet.values.find(
      (r) => typeof r[i] === "string" && String(r[i]).trim() !== ""
    )?.[i];
    return { letter: excelColumn(origin, i), header: typeof first === "string" ? first : "" };
  });
}
