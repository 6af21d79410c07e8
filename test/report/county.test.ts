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
function rowsAfter(s: ReportSheet, first: ReportCell[], count: number): ReportCell[][] {
  const i = s.rows.indexOf(first);
  return s.rows.slice(i + 1, i + 1 + count);
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

  test("sheets: 基本情况 after 汇总; 政府保障程度, 教育质量, 社会认可度 after 班额与规模; existing ids kept", () => {
    // The official 申报表 (表Ⅰ–表Ⅵ, test/report/official.test.ts) comes first; our sheets follow.
    const ids = report.sheets.map((s) => s.id).filter((id) => !id.startsWith("form"));
    expect(ids.slice(0, 5)).toEqual(["summary", "basicInfo", "schools", "variation", "classSize"]);
    expect(ids.slice(5, 8)).toEqual(["government", "quality", "recognition"]);
    expect(
      report.sheets
        .filter((s) => !s.id.startsWith("form"))
        .map((s) => s.name)
        .slice(0, 8)
    ).toEqual([
      "汇总",
      "基本情况",
      "学校达标情况",
      "校际均衡",
      "班额与规模",
      "政府保障程度",
      "教育质量",
      "社会认可度",
    ]);
    for (const id of ["basicInfo", "government", "quality", "recognition"]) {
      const s = sheet(id);
      expect(s.print).toEqual({ landscape: true, fitToWidth: true, footer: "第 &P 页 共 &N 页" });
      expect(s.rows[1][0].value).toBe(
        "填报年度：2025　评估标准：国家优质均衡标准（教督〔2017〕6号）　数据来源：county-template.xlsx"
      );
      expect(s.name.length).toBeLessThanOrEqual(31);
    }
  });

  test("a report without county figures has none of these sheets and the 汇总 as before", () => {
    const plain = buildReport(evaluate(passingSchools()), { charts: false });
    expect(plain.sheets.map((s) => s.id)).not.toEqual(expect.arrayContaining(["basicInfo"]));
    expect(plain.sheets.some((s) => ["government", "quality", "recognition"].includes(s.id))).toBe(
      false
    );
    expect(plain.sheets.find((s) => s.id === "summary")!.rows[0][0].value).toBe(
      "县域义务教育优质均衡发展 资源配置测算汇总"
    );
  });
});

