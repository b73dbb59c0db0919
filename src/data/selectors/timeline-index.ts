import type { CpecDocument, Dataset, Meeting, Project, WorkingGroup } from "../schema";
import { dateExtent, type TimelineItem } from "./timeline";

/** Look-ups for an item's related records. */
export interface TimelineIndex {
  meetings: ReadonlyMap<string, Meeting>;
  documents: ReadonlyMap<string, CpecDocument>;
  projects: ReadonlyMap<string, Project>;
  workingGroups: ReadonlyMap<string, WorkingGroup>;
  /** Documents signed at each meeting, whether the meeting lists them or the document names the meeting. */
  documentsByMeeting: ReadonlyMap<string, readonly CpecDocument[]>;
  /** Documents that name each project. */
  documentsByProject: ReadonlyMap<string, readonly CpecDocument[]>;
}

/** Built once per dataset (parsed datasets are never changed, so the index cannot go stale). */
const indexCache = new WeakMap<Dataset, TimelineIndex>();

export function selectTimelineIndex(dataset: Dataset): TimelineIndex {
  const cached = indexCache.get(dataset);
  if (cached) return cached;
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const documentsByMeeting = new Map<string, CpecDocument[]>();
  const add = (meetingId: string, doc: CpecDocument) => {
    const list = documentsByMeeting.get(meetingId) ?? [];
    if (!list.includes(doc)) list.push(doc);
    documentsByMeeting.set(meetingId, list);
  };
  for (const m of dataset.meetings)
    for (const id of m.documentIds) {
      const doc = documents.get(id);
      if (doc) add(m.id, doc);
    }
  for (const d of dataset.documents) if (d.meetingId !== null) add(d.meetingId, d);
  const documentsByProject = new Map<string, CpecDocument[]>();
  for (const d of dataset.documents)
    for (const id of d.projectIds) {
      const list = documentsByProject.get(id);
      if (list) list.push(d);
      else documentsByProject.set(id, [d]);
    }
  const index: TimelineIndex = {
    meetings: new Map(dataset.meetings.map((m) => [m.id, m])),
    documents,
    projects: new Map(dataset.projects.map((p) => [p.id, p])),
    workingGroups: new Map(dataset.workingGroups.map((w) => [w.id, w])),
    documentsByMeeting,
    documentsByProject,
  };
  indexCache.set(dataset, index);
  return index;
}

/** The item a URL key names, looked up in the whole dataset (so details open whatever is filtered). */
export function resolveItem(key: string, index: TimelineIndex): TimelineItem | null {
  const [type, id = "", milestone] = key.split(":");
  if (type === "meeting") {
    const meeting = index.meetings.get(id);
    return meeting?.date
      ? { key, kind: meeting.body, extent: dateExtent(meeting.date), meeting }
      : null;
  }
  if (type === "document") {
    const document = index.documents.get(id);
    return document ? { key, kind: "document", extent: dateExtent(document.date), document } : null;
  }
  if (type === "project" && (milestone === "start" || milestone === "completion")) {
    const project = index.projects.get(id);
    const date = project?.dates[milestone];
    return project && date ? { key, kind: milestone, extent: dateExtent(date), project } : null;
  }
  return null;
}
