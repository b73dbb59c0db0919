import { dateInRange, type Filters } from "../filters";
import type { Dataset, Meeting, Project, Source } from "../schema";
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
