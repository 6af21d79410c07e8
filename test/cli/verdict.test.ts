/**
 * The county's overall verdict is decided in the core (core/verdict.ts) and the
 * CLI says it even without a county sheet, naming the parts not filled in.
 */
import { evaluate } from "../../src/core";
import { renderSummary } from "../../src/cli/summary";
import { palette } from "../../src/cli/text";
import { smallCountyClassSheet, smallCountySchoolSheet } from "../taskpane/smallCounty";

const plain = palette(false, {});

function summaryOf(sheets: Parameters<typeof evaluate>[0]) {
  const ev = evaluate(sheets);
  return { ev, text: renderSummary({ ev, fileName: "x.xlsx", colour: plain }) };
}

describe("the overall verdict without a county sheet", () => {
  const { ev, text } = summaryOf([
    { name: "学校基础数据", values: smallCountySchoolSheet() },
    { name: "班级", values: smallCountyClassSheet() },
  ]);
  const line = text.split("\n").find((l) => l.startsWith("【总体结论】"));

  test("the core's verdict: not full, county parts missing, resources fail (河西小学, a class of 48)", () => {
    expect(ev.verdict.full).toBe(false);
    expect(ev.verdict.countyPartsMissing).toBe(true);
    expect(ev.verdict.resourcesPass).toBe(false);
    expect(ev.verdict.passes).toBe(false);
  });

  test("the CLI says it, naming the parts 未填报 and never 达到", () => {
    expect(line).toBeDefined();
    expect(line).toContain("资源配置与规模、班额：未达标");
    expect(line).toContain("小学未达标");
    expect(line).toContain("政府保障程度、教育质量、社会认可度、一票否决：未填报");
    expect(line).toContain("县域优质均衡：未达到");
  });
});
