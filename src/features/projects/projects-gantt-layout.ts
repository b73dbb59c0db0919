import type { TimeRange } from "@/data/selectors/timeline";

/** Above this many rows only the rows in view are rendered. */
export const GANTT_VIRTUAL_ABOVE = 150;
/** A row on a wide list (name, bars and delay side by side) and on a narrow one (name above bars). */
export const ROW_PX = 30;
export const NARROW_ROW_PX = 46;
export const GROUP_PX = 30;
export const SCROLL_MAX_PX = 640;
/** Below this width of the list the name sits above its bars, across the whole width. */
export const NARROW_BELOW_PX = 640;

/**
 * The list's columns, by the width of the list itself (a container query, so the first screen's
 * HTML is right at any width before anything is measured): on a narrow list two columns (the name
 * with the delay beside it, the bars across both below); from 640 px name, bars and delay.
 */
export const COLUMNS =
  "grid-cols-[minmax(0,1fr)_auto] @min-[640px]:grid-cols-[12rem_minmax(0,1fr)_4.5rem] @min-[960px]:grid-cols-[17rem_minmax(0,1fr)_5rem]";
/** The bars' column: the second row across the list when narrow, the middle column when wide. */
export const BARS_CELL =
  "col-span-full row-start-2 @min-[640px]:col-span-1 @min-[640px]:col-start-2 @min-[640px]:row-start-1";
export const HATCH = "repeating-linear-gradient(135deg, var(--c) 0 2px, transparent 2px 5px)";

/** A time as a percentage of the domain, for a CSS left offset. */
export function pct(time: number, range: TimeRange): string {
  return `${(((time - range.from) / (range.to - range.from)) * 100).toFixed(4)}%`;
}

export function widthPct(from: number, to: number, range: TimeRange): string {
  return `${(((to - from) / (range.to - range.from)) * 100).toFixed(4)}%`;
}
