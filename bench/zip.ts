/**
 * Just enough of the zip format to take one part out of an .xlsx (node's zlib
 * inflates it): the benchmarks check what another program calculated without
 * loading its whole workbook.
 */
import * as fs from "fs";
import * as zlib from "zlib";

/** The named entry of a zip file, or undefined when there is none. */
export function readZipEntry(file: string, name: string): Buffer | undefined {
  const zip = fs.readFileSync(file);
  // End of central directory: the last record, signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file`);
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entryName = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataStart, dataStart + compressed);
      return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** Worksheet name → its part in the zip (xl/worksheets/sheetN.xml), from workbook.xml and its relationships. */
export function worksheetParts(file: string): Map<string, string> {
  const workbook = readZipEntry(file, "xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = readZipEntry(file, "xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) parts.set(decodeXml(name), targets.get(id)!);
  }
  return parts;
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e]!
  );
}

/** Cached numeric results of one row of a worksheet part, by column letters. */
export function numericRow(sheetXml: string, row: number): Map<string, number> {
  const values = new Map<string, number>();
  const m = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml);
  if (!m) return values;
  for (const c of m[1].matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
    const ref = /\br="([A-Z]+)\d+"/.exec(c[1])?.[1];
    const type = /\bt="([^"]+)"/.exec(c[1])?.[1];
    const v = /<v>([^<]*)<\/v>/.exec(c[2])?.[1];
    if (ref && v !== undefined && (type === undefined || type === "n")) values.set(ref, Number(v));
  }
  return values;
}
