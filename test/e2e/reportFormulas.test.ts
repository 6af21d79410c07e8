/**
 * 申报表中的计算结果写成公式 (issue 27 §3) in the browser, on the untidy example:
 * - the offline page (dist/edu-balance.html from file://): ticked, the downloaded 申报表 holds
 *   the formulas and values of the CLI's `assess FILE --out X --formulas`, cell for cell;
 * - the task pane at 350 px in the stand-in Excel: ticked, 表Ⅲ's cells hold the CLI's formulas;
 *   with a user's sheet named 表Ⅱ-2分学校 the report's goes to 表Ⅱ-2分学校(2) and the formulas
 *   point there; unticked (the default), nothing is written as a formula.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { main } from "../../src/cli/main";
import { readXlsx } from "../../src/cli/xlsx";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import { WORKING_SHEET_NAME } from "../../src/report/working";
import { DIST, ensureBuild, ensurePageBuild, PAGE_HTML, ROOT } from "../helpers/build";
import { normaliseValue } from "../helpers/exceljsReader";
import {
  browserDescribe,
  E2E_TEST_TIMEOUT,
  launchChromium,
  openPage,
  STATE_TIMEOUT,
  standInScript,
  toPlain,
  type Browser,
  type Page,
} from "../helpers/pane";
import { serve } from "../helpers/serve";

const UNTIDY = path.join(ROOT, "examples/county-untidy.xlsx");
const OPTION = /申报表中的计算结果写成公式/;
const FORM_II2 = OFFICIAL_SHEET_NAMES.formII2;
const FORM_III = OFFICIAL_SHEET_NAMES.formIII;

jest.setTimeout(E2E_TEST_TIMEOUT);

/** The CLI, in process, quiet: its exit code. */
function cli(args: string[]): Promise<number> {
  return main(args, { stdout: () => {}, stderr: () => {}, isTTY: false, env: {} });
}

interface Cells {
  /** Sheet → "A1" → formula (without "="), of every formula cell. */
  formulas: Record<string, Record<string, string>>;
  /** Sheet → "A1" → value (a formula cell's cached result), of every cell with one. */
  values: Record<string, Record<string, unknown>>;
}

/** Every cell's formula and value, as exceljs reads them. */
async function cellsOf(file: string): Promise<Cells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: Cells = { formulas: {}, values: {} };
  wb.eachSheet((ws) => {
    const formulas: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.formula) formulas[c.address] = c.formula;
        const v = normaliseValue(c.value);
        if (v !== "") values[c.address] = v;
      })
    );
    cells.formulas[ws.name] = formulas;
    cells.values[ws.name] = values;
  });
  return cells;
}

let tmp: string;
let cliCells: Cells;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-formulas-"));
  const out = path.join(tmp, "cli.xlsx");
  expect(await cli(["assess", UNTIDY, "--out", out, "--formulas", "--force"])).toBe(0);
  cliCells = await cellsOf(out);
  // The CLI's 申报表 shows its working: 表Ⅲ's means and CVs are formulas over 表Ⅱ-2.
  expect(Object.keys(cliCells.formulas[FORM_III]).length).toBeGreaterThan(0);
}, STATE_TIMEOUT);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** From the picked data to step 5, the way both hosts show it (no consent asked on this example). */
async function toReportStep(page: Page, toReport: () => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: "读取数据" }).click();
  await page.getByTestId("recognised-count").waitFor();
  await page.getByRole("button", { name: "确认，检查数据" }).click();
  await page.getByTestId("read-summary").waitFor();
  await page.getByRole("button", { name: "开始测算" }).click();
  await page.getByTestId("overall-verdict").waitFor();
  await toReport();
  await page.getByRole("checkbox", { name: OPTION }).waitFor();
}

