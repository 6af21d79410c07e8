/**
 * The 监测 workbook of `edu-balance compare examples/years/ --out 监测.xlsx` (issue 25), printed
 * the way a bureau prints it: through LibreOffice (headless) to PDF, then to PNG pages, as
 * print.test.ts does for the 申报表. Checks what can be checked by machine: A4 landscape, the
 * sheets in order (年度对比, 学校变化, 预警), the column headers and the footer (county, years,
 * page) on every page, every school and the end of the longest change on the paper (nothing
 * cut), no sheet fitted below 60% (three years and five), and no row lower than the text it
 * wraps. The first pages of 年度对比 and 学校变化, and the charts page beside the workbook
 * (Chromium), are kept in docs/print/ for a human to look at (regenerated with UPDATE_PRINT=1).
 * The LibreOffice part is skipped, with the reason, without LibreOffice (`apt-get install
 * libreoffice-calc-nogui poppler-utils`); the charts' picture without Chromium.
 */
import { toPdf } from "../helpers/soffice";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { yearWorkbook } from "../../src/cli/examples/generate";
import { exampleYears, yearFigures } from "../../src/cli/examples/years";
import { textWidth } from "../../src/report/layout";
import { reportToXlsxBytes } from "../../src/report/xlsx";
import { run } from "../cli/runCli";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdftoppm") && has("pdfinfo") && has("pdftotext");
const maybe = available ? describe : describe.skip;
if (!available)
  console.warn(
    "comparePrint.test: soffice/pdftoppm not installed, the LibreOffice render is skipped"
  );
const chromium = ["chromium", "chromium-browser", "google-chrome"].find(has);

const YEARS = path.join(__dirname, "../../examples/years");
const DOCS = path.join(__dirname, "../../docs/print");
const SHEETS = ["年度对比", "学校变化", "预警"];

let dir = "";
let xlsx = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-compare-print-"));
  xlsx = path.join(dir, "监测.xlsx");
  const r = await run(["compare", YEARS, "--out", xlsx]);
  expect(r.code).toBe(0);
}, 60000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/**
 * The scale a fit-to-width A4 landscape print comes out at, from the written columns (7 px a
 * character and 5 a column, on 10.69 inches at 96 dpi), as Excel and LibreOffice size them.
 */
function fittedScale(ws: ExcelJS.Worksheet): number {
  let px = 0;
  for (let c = 1; c <= ws.columnCount; c++) px += (ws.getColumn(c).width ?? 8.43) * 7 + 5;
  return Math.min(1, ((11.69 - 1) * 96) / px);
}

describe("the printed 监测 workbook (layout, without LibreOffice)", () => {
  test("A4 landscape, fitted to the width, the headers repeated, the county and years in the footer", async () => {
    const wb = await workbook(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const ws of wb.worksheets) {
      expect({ sheet: ws.name, paper: ws.pageSetup.paperSize }).toEqual({
        sheet: ws.name,
        paper: 9,
      });
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^1:\d+$/);
      expect(ws.headerFooter.oddFooter).toContain("示例县\u30002023—2025 年");
    }
  });

  test("no sheet fitted below 60%, for three years and for five", async () => {
    const wb = await workbook(xlsx);
    for (const ws of wb.worksheets)
      expect({ sheet: ws.name, ok: fittedScale(ws) >= 0.6 }).toEqual({ sheet: ws.name, ok: true });

    // Five years: the story's three, and two earlier years like its first.
    const counties = exampleYears();
    const five = path.join(dir, "five");
    fs.mkdirSync(five);
    const years: [number, number][] = [
      [2021, 0],
      [2022, 0],
      [2023, 0],
      [2024, 1],
      [2025, 2],
    ];
    for (const [year, k] of years)
      fs.writeFileSync(
        path.join(five, `示例县${year}.xlsx`),
        await reportToXlsxBytes(yearWorkbook(counties[k], yearFigures(year)))
      );
    const out = path.join(dir, "五年监测.xlsx");
    expect((await run(["compare", five, "--out", out])).code).toBe(0);
    const wb5 = await workbook(out);
    for (const ws of wb5.worksheets)
      expect({ sheet: ws.name, five: true, ok: fittedScale(ws) >= 0.6 }).toEqual({
        sheet: ws.name,
        five: true,
        ok: true,
      });
  }, 60000);

  test("every row of wrapped text as high as its lines need (an estimate independent of layout.ts)", async () => {
    const wb = await workbook(xlsx);
    const short: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) => {
        row.eachCell((c) => {
          if (typeof c.value !== "string" || !c.alignment?.wrapText || c.isMerged) return;
          const width = ws.getColumn(c.col).width ?? 8.43;
          // 2 columns a CJK character, 11-point text, 1.2 em a line at the least.
          const lines = Math.ceil(textWidth(c.value) / Math.max(1, width - 1));
          const need = lines * 11 * 1.2;
          if ((row.height ?? 15) < need)
            short.push(`${ws.name}!${c.address} (${row.height} < ${need})`);
        });
      });
    expect(short).toEqual([]);
  });
});

