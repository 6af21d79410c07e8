/**
 * The streamed reader against the former exceljs reader at scale (see parity.test.ts): a
 * synthetic county of 1,000 schools. Slow lane (seconds, not milliseconds).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticCounty } from "../../bench/synthetic";
import { writeTemplateWorkbook } from "../../bench/workbooks";
import { expectSame } from "../helpers/readerParity";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-parity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a synthetic county of 1,000 schools", async () => {
  const file = path.join(dir, "county-1000.xlsx");
  await writeTemplateWorkbook(syntheticCounty(1000), file);
  await expectSame(file);
}, 120_000);
