/**
 * What SheetJS would build from an .xls, counted before it builds it (issue 22 item 2). SheetJS
 * parses a whole workbook into objects — several hundred bytes a cell — before the reader sees
 * a cell, so the limits of ./sheet.ts came too late for a legacy file: a 60 MB .xls of 9.9
 * million numbers (MULRK records, 6 bytes a number) exhausted a 4 GB heap, and 20 MB took 2 GB.
 * Here the Workbook stream's BIFF records (MS-XLS 2.4; BIFF5 and WPS .et alike) are walked
 * once, reading only their headers and counts, and the file is refused when they hold more than
 * the budget: the cells (a MULRK record as the cells it holds), the shared strings SST declares,
 * the merged areas, and every other record SheetJS keeps an object for. Two record kinds cost
 * time rather than memory in SheetJS and are counted as the steps it would take: a hyperlink
 * visits every cell of its area (65,536 × 256 each), and each MERGECELLS record copies the
 * sheet's merges so far (Array.concat).
 */
import { fill, ZH } from "../i18n";
import type { StreamBytes } from "./cfb";
import type { WorkbookLimits } from "./limits";
import { refuse } from "./refusals";

const T = ZH.host.biff;

/** BoundSheet8: a sheet's name and where its records begin. */
const BOUNDSHEET = 0x0085;
// BIFF record types (MS-XLS 2.3) whose records SheetJS turns into one kept object each.
const ONE_CELL = new Set([
  0x0203, // Number
  0x0003, // BIFF2 Number
  0x0002, // BIFF2 Integer
  0x0005, // BIFF2 BoolErr
  0x0205, // BoolErr
  0x027e, // RK
  0x0006, // Formula (BIFF5–8)
  0x0206, // Formula (BIFF3)
  0x0406, // Formula (BIFF4)
  0x00fd, // LabelSst
  0x00d6, // RString
  0x0204, // Label
  0x0004, // BIFF2 Label
  0x001c, // Note (a comment: a cell of its own when there is none)
]);
const ONE_OBJECT = new Set([
  0x00e0, // XF
  0x0018, // Lbl (a defined name)
  0x0023, // ExternName
  0x01ae, // SupBook
  BOUNDSHEET,
  0x005d, // Obj
]);
const BOF = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const MULRK = 0x00bd;
/** Blank cells: built too, as readSync turns cellStyles into sheetStubs. */
const MULBLANK = 0x00be;
const BLANK = new Set([0x0201, 0x0001]);
const SST = 0x00fc;
const MERGECELLS = 0x00e5;
const EXTERNSHEET = 0x0017;
const HLINK = 0x01b8;
const HLINK_TOOLTIP = 0x0800;
const FILEPASS = 0x002f;

export type BiffLimits = Pick<WorkbookLimits, "legacyObjects" | "legacySteps" | "entries">;

