/**
 * 7. The offline page (dist/edu-balance.html, issue 15): its size (bytes, and gzipped, as it would
 * travel by mail or sit on a USB stick compressed), and its time to results in headless Chromium
 * on the example county and on a 5,000-school workbook, against the CLI on the same files in the
 * same run (`node bin/edu-balance.js assess FILE --json`, the whole process). The page is timed
 * from opening the file:// URL (parsing its 2 MB of inlined script) through picking the workbook,
 * the reader worker, the wizard's steps to the verdict of step 4 (the clicks a user makes);
 * the CLI from process start to exit. The browser's own start-up is in neither.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import * as zlib from "zlib";
import { formatMs, median, runProcess, type ResultRow } from "../measure";
import { syntheticCounty } from "../synthetic";
import { writeTemplateWorkbook } from "../workbooks";

const SECTION = "7 离线页面";
const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
export const PAGE_SCHOOLS = 5000;

export interface PageOptions {
  quick: boolean;
  tmp: string;
  log: (text: string) => void;
}

type Page = import("playwright-core").Page;

/** Opening the page, picking `file` and walking the wizard to the verdict: milliseconds. */
async function timeToResults(page: Page, html: string, file: string): Promise<number> {
  const t = performance.now();
  await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByRole("button", { name: "读取数据" }).click({ timeout: 120_000 });
  await page.getByRole("button", { name: "确认，检查数据" }).click({ timeout: 120_000 });
  await page.getByTestId("read-summary").waitFor({ timeout: 120_000 });
  const consent = page.getByRole("checkbox", { name: /不计入有错误的学校/ });
  if (await consent.count()) await consent.check();
  await page.getByRole("button", { name: "开始测算" }).click();
  await page.getByTestId("overall-verdict").waitFor({ timeout: 120_000 });
  return performance.now() - t;
}

export async function benchPage(options: PageOptions): Promise<ResultRow[]> {
  const out = path.join(options.tmp, "page");
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }),
      "--config",
      path.join(ROOT, "webpack.page.js"),
      "--mode",
      "production",
      "--output-path",
      out,
    ],
    { cwd: ROOT, stdio: "pipe", timeout: 15 * 60 * 1000 }
  );
  const html = path.join(out, "edu-balance.html");
  const bytes = fs.statSync(html).size;
  const gzip = zlib.gzipSync(fs.readFileSync(html), { level: 9 }).length;
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  options.log(`  edu-balance.html：${mb(bytes)}，gzip 后 ${mb(gzip)}`);
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: "edu-balance.html 的体积（gzip）/ page size, gzipped",
      baseline: "同一文件未压缩",
      ratio: gzip / bytes,
      detail: `${bytes.toLocaleString("en")} 字节（${mb(bytes)}），gzip -9 后 ${gzip.toLocaleString("en")} 字节（${mb(gzip)}）；脚本、样式和读取程序全部内联，无其他文件`,
    },
  ];

  const big = path.join(options.tmp, `page-${PAGE_SCHOOLS}.xlsx`);
  await writeTemplateWorkbook(syntheticCounty(PAGE_SCHOOLS), big);
  const files: [string, string][] = [
    ["示例县（examples/county-template.xlsx）", path.join(ROOT, "examples/county-template.xlsx")],
    [`${PAGE_SCHOOLS.toLocaleString("en")} 所学校的模板工作簿`, big],
  ];

  if (!fs.existsSync(CHROMIUM)) {
    options.log(`  ${CHROMIUM} 不存在，跳过离线页面的计时`);
    rows.push({
      section: SECTION,
      measure: "到出结果的时间：Chromium 不可用，跳过",
      baseline: "—",
      ratio: null,
      detail: `未找到 ${CHROMIUM}`,
    });
    return rows;
  }

  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const reps = options.quick ? 1 : 3;
    for (const [label, file] of files) {
      const cli = () => {
        const run = runProcess(process.execPath, [
          path.join(ROOT, "bin/edu-balance.js"),
          "assess",
          file,
          "--json",
        ]);
        if (run.status !== 0) throw new Error(`edu-balance assess ${file}: ${run.stderr}`);
        return run.ms;
      };
      const inPage = async () => {
        // A new context each time: nothing cached, as when the file is double-clicked.
        const context = await browser.newContext({
          viewport: { width: 1000, height: 900 },
          locale: "zh-CN",
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        try {
          const ms = await timeToResults(page, html, file);
          if (errors.length > 0) throw new Error(`page errors: ${errors.join(" | ")}`);
          return ms;
        } finally {
          await context.close();
        }
      };
      // One untimed run of each (the browser's processes, the file cache), then alternating.
      cli();
      await inPage();
      const pageMs: number[] = [];
      const cliMs: number[] = [];
      for (let r = 0; r < reps; r++) {
        pageMs.push(await inPage());
        cliMs.push(cli());
      }
      const p = median(pageMs);
      const c = median(cliMs);
      options.log(`  ${label}：页面 ${formatMs(p)}，命令行 ${formatMs(c)}`);
      rows.push({
        section: SECTION,
        measure: `到出结果的时间：${label} / time to results`,
        baseline: "命令行 assess --json，同一文件，整个进程",
        ratio: p / c,
        detail: `页面 ${formatMs(p)}（打开页面、选择文件、点四次到第 4 步的结论）对命令行 ${formatMs(c)}；${reps} 次取中位数`,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
