import { evaluate } from "../../src/core/pipeline";
/**
 * The 申报表 sheets of the county-level parts, as golden content: the example
 * county (src/cli/examples) read through the same path as the hosts
 * (readWorkbook → assessTable → buildReport), every expected figure worked out
 * here by hand from the sample's raw figures.
 */
import { readWorkbook } from "../../src/core/table";
import type { SheetCells } from "../../src/core/types";
import { templateWorkbook, untidyWorkbook } from "../../src/cli/examples/generate";
import { sampleCounty, sampleCountyFigures } from "../../src/cli/examples/sampleCounty";
import { buildReport } from "../../src/report";
import { FULL_SUMMARY_TITLE } from "../../src/report/county";
import type { ReportCell, ReportSheet, ReportWorkbook } from "../../src/report/model";
import { emptyFigures, passingSchools } from "../core/county/helpers";

function cells(wb: ReportWorkbook): SheetCells[] {
  return wb.sheets.map((s) => ({
    name: s.name,
    values: s.rows.map((r) => r.map((c) => (c ? c.value : null))),
  }));
}

const county = sampleCounty();
const figures = new Map(
  sampleCountyFigures().map((f) => [f.param ? `${f.key}@${f.param}` : f.key, f.value])
);
const fig = (key: string): number => Number(figures.get(key));
const read = readWorkbook(cells(templateWorkbook(county)));
const ev = evaluate(read);
const a = ev.assessment;
const report = buildReport(ev, { charts: false, sourceName: "county-template.xlsx" });

function sheet(id: string): ReportSheet {
  const s = report.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
}
const values = (row: ReportCell[] | undefined): unknown[] => (row ?? []).map((c) => c?.value);
function rowStarting(s: ReportSheet, ...start: unknown[]): ReportCell[] {
  const row = s.rows.find((r) => start.every((v, i) => r[i]?.value === v));
  if (!row) throw new Error(`no row ${start.join(" ")} in ${s.name}`);
  return row;
}

describe("the example county read, assessed and reported", () => {
  test("the county sheet is read without issues, from the template and from the untidy export alike", () => {
    expect(read.countySheet).toBe("县级指标");
    expect(read.issues).toEqual([]);
    const untidy = readWorkbook(cells(untidyWorkbook(county)));
    expect(untidy.issues).toEqual([]);
    expect(untidy.countySheet).toBe("优质均衡县级指标填报表");
    const b = evaluate(untidy).assessment;
    // The same county, other cells: the judged items are the same but for where they were read.
    const strip = (x: unknown) =>
      JSON.parse(JSON.stringify(x, (k, v) => (k === "sources" || k === "sheet" ? undefined : v)));
    expect(strip(b.county)).toEqual(strip(a.county));
  });

  test("sheets: the official tables, then 汇总 and the working sheets; nothing said twice (issue 24)", () => {
    // The official 申报表 (表Ⅰ–表Ⅵ, test/report/official.test.ts) comes first; our sheets follow.
    expect(report.sheets.map((s) => s.name)).toEqual([
      "表Ⅰ基本情况",
      "表Ⅱ-1资源配置",
      "表Ⅱ-2分学校",
      "表Ⅲ校际均衡",
      "表Ⅳ政府保障",
      "表Ⅴ教育质量",
      "表Ⅵ社会认可度",
      "汇总",
      "学校达标情况",
      "校际均衡",
      "班额与规模",
      "补差测算",
      "分组比较",
    ]);
  });

  test("a report without county figures has the same sheets and the 汇总 of 资源配置 alone", () => {
    const plain = buildReport(evaluate(passingSchools()), { charts: false });
    expect(plain.sheets.map((s) => s.id)).toEqual(report.sheets.map((s) => s.id));
    expect(plain.sheets.find((s) => s.id === "summary")!.rows[0][0].value).toBe(
      "县域义务教育优质均衡发展 资源配置测算汇总"
    );
  });
});

/** The row of an item (序号 in column 甲) on an official table. */
const item = (id: string, n: number): unknown[] => values(rowStarting(sheet(id), n));

