/**
 * The 自评报告（初稿） (src/report/selfReport/types.ts) as a .docx, with the `docx` package. No
 * Node API here: the CLI imports it, and the offline page loads it by dynamic import.
 *
 * Layout as government documents are set (GB/T 9704): A4 portrait, margins 37 / 35 / 28 / 26 mm
 * (top, bottom, left, right; a 156 × 225 mm text area); body 仿宋 三号 (16 pt) with a two-character
 * first-line indent; the title 宋体 二号 bold (小标宋 is not installed with Windows or WPS, 宋体 is);
 * 一、 headings 黑体, （一） headings 楷体, 1. headings 仿宋 bold, all three Word's own Heading 1–3
 * (outline levels 1–3: the navigation pane and a table of contents see them). Latin text in
 * Times New Roman. Tables in 仿宋 五号 (10.5 pt), their header rows repeated on every page.
 *
 * Every text is a plain run (never a field or hyperlink), with control characters dropped
 * (safeText). The only field is the footer's PAGE.
 *
 * Deterministic: the same report writes the same word/document.xml (drawings are numbered here,
 * images are named by their content's hash, relationships by docx's counter); with `created`
 * the whole file is the same byte for byte (core.xml's dates and the zip's entry times).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";
import { fill, ZH } from "../../i18n";
import { RowSplices, spliceRowsToBytes } from "./splice";
import { CellStamps, PLACEHOLDER, StampedCell } from "./stamp";
import { BORDER_COLOR, PALETTE } from "../formats";
import type { ReportCell, ReportSheet } from "../model";
import { cellDisplayText } from "../numFmtText";
import type { DocBlock, DocRun, SelfReport } from "../selfReport/types";

const T = ZH.selfReport.writer;

/** Draws an SVG as PNG bytes at (at least) widthPx × heightPx; undefined when it cannot. */
export type Rasteriser = (
  svg: string,
  widthPx: number,
  heightPx: number
) => Promise<Uint8Array | undefined>;

export interface SelfReportDocxOptions {
  /** The PNG fallback of each chart (Word 2010 and WPS show it; Word 2016+ shows the SVG). */
  rasterise?: Rasteriser;
  /**
   * The document's creation date (core.xml, and the zip entries' times). Absent: the time of
   * writing. Given: the file is the same byte for byte each time the same report is written.
   */
  created?: Date;
  /**
   * false: every row of a sheet as a docx component, none spliced into document.xml (splice.ts).
   * The same XML, written in twice the time and memory; for the tests that show it is the same.
   */
  spliceRows?: boolean;
}

// --- page and type (twips: 1/20 pt; 1 mm = 1440 / 25.4 twips) ------------------------------

const mm = (v: number): number => Math.round((v * 1440) / 25.4);
/** A4, 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;
/** GB/T 9704 margins: top 37 mm, bottom 35 mm, left (binding) 28 mm, right 26 mm. */
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
/** The same margins turned with the page, for a landscape section (the binding edge on top). */
const LANDSCAPE_MARGINS = {
  top: MARGINS.left,
  bottom: MARGINS.right,
  left: MARGINS.top,
  right: MARGINS.bottom,
} as const;
const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

const FONT = { ...T.fonts, latin: "Times New Roman" } as const;
/** Half-points, as Word counts font sizes: 三号 16 pt, 二号 22 pt, 五号 10.5 pt. */
const SIZE = { body: 32, title: 44, subtitle: 32, table: 21, footer: 28 } as const;
/** Table text never smaller than this (half-points): 7 pt. */
const MIN_TABLE_SIZE = 14;
/** Width of one Excel column character at a font size, in twips per half-point (≈ 0.55 em). */
const COLUMN_CHAR_TWIPS_PER_HALF_POINT = 0.55 * 10;

const fonts = (eastAsia: string) => ({
  ascii: FONT.latin,
  hAnsi: FONT.latin,
  cs: FONT.latin,
  eastAsia,
});

