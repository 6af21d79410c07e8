/**
 * The EDU.* functions written with plain worksheet functions that Excel 2010, WPS 表格 and
 * LibreOffice Calc share (issue 27 item 1), and the rewriter that turns a formula's EDU.* calls
 * into them (item 2's core). Pure: no DOM, no Node.
 *
 * One table (NATIVE_FORMS), next to the declarations (./declarations.ts) rather than a field on
 * each of them: the declarations are read by the metadata generator and bundled into the add-in,
 * which needs none of this; the table is keyed by the same ids and a test checks it covers every
 * declared function with the declared argument counts.
 *
 * The profile's thresholds and limits are written as constants at conversion. A stage, school
 * type or indicator written as literal text is resolved then, by EDU's own parser; one taken from
 * a cell is looked up with INDEX/MATCH over the names EDU accepts exactly. Where the plain form
 * cannot do what EDU does, NATIVE_DIFFERENCES says so (the README's list is generated from it).
 */
import {
  CLASS_BAND_NAMES,
  DEFAULT_PROFILE,
  findIndicator,
  INDICATOR_IDS,
  INDICATORS,
  parseSchoolType,
  parseStage,
  RELATIVE_TOLERANCE,
  SCHOOL_TYPE_NAMES,
  STAGE_WORDS,
  STAGES_OF_TYPE,
  type QualityIndicatorId,
  type SchoolType,
  type Stage,
  type StandardsProfile,
} from "../core";
import { fill, ZH } from "../i18n";
import { FUNCTION_DECLARATIONS, type FunctionDeclaration } from "./declarations";

const T = ZH.functions.native;

/** Excel's longest formula (characters, without the leading "="). */
export const FORMULA_LIMIT = 8192;

/** Every worksheet function a native form may use: all three programs have each of them. */
export const NATIVE_FUNCTIONS = [
  "AND",
  "CHOOSE",
  "COLUMNS",
  "COUNT",
  "COUNTBLANK",
  "COUNTIF",
  "IF",
  "INDEX",
  "MATCH",
  "OR",
  "ROUNDUP",
  "ROWS",
  "SQRT",
  "SUM",
  "SUMPRODUCT",
] as const;

/**
 * A formula that calls EDU.*: as typed or as Office.js's Range.formulas gives it
 * ("=EDU.VARIATION_COEF(…)"), or as Excel saves an add-in's function in a file, or shows it where
 * the add-in is not loaded ("_xldudf_EDU_VARIATION_COEF(…)"). toNativeFormula rewrites both.
 */
export const CALLS_EDU = /(?:^|[^A-Za-z0-9_.])(?:EDU\.|_xldudf_EDU[._])/i;

export type NativeResult = { formula: string } | { refused: string };

/** Where the native form does not do exactly what EDU does; the README lists these. */
export const NATIVE_DIFFERENCES: readonly {
  key: keyof typeof ZH.functions.differences;
  functions: readonly string[];
}[] = [
  {
    key: "textNumbers",
    functions: [
      "VARIATION_COEF",
      "WEIGHTED_MEAN",
      "CLASSSIZE_OK",
      "LARGE_CLASS_SHARE",
      "CLASS_BAND",
      "MET_COUNT",
      "SCHOOL_MEETS",
      "COMPOSITE_CV",
    ],
  },
  { key: "emptyText", functions: ["VARIATION_COEF", "WEIGHTED_MEAN"] },
  {
    key: "blankScalar",
    functions: [
      "CLASS_BAND",
      "SCHOOLSIZE_OK",
      "PER100",
      "PER_STUDENT",
      "INDICATOR_MET",
      "STAGE_SHARE",
      "SPECIAL_ROOMS_OK",
      "CONSOLIDATION_RATE",
      "CV_OK",
    ],
  },
  { key: "negative", functions: ["*"] },
  { key: "errors", functions: ["*"] },
  {
    key: "shapes",
    functions: [
      "VARIATION_COEF",
      "WEIGHTED_MEAN",
      "CLASSSIZE_OK",
      "LARGE_CLASS_SHARE",
      "MET_COUNT",
      "SCHOOL_MEETS",
      "COMPOSITE_CV",
    ],
  },
  {
    key: "names",
    functions: [
      "CLASSSIZE_OK",
      "SCHOOLSIZE_OK",
      "THRESHOLD",
      "INDICATOR_MET",
      "MET_COUNT",
      "SCHOOL_MEETS",
      "STAGE_SHARE",
      "CV_OK",
    ],
  },
  {
    key: "tolerance",
    functions: [
      "CLASSSIZE_OK",
      "LARGE_CLASS_SHARE",
      "SCHOOLSIZE_OK",
      "INDICATOR_MET",
      "MET_COUNT",
      "SCHOOL_MEETS",
      "CV_OK",
    ],
  },
  { key: "magnitudes", functions: ["VARIATION_COEF", "WEIGHTED_MEAN", "COMPOSITE_CV"] },
  { key: "profile", functions: ["*"] },
];

