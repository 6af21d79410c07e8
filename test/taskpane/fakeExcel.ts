/**
 * A hand-made stand-in for the part of the Excel JavaScript API that the task
 * pane uses, for unit tests and for the browser test (where it is transpiled and
 * injected into the page). office-addin-mock models static property trees; it
 * cannot add sheets, charts, named items or data validation, so this fake keeps
 * an in-memory workbook and imitates Office.js's batching:
 *
 * - method calls and property sets are queued and run in order at context.sync();
 * - a property can be read only after load() and a sync (else it throws, as
 *   Office.js does), so a missing load() in the add-in fails the tests;
 * - objects are resolved when their first queued operation runs, so an
 *   ItemNotFound surfaces at sync with `code`, as in Office.js;
 * - every sync is counted (workbook.syncCount), and what each request carries is estimated
 *   (payloadBytes, largestRequestBytes); one over 5 MB is refused, as Excel on the web does.
 *
 * Self-contained on purpose (no imports at run time): the e2e test transpiles
 * this file alone and runs it in the page. Its address helpers are written
 * independently of src/taskpane/excel/address.ts, which they therefore check.
 */

export type FakeValue = string | number | boolean;

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface FakeCell {
  value: FakeValue;
  /** Set when a string beginning with "=" was written to a cell not formatted as text: Excel takes it as a formula. */
  formula?: string;
  /** Set when the value was written with a leading apostrophe (Excel's "keep this as text"), which is not part of the value. */
  quotePrefix?: boolean;
  numberFormat: string;
  format: Record<string, unknown>;
}

export interface FakeSeries {
  name: string;
  chartType?: string;
  values?: { sheetId: string; rect: Rect };
  xValues?: { sheetId: string; rect: Rect };
}

export interface FakeChart {
  type: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  series: FakeSeries[];
  position?: { start: string; end: string };
}

