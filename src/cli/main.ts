/**
 * `edu-balance`: an .xlsx of schools in, the 优质均衡 resource assessment out
 * (a Chinese summary, the JSON of interfaces.md §1, or the 申报表 workbook).
 *
 * Exit codes: 0 the county was computed (whether or not it meets the standard);
 * 1 the input or output file could not be used; 2 the command line is wrong.
 * Every failure is one Chinese line on stderr, never a stack trace.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DEFAULT_PROFILE,
  hasOwn,
  isEduError,
  ownValue,
  PROFILES,
  type StandardsProfile,
} from "../core";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, parseOptions, singleFile } from "./args";
import { assessOutputs, reportAssessment } from "./assessOutput";
import type { AssessArgs } from "./load";
import { loadCounty } from "./load";
import { BatchFailure, isFolder, runBatch } from "./batch";
import { builtInProfileList, resolveProfile, UnknownProfileError } from "./profile";
import { colourOn, oneLine, padEnd, terminalText } from "./text";
import { inputFiles, OutputRefused } from "./output";

export { chartsFileFor } from "./assessOutput";

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from "./args";

/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Resolves when everything written has been handed to the OS. */
  flush?(): Promise<void>;
  /** Whether stderr is a terminal (the batch progress bar is drawn only then). */
  stderrIsTTY?: boolean;
  /** Resolves when stdout can take more (a long --json is written in pieces). */
  drain?(): Promise<void>;
}

function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    drain: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()))
        : Promise.resolve(),
    // bin/edu-balance.js calls process.exit() with our code; on macOS pipes are
    // asynchronous, so a long JSON document could be cut off without this.
    flush: () =>
      Promise.all([
        new Promise<void>((resolve) => process.stdout.write("", () => resolve())),
        new Promise<void>((resolve) => process.stderr.write("", () => resolve())),
      ]).then(() => undefined),
  };
}

