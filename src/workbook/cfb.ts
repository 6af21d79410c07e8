/**
 * The streams of an OLE compound file (MS-CFB) read in place: the sector chains of the streams
 * a name picks, as a reader of their bytes that copies nothing. For the legacy reader's count
 * of BIFF records (./biff.ts) before SheetJS reads the file: SheetJS's own CFB reader copies
 * each stream into a plain array of numbers (8 bytes a byte), 1.6 GB at peak for a 60 MB .xls,
 * more than the count is there to spare. Only what the count needs: the FAT (through the DIFAT),
 * the directory, the sectors and the mini stream's. Anything that does not add up is
 * `undefined`, and the caller then uses SheetJS's reader.
 */

import { ZH } from "../i18n";
import { damaged } from "./refusals";

/** A stream's bytes, read through its sector chain. */
export interface StreamBytes {
  readonly length: number;
  byte(at: number): number;
}

/**
 * The streams named one of `names` (case-insensitive, NULs left out, at any depth: SheetJS's
 * find falls back to the bare name), or undefined when the container cannot be read here. The
 * chains are followed as SheetJS's CFB reader follows them (`parse`, `sleuth_fat`,
 * `get_sector_list` in @e965/xlsx), so that the bytes counted are the bytes it will parse: the
 * sector size from the major version, the FAT's sectors from the header until a negative entry
 * and then the DIFAT chain, a chain ending at a negative entry or a FAT sector that is not
 * there. A chain that loops is a damaged file, refused here: SheetJS would follow it forever.
 */
export function compoundStreams(
  bytes: Uint8Array,
  names: readonly string[],
  file: string
): StreamBytes[] | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const i32 = (at: number): number => view.getInt32(at, true);
  const major = u16(26);
  const size = major === 3 ? 512 : major === 4 ? 4096 : 0;
  if (size === 0) return undefined;
  const shift = size === 512 ? 9 : 12;
  const sectors = Math.ceil(bytes.length / size) - 1;
  const offset = (sector: number): number => (sector + 1) * size;
  /** Whether `sector` is whole in the file (SheetJS's `sectors[n]`; the last may be short). */
  const present = (sector: number): boolean => sector >= 0 && sector < sectors;
  const perSector = size / 4;

  // The FAT's own sectors: the header's until a negative entry, then the DIFAT chain.
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const q = i32(76 + i * 4);
    if (q < 0) break;
    fat.push(q);
  }
  for (let d = i32(68), left = i32(72), hops = 0; d !== -2 && d !== -1; left--, hops++) {
    if (!present(d) || hops > sectors) break;
    const at = offset(d);
    for (let i = 0; i < perSector - 1; i++) {
      const q = at + i * 4 + 4 <= bytes.length ? i32(at + i * 4) : -2;
      if (q === -2) break;
      fat.push(q);
    }
    if (left < 1 || at + size > bytes.length) break;
    d = i32(at + size - 4);
  }
  const next = (sector: number): number => {
    const fatSector = fat[Math.floor(sector / perSector)];
    if (fatSector === undefined || !present(fatSector)) return -1;
    const at = offset(fatSector) + (sector % perSector) * 4;
    return at + 4 <= bytes.length ? i32(at) : -1;
  };
  /** A chain's sectors up to `limit`; undefined when it leaves the file; refused when it loops. */
  const chain = (first: number, limit: number): Int32Array | undefined => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = first; s >= 0 && out.length < limit; s = next(s)) {
      if (!present(s)) return undefined;
      if (seen.has(s))
        throw damaged(file, ZH.host.sectorLoop, "a sector chain of the compound file loops");
      seen.add(s);
      out.push(s);
    }
    return Int32Array.from(out);
  };

  const directory = chain(i32(48), sectors);
  if (!directory) return undefined;
  const wanted = names.map((n) => n.toUpperCase());
  const streams: StreamBytes[] = [];
  // The mini stream (the root entry's chain) and the mini FAT, for streams below the cutoff;
  // SheetJS takes the root's start as it meets the root in the directory (0 until then).
  let miniStore = 0;
  let mini: { data: StreamBytes; fat: StreamBytes } | undefined;
  const miniStream = (): { data: StreamBytes; fat: StreamBytes } | undefined => {
    if (mini) return mini;
    const data = chain(miniStore, sectors);
    const fat = chain(i32(60), sectors);
    if (!data || !fat) return undefined;
    mini = {
      data: sectorStream(bytes, data, shift, data.length * size),
      fat: sectorStream(bytes, fat, shift, fat.length * size),
    };
    return mini;
  };
  for (const dirSector of directory) {
    const first = offset(dirSector);
    for (let e = first; e + 128 <= first + size && e + 128 <= bytes.length; e += 128) {
      const type = bytes[e + 66];
      if (type === 5) {
        miniStore = i32(e + 116);
        mini = undefined;
      }
      if (type !== 2) continue; // streams only
      const nameBytes = Math.min(u16(e + 64), 64);
      let name = "";
      for (let i = 0; i + 1 < nameBytes; i += 2) {
        const code = u16(e + i);
        if (code !== 0) name += String.fromCharCode(code);
      }
      if (!wanted.includes(name.toUpperCase())) continue;
      // SheetJS reads the size as signed, and a stream below the cutoff (4096, fixed there) from
      // the mini stream: small, but a few KB of records can still cost SheetJS dearly (a
      // MERGECELLS record declaring 65,535 areas, a hyperlink over a whole sheet).
      const length = i32(e + 120);
      const start = i32(e + 116);
      if (length <= 0 || start < 0) continue;
      if (length < MINI_STREAM_CUTOFF) {
        const m = miniStream();
        if (!m) return undefined;
        streams.push(miniSectorStream(m.data, m.fat, start, length));
        continue;
      }
      const stream = chain(start, Math.ceil(length / size));
      if (!stream) return undefined;
      streams.push(sectorStream(bytes, stream, shift, Math.min(length, stream.length * size)));
    }
  }
  return streams;
}

const MINI_STREAM_CUTOFF = 4096;

function sectorStream(
  bytes: Uint8Array,
  chain: Int32Array,
  shift: number,
  length: number
): StreamBytes {
  const mask = (1 << shift) - 1;
  return {
    length,
    byte(at: number): number {
      const i = ((chain[at >> shift] + 1) << shift) | (at & mask);
      return i < bytes.length ? bytes[i] : 0;
    },
  };
}

/** A stream in the mini stream: 64-byte mini sectors chained by the mini FAT (as get_mfat_entry). */
function miniSectorStream(
  data: StreamBytes,
  fat: StreamBytes,
  start: number,
  length: number
): StreamBytes {
  const int32 = (s: StreamBytes, at: number): number =>
    at + 4 <= s.length
      ? s.byte(at) | (s.byte(at + 1) << 8) | (s.byte(at + 2) << 16) | (s.byte(at + 3) << 24)
      : -1;
  const sectors: number[] = [];
  for (let m = start, left = length; left > 0 && m >= 0; left -= 64, m = int32(fat, m * 4))
    sectors.push(m);
  return {
    length: Math.min(length, sectors.length * 64),
    byte(at: number): number {
      const p = sectors[at >> 6] * 64 + (at & 63);
      return p < data.length ? data.byte(p) : 0;
    },
  };
}
