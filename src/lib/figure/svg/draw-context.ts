/**
 * The contract between the figure composer (caption, legend, footer, page size) and the drawing
 * of each kind's chart body. A body is a pure function from a figure and the rectangle left for it
 * to SVG markup (a string of elements in the composer's coordinate system): no DOM, no page.
 */
import type { FormatSettings } from "../../format";
import type { TextMeasurer } from "../../export/text-layout";
import type { ColorToken, Figure, FigureKind } from "../figure";

/** Where a figure is drawn. Slides and pages have a fixed size; "screen" takes a width. */
export type FigureTarget = "screen" | "slide-16x9" | "slide-4x3" | "square" | "a4-landscape";

export type ThemeName = "light" | "dark";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawContext {
  /** A colour token as a hex colour of the figure's theme. */
  color: (token: ColorToken) => string;
  /** Page colours of the theme: text, muted text, grid lines, axis lines, the background. */
  ink: { foreground: string; muted: string; grid: string; axis: string; background: string };
  format: FormatSettings;
  /** Right to left (Urdu): category labels on the right, value axes on the right. */
  rtl: boolean;
  /** The font stack of the language. */
  font: string;
  measure: TextMeasurer;
  /** The base text size in the figure's units (px at 1×): no text is smaller than this. */
  fontSize: number;
  target: FigureTarget;
  /** Words a body needs that are not in the figure ("today", "not reported", "continued"). */
  words: { today: string; asOf: string; notReported: string; continued: string };
}

/** Draws one kind's chart into a rectangle. */
export type DrawBody<F extends Figure = Figure> = (
  figure: F,
  area: Rect,
  ctx: DrawContext,
) => string;

/**
 * Splits a figure that does not fit one page into several (the Gantt's rows, N to a slide, with
 * "continued" in the title). Kinds without one draw on one page.
 */
export type Paginate<F extends Figure = Figure> = (
  figure: F,
  target: FigureTarget,
  ctx: PaginateContext<F>,
) => F[];

export interface PaginateContext<F extends Figure = Figure> extends Pick<
  DrawContext,
  "fontSize" | "words"
> {
  measure?: TextMeasurer;
  /**
   * The rectangle the composer leaves a page's body once that page's caption (title, legend,
   * notes, footer) is laid out; without it (a body placed alone) a kind estimates.
   */
  bodyArea?: (page: F) => Rect;
}

export type BodyRegistry = { [K in FigureKind]: DrawBody<Extract<Figure, { kind: K }>> };

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