// --- text ---------------------------------------------------------------------------------

/**
 * Text as it may stand in the document: C0 controls other than tab and line feed, DEL, the
 * non-characters U+FFFE/U+FFFF and lone surrogate halves dropped (none is allowed in XML 1.0
 * or means anything in a report); everything else kept, however long.
 */
export function safeText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    ""
  );
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
  highlight?: boolean;
  font?: string;
}

/** Plain runs of one text: tabs as Word tabs, line feeds as line breaks; no field, no link. */
function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  if (text === "") return [];
  const runs: TextRun[] = [];
  safeText(text)
    .split("\n")
    .forEach((line, i) => {
      const parts = line.split("\t");
      const children: (string | Tab)[] = [];
      parts.forEach((p, j) => {
        if (j > 0) children.push(new Tab());
        if (p !== "") children.push(p);
      });
      runs.push(
        new TextRun({
          children,
          break: i > 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italics,
          size: style.size,
          color: style.color,
          highlight: style.highlight ? HighlightColor.YELLOW : undefined,
          font: style.font ? fonts(style.font) : undefined,
        })
      );
    });
  return runs;
}

function docRuns(runs: DocRun[], style: RunStyle = {}): TextRun[] {
  return runs.flatMap((r) =>
    textRuns(r.text, {
      ...style,
      bold: r.bold || style.bold,
      highlight: r.placeholder || style.highlight,
    })
  );
}

// --- tables -------------------------------------------------------------------------------

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOR.slice(1) } as const;
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
} as const;
const CELL_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 } as const;
/** A sheet's cells: narrower side margins, so a number fills its column as in the workbook. */
const SHEET_CELL_MARGINS = { top: 20, bottom: 20, left: 30, right: 30 } as const;

