/**
 * What the add-in and the CLI may do, read from the files that decide it (issue 6 §4;
 * SECURITY.md explains each rule):
 * - the task pane's Content-Security-Policy allows scripts only from its own origin and
 *   Microsoft's Office.js CDN, and nothing may be evaluated from a string;
 * - the manifest asks for no extra domains (no <AppDomains>) and one origin serves it all;
 * - our code has no eval, no new Function, no HTML from strings, and no network or process API;
 * - the production build uses no eval-based source maps; a built bundle, when there is one,
 *   has no eval and only webpack's unreachable globalThis fallback as new Function.
 */
import * as fs from "fs";
import * as path from "path";

import { ensureBuild, ROOT } from "../helpers/build";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function csp(): Map<string, string[]> {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error("taskpane.html has no Content-Security-Policy");
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe("the task pane Content-Security-Policy", () => {
  const policy = csp();

  test("scripts only from itself and the Office.js CDN; no eval; no plugins; no foreign forms or base", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'wasm-unsafe-eval'");
    }
  });

  test("every source is the page's own origin, the Office.js CDN, data: (images and fonts), or inline styles (Griffel)", () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed =
          ["'self'", "'none'", OFFICE_CDN].includes(source) ||
          (source === "data:" && (name === "img-src" || name === "font-src")) ||
          (source === "'unsafe-inline'" && name === "style-src");
        expect({ directive: name, source, allowed }).toEqual({
          directive: name,
          source,
          allowed: true,
        });
      }
    }
  });

  test("the page loads Office.js from the CDN the policy names, over https", () => {
    const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
  });
});

describe("the manifest", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  test("asks for no other domain, and everything it names comes from one origin", () => {
    expect(xml).not.toMatch(/<AppDomain>/);
    const origins = new Set(
      [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"/]+)/g)].map((m) => m[1])
    );
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  test("asks only to read and write the open workbook", () => {
    expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
  });
});

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

/** Source text without comments, so that a comment may name what the code must not do. */
function code(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("our code", () => {
  const files = [...sourceFiles(path.join(ROOT, "src"))];

  test("has no eval, no new Function, no HTML from strings", () => {
    const found = files.flatMap((f) => {
      const text = code(f);
      return [
        /\beval\s*\(/,
        /new\s+Function\s*\(/,
        /dangerouslySetInnerHTML/,
        /\.innerHTML\b/,
        /\.outerHTML\b/,
        /insertAdjacentHTML/,
        /document\.write/,
      ]
        .filter((re) => re.test(text))
        .map((re) => `${path.relative(ROOT, f)}: ${re}`);
    });
    expect(found).toEqual([]);
  });

  test("sends nothing anywhere: no fetch, XMLHttpRequest, WebSocket or beacon, no network, process or shell module", () => {
    const found = files.flatMap((f) => {
      const text = code(f);
      return [
        /\bfetch\s*\(/,
        /XMLHttpRequest/,
        /WebSocket/,
        /sendBeacon/,
        /from ['"](node:)?(https?|http2|net|tls|dgram|dns|child_process)['"]/,
        /require\(['"](node:)?(https?|net|tls|child_process)['"]\)/,
      ]
        .filter((re) => re.test(text))
        .map((re) => `${path.relative(ROOT, f)}: ${re}`);
    });
    expect(found).toEqual([]);
  });
});

describe("the production build", () => {
  test("uses no eval-based source map", async () => {
    const config = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" });
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  const bundles = ["dist/taskpane.js", "dist/functions.js"];
  test("a built bundle has no eval, and new Function only in webpack’s globalThis fallback", () => {
    ensureBuild();
    for (const file of bundles) {
      const js = fs.readFileSync(path.join(ROOT, file), "utf8");
      expect(js).not.toMatch(/[^\w.$]eval\s*\(/);
      // webpack's runtime: `if (typeof globalThis === "object") return globalThis; try { return this || new Function("return this")() } catch …`.
      // Every browser that runs the add-in has globalThis, so the fallback never runs (and the policy would refuse it).
      const uses = [...js.matchAll(/new Function\(([^)]*)\)/g)].map((m) => m[1]);
      for (const use of uses) expect(use).toBe('"return this"');
      if (uses.length > 0)
        expect(js).toMatch(
          /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/
        );
    }
  });
});
