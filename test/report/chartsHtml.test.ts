/**
 * The CLI's charts page: offline (no script, no address outside the file), one chart of
 * CVs per stage with the profile's limit and one per stage and indicator with the standard,
 * failing bars marked, and the user's text (school names) escaped.
 */
import { assess } from "../../src/core/assess";
import { NATIONAL_2017 } from "../../src/core/profiles";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { chartsFileFor } from "../../src/cli/main";
import { chartsHtml } from "../../src/report/chartsHtml";
import { PALETTE } from "../../src/report/formats";

const county = sampleCounty();

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