describe("政府保障程度", () => {
  const s = sheet("government");

  test("a title, the subtitle and a header repeated on every page", () => {
    // The county's name heads every sheet (from the county sheet's 县（市、区）名称).
    expect(s.rows[0][0].value).toBe("示例县　县域义务教育优质均衡发展 政府保障程度");
    expect(values(s.rows[2])).toEqual([
      "序号",
      "指标",
      "类型",
      "数值",
      "标准",
      "结论",
      "说明或佐证",
    ]);
    expect(s.headerRows).toBe(3);
    expect(s.columns).toHaveLength(7);
  });

  test("item 11: 91 of 1000 eligible teachers rotated is 9.10% < 10%: 未达标, marked; 23 of 91 骨干 is 25.27%", () => {
    const rotated = fig("rotatedTeachers");
    const eligible = fig("eligibleForRotation");
    const backbone = fig("rotatedBackboneTeachers");
    expect(rotated / eligible).toBeCloseTo(0.091, 12);
    const item = rowStarting(s, 11);
    expect(values(item)).toEqual([
      11,
      "全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%",
      "定量",
      "",
      "",
      "未达标",
      "未达标：交流轮岗比例 9.10%，低于 10%；佐证：2023—2024学年交流轮岗名单",
    ]);
    expect(item[5].style).toBe("fail");
    const [first, second] = rowsAfter(s, item, 2);
    expect(values(first)).toEqual([
      "",
      "　交流轮岗比例",
      "",
      "9.10%（91 / 1,000 人）",
      "≥ 10%",
      "未达标",
      "",
    ]);
    expect(first[5].style).toBe("fail");
    expect(values(second)).toEqual([
      "",
      "　骨干教师占比",
      "",
      `${((backbone / rotated) * 100).toFixed(2)}%（23 / 91 人）`,
      "≥ 20%",
      "达标",
      "",
    ]);
    expect(second[5].style).toBe("pass");
  });

  test("items 3–5 are computed from the school and class tables (one school short of an 美术 room, one above 2000, four large classes)", () => {
    expect(values(rowStarting(s, 3)).slice(2, 6)).toEqual(["测算", "", "", "未达标"]);
    const [rooms] = rowsAfter(s, rowStarting(s, 3), 1);
    const required = county.schools.filter(
      (x) => !["teachingPoint", "special", "vocational"].includes(x.type)
    );
    expect(values(rooms).slice(1, 6)).toEqual([
      "　专用教室间数",
      "",
      `${required.length} 所学校中 ${required.length - 1} 所配足`,
      "每 12 个班各 1 间",
      "未达标",
    ]);
    expect(values(rowStarting(s, 4)).slice(3, 7)).toEqual([
      "1 所学校超过上限",
      "≤ 2000 人（九年一贯制、十二年一贯制 ≤ 2500 人）",
      "未达标",
      "未达标：超过规模上限：城关第一小学（2150 人，上限 2000 人）",
    ]);
    const over = (stage: "primary" | "junior", limit: number) =>
      county.classes.filter((c) => c.stage === stage && c.students > limit).length;
    expect(rowStarting(s, 5)[6].value).toBe(
      `未达标：小学 ${over("primary", 45)} 个班超过 45 人；初中 ${over("junior", 50)} 个班超过 50 人`
    );
  });

  test("item 8 compares 98,460 元 with 96,120 元: 102.43%", () => {
    const [pay] = rowsAfter(s, rowStarting(s, 8), 1);
    expect(
      ((fig("teacherAverageSalary") / fig("civilServantAverageSalary")) * 100).toFixed(2)
    ).toBe("102.43");
    expect(values(pay).slice(3, 6)).toEqual([
      "教师 98,460 元 / 公务员 96,120 元（102.43%）",
      "不低于公务员",
      "达标",
    ]);
  });

  test("the last row: 15 items, 11 met, 4 not: 未达标", () => {
    // The last row of the table, above the colour legend.
    const last = s.rows[s.rows.findIndex((r) => r[0]?.style === "note") - 2];
    expect(values(last).slice(1, 6)).toEqual([
      "政府保障程度：15 项中 11 项达标，4 项未达标",
      "",
      "",
      "",
      "未达标",
    ]);
  });
});

describe("教育质量", () => {
  const s = sheet("quality");

  test("item 1: (2236 − 58 + 64) / (2310 − 2) = 97.14%", () => {
    const rate =
      (fig("juniorGraduates") - fig("juniorTransfersIn") + fig("juniorTransfersOut")) /
      (fig("juniorCohortEnrolled") - fig("juniorCohortDeaths"));
    expect((rate * 100).toFixed(2)).toBe("97.14");
    expect(values(rowStarting(s, 1)).slice(3, 6)).toEqual([
      "97.14%（(2,236 − 58 + 64) / (2,310 − 2)）",
      "≥ 95%",
      "达标",
    ]);
  });

  test("item 4: 186.4 万元 of 3,420 万元 is 5.45%", () => {
    expect(values(rowStarting(s, 4)).slice(3, 6)).toEqual([
      "5.45%（1,864,000 / 34,200,000 元）",
      "≥ 5%",
      "达标",
    ]);
  });

  test("item 9: 科学's 校际差异率 0.16 is not below 0.15; every subject on its own row", () => {
    const item = rowStarting(s, 9);
    expect(item[5]).toMatchObject({ value: "未达标", style: "fail" });
    expect(item[6].value).toBe(
      "未达标：科学校际差异率 0.16，未低于 0.15；佐证：2023年国家义务教育质量监测报告"
    );
    const subjects = rowsAfter(s, item, 6).map((r) => [r[1].value, r[3].value, r[5].value]);
    expect(subjects).toEqual([
      ["　语文", "Ⅲ级，差异率 0.11", "达标"],
      ["　数学", "Ⅲ级，差异率 0.13", "达标"],
      ["　科学", "Ⅲ级，差异率 0.16", "未达标"],
      ["　体育与健康", "Ⅳ级，差异率 0.09", "达标"],
      ["　艺术", "Ⅲ级，差异率 0.12", "达标"],
      ["　德育", "Ⅳ级，差异率 0.08", "达标"],
    ]);
  });
});

