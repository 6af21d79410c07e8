import {
  CLASS_FIELD_RULES,
  SCHOOL_FIELD_RULES,
  TABLE_MESSAGES,
  columnIndex,
  columnLetter,
  parseNumberCell,
  readWorkbook,
  templateHeaders,
} from "../../../src/core/table";
import { BASIC_2012, NATIONAL_2017_ALLOWANCES } from "../../../src/core/profiles";
import type { CellValue, SheetCells } from "../../../src/core/types";

/** The template's school header, typed from template.md §1 ("header in the template"). */
const TEMPLATE_SCHOOL_HEADER = [
  "学校名称",
  "学校类型",
  "办学性质",
  "城乡类别",
  "学区/集团",
  "小学在校生数",
  "初中在校生数",
  "高中在校生数",
  "小学班级数",
  "初中班级数",
  "小学高于规定学历教师数",
  "初中高于规定学历教师数",
  "小学县级以上骨干教师数",
  "初中县级以上骨干教师数",
  "小学体育艺术专任教师数",
  "初中体育艺术专任教师数",
  "教学及辅助用房面积（㎡）",
  "其中：室内体育用房面积（㎡）",
  "运动场地面积（㎡）",
  "教学仪器设备值（万元）",
  "网络多媒体教室数（间）",
  "音乐专用教室数（间）",
  "美术专用教室数（间）",
  // What the official 申报表 shows per school (表Ⅰ L21–L24, 表Ⅱ-2 L3, L5): optional.
  "举办者类型",
  "年级数",
  "小学教职工数",
  "初中教职工数",
  "小学专任教师数",
  "初中专任教师数",
];

/** A 小学 row in template order: 1200 students, 260 万元 of equipment. */
const PRIMARY_ROW: CellValue[] = [
  "城关第一小学",
  "小学",
  "公办",
  "城区",
  "城关学区",
  1200,
  0,
  0,
  26,
  0,
  60,
  0,
  15,
  0,
  12,
  0,
  6000,
  500,
  9000,
  260,
  30,
  2,
  2,
];
const JUNIOR_ROW: CellValue[] = [
  "城关中学",
  "初中",
  "公办",
  "城区",
  "城关学区",
  0,
  900,
  0,
  0,
  18,
  0,
  55,
  0,
  10,
  0,
  9,
  5600,
  800,
  9500,
  247.5,
  22,
  1,
  1,
];

function withCell(row: CellValue[], index: number, value: CellValue): CellValue[] {
  const copy = [...row];
  copy[index] = value;
  return copy;
}

