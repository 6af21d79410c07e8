/**
 * Hand-made .xls files for the legacy reader's tests (issue 22 item 2): BIFF8 records (MS-XLS
 * 2.4) written one by one into a Workbook stream, in an OLE compound file made by SheetJS's own
 * CFB writer. Either a minimal workbook of its own, or records added to the last sheet of a real
 * one (test/fixtures/legacy/, written by LibreOffice), so that the rest of the file is as Excel
 * would read it.
 */
import * as fs from "fs";
import * as XLSX from "@e965/xlsx";

export function record(type: number, data: Uint8Array = new Uint8Array(0)): Buffer {
  const out = Buffer.alloc(4 + data.length);
  out.writeUInt16LE(type, 0);
  out.writeUInt16LE(data.length, 2);
  out.set(data, 4);
  return out;
}

function u16s(...values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => out.writeUInt16LE(v, i * 2));
  return out;
}

/** An integer as an RK number (MS-XLS 2.5.217: fInt set, value shifted left by 2). */
function rk(n: number): number {
  return ((n << 2) | 2) >>> 0;
}

/**
 * MULRK records (0x00BD) holding `cells` whole numbers, `perRow` to a row (at most 256, BIFF8's
 * columns) from row `firstRow`: 6 bytes a cell, the densest way BIFF8 stores numbers.
 */
export function* mulRkRecords(cells: number, perRow = 200, firstRow = 0): Generator<Buffer> {
  for (let row = firstRow, left = cells; left > 0; row++) {
    const n = Math.min(perRow, left);
    const data = Buffer.alloc(6 + n * 6);
    data.writeUInt16LE(row, 0);
    data.writeUInt16LE(0, 2);
    for (let i = 0; i < n; i++) {
      data.writeUInt16LE(15, 4 + i * 6); // the default cell XF
      data.writeUInt32LE(rk((row * perRow + i) % 1000), 6 + i * 6);
    }
    data.writeUInt16LE(n - 1, 4 + n * 6);
    yield record(0x00bd, data);
    left -= n;
  }
}

/** A MERGECELLS record (0x00E5) of `areas`, 0-based inclusive [firstRow, lastRow, firstCol, lastCol]. */
export function mergeCells(areas: readonly [number, number, number, number][]): Buffer {
  return record(0x00e5, Buffer.concat([u16s(areas.length), ...areas.map((a) => u16s(...a))]));
}

/** An HLINK record (0x01B8) over rows r1..r2, columns c1..c2 (its link data left empty). */
export function hyperlink(r1: number, r2: number, c1: number, c2: number): Buffer {
  return record(0x01b8, Buffer.concat([u16s(r1, r2, c1, c2), Buffer.alloc(24)]));
}

function bof(dt: number): Buffer {
  // BIFF8, dt (5 globals, 0x10 worksheet), build, year, file history, lowest version.
  const data = Buffer.alloc(16);
  data.writeUInt16LE(0x0600, 0);
  data.writeUInt16LE(dt, 2);
  data.writeUInt16LE(0x0dbb, 4);
  data.writeUInt16LE(0x07cc, 6);
  return record(0x0809, data);
}

const EOF = record(0x000a);

/** A compound file holding `workbook` as its Workbook stream. */
export function compoundFile(workbook: Buffer): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "Workbook", workbook);
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer", fileType: "cfb" }) as Uint8Array);
}

/** The Workbook stream of an .xls. */
export function workbookStream(xls: Uint8Array): Buffer {
  const cfb = XLSX.CFB.read(xls, { type: "buffer" });
  const entry = XLSX.CFB.find(cfb, "/Workbook") ?? XLSX.CFB.find(cfb, "/Book");
  if (!entry) throw new Error("no Workbook stream");
  return Buffer.from(entry.content as Uint8Array);
}

/** A minimal workbook: one sheet named `sheet`, holding `records` (cells, merges…). */
export function minimalXls(sheet: string, records: Iterable<Buffer>): Buffer {
  const name = Buffer.from(sheet, "utf16le");
  // BoundSheet8: position of the sheet's BOF (filled in below), visible worksheet, its name in UTF-16.
  const bound = Buffer.concat([Buffer.alloc(6), Buffer.from([sheet.length, 1]), name]);
  const globals = [bof(0x0005), record(0x0042, u16s(1200)), record(0x0085, bound), EOF];
  const at = globals.reduce((n, r) => n + r.length, 0);
  globals[2].writeUInt32LE(at, 4);
  return compoundFile(
    Buffer.concat([...globals, bof(0x0010), record(0x0200, Buffer.alloc(14)), ...records, EOF])
  );
}

/**
 * A real .xls with `records` added at the end of its last sheet (just before that sheet's EOF):
 * no record after them moves, so every position the file holds stays true.
 */
export function addToLastSheet(xls: Uint8Array, records: Iterable<Buffer>): Buffer {
  const stream = workbookStream(xls);
  // The last EOF record of the stream closes the last sheet (BIFF8 ends with it).
  let lastEof = -1;
  for (let at = 0; at + 4 <= stream.length; at += 4 + stream.readUInt16LE(at + 2))
    if (stream.readUInt16LE(at) === 0x000a) lastEof = at;
  if (lastEof < 0) throw new Error("no EOF record");
  return compoundFile(
    Buffer.concat([stream.subarray(0, lastEof), ...records, stream.subarray(lastEof)])
  );
}

// `node scripts/run-ts.js test/workbook/biff.ts OUT.xls CELLS` (run-ts sets argv[1] to this file).
if (process.argv[1] === __filename && process.argv.length === 4) {
  const [out, cells] = process.argv.slice(2);
  const base = fs.readFileSync(`${__dirname}/../fixtures/legacy/county-template.xls`);
  // Below the sheets' own rows (the template's last sheet is short).
  fs.writeFileSync(out, addToLastSheet(base, mulRkRecords(Number(cells), 200, 100)));
  console.log(`${out}: ${fs.statSync(out).size} bytes`);
}
