/**
 * Tried as a new user would (issue 27): the formula template (template --formulas) filled in
 * with the example county's schools and classes, recalculated by LibreOffice headless
 * (soffice --convert-to xlsx computes the formulas, which are stored without results), read
 * back with SheetJS: every county mean and CV equals the CLI's (examples/expected.json's) to
 * 1e-9 relative, every school's met count and verdict, the class and school sizes too, and no
 * cell is an error. Skipped, with the reason, without LibreOffice.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { differences, filledFormulaTemplate } from "../helpers/formulaTemplate";
import { formulaTemplateSheet, templateSpec } from "../../src/report";
import { NATIONAL_2017 } from "../../src/core/profiles";

const available = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = available ? describe : describe.skip;
if (!available) console.warn("formulaTemplateLibreOffice.test: soffice not installed, skipped");

maybe("the formula template filled with the example county, computed by LibreOffice", () => {
  jest.setTimeout(240_000);
  let ws: XLSX.WorkSheet;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-ftpl-"));
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
    ws = wb.Sheets[formulaTemplateSheet(templateSpec(), NATIONAL_2017).sheet.name];
  });
  const cell = (row: number, col: number): unknown => {
    const c = ws[XLSX.utils.encode_cell({ r: row, c: col })] as XLSX.CellObject | undefined;
    if (!c) return undefined;
    if (c.t === "e") return { error: c.w ?? c.v };
    return c.v === "" ? undefined : c.v;
  };

  it("gives the CLI's county means and CVs, school results, class and school sizes", async () => {
    expect(await differences(cell)).toEqual([]);
  });

  it("has no error cell", () => {
    const errors = Object.entries(ws)
      .filter(([k, c]) => !k.startsWith("!") && (c as XLSX.CellObject).t === "e")
      .map(([k]) => k);
    expect(errors).toEqual([]);
  });
});
