import type {
  Aggregate,
  CpecDocument,
  Dataset,
  DatasetMetadata,
  Meeting,
  OfficialFigure,
  Project,
  Source,
  WorkingGroup,
} from "./schema";

/** Test factories: small, valid records; override only what a test is about. Never shipped as data. */

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    publisher: "Test Publisher",
    title: "Test article",
    date: "2020-01-01",
    url: "https://example.org/article",
    ...overrides,
  };
}

/** A project's entry in an official list (the National Assembly's list of 20 Nov 2024). */
export function makeOfficialFigure(overrides: Partial<OfficialFigure> = {}): OfficialFigure {
  return {
    listedAs: "Test Power Plant",
    status: "operational",
    costUsdMillions: null,
    capacity: null,
    asOf: "2024-11-20",
    source: makeSource(),
    ...overrides,
  };
}

let seq = 0;
function nextId(prefix: string) {
  seq += 1;
  return `${prefix}-${seq}`;
}

export function makeProject(overrides: Partial<Project> = {}): Project {
  return {
    id: nextId("project"),
    name: "Test Power Plant",
    sector: "energy",
    subtype: "coal",
    provinces: ["punjab"],
    location: { precision: "exact", point: { lat: 31.5, lon: 74.3 }, place: "Test site" },
    capacity: { value: 100, unit: "MW" },
    cost: { usdMillions: 100, stage: "estimated", asOf: "2020" },
    status: "operational",
    dates: { start: "2016-01", plannedCompletion: "2018-12", completion: "2019-06-30" },
    sponsors: [],
    financiers: [],
    countInAggregates: true,
    lastVerified: "2026-11-27",
    conflicts: [],
    sources: [makeSource()],
    confidence: "confirmed",
    notes: null,
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<CpecDocument> = {}): CpecDocument {
  return {
    id: nextId("document"),
    date: "2015-04-20",
    title: "Test MoU",
    type: "mou",
    count: 1,
    parties: [],
    packageId: null,
    meetingId: null,
    occasion: null,
    projectIds: [],
    sources: [makeSource()],
    confidence: "confirmed",
    notes: null,
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: nextId("meeting"),
    body: "jcc",
    workingGroupId: null,
    session: 1,
    date: "2013-08-27",
    mode: "in-person",
    venue: "Islamabad",
    coChairs: [],
    attendance: null,
    outcomes: [],
    documentsSigned: null,
    documentIds: [],
    workingGroupsEstablished: [],
    sources: [makeSource()],
    confidence: "confirmed",
    notes: null,
    ...overrides,
  };
}

export function makeWorkingGroup(overrides: Partial<WorkingGroup> = {}): WorkingGroup {
  return {
    id: nextId("jwg"),
    name: "Test Working Group",
    established: { date: "2015", meetingId: null, note: null },
    leads: { pk: null, cn: null },
    sources: [makeSource()],
    confidence: "confirmed",
    notes: null,
    ...overrides,
  };
}

export function makeAggregate(overrides: Partial<Aggregate> = {}): Aggregate {
  return {
    id: nextId("aggregate"),
    metric: "direct-investment-usd-bn",
    label: "Direct investment",
    value: 25.4,
    asOf: "2021-09-23",
    scope: "Test scope",
    sources: [makeSource()],
    confidence: "confirmed",
    notes: null,
    ...overrides,
  };
}

export function makeMetadata(overrides: Partial<DatasetMetadata> = {}): DatasetMetadata {
  return {
    title: "Test dataset",
    version: "1.0.0",
    releaseDate: "2026-11-27",
    dataAsOf: "2026-11-27",
    changelog: [{ version: "1.0.0", date: "2026-11-27", changes: ["First release"] }],
    citation: "Test citation",
    licence: {
      data: "CC BY 4.0",
      boundaries: { name: "Test boundaries", attribution: "Test", url: "https://example.org/b" },
    },
    definitions: {
      status: {
        planned: "p",
        "under-construction": "u",
        "partially-operational": "po",
        operational: "o",
        suspended: "s",
        cancelled: "c",
      },
      sector: {
        energy: "e",
        transport: "t",
        gwadar: "g",
        industrial: "i",
        social: "s",
        "science-technology": "st",
        agriculture: "a",
        other: "o",
      },
      confidence: { confirmed: "c", "single-source": "s", unconfirmed: "u" },
    },
    countingRules: ["Test rule"],
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    metadata: makeMetadata(),
    projects: [],
    documents: [],
    meetings: [],
    workingGroups: [],
    aggregates: [],
    ...overrides,
  };
}
