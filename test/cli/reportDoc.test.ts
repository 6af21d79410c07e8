/**
 * `assess FILE --report-doc 报告.docx` (issue 26): the 自评报告（初稿） written from the same run as
 * the 申报表 — the document the core's builder and the writer make of that evaluation (the same
 * document XML), its charts drawn (an SVG with a PNG beside it), through the output guard (no
 * overwrite without --force, never an input); a wrong name or a folder is a usage error (exit 2).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/cli/xlsx";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import { buildSelfReport } from "../../src/report/docx";
import { selfReportToDocx } from "../../src/report/docx";
import { nodeRasteriser } from "../../src/cli/rasterise";
import { run } from "./runCli";

const EXAMPLE = path.join(__dirname, "../../examples/county-template.xlsx");
let dir: string;
const f = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-report-doc-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("assess --report-doc", () => {
  test("writes the 自评报告 of this run beside the 申报表, the builder's document XML, with its charts", async () => {
    const r = await run([
      "assess",
      EXAMPLE,
      "--out",
      f("申报表.xlsx"),
      "--report-doc",
      f("自评报告.docx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成自评报告（初稿）：${f("自评报告.docx")}`);
    expect(fs.existsSync(f("申报表.xlsx"))).toBe(true);
    const files = unzipSync(new Uint8Array(fs.readFileSync(f("自评报告.docx"))));
    const xml = strFromU8(files["word/document.xml"]);

    const ev = evaluate(readWorkbook(await readXlsx(EXAMPLE)));
    const direct = unzipSync(
      await selfReportToDocx(buildSelfReport(ev, { sourceName: path.basename(EXAMPLE) }), {
        rasterise: await nodeRasteriser(),
      })
    );
    // Compared as a boolean: a difference would print two documents of ~1 MB.
    expect(xml === strFromU8(direct["word/document.xml"])).toBe(true);
    // Every chart as an SVG with its PNG fallback (resvg here).
    const media = Object.keys(files).filter((n) => n.startsWith("word/media/"));
    const svgs = media.filter((n) => n.endsWith(".svg")).length;
    expect(svgs).toBeGreaterThan(0);
    expect(media.filter((n) => n.endsWith(".png")).length).toBe(svgs);
  }, 60000);

  test("without --out too; the JSON on stdout stays the document, the line goes to stderr", async () => {
    const r = await run(["assess", EXAMPLE, "--json", "--report-doc", f("只有报告.docx")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).county).toBeDefined();
    expect(r.stderr).toContain("已生成自评报告（初稿）");
    expect(fs.existsSync(f("只有报告.docx"))).toBe(true);
  }, 60000);

  test("an existing file is not overwritten without --force, and with it is", async () => {
    fs.writeFileSync(f("旧.docx"), "mine");
    const refused = await run(["assess", EXAMPLE, "--report-doc", f("旧.docx")]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/已存在/);
    expect(fs.readFileSync(f("旧.docx"), "utf8")).toBe("mine");
    const forced = await run(["assess", EXAMPLE, "--report-doc", f("旧.docx"), "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(f("旧.docx")).subarray(0, 2).toString()).toBe("PK");
  }, 60000);

  test("a name not ending in .docx, the input itself or a folder: refused before anything is read", async () => {
    const doc = await run(["assess", EXAMPLE, "--report-doc", f("报告.doc")]);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toMatch(/^错误：--report-doc 的文件名应以 \.docx 结尾/);
    const folder = await run(["assess", dir, "--report-doc", f("x.docx")]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/只用于一个县的工作簿/);
    fs.copyFileSync(EXAMPLE, f("same.docx"));
    const input = await run(["assess", f("same.docx"), "--report-doc", f("same.docx"), "--force"]);
    expect(input.code).not.toBe(0);
    expect(fs.readFileSync(f("same.docx")).equals(fs.readFileSync(EXAMPLE))).toBe(true);
  }, 60000);
});
