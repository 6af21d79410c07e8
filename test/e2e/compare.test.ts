/**
 * End to end: 与往年比较 (issue 25) in both hosts, in headless Chromium, against the CLI.
 *
 * - The offline page (dist/edu-balance.html from file://): this year's workbook is opened and
 *   assessed, the two earlier years are picked in step 7; the JSON downloaded is the CLI's
 *   `compare --json` of the three files byte for byte, and the 监测 workbook downloaded has the
 *   cells of the CLI's `compare --out`.
 * - The task pane (dist/taskpane.html, a stand-in Excel holding this year's workbook, 350 px
 *   wide): an earlier year kept as a sheet of the workbook is added and compared; the same year
 *   added again as a file is refused with both names; the earlier files picked instead give the
 *   CLI's comparison, and the 监测 sheets written into the workbook have the CLI's cells.
 *
 * Screenshots go to test-artifacts/ (committed copies: docs/screenshots/page/7-compare.png,
 * docs/screenshots/pane/350-7-compare.png).
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/cli/xlsx";
import { MONITOR_SHEET_NAMES } from "../../src/report";
import { run } from "../cli/runCli";
import { DIST, ensureBuild, ensurePageBuild, ROOT } from "../helpers/build";
import {
  ARTIFACTS,
  browserDescribe,
  E2E_TEST_TIMEOUT,
  launchChromium,
  openPage,
  standInScript,
  toPlain,
  type Browser,
  type Page,
} from "../helpers/pane";
import { serve } from "../helpers/serve";
import { assessSteps, offlinePageWith, saveDownload } from "../helpers/wizardSteps";

const describeInBrowser = browserDescribe();
jest.setTimeout(E2E_TEST_TIMEOUT);

const Y2023 = "示例县2023.xlsx";
const Y2024 = "示例县2024.xlsx";
const Y2025 = "示例县2025.xlsx";

let tmp: string;
const f = (name: string) => path.join(tmp, name);

/** Every cell of the 监测 sheets, as plain values. */
async function monitorCells(file: string): Promise<Record<string, unknown[][]>> {
  const wanted = new Set<string>(Object.values(MONITOR_SHEET_NAMES));
  return Object.fromEntries(
    (await readXlsx(file)).filter((s) => wanted.has(s.name)).map((s) => [s.name, toPlain(s).values])
  );
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.join(ARTIFACTS, name)), { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describeInBrowser("与往年比较 in the page and the pane, against the CLI", () => {
  let browser: Browser;
  let cliJson: string;
  let cliCells: Record<string, unknown[][]>;

  beforeAll(
    async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-compare-e2e-"));
      // The bundled three years of the example county (every kind of event but a possible rename).
      for (const name of [Y2023, Y2024, Y2025])
        fs.copyFileSync(path.join(ROOT, "examples/years", name), f(name));
      const json = await run(["compare", f(Y2025), f(Y2023), f(Y2024), "--json"]);
      expect(json.code).toBe(0);
      cliJson = json.stdout;
      const out = await run(["compare", f(Y2023), f(Y2024), f(Y2025), "--out", f("cli.xlsx")]);
      expect(out.code).toBe(0);
      cliCells = await monitorCells(f("cli.xlsx"));
      ensureBuild();
      ensurePageBuild();
      browser = await launchChromium();
    },
    20 * 60 * 1000
  );

  afterAll(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("the offline page: the CLI's JSON byte for byte and its 监测 workbook", async () => {
    const { page, errors, close } = await offlinePageWith(browser, f(Y2025));
    try {
      await assessSteps(page);

      await page.getByRole("tab", { name: "7 与往年比较" }).click();
      await page.getByTestId("compare-blocked").waitFor();
      await page.getByTestId("compare-files-input").setInputFiles([f(Y2023), f(Y2024)]);
      // Compared as soon as a second year is there; again when the third is read.
      await page.getByTestId("compare-result").filter({ hasText: "3 个年度" }).waitFor();
      expect(await page.getByTestId("compare-year").count()).toBe(2);
      // What to watch comes first: the early warnings lead (the rising CV among them).
      const watch = await page.getByTestId("compare-watch-item").allInnerTexts();
      expect(watch[0]).toMatch(/^预警/);
      expect(watch.some((w) => /^预警[\s\S]*生均体育运动场馆/.test(w))).toBe(true);
      expect(watch.join("\n")).toContain("城关第三小学");
      expect(await page.getByTestId("cv-trend-chart").count()).toBeGreaterThan(0);
      await shot(page, "page/7-compare");

      expect(
        await saveDownload(page, () => page.getByTestId("compare-json").click(), f("page.json"))
      ).toBe("示例县2025.监测.json");
      expect(fs.readFileSync(f("page.json"), "utf8")).toBe(cliJson);

      expect(
        await saveDownload(page, () => page.getByTestId("compare-write").click(), f("page.xlsx"))
      ).toBe("示例县2025.监测.xlsx");
      expect(await monitorCells(f("page.xlsx"))).toEqual(cliCells);

      // The 自评报告 with the years compared: its 监测 paragraph names the earlier years.
      expect(
        await saveDownload(
          page,
          () => page.getByTestId("compare-report-doc").click(),
          f("page.docx")
        )
      ).toBe("示例县2025.自评报告.docx");
      const xml = strFromU8(
        unzipSync(new Uint8Array(fs.readFileSync(f("page.docx"))))["word/document.xml"]
      );
      expect(xml).toContain("动态监测");
      expect(xml).toContain("与 2023—2024 年的数据相比");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the task pane at 350 px: a year kept as a sheet, a duplicate year refused, the CLI's 监测 sheets written", async () => {
    let server: http.Server | undefined;
    try {
      server = await serve(DIST);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const thisYear = (await readXlsx(f(Y2025))).map(toPlain);
      // A county that keeps an earlier year's schools as a sheet of the same workbook.
      const earlierSheet = { ...toPlain((await readXlsx(f(Y2023)))[0]), name: "2023年学校" };
      const w = await openPage(
        browser,
        standInScript([...thisYear, earlierSheet], {
          documentUrl: `https://example.invalid/县教育局/${encodeURIComponent(Y2025)}`,
        }),
        { width: 350, height: 900 }
      );
      const { page } = w;
      await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await assessSteps(page);

      await page.getByRole("tab", { name: "7 与往年比较" }).click();
      // The workbook's own name is this year's; its other sheet is an earlier year.
      await page.getByTestId("compare-step").getByText(Y2025).waitFor();
      await page.getByTestId("compare-sheet").selectOption("2023年学校");
      await page.getByTestId("compare-add-sheet").click();
      await page.getByTestId("compare-result").waitFor();
      expect(await page.getByTestId("compare-result").innerText()).toContain("2023—2025 年");

      // The same year again, as a file: refused, both named; removed, the files compare.
      await page.getByTestId("compare-files-input").setInputFiles([f(Y2023), f(Y2024)]);
      await page.getByTestId("compare-blocked").filter({ hasText: "2023 年" }).waitFor();
      expect(await page.getByTestId("compare-blocked").innerText()).toMatch(
        /「2023年学校」.*「示例县2023\.xlsx」/
      );
      await page
        .getByTestId("compare-year")
        .filter({ hasText: "2023年学校" })
        .getByRole("button", { name: "移除" })
        .click();
      await page.getByTestId("compare-result").filter({ hasText: "3 个年度" }).waitFor();
      await shot(page, "pane/350-7-compare");
      // What a user sees first once compared: the watch list, in the pane's own height.
      await page.getByTestId("compare-watch").scrollIntoViewIfNeeded();
      await page
        .getByRole("heading", { name: "需要关注（最急的在前）" })
        .evaluate((h) => h.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: path.join(ARTIFACTS, "pane/350-7-compare-watch.png") });

      await page.getByTestId("compare-write").click();
      await page.getByTestId("compare-written").waitFor();
      const written = (await page.evaluate(() =>
        (window as unknown as { __eduWorkbook: { describe(): unknown } }).__eduWorkbook.describe()
      )) as { sheets: { name: string; values: unknown[][] }[] };
      const cells = Object.fromEntries(
        written.sheets
          .filter((s) => (Object.values(MONITOR_SHEET_NAMES) as string[]).includes(s.name))
          .map((s) => [s.name, s.values])
      );
      expect(Object.keys(cells).sort()).toEqual(Object.keys(cliCells).sort());
      for (const name of Object.keys(cliCells))
        expect({ name, values: trimmed(cells[name]) }).toEqual({
          name,
          values: trimmed(cliCells[name]),
        });
      // This year's workbook is untouched: its own sheets hold what they held.
      for (const sheet of thisYear)
        expect(trimmed(written.sheets.find((s) => s.name === sheet.name)?.values ?? [])).toEqual(
          trimmed(sheet.values)
        );
      expect(w.errors).toEqual([]);
      expect(w.external).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    }
  });
});

/** Cells as text, trailing empty cells and rows dropped (the stand-in and the file pad differently). */
function trimmed(values: unknown[][]): string[][] {
  const rows = values.map((row) => {
    const cells = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
