/**
 * .xlsx (Office Open XML, ECMA-376 Part 1) streamed: every part inflated once (./zip.ts), its
 * XML parsed as it comes out with saxes (the streaming parser exceljs itself uses), shared
 * strings resolved, cells put straight into rows (./sheet.ts). exceljs's object model, a cell
 * object per cell, is never built. Values follow what the CLI read through exceljs: the same
 * numbers, strings, booleans, error texts, Dates for date-formatted numbers (1900 or 1904),
 * cached formula results, and covered merge cells empty.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellValue } from "../core";
import {
  decodeXString,
  excelSerialToDate,
  isBuiltInDateFormat,
  isDateFormat,
  parseRange,
  UNCALCULATED_FORMULA,
} from "./cells";
import type { WorkbookLimits } from "./limits";
import { damaged, refuse } from "./refusals";
import { SheetBuilder, type WorkbookBudget } from "./sheet";
import type { ReadOptions, WorkbookSheet } from "./types";
import { Utf8Chunks } from "./utf8";
import {
  checkDeclaredSizes,
  inflatePart,
  readZipDirectory,
  type InflateBudget,
  type ZipPart,
} from "./zip";

interface Handlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** An element's local name: "x:c" → "c" (some exporters write prefixed SpreadsheetML). */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (r:id is written with whatever prefix the file declares). */
function attribute(attributes: Record<string, string>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (local(key) === name) return attributes[key];
  return undefined;
}

/** XML 1.0 "true" for xsd:boolean. */
function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** exceljs decodes t="str" results a second time (utils.xmlDecode); kept so the values match. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "apos":
        return "'";
      case "quot":
        return '"';
      default:
        return c;
    }
  });
}

class XlsxReader {
  private readonly parts = new Map<string, ZipPart>();
  private readonly inflated: InflateBudget = { used: 0 };

  constructor(
    private readonly bytes: Uint8Array,
    private readonly name: string,
    private readonly limits: WorkbookLimits,
    private readonly options: ReadOptions = {}
  ) {
    for (const part of readZipDirectory(bytes, name, limits))
      this.parts.set(part.name.replace(/^\/+/, "").toLowerCase(), part);
  }

  part(path: string): ZipPart | undefined {
    return this.parts.get(path.replace(/^\/+/, "").toLowerCase());
  }

