/**
 * The production build (dist/) that the browser and bundle tests read. Built with
 * `webpack --mode production` when it is missing or older than what it is built
 * from. A lock folder keeps two jest workers from building into dist/ at once.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const LOCK = path.join(ROOT, ".dist-build.lock");

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** dist/edu-balance.html, the offline page (webpack.page.js, `npm run build:page`). */
export const PAGE_HTML = path.join(DIST, "edu-balance.html");

function isPageFresh(): boolean {
  if (!fs.existsSync(PAGE_HTML)) return false;
  const inputs = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "webpack.page.js")),
    newestMtime(path.join(ROOT, "package-lock.json"))
  );
  return fs.statSync(PAGE_HTML).mtimeMs > inputs;
}

function isFresh(): boolean {
  const html = path.join(DIST, "taskpane.html");
  if (
    !fs.existsSync(html) ||
    !fs.existsSync(path.join(DIST, "taskpane.js")) ||
    !fs.existsSync(path.join(DIST, "functions.js"))
  )
    return false;
  const inputs = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "webpack.config.js")),
    newestMtime(path.join(ROOT, "manifest.xml")),
    newestMtime(path.join(ROOT, "package-lock.json"))
  );
  return fs.statSync(html).mtimeMs > inputs;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuild(): void {
  build(isFresh, ["--mode", "production"]);
}

/** The offline page, built when it is missing or older than what it is built from. */
export function ensurePageBuild(): void {
  build(isPageFresh, ["--config", "webpack.page.js", "--mode", "production"]);
}

function build(fresh: () => boolean, args: string[]): void {
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    if (fresh()) return;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Another worker is building: wait for it, then look again.
      if (Date.now() > deadline)
        throw new Error("dist/ build lock held for too long: remove .dist-build.lock");
      sleep(500);
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], {
          cwd: ROOT,
          stdio: "pipe",
          timeout: 15 * 60 * 1000,
        });
      }
      return;
    } finally {
      fs.rmdirSync(LOCK);
    }
  }
}
