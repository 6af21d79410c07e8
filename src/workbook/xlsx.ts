/**
 * .xlsx (Office Open XML, ECMA-376 Part 1) streamed: every part inflated once (./zip.ts), its
 * XML parsed as it comes out with saxes (the streaming parser exceljs itself uses), shared
 * strings resolved, cells put straight into rows (./sheet.ts). exceljs's object model, a cell
 * object per cell, is never built. Values follow what the CLI read through exceljs: the same
 * numbers, strings, booleans, error texts, Dates for date-formatted numbers (1900 or 1904),
 * cached formula results, and covered merge cells empty. A host with a second thread (the CLI)
 * has a large workbook's largest sheet read partly there (readWithThread, ./split.ts).
 */
import { fill, ZH } from "../i18n";
import { applyBatch } from "./cellBatch";
import { decodeXString, isBuiltInDateFormat, isDateFormat } from "./cells";
import type { WorkbookLimits } from "./limits";
import { refuse } from "./refusals";
import { SheetBuilder, type WorkbookBudget } from "./sheet";
import {
  BuilderSink,
  type Handlers,
  inflatedPieces,
  isTrue,
  local,
  PartParser,
  parsePart,
  sheetHandlers,
} from "./sheetXml";
import { closeAtCut, RowCut } from "./split";
import type { InflateStream, ReadOptions, SheetThread, WorkbookSheet } from "./types";
import { checkDeclaredSizes, readZipDirectory, type InflateBudget, type ZipPart } from "./zip";

/** An attribute by local name (r:id is written with whatever prefix the file declares). */
function attribute(attributes: Record<string, string>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (local(key) === name) return attributes[key];
  return undefined;
}

/** What the workbook part and its relationships say: the sheets to read and the parts they need. */
interface Plan {
  sheets: { name: string; part: ZipPart; state?: "hidden" | "veryHidden" }[];
  sharedStringsPart?: ZipPart;
  stylesPart?: ZipPart;
  date1904: boolean;
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
    parsePart(
      this.bytes,
      part,
      this.name,
      this.limits,
      this.inflated,
      handlers,
      this.options.inflateRaw
    );
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

  /** The sheets to read and the parts they need, checked on their declared sizes before any is inflated. */
  plan(): Plan {
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
    const sheets: Plan["sheets"] = [];
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
    return { sheets, sharedStringsPart, stylesPart, date1904 };
  }

  /** Every sheet, in order, on this thread. */
  read(plan: Plan = this.plan()): WorkbookSheet[] {
    const sink = this.sinks(plan);
    return plan.sheets.map((s, i) => this.sheet(s, sink(i)));
  }

  /**
   * A large workbook on two threads: the host's second thread reads the largest sheet (a big
   * county's class sheet) from a row near a chosen byte to its end, while this thread reads the
   * other sheets and then that sheet's rows before the cut (./split.ts); the thread's cells come
   * back in batches and are resolved here, after this thread's, in the order of the XML. The cut
   * is placed so that both threads have about as much to do. A workbook whose largest sheet is
   * below `sheetThreads.minBytes` is read by `read`. The sheets are built in another order than
   * `read`'s, so whatever goes wrong — a damaged part, a limit, a cut that is not between rows,
   * the thread itself — the workbook is read again by `read` alone, which gives the refusal
   * exactly as it always has.
   */
  async readWithThread(): Promise<WorkbookSheet[]> {
    const threads = this.options.sheetThreads;
    const plan = this.plan();
    let largest = 0;
    plan.sheets.forEach((s, i) => {
      if (s.part.uncompressed > plan.sheets[largest].part.uncompressed) largest = i;
    });
    const { name, part } = plan.sheets[largest];
    if (!threads || part.uncompressed < threads.minBytes) return this.read(plan);
    const others =
      plan.sheets.reduce((sum, s, i) => (i === largest ? sum : sum + s.part.uncompressed), 0) +
      (plan.sharedStringsPart?.uncompressed ?? 0);
    const inflateStream = this.options.inflateStream;
    const from =
      inflateStream && part.method === 8 ? (threads.cut ?? cutAt)(part.uncompressed, others) : 0;
    const thread = threads.start({
      file: this.name,
      limits: this.limits,
      sheets: [
        {
          sheet: name,
          part: { ...part, dataStart: 0 },
          // A copy of its own (a Buffer's slice would share the file's memory, which moving it to the thread would take away).
          data: copyOf(this.bytes.subarray(part.dataStart, part.dataStart + part.compressed)),
          from: from > 0 ? from : undefined,
        },
      ],
    });
    if (!thread) return this.read(plan);
    try {
      return await this.readBeside(
        plan,
        largest,
        thread,
        inflateStream && from > 0 ? { from, inflateStream } : undefined
      );
    } catch {
      thread.stop();
      return new XlsxReader(this.bytes, this.name, this.limits, this.options).read();
    }
  }

