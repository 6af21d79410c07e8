/**
 * .xls (Excel 97–2003, BIFF8 in an OLE compound file) and WPS .et (the same container) through
 * SheetJS, the `@e965/xlsx` republication of SheetJS 0.20.3 on npm (the `xlsx` 0.18.5 on npm
 * has known CVEs: prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363). It is loaded only
 * when such a file comes in (a dynamic import), so reading .xlsx never pays for its 7 MB.
 * Values follow the .xlsx reader: dates from the cell's number format, 1904 when the workbook
 * says so, error codes as their text, covered merge cells empty.
 */
import type { CellValue } from "../core";
import { fill, ZH } from "../i18n";
import { checkBiffRecords } from "./biff";
import { compoundStreams } from "./cfb";
import { excelSerialToDate, isDateFormat } from "./cells";
import type { WorkbookLimits } from "./limits";
import { refuse } from "./refusals";
import { SheetBuilder, type WorkbookBudget } from "./sheet";
import type { WorkbookSheet } from "./types";

const T = ZH.host.legacy;

/** BIFF error codes (MS-XLS 2.5.97.2 BErr) → what Excel shows. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

interface LegacyCell {
  t: string;
  v?: unknown;
  z?: string | number;
}

export async function readLegacyBytes(
  bytes: Uint8Array,
  name: string,
  limits: WorkbookLimits
): Promise<WorkbookSheet[]> {
  const XLSX = await import("@e965/xlsx");
  checkRecords(XLSX, bytes, name, limits);
  let wb: import("@e965/xlsx").WorkBook;
  // SheetJS writes a line to the console for every record it does not know ("Missing Info for
  // XLS Record"): a 64 MB file of them would be 16 million lines where the user gets one.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    wb = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: true, // for the hidden flags of columns (!cols); SheetJS then builds blank cells too
      sheetStubs: false,
      bookVBA: false,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password-protected/i.test(message)) {
      throw refuse(
        "encrypted",
        fill(T.encrypted, { name }),
        `cannot read ${name}: it is password-protected`
      );
    }
    // An OLE file SheetJS cannot read: damaged, or encrypted in a way it does not recognise.
    throw refuse(
      "encryptedOrDamaged",
      fill(T.encryptedOrDamaged, { name }),
      `cannot read ${name}: the file is damaged or password-protected; open it in Excel or WPS, remove any password and save it as .xlsx`
    );
  } finally {
    console.error = consoleError;
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const budget: WorkbookBudget = { cells: 0, merges: 0 };
  const sheets: WorkbookSheet[] = [];
  wb.SheetNames.forEach((sheetName, index) => {
    const ws = wb.Sheets[sheetName] as unknown as Record<string, unknown> | undefined;
    if (!ws || ws["!type"] === "chart") return;
    const out = new SheetBuilder(name, sheetName, limits, budget);
    const data = (ws["!data"] ?? []) as (LegacyCell[] | undefined)[];
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) out.set(r, c, cellValue(cell, date1904));
      }
    }
    const merges = (ws["!merges"] ?? []) as {
      s: { r: number; c: number };
      e: { r: number; c: number };
    }[];
    for (const m of merges)
      out.merge({ startRow: m.s.r, startColumn: m.s.c, endRow: m.e.r, endColumn: m.e.c });
    const rows = (ws["!rows"] ?? []) as ({ hidden?: boolean } | undefined)[];
    rows.forEach((row, r) => {
      if (row?.hidden) out.hideRow(r);
    });
    const cols = (ws["!cols"] ?? []) as ({ hidden?: boolean } | undefined)[];
    cols.forEach((col, c) => {
      if (col?.hidden) out.hideColumns(c, c);
    });
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden;
    sheets.push(out.finish(hidden === 1 ? "hidden" : hidden === 2 ? "veryHidden" : undefined));
  });
  if (sheets.length === 0) {
    throw refuse("noWorksheets", fill(ZH.host.noWorksheets, { name }), `${name} has no worksheets`);
  }
  return sheets;
}

/**
 * The Workbook stream's records counted against the budget (./biff.ts) before SheetJS builds
 * anything: every stream SheetJS might read as the workbook (parse_xlscfb: BIFF8 "Workbook",
 * BIFF5 "Book"), read in place (./cfb.ts). A container that reader cannot follow is read by
 * SheetJS's CFB reader instead (it copies the streams: ~25 bytes a byte at peak), and one that
 * neither can read is left to XLSX.read, which refuses it as damaged.
 */
function checkRecords(
  XLSX: typeof import("@e965/xlsx"),
  bytes: Uint8Array,
  name: string,
  limits: WorkbookLimits
): void {
  let streams = compoundStreams(bytes, WORKBOOK_STREAMS, name);
  if (!streams) {
    try {
      const cfb: unknown = XLSX.CFB.read(bytes, { type: "array" });
      streams = [];
      for (const path of ["/Workbook", "/Book"]) {
        const entry = XLSX.CFB.find(cfb, path) as { content?: ArrayLike<number> } | null;
        const content = entry?.content;
        if (content) streams.push({ length: content.length, byte: (at) => content[at] });
      }
    } catch {
      return;
    }
  }
  for (const stream of streams) checkBiffRecords(stream, name, limits);
}

const WORKBOOK_STREAMS = ["Workbook", "Book"];

function cellValue(cell: LegacyCell, date1904: boolean): CellValue {
  switch (cell.t) {
    case "n": {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return "#NUM!";
      return typeof cell.z === "string" && isDateFormat(cell.z)
        ? excelSerialToDate(n, date1904)
        : n;
    }
    case "s":
      return String(cell.v ?? "");
    case "b":
      return cell.v === true;
    case "e":
      return ERRORS[cell.v as number] ?? "#VALUE!";
    case "d":
      return cell.v instanceof Date ? cell.v : String(cell.v ?? "");
    default:
      return "";
  }
}
