/**
 * `edu-balance assess DIR/`: every county workbook of a city's folder (issue 5
 * §5) → one row per county: verdict per stage, every CV, the failing schools,
 * whether the data were complete. Printed as a Chinese table, as a JSON array
 * (--json), or written as a summary workbook (--out city.xlsx).
 *
 * The folder's *.xlsx files are read, not its subfolders; Excel's lock files
 * (~$…) and hidden files are skipped. A workbook that cannot be computed is
 * reported in one Chinese line, kept in the summary with the reason, and
 * skipped. Exit 0 when at least one county was computed, 1 when none was.
 *
 * A folder of one-school forms (issue 23 §6) is told apart file by file as it is read
 * (core readSchoolSources): when some file is a one-school form or a school sheet of one
 * school and none is a school table of two or more, the folder is one county's returned
 * forms, collected and assessed as one county (collect.ts); both kinds together are refused
 * with the files of each kind named. Files that are neither (unreadable, not school data)
 * go with either.
 */
import * as fs from "fs";
import * as path from "path";
import {
  INDICATORS,
  formatNumber,
  isEduError,
  PARTIAL_WORDS,
  readSchoolSources,
  type SchoolSource,
  type SheetCells,
  STAGE_NAMES,
  STAGES,
  type StandardsProfile,
} from "../core";
import {
  balanceKind,
  buildBatchReport,
  type CountyRow,
  countyRow,
  failingSchoolNames,
  failingSchoolsText,
  jsonSafe,
  jsonText,
  skippedCountyRow,
} from "../report";
import type { AssessArgs } from "./load";
import { evaluateRead, readCounty } from "./load";
import { readWorkbookFile } from "./readFile";
import type { CliIO } from "./main";
import { displayWidth, formatTable, palette, terminalText } from "./text";
import { checkOutput, writeOutput } from "./output";
import { fill } from "../i18n";
import { ZH_CLI } from "../i18n/cli";

const EXIT_OK = 0;
const EXIT_INPUT = 1;

/** What `assess` parsed; `file` is the folder. */
export type BatchArgs = AssessArgs;

/** A batch failure the user can act on: one Chinese line and an exit code. */
export class BatchFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

/** How many file names a message lists before "等 N 个". */
const NAMES_LISTED = 5;

function nameList(names: readonly string[]): string {
  const listed = names.slice(0, NAMES_LISTED).join(ZH_CLI.common.listSeparator);
  return names.length > NAMES_LISTED
    ? fill(ZH_CLI.batch.andMore, { names: listed, n: names.length })
    : listed;
}

/** A folder holding both one-school forms and county workbooks: which is which, and what to do. */
function mixedFolder(folder: string, forms: string[], counties: string[]): BatchFailure {
  return new BatchFailure(
    fill(ZH_CLI.batch.mixedFolder, {
      folder,
      forms: nameList(forms),
      counties: nameList(counties),
    }),
    EXIT_INPUT
  );
}

