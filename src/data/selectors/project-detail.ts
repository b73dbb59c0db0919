import type { CpecDocument, Dataset, Meeting, Project } from "../schema";
import { compareCodes } from "../compare";

export interface ProjectDetail {
  project: Project;
  documents: { document: CpecDocument; meeting: Meeting | null }[];
  /** Months between planned and actual completion, when both are known to the month or day. */
  delayMonths: number | null;
}

function monthIndex(date: string): number | null {
  if (date.length < 7) return null;
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Months late (positive) or early (negative); null unless both dates are known to the month. */
export function completionDelayMonths(p: Project): number | null {
  const planned = p.dates.plannedCompletion && monthIndex(p.dates.plannedCompletion);
  const actual = p.dates.completion && monthIndex(p.dates.completion);
  if (planned === null || planned === undefined || actual === null || actual === undefined)
    return null;
  if (typeof planned !== "number" || typeof actual !== "number") return null;
  return actual - planned;
}

export function selectProjectDetail(dataset: Dataset, id: string | null): ProjectDetail | null {
  if (id === null) return null;
  const project = dataset.projects.find((p) => p.id === id);
  if (!project) return null;
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
  const documents = dataset.documents
    .filter((d) => d.projectIds.includes(id))
    .sort((a, b) => compareCodes(a.date, b.date))
    .map((document) => ({
      document,
      meeting: document.meetingId ? (meetings.get(document.meetingId) ?? null) : null,
    }));
  return { project, documents, delayMonths: completionDelayMonths(project) };
}

/** The project fields a conflict can name, each with the field name shown to the reader. */
export const CONFLICT_FIELDS = {
  "cost.usdMillions": "cost",
  "capacity.value": "capacity",
  status: "status",
  "dates.start": "start",
  "dates.plannedCompletion": "plannedCompletion",
  "dates.completion": "completion",
} as const;
export type ConflictFieldName = (typeof CONFLICT_FIELDS)[keyof typeof CONFLICT_FIELDS];

/**
 * The reader's name for a conflict's field path ("cost.usdMillions" → "cost"); null for a path
 * this version does not know (a user's own file may use one), which is then shown as written.
 */
export function conflictFieldName(path: string): ConflictFieldName | null {
  return Object.hasOwn(CONFLICT_FIELDS, path)
    ? CONFLICT_FIELDS[path as keyof typeof CONFLICT_FIELDS]
    : null;
}
