/**
 * A minimal zip writer for the corpus of bad workbooks: enough of PKWARE's APPNOTE
 * (local headers, central directory, end record) to build .xlsx files by hand,
 * including ones that lie about their sizes, which no zip library will write.
 */
import * as zlib from "zlib";

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Deflate (8, default) or store (0). */
  method?: 0 | 8;
  /** Already-deflated bytes to store instead of deflating `data`, with what they inflate to (`data` is then unused). */
  compressed?: { bytes: Buffer; size: number; crc: number };
  /** Sizes to declare instead of the true ones (a lying zip bomb). */
  declare?: { uncompressed?: number; compressed?: number };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The zip file of the entries, in order. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const method = e.compressed ? 8 : (e.method ?? 8);
    const body = e.compressed?.bytes ?? (method === 8 ? zlib.deflateRawSync(raw) : raw);
    const crc = e.compressed?.crc ?? crc32(raw);
    const uncompressed = e.declare?.uncompressed ?? e.compressed?.size ?? raw.length;
    const compressed = e.declare?.compressed ?? body.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed >>> 0, 18);
    local.writeUInt32LE(uncompressed >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(compressed >>> 0, 20);
    dir.writeUInt32LE(uncompressed >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** One part of a zip written by a well-behaved writer (sizes in the central directory), unpacked. */
export function readPart(archive: Buffer, name: string): Buffer {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    const nameLength = archive.readUInt16LE(p + 28);
    const partName = archive.toString("utf8", p + 46, p + 46 + nameLength);
    if (partName === name) {
      const local = archive.readUInt32LE(p + 42);
      const start =
        local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
      const data = archive.subarray(start, start + archive.readUInt32LE(p + 20));
      return archive.readUInt16LE(p + 10) === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    }
    p += 46 + nameLength + archive.readUInt16LE(p + 30) + archive.readUInt16LE(p + 32);
  }
  throw new Error(`no part ${name}`);
}
