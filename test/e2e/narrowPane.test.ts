/**
 * The task pane as Excel shows it: 320 px (the narrowest), 350 px and 450 px wide. The untidy
 * example (examples/county-untidy.xlsx) is opened with its first sheet, the class
 * sheet, active; the pane must find the school, class and county sheets by their
 * content and reach the CLI's results (examples/expected.json) without a sheet
 * being chosen by hand. At every step the page's element boxes are measured: no
 * table cell overflows its column or breaks its text one character per line, no badge
 * breaks over two lines, nothing is wider than the pane, and in step 4 生成报表 is in view
 * without scrolling. In step 6 the 复核抽样 list's 学段, 城乡 and 抽取原因 are each on one line.
 *
 * Screenshots of every step at each width go to test-artifacts/pane/ (copies are
 * committed under docs/screenshots/pane/).
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { readXlsx } from "../../src/cli/xlsx";
import { DIST, ROOT, ensureBuild } from "../helpers/build";
import {
  ARTIFACTS,
  CHROMIUM,
  E2E_TEST_TIMEOUT,
  launchChromium,
  openPage,
  standInScript,
  toPlain,
  type Browser,
  type Page,
} from "../helpers/pane";
import { serve } from "../helpers/serve";

const UNTIDY = path.join(ROOT, "examples/county-untidy.xlsx");
const EXPECTED = path.join(ROOT, "examples/expected.json");
const SHOTS = path.join(ARTIFACTS, "pane");

const ready = fs.existsSync(CHROMIUM) && fs.existsSync(UNTIDY) && fs.existsSync(EXPECTED);
if (!fs.existsSync(CHROMIUM))
  console.warn(`narrow-pane e2e skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
const describeInBrowser = ready ? describe : describe.skip;

// Each test waits for the page's states (STATE_TIMEOUT each, test/helpers/pane.ts), within this.
jest.setTimeout(E2E_TEST_TIMEOUT);

/** Everything on the page that breaks a narrow layout, measured from element boxes. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const label = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").slice(0, 40);
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page ${document.documentElement.scrollWidth}px wide in a ${width}px pane`);
    /** How many lines a text node's characters are laid out on. */
    const linesOf = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top))
      ).size;
    };
    for (const cell of Array.from(document.querySelectorAll("td, th"))) {
      if (!shown(cell)) continue;
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(
          `cell "${label(cell)}" ${cell.scrollWidth}px in a ${cell.clientWidth}px column`
        );
      // A column too narrow for its words: 小/学, 未/达/标.
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const chars = Array.from((node.textContent ?? "").replace(/\s+/g, "")).length;
        if (chars > 1 && linesOf(node) >= chars)
          problems.push(`cell "${label(cell)}": "${node.textContent}" one character per line`);
      }
    }
    for (const badge of Array.from(document.querySelectorAll(".fui-Badge"))) {
      if (!shown(badge)) continue;
      const range = document.createRange();
      range.selectNodeContents(badge);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top))
      );
      if (lines.size > 1) problems.push(`badge "${label(badge)}" on ${lines.size} lines`);
      if (badge.getBoundingClientRect().right > width + 1)
        problems.push(`badge "${label(badge)}" beyond the pane`);
    }
    for (const el of Array.from(
      document.querySelectorAll("[data-testid^='indicator-'], [data-testid^='summary-'], svg")
    )) {
      if (!shown(el)) continue;
      if (el.getBoundingClientRect().right > width + 1)
        problems.push(`"${label(el)}" beyond the pane`);
    }
    return problems;
  });
}

/** The viewport, as the user sees the pane (small enough to commit). */
async function snap(page: Page, width: number, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SHOTS, `${width}-${name}.png`),
  });
}

/**
 * The 复核抽样 list as laid out: its rows; each 学段, 城乡 and 抽取原因 word on more than one
 * line; and whether every school is an entry (the stage starts below the name) rather than a row.
 */
