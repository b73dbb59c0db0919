/**
 * SVG elements written as strings (a figure is composed without a DOM): every colour is a hex
 * value passed in, every text a <text> with its size and anchor, nothing styled by class or CSS.
 */
import { escapeXml } from "./draw-context";

/** A coordinate with at most one decimal, so files stay small and diffs stable. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

type AttrValue = string | number | null | undefined;

/** Attributes in the given order; null and undefined are left out, numbers rounded by `num`. */
export function attrs(values: Record<string, AttrValue>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`)
    .join("");
}

export function el(name: string, values: Record<string, AttrValue>, content?: string): string {
  return content === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${content}</${name}>`;
}

export interface TextOptions {
  size: number;
  fill: string;
  weight?: 400 | 600 | 700;
  anchor?: "start" | "middle" | "end";
  font?: string;
}

/** One line of text with its baseline at y. */
export function text(x: number, y: number, content: string, o: TextOptions): string {
  return el(
    "text",
    {
      x,
      y,
      "font-size": o.size,
      "font-weight": o.weight && o.weight !== 400 ? o.weight : null,
      "font-family": o.font,
      fill: o.fill,
      "text-anchor": o.anchor && o.anchor !== "start" ? o.anchor : null,
    },
    escapeXml(content),
  );
}

/**
 * The baseline that centres a line of text of a size on y (glyphs sit about 0.35 em under the
 * middle). Computed rather than left to dominant-baseline, which PowerPoint and Inkscape ignore.
 */
export function middle(y: number, size: number): number {
  return y + size * 0.35;
}

/**
 * Text of a right-to-left figure in a right-to-left isolate (U+2067 … U+2069), so an Urdu label
 * with numbers keeps its order wherever a program places it; other languages as they are.
 */
export function bidi(content: string, rtl: boolean): string {
  return rtl ? `\u2067${content}\u2069` : content;
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: Record<string, AttrValue> = {},
): string {
  return el("rect", {
    x,
    y,
    width: Math.max(0, width),
    height: Math.max(0, height),
    fill,
    ...extra,
  });
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 1,
  dash?: string,
): string {
  return el("line", { x1, y1, x2, y2, stroke, "stroke-width": width, "stroke-dasharray": dash });
}

export function group(content: readonly string[], values: Record<string, AttrValue> = {}): string {
  return `<g${attrs(values)}>${content.join("")}</g>`;
}
