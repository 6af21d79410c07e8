/**
 * `edu-balance collect FOLDER [--out 学校基础数据.xlsx] [--force] [--list 名单.xlsx|.csv]
 * [--profile ID] [--json]` (issue 23 §6): a folder of returned one-school forms (and
 * one-row school workbooks) → the county school table in the template's layout, with a
 * 回收情况 sheet — which file gave which school, which were not written and why, every
 * message at its file and cell, and against a 名单 (or last year's county table) the
 * schools that have not returned a form.
 *
 * Also `assess FOLDER` when the folder holds forms, not county workbooks (batch.ts decides):
 * collected in memory, then assessed as `assess` assesses the written table.
 *
 * Exit codes as assess: 0 the table was written (forms with errors are written and named);
 * 1 nothing could be collected, or a file cannot be read or written; 2 the command line is wrong.
 */
import * as fs from "fs";
import * as path from "path";
import {
  collectSchools,
  DEFAULT_PROFILE,
  EduError,
  evaluate,
  hasOwn,
  isEduError,
  PROFILES,
  readRoster,
  readSchoolSources,
  type Collection,
  type SchoolSource,
  type SheetCells,
  type StandardsProfile,
} from "../core";
import { receiptSummary, RECEIPT_SHEET, STATUS_TEXT } from "../report";
import {
  parseOptions,
  singleFile,
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
} from "./args";
import { assessOutputs, reportAssessment } from "./assessOutput";
import { jsonText } from "../report";
import { noSchoolsMessage, type AssessArgs } from "./load";
import type { CliIO } from "./main";
import { checkOutput, OutputRefused, writeOutput } from "./output";
import { builtInProfileList, resolveProfile, UnknownProfileError } from "./profile";
import { readWorkbookFile } from "./readFile";
import { oneLine, padEnd } from "./text";

/** collect's default output, in the current folder. */
export const COLLECT_OUT = "学校基础数据.xlsx";
/** A 名单 in CSV is read whole: a county's list is a few KB; this leaves room for a province's. */
export const LIST_CSV_BYTES = 16 * 1024 * 1024;

/** A failure the user can act on: one Chinese line and an exit code. */
export class CollectFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

export function collectUsage(): string {
  const options: [string, string][] = [
    [
      "--out 文件.xlsx",
      `汇总表的文件名（默认 ${COLLECT_OUT}，写在当前文件夹；不能写在被汇总的文件夹中）`,
    ],
    ["--force", "输出文件已存在时覆盖它（默认不覆盖）"],
    [
      "--list 名单",
      "应交学校的名单（.xlsx/.xls/.et 或 .csv，含「学校名称」列），或去年的全县学校基础数据表：列出未交的学校",
    ],
    [
      "--profile 标准",
      `按该评估标准的字段读取（默认 ${DEFAULT_PROFILE.id}）；内置：${builtInProfileList()}，或评估标准文件（.json）`,
    ],
    ["--json", "在标准输出给出 JSON（字段见 README）"],
    ["-h, --help", "显示本帮助"],
  ];
  return [
    "edu-balance collect：把各校交回的学校填报表（一校一表）汇总成全县的学校基础数据表",
    "",
    "用法：",
    "  edu-balance collect 文件夹/ [--out 学校基础数据.xlsx] [--force] [--list 名单.xlsx] [--json]",
    "",
    "读取文件夹中的每个 .xlsx、.xls、.et 文件（不读子文件夹，跳过 ~$ 开头的锁定文件并列出），",
    "认出学校填报表（edu-balance template --school 生成的，或其他「填报项目｜单位｜填报值」式的表，",
    "也可以是只填了一所学校的学校基础数据表），逐份检查，写出全县的学校基础数据表（与数据模板相同的表头，",
    `edu-balance assess 可以直接测算）和「${RECEIPT_SHEET}」表：哪些学校交了、哪些没交、哪些文件有错误及位置、`,
    "哪些文件不是学校填报表。同一所学校交了两份且内容不同时两份都不写入，并列出两个文件；内容相同时只写入一次。",
    "缺少必填项目的填报表不写入（空着会被当作 0）。",
    "",
    "选项：",
    ...options.map(([flag, text]) => `  ${padEnd(flag, 18)}${text}`),
    "",
    "退出码：0 已写出汇总表（有错误的填报表照样写入并列出）；1 没有可汇总的学校，或文件无法读取、写入；2 参数有误。",
    "",
    "示例：",
    "  edu-balance template --school 学校填报表.xlsx",
    "  edu-balance collect 各校填报表/ --list 学校名单.xlsx",
    "  edu-balance assess 学校基础数据.xlsx",
    "  edu-balance assess 各校填报表/   （不写汇总表，直接测算）",
    "",
    "Usage: edu-balance collect FOLDER [--out FILE.xlsx] [--force] [--list LIST.xlsx|.csv] [--profile ID] [--json]:",
    "       one-school forms (and one-row school workbooks) → the county school table and a 回收情况 sheet.",
    "       Exit 0 written, 1 nothing to collect or a file cannot be read or written, 2 usage error.",
    "",
  ].join("\n");
}

