import { AGGREGATE_BOUNDS } from "./check-rules";
import { AGGREGATE_METRICS, PROVINCES, STATUSES } from "./vocabulary";
import {
  type Aggregate,
  type CpecDocument,
  type Dataset,
  type Meeting,
  type Project,
  type Sector,
  type Source,
  type Subtype,
  type WorkingGroup,
} from "./schema";

/**
 * SYNTHETIC data for benchmarks only: a deterministic dataset of any size that passes the schema
 * and the cross-record checks. Every record says it is synthetic (ids start "synthetic-", names
 * say "Synthetic"), and so does the metadata title. Only scripts import this; it is never shipped.
 */

export const SYNTHETIC_TITLE = "SYNTHETIC benchmark data — not real";

export interface GenerateOptions {
  seed: number;
  projects: number;
  documents: number;
  meetings: number;
  workingGroups: number;
  aggregates: number;
}

/** The counts of `base` times `factor`: "100× the real dataset". */
export function scaledCounts(base: Dataset, factor: number): Omit<GenerateOptions, "seed"> {
  return {
    projects: base.projects.length * factor,
    documents: base.documents.length * factor,
    meetings: base.meetings.length * factor,
    workingGroups: base.workingGroups.length * factor,
    aggregates: base.aggregates.length * factor,
  };
}

/** mulberry32: a small, fast, seedable generator (same seed, same dataset). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

/** Subtypes and capacity units that belong together (as the dataset checks expect). */
const KINDS: { sector: Sector; subtype: Subtype; unit: "MW" | "km" | "Mtpa" | "acres" | "beds" }[] =
  [
    { sector: "energy", subtype: "coal", unit: "MW" },
    { sector: "energy", subtype: "hydro", unit: "MW" },
    { sector: "energy", subtype: "wind", unit: "MW" },
    { sector: "energy", subtype: "solar", unit: "MW" },
    { sector: "transport", subtype: "road", unit: "km" },
    { sector: "transport", subtype: "rail", unit: "km" },
    { sector: "gwadar", subtype: "port", unit: "Mtpa" },
    { sector: "industrial", subtype: "sez", unit: "acres" },
    { sector: "social", subtype: "health", unit: "beds" },
  ];

const pad = (n: number) => String(n).padStart(2, "0");

