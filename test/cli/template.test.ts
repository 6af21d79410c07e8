/**
 * `edu-balance template FILE.xlsx`: the empty data template a city hands to its counties — the
 * same workbook the offline page downloads — written through the output guard.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { templateHeaders, findProfile } from "../../src/core";
import { usage } from "../../src/cli/main";
import { readXlsx } from "../../src/cli/xlsx";
import { templateToXlsxBytes } from "../../src/report/xlsx";
import { run } from "./runCli";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-template-cli-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cells = (sheets: Awaited<ReturnType<typeof readXlsx>>) =>
  sheets.map((s) => ({ name: s.name, values: s.values }));

test("writes the template the offline page downloads; an empty template is refused by assess with a clear message", async () => {
  const file = path.join(dir, "数据模板.xlsx");
  const r = await run(["template", file]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(`已生成空白数据模板：${file}（学校基础数据、班级、县级指标）\n`);
  const node = path.join(dir, "node.xlsx");
  fs.writeFileSync(node, await templateToXlsxBytes());
  expect(cells(await readXlsx(file))).toEqual(cells(await readXlsx(node)));
  const assessed = await run(["assess", file]);
  expect(assessed.code).toBe(1);
  expect(assessed.stderr).toContain("没有学校");
  expect(assessed.stderr).toContain("学校基础数据");
});

test("an existing file is kept unless --force", async () => {
  const file = path.join(dir, "模板.xlsx");
  fs.writeFileSync(file, "县里自己的文件");
  const refused = await run(["template", file]);
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/^错误：.*已存在.*--force/);
  expect(fs.readFileSync(file, "utf8")).toBe("县里自己的文件");
  const forced = await run(["template", file, "--force"]);
  expect(forced.code).toBe(0);
  expect((await readXlsx(file)).map((s) => s.name)).toEqual(["学校基础数据", "班级", "县级指标"]);
});

test("--profile gives that profile's columns", async () => {
  const file = path.join(dir, "放宽.xlsx");
  const r = await run(["template", file, "--profile", "national-2017-allowances"]);
  expect(r.code).toBe(0);
  const [school] = await readXlsx(file);
  expect(school.values[0]).toEqual(
    templateHeaders(findProfile("national-2017-allowances")).schoolSheet.headers
  );
  expect(school.values[0].length).toBeGreaterThan(templateHeaders().schoolSheet.headers.length);
});

test("usage errors exit 2 with one Chinese line; help is listed", async () => {
  for (const [argv, message] of [
    [["template"], "缺少输出文件名"],
    [["template", path.join(dir, "a.xls")], "应以 .xlsx 结尾"],
    [["template", path.join(dir, "a.xlsx"), "--profile", "nope"], "未知的评估标准 nope"],
    [["template", path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx")], "一次只能"],
    [["template", path.join(dir, "a.xlsx"), "--json"], "未知选项 --json"],
  ] as [string[], string][]) {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  }
  expect(fs.readdirSync(dir)).toEqual([]);
  const help = await run(["template", "--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("edu-balance template 模板.xlsx");
  expect(usage()).toContain("edu-balance template");
});
