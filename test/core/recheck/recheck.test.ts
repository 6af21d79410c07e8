/**
 * The reviewer's re-check (issue 23 item 8), golden-style on fixtures built here: the official
 * layout with both blocks, a plain 公示 table, EduBalance's own 申报表 (round trip: no
 * difference), the same tampered (a CV in 表Ⅲ, an L14, a value: each difference named by its
 * cell) and rounded to the form's decimals (within tolerance: consistent, never different).
 */
import {
  INDICATOR_IDS,
  NATIONAL_2017,
  readWorkbook,
  recheckWorkbook,
  recogniseSheets,
  renderComparison,
  type RecheckComparison,
  type RecheckResult,
} from "../../../src/core";
import { roundTo } from "../../../src/core/rules";
import type { SheetCells } from "../../../src/core/types";
import { at, copy, officialFormII2, officialLayout, ownReport, publicTable } from "./fixtures";

const DISPLAY = NATIONAL_2017.display;
const byStatus = (r: RecheckResult, status: RecheckComparison["status"]) =>
  r.comparisons.filter((c) => c.status === status);
const where = (c: RecheckComparison) => `${c.sheet}!${c.cell}`;

describe("the official layout: L-codes, 小学 and 初中 blocks, footnotes", () => {
  const r = recheckWorkbook(officialLayout());

  it("reads every school of both blocks with its stage, students, values and L14", () => {
    expect(r.read.valueSheets).toEqual(["表Ⅱ-2"]);
    expect(r.read.officialLayout).toBe(true);
    expect(r.read.issues).toEqual([]);
    expect(r.read.rows.map((s) => [s.stage, s.row, s.name, s.students, s.countyPasses])).toEqual([
      ["primary", 6, "城关第一小学", 1200, true],
      ["primary", 7, "青石镇中心小学", 800, true],
      ["primary", 8, "白马镇村小", 150, false],
      ["primary", 9, "河口小学", 300, false],
      ["junior", 11, "城关中学", 1000, true],
      ["junior", 12, "县实验学校（初中部）", 400, true],
    ]);
    expect(r.read.rows[1].values).toEqual({
      qualifiedTeachersPer100: 4.5,
      backboneTeachersPer100: 0.95,
      peArtTeachersPer100: 1,
      teachingAreaPerStudent: 4.8,
      sportsAreaPerStudent: 7.6,
      equipmentValuePerStudent: 2100.5,
      multimediaRoomsPer100: 2.4,
    });
    expect(r.read.rows[1].cells.qualifiedTeachersPer100).toBe("G7");
    expect(r.read.rows[1].verdictCell).toBe("N7");
  });

  it("recomputes each school's 达标 by the 6-of-7 rule with the 85% floor", () => {
    const p = r.stages.primary.schools;
    expect(p.map((s) => [s.name, s.metCount, s.passes, s.roundingSensitive])).toEqual([
      ["城关第一小学", 7, true, false],
      ["青石镇中心小学", 6, true, false],
      ["白马镇村小", 2, false, false],
      // 4.20 and 0.90 as written meet 4.2 and the 85% floor; 4.195 and 0.895 would not.
      ["河口小学", 6, true, true],
    ]);
    expect(r.stages.junior.schools.map((s) => s.passes)).toEqual([true, true]);
    expect(r.stages.primary.schoolsPassing).toBe(3);
    expect(r.stages.primary.schoolsPassingBounds).toEqual({ low: 2, high: 3 });
  });

  it("recomputes the student-weighted means and CVs (figures checked independently)", () => {
    const expected = {
      primary: [
        [4.6855102041, 0.1038440897],
        [1.0736734694, 0.1714669414],
        [1.0189795918, 0.0953591296],
        [5.093877551, 0.0572566349],
        [8.0775510204, 0.0481924973],
        [2265.4693877551, 0.0875668785],
        [2.5591836735, 0.0835153267],
      ],
      junior: [
        [6.0714285714, 0.0334829399],
        [1.2142857143, 0.1116097998],
        [1.1428571429, 0.0592927061],
        [6.8571428571, 0.0329403923],
        [11.7142857143, 0.0385643617],
        [2957.1428571429, 0.0763835184],
        [2.8571428571, 0.0790569415],
      ],
    } as const;
    for (const stage of ["primary", "junior"] as const)
      INDICATOR_IDS.forEach((id, i) => {
        const ind = r.stages[stage].indicators[id]!;
        expect(ind.countyValue).toBeCloseTo(expected[stage][i][0], 9);
        expect(ind.cv).toBeCloseTo(expected[stage][i][1], 9);
        expect(ind.cvPasses).toBe(true);
      });
    expect(r.stages.primary.indicators.qualifiedTeachersPer100!.schoolsMeeting).toBe(3);
    expect(r.stages.primary.indicators.qualifiedTeachersPer100!.schoolsMeetingBounds).toEqual({
      low: 2,
      high: 3,
    });
  });

  it("finds the county's figures consistent: the differences are all within the form's rounding", () => {
    expect(byStatus(r, "different")).toEqual([]);
    expect(byStatus(r, "consistent").map((c) => [where(c), c.item])).toEqual([
      // 表Ⅲ 小学 L2 CV: 0.172 from raw data, 0.17147 from the rounded values.
      ["表Ⅲ!D5", "cv"],
      // 表Ⅱ-1 小学 L1 and L8: the county counted 河口小学 (4.196) out.
      ["表Ⅱ-1!C4", "schoolsMeeting"],
      ["表Ⅱ-1!C5", "meetingShare"],
      ["表Ⅱ-1!J4", "schoolsPassing"],
      ["表Ⅱ-1!J5", "passingShare"],
      // 河口小学's L14 否: before rounding it may fail.
      ["表Ⅱ-2!N9", "schoolVerdict"],
    ]);
    // 表Ⅲ 14 + 14 figures and 2 综合, 表Ⅱ-1 2 × (14 + 2), 6 L14.
    expect(r.comparisons).toHaveLength(30 + 32 + 6);
    const cv = byStatus(r, "consistent")[0];
    expect(cv.county).toBe(0.172);
    expect(cv.tolerance).toBeGreaterThan(0.0006);
    expect(renderComparison(cv, "zh", DISPLAY)).toBe(
      `工作表「表Ⅲ」D5（小学·每百名学生拥有县级以上骨干教师数·差异系数）：县报 0.172，复核 0.17147，相差 0.00053，在表Ⅱ-2 数值舍入允许的 ±${(cv.tolerance as number).toFixed(5)} 内：一致（在舍入误差内）。`
    );
  });

  it("names a CV beyond the rounding as a difference, with its cell and both figures", () => {
    const sheets = officialLayout();
    at(sheets, "表Ⅲ", "D5").set(0.19);
    const d = byStatus(recheckWorkbook(sheets), "different");
    expect(d.map((c) => [where(c), c.county, c.item, c.indicator])).toEqual([
      ["表Ⅲ!D5", 0.19, "cv", "backboneTeachersPer100"],
    ]);
    expect(renderComparison(d[0], "zh", DISPLAY)).toMatch(
      /^工作表「表Ⅲ」D5（小学·每百名学生拥有县级以上骨干教师数·差异系数）：县报 0\.19，复核 0\.17147，相差 0\.01853，超出舍入允许的 ±0\.00\d+：不一致。$/
    );
  });
});