  /** Streams one part through saxes; bad XML is a damaged file. */
  parse(part: ZipPart, handlers: Handlers): void {
    const parser = new SaxesParser<{ xmlns: false; position: false }>({
      xmlns: false,
      position: false,
    });
    parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(local(tag.name), tag.attributes));
    if (handlers.close) {
      const close = handlers.close;
      parser.on("closetag", (tag: SaxesTagPlain) => close(local(tag.name)));
    }
    if (handlers.text) {
      parser.on("text", handlers.text);
      parser.on("cdata", handlers.text);
    }
    const decoder = new Utf8Chunks();
    const fail = (e: unknown): never => {
      if (e instanceof Error && e.name === "EduError") throw e;
      throw damaged(
        this.name,
        `部件 ${part.name} 不是有效的 XML`,
        `part ${part.name} is not valid XML`
      );
    };
    inflatePart(
      this.bytes,
      part,
      this.name,
      this.limits,
      this.inflated,
      (chunk) => {
        try {
          // A CJK character's three bytes may be split between two chunks (Utf8Chunks keeps them).
          parser.write(decoder.decode(chunk));
        } catch (e) {
          fail(e);
        }
      },
      this.options.inflateRaw
    );
    try {
      const rest = decoder.end();
      if (rest) parser.write(rest);
      parser.close();
    } catch (e) {
      fail(e);
    }
  }

  /** Relationships of a part: Id → { target path, type }. */
  relationships(owner: string): Map<string, { target: string; type: string }> {
    const slash = owner.lastIndexOf("/");
    const folder = slash < 0 ? "" : owner.slice(0, slash + 1);
    const relsPath = `${folder}_rels/${owner.slice(slash + 1)}.rels`;
    const rels = new Map<string, { target: string; type: string }>();
    const part = this.part(relsPath);
    if (!part) return rels;
    this.parse(part, {
      open: (name, a) => {
        if (name !== "Relationship" || a.TargetMode === "External") return;
        if (a.Id !== undefined && a.Target !== undefined)
          rels.set(a.Id, { target: resolvePath(folder, a.Target), type: a.Type ?? "" });
      },
    });
    return rels;
  }

  read(): WorkbookSheet[] {
    let workbookPath = "xl/workbook.xml";
    for (const rel of this.relationships("").values())
      if (rel.type.endsWith("/officeDocument")) workbookPath = rel.target;
    const workbookPart = this.part(workbookPath);
    if (!workbookPart) throw noWorksheets(this.name);

    let date1904 = false;
    const listed: { name: string; id: string; state?: "hidden" | "veryHidden" }[] = [];
    this.parse(workbookPart, {
      open: (name, a) => {
        if (name === "workbookPr") date1904 = isTrue(a.date1904);
        else if (name === "sheet") {
          const id = attribute(a, "id");
          if (id === undefined) return;
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : undefined;
          listed.push({ name: a.name ?? "", id, state });
        }
      },
    });
    const rels = this.relationships(workbookPath);
    const sheets: { name: string; part: ZipPart; state?: "hidden" | "veryHidden" }[] = [];
    for (const s of listed) {
      const rel = rels.get(s.id);
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !rel.type.endsWith("/worksheet")) continue;
      const part = this.part(rel.target);
      if (part) sheets.push({ name: s.name, part, state: s.state });
    }
    if (sheets.length === 0) throw noWorksheets(this.name);
    let sharedStringsPart: ZipPart | undefined;
    let stylesPart: ZipPart | undefined;
    for (const rel of rels.values()) {
      if (rel.type.endsWith("/sharedStrings")) sharedStringsPart = this.part(rel.target);
      else if (rel.type.endsWith("/styles")) stylesPart = this.part(rel.target);
    }
    // Everything that will be inflated, checked on its declared sizes before any of it is.
    const toRead = [...sheets.map((s) => s.part)];
    if (sharedStringsPart) toRead.push(sharedStringsPart);
    if (stylesPart) toRead.push(stylesPart);
    checkDeclaredSizes(toRead, this.name, this.limits);

    const dateStyles = stylesPart ? this.dateStyles(stylesPart) : [];
    const strings = sharedStringsPart ? this.sharedStrings(sharedStringsPart) : [];
    const budget: WorkbookBudget = { cells: 0, merges: 0 };
    return sheets.map((s) =>
      this.sheet(s.part, s.name, strings, dateStyles, date1904, budget).finish(s.state)
    );
  }

  /** For each cell style (cellXfs index): whether its number format shows a date. */
  private dateStyles(part: ZipPart): boolean[] {
    const formats = new Map<number, string>();
    const styleFormats: number[] = [];
    let inCellXfs = false;
    this.parse(part, {
      open: (name, a) => {
        if (name === "numFmt") formats.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) styleFormats.push(Number(a.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
      },
    });
    return styleFormats.map((id) => {
      if (!id) return false;
      const custom = formats.get(id);
      return custom !== undefined ? isDateFormat(custom) : isBuiltInDateFormat(id);
    });
  }

  /** The shared strings: plain or rich text, phonetic guides (rPh) left out. */
  private sharedStrings(part: ZipPart): string[] {
    const strings: string[] = [];
    let current = "";
    let inText = false;
    let phonetic = 0;
    let piece = "";
    this.parse(part, {
      open: (name) => {
        if (name === "si") current = "";
        else if (name === "t" && phonetic === 0) {
          inText = true;
          piece = "";
        } else if (name === "rPh") phonetic++;
      },
      text: (text) => {
        if (inText) piece += text;
      },
      close: (name) => {
        if (name === "t" && inText) {
          inText = false;
          current += decodeXString(piece);
        } else if (name === "rPh") phonetic--;
        else if (name === "si") strings.push(current);
      },
    });
    return strings;
  }

  private sheet(
    part: ZipPart,
    sheetName: string,
    strings: readonly string[],
    dateStyles: readonly boolean[],
    date1904: boolean,
    budget: WorkbookBudget
  ): SheetBuilder {
    const out = new SheetBuilder(this.name, sheetName, this.limits, budget);
    let row = 0; // 1-based row of the current <row>
    let col = 0; // 1-based column of the last <c>
    // The current cell.
    let cellRow = 0;
    let cellCol = 0;
    let type = "";
    let dateStyle = false;
    let formula = false;
    let value: string | undefined;
    let inlineText = "";
    let hasInline = false;
    // What the text being read belongs to.
    let into: "" | "v" | "f" | "t" = "";
    let phonetic = 0;
    let piece = "";

    const finishCell = (): void => {
      let cell: CellValue;
      if (formula) {
        if (!value) cell = UNCALCULATED_FORMULA;
        else if (type === "str") cell = xmlDecodeAgain(value);
        else if (type === "b") cell = parseInt(value, 10) !== 0;
        else if (type === "e") cell = value;
        else cell = number(value, dateStyle, date1904);
      } else if (type === "inlineStr") {
        if (!hasInline) return;
        cell = inlineText;
      } else if (value === undefined) return;
      else if (type === "s") {
        const s = strings[parseInt(value, 10)];
        if (s === undefined)
          throw damaged(
            this.name,
            `工作表「${sheetName}」引用了不存在的共享字符串 ${value}`,
            `sheet "${sheetName}" refers to a missing shared string ${value}`
          );
        cell = s;
      } else if (type === "str") cell = xmlDecodeAgain(value);
      else if (type === "b") cell = parseInt(value, 10) !== 0;
      else if (type === "e") cell = value;
      else if (type === "d") {
        const d = new Date(value);
        cell = Number.isNaN(d.getTime()) ? value : d;
      } else cell = number(value, dateStyle, date1904);
      out.set(cellRow - 1, cellCol - 1, cell);
    };

    this.parse(part, {
      open: (name, a) => {
        switch (name) {
          case "c": {
            const ref = a.r;
            if (ref !== undefined) {
              const split = splitReference(ref);
              if (!split)
                throw damaged(
                  this.name,
                  `工作表「${sheetName}」中的单元格地址 ${ref} 有误`,
                  `bad cell reference ${ref}`
                );
              cellCol = split.col;
              cellRow = split.row;
            } else {
              cellCol = col + 1;
              cellRow = row;
            }
            col = cellCol;
            type = a.t ?? "";
            const s = a.s;
            dateStyle = s !== undefined && dateStyles[parseInt(s, 10)] === true;
            formula = false;
            value = undefined;
            inlineText = "";
            hasInline = false;
            return;
          }
          case "v":
            into = "v";
            return;
          case "f":
            // A shared formula's followers have an empty <f t="shared" si=".."/>: still formulas.
            if (a.t) formula = true;
            into = "f";
            return;
          case "t":
            if (phonetic === 0) {
              into = "t";
              piece = "";
            }
            return;
          case "rPh":
            phonetic++;
            return;
          case "row": {
            const r = a.r;
            row = r !== undefined ? parseInt(r, 10) : row + 1;
            if (!(row >= 1))
              throw damaged(
                this.name,
                `工作表「${sheetName}」中的行号 ${r ?? ""} 有误`,
                `bad row number ${r ?? ""}`
              );
            col = 0;
            if (isTrue(a.hidden)) out.hideRow(row - 1);
            return;
          }
          case "col":
            if (isTrue(a.hidden)) out.hideColumns(Number(a.min) - 1, Number(a.max) - 1);
            return;
          case "mergeCell": {
            const area = a.ref === undefined ? undefined : parseRange(a.ref);
            if (area) out.merge(area);
            return;
          }
          default:
            return;
        }
      },
      text: (text) => {
        if (into === "v") value = value === undefined ? text : value + text;
        else if (into === "t") piece += text;
        else if (into === "f" && text.length > 0) formula = true;
      },
      close: (name) => {
        switch (name) {
          case "c":
            finishCell();
            return;
          case "v":
          case "f":
            into = "";
            return;
          case "t":
            if (into === "t") {
              // Decoded like shared strings: Excel reads _xHHHH_ in inline strings too (ST_Xstring).
              inlineText += decodeXString(piece);
              hasInline = true;
              into = "";
            }
            return;
          case "rPh":
            phonetic--;
            return;
          default:
            return;
        }
      },
    });
    return out;
  }
}

