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
 * The filters as the URL writes them ("sector=energy,transport; from=2015"); "" when none is set.
 * Written into downloaded files so a file says what it holds.
 */
export function describeFilters(f: Filters): string {
  const parts: string[] = [];
  if (f.sectors.length > 0) parts.push(`sector=${f.sectors.join(",")}`);
  if (f.statuses.length > 0) parts.push(`status=${f.statuses.join(",")}`);
  if (f.provinces.length > 0) parts.push(`province=${f.provinces.join(",")}`);
  if (f.from !== null) parts.push(`from=${f.from}`);
  if (f.to !== null) parts.push(`to=${f.to}`);
  if (f.query.trim() !== "") parts.push(`q=${f.query.trim()}`);
  return parts.join("; ");
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

/** The flat columns of the projects file, in order. Lists of ids and URLs are joined with ";", lists of names with "; ". */
export const PROJECT_COLUMNS = [
  "id",
  "name",
  "sector",
  "subtype",
  "provinces",
  "status",
  "capacity_value",
  "capacity_unit",
  "cost_usd_millions",
  "cost_stage",
  "cost_as_of",
  "start",
  "planned_completion",
  "completion",
  "location_precision",
  "lat",
  "lon",
  "sponsors",
  "financiers",
  "count_in_aggregates",
  "confidence",
  "source_urls",
] as const;

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

export function projectCsvRow(p: Project): Record<(typeof PROJECT_COLUMNS)[number], CsvCell> {
  const point = pointOf(p);
  return {
    id: p.id,
    name: p.name,
    sector: p.sector,
    subtype: p.subtype,
    provinces: ids(p.provinces),
    status: p.status,
    capacity_value: p.capacity?.value ?? null,
    capacity_unit: p.capacity?.unit ?? null,
    cost_usd_millions: p.cost?.usdMillions ?? null,
    cost_stage: p.cost?.stage ?? null,
    cost_as_of: p.cost?.asOf ?? null,
    start: p.dates.start,
    planned_completion: p.dates.plannedCompletion,
    completion: p.dates.completion,
    location_precision: p.location.precision,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    sponsors: names(p.sponsors),
    financiers: names(p.financiers),
    count_in_aggregates: p.countInAggregates,
    confidence: p.confidence,
    source_urls: urls(p.sources),
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
