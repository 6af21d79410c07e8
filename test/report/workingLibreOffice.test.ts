/**
 * The 申报表 that shows its working (issue 27 §3, `assess --out … --formulas`) computed by a
 * spreadsheet, not by us ("Checked, not hoped"): for the example county and two generated ones
 * (一贯制, 完全中学 and 教学点 split into their stages; values exactly at thresholds, at the 85%
 * floor, a CV exactly at its limit, a stage of one school, large and small magnitudes), the
 * written 申报表 has every formula cell's cached value removed, LibreOffice recalculates it on
 * load, and every formula cell equals the value the CLI cached (its own figures) to 1e-9
 * relative; 表Ⅲ's CVs equal `assess --json`'s; no cell of any sheet is an error.
 * And printed: the --formulas 申报表 prints the plain one's pages, the 数据 sheet's pages after.
 * Skipped, with the reason, without LibreOffice.
 * The formulas themselves (functions, references, what stays a value): test/report/working.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { syntheticCounty, templateSheets } from "../../bench/synthetic";
import { readXlsx, writeXlsx } from "../../src/cli/xlsx";
import type { SchoolRecord, SheetCells } from "../../src/core/types";
import { STAGE_NAMES } from "../../src/core/vocabulary";
import { ZH } from "../../src/i18n";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";
import { canPrint, pdfPages, recalculated, toPdf } from "../helpers/soffice";
import { EXAMPLE } from "../helpers/formulaTemplate";
import { school } from "../helpers/records";
import { run } from "../cli/runCli";

const maybe = canPrint() ? describe : describe.skip;
if (!canPrint())
  console.warn("workingLibreOffice.test: soffice not installed, the recalculation is skipped");

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** A county's sheets written as an .xlsx the CLI reads. */
async function writeCounty(sheets: SheetCells[], file: string): Promise<void> {
  await writeXlsx(
    {
      sheets: sheets.map((s, i) => ({
        name: s.name ?? `Sheet${i + 1}`,
        id: `s${i}`,
        columns: (s.values[0] ?? []).map(() => ({ width: 12 })),
        rows: s.values.map((row) =>
          row.map((v) => ({
            value: v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null),
          }))
        ),
      })),
    },
    file
  );
}

/** A 小学 of 2000 students exactly at every threshold: 84 → 4.2, 20 → 1.0, 18 → 0.9, (10000 − 1000)/2000 = 4.5 ㎡, (14000 + 1000)/2000 = 7.5 ㎡, 2000 元, 46 → 2.3. */
const primary2000 = (name: string, over: Partial<SchoolRecord> = {}): SchoolRecord =>
  school({
    name,
    primaryStudents: 2000,
    primaryClasses: 45,
    primaryQualifiedTeachers: 84,
    primaryBackboneTeachers: 20,
    primaryPeArtTeachers: 18,
    teachingArea: 10_000,
    indoorSportsArea: 1000,
    outdoorSportsArea: 14_000,
    equipmentValue: 4_000_000,
    multimediaRooms: 46,
    musicRooms: 4,
    artRooms: 4,
    ...over,
  });

/**
 * Boundaries: 边界甲小学 exactly at every threshold but 骨干 at the 85% floor (17/2000·100 = 0.85);
 * 边界乙小学's teaching area three times as large (13.5 ㎡ against 4.5: mean 9, CV exactly 0.50,
 * the 小学 limit), 20 million 元 of equipment per student and one 多媒体教室 for 2000 students
 * (0.05); the 初中 stage has one school (CV 0).
 */
const BOUNDARY: SchoolRecord[] = [
  primary2000("边界甲小学", { primaryBackboneTeachers: 17 }),
  primary2000("边界乙小学", {
    teachingArea: 28_000,
    equipmentValue: 40_000_000_000,
    multimediaRooms: 1,
  }),
  school({
    name: "边界独立初中",
    type: "junior",
    juniorStudents: 900,
    juniorClasses: 18,
    juniorQualifiedTeachers: 48,
    juniorBackboneTeachers: 9,
    juniorPeArtTeachers: 9,
    teachingArea: 5220 + 600,
    indoorSportsArea: 600,
    outdoorSportsArea: 9180 - 600,
    equipmentValue: 2_250_000,
    multimediaRooms: 22,
    musicRooms: 2,
    artRooms: 2,
  }),
];

interface FormulaCell {
  sheet: number;
  ref: string;
  value: number;
}

/**
 * The workbook at `file` with every formula cell's cached value removed (written to `stale`),
 * and those cells with the values they had.
 */
