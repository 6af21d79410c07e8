/**
 * The shared UI (issue 24 §6; eslint.config.mjs checks the same):
 * - src/ui/ (the wizard, its steps, its words, the gateway it asks of a host) is mounted by
 *   both hosts, the task pane (src/taskpane/index.tsx) and the offline page (src/page/PageApp.tsx);
 * - it imports no host code (src/taskpane/, whose excel/ is the Office.js gateway; src/page/)
 *   and no exceljs, and names no Office.js global: the host passes it a WorkbookGateway;
 * - the two hosts do not import each other.
 */
import * as fs from "fs";
import * as path from "path";
import { files, rel, specifiers, SRC } from "../helpers/imports";

const UI = path.join(SRC, "ui");
const PANE = path.join(SRC, "taskpane");
const PAGE = path.join(SRC, "page");

const inside = (dir: string, target: string) => target === dir || target.startsWith(dir + path.sep);

/** "file → specifier" for each relative import of `from` that lands in one of `dirs`. */
function reaching(from: string[], dirs: string[]): string[] {
  return from.flatMap((f) =>
    specifiers(f)
      .filter(
        (s) => s.startsWith(".") && dirs.some((d) => inside(d, path.resolve(path.dirname(f), s)))
      )
      .map((s) => `${rel(f)} → ${s}`)
  );
}

describe("src/ui is shared by the task pane and the offline page", () => {
  const ui = files(UI);

  test("it holds the wizard and its steps", () => {
    const names = ui.map(rel);
    expect(names).toEqual(
      expect.arrayContaining([
        path.join("ui", "components", "Wizard.tsx"),
        path.join("ui", "components", "SampleStep.tsx"),
        path.join("ui", "gateway.ts"),
        path.join("ui", "wizardState.ts"),
      ])
    );
  });

  test("it imports no host code and no exceljs", () => {
    expect(reaching(ui, [PANE, PAGE])).toEqual([]);
    const exceljs = ui.flatMap((f) =>
      specifiers(f)
        .filter((s) => s === "exceljs" || /(^|\/)report\/xlsx(\/|$)/.test(s))
        .map((s) => `${rel(f)} → ${s}`)
    );
    expect(exceljs).toEqual([]);
  });

  test("it names no Office.js global", () => {
    const globals = /\b(?:Office|Excel|OfficeRuntime|CustomFunctions)\s*\.\s*[A-Za-z_$]/;
    const using = ui.filter((f) =>
      fs
        .readFileSync(f, "utf8")
        // comments and texts may name them ("select its cell in Excel.")
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
        .match(globals)
    );
    expect(using.map(rel)).toEqual([]);
  });

  test("both hosts mount its wizard, and neither imports the other", () => {
    const wizard = path.join(UI, "components", "Wizard");
    for (const host of [path.join(PANE, "index.tsx"), path.join(PAGE, "PageApp.tsx")])
      expect([
        rel(host),
        specifiers(host).some((s) => path.resolve(path.dirname(host), s) === wizard),
      ]).toEqual([rel(host), true]);
    expect(reaching(files(PAGE), [PANE])).toEqual([]);
    expect(reaching(files(PANE), [PAGE])).toEqual([]);
  });
});
