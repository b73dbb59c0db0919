import type PptxGenJS from "pptxgenjs";
import { isRtl } from "../../format";
import type { Figure } from "../figure";
import { slideText } from "./bidi";
import { textStyle, type DeckTypography } from "./typography";

/** The slide: 16:9 at PowerPoint's widescreen size (LAYOUT_WIDE), in inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 } as const;

/** Where a figure's chart or picture goes on its slide. */
export const CHART_AREA = { x: 0.5, y: 1.6, w: 12.333, h: 4.6 } as const;

/** Room the legend of a picture takes above it, inches (one or two lines at 13 pt). */
export const LEGEND_H = 0.55;

/** Pixels per inch of a slide drawn 1920 px wide, the size issue #14 sets its type for. */
export const SLIDE_PX_PER_INCH = 1920 / SLIDE.width;

type Box = { x: number; y: number; w: number; h: number };

/**
 * The column a map's notes take beside its picture, inches: the note on disputed boundaries and
 * the key to the abbreviated names go on the slide itself, not only in the speaker notes.
 */
export const NOTES_W = 3.4;
const NOTES_GAP = 0.25;

/** The figure kinds whose notes stand beside their picture on the slide. */
const NOTES_BESIDE: ReadonlySet<Figure["kind"]> = new Set(["map"]);

type Pictured = Pick<Figure, "legend" | "kind" | "lang" | "notes">;

/** The chart area under the legend, when the figure has one. */
function underLegend(figure: Pictured): Box {
  return figure.legend.length > 0
    ? { ...CHART_AREA, y: CHART_AREA.y + LEGEND_H, h: CHART_AREA.h - LEGEND_H }
    : CHART_AREA;
}

function notesBeside(figure: Pictured): boolean {
  return NOTES_BESIDE.has(figure.kind) && figure.notes.length > 0;
}

/**
 * The box a figure drawn as a picture (gantt, timeline, map) fills on its slide: the chart area,
 * under the legend when the figure has one, beside the notes column of a map (on the left of a
 * right-to-left slide).
 */
export function pictureBox(figure: Pictured): Box {
  const area = underLegend(figure);
  if (!notesBeside(figure)) return area;
  const w = area.w - NOTES_W - NOTES_GAP;
  return { ...area, x: isRtl(figure.lang) ? area.x + area.w - w : area.x, w };
}

/** The notes column beside a figure's picture, or null when its notes are not on the slide. */
export function notesBox(figure: Pictured): Box | null {
  if (!notesBeside(figure)) return null;
  const area = underLegend(figure);
  return { ...area, x: isRtl(figure.lang) ? area.x : area.x + area.w - NOTES_W, w: NOTES_W };
}

/**
 * The pixel size to draw a figure's picture at: its box at the slide's 1920 px scale. The picture
 * then fills its box (the Gantt's rows are split for this height, not a whole page's) and text
 * drawn at 22 px stands 22 px tall on a slide shown 1920 px wide.
 */
export function pictureSize(figure: Pictured): { width: number; height: number } {
  const box = pictureBox(figure);
  return {
    width: Math.round(box.w * SLIDE_PX_PER_INCH),
    height: Math.round(box.h * SLIDE_PX_PER_INCH),
  };
}

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
