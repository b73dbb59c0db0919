import { dateInRange, type Filters } from "../filters";
import type { CpecDocument, Dataset, Meeting, Project, WorkingGroup } from "../schema";
import { countInstruments } from "./overview";
import { memoOnFilters } from "./projects";
import { compareCodes, compareNames } from "../compare";

/** Oldest first; partial dates sort by their earliest day, then by id. */
export function byDateAsc<T extends { date: string | null; id: string }>(a: T, b: T): number {
  return compareCodes(a.date ?? "", b.date ?? "") || compareCodes(a.id, b.id);
}

export interface MeetingsPerYearRow {
  year: number;
  jcc: number;
  jwg: number;
  total: number;
}

/**
 * JCC sessions and working-group meetings per calendar year, every year from the first to the last
 * meeting (years without one are zero rows, so gaps show). Visits are not meetings of a CPEC body
 * and are left out.
 */
export function meetingsPerYear(meetings: readonly Meeting[]): MeetingsPerYearRow[] {
  const byYear = new Map<number, MeetingsPerYearRow>();
  for (const m of meetings) {
    // An undated session has no year to be counted in; it is shown in the sessions list instead.
    if (m.body === "visit" || m.date === null) continue;
    const year = Number(m.date.slice(0, 4));
    const row = byYear.get(year) ?? { year, jcc: 0, jwg: 0, total: 0 };
    row[m.body] += 1;
    row.total += 1;
    byYear.set(year, row);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const rows: MeetingsPerYearRow[] = [];
  for (let year = years[0]!; year <= years[years.length - 1]!; year++) {
    rows.push(byYear.get(year) ?? { year, jcc: 0, jwg: 0, total: 0 });
  }
  return rows;
}

export interface WorkingGroupRow {
  group: WorkingGroup;
  /** The JCC session that created it, when known. */
  establishedAt: Meeting | null;
  firstMeeting: Meeting | null;
  latestMeeting: Meeting | null;
  /** Meetings of the group inside the year range. */
  meetings: number;
}

/** Each working group with its meetings inside the year range; groups in the order they were set up. */
export function workingGroupRows(dataset: Dataset, filters: Filters): WorkingGroupRow[] {
  const meetingById = new Map(dataset.meetings.map((m) => [m.id, m]));
  const byGroup = new Map<string, Meeting[]>();
  for (const m of dataset.meetings) {
    if (m.body !== "jwg" || m.workingGroupId === null || !dateInRange(m.date, filters)) continue;
    const list = byGroup.get(m.workingGroupId) ?? [];
    list.push(m);
    byGroup.set(m.workingGroupId, list);
  }
  return dataset.workingGroups
    .map((group) => {
      const list = (byGroup.get(group.id) ?? []).sort(byDateAsc);
      return {
        group,
        establishedAt: group.established.meetingId
          ? (meetingById.get(group.established.meetingId) ?? null)
          : null,
        firstMeeting: list[0] ?? null,
        latestMeeting: list[list.length - 1] ?? null,
        meetings: list.length,
      };
    })
    .sort(
      (a, b) =>
        compareCodes(a.group.established.date ?? "9999", b.group.established.date ?? "9999") ||
        compareNames(a.group.name, b.group.name),
    );
}

export interface MeetingsViewData {
  /** JCC sessions in the year range, in session order. */
  jcc: Meeting[];
  /** Working-group meetings in the year range, oldest first. */
  jwg: Meeting[];
  /** Visits in the year range at which documents were signed, oldest first. */
  visits: Meeting[];
  perYear: MeetingsPerYearRow[];
  workingGroups: WorkingGroupRow[];
  /** Itemised documents per meeting id (listed by the meeting or naming it): records and instruments. */
  itemised: Record<string, { records: number; instruments: number }>;
  /** The year with the most meetings (JCC and working group together); the earliest on a tie. */
  busiestYear: { year: number; meetings: number } | null;
  /** Distinct sources cited by the meetings shown. */
  sources: number;
}

/** Documents itemised for a meeting: those the meeting lists and those that name it. */
export function documentsOfMeeting(
  meeting: Meeting,
  documents: readonly CpecDocument[],
): CpecDocument[] {
  const listed = new Set(meeting.documentIds);
  return documents.filter((d) => listed.has(d.id) || d.meetingId === meeting.id);
}

function busiest(rows: readonly MeetingsPerYearRow[]): MeetingsViewData["busiestYear"] {
  let best: MeetingsViewData["busiestYear"] = null;
  for (const r of rows)
    if (r.total > (best?.meetings ?? 0)) best = { year: r.year, meetings: r.total };
  return best;
}

export const selectMeetingsView = memoOnFilters(
  (dataset: Dataset, filters: Filters): MeetingsViewData => {
    const inRange = dataset.meetings.filter((m) => dateInRange(m.date, filters)).sort(byDateAsc);
    const perYear = meetingsPerYear(inRange);
    const itemised: MeetingsViewData["itemised"] = {};
    for (const m of inRange) {
      const docs = documentsOfMeeting(m, dataset.documents);
      itemised[m.id] = {
        records: docs.length,
        instruments: countInstruments(docs),
      };
    }
    return {
      jcc: inRange
        .filter((m) => m.body === "jcc")
        .sort((a, b) => (a.session ?? Infinity) - (b.session ?? Infinity) || byDateAsc(a, b)),
      jwg: inRange.filter((m) => m.body === "jwg"),
      visits: inRange.filter((m) => m.body === "visit"),
      perYear,
      workingGroups: workingGroupRows(dataset, filters),
      itemised,
      busiestYear: busiest(perYear),
      sources: new Set(inRange.flatMap((m) => m.sources.map((s) => s.url))).size,
    };
  },
);

/** A project a record links to, with its own-language names (shared/project-name shows them). */
export type ProjectRef = Pick<Project, "id" | "name" | "names">;

export interface SignedDocument {
  document: CpecDocument;
  projects: ProjectRef[];
}

export interface MeetingDetail {
  meeting: Meeting;
  /** The working group that met, for a working-group meeting. */
  workingGroup: WorkingGroup | null;
  /** Documents itemised for the meeting: those it lists and those that name it, oldest first. */
  documents: SignedDocument[];
  /** Instruments the itemised documents stand for, each once (a package of 51 MoUs counts 51, its itemised members nothing more). */
  itemisedInstruments: number;
  workingGroupsEstablished: WorkingGroup[];
}

function projectRefs(
  ids: readonly string[],
  projectById: ReadonlyMap<string, Project>,
): ProjectRef[] {
  return ids.flatMap((id) => {
    const p = projectById.get(id);
    return p ? [{ id: p.id, name: p.name, names: p.names }] : [];
  });
}

/** Everything the detail of one meeting shows; null when no meeting has that id. */
export function meetingDetail(dataset: Dataset, id: string | null): MeetingDetail | null {
  const meeting = id === null ? undefined : dataset.meetings.find((m) => m.id === id);
  if (!meeting) return null;
  const projectById = new Map(dataset.projects.map((p) => [p.id, p]));
  const documents = documentsOfMeeting(meeting, dataset.documents)
    .sort(byDateAsc)
    .map((document) => ({ document, projects: projectRefs(document.projectIds, projectById) }));
  const groupById = new Map(dataset.workingGroups.map((g) => [g.id, g]));
  return {
    meeting,
    workingGroup: meeting.workingGroupId ? (groupById.get(meeting.workingGroupId) ?? null) : null,
    documents,
    itemisedInstruments: countInstruments(documents.map((d) => d.document)),
    workingGroupsEstablished: meeting.workingGroupsEstablished.flatMap((g) => {
      const group = groupById.get(g);
      return group ? [group] : [];
    }),
  };
}

/** Working-group names by id, for labelling meetings. */
export function selectWorkingGroupNames(dataset: Dataset): ReadonlyMap<string, string> {
  return new Map(dataset.workingGroups.map((g) => [g.id, g.name]));
}
