/** SVG text → PNG blob, through an <img> and a canvas, at a pixel scale. */

export interface RasterOptions {
  /** The SVG's size in CSS px (its width/height attributes). */
  width: number;
  height: number;
  /** Device pixels per CSS px: 2 gives a file twice the size, with crisp text. */
  scale: number;
  /** A fill behind the figure; null keeps transparency. */
  background?: string | null;
}

/**
 * Draws the SVG at its final pixel size (width/height rewritten, so the browser rasterises the
 * vectors at that size rather than enlarging a bitmap) and encodes a PNG.
 */
export async function rasterize(svg: string, options: RasterOptions): Promise<Blob> {
  const w = Math.round(options.width * options.scale);
  const h = Math.round(options.height * options.scale);
  const sized = svg.replace(
    /<svg\b([^>]*?)\swidth="[^"]*"([^>]*?)\sheight="[^"]*"/,
    `<svg$1 width="${w}"$2 height="${h}"`,
  );
  const url = URL.createObjectURL(new Blob([sized], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas");
    if (options.background) {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, w, h);
    }
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