/** Relative widths scaled to whole twips that add up to `total`. */
function scaleWidths(widths: number[], count: number, total: number): number[] {
  const w = Array.from({ length: count }, (_, i) => {
    const v = widths[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : 1;
  });
  const sum = w.reduce((a, b) => a + b, 0);
  const scaled = w.map((v) => Math.max(1, Math.floor((v / sum) * total)));
  scaled[scaled.length - 1] += total - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

interface CellSpec {
  text: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fill?: string;
  highlight?: boolean;
  align?: "left" | "center" | "right";
  columnSpan?: number;
  rowSpan?: number;
  width: number;
}

/** Table text: one paragraph style per size (7–10.5 pt), so a cell's runs carry no size of their own. */
const TABLE_STYLE_SIZES = Array.from(
  { length: SIZE.table - MIN_TABLE_SIZE + 1 },
  (_, i) => MIN_TABLE_SIZE + i
);
const tableStyleId = (size: number): string =>
  `TableText${Math.max(MIN_TABLE_SIZE, Math.min(SIZE.table, Math.round(size)))}`;
const tableStyles = () =>
  TABLE_STYLE_SIZES.map((size) => ({
    id: tableStyleId(size),
    name: tableStyleId(size),
    basedOn: "Normal",
    quickFormat: false,
    run: { size },
    paragraph: {
      indent: { firstLine: 0 },
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    },
  }));

function tableCell(c: CellSpec): TableCell {
  const alignment =
    c.align === "center"
      ? AlignmentType.CENTER
      : c.align === "right"
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT;
  return new TableCell({
    children: [
      new Paragraph({
        style: tableStyleId(c.size),
        alignment: alignment === AlignmentType.LEFT ? undefined : alignment,
        children: textRuns(c.text, {
          bold: c.bold,
          italics: c.italics,
          color: c.color,
          highlight: c.highlight,
        }),
      }),
    ],
    columnSpan: c.columnSpan && c.columnSpan > 1 ? c.columnSpan : undefined,
    rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
    width: { size: c.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: c.fill ? { type: ShadingType.CLEAR, color: "auto", fill: c.fill } : undefined,
  });
}

/**
 * A cell's kind and its text as it stands in the document, when it spans one row and its text
 * is one plain line (no tab, no line feed): such a cell can be made from its kind's template.
 */
function plainCell(c: CellSpec): { kind: string; text: string } | undefined {
  if ((c.rowSpan ?? 1) > 1) return undefined;
  const text = c.text === "" ? "" : safeText(c.text);
  if (c.text !== "" && (text === "" || text.includes("\t") || text.includes("\n")))
    return undefined;
  const kind = [
    c.size,
    c.bold ? 1 : 0,
    c.italics ? 1 : 0,
    c.color ?? "",
    c.fill ?? "",
    c.highlight ? 1 : 0,
    c.align ?? "",
    c.columnSpan ?? "",
    c.width,
  ].join("|");
  return { kind, text };
}

/**
 * A cell as tableCell makes it, or, when it is a plain cell, the same cell stamped from its
 * kind's template (stamp.ts): the same XML, made once per kind.
 */
function cellOf(c: CellSpec, stamps: CellStamps): TableCell {
  const plain = plainCell(c);
  if (!plain) return tableCell(c);
  return new StampedCell(
    stamps,
    plain.kind,
    plain.text,
    (t) => tableCell({ ...c, text: t }),
    c.columnSpan
  );
}

/**
 * Rows of plain cells, to be spliced into document.xml (splice.ts): in the table, one template
 * row of a marker cell and a real cell per kind of cell the rows use.
 */
function templateRow(run: CellSpec[][], splices: RowSplices): TableRow {
  const kinds = new Map<string, number>();
  const made: CellSpec[] = [];
  const rows = run.map((row) =>
    row.map((c): [number, string] => {
      const { kind, text } = plainCell(c)!;
      const key = `${text === "" ? 0 : 1}|${kind}`;
      let k = kinds.get(key);
      if (k === undefined) {
        k = made.length;
        kinds.set(key, k);
        made.push({ ...c, text: text === "" ? "" : PLACEHOLDER });
      }
      return [k, text];
    })
  );
  const spliced = splices.add(
    made.map((c) => c.text !== ""),
    rows
  );
  const marker = tableCell({ text: spliced.marker, size: SIZE.table, width: 100 });
  return new TableRow({ children: [marker, ...made.map(tableCell)] });
}

function table(
  rows: TableRow[],
  columnWidths: number[],
  margins: Record<"top" | "bottom" | "left" | "right", number> = CELL_MARGINS
): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins,
  });
}

function captionParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    keepNext: true,
    spacing: { before: 120, after: 60, line: 300, lineRule: LineRuleType.AUTO },
    children: textRuns(text, { bold: true, size: SIZE.table + 3 }),
  });
}

function textTable(
  block: Extract<DocBlock, { kind: "table" }>,
  stamps: CellStamps
): (Paragraph | Table)[] {
  const count = Math.max(
    1,
    ...block.header.map((r) => r.length),
    ...block.rows.map((r) => r.length)
  );
  const widths = scaleWidths(block.widths ?? [], count, PORTRAIT_TEXT_WIDTH);
  const marked = new Set((block.marked ?? []).map(([r, c]) => `${r},${c}`));
  const gaps = new Set((block.placeholders ?? []).map(([r, c]) => `${r},${c}`));
  const row = (texts: string[], header: boolean, r: number): TableRow =>
    new TableRow({
      tableHeader: header || undefined,
      children: widths.map((width, c) =>
        cellOf(
          {
            text: texts[c] ?? "",
            size: SIZE.table,
            width,
            bold: header || marked.has(`${r},${c}`),
            highlight: !header && gaps.has(`${r},${c}`),
            fill: header
              ? PALETTE.header.fill?.slice(1)
              : marked.has(`${r},${c}`)
                ? PALETTE.fail.fill?.slice(1)
                : undefined,
            // A figure (4.20, 1,234, 93.5%) right-aligned, as the workbook shows numbers.
            align: header
              ? "center"
              : /^-?[\d,]+(\.\d+)?%?$/.test(texts[c] ?? "")
                ? "right"
                : undefined,
          },
          stamps
        )
      ),
    });
  const rows = [
    ...block.header.map((h, i) => row(h, true, i)),
    ...block.rows.map((r, i) => row(r, false, i)),
  ];
  const out: (Paragraph | Table)[] = [];
  if (block.caption) out.push(captionParagraph(block.caption));
  if (rows.length > 0) out.push(table(rows, widths), spacer());
  return out;
}

