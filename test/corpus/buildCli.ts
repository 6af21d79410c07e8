/**
 * The CLI as `npm ci` installs it (bin/edu-balance.js over lib/), built into a temporary
 * folder by transpiling src/ file by file: no type check (npm run typecheck and the
 * other tests do that) and no write to the repository's lib/, which other tests build.
 * Run it with NODE_PATH pointing at the project's node_modules (for exceljs).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["src/core", "src/report", "src/cli", "src/workbook", "src/i18n"];

function* tsFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(full);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) yield full;
  }
}

/** Builds the CLI into `outDir`; returns the path of its bin script. */
export function buildCli(outDir: string): string {
  for (const source of SOURCES) {
    for (const file of tsFiles(path.join(ROOT, source))) {
      const relative = path.relative(path.join(ROOT, "src"), file);
      const target = path.join(outDir, "lib", relative.replace(/\.ts$/, ".js"));
      const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, outputText);
    }
  }
  const bin = path.join(outDir, "bin", "edu-balance.js");
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bin", "edu-balance.js"), bin);
  return bin;
}
