/**
 * Writes the example county (sampleCounty.ts) twice:
 * - examples/county-template.xlsx: the clean data template (template.md §1–2, 万元);
 * - examples/county-untidy.xlsx: the same county as a statistics export really
 *   looks (template.md §1 "what real workbooks do"): title and 填报单位 rows, a
 *   merged two-row header, 元 instead of 万元, numbers stored as text with
 *   thousands separators, blank rows, 小计/合计 rows, columns in another order,
 *   the class sheet first under another name;
 * both with the county sheet (县级指标, countySheet.ts: the template's layout, and
 * a county's own wording);
 * and examples/expected.json, the CLI's --json output for the template;
 * and examples/years/示例县2023.xlsx … 示例县2025.xlsx, the county over three years
 * (years.ts), for `edu-balance compare examples/years/`.
 *
 * Run with `npm run examples` (after `npm run build:cli`).
 */
import * as fs from "fs";
import * as path from "path";
import {
  type ClassRecord,
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  SCHOOL_TYPE_NAMES,
  type SchoolRecord,
  type SchoolType,
  STAGE_NAMES,
  templateHeaders,
} from "../../core";
import type { ReportCell, ReportSheet, ReportWorkbook } from "../../report";
import { main } from "../main";
import { writeXlsx } from "../xlsx";
import {
  sampleCounty,
  sampleCountyFigures,
  yuanToWan,
  type SampleCounty,
  type SampleCountyFigure,
} from "./sampleCounty";
import { templateCountySheet, untidyCountySheet } from "./countySheet";
import { EXAMPLE_YEARS, exampleYears, yearFigures, yearFileName } from "./years";

// ---------------------------------------------------------------------------
// The clean template
// ---------------------------------------------------------------------------

type TemplateValue = string | number;

/**
 * A school's value for one template column. The headers themselves come from
 * the reader's templateHeaders(), so the example is exactly what the reader and
 * the wizard's "create template" step expect.
 */
function templateValue(s: SchoolRecord, field: string, header: string): TemplateValue {
  switch (field) {
    case "type":
      return SCHOOL_TYPE_NAMES[s.type];
    case "ownership":
      return s.ownership ? OWNERSHIP_NAMES[s.ownership] : "";
    case "locale":
      return s.locale ? LOCALE_NAMES[s.locale] : "";
    case "group":
      return s.group ?? "";
    case "equipmentValue":
      // The statistics report 教学仪器设备值 in 万元 (standards.md §1.1); the header says which.
      return header.includes("万元") ? yuanToWan(s.equipmentValue) : s.equipmentValue;
    default: {
      const v = (s as unknown as Record<string, unknown>)[field];
      return typeof v === "number" || typeof v === "string" ? v : "";
    }
  }
}

const TEMPLATE_WIDTHS: Record<string, number> = { name: 22, type: 16, group: 12 };

function headerCell(text: string): ReportCell {
  return { value: text, style: "header" };
}

function plainSheet(
  name: string,
  id: string,
  rows: ReportCell[][],
  widths: number[],
  headerRows: number,
  merges: ReportSheet["merges"] = []
): ReportSheet {
  return {
    name,
    id,
    columns: widths.map((width) => ({ width })),
    rows,
    merges,
    headerRows,
    print: { landscape: true, fitToWidth: true },
  };
}

function withoutColumn<T extends { headers: string[]; fields: string[] }>(
  sheet: T,
  field: string
): T {
  const keep = sheet.fields.map((f) => f !== field);
  return {
    ...sheet,
    headers: sheet.headers.filter((_, i) => keep[i]),
    fields: sheet.fields.filter((_, i) => keep[i]),
  };
}