function dropCachedValues(file: string, stale: string): FormulaCell[] {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const cells: FormulaCell[] = [];
  for (const name of Object.keys(files)) {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (!m) continue;
    files[name] = strToU8(
      strFromU8(files[name]).replace(
        /(<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>)(<f>[^<]*<\/f>)<v>([^<]*)<\/v>(<\/c>)/g,
        (_, open: string, ref: string, f: string, v: string, close: string) => {
          cells.push({ sheet: Number(m[1]) - 1, ref, value: Number(v) });
          return `${open}${f}${close}`;
        }
      )
    );
  }
  fs.writeFileSync(stale, zipSync(files));
  // Nothing left to pass on an old value.
  for (const name of Object.keys(files))
    if (/^xl\/worksheets\//.test(name)) expect(strFromU8(files[name])).not.toMatch(/<\/f><v>/);
  return cells;
}

interface Stage {
  indicators: Record<string, { cv: number | null; countyValue: number | null }>;
}

maybe("the --formulas 申报表 recalculated by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-working-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const counties: [string, () => Promise<string>][] = [
    ["the example county", async () => EXAMPLE],
    [
      "a generated county of 40 schools with 一贯制, 完全中学 and 教学点",
      async () => {
        const county = syntheticCounty(40, 1);
        const types = new Set(county.schools.map((s) => s.type));
        for (const t of ["nineYear", "twelveYear", "complete", "teachingPoint"] as const)
          expect(types).toContain(t);
        const file = path.join(dir, "一贯制县.xlsx");
        await writeCounty(templateSheets(county), file);
        return file;
      },
    ],
    [
      "a county at the boundaries",
      async () => {
        const file = path.join(dir, "边界县.xlsx");
        await writeCounty(templateSheets({ schools: BOUNDARY, classes: [] }), file);
        return file;
      },
    ],
  ];

  test.each(counties)(
    "%s: every formula cell computes the CLI's figure, 表Ⅲ's CVs are assess --json's, no error anywhere",
    async (label, make) => {
      const input = await make();
      const slug = label.replace(/[^a-z]+/gi, "-");
      const out = path.join(dir, `${slug}.xlsx`);
      const r = await run(["assess", input, "--out", out, "--formulas"]);
      expect(r.code).toBe(0);
      const json = await run(["assess", input, "--json"]);
      const doc = JSON.parse(json.stdout) as { stages: Record<string, Stage> };

      const stale = path.join(dir, `${slug}-stale.xlsx`);
      const cells = dropCachedValues(out, stale);
      expect(cells.length).toBeGreaterThan(20);
      const sub = fs.mkdtempSync(path.join(dir, "recalc-"));
      const recalc = recalculated(stale, sub);
      const expected = await readXlsx(out);
      const got = await readXlsx(recalc);
      expect(got.map((s) => s.name)).toEqual(expected.map((s) => s.name));

      const bad: string[] = [];
      for (const c of cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(c.ref);
        if (!m) throw new Error(c.ref);
        const value = got[c.sheet].values[Number(m[2]) - 1]?.[colIndex(m[1])];
        if (typeof value !== "number" || Math.abs(value - c.value) > 1e-9 * Math.abs(c.value))
          bad.push(`${got[c.sheet].name}!${c.ref}: ${String(value)} ≠ ${c.value}`);
      }
      // No error in any cell of any sheet: as values, and as LibreOffice's error cells.
      got.forEach((sheet) =>
        sheet.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (typeof v === "string" && /^#(NAME\?|VALUE!|DIV\/0!|REF!|N\/A|NUM!|NULL!)/.test(v))
              bad.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v}`);
          })
        )
      );
      const parts = unzipSync(new Uint8Array(fs.readFileSync(recalc)));
      for (const [name, data] of Object.entries(parts))
        if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name) && /\bt="e"/.test(strFromU8(data)))
          bad.push(`${name}: an error cell`);
      expect(bad).toEqual([]);

      // 表Ⅲ's CVs (recalculated) are the CLI's: the row after each stage's 全县平均值.
      const formIII = got.find((s) => s.name === OFFICIAL_SHEET_NAMES.formIII);
      expect(formIII).toBeDefined();
      let cvs = 0;
      for (const [stage, sa] of Object.entries(doc.stages)) {
        const stageName = STAGE_NAMES[stage as "primary" | "junior"];
        const meanRow = formIII?.values.findIndex((row) => row[0] === stageName) ?? -1;
        expect(meanRow).toBeGreaterThan(0);
        Object.values(sa.indicators).forEach((e, i) => {
          const mean = formIII?.values[meanRow][2 + i];
          const cv = formIII?.values[meanRow + 1][2 + i];
          if (e.cv === null) return;
          cvs++;
          expect(typeof cv).toBe("number");
          expect(Math.abs((cv as number) - e.cv)).toBeLessThanOrEqual(1e-9 * Math.abs(e.cv));
          expect(Math.abs((mean as number) - (e.countyValue as number))).toBeLessThanOrEqual(
            1e-9 * Math.abs(e.countyValue as number)
          );
        });
      }
      expect(cvs).toBeGreaterThanOrEqual(7);
    }
  );

  test("the --formulas 申报表 prints the plain one's pages, page for page; the 数据 sheet's pages come after", async () => {
    const withF = path.join(dir, "print-formulas.xlsx");
    const plain = path.join(dir, "print-plain.xlsx");
    expect((await run(["assess", EXAMPLE, "--out", withF, "--formulas"])).code).toBe(0);
    expect((await run(["assess", EXAMPLE, "--out", plain])).code).toBe(0);
    const a = pdfPages(toPdf(withF, fs.mkdtempSync(path.join(dir, "pdf-"))));
    const b = pdfPages(toPdf(plain, fs.mkdtempSync(path.join(dir, "pdf-"))));
    expect(a.length).toBeGreaterThan(b.length);
    // The footer's 共 N 页 counts the whole document, the 数据 pages included: the one difference.
    const same = a
      .slice(0, b.length)
      .map((page) => page.replace(`共 ${a.length} 页`, `共 ${b.length} 页`));
    expect(same).toEqual(b);
    const extra = a.slice(b.length).join("\n");
    expect(extra).toContain(ZH.report.working.title);
    expect(extra).toContain("城关第一小学");
  });
});
