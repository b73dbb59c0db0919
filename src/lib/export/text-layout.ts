/** Text wrapping for figure titles and footers drawn as SVG <text>, which does not wrap itself. */

/** The font stack of exported figures: installed on nearly every machine a slide is opened on. */
export const EXPORT_FONT = `"Noto Sans", "Segoe UI", Arial, sans-serif`;

/**
 * The font stack for a figure's language. An SVG opened as an image (as the PNG is drawn) cannot
 * use the page's web fonts, only installed ones: Latin text stays in the stack above, and Urdu and
 * Chinese glyphs fall through to the Noto fonts (Debian's fonts-noto-core and fonts-noto-cjk) or to
 * what Windows and macOS ship for the script, never to a font without them (tofu).
 */
export function exportFont(language?: string): string {
  if (language === "ur")
    return `"Noto Sans", "Noto Naskh Arabic", "Segoe UI", Arial, "Geeza Pro", sans-serif`;
  if (language?.startsWith("zh"))
    return `"Noto Sans", "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif`;
  return EXPORT_FONT;
}

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
}

/** Width in px of a text at a style. */
export type TextMeasurer = (text: string, style: TextStyle) => number;

/** Measures with a canvas in the export font; falls back to an average glyph width without one. */
export function canvasTextMeasurer(font: string = EXPORT_FONT): TextMeasurer {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (text, style) => {
    if (ctx === undefined) {
      try {
        ctx = document.createElement("canvas").getContext("2d");
      } catch {
        ctx = null;
      }
    }
    if (!ctx) return approximateTextWidth(text, style);
    ctx.font = `${style.weight} ${style.size}px ${font}`;
    return ctx.measureText(text).width;
  };
}

/** A deliberately generous estimate (Noto Sans averages about 0.55 em per Latin glyph). */
export function approximateTextWidth(text: string, style: TextStyle): number {
  return text.length * style.size * (style.weight >= 600 ? 0.6 : 0.56);
}

/**
 * Greedy word wrap. A word longer than the line (a URL) is broken between characters, after a
 * "/", "?", "&" or "=" where possible.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: TextMeasurer,
): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => measure(s, style) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    let rest = word;
    while (rest && !fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      const soft = Math.max(...["/", "?", "&", "="].map((c) => rest.lastIndexOf(c, cut - 1)));
      if (soft > cut / 2) cut = soft + 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
