/**
 * The corpus of bad workbooks (issue 6 §2), written by hand into a folder: the zip
 * parts and the sheet XML are built here, so that each file is broken in exactly one
 * way (a truncated zip, an error value in a cell, a formula without a cached result,
 * sizes that lie) and nothing is committed but this script. Run by the corpus test;
 * `node scripts/run-ts.js test/corpus/generate.ts DIR` writes the files for a look.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { templateHeaders } from "../../src/core/table";
import { WORKBOOK_LIMITS } from "../../src/workbook";
import { crc32, zip, type ZipEntry } from "./zip";

// ---------------------------------------------------------------------------
// SpreadsheetML by hand
// ---------------------------------------------------------------------------

/** A cell of the hand-made sheets. */
export type Cell =
  number | string | null | { formula: string; result?: number | string } | { error: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** "A2:A4" */
  merges?: string[];
}

function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function cellXml(cell: Cell, ref: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "string")
    return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  if ("error" in cell) return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  const f = `<f>${escapeXml(cell.formula)}</f>`;
  if (cell.result === undefined) return `<c r="${ref}">${f}</c>`;
  if (typeof cell.result === "number") return `<c r="${ref}">${f}<v>${cell.result}</v></c>`;
  return `<c r="${ref}" t="str">${f}<v>${escapeXml(cell.result)}</v></c>`;
}

/** One worksheet part; rows are written one string at a time so 100,000 rows stay cheap. */
export function sheetXml(rows: Iterable<Cell[]>, merges: readonly string[] = []): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  let r = 0;
  for (const row of rows) {
    r++;
    out.push(
      `<row r="${r}">${row.map((c, i) => cellXml(c, `${columnLetters(i)}${r}`)).join("")}</row>`
    );
  }
  out.push("</sheetData>");
  if (merges.length > 0)
    out.push(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    );
  out.push("</worksheet>");
  return out.join("");
}

/** The parts every workbook needs around its sheets ([Content_Types], rels, workbook). */
export function workbookEntries(
  sheets: readonly { name: string; xml: string | Buffer }[]
): ZipEntry[] {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    },
    {
      name: "_rels/.rels",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: "xl/workbook.xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets
          .map(
            (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
          )
          .join("") +
        "</sheets></workbook>",
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
          )
          .join("") +
        "</Relationships>",
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
}

export function workbook(sheets: readonly SheetSpec[]): Buffer {
  return zip(
    workbookEntries(sheets.map((s) => ({ name: s.name, xml: sheetXml(s.rows, s.merges) })))
  );
}

// ---------------------------------------------------------------------------
// The school table (template.md §1)
// ---------------------------------------------------------------------------

const TEMPLATE = templateHeaders().schoolSheet;
export const SCHOOL_HEADERS: readonly string[] = TEMPLATE.headers;

/**
 * A 小学 of 1000 students: at every threshold of standards.md §1.1 when `rich` is false
 * (42 teachers → 4.2 per 100; (5000 − 500)/1000 = 4.5 ㎡; (7000 + 500)/1000 = 7.5 ㎡;
 * 200 万元/1000 = 2000 元; 23 rooms → 2.3), and with twice the qualified teachers
 * (84 → 8.4) when `rich` is true.
 */
export function primarySchool(name: string, rich = false): Record<string, Cell> {
  return {
    name,
    type: "小学",
    ownership: "公办",
    locale: "城区",
    group: "一学区",
    primaryStudents: 1000,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 24,
    juniorClasses: 0,
    primaryQualifiedTeachers: rich ? 84 : 42,
    juniorQualifiedTeachers: 0,
    primaryBackboneTeachers: 10,
    juniorBackboneTeachers: 0,
    primaryPeArtTeachers: 9,
    juniorPeArtTeachers: 0,
    teachingArea: 5000,
    indoorSportsArea: 500,
    outdoorSportsArea: 7000,
    equipmentValue: 200,
    multimediaRooms: 23,
    musicRooms: 2,
    artRooms: 2,
  };
}

export function schoolRow(school: Record<string, Cell>): Cell[] {
  return TEMPLATE.fields.map((f) => (f in school ? school[f] : null));
}

export function column(field: string): string {
  return columnLetters(TEMPLATE.fields.indexOf(field));
}

