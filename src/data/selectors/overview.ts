import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project } from "../schema";
import {
  completedOverTime,
  filterProjects,
  fromFirstNonZero,
  headline,
  investmentByProvince,
  investmentBySector,
  memoOnFilters,
  projectsByStatus,
} from "./projects";
import { compareCodes } from "../compare";

/** Newest first; partial dates sort by their earliest day ("2017" before "2017-03"). */
export function byDateDesc<T extends { date: string | null; id: string }>(a: T, b: T): number {
  return compareCodes(b.date ?? "", a.date ?? "") || compareCodes(a.id, b.id);
}

/** Meetings and documents inside the year range, for the counts beside the project figures. */
export function datedInRange<T extends { date: string | null }>(
  items: readonly T[],
  filters: Filters,
): T[] {
  return items.filter((x) => dateInRange(x.date, filters));
}

/** Instruments signed, each once: a document that belongs to a package record is counted in the package. */
export function countInstruments(documents: readonly CpecDocument[]): number {
  return documents.reduce((sum, d) => sum + (d.packageId === null ? d.count : 0), 0);
}

export interface OverviewData {
  totalProjects: number;
  headline: ReturnType<typeof headline>;
  bySector: ReturnType<typeof investmentBySector>;
  byProvince: ReturnType<typeof investmentByProvince>;
  byStatus: ReturnType<typeof projectsByStatus>;
  /** Completed investment by year, from the first year with any. */
  overTimeUsd: ReturnType<typeof completedOverTime>;
  /** Completed MW by year, from the first year with any. */
  overTimeMw: ReturnType<typeof completedOverTime>;
  documents: { records: number; instruments: number; latest: CpecDocument[] };
  meetings: { jcc: number; jwg: number; latest: (Meeting & { groupName: string | null })[] };
  /** Distinct sources cited by the projects shown. */
  projectSources: number;
}

/** Documents and meetings newest first, sorted once per dataset (filters only take some out). */
const newestFirst = new WeakMap<Dataset, { documents: CpecDocument[]; meetings: Meeting[] }>();
function sortedByDate(dataset: Dataset) {
  let sorted = newestFirst.get(dataset);
  if (!sorted) {
    sorted = {
      documents: [...dataset.documents].sort(byDateDesc),
      meetings: [...dataset.meetings].sort(byDateDesc),
    };
    newestFirst.set(dataset, sorted);
  }
  return sorted;
}

/** How many distinct source URLs the projects cite. */
function countSources(projects: readonly Project[]): number {
  const urls = new Set<string>();
  for (const p of projects) for (const s of p.sources) urls.add(s.url);
  return urls.size;
}

export const selectOverview = memoOnFilters((dataset: Dataset, filters: Filters): OverviewData => {
  const projects = filterProjects(dataset.projects, filters);
  const sorted = sortedByDate(dataset);
  const documents = datedInRange(sorted.documents, filters);
  const meetings = datedInRange(sorted.meetings, filters);
  const groups = new Map(dataset.workingGroups.map((g) => [g.id, g.name]));
  const overTime = completedOverTime(projects);
  return {
    totalProjects: dataset.projects.length,
    headline: headline(projects),
    bySector: investmentBySector(projects),
    byProvince: investmentByProvince(projects),
    byStatus: projectsByStatus(projects),
    overTimeUsd: fromFirstNonZero(overTime, "usdMillions"),
    overTimeMw: fromFirstNonZero(overTime, "mw"),
    documents: {
      records: documents.length,
      instruments: countInstruments(documents),
      latest: documents.slice(0, 5),
    },
    meetings: {
      jcc: meetings.filter((m) => m.body === "jcc").length,
      jwg: meetings.filter((m) => m.body === "jwg").length,
      latest: meetings
        .filter((m) => m.body !== "visit")
        .slice(0, 5)
        .map((m) => ({
          ...m,
          groupName: m.workingGroupId ? (groups.get(m.workingGroupId) ?? null) : null,
        })),
    },
    projectSources: countSources(projects),
  };
});
