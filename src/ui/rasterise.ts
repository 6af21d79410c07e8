/**
 * The browser's rasteriser for the 自评报告's charts (the PNG beside each SVG in the .docx, for
 * Word 2010 and WPS): the SVG drawn by the browser itself onto a canvas, from a data: URL (the
 * offline page's content policy allows images from data: only, and a data: image never taints
 * the canvas), at twice the size shown. Undefined, never a throw, when the browser cannot.
 */

/** Drawn at twice the size shown: sharp on paper. */
const SCALE = 2;

export async function canvasRasterise(
  svg: string,
  widthPx: number,
  heightPx: number
): Promise<Uint8Array | undefined> {
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("svg"));
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(widthPx * SCALE));
    canvas.height = Math.max(1, Math.round(heightPx * SCALE));
    const context = canvas.getContext("2d");
    if (!context) return undefined;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
}
