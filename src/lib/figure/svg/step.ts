/**
 * A cumulative step area over years. Each year's value holds until the next year's; the last step
 * runs to the end of the axis (the end of its year) and its value is written there. The value
 * axis's label column is as wide as its widest tick label, so no label is clipped.
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
  const end = last.year + 1;
  const x = plainScale(first.year, end, [plot.x, plot.x + plot.width]);
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
  const years: { year: number; x: number }[] = [];
  for (let year = first.year; year < end; year++) {
    years.push({ year, x: x(year + 0.5) });
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
