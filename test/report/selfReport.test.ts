/**
 * The 自评报告（初稿）'s builder (src/report/selfReport/build.ts) on the example county
 * (examples/county-template.xlsx read as the CLI reads it) and on generated counties: the
 * sections in order with their Word heading levels, every figure of 表Ⅲ as the workbook's cell
 * shows it, 【未填报】 (never 0) where the county sheet lacks a figure, the failing schools named
 * in 四 with their additions in 五, a county without a county sheet, the 2019 认定规程 profile,
 * and the 监测 paragraph when a comparison is given.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { evaluate, findProfile, type Evaluation, type TableReadResult } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { readXlsx } from "../../src/cli/xlsx";
import { additionText, buildReport } from "../../src/report";
import { buildSelfReport } from "../../src/report/docx";
import { selfReportToDocx } from "../../src/report/docx";
import { cellDisplayText } from "../../src/report/numFmtText";
import type { DocBlock, SelfReport } from "../../src/report/selfReport/types";
import { ZH } from "../../src/i18n";
import { handBuiltComparison } from "../helpers/yearComparison";

const W = ZH.selfReport.build;
const EXAMPLE = path.join(__dirname, "../../examples/county-template.xlsx");

/** The report's words outside the 附件 (the annexed sheets say every figure anyway). */
function bodyText(r: SelfReport): string {
  const out: string[] = [r.title, ...r.subtitle];
  for (const b of r.blocks) {
    if (b.kind === "heading" && b.text === W.headings.annex) break;
    out.push(blockText(b));
  }
  return out.join("\n");
}

function blockText(b: DocBlock): string {
  switch (b.kind) {
    case "heading":
      return b.text;
    case "paragraph":
    case "listItem":
      return b.runs.map((r) => r.text).join("");
    case "table":
      return [b.caption ?? "", ...b.header, ...b.rows].flat().join(" | ");
    default:
      return "";
  }
}

/** The text of the section under a level-1 heading, up to the next level-1 heading. */
function section(r: SelfReport, title: string): string {
  const i = r.blocks.findIndex((b) => b.kind === "heading" && b.level === 1 && b.text === title);
  expect(i).toBeGreaterThanOrEqual(0);
  const rest = r.blocks.slice(i + 1);
  const end = rest.findIndex((b) => b.kind === "heading" && b.level === 1);
  return (end < 0 ? rest : rest.slice(0, end)).map(blockText).join("\n");
}

let ev: Evaluation;
let read: TableReadResult;
let report: SelfReport;
beforeAll(async () => {
  read = readWorkbook(await readXlsx(EXAMPLE));
  ev = evaluate(read);
  report = buildSelfReport(ev, { sourceName: "county-template.xlsx" });
});

