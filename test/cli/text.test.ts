import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { displayWidth, formatTable, padEnd, palette, terminalText } from "../../src/cli/text";
import { buildCli, ROOT } from "../corpus/buildCli";
import { primarySchool, SCHOOL_HEADERS, schoolRow, workbook } from "../corpus/generate";

describe("display width: CJK takes two terminal columns", () => {
  test.each([
    ["abc", 3],
    ["小学", 4],
    ["生均教学及辅助用房（㎡）", 24], // ideographs, fullwidth brackets and ㎡ are all wide
    ["差 0.35（8.3%）", 15],
    [palette(true, {}).fail("未达标"), 6], // colour takes no room
    ["\u001b[31m未达标\u001b[0m", 13], // an ESC in the text is removed; "[31m" and "[0m" print
    ["", 0],
  ])("%p is %p columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test("padding counts columns, not characters", () => {
    expect(padEnd("小学", 6)).toBe("小学  ");
    expect(displayWidth(padEnd("初中部", 10))).toBe(10);
  });

  test("a table of mixed Chinese and numbers lines up column by column", () => {
    const lines = formatTable(
      [
        ["指标", "县域均值", "结论"],
        ["每百名学生拥有县级以上骨干教师数", "1.00", "达标"],
        ["生均仪器", "2245.67", "未达标"],
      ],
      ["left", "right", "left"]
    );
    // The third column starts at the same display column on every line.
    const starts = lines.map((l) => {
      const idx = l.search(/达标|未达标|结论/);
      return displayWidth(l.slice(0, idx));
    });
    expect(new Set(starts).size).toBe(1);
    // Right-aligned numbers end at the same display column.
    const ends = lines.slice(1).map((l) => {
      const m = /[\d.]+/.exec(l)!;
      return displayWidth(l.slice(0, m.index + m[0].length));
    });
    expect(ends[0]).toBe(ends[1]);
  });
});

describe("colour only on a terminal, never with NO_COLOR", () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { TERM: "dumb" }, false],
  ])("tty=%p env=%p → colour %p", (tty, env, coloured) => {
    const p = palette(tty as boolean, env as Record<string, string>);
    expect(p.fail("未达标") !== "未达标").toBe(coloured);
  });
});

// ---------------------------------------------------------------------------
// Issue 22 §3: colour goes on after the text is cleaned. The codes palette() uses (ESC[0m, [1m,
// [2m, [31m, [32m, [33m) were let through wherever they appeared, so a school named
// ESC[32m达标学校ESC[2m printed green; now no ESC of any text reaches the terminal.
// ---------------------------------------------------------------------------

