/**
 * `edu-balance assess FILE.xlsx --out X.xlsx --formulas` (issue 27 §3): the flag needs --out and
 * one county's workbook; refused with exit 2 and the reason otherwise, nothing written. With
 * --out, the 申报表 holds the formulas and the 数据 sheet last.
 * What the formulas are: test/report/working.test.ts; LibreOffice computing them:
 * test/report/workingLibreOffice.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { run } from "./runCli";
import { ZH_CLI } from "../../src/i18n/cli";
import { WORKING_SHEET_NAME } from "../../src/report/working";
import { EXAMPLE } from "../helpers/formulaTemplate";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-assess-formulas-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--formulas without --out: exit 2, the message says to add --out, no summary printed", async () => {
  const r = await run(["assess", EXAMPLE, "--formulas"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(ZH_CLI.main.formulasNeedsOut);
  expect(r.stdout).toBe("");
  const json = await run(["assess", EXAMPLE, "--json", "--formulas"]);
  expect(json.code).toBe(2);
  expect(json.stderr).toContain(ZH_CLI.main.formulasNeedsOut);
});

test("--formulas on a folder: exit 2, the message says one county's workbook, nothing written", async () => {
  const folder = path.join(dir, "县");
  fs.mkdirSync(folder);
  fs.copyFileSync(EXAMPLE, path.join(folder, "示例县.xlsx"));
  const out = path.join(dir, "汇总.xlsx");
  const r = await run(["assess", folder, "--out", out, "--formulas"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(ZH_CLI.main.formulasFolder);
  expect(fs.existsSync(out)).toBe(false);
});

test("with --out: the 申报表 is written with its formulas and the 数据 sheet last; without the flag, neither", async () => {
  const withF = path.join(dir, "公式.xlsx");
  const plain = path.join(dir, "普通.xlsx");
  expect((await run(["assess", EXAMPLE, "--out", withF, "--formulas"])).code).toBe(0);
  expect((await run(["assess", EXAMPLE, "--out", plain])).code).toBe(0);
  const parts = (file: string) => unzipSync(new Uint8Array(fs.readFileSync(file)));
  const names = (file: string) =>
    [...strFromU8(parts(file)["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
      (m) => m[1]
    );
  const formulas = (file: string) =>
    Object.entries(parts(file))
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .reduce((n, [, data]) => n + (strFromU8(data).match(/<f>/g)?.length ?? 0), 0);
  expect(names(withF)).toEqual([...names(plain), WORKING_SHEET_NAME]);
  expect(formulas(plain)).toBe(0);
  expect(formulas(withF)).toBeGreaterThan(400);
});
