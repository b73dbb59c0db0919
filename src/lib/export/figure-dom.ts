/**
 * Reading a figure out of the page: which <svg> is the chart, what its legend says, and a clone of
 * the chart with every style inlined as plain SVG attributes in hex/rgba colours, so the file looks
 * the same outside the page (no classes, no var(), no oklch(), no foreignObject).
 */
import type { ColorConverter } from "./colors";
import { EXPORT_FONT } from "./text-layout";

export const SVG_NS = "http://www.w3.org/2000/svg";

export interface LegendItem {
  label: string;
  color: string;
  /** square: a filled swatch; circle: a dot; outline: an unfilled box; line: a stroke. */
  shape: "square" | "circle" | "outline" | "line";
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const attr = (name: string) => parseFloat(svg.getAttribute(name) ?? "") || 0;
  return {
    width: rect.width || attr("width") || svg.viewBox?.baseVal?.width || 0,
    height: rect.height || attr("height") || svg.viewBox?.baseVal?.height || 0,
  };
}

/**
 * The chart's <svg>: one marked data-export (our own SVG charts), else the Recharts surface (not a
 * legend icon, which is also an svg.recharts-surface), else the largest sizeable <svg>. Null when
 * the figure is HTML only.
 */
export function findChartSvg(root: Element): SVGSVGElement | null {
  const marked = root.querySelector<SVGSVGElement>("svg[data-export]");
  if (marked) return marked;
  const recharts = root.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface");
  if (recharts) return recharts;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>("svg")) {
    if (svg.parentElement?.closest("svg")) continue;
    const { width, height } = svgSize(svg);
    if (width >= 200 && height >= 120 && width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

export { svgSize };

const isTransparent = (c: string) =>
  c === "" || c === "transparent" || c === "none" || /^rgba\(.*,\s*0\)$/.test(c.replace(/\s/g, ""));

/** Reads an element's computed style; injectable because jsdom does not cascade SVG attributes. */
export type StyleReader = (el: Element) => Pick<CSSStyleDeclaration, "getPropertyValue">;
const computed: StyleReader = (el) => getComputedStyle(el);

function swatchOf(
  mark: Element,
  convert: ColorConverter,
  readStyle: StyleReader,
): Pick<LegendItem, "color" | "shape"> | null {
  for (const el of [mark, ...mark.querySelectorAll("*")]) {
    const cs = readStyle(el);
    if (el instanceof SVGElement) {
      const fill = cs.getPropertyValue("fill") || el.getAttribute("fill") || "";
      const stroke = cs.getPropertyValue("stroke") || el.getAttribute("stroke") || "";
      if (el.tagName === "svg" || el.tagName === "g") continue;
      // A line's (or open path's) fill is not what the reader sees; its stroke is.
      const strokeOnly =
        el.tagName === "line" ||
        el.tagName === "polyline" ||
        (el.tagName === "path" && !/z/i.test(el.getAttribute("d") ?? "z"));
      const filled = !strokeOnly && !isTransparent(fill) && convert(fill);
      if (filled) return { color: filled, shape: el.tagName === "circle" ? "circle" : "square" };
      const stroked = !isTransparent(stroke) && convert(stroke);
      if (stroked) return { color: stroked, shape: el.tagName === "line" ? "line" : "outline" };
      continue;
    }
    const bg = cs.getPropertyValue("background-color");
    const filled = !isTransparent(bg) && convert(bg);
    if (filled) {
      const radius = parseFloat(cs.getPropertyValue("border-top-left-radius")) || 0;
      const round = radius > 0 && radius >= (el.clientWidth || 12) / 2 - 0.5;
      return { color: filled, shape: round ? "circle" : "square" };
    }
    for (const side of ["Top", "Left", "Right", "Bottom"] as const) {
      const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
      const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (width > 0 && style !== "none" && !isTransparent(color)) {
        const c = convert(color);
        if (c) return { color: c, shape: el.clientWidth <= width + 1 ? "line" : "outline" };
      }
    }
  }
  return null;
}

/**
 * The figure's legend, read from what the page shows: Recharts legend items, or an HTML list
 * marked data-legend or labelled "…legend…", whose items hold an aria-hidden swatch and a label.
 */
export function readLegend(
  root: Element,
  convert: ColorConverter,
  readStyle: StyleReader = computed,
): LegendItem[] {
  const items: LegendItem[] = [];
  for (const item of root.querySelectorAll(".recharts-legend-item")) {
    const label = item.querySelector(".recharts-legend-item-text")?.textContent?.trim() ?? "";
    const icon = item.querySelector("svg");
    const swatch = icon && swatchOf(icon, convert, readStyle);
    if (label && swatch) items.push({ label, ...swatch });
  }
  if (items.length > 0) return items;
  const lists = [...root.querySelectorAll("[data-legend], [aria-label]")].filter(
    (el) => el.hasAttribute("data-legend") || /legend/i.test(el.getAttribute("aria-label") ?? ""),
  );
  for (const list of lists) {
    if (lists.some((other) => other !== list && other.contains(list))) continue;
    for (const li of list.querySelectorAll("li")) {
      const mark = li.querySelector("[aria-hidden='true']");
      const label = li.textContent?.replace(/\s+/g, " ").trim() ?? "";
      const swatch = mark && swatchOf(mark, convert, readStyle);
      if (label && swatch) items.push({ label, ...swatch });
    }
  }
  return items;
}

const COLOR_PROPS = ["fill", "stroke", "stop-color", "flood-color", "lighting-color"];
const SHAPE_PROPS = [
  "fill-opacity",
  "fill-rule",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stop-opacity",
  "opacity",
];
const TEXT_PROPS = ["font-size", "font-weight", "font-style", "text-anchor", "letter-spacing"];
const TEXT_TAGS = new Set(["text", "tspan", "textPath"]);
const DROP_ATTR = /^(class|style|tabindex|focusable|role|on\w+|aria-.*|data-.*)$/i;
const UNSAFE_VALUE = /var\(|oklch\(|oklab\(|color-mix\(|lab\(|lch\(/i;

/**
 * A deep clone of a chart <svg> whose look no longer depends on the page: computed styles written
 * as attributes, colours converted, hidden parts and foreignObject removed, text in the export font.
 */
export function cloneChartSvg(
  svg: SVGSVGElement,
  convert: ColorConverter,
  readStyle: StyleReader = computed,
  /** The font stack of the figure's language (text-layout's exportFont). */
  font: string = EXPORT_FONT,
): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const pairs: [Element, Element][] = [];
  const walk = (a: Element, b: Element) => {
    pairs.push([a, b]);
    const ac = a.children;
    const bc = b.children;
    for (let i = 0; i < ac.length; i++) walk(ac[i]!, bc[i]!);
  };
  walk(svg, clone);
  const removed = new Set<Element>();
  for (const [orig, copy] of pairs) {
    if ([...removed].some((r) => r.contains(copy))) continue;
    const cs = readStyle(orig);
    if (
      copy.namespaceURI !== SVG_NS ||
      copy.localName === "foreignObject" ||
      cs.getPropertyValue("display") === "none" ||
      cs.getPropertyValue("visibility") === "hidden"
    ) {
      removed.add(copy);
      continue;
    }
    const read = (prop: string) =>
      (cs.getPropertyValue(prop) || orig.getAttribute(prop) || "").trim();
    for (const prop of COLOR_PROPS) {
      const value = read(prop);
      if (!value) continue;
      if (value.startsWith("url(")) {
        copy.setAttribute(prop, value.replace(/url\(["']?[^#]*(#[^"')]+)["']?\)/, "url($1)"));
        continue;
      }
      copy.setAttribute(prop, convert(value) ?? "none");
    }
    for (const prop of SHAPE_PROPS) {
      const value = read(prop);
      if (value && value !== "normal") copy.setAttribute(prop, value);
    }
    if (TEXT_TAGS.has(copy.localName)) {
      for (const prop of TEXT_PROPS) {
        const value = read(prop);
        if (value && value !== "normal") copy.setAttribute(prop, value);
      }
      copy.setAttribute("font-family", font);
    }
    for (const attr of [...copy.attributes]) {
      if (DROP_ATTR.test(attr.name) || UNSAFE_VALUE.test(attr.value))
        copy.removeAttribute(attr.name);
    }
  }
  for (const r of removed) r.remove();
  return clone;
}
