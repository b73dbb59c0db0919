/**
 * Vertical bars per year, stacked by series, with each year's total above its column; the value
 * axis has nice ticks (on the right in Urdu) and the year labels are thinned by their measured
 * width so that none overlap.
 */
import type { ColumnsFigure } from "../figure";
import type { DrawBody } from "./draw-context";
import { drawValueAxis, drawYearLabels, shortValue, valueAxisLayout, widest } from "./axis";
import { group, rect, text } from "./marks";

/** Each year's total over the figure's series. */
export function columnTotals(figure: ColumnsFigure): number[] {
  return figure.columns.map((c) =>
    figure.series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0),
  );
}

export const drawColumns: DrawBody<ColumnsFigure> = (figure, area, ctx) => {
  const size = ctx.fontSize;
  const totals = columnTotals(figure);
  const axis = valueAxisLayout(area, 0, Math.max(0, ...totals), figure.valueUnit, ctx, {
    below: Math.round(size * 1.9),
    above: Math.round(size * 1.5),
  });
  const { plot, scale } = axis;
  const parts = [drawValueAxis(axis, figure.valueLabel, area, ctx)];
  const n = Math.max(1, figure.columns.length);
  const band = plot.width / n;
  const barWidth = Math.min(band * 0.66, size * 5);
  const centre = (i: number) => plot.x + band * (i + 0.5);
  const totalTexts = totals.map((t) => shortValue(t, figure.valueUnit, ctx));
  // Totals are written only when each fits over its column; the axis still gives the values.
  const showTotals = widest(totalTexts, ctx) <= band - size * 0.3;
  figure.columns.forEach((column, i) => {
    let acc = 0;
    for (const s of figure.series) {
      const v = column.values[s.key] ?? 0;
      if (v <= 0) continue;
      const top = scale(acc + v);
      parts.push(
        rect(centre(i) - barWidth / 2, top, barWidth, scale(acc) - top, ctx.color(s.color)),
      );
      acc += v;
    }
    if (showTotals) {
      parts.push(
        text(centre(i), scale(totals[i]!) - size * 0.4, totalTexts[i]!, {
          size,
          weight: 600,
          fill: ctx.ink.foreground,
          anchor: "middle",
        }),
      );
    }
  });
  parts.push(
    drawYearLabels(
      figure.columns.map((c, i) => ({ year: c.year, x: centre(i) })),
      plot.y + plot.height + size * 1.35,
      ctx,
      { minX: plot.x, maxX: plot.x + plot.width },
    ),
  );
  return group(parts);
};