export interface CollectArgs {
  folder: string;
  out: string;
  force: boolean;
  json: boolean;
  list?: string;
  profile: StandardsProfile;
  profileFile?: string;
}

function parseCollectArgs(argv: readonly string[]): CollectArgs | "help" {
  const usageError = (message: string) => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: new Set(["--out", "--list", "--profile"]),
      flags: new Set(["--force", "--json"]),
      aliases: { "-h": "--help", "-f": "--force", "-o": "--out" },
      helpCommand: "edu-balance collect --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return "help";
  const folder = singleFile(
    parsed.positional,
    "缺少要汇总的文件夹，例如：edu-balance collect 各校填报表/",
    usageError
  );
  const out = parsed.values["--out"] ?? COLLECT_OUT;
  if (!/\.xlsx$/i.test(out)) throw usageError(`--out 的文件名应以 .xlsx 结尾：${out}`);
  const list = parsed.values["--list"];
  if (list !== undefined && !/\.(xlsx|xls|et|csv)$/i.test(list))
    throw usageError(`--list 应是 .xlsx、.xls、.et 或 .csv 文件：${list}`);
  let profile: StandardsProfile = DEFAULT_PROFILE;
  const given = parsed.values["--profile"];
  if (given !== undefined) {
    try {
      profile = resolveProfile(given);
    } catch (e) {
      if (e instanceof UnknownProfileError) throw usageError(e.message);
      throw e;
    }
  }
  const args: CollectArgs = {
    folder,
    out,
    force: parsed.flags.has("--force"),
    json: parsed.flags.has("--json"),
    profile,
  };
  if (list !== undefined) args.list = list;
  if (given !== undefined && !hasOwn(PROFILES, given)) args.profileFile = given;
  return args;
}

// ---------------------------------------------------------------------------
// The folder
// ---------------------------------------------------------------------------

export interface FolderFiles {
  /** Paths of the workbooks to read, by name. */
  workbooks: string[];
  /** What was not read, and why. */
  skipped: { file: string; reason: string }[];
}

const WORKBOOK = /\.(xlsx|xls|et)$/i;

function compareNames(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The folder's workbooks (no subfolders, no ~$ lock files, no hidden files), and what was skipped. */
export function folderFiles(folder: string, exclude: readonly string[] = []): FolderFiles {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CollectFailure(
      code === "ENOENT"
        ? `找不到文件夹：${folder}`
        : code === "ENOTDIR"
          ? `${folder} 不是文件夹；collect 汇总一个文件夹中的学校填报表`
          : `无法读取文件夹 ${folder}（${code ?? "失败"}）`,
      EXIT_INPUT
    );
  }
  const excluded = new Set(exclude.map((f) => path.resolve(f)));
  const out: FolderFiles = { workbooks: [], skipped: [] };
  for (const name of names.sort(compareNames)) {
    const file = path.join(folder, name);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      out.skipped.push({ file: name, reason: "子文件夹，不读取" });
    } else if (name.startsWith("~$")) {
      out.skipped.push({ file: name, reason: "Excel 或 WPS 打开文件时的临时锁定文件" });
    } else if (name.startsWith(".")) {
      out.skipped.push({ file: name, reason: "隐藏文件" });
    } else if (!WORKBOOK.test(name)) {
      out.skipped.push({ file: name, reason: "不是 .xlsx、.xls 或 .et 工作簿" });
    } else if (excluded.has(path.resolve(file))) {
      out.skipped.push({ file: name, reason: "这是 --list 给出的名单" });
    } else if (stat?.isFile()) {
      out.workbooks.push(file);
    } else {
      out.skipped.push({ file: name, reason: "不是普通文件" });
    }
  }
  return out;
}

/** Reads one returned file into what it holds for collecting; an unreadable file says why. */
export async function sourcesOfFile(
  file: string,
  profile: StandardsProfile
): Promise<SchoolSource[]> {
  const name = path.basename(file);
  try {
    return readSchoolSources(name, await readWorkbookFile(file), { profile });
  } catch (e) {
    if (!isEduError(e)) throw e;
    return [{ kind: "unreadable", file: name, reason: oneLine(e.message) }];
  }
}