export function usage(): string {
  const options: [string, string][] = [
    ["--json", "输出 JSON（字段见 README），警告同时写到标准错误"],
    ["--out 报表.xlsx", "生成申报表工作簿（汇总、学校达标情况、校际均衡、班额与规模、数据问题）"],
    ["--force", "--out 的文件已存在时覆盖"],
    [
      "--profile 标准",
      `评估标准：内置 ${builtInProfileList()}，或省级评估标准文件（.json）的路径（默认 ${DEFAULT_PROFILE.id}）`,
    ],
    ["--school-sheet 表名", "指定学校基础数据所在的工作表（默认按表头自动识别）"],
    ["--class-sheet 表名", "指定班级表所在的工作表（默认按表头自动识别）"],
    ["--county 县名", "申报表上的县（市、区）名称（默认取县级指标表，其次文件名）"],
    ["-h, --help", "显示本帮助"],
    ["-V, --version", "显示版本号"],
  ];
  return [
    "edu-balance：义务教育优质均衡发展资源配置测算（教督〔2017〕6号）",
    "",
    "用法：",
    "  edu-balance assess 文件.xlsx [选项]",
    "  edu-balance assess 文件夹/ [--json] [--out 汇总.xlsx]   （批量：文件夹中每个县的工作簿一行；",
    "                                                       文件夹中是各校的学校填报表时，汇总成一个县测算）",
    "  edu-balance sample 文件.xlsx --seed 整数 [--share 0.4] [--json]   （市级复核抽样，详见 edu-balance sample --help）",
    "  edu-balance template 模板.xlsx [--profile 标准]   （空白数据模板：学校基础数据、班级、县级指标）",
    "  edu-balance template --school [学校填报表.xlsx]   （发给各校的一校一表：每行一个填报项目）",
    "  edu-balance collect 文件夹/ [--out 学校基础数据.xlsx] [--list 名单.xlsx]   （汇总各校交回的填报表，详见 collect --help）",
    "  edu-balance recheck 表Ⅱ-2.xlsx [--json] [--out 复核.xlsx]   （市、省复核县报的表Ⅱ-2，详见 edu-balance recheck --help）",
    "  edu-balance --help | --version",
    "",
    "读取学校基础数据表（可另附班级表），计算 7 项资源配置指标、各校达标情况、",
    "差异系数、班额与学校规模，默认在终端输出中文摘要。",
    "",
    "选项：",
    ...options.map(([flag, text]) => `  ${padEnd(flag, 22)}${text}`),
    "",
    "退出码：0 已完成测算（无论是否达标）；1 文件无法读取或写入；2 命令行参数有误。",
    "",
    "示例：",
    "  edu-balance assess examples/county-template.xlsx",
    "  edu-balance assess 学校数据.xlsx --json > 结果.json",
    "  edu-balance assess 学校数据.xlsx --out 申报表.xlsx",
    "  edu-balance assess 各县数据/ --out 全市汇总.xlsx",
    "  edu-balance assess 学校数据.xlsx --profile basic-2012   （基本均衡：8 项指标与综合差异系数）",
    "  edu-balance assess 学校数据.xlsx --profile 某省标准.json",
    "  edu-balance sample 学校数据.xlsx --seed 20240901",
    "  edu-balance template 数据模板.xlsx",
    "  edu-balance collect 各校填报表/ --list 学校名单.xlsx",
    "  edu-balance recheck 某县申报表.xlsx --out 复核.xlsx",
    "",
    "文件夹的两种用法：assess 文件夹/ 逐个读取其中的工作簿。若有文件是一校一表的学校填报表（或只填了一所学校的",
    "学校基础数据表），且没有两所以上学校的县级学校表，就把它们当作同一个县各校交回的表，汇总后测算一个县（与",
    "collect 之后再 assess 汇总表的结果相同）；否则每个工作簿是一个县，逐县测算。两类混在一起时报错并分别列出文件。",
    "",
    "Usage: edu-balance assess FILE.xlsx [--json] [--out REPORT.xlsx [--force]] [--profile ID|FILE.json]",
    "       [--school-sheet NAME] [--class-sheet NAME] [--county NAME]. Exit 0 when the county was computed,",
    "       1 when a file cannot be read or written, 2 on a usage error.",
    "       edu-balance assess FOLDER/ [--json] [--out CITY.xlsx]: one row per county workbook in the folder;",
    "       a folder of one-school forms (none a table of 2+ schools) is collected and assessed as one county.",
    "       edu-balance collect FOLDER/ [--out FILE.xlsx] [--list LIST]: one-school forms → the county table.",
    "       edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]: the reproducible review sample.",
    "       edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]: the empty data template;",
    "       edu-balance template --school [FILE.xlsx]: the one-school form (one item a row).",
    "       edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx]: re-checks a county's 表Ⅱ-2 against its 表Ⅲ, 表Ⅱ-1.",
    "",
  ].join("\n");
}

export function version(): string {
  for (const candidate of [
    path.resolve(__dirname, "../../package.json"),
    path.resolve(__dirname, "../../../package.json"),
  ]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "edu-balance" && pkg.version) return pkg.version;
    } catch {
      // try the next location (lib/cli or src/cli)
    }
  }
  return "unknown";
}

class UsageError extends Error {}

type Command = { kind: "help" } | { kind: "version" } | ({ kind: "assess" } & AssessArgs);

