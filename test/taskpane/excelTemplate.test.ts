import { readWorkbook } from "../../src/core/table";
import { countyTemplateRows } from "../../src/core/table/countyFields";
import { templateHeaders } from "../../src/core/table/fields";
import { createTemplate, TEMPLATE_ROWS } from "../../src/taskpane/excel/template";
import { readSources } from "../../src/taskpane/excel/read";
import { readTable } from "../../src/ui/wizard";
import { FakeRequestContext, FakeWorkbook } from "./fakeExcel";

const columns = (s: { headers: string[]; fields: string[] }) =>
  s.fields.map((field, i) => ({ field, header: s.headers[i] }));
const ctx = (wb: FakeWorkbook) => new FakeRequestContext(wb) as unknown as Excel.RequestContext;

describe("the empty data template", () => {
  const h = templateHeaders();

  test("headers, drop-down lists, number formats and a frozen header, in two syncs", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1" }]);
    const made = await createTemplate(ctx(wb), columns(h.schoolSheet), columns(h.classSheet));
    expect(made).toEqual({ schoolSheet: "学校基础数据", classSheet: "班级" });
    expect(wb.syncCount).toBe(2);
    const sheet = wb.sheetByName("学校基础数据")!;
    expect(sheet.grid()).toEqual([h.schoolSheet.headers]);
    expect(sheet.frozenRows).toBe(1);
    expect(wb.activeSheet.name).toBe("学校基础数据");
    const col = (field: string) => h.schoolSheet.fields.indexOf(field);
    const listOf = (field: string) =>
      sheet.validations.find((v) => v.rect.column === col(field) && v.rect.row === 1)?.rule;
    expect(listOf("type")).toEqual({
      list: {
        inCellDropDown: true,
        source: "小学,初中,九年一贯制学校,完全中学,十二年一贯制学校,教学点,特殊教育学校",
      },
    });
    expect(listOf("locale")).toEqual({ list: { inCellDropDown: true, source: "城区,镇区,乡村" } });
    expect(listOf("ownership")).toEqual({ list: { inCellDropDown: true, source: "公办,民办" } });
    expect(listOf("primaryStudents")).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(listOf("name")).toBeUndefined();
    // counts are whole numbers, areas and 万元 take two decimals, names are text
    expect(sheet.cell(1, col("primaryStudents"))!.numberFormat).toBe("0");
    expect(sheet.cell(TEMPLATE_ROWS, col("equipmentValue"))!.numberFormat).toBe("0.00");
    expect(sheet.cell(5, col("name"))!.numberFormat).toBe("@");
    const classes = wb.sheetByName("班级")!;
    expect(classes.grid()).toEqual([h.classSheet.headers]);
    expect(
      classes.validations.find((v) => v.rect.column === h.classSheet.fields.indexOf("stage"))?.rule
    ).toEqual({ list: { inCellDropDown: true, source: "小学,初中" } });
  });

  test("existing sheets keep their names and data; the template takes the next free name", async () => {
    const wb = new FakeWorkbook([
      { name: "学校基础数据", values: [["旧数据"]] },
      { name: "班级", values: [["旧班级"]] },
    ]);
    const before = wb.sheets.map((s) => s.fingerprint());
    const made = await createTemplate(ctx(wb), columns(h.schoolSheet), columns(h.classSheet));
    expect(made).toEqual({ schoolSheet: "学校基础数据(2)", classSheet: "班级(2)" });
    expect(wb.sheets.slice(0, 2).map((s) => s.fingerprint())).toEqual(before);
  });

  test("a filled-in template reads back without a single issue", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1" }]);
    await createTemplate(ctx(wb), columns(h.schoolSheet), columns(h.classSheet));
    const sheet = wb.sheetByName("学校基础数据")!;
    const row: Record<string, string | number> = {
      name: "城关小学",
      type: "小学",
      ownership: "公办",
      locale: "城区",
      group: "",
      primaryStudents: 500,
      juniorStudents: 0,
      seniorStudents: 0,
      primaryClasses: 12,
      juniorClasses: 0,
      primaryQualifiedTeachers: 25,
      juniorQualifiedTeachers: 0,
      primaryBackboneTeachers: 6,
      juniorBackboneTeachers: 0,
      primaryPeArtTeachers: 5,
      juniorPeArtTeachers: 0,
      teachingArea: 2600,
      indoorSportsArea: 200,
      outdoorSportsArea: 3800,
      equipmentValue: 120,
      multimediaRooms: 12,
      musicRooms: 1,
      artRooms: 1,
    };
    h.schoolSheet.fields.forEach((f, c) => {
      if (row[f] !== "") sheet.ensureCell(1, c).value = row[f];
    });
    const data = await readSources(
      ctx(wb),
      { school: { kind: "sheet", sheet: "学校基础数据" }, classSheet: "班级" },
      () => true
    );
    const read = readTable({ ...data, classes: null }, {});
    expect(read.issues).toEqual([]);
    expect(read.schools).toHaveLength(1);
    expect(read.schools[0].equipmentValue).toBe(1_200_000);
  });
});

