/**
 * The official 申报表 (表Ⅰ–表Ⅵ) on the example county: golden files per table
 * (test/report/official/*.txt, one line per row, cells as the printed form shows them;
 * regenerate with UPDATE_GOLDEN=1 only for an intended change), every cell the form
 * defines filled or saying 未填报, and bad or missing county figures named in Chinese
 * with the table still written.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate } from "../../src/core";
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { parseSponsor } from "../../src/core/vocabulary";
import { templateWorkbook, untidyWorkbook } from "../../src/cli/examples/generate";
import { sampleCounty } from "../../src/cli/examples/sampleCounty";
import { buildReport } from "../../src/report";
import { NOT_FILLED } from "../../src/report/formats";
import type { ReportCell, ReportSheet, ReportWorkbook } from "../../src/report/model";
import { OFFICIAL_SHEET_NAMES } from "../../src/report/official";

function cells(wb: ReportWorkbook): SheetCells[] {
  return wb.sheets.map((s) => ({
    name: s.name,
    values: s.rows.map((r) => r.map((c) => (c ? c.value : null))),
  }));
}

/** A cell as the printed form shows it: numbers through their format's decimals. */
function shown(c: ReportCell | undefined): string {
  if (!c || c.value === null) return "";
  if (typeof c.value !== "number") return String(c.value);
  const m = /0\.(0+)/.exec(c.numFmt ?? "");
  const decimals = m ? m[1].length : 0;
  const text = c.value.toFixed(decimals);
  return c.numFmt?.includes("%") ? `${(c.value * 100).toFixed(decimals)}%` : text;
}

function golden(sheet: ReportSheet): string {
  return sheet.rows.map((r) => r.map(shown).join(" | ")).join("\n") + "\n";
}

const county = sampleCounty();
const read = readWorkbook(cells(untidyWorkbook(county)));
const report = buildReport(evaluate(read), {
  charts: false,
  sourceName: "county-untidy.xlsx",
});
const official = report.sheets.slice(0, 7);

