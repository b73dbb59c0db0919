import type { Province, Project, Sector, Status } from "./schema";

/** The filter state all views share. Empty lists and nulls mean "no filter". */
export interface Filters {
  sectors: readonly Sector[];
  statuses: readonly Status[];
  provinces: readonly Province[];
  from: number | null;
  to: number | null;
  query: string;
}

export const NO_FILTERS: Filters = {
  sectors: [],
  statuses: [],
  provinces: [],
  from: null,
  to: null,
  query: "",
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The same filters, whether or not the same object. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a === b ||
    (sameList(a.sectors, b.sectors) &&
      sameList(a.statuses, b.statuses) &&
      sameList(a.provinces, b.provinces) &&
      a.from === b.from &&
      a.to === b.to &&
      a.query === b.query)
  );
}

export function hasActiveFilters(f: Filters): boolean {
  return (
    f.sectors.length > 0 ||
    f.statuses.length > 0 ||
    f.provinces.length > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.query.trim() !== ""
  );
}

export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/**
 * The years a project is active: from its start (or, without one, its completion) to its
 * completion, planned completion or start. Null when the project has no dates at all.
 */
export function projectYearSpan(p: Project): [number, number] | null {
  const start = yearOf(p.dates.start);
  const end = yearOf(p.dates.completion) ?? yearOf(p.dates.plannedCompletion);
  const first = start ?? end;
  if (first === null) return null;
  return [first, Math.max(first, end ?? first)];
}

export function normaliseQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/** The text a project is searched by. */
export function projectSearchText(p: Project): string {
  return [p.name, p.id, ...p.sponsors, ...p.financiers, p.names?.ur ?? "", p.names?.zh ?? ""]
    .join(" ")
    .toLocaleLowerCase();
}

/**
 * Does a project pass the filters? A year range keeps projects whose active span overlaps it;
 * projects with no dates at all drop out while a year range is set.
 */
export function projectMatches(p: Project, f: Filters, query = normaliseQuery(f.query)): boolean {
  if (f.sectors.length > 0 && !f.sectors.includes(p.sector)) return false;
  if (f.statuses.length > 0 && !f.statuses.includes(p.status)) return false;
  if (f.provinces.length > 0 && !p.provinces.some((x) => f.provinces.includes(x))) return false;
  if (f.from !== null || f.to !== null) {
    const span = projectYearSpan(p);
    if (span === null) return false;
    if (f.from !== null && span[1] < f.from) return false;
    if (f.to !== null && span[0] > f.to) return false;
  }
  if (query !== "" && !projectSearchText(p).includes(query)) return false;
  return true;
}

/** Does a dated item (meeting, document) fall inside the year range? */
/**
 * Is a date inside the year range? An undated record (a JCC session no source dates) cannot be
 * placed in a range: it is in range only while no year bound is set.
 */
export function dateInRange(date: string | null, f: Filters): boolean {
  if (date === null) return f.from === null && f.to === null;
  const year = Number(date.slice(0, 4));
  if (f.from !== null && year < f.from) return false;
  if (f.to !== null && year > f.to) return false;
  return true;
}

export type FilterKey = "sectors" | "statuses" | "provinces" | "years" | "query";

/**
 * Which single filter, removed, would bring projects back — to say what emptied a result.
 * Returns the keys in the order a user would most likely want to clear them.
 */
export function filtersThatEmpty(projects: readonly Project[], f: Filters): FilterKey[] {
  const without: Record<FilterKey, Filters> = {
    query: { ...f, query: "" },
    years: { ...f, from: null, to: null },
    statuses: { ...f, statuses: [] },
    provinces: { ...f, provinces: [] },
    sectors: { ...f, sectors: [] },
  };
  const active: Record<FilterKey, boolean> = {
    query: f.query.trim() !== "",
    years: f.from !== null || f.to !== null,
    statuses: f.statuses.length > 0,
    provinces: f.provinces.length > 0,
    sectors: f.sectors.length > 0,
  };
  return (Object.keys(without) as FilterKey[]).filter(
    (key) => active[key] && projects.some((p) => projectMatches(p, without[key])),
  );
}
