#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/ into lib/ by `npm ci` (the "prepare" script).
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch {
  process.stderr.write(
    "错误：命令行工具尚未编译，请先在项目目录运行 npm ci（或 npm run build:cli）。\n"
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => process.exit(1)
);
