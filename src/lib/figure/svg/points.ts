/**
 * Dated points on a time axis: one series per group in its colour, joined by a line only within
 * the group (the statements of one scope, in date order); the years labelled along the axis. A
 * date known only to its year or month sits in the middle of that year or month.
 */
import type { PointsFigure } from "../figure";
import type { DrawBody } from "./draw-context";
import { drawValueAxis, drawYearLabels, plainScale, valueAxisLayout } from "./axis";
import { el, group, line, num } from "./marks";

/** A partial ISO date as a time (UTC ms) in the middle of the period it names. */
export function dateTime(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) throw new Error(`Not a date: “${date}”`);
  if (m === undefined) return (Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2;
  if (d === undefined) return (Date.UTC(y, m - 1, 1) + Date.UTC(y, m, 1)) / 2;
  return Date.UTC(y, m - 1, d, 12);
}

function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}

export const drawPoints: DrawBody<PointsFigure> = (figure, area, ctx) => {
  const size = ctx.fontSize;
  if (figure.points.length === 0) return "";
  const dated = figure.points.map((p) => ({ ...p, time: dateTime(p.date) }));
  const firstYear = Math.min(...dated.map((p) => yearOf(p.time)));
  const endYear = Math.max(...dated.map((p) => yearOf(p.time))) + 1;
  const axis = valueAxisLayout(
    area,
    Math.min(0, ...dated.map((p) => p.value)),
    Math.max(0, ...dated.map((p) => p.value)),
    figure.valueUnit,
    ctx,
    { below: Math.round(size * 1.9), above: Math.round(size * 0.6) },
  );
  const { plot, scale } = axis;
  const year = plainScale(firstYear, endYear, [plot.x, plot.x + plot.width]);
  const x = (time: number) => {
    const y = yearOf(time);
    return year(y + (time - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)));
  };
  const base = scale.domain[0] <= 0 && scale.domain[1] >= 0 ? scale(0) : plot.y + plot.height;
  const parts = [drawValueAxis(axis, figure.valueLabel, area, ctx)];
  const years: { year: number; x: number }[] = [];
  for (let y = firstYear; y <= endYear; y++) {
    parts.push(line(year(y), base, year(y), base + size * 0.3, ctx.ink.axis));
    if (y < endYear) years.push({ year: y, x: year(y + 0.5) });
  }
  const radius = Math.max(4, size * 0.32);
  for (const g of figure.groups) {
    const mine = dated.filter((p) => p.group === g.key).sort((a, b) => a.time - b.time);
    if (mine.length === 0) continue;
    const color = ctx.color(g.color);
    if (mine.length > 1) {
      parts.push(
        el("polyline", {
          points: mine.map((p) => `${num(x(p.time))},${num(scale(p.value))}`).join(" "),
          fill: "none",
          stroke: color,
          "stroke-width": Math.max(2, Math.round(size * 0.12)),
          "stroke-linejoin": "round",
        }),
      );
    }
    for (const p of mine) {
      parts.push(
        el("circle", {
          cx: x(p.time),
          cy: scale(p.value),
          r: radius,
          fill: color,
          stroke: ctx.ink.background,
          "stroke-width": Math.max(1.5, size * 0.08),
        }),
      );
    }
  }
  parts.push(
    drawYearLabels(years, plot.y + plot.height + size * 1.35, ctx, {
      minX: plot.x,
      maxX: plot.x + plot.width,
    }),
  );
  return group(parts);
};