describe("表Ⅳ 政府保障程度: the figures worked out by hand", () => {
  test("item 11: 91 of 1000 eligible teachers rotated is 9.1% < 10%: 未达标; 23 of 91 骨干 is 25.3%", () => {
    const rotated = fig("rotatedTeachers");
    const eligible = fig("eligibleForRotation");
    const backbone = fig("rotatedBackboneTeachers");
    expect(((rotated / eligible) * 100).toFixed(1)).toBe("9.1");
    expect(((backbone / rotated) * 100).toFixed(1)).toBe("25.3");
    const row = rowStarting(sheet("formIV"), 11);
    expect(values(row)[2]).toBe(
      "全县符合交流轮岗条件教师总数 1,000 名，上一年度交流轮岗教师 91 名，交流轮岗教师占符合交流轮岗条件教师总数的比例 9.1%；交流轮岗的骨干教师 23 名，占交流轮岗教师总数的比例 25.3%"
    );
    expect(row[3]).toMatchObject({ value: "未达标", style: "fail" });
  });

  test("items 4–5 are counted from the school and class tables (one school above 2000, four large classes)", () => {
    expect(item("formIV", 4).slice(2)).toEqual([
      "超过 2000 人的小学 1 所，初中 0 所，超过 2500 人的一贯制学校 0 所",
      "未达标",
    ]);
    const over = (stage: "primary" | "junior", limit: number) =>
      county.classes.filter((c) => c.stage === stage && c.students > limit).length;
    expect(item("formIV", 5).slice(2)).toEqual([
      `超过 45 人的小学班级 ${over("primary", 45)} 个，超过 50 人的初中班级 ${over("junior", 50)} 个`,
      "未达标",
    ]);
  });

  test("item 8 compares 98,460 元 with 96,120 元", () => {
    expect(fig("teacherAverageSalary")).toBeGreaterThan(fig("civilServantAverageSalary"));
    expect(item("formIV", 8).slice(2)).toEqual([
      "全县义务教育学校教师年平均工资收入为 98,460 元，当地公务员年平均工资收入 96,120 元",
      "达标",
    ]);
  });
});

describe("表Ⅴ 教育质量: the figures worked out by hand", () => {
  test("item 1: (2236 − 58 + 64) / (2310 − 2) = 97.1%", () => {
    const rate =
      (fig("juniorGraduates") - fig("juniorTransfersIn") + fig("juniorTransfersOut")) /
      (fig("juniorCohortEnrolled") - fig("juniorCohortDeaths"));
    expect((rate * 100).toFixed(1)).toBe("97.1");
    expect(String(item("formV", 1)[2])).toMatch(/全县初中三年巩固率为 97\.1%$/);
    expect(item("formV", 1)[3]).toBe("达标");
  });

  test("item 4: 186.4 万元 of 3,420 万元 is 5.45%", () => {
    expect(item("formV", 4).slice(2)).toEqual([
      "5.45%（1,864,000 / 34,200,000 元）；各校决算汇总",
      "达标",
    ]);
  });

  test("item 9: 科学's 校际差异率 0.16 is not below 0.15; the 汇总 names the subject", () => {
    expect(item("formV", 9)[3]).toBe("未达标");
    const gap = rowStarting(sheet("summary"), "教育质量", "9. 质量监测");
    expect(gap[3].value).toBe("未达标：科学校际差异率 0.16，未低于 0.15");
  });
});

describe("分组比较: schools, classes and students by type and by 城乡 (what 表Ⅰ does not split)", () => {
  const s = sheet("breakdowns");

  test("schools, classes and students by type, and their total, counted from the school table", () => {
    const names: [string, string][] = [
      ["primary", "小学"],
      ["nineYear", "九年一贯制学校"],
      ["twelveYear", "十二年一贯制学校"],
      ["junior", "初中"],
      ["complete", "完全中学"],
      ["special", "特殊教育学校"],
      ["teachingPoint", "教学点"],
    ];
    const head = s.rows.findIndex((r) => r[0]?.value === "四、学校、班级与在校生（按学校类型）");
    expect(head).toBeGreaterThan(0);
    const section = { ...s, rows: s.rows.slice(head) };
    for (const [type, name] of names) {
      const list = county.schools.filter((x) => x.type === type);
      const sum = (f: (x: (typeof list)[number]) => number) =>
        list.reduce((acc, x) => acc + f(x), 0);
      expect(values(rowStarting(section, name))).toEqual([
        name,
        list.length,
        list.filter((x) => x.ownership === "private").length,
        sum((x) => x.primaryClasses),
        sum((x) => x.juniorClasses),
        sum((x) => x.primaryStudents),
        sum((x) => x.juniorStudents),
        sum((x) => x.seniorStudents),
        sum((x) => x.primaryStudents + x.juniorStudents),
      ]);
    }
    const total = rowStarting(section, "合计");
    expect(total[1].value).toBe(county.schools.length);
    expect(total[8].value).toBe(
      county.schools.reduce((acc, x) => acc + x.primaryStudents + x.juniorStudents, 0)
    );
  });

  test("城区/镇区/乡村 rows add up to every school", () => {
    const head = s.rows.findIndex((r) => r[0]?.value === "五、学校、班级与在校生（按城乡）");
    const section = { ...s, rows: s.rows.slice(head) };
    const counts = ["城区", "镇区", "乡村"].map((l) => rowStarting(section, l)[1].value as number);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(county.schools.length);
  });
});

