#!/usr/bin/env node
/**
 * `npm run bench`: compiles the CLI (bin/edu-balance.js runs lib/), then runs
 * bench/main.ts with the project's TypeScript loader (scripts/run-ts.js) in a
 * Node that lets the bench collect garbage between timed runs and hold 100,000
 * schools with their classes. Arguments are passed on (--quick, --only=1,2, --keep).
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const fs = require("fs");
const tsc = spawnSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc", { paths: [root] }), "-p", "tsconfig.cli.json"],
  { cwd: root, stdio: "pipe", encoding: "utf8" }
);
if (tsc.status !== 0) {
  // tsc still writes lib/ when only types are wrong; the bench measures what was written, and says so.
  if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) {
    process.stderr.write(
      `${tsc.stdout}${tsc.stderr}基准未运行：命令行工具编译失败（npm run build:cli）\n`
    );
    process.exit(tsc.status || 1);
  }
  const errors = (tsc.stdout.match(/error TS\d+/g) || []).length;
  process.stderr.write(
    `警告：命令行工具编译报告 ${errors} 个类型错误（npm run build:cli 查看）；仍以编译输出运行基准\n`
  );
}
const run = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    "--max-old-space-size=8192",
    path.join(root, "scripts/run-ts.js"),
    path.join(__dirname, "main.ts"),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit" }
);
process.exit(run.status === null ? 1 : run.status);
