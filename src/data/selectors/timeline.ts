import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project, WorkingGroup } from "../schema";
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

/** Look-ups for an item's related records. */
export interface TimelineIndex {
  meetings: ReadonlyMap<string, Meeting>;
  documents: ReadonlyMap<string, CpecDocument>;
  projects: ReadonlyMap<string, Project>;
  workingGroups: ReadonlyMap<string, WorkingGroup>;
  /** Documents signed at each meeting, whether the meeting lists them or the document names the meeting. */
  documentsByMeeting: ReadonlyMap<string, readonly CpecDocument[]>;
  /** Documents that name each project. */
  documentsByProject: ReadonlyMap<string, readonly CpecDocument[]>;
}

const indexCache = new WeakMap<Dataset, TimelineIndex>();

export function selectTimelineIndex(dataset: Dataset): TimelineIndex {
  const cached = indexCache.get(dataset);
  if (cached) return cached;
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const documentsByMeeting = new Map<string, CpecDocument[]>();
  const add = (meetingId: string, doc: CpecDocument) => {
    const list = documentsByMeeting.get(meetingId) ?? [];
    if (!list.includes(doc)) list.push(doc);
    documentsByMeeting.set(meetingId, list);
  };
  for (const m of dataset.meetings)
    for (const id of m.documentIds) {
      const doc = documents.get(id);
      if (doc) add(m.id, doc);
    }
  for (const d of dataset.documents) if (d.meetingId !== null) add(d.meetingId, d);
  const documentsByProject = new Map<string, CpecDocument[]>();
  for (const d of dataset.documents)
    for (const id of d.projectIds) {
      const list = documentsByProject.get(id);
      if (list) list.push(d);
      else documentsByProject.set(id, [d]);
    }
  const index: TimelineIndex = {
    meetings: new Map(dataset.meetings.map((m) => [m.id, m])),
    documents,
    projects: new Map(dataset.projects.map((p) => [p.id, p])),
    workingGroups: new Map(dataset.workingGroups.map((w) => [w.id, w])),
    documentsByMeeting,
    documentsByProject,
  };
  indexCache.set(dataset, index);
  return index;
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

/** The item a URL key names, looked up in the whole dataset (so details open whatever is filtered). */
export function resolveItem(key: string, index: TimelineIndex): TimelineItem | null {
  const [type, id = "", milestone] = key.split(":");
  if (type === "meeting") {
    const meeting = index.meetings.get(id);
    return meeting?.date
      ? { key, kind: meeting.body, extent: dateExtent(meeting.date), meeting }
      : null;
  }
  if (type === "document") {
    const document = index.documents.get(id);
    return document ? { key, kind: "document", extent: dateExtent(document.date), document } : null;
  }
  if (type === "project" && (milestone === "start" || milestone === "completion")) {
    const project = index.projects.get(id);
    const date = project?.dates[milestone];
    return project && date ? { key, kind: milestone, extent: dateExtent(date), project } : null;
  }
  return null;
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
