/**
 * `edu-balance recheck FILE [--json] [--out 复核.xlsx] [--force] [--profile P] [--sheet 表名]`:
 * the 市/省 reviewer's re-check of a county's 表Ⅱ-2 (issue 23 item 8). Reads the per-school
 * values and students, recomputes each school's 达标, each stage's means and CVs and the counts
 * of schools meeting each indicator (src/core/recheck), and compares them with the county's own
 * 表Ⅲ, 表Ⅱ-1 and L14 where the workbook holds them, each difference named by its cell.
 *
 * A command of its own rather than `assess` recognising the shape: assess computes a county
 * from raw counts and prints the 申报表 and interfaces.md §1's JSON; the re-check takes what
 * the county computed, and answers a different question (are these figures right?) in a
 * different document. assess, given a 表Ⅱ-2, says to use this command.
 *
 * Exit codes as for assess: 0 re-checked (whether or not differences were found); 1 the file
 * cannot be used or written; 2 the command line is wrong.
 */
import * as path from "path";
import {
  DEFAULT_PROFILE,
  formatNumber,
  formatThreshold,
  hasOwn,
  INDICATORS,
  isEduError,
  PROFILES,
  recheckRefusal,
  recheckWorkbook,
  renderComparison,
  STAGE_NAMES,
  STAGES,
  type RecheckResult,
  type StandardsProfile,
} from "../core";
import {
  buildRecheckReport,
  recheckConclusion,
  recheckDocument,
  RECHECK_SHEET_NAME,
  RECHECK_TOLERANCE_RULE,
  sortedComparisons,
} from "../report";
import {
  parseOptions,
  singleFile,
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
} from "./args";
import { writeJson } from "./jsonStream";
import type { CliIO } from "./main";
import { checkOutput, inputFiles, OutputRefused, writeOutput } from "./output";
import { builtInProfileList, resolveProfile, UnknownProfileError } from "./profile";
import { readWorkbookFile } from "./readFile";
import { formatTable, oneLine, padEnd, palette, type Palette } from "./text";

export interface RecheckArgs {
  file: string;
  json: boolean;
  out?: string;
  force: boolean;
  profile: StandardsProfile;
  profileFile?: string;
  sheet?: string;
}

export function recheckUsage(): string {
  const options: [string, string][] = [
    ["--json", "输出 JSON：复核结果、每处比较（工作表、单元格、县报数、复核数、允许误差、结论）"],
    ["--out 复核.xlsx", "生成复核工作簿（“复核”表：不相符之处、平均值与差异系数、各校达标）"],
    ["--force", "--out 的文件已存在时覆盖"],
    [
      "--profile 标准",
      `县里所用的评估标准：内置 ${builtInProfileList()}，或评估标准文件（.json）（默认 ${DEFAULT_PROFILE.id}）`,
    ],
    ["--sheet 表名", "指定表Ⅱ-2 所在的工作表（默认按表头自动识别）"],
    ["-h, --help", "显示本帮助"],
  ];
  return [
    "edu-balance recheck：市、省复核县报的表Ⅱ-2（各校资源配置指标值）",
    "",
    "用法：",
    "  edu-balance recheck 文件.xlsx [--json] [--out 复核.xlsx] [--profile 标准] [--sheet 表名]",
    "",
    "读取表Ⅱ-2（官方样式：L1–L14 代码、小学/初中分块；或公示表：学校、学生数和 7 项指标值），",
    "按表中数值重算各校是否达标、各学段全县平均值和差异系数（按学生数加权）、各项指标达标学校数，",
    "并与同一工作簿中县报的表Ⅲ、表Ⅱ-1 和 L14“该校综合评估是否达标”逐格比较。",
    "表中数值按两位小数填报，允许相应的舍入误差：在误差内的记为“一致”，超出的记为“不一致”，并给出单元格。",
    "",
    "选项：",
    ...options.map(([flag, text]) => `  ${padEnd(flag, 20)}${text}`),
    "",
    "退出码：0 已完成复核（无论是否发现不一致）；1 文件无法读取或写入；2 命令行参数有误。",
    "",
    "Usage: edu-balance recheck FILE.xlsx [--json] [--out RECHECK.xlsx [--force]] [--profile ID|FILE.json]",
    "       [--sheet NAME]: recomputes a county's 表Ⅱ-2 (school verdicts, means, CVs, counts) and compares",
    "       it with the county's 表Ⅲ, 表Ⅱ-1 and L14, within the rounding of the form.",
    "",
  ].join("\n");
}

