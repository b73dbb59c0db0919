/**
 * A figure drawn for a target, from the value alone (no DOM, no page): its caption laid out for
 * the size, the chart body in the rectangle left, as standalone SVG — hex colours, text as <text>,
 * no foreignObject, no CSS — that opens in a browser, PowerPoint, Illustrator and Inkscape, and
 * rasterises to the PNG. Built as a string, so it runs anywhere, tests included.
 */
import { canvasTextMeasurer, exportFont, type TextMeasurer } from "../../export/text-layout";
import { defaultAmountScale, isRtl, type FormatSettings } from "../../format";
import type { Figure } from "../figure";
import { figureRegistry, type FigureRegistry } from "./bodies";
import { layoutCaption, type CaptionBlock, type ComposeWords } from "./caption";
import {
  escapeXml,
  type DrawBody,
  type DrawContext,
  type FigureTarget,
  type Paginate,
  type ThemeName,
} from "./draw-context";
import { bidi, el, group, middle, rect, text } from "./marks";
import { patternTile } from "./columns";
import { legendSwatch } from "./legend-swatch";
import { PALETTE, paletteFor } from "./palette";
import { idPrefix } from "./svg-parts";
import { targetLayout } from "./targets";

export type { ComposeWords } from "./caption";

export type FigureBackground = ThemeName | "transparent";

export interface ComposeOptions {
  target: FigureTarget;
  /** The width of a "screen" figure, px; fixed targets have their own. */
  width?: number;
  theme: ThemeName;
  background: FigureBackground;
  words: ComposeWords;
  /** Measures text in the figure's font; by default a canvas (or an estimate without one). */
  measure?: TextMeasurer;
  /** The reader's digits and amounts; by default the figure's language with Latin digits. */
  format?: FormatSettings;
  /** The bodies to draw with; by default every kind the app has. */
  registry?: FigureRegistry;
}

export interface ComposedPage {
  svg: string;
  width: number;
  height: number;
}

/** Urdu headings are set in Nastaliq, as on screen; Naskh and the rest follow where it is missing. */
const NASTALIQ = `"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", `;

/**
 * A URL in a right-to-left line, in a left-to-right isolate (U+2066 … U+2069), so its slashes and
 * query keep their order; a piece of a wrapped URL is matched by its slashes, "?", "=" or "&".
 */
function isolateUrls(line: string): string {
  return line.replace(/[!-~]*[/?=&][!-~]*/g, (url) => `\u2066${url}\u2069`);
}

function drawBlocks(
  blocks: readonly CaptionBlock[],
  width: number,
  padding: number,
  ctx: DrawContext,
  border: string,
  prefix: string,
): string {
  const { rtl } = ctx;
  const startX = rtl ? width - padding : padding;
  const anchor = rtl ? "end" : "start";
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "rule") {
      parts.push(rect(padding, block.y, width - 2 * padding, 1, border));
    } else if (block.kind === "text") {
      block.lines.forEach((l, i) => {
        const y = block.y + i * block.lineHeight + block.lineHeight / 2;
        parts.push(
          text(
            block.x ?? startX,
            middle(y, block.style.size),
            bidi(rtl ? isolateUrls(l) : l, rtl),
            {
              size: block.style.size,
              weight: block.style.weight,
              fill: block.tone === "foreground" ? ctx.ink.foreground : ctx.ink.muted,
              anchor,
              font: block.font,
            },
          ),
        );
      });
    } else {
      const { swatch, style, lineHeight } = block;
      block.items.forEach(({ entry, x: offset, y }, i) => {
        const cy = y + lineHeight / 2;
        const left = rtl ? width - offset - swatch : offset;
        const texture = entry.pattern && {
          pattern: entry.pattern,
          id: `${prefix}-legend-${i}`,
          ink: ctx.ink.background,
          tile: patternTile(ctx.fontSize),
        };
        const shape = legendSwatch(entry.shape, left, cy, swatch, ctx.color(entry.color), texture);
        const gap = style.size * 0.4;
        const label = text(
          rtl ? left - gap : left + swatch + gap,
          middle(cy, style.size),
          bidi(entry.label, rtl),
          {
            size: style.size,
            fill: ctx.ink.foreground,
            anchor,
          },
        );
        parts.push(group([shape, label]));
      });
    }
  }
  return parts.join("");
}

function bodyOf(figure: Figure, registry: FigureRegistry): DrawBody {
  const body = registry.bodies[figure.kind] as DrawBody | undefined;
  if (!body) throw new Error(`No chart body to draw a “${figure.kind}” figure (${figure.id})`);
  return body;
}

