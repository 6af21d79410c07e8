/**
 * The re-check as the report shows it (src/report/recheck.ts): the `--json` document and the
 * 复核 sheet of `--out`, on the official layout with one CV tampered beyond rounding.
 */
import { NATIONAL_2017, recheckWorkbook } from "../../src/core";
import { buildRecheckSheet, recheckDocument, RECHECK_TOLERANCE_RULE } from "../../src/report";
import { at, officialLayout } from "../core/recheck/fixtures";

const sheets = officialLayout();
at(sheets, "表Ⅲ", "D5").set(0.19);
const result = recheckWorkbook(sheets);

describe("the --json document", () => {
  const doc = recheckDocument(result, NATIONAL_2017) as Record<string, any>;

  it("lists the differences first, each with its cell, figures, status and message", () => {
    expect(doc.summary).toEqual({ compared: 68, same: 62, consistent: 5, different: 1 });
    expect(doc.comparisons[0]).toMatchObject({
      table: "formIII",
      sheet: "表Ⅲ",
      cell: "D5",
      item: "cv",
      stage: "primary",
      indicator: "backboneTeachersPer100",
      county: 0.19,
      status: "different",
    });
    expect(doc.comparisons[0].message).toMatch(/^工作表「表Ⅲ」D5（小学·/);
    expect(doc.comparisons[0].messageEn).toMatch(/^Sheet "表Ⅲ" D5 \(Primary/);
    expect(
      doc.comparisons.slice(1, 6).every((c: { status: string }) => c.status === "consistent")
    ).toBe(true);
  });

  it("carries the recomputed stages, the sources and the tolerance rule", () => {
    expect(doc.source).toEqual({
      valueSheets: ["表Ⅱ-2"],
      officialLayout: true,
      figureSheets: [{ sheet: "表Ⅲ", table: "formIII" }],
      countSheets: ["表Ⅱ-1"],
      missingIndicators: [],
    });
    expect(doc.tolerance.rule).toBe(RECHECK_TOLERANCE_RULE);
    expect(doc.stages.primary.schoolsPassing).toBe(3);
    expect(doc.stages.primary.schools[3]).toMatchObject({
      name: "河口小学",
      passes: true,
      countyPasses: false,
      roundingSensitive: true,
    });
    expect(doc.issues).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|Infinity/);
  });
});

describe("the 复核 sheet", () => {
  const sheet = buildRecheckSheet(result, NATIONAL_2017, { sourceName: "河西县.xlsx" });
  const text = sheet.rows.map((r) => r.map((c) => (c ? String(c.value ?? "") : "")).join("|"));

  it("heads with the file, the standard and the conclusion", () => {
    expect(sheet.name).toBe("复核");
    expect(text[0]).toMatch(/^复核：河西县\.xlsx\u3000表Ⅱ-2（「表Ⅱ-2」）/);
    expect(text[1]).toContain(
      "复核结论：比较县报数 68 处，发现 1 处不一致（相符 62 处，在舍入误差内一致 5 处）。"
    );
  });

  it("lists the difference, in red, before those within rounding", () => {
    const first = text.findIndex((t) => t.startsWith("结论|工作表|单元格")) + 1;
    expect(text[first]).toMatch(
      /^不一致\|表Ⅲ\|D5\|表Ⅲ\|小学\|\|县级以上骨干教师（人\/百生）\|差异系数\|0\.19\|0\.171466/
    );
    const row = sheet.rows[first];
    expect(row[0].style).toBe("fail");
    expect(text[first + 1]).toMatch(/^一致（在舍入误差内）\|/);
    expect(sheet.rows[first + 1][0].style).toBe("borderline");
  });

  it("shows each school's recomputed verdict beside the county's", () => {
    expect(text).toContainEqual(
      expect.stringMatching(/^小学\|9\|河口小学\|300\|.*\|6\|是\|否\|一致（在舍入误差内）$/)
    );
  });
});
