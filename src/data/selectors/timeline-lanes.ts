import { compareCodes } from "../compare";
import type { DateExtent, TimeRange, TimelineItem, TimelineKind } from "./timeline";

/**
 * Stacks items in a lane so that none overlap: each item goes to the first sub-row whose last item
 * ends (plus `minWidth`, the smallest drawn width in time units) before it begins. Items must be in
 * time order; returns the sub-row of each item.
 */
export function packRows(extents: readonly TimeRange[], minWidth: number): number[] {
  const ends: number[] = [];
  return extents.map((x) => {
    const drawnEnd = Math.max(x.to, x.from + minWidth);
    let row = ends.findIndex((end) => end <= x.from);
    if (row === -1) row = ends.length;
    ends[row] = drawnEnd;
    return row;
  });
}

/**
 * Items placed on the chart: one item, or several of the same kind on the same date (a signing
 * ceremony's documents) drawn as one mark with their number. `left` and `width` are fractions of the
 * plot's width.
 */
export interface Mark {
  /** The item's key, or "cluster:<kind>:<date>" for several. */
  key: string;
  items: TimelineItem[];
  extent: DateExtent;
  /** Sub-row within the lane, so that marks never overlap. */
  row: number;
  left: number;
  width: number;
  /** Drawn as a dot (a known day) rather than a span over the date's uncertainty. */
  point: boolean;
}

export interface Lane {
  kind: TimelineKind;
  rows: number;
  /** Items in the lane (a grouped mark counts each of its items). */
  count: number;
  /** In time order: the order the arrow keys move along. */
  marks: Mark[];
}

export function clusterKey(kind: TimelineKind, date: string): string {
  return `cluster:${kind}:${date}`;
}

/**
 * Lays the items out in one lane per kind over `range`: a day becomes a dot, a month or a year a
 * span over the whole of it, clipped to the range. Items of a kind sharing a date become one mark.
 * `minWidth` and `clusterWidth` are the smallest drawn single and grouped marks as fractions of the
 * width; marks closer than that stack into sub-rows.
 */
export function layoutLanes(
  items: readonly TimelineItem[],
  kinds: readonly TimelineKind[],
  range: TimeRange,
  minWidth: number,
  clusterWidth = minWidth,
): Lane[] {
  const span = range.to - range.from;
  const frac = (t: number) => Math.min(1, Math.max(0, (t - range.from) / span));
  return kinds.map((kind) => {
    const byDate = new Map<string, TimelineItem[]>();
    for (const x of items) {
      if (x.kind !== kind || x.extent.to <= range.from || x.extent.from >= range.to) continue;
      const group = byDate.get(x.extent.date);
      if (group) group.push(x);
      else byDate.set(x.extent.date, [x]);
    }
    const placed = [...byDate.values()]
      .map((group) => {
        const extent = group[0]!.extent;
        const min = group.length > 1 ? clusterWidth : minWidth;
        const point = extent.precision === "day";
        const left = frac(extent.from);
        const right = frac(extent.to);
        const drawnFrom = point ? (left + right) / 2 - min / 2 : left;
        const drawnTo = point ? drawnFrom + min : Math.max(right, left + min);
        const key = group.length > 1 ? clusterKey(kind, extent.date) : group[0]!.key;
        return {
          key,
          items: group,
          extent,
          point,
          left: point ? drawnFrom : left,
          width: point ? min : right - left,
          drawnFrom,
          drawnTo,
        };
      })
      .sort((a, b) => a.drawnFrom - b.drawnFrom || compareCodes(a.key, b.key));
    const rows = packRows(
      placed.map((p) => ({ from: p.drawnFrom, to: p.drawnTo })),
      0,
    );
    const marks = placed.map((p, i) => ({
      key: p.key,
      items: p.items,
      extent: p.extent,
      row: rows[i]!,
      left: p.left,
      width: p.width,
      point: p.point,
    }));
    const count = marks.reduce((n, m) => n + m.items.length, 0);
    return { kind, rows: Math.max(1, ...rows.map((r) => r + 1)), count, marks };
  });
}

/** The items a cluster key stands for, among the items shown; empty when the key is not a cluster. */
export function clusterItems(key: string, items: readonly TimelineItem[]): TimelineItem[] {
  const [type, kind, date] = key.split(":");
  if (type !== "cluster") return [];
  return items.filter((x) => x.kind === kind && x.extent.date === date);
}