export function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The county workbooks of a folder, by name: *.xlsx files, no subfolders, no ~$ lock files or hidden files. */
export function countyWorkbooks(folder: string, exclude?: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (e) {
    throw new BatchFailure(
      fill(ZH_CLI.batch.cannotReadFolder, {
        folder,
        code: (e as NodeJS.ErrnoException).code ?? ZH_CLI.output.failed,
      }),
      EXIT_INPUT
    );
  }
  const skip = exclude === undefined ? undefined : path.resolve(exclude);
  return names
    .filter((n) => /\.(xlsx|xls|et)$/i.test(n) && !n.startsWith("~$") && !n.startsWith("."))
    .map((n) => path.join(folder, n))
    .filter((f) => path.resolve(f) !== skip)
    .filter((f) => {
      try {
        return fs.statSync(f).isFile();
      } catch {
        return false;
      }
    })
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** Progress on stderr: a redrawn bar on a terminal, plain lines otherwise (logs, pipes). */
class Progress {
  private lastWidth = 0;
  constructor(
    private readonly io: CliIO,
    private readonly total: number
  ) {}

  private get tty(): boolean {
    return this.io.stderrIsTTY === true;
  }

  step(done: number, file: string): void {
    if (this.tty) {
      const width = 20;
      const filled = Math.round((done / this.total) * width);
      const line = fill(ZH_CLI.batch.progressBar, {
        bar: `${"█".repeat(filled)}${"░".repeat(width - filled)}`,
        done,
        total: this.total,
        file: terminalText(file),
      });
      const pad = Math.max(0, this.lastWidth - displayWidth(line));
      this.io.stderr(`\r${line}${" ".repeat(pad)}`);
      this.lastWidth = displayWidth(line);
    } else {
      this.io.stderr(`${fill(ZH_CLI.batch.progressLine, { done, total: this.total, file })}\n`);
    }
  }

  /** A line that must stay (an error): clear the bar first on a terminal. */
  say(text: string): void {
    this.clear();
    this.io.stderr(text);
  }

  clear(): void {
    if (this.tty && this.lastWidth > 0) {
      this.io.stderr(`\r${" ".repeat(this.lastWidth)}\r`);
      this.lastWidth = 0;
    }
  }
}

function cvText(v: number | null | undefined, profile: StandardsProfile): string {
  return formatNumber(v, profile.display.cvDecimals);
}

export function renderBatchText(
  rows: readonly CountyRow[],
  folder: string,
  profile: StandardsProfile,
  io: Pick<CliIO, "isTTY" | "env">
): string {
  const colour = palette(io.isTTY, io.env);
  const W = ZH_CLI.batch;
  const ok = (passes: boolean | null): string =>
    passes === null
      ? colour.warn(PARTIAL_WORDS.undetermined.zh)
      : passes
        ? colour.pass(W.pass)
        : colour.fail(W.fail);
  const computed = rows.filter((r) => r.stages !== null);
  const out: string[] = [];
  out.push(colour.bold(fill(W.title, { kind: balanceKind(profile) })));
  out.push(fill(W.profile, { name: profile.name }));
  out.push(
    fill(W.folder, {
      folder,
      n: rows.length,
      computed: computed.length,
      failed:
        rows.length > computed.length
          ? fill(W.folderFailed, { n: rows.length - computed.length })
          : "",
    })
  );
  out.push("");
  const ids = profile.indicators;
  const composite = profile.countyRule.kind === "composite";
  const table: string[][] = [
    [
      W.header.number,
      W.header.file,
      W.header.primary,
      W.header.junior,
      composite ? W.header.primaryComposite : W.header.primaryCvs,
      composite ? W.header.juniorComposite : W.header.juniorCvs,
      W.header.failingSchools,
      W.header.data,
    ],
  ];
  rows.forEach((r, i) => {
    if (!r.stages) {
      table.push([String(i + 1), r.file, colour.fail(W.notComputable), "", "", "", "", ""]);
      return;
    }
    const stages = r.stages;
    const partial = STAGES.some((st) => stages[st].missingIndicators);
    const cvOk = (st: (typeof STAGES)[number]): string => {
      const missing = stages[st].missingIndicators;
      if (missing)
        return colour.warn(
          fill(W.missingIndicators, { n: missing.length, words: PARTIAL_WORDS.notComputed.zh })
        );
      if (composite) {
        const text = cvText(stages[st].compositeCv, profile);
        return stages[st].compositePasses ? text : colour.fail(text);
      }
      const n = ids.filter((id) => stages[st].cvPasses[id] === true).length;
      return n === ids.length ? `${n}/${n}` : colour.fail(`${n}/${ids.length}`);
    };
    const failing = failingSchoolNames(r).length;
    table.push([
      String(i + 1),
      r.file,
      ok(stages.primary.passes),
      ok(stages.junior.passes),
      cvOk("primary"),
      cvOk("junior"),
      // No school rule (2012): no school fails, and none passes either.
      !profile.schoolRule
        ? "—"
        : failing === 0
          ? "0"
          : colour.fail(fill(W.schools, { n: failing })),
      r.incomplete
        ? colour.fail(W.incomplete)
        : partial
          ? colour.warn(PARTIAL_WORDS.notComputed.zh)
          : W.complete,
    ]);
  });
  out.push(
    ...formatTable(table, ["right", "left", "left", "left", "right", "right", "right", "left"])
  );

  const withFailing = computed.filter((r) => failingSchoolNames(r).length > 0);
  if (withFailing.length > 0) {
    out.push("");
    out.push(colour.bold(W.failingTitle));
    for (const r of withFailing) out.push(`  ${r.file}：${failingSchoolsText(r)}`);
  }
  const cvLines: string[] = [];
  for (const r of computed) {
    for (const st of STAGES) {
      const s = r.stages![st];
      if (composite) {
        if (!s.compositePasses) {
          cvLines.push(
            `  ${fill(W.compositeLine, {
              file: r.file,
              stage: STAGE_NAMES[st],
              cv: cvText(s.compositeCv, profile),
              limit: profile.countyRule.limits[st],
            })}`
          );
        }
        continue;
      }
      for (const id of ids) {
        if (s.cvPasses[id] !== true) {
          cvLines.push(
            `  ${fill(W.cvLine, {
              file: r.file,
              stage: STAGE_NAMES[st],
              indicator: INDICATORS[id].shortName,
              cv: cvText(s.cvs[id], profile),
              limit: profile.countyRule.limits[st],
            })}`
          );
        }
      }
    }
  }
  if (cvLines.length > 0) {
    out.push("");
    out.push(colour.bold(W.cvTitle));
    out.push(...cvLines.map((l) => colour.fail(l)));
  }
  const skipped = rows.filter((r) => r.stages === null);
  if (skipped.length > 0) {
    out.push("");
    out.push(colour.bold(W.skippedTitle));
    for (const r of skipped) out.push(`  ${r.file}：${r.error}`);
  }
  out.push("");
  out.push(W.details);
  return out.join("\n") + "\n";
}

/** The `--json` array: one object per workbook, in file-name order. */
export function batchJson(rows: readonly CountyRow[], profile: StandardsProfile): unknown {
  return jsonSafe(
    rows.map((r) => ({
      file: r.file,
      profile: profile.id,
      profileName: profile.name,
      error: r.error,
      incomplete: r.incomplete,
      // Null without a school rule (2012): schools are not judged one by one.
      failingSchoolCount: r.stages && profile.schoolRule ? failingSchoolNames(r).length : null,
      stages: r.stages,
    }))
  );
}

export async function runBatch(args: BatchArgs, io: CliIO): Promise<number> {
  const folder = args.file;
  const files = countyWorkbooks(folder);
  if (files.length === 0)
    throw new BatchFailure(fill(ZH_CLI.batch.noWorkbooks, { folder }), EXIT_INPUT);
  // Not among the counties, not in their folder, not over a file without --force (output.ts).
  const output =
    args.out === undefined
      ? undefined
      : checkOutput({
          out: args.out,
          force: args.force,
          inputs: args.profileFile === undefined ? files : [...files, args.profileFile],
          inputFolders: [folder],
        });

  const progress = new Progress(io, files.length);
  const rows: CountyRow[] = [];
  // One-school forms (issue 23 §6): a folder of them is collected and assessed as one county.
  const forms: SchoolSource[] = [];
  const formFiles: string[] = [];
  const countyFiles: string[] = [];
  const skippedLines: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const name = path.basename(files[i]);
    progress.step(i + 1, name);
    try {
      // Each file is read once: told apart, then assessed as a county or kept as a form.
      let sheets: SheetCells[] | undefined = await readWorkbookFile(files[i]);
      const found = readSchoolSources(name, sheets, { profile: args.profile });
      forms.push(...found);
      if (found.some((s) => s.kind === "form" || s.kind === "row")) {
        formFiles.push(name);
        continue;
      }
      if (found.some((s) => s.kind === "table")) countyFiles.push(name);
      const read = readCounty(sheets, args);
      sheets = undefined; // let the cells go before the assessment (large counties)
      rows.push(countyRow(name, evaluateRead(read, files[i], args)));
    } catch (e) {
      if (!isEduError(e)) throw e;
      const reason = oneLine(e.message);
      if (!forms.some((s) => s.file === name))
        forms.push({ kind: "unreadable", file: name, reason });
      // Said once the folder's kind is known: a folder of forms names such files in its own way.
      skippedLines.push(
        `${ZH_CLI.common.error}${fill(ZH_CLI.batch.skipped, {
          reason: reason.includes(name)
            ? reason
            : fill(ZH_CLI.batch.fileReason, { file: name, reason }),
        })}\n`
      );
      rows.push(skippedCountyRow(name, reason));
    }
  }
  if (formFiles.length > 0) {
    progress.clear();
    if (countyFiles.length > 0) throw mixedFolder(folder, formFiles, countyFiles);
    const inputs = args.profileFile === undefined ? files : [...files, args.profileFile];
    return (await import("./collect")).assessCollected(args, io, forms, inputs);
  }
  for (const line of skippedLines) progress.say(line);
  progress.clear();

  const computed = rows.filter((r) => r.stages !== null).length;
  if (args.json) io.stdout(`${jsonText(batchJson(rows, args.profile))}\n`);
  else io.stdout(renderBatchText(rows, folder, args.profile, io));
  if (computed === 0) {
    io.stderr(
      `${ZH_CLI.common.error}${fill(ZH_CLI.batch.noneComputed, { folder, n: rows.length })}\n`
    );
    return EXIT_INPUT;
  }
  if (args.out !== undefined && output !== undefined) {
    // exceljs is loaded only when a workbook is written.
    const { reportToBuffer } = await import("./xlsx");
    await writeOutput(
      output,
      await reportToBuffer(
        buildBatchReport(rows, {
          profile: args.profile,
          folder: path.basename(path.resolve(folder)),
        })
      )
    );
    const done = `${fill(ZH_CLI.batch.written, { file: args.out })}\n`;
    if (args.json) io.stderr(done);
    else io.stdout(done);
  }
  return EXIT_OK;
}