const spacer = (): Paragraph =>
  new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, children: [] });

/** How a sheet is set: its own landscape section when its columns do not fit the portrait page. */
export function sheetLayout(sheet: ReportSheet): {
  landscape: boolean;
  size: number;
  width: number;
} {
  const chars = sheet.columns.reduce((a, c) => a + (c.width > 0 ? c.width : 8.43), 0);
  const natural = (size: number): number => chars * size * COLUMN_CHAR_TWIPS_PER_HALF_POINT;
  if (natural(SIZE.table) <= PORTRAIT_TEXT_WIDTH)
    return { landscape: false, size: SIZE.table, width: PORTRAIT_TEXT_WIDTH };
  const fit = Math.floor(LANDSCAPE_TEXT_WIDTH / (chars * COLUMN_CHAR_TWIPS_PER_HALF_POINT));
  return {
    landscape: true,
    size: Math.max(MIN_TABLE_SIZE, Math.min(SIZE.table, fit)),
    width: LANDSCAPE_TEXT_WIDTH,
  };
}

/** A row holding one cell merged across every column (the sheet's title, a note). */
function wideRow(sheet: ReportSheet, r: number): boolean {
  const cells = sheet.rows[r] ?? [];
  if (cells.slice(1).some((c) => c.value !== null && c.value !== "")) return false;
  const last = sheet.columns.length - 1;
  return (
    last === 0 ||
    (sheet.merges ?? []).some(
      (m) => m.startRow === r && m.endRow === r && m.startColumn === 0 && m.endColumn >= last
    )
  );
}

const isEmptyRow = (cells: ReportCell[] | undefined): boolean =>
  !cells || cells.every((c) => c.value === null || c.value === "");

/**
 * One sheet of the 申报表 as a Word table: the title and subtitle rows above it as paragraphs,
 * the notes under it as paragraphs; in between the cells as the workbook shows them, its
 * merges as column and row spans, its header rows repeated on every page.
 */
