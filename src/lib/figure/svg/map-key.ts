/**
 * The map figure's keys: the size key (reference circles with their values) and the shade key,
 * ending in the hatched several-provinces total (counted in no unit), with the scales they share
 * with the marks.
 */
import { formatNumber } from "../../format";
import { bracketed, formatRange, labelled } from "../../punctuation";
import { wrapText } from "../../export/text-layout";
import type { MapFigure } from "../figure-map";
import { formatValue } from "../format-value";
import type { DrawContext } from "./draw-context";
import { mixHex, placeLabel, r2, svgText } from "./svg-parts";

/**
 * The shade ramp's share of the palette colour per class: light enough for the markers on top. The
 * ramp is purple (chart-9), not the screen's blue, because here the provinces are shaded under the
 * projects and beside a blue sea: no status colour and not the sea can be taken for a class.
 */
const RAMP = [0.1, 0.2, 0.32, 0.45, 0.6];

export function shadeColor(index: number, count: number, ctx: DrawContext): string {
  if (index < 0 || count <= 0) return ctx.ink.background;
  const step =
    count === 1 ? RAMP.length - 1 : Math.round((index * (RAMP.length - 1)) / (count - 1));
  return mixHex(ctx.color("chart-9"), ctx.ink.background, RAMP[step]!);
}

/** Marker radius on a square-root scale: area proportional to the value; small ones stay visible. */
export function mapRadius(
  value: number | null,
  max: number,
  maxRadius: number,
  fs: number,
): number {
  if (value === null) return 0.32 * fs;
  if (max <= 0) return 0.38 * fs;
  return Math.max(0.38 * fs, maxRadius * Math.sqrt(value / max));
}

/** Diagonal stripes of the background over the class colour: spread over several units. */
function severalPattern(id: string, fill: string, ctx: DrawContext): string {
  const s = r2(0.45 * ctx.fontSize);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(45)">` +
    `<rect width="${s}" height="${s}" fill="${fill}"/>` +
    `<rect width="${r2(s / 3)}" height="${s}" fill="${ctx.ink.background}"/>` +
    `</pattern>`
  );
}

/** The shade classes' labels: "US$5bn–US$10bn", or one value where a class holds one. */
function classLabels(figure: MapFigure, ctx: DrawContext): string[] {
  const short = (v: number) =>
    figure.shadeUnit === "usd-millions"
      ? formatValue(v, "usd-millions", ctx.format, { short: true })
      : formatNumber(v, ctx.format);
  return figure.shadeClasses.map((c) =>
    c.from === c.upper ? short(c.upper) : formatRange(short(c.from), short(c.upper), ctx.format),
  );
}

/**
 * The width the shade key needs for its class labels on one line each, with their swatches: a
 * range broken over two lines ("US$10bn– / US$15bn") is harder to read than a wider key.
 */
export function shadeKeyWidth(figure: MapFigure, ctx: DrawContext): number {
  const fs = ctx.fontSize;
  const labels = [figure.shadeNone, ...classLabels(figure, ctx)];
  return Math.max(...labels.map((l) => ctx.measure(l, { size: fs, weight: 400 }))) + 2.5 * fs;
}

