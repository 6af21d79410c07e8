/**
 * Issue 22 item 2 through the installed command: a legacy .xls whose records hold more than the
 * legacy budget is refused with one Chinese line before SheetJS builds it, under a heap far below
 * what SheetJS would need (a 60 MB .xls of 9.9 million numbers used to end in an out-of-memory
 * abort at 4.3 GB, 20 MB took 2.0 GB). The files are built in the test from the example
 * county's .xls (test/workbook/biff.ts).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { WORKBOOK_LIMITS } from "../../src/workbook";
import * as XLSX from "@e965/xlsx";
import { addToLastSheet, minimalXls, mulRkRecords, workbookStream } from "../workbook/biff";
import { buildCli, ROOT } from "./buildCli";

/** Counting the records needs the file and little else; building 2 million cells needs ~1.2 GB. */
const HEAP_MB = 256;
const KILL_AFTER_SECONDS = 60;

let dir: string;
let bin: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-legacy-limits-"));
  bin = buildCli(path.join(dir, "cli"));
}, 120_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function assess(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, bin, "assess", file, "--json"],
    {
      encoding: "utf8",
      timeout: KILL_AFTER_SECONDS * 1000,
      killSignal: "SIGKILL",
      env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules"), EDU_BALANCE_DEBUG: "" },
    }
  );
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function expectOneLine(r: ReturnType<typeof assess>, message: string): void {
  expect(r.stderr).not.toMatch(/\n\s+at |FATAL ERROR|heap out of memory|程序内部错误/);
  expect(r.status).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(`错误：${message}\n`);
}

test("the example county's .xls with 2 million numbers more (12 MB): one line under a 256 MB heap", () => {
  const county = fs.readFileSync(path.join(ROOT, "test/fixtures/legacy/county-template.xls"));
  const file = path.join(dir, "county-plus.xls");
  fs.writeFileSync(
    file,
    addToLastSheet(county, mulRkRecords(WORKBOOK_LIMITS.legacyObjects + 1, 200, 100))
  );
  expectOneLine(
    assess(file),
    "无法读取 county-plus.xls：读到工作表「县级指标」时，这个旧版 .xls/.et 文件中的单元格、共享字符串等内容已超过 200 万项的上限（旧版文件要整个读入内存）；请在 Excel 或 WPS 中另存为 .xlsx 后重试"
  );
  // The county itself, with a few numbers more, is read as before.
  fs.writeFileSync(file, addToLastSheet(county, mulRkRecords(1000, 200, 100)));
  const ok = assess(file);
  expect(ok.stderr).toBe("");
  expect(ok.status).toBe(0);
}, 120_000);

test("a 15 KB .xls whose sector chain loops (SheetJS followed it to an out-of-memory abort)", () => {
  const xls = minimalXls("S", mulRkRecords(2000, 100));
  // The directory's chain continued into the Workbook stream's, whose last sector leads back
  // to its first (version 3: FAT sector 0 right after the header; positions from the directory).
  const fat = 512 * (xls.readInt32LE(76) + 1);
  const dirSector = xls.readInt32LE(48);
  const entry = 512 * (dirSector + 1) + 2 * 128; // Root Entry, the writer's own stream, Workbook
  expect(xls.subarray(entry, entry + 16).toString("utf16le")).toBe("Workbook");
  const start = xls.readInt32LE(entry + 116);
  const last = start + Math.ceil(xls.readInt32LE(entry + 120) / 512) - 1;
  xls.writeInt32LE(start, fat + dirSector * 4);
  xls.writeInt32LE(start, fat + last * 4);
  const file = path.join(dir, "loop.xls");
  fs.writeFileSync(file, xls);
  expectOneLine(assess(file), "无法读取 loop.xls：文件已损坏或不完整（复合文件的扇区链形成循环）");
}, 120_000);

test("a 48 MB .xls that is mostly pictures is read as its workbook under a 256 MB heap", () => {
  // SheetJS's compound-file reader copied every stream into an array of numbers (8 bytes a
  // byte): 1.6 GB at peak for 60 MB. The CLI now hands it a Buffer (src/cli/readFile.ts).
  const county = path.join(ROOT, "test/fixtures/legacy/county-template.xls");
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "Workbook", workbookStream(fs.readFileSync(county)));
  const pictures = Buffer.alloc(48 * 1024 * 1024);
  for (let i = 0; i < pictures.length; i += 512) pictures[i] = i & 0xff;
  XLSX.CFB.utils.cfb_add(cfb, "Pictures", pictures);
  const file = path.join(dir, "pictures.xls");
  fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: "buffer", fileType: "cfb" }) as Uint8Array);
  expect(fs.statSync(file).size).toBeGreaterThan(48 * 1024 * 1024);
  const r = assess(file);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(assess(county).stdout);
}, 120_000);