// ---------------------------------------------------------------------------
// The 名单
// ---------------------------------------------------------------------------

/** A CSV's text: UTF-8 (with or without BOM), else GB18030 as Chinese Excel saves it. */
export function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180 fields (quotes, "" inside quotes, CRLF or LF); a tab-separated file when the first line has tabs and no commas. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readListSheets(file: string): Promise<SheetCells[]> {
  if (!/\.csv$/i.test(file)) return readWorkbookFile(file);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new CollectFailure(`名单 ${file} 不是普通文件`, EXIT_INPUT);
    if (stat.size > LIST_CSV_BYTES)
      throw new CollectFailure(
        `名单 ${file} 太大（${Math.round(stat.size / 1024 / 1024)} MB，上限 ${LIST_CSV_BYTES / 1024 / 1024} MB）`,
        EXIT_INPUT
      );
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof CollectFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CollectFailure(
      code === "ENOENT" ? `找不到名单文件：${file}` : `无法读取名单 ${file}（${code ?? "失败"}）`,
      EXIT_INPUT
    );
  }
  return [{ name: path.basename(file), values: parseCsv(csvText(bytes)) }];
}

async function loadRoster(file: string, profile: StandardsProfile) {
  const roster = readRoster(path.basename(file), await readListSheets(file), profile);
  if (!roster)
    throw new CollectFailure(
      `名单 ${file} 中找不到学校名称列：应有一列的表头是「学校名称」（或「学校」「校名」）`,
      EXIT_INPUT
    );
  return roster;
}

// ---------------------------------------------------------------------------
// What is said
// ---------------------------------------------------------------------------

/** collect --json: what was collected (README, "collect --json"). */
export function collectionJson(
  c: Collection,
  extra: { folder?: string; out?: string; skipped?: FolderFiles["skipped"] } = {}
) {
  return {
    ...(extra.folder === undefined ? {} : { folder: extra.folder }),
    ...(extra.out === undefined ? {} : { out: extra.out }),
    profile: c.profile.id,
    written: c.entries.filter((e) => e.written).length,
    files: c.entries.map((e) => ({
      file: e.file,
      sheet: e.sheet ?? null,
      kind: e.kind,
      school: e.school ?? null,
      status: e.status,
      written: e.written,
      row: e.row ?? null,
      errors: e.errors,
      warnings: e.warnings,
    })),
    issues: c.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      file: i.file,
      sheet: i.sheet ?? null,
      row: i.row ?? null,
      column: i.column ?? null,
      field: i.field ?? null,
      school: i.school ?? null,
      message: i.message,
    })),
    duplicates: c.duplicates,
    roster: c.roster ?? null,
    skipped: extra.skipped ?? [],
  };
}

