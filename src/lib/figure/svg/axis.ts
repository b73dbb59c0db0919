/**
 * Scales and axes shared by the chart bodies: nice value ticks (d3-array), a value axis whose
 * label column is as wide as its widest measured label (never clipped), and year labels thinned by
 * their measured width so that none overlap.
 */
import { nice, ticks } from "d3-array";
import { formatYear } from "../../format";
import type { ValueUnit } from "../figure";
import { formatValue } from "../format-value";
import type { DrawContext, Rect } from "./draw-context";
import { bidi, line, middle, text } from "./marks";

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  ticks: readonly number[];
}

/** A linear scale over a nice domain covering lo…hi, with about `count` ticks. */
export function linearScale(
  lo: number,
  hi: number,
  range: readonly [number, number],
  count: number,
): LinearScale {
  const [d0, d1] = hi > lo ? nice(lo, hi, count) : [lo, lo + 1];
  const map = (v: number) => range[0] + ((v - d0) / (d1 - d0)) * (range[1] - range[0]);
  return Object.assign(map, { domain: [d0, d1] as const, ticks: ticks(d0, d1, count) });
}

/** A scale with no rounding of its domain (time, years). */
export function plainScale(
  d0: number,
  d1: number,
  range: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (v) => range[0] + ((v - d0) / span) * (range[1] - range[0]);
}

/** The widest of some texts at a size. */
export function widest(labels: readonly string[], ctx: DrawContext, size = ctx.fontSize): number {
  return Math.max(0, ...labels.map((l) => ctx.measure(l, { size, weight: 400 })));
}

/** A value as an axis or bar label writes it ("US$1.91bn"). */
export function shortValue(value: number, unit: ValueUnit, ctx: DrawContext): string {
  return formatValue(value, unit, ctx.format, { short: true });
}

/**
 * The smallest step k such that every k-th label clears its neighbour by `gap` px, whichever label
 * the counting starts from. Labels are centred on their positions.
 */
export function thinStep(positions: readonly number[], widths: readonly number[], gap: number) {
  for (let k = 1; k < positions.length; k++) {
    let clear = true;
    for (let i = 0; i + k < positions.length && clear; i++) {
      const room = Math.abs(positions[i + k]! - positions[i]!);
      clear = room >= (widths[i]! + widths[i + k]!) / 2 + gap;
    }
    if (clear) return k;
  }
  return Math.max(1, positions.length);
}

export interface ValueAxis {
  /** The plot: the area less the axis title row, the label column and the room below. */
  plot: Rect;
  scale: LinearScale;
  labels: readonly string[];
  /** Between the plot and its tick labels. */
  gap: number;
}

/**
 * Lays out a value axis (0 or lo … hi) in an area: the title on a row above, the tick labels in a
 * column as wide as the widest of them — on the left, or on the right in a right-to-left figure.
 * `below` is the room kept under the plot (the year labels), `far` the room on the other side,
 * `above` the room kept at the top of the plot over the highest value (its label).
 */
export function valueAxisLayout(
  area: Rect,
  lo: number,
  hi: number,
  unit: ValueUnit,
  ctx: DrawContext,
  room: { below: number; far?: number; above?: number },
): ValueAxis {
  const titleRow = Math.round(ctx.fontSize * 1.8);
  const top = area.y + titleRow;
  const height = Math.max(ctx.fontSize * 3, area.height - titleRow - room.below);
  const count = Math.max(2, Math.floor(height / (ctx.fontSize * 3)));
  const scale = linearScale(Math.min(0, lo), hi, [top + height, top + (room.above ?? 0)], count);
  const labels = scale.ticks.map((v) => shortValue(v, unit, ctx));
  const gap = Math.round(ctx.fontSize * 0.5);
  const column = Math.ceil(widest(labels, ctx)) + gap;
  const far = room.far ?? 0;
  const width = Math.max(ctx.fontSize * 3, area.width - column - far);
  const x = ctx.rtl ? area.x + far : area.x + column;
  return { plot: { x, y: top, width, height }, scale, labels, gap };
}

/** Grid lines, tick labels and the axis title of a laid-out value axis. */
export function drawValueAxis(axis: ValueAxis, title: string, area: Rect, ctx: DrawContext) {
  const { plot, scale, labels, gap } = axis;
  const parts: string[] = [];
  const labelX = ctx.rtl ? plot.x + plot.width + gap : plot.x - gap;
  scale.ticks.forEach((v, i) => {
    const y = scale(v);
    const stroke = v === 0 ? ctx.ink.axis : ctx.ink.grid;
    parts.push(line(plot.x, y, plot.x + plot.width, y, stroke, v === 0 ? 1.5 : 1));
    parts.push(
      text(labelX, middle(y, ctx.fontSize), bidi(labels[i]!, ctx.rtl), {
        size: ctx.fontSize,
        fill: ctx.ink.muted,
        anchor: ctx.rtl ? "start" : "end",
      }),
    );
  });
  if (title) {
    parts.push(
      text(ctx.rtl ? area.x + area.width : area.x, area.y + ctx.fontSize, bidi(title, ctx.rtl), {
        size: ctx.fontSize,
        fill: ctx.ink.muted,
        anchor: ctx.rtl ? "end" : "start",
      }),
    );
  }
  return parts.join("");
}

/**
 * Year labels centred on their positions along a baseline, every k-th only where they would
 * otherwise touch; the last year is always among those kept (the step is counted back from it).
 * Labels are kept inside minX…maxX.
 */
export function drawYearLabels(
  years: readonly { year: number; x: number }[],
  y: number,
  ctx: DrawContext,
  bounds: { minX: number; maxX: number },
): string {
  const labels = years.map((d) => formatYear(d.year, ctx.format));
  const widths = labels.map((l) => ctx.measure(l, { size: ctx.fontSize, weight: 400 }));
  const step = thinStep(
    years.map((d) => d.x),
    widths,
    ctx.fontSize * 0.6,
  );
  const last = years.length - 1;
  return years
    .map((d, i) => {
      if ((last - i) % step !== 0) return "";
      const half = widths[i]! / 2;
      const x = Math.min(bounds.maxX - half, Math.max(bounds.minX + half, d.x));
      return text(x, y, labels[i]!, { size: ctx.fontSize, fill: ctx.ink.muted, anchor: "middle" });
    })
    .join("");
}