browserDescribe()("the 公式 option of the report step", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, STATE_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  describe("the offline page", () => {
    beforeAll(() => ensurePageBuild(), 15 * 60 * 1000);

    it("ticked: the download is the CLI's `assess --out --formulas`, formulas and values", async () => {
      const context = await browser.newContext({
        viewport: { width: 1000, height: 900 },
        locale: "zh-CN",
        acceptDownloads: true,
      });
      context.setDefaultTimeout(STATE_TIMEOUT);
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(pathToFileURL(PAGE_HTML).href, { waitUntil: "load" });
        await page.getByTestId("file-input").setInputFiles(UNTIDY);
        await page.getByTestId("recognised-sheets").waitFor();
        await toReportStep(page, () => page.getByRole("tab", { name: "5 生成报表" }).click());
        const option = page.getByRole("checkbox", { name: OPTION });
        expect(await option.isChecked()).toBe(false);
        await option.check();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "下载申报表" }).click(),
        ]);
        const file = path.join(tmp, "page.xlsx");
        await download.saveAs(file);
        await page.getByTestId("written-sheets").waitFor();
        expect(await page.getByTestId("written-sheets").innerText()).toContain(WORKING_SHEET_NAME);

        const got = await cellsOf(file);
        // The page builds the CLI's report (no chart sheet): the same sheets, the 数据 sheet last.
        expect(Object.keys(got.formulas)).toEqual(Object.keys(cliCells.formulas));
        expect(Object.keys(got.formulas).slice(-1)[0]).toBe(WORKING_SHEET_NAME);
        expect(got.formulas).toEqual(cliCells.formulas);
        expect(got.values).toEqual(cliCells.values);
        // readXlsx (the CLI's own reader) sees the same cached values too.
        const values = (sheets: Awaited<ReturnType<typeof readXlsx>>) =>
          Object.fromEntries(sheets.map((s) => [s.name, s.values]));
        expect(values(await readXlsx(file))).toEqual(
          values(await readXlsx(path.join(tmp, "cli.xlsx")))
        );
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe("the task pane at 350 px in the stand-in Excel", () => {
    let server: http.Server;
    let base: string;
    let sheets: { name: string; values: unknown[][] }[];

    beforeAll(
      async () => {
        ensureBuild();
        server = await serve(DIST);
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        sheets = (await readXlsx(UNTIDY)).map(toPlain);
      },
      20 * 60 * 1000
    );

    afterAll(async () => {
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    });

    interface Written {
      name: string;
      values: unknown[][];
      formulaAt: Record<string, string>;
    }
    const workbook = async (page: Page): Promise<Written[]> =>
      (await page.evaluate(() => (window as any).__eduWorkbook.describe())).sheets;

    /** The CLI's formulas of a sheet, "=" first, each reference to `from` pointing at `to`. */
    const expectedFormulas = (sheet: string, from?: string, to?: string) =>
      Object.fromEntries(
        Object.entries(cliCells.formulas[sheet]).map(([a, f]) => [
          a,
          `=${from && to ? f.split(`'${from}'!`).join(`'${to}'!`) : f}`,
        ])
      );

    async function openPane(extra: { name: string; values: unknown[][] }[]) {
      const w = await openPage(browser, standInScript([...sheets, ...extra]), {
        width: 350,
        height: 800,
      });
      await w.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await w.page
        .getByTestId("recognised-sheets")
        .waitFor({ timeout: 60000 })
        .catch(async (e) => {
          throw new Error(
            `${e}\npage errors: ${w.errors.join(" | ")}\nbody: ${(await w.page.locator("body").innerText()).slice(0, 800)}`
          );
        });
      await toReportStep(w.page, () =>
        w.page.getByTestId("step-actions").getByRole("button", { name: "生成报表" }).click()
      );
      return w;
    }

    test("ticked: 表Ⅲ's cells hold the CLI's formulas, the 数据 sheet beside", async () => {
      const w = await openPane([]);
      const { page } = w;
      try {
        await page.getByRole("checkbox", { name: OPTION }).check();
        await page.getByRole("button", { name: "生成报表" }).click();
        await page.getByTestId("written-sheets").waitFor();
        const after = await workbook(page);
        const sheet = (name: string) => after.find((s) => s.name === name)!;
        expect(sheet(FORM_III).formulaAt).toEqual(expectedFormulas(FORM_III));
        expect(sheet(FORM_II2).formulaAt).toEqual(expectedFormulas(FORM_II2));
        expect(sheet(WORKING_SHEET_NAME)).toBeDefined();
        // The source sheets hold no formula.
        for (const s of sheets) expect(sheet(s.name).formulaAt).toEqual({});
        expect(w.errors).toEqual([]);
        expect(w.external).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    test("a user's sheet named 表Ⅱ-2分学校: unticked no formula; ticked, they point at 表Ⅱ-2分学校(2)", async () => {
      const mine = { name: FORM_II2, values: [["我自己的表", 1, 2]] };
      const w = await openPane([mine]);
      const { page } = w;
      try {
        // Unticked (the default): values only, as before.
        expect(await page.getByRole("checkbox", { name: OPTION }).isChecked()).toBe(false);
        await page.getByRole("button", { name: "生成报表" }).click();
        await page.getByTestId("written-sheets").waitFor();
        const plain = await workbook(page);
        expect(plain.flatMap((s) => Object.keys(s.formulaAt))).toEqual([]);
        expect(plain.some((s) => s.name === WORKING_SHEET_NAME)).toBe(false);

        // Ticked and written again: the report's 表Ⅱ-2 is the (2), and 表Ⅲ counts on it.
        await page.getByRole("checkbox", { name: OPTION }).check();
        await page.getByRole("button", { name: "重新生成" }).click();
        await page.getByTestId("written-sheets").filter({ hasText: WORKING_SHEET_NAME }).waitFor();
        const renamed = `${FORM_II2}(2)`;
        const after = await workbook(page);
        const sheet = (name: string) => after.find((s) => s.name === name)!;
        expect(sheet(FORM_III).formulaAt).toEqual(expectedFormulas(FORM_III, FORM_II2, renamed));
        expect(Object.values(sheet(FORM_III).formulaAt).join()).not.toContain(`'${FORM_II2}'!`);
        expect(sheet(renamed).formulaAt).toEqual(expectedFormulas(FORM_II2, FORM_II2, renamed));
        expect(sheet(FORM_II2)).toEqual({ ...sheet(FORM_II2), values: mine.values, formulaAt: {} });
        expect(w.errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  });
});
