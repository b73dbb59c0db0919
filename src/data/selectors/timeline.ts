import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project } from "../schema";
import { filterProjects, memoOnFilters } from "./projects";
import { compareCodes } from "../compare";

/** How precisely a partial ISO date is known: its length says it ("2017", "2017-05", "2017-05-12"). */
export type DatePrecision = "year" | "month" | "day";

/**
 * A partial date as the interval of time it may stand for, in UTC milliseconds: "2017" covers the
 * whole of 2017, "2017-05" the whole of May. `to` is exclusive. Charts draw the interval, so a date
 * known only to the year is never shown as a fake point on 1 January.
 */
export interface DateExtent {
  date: string;
  precision: DatePrecision;
  from: number;
  to: number;
}

export function dateExtent(date: string): DateExtent {
  const [y = 0, m, d] = date.split("-").map(Number);
  if (m === undefined)
    return { date, precision: "year", from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) };
  if (d === undefined)
    return { date, precision: "month", from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1) };
  return { date, precision: "day", from: Date.UTC(y, m - 1, d), to: Date.UTC(y, m - 1, d + 1) };
}

/** Midnight UTC of the day a Date falls on: the "today" the charts mark. */
export function utcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The lanes of the timeline, top to bottom. Leaders' visits are a lane only when the data has any. */
export const TIMELINE_KINDS = ["jcc", "jwg", "visit", "document", "start", "completion"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

interface ItemBase {
  /** Unique across kinds: "meeting:<id>", "document:<id>", "project:<id>:start". */
  key: string;
  extent: DateExtent;
}
export type TimelineItem =
  | (ItemBase & { kind: "jcc" | "jwg" | "visit"; meeting: Meeting })
  | (ItemBase & { kind: "document"; document: CpecDocument })
  | (ItemBase & { kind: "start" | "completion"; project: Project });

function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.extent.from - b.extent.from || a.extent.to - b.extent.to || compareCodes(a.key, b.key);
}

/**
 * Every dated event the timeline can show, oldest first. Meetings and documents follow the shared
 * year range; project milestones follow all the shared project filters, and a milestone outside the
 * year range is left out even when its project overlaps the range.
 */
export function timelineItems(dataset: Dataset, filters: Filters): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const meeting of dataset.meetings) {
    // A session no source dates has no place on a time axis (the Meetings list shows it).
    if (meeting.date === null || !dateInRange(meeting.date, filters)) continue;
    items.push({
      key: `meeting:${meeting.id}`,
      kind: meeting.body,
      extent: dateExtent(meeting.date),
      meeting,
    });
  }
  for (const document of dataset.documents) {
    if (!dateInRange(document.date, filters)) continue;
    items.push({
      key: `document:${document.id}`,
      kind: "document",
      extent: dateExtent(document.date),
      document,
    });
  }
  for (const project of filterProjects(dataset.projects, filters)) {
    // A pre-CPEC work (Gwadar Port's phase I, 2002–07) stays off the default axis, which starts
    // with CPEC; a reader who sets a start year sees it.
    if (project.preCpec === true && filters.from === null) continue;
    const { start, completion } = project.dates;
    if (start !== null && dateInRange(start, filters))
      items.push({
        key: `project:${project.id}:start`,
        kind: "start",
        extent: dateExtent(start),
        project,
      });
    if (completion !== null && dateInRange(completion, filters))
      items.push({
        key: `project:${project.id}:completion`,
        kind: "completion",
        extent: dateExtent(completion),
        project,
      });
  }
  return items.sort(byTime);
}

export const selectTimelineItems = memoOnFilters(timelineItems);

/** The kinds a dataset can show at all (visits only when there are any), in lane order. */
export function timelineKinds(dataset: Dataset): TimelineKind[] {
  const hasVisits = dataset.meetings.some((m) => m.body === "visit");
  return TIMELINE_KINDS.filter((k) => k !== "visit" || hasVisits);
}

export interface TimeRange {
  from: number;
  to: number;
}

/** Items of the shown kinds that overlap the range (all of them when the range is null). */
export function visibleItems(
  items: readonly TimelineItem[],
  hidden: readonly TimelineKind[],
  range: TimeRange | null,
): TimelineItem[] {
  return items.filter(
    (x) =>
      !hidden.includes(x.kind) &&
      (range === null || (x.extent.to > range.from && x.extent.from < range.to)),
  );
}

/** The span from the earliest item to the latest item or today, whichever is later; null without items. */
export function timelineExtent(items: readonly TimelineItem[], today: number): TimeRange | null {
  if (items.length === 0) return null;
  let from = Infinity;
  let to = today;
  for (const x of items) {
    from = Math.min(from, x.extent.from);
    to = Math.max(to, x.extent.to);
  }
  return { from: Math.min(from, today), to };
}

/**
 * The zoom range the URL asks for: from the start of `from` to the end of `to` (each a year or a
 * month). A missing end is open (null); a reversed pair is read in order. Null when neither is set.
 */
export function zoomRange(
  from: string | null,
  to: string | null,
  extent: TimeRange | null,
): TimeRange | null {
  if (from === null && to === null) return null;
  const a = from === null ? null : dateExtent(from);
  const b = to === null ? null : dateExtent(to);
  if (a && b) return a.from <= b.from ? { from: a.from, to: b.to } : { from: b.from, to: a.to };
  if (a) return { from: a.from, to: extent && extent.to > a.to ? extent.to : a.to };
  return { from: extent && extent.from < b!.from ? extent.from : b!.from, to: b!.to };
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A brushed range as URL values: whole months, from the month `from` falls in to the month before
 * `to` (exclusive) ends; written as years when both ends fall on year boundaries.
 */
export function rangeToParams(range: TimeRange): { from: string; to: string } {
  const a = new Date(range.from);
  const b = new Date(Math.max(range.from, range.to - 1));
  const fy = a.getUTCFullYear();
  const fm = a.getUTCMonth() + 1;
  const ty = b.getUTCFullYear();
  const tm = b.getUTCMonth() + 1;
  if (fm === 1 && tm === 12) return { from: String(fy), to: String(ty) };
  return { from: `${fy}-${pad2(fm)}`, to: `${ty}-${pad2(tm)}` };
}

/** How many items of each kind, in lane order. */
export function countByKind(items: readonly TimelineItem[]): Record<TimelineKind, number> {
  const counts = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<
    TimelineKind,
    number
  >;
  for (const x of items) counts[x.kind] += 1;
  return counts;
}

/** A range widened to whole calendar years, for an "all dates" axis that starts and ends on a year. */
export function wholeYears(range: TimeRange): TimeRange {
  const first = new Date(range.from).getUTCFullYear();
  const last = new Date(range.to - 1).getUTCFullYear();
  return { from: Date.UTC(first, 0, 1), to: Date.UTC(last + 1, 0, 1) };
}

/** The month (as "YYYY-MM") a UTC time falls in. */
export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}
