import { joinList, joinOptional, type ProjectColumn } from "./projects-csv-columns";
import type { CsvCell } from "./record-csv-rows";
import type { Project } from "./schema";

/** A point for the lat/lon columns: the site or the town; none for lines and province-only records. */
function pointOf(p: Project): { lat: number; lon: number } | null {
  const l = p.location;
  return l.precision === "exact" || l.precision === "town" ? l.point : null;
}

/** A project as a row of the projects CSV; project-from-csv-row.ts reads it back. */
export function projectCsvRow(p: Project): Record<ProjectColumn, CsvCell> {
  const point = pointOf(p);
  const loc = p.location;
  const line = loc.precision === "line" ? loc : null;
  const original = p.cost?.original;
  return {
    id: p.id,
    name: p.name,
    name_ur: p.names?.ur ?? null,
    name_zh: p.names?.zh ?? null,
    sector: p.sector,
    subtype: p.subtype,
    provinces: p.provinces.join(";"),
    status: p.status,
    capacity_value: p.capacity?.value ?? null,
    capacity_unit: p.capacity?.unit ?? null,
    capacity_note: p.capacity?.note ?? null,
    cost_usd_millions: p.cost?.usdMillions ?? null,
    cost_stage: p.cost?.stage ?? null,
    cost_as_of: p.cost?.asOf ?? null,
    cost_original_amount: original?.amount ?? null,
    cost_original_currency: original?.currency ?? null,
    cost_rate_per_usd: original?.ratePerUsd ?? null,
    cost_rate_basis: original?.rateBasis ?? null,
    cost_rate_source_publisher: original?.rateSource.publisher ?? null,
    cost_rate_source_title: original?.rateSource.title ?? null,
    cost_rate_source_date: original?.rateSource.date ?? null,
    cost_rate_source_url: original?.rateSource.url ?? null,
    cost_rate_source_note: original?.rateSource.note ?? null,
    start: p.dates.start,
    planned_completion: p.dates.plannedCompletion,
    completion: p.dates.completion,
    location_precision: loc.precision,
    location_name:
      loc.precision === "exact" ? loc.place : loc.precision === "town" ? loc.point.name : null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    line_from_name: line?.from.name ?? null,
    line_from_lat: line?.from.lat ?? null,
    line_from_lon: line?.from.lon ?? null,
    line_to_name: line?.to.name ?? null,
    line_to_lat: line?.to.lat ?? null,
    line_to_lon: line?.to.lon ?? null,
    sponsors: joinList(p.sponsors),
    financiers: joinList(p.financiers),
    count_in_aggregates: p.countInAggregates,
    pre_cpec: p.preCpec === true,
    last_verified: p.lastVerified,
    confidence: p.confidence,
    notes: p.notes,
    source_publishers: joinList(p.sources.map((s) => s.publisher)),
    source_titles: joinList(p.sources.map((s) => s.title)),
    source_dates: joinOptional(p.sources.map((s) => s.date)),
    source_urls: joinList(p.sources.map((s) => s.url)),
    source_notes: joinOptional(p.sources.map((s) => s.note)),
  };
}
