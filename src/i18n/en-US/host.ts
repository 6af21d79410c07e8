import type { Texts } from "../texts";
import type { HOST as ZH } from "../zh-CN/host";

export const HOST: Texts<typeof ZH> = {
  zip: {
    noDirectory: "no zip directory",
    zip64:
      "cannot read {name}: the archive is above 4 GB or has more than 65535 parts, beyond this tool's limits",
    tooManyParts:
      "cannot read {name}: the archive has {count} parts, above the limit of {limit} (a normal workbook has a few dozen); the file may be damaged or crafted",
    directoryOutOfPlace: "the zip directory is out of place",
    directoryIncomplete: "the zip directory is incomplete",
    encrypted:
      "cannot read {name}: its parts are encrypted; remove the password in Excel and save as .xlsx, then retry",
    method: "part {part} uses an unsupported compression method {method}",
    partTooLarge: "cannot read {name}: part {part} is above 4 GB, beyond this tool's limits",
    partOutOfPlace: "part {part} is out of place",
    partCutShort: "part {part} is cut short",
    bomb: "cannot read {name}: part {part} has a compression ratio above {ratio}:1 ({size} from {compressed} bytes), unlike a normal workbook; possibly a zip bomb",
    tooLarge:
      "cannot read {name}: it unpacks to {total}, above the limit of {limit}; the file may be crafted (a zip bomb), or split the workbook and retry",
    doesNotInflate: "part {part} does not inflate",
    moreThanDeclared: "part {part} inflates to more than it declares",
    sizeMismatch: "part {part} inflates to {size} bytes, not the {declared} it declares",
  },
  refusals: {
    damaged: "cannot read {name}: the file is damaged or truncated",
    damagedWhy: "cannot read {name}: the file is damaged or truncated ({why})",
    beyondExcelLimits:
      "cannot read {file}: sheet “{sheet}” reaches row {rows}, column {columns}, beyond Excel's limits (1,048,576 rows × 16,384 columns); the file was not saved by Excel, or is damaged",
    sheetTooLarge:
      "cannot read {file}: sheet “{sheet}” uses {rows} rows × {columns} columns, above the limit of {limit} × 10,000 cells; delete stray content or merges outside the table (Ctrl+End finds the last used cell) and retry",
    workbookTooLarge:
      "cannot read {file}: at sheet “{sheet}” the sheets' used ranges reach {cells} × 10,000 cells, above the workbook limit of {limit} × 10,000; delete extra sheets or stray content and retry",
    tooManyMerges:
      "cannot read {file}: sheet “{sheet}” has more than {limit} merged areas (a normal header has a few dozen); the file may be crafted; remove the extra merges and retry",
  },
  workbook: {
    emptyFile: "{name} is empty (0 bytes), not an Excel workbook",
    fileTooLarge:
      "cannot read {name}: {size}, above the limit of {limit}; split the workbook and retry",
    notAWorkbook: "cannot read {name}: not an Excel (.xlsx, .xls) or WPS (.et) workbook",
    encrypted:
      "cannot read {name}: it is password-protected; remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and save, then retry",
    legacyTooLarge:
      "cannot read {name}: a legacy .xls/.et of {size} MB, above the limit of {limit} MB; save it as .xlsx and retry",
  },
  biff: {
    atSheet: "at sheet “{sheet}”, ",
    tooLarge:
      "cannot read {file}: {where}the legacy .xls/.et holds more than {limit} × 10,000 cells, shared strings and other items (a legacy file is read whole into memory); save it as .xlsx in Excel or WPS and retry",
    tooSlow:
      "cannot read {file}: the legacy .xls/.et holds abnormally many or large hyperlinks or merged areas and may be crafted; save it as .xlsx in Excel or WPS and retry",
    tooManySheets:
      "cannot read {file}: the legacy .xls/.et has more than {limit} sheets; the file is damaged or crafted",
  },
  sheetXml: {
    notXml: "part {part} is not valid XML",
    missingString: "sheet “{sheet}” refers to a missing shared string {index}",
    badCellRef: "bad cell reference {ref} in sheet “{sheet}”",
    badRow: "bad row number {row} in sheet “{sheet}”",
  },
  legacy: {
    encrypted:
      "cannot read {name}: it is password-protected; remove the password in Excel or WPS and save, then retry",
    encryptedOrDamaged:
      "cannot read {name}: the file is damaged or password-protected; open it in Excel or WPS, remove any password and save it as .xlsx",
  },
  noWorksheets:
    "cannot read {name}: the workbook has no worksheets (possibly not an Excel file, or damaged)",
  overlappingMerges:
    "cannot read {file}: sheet “{sheet}” has overlapping merged areas {a} and {b} (Excel does not save such); the file is damaged or crafted",
  uncalculatedFormula: "#uncalculated formula",
  sectorLoop: "a sector chain of the compound file loops",
  read: {
    sheetsNotFound:
      "Sheet “{names}” was not found: it may have been renamed or deleted. Choose the source again.",
    or: "” or “",
    selectionEmpty:
      "The selection holds no data: select the school table (with its header) and try again.",
    selection: "The selection",
    sheet: "Sheet “{sheet}”",
    noData: "{where} holds no data.",
    classSheetEmpty: "Class sheet “{sheet}” holds no data.",
    countySheetEmpty: "County sheet “{sheet}” holds no data.",
    sheetNotFound: "Sheet “{sheet}” was not found.",
  },
  write: {
    cancelled: "Cancelled: no report was written; the workbook is as it was",
    marker: "EduBalance report sheet marker (do not delete)",
  },
  fileGateway: {
    report: "Application form",
    sheetNotFound: "Sheet “{name}” was not found: choose again.",
    sheetEmpty: "Sheet “{sheet}” holds no data.",
    noTemplate: "The offline page does not create the template: use examples/county-template.xlsx",
    unplugLabel: "plain formulas",
    unplugNotWorkbook:
      "{name} is not an .xlsx workbook that can be converted (it does not unzip, or holds no sheet).",
  },
  unplug: {
    nothing: "There is no formula to rewrite: the workbook was not changed.",
    changed:
      "The workbook's EDU formulas changed after they were listed: no cell was written; convert again.",
  },
  reader: {
    pageDamaged: "The page is incomplete (its reader is missing): get edu-balance.html again",
    internal:
      "cannot read {name}: internal error ({message}); please send the file and this message to the developers",
    stopped:
      "cannot read {name}: the reader stopped unexpectedly (the file may be too large, or memory short); close other programs and retry, or split the workbook",
  },
  pageApp: {
    templateFileName: "EduBalance data template.xlsx",
  },
  whatIf: {
    moneyUnit: "10k yuan",
    units: {
      people: "persons",
      rooms: "rooms",
    },
  },
};