/** Where a page's caption goes and the rectangle left for its body. */
function pageLayout(
  figure: Figure,
  options: ComposeOptions,
  ctx: DrawContext,
  registry: FigureRegistry,
) {
  const layout = targetLayout(options.target, options.width, figure.lang);
  const titleFont = figure.lang === "ur" ? `${NASTALIQ}${ctx.font}` : undefined;
  const caption = layoutCaption({
    figure,
    layout,
    words: options.words,
    format: ctx.format,
    measure: ctx.measure,
    measureTitle: options.measure ?? (titleFont ? canvasTextMeasurer(titleFont) : ctx.measure),
    titleFont,
    tallBody: figure.kind === "map",
  });
  const inner = layout.width - 2 * layout.padding;
  const minBody = ctx.fontSize * 4;
  const wanted = registry.heights[figure.kind] as
    ((f: Figure, width: number, c: DrawContext) => number) | undefined;
  const bodyHeight =
    layout.height === null
      ? Math.max(minBody, wanted?.(figure, inner, ctx) ?? Math.min(520, Math.max(220, inner * 0.5)))
      : Math.max(minBody, layout.height - caption.bottomHeight - caption.bodyTop);
  const height = layout.height ?? Math.ceil(caption.bodyTop + bodyHeight + caption.bottomHeight);
  const band = caption.bodyBand ?? { x: layout.padding, width: inner };
  const area = { x: band.x, y: caption.bodyTop, width: band.width, height: bodyHeight };
  return { layout, caption, height, area };
}

/** One page of a figure. */
function composePage(
  figure: Figure,
  options: ComposeOptions,
  ctx: DrawContext,
  registry: FigureRegistry,
): ComposedPage {
  const body = bodyOf(figure, registry);
  const { layout, caption, height, area } = pageLayout(figure, options, ctx, registry);
  const { border } = paletteFor(options.theme);
  const prefix = idPrefix(figure.id, figure.kind === "gantt" ? (figure.page?.index ?? 0) : 0, {
    x: 0,
    y: 0,
  });
  const background = options.background === "transparent" ? null : PALETTE[options.background].card;
  const content = [
    el("title", {}, escapeXml(figure.title)),
    el("desc", {}, escapeXml(figure.summary)),
    background ? rect(0, 0, layout.width, height, background) : "",
    drawBlocks(caption.top, layout.width, layout.padding, ctx, border, prefix),
    body(figure, area, ctx),
    drawBlocks(
      caption.bottom(area.y + area.height),
      layout.width,
      layout.padding,
      ctx,
      border,
      prefix,
    ),
  ];
  const svg = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: layout.width,
      height,
      viewBox: `0 0 ${layout.width} ${height}`,
      "xml:lang": figure.lang,
      // Positions and anchors are laid out for a left-to-right root (right-to-left text sets its
      // own direction): inlined in an Urdu page (present mode, print), the SVG would otherwise
      // inherit dir="rtl" and every "end"-anchored line would run off its right edge.
      direction: "ltr",
      "font-family": ctx.font,
      role: "img",
    },
    content.join(""),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width: layout.width, height };
}

/** The drawing context of a figure composed for a target. */
function drawContextOf(figure: Figure, options: ComposeOptions): DrawContext {
  const palette = paletteFor(options.theme);
  const font = exportFont(figure.lang);
  const layout = targetLayout(options.target, options.width, figure.lang);
  return {
    color: palette.color,
    ink: palette.ink,
    format: options.format ?? {
      lang: figure.lang,
      digits: "latn",
      amounts: defaultAmountScale(figure.lang),
    },
    rtl: isRtl(figure.lang),
    font,
    measure: options.measure ?? canvasTextMeasurer(font),
    fontSize: layout.type.base,
    target: options.target,
    words: options.words,
  };
}

function partsOf(figure: Figure, options: ComposeOptions, ctx: DrawContext): Figure[] {
  const registry = options.registry ?? figureRegistry;
  bodyOf(figure, registry);
  const paginate = registry.paginators[figure.kind] as Paginate | undefined;
  const bodyArea = (page: Figure) => pageLayout(page, options, ctx, registry).area;
  return paginate ? paginate(figure, options.target, { ...ctx, bodyArea }) : [figure];
}

/**
 * The parts a figure is split into for a target, each laid out on one page under its own caption
 * (the Gantt's rows, as many as a page holds); one part for every other kind.
 */
export function paginateFigure(figure: Figure, options: ComposeOptions): Figure[] {
  return partsOf(figure, options, drawContextOf(figure, options));
}

/**
 * Composes a figure for a target. A kind that splits over pages (the Gantt's rows) gives one page
 * per part; every other kind one page. Throws when no body draws the figure's kind.
 */
export function composeFigure(figure: Figure, options: ComposeOptions): { pages: ComposedPage[] } {
  const registry = options.registry ?? figureRegistry;
  const ctx = drawContextOf(figure, options);
  const parts = partsOf(figure, options, ctx);
  return { pages: parts.map((part) => composePage(part, options, ctx, registry)) };
}