export function parseRecheckArgs(argv: readonly string[]): RecheckArgs | "help" {
  const usageError = (message: string): Error => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: new Set(["--out", "--profile", "--sheet"]),
      flags: new Set(["--json", "--force"]),
      aliases: { "-h": "--help", "-o": "--out", "-f": "--force" },
      helpCommand: "edu-balance recheck --help",
    },
    usageError
  );
  if (parsed.kind === "version")
    throw usageError("未知选项 --version（运行 edu-balance recheck --help 查看用法）");
  if (parsed.kind === "help") return "help";
  const { positional, values, flags } = parsed;
  const file = singleFile(
    positional,
    "缺少要复核的 Excel 文件；用法：edu-balance recheck 文件.xlsx",
    usageError
  );
  const out = values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw usageError(`--out 的文件名应以 .xlsx 结尾：${out}`);
  let profile: StandardsProfile = DEFAULT_PROFILE;
  const given = values["--profile"];
  if (given !== undefined) {
    try {
      profile = resolveProfile(given);
    } catch (e) {
      if (e instanceof UnknownProfileError) throw usageError(e.message);
      throw e;
    }
  }
  return {
    file,
    json: flags.has("--json"),
    out,
    force: flags.has("--force"),
    profile,
    profileFile: given === undefined || hasOwn(PROFILES, given) ? undefined : given,
    sheet: values["--sheet"],
  };
}

