/**
 * The core's public surface and the direction of imports (issue 10):
 * - hosts (src/cli, src/taskpane, src/ui, src/report, src/functions, src/workbook, src/page) import from the core
 *   only through src/core/index.ts;
 * - the core imports no Node module, no DOM, no Office, no React: only itself and src/i18n;
 * - inside the core, table/ (the reader) never imports county/ (the judge), which may import table/.
 */
import * as fs from "fs";
import * as path from "path";
import { files, rel, specifiers, SRC } from "../helpers/imports";

const CORE = path.join(SRC, "core");

function resolved(file: string, spec: string): string {
  return path.resolve(path.dirname(file), spec);
}

describe("hosts use the core through src/core/index.ts only", () => {
  const hosts = ["cli", "taskpane", "ui", "report", "functions", "workbook", "page"].flatMap((h) =>
    files(path.join(SRC, h))
  );

  test("there are host files to check, and they do use the core", () => {
    expect(hosts.length).toBeGreaterThan(40);
    expect(hosts.some((f) => specifiers(f).some((s) => resolved(f, s) === CORE))).toBe(true);
  });

  test("no host imports a core module other than the index", () => {
    const reaching: string[] = [];
    for (const f of hosts) {
      for (const s of specifiers(f)) {
        if (!s.startsWith(".")) continue;
        const target = resolved(f, s);
        if (target.startsWith(CORE + path.sep)) reaching.push(`${rel(f)} → ${s}`);
      }
    }
    expect(reaching).toEqual([]);
  });
});

describe("the core is pure", () => {
  const core = files(CORE);

  // The locale catalogues (src/i18n, issue 24 §3) import nothing themselves: the core may read its words there.
  const I18N = path.join(SRC, "i18n");

  test("it imports nothing but itself and the catalogues (no fs, path, DOM, Office or React)", () => {
    const outside: string[] = [];
    for (const f of core) {
      for (const s of specifiers(f)) {
        const target = s.startsWith(".") ? resolved(f, s) : "";
        if (!(target.startsWith(CORE) || target === I18N || target.startsWith(I18N + path.sep)))
          outside.push(`${rel(f)} → ${s}`);
      }
    }
    expect(outside).toEqual([]);
  });

  test("it touches no DOM, Office or Node global", () => {
    const globals = /\b(?:document|window|navigator|Office|Excel|process|Buffer|__dirname)\s*\./;
    const found = core.filter((f) =>
      fs
        .readFileSync(f, "utf8")
        .split("\n")
        .some((line) => !/^\s*(\/\*|\*|\/\/)/.test(line) && globals.test(line))
    );
    expect(found.map(rel)).toEqual([]);
  });

  test("table/ (the reader) never imports county/ (the judge); county/ may use table/", () => {
    const back = files(path.join(CORE, "table")).flatMap((f) =>
      specifiers(f)
        .filter((s) => resolved(f, s).startsWith(path.join(CORE, "county")))
        .map((s) => `${rel(f)} → ${s}`)
    );
    expect(back).toEqual([]);
  });

  test("the guard sees a violation when there is one", () => {
    // A made-up host line reaching into the core, and a core line importing fs.
    const host = path.join(SRC, "cli", "x.ts");
    expect(resolved(host, "../core/assess").startsWith(CORE + path.sep)).toBe(true);
    expect(resolved(host, "../core")).toBe(CORE);
    const tmp = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "surface-")), "a.ts");
    fs.writeFileSync(tmp, 'import * as fs from "fs";\nimport { x } from "../core/table/fields";\n');
    expect(specifiers(tmp)).toEqual(["fs", "../core/table/fields"]);
  });
});
