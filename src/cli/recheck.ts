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
  formatNumber,
  formatThreshold,
  hasOwn,
  INDICATORS,
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
  commandArgs,
  CommandUsageError,
  EXIT_INPUT,
  EXIT_OK,
  helpText,
  parseOptions,
  singleFile,
  saidFailure,
} from "./args";
import { writeJson } from "./jsonStream";
import type { CliIO } from "./main";
import { checkOutput, inputFiles, writeOutput } from "./output";
import { profileOption } from "./profile";
import { readWorkbookFile } from "./readFile";
import { formatTable, oneLine, palette, type Palette } from "./text";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

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
  return helpText(ZH_CLI.recheck.usage, 20);
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
    throw usageError(
      fill(ZH_CLI.args.unknownOption, { option: "--version", help: "edu-balance recheck --help" })
    );
  if (parsed.kind === "help") return "help";
  const { positional, values, flags } = parsed;
  const file = singleFile(positional, ZH_CLI.recheck.missingFile, usageError);
  const out = values["--out"];
  if (out !== undefined && !/\.xlsx$/i.test(out))
    throw usageError(fill(ZH_CLI.main.outNotXlsx, { file: out }));
  const given = values["--profile"];
  const profile = profileOption(given, usageError);
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
  const W = ZH_CLI.recheck;
  const out: string[] = [];
  const read = result.read;
  const display = profile.display;
  out.push(colour.bold(W.title));
  out.push(fill(W.profile, { name: result.profileName }));
  const compared = [
    ...read.figures.map((f) => fill(W.sheet, { sheet: f.sheet })),
    ...read.counts.map((f) => fill(W.sheet, { sheet: f.sheet })),
  ];
  if (read.rows.some((r) => r.countyPasses !== undefined)) compared.push(W.schoolVerdictColumn);
  out.push(
    fill(W.dataFile, {
      file: fileName,
      sheets: read.valueSheets
        .map((s) => fill(W.sheet, { sheet: s }))
        .join(ZH_CLI.common.listSeparator),
      layout: read.officialLayout ? W.officialLayout : W.publicLayout,
    })
  );
  out.push(
    fill(W.compared, {
      what: compared.length > 0 ? compared.join(ZH_CLI.common.listSeparator) : W.nothingCompared,
    })
  );

  for (const stage of STAGES) {
    const st = result.stages[stage];
    out.push("");
    if (st.schools.length === 0 && st.leftOut === 0) {
      out.push(colour.bold(fill(W.stageTitle, { stage: STAGE_NAMES[stage] })) + W.noStageSchools);
      continue;
    }
    const passing =
      st.schoolsPassing === null ? "" : fill(W.schoolsPassing, { n: st.schoolsPassing });
    const left = st.leftOut > 0 ? colour.fail(fill(W.leftOut, { n: st.leftOut })) : "";
    out.push(
      colour.bold(fill(W.stageTitle, { stage: STAGE_NAMES[stage] })) +
        fill(W.stageLine, { n: st.schools.length, passing, left })
    );
    const rows: string[][] = [[...W.header]];
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
        ind.cvPasses === null ? "—" : ind.cvPasses ? colour.pass(W.pass) : colour.fail(W.fail),
      ]);
    }
    out.push(...formatTable(rows, ["left", "right", "right", "right", "right", "right", "left"]));
    const failing = st.schools.filter((s) => s.passes === false);
    if (failing.length > 0)
      out.push(
        `  ${fill(W.failingSchools, {
          schools: failing
            .map((s) =>
              fill(W.failingSchool, { name: s.name, row: String(s.row), met: String(s.metCount) })
            )
            .join(ZH_CLI.common.listSeparator),
        })}`
      );
  }

  out.push("");
  const { same, consistent, different } = result.counts;
  out.push(
    colour.bold(W.comparisonTitle) +
      fill(W.comparisonLine, { n: result.comparisons.length, same, consistent, different })
  );
  const sorted = sortedComparisons(result);
  const differences = sorted.filter((c) => c.status === "different");
  const within = sorted.filter((c) => c.status === "consistent");
  if (differences.length > 0) {
    out.push(colour.fail(`  ${W.different}`));
    for (const c of differences) out.push(`    ${renderComparison(c, "zh", display)}`);
  }
  if (within.length > 0) {
    out.push(colour.warn(`  ${W.withinRounding}`));
    for (const c of within) out.push(`    ${renderComparison(c, "zh", display)}`);
  }

  const problems = [...read.issues, ...result.notes];
  if (problems.length > 0) {
    out.push("");
    out.push(colour.bold(W.notesTitle));
    for (const p of problems)
      out.push(`  ${p.severity === "error" ? colour.fail(W.error) : W.hint}：${p.message}`);
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
      io.stderr(`${ZH_CLI.common.error}${oneLine(refusal)}\n`);
      return EXIT_INPUT;
    }
    const fileName = path.basename(args.file);
    if (args.json) {
      const doc = recheckDocument(result, args.profile);
      for (const issue of result.read.issues.filter((i) => i.severity === "error"))
        io.stderr(`${ZH_CLI.common.error}${oneLine(issue.message)}\n`);
      for (const w of doc.warnings as string[])
        io.stderr(`${ZH_CLI.common.warning}${oneLine(w)}\n`);
      // Streamed as assess streams its document (the same bytes as jsonText).
      await writeJson(doc, io.stdout, io.drain);
    } else {
      io.stdout(renderRecheckText(result, args.profile, fileName, palette(io.isTTY, io.env)));
    }
    if (output !== undefined && args.out !== undefined) {
      const { reportToBuffer } = await import("./xlsx");
      const report = buildRecheckReport(result, args.profile, { sourceName: fileName });
      await writeOutput(output, await reportToBuffer(report));
      const done = `${fill(ZH_CLI.recheck.written, { file: args.out, sheet: RECHECK_SHEET_NAME })}\n`;
      if (args.json) io.stderr(done);
      else io.stdout(done);
    }
    return EXIT_OK;
  } catch (e) {
    const code = saidFailure(e, io);
    if (code === undefined) throw e;
    return code;
  }
}
