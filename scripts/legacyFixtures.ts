/**
 * The .xls fixtures of test/workbook/legacy.test.ts, made by LibreOffice from .xlsx files:
 * `node scripts/run-ts.js scripts/legacyFixtures.ts` (needs `soffice`). The example county's
 * template, and a small sheet of the features the reader must keep (merges, a hidden row and
 * column, a date, booleans, an error, text numbers). A WPS .et is the same OLE/BIFF8 file, so
 * the test copies the .xls to an .et name rather than committing another file.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test/fixtures/legacy");

async function featuresWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("特征");
  ws.getCell("A1").value = "在校学生数";
  ws.mergeCells("A1:B1");
  ws.getCell("A2").value = "小学";
  ws.getCell("B2").value = "初中";
  ws.getCell("A3").value = 1200;
  ws.getCell("B3").value = "1,234";
  ws.getCell("C3").value = true;
  ws.getCell("D3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("E3").value = new Date(Date.UTC(2024, 8, 1));
  ws.getCell("E3").numFmt = "yyyy-mm-dd";
  ws.getCell("A4").value = "隐藏行";
  ws.getRow(4).hidden = true;
  ws.getColumn(6).hidden = true;
  ws.getCell("F5").value = "隐藏列";
  const hidden = wb.addWorksheet("隐藏表", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-legacy-"));
  const features = path.join(tmp, "features.xlsx");
  await featuresWorkbook(features);
  fs.copyFileSync(
    path.join(ROOT, "examples/county-template.xlsx"),
    path.join(tmp, "county-template.xlsx")
  );
  for (const name of ["features.xlsx", "county-template.xlsx"]) {
    const r = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${tmp}/profile`,
        "--convert-to",
        "xls",
        "--outdir",
        OUT,
        path.join(tmp, name),
      ],
      { encoding: "utf8" }
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

void main();
