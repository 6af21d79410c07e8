#!/usr/bin/env node
/**
 * Runs a TypeScript script without a build step: .ts files are transpiled on require with
 * the project's TypeScript (types are checked by `npm run typecheck` and the tests, not here).
 * Usage: node scripts/run-ts.js scripts/functionsTemplate/generate.ts [args…]
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("用法：node scripts/run-ts.js <脚本.ts> [参数…]");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
