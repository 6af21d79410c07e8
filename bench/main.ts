/**
 * `npm run bench`: EduBalance against what its users would use instead, every
 * figure a ratio against a baseline measured in the same run (issue 7). Prints
 * the table and writes it, with the machine's description, to bench/results.md.
 *
 * Options: --quick (one repetition, for trying the bench out; not saved),
 * --only=1,3 (some sections; not saved), --keep (keep the temporary folder).
 * EDU_BENCH_SOFFICE=/path/to/soffice picks LibreOffice (=none skips part 3).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate } from "../src/core";
import { describeMachine, markdownTable, type Machine, type ResultRow } from "./measure";
import { benchCli, CLI_SCHOOLS } from "./sections/cli";
import { benchCompare } from "./sections/compare";
import { benchCore } from "./sections/core";
import { benchFormulaReport } from "./sections/formulaReport";
import { benchHyperFormula } from "./sections/hyperformula";
import { benchLibreOffice } from "./sections/libreoffice";
import { benchPage } from "./sections/page";
import { benchSelfReport } from "./sections/selfReport";
import { benchTaskpane } from "./sections/taskpane";
import { benchWizard } from "./sections/wizard";
import { syntheticCounty } from "./synthetic";

const RESULTS = path.join(__dirname, "results.md");
const HF_SCHOOLS = 5000;

function parseArgs(argv: string[]): { quick: boolean; only: Set<number> | null; keep: boolean } {
  const only = argv.find((a) => a.startsWith("--only="));
  return {
    quick: argv.includes("--quick"),
    keep: argv.includes("--keep"),
    only: only ? new Set(only.slice("--only=".length).split(",").map(Number)) : null,
  };
}

const t0 = performance.now();
function log(text: string): void {
  const at = Math.round((performance.now() - t0) / 1000);
  process.stderr.write(
    `[${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}] ${text}\n`
  );
}

function resultsDocument(machine: Machine, rows: readonly ResultRow[], seconds: number): string {
  return `# EduBalance 性能基准 / Benchmarks

由 \`npm run bench\` 生成（bench/main.ts），请勿手工编辑。表中每个数字都是与**同一次运行中**测得的基准之比
（比值 < 1× 表示比基准快或小）；目标是绝对数的几行（10 万所学校 1 秒、自评报告 10 秒与 500 MB 等）另在“说明”列给出绝对数。
Every figure is a ratio against a baseline measured in the same run on the same machine.

## 机器 / Machine

- CPU：${machine.cpu}，${machine.cores} 核
- 内存：${machine.memoryGiB} GiB
- Node.js：${machine.node}
- 系统：${machine.os}
- 日期：${machine.date}
- 开始时的平均负载（1/5/15 分钟）：${machine.loadAverage.join(" / ")}（机器与其他任务共用时，绝对时间会偏慢，比值受影响较小）
- 整个基准用时：${Math.round(seconds)} 秒

## 结果 / Results

${markdownTable(rows)}

## 各部分测的是什么 / What each part measures

1. **核心计算**：\`assess()\` 与 \`readWorkbook()\` 处理 1 千、1 万、10 万所合成学校（固定种子的伪随机数据：小学、教学点、初中、九年一贯制、完全中学、十二年一贯制、特殊教育学校混合，约每校 22 个班级）。比值为每校耗时相对 1 千所时的倍数，接近 1× 即线性。
2. **命令行**：\`node bin/edu-balance.js assess 文件 --json\` 处理 2 万所学校的模板工作簿（学校基础数据 + 班级两张表），整个进程的时间和峰值内存，对比一个只用 exceljs 读取同一文件的 Node 进程（命令行在 issue 11 之前就是这样读的）；示例县整个进程的时间（启动另列）；10 万所学校（班级表截至 Excel 的最后一行）在默认堆大小下完成及其峰值内存。
3. **对比 LibreOffice**：同样 2 万所学校，按各县现在的做法写成原生公式工作簿（每校比值、SUMPRODUCT 加权差异系数、班额 COUNTIFS），公式单元格不带缓存值，由 \`soffice --headless --convert-to xlsx\` 打开、重算并保存；基准程序核对了输出中的差异系数与核心计算一致。
4. **公式模板**：5 千所学校的 =EDU.* 公式模板（每校 7 项指标、达标项数、学校达标，全县加权均值、差异系数、是否达标），在 HyperFormula 中从头计算（EDU 函数以插件注册，scripts/functionsTemplate/hyperformula.ts），对比同一工作表改写成原生公式。
5. **任务窗格向导**：用测试中的替身 Excel（test/taskpane/fakeExcel.ts）完整运行一次（查看工作簿、读取数据、写报表），统计 context.sync 和 Excel API 调用次数；写报表的耗时对比在同一替身中只写同样数值。
6. **任务窗格页面**：生产构建的 JavaScript 体积（gzip），以及在无界面 Chromium 中的首次渲染时间，对比用同样方式构建的最小 React + Fluent UI v9 页面（bench/baseline/）。
7. **离线页面**：\`dist/edu-balance.html\`（\`npm run build:page\`）的体积（字节与 gzip），以及在无界面 Chromium 中从打开 file:// 页面、选择工作簿到第 4 步出结论的时间（示例县和 5 千所学校的模板工作簿），对比同一次运行中命令行 \`assess 文件 --json\` 处理同一文件的整个进程时间。
8. **年度监测**：\`edu-balance compare 文件1 … 文件5 --json\` 处理同一合成县 5 个年度的模板工作簿（每年约 2 万所学校及其班级，带学校标识码；逐年有学校撤并、新建、更名，部分学校的教师数和学生数逐年变化；年度取自文件名），整个进程的时间和峰值内存，对比 \`assess 文件 --json\` 处理其中一年；示例县 3 个年度（年度取自县级指标表的填报年度）的整个进程时间，对比 assess 示例县其中一年。
9. **自评报告**：5 千所学校的模板工作簿按命令行的方式读取并评估后，在一个进程中构建《自评报告》（\`buildSelfReport\`）并写成 .docx（\`selfReportToDocx\`，图表的 PNG 后备由命令行的栅格化器生成），另一个进程中构建同一县的申报表（\`buildReport\`）并用命令行的 exceljs 写成 .xlsx（\`reportToBuffer\`，即 \`assess --out\`）；两者都运行编译后的模块（lib/），在进程内分阶段计时（载入写出模块 + 构建 + 写），峰值内存为整个进程的。目标（issue 26）：构建 + 写 ≤ 10 秒，进程峰值 ≤ 500 MB。

重复次数见“说明”列（取中位数；慢的项目次数较少）。
`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const wanted = (n: number) => args.only === null || args.only.has(n);
  const machine = describeMachine();
  const started = performance.now();
  log(
    `EduBalance 性能基准：${machine.cpu}，${machine.cores} 核，${machine.memoryGiB} GiB，Node ${machine.node}${args.quick ? "（快速模式）" : ""}`
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "edu-bench-"));
  const rows: ResultRow[] = [];
  try {
    if (wanted(1)) {
      log("1 核心计算 …");
      rows.push(...benchCore({ quick: args.quick, log }));
    }
    if (wanted(2) || wanted(3)) {
      const county = syntheticCounty(CLI_SCHOOLS);
      log("2 命令行 …");
      const cli = await benchCli({ quick: args.quick, tmp, county, log });
      if (wanted(2)) rows.push(...cli.rows);
      if (wanted(3)) {
        log("3 对比 LibreOffice …");
        rows.push(
          ...(await benchLibreOffice({
            quick: args.quick,
            tmp,
            county,
            assessment: evaluate({ schools: county.schools, classes: county.classes }).assessment,
            cliMs: cli.cliMs,
            log,
          }))
        );
      }
    }
    if (wanted(4)) {
      log("4 公式模板（HyperFormula）…");
      const county = syntheticCounty(HF_SCHOOLS);
      rows.push(
        ...(await benchHyperFormula({
          quick: args.quick,
          county,
          assessment: evaluate({ schools: county.schools, classes: county.classes }).assessment,
          log,
        }))
      );
    }
    if (wanted(5)) {
      log("5 任务窗格向导 …");
      rows.push(...(await benchWizard({ quick: args.quick, log })));
    }
    if (wanted(6)) {
      log("6 任务窗格页面 …");
      rows.push(...(await benchTaskpane({ quick: args.quick, tmp, log })));
    }
    if (wanted(7)) {
      log("7 离线页面 …");
      rows.push(...(await benchPage({ quick: args.quick, tmp, log })));
    }
    if (wanted(8)) {
      log("8 年度监测 …");
      rows.push(...(await benchCompare({ quick: args.quick, tmp, log })));
    }
    if (wanted(9)) {
      log("9 自评报告 …");
      rows.push(...(await benchSelfReport({ quick: args.quick, tmp, log })));
    }
    if (wanted(10)) {
      log("10 公式申报表 …");
      rows.push(...(await benchFormulaReport({ quick: args.quick, tmp, log })));
    }
  } finally {
    if (args.keep) log(`临时文件保留在 ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${markdownTable(rows)}\n\n`);
  if (args.quick || args.only !== null) {
    log(
      `用时 ${Math.round(seconds)} 秒；快速模式或部分运行，未写入 ${path.relative(process.cwd(), RESULTS)}`
    );
  } else {
    fs.writeFileSync(RESULTS, resultsDocument(machine, rows, seconds));
    log(`用时 ${Math.round(seconds)} 秒；已写入 ${path.relative(process.cwd(), RESULTS)}`);
  }
}

main().catch((e) => {
  process.stderr.write(
    `基准运行失败：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`
  );
  process.exit(1);
});
