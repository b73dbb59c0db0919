import { projectMatches, normaliseQuery, type Filters } from "../filters";
import type { Dataset, Project, Province, Sector, Source, SourceField, Status } from "../schema";
import { PROVINCES, SECTORS, STATUSES } from "../vocabulary";

/** Memoises a selector on the dataset object and the primitive values of the filters. */
export function memoOnFilters<T>(compute: (dataset: Dataset, filters: Filters) => T) {
  let lastDataset: Dataset | null = null;
  let lastKey = "";
  let lastValue: T;
  return (dataset: Dataset, filters: Filters): T => {
    const key = filterKey(filters);
    if (dataset !== lastDataset || key !== lastKey) {
      lastValue = compute(dataset, filters);
      lastDataset = dataset;
      lastKey = key;
    }
    return lastValue;
  };
}

export function filterKey(f: Filters): string {
  return [
    f.sectors.join(","),
    f.statuses.join(","),
    f.provinces.join(","),
    f.from ?? "",
    f.to ?? "",
    f.query,
  ].join("|");
}

export function filterProjects(projects: readonly Project[], filters: Filters): Project[] {
  const query = normaliseQuery(filters.query);
  return projects.filter((p) => projectMatches(p, filters, query));
}

export const selectFilteredProjects = memoOnFilters((dataset, filters) =>
  filterProjects(dataset.projects, filters),
);

/**
 * The one counting rule for projects, used by the filter bar, the cards, the charts and the map:
 * a record counts unless it is a component counted within another record (countInAggregates
 * false: the Havelian dry port within ML-1) or pre-CPEC (Gwadar Port's phase I, 2002–07).
 */
export function isCountedProject(p: Project): boolean {
  return p.countInAggregates && p.preCpec !== true;
}

/** Projects whose cost counts towards totals: a counted project with a reported cost. */
export function isCounted(p: Project): p is Project & { cost: NonNullable<Project["cost"]> } {
  return isCountedProject(p) && p.cost !== null;
}

export interface ProjectCount {
  /** Projects counted by the one rule. */
  counted: number;
  /** Every record, counted or not. */
  records: number;
  /** Records counted within another record (countInAggregates false). */
  withinOthers: number;
  /** Pre-CPEC records (and not already within another). */
  preCpec: number;
}

export function countProjects(projects: readonly Project[]): ProjectCount {
  const c: ProjectCount = { counted: 0, records: projects.length, withinOthers: 0, preCpec: 0 };
  for (const p of projects) {
    if (!p.countInAggregates) c.withinOthers += 1;
    else if (p.preCpec === true) c.preCpec += 1;
    else c.counted += 1;
  }
  return c;
}

/** The filter bar's count: projects shown under the filters, of all projects, by the one rule. */
export const selectProjectCount = memoOnFilters((dataset, filters) => ({
  shown: countProjects(filterProjects(dataset.projects, filters)),
  total: countProjects(dataset.projects),
}));

/**
 * Has a planned or ongoing project's planned completion passed by the data-as-of date, with the
 * project still not in service? The screen flags it rather than leaving it as "planned".
 */
export function isPastPlannedCompletion(p: Project, dataAsOf: string): boolean {
  const planned = p.dates.plannedCompletion;
  if (planned === null || (p.status !== "planned" && p.status !== "under-construction"))
    return false;
  // The latest day a partial date can mean, so "2025" passes only after 2025 is over.
  const last =
    planned.length === 4 ? `${planned}-12-31` : planned.length === 7 ? `${planned}-31` : planned;
  return last < dataAsOf;
}

export interface InvestmentRow<K extends string> {
  key: K;
  usdMillions: number;
  /** Projects in the group whose cost is counted. */
  projectsWithCost: number;
  /** All projects in the group, costed or not. */
  projects: number;
}

function groupInvestment<K extends string>(
  projects: readonly Project[],
  keys: readonly K[],
  keyOf: (p: Project) => K,
): InvestmentRow<K>[] {
  const rows = new Map<K, InvestmentRow<K>>(
    keys.map((k) => [k, { key: k, usdMillions: 0, projectsWithCost: 0, projects: 0 }]),
  );
  for (const p of projects) {
    const row = rows.get(keyOf(p));
    if (!row) continue;
    if (isCountedProject(p)) row.projects += 1;
    if (isCounted(p)) {
      row.usdMillions += p.cost.usdMillions;
      row.projectsWithCost += 1;
    }
  }
  return [...rows.values()];
}

/** Investment per sector, largest first, sectors without projects left out. */
export function investmentBySector(projects: readonly Project[]): InvestmentRow<Sector>[] {
  return groupInvestment(projects, SECTORS, (p) => p.sector)
    .filter((r) => r.projects > 0)
    .sort((a, b) => b.usdMillions - a.usdMillions);
}

export type ProvinceKey = Province | "several";

/** Investment per province; a project in several provinces is shown once, under "several". */
export function investmentByProvince(projects: readonly Project[]): InvestmentRow<ProvinceKey>[] {
  const keys: ProvinceKey[] = [...PROVINCES, "several"];
  return groupInvestment(projects, keys, (p) =>
    p.provinces.length === 1 ? p.provinces[0]! : "several",
  )
    .filter((r) => r.projects > 0)
    .sort((a, b) => b.usdMillions - a.usdMillions);
}

export interface StatusRow {
  key: Status;
  projects: number;
}

