/**
 * A figure's chart body alone, and a figure split as a slide would split it: what a PowerPoint
 * slide needs besides the composed page (lib/figure/pptx-export).
 */
import { canvasTextMeasurer, exportFont } from "../../export/text-layout";
import { isRtl } from "../../format";
import type { Figure } from "../figure";
import { figureRegistry, type FigureRegistry } from "./bodies";
import type { ComposeOptions, ComposeWords } from "./compose";
import {
  escapeXml,
  type DrawBody,
  type DrawContext,
  type FigureTarget,
  type Paginate,
  type Rect,
} from "./draw-context";
import { paletteFor } from "./palette";
import { targetLayout } from "./targets";

function bodyOf(figure: Figure, registry: FigureRegistry): DrawBody {
  const body = registry.bodies[figure.kind] as DrawBody | undefined;
  if (!body) throw new Error(`No chart body to draw a “${figure.kind}” figure (${figure.id})`);
  return body;
}

/**
 * Only the chart body of a figure, at a given size, as a standalone SVG with a background: the
 * picture a PowerPoint slide places under its own title and source block (lib/figure/pptx).
 */
export function composeBody(
  figure: Figure,
  options: Omit<ComposeOptions, "target" | "width" | "background"> & {
    width: number;
    height: number;
  },
): string {
  const registry = options.registry ?? figureRegistry;
  const palette = paletteFor(options.theme);
  const font = exportFont(figure.lang);
  const layout = targetLayout("slide-16x9", 1920, figure.lang);
  const ctx: DrawContext = {
    color: palette.color,
    ink: palette.ink,
    format: options.format ?? figure.format,
    rtl: isRtl(figure.lang),
    font,
    measure: options.measure ?? canvasTextMeasurer(font),
    fontSize: layout.type.base,
    target: "slide-16x9",
    words: options.words,
  };
  const body = bodyOf(figure, registry) as DrawBody;
  const { width, height } = options;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${palette.ink.background}"/>`,
    body(figure, { x: 0, y: 0, width, height }, ctx),
    "</svg>",
  ].join("");
}

/**
 * A figure split as the composer would split it for a target (one part for most kinds), or, with
 * `bodyArea`, for the rectangle a page's body is drawn in where no caption is composed around it
 * (the picture box of a PowerPoint slide).
 */
export function paginateFor(
  figure: Figure,
  target: FigureTarget,
  words: ComposeWords,
  options: { registry?: FigureRegistry; bodyArea?: (page: Figure) => Rect } = {},
): Figure[] {
  const registry = options.registry ?? figureRegistry;
  const paginate = registry.paginators[figure.kind] as Paginate | undefined;
  if (!paginate) return [figure];
  const layout = targetLayout(target, undefined, figure.lang);
  return paginate(figure, target, {
    fontSize: layout.type.base,
    words,
    ...(options.bodyArea ? { bodyArea: options.bodyArea } : {}),
  });
}
