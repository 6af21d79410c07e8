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
  DEFAULT_SAMPLE_SHARE,
  drawReviewSample,
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
  commandArgs,
  CommandUsageError,
  EXIT_OK,
  helpText,
  parseOptions,
  singleFile,
  saidFailure,
} from "./args";
import { loadCounty } from "./load";
import type { CliIO } from "./main";
import { profileOption } from "./profile";
import { formatTable, palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

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
  return helpText(ZH_CLI.sample.usage, 22, {
    seed: { max: MAX_SEED },
    share: { default: DEFAULT_SAMPLE_SHARE },
  });
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
    throw usageError(
      fill(ZH_CLI.args.unknownOption, { option: "--version", help: "edu-balance sample --help" })
    );
  if (parsed.kind === "help") return "help";
  const { positional, values } = parsed;
  const json = parsed.flags.has("--json");
  const file = singleFile(positional, ZH_CLI.sample.missingFile, usageError);

  const seedText = values["--seed"];
  if (seedText === undefined) {
    throw new CommandUsageError(ZH_CLI.sample.missingSeed);
  }
  const seed = /^\d+$/.test(seedText.trim()) ? Number(seedText.trim()) : NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    throw new CommandUsageError(fill(ZH_CLI.sample.badSeed, { seed: seedText, max: MAX_SEED }));
  }
  let share = DEFAULT_SAMPLE_SHARE;
  if (values["--share"] !== undefined) {
    share = parseShare(values["--share"]);
    if (!(share > 0 && share <= 1)) {
      throw new CommandUsageError(fill(ZH_CLI.sample.badShare, { share: values["--share"] }));
    }
  }
  // Neither a built-in nor a file: the command line is wrong (exit 2); a bad file is an EduError (exit 1).
  const profile = profileOption(values["--profile"], (message) => new CommandUsageError(message));
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
  const W = ZH_CLI.sample;
  out.push(colour.bold(fill(W.title, { kind: balanceKind(profile) })));
  out.push(fill(W.profile, { name: profile.name }));
  out.push(fill(W.dataFile, { file: fileName, seed: sample.seed, share: percent(sample.share) }));
  out.push(
    fill(W.counts, {
      total: sample.totalSchools,
      required: sample.required,
      n: sample.schools.length,
      failing: count("failing"),
      borderline: count("borderline"),
      random: count("random"),
    }) +
      (noted > 0
        ? fill(W.countsNoted, { n: noted, allowance: schoolRuleAllowanceText(profile) })
        : W.countsEnd)
  );
  out.push("");
  out.push(colour.bold(W.strataTitle) + fill(W.strataLead, { share: percent(sample.share) }));
  const strata: string[][] = [[...W.strataHeader]];
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
  out.push(colour.bold(W.listTitle));
  const rows: string[][] = [[...W.listHeader]];
  sample.schools.forEach((s, i) => {
    const reason = SAMPLE_REASON_NAMES[s.reason];
    rows.push([
      String(i + 1),
      s.name,
      s.stages.map((st) => STAGE_NAMES[st]).join(ZH_CLI.common.listSeparator),
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
  out.push(fill(W.reproducible, { seed: sample.seed }));
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
      io.stderr(`${ZH_CLI.common.warning}${ZH_CLI.sample.incomplete}\n`);
    if (args.json) io.stdout(`${jsonText(sampleJson(sample, args.profile))}\n`);
    else io.stdout(renderSampleText(sample, args.profile, path.basename(args.file), io));
    return EXIT_OK;
  } catch (e) {
    const code = saidFailure(e, io);
    if (code === undefined) throw e;
    return code;
  }
}