describe("汇总: the four parts, the vetoes, the verdict and every gap", () => {
  const s = sheet("summary");

  test("the title covers the whole assessment now", () => {
    expect(s.rows[0][0].value).toBe(`示例县　${FULL_SUMMARY_TITLE}`);
  });

  test("the verdict of each part, and of the county", () => {
    expect(values(rowStarting(s, "资源配置"))).toEqual([
      "资源配置",
      "未达标",
      "达标",
      "所有学校达到办学标准且 7 项差异系数均达标",
    ]);
    expect(values(rowStarting(s, "政府保障程度"))).toEqual([
      "政府保障程度",
      "未达标",
      "",
      "15 项中 11 项达标，4 项未达标",
    ]);
    expect(values(rowStarting(s, "教育质量"))).toEqual([
      "教育质量",
      "未达标",
      "",
      "9 项中 8 项达标，1 项未达标",
    ]);
    expect(values(rowStarting(s, "社会认可度"))).toEqual([
      "社会认可度",
      "达标",
      "",
      "1 项中 1 项达标：89.13%（7 类调查对象合计 3,124 / 3,505 人）；认可度低于 85% 的调查对象：其他群众 83.00%",
    ]);
    expect(values(rowStarting(s, "一票否决事项")).slice(0, 2)).toEqual(["一票否决事项", "无"]);
    const verdict = rowStarting(s, "县域优质均衡总体结论");
    expect(verdict[1]).toMatchObject({ value: "未达到", style: "fail" });
  });

  test("one line per failing or missing item, after the resource gaps", () => {
    const head = s.rows.findIndex((r) => r[0]?.value === "差距与未填报事项（逐项）");
    const body = s.rows.slice(head + 2);
    const lines = body
      .slice(
        0,
        body.findIndex((r) => r.length === 0)
      )
      .map((r) => values(r).slice(0, 3));
    expect(lines).toEqual([
      ["资源配置", "小学", "未达标"],
      ["政府保障程度", "3. 音乐、美术专用教室", "未达标"],
      ["政府保障程度", "4. 学校规模", "未达标"],
      ["政府保障程度", "5. 班额", "未达标"],
      ["政府保障程度", "11. 教师交流轮岗", "未达标"],
      ["教育质量", "9. 质量监测", "未达标"],
    ]);
    expect(s.rows[head + 2][3].value).toBe(
      "未达到办学标准的学校：城关第一小学、白马镇大坪小学、石桥镇桥头小学"
    );
  });
});

describe("a county sheet with nothing filled in", () => {
  const { schools, classes } = passingSchools();
  const ev = evaluate({ schools, classes, county: emptyFigures() });
  const r = buildReport(ev, { charts: false });

  test("未填报 items are marked for a second look, never as 达标", () => {
    const gov = r.sheets.find((x) => x.id === "formIV")!;
    expect(values(rowStarting(gov, 1))[3]).not.toBe("达标");
    const summary = r.sheets.find((x) => x.id === "summary")!;
    expect(values(rowStarting(summary, "政府保障程度", "1. 规划布局合理")).slice(2)).toEqual([
      "未填报",
      "未填报：学校规划布局合理",
    ]);
    expect(rowStarting(summary, "政府保障程度", "3. 音乐、美术专用教室")[2].value).toBe("缺少数据");
    expect(values(rowStarting(summary, "一票否决事项")).slice(0, 2)).toEqual([
      "一票否决事项",
      "6 项未填报",
    ]);
    expect(rowStarting(summary, "县域优质均衡总体结论")[1].value).toBe("未达到");
  });
});