export interface FakeValidation {
  rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FakeName {
  name: string;
  /** A range reference: follows the sheet when renamed, #REF! when deleted. */
  ref?: { sheetId: string; rect: Rect };
  formula?: string;
  visible: boolean;
  comment?: string;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// ---------------------------------------------------------------------------
// Addresses (independent of the add-in's own helpers)
// ---------------------------------------------------------------------------

function letters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function a1(rect: Rect): string {
  const start = `${letters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${letters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** "B3:D10", "$A$1", "3:5" (rows), "C:C" (columns). */
export function parseA1(address: string): Rect {
  const text = address.replace(/\$/g, "").trim();
  let m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (m) {
    const c1 = columnOf(m[1]);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? columnOf(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    return {
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(c2 - c1) + 1,
    };
  }
  m = /^(\d+):(\d+)$/.exec(text);
  if (m) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    return {
      row: Math.min(r1, r2),
      column: 0,
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: MAX_COLUMNS,
    };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (m) {
    const c1 = columnOf(m[1]);
    const c2 = columnOf(m[2]);
    return {
      row: 0,
      column: Math.min(c1, c2),
      rowCount: MAX_ROWS,
      columnCount: Math.abs(c2 - c1) + 1,
    };
  }
  throw new FakeError("InvalidArgument", `bad address ${address}`);
}

function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endColumn = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (endRow <= row || endColumn <= column) return null;
  return { row, column, rowCount: endRow - row, columnCount: endColumn - column };
}

// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

export class FakeSheet {
  visibility = "Visible";
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Rect[] = [];
  readonly charts: FakeChart[] = [];
  readonly validations: FakeValidation[] = [];
  readonly notes: { row: number; column: number; content: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> = {};
  frozenRows = 0;

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  ensureCell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: "", numberFormat: "General", format: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  valueAt(row: number, column: number): FakeValue {
    return this.cell(row, column)?.value ?? "";
  }

  /** The used range: cells with a value (valuesOnly) or with anything set. */
  usedRect(valuesOnly: boolean): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, c] of this.cells) {
      const used =
        c.value !== "" ||
        (!valuesOnly && (c.numberFormat !== "General" || Object.keys(c.format).length > 0));
      if (!used) continue;
      const [r, col] = key.split(",").map(Number);
      minR = Math.min(minR, r);
      minC = Math.min(minC, col);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, col);
    }
    if (maxR < 0) return null;
    return { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }

  /** Values from A1 to the last used cell, as a 2-D array (for assertions). */
  grid(): FakeValue[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const rows: FakeValue[][] = [];
    for (let r = 0; r < used.row + used.rowCount; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c < used.column + used.columnCount; c++) row.push(this.valueAt(r, c));
      rows.push(row);
    }
    return rows;
  }

  /** Everything about the sheet, for "is this sheet unchanged?" comparisons. */
  fingerprint(): string {
    const cells = [...this.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify({
      name: this.name,
      visibility: this.visibility,
      cells,
      merges: this.merges,
      charts: this.charts,
      validations: this.validations,
      notes: this.notes,
      widths: [...this.columnWidths],
      frozen: this.frozenRows,
      page: this.pageLayout,
    });
  }
}

export interface FakeSheetInit {
  name: string;
  values?: FakeValue[][];
  /** Where values[0][0] goes (0-based); default A1. */
  at?: { row: number; column: number };
  /** Cells holding a formula, by A1 address ("C2" → "=EDU.VARIATION_COEF(A2:A9,B2:B9)"); the value stays as given. */
  formulas?: Record<string, string>;
  visibility?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  syncCount = 0;
  runCount = 0;
  /** Queued operations executed, over all syncs (how big the requests were). */
  operationCount = 0;
  /** A rough size of what the requests carried: JSON of written arrays and texts in UTF-8, plus 64 bytes an operation. */
  payloadBytes = 0;
  /** The largest single request (one sync) by the same measure: Excel on the web refuses requests over 5 MB. */
  largestRequestBytes = 0;
  /**
   * A request (one sync) over this, by the same measure, is refused as Excel on the web refuses
   * one over 5 MB: nothing of it is applied, and the sync rejects with RequestPayloadSizeLimitExceeded.
   */
  requestLimitBytes = 5_000_000;
  private nextId = 1;

  constructor(init: FakeSheetInit[] = []) {
    for (const s of init) this.addSheet(s);
    if (this.sheets.length === 0) this.addSheet({ name: "Sheet1" });
    this.activeSheetId = this.sheets[0].id;
    this.selection = {
      sheetId: this.sheets[0].id,
      rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    };
  }

  addSheet(init: FakeSheetInit): FakeSheet {
    if (this.sheetByName(init.name))
      throw new FakeError("ItemAlreadyExists", `sheet ${init.name} exists`);
    if (/[[\]:*?/\\]/.test(init.name) || init.name.length > 31 || init.name.trim() === "") {
      throw new FakeError("InvalidArgument", `bad sheet name ${init.name}`);
    }
    const id = `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`;
    const sheet = new FakeSheet(id, init.name);
    if (init.visibility) sheet.visibility = init.visibility;
    const at = init.at ?? { row: 0, column: 0 };
    (init.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        sheet.ensureCell(at.row + r, at.column + c).value = v;
      })
    );
    for (const [address, formula] of Object.entries(init.formulas ?? {})) {
      const { row, column } = parseA1(address);
      sheet.ensureCell(row, column).formula = formula;
    }
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  get activeSheet(): FakeSheet {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect: parseA1(address) };
  }

  nameValue(n: FakeName): string {
    if (n.ref) {
      const sheet = this.sheetById(n.ref.sheetId);
      if (!sheet) return "#REF!";
      return `${quoted(sheet.name)}!$${letters(n.ref.rect.column)}$${n.ref.rect.row + 1}`;
    }
    return n.formula ?? "";
  }

  /** A plain snapshot (JSON-safe) for assertions, in the browser too. */
  describe(): unknown {
    return {
      syncCount: this.syncCount,
      runCount: this.runCount,
      activeSheet: this.activeSheet.name,
      selection: this.selection
        ? { sheet: this.sheetById(this.selection.sheetId)?.name, address: a1(this.selection.rect) }
        : null,
      names: this.names.map((n) => ({
        name: n.name,
        value: this.nameValue(n),
        visible: n.visible,
      })),
      settings: Object.fromEntries(this.settings),
      sheets: this.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        visibility: s.visibility,
        frozenRows: s.frozenRows,
        values: s.grid(),
        formulas: [...s.cells.values()]
          .filter((c) => c.formula !== undefined)
          .map((c) => c.formula),
        formulaAt: Object.fromEntries(
          [...s.cells.entries()]
            .filter(([, c]) => c.formula !== undefined)
            .map(([k, c]) => {
              const [r, col] = k.split(",").map(Number);
              return [`${letters(col)}${r + 1}`, c.formula];
            })
        ),
        merges: s.merges.map(a1),
        validations: s.validations.map((v) => ({ address: a1(v.rect), rule: v.rule })),
        notes: s.notes.length,
        fills: Object.fromEntries(
          [...s.cells.entries()]
            .filter(([, c]) => c.format["fill.color"] !== undefined)
            .map(([k, c]) => {
              const [r, col] = k.split(",").map(Number);
              return [`${letters(col)}${r + 1}`, c.format["fill.color"]];
            })
        ),
        charts: s.charts.map((ch) => ({
          type: ch.type,
          title: ch.title,
          position: ch.position,
          series: ch.series.map((se) => ({
            name: se.name,
            chartType: se.chartType,
            values: se.values ? this.rangeValues(se.values).map((r) => r[0]) : [],
            categories: se.xValues ? this.rangeValues(se.xValues).map((r) => r[0]) : [],
          })),
        })),
      })),
    };
  }

  rangeValues(ref: { sheetId: string; rect: Rect }): FakeValue[][] {
    const sheet = this.sheetById(ref.sheetId);
    if (!sheet) return [];
    const out: FakeValue[][] = [];
    for (let r = 0; r < ref.rect.rowCount; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c < ref.rect.columnCount; c++)
        row.push(sheet.valueAt(ref.rect.row + r, ref.rect.column + c));
      out.push(row);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// The API surface: proxies with Office.js's load/sync discipline
// ---------------------------------------------------------------------------

type Op = () => void;

/** What a text weighs in a request: its UTF-8 bytes (a school's Chinese name, 3 a character). Written apart from the writer's own estimate, which it checks. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character beyond U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class FakeRequestContext {
  readonly queue: Op[] = [];
  private pendingBytes = 0;
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op, bytes = 64): void {
    this.queue.push(op);
    this.model.payloadBytes += bytes;
    this.pendingBytes += bytes;
  }

  async sync(): Promise<void> {
    this.model.syncCount++;
    const bytes = this.pendingBytes;
    this.model.largestRequestBytes = Math.max(this.model.largestRequestBytes, bytes);
    this.pendingBytes = 0;
    if (bytes > this.model.requestLimitBytes) {
      this.queue.splice(0);
      await Promise.resolve();
      throw new FakeError(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${bytes} bytes, over ${this.model.requestLimitBytes}`
      );
    }
    await this.flush();
  }

  async flush(): Promise<void> {
    const ops = this.queue.splice(0);
    // Office.js answers asynchronously; so does the fake.
    await Promise.resolve();
    for (const op of ops) {
      this.model.operationCount++;
      op();
    }
  }
}

