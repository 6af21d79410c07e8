/**
 * Words users read live in catalogues (issue 24 §3): the locale catalogues in src/i18n/
 * (zh-CN, en-US), the reader's vocabulary (the words it matches input against, which are
 * also the names it writes), the custom functions' declarations (their zh/en metadata is
 * generated from them) and the example county's data. No other source file holds a Chinese
 * string, template or JSX-text literal: a sentence written inline makes this test fail and
 * names the file and the text. (Comments may say anything.)
 */
import * as fs from "fs";
import * as path from "path";
import { chineseLiterals } from "./chineseLiterals";

const ROOT = path.join(__dirname, "../..");

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
  "src/cli/examples/years.ts": "the example county's data over three years",
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

/** The Chinese literals of every source file outside the catalogues, by file. */
function stray(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of sources(path.join(ROOT, "src")).sort()) {
    if (file in CATALOGUES || file.startsWith("src/i18n/")) continue;
    const found = chineseLiterals(fs.readFileSync(path.join(ROOT, file), "utf8"), file);
    if (found.length > 0) out[file] = found;
  }
  return out;
}

describe("no Chinese string literal outside the catalogues", () => {
  it("no source file outside the catalogues holds one", () => {
    expect(stray()).toEqual({});
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
