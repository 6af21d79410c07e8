/**
 * Tried as a new user would (issue 27): the formula template (template --formulas) filled in
 * with the example county's schools and classes, recalculated by LibreOffice headless
 * (soffice --convert-to xlsx computes the formulas, which are stored without results), read
 * back with SheetJS: every county mean and CV equals the CLI's (examples/expected.json's) to
 * 1e-9 relative, every school's met count and verdict, the class and school sizes too, and no
 * cell is an error. The work runs in a child process (../helpers/formulaTemplateRun.ts).
 * Skipped, with the reason, without LibreOffice.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const available = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = available ? describe : describe.skip;
if (!available) console.warn("formulaTemplateLibreOffice.test: soffice not installed, skipped");

maybe("the formula template filled with the example county, computed by LibreOffice", () => {
  it("gives the CLI's county means and CVs, school results, class and school sizes, and no error cell", () => {
    const root = path.join(__dirname, "../..");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-ftpl-"));
    const out = execFileSync(
      process.execPath,
      [
        path.join(root, "scripts/run-ts.js"),
        path.join(root, "test/helpers/formulaTemplateRun.ts"),
        dir,
      ],
      { encoding: "utf8", timeout: 230_000 }
    );
    expect(JSON.parse(out)).toEqual({ differences: [], errors: [] });
  }, 240_000);
});
