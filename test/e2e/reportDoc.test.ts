/**
 * End to end: 下载自评报告（Word） (issue 26) in headless Chromium.
 *
 * - The offline page (dist/edu-balance.html from file://): the example county is opened and
 *   assessed; the 自评报告 downloaded from step 5 has the same document XML as the CLI's
 *   `assess FILE --report-doc` of the same file, and every chart carries the PNG the browser drew
 *   beside its SVG.
 * - The task pane (stand-in Excel, 350 px): the same button gives a Word document of the
 *   workbook's assessment, and the pane says where a download may be blocked and what to use then.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/cli/xlsx";
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

const UNTIDY = path.join(ROOT, "examples/county-untidy.xlsx");
const TEMPLATE = path.join(ROOT, "examples/county-template.xlsx");
let tmp: string;

/** Steps 1–4 on whatever the host opened, then step 5. */
async function toReport(page: Page): Promise<void> {
  await assessSteps(page);
  await page.getByRole("tab", { name: "5 生成报表" }).click();
}

/** The document's parts. */
function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

describeInBrowser("下载自评报告（Word） in the page and the pane", () => {
  let browser: Browser;

  beforeAll(
    async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-report-doc-e2e-"));
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

  test("the offline page: the CLI's document XML, the charts drawn by the browser", async () => {
    const { page, errors, close } = await offlinePageWith(browser, UNTIDY);
    try {
      await toReport(page);
      expect(
        await saveDownload(
          page,
          () => page.getByTestId("report-doc").click(),
          path.join(tmp, "page.docx")
        )
      ).toBe("county-untidy.自评报告.docx");

      const cli = await run(["assess", UNTIDY, "--report-doc", path.join(tmp, "cli.docx")]);
      expect(cli.code).toBe(0);
      const fromPage = parts(path.join(tmp, "page.docx"));
      const fromCli = parts(path.join(tmp, "cli.docx"));
      // Compared as a boolean: a difference would print two documents of ~1 MB.
      expect(
        strFromU8(fromPage["word/document.xml"]) === strFromU8(fromCli["word/document.xml"])
      ).toBe(true);
      const media = Object.keys(fromPage).filter((n) => n.startsWith("word/media/"));
      const svgs = media.filter((n) => n.endsWith(".svg")).length;
      expect(svgs).toBeGreaterThan(0);
      expect(media.filter((n) => n.endsWith(".png")).length).toBe(svgs);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the task pane at 350 px: a Word document of the workbook's assessment, and where downloads may be blocked", async () => {
    let server: http.Server | undefined;
    try {
      server = await serve(DIST);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const sheets = (await readXlsx(TEMPLATE)).map(toPlain);
      const w = await openPage(
        browser,
        standInScript(sheets, { documentUrl: "C:\\县教育局\\示例县.xlsx" }),
        { width: 350, height: 900 }
      );
      const { page } = w;
      await page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
      await toReport(page);
      await page.getByText(/桌面版 Excel 可能不允许加载项下载文件/).waitFor();
      const [doc] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("report-doc").click(),
      ]);
      expect(doc.suggestedFilename()).toBe("示例县.自评报告.docx");
      const file = path.join(tmp, "pane.docx");
      await doc.saveAs(file);
      const xml = strFromU8(parts(file)["word/document.xml"]);
      expect(xml).toContain("示例县义务教育优质均衡发展自评报告");
      expect(xml).toContain('w:val="Heading1"');
      fs.mkdirSync(path.join(ARTIFACTS, "pane"), { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "pane/350-5-report-doc.png") });
      expect(w.errors).toEqual([]);
      expect(w.external).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    }
  });
});
