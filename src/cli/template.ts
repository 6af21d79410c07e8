/**
 * `edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]`: the empty data template
 * (school, class and county sheets with the reader's own headers, drop-downs and number formats),
 * the same workbook the offline page downloads and the task pane creates, for a city office to
 * hand to its counties. Written through the CLI's one output guard (src/cli/output.ts): an
 * existing file is kept unless --force.
 *
 * Exit codes as for assess: 0 written; 1 it cannot be written; 2 the command line is wrong.
 */
import { DEFAULT_PROFILE, hasOwn, isEduError, PROFILES, type StandardsProfile } from "../core";
import { schoolFormSpec, templateSpec } from "../report";
import { schoolFormToXlsxBytes, templateToXlsxBytes } from "../report/xlsx";
import {
  parseOptions,
  singleFile,
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
} from "./args";
import type { CliIO } from "./main";
import { checkOutput, OutputRefused, writeOutput } from "./output";
import { builtInProfileList, resolveProfile, UnknownProfileError } from "./profile";
import { oneLine, padEnd } from "./text";

/** `template --school` without a file name writes this one, in the current folder. */
export const SCHOOL_FORM_FILE = "学校填报表.xlsx";

export function templateUsage(): string {
  const options: [string, string][] = [
    [
      "--profile 标准",
      `按该评估标准的字段生成（默认 ${DEFAULT_PROFILE.id}）；内置：${builtInProfileList()}，或评估标准文件（.json）`,
    ],
    [
      "--school",
      "改为生成一校一表的学校填报表（填报项目｜单位｜填报值｜说明，每行一项），默认文件名 学校填报表.xlsx",
    ],
    ["--force", "输出文件已存在时覆盖它（默认不覆盖）"],
    ["-h, --help", "显示本帮助"],
  ];
  return [
    "edu-balance template：生成空白数据模板（学校基础数据、班级、县级指标三张表）",
    "",
    "用法：",
    "  edu-balance template 模板.xlsx [--profile 标准] [--force]",
    "  edu-balance template --school [学校填报表.xlsx] [--profile 标准] [--force]",
    "",
    "表头与读取程序识别的完全相同，学校类型、城乡、学段、是/否等列带下拉选项，数字列只接受不小于 0 的数，",
    "与任务窗格的“新建空白数据模板”和离线页面下载的模板相同。各县填好后即可用 edu-balance assess 测算。",
    "--school 生成发给各校的一校一表：同样的项目、单位、下拉选项和检查，每行一项；",
    "收回后用 edu-balance collect 文件夹/ 汇总成全县的学校基础数据表（或直接 edu-balance assess 文件夹/）。",
    "",
    "选项：",
    ...options.map(([flag, text]) => `  ${padEnd(flag, 18)}${text}`),
    "",
    "Usage: edu-balance template FILE.xlsx [--profile ID|FILE.json] [--force]: writes the empty data",
    "       template (school, class and county sheets). Exit 0 written, 1 cannot write, 2 usage error.",
    "       edu-balance template --school [FILE.xlsx]: the one-school form (one item a row) to collect back.",
    "",
  ].join("\n");
}

interface TemplateArgs {
  out: string;
  /** The one-school form instead of the county template. */
  school: boolean;
  force: boolean;
  profile: StandardsProfile;
  profileFile?: string;
}

function parseTemplateArgs(argv: readonly string[]): TemplateArgs | "help" {
  const usageError = (message: string) => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: new Set(["--profile"]),
      flags: new Set(["--force", "--school"]),
      aliases: { "-h": "--help", "-f": "--force" },
      helpCommand: "edu-balance template --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return "help";
  const school = parsed.flags.has("--school");
  const out =
    school && parsed.positional.length === 0
      ? SCHOOL_FORM_FILE
      : singleFile(
          parsed.positional,
          "缺少输出文件名，例如：edu-balance template 模板.xlsx",
          usageError
        );
  if (!/\.xlsx$/i.test(out))
    throw usageError(`模板文件名应以 .xlsx 结尾：${out}（模板是 Excel 2007 及以后的工作簿）`);
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
  return {
    out,
    school,
    force: parsed.flags.has("--force"),
    profile,
    // A profile file is read, so the template may not be written over it (as for assess).
    profileFile: given === undefined || hasOwn(PROFILES, given) ? undefined : given,
  };
}

export async function runTemplate(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseTemplateArgs(argv), templateUsage, io);
  if ("exit" in args) return args.exit;
  try {
    const output = checkOutput({
      out: args.out,
      force: args.force,
      inputs: args.profileFile ? [args.profileFile] : [],
    });
    await writeOutput(
      output,
      args.school
        ? await schoolFormToXlsxBytes(args.profile)
        : await templateToXlsxBytes(args.profile)
    );
  } catch (e) {
    if (e instanceof OutputRefused) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    if (isEduError(e)) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
  if (args.school) {
    const form = schoolFormSpec(args.profile);
    io.stdout(
      `已生成学校填报表：${args.out}（一校一表，${form.items.length} 项；各校填好后用 edu-balance collect 汇总）\n`
    );
    return EXIT_OK;
  }
  const spec = templateSpec(args.profile);
  io.stdout(
    `已生成空白数据模板：${args.out}（${spec.schoolSheet}、${spec.classSheet}、${spec.county.name}）\n`
  );
  return EXIT_OK;
}
