/** The legend's marks: each entry's swatch drawn as the chart draws its series. */
import type { FillPattern, LegendEntry } from "../figure";
import { fillPatternDef } from "./fill-patterns";
import { el, line, rect } from "./marks";

/**
 * A legend entry's mark as the chart draws it: a filled square, a dot, an unfilled box, or a
 * (dashed) vertical stroke like the "today" and completion lines. `left` is its left edge.
 */
export function legendSwatch(
  shape: LegendEntry["shape"],
  left: number,
  cy: number,
  size: number,
  color: string,
  texture?: { pattern: FillPattern; id: string; ink: string; tile: number },
): string {
  const stroke = Math.max(2, Math.round(size * 0.14));
  const x = left + size / 2;
  switch (shape) {
    case "circle":
      return el("circle", { cx: x, cy, r: size / 2, fill: color });
    case "outline":
      return rect(
        left + stroke / 2,
        cy - (size - stroke) / 2,
        size - stroke,
        size - stroke,
        "none",
        {
          stroke: color,
          "stroke-width": stroke,
        },
      );
    case "square":
      // Textured as its series is, with the same tile, so the swatch matches the bars.
      return texture && texture.pattern !== "solid"
        ? el(
            "defs",
            {},
            fillPatternDef(texture.id, texture.pattern, color, texture.ink, texture.tile),
          ) + rect(left, cy - size / 2, size, size, `url(#${texture.id})`, { rx: 2 })
        : rect(left, cy - size / 2, size, size, color, { rx: 2 });
    case "line":
      return line(x, cy - size * 0.6, x, cy + size * 0.6, color, stroke);
    case "dashed":
      return line(
        x,
        cy - size * 0.6,
        x,
        cy + size * 0.6,
        color,
        stroke,
        `${stroke * 2} ${stroke * 1.5}`,
      );
    case "hatched": {
      // A box hatched at 135°, as a date known only to the year or month is drawn.
      const top = cy - size / 2;
      const half = size / 2;
      return [
        rect(left, top, size, size, "none", { stroke: color, "stroke-width": stroke / 2 }),
        line(left, top + half, left + half, top, color, stroke / 2),
        line(left, top + size, left + size, top, color, stroke / 2),
        line(left + half, top + size, left + size, top + half, color, stroke / 2),
      ].join("");
    }
    case "diamond":
      return el("polygon", {
        points: `${x},${cy - size / 2} ${left + size},${cy} ${x},${cy + size / 2} ${left},${cy}`,
        fill: "none",
        stroke: color,
        "stroke-width": stroke,
      });
    case "ring":
      return el("circle", {
        cx: x,
        cy,
        r: size / 2 - stroke / 2,
        fill: "none",
        stroke: color,
        "stroke-width": stroke,
      });
    case "route":
      return [
        line(left, cy, left + size, cy, color, stroke),
        el("circle", { cx: left + stroke, cy, r: stroke * 1.2, fill: color }),
        el("circle", { cx: left + size - stroke, cy, r: stroke * 1.2, fill: color }),
      ].join("");
  }
}
