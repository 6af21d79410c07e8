/**
 * What an .xlsx may unpack to, checked before exceljs sees it (issue 6 §2). An .xlsx is a
 * zip: a small file can declare, or hide, gigabytes of sheet XML (a zip bomb), and exceljs
 * unpacks every part into memory. So the central directory is read here (PKWARE APPNOTE
 * 4.3.12–4.3.16), the declared sizes are added up against stated limits, and every part is
 * inflated once with node's zlib, capped at its declared size, so that a part whose data
 * inflates to more than it declares is caught after at most that many bytes.
 */
import * as zlib from "zlib";
import { EduError } from "../core";

const MB = 1024 * 1024;

/** The limits, stated in the README (数据与隐私 / 限制). */
export const XLSX_LIMITS = {
  /** All parts together, unpacked. The sheet XML of 100,000 schools in the template is about 80 MB. */
  uncompressedBytes: 200 * MB,
  /** Parts in the zip: a workbook has a few dozen (one a sheet, image or chart). */
  entries: 10_000,
  /** Unpacked ÷ packed of one part above 1 MB: sheet XML packs 5–30:1; deflate's ceiling, ~1000:1, is a bomb. */
  ratio: 200,
  ratioAppliesAbove: MB,
  /** Excel's own sheet size (Excel specifications and limits). */
  rows: 1_048_576,
  columns: 16_384,
  /** Cells of one sheet from A1 to its last used cell, as the table reader holds them. */
  sheetCells: 20_000_000,
} as const;

function refuse(code: string, message: string, messageEn: string): EduError {
  return new EduError(code, message, messageEn);
}

function damaged(name: string, why: string, whyEn: string): EduError {
  return refuse(
    "damagedXlsx",
    `无法读取 ${name}：文件已损坏或不完整（${why}）`,
    `cannot read ${name}: the file is damaged or truncated (${whyEn})`
  );
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

interface ZipPart {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where the part's data starts in the file. */
  dataStart: number;
}

/** The end-of-central-directory record: the last 22+ bytes (a comment of up to 64 KB may follow). */
function findEndRecord(bytes: Buffer): number {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

function readDirectory(bytes: Buffer, name: string): ZipPart[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw damaged(name, "找不到压缩包目录", "no zip directory");
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: only archives beyond 65,535 parts or 4 GB need it, far beyond any county workbook.
    throw refuse(
      "xlsxTooLarge",
      `无法读取 ${name}：压缩包超过 4 GB 或含 65535 个以上部件，超出本工具的处理上限`,
      `cannot read ${name}: a ZIP64 archive, beyond this tool's limits`
    );
  }
  if (count > XLSX_LIMITS.entries) {
    throw refuse(
      "xlsxTooManyParts",
      `无法读取 ${name}：压缩包含 ${count} 个部件，超过 ${XLSX_LIMITS.entries} 个的上限（正常工作簿只有几十个），文件可能已损坏或被恶意构造`,
      `cannot read ${name}: ${count} parts, above the limit of ${XLSX_LIMITS.entries}`
    );
  }
  if (offset + size > end)
    throw damaged(name, "压缩包目录位置不对", "the zip directory is out of place");
  const parts: ZipPart[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== 0x02014b50)
      throw damaged(name, "压缩包目录不完整", "the zip directory is incomplete");
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const uncompressed = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const partName = bytes.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) {
      throw refuse(
        "encryptedXlsx",
        `无法读取 ${name}：文件中的部件经过加密；请在 Excel 中取消密码并另存为 .xlsx 后重试`,
        `cannot read ${name}: encrypted zip parts`
      );
    }
    if (method !== 0 && method !== 8)
      throw damaged(
        name,
        `部件 ${partName} 使用了不支持的压缩方式 ${method}`,
        `part ${partName} uses compression method ${method}`
      );
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      throw refuse(
        "xlsxTooLarge",
        `无法读取 ${name}：部件 ${partName} 超过 4 GB，超出本工具的处理上限`,
        `cannot read ${name}: part ${partName} is above 4 GB`
      );
    }
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
      throw damaged(name, `部件 ${partName} 的位置不对`, `part ${partName} is out of place`);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + compressed > bytes.length)
      throw damaged(name, `部件 ${partName} 不完整`, `part ${partName} is cut short`);
    parts.push({ name: partName, method, compressed, uncompressed, dataStart });
  }
  return parts;
}

