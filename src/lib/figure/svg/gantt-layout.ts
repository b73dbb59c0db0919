/**
 * The Gantt's rows measured for a page: how wide the name column is, how many lines each name
 * takes there, how tall its row is, and which rows go on which page. Shared by the pagination and
 * the drawing, so a page holds exactly the rows it draws at full size.
 */
import { wrapText, type TextMeasurer } from "../../export/text-layout";
import type { GanttFigure } from "../figure";

/** Heights in units of the base text size. */
export const GANTT_UNITS = {
  /** A row whose name fits one line, and one whose name takes two. */
  row1: 1.7,
  row2: 2.65,
  /** The least a row may be squeezed to where a page cannot grow (a screen body of fixed size). */
  minRow: 1.35,
  group: 2.1,
  axis: 3.3,
  lineHeight: 1.2,
} as const;

export type GanttGroup = GanttFigure["groups"][number];
export type GanttRow = GanttGroup["rows"][number];

/** The name column: a third of the body, between 12 and 30 text sizes. */
export function ganttLabelWidth(bodyWidth: number, fontSize: number): number {
  return Math.min(30 * fontSize, Math.max(12 * fontSize, bodyWidth * 0.34));
}

/** A name in at most `max` lines of `width`, the last one ending in "…" when it is cut. */
export function nameLines(
  text: string,
  width: number,
  size: number,
  max: number,
  measure: TextMeasurer,
): string[] {
  const style = { size, weight: 400 as const };
  const all = wrapText(text, width, style, measure);
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length > 1 && measure(`${last}…`, style) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A row's height at full size: one or two lines of name. */
export function ganttRowHeight(
  label: string,
  labelWidth: number,
  fontSize: number,
  measure: TextMeasurer,
): number {
  const lines = nameLines(label, labelWidth, fontSize, 2, measure).length;
  return (lines > 1 ? GANTT_UNITS.row2 : GANTT_UNITS.row1) * fontSize;
}

/**
 * Fills pages in order with as many rows as each holds. `capacity(i)` is the height page i gives
 * its rows (the body under the axis); a group's heading goes with its rows and is repeated, marked
 * `continued`, on the next page. A heading that would stand at the foot of a page with fewer than
 * two of its rows moves to the next page. Every page holds at least one row.
 */
export function fillGanttPages(
  groups: readonly GanttGroup[],
  capacity: (pageIndex: number) => number,
  rowHeight: (row: GanttRow) => number,
  headHeight: number,
): GanttGroup[][] {
  const pages: GanttGroup[][] = [];
  let page: GanttGroup[] = [];
  let room = capacity(0);
  const flush = () => {
    pages.push(page);
    page = [];
    room = capacity(pages.length);
  };
  for (const g of groups) {
    let i = 0;
    while (i < g.rows.length) {
      let used = headHeight;
      let take = 0;
      while (i + take < g.rows.length && used + rowHeight(g.rows[i + take]!) <= room) {
        used += rowHeight(g.rows[i + take]!);
        take++;
      }
      const remaining = g.rows.length - i;
      if (page.length > 0 && take < Math.min(2, remaining)) {
        flush();
        continue;
      }
      if (take === 0) {
        take = 1;
        used = headHeight + rowHeight(g.rows[i]!);
      }
      page.push({
        ...g,
        rows: g.rows.slice(i, i + take),
        continued: i > 0 || g.continued,
        total: g.total ?? g.rows.length,
      });
      room -= used;
      i += take;
      if (i < g.rows.length) flush();
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
