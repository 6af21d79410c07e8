/**
 * Stamped table cells (src/report/docx/stamp.ts): a cell made from its kind's template writes
 * the same XML as the docx TableCell it stands for, whatever its text.
 */
import { strFromU8, unzipSync } from "fflate";
import {
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { CellStamps, pathOf, PLACEHOLDER, stamp, StampedCell } from "../../src/report/docx/stamp";

describe("pathOf and stamp", () => {
  const template = { "w:tc": [{ "w:tcPr": [] }, { "w:p": [{ "w:t": [{ _attr: {} }, "X"] }] }] };

  it("finds the one place of a text, and none when it is absent or twice", () => {
    expect(pathOf(template, "X")).toEqual(["w:tc", 1, "w:p", 0, "w:t", 1]);
    expect(pathOf(template, "Y")).toBeUndefined();
    expect(pathOf({ a: ["X", "X"] }, "X")).toBeUndefined();
  });

  it("puts a text there in a copy, sharing everything beside the path, the template untouched", () => {
    const path = pathOf(template, "X")!;
    const out = stamp(template, path, "a<b");
    expect(out["w:tc"][1]).toEqual({ "w:p": [{ "w:t": [{ _attr: {} }, "a<b"] }] });
    expect(template["w:tc"][1]).toEqual({ "w:p": [{ "w:t": [{ _attr: {} }, "X"] }] });
    expect(out["w:tc"][0]).toBe(template["w:tc"][0]);
    expect(out["w:tc"]).not.toBe(template["w:tc"]);
  });
});

const cellOptions = (text: string, width: number) => ({
  width: { size: width, type: WidthType.DXA },
  columnSpan: width > 1000 ? 2 : undefined,
  shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9E1F2" },
  children: [
    new Paragraph({
      style: "TableText14",
      children: text === "" ? [] : [new TextRun({ children: [text], bold: true })],
    }),
  ],
});

async function documentXml(rows: TableRow[]): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Table({ rows, columnWidths: [600, 600, 600] })] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  return strFromU8(files["word/document.xml"]);
}

describe("StampedCell", () => {
  const texts = ["学校", "", "a & b <c> \"d\" 'e'", PLACEHOLDER, "", "1,234.50", "学校"];

  it("writes what the TableCell it stands for writes", async () => {
    const real = texts.map(
      (t, i) =>
        new TableRow({
          children: [new TableCell(cellOptions(t, 600)), new TableCell(cellOptions(`${i}`, 1200))],
        })
    );
    const stamps = new CellStamps();
    const make = (width: number) => (t: string) => new TableCell(cellOptions(t, width));
    const stamped = texts.map(
      (t, i) =>
        new TableRow({
          children: [
            new StampedCell(stamps, "narrow", t, make(600), undefined),
            new StampedCell(stamps, "wide", `${i}`, make(1200), 2),
          ],
        })
    );
    const want = await documentXml(real);
    expect(want).toContain("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    expect(await documentXml(stamped)).toBe(want);
    // One template per kind and text-or-not: narrow with text, narrow without, wide.
    expect(stamps.size).toBe(3);
  });
});
