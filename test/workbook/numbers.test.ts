/**
 * Numeric cells whose <v> is not written as a number (issue 22 item 4): parseFloat read
 * `<v>2150abc</v>` as 2150 and `<v>0x2000</v>` as 0, with no word to the user. A numeric cell
 * is now read strictly (the lexical form of xsd:double, src/workbook/sheetXml.ts xsdNumber);
 * anything else is kept as its text, so it is read exactly as the same text typed into a cell:
 * reported at its sheet, row and column, or — "1,680" — accepted as a text cell would be.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_PROFILE } from "../../src/core/profiles";
import { readWorkbook, templateHeaders } from "../../src/core/table";
import { readWorkbookBytes } from "../../src/workbook";
import { xsdNumber } from "../../src/workbook/sheetXml";
import {
  column,
  primarySchool,
  SCHOOL_HEADERS,
  schoolRow,
  sheetXml,
  workbookEntries,
} from "../corpus/generate";
import { zip } from "../corpus/zip";
import { run } from "../cli/runCli";

const SHEET = templateHeaders().schoolSheet.name;
const STUDENTS = templateHeaders().schoolSheet.fields.indexOf("primaryStudents");
/** A number no other cell of the sheet holds, replaced in the XML by the text under test. */
const MARK = 987654321;

/**
 * Three 小学, the second's 在校生 (primaryStudents, row 3) written into the sheet XML as
 * `written`: in a numeric cell (`<c><v>…</v></c>`) or as text (an inline string).
 */
function countyWith(written: string, as: "number" | "text"): Buffer {
  const rows = [
    [...SCHOOL_HEADERS],
    schoolRow(primarySchool("第一小学")),
    schoolRow({ ...primarySchool("第二小学"), primaryStudents: MARK }),
    schoolRow(primarySchool("第三小学", true)),
  ];
  const escaped = written.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const ref = `${column("primaryStudents")}3`;
  const xml = sheetXml(rows).replace(
    `<c r="${ref}"><v>${MARK}</v></c>`,
    as === "number"
      ? `<c r="${ref}"><v>${escaped}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escaped}</t></is></c>`
  );
  expect(xml).not.toContain(String(MARK));
  return zip(workbookEntries([{ name: SHEET, xml }]));
}

async function read(bytes: Buffer) {
  const sheets = await readWorkbookBytes(bytes, "county.xlsx");
  return readWorkbook(sheets, { profile: DEFAULT_PROFILE });
}

describe("a numeric cell not written as a number", () => {
  test.each(["2150abc", "0x2000", "1.5.2", "12e", "INF", "NaN", "Infinity", "--5"])(
    "%s is reported at its sheet, row and column, as the same text would be",
    async (written) => {
      const asNumber = await read(countyWith(written, "number"));
      expect(asNumber.issues).toEqual([
        expect.objectContaining({
          code: "notANumber",
          sheet: SHEET,
          row: 3,
          column: column("primaryStudents"),
          school: "第二小学",
        }),
      ]);
      expect(asNumber.issues[0].message).toContain(written);
      // Exactly what the same text in a text cell gives.
      expect(asNumber).toEqual(await read(countyWith(written, "text")));
    }
  );

  test.each(["1,680", "1 680", "１６８０"])(
    "%s is read as a text cell reads it (1680: thousands grouped, spaces, full-width digits)",
    async (written) => {
      const asNumber = await read(countyWith(written, "number"));
      expect(asNumber).toEqual(await read(countyWith(written, "text")));
      expect(asNumber.issues).toEqual([]);
      const second = asNumber.schools.find((s) => s.name === "第二小学");
      expect(second).toBeDefined();
      expect(JSON.stringify(second)).toContain("1680");
    }
  );

  test("numbers as Excel writes them still read as numbers", async () => {
    for (const [written, value] of [
      ["1680", 1680],
      ["  1680\n", 1680],
      ["+1680", 1680],
      ["1.68E3", 1680],
      ["1680.", 1680],
      ["16800e-1", 1680],
    ] as const) {
      const sheets = await readWorkbookBytes(countyWith(written, "number"), "county.xlsx");
      expect([written, sheets[0].values[2][STUDENTS]]).toEqual([written, value]);
      expect((await read(countyWith(written, "number"))).issues).toEqual([]);
    }
  });

  test("the command names the cell", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-numbers-"));
    try {
      const file = path.join(dir, "county.xlsx");
      fs.writeFileSync(file, countyWith("2150abc", "number"));
      const r = await run(["assess", file]);
      const text = r.stdout + r.stderr;
      expect(text).toContain(
        `工作表「${SHEET}」第3行${column("primaryStudents")}列：「第二小学」的小学在校生数「2150abc」不是数字`
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("xsdNumber", () => {
  test("reads what parseFloat reads for every well-formed number, and nothing else", () => {
    // Generated: every sign, digits, point and exponent combination, with and without spaces.
    const signs = ["", "+", "-"];
    const mantissas = ["0", "7", "12", "12.", "12.5", ".5", "0.000125", "98765432109876543210"];
    const exponents = ["", "e3", "E-3", "e+10", "E0", "e400", "e-400"];
    for (const s of signs)
      for (const m of mantissas)
        for (const e of exponents)
          for (const text of [`${s}${m}${e}`, ` ${s}${m}${e}\t`]) {
            expect([text, xsdNumber(text)]).toEqual([text, parseFloat(text)]);
          }
    for (const text of [
      "",
      " ",
      ".",
      "+",
      "-.",
      "e5",
      "1e",
      "1e+",
      "1,680",
      "2150abc",
      "0x2000",
      "0b1",
      "1_000",
      "INF",
      "-INF",
      "NaN",
      "Infinity",
      "1 2",
      "１２", // full-width digits: text, read by the table reader as such
      "12\u00a0",
    ])
      expect([text, xsdNumber(text)]).toEqual([text, undefined]);
  });
});