function schoolSheet(rows: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells {
  return { name: "学校基础数据", values: [TEMPLATE_SCHOOL_HEADER, ...rows], ...extra };
}

describe("column letters", () => {
  test("0-based index to Excel letters and back", () => {
    const pairs: [number, string][] = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [i, l] of pairs) {
      expect(columnLetter(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
    expect(columnIndex("aa")).toBe(26);
    expect(columnIndex("Ａ")).toBe(0); // full-width, as a Chinese IME may type it
    expect(columnIndex("A1")).toBeUndefined();
    expect(columnIndex("")).toBeUndefined();
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });
});

describe("numbers in cells", () => {
  test.each<[CellValue, number]>([
    [1234, 1234],
    ["1,234", 1234],
    ["1，234", 1234],
    ["１２３４", 1234],
    [" 12 ", 12],
    ["1 234", 1234],
    ["12,345,678.5", 12345678.5],
    ["２４７．５", 247.5],
    ["1.5e3", 1500],
    ["-3", -3],
    ["+7", 7],
    ["0.25", 0.25],
  ])("%p reads as %p", (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ kind: "number", value });
  });

  test.each<CellValue>(["", "  ", "-", "—", "——", "－", "/", null, undefined])(
    "%p is blank",
    (cell) => {
      expect(parseNumberCell(cell)).toEqual({ kind: "blank" });
    }
  );

  test.each<CellValue>(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", " #REF! "])(
    "%p is an Excel error",
    (cell) => {
      expect(parseNumberCell(cell).kind).toBe("excelError");
    }
  );

  test.each<CellValue>([
    "abc",
    "1,23",
    "12%",
    "1.2.3",
    "12元",
    true,
    false,
    new Date(2024, 0, 1),
    Number.NaN,
    Infinity,
  ])("%p is not a number", (cell) => {
    expect(parseNumberCell(cell).kind).toBe("invalid");
  });
});

describe("templateHeaders()", () => {
  test("gives template.md's header rows in order", () => {
    const t = templateHeaders();
    expect(t.schoolSheet.name).toBe("学校基础数据");
    // The optional 学校标识码 (issue 25) follows the name; the fixtures below go without it.
    expect(t.schoolSheet.headers).toEqual([
      TEMPLATE_SCHOOL_HEADER[0],
      "学校标识码",
      ...TEMPLATE_SCHOOL_HEADER.slice(1),
    ]);
    expect(t.classSheet.name).toBe("班级");
    expect(t.classSheet.headers).toEqual(["学校名称", "学段", "班级", "学生数"]);
    expect(t.schoolSheet.fields).toHaveLength(t.schoolSheet.headers.length);
  });

  test("a sheet with the template headers maps every field to its own column", () => {
    const t = templateHeaders();
    const r = readWorkbook([
      {
        name: "a",
        values: [t.schoolSheet.headers, [PRIMARY_ROW[0], "3301020001", ...PRIMARY_ROW.slice(1)]],
      },
      { name: "b", values: [t.classSheet.headers, ["城关第一小学", "小学", "一(1)班", 45]] },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.mapping.map((m) => m.field)).toEqual([
      ...t.schoolSheet.fields,
      ...t.classSheet.fields,
    ]);
    expect(r.mapping.filter((m) => m.sheet === "a").map((m) => m.column)).toEqual([
      ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""),
      "AA",
      "AB",
      "AC",
      "AD",
    ]);
    expect(r.schools[0].code).toBe("3301020001");
  });
});

describe("key terms (template.md §1 field table)", () => {
  function fieldOf(header: string): string | undefined {
    const headers = ["学校名称", "学校类型", header];
    const r = readWorkbook([{ name: "s", values: [headers] }], { schoolSheet: "s" });
    return r.mapping.find((m) => m.column === "C")?.field;
  }

  test.each<[string, string | undefined]>([
    ["学校类别", undefined], // the second type column: a duplicate, reported below
    ["城乡类别", "locale"],
    ["城乡分类", "locale"],
    ["办学性质", "ownership"],
    ["学区/集团名称", "group"],
    ["主管部门名称", undefined],
    ["举办者名称", undefined],
    ["举办者类型", "sponsor"],
    // The places a school sits in: city-wide lists carry their 名称 and 类型 (issue 23).
    ["区县名称", undefined],
    ["区县类型", undefined],
    ["县（市、区）名称", undefined],
    ["乡镇（街道）名称", undefined],
    ["街道名称", undefined],
    ["所在地名称", undefined],
    ["学区类型", undefined],
    ["所属教育集团", "group"],
    ["小学学生数", "primaryStudents"],
    ["初级中学在校生数", "juniorStudents"],
    ["中小学在校生数", undefined],
    // One 在校生数 for every stage: read by the school's type (issue 23).
    ["在校生数", "stageStudents"],
    ["在校生数·其中：女", undefined],
    ["附设幼儿班在校生数", undefined],
    ["大班额班级数", undefined],
    ["班级数", "stageClasses"],
    ["高中在校生数", "seniorStudents"],
    ["初中班级数", "juniorClasses"],
    ["小学专任教师中高于规定学历人数", "primaryQualifiedTeachers"],
    ["初中县级及以上骨干教师", "juniorBackboneTeachers"],
    ["小学体育、艺术专任教师", "primaryPeArtTeachers"],
    ["小学体育教师数", undefined],
    ["教学及辅助用房（平方米）", "teachingArea"],
    ["生均教学及辅助用房面积", undefined],
    ["体育运动场馆面积", undefined],
    ["运动场面积（㎡）", "outdoorSportsArea"],
    ["其中室内体育用房", "indoorSportsArea"],
    ["生均教学仪器设备值（元）", undefined],
    ["多媒体教室（间）", "multimediaRooms"],
    ["音乐专用教室", "musicRooms"],
    ["音乐教师数", undefined],
    ["美术教室（间）", "artRooms"],
    ["美术教师", undefined],
  ])("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test('"类型 or 类别": a second type column is two columns claiming one field', () => {
    const r = readWorkbook(
      [
        {
          name: "s",
          values: [
            ["学校名称", "学校类型", "学校类别"],
            ["甲小学", "小学", "小学"],
          ],
        },
      ],
      { schoolSheet: "s" }
    );
    const issue = r.issues.find((i) => i.code === "duplicateColumn");
    expect(issue).toMatchObject({ severity: "error", field: "type", sheet: "s" });
    expect(issue!.message).toContain("B列「学校类型」");
    expect(issue!.message).toContain("C列「学校类别」");
    expect(r.schools).toEqual([]);
  });

  test("the template's own header wins over a loose match (学校名称 over 片区名称), not over a close one", () => {
    const read = (headers: string[]) =>
      readWorkbook([{ name: "s", values: [headers, ["甲小学", "小学", "城东片区"]] }], {
        schoolSheet: "s",
      });
    // 片区名称 has 名称 but not 学校: the template header is meant, and nothing needs saying.
    const loose = read(["学校名称", "学校类型", "片区名称"]);
    expect(loose.mapping.find((m) => m.field === "name")?.column).toBe("A");
    expect(loose.issues.filter((i) => i.code === "duplicateColumn")).toEqual([]);
    // Without the exact header, two loose claims are still two columns claiming one field.
    const neither = read(["学校（机构）名称", "学校类型", "片区名称"]);
    expect(neither.issues.find((i) => i.code === "duplicateColumn")).toMatchObject({
      field: "name",
    });
    expect(neither.schools).toEqual([]);
  });

  test("a column headed just 学校 holds the names; a missing name names the 学校… columns as candidates", () => {
    const values = (first: string) => [
      [first, "学校类型", "小学在校生数"],
      ["甲小学", "小学", 300],
    ];
    const read = readWorkbook([{ name: "s", values: values("学校") }], { schoolSheet: "s" });
    expect(read.mapping.find((m) => m.field === "name")).toMatchObject({ column: "A" });
    expect(read.issues.filter((i) => i.field === "name")).toEqual([]);
    const missing = readWorkbook([{ name: "s", values: values("学校简称") }], {
      schoolSheet: "s",
    });
    // Without the name no school is read; the message names every column still to mend.
    const issue = missing.issues.find((i) => i.fields?.includes("name"));
    expect(issue?.code).toBe("missingColumns");
    expect(issue?.message).toContain("相近的列：A列「学校简称」");
    expect(issue?.message).toContain("或就是「学校」");
    expect(issue?.message).not.toContain("相近的列：无");
  });

  test("a column that fits two fields equally is used for neither, and said so", () => {
    const header = [...TEMPLATE_SCHOOL_HEADER.slice(0, 21), "音乐、美术专用教室数"];
    const r = readWorkbook([{ name: "s", values: [header, PRIMARY_ROW.slice(0, 22)] }]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      severity: "warning",
      code: "ambiguousHeader",
      column: "V",
    });
    expect(r.issues[0].message).toContain("音乐、美术专用教室数");
    expect(r.schools).toHaveLength(1);
    expect(r.schools[0].musicRooms).toBeUndefined();
    expect(r.schools[0].artRooms).toBeUndefined();
    expect(r.incomplete).toBe(false);
  });

  test("every rule has a template header that its own key terms recognise", () => {
    // The 2012 基本均衡 columns (计算机, 图书, 教职工, 中级职称) are in the basic-2012 template only.
    // The facts of the 2019 allowances are in the template of a profile that applies them;
    // their other forms (是/否 columns, room counts by band) in none (test/core/allowances.test.ts).
    const schoolHeaders = [
      ...TEMPLATE_SCHOOL_HEADER,
      ...templateHeaders(BASIC_2012).schoolSheet.headers,
      ...templateHeaders(NATIONAL_2017_ALLOWANCES).schoolSheet.headers,
    ];
    for (const rule of [...SCHOOL_FIELD_RULES, ...CLASS_FIELD_RULES]) {
      // Teachers by 学历 and figures for every stage are in no template: it asks for them by stage.
      if (rule.allowanceFact === "alternative" || rule.degreePart || rule.stageless) continue;
      const kind = rule.sheet;
      const headers = kind === "school" ? schoolHeaders : templateHeaders().classSheet.headers;
      expect(headers).toContain(rule.templateHeader);
    }
  });
});

