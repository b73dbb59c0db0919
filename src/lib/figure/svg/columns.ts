/**
 * Vertical bars per year, stacked by series, with each year's total above its column; the value
 * axis has nice ticks (on the right in Urdu) and the year labels are thinned by their measured
 * width so that none overlap. A series with a pattern is filled with it (a <pattern> of hex
 * colours), as its legend swatch is.
 */
import type { ColumnsFigure } from "../figure";
import type { DrawBody } from "./draw-context";
import { drawValueAxis, drawYearLabels, shortValue, valueAxisLayout, widest } from "./axis";
import { fillPatternDef, patternFill } from "./fill-patterns";
import { el, group, rect, text } from "./marks";
import { idPrefix } from "./svg-parts";

/** The pattern tile for a text size: about half an em, so a texture shows in a thin segment. */
export function patternTile(fontSize: number): number {
  return Math.max(6, Math.round(fontSize * 0.5));
}

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
  const prefix = idPrefix(figure.id, 0, area);
  const fills = new Map(
    figure.series.map((s) => [
      s.key,
      patternFill(s.pattern, ctx.color(s.color), `${prefix}-${s.key}`),
    ]),
  );
  const defs = figure.series
    .filter((s) => s.pattern && s.pattern !== "solid")
    .map((s) =>
      fillPatternDef(
        `${prefix}-${s.key}`,
        s.pattern!,
        ctx.color(s.color),
        ctx.ink.background,
        patternTile(size),
      ),
    );
  if (defs.length > 0) parts.push(el("defs", {}, defs.join("")));
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
        rect(centre(i) - barWidth / 2, top, barWidth, scale(acc) - top, fills.get(s.key)!, {
          stroke: ctx.ink.background,
          "stroke-width": 1,
        }),
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