export function generateDataset(options: GenerateOptions): Dataset {
  const r = random(options.seed);
  const source = (i: number): Source => ({
    publisher: "Synthetic Publisher",
    title: `Synthetic source ${i}`,
    date: `${r.int(2014, 2025)}`,
    url: `https://example.org/synthetic/${i}`,
  });
  const provenance = (i: number) => ({
    sources: [source(i)],
    confidence: r.pick(["confirmed", "single-source", "unconfirmed"] as const),
    notes: null,
  });
  const date = () => `${r.int(2014, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;

  const workingGroups: WorkingGroup[] = Array.from({ length: options.workingGroups }, (_, i) => ({
    id: `synthetic-jwg-${i}`,
    name: `Synthetic working group ${i}`,
    established: { date: `${r.int(2014, 2020)}`, meetingId: null, note: null },
    leads: { pk: null, cn: null },
    ...provenance(i),
  }));

  let jccSessions = 0;
  const meetings: Meeting[] = Array.from({ length: options.meetings }, (_, i) => {
    const body = workingGroups.length > 0 && i % 4 !== 0 ? "jwg" : i % 8 === 0 ? "visit" : "jcc";
    if (body === "jcc") jccSessions += 1;
    return {
      id: `synthetic-meeting-${i}`,
      body,
      workingGroupId: body === "jwg" ? r.pick(workingGroups).id : null,
      // JCC sessions are numbered 1, 2, 3… with none missing, as the checks require.
      session: body === "jcc" ? jccSessions : null,
      date: date(),
      mode: "in-person",
      venue: "Synthetic venue",
      coChairs: [],
      attendance: null,
      outcomes: [`Synthetic outcome ${i}`],
      documentsSigned: null,
      documentIds: [],
      workingGroupsEstablished: [],
      ...provenance(i),
    };
  });

  const projects: Project[] = Array.from({ length: options.projects }, (_, i) => {
    const kind = r.pick(KINDS);
    const status = r.pick(STATUSES);
    const startYear = r.int(2014, 2024);
    const endYear = startYear + r.int(0, 6);
    const done = status === "operational" || status === "partially-operational";
    return {
      id: `synthetic-project-${i}`,
      name: `Synthetic ${kind.subtype} project ${i}`,
      sector: kind.sector,
      subtype: kind.subtype,
      provinces: r.chance(0.1) ? [r.pick(PROVINCES), r.pick(PROVINCES)] : [r.pick(PROVINCES)],
      location: {
        precision: "town",
        point: { lat: 24 + r.next() * 12, lon: 61 + r.next() * 16, name: `Synthetic town ${i}` },
      },
      capacity: r.chance(0.8) ? { value: r.int(1, 1320), unit: kind.unit } : null,
      cost: r.chance(0.85)
        ? { usdMillions: Math.round(r.next() * 2000 * 10) / 10, stage: "estimated", asOf: null }
        : null,
      status,
      dates: {
        // A planned project has not started (the checks hold a status to its dates).
        start: status === "planned" ? null : `${startYear}-${pad(r.int(1, 12))}`,
        plannedCompletion: `${endYear}`,
        // Completed by the data-as-of date (2026-01-01).
        completion: done ? `${Math.min(endYear, 2025)}` : null,
      },
      sponsors: [`Synthetic sponsor ${r.int(1, 50)}`],
      financiers: [],
      countInAggregates: !r.chance(0.02),
      lastVerified: "2026-01-01",
      conflicts: [],
      ...provenance(i),
    };
  });

  const documents: CpecDocument[] = Array.from({ length: options.documents }, (_, i) => {
    // As in the real data, most documents were signed at a meeting and some name projects.
    const meeting = meetings.length > 0 && r.chance(0.6) ? r.pick(meetings) : null;
    const doc: CpecDocument = {
      id: `synthetic-document-${i}`,
      date: meeting?.date ?? date(),
      title: `Synthetic agreement ${i}`,
      type: r.pick(["mou", "agreement", "protocol", "financing-agreement"] as const),
      count: 1,
      parties: [],
      packageId: null,
      meetingId: meeting?.id ?? null,
      occasion: null,
      projectIds: projects.length > 0 && r.chance(0.5) ? [r.pick(projects).id] : [],
      ...provenance(i),
    };
    meeting?.documentIds.push(doc.id);
    return doc;
  });

  const aggregates: Aggregate[] = Array.from({ length: options.aggregates }, (_, i) => {
    const metric = r.pick(AGGREGATE_METRICS);
    return {
      id: `synthetic-aggregate-${i}`,
      metric,
      label: `Synthetic figure ${i}`,
      // Within the plausibility bound of its metric, as a real figure would be.
      value: r.int(1, Math.min(100_000, AGGREGATE_BOUNDS[metric])),
      asOf: date(),
      scope: "Synthetic scope",
      ...provenance(i),
    };
  });

  return {
    metadata: {
      title: SYNTHETIC_TITLE,
      version: "0.0.0",
      releaseDate: "2026-01-01",
      dataAsOf: "2026-01-01",
      changelog: [{ version: "0.0.0", date: "2026-01-01", changes: ["Synthetic data"] }],
      citation: SYNTHETIC_TITLE,
      licence: {
        data: "Synthetic",
        boundaries: {
          name: "Synthetic",
          attribution: "Synthetic",
          url: "https://example.org/synthetic",
        },
      },
      definitions: {
        status: {
          planned: "Synthetic",
          "under-construction": "Synthetic",
          "partially-operational": "Synthetic",
          operational: "Synthetic",
          suspended: "Synthetic",
          cancelled: "Synthetic",
        },
        sector: {
          energy: "Synthetic",
          transport: "Synthetic",
          gwadar: "Synthetic",
          industrial: "Synthetic",
          social: "Synthetic",
          "science-technology": "Synthetic",
          agriculture: "Synthetic",
          other: "Synthetic",
        },
        confidence: {
          confirmed: "Synthetic",
          "single-source": "Synthetic",
          unconfirmed: "Synthetic",
        },
      },
      countingRules: [SYNTHETIC_TITLE],
    },
    projects,
    documents,
    meetings,
    workingGroups,
    aggregates,
  };
}
