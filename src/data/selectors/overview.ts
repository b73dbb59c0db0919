import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project } from "../schema";
import {
  completedOverTime,
  countProjects,
  filterProjects,
  fromFirstNonZero,
  headline,
  investmentByProvince,
  investmentBySector,
  isPastPlannedCompletion,
  isCountedProject,
  memoOnFilters,
  projectsByStatus,
  type ProjectCount,
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
  /** Projects counted in the whole dataset, by the one rule (see isCountedProject). */
  totalProjects: number;
  /** The projects shown, by the one rule, with the records left out and why. */
  projectCount: ProjectCount;
  /** Counted projects shown whose planned completion passed by the data-as-of date. */
  pastPlannedCompletion: number;
  headline: ReturnType<typeof headline>;
  bySector: ReturnType<typeof investmentBySector>;
  byProvince: ReturnType<typeof investmentByProvince>;
  byStatus: ReturnType<typeof projectsByStatus>;
  /** Completed investment by year, from the first year with any. */
  overTimeUsd: ReturnType<typeof completedOverTime>;
  /** Completed MW by year, from the first year with any. */
  overTimeMw: ReturnType<typeof completedOverTime>;
  documents: { records: number; instruments: number; latest: CpecDocument[] };
  meetings: {
    /** JCC sessions in the year range (an undated session is in range only without year bounds). */
    jcc: number;
    /** Of those, sessions with a public record of their date. */
    jccDated: number;
    jwg: number;
    latest: (Meeting & { groupName: string | null })[];
  };
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

/** How many distinct source URLs the counted projects cite (the records the charts draw). */
function countSources(projects: readonly Project[]): number {
  const urls = new Set<string>();
  for (const p of projects) if (isCountedProject(p)) for (const s of p.sources) urls.add(s.url);
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
    totalProjects: countProjects(dataset.projects).counted,
    projectCount: countProjects(projects),
    pastPlannedCompletion: projects.filter(
      (p) => isCountedProject(p) && isPastPlannedCompletion(p, dataset.metadata.dataAsOf),
    ).length,
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
      jccDated: meetings.filter((m) => m.body === "jcc" && m.date !== null).length,
      jwg: meetings.filter((m) => m.body === "jwg").length,
      latest: meetings
        .filter((m) => m.body !== "visit" && m.date !== null)
        .slice(0, 5)
        .map((m) => ({
          ...m,
          groupName: m.workingGroupId ? (groups.get(m.workingGroupId) ?? null) : null,
        })),
    },
    projectSources: countSources(projects),
  };
});