describe("teachers by 学历 (issue 23): summed by standards.md §1.1, 小学 专科 and above, 初中 本科 and above", () => {
  /** A 小学 and an 初中 with every column but 高于规定学历, which comes as teachers by 学历. */
  function sheet(degreeHeaders: string[], degreeCells: CellValue[][]): SheetCells {
    return {
      name: "s",
      values: [
        [
          "学校名称",
          "学校类型",
          "小学在校生数",
          "初中在校生数",
          ...degreeHeaders,
          "小学县级以上骨干教师数",
          "初中县级以上骨干教师数",
          "小学体育艺术专任教师数",
          "初中体育艺术专任教师数",
          "教学及辅助用房面积（㎡）",
          "其中：室内体育用房面积（㎡）",
          "运动场地面积（㎡）",
          "教学仪器设备值（万元）",
          "网络多媒体教室数（间）",
        ],
        ["甲小学", "小学", 500, 0, ...degreeCells[0], 5, 0, 5, 0, 2500, 200, 4000, 100, 12],
        ["乙中学", "初中", 0, 400, ...degreeCells[1], 0, 4, 0, 4, 3000, 300, 5000, 120, 15],
      ],
    };
  }

  test.each<[string, string]>([
    ["小学研究生学历教师数", "primaryPostgraduateTeachers"],
    ["小学专任教师中本科毕业人数", "primaryBachelorTeachers"],
    ["小学专科学历教师", "primaryAssociateTeachers"],
    ["小学专任教师高中阶段毕业", "primaryBelowAssociateTeachers"],
    ["初中专任教师硕士研究生", "juniorPostgraduateTeachers"],
    ["初级中学本科学历教师数", "juniorBachelorTeachers"],
    ["初中专任教师数", "juniorFullTimeTeachers"],
    ["小学专科及以上学历教师数", "primaryQualifiedTeachers"],
    ["小学专任教师学历合计", ""],
  ])("%s → %s", (header, field) => {
    const r = readWorkbook([{ name: "s", values: [["学校名称", "学校类型", header]] }], {
      schoolSheet: "s",
    });
    expect(r.mapping.find((m) => m.column === "C")?.field ?? "").toBe(field);
  });

  test("flat columns: each stage summed by its rule, with a note naming the columns", () => {
    const r = readWorkbook([
      sheet(
        [
          "小学研究生",
          "小学本科",
          "小学专科",
          "小学高中及以下",
          "初中研究生",
          "初中本科",
          "初中专科",
        ].map((h) => `${h}学历教师数`),
        [
          [1, 20, 9, 2, 0, 0, 0],
          [0, 0, 0, 0, 3, 25, 6],
        ]
      ),
    ]);
    expect(r.schools.map((x) => [x.primaryQualifiedTeachers, x.juniorQualifiedTeachers])).toEqual([
      [30, 0],
      [0, 28],
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.field])).toEqual([
      ["warning", "degreeSum", "primaryQualifiedTeachers"],
      ["warning", "degreeSum", "juniorQualifiedTeachers"],
    ]);
    expect(r.issues[1].message).toContain("K列「初中专科学历教师数」不计入");
    expect(r.incomplete).toBe(false);
  });

  test("a 学历 the rule needs without a column: the field is missing, and the message says why", () => {
    const r = readWorkbook([
      sheet(
        ["小学高于规定学历教师数", "初中本科学历教师数", "初中专科学历教师数"],
        [
          [30, 0, 0],
          [0, 25, 6],
        ]
      ),
    ]);
    // A partial table (issue 23 §7): 乙中学 is read; its 每百名学生拥有高于规定学历教师数 is not computed.
    expect(r.schools.map((x) => x.name)).toEqual(["甲小学", "乙中学"]);
    expect(r.missingFields).toEqual(["juniorQualifiedTeachers"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "missingColumn",
      field: "juniorQualifiedTeachers",
      partial: true,
    });
    expect(r.issues[0].message).toContain(
      "表中有按学历分列的专任教师数：F列「初中本科学历教师数」、G列「初中专科学历教师数」，但没有「研究生」列"
    );
    expect(r.issues[0].message).toContain("「每百名学生拥有高于规定学历教师数」不计算");
  });

  test("a 高于规定学历 column of its own is used, and the parts are not summed", () => {
    const r = readWorkbook([
      sheet(
        [
          "小学高于规定学历教师数",
          "小学本科学历教师数",
          "小学专科学历教师数",
          "初中高于规定学历教师数",
        ],
        [
          [31, 20, 9, 0],
          [0, 0, 0, 28],
        ]
      ),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.schools[0].primaryQualifiedTeachers).toBe(31);
  });

  test("a bad part is reported at its cell, and its school is left out", () => {
    const r = readWorkbook([
      sheet(
        [
          "小学研究生学历教师数",
          "小学本科学历教师数",
          "小学专科学历教师数",
          "初中高于规定学历教师数",
        ],
        [
          [1, "二十", 9, 0],
          [0, 0, 0, 28],
        ]
      ),
    ]);
    expect(r.schools.map((x) => x.name)).toEqual(["乙中学"]);
    const bad = r.issues.find((i) => i.severity === "error");
    expect(bad).toMatchObject({ code: "notANumber", row: 2, column: "F" });
    expect(bad!.message).toContain("小学本科学历专任教师数");
  });
});

