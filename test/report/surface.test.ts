/**
 * The report's public surface (issue 24; eslint.config.mjs checks the same):
 * - hosts (src/cli, src/taskpane, src/ui, src/functions, src/workbook, src/page) import the report only
 *   through src/report/index.ts, and its exceljs writers through src/report/xlsx/index.ts;
 * - the task pane and the shared UI (src/ui/, in the pane's bundle) never import the exceljs writers, and src/report/index.ts never reaches
 *   exceljs, so the pane's bundle and the CLI's start-up go without it.
 */
import * as fs from "fs";
import * as path from "path";
import { files, rel, specifiers, SRC } from "../helpers/imports";

const REPORT = path.join(SRC, "report");
const REPORT_XLSX = path.join(REPORT, "xlsx");
const REPORT_DOCX = path.join(REPORT, "docx");

const hostFiles = (hosts: string[]) => hosts.flatMap((h) => files(path.join(SRC, h)));

/** The module file a relative specifier names (x.ts, x.tsx or x/index.ts). */
function moduleFile(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
}

describe("hosts use the report through src/report/index.ts (and xlsx/index.ts) only", () => {
  const hosts = hostFiles(["cli", "taskpane", "ui", "functions", "workbook", "page"]);

  test("there are host files that use the report", () => {
    expect(
      hosts.some((f) => specifiers(f).some((s) => path.resolve(path.dirname(f), s) === REPORT))
    ).toBe(true);
  });

  test("no host imports a report module other than the two doors", () => {
    const reaching: string[] = [];
    for (const f of hosts) {
      for (const s of specifiers(f)) {
        if (!s.startsWith(".")) continue;
        const target = path.resolve(path.dirname(f), s);
        if (
          target.startsWith(REPORT + path.sep) &&
          target !== REPORT_XLSX &&
          target !== REPORT_DOCX
        )
          reaching.push(`${rel(f)} → ${s}`);
      }
    }
    expect(reaching).toEqual([]);
  });

  test("the task pane and the shared UI never import the exceljs writers", () => {
    const pane = hostFiles(["taskpane", "ui"]).flatMap((f) =>
      specifiers(f)
        .filter((s) => s.startsWith(".") && path.resolve(path.dirname(f), s) === REPORT_XLSX)
        .map((s) => `${rel(f)} → ${s}`)
    );
    expect(pane).toEqual([]);
  });

  test("src/report/index.ts reaches no exceljs nor docx, however deep", () => {
    const seen = new Set<string>();
    const exceljs: string[] = [];
    const docx: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file) || !file.startsWith(REPORT + path.sep)) return;
      seen.add(file);
      for (const s of specifiers(file)) {
        if (s === "exceljs") exceljs.push(rel(file));
        if (s === "docx") docx.push(rel(file));
        const target = s.startsWith(".") ? moduleFile(file, s) : undefined;
        if (target) visit(target);
      }
    };
    visit(path.join(REPORT, "index.ts"));
    expect(seen.size).toBeGreaterThan(10);
    expect(exceljs).toEqual([]);
    expect(docx).toEqual([]); // nor the Word writer's package (its door is src/report/docx/)
    // …while the exceljs door does reach it (the check would see it).
    seen.clear();
    visit(path.join(REPORT_XLSX, "index.ts"));
    expect(exceljs.length).toBeGreaterThan(0);
  });
});
