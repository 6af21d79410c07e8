/**
 * 6. The task pane in the browser: the production bundle's size (gzipped) and
 * its time to first render in headless Chromium, against a minimal React 18 +
 * Fluent UI v9 page (bench/baseline/) built the same way — webpack production,
 * the same ts-loader settings, the same page with office.js first. Both are
 * built into a temporary folder (dist/ is left to the tests), served from
 * 127.0.0.1 with office.js from the installed @microsoft/office-js package, and
 * both start inside the stand-in Excel, so Office.onReady answers at once.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import * as ts from "typescript";
import * as zlib from "zlib";
import { formatMs, median, type ResultRow } from "../measure";
import { syntheticCounty, templateSheets } from "../synthetic";
import { serve } from "../../test/helpers/serve";

const SECTION = "6 任务窗格页面";
const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function webpack(args: string[]): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), ...args],
    { cwd: ROOT, stdio: "pipe", timeout: 15 * 60 * 1000 }
  );
}

/** The local scripts a built page loads, gzipped at level 9 (what a web server sends), in bytes. */
function gzippedScripts(dir: string): { total: number; files: Record<string, number> } {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const files: Record<string, number> = {};
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)) {
    if (/^https?:/.test(m[1])) continue; // office.js: the same CDN script for every add-in
    files[m[1]] = zlib.gzipSync(fs.readFileSync(path.join(dir, m[1])), { level: 9 }).length;
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

/**
 * Before the page's scripts: the stand-in Excel (installed once office.js has run, as in
 * test/e2e/taskpane.test.ts), and a note of the moment the page first puts anything in #root.
 */
function initScript(): string {
  const source = fs.readFileSync(path.join(ROOT, "test/taskpane/fakeExcel.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const sheets = templateSheets(syntheticCounty(50, 7)).map((s) => ({
    name: s.name,
    values: s.values,
  }));
  return `(function () {
  window.__firstRender = null;
  var observer = new MutationObserver(function () {
    var root = document.getElementById('root');
    if (root && root.firstChild && window.__firstRender === null) { window.__firstRender = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true });
  var module = { exports: {} }; var exports = module.exports;
  ${js}
  var fake = module.exports;
  var workbook = new fake.FakeWorkbook(${JSON.stringify(sheets)});
  if (window !== window.top) return;
  function install() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', install);
    fake.installFakeOffice(window, workbook, { displayLanguage: 'zh-CN' });
  }
  document.addEventListener('readystatechange', install);
})();`;
}

export interface TaskpaneOptions {
  quick: boolean;
  tmp: string;
  log: (text: string) => void;
}

export async function benchTaskpane(options: TaskpaneOptions): Promise<ResultRow[]> {
  const ours = path.join(options.tmp, "taskpane-ours");
  const baseline = path.join(options.tmp, "taskpane-baseline");
  webpack(["--mode", "production", "--output-path", ours]);
  webpack([
    "--config",
    path.join(ROOT, "bench/baseline/webpack.config.js"),
    "--output-path",
    baseline,
  ]);
  const size = { ours: gzippedScripts(ours), baseline: gzippedScripts(baseline) };
  const kb = (b: number) => `${(b / 1000).toFixed(0)} KB`;
  options.log(
    `  gzip 后 JavaScript：本项目 ${kb(size.ours.total)}，基准页面 ${kb(size.baseline.total)}`
  );
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: "生产构建的 JavaScript 体积（gzip，不含 office.js）",
      baseline: "最小的 React + Fluent UI v9 页面，同样构建",
      ratio: size.ours.total / size.baseline.total,
      detail: `${Object.entries(size.ours.files)
        .map(([f, b]) => `${f} ${kb(b)}`)
        .join(" + ")} 对 ${kb(size.baseline.total)}（e2e 测试的上限 300 KB）`,
    },
  ];

  if (!fs.existsSync(CHROMIUM)) {
    options.log(`  ${CHROMIUM} 不存在，跳过首次渲染时间`);
    rows.push({
      section: SECTION,
      measure: "首次渲染时间：Chromium 不可用，跳过",
      baseline: "—",
      ratio: null,
      detail: `未找到 ${CHROMIUM}`,
    });
    return rows;
  }

  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
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
  const servers = { ours: await serve(ours), baseline: await serve(baseline) };
  const init = initScript();
  try {
    const load = async (server: http.Server): Promise<{ render: number; paint: number | null }> => {
      // A new context each time: an empty cache, as when the task pane is first opened.
      const context = await browser.newContext({
        viewport: { width: 420, height: 900 },
        locale: "zh-CN",
      });
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
        } else if (new URL(url).hostname === "127.0.0.1") await route.continue();
        else await route.abort();
      });
      await context.addInitScript({ content: init });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`, {
        waitUntil: "load",
      });
      await page.waitForFunction(
        () => (window as unknown as { __firstRender: number | null }).__firstRender !== null,
        undefined,
        { timeout: 60000 }
      );
      await page.waitForTimeout(100);
      const t = await page.evaluate(() => ({
        render: (window as unknown as { __firstRender: number }).__firstRender,
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      }));
      await context.close();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(" | ")}`);
      return t;
    };
    await load(servers.ours); // warm the browser's process, not the page's cache
    await load(servers.baseline);
    const reps = options.quick ? 1 : 5;
    const runs = {
      ours: [] as number[],
      baseline: [] as number[],
      oursPaint: [] as number[],
      baselinePaint: [] as number[],
    };
    for (let r = 0; r < reps; r++) {
      const a = await load(servers.ours);
      const b = await load(servers.baseline);
      runs.ours.push(a.render);
      runs.baseline.push(b.render);
      if (a.paint !== null && b.paint !== null) {
        runs.oursPaint.push(a.paint);
        runs.baselinePaint.push(b.paint);
      }
    }
    const render = { ours: median(runs.ours), baseline: median(runs.baseline) };
    options.log(
      `  首次渲染：本项目 ${formatMs(render.ours)}，基准页面 ${formatMs(render.baseline)}`
    );
    const paint =
      runs.oursPaint.length > 0
        ? `；首次内容绘制 ${formatMs(median(runs.oursPaint))} 对 ${formatMs(median(runs.baselinePaint))}`
        : "";
    rows.push({
      section: SECTION,
      measure: "首次渲染时间（导航开始到 React 首次写入页面），无界面 Chromium，替身 Excel 中",
      baseline: "最小的 React + Fluent UI v9 页面，同样加载",
      ratio: render.ours / render.baseline,
      detail: `${formatMs(render.ours)} 对 ${formatMs(render.baseline)}${paint}；每次新的浏览器上下文（无缓存）；交替运行，中位数，各 ${reps} 次`,
    });
    return rows;
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(r))));
  }
}
