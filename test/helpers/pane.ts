/**
 * What the browser tests share: headless Chromium, a page whose only network is
 * 127.0.0.1 and office.js from the installed @microsoft/office-js, the stand-in
 * Excel (test/taskpane/fakeExcel.ts) injected before the page's scripts, and
 * screenshots in test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as zlib from "zlib";
import type { SheetCells } from "../../src/core/types";
import { ROOT } from "./build";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * `describe` where Chromium is installed, else `describe.skip` with the reason said once
 * (CI installs it, so the browser tests run there).
 */
export function browserDescribe(): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  console.warn(
    `e2e skipped: ${CHROMIUM} is not installed (apt-get install chromium). CI installs it, so it runs there.`
  );
  return describe.skip;
}
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * How long a browser test waits for the page to reach a state (an element shown, a condition
 * true, a click's target ready): the default of every page opened here. Long on purpose: on a
 * loaded machine (two shared cores, other jest workers beside) each step only comes later, and
 * the tests wait for it rather than fail after a fixed minute; a state that never comes still
 * fails, with playwright naming what it waited for.
 */
export const STATE_TIMEOUT = 5 * 60 * 1000;

/** Each browser test's own limit: longer than any one wait (STATE_TIMEOUT), for all its steps. */
export const E2E_TEST_TIMEOUT = 15 * 60 * 1000;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export type Browser = import("playwright-core").Browser;
export type Page = import("playwright-core").Page;

export interface Watched {
  page: Page;
  errors: string[];
  external: string[];
  scripts: Map<string, Promise<number>>;
}

export async function openPage(
  browser: Browser,
  initScript?: string,
  viewport: { width: number; height: number } = { width: 420, height: 900 }
): Promise<Watched> {
  const context = await browser.newContext({
    viewport,
    locale: "zh-CN",
  });
  context.setDefaultTimeout(STATE_TIMEOUT);
  const watched: Watched = {
    page: await context.newPage(),
    errors: [],
    external: [],
    scripts: new Map(),
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.normalize(
        path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0])
      );
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        await route.fulfill({
          status: 200,
          contentType: "application/javascript",
          body: fs.readFileSync(file),
        });
      } else await route.fulfill({ status: 404, body: "" });
      return;
    }
    if (new URL(url).hostname === "127.0.0.1") {
      await route.continue();
      return;
    }
    watched.external.push(url);
    await route.abort();
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const { page } = watched;
  page.on("pageerror", (e) => watched.errors.push(String(e)));
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.hostname === "127.0.0.1" && url.pathname.endsWith(".js")) {
      watched.scripts.set(
        url.pathname,
        r.body().then((b) => zlib.gzipSync(b, { level: 9 }).length)
      );
    }
  });
  return watched;
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// The stand-in Excel, as a script for the page

export function standInScript(
  sheets: { name: string; values: unknown[][]; formulas?: Record<string, string> }[],
  options: { documentUrl?: string } = {}
): string {
  const source = fs.readFileSync(path.join(ROOT, "test/taskpane/fakeExcel.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(function () {
  var module = { exports: {} }; var exports = module.exports;
  ${js}
  var fake = module.exports;
  var workbook = new fake.FakeWorkbook(${JSON.stringify(sheets)});
  window.__eduWorkbook = workbook;
  if (window !== window.top) return;
  function install() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', install);
    fake.installFakeOffice(window, workbook, Object.assign({ displayLanguage: 'zh-CN' }, ${JSON.stringify(options)}));
  }
  document.addEventListener('readystatechange', install);
})();`;
}

export function toPlain(sheet: SheetCells): { name: string; values: unknown[][] } {
  return {
    name: sheet.name,
    values: sheet.values.map((row) =>
      row.map((v) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : v))
    ),
  };
}
