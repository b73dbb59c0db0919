import type { Project, Sector, Status } from "../schema";
import { PROVINCES, SECTORS } from "../vocabulary";
import type { ProvinceKey } from "./projects";
import { dateExtent, type DateExtent, type TimeRange } from "./timeline";
import { compareNames } from "../compare";

export const GANTT_GROUPINGS = ["sector", "province"] as const;
export type GanttGrouping = (typeof GANTT_GROUPINGS)[number];
export type GanttGroupKey = Sector | ProvinceKey;

/** Statuses whose works are under way: without a completion date their bar runs to today. */
const ONGOING: readonly Status[] = ["under-construction", "partially-operational"];

/**
 * How a row's bar ends: at the completion, at today (works still under way), at the planned
 * completion (not started: the bar is a plan), or at the end of the start date (nothing later known).
 */
export type BarEnd = "completion" | "today" | "planned" | "start-only";

export interface GanttBar extends TimeRange {
  end: BarEnd;
  /** The part of the bar where the start may lie (a start known to the year or month); null for a day. */
  startUncertain: TimeRange | null;
  /** The part where the end may lie; null when the end is a day or today. */
  endUncertain: TimeRange | null;
}

export interface GanttRow {
  id: string;
  name: string;
  /** The project's names in Urdu and Chinese, where a source gives them (shared/project-name). */
  names?: Project["names"];
  status: Status;
  sector: Sector;
  start: DateExtent | null;
  completion: DateExtent | null;
  plannedCompletion: DateExtent | null;
  /** Null when the start is not known (the completion and plan are then drawn as markers only). */
  bar: GanttBar | null;
  /**
   * Completion minus planned completion in months (negative: early). Compared by month, or by year
   * (a multiple of 12) when either date is known only to the year. Null unless both are known.
   */
  delayMonths: number | null;
  delayPrecision: "month" | "year" | null;
}

export interface GanttGroup {
  key: GanttGroupKey;
  rows: GanttRow[];
}

export interface GanttData {
  groups: GanttGroup[];
  /** Projects with no start, completion or planned completion: listed, not drawn. */
  undated: Pick<Project, "id" | "name" | "names">[];
  /** From the earliest date drawn to the latest or today; null when nothing is drawn. */
  domain: TimeRange | null;
  rowCount: number;
  /** Rows whose planned and actual completion are both known, and of them those completed late. */
  withDelay: number;
  late: number;
}

function monthIndex(x: DateExtent): number {
  const [y = 0, m = 1] = x.date.split("-").map(Number);
  return y * 12 + (m - 1);
}

export function delayBetween(
  planned: DateExtent,
  actual: DateExtent,
): { months: number; precision: "month" | "year" } {
  if (planned.precision === "year" || actual.precision === "year") {
    return {
      months: (Number(actual.date.slice(0, 4)) - Number(planned.date.slice(0, 4))) * 12,
      precision: "year",
    };
  }
  return { months: monthIndex(actual) - monthIndex(planned), precision: "month" };
}

function uncertain(x: DateExtent): TimeRange | null {
  return x.precision === "day" ? null : { from: x.from, to: x.to };
}

function barOf(
  status: Status,
  start: DateExtent | null,
  completion: DateExtent | null,
  planned: DateExtent | null,
  today: number,
): GanttBar | null {
  if (start === null) return null;
  const startUncertain = uncertain(start);
  if (completion !== null)
    return {
      from: start.from,
      to: Math.max(completion.to, start.to),
      end: "completion",
      startUncertain,
      endUncertain: uncertain(completion),
    };
  if (ONGOING.includes(status))
    return {
      from: start.from,
      to: Math.max(today, start.to),
      end: "today",
      startUncertain,
      endUncertain: null,
    };
  if (status === "planned" && planned !== null)
    return {
      from: start.from,
      to: Math.max(planned.to, start.to),
      end: "planned",
      startUncertain,
      endUncertain: uncertain(planned),
    };
  return { from: start.from, to: start.to, end: "start-only", startUncertain, endUncertain: null };
}

export function ganttRow(p: Project, today: number): GanttRow {
  const start = p.dates.start === null ? null : dateExtent(p.dates.start);
  const completion = p.dates.completion === null ? null : dateExtent(p.dates.completion);
  const plannedCompletion =
    p.dates.plannedCompletion === null ? null : dateExtent(p.dates.plannedCompletion);
  const delay =
    completion && plannedCompletion ? delayBetween(plannedCompletion, completion) : null;
  return {
    id: p.id,
    name: p.name,
    names: p.names,
    status: p.status,
    sector: p.sector,
    start,
    completion,
    plannedCompletion,
    bar: barOf(p.status, start, completion, plannedCompletion, today),
    delayMonths: delay?.months ?? null,
    delayPrecision: delay?.precision ?? null,
  };
}

/** Where a row begins on the axis, for ordering: its bar, else its earliest marker. */
function rowStart(r: GanttRow): number {
  return (
    r.bar?.from ?? Math.min(r.completion?.from ?? Infinity, r.plannedCompletion?.from ?? Infinity)
  );
}

function groupOf(p: Project, grouping: GanttGrouping): GanttGroupKey {
  if (grouping === "sector") return p.sector;
  return p.provinces.length === 1 ? p.provinces[0]! : "several";
}

/**
 * The Gantt's rows, grouped by sector or province (a project in several provinces goes under
 * "several", as in the investment charts), each group in the fixed order of its list and its rows by
 * start, then name. `today` (UTC ms) ends the bars of works still under way.
 */
export function ganttData(
  projects: readonly Project[],
  grouping: GanttGrouping,
  today: number,
): GanttData {
  const keys: readonly GanttGroupKey[] =
    grouping === "sector" ? SECTORS : [...PROVINCES, "several"];
  const byKey = new Map<GanttGroupKey, GanttRow[]>(keys.map((k) => [k, []]));
  const undated: GanttData["undated"] = [];
  let from = Infinity;
  let to = -Infinity;
  for (const p of projects) {
    const row = ganttRow(p, today);
    if (row.start === null && row.completion === null && row.plannedCompletion === null) {
      undated.push({ id: p.id, name: p.name, names: p.names });
      continue;
    }
    byKey.get(groupOf(p, grouping))?.push(row);
    for (const x of [row.bar, row.start, row.completion, row.plannedCompletion]) {
      if (x === null) continue;
      from = Math.min(from, x.from);
      to = Math.max(to, x.to);
    }
  }
  const groups = keys
    .map((key) => ({
      key,
      rows: (byKey.get(key) ?? []).sort(
        (a, b) => rowStart(a) - rowStart(b) || compareNames(a.name, b.name),
      ),
    }))
    .filter((g) => g.rows.length > 0);
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  undated.sort((a, b) => compareNames(a.name, b.name));
  const delays = groups.flatMap((g) => g.rows.map((r) => r.delayMonths)).filter((d) => d !== null);
  return {
    groups,
    undated,
    domain: rowCount === 0 ? null : { from: Math.min(from, today), to: Math.max(to, today) },
    rowCount,
    withDelay: delays.length,
    late: delays.filter((d) => d > 0).length,
  };
}

/**
 * The projects a Gantt draws: a pre-CPEC work (Gwadar Port's phase I, 2002–07) stays off the
 * default axis, which starts with CPEC; a reader who sets a start year sees it.
 */
export function ganttProjects<P extends Pick<Project, "preCpec">>(
  projects: readonly P[],
  from: number | null,
): P[] {
  return projects.filter((p) => p.preCpec !== true || from !== null);
}
