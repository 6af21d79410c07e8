/**
 * Number formats and the style palette of the 申报表, in one place for both writers
 * (exceljs in the CLI, Office.js in the task pane). The official form's rounding
 * (application-form.md §1) is a number format: the cell keeps the unrounded number,
 * so a reviewer can recompute, and shows what the form asks for.
 */
import type { CellStyle } from "./model";
import { fill, ZH } from "../i18n";

const T = ZH.report.formats;

export const NUMBER_FORMATS = {
  /** Averages and indicator values: 2 decimals (表Ⅱ-2 注 3, 表Ⅲ 注). */
  value: "0.00",
  /** 差异系数: 3 decimals (表Ⅲ 注). */
  cv: "0.000",
  /** Ratios shown as a percentage number ("93.5" under a （%） header): 1 decimal (表Ⅳ 注). */
  ratio: "0.0",
  /** A fraction shown as a percentage: 0.935 → 93.5%. */
  percent: "0.0%",
  /** Counts and L5–L8: integers, grouped by thousands. */
  integer: "#,##0",
  /** 人口 in 万人 (表Ⅰ 注: two decimals). */
  tenThousands: "#,##0.00",
  /** Money with two decimals (补差测算 元). */
  money: "#,##0.00",
  /** Codes and small whole numbers as typed, ungrouped (举办者类型, 年级数, 序号, a threshold of 10 or more). */
  whole: "0",
  /** A threshold as the policy text writes it: 1.0, 4.2, 4.25. */
  threshold: "0.0#",
  /** 差异系数上限 (0.50, 0.45): 2 decimals. */
  cvLimit: "0.00",
  /** 城乡比, a ratio of two means: 2 decimals. */
  meanRatio: "0.00",
  /** 认可度, a fraction shown as a percentage with 2 decimals: 0.9512 → 95.12%. */
  rate: "0.00%",
} as const;

/** The number format of `decimals` decimals: 0 → "0", 2 → "0.00", 4 → "0.0000". */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** What the form shows where the workbook holds no figure (never 0, never a pass). */
export const NOT_FILLED = T.notFilled;

/**
 * One palette: every style's font, fill, border and alignment. Fills are Excel's own
 * 好 / 差 / 适中 colours, read at a glance; failing cells are also bold so they survive
 * black-and-white printing. Borders are thin and the same grey everywhere.
 */
export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Points; 11 when absent. */
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
}

export const BORDER_COLOR = "#808080";
export const BODY_FONT_SIZE = 11;

export const PALETTE: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, fontSize: 14, vertical: "middle", horizontal: "center" },
  subtitle: { fontSize: 10, fontColor: "#404040", vertical: "middle" },
  header: {
    bold: true,
    fill: "#D9E1F2",
    border: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  text: { border: true, vertical: "middle" },
  pass: { fontColor: "#006100", fill: "#C6EFCE", border: true, vertical: "middle" },
  fail: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE", border: true, vertical: "middle" },
  borderline: { fontColor: "#9C5700", fill: "#FFEB9C", border: true, vertical: "middle" },
  missing: {
    italic: true,
    fontColor: "#7F6000",
    fill: "#FFF2CC",
    border: true,
    vertical: "middle",
    horizontal: "center",
  },
  total: { bold: true, fill: "#F2F2F2", border: true, vertical: "middle" },
  note: { fontSize: 10, vertical: "top", wrap: true },
};

/** Font size of a style, for row heights. */
export function fontSizeOf(style: CellStyle | undefined): number {
  return (style && PALETTE[style].fontSize) || BODY_FONT_SIZE;
}

/** The legend line of a sheet that uses colours: only the colours it uses. */
export function legendText(used: ReadonlySet<CellStyle>): string | undefined {
  const parts: string[] = [];
  if (used.has("pass")) parts.push(T.legendPass);
  if (used.has("fail")) parts.push(T.legendFail);
  if (used.has("borderline")) parts.push(T.legendBorderline);
  if (used.has("missing")) parts.push(fill(T.legendMissing, { notFilled: NOT_FILLED }));
  return parts.length === 0 ? undefined : fill(T.legend, { parts: parts.join("；") });
}

/** Page footer of every printed sheet: 第 N 页 共 M 页 (&P, &N are Excel's page fields). */
export const PAGE_FOOTER = T.pageFooter;
