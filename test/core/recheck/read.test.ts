/**
 * What the re-check says when a 表Ⅱ-2 cannot be used as it is: bad cells left out and named,
 * a stage with schools left out not compared, no students column, indicators missing, no 表Ⅱ-2
 * at all, a sheet named that is not one; and which sheet is taken when several look alike.
 */
import { BASIC_2012, recheckRefusal, recheckWorkbook } from "../../../src/core";
import { at, officialLayout, publicTable } from "./fixtures";

describe("bad cells", () => {
  const sheets = officialLayout();
  at(sheets, "表Ⅱ-2", "K7").set("七点六");
  at(sheets, "表Ⅱ-2", "D8").set("");
  at(sheets, "表Ⅱ-2", "N11").set("待定");
  const r = recheckWorkbook(sheets);

  it("are named by sheet, row and column; the school is left out", () => {
    expect(r.read.issues.map((i) => [i.code, i.row, i.column, i.severity])).toEqual([
      ["badValue", 7, "K", "error"],
      ["badStudents", 8, "D", "error"],
      ["badVerdict", 11, "N", "warning"],
    ]);
    expect(r.read.issues[0].message).toBe(
      "工作表「表Ⅱ-2」第7行K列：「青石镇中心小学」的生均体育运动场馆面积「七点六」不是非负数。该校未计入复核。"
    );
    expect(r.stages.primary.schools.map((s) => s.name)).toEqual(["城关第一小学", "河口小学"]);
    expect(r.stages.primary.leftOut).toBe(2);
  });

  it("leave the stage's county figures uncompared, and say so; the other stage is compared", () => {
    expect(
      r.comparisons.filter((c) => c.stage === "primary" && c.item !== "schoolVerdict")
    ).toEqual([]);
    expect(r.comparisons.some((c) => c.stage === "junior" && c.item === "cv")).toBe(true);
    expect(r.notes.map((n) => n.message)).toContain(
      "工作簿：小学有 2 所学校因数据有误未计入复核：该学段的全县平均值、差异系数和达标学校数只供参考，不与县报数比较。"
    );
  });
});

describe("what cannot be re-checked", () => {
  it("a workbook without a 表Ⅱ-2 (a school table of raw counts)", () => {
    const r = recheckWorkbook([
      {
        name: "学校基础数据",
        values: [
          ["学校名称", "学校类型", "小学在校生数"],
          ["一小", "小学", 300],
        ],
      },
    ]);
    expect(recheckRefusal(r.read)).toBe(
      "工作簿：没有找到表Ⅱ-2（各校资源配置指标值）：已检查的工作表（「学校基础数据」）都没有含「学校名称」和各项指标值（如「生均教学及辅助用房面积」「每百名学生拥有网络多媒体教室数」）的表头。复核需要各校的在校生数和指标值；学校基础数据（原始数）请用 edu-balance assess 测算。"
    );
  });

  it("a 表Ⅱ-2 without students", () => {
    const t = publicTable();
    const values = t.values.map((row) => row.filter((_, i) => i !== 2));
    const r = recheckWorkbook([{ name: "公示", values }]);
    expect(recheckRefusal(r.read)).toBe(
      "工作表「公示」：找不到「在校生数」列（表Ⅱ-2 的 L4）：差异系数和全县平均值按学生数加权，没有学生数无法复核。"
    );
  });

  it("a sheet named with --sheet that is missing or not a 表Ⅱ-2", () => {
    expect(recheckRefusal(recheckWorkbook(officialLayout(), { sheet: "表Ⅱ-9" }).read)).toBe(
      "工作簿：工作簿中没有名为「表Ⅱ-9」的工作表（现有：「表Ⅱ-1」、「表Ⅱ-2」、「表Ⅲ」）。"
    );
    expect(recheckRefusal(recheckWorkbook(officialLayout(), { sheet: "表Ⅲ" }).read)).toMatch(
      /^工作表「表Ⅲ」：这张工作表不像表Ⅱ-2/
    );
  });
});

describe("a 表Ⅱ-2 with some indicators missing", () => {
  const t = publicTable();
  // Without 生均体育运动场馆面积 (column E).
  const values = t.values.map((row) => row.filter((_, i) => i !== 4));
  const r = recheckWorkbook([{ name: "公示", values }]);

  it("recomputes the indicators it has, and no school verdict", () => {
    expect(r.read.missingIndicators).toEqual(["sportsAreaPerStudent"]);
    expect(r.read.issues.map((i) => i.code)).toEqual(["missingIndicators"]);
    expect(r.stages.primary.indicators.sportsAreaPerStudent).toBeUndefined();
    expect(r.stages.primary.indicators.teachingAreaPerStudent!.cv).toBeCloseTo(0.0572566349, 9);
    expect(r.stages.primary.schools.every((s) => s.passes === null)).toBe(true);
    expect(r.stages.primary.schoolsPassing).toBeNull();
    expect(r.comparisons.filter((c) => c.status === "different")).toEqual([]);
  });
});

describe("several sheets that look like a 表Ⅱ-2", () => {
  it("the official one (L-codes) is read; another of the same stages is named and not used", () => {
    const r = recheckWorkbook([publicTable(), ...officialLayout()]);
    expect(r.read.valueSheets).toEqual(["表Ⅱ-2"]);
    expect(r.read.issues.map((i) => [i.code, i.sheet])).toEqual([["otherValuesSheet", "公示"]]);
    // Its 平均值 / 差异系数 rows are not compared either: only the sheet read is.
    expect(r.comparisons.some((c) => c.sheet === "公示")).toBe(false);
  });

  it("one sheet per stage are read together", () => {
    const t = publicTable();
    const header = t.values.slice(0, 2);
    const primary = { name: "小学", values: [...header, ...t.values.slice(2, 6)] };
    const junior = { name: "初中", values: [...header, ...t.values.slice(6, 8)] };
    const r = recheckWorkbook([primary, junior]);
    expect(r.read.valueSheets).toEqual(["小学", "初中"]);
    expect(r.stages.primary.schools).toHaveLength(4);
    expect(r.stages.junior.schools).toHaveLength(2);
  });
});

describe("another standard", () => {
  it("basic-2012: the 2012 indicators the table has, their CVs, no school verdict", () => {
    const r = recheckWorkbook([publicTable()], { profile: BASIC_2012 });
    expect(r.notes[0].code).toBe("noSchoolRule");
    expect(Object.keys(r.stages.primary.indicators).sort()).toEqual([
      "equipmentValuePerStudent",
      "sportsAreaPerStudent",
      "teachingAreaPerStudent",
    ]);
    expect(r.stages.primary.indicators.teachingAreaPerStudent!.cv).toBeCloseTo(0.0572566349, 9);
    expect(r.stages.primary.compositeCv).toBeNull();
    expect(r.stages.primary.schools.every((s) => s.passes === null)).toBe(true);
  });
});