describe("the example county's 自评报告", () => {
  it("has the county's sections in order, with Word heading levels", () => {
    const ones = report.blocks.flatMap((b) =>
      b.kind === "heading" && b.level === 1 ? [b.text] : []
    );
    const H = W.headings;
    expect(ones).toEqual([H.basic, H.practice, H.indicators, H.problems, H.measures, H.annex]);
    const twos = report.blocks.flatMap((b) =>
      b.kind === "heading" && b.level === 2 ? [b.text] : []
    );
    // 三's five parts, in order, as Heading 2.
    const parts = [H.resources, H.government, H.quality, H.recognition, H.vetoes];
    expect(twos.filter((t) => parts.includes(t))).toEqual(parts);
    // 二's five headings, each followed by its one 【请填写：…】 prompt and nothing of ours.
    for (const h of W.practice.items) {
      const i = report.blocks.findIndex((b) => b.kind === "heading" && b.text === h);
      expect(report.blocks[i]).toMatchObject({ level: 2 });
      const next = report.blocks[i + 1];
      expect(next.kind).toBe("paragraph");
      if (next.kind === "paragraph") {
        expect(next.runs).toHaveLength(1);
        expect(next.runs[0].placeholder).toBe(true);
        expect(next.runs[0].text).toMatch(/^【请填写：.+】$/);
      }
    }
    expect(report.title).toBe("《示例县义务教育优质均衡发展自评报告》（初稿）");
    expect(report.subtitle.join(" ")).toContain("填报年度：2025");
  });

  it("says every number of 表Ⅲ exactly as the workbook's cell displays it", () => {
    const formIII = buildReport(ev, { charts: false }).sheets.find((s) => s.id === "formIII");
    expect(formIII).toBeDefined();
    const text = bodyText(report);
    const resources = section(report, W.headings.indicators);
    let n = 0;
    for (const row of formIII!.rows.slice(formIII!.headerRows ?? 0))
      for (const c of row)
        if (typeof c.value === "number") {
          const shown = cellDisplayText(c.value, c.numFmt);
          expect([shown, resources.includes(shown)]).toEqual([shown, true]);
          n++;
        }
    expect(n).toBe(28); // 7 means and 7 CVs, two stages
    expect(text).toContain("差异系数为 0.110");
  });

  it("annexes the 申报表's own 表Ⅰ–表Ⅵ and the charts", () => {
    const official = buildReport(ev, {
      charts: false,
      sourceName: "county-template.xlsx",
    }).sheets.slice(0, 7);
    const annexed = report.blocks.flatMap((b) => (b.kind === "sheet" ? [b.sheet] : []));
    expect(annexed).toEqual(official);
    const charts = report.blocks.filter((b) => b.kind === "chart");
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) if (c.kind === "chart") expect(c.svg).toMatch(/^<svg/);
    const none = buildSelfReport(ev, { charts: false });
    expect(none.blocks.some((b) => b.kind === "chart")).toBe(false);
  });

  it("names each unmet 政府保障程度 item with its figure, standard and verdict", () => {
    const part = ev.assessment.county!.government;
    const table = report.blocks.find(
      (b) => b.kind === "table" && b.rows.length === 15 && b.header[0][2] === "指标值或简要结论"
    );
    expect(table).toBeDefined();
    if (table?.kind !== "table") return;
    part.items.forEach((it, i) => {
      expect(table.rows[i][0]).toBe(String(it.number));
      expect(table.rows[i][4]).toBe(
        it.status === "pass" ? "达标" : it.status === "fail" ? "未达标" : "未填报"
      );
    });
    // 表Ⅳ item 7 says the 万元 and 元 as the form does.
    expect(table.rows[6][2]).toContain("23.80 万元");
    const problems = section(report, W.headings.problems);
    for (const it of part.items.filter((x) => x.status === "fail"))
      expect(problems).toContain(it.shortName);
  });

  it("writes the same document.xml with the sheets' rows spliced as with every row a docx row", async () => {
    const xmlOf = async (spliceRows: boolean) =>
      strFromU8(
        unzipSync(await selfReportToDocx(report, { spliceRows, created: new Date(0) }))[
          "word/document.xml"
        ]
      );
    const spliced = await xmlOf(true);
    expect(spliced).toContain("<w:tbl>");
    expect(spliced).toBe(await xmlOf(false));
  });
});

describe("a figure the county sheet lacks", () => {
  it("reads 【未填报】 as a placeholder, never 0", () => {
    const county = read.county!;
    const numbers = { ...county.numbers };
    delete numbers.population;
    delete numbers.gdpPerCapita;
    const lacking = evaluate({ ...read, county: { ...county, numbers } });
    const r = buildSelfReport(lacking);
    const basic = r.blocks.find(
      (b) => b.kind === "paragraph" && b.runs.some((x) => x.text.includes("常住人口"))
    );
    expect(basic?.kind).toBe("paragraph");
    if (basic?.kind !== "paragraph") return;
    const gap = basic.runs.findIndex((x) => x.placeholder);
    expect(basic.runs[gap].text).toBe("【未填报】");
    expect(basic.runs[gap - 1].text).toMatch(/常住人口 $/);
    expect(basic.runs[gap + 1].text).toMatch(/^ 万人/);
    const economy = r.blocks.find(
      (b) => b.kind === "paragraph" && b.runs.some((x) => x.text.includes("年人均国内生产总值"))
    );
    if (economy?.kind !== "paragraph") throw new Error("no economy sentence");
    expect(economy.runs.map((x) => x.text).join("")).toMatch(/年人均国内生产总值 【未填报】 元/);
    expect(economy.runs.map((x) => x.text).join("")).not.toMatch(/生产总值 0 元/);
  });
});