/** The size key (reference circles with their values) and the shade key, from y = 0 down. */
export function drawKey(
  figure: MapFigure,
  x0: number,
  y0: number,
  width: number,
  maxRadius: number,
  ctx: DrawContext,
  /** The id of the several-provinces hatch, when there is one to key. */
  severalId?: string,
): { markup: string; height: number } {
  const fs = ctx.fontSize;
  const { foreground, muted } = ctx.ink;
  const rtl = ctx.rtl;
  const edge = rtl ? x0 + width : x0;
  const out: string[] = [];
  let y = y0;
  const paragraph = (text: string, weight: 400 | 700, fill: string) => {
    for (const line of wrapText(text, width, { size: fs, weight }, ctx.measure)) {
      y += fs * 1.25;
      out.push(svgText(ctx, edge, y, line, { size: fs, weight, fill, ...placeLabel(line, rtl) }));
    }
  };
  paragraph(figure.sizeLabel, 700, foreground);
  if (figure.sizeKey.length > 0) {
    const radii = figure.sizeKey.map((v) => mapRadius(v, figure.sizeMax, maxRadius, fs));
    const texts = figure.sizeKey.map((v) =>
      formatValue(v, figure.sizeUnit, ctx.format, { short: figure.sizeUnit === "usd-millions" }),
    );
    const slot = width / figure.sizeKey.length;
    const widest = Math.max(...texts.map((t) => ctx.measure(t, { size: fs, weight: 400 })));
    const circle = (cx: number, cy: number, r: number) =>
      `<circle cx="${r2(cx)}" cy="${r2(cy)}" r="${r2(r)}" fill="none" stroke="${foreground}" stroke-width="1.5"/>`;
    if (widest <= slot - 0.4 * fs) {
      // Side by side, each value under its circle.
      const base = y + 0.6 * fs + 2 * radii[0]!;
      figure.sizeKey.forEach((_, i) => {
        const cx = rtl ? x0 + width - slot * (i + 0.5) : x0 + slot * (i + 0.5);
        out.push(circle(cx, base - radii[i]!, radii[i]!));
        out.push(
          svgText(ctx, cx, base + 1.3 * fs, texts[i]!, {
            size: fs,
            fill: foreground,
            anchor: "middle",
          }),
        );
      });
      y = base + 1.6 * fs;
    } else {
      // Too narrow for the values side by side (Urdu's longer words): one circle a row.
      const largest = radii[0]!;
      figure.sizeKey.forEach((_, i) => {
        const r = radii[i]!;
        const row = Math.max(2 * r, 1.2 * fs);
        const cy = y + 0.4 * fs + row / 2;
        const cx = rtl ? x0 + width - largest : x0 + largest;
        out.push(circle(cx, cy, r));
        const tx = rtl ? cx - largest - 0.5 * fs : cx + largest + 0.5 * fs;
        out.push(
          svgText(ctx, tx, cy + 0.35 * fs, texts[i]!, {
            size: fs,
            fill: foreground,
            ...placeLabel(texts[i]!, rtl),
          }),
        );
        y += row + 0.4 * fs;
      });
      y += 0.6 * fs;
    }
  }
  for (const note of figure.sizeNotes) paragraph(note, 400, muted);
  y += 0.9 * fs;
  paragraph(figure.shadeLabel, 700, foreground);
  const swatch = (fill: string, label: string) => {
    y += fs * 1.5;
    const sx = rtl ? x0 + width - 1.8 * fs : x0;
    out.push(
      `<rect x="${r2(sx)}" y="${r2(y - fs)}" width="${r2(1.8 * fs)}" height="${r2(1.15 * fs)}" rx="2" fill="${fill}" stroke="${ctx.ink.grid}"/>`,
    );
    const tx = rtl ? sx - 0.5 * fs : sx + 2.3 * fs;
    // A long label (the several-provinces total) wraps under itself rather than run past the key.
    const lines = wrapText(label, width - 2.3 * fs, { size: fs, weight: 400 }, ctx.measure);
    lines.forEach((line, i) => {
      if (i > 0) y += fs * 1.25;
      out.push(svgText(ctx, tx, y, line, { size: fs, fill: foreground, ...placeLabel(line, rtl) }));
    });
  };
  swatch(shadeColor(-1, figure.shadeClasses.length, ctx), figure.shadeNone);
  classLabels(figure, ctx).forEach((label, i) =>
    swatch(shadeColor(i, figure.shadeClasses.length, ctx), label),
  );
  const several = figure.several;
  if (several && severalId) {
    const fill = shadeColor(several.shade, figure.shadeClasses.length, ctx);
    out.push(`<defs>${severalPattern(severalId, fill, ctx)}</defs>`);
    const total = bracketed(several.value, several.count, ctx.format);
    swatch(`url(#${severalId})`, labelled(several.label, total, ctx.format));
  }
  return { markup: out.join(""), height: y - y0 + 0.4 * fs };
}