function propsOf(arg?: string | string[]): string[] {
  if (arg === undefined) return [];
  const list = Array.isArray(arg) ? arg : arg.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: T | null | undefined;
  private nullLoaded: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    private readonly orNull = false
  ) {}

  /** The model object, resolved once at the first operation that needs it. */
  resolve(): T {
    const t = this.resolveOrNull();
    if (t === null) throw new FakeError("InvalidObjectPath", "the object is a null object");
    return t;
  }

  resolveOrNull(): T | null {
    if (this.resolved === undefined) {
      const t = this.resolver();
      if (t === null && !this.orNull) throw new FakeError("ItemNotFound", "item not found");
      this.resolved = t;
    }
    return this.resolved;
  }

  bind(t: T): void {
    this.resolved = t;
  }

  get isNullObject(): boolean {
    if (this.nullLoaded === undefined)
      throw new FakeError(
        "PropertyNotLoaded",
        "isNullObject is not available before load() and sync()"
      );
    return this.nullLoaded;
  }

  protected abstract read(prop: string, t: T): unknown;

  load(arg?: string | string[]): this {
    const props = propsOf(arg);
    this.context.enqueue(() => {
      const t = this.resolveOrNull();
      this.nullLoaded = t === null;
      if (t === null) return;
      for (const p of props) this.loadProp(p, t);
    });
    return this;
  }

  protected loadProp(prop: string, t: T): void {
    this.loaded.set(prop, this.read(prop, t));
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw new FakeError("PropertyNotLoaded", `property ${prop} is not loaded`);
    return this.loaded.get(prop) as V;
  }

  protected queue(op: (t: T) => void, bytes?: number): void {
    this.context.enqueue(() => op(this.resolve()), bytes);
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeWorkbookProxy extends ClientObject<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
  protected read(): unknown {
    return undefined;
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.context.model;
      if (!m.selection) throw new FakeError("InvalidSelection", "nothing selected");
      const sheet = m.sheetById(m.selection.sheetId)!;
      return { sheet, rect: m.selection.rect };
    });
  }
}

export class FakeWorksheetCollection extends ClientObject<FakeWorkbook> {
  private itemProxies: FakeWorksheet[] | undefined;
  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }
  protected read(): unknown {
    return undefined;
  }
  protected override loadProp(prop: string, wb: FakeWorkbook): void {
    const m = /^items\/(.+)$/.exec(prop);
    if (!m) throw new FakeError("InvalidArgument", `cannot load ${prop} on worksheets`);
    if (
      !this.itemProxies ||
      this.itemProxies.length !== wb.sheets.length ||
      this.itemProxies.some((p, i) => p.resolve() !== wb.sheets[i])
    ) {
      this.itemProxies = wb.sheets.map((s) => {
        const p = new FakeWorksheet(this.context, () => s);
        p.bind(s);
        return p;
      });
    }
    this.itemProxies.forEach((p) => p.loadNow(m[1]));
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies)
      throw new FakeError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheetByName(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.model.sheetByName(name) ?? null,
      true
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.activeSheet);
  }
  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => {
      throw new FakeError("InvalidObjectPath", "used before add() ran");
    });
    this.context.enqueue(() => {
      const m = this.context.model;
      let n = name;
      for (let i = m.sheets.length + 1; !n; i++) if (!m.sheetByName(`Sheet${i}`)) n = `Sheet${i}`;
      proxy.bind(m.addSheet({ name: n }));
    });
    return proxy;
  }
}