describe("generated counties", () => {
  it("names each failing school in 四 with what it lacks, and its additions in 五", () => {
    const schools = read.schools.map((s, i) =>
      i === 0 || i === 3
        ? { ...s, primaryBackboneTeachers: 0, outdoorSportsArea: s.outdoorSportsArea / 4 }
        : s
    );
    const failing = evaluate({ ...read, schools });
    const r = buildSelfReport(failing);
    const names = failing.assessment.stages.primary.schools
      .filter((s) => s.passes === false)
      .map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const problems = section(r, W.headings.problems);
    const measures = section(r, W.headings.measures);
    if (!("plans" in failing.gaps)) throw new Error("no gap plan");
    for (const name of names) expect(problems).toContain(name);
    for (const p of failing.gaps.plans) {
      expect(measures).toContain(p.name);
      for (const [field, amount] of Object.entries(p.additions))
        if (amount) expect(measures).toContain(additionText(field as never, amount));
    }
    expect(measures).toContain("【请填写：完成时限、责任单位】");
    expect(measures).toContain(W.measures.afterCaption);
  });

  it("still gets a report without a county sheet, saying what to fill in and where", () => {
    const bare = evaluate({ ...read, county: undefined, countySheet: undefined });
    const r = buildSelfReport(bare);
    const text = bodyText(r);
    expect(text).toContain("「县级指标」表");
    const three = section(r, W.headings.indicators);
    for (const part of ["政府保障程度", "教育质量", "社会认可度", "一票否决"])
      expect(three).toMatch(new RegExp(`【请填写：工作簿没有县级指标表，${part}未评估`));
    // 表Ⅰ L1–L8 are not given: each reads 【未填报】, never 0.
    const basic = section(r, W.headings.basic);
    expect(basic).toContain("常住人口 【未填报】 万人");
    expect(basic).not.toMatch(/常住人口 0/);
    // The figures the school table gives are still said.
    expect(three).toContain("差异系数为 0.110");
  });

  it("says the 2019 认定规程 allowances, school by school, under that profile", () => {
    const input = JSON.parse(
      fs.readFileSync(
        path.join(__dirname, "../cases-allowances/01-shared-teachers-50-and-99/input.json"),
        "utf8"
      )
    ) as { profile: string; sheets: SheetCells[] };
    const profile = findProfile(input.profile)!;
    const allowed = evaluate(input.sheets, { profile });
    const r = buildSelfReport(allowed);
    expect(r.subtitle.join(" ")).toContain(profile.name);
    const used = allowed.assessment.allowances?.used ?? [];
    expect(used.length).toBeGreaterThan(0);
    const text = bodyText(r);
    for (const u of used) expect(text).toContain(`${u.school}：${u.message}`);
    // The same verdicts as the 申报表: the schools that fail are those 表Ⅱ-2 fails.
    const failing = allowed.assessment.stages.primary.schools.filter((s) => s.passes === false);
    for (const s of failing) expect(section(r, W.headings.problems)).toContain(s.name);
  });

  it("adds the 监测 paragraph when a comparison is given", () => {
    expect(bodyText(report)).not.toContain("动态监测");
    const r = buildSelfReport(ev, { comparison: handBuiltComparison() });
    const measures = section(r, W.headings.measures);
    expect(measures).toContain("动态监测");
    expect(measures).toContain("2023—2024 年");
  });
});
