/**
 * The CLI's rasteriser for the 自评报告's charts (src/report/docx: the PNG fallback beside each
 * SVG, for Word 2010 and WPS): @resvg/resvg-js, a prebuilt native binary, with the system's fonts
 * so that Chinese labels are drawn (any CJK font installed: Microsoft YaHei, PingFang, Noto Sans
 * CJK, WenQuanYi…), at twice the size shown for sharp print. Undefined, never a crash, when the
 * binary cannot be loaded on this platform; the writer then puts a short note in the chart's place.
 */

/** Draws an SVG as PNG bytes; undefined when it cannot. */
export type NodeRasteriser = (
  svg: string,
  widthPx: number,
  heightPx: number
) => Promise<Uint8Array | undefined>;

/** Families tried, in order, for text that names none (the report's SVG names none). */
const CJK_FAMILIES = [
  "Microsoft YaHei",
  "PingFang SC",
  "Noto Sans CJK SC",
  "Source Han Sans SC",
  "WenQuanYi Micro Hei",
  "SimHei",
  "SimSun",
];

/** Drawn at twice the size shown: sharp on paper and on high-density screens. */
const SCALE = 2;

export async function nodeRasteriser(): Promise<NodeRasteriser | undefined> {
  let resvg: typeof import("@resvg/resvg-js");
  try {
    resvg = await import("@resvg/resvg-js");
    // Load the binary now: a platform without one fails here, not at the first chart.
    new resvg.Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', {
      font: { loadSystemFonts: false },
    }).render();
  } catch {
    return undefined;
  }
  return async (svg, widthPx) => {
    try {
      const image = await resvg.renderAsync(svg, {
        font: {
          loadSystemFonts: true,
          defaultFontFamily: CJK_FAMILIES[0],
          sansSerifFamily: CJK_FAMILIES[0],
        },
        languages: ["zh-CN", "en"],
        fitTo: { mode: "width", value: Math.max(1, Math.round(widthPx * SCALE)) },
        background: "white",
      });
      return new Uint8Array(image.asPng());
    } catch {
      return undefined;
    }
  };
}
