/**
 * The wizard's steps as a user clicks them, in a browser test (the pane or the offline page),
 * and the offline page opened from file:// with downloads accepted: what the e2e tests of
 * 与往年比较 and the 自评报告 share.
 */
import { pathToFileURL } from "url";
import { PAGE_HTML } from "./build";
import { STATE_TIMEOUT, type Browser, type Page } from "./pane";

/** Steps 1–4 on whatever the host opened: read, confirm the columns, (consent), assess. */
export async function assessSteps(page: Page): Promise<void> {
  await page.getByRole("button", { name: "读取数据" }).click();
  await page.getByRole("button", { name: "确认，检查数据" }).click();
  await page.getByTestId("read-summary").waitFor();
  const consent = page.getByRole("checkbox", { name: /不计入有错误的学校/ });
  if (await consent.count()) await consent.check();
  await page.getByRole("button", { name: "开始测算" }).click();
  await page.getByTestId("overall-verdict").waitFor();
}

export interface OfflinePage {
  page: Page;
  /** The page's uncaught errors. */
  errors: string[];
  close(): Promise<void>;
}

/** dist/edu-balance.html from file:// at 1000 px, downloads accepted, `file` picked and loaded. */
export async function offlinePageWith(browser: Browser, file: string): Promise<OfflinePage> {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  context.setDefaultTimeout(STATE_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(PAGE_HTML).href, { waitUntil: "load" });
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("loaded").waitFor();
  return { page, errors, close: () => context.close() };
}

/** Saves the download a click starts to `to`; the name the page suggested. */
export async function saveDownload(
  page: Page,
  click: () => Promise<void>,
  to: string
): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  await download.saveAs(to);
  return download.suggestedFilename();
}
