/**
 * One form per school (issue 23 §6), end to end in process: `template --school` writes the
 * form, the test fills one per school with exceljs (as a school would in Excel or WPS),
 * `collect` makes the county table with 回收情况, and `assess` of that table, `assess` of the
 * folder of forms and `assess` of the same county typed as one table agree.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CellValue } from "../../src/core";
import { csvText, parseCsv } from "../../src/cli/collect";
import { readXlsx } from "../../src/cli/xlsx";
import { run } from "./runCli";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = path.join(ROOT, "examples", "county-template.xlsx");

let tmp: string;
let form: string;
/** The example county's school sheet: header and rows. */
let county: { headers: string[]; rows: CellValue[][] };

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-collect-"));
  form = path.join(tmp, "学校填报表.xlsx");
  const r = await run(["template", "--school", form]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(
    `已生成学校填报表：${form}（一校一表，30 项；各校填好后用 edu-balance collect 汇总）\n`
  );
  const sheet = (await readXlsx(TEMPLATE)).find((s) => s.name === "学校基础数据")!;
  county = {
    headers: sheet.values[0].map(String),
    rows: sheet.values.slice(1).filter((r) => r.some((v) => v !== null && v !== "")),
  };
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The form filled with one school's figures, by template header; `edit` changes cells by label. */
async function fillForm(
  file: string,
  school: Record<string, CellValue>,
  edit: Record<string, CellValue> = {}
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(form);
  const ws = wb.worksheets[0];
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label !== "string") return;
    const header = Object.keys(school).find((h) => h === label || h.startsWith(`${label}（`));
    const value = label in edit ? edit[label] : header === undefined ? undefined : school[header];
    if (value !== undefined && value !== null && value !== "")
      row.getCell(3).value = value as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(file);
}

function schoolOf(row: CellValue[]): Record<string, CellValue> {
  return Object.fromEntries(county.headers.map((h, i) => [h, row[i] ?? null]));
}