function renderCollectText(
  c: Collection,
  folder: string,
  out: string | undefined,
  skipped: FolderFiles["skipped"]
): string {
  const lines: string[] = [];
  lines.push(`学校填报表汇总：${folder}`);
  lines.push(receiptSummary(c));
  if (out !== undefined) {
    const written = c.entries.filter((e) => e.written).length;
    lines.push(`已生成：${out}（「${c.sheet.name}」${written} 所学校，「${RECEIPT_SHEET}」）`);
  }
  const notWritten = c.entries.filter(
    (e) => !e.written && e.status !== "notForm" && e.status !== "unreadable"
  );
  if (notWritten.length > 0) {
    lines.push("", `【未写入汇总表】${notWritten.length} 份`);
    for (const e of notWritten)
      lines.push(
        `  ${e.file}${e.sheet ? `（${e.sheet}）` : ""}${e.school ? ` ${e.school}` : ""}：${STATUS_TEXT[e.status]}`
      );
  }
  const errors = c.issues.filter((i) => i.severity === "error");
  const warnings = c.issues.filter((i) => i.severity === "warning");
  if (errors.length > 0) {
    lines.push(
      "",
      `【错误】${errors.length} 条（有错误的学校已写入汇总表，测算时不计入，改正后重新汇总）`
    );
    for (const i of errors) lines.push(`  ${i.message}`);
  }
  if (warnings.length > 0) {
    lines.push("", `【提示】${warnings.length} 条`);
    for (const i of warnings) lines.push(`  ${i.message}`);
  }
  if (c.roster) {
    lines.push(
      "",
      `【未交的学校】名单「${c.roster.file}」共 ${c.roster.expected} 所，未交 ${c.roster.missing.length} 所${c.roster.missing.length > 0 ? `：${c.roster.missing.join("、")}` : ""}`
    );
    if (c.roster.notInList.length > 0)
      lines.push(
        `【不在名单中的学校】${c.roster.notInList.length} 所（新学校，或名称与名单写法不同）：${c.roster.notInList.join("、")}`
      );
  }
  if (skipped.length > 0) {
    lines.push("", `【跳过的文件】${skipped.length} 个`);
    for (const s of skipped) lines.push(`  ${s.file}：${s.reason}`);
  }
  if (out !== undefined) lines.push("", `下一步：edu-balance assess ${out}`);
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------
// The commands
// ---------------------------------------------------------------------------

export async function runCollect(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseCollectArgs(argv), collectUsage, io);
  if ("exit" in args) return args.exit;
  try {
    return await collect(args, io);
  } catch (e) {
    if (e instanceof CollectFailure || e instanceof OutputRefused) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    if (isEduError(e)) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
}

async function collect(args: CollectArgs, io: CliIO): Promise<number> {
  const files = folderFiles(args.folder, args.list === undefined ? [] : [args.list]);
  const inputs = [...files.workbooks];
  if (args.list !== undefined) inputs.push(args.list);
  if (args.profileFile !== undefined) inputs.push(args.profileFile);
  // Before anything is read: never an input, never into the folder, never over a file without --force.
  const output = checkOutput({
    out: args.out,
    force: args.force,
    inputs,
    inputFolders: [args.folder],
  });
  const roster = args.list === undefined ? undefined : await loadRoster(args.list, args.profile);
  if (files.workbooks.length === 0)
    throw new CollectFailure(
      `文件夹 ${args.folder} 中没有 .xlsx、.xls 或 .et 文件${files.skipped.length > 0 ? `（跳过了 ${files.skipped.length} 个：${files.skipped.map((s) => s.file).join("、")}）` : ""}`,
      EXIT_INPUT
    );
  const sources: SchoolSource[] = [];
  for (const [i, file] of files.workbooks.entries()) {
    if (io.stderrIsTTY === true)
      io.stderr(`\r正在读取（${i + 1}/${files.workbooks.length}）${path.basename(file)}`);
    sources.push(...(await sourcesOfFile(file, args.profile)));
  }
  if (io.stderrIsTTY === true) io.stderr("\r\x1b[K");
  const c = collectSchools(sources, { profile: args.profile, ...(roster ? { roster } : {}) });
  const written = c.entries.filter((e) => e.written).length;
  const wrote = written > 0;
  if (wrote) {
    const { collectionToXlsxBytes } = await import("../report/xlsx");
    await writeOutput(output, await collectionToXlsxBytes(c));
  }
  if (args.json)
    io.stdout(
      `${jsonText(collectionJson(c, { folder: args.folder, out: wrote ? args.out : undefined, skipped: files.skipped }))}\n`
    );
  else io.stdout(renderCollectText(c, args.folder, wrote ? args.out : undefined, files.skipped));
  if (!wrote) {
    io.stderr(`错误：文件夹 ${args.folder} 中没有可以写入汇总表的学校填报表，未生成 ${args.out}\n`);
    return EXIT_INPUT;
  }
  if (args.json) io.stderr(`已生成：${args.out}\n`);
  return EXIT_OK;
}

/**
 * `assess FOLDER` of one-school forms: collected as `collect` collects them (nothing written
 * but the --out 申报表), then assessed as `assess` assesses the county table collect writes.
 * The JSON is interfaces.md §1's with `collection` (collect --json's document) added.
 */
export async function assessCollected(
  args: AssessArgs,
  io: CliIO,
  sources: readonly SchoolSource[],
  inputs: readonly string[]
): Promise<number> {
  const folder = args.file;
  const outputs = assessOutputs(args, inputs, [folder]);
  const c = collectSchools(sources, { profile: args.profile });
  const ev = evaluate(c.read, { profile: args.profile });
  const name = path.basename(path.resolve(folder));
  if (ev.read.schools.length === 0) {
    const why = c.entries.some((e) => e.written)
      ? noSchoolsMessage(ev.read, folder)
      : `${name} 中没有可以汇总的学校填报表：${c.issues.find((i) => i.severity === "error")?.message ?? receiptSummary(c)}`;
    throw new EduError("noSchools", why, `no schools in ${folder}`);
  }
  if (!args.json) io.stdout(`学校填报表（一校一表）：${folder}\n${receiptSummary(c)}\n\n`);
  await reportAssessment(ev, args, io, name, outputs, { collection: collectionJson(c) });
  return EXIT_OK;
}
