/**
 * Turns any CSS colour the browser understands (oklch(), color-mix(), lab(), named colours…) into
 * hex or rgba(), which every SVG viewer, slide tool and print shop reads. getComputedStyle keeps
 * oklch for Tailwind colours, and ctx.fillStyle reads oklch back unchanged, so the colour is painted
 * on a 1×1 canvas and the pixel read back (research/toolchain.md §3).
 */
export type ColorConverter = (cssColor: string) => string | null;

const NONE = new Set(["", "none", "transparent", "rgba(0, 0, 0, 0)"]);

function hex2(n: number): string {
  return Math.round(n).toString(16).padStart(2, "0");
}

/** rgb(a) components → "#rrggbb", or "rgba(r,g,b,a)" when not opaque; null when fully transparent. */
export function rgbaToCss(r: number, g: number, b: number, a: number): string | null {
  if (a <= 0) return null;
  if (a >= 0.999) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${Math.round(r)},${Math.round(g)},${Math.round(b)},${Number(a.toFixed(3))})`;
}

/** Parses the colours that need no browser (hex, rgb(), rgba()): enough for tests and a fast path. */
export function parseSimpleColor(css: string): string | null | undefined {
  const v = css.trim().toLowerCase();
  if (NONE.has(v)) return null;
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex) {
    const full =
      hex.length <= 4
        ? [...hex].map((c) => c + c).join("")
        : hex.length === 6 || hex.length === 8
          ? hex
          : null;
    if (!full) return undefined;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return rgbaToCss(n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1);
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    v,
  );
  if (rgb) {
    const alpha =
      rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? parseFloat(rgb[4]) / 100 : +rgb[4];
    return rgbaToCss(+rgb[1]!, +rgb[2]!, +rgb[3]!, alpha);
  }
  return undefined;
}

/**
 * The browser converter: simple colours parsed directly, the rest painted on a 1×1 canvas and read
 * back. Returns null for transparent; results are cached (a chart repeats a handful of colours).
 */
export function canvasColorConverter(): ColorConverter {
  const cache = new Map<string, string | null>();
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (css) => {
    const cached = cache.get(css);
    if (cached !== undefined || cache.has(css)) return cached ?? null;
    let out = parseSimpleColor(css);
    if (out === undefined) {
      if (ctx === undefined) {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 1;
        ctx = canvas.getContext("2d", { willReadFrequently: true });
      }
      if (!ctx) throw new Error(`Cannot convert the colour “${css}”: no canvas in this browser`);
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      out = rgbaToCss(r!, g!, b!, a! / 255);
    }
    cache.set(css, out);
    return out;
  };
}
