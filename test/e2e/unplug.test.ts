/**
 * End to end: 转换为普通公式 (issue 27 §2) in headless Chromium.
 *
 * - The offline page (dist/edu-balance.html from file://): the bundled =EDU.* template converted
 *   on the page downloads the very bytes `edu-balance formulas unplug --out` writes for it; a call
 *   with a wrong argument count is named and nothing is downloaded; a workbook without EDU.* and
 *   an .xls file are said so.
 * - The task pane (stand-in Excel, 350 px): the EDU.* cells are listed with a confirmation;
 *   取消 changes nothing; confirming writes toNativeFormula's formulas into those cells and no
 *   other; a refusal names the cell and offers nothing to confirm.
 * Screenshots: test-artifacts/page/1-unplug.png, test-artifacts/pane/350-1-unplug-confirm.png.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { toNativeFormula } from "../../src/functions/native";
import { run } from "../cli/runCli";
import { DIST, ensureBuild, ensurePageBuild, ROOT } from "../helpers/build";
import {
  ARTIFACTS,
  browserDescribe,
  E2E_TEST_TIMEOUT,
  launchChromium,
  openPage,
  standInScript,
  type Browser,
  type Page,
} from "../helpers/pane";
import { serve } from "../helpers/serve";
import { offlinePageWith, saveDownload } from "../helpers/wizardSteps";

const describeInBrowser = browserDescribe();
jest.setTimeout(E2E_TEST_TIMEOUT);

const FUNCTIONS = path.join(ROOT, "examples/functions-template.xlsx");
const PLAIN = path.join(ROOT, "examples/county-template.xlsx");
const LEGACY = path.join(ROOT, "test/fixtures/legacy/county-template.xls");
let tmp: string;

function native(formula: string): string {
  const r = toNativeFormula(formula);
  if ("refused" in r) throw new Error(r.refused);
  return r.formula;
}

/** The functions template with its first EDU.* call given one argument too few (a refusal). */
function brokenTemplate(): string {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(FUNCTIONS)));
  const name = Object.keys(parts).find(
    (n) => n.startsWith("xl/worksheets/") && /_xldudf_EDU_STAGE_SHARE/.test(strFromU8(parts[n]))
  )!;
  const xml = strFromU8(parts[name]).replace(
    /<f>_xldudf_EDU_STAGE_SHARE\([^<]*<\/f>/,
    "<f>_xldudf_EDU_VARIATION_COEF(A1:A3)</f>"
  );
  parts[name] = strToU8(xml);
  const file = path.join(tmp, "broken.xlsx");
  fs.writeFileSync(file, zipSync(parts));
  return file;
}

