/**
 * The 自评报告's Word file printed the way a bureau opens it: LibreOffice (headless) to PDF, then
 * poppler. A hand-built SelfReport of about ten pages: headings, a 60-row table, a 表Ⅱ-2-like
 * sheet of 20 columns, a chart drawn by the CLI's rasteriser. Checks A4, the page count, the
 * headings, and the table's header on every page it spans. Skipped, with the reason, without
 * LibreOffice Writer (`apt-get install libreoffice-writer-nogui poppler-utils`; .ci/run does).
 * KEEP_DOCX_PRINT=dir keeps the .docx, the PDF and the PNG pages there to look at.
 */
import { execFileSync, spawnSync } from "child_process";
import { pdfPages, toPdf } from "../helpers/soffice";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { nodeRasteriser } from "../../src/cli/rasterise";
import { selfReportToDocx } from "../../src/report/docx";
import { barChartSvg } from "../../src/report/chartsHtml";
import type { ReportSheet } from "../../src/report";
import type { DocBlock, SelfReport } from "../../src/report/selfReport/types";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const writer = spawnSync("sh", ["-c", "ls /usr/lib/libreoffice/program/libswlo.so"]).status === 0;
const available = has("soffice") && has("pdftoppm") && has("pdfinfo") && has("pdftotext") && writer;
const maybe = available ? describe : describe.skip;
if (!available)
  console.warn(
    "docxPrint.test: soffice (with Writer) or poppler not installed, the LibreOffice render is skipped"
  );

function wideSheet(): ReportSheet {
  const n = 20;
  const header = ["学校名称", ...Array.from({ length: n - 1 }, (_, i) => `指标${i + 1}（单位）`)];
  const rows: ReportSheet["rows"] = [
    [{ value: "表Ⅱ-2 义务教育学校办学条件（小学）", style: "title" }],
    header.map((value) => ({ value, style: "header" as const })),
    ...Array.from({ length: 30 }, (_, r) => [
      { value: `城关镇第${r + 1}中心小学` },
      ...Array.from({ length: n - 1 }, (_, c) => ({
        value: (r + 1) * 1.2345 + c,
        numFmt: c % 3 === 0 ? "0.00" : c % 3 === 1 ? "#,##0" : "0.0%",
        style: (r + c) % 7 === 0 ? ("fail" as const) : ("text" as const),
      })),
    ]),
    [{ value: "注：数值保留两位小数。", style: "note" }],
  ];
  return {
    name: "表Ⅱ-2",
    id: "formII2",
    columns: [{ width: 20 }, ...Array.from({ length: n - 1 }, () => ({ width: 9 }))],
    rows,
    merges: [
      { startRow: 0, startColumn: 0, endRow: 0, endColumn: n - 1 },
      { startRow: rows.length - 1, startColumn: 0, endRow: rows.length - 1, endColumn: n - 1 },
    ],
    headerRows: 2,
  };
}

const PROSE =
  "全县义务教育阶段学校的办学条件、师资配置和教育质量均按照国家规定的标准逐项核查，所列数据均取自申报表，未经人工录入。";

function handBuilt(svg: string): SelfReport {
  const blocks: DocBlock[] = [
    { kind: "heading", level: 1, text: "一、基本情况" },
    ...Array.from({ length: 6 }, () => ({ kind: "paragraph" as const, runs: [{ text: PROSE }] })),
    { kind: "heading", level: 1, text: "二、主要做法" },
    { kind: "heading", level: 2, text: "（一）规划布局" },
    { kind: "paragraph", runs: [{ text: "【请填写：规划布局】", placeholder: true }] },
    { kind: "heading", level: 1, text: "三、评估指标达成情况" },
    { kind: "heading", level: 2, text: "（一）资源配置" },
    { kind: "heading", level: 3, text: "1. 小学" },
    {
      kind: "table",
      caption: "各校达标情况",
      header: [["序号", "学校名称", "达标指标数", "未达标指标"]],
      rows: Array.from({ length: 60 }, (_, i) => [
        String(i + 1),
        `示例县第${i + 1}小学`,
        String(5 + (i % 3)),
        i % 4 === 0 ? "生均体育运动场馆面积" : "—",
      ]),
      widths: [1, 4, 2, 4],
    },
    { kind: "chart", svg, width: 360, height: 260, caption: "小学差异系数" },
    { kind: "heading", level: 1, text: "四、存在的问题" },
    ...Array.from({ length: 5 }, (_, i) => ({
      kind: "listItem" as const,
      runs: [{ text: `${i + 1}．${PROSE}` }],
    })),
    { kind: "pageBreak" },
    { kind: "heading", level: 1, text: "附件" },
    { kind: "sheet", sheet: wideSheet() },
    { kind: "heading", level: 1, text: "五、整改措施" },
    { kind: "paragraph", runs: [{ text: "【请填写：完成时限、责任单位】", placeholder: true }] },
  ];
  return {
    title: "《示例县义务教育优质均衡发展自评报告》（初稿）",
    subtitle: ["示例县　2025 年度"],
    footer: "第 {page} 页",
    blocks,
  };
}

maybe("the 自评报告 rendered by LibreOffice", () => {
  jest.setTimeout(240_000);
  let dir = "";
  let pdf = "";
  let pages: string[] = [];
  beforeAll(async () => {
    dir = process.env.KEEP_DOCX_PRINT ?? fs.mkdtempSync(path.join(os.tmpdir(), "edu-docx-"));
    fs.mkdirSync(dir, { recursive: true });
    const rasterise = await nodeRasteriser();
    expect(rasterise).toBeDefined();
    const svg = barChartSvg(
      "小学 差异系数",
      Array.from({ length: 8 }, (_, i) => ({
        label: `第${i + 1}小学`,
        value: 0.3 + i * 0.04,
        fails: i > 5,
      })),
      { value: 0.5, label: "上限 0.50" },
      2
    );
    const docx = path.join(dir, "自评报告.docx");
    fs.writeFileSync(docx, await selfReportToDocx(handBuilt(svg), { rasterise }));
    pdf = toPdf(docx, dir, 250_000);
    pages = pdfPages(pdf);
  });
  afterAll(() => {
    if (!process.env.KEEP_DOCX_PRINT && dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints on A4 pages, about ten of them, each numbered in the footer", () => {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(16);
    expect(pages).toHaveLength(count);
    // pdftotext drops the spaces between Chinese and digits: 第 1 页 reads 第1页.
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`第\\s*${i + 1}\\s*页`)));
  });

  it("shows every heading, and the table's header row on each page the table spans", () => {
    const all = pages.join("\n");
    for (const h of [
      "一、基本情况",
      "二、主要做法",
      "（一）资源配置",
      "1. 小学",
      "四、存在的问题",
      "附件",
    ])
      expect(all).toContain(h);
    const spanned = pages.filter((p) => /示例县第\s*\d+\s*小学/.test(p));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const p of spanned) expect(p).toMatch(/序号\s+学校名称\s+达标指标数/);
    const wide = pages.filter((p) => /城关镇第\s*\d+\s*中心小学/.test(p));
    expect(wide.length).toBeGreaterThanOrEqual(1);
    for (const p of wide) expect(p).toContain("学校名称");
  });

  it("draws the pages (PNG) for a person to look at", () => {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "12",
      pdf,
      path.join(dir, "page"),
    ]);
    const pngs = fs.readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pngs.length).toBeGreaterThan(0);
  });
});