const SHEET = TEMPLATE.name;

function* manySchools(n: number): Generator<Cell[]> {
  yield [...SCHOOL_HEADERS];
  for (let i = 1; i <= n; i++) yield schoolRow(primarySchool(`第${i}小学`, i % 2 === 0));
}

// ---------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------

/** What running `edu-balance assess FILE --json` on a corpus file must give. */
export type Expectation =
  | { exit: 1; message: RegExp }
  | { exit: 0; check: (doc: Record<string, unknown>, stderr: string) => void };

export interface CorpusFile {
  file: string;
  what: string;
  expect: Expectation;
}

/** A minimal compound file (CFB) whose root directory holds the streams of an encrypted OOXML package. */
export function encryptedPackage(): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const directory = Buffer.alloc(sector);
  const entry = (i: number, name: string, type: number) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt32LE(0xffffffff, at + 68); // left sibling
    directory.writeUInt32LE(0xffffffff, at + 72); // right sibling
    directory.writeUInt32LE(0xffffffff, at + 76); // child
  };
  entry(0, "Root Entry", 5);
  entry(1, "EncryptionInfo", 2);
  entry(2, "EncryptedPackage", 2);
  entry(3, "\u0006DataSpaces", 1);
  directory.writeUInt32LE(1, 76); // root's child: EncryptionInfo
  directory.writeUInt32LE(2, 128 + 72); // EncryptionInfo's right sibling: EncryptedPackage
  return Buffer.concat([header, fat, directory]);
}

/**
 * Sheet XML that inflates to `bytes`: a valid start, then blank space (whitespace is
 * legal between elements, and deflate packs it about 1000:1).
 */
function inflatingSheet(bytes: number): { bytes: Buffer; size: number; crc: number } {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = "</sheetData></worksheet>";
  const body = Buffer.alloc(bytes - head.length - tail.length, 0x20);
  const data = Buffer.concat([Buffer.from(head), body, Buffer.from(tail)]);
  return { bytes: zlib.deflateRawSync(data, { level: 9 }), size: data.length, crc: crc32(data) };
}

const MB = 1024 * 1024;

