/**
 * The wizard's WorkbookGateway over a picked file (the offline page): its sheets as the reader
 * worker gave them. inspect() finds the school, class and county sheets by content, as the CLI
 * does (the core's recogniseSheets); readSources() hands over their cells; writeReport() builds
 * the .xlsx in the browser (src/report/xlsx/, the CLI's builder) and offers it as a download.
 * The user's file is never written.
 */
import { EduError, recogniseSheets } from "../core";
import { fill, ZH } from "../i18n";
import type { ReportWorkbook } from "../report";
import { reportToXlsxBytes } from "../report/xlsx";
import type {
  SourceChoice,
  SourceData,
  UnplugGateway,
  UnplugPlan,
  WorkbookGateway,
  WorkbookOverview,
  WrittenSheet,
} from "../ui/gateway";
import type { WorkbookSheet } from "../workbook/types";
import { download, stemOf, XLSX_TYPE } from "./download";

const T = ZH.host.fileGateway;

export interface PickedWorkbook {
  fileName: string;
  sheets: WorkbookSheet[];
  /** The picked file itself (absent for a table collected from forms): 转换为普通公式 converts its bytes. */
  file?: Blob;
}

/** The name the downloaded 申报表 gets: "县数据.申报表.xlsx"; one sheet (复核抽样) is named after it. */
export function reportFileName(fileName: string, report: ReportWorkbook): string {
  const what = report.fileLabel ?? (report.sheets.length === 1 ? report.sheets[0].name : T.report);
  return `${stemOf(fileName)}.${what}.xlsx`;
}

/** The converted copy's name: "县数据.普通公式.xlsx". */
export function unplugFileName(fileName: string): string {
  return `${stemOf(fileName)}.${T.unplugLabel}.xlsx`;
}

/**
 * 转换为普通公式 on the picked file: its bytes converted in the page (src/workbook/unplug.ts,
 * the CLI's converter, loaded on the first click), offered as a download; the file is not changed.
 */
function unplugGateway(
  file: Blob,
  fileName: string,
  save: (name: string, data: Uint8Array, type: string) => void
): UnplugGateway {
  let converted: { plan: UnplugPlan; bytes: () => Uint8Array } | undefined;
  return {
    mode: "copy",
    async plan() {
      if (!/\.xlsx$/i.test(fileName)) return "notXlsx";
      const [bytes, { unplugWorkbook, unplugZipBytes }] = await Promise.all([
        file.arrayBuffer().then((b) => new Uint8Array(b)),
        import("../workbook/unplug"),
      ]);
      let result: ReturnType<typeof unplugWorkbook>;
      try {
        result = unplugWorkbook(bytes);
        if (!Object.keys(result.files).some((n) => n.startsWith("xl/worksheets/")))
          throw new Error("no sheets");
      } catch {
        throw new EduError(
          "notWorkbook",
          fill(T.unplugNotWorkbook, { name: fileName }),
          `${fileName} is not an .xlsx workbook that can be converted (it does not unzip, or holds no sheet).`
        );
      }
      const plan = { changes: result.changes, refusals: result.refusals };
      const { files, order } = result;
      converted = { plan, bytes: () => unplugZipBytes(files, order) };
      return plan;
    },
    async apply(plan: UnplugPlan) {
      if (converted?.plan !== plan || plan.refusals.length > 0 || plan.changes.length === 0)
        throw new EduError("unplugNothing", ZH.host.unplug.nothing, "there is nothing to convert");
      const name = unplugFileName(fileName);
      save(name, converted.bytes(), XLSX_TYPE);
      return { fileName: name };
    },
  };
}

function notFound(name: string): EduError {
  return new EduError(
    "sheetNotFound",
    fill(T.sheetNotFound, { name }),
    `Sheet "${name}" was not found: choose again.`
  );
}

export function createFileGateway(
  picked: PickedWorkbook,
  save: (name: string, data: Uint8Array, type: string) => void = download
): WorkbookGateway {
  const byName = new Map(picked.sheets.map((s) => [s.name, s]));
  const visible = picked.sheets.filter((s) => !s.state);
  const recognised = recogniseSheets(visible);
  // What "the active sheet" means for a file: the school sheet its content shows, else the first shown.
  const first = recognised.school ?? visible[0]?.name ?? picked.sheets[0]?.name ?? "";
  const sheet = (name: string): WorkbookSheet => {
    const found = byName.get(name);
    if (!found) throw notFound(name);
    return found;
  };
  return {
    ...(picked.file ? { unplug: unplugGateway(picked.file, picked.fileName, save) } : {}),
    async inspect(): Promise<WorkbookOverview> {
      return {
        sheets: picked.sheets.map((s) => ({ name: s.name, visible: !s.state })),
        activeSheet: first,
        saved: null,
        countySheet: recognised.county,
        recognised,
      };
    },
    async readSources(choice: SourceChoice): Promise<SourceData> {
      const schoolName =
        choice.school.kind === "sheet" || choice.school.kind === "range"
          ? choice.school.sheet
          : first;
      const school = sheet(schoolName);
      if (school.values.length === 0)
        throw new EduError(
          "sourceEmpty",
          fill(T.sheetEmpty, { sheet: schoolName }),
          `Sheet "${schoolName}" holds no data.`
        );
      const classes = choice.classSheet ? sheet(choice.classSheet) : null;
      const county =
        choice.countySheet &&
        choice.countySheet !== choice.classSheet &&
        choice.countySheet !== schoolName
          ? sheet(choice.countySheet)
          : null;
      return { school, classes, county, resolved: { kind: "sheet", sheet: schoolName } };
    },
    async createTemplate() {
      throw new EduError(
        "noTemplate",
        T.noTemplate,
        "the offline page does not create the template: use examples/county-template.xlsx"
      );
    },
    async selectCell() {
      // No window to select in: the check step shows the sheet, row and column as text.
    },
    async saveSetup() {
      // Nothing is written into the user's file.
    },
    async writeReport(
      report: ReportWorkbook,
      onProgress?: (done: number, total: number, sheet: string) => void
    ): Promise<WrittenSheet[]> {
      onProgress?.(0, 1, report.sheets[0]?.name ?? "");
      const bytes = await reportToXlsxBytes(report);
      save(reportFileName(picked.fileName, report), bytes, XLSX_TYPE);
      return report.sheets.map((s) => ({ id: s.id, name: s.name, replaced: false }));
    },
  };
}