describe("one figure per school (issue 23): 在校生数, 班级数 and teachers read by the school's type", () => {
  const header = [
    "学校名称",
    "学校类型",
    "在校生数",
    "班级数",
    "高于规定学历教师数",
    "县级以上骨干教师数",
    "体育艺术专任教师数",
    "教学及辅助用房面积（㎡）",
    "其中：室内体育用房面积（㎡）",
    "运动场地面积（㎡）",
    "教学仪器设备值（万元）",
    "网络多媒体教室数（间）",
  ];
  const split = [
    "小学在校生数",
    "初中在校生数",
    "小学高于规定学历教师数",
    "初中高于规定学历教师数",
    "小学县级以上骨干教师数",
    "初中县级以上骨干教师数",
    "小学体育艺术专任教师数",
    "初中体育艺术专任教师数",
  ];

  test("the split asked for, filled for the 一贯制 school only: every school is read, each from its own columns", () => {
    const r = readWorkbook([
      {
        name: "s",
        values: [
          [...header, ...split],
          [
            "甲小学",
            "小学",
            500,
            12,
            25,
            6,
            5,
            2500,
            200,
            4000,
            100,
            12,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
          ],
          [
            "丙学校",
            "九年一贯制学校",
            780,
            18,
            40,
            9,
            9,
            4200,
            300,
            8000,
            123.45,
            18,
            480,
            300,
            22,
            18,
            5,
            4,
            5,
            4,
          ],
        ],
      },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(["stagelessByType"]);
    expect(
      r.schools.map((x) => [
        x.name,
        x.primaryStudents,
        x.juniorStudents,
        x.primaryQualifiedTeachers,
        x.juniorPeArtTeachers,
      ])
    ).toEqual([
      ["甲小学", 500, 0, 25, 0],
      ["丙学校", 480, 300, 22, 4],
    ]);
    expect(r.schools[0].primaryClasses).toBe(12);
  });

  test("a blank 在校生数 of a 小学 is said at its cell", () => {
    const r = readWorkbook([
      {
        name: "s",
        values: [header, ["甲小学", "小学", "", 12, 25, 6, 5, 2500, 200, 4000, 100, 12]],
      },
    ]);
    expect(r.schools).toEqual([]);
    expect(r.issues.find((i) => i.severity === "error")).toMatchObject({
      code: "missingStudents",
      row: 2,
      column: "C",
    });
  });
});

describe("recognising sheets", () => {
  const classValues = [
    ["学校名称", "学段", "班级", "学生数"],
    ["城关第一小学", "小学", "一(1)班", 45],
  ];

  test("no school sheet: one workbook-level error listing the sheets", () => {
    const r = readWorkbook([
      { name: "说明", values: [["填表说明"], ["请按模板填写"]] },
      { name: "班级", values: classValues },
    ]);
    expect(r.schools).toEqual([]);
    expect(r.incomplete).toBe(true);
    const issue = r.issues.find((i) => i.code === "noSchoolSheet")!;
    expect(issue.severity).toBe("error");
    expect(issue.message).toContain("「说明」");
    expect(issue.message).toContain("「班级」");
    // The class sheet is still read (its schools cannot be checked against a school sheet).
    expect(r.classes).toHaveLength(1);
  });

  test("two equally good school sheets: the first is used, with a warning naming both", () => {
    const r = readWorkbook([
      schoolSheet([PRIMARY_ROW], { name: "2023" }),
      schoolSheet([JUNIOR_ROW], { name: "2024" }),
    ]);
    expect(r.schoolSheet).toBe("2023");
    expect(r.schools.map((s) => s.name)).toEqual(["城关第一小学"]);
    const w = r.issues.find((i) => i.code === "ambiguousSheet")!;
    expect(w.severity).toBe("warning");
    expect(w.message).toContain("「2023」");
    expect(w.message).toContain("「2024」");
  });

  test("options.schoolSheet forces the choice", () => {
    const r = readWorkbook(
      [schoolSheet([PRIMARY_ROW], { name: "2023" }), schoolSheet([JUNIOR_ROW], { name: "2024" })],
      { schoolSheet: "2024" }
    );
    expect(r.schoolSheet).toBe("2024");
    expect(r.schools.map((s) => s.name)).toEqual(["城关中学"]);
    expect(r.issues).toEqual([]);
  });

  test("a forced sheet that does not exist is an error naming the sheets there are", () => {
    const r = readWorkbook([schoolSheet([PRIMARY_ROW])], { schoolSheet: "学校" });
    expect(r.issues[0]).toMatchObject({ severity: "error", code: "sheetNotFound" });
    expect(r.issues[0].message).toContain("「学校」");
    expect(r.issues[0].message).toContain("「学校基础数据」");
    expect(r.schools).toEqual([]);
  });

  test('classSheet: "" means the workbook has none', () => {
    const r = readWorkbook([schoolSheet([PRIMARY_ROW]), { name: "班级", values: classValues }], {
      classSheet: "",
    });
    expect(r.classes).toBeNull();
    expect(r.classSheet).toBeUndefined();
  });

  test("a class sheet without a 学段 column: error with candidates, classes null", () => {
    const r = readWorkbook([
      schoolSheet([PRIMARY_ROW]),
      {
        name: "班级",
        values: [
          ["学校名称", "年级", "班级", "学生数"],
          ["城关第一小学", "一年级", "1班", 45],
        ],
      },
    ]);
    expect(r.classSheet).toBe("班级");
    expect(r.classes).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      severity: "error",
      code: "missingColumn",
      sheet: "班级",
      field: "stage",
    });
  });
});