/** Writes every corpus file into `dir` and says what each must give. */
export function writeCorpus(dir: string, options: { bigRows?: number } = {}): CorpusFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  const put = (file: string, data: Buffer | string, what: string, expect: Expectation) => {
    fs.writeFileSync(path.join(dir, file), data);
    files.push({ file, what, expect });
  };
  const good = workbook([
    {
      name: SHEET,
      rows: [
        [...SCHOOL_HEADERS],
        schoolRow(primarySchool("城关小学")),
        schoolRow(primarySchool("实验小学", true)),
      ],
    },
  ]);

  put("empty.xlsx", Buffer.alloc(0), "an empty file", { exit: 1, message: /是空的/ });
  put("not-an-xlsx.xlsx", "学校名称,学校类型\n城关小学,小学\n", "a CSV file named .xlsx", {
    exit: 1,
    message: /不是 Excel 工作簿/,
  });
  put("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2)), "a zip cut in half", {
    exit: 1,
    message: /损坏或不完整/,
  });
  put(
    "encrypted.xlsx",
    encryptedPackage(),
    "a password-protected workbook (CFB with EncryptedPackage)",
    { exit: 1, message: /打开密码/ }
  );
  put(
    "no-rows.xlsx",
    workbook([{ name: "Sheet1", rows: [] }]),
    "a workbook whose only sheet is empty",
    { exit: 1, message: /没有找到学校基础数据表/ }
  );
  put(
    "header-only.xlsx",
    workbook([{ name: SHEET, rows: [[...SCHOOL_HEADERS]] }]),
    "the template header and no school",
    {
      exit: 1,
      message: /没有学校/,
    }
  );
  put(
    "missing-columns.xlsx",
    workbook([
      {
        name: SHEET,
        rows: [
          ["学校名称", "学校类型", "小学在校生数", "小学班级数", "备注"],
          ["城关小学", "小学", 1000, 24, "无"],
        ],
      },
    ]),
    "a school sheet without the teacher and facility columns",
    // Every missing column in one line (issue 23 §2): the teachers and the facilities alike.
    { exit: 1, message: /找不到以下 8 列：（1）「[^」]*教师[^」]*」.*（8）「网络多媒体教室数」/ }
  );

  // Two schools named alike are both left out (one cannot tell which row is right); the third is assessed.
  put(
    "duplicate-names.xlsx",
    workbook([
      {
        name: SHEET,
        rows: [
          [...SCHOOL_HEADERS],
          schoolRow(primarySchool("城关小学")),
          schoolRow(primarySchool("城关小学", true)),
          schoolRow(primarySchool("实验小学")),
        ],
      },
    ]),
    "two rows with the same school name",
    {
      exit: 0,
      check: (doc, stderr) => {
        expect(schoolNames(doc)).toEqual(["实验小学"]);
        expect(doc.incomplete).toBe(true);
        expect(stderr).toMatch(/第3行.*城关小学|城关小学.*第 ?2、3 ?行|2、3/);
      },
    }
  );

  // 学区 merged over three data rows (A merged area keeps its value in the first cell only).
  const merged = [
    [...SCHOOL_HEADERS],
    schoolRow(primarySchool("一小")),
    schoolRow({ ...primarySchool("二小", true), group: null }),
    schoolRow({ ...primarySchool("三小"), group: null }),
  ];
  put(
    "merged-data-rows.xlsx",
    workbook([{ name: SHEET, rows: merged, merges: [`${column("group")}2:${column("group")}4`] }]),
    "学区 merged across three school rows",
    {
      exit: 0,
      check: (doc) => {
        expect(schoolNames(doc)).toEqual(["一小", "二小", "三小"]);
        // 4.2, 8.4, 4.2 per 100 at 1000 students each: X̄ = 5.6, S = √((1.4² + 2.8² + 1.4²)/3) = 1.4·√2, CV = 0.35355.
        expect(cvOf(doc, "primary", "qualifiedTeachersPer100")).toBeCloseTo(Math.SQRT2 / 4, 10);
      },
    }
  );

  put(
    "excel-errors.xlsx",
    workbook([
      {
        name: SHEET,
        rows: [
          [...SCHOOL_HEADERS],
          schoolRow({ ...primarySchool("城关小学"), primaryQualifiedTeachers: { error: "#REF!" } }),
          schoolRow({
            ...primarySchool("实验小学"),
            teachingArea: { formula: "1/0", result: "#DIV/0!" },
          }),
          schoolRow({ ...primarySchool("东关小学"), equipmentValue: { error: "#DIV/0!" } }),
          schoolRow(primarySchool("西关小学")),
        ],
      },
    ]),
    "cells holding #REF! and #DIV/0!",
    {
      exit: 0,
      check: (doc, stderr) => {
        expect(schoolNames(doc)).toEqual(["西关小学"]);
        expect(stderr).toMatch(new RegExp(`第2行${column("primaryQualifiedTeachers")}列.*#REF!`));
        expect(stderr).toMatch(new RegExp(`第4行${column("equipmentValue")}列.*#DIV/0!`));
      },
    }
  );

  put(
    "formulas-without-values.xlsx",
    workbook([
      {
        name: SHEET,
        rows: [
          [...SCHOOL_HEADERS],
          schoolRow({
            ...primarySchool("城关小学"),
            primaryQualifiedTeachers: { formula: "SUM(X2:Y2)" },
          }),
          schoolRow({
            ...primarySchool("实验小学"),
            primaryQualifiedTeachers: { formula: "40+2", result: 42 },
          }),
        ],
      },
    ]),
    "a formula cell written by a program that does not calculate",
    {
      exit: 0,
      check: (doc, stderr) => {
        // The formula with a cached result reads as its value; the one without is reported, not read as 0.
        expect(schoolNames(doc)).toEqual(["实验小学"]);
        expect(stderr).toMatch(new RegExp(`第2行${column("primaryQualifiedTeachers")}列.*公式`));
      },
    }
  );

  const rows = options.bigRows ?? 100_000;
  const big = sheetXml(manySchools(rows));
  put(
    "rows-100000.xlsx",
    zip(workbookEntries([{ name: SHEET, xml: big }])),
    `${rows} schools on one sheet`,
    {
      exit: 0,
      check: (doc) => {
        const schools = (doc.stages as Record<string, { schools: unknown[] }>).primary.schools;
        expect(schools).toHaveLength(rows);
        // Half at 4.2 and half at 8.4 qualified teachers per 100, equal students: X̄ = 6.3, S = 2.1, CV = 1/3.
        expect(cvOf(doc, "primary", "qualifiedTeachersPer100")).toBeCloseTo(1 / 3, 10);
      },
    }
  );

  // A zip bomb that declares its sizes honestly: 17 sheets of 64 MB each, about 1.1 GB in all, in a ~1 MB file.
  const sheet64 = inflatingSheet(64 * MB);
  const honest = workbookEntries(
    Array.from({ length: 17 }, (_, i) => ({ name: `S${i + 1}`, xml: "" }))
  );
  for (const e of honest) {
    if (e.name.startsWith("xl/worksheets/")) e.compressed = sheet64;
  }
  put("bomb-1GB.xlsx", zip(honest), "a zip bomb: 17 × 64 MB of sheet XML", {
    exit: 1,
    message: new RegExp(`解压后共 1088 MB，超过 ${WORKBOOK_LIMITS.uncompressedBytes / MB} MB`),
  });

  // Under the total, but packed about 1000:1 as no sheet is: 64 MB of XML in 64 KB.
  const dense = workbookEntries([{ name: SHEET, xml: "" }]);
  dense[dense.length - 1].compressed = sheet64;
  put("bomb-ratio.xlsx", zip(dense), "one sheet packed 1000:1", {
    exit: 1,
    message: /压缩比超过 200:1/,
  });

  // A bomb that lies: the central directory says 2 KB, the data inflates to 64 MB.
  const lying = workbookEntries([{ name: SHEET, xml: "" }]);
  lying[lying.length - 1].compressed = { ...sheet64, size: 2048 };
  put("bomb-lying-sizes.xlsx", zip(lying), "a zip whose declared sizes are smaller than its data", {
    exit: 1,
    message: /损坏|不符/,
  });

  // One value in the last cell Excel has (XFD1048576): a dense copy would be 17 billion cells.
  const far = sheetXml([[...SCHOOL_HEADERS], schoolRow(primarySchool("城关小学"))]).replace(
    "</sheetData>",
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>备注</t></is></c></row></sheetData>'
  );
  put(
    "far-corner-cell.xlsx",
    zip(workbookEntries([{ name: SHEET, xml: far }])),
    "a stray value in cell XFD1048576",
    {
      exit: 1,
      message: /单元格|区域/,
    }
  );

  // A row number Excel cannot have.
  const beyond = sheetXml([[...SCHOOL_HEADERS], schoolRow(primarySchool("城关小学"))]).replace(
    "</sheetData>",
    '<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>'
  );
  put(
    "beyond-excel-rows.xlsx",
    zip(workbookEntries([{ name: SHEET, xml: beyond }])),
    "a cell on row 2,000,000",
    {
      exit: 1,
      message: /1,?048,?576|上限/,
    }
  );

  // Thousands of parts: no workbook has them; unpacking each costs time and memory.
  const crowded = workbookEntries([
    { name: SHEET, xml: sheetXml([[...SCHOOL_HEADERS], schoolRow(primarySchool("城关小学"))]) },
  ]);
  for (let i = 0; i < 20_000; i++)
    crowded.push({ name: `xl/media/x${i}.bin`, data: "", method: 0 });
  put("too-many-parts.xlsx", zip(crowded), "20,000 parts in one zip", {
    exit: 1,
    message: /部件|条目|过多/,
  });

  return files;
}

function schoolNames(doc: Record<string, unknown>): string[] {
  return (doc.stages as Record<string, { schools: { name: string }[] }>).primary.schools.map(
    (s) => s.name
  );
}

function cvOf(doc: Record<string, unknown>, stage: string, indicator: string): number {
  const s = (doc.stages as Record<string, { indicators: Record<string, { cv: number }> }>)[stage];
  return s.indicators[indicator].cv;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("用法：node scripts/run-ts.js test/corpus/generate.ts 输出文件夹");
    process.exit(2);
  }
  for (const f of writeCorpus(dir)) console.log(`${f.file}\t${f.what}`);
}