function sampleLayout(
  page: Page
): Promise<{ rows: number; brokenWords: string[]; entries: boolean }> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll("[data-testid='sampled-school']"));
    const lineTops = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top))
      );
    };
    const brokenWords: string[] = [];
    let entries = rows.length > 0;
    for (const row of rows) {
      const words = ["sample-stage", "sample-locale", "sample-reason"].map((id) =>
        row.querySelector(`[data-testid='${id}']`)!
      );
      for (const word of words) {
        const lines = lineTops(word).size;
        if (lines !== 1) brokenWords.push(`${word.textContent} on ${lines} lines`);
      }
      const name = row.querySelectorAll("[role='cell']")[1];
      if (words[0].getBoundingClientRect().top < name.getBoundingClientRect().bottom - 1)
        entries = false;
    }
    return { rows: rows.length, brokenWords, entries };
  });
}

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true))
  );
}

describeInBrowser(
  "the task pane at 320, 350 and 450 px, untidy example, class sheet active",
  () => {
    let browser: Browser;
    let server: http.Server;
    let base: string;
    let sheets: { name: string; values: unknown[][] }[];
    const expected = ready ? JSON.parse(fs.readFileSync(EXPECTED, "utf8")) : undefined;

    beforeAll(
      async () => {
        ensureBuild();
        server = await serve(DIST);
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        browser = await launchChromium();
        sheets = (await readXlsx(UNTIDY)).map(toPlain);
      },
      20 * 60 * 1000
    );

    afterAll(async () => {
      await browser?.close();
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    });

    for (const width of [320, 350, 450]) {
      test(`${width} px: the sheets by content, the CLI's results, nothing overflows`, async () => {
        const classSheet = sheets[0].name;
        const schoolSheet = sheets.find((s) => s.name.startsWith("基础数据"))!.name;
        const countySheet = sheets.find((s) => s.name.includes("县级指标"))!.name;
        const w = await openPage(browser, standInScript(sheets), { width, height: 800 });
        const { page } = w;
        await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });

        // 1 数据来源: the class sheet is active, yet the school table is the one read.
        await page.getByTestId("recognised-sheets").waitFor();
        expect(await page.getByText(`当前工作表「${classSheet}」`).count()).toBe(1);
        const recognised = await page.getByTestId("recognised-sheets").innerText();
        expect(recognised).toContain(schoolSheet);
        expect(recognised).toContain(classSheet);
        expect(recognised).toContain(countySheet);
        expect(await page.getByRole("combobox", { name: "指定工作表" }).inputValue()).toBe(
          schoolSheet
        );
        expect(await page.getByRole("combobox", { name: /班级表/ }).inputValue()).toBe(classSheet);
        expect(await page.getByRole("combobox", { name: /县级指标表/ }).inputValue()).toBe(
          countySheet
        );
        expect(await layoutProblems(page)).toEqual([]);
        await snap(page, width, "1-source");
        await page.getByRole("button", { name: "读取数据" }).click();

        // 2 字段对应: every field of the school table found, no wrong-sheet hint.
        await page.getByTestId("recognised-count").waitFor();
        expect(await page.getByTestId("wrong-sheet").count()).toBe(0);
        expect(await page.getByTestId("field-equipmentValue").innerText()).toContain("元");
        expect(await layoutProblems(page)).toEqual([]);
        await snap(page, width, "2-mapping");
        await page.getByRole("button", { name: "确认，检查数据" }).click();

        // 3 数据检查
        await page.getByTestId("read-summary").waitFor();
        expect(await page.getByTestId("read-summary").innerText()).toContain("44 所");
        expect(await layoutProblems(page)).toEqual([]);
        await snap(page, width, "3-check");
        await page.getByRole("button", { name: "开始测算" }).click();

        // 4 测算: the verdict and the summary first, 生成报表 in view without scrolling.
        await page.getByTestId("overall-verdict").waitFor();
        const report = page.getByTestId("step-actions").getByRole("button", { name: "生成报表" });
        const box = await report.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(800);
        expect(await page.getByTestId("part-summary").innerText()).toContain("资源配置·小学");
        expect(await page.getByTestId("cv-chart").count()).toBe(2);
        await snap(page, width, "4-results");
        for (const stage of ["primary", "junior"]) {
          for (const [id, ind] of Object.entries<any>(expected.stages[stage].indicators)) {
            const cv = await page.getByTestId(`cv-${stage}-${id}`).textContent();
            expect([stage, id, cv]).toEqual([
              stage,
              id,
              expect.stringContaining(Number(ind.cv).toFixed(3)),
            ]);
          }
        }
        expect(
          await page.getByTestId("threshold-primary-teachingAreaPerStudent").textContent()
        ).toBe("4.5 ㎡");
        await openAllDetails(page);
        expect(await page.getByTestId("distribution-chart").count()).toBe(14);
        expect(await layoutProblems(page)).toEqual([]);
        await page.getByTestId("indicators-primary").scrollIntoViewIfNeeded();
        await page.evaluate(() =>
          document.querySelector("[data-testid='indicators-primary']")!.scrollIntoView()
        );
        await snap(page, width, "4-indicators");
        await page.evaluate(() =>
          document.querySelector("[data-testid='what-if']")!.scrollIntoView()
        );
        await snap(page, width, "4-what-if");
        // still in view at the end of the long, expanded step
        expect((await report.boundingBox())!.y).toBeLessThanOrEqual(800);

        // 5 生成报表
        await report.click();
        await page.getByRole("button", { name: "生成报表" }).click();
        await page.getByTestId("written-sheets").waitFor();
        expect(await layoutProblems(page)).toEqual([]);
        await snap(page, width, "5-report");

        // 6 复核抽样: 学段, 城乡 and 抽取原因 each on one line, at every width.
        await page.getByRole("tab", { name: "6 复核抽样" }).click();
        await page.getByTestId("sample-list").waitFor();
        expect(await layoutProblems(page)).toEqual([]);
        const sample = await sampleLayout(page);
        expect(sample.rows).toBeGreaterThan(5);
        expect(sample.brokenWords).toEqual([]);
        // Below 400 px one entry per school (its name on a line of its own, then the rest),
        // from 400 px a table of one line per school.
        expect(sample.entries).toBe(width < 400);
        await page.getByTestId("sample-list").scrollIntoViewIfNeeded();
        await snap(page, width, "6-sample");
        expect(w.errors).toEqual([]);
        expect(w.external).toEqual([]);
        await page.context().close();
      });
    }

    test("350 px: the class sheet read as the school table is named as such, one click reads the school table", async () => {
      const classSheet = sheets[0].name;
      const schoolSheet = sheets.find((s) => s.name.startsWith("基础数据"))!.name;
      const w = await openPage(browser, standInScript(sheets), { width: 350, height: 800 });
      const { page } = w;
      await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await page.getByTestId("recognised-sheets").waitFor();
      await page.getByRole("radio", { name: `当前工作表「${classSheet}」` }).check();
      await page.getByRole("button", { name: "读取数据" }).click();
      const hint = page.getByTestId("wrong-sheet");
      await hint.waitFor();
      const text = await hint.innerText();
      expect(text).toContain(`「${classSheet}」看起来是班级表，不是学校表`);
      expect(text).toContain(`学校表似乎是「${schoolSheet}」`);
      expect(await layoutProblems(page)).toEqual([]);
      await snap(page, 350, "2-wrong-sheet");
      await hint.getByRole("button", { name: `改用「${schoolSheet}」` }).click();
      await page.waitForFunction(() => !document.querySelector("[data-testid='wrong-sheet']"));
      expect(await page.getByTestId("field-equipmentValue").innerText()).toContain(
        "教学仪器设备值"
      );
      expect(await page.getByRole("region", { name: `班级表「${classSheet}」` }).count()).toBe(1);
      expect(w.errors).toEqual([]);
      await page.context().close();
    });
  }
);
