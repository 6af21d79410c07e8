/**
 * The production task pane when Microsoft's CDN cannot be reached (issue 22, item 8). office.js
 * comes from appsforoffice.microsoft.com and fetches a follow-up script
 * (o15apptofilemappingtable.js) before Office.onReady answers; on a bureau's internal network that
 * request fails, onReady never answers, and the pane used to stay blank. Here, in headless
 * Chromium with office.js served from the installed package (test/helpers/pane.ts):
 *
 * 1. the follow-up script is aborted: "connecting" at first, then, after the pane's delay, the
 *    notice that Office did not load, naming the network and the offline page;
 * 2. office.js itself is aborted: the same notice at once;
 * 3. the follow-up is aborted but the stand-in Excel answers onReady late: the notice, then the
 *    wizard (the user is not left on the notice);
 * 4. the stand-in Excel answering at once: the wizard, still there after the notice's delay.
 *
 * No request may leave 127.0.0.1 (the CDN is served locally or aborted).
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { DIST, PAGE_HTML, ensureBuild } from "../helpers/build";
import {
  CHROMIUM,
  E2E_TEST_TIMEOUT,
  launchChromium,
  openPage,
  shot,
  standInScript,
  type Browser,
  type Watched,
} from "../helpers/pane";
import { serve } from "../helpers/serve";
import { smallCountySchoolSheet } from "../taskpane/smallCounty";

const describeInBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM))
  console.warn(`office-unreachable e2e skipped: ${CHROMIUM} is not installed.`);

// Each test waits for the page's states (STATE_TIMEOUT each, test/helpers/pane.ts), within this.
jest.setTimeout(E2E_TEST_TIMEOUT);

/** The pane's delay before it says office.js did not load (OFFICE_READY_TIMEOUT_MS in src/taskpane/index.tsx). */
const READY_TIMEOUT = 8000;

const FOLLOW_UP = /appsforoffice\.microsoft\.com\/.*o15apptofilemappingtable\.js/;
const OFFICE_JS = /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;

/** Runs after the stand-in's install (same event, registered later): onReady answers only when the test says so. */
const LATE_READY = `(function () {
  if (window !== window.top) return;
  function hold() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', hold);
    var ready = Office.onReady;
    var release;
    var gate = new Promise(function (r) { release = r; });
    window.__eduOfficeReady = release;
    Office.onReady = function (cb) { return gate.then(function () { return ready(cb); }); };
  }
  document.addEventListener('readystatechange', hold);
})();`;

const school = () => [{ name: "学校基础数据", values: smallCountySchoolSheet().slice(0, 4) }];

describeInBrowser("the task pane when office.js cannot finish loading", () => {
  let browser: Browser;
  let server: http.Server;
  let base: string;

  beforeAll(
    async () => {
      ensureBuild();
      server = await serve(DIST);
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchChromium();
    },
    20 * 60 * 1000
  );

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  /** The notice that Office did not load; a `timeout` only where it must come before the pane's delay. */
  async function notice(w: Watched, timeout?: number) {
    const bar = w.page.getByTestId("outside-excel");
    await bar.waitFor({ timeout });
    return {
      reason: await bar.getAttribute("data-reason"),
      text: await w.page.locator("body").innerText(),
    };
  }

  test("the follow-up script aborted: connecting, then what to do (network, offline page)", async () => {
    const w = await openPage(browser);
    const aborted: string[] = [];
    await w.page.route(FOLLOW_UP, (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    const opened = Date.now();
    await w.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
    await w.page.getByTestId("office-loading").waitFor({ timeout: READY_TIMEOUT / 2 });
    const shown = await notice(w);
    const waited = Date.now() - opened;
    await shot(w.page, "0-office-not-loaded");
    expect(aborted).toHaveLength(1); // office.js really asked for it, and was refused
    expect(waited).toBeGreaterThanOrEqual(READY_TIMEOUT - 500);
    expect(shown.reason).toBe("notLoaded");
    expect(shown.text).toContain("Office 组件没有加载完成");
    expect(shown.text).toContain("请检查网络");
    expect(shown.text).toContain("appsforoffice.microsoft.com");
    expect(shown.text).toContain("离线页面 edu-balance.html");
    expect(shown.text).toContain("use the offline page edu-balance.html");
    // The link opens the offline page where the build puts it: beside taskpane.html in dist/.
    const href = await w.page.getByRole("link", { name: /离线页面/ }).getAttribute("href");
    expect(path.join(DIST, href!)).toBe(PAGE_HTML);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.context().close();
  });

  test("office.js itself aborted: the same notice at once", async () => {
    const w = await openPage(browser);
    await w.page.route(OFFICE_JS, (route) => route.abort());
    await w.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
    const shown = await notice(w, READY_TIMEOUT / 2);
    expect(shown.reason).toBe("notLoaded");
    expect(shown.text).toContain("edu-balance.html");
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.context().close();
  });

  test("Excel answering after the notice: the wizard starts", async () => {
    const w = await openPage(browser, standInScript(school()) + LATE_READY);
    await w.page.route(FOLLOW_UP, (route) => route.abort());
    await w.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
    expect((await notice(w)).reason).toBe("notLoaded");
    await w.page.evaluate(() => (window as any).__eduOfficeReady());
    await w.page.getByRole("button", { name: "读取数据" }).waitFor();
    expect(await w.page.getByTestId("outside-excel").count()).toBe(0);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.context().close();
  });

  test("Excel answering at once: the wizard, and no notice after the delay", async () => {
    const w = await openPage(browser, standInScript(school()));
    await w.page.goto(`${base}/taskpane.html`, { waitUntil: "load" });
    await w.page.getByRole("button", { name: "读取数据" }).waitFor();
    await w.page.waitForTimeout(READY_TIMEOUT + 1000);
    expect(await w.page.getByTestId("outside-excel").count()).toBe(0);
    expect(await w.page.getByRole("button", { name: "读取数据" }).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.context().close();
  });
});