describe("a plain 公示 table", () => {
  const r = recheckWorkbook([publicTable()]);

  it("maps the columns by their words, in any order, and takes the stage from 学段", () => {
    expect(r.read.valueSheets).toEqual(["公示"]);
    expect(r.read.officialLayout).toBe(false);
    expect(r.read.issues).toEqual([]);
    expect(r.read.rows.map((s) => [s.stage, s.name, s.students])).toEqual([
      ["primary", "城关第一小学", 1200],
      ["primary", "青石镇中心小学", 800],
      ["primary", "白马镇村小", 150],
      ["primary", "河口小学", 300],
      ["junior", "城关中学", 1000],
      ["junior", "县实验学校（初中部）", 400],
    ]);
    expect(r.read.rows[0].cells).toMatchObject({
      teachingAreaPerStudent: "D3",
      qualifiedTeachersPer100: "H3",
      peArtTeachersPer100: "J3",
    });
  });

  it("gives the same figures as the official layout of the same data", () => {
    const official = recheckWorkbook(officialLayout());
    for (const stage of ["primary", "junior"] as const)
      for (const id of INDICATOR_IDS) {
        expect(r.stages[stage].indicators[id]!.cv).toBeCloseTo(
          official.stages[stage].indicators[id]!.cv!,
          12
        );
        expect(r.stages[stage].indicators[id]!.countyValue).toBeCloseTo(
          official.stages[stage].indicators[id]!.countyValue!,
          12
        );
      }
    expect(r.stages.primary.schools.map((s) => s.passes)).toEqual([true, true, false, true]);
  });

  it("compares its own 全县平均值 and 差异系数 rows", () => {
    expect(r.comparisons).toHaveLength(28);
    expect(byStatus(r, "different")).toEqual([]);
    // 小学 L2 CV (0.172 from raw data) is in column I, the 差异系数 row 10.
    expect(byStatus(r, "consistent").map(where)).toEqual(["公示!I10"]);
  });

  it("takes the stage from block headings when there is no 学段 column", () => {
    const t = publicTable();
    const values = t.values.map((row) => row.slice(1));
    values.splice(2, 0, ["一、小学"]);
    values.splice(7, 0, ["二、初中"]);
    const headed = recheckWorkbook([{ name: "公示", values: values.slice(0, 10) }]);
    expect(headed.read.issues).toEqual([]);
    expect(headed.read.rows.map((s) => s.stage)).toEqual([
      "primary",
      "primary",
      "primary",
      "primary",
      "junior",
      "junior",
    ]);
  });

  it("says which school has no stage, and leaves it out", () => {
    const values = publicTable()
      .values.map((row) => row.slice(1))
      .slice(0, 3);
    const r2 = recheckWorkbook([{ name: "公示", values }]);
    expect(r2.read.rows).toEqual([]);
    expect(r2.read.issues.map((i) => i.message)).toEqual([
      "工作表「公示」第3行：「城关第一小学」属于小学还是初中无法确定：请加「学段」列，或在各块之前加「小学」「初中」标题行。该校未计入复核。",
    ]);
  });
});

