/**
 * The re-check's fixtures, built here (no public file copied):
 * - officialLayout(): a county's 表Ⅱ-2 as the national form lays it out — title, 填报单位, a
 *   header whose indicator columns are named only by the group 资源配置指标 and the L-codes,
 *   小学 and 初中 blocks each numbered from 1 under a heading row, 注 and signature rows — with
 *   its 表Ⅲ and 表Ⅱ-1 as the county computed them from raw data (河口小学's 4.196 and 0.897
 *   are shown 4.20 and 0.90 in 表Ⅱ-2, so the county says 否 and counts it out);
 * - publicTable(): a plain 公示 table, columns in another order, the stage in a 学段 column,
 *   全县平均值 and 差异系数 rows under the schools;
 * - ownReport(): EduBalance's own 申报表 of the example county (the round trip).
 */
import { evaluate, type Evaluation } from "../../../src/core";
import { readWorkbook } from "../../../src/core/table";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { templateWorkbook } from "../../../src/cli/examples/generate";
import { sampleCounty } from "../../../src/cli/examples/sampleCounty";
import { buildReport, type ReportWorkbook } from "../../../src/report";

/** A report model's sheets as a reader gives them: values and merges. */
export function cells(wb: ReportWorkbook): SheetCells[] {
  return wb.sheets.map((s) => ({
    name: s.name,
    merges: s.merges,
    values: s.rows.map((r) => r.map((c) => (c ? c.value : null))),
  }));
}

/** A deep copy, to tamper with. */
export function copy(sheets: readonly SheetCells[]): SheetCells[] {
  return sheets.map((s) => ({
    ...s,
    merges: s.merges?.map((m) => ({ ...m })),
    values: s.values.map((r) => [...r]),
  }));
}

/** The cell at an Excel reference ("N8") of a sheet, for reading and tampering. */
export function at(
  sheets: SheetCells[],
  sheet: string,
  ref: string
): { get(): CellValue; set(v: CellValue): void } {
  const s = sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return {
    get: () => s.values[row]?.[col] ?? null,
    set: (v) => {
      while (s.values.length <= row) s.values.push([]);
      s.values[row][col] = v;
    },
  };
}

let own: { ev: Evaluation; report: ReportWorkbook } | undefined;

/** The example county's 申报表, as `edu-balance assess examples/county-template.xlsx --out` writes it. */
export function ownReport(): { ev: Evaluation; report: ReportWorkbook; sheets: SheetCells[] } {
  if (!own) {
    const ev = evaluate(readWorkbook(cells(templateWorkbook(sampleCounty()))));
    own = { ev, report: buildReport(ev, { charts: false, sourceName: "county-template.xlsx" }) };
  }
  return { ...own, sheets: cells(own.report) };
}

const CODES = Array.from({ length: 14 }, (_, i) => `L${i + 1}`);

/** 表Ⅱ-2 in the form's own layout (see the top of this file). */
export function officialFormII2(): SheetCells {
  const v: CellValue[][] = [
    ["表Ⅱ-2　小学、初中资源配置基本情况（分学校）"],
    ["填报单位（盖章）：河西县教育局"],
    [
      "序号",
      "学校名称",
      "举办者类型",
      "在校生数",
      "年级数",
      "班级数",
      "资源配置指标",
      "",
      "",
      "",
      "",
      "",
      "",
      "该校综合评估是否达标",
      "备注（注明有哪几项指标达标，哪几项指标达到85%）",
    ],
    [...CODES, ""],
    ["小学"],
    [1, "城关第一小学", 7, 1200, 6, 26, 5.1, 1.25, 1.08, 5.2, 8.3, 2450, 2.75, "是", "7 项达标"],
    [
      2,
      "青石镇中心小学",
      7,
      800,
      6,
      18,
      4.5,
      0.95,
      1,
      4.8,
      7.6,
      2100.5,
      2.4,
      "是",
      "6 项达标，L8 达到85%",
    ],
    [3, "白马镇村小", 7, 150, 6, 6, 3.33, 0.67, 0.67, 6, 9, 1800, 2, "否", "2 项达标"],
    [4, "河口小学", 7, 300, 6, 8, 4.2, 0.9, 1, 5, 8, 2200, 2.5, "否", "5 项达标"],
    ["初中"],
    [1, "城关中学", 7, 1000, 3, 22, 6.2, 1.3, 1.1, 7, 12, 3100, 3, "是", "7 项达标"],
    [2, "县实验学校（初中部）", 7, 400, 3, 9, 5.75, 1, 1.25, 6.5, 11, 2600, 2.5, "是", "7 项达标"],
    [
      "注：1. 小学学校总数 4 所（其中：一贯制学校的小学部有 0 所，50人及以上教学点有 0 个），初中学校总数 2 所（其中：一贯制学校的初中部 1 所，完全中学的初中部 0 所）。",
    ],
    ["2. 举办者类型代码：中央教育部门 1、……、县级教育部门 7、……、民办 10。"],
    ["3. L7–L13 保留两位小数。"],
    ["填报单位（盖章）：　　单位负责人（签字）：　　填表人："],
  ];
  return {
    name: "表Ⅱ-2",
    values: v,
    merges: [
      { startRow: 0, startColumn: 0, endRow: 0, endColumn: 14 },
      { startRow: 2, startColumn: 6, endRow: 2, endColumn: 12 },
      { startRow: 4, startColumn: 0, endRow: 4, endColumn: 14 },
      { startRow: 9, startColumn: 0, endRow: 9, endColumn: 14 },
    ],
  };
}

