/**
 * The 自评报告's Word writer (src/report/docx): the document XML it writes for a hand-built
 * SelfReport. LibreOffice's rendering is checked in docxPrint.test.ts (slow lane).
 */
import { strFromU8, unzipSync } from "fflate";
import { Document, Paragraph, TextRun } from "docx";
import { selfReportToDocx, sheetLayout } from "../../src/report/docx";
import { packageFiles } from "../../src/report/docx/write";
import { cellDisplayText, formatByNumFmt } from "../../src/report/numFmtText";
import type { ReportSheet } from "../../src/report";
import type { SelfReport } from "../../src/report/selfReport/types";
import { ZH } from "../../src/i18n";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><text x="10" y="20">差异系数</text></svg>';
const LONG_NAME = "第".repeat(1000) + "实验学校".repeat(250);

/** A 表-like sheet: title, header of two rows with merges, body with number formats, a note. */
function sheet(): ReportSheet {
  return {
    name: "表Ⅲ",
    id: "formIII",
    columns: [{ width: 12 }, { width: 10 }, { width: 10 }, { width: 10 }],
    rows: [
      [{ value: "表Ⅲ 县域义务教育学校资源配置情况", style: "title" }],
      [
        { value: "学段", style: "header" },
        { value: "指标", style: "header" },
        { value: "", style: "header" },
        { value: "", style: "header" },
      ],
      [
        { value: "", style: "header" },
        { value: "平均值", style: "header" },
        { value: "差异系数", style: "header" },
        { value: "达标率", style: "header" },
      ],
      [
        { value: "小学" },
        { value: 4.2051, numFmt: "0.00" },
        { value: 0.41249, numFmt: "0.000", style: "pass" },
        { value: 0.9351, numFmt: "0.0%" },
      ],
      [
        { value: "" },
        { value: 1234.5, numFmt: "#,##0.00" },
        { value: 0.5, numFmt: "0.000", style: "fail" },
        { value: null },
      ],
      [{ value: "注：差异系数保留三位小数。", style: "note" }],
    ],
    merges: [
      { startRow: 0, startColumn: 0, endRow: 0, endColumn: 3 },
      { startRow: 1, startColumn: 0, endRow: 2, endColumn: 0 }, // 学段: two header rows
      { startRow: 1, startColumn: 1, endRow: 1, endColumn: 3 }, // 指标 over three columns
      { startRow: 3, startColumn: 0, endRow: 4, endColumn: 0 }, // 小学 over two body rows
      { startRow: 5, startColumn: 0, endRow: 5, endColumn: 3 },
    ],
    headerRows: 3,
  };
}

function report(extra: SelfReport["blocks"] = []): SelfReport {
  return {
    title: "《示例县义务教育优质均衡发展自评报告》（初稿）",
    subtitle: ["示例县　2025 年度"],
    footer: "第 {page} 页",
    blocks: [
      { kind: "heading", level: 1, text: "一、基本情况" },
      { kind: "heading", level: 2, text: "（一）资源配置" },
      { kind: "heading", level: 3, text: "1. 小学" },
      {
        kind: "paragraph",
        runs: [
          { text: "全县共有学校 12 所。" },
          { text: "【请填写：规划布局】", placeholder: true },
        ],
      },
      { kind: "listItem", runs: [{ text: "1．城关小学生均教学仪器设备值不足。" }] },
      {
        kind: "table",
        caption: "学校名单",
        header: [["序号", "学校"]],
        rows: [
          ["1", '<b>&amp;"x"'],
          ["2", `控制\u0000字\u0007符\u001b\u007f已删\r`],
          ["3", LONG_NAME],
        ],
        widths: [1, 5],
        marked: [[0, 1]],
      },
      { kind: "pageBreak" },
      { kind: "sheet", sheet: sheet() },
      { kind: "chart", svg: SVG, width: 300, height: 150, caption: "小学差异系数" },
      ...extra,
    ],
  };
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([n]) => /\.(xml|rels)$/.test(n))
      .map(([n, d]) => [n, strFromU8(d)])
  );
}

/** The visible text of the document: every w:t in order, entities decoded. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      m[1]
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&")
    )
    .join("");
}

/** The table rows (w:tr) of the document's n-th table. */
function tableRows(xml: string, n: number): string[] {
  const tables = xml.split("<w:tbl>").slice(1);
  return tables[n].split("</w:tbl>")[0].split("<w:tr>").slice(1);
}