describe("the county sheet of the template (县级指标)", () => {
  const h = templateHeaders();
  const t = countyTemplateRows();
  const county = {
    name: t.name,
    headers: t.headers,
    rows: t.rows.map((r) =>
      r.kind === "section"
        ? { kind: "section" as const, text: r.text }
        : { kind: "figure" as const, label: r.label, value: r.value }
    ),
  };

  test("指标 / 数值 / 说明或佐证, sections across, drop-downs for 是/否 and 有/无, shares as %, still two syncs", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1" }]);
    const made = await createTemplate(
      ctx(wb),
      columns(h.schoolSheet),
      columns(h.classSheet),
      county
    );
    expect(made).toEqual({
      schoolSheet: "学校基础数据",
      classSheet: "班级",
      countySheet: "县级指标",
    });
    expect(wb.syncCount).toBe(2);
    const sheet = wb.sheetByName("县级指标")!;
    const grid = sheet.grid();
    expect(grid[0]).toEqual(["指标", "数值", "说明或佐证"]);
    expect(grid.length).toBe(t.rows.length + 1);
    expect(sheet.frozenRows).toBe(1);
    const rowOf = (label: string) => grid.findIndex((r) => r[0] === label);
    const sections = t.rows.filter((r) => r.kind === "section").length;
    expect(sheet.merges).toHaveLength(sections);
    const veto = rowOf("弄虚作假（有/无）");
    expect(sheet.validations.find((v) => v.rect.row === veto && v.rect.column === 1)?.rule).toEqual(
      { list: { inCellDropDown: true, source: "有,无" } }
    );
    const rate = t.rows.find((r) => r.kind === "figure" && r.value === "rate") as { label: string };
    expect(sheet.cell(rowOf(rate.label), 1)!.numberFormat).toBe("0.00%");
    const yesNo = t.rows.find((r) => r.kind === "figure" && r.value === "yesNo") as {
      label: string;
    };
    expect(
      sheet.validations.find((v) => v.rect.row === rowOf(yesNo.label) && v.rect.column === 1)?.rule
    ).toEqual({ list: { inCellDropDown: true, source: "是,否" } });
  });

  test("a filled-in county sheet reads back without an issue, shares typed into % cells as fractions", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1" }]);
    await createTemplate(ctx(wb), columns(h.schoolSheet), columns(h.classSheet), county);
    const sheet = wb.sheetByName("县级指标")!;
    const grid = sheet.grid();
    const fill = (key: string, value: string | number) => {
      const i = t.rows.findIndex((r) => r.kind === "figure" && r.key === key);
      sheet.ensureCell(i + 1, 1).value = value;
    };
    fill("rotatedTeachers", 91);
    fill("eligibleForRotation", 1000);
    fill("highSchoolQuotaRate", 0.52); // 52% typed into a 0.00% cell
    fill("falsifiedData", "无");
    expect(grid[0][0]).toBe("指标");
    const read = readWorkbook([{ name: "县级指标", values: sheet.grid() }], {
      schoolSheet: "",
      classSheet: "",
      countySheet: "县级指标",
    });
    expect(read.issues.filter((i) => i.sheet === "县级指标")).toEqual([]);
    expect(read.county?.numbers.rotatedTeachers?.value).toBe(91);
    expect(read.county?.numbers.highSchoolQuotaRate?.value).toBeCloseTo(0.52, 12);
    expect(read.county?.vetoes.falsifiedData?.value).toBe(false);
  });

  test("without the county sheet the template is as before", async () => {
    const wb = new FakeWorkbook([{ name: "Sheet1" }]);
    const made = await createTemplate(ctx(wb), columns(h.schoolSheet), columns(h.classSheet));
    expect(made.countySheet).toBeUndefined();
    expect(wb.sheetByName("县级指标")).toBeUndefined();
  });
});
