/**
 * `edu-balance sample FILE --seed N [--share 0.4] [--json]`: the 市复核 on-site
 * sample (issue 5 §4), drawn by src/core/planning/sampling.ts. Same file and
 * same seed → same list.
 *
 * Exit codes as for assess: 0 drawn; 1 the file cannot be used; 2 the command
 * line is wrong (a missing or bad seed, a share outside (0, 1]).
 */
import * as path from "path";
import {
  DEFAULT_PROFILE,
  DEFAULT_SAMPLE_SHARE,
  drawReviewSample,
  isEduError,
  LOCALE_NAMES,
  MAX_SEED,
  type ReviewSample,
  SAMPLE_REASON_NAMES,
  SCHOOL_TYPE_NAMES,
  type Stage,
  STAGE_NAMES,
  type StandardsProfile,
} from "../core";
import {
  balanceKind,
  jsonSafe,
  jsonText,
  passWithShortfallNote,
  schoolRuleAllowanceText,
} from "../report";
import {
  parseOptions,
  singleFile,
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
} from "./args";
import { loadCounty } from "./load";
import type { CliIO } from "./main";
import { builtInProfileList, resolveProfile, UnknownProfileError } from "./profile";
import { formatTable, oneLine, padEnd, palette } from "./text";

export interface SampleArgs {
  file: string;
  seed: number;
  share: number;
  json: boolean;
  profile: StandardsProfile;
  schoolSheet?: string;
  classSheet?: string;
}

export function sampleUsage(): string {
  const options: [string, string][] = [
    [
      "--seed 整数",
      `随机种子（必填，0 到 ${MAX_SEED} 的整数）；同一文件、同一种子总是得到同一名单`,
    ],
    [
      "--share 比例",
      `至少抽取的学校比例，大于 0 且不超过 1，可写 0.4 或 40%（默认 ${DEFAULT_SAMPLE_SHARE}）`,
    ],
    [
      "--json",
      '输出 JSON：{"schools": [{"name", "stage", "reason", "passesWithShortfall", "shortfallIndicators"}], …}',
    ],
    [
      "--profile 标准",
      `评估标准：内置 ${builtInProfileList()}，或评估标准文件（.json）的路径（默认 ${DEFAULT_PROFILE.id}）`,
    ],
    ["--school-sheet 表名", "指定学校基础数据所在的工作表"],
    ["--class-sheet 表名", "指定班级表所在的工作表"],
    ["-h, --help", "显示本帮助"],
  ];
  return [
    "edu-balance sample：市级复核实地核查抽样",
    "",
    "用法：",
    "  edu-balance sample 文件.xlsx --seed 整数 [--share 0.4] [--json]",
    "",
    "从纳入资源配置测算的学校中按“学段 × 城乡”分层、按比例抽取至少 40% 的学校（一贯制学校按一所计），",
    "未达标和临界（按报表的小数位数取整会改变结论或某项指标是否达标）的学校全部列入，其余随机抽取；",
    "靠“7 项中至少 6 项达标”规则达标的学校与其他学校一样随机抽取，抽到的在名单的备注中注明。",
    "",
    "选项：",
    ...options.map(([flag, text]) => `  ${padEnd(flag, 22)}${text}`),
    "",
    "Usage: edu-balance sample FILE.xlsx --seed N [--share 0.4] [--json]. A reproducible, stratified sample of",
    "       at least 40% of the schools for the city review; failing and borderline (rounding) schools are always",
    "       included; schools that pass by 6 of 7 are drawn at random like the rest and noted in the list.",
    "",
  ].join("\n");
}

const VALUE_OPTIONS = new Set([
  "--seed",
  "--share",
  "--profile",
  "--school-sheet",
  "--class-sheet",
]);
const FLAG_OPTIONS = new Set(["--json"]);