describe("header search", () => {
  test("a three-row header: 专任教师 over 小学 | 初中 over 学历 | 骨干 | 体育艺术", () => {
    const r0 = [
      "学校名称",
      "学校类型",
      "小学在校生数",
      "教学及辅助用房面积（㎡）",
      "其中：室内体育用房面积（㎡）",
      "运动场地面积（㎡）",
      "教学仪器设备值（万元）",
      "网络多媒体教室数",
      "专任教师",
      "",
      "",
    ];
    const r1 = ["", "", "", "", "", "", "", "", "小学", "", ""];
    const r2 = ["", "", "", "", "", "", "", "", "高于规定学历", "县级以上骨干", "体育艺术"];
    const row = ["甲小学", "小学", 500, 2500, 200, 4000, 100, 12, 25, 6, 5];
    const r = readWorkbook([{ name: "s", values: [["某县学校情况"], r0, r1, r2, row] }]);
    expect(r.issues).toEqual([]);
    expect(r.mapping.find((m) => m.field === "primaryPeArtTeachers")).toMatchObject({
      column: "K",
      header: "专任教师·小学·体育艺术",
    });
    expect(r.schools[0]).toMatchObject({
      primaryStudents: 500,
      primaryQualifiedTeachers: 25,
      primaryBackboneTeachers: 6,
      primaryPeArtTeachers: 5,
      equipmentValue: 1_000_000,
      source: { sheet: "s", row: 5 },
    });
  });

  test("a header with no school below it: a warning, not silence", () => {
    const r = readWorkbook([schoolSheet([["合计", "", "", "", "", 0]])]);
    expect(r.schools).toEqual([]);
    expect(r.issues.map((i) => [i.severity, i.code, i.sheet])).toEqual([
      ["warning", "noSchoolRows", "学校基础数据"],
    ]);
  });

  test("a repeated header line (printed page header) is not a school", () => {
    const r = readWorkbook([schoolSheet([PRIMARY_ROW, TEMPLATE_SCHOOL_HEADER, JUNIOR_ROW])]);
    expect(r.issues).toEqual([]);
    expect(r.schools.map((s) => s.source)).toEqual([
      { sheet: "学校基础数据", row: 2 },
      { sheet: "学校基础数据", row: 4 },
    ]);
  });
});

