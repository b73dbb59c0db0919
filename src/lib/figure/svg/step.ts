/**
 * A cumulative step area over years. Each year's value holds until the next year's; the last step
 * runs to the end of the axis, the data-as-of day (figure.years.to), and its value is written
 * there. The axis is the figure's own time domain, which sibling figures share. The value axis's
 * label column is as wide as its widest tick label, so no label is clipped.
 */
import type { StepFigure } from "../figure";
import type { DrawBody } from "./draw-context";
import { drawValueAxis, drawYearLabels, plainScale, shortValue, valueAxisLayout } from "./axis";
import { el, group, line, num, text } from "./marks";

export const drawStep: DrawBody<StepFigure> = (figure, area, ctx) => {
  const size = ctx.fontSize;
  const points = [...figure.points].sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return "";
  const axis = valueAxisLayout(
    area,
    Math.min(0, ...points.map((p) => p.value)),
    Math.max(0, ...points.map((p) => p.value)),
    figure.valueUnit,
    ctx,
    { below: Math.round(size * 1.9), above: Math.round(size * 1.6) },
  );
  const { plot, scale } = axis;
  const start = Math.min(figure.years.from, first.year);
  const end = Math.max(figure.years.to, last.year + 1 / 365);
  const x = plainScale(start, end, [plot.x, plot.x + plot.width]);
  const base = scale(0);
  // The step line: each value held to the next year, the last to the end of the axis.
  const outline = points
    .map((p, i) => {
      const y = num(scale(p.value));
      const next = num(x(points[i + 1]?.year ?? end));
      return `${i === 0 ? `M${num(x(p.year))} ${y}` : `V${y}`}H${next}`;
    })
    .join("");
  const d = `${outline}V${num(base)}H${num(x(first.year))}Z`;
  const color = ctx.color(figure.color);
  const parts = [drawValueAxis(axis, figure.valueLabel, area, ctx)];
  parts.push(el("path", { d, fill: color, "fill-opacity": 0.16 }));
  parts.push(
    el("path", {
      d: outline,
      fill: "none",
      stroke: color,
      "stroke-width": Math.max(2, Math.round(size * 0.14)),
      "stroke-linejoin": "round",
    }),
  );
  // A tick at each year's start and at the axis's end; each year's label in the middle of the part
  // of it the axis shows (the as-of year only up to the as-of day).
  const years: { year: number; x: number }[] = [];
  for (let year = start; year < end; year++) {
    years.push({ year, x: x((year + Math.min(year + 1, end)) / 2) });
    parts.push(line(x(year), base, x(year), base + size * 0.3, ctx.ink.axis));
  }
  parts.push(line(x(end), base, x(end), base + size * 0.3, ctx.ink.axis));
  parts.push(
    drawYearLabels(years, plot.y + plot.height + size * 1.35, ctx, {
      minX: plot.x,
      maxX: plot.x + plot.width,
    }),
  );
  parts.push(
    text(
      x(end) - size * 0.3,
      scale(last.value) - size * 0.5,
      shortValue(last.value, figure.valueUnit, ctx),
      {
        size,
        weight: 600,
        fill: ctx.ink.foreground,
        anchor: "end",
      },
    ),
  );
  return group(parts);
};
