/**
 * The example county (src/cli/examples) written as one workbook a year, for `edu-balance
 * compare`: its county sheet's 填报年度 (and name) set, or no county sheet at all; the schools
 * changed between years (one renamed, one closed) as a county's tables change.
 */
import * as fs from "fs";
import { templateWorkbook } from "../../src/cli/examples/generate";
import { templateCountySheet } from "../../src/cli/examples/countySheet";
import {
  sampleCounty,
  sampleCountyFigures,
  type SampleCounty,
} from "../../src/cli/examples/sampleCounty";
import { reportToXlsxBytes } from "../../src/report/xlsx";

export interface YearWorkbookOptions {
  /** 填报年度 on the county sheet; without it, no county sheet is written. */
  year?: number;
  countyName?: string;
  /** Change the county's schools before writing (rename, drop …). */
  change?: (county: SampleCounty) => SampleCounty;
}

/** The example county with the school named `from` called `to` (its classes too). */
export function renamed(county: SampleCounty, from: string, to: string): SampleCounty {
  return {
    ...county,
    schools: county.schools.map((s) => (s.name === from ? { ...s, name: to } : s)),
    classes: county.classes.map((c) => (c.school === from ? { ...c, school: to } : c)),
  };
}

/** The example county without the school named `name`. */
export function without(county: SampleCounty, name: string): SampleCounty {
  return {
    ...county,
    schools: county.schools.filter((s) => s.name !== name),
    classes: county.classes.filter((c) => c.school !== name),
  };
}

export async function writeYearWorkbook(file: string, options: YearWorkbookOptions): Promise<void> {
  const county = (options.change ?? ((c) => c))(sampleCounty());
  const wb = templateWorkbook(county);
  const sheets = wb.sheets.slice(0, 2);
  if (options.year !== undefined) {
    const figures = sampleCountyFigures().map((f) =>
      f.key === "reportYear"
        ? { ...f, value: options.year as number }
        : f.key === "countyName" && options.countyName !== undefined
          ? { ...f, value: options.countyName }
          : f
    );
    sheets.push(templateCountySheet(figures));
  }
  fs.writeFileSync(file, await reportToXlsxBytes({ sheets }));
}
