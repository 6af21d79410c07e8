/**
 * The CLI's charts page: offline (no script, no address outside the file), one chart of
 * CVs per stage with the profile's limit and one per stage and indicator with the standard,
 * failing bars marked, the user's text (school names) escaped, and axes a reader expects
 * (0, 0.1, 0.2 … or 0, 2, 4 …, issue 24 §7).
 */
import { assess } from "../../src/core/assess";
import { NATIONAL_2017 } from "../../src/core/profiles";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { chartsFileFor } from "../../src/cli/main";
import { barChartSvg, chartsHtml } from "../../src/report/chartsHtml";
import { PALETTE } from "../../src/report/formats";

const county = sampleCounty();

/** Each chart's title and the labels of its value axis, bottom to top. */
function axes(html: string): { title: string; ticks: string[] }[] {
  return html
    .split("<svg ")
    .slice(1)
    .map((svg) => ({
      title: /aria-label="([^"]*)"/.exec(svg)![1],
      ticks: [...svg.matchAll(/class="tick">([^<]*)</g)].map((m) => m[1]),
    }));
}

/** The y of the reference line (the dashed one) and the plot's top and bottom. */
function lineAndPlot(svg: string): { line: number; top: number; bottom: number } {
  const [, top, bottom] = /<line x1="60" y1="([\d.]+)" x2="60" y2="([\d.]+)"/
    .exec(svg)!
    .map(Number);
  const line = Number(/<line [^>]*y1="([\d.]+)"[^>]*stroke-dasharray/.exec(svg)![1]);
  return { line, top, bottom };
}

describe("chartsHtml", () => {
  const a = assess(county.schools, county.classes, NATIONAL_2017);
  const html = chartsHtml({
    a,
    profile: NATIONAL_2017,
    identity: { name: "示例县", source: "option", year: 2025 },
  });

  it("is one self-contained page: no script, nothing fetched", () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:/);
  });

  it("draws the CVs against the profile's limits and every indicator against its standard", () => {
    const svgs = html.match(/<svg /g) ?? [];
    expect(svgs).toHaveLength(2 * (1 + a.indicators.length));
    expect(html).toContain("小学各指标差异系数");
    expect(html).toContain("上限 0.50");
    expect(html).toContain("上限 0.45");
    expect(html).toContain("标准 4.2");
    expect(html).toContain("示例县 义务教育优质均衡发展申报表");
  });

  it("marks a failing school's bar in the palette's failing colour", () => {
    const failing = a.stages.primary.schools.find((s) => s.met.backboneTeachersPer100 === false)!;
    expect(html).toMatch(new RegExp(`fill="${PALETTE.fail.fontColor}"><title>${failing.name}：`));
  });

  it("puts every axis on nice ticks from 0: steps of 1, 2 or 5 × 10^k, written alike", () => {
    const charts = axes(html);
    expect(charts).toHaveLength(2 * (1 + a.indicators.length));
    expect(charts.find((c) => c.title === "小学各指标差异系数")!.ticks).toEqual([
      "0.0",
      "0.1",
      "0.2",
      "0.3",
      "0.4",
      "0.5",
    ]);
    expect(charts.find((c) => c.title.startsWith("小学：生均教学仪器设备值"))!.ticks).toEqual([
      "0",
      "1000",
      "2000",
      "3000",
      "4000",
    ]);
    for (const { title, ticks } of charts) {
      const values = ticks.map(Number);
      const step = values[1] - values[0];
      const k = Math.floor(Math.log10(step) + 1e-9);
      expect([title, values[0]]).toEqual([title, 0]);
      expect([title, [1, 2, 5].some((n) => Math.abs(step / 10 ** k - n) < 1e-9)]).toEqual([
        title,
        true,
      ]);
      values.forEach((v, i) => expect(Math.abs(v - i * step)).toBeLessThan(step * 1e-9));
      // One precision per axis: 0.0, 0.5, 1.0 — never 0.138 or 2.22.
      expect(new Set(ticks.map((t) => t.split(".")[1]?.length ?? 0)).size).toBe(1);
      expect(ticks.every((t) => t.length <= 6)).toBe(true);
    }
  });

  it("draws 0, 0.1 … 0.5 where the hand-made axis read 0.138 / 0.275 / 0.413, and 0, 2 … 8 for 6.65", () => {
    const cv = barChartSvg("CV", [{ label: "甲", value: 0.413, fails: false }], undefined, 3);
    expect(axes(cv)[0].ticks).toEqual(["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"]);
    const values = barChartSvg(
      "值",
      [
        { label: "甲", value: 6.65, fails: false },
        { label: "乙", value: 3.1, fails: true },
      ],
      undefined,
      2
    );
    expect(axes(values)[0].ticks).toEqual(["0", "2", "4", "6", "8"]);
    // No tick finer than the values' decimals: a CV of float noise gets 0.000 and 0.001.
    const noise = barChartSvg("CV", [{ label: "甲", value: 1e-17, fails: false }], undefined, 3);
    expect(axes(noise)[0].ticks).toEqual(["0.000", "0.001"]);
    const zeros = barChartSvg("CV", [{ label: "甲", value: 0, fails: false }], undefined, 3);
    expect(axes(zeros)[0].ticks).toEqual(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
  });

  it("keeps the standard's or the limit's line inside the plot, on its tick when it is one", () => {
    const over = barChartSvg(
      "值",
      [{ label: "甲", value: 3.5, fails: true }],
      { value: 4.2, label: "标准 4.2" },
      2
    );
    const a1 = lineAndPlot(over);
    expect(axes(over)[0].ticks).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(a1.line).toBeGreaterThan(a1.top);
    expect(a1.line).toBeLessThan(a1.bottom);
    const limit = barChartSvg(
      "CV",
      [{ label: "甲", value: 0.157, fails: false }],
      { value: 0.5, label: "上限 0.50" },
      3
    );
    const a2 = lineAndPlot(limit);
    expect(axes(limit)[0].ticks).toEqual(["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"]);
    expect(a2.line).toBe(a2.top);
    for (const svg of html
      .split("<svg ")
      .slice(1)
      .filter((s) => s.includes("stroke-dasharray"))) {
      const { line, top, bottom } = lineAndPlot(svg);
      expect(line).toBeGreaterThanOrEqual(top);
      expect(line).toBeLessThanOrEqual(bottom);
    }
  });

  it("escapes school names", () => {
    const schools = county.schools.map((s, i) => (i === 0 ? { ...s, name: '<b>"甲"&乙</b>' } : s));
    const out = chartsHtml({
      a: assess(schools, null, NATIONAL_2017),
      profile: NATIONAL_2017,
      identity: { name: "县", source: "option" },
    });
    expect(out).toContain("&lt;b&gt;&quot;甲&quot;&amp;乙&lt;/b&gt;");
    expect(out).not.toContain("<b>");
  });

  it("is written beside the workbook", () => {
    expect(chartsFileFor("out/申报表.xlsx")).toBe("out/申报表.图表.html");
  });
});