describe("positions in issues are Excel positions", () => {
  test("origin AA5: values[1][5] is cell AF6", () => {
    const r = readWorkbook([
      schoolSheet([withCell(PRIMARY_ROW, 5, "abc")], { origin: { row: 5, column: 27 } }),
    ]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      row: 6,
      column: "AF",
      field: "primaryStudents",
      school: "城关第一小学",
    });
    expect(r.issues[0].message).toBe(
      "工作表「学校基础数据」第6行AF列：「城关第一小学」的小学在校生数「abc」不是数字，应为非负整数。"
    );
  });
});

describe("cells that are not what they should be", () => {
  test.each<[CellValue, string]>([
    [new Date(2024, 8, 1), "notANumber"],
    [true, "notANumber"],
    ["#N/A", "excelError"],
    ["#VALUE!", "excelError"],
    [-1, "negativeValue"],
    [12.5, "notAnInteger"],
  ])("multimedia rooms %p → %s, school left out", (cell, code) => {
    const r = readWorkbook([schoolSheet([withCell(PRIMARY_ROW, 20, cell), JUNIOR_ROW])]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([[code, 2, "U"]]);
    expect(r.schools.map((s) => s.name)).toEqual(["城关中学"]);
    expect(r.incomplete).toBe(true);
  });

  test("null and undefined cells are blank: 0 for a stage the school does not teach", () => {
    const row = withCell(withCell(PRIMARY_ROW, 6, null), 7, undefined);
    const r = readWorkbook([schoolSheet([row])]);
    expect(r.issues).toEqual([]);
    expect(r.schools[0]).toMatchObject({ juniorStudents: 0, seniorStudents: 0 });
  });

  test("areas and money may be decimals; counts may not", () => {
    const r = readWorkbook([
      schoolSheet([withCell(withCell(PRIMARY_ROW, 16, 6000.5), 19, 260.1234)]),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.schools[0].teachingArea).toBe(6000.5);
    expect(r.schools[0].equipmentValue).toBe(2601234);
  });

  test("a row with data but no name is an error at the name cell", () => {
    const r = readWorkbook([schoolSheet([withCell(PRIMARY_ROW, 0, "")])]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "missingName", row: 2, column: "A" });
    expect(r.schools).toEqual([]);
  });

  test("a blank type lists the accepted types", () => {
    const r = readWorkbook([schoolSheet([withCell(PRIMARY_ROW, 1, "")])]);
    expect(r.issues[0]).toMatchObject({ code: "missingValue", row: 2, column: "B", field: "type" });
    expect(r.issues[0].message).toContain("九年一贯制学校");
  });

  test("unknown 办学性质 or 城乡类别: a warning, the school is kept without it", () => {
    const r = readWorkbook([schoolSheet([withCell(withCell(PRIMARY_ROW, 2, "国有"), 3, "郊区")])]);
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "unknownOwnership", "C"],
      ["warning", "unknownLocale", "D"],
    ]);
    expect(r.schools).toHaveLength(1);
    expect(r.schools[0].ownership).toBeUndefined();
    expect(r.schools[0].locale).toBeUndefined();
    expect(r.incomplete).toBe(false);
  });
});

