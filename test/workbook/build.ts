/**
 * Hand-made .xlsx packages for the reader's tests: each SpreadsheetML feature written the way
 * Excel writes it (ECMA-376 Part 1 §18), so that a test says exactly which markup it reads.
 */
import { zip, type ZipEntry } from "../corpus/zip";

export interface PackageSheet {
  name: string;
  /** The <worksheet> element's content (sheetData, mergeCells, cols…). */
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface PackageOptions {
  sharedStrings?: string[] | string;
  /** cellXfs numFmtIds, in order (index = the cell's s attribute); custom formats by id. */
  styles?: { cellXfs: number[]; numFmts?: Record<number, string> };
  date1904?: boolean;
  /** Stored (no compression) instead of deflated. */
  stored?: boolean;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function xlsxPackage(sheets: readonly PackageSheet[], options: PackageOptions = {}): Buffer {
  const method = options.stored ? 0 : 8;
  const rels: string[] = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  const entries: ZipEntry[] = [
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${R}">` +
        (options.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>") +
        "<sheets>" +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
          )
          .join("") +
        "</sheets></workbook>",
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.body}</worksheet>`,
      method: method as 0 | 8,
    })),
  ];
  if (options.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
    const items =
      typeof options.sharedStrings === "string"
        ? options.sharedStrings
        : options.sharedStrings
            .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
            .join("");
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${items}</sst>`,
      method,
    });
  }
  if (options.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/>`);
    const numFmts = Object.entries(options.styles.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    entries.push({
      name: "xl/styles.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>` +
        (numFmts ? `<numFmts>${numFmts}</numFmts>` : "") +
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
        `<cellXfs>${options.styles.cellXfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join("")}</cellXfs>` +
        "</styleSheet>",
    });
  }
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  });
  return zip(entries);
}

/** <sheetData> of rows given as raw <c> markup. */
export function sheetData(rows: readonly string[]): string {
  return `<sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join("")}</sheetData>`;
}
