/**
 * The offline page's downloadable template (src/report/xlsx/template.ts): the reader finds its
 * three sheets with every column it needs, the cells offer the task pane template's lists and
 * formats, and the example county typed into it (as a user fills it in) gives exactly
 * examples/expected.json.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  findProfile,
  recogniseSheets,
  TEMPLATE_SHEET_NAMES,
  templateHeaders,
} from "../../src/core";
import { TEMPLATE_LISTS, TEMPLATE_ROWS, templateSpec } from "../../src/report/template";
import { templateToXlsxBytes } from "../../src/report/xlsx";
import { readWorkbookBytes, WORKBOOK_LIMITS } from "../../src/workbook";
import { run } from "../cli/runCli";

const EXAMPLES = path.resolve(__dirname, "../../examples");

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

test("the reader recognises the three sheets, each header as the template spec has it", async () => {
  const sheets = await readWorkbookBytes(await templateToXlsxBytes(), "模板.xlsx", WORKBOOK_LIMITS);
  const spec = templateSpec();
  expect(sheets.map((s) => s.name)).toEqual([
    TEMPLATE_SHEET_NAMES.school,
    TEMPLATE_SHEET_NAMES.class,
    spec.county.name,
  ]);
  expect(sheets[0].values[0]).toEqual(spec.school.map((c) => c.header));
  expect(sheets[1].values[0]).toEqual(spec.classes.map((c) => c.header));
  expect(sheets[2].values.slice(1).map((r) => r[0])).toEqual(
    spec.county.rows.map((r) => (r.kind === "section" ? r.text : r.label))
  );
  expect(recogniseSheets(sheets)).toMatchObject({
    school: TEMPLATE_SHEET_NAMES.school,
    classSheet: TEMPLATE_SHEET_NAMES.class,
    county: spec.county.name,
  });
});

test("a profile's template has that profile's columns (the 2019 allowances add their facts)", async () => {
  const profile = findProfile("national-2017-allowances");
  expect(profile).toBeDefined();
  const sheets = await readWorkbookBytes(
    await templateToXlsxBytes(profile),
    "模板.xlsx",
    WORKBOOK_LIMITS
  );
  const headers = templateHeaders(profile).schoolSheet.headers;
  expect(headers.length).toBeGreaterThan(templateHeaders().schoolSheet.headers.length);
  expect(sheets[0].values[0]).toEqual(headers);
});

test("drop-down lists, numbers ≥ 0 and number formats on the data rows, header frozen", async () => {
  const wb = await load(await templateToXlsxBytes());
  const ws = wb.getWorksheet(TEMPLATE_SHEET_NAMES.school)!;
  const spec = templateSpec();
  const typeCol = spec.school.findIndex((c) => c.field === "type") + 1;
  const studentsCol = spec.school.findIndex((c) => c.field === "primaryStudents") + 1;
  const areaCol = spec.school.findIndex((c) => c.field === "teachingArea") + 1;
  const nameCol = spec.school.findIndex((c) => c.field === "name") + 1;
  for (const row of [2, TEMPLATE_ROWS + 1]) {
    const type = ws.getCell(row, typeCol).dataValidation;
    expect(type).toMatchObject({ type: "list", showErrorMessage: true, errorStyle: "stop" });
    expect(type.formulae).toEqual([`"${TEMPLATE_LISTS.type.join(",")}"`]);
    expect(ws.getCell(row, studentsCol).dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
  }
  expect(ws.getCell(TEMPLATE_ROWS + 2, typeCol).dataValidation).toBeUndefined();
  expect(ws.getCell(2, nameCol).dataValidation).toBeUndefined();
  expect(ws.getColumn(nameCol).numFmt).toBe("@");
  expect(ws.getColumn(studentsCol).numFmt).toBe("0");
  expect(ws.getColumn(areaCol).numFmt).toBe("0.00");
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

  const county = wb.getWorksheet(spec.county.name)!;
  const yesNo = spec.county.rows.findIndex((r) => r.kind === "figure" && r.value === "yesNo");
  expect(yesNo).toBeGreaterThanOrEqual(0);
  expect(county.getCell(yesNo + 2, 2).dataValidation.formulae).toEqual(['"是,否"']);
  const section = spec.county.rows.findIndex((r) => r.kind === "section");
  expect(county.getCell(section + 2, 1).isMerged).toBe(true);
});

test("the example county typed into the downloaded template gives examples/expected.json", async () => {
  const template = await load(await templateToXlsxBytes());
  const example = new ExcelJS.Workbook();
  await example.xlsx.readFile(path.join(EXAMPLES, "county-template.xlsx"));
  let copied = 0;
  for (const source of example.worksheets) {
    const target = template.getWorksheet(source.name);
    expect(target).toBeDefined();
    // Columns by header (the example's sheets are the template's layout); county figures by row.
    const header = (ws: ExcelJS.Worksheet): string[] =>
      (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    const targetHeader = header(target!);
    const columns = header(source).map((h) => targetHeader.indexOf(h) + 1);
    source.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell, c) => {
        if (source.name === target!.name && c === 1 && r <= target!.rowCount) {
          // The county sheet's labels are the template's own.
          expect(target!.getCell(r, 1).value ?? cell.value).toEqual(cell.value);
          return;
        }
        const to = columns[c - 1];
        expect(to).toBeGreaterThan(0);
        target!.getCell(r, to).value = cell.value;
        copied++;
      });
    });
  }
  expect(copied).toBeGreaterThan(500);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-template-"));
  const file = path.join(dir, "填好的模板.xlsx");
  await template.xlsx.writeFile(file);
  const r = await run(["assess", file, "--json"]);
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toEqual(
    JSON.parse(fs.readFileSync(path.join(EXAMPLES, "expected.json"), "utf8"))
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