// ---------------------------------------------------------------------------------------------
// Pieces of formula text

const LOW = "0.999999999"; // 1 − RELATIVE_TOLERANCE: value ≥ threshold·LOW reaches it
const HIGH = "1.000000001"; // 1 + RELATIVE_TOLERANCE: value ≤ limit·HIGH is within it
const VALUE_ERROR = "#VALUE!";

/** A number as formula text: plain decimal (HyperFormula and LibreOffice read no exponent everywhere), 15 digits. */
function num(x: number): string {
  const s = String(Number(x.toPrecision(15)));
  if (/e/i.test(s)) throw new Error(`constant ${x} needs an exponent`);
  return s;
}

/** A threshold lowered by EDU's tolerance, computed (inside array constants). */
const reached = (t: number) => num(t - RELATIVE_TOLERANCE * Math.abs(t));

function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An argument inside arithmetic: wrapped in parentheses unless it is one token. */
function wrap(arg: string): string {
  const single = /^[$\w.!':\u3400-\u9fff]+$/.test(arg) || /^"([^"]|"")*"$/.test(arg);
  return single || outerParentheses(arg) ? arg : `(${arg})`;
}

/** The text is "(…)" with the first "(" closing at its end. */
function outerParentheses(text: string): boolean {
  if (!text.startsWith("(")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/** An argument compared with a number: +0 makes the spreadsheet read a number stored as text. */
const numeric = (arg: string) => (/^\d+(\.\d+)?$/.test(arg) ? arg : `${wrap(arg)}+0`);

// ---------------------------------------------------------------------------------------------
// References

const SHEET = `(?:'(?:[^']|'')+'|[^\\s'!()",{}+\\-*/^&=<>:;]+)!`;
const CELL = "\\$?([A-Za-z]{1,3})\\$?(\\d+)";
const REFERENCE = new RegExp(
  `^(?:${SHEET})?(?:${CELL}(?::${CELL})?|\\$?([A-Za-z]{1,3}):\\$?([A-Za-z]{1,3})|\\$?(\\d+):\\$?(\\d+))$`
);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Rows and columns of a plain reference (A1, A1:B9, A:A, 1:1, with a sheet), or undefined. */
export function referenceShape(arg: string): { rows: number; columns: number } | undefined {
  const m = REFERENCE.exec(arg.trim());
  if (!m) return undefined;
  if (m[1] !== undefined) {
    const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
    const [c2, r2] = m[3] !== undefined ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
    return { rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
  }
  if (m[5] !== undefined)
    return { rows: 1048576, columns: Math.abs(columnNumber(m[6]) - columnNumber(m[5])) + 1 };
  return { rows: Math.abs(Number(m[8]) - Number(m[7])) + 1, columns: 16384 };
}

// ---------------------------------------------------------------------------------------------
// Stage, school type and indicator arguments: a constant when literal, INDEX/MATCH otherwise

/** A literal argument's text or number, or undefined when it is an expression. */
function literal(arg: string): string | number | undefined {
  const t = arg.trim();
  if (/^"([^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return Number(t);
  return undefined;
}

interface Choice<K extends string> {
  keys: readonly K[];
  /** Every word (or number) EDU reads exactly, with the key it means. */
  aliases: readonly { alias: string | number; key: K }[];
  parse: (value: string | number) => K | undefined;
}

const STAGE_CHOICE: Choice<Stage> = {
  keys: ["primary", "junior"],
  aliases: (["primary", "junior"] as const).flatMap((key) =>
    STAGE_WORDS[key].map((alias) => ({ alias, key }))
  ),
  parse: (v) => parseStage(typeof v === "number" ? String(v) : v),
};

const TYPE_KEYS = Object.keys(SCHOOL_TYPE_NAMES) as SchoolType[];
const TYPE_CHOICE: Choice<SchoolType> = {
  keys: TYPE_KEYS,
  aliases: TYPE_KEYS.flatMap((key) => [
    { alias: SCHOOL_TYPE_NAMES[key], key },
    { alias: key, key },
  ]),
  parse: (v) => parseSchoolType(typeof v === "number" ? String(v) : v),
};

const INDICATOR_CHOICE: Choice<QualityIndicatorId> = {
  keys: INDICATOR_IDS,
  aliases: INDICATOR_IDS.flatMap((key, i) => [
    { alias: key, key },
    { alias: INDICATORS[key].name, key },
    { alias: INDICATORS[key].shortName, key },
    { alias: i + 1, key },
  ]),
  parse: (v) => findIndicator(v),
};

const constant = (xs: readonly (string | number)[]) =>
  `{${xs.map((x) => (typeof x === "number" ? num(x) : str(x))).join(",")}}`;

/** A resolved argument: its key, or the formula of its position (1-based) among the keys. */
type Picked<K> = { key: K } | { index: string };

function pick<K extends string>(
  choice: Choice<K>,
  arg: string,
  label: string
): Picked<K> | { refused: string } {
  if (arg.trim() === "") return { refused: fill(T.missing, { label }) };
  const lit = literal(arg);
  if (lit !== undefined) {
    const key = choice.parse(lit);
    return key !== undefined
      ? { key }
      : { refused: fill(T.unknownLiteral, { label, value: String(lit) }) };
  }
  const positions = choice.aliases.map((a) => choice.keys.indexOf(a.key) + 1);
  return {
    index: `INDEX(${constant(positions)},1,MATCH(${arg},${constant(choice.aliases.map((a) => a.alias))},0))`,
  };
}

/** The value for a picked key: a constant, or INDEX over the values in key order. */
function valueOf<K extends string>(
  choice: Choice<K>,
  p: Picked<K>,
  value: (key: K) => number
): string {
  return "key" in p ? num(value(p.key)) : `INDEX(${constant(choice.keys.map(value))},1,${p.index})`;
}

/** The value for two picked keys (indicator and stage): a constant, or INDEX over a table. */
function valueOf2<A extends string, B extends string>(
  ca: Choice<A>,
  a: Picked<A>,
  cb: Choice<B>,
  b: Picked<B>,
  value: (x: A, y: B) => number
): string {
  if ("key" in a && "key" in b) return num(value(a.key, b.key));
  if ("key" in a) return valueOf(cb, b, (y) => value(a.key, y));
  if ("key" in b) return valueOf(ca, a, (x) => value(x, b.key));
  const table = ca.keys.map((x) => cb.keys.map((y) => num(value(x, y))).join(",")).join(";");
  return `INDEX({${table}},${a.index},${b.index})`;
}

// ---------------------------------------------------------------------------------------------
// The table

type Args = readonly string[];
type Form = (args: Args, profile: StandardsProfile, d: FunctionDeclaration) => NativeResult;

const label = (d: FunctionDeclaration, i: number) => d.args[i].label;
/** The quality indicators' thresholds: every profile has them (./declarations.ts reads them alike). */
const threshold = (profile: StandardsProfile, id: QualityIndicatorId, stage: Stage) =>
  profile.thresholds[id]![stage];

type Refused = { refused: string };
type Shape = { rows: number; columns: number };

function reference(d: FunctionDeclaration, i: number, arg: string): { shape: Shape } | Refused {
  if (arg.trim() === "") return { refused: fill(T.missing, { label: label(d, i) }) };
  const shape = referenceShape(arg);
  return shape ? { shape } : { refused: fill(T.notReference, { label: label(d, i), arg }) };
}

/** TRUE when a single range cannot be read by EDU: no number, or a cell neither blank nor a number. */
const rangeGuard = (r: string) =>
  `OR(COUNT(${r})=0,ROWS(${r})*COLUMNS(${r})-COUNTBLANK(${r})>COUNT(${r}))`;

/** The two ranges of a weighted statistic, and the pairs both filled. */
function paired(
  d: FunctionDeclaration,
  args: Args
): { x: string; p: string; m: string } | { refused: string } {
  const [x, p] = args.map((a) => a.trim());
  const rx = reference(d, 0, x);
  if ("refused" in rx) return rx;
  const rp = reference(d, 1, p);
  if ("refused" in rp) return rp;
  if (rx.shape.rows !== rp.shape.rows || rx.shape.columns !== rp.shape.columns)
    return {
      refused: fill(T.shapesDiffer, { values: label(d, 0), a: x, weights: label(d, 1), b: p }),
    };
  return { x, p, m: `(${x}<>"")*(${p}<>"")` };
}

function sevenCells(
  d: FunctionDeclaration,
  arg: string
): { r: string; separator: string } | Refused {
  const r = reference(d, 0, arg);
  if ("refused" in r) return r;
  const n = INDICATOR_IDS.length;
  const { rows, columns } = r.shape;
  if (!((rows === 1 && columns === n) || (columns === 1 && rows === n)))
    return { refused: fill(T.fixedShape, { label: label(d, 0), count: n, arg: arg.trim() }) };
  return { r: arg.trim(), separator: rows === 1 ? "," : ";" };
}

/** How many of the 7 cells reach a bound per indicator (the bound per stage). */
function countReaching(
  r: string,
  separator: string,
  stage: Picked<Stage>,
  bound: (id: QualityIndicatorId, s: Stage) => number
): string {
  const bounds = (s: Stage) =>
    `{${INDICATOR_IDS.map((id) => reached(bound(id, s))).join(separator)}}`;
  if ("key" in stage) return `SUMPRODUCT(--(${r}>=${bounds(stage.key)}))`;
  const terms = STAGE_CHOICE.keys.map((s, i) => `(${stage.index}=${i + 1})*(${r}>=${bounds(s)})`);
  return `SUMPRODUCT(${terms.join("+")})`;
}

const scalarMissing = (d: FunctionDeclaration, args: Args, upTo: number): Refused | undefined => {
  for (let i = 0; i < upTo; i++)
    if (args[i].trim() === "") return { refused: fill(T.missing, { label: label(d, i) }) };
  return undefined;
};

export const NATIVE_FORMS: Readonly<Record<string, Form>> = {
  VARIATION_COEF: (args, _p, d) => {
    const r = paired(d, args);
    if ("refused" in r) return r;
    const { x, p, m } = r;
    const total = `SUMPRODUCT(${m}*${p})`;
    const mean = `(SUMPRODUCT(${m}*${p}*${x})/${total})`;
    return { formula: `SQRT(SUMPRODUCT(${m}*${p}*(${x}-${mean})^2)/${total})/${mean}` };
  },
  WEIGHTED_MEAN: (args, _p, d) => {
    const r = paired(d, args);
    if ("refused" in r) return r;
    const { x, p, m } = r;
    return { formula: `SUMPRODUCT(${m}*${p}*${x})/SUMPRODUCT(${m}*${p})` };
  },
  CLASSSIZE_OK: (args, profile, d) => {
    const r = reference(d, 0, args[0]);
    if ("refused" in r) return r;
    const s = pick(STAGE_CHOICE, args[1], label(d, 1));
    if ("refused" in s) return s;
    const limit = valueOf(STAGE_CHOICE, s, (k) => profile.classSize.limits[k]);
    const x = args[0].trim();
    return {
      formula: `IF(${rangeGuard(x)},${VALUE_ERROR},COUNTIF(${x},">"&${limit}*${HIGH})=0)`,
    };
  },
  LARGE_CLASS_SHARE: (args, profile, d) => {
    const r = reference(d, 0, args[0]);
    if ("refused" in r) return r;
    const x = args[0].trim();
    const fallback = num(profile.classSize.bands.veryLarge);
    const given = (args[1] ?? "").trim();
    const lit = literal(given);
    const min =
      given === "" || (typeof lit === "string" && lit.trim() === "")
        ? fallback
        : lit !== undefined
          ? typeof lit === "number"
            ? num(lit)
            : str(lit)
          : `IF(${given}="",${fallback},${given})`;
    return {
      formula: `IF(${rangeGuard(x)},${VALUE_ERROR},COUNTIF(${x},">="&${min}*${LOW})/COUNT(${x}))`,
    };
  },
  CLASS_BAND: (args, profile, d) => {
    const missing = scalarMissing(d, args, 1);
    if (missing) return missing;
    const b = profile.classSize.bands;
    const names = constant([
      CLASS_BAND_NAMES.standard,
      CLASS_BAND_NAMES.large,
      CLASS_BAND_NAMES.veryLarge,
      CLASS_BAND_NAMES.superLarge,
    ]);
    return {
      formula: `INDEX(${names},1,MATCH(${args[0].trim()},${constant([0, b.large, b.veryLarge, b.superLarge])},1))`,
    };
  },
  SCHOOLSIZE_OK: (args, profile, d) => {
    const missing = scalarMissing(d, args, 1);
    if (missing) return missing;
    const t = pick(TYPE_CHOICE, args[1], label(d, 1));
    if ("refused" in t) return t;
    const limit = valueOf(
      TYPE_CHOICE,
      t,
      (k) => profile.schoolSize.byType[k] ?? profile.schoolSize.default
    );
    return { formula: `${numeric(args[0].trim())}<=${limit}*${HIGH}` };
  },
  PER100: (args, _p, d) =>
    scalarMissing(d, args, 2) ?? {
      formula: `${wrap(args[0].trim())}/${wrap(args[1].trim())}*100`,
    },
  PER_STUDENT: (args, _p, d) =>
    scalarMissing(d, args, 2) ?? { formula: `${wrap(args[0].trim())}/${wrap(args[1].trim())}` },
  THRESHOLD: (args, profile, d) => {
    const i = pick(INDICATOR_CHOICE, args[0], label(d, 0));
    if ("refused" in i) return i;
    const s = pick(STAGE_CHOICE, args[1], label(d, 1));
    if ("refused" in s) return s;
    return {
      formula: valueOf2(INDICATOR_CHOICE, i, STAGE_CHOICE, s, (x, y) => threshold(profile, x, y)),
    };
  },
  INDICATOR_MET: (args, profile, d) => {
    const missing = scalarMissing(d, args, 1);
    if (missing) return missing;
    const i = pick(INDICATOR_CHOICE, args[1], label(d, 1));
    if ("refused" in i) return i;
    const s = pick(STAGE_CHOICE, args[2], label(d, 2));
    if ("refused" in s) return s;
    const t = valueOf2(INDICATOR_CHOICE, i, STAGE_CHOICE, s, (x, y) => threshold(profile, x, y));
    return { formula: `${numeric(args[0].trim())}>=${t}*${LOW}` };
  },
  MET_COUNT: (args, profile, d) => {
    const r = sevenCells(d, args[0]);
    if ("refused" in r) return r;
    const s = pick(STAGE_CHOICE, args[1], label(d, 1));
    if ("refused" in s) return s;
    const met = countReaching(r.r, r.separator, s, (id, k) => threshold(profile, id, k));
    return { formula: `IF(COUNT(${r.r})<${INDICATOR_IDS.length},${VALUE_ERROR},${met})` };
  },
  SCHOOL_MEETS: (args, profile, d) => {
    const r = sevenCells(d, args[0]);
    if ("refused" in r) return r;
    const s = pick(STAGE_CHOICE, args[1], label(d, 1));
    if ("refused" in s) return s;
    const rule = profile.schoolRule!;
    const n = INDICATOR_IDS.length;
    const met = countReaching(r.r, r.separator, s, (id, k) => threshold(profile, id, k));
    // A met indicator is above its floor too (floor ≤ 1): every one of the 7 reaches the floor.
    const floor = countReaching(
      r.r,
      r.separator,
      s,
      (id, k) => rule.floor * threshold(profile, id, k)
    );
    return {
      formula: `IF(COUNT(${r.r})<${n},${VALUE_ERROR},AND(${met}>=${rule.minMet},${floor}=${n}))`,
    };
  },
  STAGE_SHARE: (args, profile, d) => {
    const missing = scalarMissing(d, args, 3);
    if (missing) return missing;
    const t = pick(TYPE_CHOICE, args[3], label(d, 3));
    if ("refused" in t) return t;
    const s = pick(STAGE_CHOICE, args[4], label(d, 4));
    if ("refused" in s) return s;
    const w = profile.stageWeights;
    const [a, b, c] = args.slice(0, 3).map((x) => wrap(x.trim()));
    const weightOf = (type: SchoolType, stage: Stage | "senior") =>
      STAGES_OF_TYPE[type][stage] ? w[stage] : 0;
    const term = (k: Stage | "senior", x: string) => {
      const weight = valueOf(TYPE_CHOICE, t, (type) => weightOf(type, k));
      return weight === "0" ? "" : weight === "1" ? x : `${weight}*${x}`;
    };
    const total = [term("primary", a), term("junior", b), term("senior", c)].filter((x) => x);
    const own = valueOf2(TYPE_CHOICE, t, STAGE_CHOICE, s, (type, k) => weightOf(type, k));
    if (own === "0") return { formula: "0" };
    const students = "key" in s ? (s.key === "primary" ? a : b) : `CHOOSE(${s.index},${a},${b})`;
    const share = `${own === "1" ? "" : `${own}*`}${students}/(${total.join("+")})`;
    return { formula: "key" in t && "key" in s ? share : `IF(${own}=0,0,${share})` };
  },
  SPECIAL_ROOMS_OK: (args, profile, d) => {
    const missing = scalarMissing(d, args, 3);
    if (missing) return missing;
    const [classes, music, art] = args.map((x) => x.trim());
    const required = `ROUNDUP(${wrap(classes)}/${num(profile.specialRooms.classesPerRoom)},0)`;
    return { formula: `AND(${numeric(music)}>=${required},${numeric(art)}>=${required})` };
  },
  CONSOLIDATION_RATE: (args, _p, d) => {
    const missing = scalarMissing(d, args, 5);
    if (missing) return missing;
    const [g, tin, tout, e, death] = args.map((x) => wrap(x.trim()));
    const base = `${e}-${death}`;
    return { formula: `IF(${base}>0,(${g}-${tin}+${tout})/(${base}),${VALUE_ERROR})` };
  },
  CV_OK: (args, profile, d) => {
    const missing = scalarMissing(d, args, 1);
    if (missing) return missing;
    const s = pick(STAGE_CHOICE, args[1], label(d, 1));
    if ("refused" in s) return s;
    const limit = valueOf(STAGE_CHOICE, s, (k) => profile.countyRule.limits[k]);
    return { formula: `${numeric(args[0].trim())}<=${limit}*${HIGH}` };
  },
  COMPOSITE_CV: (args, _p, d) => {
    const r = reference(d, 0, args[0]);
    if ("refused" in r) return r;
    const x = args[0].trim();
    return { formula: `IF(${rangeGuard(x)},${VALUE_ERROR},SUM(${x})/COUNT(${x}))` };
  },
};

const BY_ID: ReadonlyMap<string, FunctionDeclaration> = new Map(
  FUNCTION_DECLARATIONS.map((d) => [d.id, d])
);

/** The fewest and most arguments EDU.<id> takes (an optional one may be left out). */
export function argumentCounts(d: FunctionDeclaration): { min: number; max: number } {
  const optional = d.args.filter((a) => a.check.kind === "optionalNumber").length;
  return { min: d.args.length - optional, max: d.args.length };
}

/**
 * EDU.<id>(args…) written with shared worksheet functions, or why it cannot be. `args` are the
 * argument texts as written (already native when they held EDU calls).
 */
export function nativeFormula(
  id: string,
  args: readonly string[],
  profile: StandardsProfile = DEFAULT_PROFILE
): NativeResult {
  const key = id.toUpperCase();
  const d = BY_ID.get(key);
  const form = NATIVE_FORMS[key];
  if (!d || !form) return { refused: fill(T.unknownFunction, { name: id }) };
  const { min, max } = argumentCounts(d);
  if (args.length < min || args.length > max)
    return {
      refused: fill(T.argumentCount, {
        name: key,
        expected: min === max ? String(max) : `${min}–${max}`,
        actual: args.length,
        call: `EDU.${key}(${args.join(",")})`,
      }),
    };
  return form(args, profile, d);
}

// ---------------------------------------------------------------------------------------------
// The rewriter

/** EDU.X( as typed, and as a saved .xlsx holds an add-in's function: _xldudf_EDU_X( or _xldudf_EDU.X(. */
const EDU_NAME = /^(?:_xldudf_)?EDU[._]([A-Za-z0-9_]+)$/i;
const NAME_CHAR = /[A-Za-z0-9_.\\\u00c0-\uffff]/;

type Rewritten = { formula: string } | { refused: string; at: number };

/** Where the quoted text starting at i (" or ') ends, just past its closing quote; -1 when it does not. */
function skipQuoted(text: string, i: number): number {
  const q = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === q) {
      if (text[j + 1] === q) j++;
      else return j + 1;
    }
  }
  return -1;
}

/** The top-level arguments of the call whose "(" is at `open`, and the index past its ")". */
function callArguments(
  text: string,
  open: number
): { args: { from: number; to: number }[]; end: number } | { error: string } {
  const args: { from: number; to: number }[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, i);
      if (end < 0) return { error: T.unclosedString };
      i = end - 1;
    } else if (ch === "(" || ch === "{" || ch === "[") depth++;
    else if (ch === ")" || ch === "}" || ch === "]") {
      if (depth === 0) {
        if (ch !== ")") return { error: T.unclosedParen };
        const last = { from, to: i };
        if (args.length > 0 || text.slice(from, i).trim() !== "") args.push(last);
        return { args, end: i + 1 };
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      args.push({ from, to: i });
      from = i + 1;
    }
  }
  return { error: T.unclosedParen };
}

function rewrite(
  text: string,
  offset: number,
  profile: StandardsProfile,
  whole: string
): Rewritten {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, i);
      if (end < 0)
        return {
          refused: fill(T.syntax, { detail: T.unclosedString, formula: whole }),
          at: offset + i,
        };
      i = end - 1;
      continue;
    }
    if (!NAME_CHAR.test(ch) || (i > 0 && NAME_CHAR.test(text[i - 1]))) continue;
    let j = i;
    while (j < text.length && NAME_CHAR.test(text[j])) j++;
    const m = EDU_NAME.exec(text.slice(i, j));
    let open = j;
    while (text[open] === " ") open++;
    if (!m || text[open] !== "(") {
      i = j - 1;
      continue;
    }
    const call = callArguments(text, open);
    if ("error" in call)
      return { refused: fill(T.syntax, { detail: call.error, formula: whole }), at: offset + i };
    const args: string[] = [];
    for (const a of call.args) {
      const inner = rewrite(text.slice(a.from, a.to), offset + a.from, profile, whole);
      if ("refused" in inner) return inner;
      args.push(inner.formula);
    }
    const native = nativeFormula(m[1], args, profile);
    if ("refused" in native) return { refused: native.refused, at: offset + i };
    out += text.slice(copied, i) + `(${native.formula})`;
    copied = call.end;
    i = call.end - 1;
  }
  return { formula: out + text.slice(copied) };
}

/**
 * Every EDU.* call of a formula (with or without "=", as typed or as saved in a file) rewritten
 * into its native form, innermost first; each replaced call is parenthesised. Refused, with the
 * index of the call, when a call cannot be translated or the result is longer than Excel allows.
 */
export function toNativeFormula(
  formula: string,
  profile: StandardsProfile = DEFAULT_PROFILE
): Rewritten {
  const r = rewrite(formula, 0, profile, formula);
  if ("refused" in r) return r;
  const length = r.formula.replace(/^=/, "").length;
  if (length > FORMULA_LIMIT)
    return { refused: fill(T.tooLong, { length, limit: FORMULA_LIMIT }), at: 0 };
  return { formula: simplify(r.formula) };
}

/** "=(x)" → "=x": the outer parentheses of a formula that is a single call. */
function simplify(formula: string): string {
  const eq = formula.startsWith("=") ? "=" : "";
  const body = formula.slice(eq.length);
  return outerParentheses(body) ? eq + body.slice(1, -1) : formula;
}