export class FakeWorksheet extends ClientObject<FakeSheet> {
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintTitleRows: (rows: string) => void;
    headersFooters: { defaultForAllPages: { centerFooter: string } };
  };
  readonly notes: { add: (cell: FakeRange | string, content: string) => void };

  constructor(context: FakeRequestContext, resolver: () => FakeSheet | null, orNull = false) {
    super(context, resolver, orNull);
    this.charts = new FakeChartCollection(context, this);
    this.freezePanes = { freezeRows: (n: number) => this.queue((s) => (s.frozenRows = n)) };
    const self = this;
    this.pageLayout = {
      set orientation(v: string) {
        self.queue((s) => (s.pageLayout.orientation = v));
      },
      get orientation(): string {
        throw new FakeError("PropertyNotLoaded", "pageLayout.orientation");
      },
      set zoom(v: unknown) {
        self.queue((s) => (s.pageLayout.zoom = v));
      },
      get zoom(): unknown {
        throw new FakeError("PropertyNotLoaded", "pageLayout.zoom");
      },
      setPrintTitleRows: (rows: string) => self.queue((s) => (s.pageLayout.printTitleRows = rows)),
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            self.queue((s) => (s.pageLayout.centerFooter = v));
          },
          get centerFooter(): string {
            throw new FakeError("PropertyNotLoaded", "pageLayout.headersFooters");
          },
        },
      },
    };
    this.notes = {
      add: (cell: FakeRange | string, content: string) =>
        this.queue(
          (s) => {
            const rect = typeof cell === "string" ? parseA1(cell) : cell.resolve().rect;
            if (rect.rowCount !== 1 || rect.columnCount !== 1)
              throw new FakeError("InvalidCellAddress", "a note needs one cell");
            s.notes.push({ row: rect.row, column: rect.column, content });
          },
          64 + utf8Length(content)
        ),
    };
  }

  loadNow(prop: string): void {
    this.loadProp(prop, this.resolve());
  }

  protected read(prop: string, s: FakeSheet): unknown {
    const wb = this.context.model;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw new FakeError("InvalidArgument", `worksheet.${prop} is not modelled`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.queue((s) => {
      const other = this.context.model.sheetByName(v);
      if (other && other !== s) throw new FakeError("ItemAlreadyExists", `sheet ${v} exists`);
      if (/[[\]:*?/\\]/.test(v) || v.length > 31)
        throw new FakeError("InvalidArgument", `bad sheet name ${v}`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(v: number) {
    this.queue((s) => {
      const list = this.context.model.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.queue((s) => (s.visibility = v));
  }

  activate(): void {
    this.queue((s) => {
      if (s.visibility !== "Visible")
        throw new FakeError("InvalidOperation", "cannot activate a hidden sheet");
      this.context.model.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.queue((s) => {
      const wb = this.context.model;
      if (wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeError("InvalidOperation", "a workbook must keep a visible sheet");
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets[0].id;
      if (wb.selection?.sheetId === s.id)
        wb.selection = {
          sheetId: wb.activeSheetId,
          rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
        };
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.resolve(),
      rect: parseA1(address ?? "A1:XFD1048576"),
    }));
  }

  /**
   * RangeAreas (ExcelApi 1.9): a comma list of A1 addresses on this sheet. Counted as one call
   * carrying its address text; an address naming another sheet is refused, as Excel does.
   */
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.context,
      () => {
        const sheet = this.resolve();
        const rects = address.split(",").map((part) => {
          const text = part.trim();
          const bang = text.lastIndexOf("!");
          if (bang >= 0) {
            const named = text
              .slice(0, bang)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'");
            if (named.toLowerCase() !== sheet.name.toLowerCase())
              throw new FakeError("InvalidArgument", `${text} is not on sheet ${sheet.name}`);
          }
          if (text === "" || bang === text.length - 1)
            throw new FakeError("InvalidArgument", `bad address list ${address}`);
          return parseA1(bang >= 0 ? text.slice(bang + 1) : text);
        });
        return { sheet, rects };
      },
      false
    );
    this.context.enqueue(() => void areas.resolve(), 64 + utf8Length(address));
    return areas;
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rowCount < 1 || columnCount < 1 || row < 0 || column < 0)
        throw new FakeError("InvalidArgument", "bad indexes");
      return { sheet: this.resolve(), rect: { row, column, rowCount, columnCount } };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolve();
      const rect = s.usedRect(Boolean(valuesOnly));
      if (!rect) return { sheet: s, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
      return { sheet: s, rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.resolve();
        const rect = s.usedRect(Boolean(valuesOnly));
        return rect ? { sheet: s, rect } : null;
      },
      true
    );
  }
}

export class FakeRange extends ClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown };

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
    this.format = new FakeRangeFormat(this);
    const self = this;
    const validation = (t: RangeTarget): FakeValidation => {
      let v = t.sheet.validations.find((x) => JSON.stringify(x.rect) === JSON.stringify(t.rect));
      if (!v) {
        v = { rect: t.rect };
        t.sheet.validations.push(v);
      }
      return v;
    };
    this.dataValidation = {
      set rule(r: unknown) {
        self.queue((t) => (validation(t).rule = r));
      },
      get rule(): unknown {
        throw new FakeError("PropertyNotLoaded", "dataValidation.rule");
      },
      set errorAlert(r: unknown) {
        self.queue((t) => (validation(t).errorAlert = r));
      },
      get errorAlert(): unknown {
        throw new FakeError("PropertyNotLoaded", "dataValidation.errorAlert");
      },
      set prompt(r: unknown) {
        self.queue((t) => (validation(t).prompt = r));
      },
      get prompt(): unknown {
        throw new FakeError("PropertyNotLoaded", "dataValidation.prompt");
      },
    };
  }

  targets(): RangeTarget[] {
    return [this.resolve()];
  }

  forEachCell(t: RangeTarget, f: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < t.rect.rowCount; r++) {
      for (let c = 0; c < t.rect.columnCount; c++)
        f(t.sheet.ensureCell(t.rect.row + r, t.rect.column + c), r, c);
    }
  }

  protected read(prop: string, t: RangeTarget): unknown {
    const { rect, sheet } = t;
    const grid = <V>(f: (r: number, c: number) => V): V[][] =>
      Array.from({ length: rect.rowCount }, (_, r) =>
        Array.from({ length: rect.columnCount }, (_, c) => f(rect.row + r, rect.column + c))
      );
    switch (prop) {
      case "values":
        if (rect.rowCount * rect.columnCount > 5_000_000)
          throw new FakeError("ResponsePayloadSizeLimitExceeded", "too many cells");
        return grid((r, c) => sheet.valueAt(r, c));
      case "numberFormat":
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "formulas":
        return grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.valueAt(r, c));
      case "address":
        return `${quoted(sheet.name)}!${a1(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      default:
        throw new FakeError("InvalidArgument", `range.${prop} is not modelled`);
    }
  }

  private matrix<V>(prop: string, v: V | V[][], t: RangeTarget): (r: number, c: number) => V {
    if (!Array.isArray(v)) return () => v;
    if (
      v.length !== t.rect.rowCount ||
      v.some((row) => !Array.isArray(row) || row.length !== t.rect.columnCount)
    ) {
      throw new FakeError(
        "InvalidArgument",
        `${prop}: the array is not ${t.rect.rowCount}×${t.rect.columnCount}`
      );
    }
    return (r, c) => v[r][c];
  }

  get values(): FakeValue[][] {
    return this.get("values");
  }
  set values(v: FakeValue[][]) {
    this.queue(
      (t) => {
        const at = this.matrix("values", v, t);
        this.forEachCell(t, (cell, r, c) => {
          const value = at(r, c);
          if (typeof value === "string" && value.startsWith("'")) {
            // Excel's escape for text typed as is: the apostrophe is not part of the value.
            delete cell.formula;
            cell.value = value.slice(1);
            cell.quotePrefix = true;
          } else if (
            typeof value === "string" &&
            value.startsWith("=") &&
            cell.numberFormat !== "@"
          ) {
            delete cell.quotePrefix;
            cell.formula = value;
            cell.value = 0;
          } else {
            delete cell.quotePrefix;
            delete cell.formula;
            cell.value = value === null || value === undefined ? "" : value;
          }
        });
      },
      utf8Length(JSON.stringify(v))
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queue(
      (t) => {
        const at = this.matrix("numberFormat", v, t);
        this.forEachCell(t, (cell, r, c) => (cell.numberFormat = at(r, c)));
      },
      utf8Length(JSON.stringify(v))
    );
  }
  get formulas(): FakeValue[][] {
    return this.get("formulas");
  }
  /**
   * A text beginning with "=" becomes the cell's formula (its value, which the stand-in does not
   * compute, is left as it was); anything else is written as `values` writes it.
   */
  set formulas(v: FakeValue[][]) {
    this.queue(
      (t) => {
        const at = this.matrix("formulas", v, t);
        this.forEachCell(t, (cell, r, c) => {
          const value = at(r, c);
          if (typeof value === "string" && value.startsWith("=")) {
            delete cell.quotePrefix;
            cell.formula = value;
          } else {
            delete cell.quotePrefix;
            delete cell.formula;
            cell.value = value === null || value === undefined ? "" : value;
          }
        });
      },
      utf8Length(JSON.stringify(v))
    );
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve().sheet);
  }

  merge(): void {
    this.queue((t) => t.sheet.merges.push(t.rect));
  }

  select(): void {
    this.queue((t) => {
      const wb = this.context.model;
      if (t.sheet.visibility !== "Visible")
        throw new FakeError("InvalidOperation", "cannot select on a hidden sheet");
      wb.activeSheetId = t.sheet.id;
      wb.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  clear(): void {
    this.queue((t) => {
      for (let r = 0; r < t.rect.rowCount; r++)
        for (let c = 0; c < t.rect.columnCount; c++)
          t.sheet.cells.delete(`${t.rect.row + r},${t.rect.column + c}`);
    });
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const a = this.resolve();
        const b = other.resolve();
        if (a.sheet !== b.sheet) return null;
        const rect = intersect(a.rect, b.rect);
        return rect ? { sheet: a.sheet, rect } : null;
      },
      true
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.resolve();
      const hits = t.sheet.merges.filter((m) => intersect(m, t.rect));
      return hits.length ? { sheet: t.sheet, rects: hits } : null;
    });
  }
}

export class FakeRangeAreas extends ClientObject<{ sheet: FakeSheet; rects: Rect[] }> {
  /** Each setter applies to every area, as one call. */
  readonly format: FakeRangeFormat;
  constructor(
    context: FakeRequestContext,
    resolver: () => { sheet: FakeSheet; rects: Rect[] } | null,
    orNull = true
  ) {
    super(context, resolver, orNull);
    this.format = new FakeRangeFormat(this);
  }
  targets(): RangeTarget[] {
    const t = this.resolve();
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }
  protected read(prop: string, t: { sheet: FakeSheet; rects: Rect[] }): unknown {
    if (prop === "address") return t.rects.map((r) => `${quoted(t.sheet.name)}!${a1(r)}`).join(",");
    throw new FakeError("InvalidArgument", `rangeAreas.${prop} is not modelled`);
  }
  get address(): string {
    return this.get("address");
  }
}

/** Format properties are recorded per cell under their path ("fill.color", "font.bold", …). */
export class FakeRangeFormat {
  readonly fill: Record<string, unknown>;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem: (edge: string) => Record<string, unknown> };

  constructor(private readonly range: { context: FakeRequestContext; targets(): RangeTarget[] }) {
    this.fill = this.recorder("fill", ["color"]);
    this.font = this.recorder("font", ["bold", "italic", "color", "size", "name", "underline"]);
    this.borders = {
      getItem: (edge: string) => this.recorder(`border.${edge}`, ["style", "color", "weight"]),
    };
  }

  private setOnCells(path: string, v: unknown): void {
    const range = this.range;
    range.context.enqueue(() => {
      for (const t of range.targets()) {
        for (let r = 0; r < t.rect.rowCount; r++)
          for (let c = 0; c < t.rect.columnCount; c++)
            t.sheet.ensureCell(t.rect.row + r, t.rect.column + c).format[path] = v;
      }
    });
  }

  private recorder(prefix: string, props: string[]): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    for (const p of props) {
      Object.defineProperty(obj, p, {
        set: (v: unknown) => {
          this.setOnCells(`${prefix}.${p}`, v);
        },
        get: () => {
          throw new FakeError("PropertyNotLoaded", `${prefix}.${p}`);
        },
      });
    }
    return obj;
  }

  set wrapText(v: boolean) {
    this.setOnCells("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.setOnCells("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.setOnCells("verticalAlignment", v);
  }
  set columnWidth(v: number) {
    const range = this.range;
    range.context.enqueue(() => {
      for (const t of range.targets())
        for (let c = 0; c < t.rect.columnCount; c++) t.sheet.columnWidths.set(t.rect.column + c, v);
    });
  }
  set rowHeight(v: number) {
    this.setOnCells("rowHeight", v);
  }
  autofitColumns(): void {
    this.setOnCells("autofit", true);
  }
  autofitRows(): void {
    this.setOnCells("autofitRows", true);
  }
}

export class FakeChartCollection extends ClientObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet
  ) {
    super(context, () => sheet.resolve());
  }
  protected read(prop: string, s: FakeSheet): unknown {
    if (prop === "count") return s.charts.length;
    throw new FakeError("InvalidArgument", `charts.${prop} is not modelled`);
  }
  get count(): number {
    return this.get("count");
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart2 {
    const proxy = new FakeChart2(this.context);
    this.context.enqueue(() => {
      const s = this.sheet.resolve();
      const t = source.resolve();
      if (t.sheet !== s) throw new FakeError("InvalidArgument", "chart source on another sheet");
      const chart: FakeChart = { type, seriesBy, series: [] };
      // One series per column of the source (seriesBy Columns), as Excel does for plain numbers.
      for (let c = 0; c < t.rect.columnCount; c++) {
        chart.series.push({
          name: `Series${c + 1}`,
          values: {
            sheetId: s.id,
            rect: {
              row: t.rect.row,
              column: t.rect.column + c,
              rowCount: t.rect.rowCount,
              columnCount: 1,
            },
          },
        });
      }
      s.charts.push(chart);
      proxy.bind({ sheet: s, chart });
    });
    return proxy;
  }
}

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}

export class FakeChart2 extends ClientObject<ChartTarget> {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: {
    getItemAt: (i: number) => FakeChartSeries;
    add: (name?: string) => FakeChartSeries;
  };

  constructor(context: FakeRequestContext) {
    super(context, () => {
      throw new FakeError("InvalidObjectPath", "chart used before add() ran");
    });
    const self = this;
    this.title = {
      set text(v: string) {
        self.queue((t) => (t.chart.title = v));
      },
      get text(): string {
        throw new FakeError("PropertyNotLoaded", "title.text");
      },
    };
    this.legend = {
      set position(v: string) {
        self.queue((t) => (t.chart.legendPosition = v));
      },
      get position(): string {
        throw new FakeError("PropertyNotLoaded", "legend.position");
      },
      set visible(_v: boolean) {
        self.queue(() => undefined);
      },
      get visible(): boolean {
        throw new FakeError("PropertyNotLoaded", "legend.visible");
      },
    };
    this.series = {
      getItemAt: (i: number) =>
        new FakeChartSeries(context, () => {
          const t = this.resolve();
          const s = t.chart.series[i];
          if (!s) throw new FakeError("ItemNotFound", `no series ${i}`);
          return { ...t, series: s };
        }),
      add: (name?: string) => {
        const proxy = new FakeChartSeries(context, () => {
          throw new FakeError("InvalidObjectPath", "series used before add() ran");
        });
        context.enqueue(() => {
          const t = this.resolve();
          const s: FakeSeries = { name: name ?? `Series${t.chart.series.length + 1}` };
          t.chart.series.push(s);
          proxy.bind({ ...t, series: s });
        });
        return proxy;
      },
    };
  }
  protected read(): unknown {
    throw new FakeError("InvalidArgument", "chart properties are not modelled");
  }
  setPosition(start: string, end?: string): void {
    this.queue((t) => (t.chart.position = { start, end: end ?? start }));
  }
}

export class FakeChartSeries extends ClientObject<ChartTarget & { series: FakeSeries }> {
  protected read(): unknown {
    throw new FakeError("InvalidArgument", "series properties are not modelled");
  }
  set name(v: string) {
    this.queue((t) => (t.series.name = v));
  }
  get name(): string {
    return this.get("name");
  }
  set chartType(v: string) {
    this.queue((t) => (t.series.chartType = v));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  setValues(range: FakeRange): void {
    this.queue((t) => {
      const r = range.resolve();
      t.series.values = { sheetId: r.sheet.id, rect: r.rect };
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.queue((t) => {
      const r = range.resolve();
      t.series.xValues = { sheetId: r.sheet.id, rect: r.rect };
    });
  }
}

export class FakeNamedItemCollection extends ClientObject<FakeWorkbook> {
  private itemProxies: FakeNamedItem[] | undefined;
  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }
  protected read(): unknown {
    return undefined;
  }
  protected override loadProp(prop: string, wb: FakeWorkbook): void {
    const m = /^items\/(.+)$/.exec(prop);
    if (!m) throw new FakeError("InvalidArgument", `cannot load ${prop} on names`);
    if (!this.itemProxies || this.itemProxies.length !== wb.names.length) {
      this.itemProxies = wb.names.map((n) => {
        const p = new FakeNamedItem(this.context, () => n);
        p.bind(n);
        return p;
      });
    }
    this.itemProxies.forEach((p) => p.loadNow(m[1]));
  }
  get items(): FakeNamedItem[] {
    if (!this.itemProxies) throw new FakeError("PropertyNotLoaded", "names.items is not loaded");
    return this.itemProxies;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () =>
        this.context.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const proxy = new FakeNamedItem(this.context, () => {
      throw new FakeError("InvalidObjectPath", "name used before add() ran");
    });
    this.context.enqueue(() => {
      const wb = this.context.model;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
        throw new FakeError("InvalidArgument", `bad name ${name}`);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeError("ItemAlreadyExists", `name ${name} exists`);
      const item: FakeName = { name, visible: true, comment };
      if (typeof reference === "string") item.formula = reference;
      else {
        const t = reference.resolve();
        item.ref = { sheetId: t.sheet.id, rect: t.rect };
      }
      wb.names.push(item);
      proxy.bind(item);
    });
    return proxy;
  }
}

export class FakeNamedItem extends ClientObject<FakeName> {
  loadNow(prop: string): void {
    this.loadProp(prop, this.resolve());
  }
  protected read(prop: string, n: FakeName): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "value":
        return this.context.model.nameValue(n);
      case "visible":
        return n.visible;
      case "type":
        return n.ref ? "Range" : "String";
      default:
        throw new FakeError("InvalidArgument", `namedItem.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get value(): string {
    return this.get("value");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(v: boolean) {
    this.queue((n) => (n.visible = v));
  }
  delete(): void {
    this.queue((n) => {
      const list = this.context.model.names;
      list.splice(list.indexOf(n), 1);
    });
  }
}

// ---------------------------------------------------------------------------
// Globals: Excel.run and the parts of Office the task pane reads
// ---------------------------------------------------------------------------

export interface FakeExcelGlobal {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
}

export function createFakeExcel(model: FakeWorkbook): FakeExcelGlobal {
  return {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      model.runCount++;
      const context = new FakeRequestContext(model);
      const result = await batch(context);
      // Excel.run sends whatever is still queued when the batch function returns.
      if (context.queue.length > 0) await context.sync();
      return result;
    },
  };
}

export interface FakeOfficeOptions {
  displayLanguage?: string;
  /** Highest ExcelApi minor version supported (default 18). */
  excelApi?: number;
  /** Office.context.document.url: where the open workbook is (a path or a web address). */
  documentUrl?: string;
}

export function createFakeOfficeContext(model: FakeWorkbook, options: FakeOfficeOptions = {}) {
  const maxMinor = options.excelApi ?? 18;
  return {
    displayLanguage: options.displayLanguage ?? "zh-CN",
    requirements: {
      isSetSupported(name: string, version?: string): boolean {
        if (name !== "ExcelApi")
          return name === "SharedRuntime" || name === "CustomFunctionsRuntime";
        const minor = Number(String(version ?? "1.1").split(".")[1] ?? 1);
        return minor <= maxMinor;
      },
    },
    document: {
      url: options.documentUrl ?? null,
      settings: {
        get: (key: string) => (model.settings.has(key) ? model.settings.get(key) : null),
        set: (key: string, value: unknown) => void model.settings.set(key, value),
        remove: (key: string) => void model.settings.delete(key),
        saveAsync: (callback?: (r: { status: string }) => void) => {
          model.settingsSaves++;
          setTimeout(() => callback?.({ status: "succeeded" }), 0);
        },
      },
    },
  };
}

/**
 * Makes a page (or a test's global object) believe it runs in Excel: Excel.run
 * over `model`, Office.context, and Office.onReady answering host "Excel".
 * office.js, when loaded, keeps its namespace; only onReady and context are replaced.
 */
export function installFakeOffice(
  target: Record<string, unknown>,
  model: FakeWorkbook,
  options: FakeOfficeOptions = {}
): void {
  target.Excel = createFakeExcel(model);
  const office = (target.Office as Record<string, unknown> | undefined) ?? {};
  const info = { host: "Excel", platform: "OfficeOnline" };
  const context = createFakeOfficeContext(model, options);
  // office.js later replaces Office.context by a getter that asks OSF._OfficeAppFactory.getContext()
  // for the host's context: answer that too, so the context stays the stand-in's. When office.js's
  // getter came first (not configurable: "Cannot redefine property", seen on a loaded machine), the
  // factory's answer below is what it gives.
  try {
    Object.defineProperty(office, "context", {
      get: () => context,
      configurable: true,
      enumerable: true,
    });
  } catch {
    // office.js's getter is in place; it asks the factory.
  }
  const factory = (target.OSF as { _OfficeAppFactory?: { getContext?: () => unknown } } | undefined)
    ?._OfficeAppFactory;
  if (factory) factory.getContext = () => context;
  office.onReady = (callback?: (i: typeof info) => unknown) =>
    Promise.resolve().then(async () => {
      if (callback) await callback(info);
      return info;
    });
  if (!office.HostType) office.HostType = { Excel: "Excel" };
  target.Office = office;
  // The shared runtime's custom functions register themselves through this.
  if (!target.CustomFunctions) {
    target.CustomFunctions = {
      associate: () => undefined,
      Error: class extends Error {},
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
  }
}
