/**
 * Printing a document the way a bureau prints it, in the print tests: LibreOffice (headless,
 * with a profile of its own in `dir`) converts it to PDF in `dir`; pdftotext gives each page's
 * text. Debian: libreoffice-calc-nogui, libreoffice-writer-nogui, poppler-utils (.ci/run).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** soffice, pdftoppm and pdfinfo are all installed. */
export const canPrint = (): boolean => has("soffice") && has("pdftoppm") && has("pdfinfo");

/** `file` converted to PDF in `dir`; the PDF's path. */
export function toPdf(file: string, dir: string, timeout = 200_000): string {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout }
  );
  return path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** Each page's text as pdftotext lays it out. */
export function pdfPages(pdf: string): string[] {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

/**
 * `file` opened by LibreOffice with every formula recalculated on load (its profile's
 * OOXMLRecalcMode set to "always"), and saved again as .xlsx in `dir/recalculated/`: the values
 * a spreadsheet without the add-in computes. The saved file's path.
 */
export function recalculated(file: string, dir: string, timeout = 200_000): string {
  const profile = path.join(dir, "lo-recalc-profile");
  const user = path.join(profile, "user");
  fs.mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`
  );
  const out = path.join(dir, "recalculated");
  fs.mkdirSync(out, { recursive: true });
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout }
  );
  return path.join(out, path.basename(file));
}