describe("EduBalance's own 申报表 (round trip)", () => {
  const { ev, sheets } = ownReport();
  const r = recheckWorkbook(sheets);

  it("is recognised: 表Ⅱ-2 read, 表Ⅲ and 表Ⅱ-1 compared", () => {
    expect(r.read.valueSheets).toEqual(["表Ⅱ-2分学校"]);
    expect(r.read.figures.map((f) => f.sheet)).toContain("表Ⅲ校际均衡");
    expect(r.read.counts.map((f) => f.sheet)).toEqual(["表Ⅱ-1资源配置"]);
    expect(r.read.rows).toHaveLength(
      ev.assessment.stages.primary.schools.length + ev.assessment.stages.junior.schools.length
    );
    expect(r.read.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("recomputes exactly what the assessment computed from the raw counts", () => {
    for (const stage of ["primary", "junior"] as const) {
      const a = ev.assessment.stages[stage];
      const b = r.stages[stage];
      expect(b.schools.map((s) => s.passes)).toEqual(a.schools.map((s) => s.passes));
      expect(b.schoolsPassing).toBe(a.schoolsPassing);
      for (const id of INDICATOR_IDS) {
        expect(b.indicators[id]!.cv).toBeCloseTo(a.indicators[id]!.cv!, 12);
        expect(b.indicators[id]!.countyValue).toBeCloseTo(a.indicators[id]!.countyValue!, 9);
        expect(b.indicators[id]!.schoolsMeeting).toBe(a.indicators[id]!.schoolsMeeting);
      }
    }
  });

  it("finds no difference: every county figure is the same", () => {
    expect(r.counts.different).toBe(0);
    expect(r.counts.consistent).toBe(0);
    expect(r.counts.same).toBeGreaterThanOrEqual(107);
  });

  it("is never taken for a school table: assess points to recheck", () => {
    const read = readWorkbook(sheets);
    expect(read.schools).toEqual([]);
    expect(read.issues[0].code).toBe("indicatorValuesSheet");
    expect(read.issues[0].message).toContain("edu-balance recheck");
    expect(recogniseSheets(sheets).kinds["表Ⅱ-2分学校"]).toBe("indicatorValues");
    const alone = readWorkbook([officialFormII2()]);
    expect(alone.issues.map((i) => i.code)).toEqual(["indicatorValuesSheet"]);
    expect(alone.issues[0].message).toMatch(/^工作表「表Ⅱ-2」：这张工作表是各校的指标值/);
  });
});

describe("the same 申报表 tampered", () => {
  const { sheets } = ownReport();
  const diffs = (s: SheetCells[]) => byStatus(recheckWorkbook(s), "different");

  it("a CV in 表Ⅲ: that cell, the county's figure and the recomputed one", () => {
    const t = copy(sheets);
    expect(at(t, "表Ⅲ校际均衡", "C6").get()).toBeCloseTo(0.10957, 5);
    at(t, "表Ⅲ校际均衡", "C6").set(0.12);
    const d = diffs(t);
    expect(d.map((c) => [where(c), c.item, c.stage, c.indicator, c.county])).toEqual([
      ["表Ⅲ校际均衡!C6", "cv", "primary", "qualifiedTeachersPer100", 0.12],
    ]);
    // ±: 0.12's own rounding at the form's 3 decimals, and the few values that show 2 decimals or fewer (6.4).
    expect(renderComparison(d[0], "zh", DISPLAY)).toMatch(
      /^工作表「表Ⅲ校际均衡」C6（小学·每百名学生拥有高于规定学历教师数·差异系数）：县报 0\.12，复核 0\.10957，相差 0\.01043，超出舍入允许的 ±0\.000[5-9]\d：不一致。$/
    );
  });

  it("an L14: that school's cell", () => {
    const t = copy(sheets);
    expect(at(t, "表Ⅱ-2分学校", "B8").get()).toBe("城关第二小学");
    at(t, "表Ⅱ-2分学校", "N8").set("否");
    const d = diffs(t);
    expect(d.map((c) => [where(c), c.item, c.school, c.county, c.recomputed])).toEqual([
      ["表Ⅱ-2分学校!N8", "schoolVerdict", "城关第二小学", false, true],
    ]);
    expect(renderComparison(d[0], "zh", DISPLAY)).toBe(
      "工作表「表Ⅱ-2分学校」N8（小学·城关第二小学·综合评估是否达标）：县报 否，复核 是：不一致。"
    );
  });

  it("a value: the L14 it flips and every county figure it moves, each by its cell", () => {
    const t = copy(sheets);
    const cell = at(t, "表Ⅱ-2分学校", "L8");
    expect(cell.get()).toBeCloseTo(2588.87, 2);
    cell.set(1588.87); // below 85% of 2000: 城关第二小学 fails
    const d = diffs(t).map(where);
    expect(d).toEqual(
      expect.arrayContaining([
        "表Ⅱ-2分学校!N8",
        "表Ⅲ校际均衡!H5",
        "表Ⅲ校际均衡!H6",
        "表Ⅱ-1资源配置!H5",
        "表Ⅱ-1资源配置!H6",
        "表Ⅱ-1资源配置!J5",
        "表Ⅱ-1资源配置!J6",
      ])
    );
    // Nothing of 初中, nor of the other 小学 indicators.
    expect(diffs(t).every((c) => c.stage === "primary")).toBe(true);
    expect(
      diffs(t).every((c) => c.indicator === undefined || c.indicator === "equipmentValuePerStudent")
    ).toBe(true);
  });
});

describe("the same 申报表 at the form's decimals (within the rounding tolerance)", () => {
  const { sheets } = ownReport();
  const t = copy(sheets);
  const round = (sheet: string, rows: [number, number], cols: [number, number], d: number) => {
    const s = t.find((x) => x.name === sheet)!;
    for (let r = rows[0]; r <= rows[1]; r++)
      for (let c = cols[0]; c <= cols[1]; c++) {
        const v = s.values[r]?.[c];
        if (typeof v === "number") s.values[r][c] = roundTo(v, d);
      }
  };
  // 表Ⅱ-2 L7–L13 two decimals; 表Ⅲ means two, CVs three; 表Ⅱ-1 shares one.
  round("表Ⅱ-2分学校", [5, 60], [6, 12], 2);
  round("表Ⅲ校际均衡", [4, 4], [2, 8], 2);
  round("表Ⅲ校际均衡", [6, 6], [2, 8], 2);
  round("表Ⅲ校际均衡", [5, 5], [2, 8], 3);
  round("表Ⅲ校际均衡", [7, 7], [2, 8], 3);
  round("表Ⅱ-1资源配置", [5, 5], [2, 9], 1);
  round("表Ⅱ-1资源配置", [7, 7], [2, 9], 1);
  const r = recheckWorkbook(t);

  it("reports no difference, and the figures rounding moved as consistent", () => {
    expect(byStatus(r, "different").map((c) => renderComparison(c, "zh", DISPLAY))).toEqual([]);
    expect(r.counts.consistent).toBeGreaterThan(0);
    for (const c of byStatus(r, "consistent")) {
      if (c.tolerance !== undefined)
        expect(Math.abs((c.county as number) - (c.recomputed as number))).toBeLessThanOrEqual(
          c.tolerance
        );
    }
  });

  it("tolerates a 2-decimal value at its threshold (网络多媒体教室 2.2977 shown 2.30)", () => {
    const count = r.comparisons.find((c) => c.sheet === "表Ⅱ-1资源配置" && c.cell === "I5")!;
    expect(count).toMatchObject({
      county: 28,
      recomputed: 29,
      bounds: { low: 28, high: 29 },
      status: "consistent",
    });
  });
});
