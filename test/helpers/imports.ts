/**
 * What the import-direction tests read (test/core/surface, test/report/surface,
 * test/ui/boundaries): the source files of a folder and the modules each names.
 */
import * as fs from "fs";
import * as path from "path";

export const SRC = path.resolve(__dirname, "../../src");

/** Every .ts/.tsx file below `dir` (declarations aside). */
export function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every module a file names: `import … from "x"`, `export … from "x"`, `import("x")`, `require("x")`. */
export function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns)
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]);
  return out;
}

/** A path as the tests print it: relative to src/. */
export const rel = (p: string) => path.relative(SRC, p);