/** A workbook with only the county's school sheet: the county table a county would type. */
async function countyTable(file: string, rows: CellValue[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校基础数据");
  ws.addRow(county.headers);
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
}

describe("template --school → forms → collect → assess", () => {
  let folder: string;
  let out: string;
  beforeAll(async () => {
    folder = path.join(tmp, "各校填报表");
    fs.mkdirSync(folder);
    for (const row of county.rows)
      await fillForm(path.join(folder, `${String(row[0])}.xlsx`), schoolOf(row));
    out = path.join(tmp, "汇总", "学校基础数据.xlsx");
  }, 120000);

  test("collect writes the county table in the template's layout and 回收情况; assess reads it as the county typed as one table", async () => {
    const r = await run(["collect", folder, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `收到 ${county.rows.length} 个文件：写入汇总表 ${county.rows.length} 所学校。`
    );
    expect(r.stdout).toContain(`已生成：${out}`);
    const sheets = await readXlsx(out);
    expect(sheets.map((s) => s.name)).toEqual(["学校基础数据", "回收情况"]);
    // The template's header (the example county's, and the optional 学校标识码 the example
    // goes without), the schools in file-name order.
    expect(sheets[0].values[0]).toEqual([
      county.headers[0],
      "学校标识码",
      ...county.headers.slice(1),
    ]);
    expect(sheets[0].values).toHaveLength(county.rows.length + 1);

    // The same schools typed as one table, in the folder's order (file names).
    const typed = path.join(tmp, "全县.xlsx");
    const byFile = [...county.rows].sort((x, y) =>
      String(x[0]) < String(y[0]) ? -1 : String(x[0]) > String(y[0]) ? 1 : 0
    );
    await countyTable(typed, byFile);
    const a = await run(["assess", out, "--json"]);
    const b = await run(["assess", typed, "--json"]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));

    // assess FOLDER of forms: the same document, with how the forms were collected.
    const c = await run(["assess", folder, "--json"]);
    expect(c.code).toBe(0);
    const { collection, ...doc } = JSON.parse(c.stdout);
    expect(doc).toEqual(JSON.parse(b.stdout));
    expect(collection.written).toBe(county.rows.length);
    expect(collection.files[0]).toMatchObject({ kind: "form", status: "ok", written: true });

    // The text summary says how the folder was read.
    const text = await run(["assess", folder]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^学校填报表（一校一表）：.*各校填报表\n收到 44 个文件/);
  }, 120000);

  test("an existing --out is kept without --force; the table may not go into the folder of forms", async () => {
    const again = await run(["collect", folder, "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^错误：文件 .* 已存在，未覆盖；如需覆盖请加 --force\n$/);
    const inside = await run(["collect", folder, "--out", path.join(folder, "汇总.xlsx")]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/不能写在要汇总的文件夹/);
    expect(fs.existsSync(path.join(folder, "汇总.xlsx"))).toBe(false);
  });
});

describe("what collect names", () => {
  let folder: string;
  let result: Awaited<ReturnType<typeof run>>;
  let list: string;
  const out = () => path.join(tmp, "问题", "学校基础数据.xlsx");

  beforeAll(async () => {
    folder = path.join(tmp, "问题表");
    fs.mkdirSync(folder);
    const [a, b, c] = county.rows.map(schoolOf);
    const name = (s: Record<string, CellValue>) => String(s["学校名称"]);
    await fillForm(path.join(folder, "01.xlsx"), a, { 小学在校生数: "一千二" });
    await fillForm(path.join(folder, "02.xlsx"), b);
    await fillForm(path.join(folder, "03.xlsx"), b, { 网络多媒体教室数: 99 });
    await fillForm(path.join(folder, "04.xlsx"), c);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("通知").addRow(["请各校于9月30日前交回填报表"]);
    await wb.xlsx.writeFile(path.join(folder, "通知.xlsx"));
    fs.writeFileSync(path.join(folder, "~$01.xlsx"), "lock");
    fs.writeFileSync(path.join(folder, "说明.txt"), "说明");
    list = path.join(tmp, "名单.csv");
    fs.writeFileSync(
      list,
      "\ufeff序号,学校名称\n" +
        [name(a), name(b), name(c), "不存在的学校"].map((n, i) => `${i + 1},"${n}"`).join("\n")
    );
    result = await run(["collect", folder, "--out", out(), "--list", list, "--json"]);
  }, 60000);

  test("exit 0 (the table is written); the JSON names every file, its school and what became of it", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`已生成：${out()}\n`);
    const doc = JSON.parse(result.stdout);
    expect(doc.written).toBe(2);
    expect(
      doc.files.map((f: { file: string; status: string; written: boolean }) => [
        f.file,
        f.status,
        f.written,
      ])
    ).toEqual([
      ["01.xlsx", "errors", true],
      ["02.xlsx", "duplicate", false],
      ["03.xlsx", "duplicate", false],
      ["04.xlsx", "ok", true],
      ["通知.xlsx", "notForm", false],
    ]);
    expect(doc.skipped).toEqual([
      { file: "~$01.xlsx", reason: "Excel 或 WPS 打开文件时的临时锁定文件" },
      { file: "说明.txt", reason: "不是 .xlsx、.xls 或 .et 工作簿" },
    ]);
  });

  test("a bad value: file, sheet, row and column of the form", () => {
    const doc = JSON.parse(result.stdout);
    const bad = doc.issues.find((i: { file: string }) => i.file === "01.xlsx");
    expect(bad).toMatchObject({ severity: "error", sheet: "学校填报表", row: 10, column: "C" });
    expect(bad.message).toMatch(
      /^「01\.xlsx」工作表「学校填报表」第10行C列：「.+」的小学在校生数「一千二」不是数字/
    );
  });

  test("a school in two files: both named, neither written", () => {
    const doc = JSON.parse(result.stdout);
    expect(doc.duplicates).toEqual([
      expect.objectContaining({
        files: ["02.xlsx", "03.xlsx"],
        same: false,
        differences: ["网络多媒体教室数（间）"],
      }),
    ]);
    const names = doc.issues
      .filter((i: { code: string }) => i.code === "duplicateSchool")
      .map((i: { file: string }) => i.file);
    expect(names).toEqual(["02.xlsx", "03.xlsx"]);
  });

  test("against the 名单 (CSV): the missing school; the file that is not a form, named with why", () => {
    const doc = JSON.parse(result.stdout);
    expect(doc.roster).toEqual({
      file: "名单.csv",
      expected: 4,
      missing: ["不存在的学校"],
      notInList: [],
    });
    const notice = doc.issues.find((i: { file: string }) => i.file === "通知.xlsx");
    expect(notice.message).toMatch(/^「通知\.xlsx」：不是学校填报表/);
  });

  test("回收情况 in the written workbook says the same; assess of the table leaves the bad school out", async () => {
    const sheets = await readXlsx(out());
    const receipt = sheets.find((s) => s.name === "回收情况")!;
    const text = receipt.values
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("未交的学校（名单「名单.csv」中有、文件夹中没有）：1 所");
    expect(text).toContain("不存在的学校");
    expect(text).toContain("「01.xlsx」工作表「学校填报表」第10行C列");
    expect(text).toContain("内容不同，都未写入");
    const a = await run(["assess", out(), "--json"]);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.stdout);
    expect(doc.incomplete).toBe(true);
    expect(doc.issues).toHaveLength(1);
    // No sheet of the written workbook is taken for anything but the school table.
    expect(doc.warnings.join("\n")).not.toMatch(/回收情况|多张工作表/);
    expect(doc.county).toBeNull();
  });

  test("the text summary lists errors, the missing schools and the skipped files", async () => {
    const r = await run(["collect", folder, "--out", out(), "--force", "--list", list]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("【未写入汇总表】2 份");
    expect(r.stdout).toContain("【未交的学校】名单「名单.csv」共 4 所，未交 1 所：不存在的学校");
    expect(r.stdout).toContain("~$01.xlsx：Excel 或 WPS 打开文件时的临时锁定文件");
    expect(r.stdout).toContain(`下一步：edu-balance assess ${out()}`);
  });
});

describe("assess FOLDER tells forms from county workbooks", () => {
  test("forms beside a county table: refused, the files of each kind named", async () => {
    const folder = path.join(tmp, "混合");
    fs.mkdirSync(folder);
    await fillForm(path.join(folder, "一校.xlsx"), schoolOf(county.rows[0]));
    fs.copyFileSync(TEMPLATE, path.join(folder, "全县.xlsx"));
    const r = await run(["assess", folder]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("错误"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/既有学校填报表（一校一表：一校\.xlsx）.*县级学校表（全县\.xlsx）/);
  });

  test("collect names a county table in the folder and leaves it out", async () => {
    const folder = path.join(tmp, "混合");
    const r = await run(["collect", folder, "--out", path.join(tmp, "混合.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const table = doc.files.find((f: { file: string }) => f.file === "全县.xlsx");
    expect(table).toMatchObject({ kind: "table", status: "countyTable", written: false });
  });

  test("nothing to collect: exit 1, nothing written", async () => {
    const folder = path.join(tmp, "无表");
    fs.mkdirSync(folder);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("通知").addRow(["请各校交回填报表"]);
    await wb.xlsx.writeFile(path.join(folder, "通知.xlsx"));
    const target = path.join(tmp, "无表.xlsx");
    const r = await run(["collect", folder, "--out", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：文件夹 .* 中没有可以写入汇总表的学校填报表/);
    expect(fs.existsSync(target)).toBe(false);
  });

  test("usage errors: exit 2", async () => {
    expect((await run(["collect"])).code).toBe(2);
    expect((await run(["collect", tmp, "--out", "x.csv"])).code).toBe(2);
    const help = await run(["collect", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("edu-balance collect 文件夹/");
  });
});

describe("the 名单", () => {
  test("a CSV as Chinese Excel saves it (GB18030, CRLF, quotes) or as UTF-8", () => {
    // 学校名称 / 城关一小 in GBK bytes.
    const gbk = Uint8Array.from([
      0xd1, 0xa7, 0xd0, 0xa3, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xb3, 0xc7, 0xb9, 0xd8, 0xd2,
      0xbb, 0xd0, 0xa1, 0x0d, 0x0a,
    ]);
    expect(parseCsv(csvText(gbk))).toEqual([["学校名称"], ["城关一小"]]);
    const utf8 = new TextEncoder().encode(
      '序号,学校名称\n1,"城关一小,东校区"\n2,"南关""九年制""学校"'
    );
    expect(parseCsv(csvText(utf8))).toEqual([
      ["序号", "学校名称"],
      ["1", "城关一小,东校区"],
      ["2", '南关"九年制"学校'],
    ]);
  });

  test("last year's county table as --list; a list without a school-name column is refused (exit 1)", async () => {
    const folder = path.join(tmp, "两校");
    fs.mkdirSync(folder);
    await fillForm(path.join(folder, "a.xlsx"), schoolOf(county.rows[0]));
    await fillForm(path.join(folder, "b.xlsx"), schoolOf(county.rows[1]));
    const r = await run([
      "collect",
      folder,
      "--out",
      path.join(tmp, "两校.xlsx"),
      "--list",
      TEMPLATE,
      "--json",
    ]);
    expect(r.code).toBe(0);
    const roster = JSON.parse(r.stdout).roster;
    expect(roster.expected).toBe(county.rows.length);
    expect(roster.missing).toEqual(county.rows.slice(2).map((x) => String(x[0])));
    const bad = path.join(tmp, "无名单.csv");
    fs.writeFileSync(bad, "序号,备注\n1,无\n");
    const refused = await run([
      "collect",
      folder,
      "--out",
      path.join(tmp, "x.xlsx"),
      "--list",
      bad,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^错误：名单 .* 中找不到学校名称列/);
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
  });

  test("assess FOLDER of forms --out writes the 申报表 and its charts, as assess FILE does", async () => {
    const folder = path.join(tmp, "两校");
    const out = path.join(tmp, "两校申报表.xlsx");
    const r = await run(["assess", folder, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已生成申报表：${out}`);
    expect(fs.existsSync(path.join(tmp, "两校申报表.图表.html"))).toBe(true);
  }, 60000);
});
