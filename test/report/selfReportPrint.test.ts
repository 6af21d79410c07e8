/**
 * The example county's 自评报告 (examples/county-template.xlsx → buildSelfReport →
 * selfReportToDocx with the CLI's rasteriser) printed the way a bureau opens it: LibreOffice
 * (headless) to PDF, then poppler. Checks A4, a plausible page count, the headings, every
 * table's header row, and every number of 表Ⅲ as the workbook's cell shows it. Keeps the first
 * pages in docs/print/ (自评报告-1.png …) when UPDATE_PRINT=1. Skipped without LibreOffice Writer.
 */
import { execFileSync, spawnSync } from "child_process";
import { pdfPages, toPdf } from "../helpers/soffice";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { nodeRasteriser } from "../../src/cli/rasterise";
import { readXlsx } from "../../src/cli/xlsx";
import { buildReport } from "../../src/report";
import { buildSelfReport } from "../../src/report/docx";
import { selfReportToDocx } from "../../src/report/docx";
import { cellDisplayText } from "../../src/report/numFmtText";
import type { SelfReport } from "../../src/report/selfReport/types";
import { ZH } from "../../src/i18n";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const writer = spawnSync("sh", ["-c", "ls /usr/lib/libreoffice/program/libswlo.so"]).status === 0;
const available = has("soffice") && has("pdftoppm") && has("pdfinfo") && has("pdftotext") && writer;
const maybe = available ? describe : describe.skip;
if (!available)
  console.warn("selfReportPrint.test: soffice (with Writer) or poppler not installed: skipped");

const EXAMPLE = path.join(__dirname, "../../examples/county-template.xlsx");
const DOCS = path.join(__dirname, "../../docs/print");
/** pdftotext drops the spaces between CJK and digits and may wrap: compare without whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, "");

maybe("the example county's 自评报告 rendered by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir = "";
  let pdf = "";
  let pages: string[] = [];
  let report: SelfReport;
  let formIII: string[] = [];
  beforeAll(async () => {
    dir = process.env.KEEP_DOCX_PRINT ?? fs.mkdtempSync(path.join(os.tmpdir(), "edu-self-"));
    fs.mkdirSync(dir, { recursive: true });
    const ev = evaluate(readWorkbook(await readXlsx(EXAMPLE)));
    report = buildSelfReport(ev, { sourceName: "county-template.xlsx" });
    const sheet = buildReport(ev, { charts: false }).sheets.find((s) => s.id === "formIII")!;
    formIII = sheet.rows
      .slice(sheet.headerRows ?? 0)
      .flatMap((r) => r.filter((c) => typeof c.value === "number"))
      .map((c) => cellDisplayText(c.value, c.numFmt));
    const rasterise = await nodeRasteriser();
    const docx = path.join(dir, "自评报告.docx");
    fs.writeFileSync(
      docx,
      await selfReportToDocx(report, { rasterise, created: new Date(Date.UTC(2025, 8, 1)) })
    );
    pdf = toPdf(docx, dir, 250_000);
    pages = pdfPages(pdf);
  });
  afterAll(() => {
    if (!process.env.KEEP_DOCX_PRINT && dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints on A4, a plausible number of pages, each numbered", () => {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    // Portrait A4, or A4 turned for the wide tables of the 附件.
    for (const m of info.matchAll(/Page\s*\d*\s*size:\s+([\d.]+) x ([\d.]+)/g)) {
      const [w, h] = [Number(m[1]), Number(m[2])].sort((x, y) => x - y);
      expect(Math.round(w)).toBe(595);
      expect([841, 842]).toContain(Math.round(h));
    }
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(12);
    expect(count).toBeLessThanOrEqual(60);
    expect(pages).toHaveLength(count);
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`第\\s*${i + 1}\\s*页`)));
  });

  it("shows every heading and every table's header row", () => {
    const all = squeeze(pages.join("\n"));
    for (const b of report.blocks) {
      if (b.kind === "heading")
        expect([b.text, all.includes(squeeze(b.text))]).toEqual([b.text, true]);
      if (b.kind === "table")
        for (const h of b.header[0]) expect([h, all.includes(squeeze(h))]).toEqual([h, true]);
    }
    expect(all).toContain(squeeze(report.title));
  });

  it("prints every number of 表Ⅲ as the workbook shows it, in the body of the report", () => {
    const annex = pages.findIndex(
      (p) =>
        squeeze(p).startsWith(squeeze(ZH.selfReport.build.headings.annex)) ||
        squeeze(p).includes(
          squeeze(ZH.selfReport.build.headings.annexForms.replace("{kind}", "优质均衡"))
        )
    );
    const body = squeeze(pages.slice(0, annex > 0 ? annex : pages.length).join("\n"));
    expect(formIII).toHaveLength(28);
    for (const n of formIII) expect([n, body.includes(n)]).toEqual([n, true]);
  });

  it("draws the first pages (PNG); UPDATE_PRINT=1 keeps them in docs/print/", () => {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "3",
      pdf,
      path.join(dir, "page"),
    ]);
    const pngs = fs
      .readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort();
    expect(pngs.length).toBe(3);
    if (process.env.UPDATE_PRINT)
      pngs.forEach((f, i) =>
        fs.copyFileSync(path.join(dir, f), path.join(DOCS, `自评报告-${i + 1}.png`))
      );
  });
});
