/**
 * The exported figure as one self-contained SVG: title, subtitle, legend, the chart and a footer
 * (source, dataset version, data as of, filters, link), all as SVG shapes and <text>, in hex/rgba
 * colours and a font stack every machine has. Rasterising this same SVG gives the PNG, so both
 * formats carry the same caption.
 */
import { isRtl } from "../format";
import { canvasColorConverter, type ColorConverter } from "./colors";
import {
  cloneChartSvg,
  findChartSvg,
  readLegend,
  SVG_NS,
  svgSize,
  type LegendItem,
  type StyleReader,
} from "./figure-dom";
import {
  canvasTextMeasurer,
  exportFont,
  wrapText,
  type TextMeasurer,
  type TextStyle,
} from "./text-layout";

export interface FigureText {
  title: string;
  subtitle?: string;
  legend: readonly LegendItem[];
  /** Footer paragraphs, each wrapped to the width: source, version and date, filters, link. */
  footer: readonly string[];
  /**
   * The language of the text (the interface language): it picks the font stack, and Urdu is set
   * right to left, aligned right, with the legend starting at the right. English when absent.
   */
  lang?: string;
}

export interface FigureColors {
  /** null: transparent. */
  background: string | null;
  foreground: string;
  muted: string;
  border: string;
}

interface TextBlock {
  kind: "text";
  lines: string[];
  style: TextStyle;
  lineHeight: number;
  color: "foreground" | "muted";
  y: number;
}
interface LegendBlock {
  kind: "legend";
  items: { item: LegendItem; x: number; y: number }[];
  style: TextStyle;
  swatch: number;
  lineHeight: number;
}
interface RuleBlock {
  kind: "rule";
  y: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  padding: number;
  chart: { x: number; y: number; width: number; height: number };
  blocks: (TextBlock | LegendBlock | RuleBlock)[];
}

export interface LayoutOptions {
  /** Layout width in CSS px. */
  width: number;
  /** Fixed layout height (a preset); the chart takes what the text leaves. */
  height?: number;
  /** The chart's own height, used when no fixed height is given. */
  chartHeight?: number;
  /** Larger type, for slides. */
  large?: boolean;
  measure?: TextMeasurer;
}

/** The margin around a figure of a given width; the chart is laid out at width − 2 × this. */
export function figurePadding(width: number): number {
  return Math.round(Math.min(40, Math.max(16, width * 0.025)));
}

/**
 * Positions every part of the figure. Pure: the same text and size give the same layout, so the
 * chart can be laid out at exactly the height left for it before it is captured.
 */
export function layoutFigure(text: FigureText, options: LayoutOptions): FigureLayout {
  const measure = options.measure ?? canvasTextMeasurer(exportFont(text.lang));
  const { width } = options;
  const f = options.large ? 1.3 : 1;
  const padding = figurePadding(width);
  const inner = Math.max(40, width - 2 * padding);
  const blocks: FigureLayout["blocks"] = [];
  let y = padding;
  const paragraph = (
    content: string,
    style: TextStyle,
    color: TextBlock["color"],
    lineHeightFactor = 1.3,
  ) => {
    const lines = wrapText(content, inner, style, measure);
    const lineHeight = Math.round(style.size * lineHeightFactor);
    blocks.push({ kind: "text", lines, style, lineHeight, color, y });
    y += lines.length * lineHeight;
  };
  paragraph(text.title, { size: Math.round(19 * f), weight: 600 }, "foreground", 1.25);
  if (text.subtitle) {
    y += 2;
    paragraph(text.subtitle, { size: Math.round(14 * f), weight: 400 }, "muted");
  }
  y += Math.round(12 * f);
  if (text.legend.length > 0) {
    const style: TextStyle = { size: Math.round(13 * f), weight: 400 };
    const swatch = Math.round(style.size * 0.85);
    const lineHeight = Math.round(style.size * 1.5);
    const gap = Math.round(style.size * 1.2);
    const items: LegendBlock["items"] = [];
    let x = 0;
    let row = 0;
    for (const item of text.legend) {
      const w = swatch + 6 + measure(item.label, style);
      if (x > 0 && x + w > inner) {
        x = 0;
        row++;
      }
      items.push({ item, x: padding + x, y: y + row * lineHeight });
      x += w + gap;
    }
    blocks.push({ kind: "legend", items, style, swatch, lineHeight });
    y += (row + 1) * lineHeight + Math.round(6 * f);
  }
  const chartY = y;
  const footerStyle: TextStyle = { size: Math.round(11.5 * f), weight: 400 };
  const footerLines = text.footer.map((p) => wrapText(p, inner, footerStyle, measure));
  const footerLineHeight = Math.round(footerStyle.size * 1.4);
  const footerHeight =
    Math.round(12 * f) + 1 + Math.round(8 * f) + footerLines.flat().length * footerLineHeight;
  const height =
    options.height ?? Math.ceil(chartY + (options.chartHeight ?? 300) + footerHeight + padding);
  const chartHeight = Math.max(40, height - padding - footerHeight - chartY);
  y = chartY + chartHeight + Math.round(12 * f);
  blocks.push({ kind: "rule", y });
  y += 1 + Math.round(8 * f);
  for (const lines of footerLines) {
    blocks.push({
      kind: "text",
      lines,
      style: footerStyle,
      lineHeight: footerLineHeight,
      color: "muted",
      y,
    });
    y += lines.length * footerLineHeight;
  }
  return {
    width,
    height,
    padding,
    chart: { x: padding, y: chartY, width: inner, height: chartHeight },
    blocks,
  };
}