describe("students against the school type", () => {
  test("a 小学 with blank or 0 小学在校生数 cannot be assessed", () => {
    const r = readWorkbook([
      schoolSheet([
        withCell(PRIMARY_ROW, 5, ""),
        withCell(withCell(JUNIOR_ROW, 6, 0), 0, "城关中学"),
      ]),
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["missingStudents", 2, "F"],
      ["missingStudents", 3, "G"],
    ]);
    expect(r.issues[0].message).toContain("「城关第一小学」是小学，但小学在校生数为空");
    expect(r.schools).toEqual([]);
  });

  test("a 九年一贯制 school with no 初中 students yet: a warning, still read", () => {
    const row: CellValue[] = [
      "新区九年一贯制学校",
      "九年一贯制学校",
      "公办",
      "城区",
      "",
      300,
      0,
      0,
      8,
      0,
      15,
      0,
      3,
      0,
      3,
      0,
      2000,
      0,
      3000,
      80,
      8,
      1,
      1,
    ];
    const r = readWorkbook([schoolSheet([row])]);
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "stageWithoutStudents", "G"],
    ]);
    expect(r.schools).toHaveLength(1);
  });

  test("a 小学 with 初中 students: a warning to check the type, still read", () => {
    const r = readWorkbook([schoolSheet([withCell(PRIMARY_ROW, 6, 50)])]);
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "stageNotInType", "G"],
    ]);
    expect(r.schools[0].juniorStudents).toBe(50);
  });
});

