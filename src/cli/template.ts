/**
 * `edu-balance template FILE.xlsx [--profile ID|FILE.json] [--formulas] [--force]`: the empty data template
 * (school, class and county sheets with the reader's own headers, drop-downs and number formats),
 * the same workbook the offline page downloads and the task pane creates, for a city office to
 * hand to its counties; with --formulas also a 测算 sheet of plain formulas over it
 * (src/report/formulaTemplate.ts). Written through the CLI's one output guard (src/cli/output.ts): an
 * existing file is kept unless --force.
 *
 * Exit codes as for assess: 0 written; 1 it cannot be written; 2 the command line is wrong.
 */
import { hasOwn, PROFILES, type StandardsProfile } from "../core";
import {
  FORMULA_TEMPLATE_CLASSES,
  FORMULA_TEMPLATE_SCHOOLS,
  schoolFormSpec,
  templateSpec,
} from "../report";
import { schoolFormToXlsxBytes, templateToXlsxBytes } from "../report/xlsx";
import {
  commandArgs,
  CommandUsageError,
  EXIT_OK,
  helpText,
  parseOptions,
  singleFile,
  saidFailure,
} from "./args";
import type { CliIO } from "./main";
import { checkOutput, writeOutput } from "./output";
import { profileOption } from "./profile";
import { fill, ZH } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

/** `template --school` without a file name writes this one, in the current folder. */
export const SCHOOL_FORM_FILE = ZH_CLI.template.schoolFormFile;

export function templateUsage(): string {
  return helpText(ZH_CLI.template.usage, 18, { formulas: { n: FORMULA_TEMPLATE_SCHOOLS } });
}

interface TemplateArgs {
  out: string;
  /** The one-school form instead of the county template. */
  school: boolean;
  /** Also the 测算 sheet of plain formulas (issue 27 item 4). */
  formulas: boolean;
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
      flags: new Set(["--force", "--school", "--formulas"]),
      aliases: { "-h": "--help", "-f": "--force" },
      helpCommand: "edu-balance template --help",
    },
    usageError
  );
  if (parsed.kind !== "options") return "help";
  const school = parsed.flags.has("--school");
  const formulas = parsed.flags.has("--formulas");
  if (school && formulas) throw usageError(ZH_CLI.template.formulasSchoolForm);
  const out =
    school && parsed.positional.length === 0
      ? SCHOOL_FORM_FILE
      : singleFile(parsed.positional, ZH_CLI.template.missingFile, usageError);
  if (!/\.xlsx$/i.test(out)) throw usageError(fill(ZH_CLI.template.notXlsx, { file: out }));
  const given = parsed.values["--profile"];
  const profile = profileOption(given, usageError);
  if (formulas && profile.allowances)
    throw usageError(fill(ZH_CLI.template.formulasAllowances, { profile: profile.name }));
  return {
    out,
    school,
    formulas,
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
        : await templateToXlsxBytes(args.profile, { formulas: args.formulas })
    );
  } catch (e) {
    const code = saidFailure(e, io);
    if (code === undefined) throw e;
    return code;
  }
  if (args.school) {
    const form = schoolFormSpec(args.profile);
    io.stdout(
      `${fill(ZH_CLI.template.schoolFormWritten, { file: args.out, n: form.items.length })}\n`
    );
    return EXIT_OK;
  }
  const spec = templateSpec(args.profile);
  io.stdout(
    `${fill(ZH_CLI.template.templateWritten, {
      file: args.out,
      sheets: [spec.schoolSheet, spec.classSheet, spec.county.name].join(
        ZH_CLI.common.listSeparator
      ),
    })}\n`
  );
  if (args.formulas)
    io.stdout(
      `${fill(ZH_CLI.template.formulasWritten, {
        sheet: ZH.report.formulaTemplate.sheet,
        n: FORMULA_TEMPLATE_SCHOOLS,
        m: FORMULA_TEMPLATE_CLASSES,
      })}\n`
    );
  return EXIT_OK;
}