/** "0.4", "40%", ".5" → the share; NaN when it is not a number. */
function parseShare(text: string): number {
  const t = text.trim();
  const percent = /^(\d+(?:\.\d+)?|\.\d+)%$/.exec(t);
  if (percent) return Number(percent[1]) / 100;
  return /^(\d+(?:\.\d+)?|\.\d+)$/.test(t) ? Number(t) : NaN;
}

/** Parses the arguments after `sample`; returns 'help' for -h/--help. */
export function parseSampleArgs(argv: readonly string[]): SampleArgs | "help" {
  const usageError = (message: string): Error => new CommandUsageError(message);
  const parsed = parseOptions(
    argv,
    {
      values: VALUE_OPTIONS,
      flags: FLAG_OPTIONS,
      aliases: { "-h": "--help" },
      helpCommand: "edu-balance sample --help",
    },
    usageError
  );
  if (parsed.kind === "version")
    throw usageError("未知选项 --version（运行 edu-balance sample --help 查看用法）");
  if (parsed.kind === "help") return "help";
  const { positional, values } = parsed;
  const json = parsed.flags.has("--json");
  const file = singleFile(
    positional,
    "缺少要读取的 Excel 文件；用法：edu-balance sample 文件.xlsx --seed 整数",
    usageError
  );

  const seedText = values["--seed"];
  if (seedText === undefined) {
    throw new CommandUsageError(
      "缺少随机种子 --seed：复核抽样须可重现，请给出一个整数（例如抽签或公开摇号得到的数），如 --seed 20240901"
    );
  }
  const seed = /^\d+$/.test(seedText.trim()) ? Number(seedText.trim()) : NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    throw new CommandUsageError(`随机种子 ${seedText} 无效：应为 0 到 ${MAX_SEED} 之间的整数`);
  }
  let share = DEFAULT_SAMPLE_SHARE;
  if (values["--share"] !== undefined) {
    share = parseShare(values["--share"]);
    if (!(share > 0 && share <= 1)) {
      throw new CommandUsageError(
        `抽样比例 ${values["--share"]} 无效：应大于 0 且不超过 1（例如 0.4 或 40%）`
      );
    }
  }
  let profile: StandardsProfile = DEFAULT_PROFILE;
  if (values["--profile"] !== undefined) {
    try {
      profile = resolveProfile(values["--profile"]);
    } catch (e) {
      if (e instanceof UnknownProfileError) throw new CommandUsageError(e.message);
      throw e;
    }
  }
  return {
    file,
    seed,
    share,
    json,
    profile,
    schoolSheet: values["--school-sheet"],
    classSheet: values["--class-sheet"],
  };
}

