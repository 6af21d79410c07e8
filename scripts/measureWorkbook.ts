/**
 * The sizes the reader's limits are set from (src/workbook/limits.ts): writes the synthetic
 * county of N schools in the data template, as bench/workbooks.ts does (exceljs's streaming
 * writer, shared strings and styles, as Excel saves), with the class sheet cut at Excel's last
 * row, and prints the file size, the unpacked size of the parts the reader inflates, and the
 * cells of its sheets. `node scripts/run-ts.js scripts/measureWorkbook.ts 100000 [FILE]`
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticCounty } from "../bench/synthetic";
import { writeTemplateWorkbook } from "../bench/workbooks";
import { readWorkbookFileBytes } from "../src/cli/readFile";
import { readZipDirectory } from "../src/workbook/zip";
import { readWorkbookBytes, WORKBOOK_LIMITS } from "../src/workbook";

/** Excel's last row, less the header. */
export const EXCEL_CLASS_ROWS = 1_048_575;

async function main(): Promise<void> {
  const schools = Number(process.argv[2] ?? 100_000);
  const file = process.argv[3] ?? path.join(os.tmpdir(), `edu-measure-${schools}.xlsx`);
  const county = syntheticCounty(schools);
  if (county.classes.length > EXCEL_CLASS_ROWS) county.classes.length = EXCEL_CLASS_ROWS;
  await writeTemplateWorkbook(county, file);
  const bytes = readWorkbookFileBytes(file);
  const parts = readZipDirectory(bytes, file, WORKBOOK_LIMITS);
  const xml = parts
    .filter((p) => /worksheets\/|sharedStrings|styles|workbook\.xml$/.test(p.name))
    .reduce((sum, p) => sum + p.uncompressed, 0);
  const sheets = await readWorkbookBytes(bytes, file);
  const cells = sheets.reduce((sum, s) => sum + s.values.length * (s.values[0]?.length ?? 0), 0);
  const MB = 1024 * 1024;
  process.stdout.write(
    `${schools} schools, ${county.classes.length} classes: file ${(bytes.length / MB).toFixed(1)} MB, ` +
      `parts read ${(xml / MB).toFixed(0)} MB, cells ${(cells / 1e6).toFixed(2)} M\n`
  );
  if (!process.argv[3]) fs.rmSync(file);
}

void main();
