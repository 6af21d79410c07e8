/**
 * Issue 25: the school sheet's optional 学校标识码 column. A valid code (10 digits, as text or
 * as the number Excel keeps it) is read and carried to the assessment and the JSON; a bad or
 * repeated one is named at its cell as a warning, dropped, and the school still assessed.
 */
import { evaluate, readWorkbook, templateHeaders, type CellValue } from "../../../src/core";
import { assessJsonText } from "../../../src/report";

const SCHOOL: Record<string, CellValue> = {
  type: "小学",
  primaryStudents: 600,
  primaryQualifiedTeachers: 30,
  primaryBackboneTeachers: 6,
  primaryPeArtTeachers: 5,
  teachingArea: 3000,
  indoorSportsArea: 200,
  outdoorSportsArea: 5000,
  equipmentValue: 120,
  multimediaRooms: 15,
};

/** The template's school sheet, one school a row: [name, code]. */
function sheet(rows: [string, CellValue][], header = "学校标识码") {
  const t = templateHeaders().schoolSheet;
  const headers = t.headers.map((h, i) => (t.fields[i] === "code" ? header : h));
  return [
    {
      name: t.name,
      values: [
        headers,
        ...rows.map(([name, code]) =>
          t.fields.map((f) => (f === "name" ? name : f === "code" ? code : (SCHOOL[f] ?? "")))
        ),
      ],
    },
  ];
}

test("the template has 学校标识码 after 学校名称", () => {
  const t = templateHeaders().schoolSheet;
  expect(t.headers.slice(0, 3)).toEqual(["学校名称", "学校标识码", "学校类型"]);
});

test.each(["学校标识码", "学校代码", "学校识别码", "标识码"])(
  "the column headed %s is read",
  (h) => {
    const r = readWorkbook(sheet([["城关一小", "3301020001"]], h));
    expect(r.issues).toEqual([]);
    expect(r.mapping.find((m) => m.field === "code")?.header).toBe(h);
    expect(r.schools[0].code).toBe("3301020001");
  }
);

test("valid codes: text, text with spaces, the number Excel keeps, blank", () => {
  const r = readWorkbook(
    sheet([
      ["甲", "3301020001"],
      ["乙", " 3301 020002 "],
      ["丙", 3301020003],
      ["丁", ""],
      ["戊", "３３０１０２０００５"],
    ])
  );
  expect(r.issues).toEqual([]);
  expect(r.schools.map((s) => s.code)).toEqual([
    "3301020001",
    "3301020002",
    "3301020003",
    undefined,
    "3301020005",
  ]);
  expect(r.schools[3]).not.toHaveProperty("code");
});

test.each<[string, CellValue]>([
  ["too short", "330102001"],
  ["too long", "33010200011"],
  ["letters", "33010A0001"],
  ["a number of 9 digits", 330102001],
  ["a decimal", 3301020001.5],
  ["an Excel error", "#N/A"],
])(
  "a bad code (%s) is a warning naming sheet, row and column; the school is assessed",
  (_, code) => {
    const r = readWorkbook(
      sheet([
        ["城关一小", code],
        ["河西小学", "3301020002"],
      ])
    );
    expect(r.schools.map((s) => s.name)).toEqual(["城关一小", "河西小学"]);
    expect(r.schools[0]).not.toHaveProperty("code");
    expect(r.schools[1].code).toBe("3301020002");
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0];
    expect(issue).toMatchObject({
      severity: "warning",
      code: "badSchoolCode",
      sheet: "学校基础数据",
      row: 2,
      column: "B",
      field: "code",
    });
    expect(issue.message).toMatch(
      /^工作表「学校基础数据」第2行B列：「城关一小」的学校标识码「.+」不是 10 位数字/
    );
    expect(issue.messageEn).toContain("not 10 digits");
  }
);

test("a code repeated within the year: both rows named, the code dropped from both, the schools assessed", () => {
  const r = readWorkbook(
    sheet([
      ["城关一小", "3301020001"],
      ["河西小学", "3301020002"],
      ["东关小学", 3301020001],
    ])
  );
  expect(r.schools.map((s) => [s.name, s.code])).toEqual([
    ["城关一小", undefined],
    ["河西小学", "3301020002"],
    ["东关小学", undefined],
  ]);
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]).toMatchObject({
    severity: "warning",
    code: "duplicateSchoolCode",
    row: 4,
    column: "B",
    otherRows: [2],
  });
  expect(r.issues[0].message).toBe(
    "工作表「学校基础数据」第4行B列：学校标识码「3301020001」在第 2、4 行重复出现（「城关一小」、「东关小学」）。一个标识码只属于一所学校，这些行的标识码都未采用（学校照常评估，与往年比较时按学校名称对应）。请核对。"
  );
});

test("the code reaches the assessment, and the JSON only for a school that has one", () => {
  const ev = evaluate(
    sheet([
      ["城关一小", "3301020001"],
      ["河西小学", ""],
    ])
  );
  const schools = ev.assessment.stages.primary.schools;
  expect(schools.map((s) => s.code)).toEqual(["3301020001", undefined]);
  expect(ev.badDataSchools).toBe(0);
  const json = JSON.parse(assessJsonText(ev));
  const [a, b] = json.stages.primary.schools;
  expect(Object.keys(a).slice(0, 3)).toEqual(["name", "code", "type"]);
  expect(a.code).toBe("3301020001");
  expect(b).not.toHaveProperty("code");
});