  /** `cut`: this thread reads the threaded sheet's rows before it, the thread those after. */
  private async readBeside(
    plan: Plan,
    threaded: number,
    thread: SheetThread,
    cut: { from: number; inflateStream: InflateStream } | undefined
  ): Promise<WorkbookSheet[]> {
    const sink = this.sinks(plan);
    const sheets: WorkbookSheet[] = new Array<WorkbookSheet>(plan.sheets.length);
    plan.sheets.forEach((s, i) => {
      if (i !== threaded) sheets[i] = this.sheet(s, sink(i));
    });
    const { name, part, state } = plan.sheets[threaded];
    const rows = sink(threaded);
    if (cut) await this.rowsBeforeCut(part, cut, sheetHandlers(rows, this.name, name));
    for await (const batch of thread.batches()) applyBatch(batch, rows);
    thread.stop();
    sheets[threaded] = rows.out.finish(state);
    return sheets;
  }

  /**
   * A sheet's XML up to its first row at or after byte `from` (the thread reads the rest), or
   * all of it when there is no such row; the cut is then proved sound (./split.ts).
   */
  private async rowsBeforeCut(
    part: ZipPart,
    { from, inflateStream }: { from: number; inflateStream: InflateStream },
    handlers: Handlers
  ): Promise<void> {
    const data = this.bytes.subarray(part.dataStart, part.dataStart + part.compressed);
    const parser = new PartParser(this.name, part.name, handlers);
    const cut = new RowCut(from);
    const pieces = inflatedPieces(data, part, this.name, this.limits, this.inflated, inflateStream);
    for await (const chunk of pieces) {
      const found = cut.push(chunk);
      parser.write(found.before);
      if (found.after) {
        closeAtCut(parser);
        return;
      }
    }
    parser.write(cut.end());
    parser.end();
  }

  /**
   * The sinks of a plan's sheets, by index, sharing the shared strings, the date styles and the
   * workbook's budget (read first).
   */
  private sinks(plan: Plan): (sheet: number) => BuilderSink {
    const dateStyles = plan.stylesPart ? this.dateStyles(plan.stylesPart) : [];
    const strings = plan.sharedStringsPart ? this.sharedStrings(plan.sharedStringsPart) : [];
    const budget: WorkbookBudget = { cells: 0, merges: 0 };
    return (i) => {
      const sheetName = plan.sheets[i].name;
      const out = new SheetBuilder(this.name, sheetName, this.limits, budget);
      return new BuilderSink(out, strings, dateStyles, plan.date1904, this.name, sheetName);
    };
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

  /** One sheet read here, into its sink. */
  private sheet(s: Plan["sheets"][number], sink: BuilderSink): WorkbookSheet {
    this.parse(s.part, sheetHandlers(sink, this.name, s.name));
    return sink.out.finish(s.state);
  }
}

function copyOf(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

/**
 * Where to cut the largest sheet (bytes of its XML) so that both threads finish together: this
 * thread reads the other sheets and the rows before the cut, the other thread inflates up to
 * the cut without parsing (cheap) and reads the rest, then its cells are applied here (~10%
 * more). The other sheets cost about 2.5 times as much per byte as a class sheet (more cells
 * per byte; measured on the 20,000-school workbook). 0: the other thread reads the whole sheet.
 */
export function cutAt(largest: number, others: number): number {
  const share = (1.1 * largest - 2.5 * others) / (2 * largest);
  return share < 0.02 ? 0 : Math.floor(share * largest);
}

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
  return refuse("noWorksheets", fill(ZH.host.noWorksheets, { name }), `${name} has no worksheets`);
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

/**
 * The same, with the largest sheet read on the host's second thread (`options.sheetThreads`)
 * when it is large enough: the same sheets, cell for cell, and the same refusals.
 */
export async function readXlsxBytesThreaded(
  bytes: Uint8Array,
  name: string,
  limits: WorkbookLimits,
  options: ReadOptions = {}
): Promise<WorkbookSheet[]> {
  return new XlsxReader(bytes, name, limits, options).readWithThread();
}