function sheetTable(
  sheet: ReportSheet,
  layout: { size: number; width: number },
  stamps: CellStamps,
  splices: RowSplices | undefined
): (Paragraph | Table)[] {
  const count = Math.max(1, sheet.columns.length, ...sheet.rows.map((r) => r.length));
  const headerRows = Math.min(sheet.headerRows ?? 0, sheet.rows.length);
  // Leading single wide rows (title, subtitle, notice) become paragraphs; so do trailing ones (notes).
  let first = 0;
  while (first < headerRows && (wideRow(sheet, first) || isEmptyRow(sheet.rows[first]))) first++;
  let end = sheet.rows.length;
  while (
    end > Math.max(first, headerRows) &&
    (wideRow(sheet, end - 1) || isEmptyRow(sheet.rows[end - 1]))
  )
    end--;
  const out: (Paragraph | Table)[] = [];
  for (let r = 0; r < first; r++) {
    const c = sheet.rows[r]?.[0];
    if (!c || isEmptyRow(sheet.rows[r])) continue;
    const text = cellDisplayText(c.value, c.numFmt);
    if (c.style === "title") out.push(captionParagraph(text));
    else
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          keepNext: true,
          children: textRuns(text, {
            size: layout.size,
            bold: c.style === "fail",
            color: c.style === "fail" ? PALETTE.fail.fontColor?.slice(1) : undefined,
          }),
        })
      );
  }

  const widths = scaleWidths(
    sheet.columns.map((c) => c.width),
    count,
    layout.width
  );
  // Who owns each cell of the table's rows: the top-left of a merge spans, the rest are covered.
  const covered = new Set<string>();
  const spans = new Map<string, { columns: number; rows: number }>();
  for (const m of sheet.merges ?? []) {
    const top = Math.max(m.startRow, first);
    const bottom = Math.min(m.endRow, end - 1);
    if (top > bottom) continue;
    const right = Math.min(m.endColumn, count - 1);
    spans.set(`${top},${m.startColumn}`, {
      columns: right - m.startColumn + 1,
      rows: bottom - top + 1,
    });
    for (let r = top; r <= bottom; r++)
      for (let c = m.startColumn; c <= right; c++)
        if (r !== top || c !== m.startColumn) covered.add(`${r},${c}`);
  }
  // Rows a row span reaches into from a row above (docx adds their covered cells).
  const reached = new Set<number>();
  for (const m of sheet.merges ?? [])
    for (let r = Math.max(m.startRow, first) + 1; r <= Math.min(m.endRow, end - 1); r++)
      reached.add(r);
  const rows: TableRow[] = [];
  let run: CellSpec[][] = [];
  const flushRun = (): void => {
    if (run.length > 0 && splices) rows.push(templateRow(run, splices));
    run = [];
  };
  for (let r = first; r < end; r++) {
    const cells = sheet.rows[r] ?? [];
    const specs: CellSpec[] = [];
    for (let c = 0; c < count; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const span = spans.get(`${r},${c}`);
      const cell = cells[c] ?? { value: null };
      const spec = PALETTE[cell.style ?? "text"];
      const width = widths.slice(c, c + (span?.columns ?? 1)).reduce((a, b) => a + b, 0);
      specs.push({
        text: cellDisplayText(cell.value, cell.numFmt),
        size: cell.style === "note" ? Math.max(MIN_TABLE_SIZE, layout.size - 2) : layout.size,
        bold: spec.bold,
        italics: spec.italic,
        color: spec.fontColor?.slice(1),
        fill: spec.fill?.slice(1),
        align: spec.horizontal ?? (typeof cell.value === "number" ? "right" : undefined),
        columnSpan: span?.columns,
        rowSpan: span?.rows,
        width,
      });
    }
    // A row whose every cell is covered by merges from above still needs a cell for Word.
    if (specs.length === 0) continue;
    // Body rows of plain cells no row span reaches are spliced in; the others are docx rows.
    if (splices && r >= headerRows && !reached.has(r) && specs.every((c) => plainCell(c))) {
      run.push(specs);
      continue;
    }
    flushRun();
    rows.push(
      new TableRow({
        tableHeader: r < headerRows || undefined,
        children: specs.map((c) => cellOf(c, stamps)),
      })
    );
  }
  flushRun();
  if (rows.length > 0) out.push(table(rows, widths, SHEET_CELL_MARGINS));

  for (let r = end; r < sheet.rows.length; r++) {
    const c = sheet.rows[r]?.[0];
    if (!c || isEmptyRow(sheet.rows[r])) continue;
    out.push(
      new Paragraph({
        indent: { firstLine: 0 },
        spacing: { before: 40, after: 0, line: 260, lineRule: LineRuleType.AUTO },
        children: textRuns(cellDisplayText(c.value, c.numFmt), {
          size: Math.max(MIN_TABLE_SIZE, layout.size - 2),
        }),
      })
    );
  }
  out.push(spacer());
  return out;
}

// --- charts -------------------------------------------------------------------------------

/** Points → pixels at 96 to the inch (docx's image sizes are pixels). */
const px = (pt: number): number => Math.round((pt * 96) / 72);

