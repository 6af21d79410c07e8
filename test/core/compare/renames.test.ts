/** Issue 25: the renames the user states, in a sheet or a CSV of 原名称/新名称 pairs. */
import { readRenames, type SheetCells } from "../../../src/core";

describe("readRenames", () => {
  test("a CSV: the pairs in order, blank rows skipped, each pair saying where it was written", () => {
    const csv = "原名称,新名称\r\n城关一小,城关第一小学\r\n,\r\n\r\n河西小学 , 河西实验小学\r\n";
    const r = readRenames(csv, "更名.csv");
    expect(r.issues).toEqual([]);
    expect(r.pairs).toEqual([
      { from: "城关一小", to: "城关第一小学", source: "更名.csv 第 2 行" },
      { from: "河西小学", to: "河西实验小学", source: "更名.csv 第 5 行" },
    ]);
  });

  test("a sheet under a title, other headers (旧名称/现名称), other columns beside", () => {
    const sheets: SheetCells[] = [
      { name: "说明", values: [["本表列出更名的学校"]] },
      {
        name: "更名",
        values: [
          ["2024 年学校更名对照"],
          ["序号", "现名称", "备注", "旧名称"],
          [1, "城关第一小学", "合并后更名", "城关一小"],
        ],
      },
    ];
    const r = readRenames(sheets, "更名.xlsx");
    expect(r.issues).toEqual([]);
    expect(r.pairs).toEqual([
      { from: "城关一小", to: "城关第一小学", source: "更名.xlsx 工作表「更名」第 3 行" },
    ]);
  });

  test("原校名/新校名 are read too", () => {
    const r = readRenames("原校名,新校名\n甲,乙\n", "x.csv");
    expect(r.pairs.map((p) => [p.from, p.to])).toEqual([["甲", "乙"]]);
  });

  test("a row with one name only is named at its cell and left out; the others are kept", () => {
    const r = readRenames("原名称,新名称\n城关一小,\n,河西实验小学\n甲,乙\n", "更名.csv");
    expect(r.pairs.map((p) => p.from)).toEqual(["甲"]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["missingTo", 2, "B"],
      ["missingFrom", 3, "A"],
    ]);
    expect(r.issues[0].message).toBe(
      "「更名.csv」第2行B列：只填了原名称「城关一小」，没有填新名称，这一行未使用。"
    );
    expect(r.issues[1].message).toContain("河西实验小学");
    expect(r.issues[0].messageEn).toContain("row 2");
  });

  test("one 原名称 with two different 新名称: both rows named, neither used", () => {
    const r = readRenames(
      "原名称,新名称\n城关一小,城关第一小学\n甲,乙\n城关 一小,城关实验小学\n",
      "更名.csv"
    );
    expect(r.pairs.map((p) => p.from)).toEqual(["甲"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "conflict", severity: "error", row: 4 });
    expect(r.issues[0].message).toContain("第 2、4 行");
    expect(r.issues[0].message).toContain("「城关第一小学」、「城关实验小学」");
  });

  test("the same pair twice is one pair", () => {
    const r = readRenames("原名称,新名称\n甲,乙\n甲,乙\n", "x.csv");
    expect(r.issues).toEqual([]);
    expect(r.pairs).toHaveLength(1);
  });

  test("a pair naming one school twice is not a rename", () => {
    const r = readRenames("原名称,新名称\n甲,甲\n", "x.csv");
    expect(r.pairs).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(["sameName"]);
  });

  test("without the two columns: one issue naming the file", () => {
    const r = readRenames([{ name: "Sheet1", values: [["学校名称"], ["甲"]] }], "名单.xlsx");
    expect(r.pairs).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].code).toBe("noColumns");
    expect(r.issues[0].message).toMatch(/^「名单\.xlsx」：没有找到「原名称」和「新名称」两列/);
  });
});
