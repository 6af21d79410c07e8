/**
 * The 自评报告（初稿） (issue 26) as a host-neutral document model: what the report says, in
 * the order it says it, independent of the .docx writer (src/report/docx/). Built from the same
 * Evaluation as the 申报表 (build.ts: buildSelfReport), so no figure is ever typed twice; the
 * sentences come from the catalogue (part `selfReport`) through sentences.ts.
 *
 * Text is plain text: the writer inserts it as text runs, never as fields or hyperlinks.
 */
import type { ReportSheet } from "../model";

/** A run of text within a paragraph. */
export interface DocRun {
  text: string;
  bold?: boolean;
  /** 【请填写：…】 / 【未填报】: a gap the people must fill, marked so it is not missed (highlighted). */
  placeholder?: boolean;
}

export type DocBlock =
  /** 一、基本情况 (level 1), （一）资源配置 (level 2), 小学 (level 3): Word's heading styles. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: DocRun[] }
  /** A list item (the problems, the measures): one paragraph with a hanging indent. */
  | { kind: "listItem"; runs: DocRun[] }
  /**
   * A table of text: `header` rows repeat on every page; `widths` are relative column widths
   * (the writer scales them to the page). Cells wrap; numbers are already formatted.
   */
  | {
      kind: "table";
      caption?: string;
      header: string[][];
      rows: string[][];
      widths?: number[];
      /** Body cells to mark (a failing value), by [row, column] of `rows`. */
      marked?: [number, number][];
      /** Body cells that are a gap to fill (【未填报】), highlighted as placeholder runs are. */
      placeholders?: [number, number][];
    }
  /**
   * One sheet of the 申报表 (附件: 表Ⅰ–表Ⅵ) as a Word table with the workbook's cells, merges and
   * header rows; numbers shown as the workbook shows them (its number formats).
   */
  | { kind: "sheet"; sheet: ReportSheet }
  /** A chart: the report's own SVG (chartsHtml.ts), drawn as an image of `width` × `height` points. */
  | { kind: "chart"; svg: string; width: number; height: number; caption: string }
  | { kind: "pageBreak" };

export interface SelfReport {
  /** 《××县义务教育优质均衡发展自评报告》（初稿） */
  title: string;
  /** Lines under the title: county, 填报年度, the standard used, the data file, the date. */
  subtitle: string[];
  blocks: DocBlock[];
  /** The page footer's words around the page number (第 {page} 页). */
  footer: string;
}