const FULL_NAMES = [
  "每百名学生拥有高于规定学历教师数",
  "每百名学生拥有县级以上骨干教师数",
  "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
  "生均教学及辅助用房面积",
  "生均体育运动场馆面积",
  "生均教学仪器设备值",
  "每百名学生拥有网络多媒体教室数",
];

/** 表Ⅲ as the county computed it from its raw data (means 2 decimals, CVs 3). */
export function officialFormIII(): SheetCells {
  return {
    name: "表Ⅲ",
    values: [
      ["表Ⅲ　县域义务教育校际均衡情况"],
      ["学段", "项目", ...FULL_NAMES, "综合"],
      ["甲", "乙", ...CODES.slice(0, 8)],
      ["小学", "全县平均值", 4.69, 1.07, 1.02, 5.09, 8.08, 2265.47, 2.56, "——"],
      ["", "差异系数", 0.104, 0.172, 0.095, 0.057, 0.048, 0.088, 0.084, "达标"],
      ["初中", "全县平均值", 6.07, 1.21, 1.14, 6.86, 11.71, 2957.14, 2.86, "——"],
      ["", "差异系数", 0.033, 0.112, 0.059, 0.033, 0.039, 0.076, 0.079, "达标"],
      ["注：全县平均值保留两位小数，差异系数保留三位小数。"],
    ],
  };
}

/** 表Ⅱ-1 as the county counted from raw data (河口小学 below 4.2 and failing). */
export function officialFormII1(): SheetCells {
  return {
    name: "表Ⅱ-1",
    values: [
      ["表Ⅱ-1　小学、初中资源配置基本情况"],
      ["学段", "项目", ...FULL_NAMES, "综合评估"],
      ["甲", "乙", ...CODES.slice(0, 8)],
      ["小学", "达标学校总数", 2, 1, 3, 4, 4, 3, 3, 2],
      ["", "达标学校比例（%）", 50, 25, 75, 100, 100, 75, 75, 50],
      ["初中", "达标学校总数", 2, 2, 2, 2, 2, 2, 2, 2],
      ["", "达标学校比例（%）", 100, 100, 100, 100, 100, 100, 100, 100],
    ],
  };
}

export function officialLayout(): SheetCells[] {
  return [officialFormII1(), officialFormII2(), officialFormIII()];
}

/** A plain 公示 table: another column order, 学段 in a column, the county's 平均值 and 差异系数 rows below. */
export function publicTable(): SheetCells {
  return {
    name: "公示",
    values: [
      ["河西县2024年义务教育学校办学条件公示"],
      [
        "学段",
        "学校",
        "学生数",
        "生均教学及辅助用房面积（㎡）",
        "生均体育运动场馆面积（㎡）",
        "生均教学仪器设备值（元）",
        "每百名学生拥有网络多媒体教室数（间）",
        "每百名学生拥有高于规定学历教师数（人）",
        "每百名学生拥有县级以上骨干教师数（人）",
        "每百名学生拥有体育、艺术专任教师数（人）",
      ],
      ["小学", "城关第一小学", 1200, 5.2, 8.3, 2450, 2.75, 5.1, 1.25, 1.08],
      ["小学", "青石镇中心小学", 800, 4.8, 7.6, 2100.5, 2.4, 4.5, 0.95, 1],
      ["小学", "白马镇村小", 150, 6, 9, 1800, 2, 3.33, 0.67, 0.67],
      ["小学", "河口小学", 300, 5, 8, 2200, 2.5, 4.2, 0.9, 1],
      ["初中", "城关中学", 1000, 7, 12, 3100, 3, 6.2, 1.3, 1.1],
      ["初中", "县实验学校（初中部）", 400, 6.5, 11, 2600, 2.5, 5.75, 1, 1.25],
      ["小学", "全县平均值", "", 5.09, 8.08, 2265.47, 2.56, 4.69, 1.07, 1.02],
      ["小学", "差异系数", "", 0.057, 0.048, 0.088, 0.084, 0.104, 0.172, 0.095],
      ["初中", "全县平均值", "", 6.86, 11.71, 2957.14, 2.86, 6.07, 1.21, 1.14],
      ["初中", "差异系数", "", 0.033, 0.039, 0.076, 0.079, 0.033, 0.112, 0.059],
      ["数据来源：2024 年教育事业统计"],
    ],
  };
}
