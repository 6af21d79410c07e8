/**
 * The unplugged =EDU.* template computes without the add-in (issue 27 "Checked, not hoped"):
 * examples/functions-template.xlsx rewritten by `formulas unplug`, its rewritten cells' cached
 * values removed (so that nothing can pass on an old value), recalculated by LibreOffice on load
 * and read back: every rewritten cell holds the value the EDU.* function gave (the template's
 * cached values, written by the functions themselves) to 1e-9 relative, and no cell is an error.
 * Skipped, with the reason, without LibreOffice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx } from "../../src/cli/xlsx";
import { canPrint, recalculated } from "../helpers/soffice";
import { run } from "./runCli";

const TEMPLATE = path.join(__dirname, "../../examples/functions-template.xlsx");
const maybe = canPrint() ? describe : describe.skip;
if (!canPrint())
  console.warn("formulasRecalc.test: soffice not installed, the recalculation is skipped");

maybe("the unplugged template recalculated by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-recalc-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every rewritten cell computes the EDU.* value, no error anywhere", async () => {
    const out = path.join(dir, "plain.xlsx");
    expect((await run(["formulas", "unplug", TEMPLATE, "--out", out])).code).toBe(0);

    // The rewritten cells, and their cached values dropped.
    const rewritten = new Map<string, Set<string>>();
    const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const original = unzipSync(new Uint8Array(fs.readFileSync(TEMPLATE)));
    for (const name of Object.keys(files)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const before = strFromU8(original[name]);
      const cells = new Set<string>();
      for (const m of before.matchAll(
        /<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?<f\b[^>]*>[^<]*EDU[^<]*<\/f>/g
      ))
        cells.add(m[1]);
      if (cells.size === 0) continue;
      rewritten.set(name, cells);
      files[name] = strToU8(
        strFromU8(files[name]).replace(
          /(<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?<\/f>)<v>[^<]*<\/v>/g,
          (whole, head: string, cell: string) => (cells.has(cell) ? head : whole)
        )
      );
    }
    const stale = path.join(dir, "stale.xlsx");
    fs.writeFileSync(stale, zipSync(files));

    const expected = await readXlsx(TEMPLATE);
    const got = await readXlsx(recalculated(stale, dir));
    const sheetOf = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
    let compared = 0;
    const bad: string[] = [];
    expected.forEach((sheet, i) => {
      const cells = rewritten.get(sheetOf(i)) ?? new Set<string>();
      const after = got.find((s) => s.name === sheet.name);
      expect(after).toBeDefined();
      sheet.values.forEach((row, r) =>
        row.forEach((want, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          const value = after?.values[r]?.[c];
          if (typeof value === "string" && /^#[A-Z/0!?]+/.test(value))
            bad.push(`${sheet.name}!${ref} ${value}`);
          if (!cells.has(ref)) return;
          compared++;
          if (typeof want === "number") {
            if (
              typeof value !== "number" ||
              Math.abs(value - want) > 1e-9 * Math.max(1, Math.abs(want))
            )
              bad.push(`${sheet.name}!${ref}: ${String(value)} ≠ ${want}`);
          } else if (value !== want)
            bad.push(`${sheet.name}!${ref}: ${String(value)} ≠ ${String(want)}`);
        })
      );
    });
    expect(compared).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
