/**
 * Styles through Fluent (issue 24 §6): the UI's components (src/ui/, and the hosts' own
 * components in src/taskpane/ and src/page/) style with makeStyles and Fluent's design tokens,
 * so there is no inline `style={…}` and no colour of our own (a hex, rgb() or hsl() literal):
 * pass, fail and borderline, borders and quiet text take the theme's colours.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");

/**
 * The only exceptions, each with its reason: "path/under/src.tsx" → how many inline styles
 * it may keep (a value known only at run time that a class cannot hold, e.g. a measured width).
 * None today.
 */
const INLINE_STYLE_ALLOWED: Readonly<Record<string, number>> = {};

function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, pattern);
    return pattern.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The UI's files: all of src/ui/, and the components of the two hosts. */
const UI_FILES = [
  ...files(path.join(SRC, "ui"), /\.tsx?$/),
  ...files(path.join(SRC, "taskpane"), /\.tsx$/),
  ...files(path.join(SRC, "page"), /\.tsx$/),
];

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");

/** The source without its comments (they may cite an issue as #5198). */
function code(file: string): string {
  return fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every inline style of a file: the JSX attribute `style=`. */
function inlineStyles(source: string): string[] {
  return source.match(/\bstyle\s*=\s*\{/g) ?? [];
}

/** Every colour literal of a file: #rgb, #rrggbb, #rrggbbaa, rgb(…), rgba(…), hsl(…). */
function colourLiterals(source: string): string[] {
  return (
    source.match(
      /#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b|\b(?:rgba?|hsla?)\s*\([^)]*\)/g
    ) ?? []
  );
}

describe("the UI styles with makeStyles and Fluent's tokens", () => {
  test("there are components to check, and they use makeStyles", () => {
    expect(UI_FILES.length).toBeGreaterThan(15);
    const styled = UI_FILES.filter((f) => /\bmakeStyles\(/.test(code(f))).map(rel);
    expect(styled).toEqual(
      expect.arrayContaining([
        "ui/components/common.tsx",
        "ui/components/Wizard.tsx",
        "ui/components/SampleStep.tsx",
        "page/PageApp.tsx",
      ])
    );
  });

  test("the checks find what they look for", () => {
    expect(inlineStyles(`<div style={{ color: "red" }} />`)).toHaveLength(1);
    expect(inlineStyles(`<Text style={noWrap}>`)).toHaveLength(1);
    expect(inlineStyles(`<Text className={styles.noWrap}>`)).toHaveLength(0);
    expect(colourLiterals(`{ color: "#a4262c", border: "1px solid #fff" }`)).toEqual([
      "#a4262c",
      "#fff",
    ]);
    expect(colourLiterals("background: rgba(0, 0, 0, 0.5)")).toEqual(["rgba(0, 0, 0, 0.5)"]);
    expect(colourLiterals("{ color: tokens.colorPaletteRedForeground1 }")).toEqual([]);
  });

  test("no inline style", () => {
    const found = UI_FILES.flatMap((f) => {
      const n = inlineStyles(code(f)).length;
      return n > (INLINE_STYLE_ALLOWED[rel(f)] ?? 0) ? [`${rel(f)}: ${n}`] : [];
    });
    expect(found).toEqual([]);
  });

  test("no colour of our own", () => {
    const found = UI_FILES.flatMap((f) => colourLiterals(code(f)).map((c) => `${rel(f)}: ${c}`));
    expect(found).toEqual([]);
  });
});
