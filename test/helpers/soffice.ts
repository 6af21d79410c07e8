/**
 * Printing a document the way a bureau prints it, in the print tests: LibreOffice (headless,
 * with a profile of its own in `dir`) converts it to PDF in `dir`; pdftotext gives each page's
 * text. Debian: libreoffice-calc-nogui, libreoffice-writer-nogui, poppler-utils (.ci/run).
 */
import { execFileSync, spawnSync } from "child_process";
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