/**
 * Throws an EduError with a one-line Chinese message when the .xlsx bytes are not a
 * sound zip, declare more than the limits, or hold a part that inflates to anything but
 * its declared size. `name` is the file name for the message.
 */
export function checkXlsxZip(bytes: Buffer, name: string): void {
  const parts = readDirectory(bytes, name);
  const total = parts.reduce((sum, part) => sum + part.uncompressed, 0);
  if (total > XLSX_LIMITS.uncompressedBytes) {
    throw refuse(
      "xlsxTooLarge",
      `无法读取 ${name}：解压后共 ${megabytes(total)}，超过 ${megabytes(XLSX_LIMITS.uncompressedBytes)} 的上限；文件可能被恶意构造（压缩炸弹），或请拆分工作簿后重试`,
      `cannot read ${name}: it unpacks to ${megabytes(total)}, above the limit of ${megabytes(XLSX_LIMITS.uncompressedBytes)}`
    );
  }
  for (const part of parts) {
    if (
      part.uncompressed > XLSX_LIMITS.ratioAppliesAbove &&
      part.uncompressed > XLSX_LIMITS.ratio * Math.max(1, part.compressed)
    ) {
      throw refuse(
        "xlsxBomb",
        `无法读取 ${name}：部件 ${part.name} 的压缩比超过 ${XLSX_LIMITS.ratio}:1（${megabytes(part.uncompressed)} 压缩为 ${part.compressed} 字节），不像正常的工作簿，可能是压缩炸弹`,
        `cannot read ${name}: part ${part.name} has a compression ratio above ${XLSX_LIMITS.ratio}:1`
      );
    }
  }
  for (const part of parts) {
    const data = bytes.subarray(part.dataStart, part.dataStart + part.compressed);
    let size: number;
    if (part.method === 0) size = data.length;
    else {
      try {
        // Capped one byte above the declared size: a part that inflates to more stops there.
        size = zlib.inflateRawSync(data, { maxOutputLength: part.uncompressed + 1 }).length;
      } catch (e) {
        const tooLarge = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
        throw damaged(
          name,
          tooLarge
            ? `部件 ${part.name} 解压后大于声明的大小（压缩数据与声明的大小不符）`
            : `部件 ${part.name} 的压缩数据有误`,
          tooLarge
            ? `part ${part.name} inflates to more than it declares`
            : `part ${part.name} does not inflate`
        );
      }
    }
    if (size !== part.uncompressed) {
      throw damaged(
        name,
        `部件 ${part.name} 解压后为 ${size} 字节，与声明的 ${part.uncompressed} 字节不符`,
        `part ${part.name} inflates to ${size} bytes, not ${part.uncompressed}`
      );
    }
  }
}

/**
 * Throws when a sheet's used range (A1 to its last used cell) is beyond Excel's own size,
 * or larger than the table reader should hold (one stray value in XFD1048576 would make
 * 17 billion cells).
 */
export function checkSheetExtent(file: string, sheet: string, rows: number, columns: number): void {
  if (rows > XLSX_LIMITS.rows || columns > XLSX_LIMITS.columns) {
    throw refuse(
      "beyondExcelLimits",
      `无法读取 ${file}：工作表「${sheet}」用到第 ${rows} 行、第 ${columns} 列，超出 Excel 的上限（1,048,576 行 × 16,384 列）；文件不是 Excel 保存的，或已损坏`,
      `cannot read ${file}: sheet "${sheet}" reaches row ${rows}, column ${columns}, beyond Excel's 1,048,576 × 16,384`
    );
  }
  if (rows * columns > XLSX_LIMITS.sheetCells) {
    throw refuse(
      "sheetTooLarge",
      `无法读取 ${file}：工作表「${sheet}」的已用区域为 ${rows} 行 × ${columns} 列，超过 ${(XLSX_LIMITS.sheetCells / 1e6) * 100} 万个单元格的上限；请删除表格以外误填的内容（按 Ctrl+End 可找到最后一个已用单元格）后重试`,
      `cannot read ${file}: sheet "${sheet}" uses ${rows} rows × ${columns} columns, above ${XLSX_LIMITS.sheetCells} cells`
    );
  }
}
