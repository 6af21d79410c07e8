import { displayWidth, formatTable, padEnd, palette } from "../../src/cli/text";

describe("display width: CJK takes two terminal columns", () => {
  test.each([
    ["abc", 3],
    ["小学", 4],
    ["生均教学及辅助用房（㎡）", 24], // ideographs, fullwidth brackets and ㎡ are all wide
    ["差 0.35（8.3%）", 15],
    ["\u001b[31m未达标\u001b[0m", 6], // colour codes take no room
    ["", 0],
  ])("%p is %p columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test("padding counts columns, not characters", () => {
    expect(padEnd("小学", 6)).toBe("小学  ");
    expect(displayWidth(padEnd("初中部", 10))).toBe(10);
  });

  test("a table of mixed Chinese and numbers lines up column by column", () => {
    const lines = formatTable(
      [
        ["指标", "县域均值", "结论"],
        ["每百名学生拥有县级以上骨干教师数", "1.00", "达标"],
        ["生均仪器", "2245.67", "未达标"],
      ],
      ["left", "right", "left"]
    );
    // The third column starts at the same display column on every line.
    const starts = lines.map((l) => {
      const idx = l.search(/达标|未达标|结论/);
      return displayWidth(l.slice(0, idx));
    });
    expect(new Set(starts).size).toBe(1);
    // Right-aligned numbers end at the same display column.
    const ends = lines.slice(1).map((l) => {
      const m = /[\d.]+/.exec(l)!;
      return displayWidth(l.slice(0, m.index + m[0].length));
    });
    expect(ends[0]).toBe(ends[1]);
  });
});

describe("colour only on a terminal, never with NO_COLOR", () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { TERM: "dumb" }, false],
  ])("tty=%p env=%p → colour %p", (tty, env, coloured) => {
    const p = palette(tty as boolean, env as Record<string, string>);
    expect(p.fail("未达标") !== "未达标").toBe(coloured);
  });
});