/** The Chinese text `recheck` prints: per stage the recomputed figures, then every difference by its cell. */
export function renderRecheckText(
  result: RecheckResult,
  profile: StandardsProfile,
  fileName: string,
  colour: Palette
): string {
  const out: string[] = [];
  const read = result.read;
  const display = profile.display;
  out.push(colour.bold("县报表Ⅱ-2 复核（按各校指标值重算并与县报数核对）"));
  out.push(`评估标准：${result.profileName}`);
  const compared = [
    ...read.figures.map((f) => `「${f.sheet}」`),
    ...read.counts.map((f) => `「${f.sheet}」`),
  ];
  if (read.rows.some((r) => r.countyPasses !== undefined)) compared.push("各校综合评估列");
  out.push(
    `数据文件：${fileName}　表Ⅱ-2：${read.valueSheets.map((s) => `「${s}」`).join("、")}${read.officialLayout ? "（申报表样式，带 L 代码）" : "（公示表样式）"}`
  );
  out.push(
    `比较对象：${compared.length > 0 ? compared.join("、") : "无（工作簿中没有县报的表Ⅲ、表Ⅱ-1 或综合评估列）"}`
  );

  for (const stage of STAGES) {
    const st = result.stages[stage];
    out.push("");
    if (st.schools.length === 0 && st.leftOut === 0) {
      out.push(colour.bold(`【${STAGE_NAMES[stage]}】`) + " 表Ⅱ-2 中没有该学段的学校");
      continue;
    }
    const passing =
      st.schoolsPassing === null ? "" : `，按表中数值复核达标 ${st.schoolsPassing} 所`;
    const left = st.leftOut > 0 ? colour.fail(`，${st.leftOut} 所数据有误未计入`) : "";
    out.push(
      colour.bold(`【${STAGE_NAMES[stage]}】`) + ` ${st.schools.length} 所学校${passing}${left}`
    );
    const rows: string[][] = [
      ["指标", "标准", "达标校数", "全县平均值", "差异系数", "上限", "结论"],
    ];
    for (const id of result.indicators) {
      const ind = st.indicators[id];
      if (!ind) continue;
      rows.push([
        INDICATORS[id].shortName,
        ind.threshold === null ? "—" : formatThreshold(ind.threshold),
        ind.schoolsMeeting === null ? "—" : `${ind.schoolsMeeting}/${st.schools.length}`,
        formatNumber(ind.countyValue, display.valueDecimals),
        formatNumber(ind.cv, display.cvDecimals),
        ind.cvLimit === null ? "—" : ind.cvLimit.toFixed(2),
        ind.cvPasses === null ? "—" : ind.cvPasses ? colour.pass("达标") : colour.fail("未达标"),
      ]);
    }
    out.push(...formatTable(rows, ["left", "right", "right", "right", "right", "right", "left"]));
    const failing = st.schools.filter((s) => s.passes === false);
    if (failing.length > 0)
      out.push(
        `  未达标学校：${failing.map((s) => `${s.name}（第${s.row}行，${s.metCount} 项达标）`).join("、")}`
      );
  }

  out.push("");
  const { same, consistent, different } = result.counts;
  out.push(
    colour.bold("【与县报数比较】") +
      ` 共 ${result.comparisons.length} 处：相符 ${same} 处，在舍入误差内一致 ${consistent} 处，不一致 ${different} 处`
  );
  const sorted = sortedComparisons(result);
  const differences = sorted.filter((c) => c.status === "different");
  const within = sorted.filter((c) => c.status === "consistent");
  if (differences.length > 0) {
    out.push(colour.fail("  不一致："));
    for (const c of differences) out.push(`    ${renderComparison(c, "zh", display)}`);
  }
  if (within.length > 0) {
    out.push(colour.warn("  在舍入误差内一致："));
    for (const c of within) out.push(`    ${renderComparison(c, "zh", display)}`);
  }

  const problems = [...read.issues, ...result.notes];
  if (problems.length > 0) {
    out.push("");
    out.push(colour.bold("【读取与比较说明】"));
    for (const p of problems)
      out.push(`  ${p.severity === "error" ? colour.fail("错误") : "提示"}：${p.message}`);
  }
  out.push("");
  const conclusion = recheckConclusion(result);
  out.push(colour.bold(different > 0 ? colour.fail(conclusion) : conclusion));
  out.push(RECHECK_TOLERANCE_RULE);
  return out.join("\n") + "\n";
}

/** Runs `recheck` with the arguments after the command name; resolves to the exit code. */
export async function runRecheck(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseRecheckArgs(argv), recheckUsage, io);
  if ("exit" in args) return args.exit;
  try {
    // Before anything is read: never an input, never an existing file without --force (output.ts).
    const output =
      args.out === undefined
        ? undefined
        : checkOutput({ out: args.out, force: args.force, inputs: inputFiles(args) });
    const result = recheckWorkbook(await readWorkbookFile(args.file), {
      profile: args.profile,
      sheet: args.sheet,
    });
    const refusal = recheckRefusal(result.read);
    if (refusal !== undefined) {
      io.stderr(`错误：${oneLine(refusal)}\n`);
      return EXIT_INPUT;
    }
    const fileName = path.basename(args.file);
    if (args.json) {
      const doc = recheckDocument(result, args.profile);
      for (const issue of result.read.issues.filter((i) => i.severity === "error"))
        io.stderr(`错误：${oneLine(issue.message)}\n`);
      for (const w of doc.warnings as string[]) io.stderr(`警告：${oneLine(w)}\n`);
      // Streamed as assess streams its document (the same bytes as jsonText).
      await writeJson(doc, io.stdout, io.drain);
    } else {
      io.stdout(renderRecheckText(result, args.profile, fileName, palette(io.isTTY, io.env)));
    }
    if (output !== undefined && args.out !== undefined) {
      const { reportToBuffer } = await import("./xlsx");
      const report = buildRecheckReport(result, args.profile, { sourceName: fileName });
      await writeOutput(output, await reportToBuffer(report));
      const done = `已生成复核工作簿：${args.out}（“${RECHECK_SHEET_NAME}”表）\n`;
      if (args.json) io.stderr(done);
      else io.stdout(done);
    }
    return EXIT_OK;
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
}