async function chartParagraphs(
  block: Extract<DocBlock, { kind: "chart" }>,
  rasterise: Rasteriser | undefined,
  drawingId: number,
  width: number
): Promise<Paragraph[]> {
  const maxPt = width / 20;
  const scale = block.width > maxPt ? maxPt / block.width : 1;
  const w = Math.max(1, px(block.width * scale));
  const h = Math.max(1, px(block.height * scale));
  const caption = safeText(block.caption);
  let png: Uint8Array | undefined;
  try {
    png = rasterise ? await rasterise(block.svg, w, h) : undefined;
  } catch {
    png = undefined;
  }
  if (!png || png.length === 0)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: textRuns(fill(T.noChart, { caption }), { size: SIZE.table + 3 }),
      }),
    ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(block.svg),
          fallback: { type: "png", data: png },
          transformation: { width: w, height: h },
          altText: {
            id: String(drawingId),
            name: `chart${drawingId}`,
            description: caption,
            title: caption,
          },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: textRuns(fill(T.chartCaption, { caption }), { size: SIZE.table + 3 }),
    }),
  ];
}

// --- the document -------------------------------------------------------------------------

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function footer(template: string): Footer {
  const words = safeText(template || T.footer);
  const [before, ...after] = words.split("{page}");
  const children: ParagraphChild[] = [];
  if (before) children.push(...textRuns(before, { size: SIZE.footer }));
  if (after.length > 0) {
    children.push(new TextRun({ children: [PageNumber.CURRENT], size: SIZE.footer }));
    const rest = after.join("{page}");
    if (rest) children.push(...textRuns(rest, { size: SIZE.footer }));
  }
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children }),
    ],
  });
}

function section(
  children: (Paragraph | Table)[],
  landscape: boolean,
  foot: string
): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...(landscape ? LANDSCAPE_MARGINS : MARGINS), header: mm(15), footer: mm(18) },
      },
    },
    footers: { default: footer(foot) },
    children,
  };
}

const headingStyle = (font: string, bold: boolean, level: number) => ({
  run: { font: fonts(font), size: SIZE.body, bold, color: "000000", italics: false },
  paragraph: {
    spacing: { before: 120, after: 120, line: 560, lineRule: "exact" as const },
    indent: { firstLine: 640 },
    keepNext: true,
    keepLines: true,
    outlineLevel: level,
  },
});

