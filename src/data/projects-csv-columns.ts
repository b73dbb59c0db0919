/*
 * The projects CSV's layout, shared by its writer (project-csv-row.ts) and its reader
 * (project-from-csv-row.ts, projects-csv.ts): the columns, how a cell holds a list, and which
 * column each field of a project is written in.
 */

/**
 * The columns of the projects file, in order. The file carries every field of a project except
 * `conflicts` (the sources' disagreeing values: the JSON download has them), so a downloaded
 * projects file opened again (data/projects-csv.ts) gives back the same projects.
 *
 * - Lists of text (sponsors, financiers, and the sources: one column each for publishers, titles,
 *   dates, URLs and notes, matched by position) are joined with " | "; a "|" inside an entry is
 *   written "\|". Entries are trimmed when read.
 * - Province ids are joined with ";".
 * - An empty cell is null (not known, or not applicable); in `source_dates` and `source_notes` an
 *   empty cell means no source has one, and an empty entry means that source has none.
 * - `lat`/`lon` are the site (precision exact) or the town (town); `location_name` is the site's
 *   description (exact) or the town's name (town); `line_from_*`/`line_to_*` the ends of a line.
 */
export const PROJECT_COLUMNS = [
  "id",
  "name",
  "name_ur",
  "name_zh",
  "sector",
  "subtype",
  "provinces",
  "status",
  "capacity_value",
  "capacity_unit",
  "capacity_note",
  "cost_usd_millions",
  "cost_stage",
  "cost_as_of",
  "cost_original_amount",
  "cost_original_currency",
  "cost_rate_per_usd",
  "cost_rate_basis",
  "cost_rate_source_publisher",
  "cost_rate_source_title",
  "cost_rate_source_date",
  "cost_rate_source_url",
  "cost_rate_source_note",
  "start",
  "planned_completion",
  "completion",
  "location_precision",
  "location_name",
  "lat",
  "lon",
  "line_from_name",
  "line_from_lat",
  "line_from_lon",
  "line_to_name",
  "line_to_lat",
  "line_to_lon",
  "sponsors",
  "financiers",
  "count_in_aggregates",
  "pre_cpec",
  "last_verified",
  "confidence",
  "notes",
  "source_publishers",
  "source_titles",
  "source_dates",
  "source_urls",
  "source_notes",
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

/** Columns added after 1.1: a file without them (an older download) is still read. */
export const OPTIONAL_PROJECT_COLUMNS: ReadonlySet<ProjectColumn> = new Set(["pre_cpec"]);

/** Joins the entries of a text list in a projects-file cell: " | ", with a literal "|" written "\|". */
export const LIST_SEPARATOR = " | ";
export function joinList(entries: readonly string[]): string {
  return entries.map((e) => e.replaceAll("|", "\\|")).join(LIST_SEPARATOR);
}

/** A list of optional entries: empty when no entry has a value. */
export function joinOptional(entries: readonly (string | null | undefined)[]): string {
  return entries.some((e) => e != null && e !== "") ? joinList(entries.map((e) => e ?? "")) : "";
}

/** The download writes "'" before a cell a spreadsheet would run as a formula (lib/csv.ts). */
export function unescapeFormula(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, "");
}

/** The entries of a list cell: split at "|" (not "\|"), trimmed; none for an empty cell. */
export function splitList(cell: string): string[] {
  if (cell.trim() === "") return [];
  return cell.split(/(?<!\\)\|/).map((e) => e.trim().replaceAll("\\|", "|"));
}

/** Province ids are written with ";"; "|" is read too, as in the other list columns. */
export function splitIds(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Where a schema path ("cost.original.amount", "sources.date") is written in the file. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: "id",
  name: "name",
  "names.ur": "name_ur",
  "names.zh": "name_zh",
  sector: "sector",
  subtype: "subtype",
  provinces: "provinces",
  status: "status",
  "capacity.value": "capacity_value",
  "capacity.unit": "capacity_unit",
  "capacity.note": "capacity_note",
  "cost.usdMillions": "cost_usd_millions",
  "cost.stage": "cost_stage",
  "cost.asOf": "cost_as_of",
  "cost.original.amount": "cost_original_amount",
  "cost.original.currency": "cost_original_currency",
  "cost.original.ratePerUsd": "cost_rate_per_usd",
  "cost.original.rateBasis": "cost_rate_basis",
  "cost.original.rateSource.publisher": "cost_rate_source_publisher",
  "cost.original.rateSource.title": "cost_rate_source_title",
  "cost.original.rateSource.date": "cost_rate_source_date",
  "cost.original.rateSource.url": "cost_rate_source_url",
  "cost.original.rateSource.note": "cost_rate_source_note",
  "dates.start": "start",
  "dates.plannedCompletion": "planned_completion",
  "dates.completion": "completion",
  location: "location_precision",
  "location.precision": "location_precision",
  "location.place": "location_name",
  "location.point.name": "location_name",
  "location.point.lat": "lat",
  "location.point.lon": "lon",
  "location.point": "lat, lon",
  "location.from.name": "line_from_name",
  "location.from.lat": "line_from_lat",
  "location.from.lon": "line_from_lon",
  "location.to.name": "line_to_name",
  "location.to.lat": "line_to_lat",
  "location.to.lon": "line_to_lon",
  sponsors: "sponsors",
  financiers: "financiers",
  countInAggregates: "count_in_aggregates",
  preCpec: "pre_cpec",
  lastVerified: "last_verified",
  confidence: "confidence",
  notes: "notes",
  sources: "source_urls",
  "sources.publisher": "source_publishers",
  "sources.title": "source_titles",
  "sources.date": "source_dates",
  "sources.url": "source_urls",
  "sources.note": "source_notes",
  conflicts: "(conflicts)",
};

/** A path inside a project → its column, and the list entry (0-based) for list columns. */
export function columnOf(path: readonly PropertyKey[]): { column: string; entry: number | null } {
  let entry: number | null = null;
  const keys: string[] = [];
  for (const part of path) {
    if (typeof part === "number" || /^\d+$/.test(String(part))) entry = Number(part);
    else keys.push(String(part));
  }
  const key = keys.join(".");
  return { column: Object.hasOwn(COLUMN_OF_FIELD, key) ? COLUMN_OF_FIELD[key]! : key, entry };
}
