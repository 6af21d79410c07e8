/** The page's downloads: the shared ones of src/ui (the pane offers the 自评报告 download too). */
export { download, stemOf } from "../ui/download";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
