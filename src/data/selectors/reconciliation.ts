import type { Aggregate, Dataset, Project, Sector, Source } from "../schema";
import { compareCodes } from "../compare";
import { isCountedProject } from "./projects";

/**
 * The reconciliation table: each official tally (a Planning Ministry list to the National
 * Assembly, a written answer, the CPEC Authority, NDRC) beside this dataset's own count of the
 * same thing, with what explains the difference. Official tallies are aggregates marked
 * `official`; only the latest report of each kind is set beside the dataset.
 */

export const RECONCILED_METRICS = [
  "projects-completed",
  "projects-completed-usd-bn",
  "projects-under-implementation",
  "projects-under-implementation-usd-bn",
] as const;
export type ReconciledMetric = (typeof RECONCILED_METRICS)[number];

export interface ReconciliationRow {
  /** The official aggregate's id. */
  id: string;
  metric: ReconciledMetric;
  /** Null for the all-sector tally. */
  sector: Sector | null;
  official: { value: number; asOf: string; label: string; source: Source; notes: string | null };
  /** This dataset's figure for the same scope: a count, or US$ billions. */
  dataset: {
    value: number;
    /** Counted projects in the scope. */
    projects: number;
    /** Of those, projects with a reported cost (for values). */
    projectsWithCost: number;
    /** Of those, projects that carry this official list's own figures (see Project.official). */
    matchedToOfficial: number;
    /** Projects this official list puts in the scope that this dataset gives another status. */
    officialWithOtherStatus: number;
  };
}

const isValueMetric = (m: ReconciledMetric) => m.endsWith("-usd-bn");
const isCompletedMetric = (m: ReconciledMetric) => m.startsWith("projects-completed");

/** The dataset's projects in the scope of an official tally: completed, or under implementation. */
function inScope(p: Project, metric: ReconciledMetric, sector: Sector | null): boolean {
  if (!isCountedProject(p)) return false;
  if (sector !== null && p.sector !== sector) return false;
  return isCompletedMetric(metric)
    ? p.status === "operational"
    : p.status === "under-construction" || p.status === "partially-operational";
}

/** Does the official list put a project in the tally's scope, by the status it gives? */
function officiallyInScope(
  p: Project,
  metric: ReconciledMetric,
  sector: Sector | null,
  url: string,
) {
  const status = p.official?.source.url === url ? p.official.status : null;
  if (status === null || !isCountedProject(p)) return false;
  if (sector !== null && p.sector !== sector) return false;
  return isCompletedMetric(metric)
    ? status === "operational"
    : status === "under-construction" || status === "partially-operational";
}

function datasetFigure(dataset: Dataset, a: Aggregate, metric: ReconciledMetric) {
  const sector = a.sector ?? null;
  const scope = dataset.projects.filter((p) => inScope(p, metric, sector));
  const withCost = scope.filter((p) => p.cost !== null);
  const usdMillions = withCost.reduce((sum, p) => sum + p.cost!.usdMillions, 0);
  const sourceUrl = a.sources[0]?.url;
  return {
    value: isValueMetric(metric) ? usdMillions / 1000 : scope.length,
    projects: scope.length,
    projectsWithCost: withCost.length,
    matchedToOfficial: scope.filter((p) => p.official?.source.url === sourceUrl).length,
    officialWithOtherStatus: sourceUrl
      ? dataset.projects.filter(
          (p) => officiallyInScope(p, metric, sector, sourceUrl) && !inScope(p, metric, sector),
        ).length
      : 0,
  };
}

const isReconciled = (m: string): m is ReconciledMetric =>
  (RECONCILED_METRICS as readonly string[]).includes(m);

/** One row per official tally, latest report per metric and sector, all-sector rows first. */
export function reconciliationRows(dataset: Dataset): ReconciliationRow[] {
  const latest = new Map<string, Aggregate>();
  for (const a of dataset.aggregates) {
    if (a.official !== true || !isReconciled(a.metric)) continue;
    const key = `${a.metric}|${a.sector ?? ""}`;
    const seen = latest.get(key);
    if (!seen || compareCodes(a.asOf, seen.asOf) > 0) latest.set(key, a);
  }
  const order = (a: Aggregate) => RECONCILED_METRICS.indexOf(a.metric as ReconciledMetric);
  return [...latest.values()]
    .sort(
      (a, b) =>
        Number(a.sector !== undefined) - Number(b.sector !== undefined) ||
        compareCodes(a.sector ?? "", b.sector ?? "") ||
        order(a) - order(b),
    )
    .map((a) => {
      const metric = a.metric as ReconciledMetric;
      return {
        id: a.id,
        metric,
        sector: a.sector ?? null,
        official: {
          value: a.value,
          asOf: a.asOf,
          label: a.label,
          source: a.sources[0]!,
          notes: a.notes,
        },
        dataset: datasetFigure(dataset, a, metric),
      };
    });
}

/** Memoised per dataset: the table and the Overview's link both read it. */
const cache = new WeakMap<Dataset, ReconciliationRow[]>();
export function selectReconciliation(dataset: Dataset): ReconciliationRow[] {
  let rows = cache.get(dataset);
  if (!rows) {
    rows = reconciliationRows(dataset);
    cache.set(dataset, rows);
  }
  return rows;
}