describeInBrowser("转换为普通公式 in the page and the pane", () => {
  let browser: Browser;

  beforeAll(
    async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-unplug-e2e-"));
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

  test("the offline page: the CLI's bytes for the functions template", async () => {
    const { page, errors, close } = await offlinePageWith(browser, FUNCTIONS);
    try {
      const name = await saveDownload(
        page,
        () => page.getByRole("button", { name: "转换为普通公式（下载副本）" }).click(),
        path.join(tmp, "page.xlsx")
      );
      expect(name).toBe("functions-template.普通公式.xlsx");
      const cli = await run(["formulas", "unplug", FUNCTIONS, "--out", path.join(tmp, "cli.xlsx")]);
      expect(cli.code).toBe(0);
      const n = Number(/已改写 (\d+) 个单元格/.exec(cli.stdout)?.[1]);
      expect(n).toBeGreaterThan(30);
      const fromPage = fs.readFileSync(path.join(tmp, "page.xlsx"));
      expect(fromPage.equals(fs.readFileSync(path.join(tmp, "cli.xlsx")))).toBe(true);
      const message = page.getByTestId("unplug-message");
      await message.getByText(`已改写 ${n} 个单元格，已下载 ${name}`).waitFor();
      // The first 30 listed, as the CLI lists them, then how many more.
      expect(await message.locator("li").count()).toBe(31);
      await message.getByText(`……另有 ${n - 30} 处`).waitFor();
      const first = /^「([^」]+)」(\w+)：(.*) → (.*)$/m.exec(cli.stdout)!;
      await message.getByText(`「${first[1]}」${first[2]}：${first[3]} → ${first[4]}`).waitFor();
      fs.mkdirSync(path.join(ARTIFACTS, "page"), { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "page/1-unplug.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the offline page: a refusal named, nothing downloaded; no EDU.*; an .xls", async () => {
    const said = async (file: string, text: RegExp): Promise<Page> => {
      const opened = await offlinePageWith(browser, file);
      const { page } = opened;
      let downloads = 0;
      page.on("download", () => downloads++);
      await page.getByRole("button", { name: "转换为普通公式（下载副本）" }).click();
      await page.getByTestId("unplug-message").getByText(text).first().waitFor();
      expect(downloads).toBe(0);
      expect(opened.errors).toEqual([]);
      await opened.close();
      return page;
    };
    await said(brokenTemplate(), /有 1 个 EDU\.\* 公式无法改写，未转换，没有下载文件/);
    await said(brokenTemplate(), /^「[^」]+」\w+\d+：_xldudf_EDU_VARIATION_COEF\(A1:A3\)（/);
    await said(PLAIN, /工作簿中没有 EDU\.\* 公式，无需转换/);
    await said(LEGACY, /只有 \.xlsx 工作簿可以转换为普通公式：county-template\.xls 不是 \.xlsx/);
  });

  test("the task pane at 350 px: listed, 取消 changes nothing, confirmed writes only those cells; a refusal writes nothing", async () => {
    let server: http.Server | undefined;
    try {
      server = await serve(DIST);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const CV = "=EDU.VARIATION_COEF(B2:B4,C2:C4)";
      const SAVED = "=ROUND(_xldudf_EDU_WEIGHTED_MEAN(B2:B4,C2:C4),2)";
      const sheets = (
        extra: Record<string, string> = {}
      ): { name: string; values: unknown[][]; formulas?: Record<string, string> }[] => [
        {
          name: "学校基础数据",
          values: [
            ["学校", "指标", "学生数", "差异系数", "合计"],
            ["甲", 1.5, 300, 0.1, 6],
            ["乙", 2, 200, "", 600],
            ["丙", 2.5, 100, "", ""],
          ],
          formulas: { D2: CV, E2: "=SUM(B2:B4)", E3: "=SUM(C2:C4)", ...extra },
        },
        { name: "汇总", values: [[0.2, "EDU.VARIATION_COEF 的说明"]], formulas: { A1: SAVED } },
      ];
      type Cell = { formula?: string; value: unknown };
      const state = (page: Page) =>
        page.evaluate(() => {
          const wb = (
            window as unknown as {
              __eduWorkbook: { sheets: { name: string; cells: Map<string, Cell> }[] };
            }
          ).__eduWorkbook;
          return wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()] }));
        });

      const w = await openPage(browser, standInScript(sheets()), { width: 350, height: 900 });
      const { page } = w;
      await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await page.getByRole("button", { name: "读取数据" }).waitFor();
      const before = await state(page);
      const start = page.getByRole("button", { name: "转换为普通公式…" });
      await start.click();
      const confirm = page.getByTestId("unplug-confirm");
      await confirm.getByText(/将直接改写本工作簿中的 2 个单元格的公式/).waitFor();
      await confirm.getByText(/不能用 Ctrl\+Z 撤销：请先用「文件 → 另存为」保存一份副本/).waitFor();
      await confirm.getByText(`「学校基础数据」D2：${CV} → ${native(CV)}`).waitFor();
      await confirm.getByText(`「汇总」A1：${SAVED} → ${native(SAVED)}`).waitFor();
      fs.mkdirSync(path.join(ARTIFACTS, "pane"), { recursive: true });
      await confirm.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, "pane/350-1-unplug-confirm.png") });
      // Listing wrote nothing; 取消 writes nothing.
      expect(await state(page)).toEqual(before);
      await page.getByRole("button", { name: "取消", exact: true }).click();
      await page.getByText("已取消：未改动工作簿。").waitFor();
      expect(await state(page)).toEqual(before);

      await start.click();
      await page.getByRole("button", { name: "确认改写 2 个单元格" }).click();
      await page.getByText(/已改写 2 个单元格的公式，其他单元格未改动/).waitFor();
      const after = await state(page);
      const expected = JSON.parse(JSON.stringify(before)) as typeof before;
      const set = (sheet: number, key: string, formula: string) =>
        ((expected[sheet].cells.find(([k]) => k === key)![1] as Cell).formula = formula);
      set(0, "1,3", native(CV));
      set(1, "0,0", native(SAVED));
      expect(after).toEqual(expected);
      expect(w.errors).toEqual([]);
      expect(w.external).toEqual([]);
      await page.context().close();

      // A wrong argument count: named, nothing to confirm, nothing written.
      const r = await openPage(
        browser,
        standInScript(sheets({ D3: "=EDU.VARIATION_COEF(B2:B4)" })),
        { width: 350, height: 900 }
      );
      await r.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await r.page.getByRole("button", { name: "读取数据" }).waitFor();
      const untouched = await state(r.page);
      await r.page.getByRole("button", { name: "转换为普通公式…" }).click();
      const message = r.page.getByTestId("unplug-message");
      await message.getByText(/有 1 个 EDU\.\* 公式无法改写，未转换，没有改动工作簿/).waitFor();
      await message.getByText(/^「学校基础数据」D3：=EDU\.VARIATION_COEF\(B2:B4\)（/).waitFor();
      expect(await r.page.getByTestId("unplug-confirm").count()).toBe(0);
      expect(await state(r.page)).toEqual(untouched);
      expect(r.errors).toEqual([]);
      await r.page.context().close();
    } finally {
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    }
  });
});
