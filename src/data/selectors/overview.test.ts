import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../filters";
import {
  makeDataset,
  makeDocument,
  makeMeeting,
  makeMetadata,
  makeProject,
  makeWorkingGroup,
} from "../fixtures";
import { countInstruments, selectOverview } from "./overview";

describe("countInstruments", () => {
  it("counts a package's members once, inside the package", () => {
    const docs = [
      makeDocument({ id: "pkg", type: "package", count: 51 }),
      makeDocument({ id: "ml1", count: 1, packageId: "pkg" }),
      makeDocument({ id: "lone", count: 3 }),
    ];
    expect(countInstruments(docs)).toBe(54);
  });
});

describe("selectOverview", () => {
  const dataset = makeDataset({
    projects: [
      makeProject({
        id: "p",
        dates: { start: "2015", plannedCompletion: null, completion: "2017-07" },
      }),
    ],
    workingGroups: [makeWorkingGroup({ id: "jwg-energy", name: "JWG on Energy" })],
    meetings: [
      makeMeeting({ id: "jcc-1", session: 1, date: "2013-08" }),
      makeMeeting({ id: "jcc-10", session: 10, date: "2021-09-23" }),
      makeMeeting({
        id: "e-3",
        body: "jwg",
        session: 3,
        workingGroupId: "jwg-energy",
        date: "2022-10-24",
      }),
      makeMeeting({ id: "visit", body: "visit", session: null, date: "2023-01" }),
    ],
    documents: [
      makeDocument({ id: "d-2015", date: "2015-04-20", count: 51, type: "package" }),
      makeDocument({ id: "d-2021", date: "2021-09-23" }),
    ],
  });

  it("counts meetings and documents in the year range and lists the latest, newest first, with group names", () => {
    const all = selectOverview(dataset, NO_FILTERS);
    expect(all.meetings.jcc).toBe(2);
    expect(all.meetings.jwg).toBe(1);
    expect(all.meetings.latest.map((m) => [m.id, m.groupName])).toEqual([
      ["e-3", "JWG on Energy"],
      ["jcc-10", null],
      ["jcc-1", null],
    ]);
    expect(all.documents).toMatchObject({ records: 2, instruments: 52 });
    const recent = selectOverview(dataset, { ...NO_FILTERS, from: 2020 });
    expect(recent.meetings.jcc).toBe(1);
    expect(recent.documents).toMatchObject({ records: 1, instruments: 1 });
  });
});

describe("selectOverview's counts of sessions and projects", () => {
  const dataset = makeDataset({
    metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
    projects: [
      makeProject({ id: "built" }),
      makeProject({
        id: "late",
        status: "planned",
        dates: { start: null, plannedCompletion: "2025-01", completion: null },
      }),
      makeProject({ id: "phase-one", preCpec: true }),
      makeProject({ id: "part", countInAggregates: false }),
    ],
    meetings: [
      makeMeeting({ id: "jcc-01", session: 1, date: "2013-08" }),
      makeMeeting({ id: "jcc-02", session: 2, date: null, dateNote: "not reported" }),
      makeMeeting({ id: "jcc-03", session: 3, date: "2015-11" }),
    ],
  });

  it("counts JCC sessions and those with a public record; an undated one only without year bounds", () => {
    const all = selectOverview(dataset, NO_FILTERS);
    expect([all.meetings.jcc, all.meetings.jccDated]).toEqual([3, 2]);
    expect(all.meetings.latest.map((m) => m.id)).toEqual(["jcc-03", "jcc-01"]);
    const from2014 = selectOverview(dataset, { ...NO_FILTERS, from: 2014 });
    expect([from2014.meetings.jcc, from2014.meetings.jccDated]).toEqual([1, 1]);
  });

  it("counts projects by the one rule and flags passed planned completions", () => {
    const all = selectOverview(dataset, NO_FILTERS);
    expect(all.totalProjects).toBe(2);
    expect(all.projectCount).toEqual({ counted: 2, records: 4, withinOthers: 1, preCpec: 1 });
    expect(all.pastPlannedCompletion).toBe(1);
  });
});
