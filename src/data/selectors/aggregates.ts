import type { Aggregate, Dataset } from "../schema";
import { compareCodes } from "../compare";

export const REPORTED_METRICS = [
  "direct-investment-usd-bn",
  "capacity-operating-mw",
  "jobs",
] as const;
export type ReportedMetric = (typeof REPORTED_METRICS)[number];

export interface ReportedPoint {
  id: string;
  date: string;
  /** Time of the earliest day the date can mean (ms), for a time axis. */
  time: number;
  value: number;
  label: string;
  /** What the figure covers, as its source frames it. */
  scope: string;
  /** From the official record (a government statement), not a press estimate. */
  official: boolean;
  publisher: string;
  url: string;
}

export function dateToTime(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

/** A metric's values as reported over time, oldest first, each with who reported it. */
export function reportedSeries(
  aggregates: readonly Aggregate[],
  metric: ReportedMetric,
): ReportedPoint[] {
  return aggregates
    .filter((a) => a.metric === metric)
    .map((a) => ({
      id: a.id,
      date: a.asOf,
      time: dateToTime(a.asOf),
      value: a.value,
      label: a.label,
      scope: a.scope,
      official: a.official === true,
      publisher: a.sources[0]!.publisher,
      url: a.sources[0]!.url,
    }))
    .sort((a, b) => a.time - b.time || compareCodes(a.id, b.id));
}

/**
 * The most recent official statement of a metric (ties: the later id), or null: what a headline
 * card quotes, with the scope that statement uses.
 */
export function latestOfficial(
  aggregates: readonly Aggregate[],
  metric: ReportedMetric,
): ReportedPoint | null {
  return reportedSeries(aggregates, metric).findLast((p) => p.official) ?? null;
}

/** The most recent report of a metric (ties: the later id), or null. */
export function latestReported(
  aggregates: readonly Aggregate[],
  metric: ReportedMetric,
): ReportedPoint | null {
  return reportedSeries(aggregates, metric).at(-1) ?? null;
}

export const selectReported = (dataset: Dataset) => ({
  series: Object.fromEntries(
    REPORTED_METRICS.map((m) => [m, reportedSeries(dataset.aggregates, m)]),
  ) as Record<ReportedMetric, ReportedPoint[]>,
});
