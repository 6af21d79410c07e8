/**
 * What a workbook may hold before the reader refuses it (issue 6 §2, issue 16 items 1, 2, 11, 12).
 * Every limit is checked while reading, before the memory it guards is taken: the file's size
 * before it is read, each zip part's size while it is inflated, a sheet's used range and the
 * workbook's cells as the cells arrive, merged areas as they are listed.
 *
 * Measured (bench/workbooks.ts writes the template as Excel does, shared strings and styles;
 * `node scripts/run-ts.js scripts/measureWorkbook.ts N`; test/workbook/limits.test.ts holds the
 * 100,000-school figures against these limits):
 *
 * | schools | classes (班级 rows) | .xlsx file | parts read, unpacked | cells (A1 to last, all sheets) |
 * |---:|---:|---:|---:|---:|
 * | 20,000 | 450,723 | 12.6 MB | 96 MB | 2.26 M |
 * | 100,000 | 1,048,575 (Excel's last row) | 36.3 MB | 265 MB | 6.49 M |
 *
 * So the largest valid template workbook needs about 270 MB unpacked and 6.5 million cells; the
 * limits allow about twice (file 7×, cells 3×) and stay below what would exhaust a default heap
 * (each cell held costs 8–40 bytes, so 20 million cells are 0.2–0.8 GB).
 */
const MB = 1024 * 1024;

export const WORKBOOK_LIMITS = {
  /** The file itself, checked with fstat before anything is read (a 1.9 GB file used to be read whole first). */
  fileBytes: 256 * MB,
  /** An .xls or .et (at most 65,536 rows a sheet), parsed whole by SheetJS: a few MB for a county. */
  legacyFileBytes: 64 * MB,
  /**
   * What SheetJS may build from an .xls/.et, counted in its records before it builds anything
   * (./biff.ts): cells, shared strings, merged areas and other kept objects. SheetJS holds ~600
   * bytes a cell (measured, `assess F.xls --json`: 3.3 million numbers 2.0 GB peak, 9.9 million
   * out of memory at 4.3 GB, 1.99 million 1.25 GB), so 2 million keep the CLI within its 1.5 GB.
   * A legacy sheet has at most 65,536 rows; a county's school sheet a few thousand, 30 columns.
   */
  legacyObjects: 2_000_000,
  /** Cells SheetJS walks for hyperlink areas and merges copies for MERGECELLS records (time, not memory). */
  legacySteps: 100_000_000,
  /** The parts the reader inflates (workbook, sheets, shared strings, styles), together. */
  uncompressedBytes: 512 * MB,
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
  workbookCells: 20_000_000,
  /**
   * Merged areas in the whole workbook, each one small object: a real header has tens, a sheet
   * with merged data cells a few per school; 100,000 used to hang exceljs (checked pairwise).
   */
  merges: 200_000,
} as const;

export type WorkbookLimits = { -readonly [K in keyof typeof WORKBOOK_LIMITS]: number };
