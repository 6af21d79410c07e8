/**
 * Overlapping merged areas (issue 22 item 5): SECURITY.md §3 says they are treated as damaged,
 * but only overlaps that covered more cells than the used range were caught; AE1:AG5 with
 * AF3:AH9 was read. Now any overlap is refused, naming the sheet and both areas, found by one
 * sweep (src/workbook/merges.ts), never by comparing the areas pairwise.
 */
import type { MergedArea } from "../../src/core";
import { readWorkbookBytes, WORKBOOK_LIMITS } from "../../src/workbook";
import { parseRange } from "../../src/workbook/cells";
import { findOverlappingMerges } from "../../src/workbook/merges";
import { xlsxPackage } from "./build";

function sheetWithMerges(merges: readonly string[]): Buffer {
  return xlsxPackage([
    {
      name: "学校基础数据",
      body:
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>学校名称</t></is></c></row></sheetData>' +
        `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
    },
  ]);
}

async function refusal(bytes: Buffer): Promise<{ code?: string; message: string } | undefined> {
  try {
    await readWorkbookBytes(bytes, "county.xlsx", WORKBOOK_LIMITS);
    return undefined;
  } catch (e) {
    return e as { code?: string; message: string };
  }
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return (
    a.startRow <= b.endRow &&
    b.startRow <= a.endRow &&
    a.startColumn <= b.endColumn &&
    b.startColumn <= a.endColumn
  );
}

/** A small deterministic generator (the test must not depend on Math.random's seed). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("overlapping merged areas", () => {
  test("AE1:AG5 with AF3:AH9: one Chinese line naming the sheet and both areas", async () => {
    const e = await refusal(sheetWithMerges(["A1:B1", "AE1:AG5", "C3:D4", "AF3:AH9"]));
    expect(e?.code).toBe("overlappingMerges");
    expect(e?.message).toBe(
      "无法读取 county.xlsx：工作表「学校基础数据」的合并单元格区域 AE1:AG5 与 AF3:AH9 相互重叠（Excel 不允许这样保存），文件已损坏或被恶意构造"
    );
    expect(e?.message).not.toContain("\n");
  });

  test("areas that touch but do not overlap are read", async () => {
    const sheets = await readWorkbookBytes(
      sheetWithMerges(["A1:B2", "C1:D2", "A3:D3", "E1:E3", "A4:A4"]),
      "county.xlsx"
    );
    expect(sheets[0].merges).toHaveLength(5);
  });

  test("the sweep finds an overlap exactly when some pair overlaps (random areas against all pairs)", () => {
    const next = random(22);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const n = 1 + Math.floor(next() * 12);
      const areas: MergedArea[] = [];
      for (let i = 0; i < n; i++) {
        const startRow = Math.floor(next() * 30);
        const startColumn = Math.floor(next() * 30);
        areas.push({
          startRow,
          startColumn,
          endRow: startRow + Math.floor(next() * 4),
          endColumn: startColumn + Math.floor(next() * 4),
        });
      }
      const pairwise = areas.some((a, i) => areas.some((b, j) => i < j && overlaps(a, b)));
      const pair = findOverlappingMerges(areas);
      expect([round, pair !== undefined]).toEqual([round, pairwise]);
      if (pair) {
        found++;
        expect(overlaps(pair[0], pair[1])).toBe(true);
        expect(pair[0]).not.toBe(pair[1]);
      }
    }
    // Both outcomes were tried many times.
    expect(found).toBeGreaterThan(300);
    expect(found).toBeLessThan(2700);
  });

  test("200,000 areas, none overlapping, are checked at once; one more that overlaps is found", () => {
    const areas: MergedArea[] = [];
    // Two-row blocks of 1×2 areas, 20 to a row, as a sheet with merged data cells holds them.
    for (let i = 0; areas.length < 200_000; i++) {
      const row = Math.floor(i / 20) * 2;
      const col = (i % 20) * 2;
      areas.push({ startRow: row, startColumn: col, endRow: row + 1, endColumn: col + 1 });
    }
    const started = Date.now();
    expect(findOverlappingMerges(areas)).toBeUndefined();
    const late = { startRow: 19_999, startColumn: 39, endRow: 19_999, endColumn: 40 };
    expect(findOverlappingMerges([...areas, late])).toEqual([
      { startRow: 19_998, startColumn: 38, endRow: 19_999, endColumn: 39 },
      late,
    ]);
    // Pairwise, 2·10¹⁰ comparisons, would take minutes; the sweep takes ~0.1 s (5 s on a busy machine).
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("one area overlapping all the others (a wide band through 10,000 columns) is still one sweep", () => {
    const areas: MergedArea[] = [];
    for (let c = 0; c < 10_000; c++)
      areas.push({ startRow: 0, startColumn: c, endRow: 9, endColumn: c });
    areas.push(parseRange("A5:NTP5") as MergedArea);
    const pair = findOverlappingMerges(areas);
    expect(pair?.[1]).toEqual(parseRange("A5:NTP5"));
  });
});
