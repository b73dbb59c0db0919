import type PptxGenJS from "pptxgenjs";
import { slideText } from "./bidi";
import { textStyle, type DeckTypography } from "./typography";

/** The slide: 16:9 at PowerPoint's widescreen size (LAYOUT_WIDE), in inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 } as const;

/** Where a figure's chart or picture goes on its slide. */
export const CHART_AREA = { x: 0.5, y: 1.6, w: 12.333, h: 4.6 } as const;

/**
 * The pixel size to draw a figure's picture at (gantt, timeline, map): the chart area's aspect
 * ratio at 1920 px wide, so the picture fills the area without being scaled unevenly.
 */
export const PICTURE_SIZE = {
  width: 1920,
  height: Math.round((1920 * CHART_AREA.h) / CHART_AREA.w),
} as const;

export interface Ink {
  foreground: string;
  muted: string;
  grid: string;
}

export const hex = (css: string) => css.replace(/^#/, "").toUpperCase();

/** A text box with the deck's font, language, direction and alignment. */
export function addTextBox(
  slide: PptxGenJS.Slide,
  text: string | PptxGenJS.TextProps[],
  box: { x: number; y: number; w: number; h: number },
  type: DeckTypography,
  options: PptxGenJS.TextPropsOptions & { role?: "title" | "body" } = {},
): void {
  const { role = "body", ...rest } = options;
  const style = { ...textStyle(type, role), ...rest };
  // pptxgenjs reads a paragraph's direction, alignment and font from its runs, not the box.
  // LibreOffice lays a hyperlink run in a right-to-left paragraph over its neighbours (and cuts a
  // URL at the box's edge), so right-to-left slides write links as text; the notes keep them.
  const runs = Array.isArray(text)
    ? text.map(({ text: runText, options: own = {} }) => {
        const { hyperlink, ...rest } = own;
        return {
          text: slideText(runText ?? "", type.rtl),
          options: { ...style, ...rest, ...(hyperlink && !type.rtl ? { hyperlink } : {}) },
        };
      })
    : slideText(text, type.rtl);
  slide.addText(runs, { ...box, ...style, valign: "top", margin: 0, fit: "shrink" });
}

/** Base64 of bytes, for pptxgenjs's `data:` images (btoa exists in browsers and Node ≥ 16). */
export async function toBase64(data: Uint8Array | Blob): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Fits a w×h picture into a box, keeping its aspect ratio, centred. */
export function fitInto(
  width: number,
  height: number,
  box: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