describe("the official tables of the example county", () => {
  it("come first, in the form's order, headed by the county's name and year", () => {
    expect(official.map((s) => s.name)).toEqual(Object.values(OFFICIAL_SHEET_NAMES));
    for (const s of report.sheets) {
      expect(String(s.rows[0][0].value)).toContain("示例县");
      expect(String(s.rows[1][0].value)).toContain("填报年度：2025");
      expect(s.print?.footer).toBe("第 &P 页 共 &N 页");
    }
  });

  it.each(official.map((s) => [s.name, s] as const))(
    "%s matches its golden file",
    (name, sheet) => {
      const file = path.join(__dirname, "official", `${name}.txt`);
      if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(file))
        fs.writeFileSync(file, golden(sheet));
      expect(golden(sheet)).toBe(fs.readFileSync(file, "utf8"));
    }
  );

  it("reads the same from the clean template as from the untidy export", () => {
    const r2 = readWorkbook(cells(templateWorkbook(county)));
    const other = buildReport(evaluate(r2), {
      charts: false,
      sourceName: "county-untidy.xlsx",
    });
    for (let k = 0; k < 7; k++) expect(golden(other.sheets[k])).toBe(golden(official[k]));
  });

  it("fills every cell the form defines, or says 未填报 (never a blank, never 0 for a missing figure)", () => {
    for (const sheet of official) {
      const covered = new Set<string>();
      for (const m of sheet.merges ?? [])
        for (let r = m.startRow; r <= m.endRow; r++)
          for (let c = m.startColumn; c <= m.endColumn; c++)
            if (r !== m.startRow || c !== m.startColumn) covered.add(`${r},${c}`);
      const end = sheet.rows.findIndex((row) => row[0]?.style === "note");
      for (let r = 2; r < end; r++) {
        const row = sheet.rows[r];
        if (row.length <= 1) continue; // a 小学 / 初中 block heading
        for (let c = 0; c < sheet.columns.length; c++) {
          if (covered.has(`${r},${c}`)) continue;
          const v = row[c]?.value;
          expect({
            sheet: sheet.name,
            r,
            c,
            blank: v === null || v === undefined || v === "",
          }).toEqual({
            sheet: sheet.name,
            r,
            c,
            blank: false,
          });
        }
      }
    }
  });

  it("completes 表Ⅱ-2's 注 and 备注, and 表Ⅳ's sentences, from the data", () => {
    const ii2 = official[2];
    const note = ii2.rows.find((r) => String(r[0]?.value).startsWith("注：1."))![0].value as string;
    const primary = report.sheets.find((s) => s.id === "formII2")!;
    expect(note).toMatch(
      /^注：1\. 小学学校总数 \d+ 所（其中：一贯制学校的小学部有 \d+ 所，50人及以上教学点有 \d+ 个）/
    );
    expect(primary.rows.some((r) => /达标 \d 项：L7/.test(String(r[r.length - 1]?.value)))).toBe(
      true
    );
    const iv = official[4];
    const rotation = iv.rows.find((r) => r[0]?.value === 11)!;
    expect(rotation[2].value).toBe(
      "全县符合交流轮岗条件教师总数 1,000 名，上一年度交流轮岗教师 91 名，交流轮岗教师占符合交流轮岗条件教师总数的比例 9.1%；交流轮岗的骨干教师 " +
        String(rotation[2].value).split("交流轮岗的骨干教师 ")[1]
    );
    expect(rotation[3]).toMatchObject({ value: "未达标", style: "fail" });
  });

  it("fills 表Ⅳ's and 表Ⅴ's blanks from the county sheet's sentence figures: none is left 未填报", () => {
    const sentence = (sheet: ReportSheet, n: number): string =>
      String(sheet.rows.find((r) => r[0]?.value === n)![2].value);
    const iv = official[4];
    const v = official[5];
    for (const n of [7, 9, 11, 12, 13, 14, 15]) expect(sentence(iv, n)).not.toContain(NOT_FILLED);
    for (const n of [1, 2]) expect(sentence(v, n)).not.toContain(NOT_FILLED);
    expect(sentence(iv, 7)).toBe(
      "特殊教育学校公用经费为 23.80 万元，特殊教育学生数为 35 人，特殊教育学校生均公用经费为 6,800 元"
    );
    // The county sheet's 在公办学校和政府购买学位就读 is the 合计; 公办 is what the bought places leave.
    expect(sentence(iv, 15)).toBe(
      "全县符合条件的随迁子女数 1,960 人，在公办学校就读 1,628 人，在政府购买服务的民办学校就读 96 人，合计 1,724 人，占比 88.0%"
    );
    expect(sentence(v, 2)).toContain("其中，在特殊教育学校就读 35 人，占比 16.5%。");
  });
});

describe("without a county sheet", () => {
  const noCounty = untidyWorkbook(county);
  noCounty.sheets = noCounty.sheets.filter((s) => !/县级指标|指标/.test(s.name));
  const r = readWorkbook(cells(noCounty));
  const rep = buildReport(evaluate(r), { charts: false, sourceName: "某县学校数据.xlsx" });

  it("still writes all seven tables, the missing county figures as 未填报 and never as passes", () => {
    expect(r.county).toBeUndefined();
    expect(rep.sheets.slice(0, 7).map((s) => s.name)).toEqual(Object.values(OFFICIAL_SHEET_NAMES));
    const formI = rep.sheets[0];
    const data = formI.rows[formI.headerRows!];
    expect(data.slice(0, 8).map((c) => c.value)).toEqual(Array(8).fill(NOT_FILLED));
    const iv = rep.sheets[4];
    const verdicts = iv.rows
      .slice(iv.headerRows!)
      .filter((row) => typeof row[0]?.value === "number")
      .map((row) => row[3].value);
    expect(verdicts).not.toContain("达标".repeat(0) + "达标未"); // sanity of the shape
    expect(verdicts.filter((v) => v === NOT_FILLED).length).toBeGreaterThan(5);
  });

  it("takes the county's name from the file name and says so", () => {
    expect(String(rep.sheets[0].rows[0][0].value)).toContain(
      "某县学校数据 义务教育优质均衡发展申报表"
    );
    expect(String(rep.sheets[0].rows[1][0].value)).toContain("县名取自文件名");
  });

  it("lists on 汇总 what remains to be filled in, by table and column", () => {
    const summary = rep.sheets.find((s) => s.id === "summary")!;
    const text = summary.rows.map((row) => row.map((c) => c?.value).join("|")).join("\n");
    expect(text).toMatch(/申报表（表Ⅰ–表Ⅵ）尚待填写 \d+ 项/);
    expect(text).toContain("表Ⅰ|L1 人口总数|县级指标表");
    expect(text).toContain("表Ⅵ|计 L1 问卷总数|县级指标表");
  });

  it("a name given on the command line wins over the file name", () => {
    const named = buildReport(evaluate(r), {
      charts: false,
      sourceName: "x.xlsx",
      countyName: "青石县",
    });
    expect(String(named.sheets[3].rows[0][0].value)).toMatch(/^青石县 义务教育优质均衡发展申报表/);
    expect(String(named.sheets[3].rows[1][0].value)).not.toContain("县名取自文件名");
  });
});

