import { scaleUtc } from "d3-scale";
import { pad2, type TimeRange } from "./timeline";

// Apart from the other timeline selectors: the time scale is a large library, which only the
// views that draw a time axis (Projects' Gantt, the Timeline) need; the rest load without it.

/**
 * Axis ticks for a time range, each with the partial date it stands for at its own precision
 * ("2017" on 1 January, "2017-05" on the first of a month, else the day), for formatting.
 */
export function timeTicks(range: TimeRange, count: number): { at: number; date: string }[] {
  return scaleUtc()
    .domain([range.from, range.to])
    .ticks(Math.max(2, count))
    .map((d) => {
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + 1;
      const day = d.getUTCDate();
      const date =
        m === 1 && day === 1
          ? String(y)
          : day === 1
            ? `${y}-${pad2(m)}`
            : `${y}-${pad2(m)}-${pad2(day)}`;
      return { at: d.getTime(), date };
    });
}