function number(text: string, dateStyle: boolean, date1904: boolean): CellValue {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return "#NUM!";
  return dateStyle ? excelSerialToDate(n, date1904) : n;
}

/**
 * "AB12" → { col: 28, row: 12 }; undefined when it is not a cell reference. Letters then
 * digits (what every writer puts in r) are read in one pass without allocating (a call per
 * cell: 2.7M at 20,000 schools); anything else takes the general path, with the same answer.
 */
function splitReference(ref: string): { col: number; row: number } | undefined {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  let row = 0;
  let j = i;
  for (; j < ref.length; j++) {
    const digit = ref.charCodeAt(j) - 48;
    if (digit < 0 || digit > 9) break;
    row = row * 10 + digit;
  }
  if (j < ref.length || j - i > 9) {
    // Not plain digits (or absurdly long): as Number() reads it.
    row = Number(ref.slice(i));
    if (!Number.isInteger(row) || row < 1) return undefined;
  } else if (row < 1) return undefined;
  SPLIT.col = col;
  SPLIT.row = row;
  return SPLIT;
}
/** splitReference's answer, reused: read at once by the caller, never kept. */
const SPLIT = { col: 0, row: 0 };

/** A relationship target, relative to the owner's folder or absolute (leading "/"), as a zip path. */
function resolvePath(folder: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

function noWorksheets(name: string): Error {
  return refuse(
    "noWorksheets",
    `无法读取 ${name}：工作簿中没有工作表（可能不是 Excel 文件或已损坏）`,
    `${name} has no worksheets`
  );
}

/** Reads every worksheet of an .xlsx held in memory. Throws an EduError with one Chinese line. */
export function readXlsxBytes(
  bytes: Uint8Array,
  name: string,
  limits: WorkbookLimits,
  options: ReadOptions = {}
): WorkbookSheet[] {
  return new XlsxReader(bytes, name, limits, options).read();
}
