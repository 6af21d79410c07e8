/**
 * Spliced table rows (src/report/docx/splice.ts): the one escaping function, and the rows put
 * in a template row's place as docx wrote its cells; and the writer's document.xml with rows
 * spliced the same, byte for byte, as with every row a docx component.
 */
import { strFromU8, unzipSync } from "fflate";
import { Document, Packer, Paragraph, TextRun } from "docx";
import {
  escapeXmlText,
  RowSplices,
  spliceRows,
  spliceRowsToBytes,
} from "../../src/report/docx/splice";
import { PLACEHOLDER } from "../../src/report/docx/stamp";
import { selfReportToDocx } from "../../src/report/docx";
import type { ReportSheet } from "../../src/report";

/** The text of the one run docx writes for `text`, as it stands in document.xml. */
async function docxRunText(text: string): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }],
  });
  const xml = strFromU8(
    unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)))["word/document.xml"]
  );
  return xml.split('<w:t xml:space="preserve">')[1].split("</w:t>")[0];
}

describe("escapeXmlText", () => {
  it("escapes every character as docx escapes a run's text", async () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join("");
    const text = `${all}学校 &amp; <w:t> "引号" 'x' \uE000 😀`;
    expect(escapeXmlText(text)).toBe(await docxRunText(text));
  });

  it("leaves text with nothing to escape as it is", () => {
    expect(escapeXmlText("城关第一小学 1,234.50 93.5%")).toBe("城关第一小学 1,234.50 93.5%");
    expect(escapeXmlText("a<b & c>d")).toBe("a&lt;b &amp; c&gt;d");
  });
});

describe("spliceRows", () => {
  const cell = (inner: string) => `<w:tc><w:tcPr/><w:p>${inner}</w:p></w:tc>`;
  const template = (marker: string) =>
    `<w:tr>${cell(`<w:r><w:t>${marker}</w:t></w:r>`)}${cell(`<w:r><w:t>${PLACEHOLDER}</w:t></w:r>`)}${cell("")}</w:tr>`;

  it("puts each row's cells in the template row's place, from the kinds docx wrote", () => {
    const splices = new RowSplices();
    const a = splices.add(
      [true, false],
      [
        [
          [0, "甲<1>"],
          [1, ""],
        ],
        [
          [1, ""],
          [0, "乙&"],
        ],
      ]
    );
    const b = splices.add([true, false], [[[0, "丙"]]]);
    const xml = `<w:tbl><w:tr>${cell("head")}</w:tr>${template(a.marker)}</w:tbl><w:p/><w:tbl>${template(b.marker)}</w:tbl>`;
    expect(spliceRows(xml, splices.runs)).toBe(
      `<w:tbl><w:tr>${cell("head")}</w:tr>` +
        `<w:tr>${cell("<w:r><w:t>甲&lt;1&gt;</w:t></w:r>")}${cell("")}</w:tr>` +
        `<w:tr>${cell("")}${cell("<w:r><w:t>乙&amp;</w:t></w:r>")}</w:tr>` +
        `</w:tbl><w:p/><w:tbl><w:tr>${cell("<w:r><w:t>丙</w:t></w:r>")}</w:tr></w:tbl>`
    );
  });

  it("gives the same document as UTF-8 bytes, encoded a few hundred rows at a time", () => {
    const splices = new RowSplices();
    const rows = Array.from({ length: 700 }, (_, i): [number, string][] => [
      [0, `学校${i} & 😀`],
      [1, ""],
    ]);
    const a = splices.add([true, false], rows);
    const xml = `<w:tbl>${template(a.marker)}</w:tbl>`;
    const text = spliceRows(xml, splices.runs);
    expect(text.split("<w:tr>")).toHaveLength(701);
    expect(Buffer.from(spliceRowsToBytes(xml, splices.runs)).toString("utf8")).toBe(text);
  });

  it("refuses a template row that is missing, there twice, or not as it was made", () => {
    const splices = new RowSplices();
    const a = splices.add([true], [[[0, "x"]]]);
    expect(() => spliceRows("<w:tbl></w:tbl>", splices.runs)).toThrow();
    expect(() => spliceRows(template(a.marker) + template(a.marker), splices.runs)).toThrow();
    expect(() => spliceRows(`<w:tr>${cell(a.marker)}</w:tr>`, splices.runs)).toThrow();
  });
});

