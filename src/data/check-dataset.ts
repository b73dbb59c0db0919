import { checkDates, isCertainlyAfter } from "./check-dates";
import {
  checkAmounts,
  checkJccSequence,
  checkOfficialFigures,
  checkStatusAgainstDates,
} from "./check-rules";
import type { Dataset, Project, Subtype } from "./schema";

/** A rule the schema alone cannot express, broken by one record. */
export interface DatasetCheckProblem {
  file: string;
  collection: string;
  recordId: string | null;
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** Pakistan's extent with a small margin (Natural Earth outline: lon 60.9–77.8 E, lat 23.7–37.1 N). */
export const PAKISTAN_BOUNDS = { minLon: 60.5, maxLon: 78, minLat: 23.5, maxLat: 37.2 } as const;

/** Capacity units that make sense for each subtype; subtypes not listed accept any unit. */
const UNITS_BY_SUBTYPE: Partial<Record<Subtype, readonly string[]>> = {
  coal: ["MW"],
  hydro: ["MW"],
  wind: ["MW"],
  solar: ["MW"],
  transmission: ["km", "MW"],
  road: ["km"],
  rail: ["km"],
  metro: ["km"],
  fibre: ["km"],
  "coal-mining": ["Mtpa"],
  port: ["Mtpa", "berths", "acres", "other"],
  airport: ["acres", "other"],
  sez: ["acres"],
  water: ["MGD"],
  health: ["beds"],
};

export function isInPakistan(lat: number, lon: number): boolean {
  const b = PAKISTAN_BOUNDS;
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

function checkProjectLocation(p: Project, problem: (field: string, message: string) => void) {
  const loc = p.location;
  if (loc.precision === "exact" || loc.precision === "town") {
    if (!isInPakistan(loc.point.lat, loc.point.lon)) {
      problem(
        "location.point",
        `(${loc.point.lat}, ${loc.point.lon}) is outside Pakistan's bounding box`,
      );
    }
  } else if (loc.precision === "line") {
    // A cross-border line (to Khunjerab or Kashgar) may end outside, but never starts and ends outside.
    if (!isInPakistan(loc.from.lat, loc.from.lon) && !isInPakistan(loc.to.lat, loc.to.lon)) {
      problem("location", "both ends of the line are outside Pakistan's bounding box");
    }
  }
}

/**
 * The dataset's cross-record rules: unique ids, references that resolve, real and ordered dates,
 * coordinates in Pakistan, units that fit the subtype, one chosen value per conflict, and the
 * plausibility rules of ./check-rules (years, amounts, status against dates, the JCC sequence,
 * official figures in conflicts).
 * Returns every problem, not just the first.
 */
export function checkDataset(dataset: Dataset, file: string): DatasetCheckProblem[] {
  const problems: DatasetCheckProblem[] = [];
  const add = (
    collection: string,
    recordId: string | null,
    field: string,
    message: string,
    severity: "error" | "warning" = "error",
  ) => problems.push({ file, collection, recordId, field, message, severity });

  const collections = ["projects", "documents", "meetings", "workingGroups", "aggregates"] as const;
  const ids = {} as Record<(typeof collections)[number], Set<string>>;
  for (const name of collections) {
    const seen = new Set<string>();
    for (const record of dataset[name]) {
      if (seen.has(record.id)) add(name, record.id, "id", `duplicate id "${record.id}"`);
      seen.add(record.id);
    }
    ids[name] = seen;
  }
  // Looked up by id once, so checking stays linear in the size of the data.
  const meetingsById = new Map(dataset.meetings.map((m) => [m.id, m]));
  const documentsById = new Map(dataset.documents.map((d) => [d.id, d]));
  const ref = (
    collection: string,
    recordId: string,
    field: string,
    target: keyof typeof ids,
    id: string,
  ) => {
    if (!ids[target].has(id))
      add(collection, recordId, field, `refers to unknown ${target} id "${id}"`);
  };

  for (const d of dataset.documents) {
    if (d.meetingId) {
      ref("documents", d.id, "meetingId", "meetings", d.meetingId);
      const meeting = meetingsById.get(d.meetingId);
      if (meeting && !meeting.documentIds.includes(d.id)) {
        add(
          "documents",
          d.id,
          "meetingId",
          `meeting "${d.meetingId}" does not list this document in documentIds`,
        );
      }
    }
    d.projectIds.forEach((id, i) => ref("documents", d.id, `projectIds.${i}`, "projects", id));
    if (d.packageId) {
      const pkg = documentsById.get(d.packageId);
      if (!pkg)
        add("documents", d.id, "packageId", `refers to unknown documents id "${d.packageId}"`);
      else if (pkg.type !== "package")
        add("documents", d.id, "packageId", `"${d.packageId}" is not a signing package`);
    }
  }
  for (const m of dataset.meetings) {
    if (m.body === "jwg" && !m.workingGroupId)
      add("meetings", m.id, "workingGroupId", "a working-group meeting needs its workingGroupId");
    if (m.workingGroupId)
      ref("meetings", m.id, "workingGroupId", "workingGroups", m.workingGroupId);
    m.workingGroupsEstablished.forEach((id, i) =>
      ref("meetings", m.id, `workingGroupsEstablished.${i}`, "workingGroups", id),
    );
    m.documentIds.forEach((id, i) => {
      ref("meetings", m.id, `documentIds.${i}`, "documents", id);
      const doc = documentsById.get(id);
      if (doc && doc.meetingId !== m.id)
        add(
          "meetings",
          m.id,
          `documentIds.${i}`,
          `document "${id}" names meeting "${doc.meetingId ?? "none"}", not this one`,
        );
    });
    if (m.body === "jcc" && m.session === null)
      add("meetings", m.id, "session", "a JCC session needs its number");
  }
  const jccSessions = new Map<number, string>();
  for (const m of dataset.meetings.filter((x) => x.body === "jcc")) {
    if (m.session === null) continue;
    const other = jccSessions.get(m.session);
    if (other) add("meetings", m.id, "session", `JCC session ${m.session} is also "${other}"`);
    jccSessions.set(m.session, m.id);
  }
  for (const g of dataset.workingGroups) {
    if (g.established.meetingId)
      ref("workingGroups", g.id, "established.meetingId", "meetings", g.established.meetingId);
  }

  checkDates(dataset, add);
  checkAmounts(dataset, add);
  checkStatusAgainstDates(dataset, add);
  checkJccSequence(dataset, add);
  checkOfficialFigures(dataset, add);

  for (const p of dataset.projects) {
    const problem = (field: string, message: string) => add("projects", p.id, field, message);
    const { start, completion, plannedCompletion } = p.dates;
    if (start && completion && isCertainlyAfter(start, completion))
      problem("dates.completion", `completion ${completion} is before start ${start}`);
    if (start && plannedCompletion && isCertainlyAfter(start, plannedCompletion))
      problem(
        "dates.plannedCompletion",
        `planned completion ${plannedCompletion} is before start ${start}`,
      );
    if (p.status === "operational" && !completion)
      add("projects", p.id, "dates.completion", "operational but no completion date", "warning");
    checkProjectLocation(p, problem);
    const units = UNITS_BY_SUBTYPE[p.subtype];
    if (p.capacity && units && !units.includes(p.capacity.unit)) {
      problem(
        "capacity.unit",
        `unit "${p.capacity.unit}" does not fit subtype "${p.subtype}" (expected ${units.join(" or ")})`,
      );
    }
    const byField = new Map<string, number>();
    for (const c of p.conflicts)
      byField.set(c.field, (byField.get(c.field) ?? 0) + (c.used ? 1 : 0));
    for (const [field, used] of byField) {
      if (used !== 1)
        problem("conflicts", `field "${field}" has ${used} values marked used; expected exactly 1`);
    }
  }
  return problems;
}
