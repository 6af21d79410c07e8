/**
 * src/workbook/unplug.ts, the converter the CLI and the offline page share (issue 27 §2): what
 * test/cli/formulas.test.ts does not already cover — the same file gives the same bytes
 * whenever it is converted (the page's download equals the CLI's --out), and a sheet part that
 * workbook.xml does not name is named after its part.
 */
import * as fs from "fs";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { toNativeFormula } from "../../src/functions/native";
import { UNPLUG_MTIME, unplugWorkbook, unplugZipBytes } from "../../src/workbook/unplug";

const TEMPLATE = path.join(__dirname, "../../examples/functions-template.xlsx");

test("the same workbook converts to the same bytes, whenever", () => {
  const bytes = new Uint8Array(fs.readFileSync(TEMPLATE));
  const first = unplugWorkbook(bytes);
  const a = unplugZipBytes(first.files, first.order);
  const now = jest.spyOn(Date, "now").mockReturnValue(Date.now() + 3 * 24 * 3600 * 1000);
  try {
    const second = unplugWorkbook(bytes);
    const b = unplugZipBytes(second.files, second.order);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  } finally {
    now.mockRestore();
  }
  // Every local header carries the pinned DOS date (1980-01-01: 0x0021) and time (0).
  const view = Buffer.from(a);
  let headers = 0;
  for (let at = view.indexOf("PK\x03\x04", 0, "latin1"); at >= 0;) {
    expect({ time: view.readUInt16LE(at + 10), date: view.readUInt16LE(at + 12) }).toEqual({
      time: 0,
      date: (1 << 5) | 1,
    });
    headers++;
    at = view.indexOf("PK\x03\x04", at + 4, "latin1");
  }
  expect(headers).toBe(first.order.length);
  expect(UNPLUG_MTIME.getFullYear()).toBe(1980);
});

test("a sheet part without a name in workbook.xml is named after its part; text is escaped", () => {
  const formula = 'EDU.VARIATION_COEF(A1:A3,B1:B3)&"<"';
  const sheet = `<worksheet><sheetData><row r="1"><c r="C1"><f>${formula
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")}</f><v>0.1</v></c></row></sheetData></worksheet>`;
  const bytes = zipSync({ "xl/worksheets/sheet7.xml": strToU8(sheet) });
  const r = unplugWorkbook(bytes);
  const native = toNativeFormula(formula);
  if (!("formula" in native)) throw new Error(native.refused);
  expect(r.refusals).toEqual([]);
  expect(r.changes).toEqual([
    { sheet: "sheet7", cell: "C1", before: formula, after: native.formula },
  ]);
  const out = new TextDecoder().decode(
    unzipSync(unplugZipBytes(r.files, r.order))["xl/worksheets/sheet7.xml"]
  );
  expect(out).toContain(
    `<f>${native.formula.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</f><v>0.1</v>`
  );
});
