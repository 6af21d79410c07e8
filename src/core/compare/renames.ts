/**
 * The renames the user states (issue 25): a sheet or a CSV of 原名称/新名称 pairs, read without
 * editing the source data. Pure: the host reads the file (a workbook's sheets, or a CSV's text
 * decoded from UTF-8 or GB18030) and gives what it read.
 *
 * Blank rows are skipped; a row with one name only, a pair with the same name twice, and a
 * 原名称 given two different 新名称 are named (severity "error": those rows are not used), the
 * other pairs still returned.
 */
import { EN_US, fill, ZH_CN, type Catalogue, type FillParams } from "../../i18n";
import { parseCsv } from "../csv";
import { matchText } from "../table/cells";
import { RENAME_FROM_HEADERS, RENAME_TO_HEADERS } from "../table/fields";
import { excelColumn, excelRow, originOf, type SheetOrigin } from "../table/columns";
import type { CellValue, InputIssue, SheetCells } from "../types";
import type { RenamePair } from "./types";

export interface RenamesRead {
  pairs: RenamePair[];
  issues: InputIssue[];
}

export type RenameIssueCode = keyof typeof ZH_CN.compareInput.renames;

/** Rows searched for the header (a title or a note may come first). */
const HEADER_ROWS = 10;

interface Header {
  row: number;
  from: number;
  to: number;
}

function findHeader(values: readonly (readonly CellValue[])[]): Header | undefined {
  for (let r = 0; r < Math.min(values.length, HEADER_ROWS); r++) {
    let from: number | undefined;
    let to: number | undefined;
    (values[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const t = matchText(cell);
      if (from === undefined && RENAME_FROM_HEADERS.some((w) => t.includes(w))) from = c;
      else if (to === undefined && RENAME_TO_HEADERS.some((w) => t.includes(w))) to = c;
    });
    if (from !== undefined && to !== undefined) return { row: r, from, to };
  }
  return undefined;
}

function text(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return "";
  return String(cell).replace(/\s+/g, " ").trim();
}

/** Where an issue is: 「更名.xlsx」工作表「更名」第3行A列： (a CSV has no sheet). */
interface Place {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

function where(c: Catalogue, p: Place): string {
  const w = c.compareInput.place;
  return (
    (p.sheet === undefined
      ? fill(w.file, { file: p.file })
      : fill(w.sheet, { file: p.file, sheet: p.sheet })) +
    (p.row !== undefined ? fill(w.row, { row: p.row }) : "") +
    (p.column !== undefined ? fill(w.column, { column: p.column }) : "") +
    w.end
  );
}

function issue(code: RenameIssueCode, place: Place, params: FillParams = {}): InputIssue {
  const out: InputIssue = {
    severity: "error",
    code,
    sheet: place.sheet ?? place.file,
    message: where(ZH_CN, place) + fill(ZH_CN.compareInput.renames[code], params),
    messageEn: where(EN_US, place) + fill(EN_US.compareInput.renames[code], params),
  };
  if (place.row !== undefined) out.row = place.row;
  if (place.column !== undefined) out.column = place.column;
  return out;
}

function quoted(c: Catalogue, names: readonly string[]): string {
  return names.map((name) => fill(c.reader.quoted, { name })).join(c.reader.listJoiner);
}

interface Row {
  from: string;
  to: string;
  row: number;
  source: string;
}

/**
 * The pairs of a renames sheet or CSV. `input`: the workbook's sheets (the first with both
 * columns is read), or a CSV's text. `source`: the file's name, for messages.
 */
export function readRenames(input: readonly SheetCells[] | string, source: string): RenamesRead {
  const csv = typeof input === "string";
  const sheets: readonly SheetCells[] = csv ? [{ name: source, values: parseCsv(input) }] : input;
  const issues: InputIssue[] = [];
  let sheet: SheetCells | undefined;
  let header: Header | undefined;
  for (const s of sheets) {
    header = findHeader(s.values);
    if (header) {
      sheet = s;
      break;
    }
  }
  if (!sheet || !header) {
    issues.push(issue("noColumns", { file: source }));
    return { pairs: [], issues };
  }
  const origin: SheetOrigin = originOf(sheet);
  const sheetName = csv ? undefined : sheet.name;
  const column = (index: number): string => excelColumn(origin, index);
  const rows: Row[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const from = text(cells[header.from]);
    const to = text(cells[header.to]);
    if (from === "" && to === "") continue;
    const row = excelRow(origin, r);
    const place: Place = { file: source, sheet: sheetName, row };
    if (to === "") {
      issues.push(issue("missingTo", { ...place, column: column(header.to) }, { from }));
      continue;
    }
    if (from === "") {
      issues.push(issue("missingFrom", { ...place, column: column(header.from) }, { to }));
      continue;
    }
    if (matchText(from) === matchText(to)) {
      issues.push(issue("sameName", place, { from }));
      continue;
    }
    const at = csv
      ? fill(ZH_CN.compareInput.pairSource.file, { file: source, row })
      : fill(ZH_CN.compareInput.pairSource.sheet, { file: source, sheet: sheet.name, row });
    rows.push({ from, to, row, source: at });
  }

  // A former name given twice: the same new name is one pair; different new names, none.
  const byFrom = new Map<string, Row[]>();
  for (const row of rows) {
    const key = matchText(row.from);
    const list = byFrom.get(key);
    if (list) list.push(row);
    else byFrom.set(key, [row]);
  }
  const pairs: RenamePair[] = [];
  for (const list of byFrom.values()) {
    const first = list[0];
    const names = [...new Map(list.map((r) => [matchText(r.to), r.to])).values()];
    if (names.length > 1) {
      issues.push(
        issue(
          "conflict",
          { file: source, sheet: sheetName, row: list[1].row },
          {
            from: first.from,
            rows: list.map((r) => r.row).join(ZH_CN.reader.listJoiner),
            rowsEn: list.map((r) => r.row).join(EN_US.reader.listJoiner),
            names: quoted(ZH_CN, names),
            namesEn: quoted(EN_US, names),
          }
        )
      );
      continue;
    }
    pairs.push({ from: first.from, to: first.to, source: first.source });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { pairs, issues };
}
