/**
 * A large .xlsx read on two threads (src/workbook/xlsx.ts readWithThread, ./cellBatch.ts,
 * ./split.ts): the largest sheet cut at a row, its rows after the cut read by a second thread
 * and sent back as encoded batches. Whatever the cut and whatever the file, the sheets must be
 * exactly those read on one thread, and a bad file must get exactly the same refusal.
 *
 * The second thread here is a stand-in that runs the worker's own code (readSheetJob) in this
 * process, so that every cut can be tried; test/cli/sheetThread.test.ts runs the real worker.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticCounty } from "../../bench/synthetic";
import { writeTemplateWorkbook } from "../../bench/workbooks";
import { nodeInflateRaw, nodeInflateStream } from "../../src/cli/inflate";
import {
  readWorkbookBytes,
  readSheetJob,
  WORKBOOK_LIMITS,
  type CellBatch,
  type ReadOptions,
  type SheetThreads,
  type WorkbookLimits,
  type WorkbookSheet,
} from "../../src/workbook";
import { cutAt } from "../../src/workbook/xlsx";
import { readZipDirectory } from "../../src/workbook/zip";
import { writeCorpus } from "../corpus/generate";
import { goldenCaseNames, goldenInput, goldenXlsx } from "../helpers/goldenXlsx";
import { xlsxPackage, type PackageOptions, type PackageSheet } from "./build";

interface Log {
  /** Times the second thread was started. */
  started: number;
  /** Batches the reader took. */
  batches: number;
  /** Reads in which the reader took every batch (it did not give up on the thread). */
  completed: number;
}

/** The worker's code, in this process: the job's batches once it has read them all. */
function inProcess(cut: number | "default", log: Log): SheetThreads {
  return {
    minBytes: 0,
    cut: cut === "default" ? undefined : () => cut,
    start(job) {
      log.started++;
      const batches: CellBatch[] = [];
      const done = readSheetJob(job, (b) => batches.push(b), nodeInflateStream, nodeInflateRaw);
      // Read when the reader asks for the batches (as a worker's error arrives as a message).
      done.catch(() => undefined);
      return {
        async *batches() {
          await done;
          for (const batch of batches) {
            log.batches++;
            yield batch;
          }
          log.completed++;
        },
        stop() {},
      };
    },
  };
}

const ONE: ReadOptions = { inflateRaw: nodeInflateRaw };

type Outcome = { sheets: WorkbookSheet[] } | { code: string; message: string };

