import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project, Source } from "../schema";
import { filterDocuments } from "./documents";
import { byDateAsc } from "./meetings";
import { filterProjects, memoOnFilters } from "./projects";

export type CitingRecord =
  | { kind: "project"; id: string; name: string }
  | { kind: "document"; id: string; name: string }
  | { kind: "meeting"; id: string; meeting: Meeting; workingGroupName: string | null }
  | { kind: "workingGroup"; id: string; name: string }
  | { kind: "aggregate"; id: string; name: string };

export interface SourceEntry extends Source {
  /** Every record that cites this URL, once each, in the order projects, documents, meetings, groups, aggregates. */
  citedBy: CitingRecord[];
}

/** Every source a project cites, including the exchange-rate source of a converted cost and conflicting values' sources. */
function projectSources(p: Project): Source[] {
  const list = [...p.sources, ...p.conflicts.map((c) => c.source)];
  if (p.cost?.original) list.push(p.cost.original.rateSource);
  return list;
}

/**
 * Every source in the dataset, one entry per URL, with the records citing it. Where records describe
 * the same URL differently, the first description met is kept. Sorted by publisher, then newest
 * first, then title.
 */
export function collectSources(dataset: Dataset): SourceEntry[] {
  const byUrl = new Map<string, SourceEntry>();
  const add = (sources: readonly Source[], record: CitingRecord) => {
    for (const s of sources) {
      let entry = byUrl.get(s.url);
      if (!entry) {
        entry = { ...s, citedBy: [] };
        byUrl.set(s.url, entry);
      }
      const last = entry.citedBy[entry.citedBy.length - 1];
      if (last?.kind === record.kind && last.id === record.id) continue;
      entry.citedBy.push(record);
    }
  };
  for (const p of dataset.projects)
    add(projectSources(p), { kind: "project", id: p.id, name: p.name });
  for (const d of dataset.documents) add(d.sources, { kind: "document", id: d.id, name: d.title });
  const groupName = new Map(dataset.workingGroups.map((g) => [g.id, g.name]));
  for (const m of [...dataset.meetings].sort(byDateAsc)) {
    const workingGroupName = m.workingGroupId ? (groupName.get(m.workingGroupId) ?? null) : null;
    add(m.sources, { kind: "meeting", id: m.id, meeting: m, workingGroupName });
  }
  for (const g of dataset.workingGroups)
    add(g.sources, { kind: "workingGroup", id: g.id, name: g.name });
  for (const a of dataset.aggregates)
    add(a.sources, { kind: "aggregate", id: a.id, name: a.label });
  return [...byUrl.values()].sort(
    (a, b) =>
      a.publisher.localeCompare(b.publisher) ||
      (b.date ?? "").localeCompare(a.date ?? "") ||
      a.title.localeCompare(b.title) ||
      a.url.localeCompare(b.url),
  );
}

/** Sources whose publisher, title or URL contains the text. */
export function searchSources(entries: readonly SourceEntry[], query: string): SourceEntry[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === "") return [...entries];
  return entries.filter((e) =>
    `${e.publisher} ${e.title} ${e.url}`.toLocaleLowerCase().includes(q),
  );
}

const sourcesCache = new WeakMap<Dataset, SourceEntry[]>();
/** collectSources, computed once per dataset. */
export function selectSources(dataset: Dataset): SourceEntry[] {
  let entries = sourcesCache.get(dataset);
  if (!entries) {
    entries = collectSources(dataset);
    sourcesCache.set(dataset, entries);
  }
  return entries;
}

/**
 * The current selection: projects under every filter, documents under the year range and search
 * text (as in the Documents view), meetings under the year range (as in the Meetings view). Working
 * groups and headline aggregates are kept whole.
 */
export const selectSelection = memoOnFilters((dataset: Dataset, filters: Filters): Dataset => ({
  ...dataset,
  projects: filterProjects(dataset.projects, filters),
  documents: filterDocuments(dataset.documents, filters),
  meetings: dataset.meetings.filter((m) => dateInRange(m.date, filters)),
}));

export type CsvCell = string | number | boolean | null;
export type CsvRow = Record<string, CsvCell>;

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

/** Joins the entries of a text list in a projects-file cell: " | ", with a literal "|" written "\|". */
export const LIST_SEPARATOR = " | ";
export function joinList(entries: readonly string[]): string {
  return entries.map((e) => e.replaceAll("|", "\\|")).join(LIST_SEPARATOR);
}

/** A list of optional entries: empty when no entry has a value. */
function joinOptional(entries: readonly (string | null | undefined)[]): string {
  return entries.some((e) => e != null && e !== "") ? joinList(entries.map((e) => e ?? "")) : "";
}

export const DOCUMENT_COLUMNS = [
  "id",
  "date",
  "title",
  "type",
  "instruments",
  "package_id",
  "parties",
  "meeting_id",
  "occasion",
  "project_ids",
  "confidence",
  "source_urls",
] as const;

export const MEETING_COLUMNS = [
  "id",
  "body",
  "working_group_id",
  "session",
  "date",
  "mode",
  "venue",
  "co_chairs",
  "attendance",
  "outcomes",
  "documents_signed_reported",
  "document_ids",
  "working_groups_established",
  "confidence",
  "source_urls",
] as const;

const ids = (list: readonly string[]) => list.join(";");
const names = (list: readonly string[]) => list.join("; ");
const urls = (sources: readonly Source[]) => ids(sources.map((s) => s.url));

/** A point for the lat/lon columns: the site or the town; none for lines and province-only records. */
function pointOf(p: Project): { lat: number; lon: number } | null {
  const l = p.location;
  return l.precision === "exact" || l.precision === "town" ? l.point : null;
}

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
    provinces: ids(p.provinces),
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

export function documentCsvRow(
  d: CpecDocument,
): Record<(typeof DOCUMENT_COLUMNS)[number], CsvCell> {
  return {
    id: d.id,
    date: d.date,
    title: d.title,
    type: d.type,
    instruments: d.count,
    package_id: d.packageId,
    parties: names(d.parties.map((p) => p.name)),
    meeting_id: d.meetingId,
    occasion: d.occasion,
    project_ids: ids(d.projectIds),
    confidence: d.confidence,
    source_urls: urls(d.sources),
  };
}

export function meetingCsvRow(m: Meeting): Record<(typeof MEETING_COLUMNS)[number], CsvCell> {
  return {
    id: m.id,
    body: m.body,
    working_group_id: m.workingGroupId,
    session: m.session,
    date: m.date,
    mode: m.mode,
    venue: m.venue,
    co_chairs: names(
      m.coChairs.map((c) =>
        c.role ? `${c.name} (${c.role}, ${c.country})` : `${c.name} (${c.country})`,
      ),
    ),
    attendance: m.attendance,
    outcomes: m.outcomes.join(" | "),
    documents_signed_reported: m.documentsSigned,
    document_ids: ids(m.documentIds),
    working_groups_established: ids(m.workingGroupsEstablished),
    confidence: m.confidence,
    source_urls: urls(m.sources),
  };
}

/** A file name carrying the dataset version and release date: "cpec-projects_1.0.0_2026-11-27.csv". */
export function exportFileName(
  what: "dataset" | "projects" | "documents" | "meetings",
  scope: "full" | "selection",
  metadata: Dataset["metadata"],
  extension: "csv" | "json",
): string {
  const stem = scope === "full" ? `cpec-${what}` : `cpec-${what}-selection`;
  return `${stem}_${metadata.version}_${metadata.releaseDate}.${extension}`;
}
