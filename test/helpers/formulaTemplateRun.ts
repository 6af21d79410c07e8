/**
 * Run as a child process by test/report/formulaTemplateLibreOffice.test.ts (exceljs is far
 * slower inside jest's sandbox): fills the formula template with the example county, has
 * LibreOffice recalculate it (soffice --convert-to xlsx), reads it back with SheetJS and
 * prints JSON: the differences from the CLI's assessment and the error cells.
 * Usage: node scripts/run-ts.js test/helpers/formulaTemplateRun.ts WORK-DIR
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { differences, filledFormulaTemplate } from "./formulaTemplate";
import { templateSpec } from "../../src/report";
import { formulaTemplateSheet } from "../../src/report/xlsx";
import { NATIONAL_2017 } from "../../src/core/profiles";

async function main(dir: string): Promise<void> {
  const input = path.join(dir, "t.xlsx");
  await (await filledFormulaTemplate()).xlsx.writeFile(input);
  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      input,
    ],
    { stdio: "ignore", timeout: 200_000 }
  );
  const wb = XLSX.read(fs.readFileSync(path.join(out, "t.xlsx")));
  const ws = wb.Sheets[formulaTemplateSheet(templateSpec(), NATIONAL_2017).sheet.name];
  const cell = (row: number, col: number): unknown => {
    const c = ws[XLSX.utils.encode_cell({ r: row, c: col })] as XLSX.CellObject | undefined;
    if (!c) return undefined;
    if (c.t === "e") return { error: c.w ?? c.v };
    return c.v === "" ? undefined : c.v;
  };
  const errors = Object.entries(ws)
    .filter(([k, c]) => !k.startsWith("!") && (c as XLSX.CellObject).t === "e")
    .map(([k]) => k);
  process.stdout.write(JSON.stringify({ differences: await differences(cell), errors }));
}

void main(process.argv[2]);