export function templateWorkbook(county: SampleCounty): ReportWorkbook {
  const { classSheet } = templateHeaders();
  // The example county keeps the columns it was made with: without 学校标识码 (issue 25), so that
  // the example and examples/expected.json stay as they are; its years (years.ts) have codes.
  const schoolSheet = county.schools.some((s) => s.code !== undefined)
    ? templateHeaders().schoolSheet
    : withoutColumn(templateHeaders().schoolSheet, "code");
  const schoolRows: ReportCell[][] = [schoolSheet.headers.map(headerCell)];
  for (const s of county.schools) {
    schoolRows.push(
      schoolSheet.fields.map((field, i) => {
        const value = templateValue(s, field, schoolSheet.headers[i]);
        return field === "equipmentValue"
          ? { value, style: "text", numFmt: "0.00" }
          : { value, style: "text" };
      })
    );
  }
  const classValue = (c: ClassRecord, field: string): TemplateValue =>
    field === "stage"
      ? STAGE_NAMES[c.stage]
      : ((c as unknown as Record<string, string | number>)[field] ?? "");
  const classRows: ReportCell[][] = [classSheet.headers.map(headerCell)];
  for (const c of county.classes)
    classRows.push(classSheet.fields.map((f) => ({ value: classValue(c, f), style: "text" })));
  return {
    sheets: [
      plainSheet(
        schoolSheet.name,
        "schoolData",
        schoolRows,
        schoolSheet.fields.map((f) => TEMPLATE_WIDTHS[f] ?? 12),
        1
      ),
      plainSheet(
        classSheet.name,
        "classData",
        classRows,
        classSheet.fields.map((f) => (f === "school" ? 22 : f === "className" ? 16 : 8)),
        1
      ),
      templateCountySheet(sampleCountyFigures()),
    ],
  };
}

/**
 * One year of a county (years.ts): the template's school and class sheets (with 学校标识码 when
 * the schools have codes) and the county sheet with `figures`; without figures, no county sheet.
 */
export function yearWorkbook(
  county: SampleCounty,
  figures?: readonly SampleCountyFigure[]
): ReportWorkbook {
  const sheets = templateWorkbook(county).sheets.slice(0, 2);
  if (figures !== undefined) sheets.push(templateCountySheet(figures));
  return { sheets };
}

// ---------------------------------------------------------------------------
// The untidy statistics export
// ---------------------------------------------------------------------------

/** The wording statistics exports use for types: short forms (template.md §1). */
const UNTIDY_TYPE_NAMES: Record<SchoolType, string> = {
  primary: "小学",
  junior: "初级中学",
  nineYear: "九年制",
  complete: "完中",
  twelveYear: "十二年一贯制",
  teachingPoint: "教学点",
  special: "特教学校",
  vocational: "职业高中",
};