/** Throws the refusal when the stream's records would build more than `limits` allow. */
export function checkBiffRecords(stream: StreamBytes, file: string, limits: BiffLimits): void {
  const u16 = (at: number): number =>
    at + 2 <= stream.length ? stream.byte(at) | (stream.byte(at + 1) << 8) : 0;
  const u32 = (at: number): number =>
    at + 4 <= stream.length ? u16(at) + u16(at + 2) * 0x10000 : 0;
  let objects = 0;
  let steps = 0;
  let sheets = 0;
  let sheetMerges = 0;
  // The sheets' names by the position of their BOF (BoundSheet8), to say where the budget ran out.
  const names = new Map<number, string>();
  let sheet: string | undefined;
  for (let at = 0; at + 4 <= stream.length;) {
    const start = at;
    const type = u16(at);
    const size = u16(at + 2);
    const data = at + 4;
    at = data + size;
    if (type === BOUNDSHEET) {
      const name = boundSheetName(stream, data, Math.min(at, stream.length));
      if (name !== undefined) names.set(u32(data), name);
    }
    if (ONE_CELL.has(type) || ONE_OBJECT.has(type) || BLANK.has(type)) objects++;
    else if (type === MULRK) {
      // Row, first column, 6 bytes a cell, last column (SheetJS reads them while they fit).
      objects += Math.max(0, Math.ceil((size - 6) / 6));
    } else if (type === MULBLANK) {
      // Row, first column, 2 bytes a cell (its style), last column.
      objects += Math.max(0, Math.ceil((size - 6) / 2));
    } else if (type === SST) {
      // SheetJS reads the unique strings it declares while bytes remain: 3 bytes at least each.
      objects += Math.min(u32(data + 4), Math.ceil((stream.length - data) / 3));
    } else if (type === MERGECELLS) {
      // SheetJS reads as many areas as the record declares, whatever its length, and then
      // appends them to the sheet's by copying (merges.concat).
      const areas = u16(data);
      objects += areas;
      sheetMerges += areas;
      steps += sheetMerges;
    } else if (type === EXTERNSHEET) objects += u16(data);
    else if (type === HLINK || type === HLINK_TOOLTIP) {
      // The area (Ref8U) after the tooltip's 2-byte record type.
      const ref = type === HLINK ? data : data + 2;
      const rows = u16(ref + 2) - u16(ref) + 1;
      const columns = u16(ref + 6) - u16(ref + 4) + 1;
      steps += Math.max(0, rows) * Math.max(0, columns);
    } else if (BOF.has(type)) {
      objects++;
      sheetMerges = 0;
      sheet = names.get(start);
      // The workbook globals and each sheet, chart or macro sheet begin with a BOF.
      if (++sheets > limits.entries) throw tooManySheets(file, limits.entries);
    } else if (type === FILEPASS) {
      // Encrypted from here on: SheetJS refuses the file itself (a password).
      return;
    }
    if (objects > limits.legacyObjects) throw legacyTooLarge(file, sheet, limits.legacyObjects);
    if (steps > limits.legacySteps) throw legacyTooSlow(file);
  }
}

/**
 * A BoundSheet8's name (BIFF8: ShortXLUnicodeString, Latin-1 or UTF-16LE by its flag);
 * undefined when it is not in that form (BIFF5 names are in the file's code page).
 */
function boundSheetName(stream: StreamBytes, start: number, end: number): string | undefined {
  if (end - start < 8) return undefined;
  const length = stream.byte(start + 6);
  const wide = (stream.byte(start + 7) & 1) === 1;
  const at = start + 8;
  if (end - at !== length * (wide ? 2 : 1)) return undefined;
  let name = "";
  for (let i = 0; i < length; i++)
    name += String.fromCharCode(
      wide ? stream.byte(at + 2 * i) | (stream.byte(at + 2 * i + 1) << 8) : stream.byte(at + i)
    );
  return name;
}

function legacyTooLarge(file: string, sheet: string | undefined, limit: number): Error {
  const where = sheet === undefined ? "" : fill(T.atSheet, { sheet });
  const whereEn = sheet === undefined ? "" : ` (at sheet "${sheet}")`;
  return refuse(
    "legacyTooLarge",
    fill(T.tooLarge, { file, where, limit: limit / 10_000 }),
    `cannot read ${file}: the legacy .xls/.et holds more than ${limit} cells, shared strings and other items${whereEn} (a legacy file is read whole into memory); save it as .xlsx and try again`
  );
}

function legacyTooSlow(file: string): Error {
  return refuse(
    "legacyTooSlow",
    fill(T.tooSlow, { file }),
    `cannot read ${file}: the legacy .xls/.et holds abnormally many or large hyperlinks or merged areas; save it as .xlsx and try again`
  );
}

function tooManySheets(file: string, limit: number): Error {
  return refuse(
    "tooManySheets",
    fill(T.tooManySheets, { file, limit }),
    `cannot read ${file}: the legacy .xls/.et has more than ${limit} sheets`
  );
}
