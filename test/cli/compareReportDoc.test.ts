/**
 * `compare … --report-doc 报告.docx` (the 自评报告 of the yearly cycle): the latest year's
 * 自评报告（初稿） with the 动态监测 paragraph of the years compared — the document the builder and
 * the writer make of that year's evaluation and this comparison (the same document XML as
 * in-process), through the output guard; a name not ending in .docx is a usage error.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/cli/xlsx";
import { nodeRasteriser } from "../../src/cli/rasterise";
import { evaluate, prepareComparison, type Evaluation } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { buildSelfReport, selfReportToDocx } from "../../src/report/docx";
import { run } from "./runCli";

const YEARS = path.join(__dirname, "../../examples/years");
const FILES = fs.readdirSync(YEARS).sort();
const LATEST = FILES[FILES.length - 1];
let dir: string;
const f = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-compare-doc-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)["word/document.xml"]);

describe("compare --report-doc", () => {
  test("writes the latest year's 自评报告 with the 动态监测 paragraph of this comparison", async () => {
    const r = await run(["compare", YEARS, "--report-doc", f("自评报告.docx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `已生成 2025 年的自评报告（初稿，含年度监测）：${f("自评报告.docx")}`
    );
    const xml = documentXml(new Uint8Array(fs.readFileSync(f("自评报告.docx"))));

    // In process: every year evaluated, compared, and the latest year's report built with it.
    const evaluations = new Map<string, Evaluation>();
    for (const name of FILES)
      evaluations.set(name, evaluate(readWorkbook(await readXlsx(path.join(YEARS, name)))));
    const prepared = prepareComparison(
      FILES.map((source) => ({ source, evaluation: evaluations.get(source)! }))
    );
    if (prepared.kind !== "compared") throw new Error(prepared.kind);
    const latest = evaluations.get(LATEST)!;
    const rasterise = await nodeRasteriser();
    const withMonitoring = await selfReportToDocx(
      buildSelfReport(latest, { sourceName: LATEST, comparison: prepared.comparison }),
      { rasterise }
    );
    // Compared as booleans: a difference would print two documents of ~1 MB.
    expect(xml === documentXml(withMonitoring)).toBe(true);
    expect(xml).toContain("动态监测");
    const without = documentXml(
      await selfReportToDocx(buildSelfReport(latest, { sourceName: LATEST }), { rasterise })
    );
    expect(without).not.toContain("动态监测");
  }, 120000);

  test("with --out and --json: the JSON stays the document, both files written, lines on stderr", async () => {
    const r = await run([
      "compare",
      YEARS,
      "--json",
      "--out",
      f("监测.xlsx"),
      "--report-doc",
      f("报告2.docx"),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).years).toBeDefined();
    expect(r.stderr).toContain("已生成 2025 年的自评报告");
    expect(fs.existsSync(f("监测.xlsx"))).toBe(true);
    expect(fs.existsSync(f("报告2.docx"))).toBe(true);
  }, 120000);

  test("an existing file is kept without --force; a name not ending in .docx is a usage error", async () => {
    fs.writeFileSync(f("旧.docx"), "mine");
    const refused = await run(["compare", YEARS, "--report-doc", f("旧.docx")]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/已存在/);
    expect(fs.readFileSync(f("旧.docx"), "utf8")).toBe("mine");
    const wrong = await run(["compare", YEARS, "--report-doc", f("报告.doc")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/\.docx/);
    expect(fs.existsSync(f("报告.doc"))).toBe(false);
  }, 120000);
});