async function outcome(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Promise<Outcome> {
  try {
    return { sheets: await readWorkbookBytes(bytes, "test.xlsx", limits, options) };
  } catch (e) {
    const err = e as { code?: string; message: string };
    return { code: err.code ?? "?", message: err.message };
  }
}

/** The largest sheet's XML size (where the cuts are tried). */
function largestSheet(bytes: Uint8Array): number {
  const parts = readZipDirectory(bytes, "test.xlsx", WORKBOOK_LIMITS).filter((p) =>
    p.name.includes("worksheets/")
  );
  return Math.max(...parts.map((p) => p.uncompressed));
}

/** Reads `bytes` on one thread, then on two with the cut at each of `cuts`: all the same. */
async function expectSameAtCuts(
  bytes: Uint8Array,
  cuts: Iterable<number | "default">,
  limits?: WorkbookLimits
): Promise<Log> {
  const log = { started: 0, batches: 0, completed: 0 };
  const alone = await outcome(bytes, ONE, limits);
  for (const cut of cuts) {
    const two = await outcome(
      bytes,
      { ...ONE, inflateStream: nodeInflateStream, sheetThreads: inProcess(cut, log) },
      limits
    );
    if (JSON.stringify(two) !== JSON.stringify(alone))
      expect({ cut, ...two }).toEqual({ cut, ...alone });
    expect(two).toEqual(alone);
  }
  return log;
}

function everyByte(size: number): number[] {
  return Array.from({ length: size + 2 }, (_, i) => i);
}

function spread(size: number, n: number): number[] {
  return [
    0,
    1,
    ...Array.from({ length: n }, (_, i) => Math.floor(((i + 1) * size) / (n + 1))),
    size,
  ];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-threads-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A class-like sheet of `n` rows: numbers, shared and inline strings, a date, a formula, a boolean. */
function rows(n: number, extra: (r: number) => string = () => ""): string {
  const out: string[] = [];
  for (let r = 1; r <= n; r++) {
    out.push(
      `<row r="${r}"${r % 7 === 0 ? ' hidden="1"' : ""}>` +
        `<c r="A${r}" t="s"><v>${r % 3}</v></c>` +
        `<c r="B${r}"><v>${r * 1.5}</v></c>` +
        `<c r="C${r}" s="1"><v>${40000 + r}</v></c>` +
        `<c r="D${r}" t="inlineStr"><is><t>班级${r}·一</t></is></c>` +
        `<c r="E${r}"><f>B${r}*2</f><v>${r * 3}</v></c>` +
        `<c r="F${r}" t="b"><v>${r % 2}</v></c>` +
        extra(r) +
        "</row>"
    );
  }
  return out.join("");
}

const STRINGS: PackageOptions = {
  sharedStrings: ["一年级", "二年级", "三年级"],
  styles: { cellXfs: [0, 14] },
};

function pkg(classBody: string, options: PackageOptions = STRINGS): Buffer {
  const sheets: PackageSheet[] = [
    {
      name: "学校",
      body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData>`,
    },
    { name: "班级", body: classBody },
  ];
  return xlsxPackage(sheets, options);
}

describe("cut at every byte of a small class sheet", () => {
  test("numbers, strings, dates, formulas, booleans, hidden rows and columns, merges", async () => {
    const body =
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="2" max="3" hidden="1"/></cols>' +
      `<sheetData>${rows(12)}</sheetData>` +
      '<mergeCells count="2"><mergeCell ref="G1:H2"/><mergeCell ref="G10:G12"/></mergeCells>';
    const bytes = pkg(body);
    const cuts = everyByte(largestSheet(bytes));
    const log = await expectSameAtCuts(bytes, cuts);
    // Read on two threads at almost every cut (one thread only where no row follows the cut).
    expect(log.started).toBe(cuts.length);
    expect(log.completed / cuts.length).toBeGreaterThan(0.9);
  });

  test('"<row" in a comment, a CDATA section or a processing instruction is no cut', async () => {
    const body =
      `<sheetData>${rows(3)}<!-- <row r="99"><c r="A99"><v>1</v></c></row> -->${rows(2).replace(/r="(\d+)"/g, (_, n: string) => `r="${Number(n) + 3}"`)}` +
      `<?pi <row r="98"> ?>` +
      `<row r="6"><c r="A6" t="inlineStr"><is><t><![CDATA[<row r="97">x]]></t></is></c></row>` +
      `</sheetData>`;
    await expectSameAtCuts(pkg(body), everyByte(largestSheet(pkg(body))));
  });

  test("rows without numbers, a cell repeated after the cut, merges before sheetData", async () => {
    const body =
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
      `<sheetData><row><c t="s"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>` +
      `<row r="3"><c r="A3"><v>4</v></c></row><row><c r="B4"><v>5</v></c></row>` +
      `<row r="3"><c r="A3"><v>6</v></c></row></sheetData>`;
    await expectSameAtCuts(pkg(body), everyByte(largestSheet(pkg(body))));
  });

  test("prefixed SpreadsheetML is read alone (the cut cannot be proved) and the same", async () => {
    const inner = rows(4)
      .replace(/<(\/?)(row|c|v|f|is|t)\b/g, "<$1x:$2")
      .replace(/<x:(row|c|v|f|is|t)>/g, "<x:$1>");
    const bytes = xlsxPackage(
      [
        { name: "学校", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        {
          name: "班级",
          body: `<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</x:sheetData>`,
        },
      ],
      STRINGS
    );
    await expectSameAtCuts(bytes, spread(largestSheet(bytes), 40));
  });
});

describe("refusals are those of one thread", () => {
  test("bad XML before or after the cut, a missing shared string, a bad reference", async () => {
    for (const bad of [
      `<sheetData>${rows(6)}<row r="7"><c r="A7"><v>1</c></row></sheetData>`,
      `<sheetData><row r="1"><c r="A1"><v>1</v></row>${rows(6).replace(/r="1"/, 'r="9"')}</sheetData>`,
      `<sheetData>${rows(6)}<row r="7"><c r="A7" t="s"><v>42</v></c></row></sheetData>`,
      `<sheetData>${rows(6)}<row r="8"><c r="7A"><v>1</v></c></row></sheetData>`,
      `<sheetData>${rows(6)}<row r="x"><c><v>1</v></c></row></sheetData>`,
      `<sheetData>${rows(6)}<row r="99999999999"><c><v>1</v></c></row></sheetData>`,
    ]) {
      const bytes = pkg(bad);
      const alone = await outcome(bytes, ONE);
      expect(alone).toHaveProperty("code");
      await expectSameAtCuts(bytes, spread(largestSheet(bytes), 25));
    }
  });

  test("numeric cells not written as numbers are kept as their text on both threads (issue 22 item 4)", async () => {
    const odd = ["1,680", "2150abc", "0x2000", "INF", " 12 ", "1.5E-3"];
    const bytes = pkg(
      `<sheetData>${rows(30, (r) => `<c r="G${r}"><v>${odd[r % odd.length]}</v></c>`)}</sheetData>`
    );
    const alone = await outcome(bytes, ONE);
    expect(alone).toHaveProperty("sheets");
    const column = (alone as { sheets: WorkbookSheet[] }).sheets[1].values.map((line) => line[6]);
    expect(column.slice(0, 7)).toEqual([odd[1], odd[2], odd[3], 12, 0.0015, odd[0], odd[1]]);
    const log = await expectSameAtCuts(bytes, spread(largestSheet(bytes), 25));
    expect(log.completed).toBeGreaterThan(0);
  });

  test("a sheet past the cell limits", async () => {
    const bytes = pkg(`<sheetData>${rows(40)}</sheetData>`);
    const limits = { ...WORKBOOK_LIMITS, sheetCells: 100, workbookCells: 150 };
    const alone = await outcome(bytes, ONE, limits);
    expect(alone).toHaveProperty("code", "sheetTooLarge");
    await expectSameAtCuts(bytes, spread(largestSheet(bytes), 25), limits);
  });

  test("a second thread that fails: the workbook is read on one thread", async () => {
    const bytes = pkg(`<sheetData>${rows(30)}</sheetData>`);
    const failing: SheetThreads = {
      minBytes: 0,
      start: () => ({
        // eslint-disable-next-line require-yield
        async *batches() {
          throw new Error("the worker died");
        },
        stop() {},
      }),
    };
    const two = await outcome(bytes, {
      ...ONE,
      inflateStream: nodeInflateStream,
      sheetThreads: failing,
    });
    expect(two).toEqual(await outcome(bytes, ONE));
  });
});

describe("whole workbooks", () => {
  test("the examples, at the default cut and 30 others", async () => {
    for (const name of ["county-template.xlsx", "county-untidy.xlsx"]) {
      const bytes = fs.readFileSync(path.join(__dirname, "../../examples", name));
      await expectSameAtCuts(bytes, ["default", ...spread(largestSheet(bytes), 30)]);
    }
  });

  test("the 20 golden cases written as .xlsx, at the default cut and 8 others", async () => {
    const names = goldenCaseNames();
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) {
      const bytes = await goldenXlsx(goldenInput(name));
      await expectSameAtCuts(bytes, ["default", ...spread(largestSheet(bytes), 8)]);
    }
  }, 600_000);

  test("the corpus of odd and hostile files", async () => {
    const files = writeCorpus(dir).filter((f) => f.file.endsWith(".xlsx"));
    // The corpus names its files relative to `dir`.
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const bytes = fs.readFileSync(path.resolve(dir, f.file));
      if (bytes.length === 0) continue;
      await expectSameAtCuts(bytes, ["default", 1000, 20_000]);
    }
  }, 600_000);

  test("a synthetic county of 300 schools, at the default cut and 12 others", async () => {
    const file = path.join(dir, "county-300.xlsx");
    await writeTemplateWorkbook(syntheticCounty(300), file);
    const bytes = fs.readFileSync(file);
    const size = largestSheet(bytes);
    const cuts: (number | "default")[] = ["default", ...spread(size, 12)];
    const log = await expectSameAtCuts(bytes, cuts);
    expect(log.completed).toBe(cuts.length);
    expect(log.batches).toBeGreaterThan(15);
  }, 600_000);
});

test("cutAt keeps the two threads about equally busy, and leaves small splits alone", () => {
  // 20,000 schools: class sheet 86 MB, school sheet and shared strings 19 MB.
  const cut = cutAt(86e6, 19e6);
  expect(cut / 86e6).toBeGreaterThan(0.15);
  expect(cut / 86e6).toBeLessThan(0.4);
  // The other sheets as large as the largest: the second thread reads all of it.
  expect(cutAt(20e6, 20e6)).toBe(0);
});