/** The `--json` document: one entry per school and stage, as in `assess --json`; a school's entries are adjacent. */
export function sampleJson(sample: ReviewSample, profile: StandardsProfile): unknown {
  return jsonSafe({
    profile: profile.id,
    profileName: profile.name,
    seed: sample.seed,
    share: sample.share,
    totalSchools: sample.totalSchools,
    required: sample.required,
    sampledSchools: sample.schools.length,
    schools: sample.schools.flatMap((s) =>
      s.stages.map((stage: Stage) => {
        const shortfall = s.passesWithShortfall.find((p) => p.stage === stage);
        return {
          name: s.name,
          stage,
          reason: SAMPLE_REASON_NAMES[s.reason],
          reasonCode: s.reason,
          stages: s.stages,
          type: s.type,
          locale: s.locale,
          group: s.group,
          // A note for the reviewer, not a reason: passes in this stage only by the 6-of-7 rule.
          passesWithShortfall: shortfall !== undefined,
          shortfallIndicators: shortfall?.indicators ?? [],
        };
      })
    ),
    strata: sample.strata.map((st) => ({
      stages: st.stages,
      locale: st.locale,
      label: st.label,
      schools: st.schools,
      allocated: st.allocated,
      mandatory: st.mandatory,
      sampled: st.sampled,
    })),
  });
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

export function renderSampleText(
  sample: ReviewSample,
  profile: StandardsProfile,
  fileName: string,
  io: Pick<CliIO, "isTTY" | "env">
): string {
  const colour = palette(io.isTTY, io.env);
  const out: string[] = [];
  const count = (reason: keyof typeof SAMPLE_REASON_NAMES): number =>
    sample.schools.filter((s) => s.reason === reason).length;
  const noted = sample.schools.filter((s) => s.passesWithShortfall.length > 0).length;
  out.push(colour.bold(`县域义务教育${balanceKind(profile)}发展 市级复核实地核查抽样名单`));
  out.push(`评估标准：${profile.name}`);
  out.push(
    `数据文件：${fileName}　随机种子：${sample.seed}　抽样比例：不少于 ${percent(sample.share)}`
  );
  out.push(
    `纳入资源配置测算的学校 ${sample.totalSchools} 所（一贯制学校按一所计），至少抽取 ${sample.required} 所，` +
      `本次抽取 ${sample.schools.length} 所：未达标 ${count("failing")} 所，临界 ${count("borderline")} 所，随机抽取 ${count("random")} 所` +
      (noted > 0 ? `；其中 ${noted} 所${schoolRuleAllowanceText(profile)}，见备注。` : "。")
  );
  out.push("");
  out.push(
    colour.bold("【分层】") +
      ` 学段 × 城乡，按学校数比例分配（全县合计不少于 ${percent(sample.share)}，各层取整后可能略少于 ${percent(sample.share)}），每层至少 1 所；未达标、临界学校全部列入`
  );
  const strata: string[][] = [["层", "学校数", "按比例应抽", "未达标/临界", "实抽"]];
  for (const st of sample.strata)
    strata.push([
      st.label,
      String(st.schools),
      String(st.allocated),
      String(st.mandatory),
      String(st.sampled),
    ]);
  out.push(...formatTable(strata, ["left", "right", "right", "right", "right"]));
  out.push("");
  out.push(colour.bold("【名单】"));
  const rows: string[][] = [
    ["序号", "学校名称", "学段", "城乡", "学校类型", "学区/集团", "抽取原因", "备注"],
  ];
  sample.schools.forEach((s, i) => {
    const reason = SAMPLE_REASON_NAMES[s.reason];
    rows.push([
      String(i + 1),
      s.name,
      s.stages.map((st) => STAGE_NAMES[st]).join("、"),
      s.locale ? LOCALE_NAMES[s.locale] : "—",
      SCHOOL_TYPE_NAMES[s.type] ?? String(s.type),
      s.group ?? "—",
      s.reason === "failing"
        ? colour.fail(reason)
        : s.reason === "borderline"
          ? colour.warn(reason)
          : reason,
      passWithShortfallNote(s, profile) || "—",
    ]);
  });
  out.push(...formatTable(rows, ["right", "left", "left", "left", "left", "left", "left", "left"]));
  out.push("");
  out.push(`同一文件、同一随机种子（${sample.seed}）总是得到同一名单。`);
  return out.join("\n") + "\n";
}

/** Runs `sample` with the arguments after the command name; resolves to the exit code. */
export async function runSample(argv: readonly string[], io: CliIO): Promise<number> {
  const args = commandArgs(() => parseSampleArgs(argv), sampleUsage, io);
  if ("exit" in args) return args.exit;
  try {
    const { read, assessment } = await loadCounty(args.file, args);
    const sample = drawReviewSample(assessment, { seed: args.seed, share: args.share });
    if (assessment.incomplete || read.incomplete)
      io.stderr(
        "警告：数据不完整：有学校因数据错误未计入测算，也未参与抽样；请先用 edu-balance assess 查看并修正\n"
      );
    if (args.json) io.stdout(`${jsonText(sampleJson(sample, args.profile))}\n`);
    else io.stdout(renderSampleText(sample, args.profile, path.basename(args.file), io));
    return EXIT_OK;
  } catch (e) {
    if (isEduError(e)) {
      io.stderr(`错误：${oneLine(e.message)}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
}
