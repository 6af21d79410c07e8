/**
 * `edu-balance formulas unplug` (issue 27 §2) in process, on the bundled =EDU.* template
 * (examples/functions-template.xlsx): without --out it lists and writes nothing; with --out every
 * EDU.* formula is its native form and everything else is byte for byte as it was (every other
 * zip part, every other byte of the sheets, the cached values); the source is untouched; a
 * workbook without EDU.* says so (and with --out is copied unchanged); a call with a wrong argument count is named and nothing is
 * written; the output guard applies.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { toNativeFormula } from "../../src/functions/native";
import { run } from "./runCli";

const TEMPLATE = path.join(__dirname, "../../examples/functions-template.xlsx");
const PLAIN = path.join(__dirname, "../../examples/county-template.xlsx");
let dir: string;
const f = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-formulas-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const parts = (file: string) => unzipSync(new Uint8Array(fs.readFileSync(file)));
/** Every <f> element's text of a sheet part, with its cell. */
function formulas(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(
    /<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?<f\b[^>]*>([^<]*)<\/f>/g
  ))
    out.set(
      m[1],
      m[2]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&gt;/g, ">")
        .replace(/&lt;/g, "<")
        .replace(/&amp;/g, "&")
    );
  return out;
}

describe("formulas unplug", () => {
  test("without --out: lists the cells it would rewrite, writes nothing", async () => {
    const before = fs.readdirSync(dir).length;
    const r = await run(["formulas", "unplug", TEMPLATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^「小学指标」D2：_xldudf_EDU_STAGE_SHARE\('学校基础数据'!F2,[^\n]* → IF\(/
    );
    expect(r.stdout).toMatch(/……另有 \d+ 处/);
    expect(r.stdout).toMatch(/共 \d+ 个单元格将被改写/);
    expect(fs.readdirSync(dir).length).toBe(before);
  });

  test("with --out: every EDU.* formula native, everything else as it was, the source untouched", async () => {
    const source = fs.readFileSync(TEMPLATE);
    const r = await run(["formulas", "unplug", TEMPLATE, "--out", f("plain.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已改写 (\d+) 个单元格，写入/);
    expect(fs.readFileSync(TEMPLATE).equals(source)).toBe(true);

    const a = parts(TEMPLATE);
    const b = parts(f("plain.xlsx"));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    let rewritten = 0;
    for (const name of Object.keys(a)) {
      const before = strFromU8(a[name]);
      const after = strFromU8(b[name]);
      if (!/^xl\/worksheets\//.test(name) || !/EDU/.test(before)) {
        expect({ name, same: Buffer.from(a[name]).equals(Buffer.from(b[name])) }).toEqual({
          name,
          same: true,
        });
        continue;
      }
      const fa = formulas(before);
      const fb = formulas(after);
      expect([...fb.keys()]).toEqual([...fa.keys()]);
      for (const [cell, formula] of fa) {
        const expected = /EDU/i.test(formula) ? toNativeFormula(formula) : { formula };
        expect("formula" in expected).toBe(true);
        if ("formula" in expected)
          expect({ cell, formula: fb.get(cell) }).toEqual({ cell, formula: expected.formula });
        if (/EDU/i.test(formula)) rewritten++;
      }
      expect(after).not.toMatch(/EDU/i);
      // Outside the formulas' text, the sheet is the same bytes (cached values included).
      const strip = (xml: string) => xml.replace(/(<f\b[^>]*>)[^<]*(<\/f>)/g, "$1$2");
      expect(strip(after)).toBe(strip(before));
    }
    expect(r.stdout).toContain(`已改写 ${rewritten} 个单元格`);
  });

  test("a workbook without EDU.* formulas: said, exit 0; written only when --out asks, unchanged", async () => {
    const before = fs.readdirSync(dir);
    const listed = await run(["formulas", "unplug", PLAIN]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/没有 EDU\.\* 公式，无需改写/);
    expect(fs.readdirSync(dir)).toEqual(before);
    const r = await run(["formulas", "unplug", PLAIN, "--out", f("copy.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有 EDU\.\* 公式，无需改写/);
    expect(r.stdout).toMatch(/照原样复制/);
    expect(fs.readFileSync(f("copy.xlsx")).equals(fs.readFileSync(PLAIN))).toBe(true);
  });

  test("a call with a wrong argument count is named (sheet, cell, reason) and nothing is written", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const p = parts(TEMPLATE);
    const name = Object.keys(p).find((n) => /EDU_VARIATION_COEF/.test(strFromU8(p[n])))!;
    p[name] = strToU8(
      strFromU8(p[name]).replace(
        "_xldudf_EDU_VARIATION_COEF(E2:E32,$C$2:$C$32)",
        "_xldudf_EDU_VARIATION_COEF(E2:E32)"
      )
    );
    fs.writeFileSync(f("bad.xlsx"), zipSync(p));
    const r = await run(["formulas", "unplug", f("bad.xlsx"), "--out", f("bad-out.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/「小学指标」E36 的公式无法改写：/);
    expect(r.stderr).toMatch(/有 1 个 EDU\.\* 公式无法改写，未写入文件/);
    expect(fs.existsSync(f("bad-out.xlsx"))).toBe(false);
  });

  test("usage errors and the output guard", async () => {
    expect((await run(["formulas", "plug", TEMPLATE])).code).toBe(2);
    expect((await run(["formulas", "unplug", "a.xls"])).stderr).toMatch(/只能改写 \.xlsx/);
    const same = await run(["formulas", "unplug", TEMPLATE, "--out", TEMPLATE, "--force"]);
    expect(same.code).toBe(2);
    fs.writeFileSync(f("exists.xlsx"), "mine");
    const exists = await run(["formulas", "unplug", TEMPLATE, "--out", f("exists.xlsx")]);
    expect(exists.code).not.toBe(0);
    expect(fs.readFileSync(f("exists.xlsx"), "utf8")).toBe("mine");
    fs.writeFileSync(f("junk.xlsx"), "not a zip");
    const junk = await run(["formulas", "unplug", f("junk.xlsx")]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/不是 \.xlsx 工作簿/);
  });
});