const ESC = "\u001b";
/** The name of issue 22: green, then dim. */
const EVIL = `${ESC}[32m达标学校${ESC}[2m`;
// eslint-disable-next-line no-control-regex -- the characters a terminal acts on
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- palette()'s colour codes
const OWN_CODES = /\u001b\[(?:0|1|2|31|32|33)m/g;

describe("the output filter keeps only the program's own colour codes", () => {
  const colour = palette(true, {});

  test("user text with our very codes, around and inside colour: its ESC removed, ours kept", () => {
    const line = `${colour.bold("【数据问题】")} ${EVIL}：${colour.fail(EVIL)}，${colour.pass(`${colour.bold(EVIL)}合格`)}`;
    const out = terminalText(line, { colour: true });
    expect(out).toBe(
      `${ESC}[1m【数据问题】${ESC}[0m [32m达标学校[2m：` +
        `${ESC}[31m[32m达标学校[2m${ESC}[0m，` +
        `${ESC}[32m${ESC}[1m[32m达标学校[2m${ESC}[0m合格${ESC}[0m`
    );
    // Without colour (NO_COLOR, a pipe, stderr): no ESC at all, and no trace of the marks.
    expect(terminalText(line)).toBe(
      "【数据问题】 [32m达标学校[2m：[32m达标学校[2m，[32m达标学校[2m合格"
    );
  });

  test("a guessed mark (NUL, any key, a code) is removed like any control character", () => {
    const guesses = [
      `\u0000${"0".repeat(32)}[32m绿`,
      `\u0000[32m绿`,
      `\u0000\u0000${ESC}[32m绿`,
      `${ESC}${ESC}[32m绿`,
      `\u009b32m绿`,
    ];
    for (const g of guesses) {
      const out = terminalText(`甲${g}乙`, { colour: true });
      expect(out).not.toMatch(CONTROLS);
      expect(out).toMatch(/^甲[0-9a-f]*\[?32m绿乙$/);
    }
  });

  test("the palette cleans what it wraps: no ESC from its text even where the output is not filtered", () => {
    const wrapped = colour.fail(`${EVIL}\u0007\u009b2J`);
    // Only its own marks (NUL + key) remain: not an ESC, BEL or C1 of the text.
    // eslint-disable-next-line no-control-regex -- a mark starts with NUL
    expect(wrapped.replace(/\u0000[0-9a-f]+\[\d+m/g, "")).toBe("[32m达标学校[2m2J");
  });

  test("colour off: the palette changes nothing", () => {
    expect(palette(false, {}).fail(EVIL)).toBe(EVIL);
  });
});

describe("the real CLI on a colour terminal: a school named ESC[32m达标学校ESC[2m", () => {
  let dir: string;
  let bin: string;
  let hook: string;
  let file: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-colour-"));
    bin = buildCli(path.join(dir, "cli"));
    // Colour on as on a terminal: bin/edu-balance.js asks process.stdout.isTTY.
    hook = path.join(dir, "tty.js");
    fs.writeFileSync(hook, "process.stdout.isTTY = true;\n");
    // In the sheet's XML as Excel writes an ESC (_x001B_: XML cannot hold the character itself).
    const inFile = (text: string) => text.split(ESC).join("_x001B_");
    const failing = { ...primarySchool(inFile(EVIL)), primaryQualifiedTeachers: 10 };
    const rows = [
      [...SCHOOL_HEADERS],
      schoolRow(failing), // listed among the failing schools, wrapped in the palette's red
      schoolRow(primarySchool("城关小学")),
      schoolRow(primarySchool("实验小学", true)),
      schoolRow(primarySchool(inFile(`重名${EVIL}`))), // in 数据问题: text the palette never wraps
      schoolRow(primarySchool(inFile(`重名${EVIL}`))),
    ];
    file = path.join(dir, `县${ESC}[33m数据.xlsx`);
    fs.writeFileSync(file, workbook([{ name: "学校基础数据", rows }]));
  }, 120_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function cli(env: NodeJS.ProcessEnv = {}) {
    return spawnSync(process.execPath, ["--require", hook, bin, "assess", file], {
      encoding: "utf8",
      timeout: 60_000,
      killSignal: "SIGKILL",
      env: {
        ...process.env,
        NODE_PATH: path.join(ROOT, "node_modules"),
        NO_COLOR: "",
        TERM: "xterm-256color",
        ...env,
      },
    });
  }

  test("the name, the duplicate's message and the file name print without their ESC; our colours stay", () => {
    const r = cli();
    expect(r.status).toBe(0);
    // The program's own colours are there (a red 未达标, bold headings) …
    expect(r.stdout).toContain(`${ESC}[31m`);
    expect(r.stdout).toContain(`${ESC}[1m【`);
    // … around the school's name, whose own codes show as text: the name is not green or dim.
    expect(r.stdout).toContain(`${ESC}[31m[32m达标学校[2m${ESC}[0m`);
    expect(r.stdout).toContain(`重名[32m达标学校[2m`);
    expect(r.stdout).toContain(`县[33m数据.xlsx`);
    expect(r.stdout).not.toContain(`${ESC}[32m达标学校`);
    expect(r.stdout).not.toContain(`达标学校${ESC}`);
    expect(r.stdout).not.toContain(`${ESC}[33m数据`);
    // Every ESC left is one of ours, each where the palette put it: none next to the name.
    const escapes = r.stdout.split(ESC).length - 1;
    expect((r.stdout.match(OWN_CODES) ?? []).length).toBe(escapes);
    expect(r.stdout.replace(OWN_CODES, "")).not.toMatch(CONTROLS);
    // No NUL or key of the marks leaks.
    expect(r.stdout).not.toContain("\u0000");
    expect(r.stderr).not.toMatch(CONTROLS);
  }, 60_000);

  test("NO_COLOR=1: no ESC at all", () => {
    const r = cli({ NO_COLOR: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(CONTROLS);
    expect(r.stdout).toContain("[32m达标学校[2m");
  }, 60_000);
});