/** "1,234,500": how exports store numbers as text. */
function withSeparators(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

type Group = { text: string; sub?: string[] };

/** Columns in the export's own order, with a two-row header: group text over stage columns. */
const UNTIDY_COLUMNS: { group: Group; values: (s: SchoolRecord) => (number | string)[] }[] = [
  { group: { text: "学校名称" }, values: (s) => [s.name] },
  { group: { text: "办学类型" }, values: (s) => [UNTIDY_TYPE_NAMES[s.type]] },
  { group: { text: "城乡分类" }, values: (s) => [s.locale ? LOCALE_NAMES[s.locale] : ""] },
  { group: { text: "所属学区" }, values: (s) => [s.group ?? ""] },
  { group: { text: "办学性质" }, values: (s) => [s.ownership ? OWNERSHIP_NAMES[s.ownership] : ""] },
  {
    group: { text: "在校学生数（人）", sub: ["小学", "初中", "高中"] },
    values: (s) => [s.primaryStudents, s.juniorStudents, s.seniorStudents],
  },
  {
    group: { text: "班级数（个）", sub: ["小学", "初中"] },
    values: (s) => [s.primaryClasses, s.juniorClasses],
  },
  { group: { text: "教学仪器设备值（元）" }, values: (s) => [s.equipmentValue] },
  { group: { text: "网络多媒体教室（间）" }, values: (s) => [s.multimediaRooms] },
  { group: { text: "教学及辅助用房面积（平方米）" }, values: (s) => [s.teachingArea] },
  { group: { text: "其中：室内体育用房（平方米）" }, values: (s) => [s.indoorSportsArea] },
  { group: { text: "运动场地面积（平方米）" }, values: (s) => [s.outdoorSportsArea] },
  {
    group: { text: "专任教师中高于规定学历人数", sub: ["小学", "初中"] },
    values: (s) => [s.primaryQualifiedTeachers, s.juniorQualifiedTeachers],
  },
  {
    group: { text: "县级以上骨干教师数", sub: ["小学", "初中"] },
    values: (s) => [s.primaryBackboneTeachers, s.juniorBackboneTeachers],
  },
  {
    group: { text: "体育、艺术专任教师数", sub: ["小学", "初中"] },
    values: (s) => [s.primaryPeArtTeachers, s.juniorPeArtTeachers],
  },
  { group: { text: "音乐专用教室（间）" }, values: (s) => [s.musicRooms ?? ""] },
  { group: { text: "美术专用教室（间）" }, values: (s) => [s.artRooms ?? ""] },
  { group: { text: "举办者类型" }, values: (s) => [s.sponsor === 10 ? "民办" : "县级教育部门"] },
  { group: { text: "年级数" }, values: (s) => [s.grades ?? ""] },
  {
    group: { text: "教职工数（人）", sub: ["小学", "初中"] },
    values: (s) => [s.primaryStaff ?? "", s.juniorStaff ?? ""],
  },
  {
    group: { text: "专任教师数（人）", sub: ["小学", "初中"] },
    values: (s) => [s.primaryFullTimeTeachers ?? "", s.juniorFullTimeTeachers ?? ""],
  },
  { group: { text: "联系电话" }, values: () => ["0000-1234567"] },
];

/** A number as an export stores it: mostly text with separators, some with stray spaces, a few real numbers. */
function exportNumber(n: number, k: number): ReportCell {
  if (k % 7 === 3) return { value: n };
  if (k % 5 === 1) return { value: ` ${withSeparators(n)} ` };
  return { value: withSeparators(n) };
}

function untidySchoolSheet(county: SampleCounty): ReportSheet {
  const columns = UNTIDY_COLUMNS.flatMap((c) => (c.group.sub ?? [c.group.text]).map(() => c));
  const width = columns.length + 1; // + 序号
  const rows: ReportCell[][] = [];
  const merges: NonNullable<ReportSheet["merges"]> = [];
  rows.push([{ value: `${county.county}2024年义务教育学校办学条件统计表`, style: "title" }]);
  merges.push({ startRow: 0, startColumn: 0, endRow: 0, endColumn: width - 1 });
  rows.push([
    { value: `填报单位：${county.county}教育局（盖章）　　　　单位：人、个、平方米、元、间` },
  ]);
  merges.push({ startRow: 1, startColumn: 0, endRow: 1, endColumn: width - 1 });
  const top: ReportCell[] = [headerCell("序号")];
  const sub: ReportCell[] = [headerCell("")];
  merges.push({ startRow: 2, startColumn: 0, endRow: 3, endColumn: 0 });
  let col = 1;
  for (const c of UNTIDY_COLUMNS) {
    if (c.group.sub) {
      top.push(headerCell(c.group.text), ...c.group.sub.slice(1).map(() => headerCell("")));
      sub.push(...c.group.sub.map(headerCell));
      merges.push({
        startRow: 2,
        startColumn: col,
        endRow: 2,
        endColumn: col + c.group.sub.length - 1,
      });
      col += c.group.sub.length;
    } else {
      top.push(headerCell(c.group.text));
      sub.push(headerCell(""));
      merges.push({ startRow: 2, startColumn: col, endRow: 3, endColumn: col });
      col += 1;
    }
  }
  rows.push(top, sub);

  // Numbers the school does not have (a 小学's 初中 columns) are left blank, as exports do.
  const schoolCells = (s: SchoolRecord, index: number): ReportCell[] => {
    const cells: ReportCell[] = [{ value: index }];
    let k = index;
    for (const c of UNTIDY_COLUMNS) {
      c.values(s).forEach((v, i) => {
        k++;
        const stage = c.group.sub?.[i];
        const absent =
          stage !== undefined &&
          (stage === "小学"
            ? s.primaryStudents
            : stage === "初中"
              ? s.juniorStudents
              : s.seniorStudents) === 0;
        if (typeof v === "number")
          cells.push(absent && v === 0 ? { value: "" } : exportNumber(v, k));
        else cells.push({ value: v });
      });
    }
    return cells;
  };
  const numericColumns = UNTIDY_COLUMNS.flatMap((c) =>
    c.values(county.schools[0]).map((v) => typeof v === "number")
  );
  const sumRow = (label: string, schools: SchoolRecord[]): ReportCell[] => {
    const sums = UNTIDY_COLUMNS.flatMap((c) => {
      const per = schools.map((s) => c.values(s));
      return per[0].map((_, i) =>
        per.reduce((acc, vs) => acc + (typeof vs[i] === "number" ? (vs[i] as number) : 0), 0)
      );
    });
    const cells: ReportCell[] = [{ value: "" }, { value: label, style: "total" }];
    sums
      .slice(1)
      .forEach((v, i) =>
        cells.push(
          numericColumns[i + 1]
            ? { value: withSeparators(v), style: "total" }
            : { value: "", style: "total" }
        )
      );
    return cells;
  };

  const groups: string[] = [];
  for (const s of county.schools) if (!groups.includes(s.group ?? "")) groups.push(s.group ?? "");
  let index = 0;
  for (const g of groups) {
    const members = county.schools.filter((s) => (s.group ?? "") === g);
    for (const s of members) rows.push(schoolCells(s, ++index));
    rows.push(sumRow(`${g}小计`, members));
    rows.push([]);
  }
  rows.push(sumRow("全县合计", county.schools));
  rows.push([]);
  rows.push([{ value: "填表人：王某某　　审核人：李某某　　填报日期：2024年9月30日" }]);
  merges.push({ startRow: rows.length - 1, startColumn: 0, endRow: rows.length - 1, endColumn: 8 });
  return plainSheet(
    "基础数据（教育事业统计）",
    "untidySchools",
    rows,
    [6, 22, ...columns.slice(1).map(() => 12)],
    4,
    merges
  );
}

function untidyClassSheet(county: SampleCounty): ReportSheet {
  const rows: ReportCell[][] = [
    [{ value: `${county.county}2024学年中小学班额统计`, style: "title" }],
    [],
    ["序号", "学校名称", "学段", "年级班级", "班级人数", "备注"].map(headerCell),
  ];
  county.classes.forEach((c, i) => {
    rows.push([
      { value: i + 1 },
      { value: c.school },
      { value: STAGE_NAMES[c.stage] },
      { value: c.className },
      i % 3 === 0 ? { value: String(c.students) } : { value: c.students },
      { value: c.students >= 56 ? "大班额" : "" },
    ]);
  });
  return plainSheet("班额统计表", "untidyClasses", rows, [6, 22, 6, 16, 10, 10], 3, [
    { startRow: 0, startColumn: 0, endRow: 0, endColumn: 5 },
  ]);
}

export function untidyWorkbook(county: SampleCounty): ReportWorkbook {
  return {
    sheets: [
      untidyClassSheet(county),
      untidySchoolSheet(county),
      untidyCountySheet(county.county, sampleCountyFigures()),
    ],
  };
}

// ---------------------------------------------------------------------------

export async function generateExamples(
  outDir: string,
  log: (text: string) => void = (t) => process.stdout.write(t)
): Promise<void> {
  const county = sampleCounty();
  const template = path.join(outDir, "county-template.xlsx");
  const untidy = path.join(outDir, "county-untidy.xlsx");
  await writeXlsx(templateWorkbook(county), template);
  await writeXlsx(untidyWorkbook(county), untidy);

  let json = "";
  let errors = "";
  const code = await main(["assess", template, "--json"], {
    stdout: (t) => (json += t),
    stderr: (t) => (errors += t),
    isTTY: false,
    env: {},
  });
  if (code !== 0) throw new Error(`edu-balance assess failed on the template (${code}): ${errors}`);
  fs.writeFileSync(path.join(outDir, "expected.json"), json);
  log(`已生成：${template}\n已生成：${untidy}\n已生成：${path.join(outDir, "expected.json")}\n`);
  if (errors) log(errors);

  const yearsDir = path.join(outDir, "years");
  fs.mkdirSync(yearsDir, { recursive: true });
  const counties = exampleYears();
  for (const [i, year] of EXAMPLE_YEARS.entries()) {
    const file = path.join(yearsDir, yearFileName(county.county, year));
    await writeXlsx(yearWorkbook(counties[i], yearFigures(year)), file);
    log(`已生成：${file}\n`);
  }
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "../../../examples"));
  generateExamples(outDir).catch((e: unknown) => {
    process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
