import type { Project } from "../schema";
import { PROVINCES, SECTORS, STATUSES } from "../vocabulary";
import { compareNames } from "../compare";

export const SORT_KEYS = [
  "name",
  "sector",
  "province",
  "capacity",
  "cost",
  "status",
  "start",
  "completion",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

const order = <T extends string>(list: readonly T[]) => new Map(list.map((v, i) => [v, i]));
const sectorOrder = order(SECTORS);
const statusOrder = order(STATUSES);
const provinceOrder = order(PROVINCES);

/** The value a column sorts by; null sorts last in either direction. */
function sortValue(p: Project, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return p.name.toLocaleLowerCase();
    case "sector":
      return sectorOrder.get(p.sector) ?? 0;
    case "province":
      return p.provinces.length > 1 ? PROVINCES.length : (provinceOrder.get(p.provinces[0]!) ?? 0);
    case "capacity":
      // Capacities in different units are not comparable: group by unit, then by value.
      return p.capacity ? `${p.capacity.unit}|${String(p.capacity.value).padStart(12, "0")}` : null;
    case "cost":
      return p.cost?.usdMillions ?? null;
    case "status":
      return statusOrder.get(p.status) ?? 0;
    case "start":
      return p.dates.start;
    case "completion":
      return p.dates.completion ?? p.dates.plannedCompletion;
  }
}

export function sortProjects(projects: readonly Project[], key: SortKey, dir: SortDir): Project[] {
  const sign = dir === "asc" ? 1 : -1;
  return projects
    .map((p) => ({ p, v: sortValue(p, key) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return compareNames(a.p.name, b.p.name);
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c =
        typeof a.v === "number" && typeof b.v === "number"
          ? a.v - b.v
          : compareNames(String(a.v), String(b.v));
      return c !== 0 ? sign * c : compareNames(a.p.name, b.p.name);
    })
    .map((x) => x.p);
}