describe("columns needed depend on the stages present", () => {
  const primaryOnly = [
    "学校名称",
    "学校类型",
    "小学在校生数",
    "小学高于规定学历教师数",
    "小学县级以上骨干教师数",
    "小学体育艺术专任教师数",
    "教学及辅助用房面积（㎡）",
    "其中：室内体育用房面积（㎡）",
    "运动场地面积（㎡）",
    "教学仪器设备值（万元）",
    "网络多媒体教室数（间）",
  ];

  test("a county of 小学 needs no 初中 columns; a 特殊教育学校 needs no indicator columns", () => {
    const r = readWorkbook([
      {
        name: "s",
        values: [
          primaryOnly,
          ["甲小学", "小学", 500, 25, 6, 5, 2500, 200, 4000, 100, 12],
          ["县特殊教育学校", "特殊教育学校", 80, 10, 2, 2, 1500, 100, 1000, 50, 4],
        ],
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.schools.map((s) => s.type)).toEqual(["primary", "special"]);
  });

  test("an 初中 in such a sheet: the missing 初中 columns are said in one message, only the 初中 is left out", () => {
    const r = readWorkbook([
      {
        name: "s",
        values: [
          primaryOnly,
          ["甲小学", "小学", 500, 25, 6, 5, 2500, 200, 4000, 100, 12],
          ["乙中学", "初中", "", "", "", "", 3000, 300, 5000, 120, 15],
        ],
      },
    ]);
    expect(r.issues.map((i) => [i.code, i.fields])).toEqual([
      [
        "missingColumns",
        [
          "juniorStudents",
          "juniorQualifiedTeachers",
          "juniorBackboneTeachers",
          "juniorPeArtTeachers",
        ],
      ],
    ]);
    expect(r.issues[0].message).toContain("找不到以下 4 列");
    expect(r.issues[0].message).toContain("（1）「初中在校生数」");
    expect(r.issues[0].message).toContain("（4）「初中体育艺术专任教师数」");
    expect(r.issues[0].message).toContain("需要该列的 1 所学校暂不计入");
    expect(r.schools.map((s) => s.name)).toEqual(["甲小学"]);
    expect(r.incomplete).toBe(true);
  });

  test("without 学校名称 or 学校类型 nothing can be read", () => {
    const r = readWorkbook(
      [
        {
          name: "s",
          values: [
            ["学校名称", "小学在校生数", "运动场地面积", "多媒体教室"],
            ["甲小学", 500, 4000, 12],
          ],
        },
      ],
      { schoolSheet: "s" }
    );
    // The type first; then what the sheet's 小学 will need once it has one (issue 23: one run, every column).
    expect(r.issues.map((i) => [i.code, i.fields])).toEqual([
      [
        "missingColumns",
        [
          "type",
          "primaryQualifiedTeachers",
          "primaryBackboneTeachers",
          "primaryPeArtTeachers",
          "teachingArea",
          "indoorSportsArea",
          "equipmentValue",
        ],
      ],
    ]);
    expect(r.issues[0].message).toContain(
      "「学校类型」（学校的学段由学校类型决定；全表只有一个学段时，也可在表格标题或工作表名称中写明「小学」或「初中」）：表头应含有"
    );
    expect(r.issues[0].message).toContain("无法读取任何学校");
    expect(r.schools).toEqual([]);
  });
});

describe("overrides (the wizard's 字段对应 step)", () => {
  test("a field moved to another column; the column's former field then has none", () => {
    const header = withCell(TEMPLATE_SCHOOL_HEADER, 21, "音乐室") as string[];
    const r = readWorkbook([{ name: "s", values: [header, PRIMARY_ROW] }], {
      overrides: { musicRooms: "V", artRooms: "" },
    });
    expect(r.issues).toEqual([]);
    expect(r.mapping.find((m) => m.field === "musicRooms")).toMatchObject({
      column: "V",
      header: "音乐室",
    });
    expect(r.mapping.find((m) => m.field === "artRooms")).toBeUndefined();
    expect(r.schools[0].musicRooms).toBe(2);
    expect(r.schools[0].artRooms).toBeUndefined();
  });

  test("an unknown field is a warning; a bad column letter is an error", () => {
    const r = readWorkbook([schoolSheet([PRIMARY_ROW])], {
      overrides: { rooms: "C", musicRooms: "12" },
    });
    expect(r.issues.map((i) => [i.severity, i.code, i.field])).toEqual([
      ["warning", "overrideUnknownField", undefined],
      ["error", "overrideBadColumn", "musicRooms"],
    ]);
    expect(r.issues[1].message).toContain("「12」");
    // The automatic choice stays for a field whose override is unusable.
    expect(r.mapping.find((m) => m.field === "musicRooms")?.column).toBe("V");
  });
});

describe("messages", () => {
  test("every code has a Chinese and an English text", () => {
    for (const [code, m] of Object.entries(TABLE_MESSAGES)) {
      const zh = m.zh({});
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en({})).toBeTruthy();
      expect(["error", "warning"]).toContain(m.severity);
      expect(code).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });
});

describe("size", () => {
  // Linear by construction (one pass over rows × mapped columns); this only checks
  // that a county-of-counties sized table is read whole, with nothing dropped.
  test("100,000 rows", () => {
    const values: CellValue[][] = [TEMPLATE_SCHOOL_HEADER];
    for (let i = 0; i < 100_000; i++) values.push(withCell(PRIMARY_ROW, 0, `第${i}小学`));
    values.push(withCell(PRIMARY_ROW, 0, "第7小学"));
    const r = readWorkbook([{ name: "s", values }]);
    // 100,001 rows, two of them the same school: both are left out.
    expect(r.schools.length).toBe(99_999);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "duplicateSchool", row: 100_002 });
  });
});
