/**
 * The formula template's 测算 sheet (edu-balance template FILE.xlsx --formulas, issue 27 item 4)
 * as written: only the functions the three spreadsheets share. LibreOffice computes it filled
 * with the example county in test/report/formulaTemplateLibreOffice.test.ts (slow lane).
 */
import { templateSpec } from "../../src/report";
import { formulaTemplateSheet } from "../../src/report/xlsx";
import { NATIONAL_2017 } from "../../src/core/profiles";

describe("the formula template's 测算 sheet", () => {
  it("uses only functions Excel 2010, WPS and LibreOffice share, and no formula reaches 8,192 characters", () => {
    const { sheet } = formulaTemplateSheet(templateSpec(), NATIONAL_2017);
    const allowed = new Set([
      "SUMPRODUCT",
      "SUM",
      "SQRT",
      "COUNT",
      "COUNTIF",
      "COUNTIFS",
      "SUMIF",
      "IF",
      "AND",
      "OR",
      "NOT",
      "N",
    ]);
    const used = new Set<string>();
    let longest = 0;
    for (const row of sheet.rows)
      for (const c of row) {
        if (c.formula === undefined) continue;
        longest = Math.max(longest, c.formula.length);
        for (const m of c.formula.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g))
          used.add(m[1]);
      }
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(longest).toBeLessThan(8192);
  });
});