/** What goes in the chart area: a clean SVG clone, or a raster capture of an HTML-only chart. */
export type ChartContent =
  | { svg: SVGSVGElement; width: number; height: number }
  | { image: string; width: number; height: number };

export interface RenderOptions {
  colors: FigureColors;
  /** The file's width and height attributes (the preset's pixels); the viewBox stays the layout. */
  pixelWidth?: number;
  pixelHeight?: number;
  /** The accessible description of the file. */
  description?: string;
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Baseline of a line of text: the glyphs centred in their line box. */
function baseline(top: number, lineHeight: number, size: number) {
  return Math.round((top + (lineHeight - size) / 2 + size * 0.8) * 10) / 10;
}

/**
 * Right-to-left text in the caption: a right-to-left isolate (U+2067 … U+2069) makes each line an
 * Urdu paragraph even where a program ignores SVG's `direction`, and it is anchored at its end (the
 * right edge) at the right margin. English and Chinese lines are drawn as they are.
 */
function captionText(line: string, rtl: boolean): string {
  return rtl ? `\u2067${line}\u2069` : line;
}

/** Draws a laid-out figure as an SVG document string. */
export function renderFigureSvg(
  text: FigureText,
  layout: FigureLayout,
  chart: ChartContent,
  options: RenderOptions,
): string {
  const doc = document.implementation.createDocument(SVG_NS, "svg", null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const { colors } = options;
  const rtl = isRtl(text.lang ?? "en");
  // Mirrors an x measured from the left edge for a figure read from the right.
  const start = (x: number) => (rtl ? layout.width - x : x);
  const anchor: Record<string, string> = rtl ? { "text-anchor": "end" } : {};
  const attrs: Record<string, string | number> = {
    width: options.pixelWidth ?? layout.width,
    height: options.pixelHeight ?? layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": exportFont(text.lang),
    role: "img",
  };
  for (const [k, v] of Object.entries(attrs)) root.setAttribute(k, String(v));
  // The language lets a renderer pick the script's glyph forms (Simplified Chinese, Urdu).
  if (text.lang) root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", text.lang);
  const title = el(doc, "title", {});
  title.textContent = text.title;
  root.append(title);
  if (options.description) {
    const desc = el(doc, "desc", {});
    desc.textContent = options.description;
    root.append(desc);
  }
  if (colors.background) {
    root.append(
      el(doc, "rect", {
        x: 0,
        y: 0,
        width: layout.width,
        height: layout.height,
        fill: colors.background,
        "shape-rendering": "crispEdges",
      }),
    );
  }
  for (const block of layout.blocks) {
    if (block.kind === "rule") {
      root.append(
        el(doc, "rect", {
          x: layout.padding,
          y: block.y,
          width: layout.width - 2 * layout.padding,
          height: 1,
          fill: colors.border,
        }),
      );
    } else if (block.kind === "text") {
      block.lines.forEach((line, i) => {
        const t = el(doc, "text", {
          x: start(layout.padding),
          y: baseline(block.y + i * block.lineHeight, block.lineHeight, block.style.size),
          "font-size": block.style.size,
          "font-weight": block.style.weight,
          fill: block.color === "foreground" ? colors.foreground : colors.muted,
          ...anchor,
        });
        t.textContent = captionText(line, rtl);
        root.append(t);
      });
    } else {
      const { swatch, style, lineHeight } = block;
      for (const { item, x: offset, y } of block.items) {
        const top = y + (lineHeight - swatch) / 2;
        // The swatch's left edge: in a right-to-left figure it sits at the item's right end.
        const x = rtl ? start(offset) - swatch : offset;
        const g = el(doc, "g", {});
        if (item.shape === "circle") {
          g.append(
            el(doc, "circle", {
              cx: x + swatch / 2,
              cy: top + swatch / 2,
              r: swatch / 2,
              fill: item.color,
            }),
          );
        } else if (item.shape === "line") {
          g.append(
            el(doc, "rect", {
              x: x + swatch / 2 - 1,
              y: top,
              width: 2,
              height: swatch,
              fill: item.color,
            }),
          );
        } else if (item.shape === "outline") {
          g.append(
            el(doc, "rect", {
              x: x + 1,
              y: top + 1,
              width: swatch - 2,
              height: swatch - 2,
              rx: 2,
              fill: "none",
              stroke: item.color,
              "stroke-width": 2,
            }),
          );
        } else {
          g.append(
            el(doc, "rect", { x, y: top, width: swatch, height: swatch, rx: 2, fill: item.color }),
          );
        }
        const label = el(doc, "text", {
          x: rtl ? x - 6 : x + swatch + 6,
          y: baseline(y, lineHeight, style.size),
          "font-size": style.size,
          fill: colors.foreground,
          ...anchor,
        });
        label.textContent = captionText(item.label, rtl);
        g.append(label);
        root.append(g);
      }
    }
  }
  const area = layout.chart;
  if ("svg" in chart) {
    const nested = doc.importNode(chart.svg, true) as SVGSVGElement;
    if (!nested.getAttribute("viewBox"))
      nested.setAttribute("viewBox", `0 0 ${chart.width} ${chart.height}`);
    nested.setAttribute("x", String(area.x));
    nested.setAttribute("y", String(area.y));
    nested.setAttribute("width", String(area.width));
    nested.setAttribute("height", String(area.height));
    nested.setAttribute("preserveAspectRatio", "xMidYMid meet");
    root.append(nested);
  } else {
    // An HTML-only chart arrives as a picture; keep its proportions inside the area.
    const k = Math.min(area.width / chart.width, area.height / chart.height, 1.5);
    const w = chart.width * k;
    const h = chart.height * k;
    root.append(
      el(doc, "image", {
        x: area.x + (area.width - w) / 2,
        y: area.y,
        width: w,
        height: h,
        href: chart.image,
      }),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Reads the parts of a ChartFrame the export needs, from its data-figure-* marks. */
export function readFrameText(frame: Element): {
  title: string;
  subtitle?: string;
  footer: string[];
} {
  const text = (sel: string) =>
    frame.querySelector(sel)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const title = text("[data-figure-title]") || frame.getAttribute("data-figure") || "";
  const subtitle = text("[data-figure-subtitle]") || undefined;
  const footer = [
    [text("[data-figure-source]"), text("[data-figure-asof]")].filter(Boolean).join(" · "),
  ];
  return { title, subtitle, footer: footer.filter(Boolean) };
}

export interface ComposeOptions {
  /** Layout width; defaults to the frame's width. */
  width?: number;
  /** Fixed layout height (presets). */
  height?: number;
  pixelWidth?: number;
  pixelHeight?: number;
  large?: boolean;
  colors: FigureColors;
  /** Where the chart is searched; defaults to the frame's [data-figure-body] or the frame. */
  chartRoot?: Element;
  /** Overrides of what is read from the frame. */
  text?: Partial<FigureText>;
  description?: string;
  convertColor?: ColorConverter;
  measureText?: TextMeasurer;
  /** Computed styles; by default getComputedStyle. */
  readStyle?: StyleReader;
  /** A raster of an HTML-only chart, when the frame has no chart <svg>. */
  captureHtml?: (node: HTMLElement) => Promise<{ image: string; width: number; height: number }>;
}

/**
 * Composes a frame's figure as a standalone SVG string. Waits for fonts so text measures right.
 * Throws when the frame has no chart <svg> and no HTML capture was given.
 */
export async function composeFigureSvg(frame: Element, options: ComposeOptions): Promise<string> {
  if (typeof document !== "undefined" && document.fonts?.ready) await document.fonts.ready;
  const convert = options.convertColor ?? canvasColorConverter();
  const root = options.chartRoot ?? frame.querySelector("[data-figure-body]") ?? frame;
  const read = readFrameText(frame);
  const svg = findChartSvg(root);
  const text: FigureText = {
    title: options.text?.title ?? read.title,
    subtitle: options.text?.subtitle ?? read.subtitle,
    legend: options.text?.legend ?? (svg ? readLegend(root, convert, options.readStyle) : []),
    footer: options.text?.footer ?? read.footer,
    lang: options.text?.lang ?? frame.closest("[lang]")?.getAttribute("lang") ?? undefined,
  };
  const width = Math.round(options.width ?? (frame.getBoundingClientRect().width || 640));
  let chart: ChartContent;
  if (svg) {
    const size = svgSize(svg);
    chart = {
      svg: cloneChartSvg(svg, convert, options.readStyle, exportFont(text.lang)),
      ...size,
    };
  } else if (options.captureHtml && root instanceof HTMLElement) {
    chart = await options.captureHtml(root);
  } else {
    throw new Error(`“${text.title}” has no chart drawing to export`);
  }
  const layout = layoutFigure(text, {
    width,
    height: options.height,
    chartHeight: options.height ? undefined : chart.height,
    large: options.large,
    measure: options.measureText,
  });
  const colors: FigureColors = {
    background: options.colors.background && convert(options.colors.background),
    foreground: convert(options.colors.foreground) ?? "#000000",
    muted: convert(options.colors.muted) ?? "#555555",
    border: convert(options.colors.border) ?? "#cccccc",
  };
  return renderFigureSvg(text, layout, chart, {
    colors,
    pixelWidth: options.pixelWidth,
    pixelHeight: options.pixelHeight,
    description: options.description,
  });
}