/** Number of projects per status, in the order of the status list; umbrella records excluded. */
export function projectsByStatus(projects: readonly Project[]): StatusRow[] {
  const counts = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const p of projects)
    if (isCountedProject(p)) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return STATUSES.map((key) => ({ key, projects: counts.get(key) ?? 0 })).filter(
    (r) => r.projects > 0,
  );
}

/**
 * Stages a headline cost is split by, so that no headline adds planned and built together:
 * completed (operational), under way (under construction or partially operational), planned,
 * and stopped (suspended or cancelled).
 */
export const COST_STAGES = ["completed", "underWay", "planned", "stopped"] as const;
export type CostStage = (typeof COST_STAGES)[number];

export const STAGE_OF_STATUS: Record<Status, CostStage> = {
  operational: "completed",
  "partially-operational": "underWay",
  "under-construction": "underWay",
  planned: "planned",
  suspended: "stopped",
  cancelled: "stopped",
};

export interface StageCost {
  /** Sum of the reported costs; meaningless when projectsWithCost is 0 (then "not reported"). */
  usdMillions: number;
  projectsWithCost: number;
  projects: number;
}

export interface Headline {
  /** Sum of counted project costs, all stages together: never a headline on its own. */
  investmentUsdMillions: number;
  /** The same costs split by stage. */
  costByStage: Record<CostStage, StageCost>;
  projectsWithCost: number;
  /** Projects counted (umbrella records excluded). */
  projects: number;
  operating: number;
  /** MW of operational energy projects (partially operational ones excluded: their operating share is not known). */
  operatingMw: number;
  operatingMwProjects: number;
  /** Length of operational road and rail works, in km. */
  operatingRoadKm: number;
  operatingRailKm: number;
}

export function headline(projects: readonly Project[]): Headline {
  const stage = (): StageCost => ({ usdMillions: 0, projectsWithCost: 0, projects: 0 });
  const h: Headline = {
    investmentUsdMillions: 0,
    costByStage: {
      completed: stage(),
      underWay: stage(),
      planned: stage(),
      stopped: stage(),
    },
    projectsWithCost: 0,
    projects: 0,
    operating: 0,
    operatingMw: 0,
    operatingMwProjects: 0,
    operatingRoadKm: 0,
    operatingRailKm: 0,
  };
  for (const p of projects) {
    if (!isCountedProject(p)) continue;
    h.projects += 1;
    const byStage = h.costByStage[STAGE_OF_STATUS[p.status]];
    byStage.projects += 1;
    if (isCounted(p)) {
      h.investmentUsdMillions += p.cost.usdMillions;
      h.projectsWithCost += 1;
      byStage.usdMillions += p.cost.usdMillions;
      byStage.projectsWithCost += 1;
    }
    if (p.status !== "operational") continue;
    h.operating += 1;
    if (p.capacity?.unit === "MW" && p.sector === "energy") {
      h.operatingMw += p.capacity.value;
      h.operatingMwProjects += 1;
    }
    if (p.capacity?.unit === "km" && p.subtype === "road") h.operatingRoadKm += p.capacity.value;
    if (p.capacity?.unit === "km" && (p.subtype === "rail" || p.subtype === "metro"))
      h.operatingRailKm += p.capacity.value;
  }
  return h;
}

export interface CumulativeRow {
  year: number;
  /** Investment of projects completed that year. */
  usdMillions: number;
  cumulativeUsdMillions: number;
  /** MW of energy projects completed that year. */
  mw: number;
  cumulativeMw: number;
}

/** Investment and capacity of operational projects by completion year, with running totals. */
export function completedOverTime(projects: readonly Project[]): CumulativeRow[] {
  const byYear = new Map<number, { usd: number; mw: number }>();
  for (const p of projects) {
    if (!isCountedProject(p) || p.status !== "operational" || !p.dates.completion) continue;
    const year = Number(p.dates.completion.slice(0, 4));
    const entry = byYear.get(year) ?? { usd: 0, mw: 0 };
    if (p.cost) entry.usd += p.cost.usdMillions;
    if (p.sector === "energy" && p.capacity?.unit === "MW") entry.mw += p.capacity.value;
    byYear.set(year, entry);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const rows: CumulativeRow[] = [];
  let usd = 0;
  let mw = 0;
  for (let year = years[0]!; year <= years[years.length - 1]!; year++) {
    const e = byYear.get(year) ?? { usd: 0, mw: 0 };
    usd += e.usd;
    mw += e.mw;
    rows.push({ year, usdMillions: e.usd, cumulativeUsdMillions: usd, mw: e.mw, cumulativeMw: mw });
  }
  return rows;
}

/** Rows from the first year in which `key` is above zero: a cumulative chart starts where it rises. */
export function fromFirstNonZero(
  rows: readonly CumulativeRow[],
  key: "usdMillions" | "mw",
): CumulativeRow[] {
  const first = rows.findIndex((r) => r[key] > 0);
  return first === -1 ? [] : rows.slice(first);
}

/**
 * The sources of a project that were verified to support a field (cost, status, dates, capacity,
 * location), for showing a source beside each field. Sources that do not say what they support
 * are not guessed at: they are left out here and still listed with the record.
 */
export function sourcesSupporting(p: Project, field: SourceField): Source[] {
  return p.sources.filter((s) => s.supports?.includes(field) === true);
}
