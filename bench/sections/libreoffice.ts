/**
 * 3. What counties do today: the same 20,000 schools in a workbook of native
 * formulas (per-school ratios, SUMPRODUCT CVs, COUNTIFS for 班额), recalculated
 * by LibreOffice headless (`soffice --headless --convert-to xlsx`, whole
 * process), against the CLI's whole process on the data workbook (section 2).
 * The formula cells are stored without results, so the conversion must
 * calculate them; the CVs it saves are checked against the core's.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { columnLetter } from "../../scripts/functionsTemplate/build";
import type { Assessment } from "../../src/core/types";
import { formulaSheets, nativeClassSheet } from "../formulas";
import { formatMs, median, runProcess, type ResultRow } from "../measure";
import type { SyntheticCounty } from "../synthetic";
import { writeFormulaWorkbook } from "../workbooks";
import { numericRow, readZipEntry, worksheetParts } from "../zip";

const SECTION = "3 对比 LibreOffice";
export const LIBREOFFICE_UNAVAILABLE = "LibreOffice 不可用，跳过";

/** soffice on this machine; EDU_BENCH_SOFFICE names another one, or "none" to skip this part. */
function findSoffice(): string | undefined {
  const chosen = process.env.EDU_BENCH_SOFFICE;
  if (chosen === "none") return undefined;
  for (const candidate of [
    ...(chosen ? [chosen] : []),
    "soffice",
    "libreoffice",
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
  ]) {
    const r = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 60000 });
    if (r.status === 0 && /LibreOffice/i.test(r.stdout)) return candidate;
  }
  return undefined;
}

export interface LibreOfficeOptions {
  quick: boolean;
  tmp: string;
  county: SyntheticCounty;
  assessment: Assessment;
  /** The CLI's median whole-process time on the same schools (section 2). */
  cliMs: number;
  log: (text: string) => void;
}

export async function benchLibreOffice(options: LibreOfficeOptions): Promise<ResultRow[]> {
  const soffice = findSoffice();
  if (!soffice) {
    options.log(`  ${LIBREOFFICE_UNAVAILABLE}`);
    return [
      {
        section: SECTION,
        measure: LIBREOFFICE_UNAVAILABLE,
        baseline: "—",
        ratio: null,
        detail: "未找到 soffice（Debian：apt-get install libreoffice-calc-nogui）",
      },
    ];
  }
  const version = spawnSync(soffice, ["--version"], { encoding: "utf8" }).stdout.trim();
  const { tmp, county } = options;
  const { native } = formulaSheets(county, options.assessment);
  const input = path.join(tmp, `原生公式-${county.schools.length}.xlsx`);
  await writeFormulaWorkbook([...native.sheets, nativeClassSheet(county)], input);
  const outDir = path.join(tmp, "libreoffice-out");
  fs.mkdirSync(outDir, { recursive: true });
  // A profile of its own: the first start creates it (not timed), and a desktop session's LibreOffice is left alone.
  const profile = `file://${path.join(tmp, "libreoffice-profile")}`;
  const convert = (file: string) =>
    runProcess(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        file,
      ],
      { timeoutMs: 15 * 60 * 1000 }
    );

  const tiny = path.join(tmp, "warm-up.xlsx");
  await writeFormulaWorkbook(
    [{ name: "Sheet1", widths: [8], rows: [[{ value: 1 }, { formula: "A1*2" }]] }],
    tiny
  );
  const warm = convert(tiny);
  if (warm.status !== 0) {
    options.log(`  ${LIBREOFFICE_UNAVAILABLE}（${warm.stderr.trim().slice(0, 200)}）`);
    return [
      {
        section: SECTION,
        measure: LIBREOFFICE_UNAVAILABLE,
        baseline: "—",
        ratio: null,
        detail: `soffice 转换失败：${warm.stderr.trim().slice(0, 200)}`,
      },
    ];
  }

  const output = path.join(outDir, path.basename(input));
  const runs: number[] = [];
  const reps = options.quick ? 1 : 3;
  for (let r = 0; r < reps; r++) {
    if (fs.existsSync(output)) fs.unlinkSync(output);
    const run = convert(input);
    if (run.status !== 0 || !fs.existsSync(output))
      throw new Error(`soffice failed: ${run.stderr.slice(0, 500)}`);
    runs.push(run.ms);
    if (runs.reduce((a, b) => a + b, 0) > 60000) break; // a slow machine: keep the whole bench within minutes
  }

  // Did it calculate? Its saved CVs must be the core's.
  const parts = worksheetParts(output);
  let checked = 0;
  let worst = 0;
  const xmlOf = new Map<string, string>();
  for (const c of native.cvCells) {
    const part = parts.get(c.sheet);
    if (!part) throw new Error(`LibreOffice output has no sheet ${c.sheet}`);
    if (!xmlOf.has(part)) xmlOf.set(part, readZipEntry(output, part)?.toString("utf8") ?? "");
    const value = numericRow(xmlOf.get(part)!, c.row + 1).get(columnLetter(c.col));
    const expected = options.assessment.stages[c.stage].indicators[c.indicator]?.cv ?? null;
    if (value === undefined || expected === null)
      throw new Error(
        `LibreOffice left ${c.sheet}!${columnLetter(c.col)}${c.row + 1} uncalculated`
      );
    worst = Math.max(worst, Math.abs(value - expected) / Math.abs(expected));
    checked++;
  }
  if (worst > 1e-9) throw new Error(`LibreOffice's CVs differ from the core's by up to ${worst}`);

  const loMs = median(runs);
  options.log(`  LibreOffice 重算 ${formatMs(loMs)}（${version}）`);
  const ratio = options.cliMs / loMs;
  return [
    {
      section: SECTION,
      measure: `edu-balance assess --json，${county.schools.length / 1000}k 所学校（整个进程，第 2 部分）`,
      baseline: `LibreOffice 无界面重算同样学校的原生公式工作簿（soffice --convert-to xlsx，整个进程）`,
      ratio,
      detail:
        `${formatMs(options.cliMs)} 对 ${formatMs(loMs)}；${native.formulaCount} 个每校比值与 SUMPRODUCT 差异系数公式 + 班额 COUNTIFS；` +
        `输出中 ${checked} 个差异系数与核心一致（相对误差 ≤ ${worst.toExponential(0)}）；${version.split(" ").slice(0, 2).join(" ")}；中位数，${runs.length} 次`,
    },
  ];
}