describe("bad county figures", () => {
  it("are named by sheet, row and column in Chinese, and the table is still written", () => {
    const wb = templateWorkbook(county);
    const countySheet = wb.sheets.find((s) =>
      s.rows.some((row) => row[0]?.value === "农业人口数（万人）")
    )!;
    const at = countySheet.rows.findIndex((row) => row[0]?.value === "农业人口数（万人）");
    countySheet.rows[at][1] = { value: "约三十万" };
    const yearAt = countySheet.rows.findIndex((row) => row[0]?.value === "填报年度");
    countySheet.rows[yearAt][1] = { value: "明年" };
    const r = readWorkbook(cells(wb));
    const messages = r.issues.map((i) => `${i.sheet}|${i.row}|${i.column}|${i.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^${countySheet.name}\\|${at + 1}\\|B\\|.*农业人口`))
    );
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^${countySheet.name}\\|${yearAt + 1}\\|B\\|.*填报年度`))
    );
    const rep = buildReport(evaluate(r), { charts: false });
    const formI = rep.sheets[0];
    expect(formI.rows[formI.headerRows!][1].value).toBe(NOT_FILLED);
    expect(formI.rows[formI.headerRows!][0].value).toBeCloseTo(52.6, 6);
    expect(String(formI.rows[1][0].value)).toContain(`填报年度：${NOT_FILLED}`);
  });
});

describe("举办者类型", () => {
  it("accepts the form's code or its name", () => {
    expect(
      [
        7,
        "7",
        "07",
        "县级教育部门",
        "县教育局",
        "民办",
        "地方企业",
        "省级其他部门",
        "中央教育部门",
      ].map(parseSponsor)
    ).toEqual([7, 7, 7, 7, 7, 10, 9, 4, 1]);
    expect([0, 11, "乡镇", "", 7.5].map(parseSponsor)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("a value it cannot read is a warning naming the school, row and column, shown as 未填报", () => {
    const wb = templateWorkbook(county);
    const schools = wb.sheets[0];
    const col = schools.rows[0].findIndex((c) => c.value === "举办者类型");
    expect(col).toBeGreaterThan(0);
    schools.rows[1][col] = { value: "教育口" };
    const r = readWorkbook(cells(wb));
    const issue = r.issues.find((i) => i.message.includes("举办者类型「教育口」"))!;
    expect(issue).toMatchObject({ row: 2, severity: "warning" });
    expect(issue.column).toBeDefined();
    const rep = buildReport(evaluate(r), { charts: false });
    const ii2 = rep.sheets[2];
    const name = String(schools.rows[1][0].value);
    const row = ii2.rows.find((x) => String(x[1]?.value).startsWith(name))!;
    expect(row[2]).toMatchObject({ value: NOT_FILLED, style: "missing" });
  });
});