const VALUE_OPTIONS = new Set([
  "--out",
  "--profile",
  "--school-sheet",
  "--class-sheet",
  "--county",
]);
const FLAG_OPTIONS = new Set(["--json", "--force"]);
const ALIASES: Record<string, string> = {
  "-o": "--out",
  "-f": "--force",
  "-h": "--help",
  "-V": "--version",
  "-v": "--version",
};

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0)
    throw new UsageError(
      "缺少命令；用法：edu-balance assess 文件.xlsx（运行 edu-balance --help 查看说明）"
    );
  const first = ownValue(ALIASES, argv[0]) ?? argv[0];
  if (first === "--help" || first === "help") return { kind: "help" };
  if (first === "--version") return { kind: "version" };
  if (first !== "assess") {
    if (first.startsWith("-"))
      throw new UsageError(`未知选项 ${argv[0]}（运行 edu-balance --help 查看用法）`);
    throw new UsageError(
      `未知命令 ${argv[0]}；可用的命令：assess、sample、template、collect、recheck，例如：edu-balance assess 文件.xlsx`
    );
  }
  const usageError = (message: string): Error => new UsageError(message);
  const parsed = parseOptions(
    argv.slice(1),
    {
      values: VALUE_OPTIONS,
      flags: FLAG_OPTIONS,
      aliases: ALIASES,
      helpCommand: "edu-balance --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return { kind: parsed.kind };
  const { positional, values, flags } = parsed;
  const file = singleFile(
    positional,
    "缺少要读取的 Excel 文件；用法：edu-balance assess 文件.xlsx",
    usageError
  );
  let profile: StandardsProfile = DEFAULT_PROFILE;
  if (values["--profile"] !== undefined) {
    try {
      profile = resolveProfile(values["--profile"]);
    } catch (e) {
      // Neither a built-in nor a file: the command line is wrong (exit 2). A bad file is an EduError (exit 1).
      if (e instanceof UnknownProfileError) throw new UsageError(e.message);
      throw e;
    }
  }
  const out = values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw new UsageError(`--out 的文件名应以 .xlsx 结尾：${out}`);
  return {
    kind: "assess",
    file,
    json: flags.has("--json"),
    out,
    force: flags.has("--force"),
    profile,
    profileFile:
      values["--profile"] === undefined || hasOwn(PROFILES, values["--profile"])
        ? undefined
        : values["--profile"],
    schoolSheet: values["--school-sheet"],
    classSheet: values["--class-sheet"],
    county: values["--county"],
  };
}

/** A failure the user can act on: one Chinese line on stderr and an exit code. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

async function runAssess(args: AssessArgs, io: CliIO): Promise<number> {
  // Before anything is computed: never an input, never an existing file without --force (output.ts).
  const outputs = assessOutputs(args, inputFiles(args));
  // The one pipeline (core/pipeline.ts): read, assess, verdict, gaps and breakdowns, each once.
  const ev = await loadCounty(args.file, args);
  await reportAssessment(ev, args, io, path.basename(args.file), outputs);
  return EXIT_OK;
}

/**
 * Everything the CLI prints passes through here: no control character from a workbook, a
 * file name or a message reaches the terminal (issue 16 §9). The one ESC that does is a colour
 * code palette() put there (its marks hold a key no text can contain, text.ts), on a colour
 * terminal; an ESC[32m in a school name loses its ESC like any other (issue 22 §3). The progress
 * bar keeps its carriage returns on stderr.
 */
export function terminalSafe(io: CliIO): CliIO {
  const colour = colourOn(io.isTTY, io.env);
  const edgeReturns = io.stderrIsTTY === true;
  return {
    ...io,
    stdout: (t) => io.stdout(terminalText(t, { colour })),
    stderr: (t) => io.stderr(terminalText(t, { edgeReturns })),
  };
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const code = await run(argv, terminalSafe(io));
  if (io.flush) await io.flush();
  return code;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    // Loaded only for its command (start-up of assess).
    if (argv[0] === "sample") return await (await import("./sample")).runSample(argv.slice(1), io);
    if (argv[0] === "template")
      return await (await import("./template")).runTemplate(argv.slice(1), io);
    if (argv[0] === "collect")
      return await (await import("./collect")).runCollect(argv.slice(1), io);
    if (argv[0] === "recheck")
      return await (await import("./recheck")).runRecheck(argv.slice(1), io);
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        io.stdout(usage());
        return EXIT_OK;
      case "version":
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case "assess":
        if (isFolder(command.file)) return await runBatch(command, io);
        return await runAssess(command, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof CliFailure || e instanceof BatchFailure || e instanceof OutputRefused) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    if (isEduError(e)) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return EXIT_INPUT;
    }
    // A bug, not the user's doing: still one line, with a way to get the details.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      `错误：程序内部错误（${oneLine(message)}）；请把输入文件和这条信息反馈给开发者${io.env.EDU_BALANCE_DEBUG ? "" : "（设置 EDU_BALANCE_DEBUG=1 可显示详细信息）"}\n`
    );
    if (io.env.EDU_BALANCE_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT_INPUT;
  }
}