describe("the writer's spliced rows", () => {
  it("write a long sheet's body rows with their texts escaped, in order, beside docx's header rows", async () => {
    const names = Array.from({ length: 300 }, (_, i) => `学校${i} <&> "${PLACEHOLDER}"`);
    const sheet: ReportSheet = {
      name: "表Ⅱ-2",
      id: "formII2",
      columns: [{ width: 20 }, { width: 10 }],
      rows: [
        [
          { value: "学校", style: "header" },
          { value: "学生数", style: "header" },
        ],
        ...names.map((name, i) => [{ value: name }, { value: i * 1000 + 0.5, numFmt: "#,##0.0" }]),
      ],
      headerRows: 1,
    };
    const bytes = await selfReportToDocx({
      title: "t",
      subtitle: [],
      footer: "{page}",
      blocks: [{ kind: "sheet", sheet }],
    });
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    const rows = xml.split("<w:tbl>")[1].split("</w:tbl>")[0].split("<w:tr>").slice(1);
    expect(rows).toHaveLength(301);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[1]).not.toContain("<w:tblHeader/>");
    expect(rows[300]).toContain(`学校299 &lt;&amp;&gt; &quot;${PLACEHOLDER}&quot;`);
    expect(rows[300]).toContain(">299,000.5<");
    // No marker is left: the only private-use characters are the 300 names' own.
    expect(xml.split("\uE001").length - 1).toBe(300);
    // Every body row is the same cells but for the text: those of row 1 with row 300's texts.
    expect(rows[1].replace("学校0 ", "学校299 ").replace(">0.5<", ">299,000.5<")).toBe(rows[300]);
  });

  it("write the same document.xml, byte for byte, as docx rows do", async () => {
    const styles = ["text", "pass", "fail", "note", "text"] as const;
    const sheet: ReportSheet = {
      name: "表Ⅱ-2",
      id: "formII2",
      columns: [{ width: 6 }, { width: 20 }, { width: 10 }, { width: 10 }],
      rows: [
        [{ value: "表Ⅱ-2 分学校情况", style: "title" }],
        [
          { value: "序号", style: "header" },
          { value: "学校", style: "header" },
          { value: "指标", style: "header" },
          { value: "", style: "header" },
        ],
        ...Array.from({ length: 40 }, (_, i) => [
          { value: i + 1 },
          { value: i % 7 === 0 ? "" : `学校${i} <&>\u0001` },
          { value: i / 3, numFmt: "0.00", style: styles[i % 5] },
          { value: i % 9 === 0 ? "第一行\n第二行" : i % 4 === 0 ? null : "是" },
        ]),
        [
          { value: "合计", style: "total" },
          { value: "" },
          { value: 12.5, numFmt: "0.0" },
          { value: "" },
        ],
        [{ value: "注：示例。", style: "note" }],
      ],
      merges: [
        { startRow: 0, startColumn: 0, endRow: 0, endColumn: 3 },
        { startRow: 1, startColumn: 2, endRow: 1, endColumn: 3 },
        { startRow: 10, startColumn: 0, endRow: 12, endColumn: 0 }, // a row span in the body
        { startRow: 20, startColumn: 2, endRow: 20, endColumn: 3 }, // a column span
        { startRow: 42, startColumn: 0, endRow: 42, endColumn: 1 },
        { startRow: 43, startColumn: 0, endRow: 43, endColumn: 3 },
      ],
      headerRows: 2,
    };
    const report = {
      title: "t",
      subtitle: [],
      footer: "{page}",
      blocks: [{ kind: "sheet" as const, sheet }],
    };
    const xmlOf = async (spliceRows: boolean) =>
      strFromU8(unzipSync(await selfReportToDocx(report, { spliceRows }))["word/document.xml"]);
    const docxRows = await xmlOf(false);
    expect(docxRows).toContain("学校1 &lt;&amp;&gt;");
    expect(docxRows).toContain('<w:vMerge w:val="continue"/>');
    expect(await xmlOf(true)).toBe(docxRows);
  });
});