/** The 自评报告 as the bytes of a .docx file. */
export async function selfReportToDocx(
  report: SelfReport,
  options: SelfReportDocxOptions = {}
): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  let current: (Paragraph | Table)[] = [];
  const flush = (): void => {
    if (current.length > 0) sections.push(section(current, false, report.footer));
    current = [];
  };

  current.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 240, line: 700, lineRule: "exact" },
      children: textRuns(report.title, { font: FONT.title, size: SIZE.title, bold: true }),
    })
  );
  for (const line of report.subtitle)
    current.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: textRuns(line, { size: SIZE.subtitle, font: FONT.heading2 }),
      })
    );

  let drawings = 0;
  const stamps = new CellStamps();
  const splices = options.spliceRows === false ? undefined : new RowSplices();
  const headings = new Set<Paragraph | Table>();
  for (const block of report.blocks) {
    switch (block.kind) {
      case "heading": {
        const heading = new Paragraph({
          heading: HEADING[block.level],
          children: textRuns(block.text),
        });
        headings.add(heading);
        current.push(heading);
        break;
      }
      case "paragraph":
        current.push(new Paragraph({ children: docRuns(block.runs) }));
        break;
      case "listItem":
        current.push(
          new Paragraph({ indent: { left: 1280, hanging: 640 }, children: docRuns(block.runs) })
        );
        break;
      case "table":
        current.push(...textTable(block, stamps));
        break;
      case "sheet": {
        const layout = sheetLayout(block.sheet);
        if (!layout.landscape) {
          current.push(...sheetTable(block.sheet, layout, stamps, splices));
          break;
        }
        // The headings just before the sheet go with it onto the landscape page.
        let keep = current.length;
        while (keep > 0 && headings.has(current[keep - 1])) keep--;
        const lead = current.splice(keep);
        flush();
        sections.push(
          section(
            [...lead, ...sheetTable(block.sheet, layout, stamps, splices)],
            true,
            report.footer
          )
        );
        break;
      }
      case "chart":
        current.push(
          ...(await chartParagraphs(block, options.rasterise, ++drawings, PORTRAIT_TEXT_WIDTH))
        );
        break;
      case "pageBreak":
        current.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  flush();
  if (sections.length === 0) sections.push(section([spacer()], false, report.footer));

  const doc = new Document({
    title: safeText(report.title),
    creator: "EduBalance",
    lastModifiedBy: "EduBalance",
    styles: {
      default: {
        document: {
          run: {
            font: fonts(FONT.body),
            size: SIZE.body,
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
          paragraph: {
            spacing: { line: 560, lineRule: "exact", before: 0, after: 0 },
            indent: { firstLine: 640 },
            alignment: AlignmentType.JUSTIFIED,
          },
        },
        heading1: headingStyle(FONT.heading1, false, 0),
        heading2: headingStyle(FONT.heading2, false, 1),
        heading3: headingStyle(FONT.body, true, 2),
      },
      paragraphStyles: tableStyles(),
    },
    sections,
  });
  const files = await packageFiles(doc);
  const xml = files.get("word/document.xml");
  if (xml && splices && splices.runs.length > 0)
    files.set("word/document.xml", spliceRowsToBytes(strFromU8(xml), splices.runs));
  return pinned(files, options.created ?? new Date());
}

/** A part of the package as docx's compiler gives it. */
type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView;
export interface DocxCompiler {
  compile(file: Document, prettify?: string, overrides?: readonly unknown[]): Map<string, PartData>;
}

/**
 * The package's parts by path, in docx's order. docx's Packer zips them (stamping the time of
 * packing) and pinned() has to zip them again with a fixed date; so the parts are taken from
 * the Packer's compiler and zipped once. Should a later docx not have it, the Packer's zip is
 * unzipped instead (the same parts, a second longer for a 5,000-school county).
 */
export async function packageFiles(
  doc: Document,
  compiler: Partial<DocxCompiler> | null = (Packer as unknown as { compiler?: DocxCompiler })
    .compiler ?? null
): Promise<Map<string, Uint8Array>> {
  if (typeof compiler?.compile === "function") {
    const parts = compiler.compile.call(compiler, doc, undefined, []);
    return new Map([...parts].map(([path, data]) => [path, bytesOf(data)]));
  }
  const zipped = new Uint8Array(await Packer.toArrayBuffer(doc));
  return new Map(Object.entries(unzipSync(zipped)));
}

const bytesOf = (data: PartData): Uint8Array =>
  typeof data === "string"
    ? strToU8(data)
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/**
 * The package with core.xml's dates set to `created` and every zip entry dated the same, so that
 * the same report and date give the same bytes (docx stamps the time of writing on both).
 */
function pinned(files: Map<string, Uint8Array>, created: Date): Uint8Array {
  const stamp = `${created.toISOString().slice(0, 19)}Z`;
  const core = files.get("docProps/core.xml");
  if (core)
    files.set(
      "docProps/core.xml",
      strToU8(
        strFromU8(core).replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          `$1${stamp}$3`
        )
      )
    );
  // Zip times are local times from 1980 on; a date before 1980 is written as 1980.
  const mtime = created.getTime() < Date.UTC(1980, 1, 1) ? new Date(1980, 1, 1) : created;
  return zipSync(Object.fromEntries([...files].map(([name, data]) => [name, [data, { mtime }]])), {
    level: 6,
  });
}