describe("cellDisplayText: a number as the workbook shows it under its format", () => {
  it.each([
    [4.2051, "0.00", "4.21"],
    [4.205, "0.00", "4.21"], // half away from zero, as Excel (4.205 is 4.20499… as a double)
    [0.41249, "0.000", "0.412"],
    [0.4125, "0.000", "0.413"],
    [0.9351, "0.0%", "93.5%"],
    [0.95125, "0.00%", "95.13%"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234.5, "#,##0.00", "1,234.50"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [4.2, "0.0#", "4.2"],
    [4.25, "0.0#", "4.25"],
    [1, "0.0#", "1.0"],
    [3, "0", "3"],
    [-0.001, "0.00", "0.00"],
    [0.1 + 0.2, undefined, "0.3"],
    [0.1 + 0.2, "General", "0.3"],
  ])("%p under %p → %p", (value, fmt, shown) => {
    expect(formatByNumFmt(value, fmt)).toBe(shown);
  });
  it('shows text as typed, null as empty, a number under "@" as typed', () => {
    expect(cellDisplayText("0.5", "0.00")).toBe("0.5");
    expect(cellDisplayText(null, "0.00")).toBe("");
    expect(cellDisplayText(12, "@")).toBe("12");
  });
});

describe("selfReportToDocx", () => {
  let doc: Record<string, string>;
  let xml: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await selfReportToDocx(report(), { rasterise: async () => PNG });
    doc = await parts(bytes);
    xml = doc["word/document.xml"];
  });

  it("uses Word's own Heading 1–3 styles, with outline levels for the navigation pane", () => {
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
    const styles = doc["word/styles.xml"];
    for (const level of [1, 2, 3]) {
      const style = styles.split(`w:styleId="Heading${level}"`)[1].split("</w:style>")[0];
      expect(style).toContain(`<w:name w:val="Heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it("sets the body in 仿宋 with Times New Roman for Latin, the title in 宋体", () => {
    const defaults = doc["word/styles.xml"]
      .split("<w:docDefaults>")[1]
      .split("</w:docDefaults>")[0];
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"[^>]*w:eastAsia="仿宋"/);
    expect(xml).toMatch(/w:eastAsia="宋体"[^]*?<w:t[^>]*>《示例县/);
  });

  it("is A4 portrait with the government-document margins, and a PAGE field in the footer", () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const footer = doc["word/footer1.xml"];
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(visibleText(footer)).toBe("第  页"); // the page number is the field's
    expect(footer).toMatch(/<w:t[^>]*>第 <\/w:t>[^]*PAGE[^]*<w:t[^>]*> 页<\/w:t>/);
  });

  it("repeats the header rows of a table, scaled to the text width, with borders", () => {
    const rows = tableRows(xml, 0);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[1]).not.toContain("<w:tblHeader/>");
    const table = xml.split("<w:tbl>")[1];
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
    const grid = [...table.split("</w:tblGrid>")[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(
      (m) => Number(m[1])
    );
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(grid[1]).toBeGreaterThan(4 * grid[0]);
    expect(table).toContain('<w:insideH w:val="single"');
    // The marked cell (a failing value) is bold on the failing fill.
    expect(rows[1]).toContain('w:fill="FFC7CE"');
  });

  it("writes a sheet with its merges, header rows and number formats; title and note as paragraphs", () => {
    const rows = tableRows(xml, 1);
    expect(rows).toHaveLength(4); // two header rows, two body rows
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[1]).toContain("<w:tblHeader/>");
    expect(rows[2]).not.toContain("<w:tblHeader/>");
    // 学段 spans the two header rows; 指标 three columns.
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toContain("<w:vMerge");
    expect(rows[0]).toContain('<w:gridSpan w:val="3"/>');
    expect(rows[2]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[3]).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    const body = visibleText(rows.slice(2).join(""));
    expect(body).toBe("小学4.210.41293.5%1,234.500.500");
    expect(rows[3]).toContain('w:fill="FFC7CE"'); // the fail style
    const text = visibleText(xml);
    expect(text).toContain("表Ⅲ 县域义务教育学校资源配置情况");
    expect(text).toContain("注：差异系数保留三位小数。");
    expect(xml.split("<w:tbl>")[2].split("</w:tbl>")[0]).not.toContain("表Ⅲ 县域");
  });

  it("highlights placeholders in yellow", () => {
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[^])*【请填写：规划布局】/);
    expect(xml).not.toMatch(/<w:highlight[^>]*\/>(?:(?!<\/w:r>)[^])*全县共有学校/);
  });

  it("inserts workbook text as plain text: markup as characters, control characters dropped, long names whole", () => {
    const text = visibleText(xml);
    expect(text).toContain('<b>&amp;"x"');
    expect(xml).toContain("&lt;b&gt;&amp;amp;");
    expect(text).toContain("控制字符已删");
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(text).toContain(LONG_NAME);
    expect(xml).not.toMatch(/<w:hyperlink|<w:fldSimple/);
    expect(xml.match(/<w:instrText/g) ?? []).toHaveLength(0); // the PAGE field is the footer's
  });

  it("a listItem has a hanging indent", () => {
    expect(xml).toMatch(/<w:ind w:left="1280" w:hanging="640"\/>(?:(?!<\/w:p>)[^])*1．城关小学/);
  });

  it("draws a chart as an SVG with its PNG fallback", () => {
    const files = Object.keys(unzipSync(bytes));
    expect(files.filter((f) => f.startsWith("word/media/"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.svg$/), expect.stringMatching(/\.png$/)])
    );
    expect(xml).toContain("asvg:svgBlip");
    // 300 × 150 pt = 400 × 200 px = 3,810,000 × 1,905,000 EMU
    expect(xml).toContain('<wp:extent cx="3810000" cy="1905000"/>');
    expect(visibleText(xml)).toContain("图：小学差异系数");
  });

  it("puts a short note in a chart's place without a rasteriser, or when it fails", async () => {
    const note = ZH.selfReport.writer.noChart.replace("{caption}", "小学差异系数");
    for (const rasterise of [
      undefined,
      async () => undefined,
      async (): Promise<Uint8Array> => {
        throw new Error("no binary");
      },
    ]) {
      const out = await selfReportToDocx(report(), { rasterise });
      const files = unzipSync(out);
      expect(Object.keys(files).filter((f) => f.startsWith("word/media/"))).toEqual([]);
      expect(visibleText(strFromU8(files["word/document.xml"]))).toContain(note);
    }
  });

  it("writes the same document twice (document XML; with `created` the same bytes)", async () => {
    const created = new Date("2025-09-01T08:00:00Z");
    const twoCharts = report([
      { kind: "chart", svg: SVG.replace("300", "301"), width: 300, height: 150, caption: "初中" },
    ]);
    const a = await selfReportToDocx(twoCharts, { rasterise: async () => PNG, created });
    const b = await selfReportToDocx(twoCharts, { rasterise: async () => PNG, created });
    expect(strFromU8(unzipSync(a)["word/document.xml"])).toBe(
      strFromU8(unzipSync(b)["word/document.xml"])
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = strFromU8(unzipSync(a)["docProps/core.xml"]);
    expect(core).toContain(">2025-09-01T08:00:00Z</dcterms:created>");
    const ids = [...strFromU8(unzipSync(a)["word/document.xml"]).matchAll(/<wp:docPr id="(\d+)"/g)];
    expect(ids.map((m) => m[1])).toEqual(["1", "2"]);
  });

  it("takes the same parts from docx's Packer when it has no compiler to take them from", async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun("学校 & <表>")] })] }],
    });
    const viaCompiler = await packageFiles(doc);
    const viaZip = await packageFiles(doc, null);
    expect([...viaZip.keys()]).toEqual([...viaCompiler.keys()]);
    expect([...viaCompiler.keys()]).toContain("word/document.xml");
    for (const [path, data] of viaCompiler)
      expect(Buffer.from(viaZip.get(path)!).equals(Buffer.from(data))).toBe(true);
  });

  it("sets a wide sheet in a landscape section of its own, a narrow one on the portrait page", async () => {
    const wide: ReportSheet = {
      ...sheet(),
      columns: Array.from({ length: 20 }, () => ({ width: 9 })),
    };
    expect(sheetLayout(sheet())).toMatchObject({ landscape: false, size: 21 });
    const layout = sheetLayout(wide);
    expect(layout.landscape).toBe(true);
    expect(layout.size).toBeGreaterThanOrEqual(14);
    const out = await selfReportToDocx({ ...report(), blocks: [{ kind: "sheet", sheet: wide }] });
    const x = strFromU8(unzipSync(out)["word/document.xml"]);
    expect(x).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Every section carries the footer.
    expect(x.match(/<w:footerReference/g)?.length).toBe(x.match(/<w:sectPr/g)?.length);
  });
});