maybe("the 监测 workbook rendered by LibreOffice", () => {
  jest.setTimeout(240_000);
  let pdf = "";
  let pages = 0;
  const pageText: string[] = [];
  beforeAll(() => {
    pdf = toPdf(xlsx, dir);
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    for (let p = 1; p <= pages; p++)
      pageText.push(
        execFileSync("pdftotext", ["-f", `${p}`, "-l", `${p}`, "-layout", pdf, "-"]).toString()
      );
  });

  test("on a bounded number of A4 landscape pages, each with the county, the years and its number", () => {
    const info = execFileSync("pdfinfo", [pdf]).toString();
    // 年度对比 (14 figures a stage and the county items), 48 schools, 2 warnings.
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(14);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    // pdftotext spaces the footer's words as it likes: compared without spaces.
    pageText.forEach((t, i) =>
      expect(t.replace(/\s+/g, "")).toContain(`示例县2023—2025年第${i + 1}页共${pages}页`)
    );
  });

  test("the sheets in order, each page under its title and column headers", () => {
    const title = (t: string): string =>
      t.includes("年度对比")
        ? SHEETS[0]
        : t.includes("各校逐年情况")
          ? SHEETS[1]
          : t.includes("预警（2025 年）")
            ? SHEETS[2]
            : "?";
    const order = pageText.map(title);
    expect(order).not.toContain("?");
    expect([...new Set(order)]).toEqual(SHEETS);
    expect(order).toEqual([...order].sort((a, b) => SHEETS.indexOf(a) - SHEETS.indexOf(b)));
    pageText.forEach((t, i) => {
      const headers = { 年度对比: "学段或部分", 学校变化: "学校标识码", 预警: "按趋势下一年" };
      expect({
        page: i + 1,
        header: t.includes(headers[order[i] as keyof typeof headers]),
      }).toEqual({
        page: i + 1,
        header: true,
      });
    });
  });

  test("nothing cut: every school's code and the end of the longest change are on the paper", async () => {
    const text = pageText.join("\n");
    const ws = (await workbook(xlsx)).getWorksheet("学校变化")!;
    const codes: string[] = [];
    let longest = "";
    ws.eachRow((row, r) => {
      if (r <= (Number(/:(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? "")?.[1]) || 0)) return;
      const code = String(row.getCell(1).value ?? "");
      if (/^\d{10}$/.test(code)) codes.push(code);
      const change = String(row.getCell(ws.columnCount).value ?? "");
      if (change.length > longest.length) longest = change;
    });
    expect(codes.length).toBeGreaterThanOrEqual(47);
    for (const code of codes) expect(text).toContain(code);
    // The last words of the longest change, as pdftotext puts them on a line.
    const tail = longest.slice(-6);
    expect(text.replace(/\s+/g, "")).toContain(tail.replace(/\s+/g, ""));
  });

  test("renders PNG pages (the first of 年度对比 and of 学校变化 kept in docs/print/ with UPDATE_PRINT=1)", () => {
    const first = pageText.findIndex((t) => t.includes("各校逐年情况")) + 1;
    for (const [p, name] of [
      [1, "监测-1"],
      [first, "监测-2"],
    ] as const) {
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "100",
        "-singlefile",
        "-f",
        `${p}`,
        "-l",
        `${p}`,
        pdf,
        path.join(dir, name),
      ]);
      expect(fs.statSync(path.join(dir, `${name}.png`)).size).toBeGreaterThan(10_000);
      if (process.env.UPDATE_PRINT === "1") {
        fs.mkdirSync(DOCS, { recursive: true });
        fs.copyFileSync(path.join(dir, `${name}.png`), path.join(DOCS, `${name}.png`));
      }
    }
  });
});

(chromium ? describe : describe.skip)("the charts page beside it, in Chromium", () => {
  test("renders to a PNG (kept as docs/print/监测-图表.png with UPDATE_PRINT=1)", () => {
    const html = path.join(dir, "监测.图表.html");
    expect(fs.existsSync(html)).toBe(true);
    const png = path.join(dir, "charts.png");
    execFileSync(
      chromium as string,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        `--user-data-dir=${path.join(dir, "chromium")}`,
        `--screenshot=${png}`,
        "--window-size=1100,880",
        `file://${html}`,
      ],
      { stdio: "ignore", timeout: 60_000 }
    );
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
    if (process.env.UPDATE_PRINT === "1") {
      fs.mkdirSync(DOCS, { recursive: true });
      fs.copyFileSync(png, path.join(DOCS, "监测-图表.png"));
    }
  }, 90_000);
});
