/**
 * The example county (src/cli/examples) written as one workbook a year, for `edu-balance
 * compare`: its county sheet's 填报年度 (and name) set, or no county sheet at all; the schools
 * changed between years (one renamed, one closed) as a county's tables change. The bundled
 * examples/years/ is the generator's own story (src/cli/examples/years.ts); these are the
 * tests' smaller changes, built with the same pieces.
 */
import * as fs from "fs";
import { yearWorkbook } from "../../src/cli/examples/generate";
import { renamed, without } from "../../src/cli/examples/years";
import {
  sampleCounty,
  sampleCountyFigures,
  type SampleCounty,
} from "../../src/cli/examples/sampleCounty";
import { reportToXlsxBytes } from "../../src/report/xlsx";

export { renamed, without };

export interface YearWorkbookOptions {
  /** 填报年度 on the county sheet; without it, no county sheet is written. */
  year?: number;
  countyName?: string;
  /** Change the county's schools before writing (rename, drop …). */
  change?: (county: SampleCounty) => SampleCounty;
}

export async function writeYearWorkbook(file: string, options: YearWorkbookOptions): Promise<void> {
  const county = (options.change ?? ((c) => c))(sampleCounty());
  const figures =
    options.year === undefined
      ? undefined
      : sampleCountyFigures().map((f) =>
          f.key === "reportYear"
            ? { ...f, value: options.year as number }
            : f.key === "countyName" && options.countyName !== undefined
              ? { ...f, value: options.countyName }
              : f
        );
  fs.writeFileSync(file, await reportToXlsxBytes(yearWorkbook(county, figures)));
}
