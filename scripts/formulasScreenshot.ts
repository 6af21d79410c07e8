/**
 * docs/print/表Ⅲ-公式.png, the README's picture of the 申报表 that shows its working (issue 27
 * §3): the example county's `assess --out … --formulas`, its 表Ⅲ printed by LibreOffice with
 * formulas shown instead of values. Run by hand (soffice and pdftoppm installed):
 *   node scripts/run-ts.js scripts/formulasScreenshot.ts
 *
 * How: LibreOffice honours neither the sheet view's showFormulas nor any .xlsx setting when it
 * prints, only its page style's "print formulas" (style:print="… formulas" in an .ods). So the
 * --formulas 申报表 is converted to .ods, every page style gets "formulas", and the .ods is
 * printed; the 表Ⅲ page is the one rendered. For the formulas to fit on the page, 表Ⅲ keeps its
 * 学段 and 项目 columns and its first two indicators (L1, L2) widened; its other columns are
 * hidden for the picture (they hold the same formulas over the next columns of 表Ⅱ-2). The sheet
 * view's showFormulas is set too, so the file itself opens that way in Excel and WPS.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../src/cli/main";
import { OFFICIAL_SHEET_NAMES } from "../src/report/official";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples/county-template.xlsx");
const OUT = path.join(ROOT, "docs/print/表Ⅲ-公式.png");

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${profile}`, ...args], {
    stdio: "ignore",
    timeout: 200_000,
  });
}

/** The .xlsx with 表Ⅲ showing formulas, its first two indicator columns wide, the rest hidden. */
function showFormulas(file: string, out: string): void {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const names = [
    ...strFromU8(files["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]+)"/g),
  ].map((m) => m[1]);
  // exceljs writes the sheets as sheet1.xml… in the workbook's order.
  const index = names.indexOf(OFFICIAL_SHEET_NAMES.formIII);
  if (index < 0) throw new Error(`no sheet ${OFFICIAL_SHEET_NAMES.formIII}`);
  const part = `xl/worksheets/sheet${index + 1}.xml`;
  const xml = strFromU8(files[part])
    .replace(/<sheetView\b/, '<sheetView showFormulas="1"')
    .replace(
      /<cols>[\s\S]*?<\/cols>/,
      '<cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/>' +
        '<col min="3" max="3" width="150" customWidth="1"/><col min="4" max="10" width="13" hidden="1" customWidth="1"/></cols>'
    );
  if (!xml.includes('showFormulas="1"') || !xml.includes('hidden="1"'))
    throw new Error(`${part}: the sheet view or the columns were not found`);
  files[part] = strToU8(xml);
  fs.writeFileSync(out, zipSync(files));
}

/** An .ods's page styles set to print formulas (LibreOffice's Format ▸ Page Style ▸ Sheet ▸ Formulas). */
function printFormulas(ods: string, out: string): void {
  const files = unzipSync(new Uint8Array(fs.readFileSync(ods)));
  const styles = strFromU8(files["styles.xml"]);
  const changed = styles.replace(/style:print="([^"]*)"/g, (_, v: string) =>
    v.split(" ").includes("formulas") ? `style:print="${v}"` : `style:print="${v} formulas"`
  );
  if (changed === styles) throw new Error("styles.xml: no style:print to change");
  files["styles.xml"] = strToU8(changed);
  // mimetype first and stored, as ODF asks.
  const { mimetype, ...rest } = files;
  fs.writeFileSync(out, zipSync({ mimetype: [mimetype, { level: 0 }], ...rest }));
}

async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-formulas-shot-"));
  try {
    const profile = path.join(dir, "lo-profile");
    const form = path.join(dir, "申报表.xlsx");
    let err = "";
    const code = await main(["assess", EXAMPLE, "--out", form, "--formulas"], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      isTTY: false,
      env: {},
    });
    if (code !== 0) throw new Error(`assess --formulas: exit ${code} ${err}`);
    const shown = path.join(dir, "shown.xlsx");
    showFormulas(form, shown);
    soffice(["--convert-to", "ods", "--outdir", dir, shown], profile);
    const printed = path.join(dir, "printed.ods");
    printFormulas(path.join(dir, "shown.ods"), printed);
    soffice(["--convert-to", "pdf", "--outdir", dir, printed], profile);
    const pdf = path.join(dir, "printed.pdf");
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split(
      "\f"
    );
    const page = pages.findIndex((p) => p.includes("表Ⅲ") && p.includes("SUMPRODUCT(")) + 1;
    if (page === 0) throw new Error("no page of 表Ⅲ with its formulas");
    const png = path.join(dir, "page");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "110",
      // The page's upper half: the title, the header and the four formula rows.
      "-x",
      "0",
      "-y",
      "55",
      "-W",
      "1286",
      "-H",
      "290",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      pdf,
      png,
    ]);
    fs.copyFileSync(`${png}.png`, OUT);
    console.log(`已生成：${path.relative(ROOT, OUT)}（第 ${page} 页）`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
