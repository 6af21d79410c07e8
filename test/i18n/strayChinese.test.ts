/**
 * Words users read live in catalogues (issue 24 §3): the locale catalogues in src/i18n/
 * (zh-CN, en-US), the message tables with their zh/en
 * pairs, the reader's header vocabulary, the function declarations, the example county's
 * data. Every other source file may hold no more Chinese string literals than it holds today
 * (strayChinese.baseline.json): a new sentence written inline makes this test fail, and a file
 * moved to its catalogue must lower its number (the baseline only goes down, to nothing).
 *
 * To lower the baseline after moving words to a catalogue: UPDATE_BASELINE=1 npx jest test/i18n
 */
import * as fs from "fs";
import * as path from "path";
import { chineseLiterals } from "./chineseLiterals";

const ROOT = path.join(__dirname, "../..");
const BASELINE = path.join(__dirname, "strayChinese.baseline.json");

/** Catalogues and vocabularies: Chinese is what they are for. */
const CATALOGUES: Record<string, string> = {
  "src/core/table/fields.ts": "the reader's header vocabulary (school and class sheets)",
  "src/core/table/countyFields.ts": "the reader's vocabulary of the county sheet",
  "src/core/vocabulary.ts": "names of school types, stages, places as written in workbooks",
  "src/core/indicators.ts": "the indicators' official names",
  "src/functions/declarations.ts": "the custom functions' metadata, zh/en",
  "src/cli/examples/countySheet.ts": "the example county's data",
  "src/cli/examples/sampleCounty.ts": "the example county's data",
  "src/cli/examples/generate.ts": "the example workbooks' headers and titles",
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
      out.push(path.relative(ROOT, p).split(path.sep).join("/"));
  }
  return out;
}

function counts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const file of sources(path.join(ROOT, "src")).sort()) {
    if (file in CATALOGUES || file.startsWith("src/i18n/")) continue;
    const n = chineseLiterals(fs.readFileSync(path.join(ROOT, file), "utf8"), file).length;
    if (n > 0) out[file] = n;
  }
  return out;
}

describe("no Chinese string literal outside the catalogues", () => {
  const now = counts();
  if (process.env.UPDATE_BASELINE === "1")
    fs.writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
  const baseline = JSON.parse(fs.readFileSync(BASELINE, "utf8")) as Record<string, number>;

  it("no file holds more than its baseline, and a file not in the baseline holds none", () => {
    const over = Object.entries(now)
      .filter(([file, n]) => n > (baseline[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} > ${baseline[file] ?? 0}`);
    expect(over).toEqual([]);
  });

  it("the baseline goes down with the code (UPDATE_BASELINE=1 lowers it)", () => {
    const stale = Object.entries(baseline)
      .filter(([file, n]) => (now[file] ?? 0) < n)
      .map(([file, n]) => `${file}: ${now[file] ?? 0} < ${n}`);
    expect(stale).toEqual([]);
  });

  it("every catalogue named exists", () => {
    for (const file of Object.keys(CATALOGUES))
      expect({ file, exists: fs.existsSync(path.join(ROOT, file)) }).toEqual({
        file,
        exists: true,
      });
  });

  it("finds the literals a reader sees, not comments", () => {
    const found = chineseLiterals(
      "// 注释\n/* 说明 */ const a = `第 ${1} 行：${'学校'}出错`; const b = <p>你好{x}</p>;",
      "x.tsx"
    );
    expect(found).toEqual(["第 ", " 行：", "学校", "出错", "你好"]);
  });
});
