/**
 * The CLI's 申报表 for the example county, printed the way a bureau prints it: through
 * LibreOffice (headless) to PDF, then to PNG pages. Checks what can be checked by machine:
 * the seven official tables come first, the page count, no sheet fitted below 60%, and no
 * row lower than the text it wraps. The pages of three tables are kept in docs/print/ for a
 * human to look at (regenerated with UPDATE_PRINT=1). Skipped, with the reason, without
 * LibreOffice (`apt-get install libreoffice-calc-nogui poppler-utils`; .ci/run installs them).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { COUNTY_REPORT_TITLES, evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { readXlsx, reportToBuffer } from "../../src/cli/xlsx";
import { buildReport } from "../../src/report";
import { printScale, textWidth } from "../../src/report/layout";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdftoppm") && has("pdfinfo");
const maybe = available ? describe : describe.skip;
if (!available)
  console.warn("print.test: soffice/pdftoppm not installed, the LibreOffice render is skipped");

const EXAMPLE = path.join(__dirname, "../../examples/county-untidy.xlsx");

async function exampleReport() {
  const sheets = await readXlsx(EXAMPLE);
  const read = readWorkbook(sheets);
  return buildReport(evaluate(read), { charts: false, sourceName: "county-untidy.xlsx" });
}

describe("the printed 申报表 (layout, without LibreOffice)", () => {
  it("puts the seven official tables first and fits every sheet at 60% or more", async () => {
    const report = await exampleReport();
    expect(report.sheets.slice(0, 7).map((s) => s.name)).toEqual(
      Object.values(OFFICIAL_SHEET_NAMES)
    );
    for (const sheet of report.sheets) {
      expect({ sheet: sheet.name, ok: printScale(sheet) >= 0.6 }).toEqual({
        sheet: sheet.name,
        ok: true,
      });
    }
  });

  it("gives every row of wrapped text a height its lines need (an estimate independent of layout.ts)", async () => {
    const report = await exampleReport();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportToBuffer(report)) as unknown as ArrayBuffer);
    const short: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row, r) => {
        row.eachCell((c) => {
          if (typeof c.value !== "string" || !c.alignment?.wrapText || c.isMerged) return;
          const width = ws.getColumn(c.col).width ?? 8.43;
          // 2 columns a CJK character, 11-point text, 1.2 em a line at the least.
          const lines = Math.ceil(textWidth(c.value) / Math.max(1, width - 1));
          const need = lines * 11 * 1.2;
          if ((row.height ?? 15) < need)
            short.push(`${ws.name}!${c.address} (${row.height} < ${need})`);
        });
        void r;
      });
    }
    expect(short).toEqual([]);
  });
});

maybe("the 申报表 rendered by LibreOffice", () => {
  jest.setTimeout(240_000);
  let dir = "";
  let pdf = "";
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-print-"));
    const xlsx = path.join(dir, "申报表.xlsx");
    fs.writeFileSync(xlsx, await reportToBuffer(await exampleReport()));
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/lo`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      {
        stdio: "ignore",
        timeout: 200_000,
      }
    );
    pdf = path.join(dir, "申报表.pdf");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints on a bounded number of A4 pages, each with its page number", () => {
    const info = execFileSync("pdfinfo", [pdf]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // 7 official tables (表Ⅱ-2 on 3 pages) and the analysis sheets: about 28 pages for 44 schools.
    expect(pages).toBeGreaterThanOrEqual(14);
    expect(pages).toBeLessThanOrEqual(40);
    expect(info).toMatch(/Page size:\s+(841\.\d+ x 595|595\.\d+ x 841)/); // A4
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    expect(text).toContain(`第 1 页 共 ${pages} 页`);
    expect(text).toContain("示例县 义务教育优质均衡发展申报表");
    expect(text).toContain("填报单位（盖章）");
    // Nothing printed twice (issue 24): the county's items only on 表Ⅰ, 表Ⅳ–表Ⅵ, no sheets of their own.
    for (const title of COUNTY_REPORT_TITLES) expect(text).not.toContain(title);
    expect(text).toContain("县域义务教育优质均衡发展 测算汇总");
  });

  it("renders PNG pages (kept in docs/print/ with UPDATE_PRINT=1)", () => {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "8",
      pdf,
      path.join(dir, "page"),
    ]);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBe(8);
    if (process.env.UPDATE_PRINT === "1") {
      const out = path.join(__dirname, "../../docs/print");
      fs.mkdirSync(out, { recursive: true });
      for (const f of pngs) fs.copyFileSync(path.join(dir, f), path.join(out, f));
      // Every page's first line: the order the reader sees, each table once.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
      const lines = [];
      for (let p = 1; p <= pages; p++) {
        const t = execFileSync("pdftotext", ["-f", `${p}`, "-l", `${p}`, "-layout", pdf, "-"]);
        const first =
          t
            .toString()
            .split("\n")
            .find((l) => l.trim() !== "") ?? "";
        lines.push(`${String(p).padStart(2, " ")}  ${first.trim().replace(/\s+/g, " ")}`);
      }
      fs.writeFileSync(path.join(out, "pages.txt"), `${lines.join("\n")}\n`);
    }
  });
});
