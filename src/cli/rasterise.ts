/**
 * The CLI's rasteriser for the 自评报告's charts (src/report/docx: the PNG fallback beside each
 * SVG, for Word 2010 and WPS): @resvg/resvg-js, a prebuilt native binary, with the system's fonts
 * so that Chinese labels are drawn (any CJK font installed: Microsoft YaHei, PingFang, Noto Sans
 * CJK, WenQuanYi…), at twice the size shown for sharp print. Undefined, never a crash, when the
 * binary cannot be loaded on this platform; the writer then puts a short note in the chart's place.
 */

import * as fs from "fs";

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

/**
 * A CJK font file of this computer and its family, looked for where Windows, macOS and Linux
 * keep them (Microsoft YaHei, PingFang, Noto Sans CJK, Source Han Sans, WenQuanYi, SimHei,
 * SimSun); undefined when none is there (then all system fonts are loaded).
 */
function cjkFontFile(): { file: string; family: string } | undefined {
  const candidates: [string, string][] = [
    ["C:\\Windows\\Fonts\\msyh.ttc", "Microsoft YaHei"],
    ["C:\\Windows\\Fonts\\simhei.ttf", "SimHei"],
    ["C:\\Windows\\Fonts\\simsun.ttc", "SimSun"],
    ["/System/Library/Fonts/PingFang.ttc", "PingFang SC"],
    ["/System/Library/Fonts/STHeiti Medium.ttc", "Heiti SC"],
    ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"],
    ["/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"],
    ["/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Regular.otf", "Source Han Sans SC"],
    ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"],
    ["/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "WenQuanYi Micro Hei"],
    ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"],
  ];
  for (const [file, family] of candidates) if (fs.existsSync(file)) return { file, family };
  return undefined;
}

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
  // Loading every system font costs ~0.1 s a chart; one CJK font file found once is enough.
  const fontFile = cjkFontFile();
  const font = fontFile
    ? { loadSystemFonts: false, fontFiles: [fontFile.file], defaultFontFamily: fontFile.family }
    : {
        loadSystemFonts: true,
        defaultFontFamily: CJK_FAMILIES[0],
        sansSerifFamily: CJK_FAMILIES[0],
      };
  return async (svg, widthPx) => {
    try {
      const image = await resvg.renderAsync(svg, {
        font: { ...font, sansSerifFamily: font.defaultFontFamily },
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

/**
 * The same rasteriser with every chart of a document started at once (resvg draws on libuv's
 * thread pool: the charts of the example county in about half the time of one after another);
 * the writer's calls then take the drawings already under way, by the chart's SVG.
 */
export function drawnAhead(
  rasterise: NodeRasteriser,
  charts: readonly { svg: string; width: number; height: number }[]
): NodeRasteriser {
  const ahead = new Map<string, Promise<Uint8Array | undefined>>();
  for (const c of charts)
    if (!ahead.has(c.svg)) ahead.set(c.svg, rasterise(c.svg, c.width, c.height));
  return (svg, widthPx, heightPx) => ahead.get(svg) ?? rasterise(svg, widthPx, heightPx);
}
