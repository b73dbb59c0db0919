/**
 * Small SVG pieces the Gantt, timeline and map bodies share: text, a hatch pattern, colour mixing
 * and a year axis whose labels are never cut at the edges. All colours are hex, all text is text.
 */
import { formatYear } from "../../format";
import { escapeXml, type DrawContext } from "./draw-context";

/** Rounds for compact markup. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

export interface TextOptions {
  size: number;
  weight?: 400 | 600 | 700;
  fill: string;
  anchor?: "start" | "middle" | "end";
  /** Right to left: `start` is then the right edge. */
  rtl?: boolean;
  italic?: boolean;
  /** A halo in this colour keeps text readable over marks and shading. */
  halo?: string;
  baseline?: "middle" | "auto";
}

export function svgText(
  ctx: DrawContext,
  x: number,
  y: number,
  text: string,
  o: TextOptions,
): string {
  const attrs = [
    `x="${r2(x)}"`,
    `y="${r2(y)}"`,
    `font-family="${escapeXml(ctx.font)}"`,
    `font-size="${r2(o.size)}"`,
    `fill="${o.fill}"`,
  ];
  if (o.weight && o.weight !== 400) attrs.push(`font-weight="${o.weight}"`);
  if (o.anchor && o.anchor !== "start") attrs.push(`text-anchor="${o.anchor}"`);
  if (o.rtl) attrs.push(`direction="rtl"`, `unicode-bidi="embed"`);
  if (o.italic) attrs.push(`font-style="italic"`);
  if (o.baseline === "middle") attrs.push(`dominant-baseline="central"`);
  if (o.halo)
    attrs.push(
      `stroke="${o.halo}"`,
      `stroke-width="${r2(o.size / 4)}"`,
      `stroke-linejoin="round"`,
      `paint-order="stroke"`,
    );
  return `<text ${attrs.join(" ")}>${escapeXml(text)}</text>`;
}

function channel(hex: string, i: number): number {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h.slice(0, 6);
  return parseInt(full.slice(i * 2, i * 2 + 2), 16);
}

/** `a` mixed into `b`, `share` of `a` (0–1), as hex: the screen's color-mix(in srgb, a x%, b). */
export function mixHex(a: string, b: string, share: number): string {
  const out = [0, 1, 2].map((i) =>
    Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
      .toString(16)
      .padStart(2, "0"),
  );
  return `#${out.join("")}`;
}

/** A 135° hatch in `color` over a tint of it, for dates known only to the year or month. */
export function hatchPattern(id: string, color: string, background: string, size: number): string {
  const s = r2(size);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(45)">` +
    `<rect width="${s}" height="${s}" fill="${mixHex(color, background, 0.18)}"/>` +
    `<rect width="${r2(size / 2.4)}" height="${s}" fill="${color}"/>` +
    `</pattern>`
  );
}

/** An id safe in XML and unique to a figure, a page and a place on the page. */
export function idPrefix(figureId: string, page: number, area: { x: number; y: number }): string {
  return `${figureId.replace(/[^A-Za-z0-9_-]/g, "-")}-p${page}-${Math.round(area.x)}-${Math.round(area.y)}`;
}

export interface YearLabel {
  x: number;
  text: string;
}

/**
 * Year labels over [x0, x1] for a domain of whole years: centred in each year's band when the
 * bands are wide enough, otherwise at every n-th 1 January, each kept inside [x0, x1].
 */
export function yearAxis(
  domain: { start: number; end: number },
  x0: number,
  x1: number,
  ctx: DrawContext,
  size: number,
): { ticks: number[]; labels: YearLabel[] } {
  const first = new Date(domain.start).getUTCFullYear();
  const last = new Date(domain.end - 1).getUTCFullYear();
  const x = (t: number) => x0 + ((t - domain.start) / (domain.end - domain.start)) * (x1 - x0);
  const years: number[] = [];
  for (let y = first; y <= last + 1; y++) years.push(y);
  const ticks = years
    .map((y) => x(Date.UTC(y, 0, 1)))
    .filter((v) => v >= x0 - 0.5 && v <= x1 + 0.5);
  const widest = Math.max(
    ...years.map((y) => ctx.measure(formatYear(y, ctx.format), { size, weight: 400 })),
  );
  const band = (x1 - x0) / Math.max(1, last - first + 1);
  if (band >= widest + size) {
    const labels = years
      .filter((y) => y <= last)
      .map((y) => ({
        x: (x(Date.UTC(y, 0, 1)) + x(Date.UTC(y + 1, 0, 1))) / 2,
        text: formatYear(y, ctx.format),
      }))
      .filter((l) => l.x > x0 && l.x < x1);
    return { ticks, labels };
  }
  const step = [2, 5, 10, 20, 50].find((s) => band * s >= widest + 1.5 * size) ?? 100;
  const labels = years
    .filter((y) => y % step === 0)
    .map((y) => {
      const text = formatYear(y, ctx.format);
      const half = ctx.measure(text, { size, weight: 400 }) / 2;
      const at = x(Date.UTC(y, 0, 1));
      return { x: Math.min(x1 - half, Math.max(x0 + half, at)), text, at };
    })
    .filter((l) => l.at >= x0 - 0.5 && l.at <= x1 + 0.5)
    .map(({ x: lx, text }) => ({ x: lx, text }));
  return { ticks, labels };
}

/**
 * How a label sits at the right edge of a right-to-left figure: text in Urdu runs right to left
 * from that edge; a name in English keeps its own direction (so its brackets stay where they
 * belong) and ends at that edge.
 */
export function placeLabel(text: string, rtl: boolean): { rtl?: boolean; anchor?: "end" } {
  if (!rtl) return {};
  return /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(text)
    ? { rtl: true }
    : { anchor: "end" };
}
