/**
 * What a workbook may hold before the reader refuses it (issue 6 §2, issue 16 items 1, 2, 11, 12).
 * Every limit is checked while reading, before the memory it guards is taken: the file's size
 * before it is read, each zip part's size while it is inflated, a sheet's used range and the
 * workbook's cells as the cells arrive, merged areas as they are listed.
 *
 * Measured (bench/workbooks.ts writes the template as Excel does, shared strings and styles;
 * `node scripts/run-ts.js scripts/measureWorkbook.ts N`; test/workbook/limits.test.ts checks the
 * 100,000-school figures against these limits):
 *
 * | schools | classes (班级 rows) | .xlsx file | sheet XML + shared strings, unpacked | cells (A1 to last) |
 * |---:|---:|---:|---:|---:|
 * | 20,000 | 451,600 | 13.6 MB | 108 MB | 2.7 M |
 * | 100,000 | 1,048,575 (Excel's last row) | 42 MB | 341 MB | 7.6 M |
 *
 * So 100,000 schools need about 350 MB unpacked and 8 million cells; the limits leave room
 * above that (a county has a few hundred schools) and stay far below what would exhaust
 * memory (each cell held costs 10–30 bytes; 30 million cells ≈ 0.6–0.9 GB).
 */
const MB = 1024 * 1024;

export const WORKBOOK_LIMITS = {
  /** The file itself, checked with fstat before anything is read (a 1.9 GB file used to be read whole first). */
  fileBytes: 512 * MB,
  /** The parts the reader inflates (workbook, sheets, shared strings, styles), together. */
  uncompressedBytes: 1024 * MB,
  /** Parts in the zip: a workbook has a few dozen (one a sheet, image or chart). */
  entries: 10_000,
  /** Unpacked ÷ packed of one part above 1 MB: sheet XML packs 5–30:1; deflate's ceiling, ~1000:1, is a bomb. */
  ratio: 200,
  ratioAppliesAbove: MB,
  /** Excel's own sheet size (Excel specifications and limits). */
  rows: 1_048_576,
  columns: 16_384,
  /** Cells of one sheet from A1 to its last used cell (or merged area), as the table reader holds them. */
  sheetCells: 20_000_000,
  /** Cells of all sheets together: twenty sheets just under the sheet limit once took 4.3 GB. */
  workbookCells: 30_000_000,
  /** Merged areas in the whole workbook: a real header has tens; 100,000 used to hang exceljs. */
  merges: 100_000,
} as const;

export type WorkbookLimits = { -readonly [K in keyof typeof WORKBOOK_LIMITS]: number };