describe("社会认可度", () => {
  const s = sheet("recognition");
  const groups: [string, string][] = [
    ["students", "学生"],
    ["parents", "家长"],
    ["teachers", "教师"],
    ["principals", "校长"],
    ["npcDeputies", "人大代表"],
    ["cppccMembers", "政协委员"],
    ["residents", "其他群众"],
  ];
  const responses = groups.reduce((sum, [g]) => sum + fig(`survey.responses@${g}`), 0);
  const satisfied = groups.reduce((sum, [g]) => sum + fig(`survey.satisfied@${g}`), 0);

  test("the verdict pools every group: 3,124 of 3,505 is 89.13% ≥ 85%", () => {
    expect([responses, satisfied]).toEqual([3505, 3124]);
    expect(values(rowStarting(s, 1)).slice(2, 6)).toEqual([
      "定量",
      "89.13%（7 类调查对象合计 3,124 / 3,505 人）",
      "≥ 85%",
      "达标",
    ]);
  });

  test("one row per group, the one below 85% marked, and their total", () => {
    for (const [g, name] of groups) {
      const row = rowStarting(s, groups.findIndex(([x]) => x === g) + 1, name);
      expect(values(row).slice(3, 6)).toEqual([
        fig(`survey.responses@${g}`),
        fig(`survey.satisfied@${g}`),
        fig(`survey.satisfied@${g}`) / fig(`survey.responses@${g}`),
      ]);
    }
    expect(rowStarting(s, 7, "其他群众")[5]).toMatchObject({ style: "fail", numFmt: "0.00%" });
    expect(values(rowStarting(s, "", "合计"))).toEqual([
      "",
      "合计",
      "",
      responses,
      satisfied,
      satisfied / responses,
      "",
    ]);
  });
});

describe("基本情况 (表Ⅰ)", () => {
  const s = sheet("basicInfo");

  test("population and 专任教师 from the county sheet", () => {
    expect(values(rowStarting(s, "县域常住人口")).slice(0, 2)).toEqual([
      "县域常住人口",
      "52.60 万人",
    ]);
    expect(values(rowStarting(s, "义务教育阶段专任教师")).slice(0, 2)).toEqual([
      "义务教育阶段专任教师",
      "2,046 人",
    ]);
  });

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
    for (const [type, name] of names) {
      const list = county.schools.filter((x) => x.type === type);
      const sum = (f: (x: (typeof list)[number]) => number) =>
        list.reduce((acc, x) => acc + f(x), 0);
      expect(values(rowStarting(s, name))).toEqual([
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
    const total = rowStarting(s, "合计");
    expect(total[1].value).toBe(county.schools.length);
    expect(total[8].value).toBe(
      county.schools.reduce((acc, x) => acc + x.primaryStudents + x.juniorStudents, 0)
    );
  });

  test("城区/镇区/乡村 rows add up to every school", () => {
    const counts = ["城区", "镇区", "乡村"].map((l) => rowStarting(s, l)[1].value as number);
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
      "1 项中 1 项达标：89.13%（7 类调查对象合计 3,124 / 3,505 人）",
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
  const gov = r.sheets.find((x) => x.id === "government")!;

  test("未填报 items are marked for a second look, never as 达标", () => {
    const item1 = rowStarting(gov, 1);
    expect(item1[5]).toMatchObject({ value: "未填报", style: "borderline" });
    expect(values(item1).slice(3, 5)).toEqual(["未填报", "是"]);
    expect(values(rowStarting(gov, 4)).slice(5, 6)).toEqual(["达标"]);
    const summary = r.sheets.find((x) => x.id === "summary")!;
    expect(values(rowStarting(summary, "一票否决事项")).slice(0, 2)).toEqual([
      "一票否决事项",
      "6 项未填报",
    ]);
    expect(rowStarting(summary, "县域优质均衡总体结论")[1].value).toBe("未达到");
  });

  test("基本情况: figures not filled in say so; the school counts come from the evaluation's records", () => {
    const basic = r.sheets.find((x) => x.id === "basicInfo")!;
    expect(rowStarting(basic, "县域常住人口")[1]).toMatchObject({
      value: "未填报",
      style: "borderline",
    });
    expect(basic.rows.some((row) => row[0]?.value === "未提供学校表数据")).toBe(false);
  });
});
