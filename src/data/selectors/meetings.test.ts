import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject, makeWorkingGroup } from "../fixtures";
import { NO_FILTERS } from "../filters";
import { meetingDetail, meetingsPerYear, selectMeetingsView, workingGroupRows } from "./meetings";

describe("meetingsPerYear", () => {
  it("counts JCC sessions and working-group meetings per year, filling empty years and leaving visits out", () => {
    const rows = meetingsPerYear([
      makeMeeting({ body: "jcc", date: "2013-08-27" }),
      makeMeeting({ body: "jwg", date: "2013-11" }),
      makeMeeting({ body: "jwg", date: "2013" }),
      makeMeeting({ body: "jcc", date: "2016-12-29" }),
      makeMeeting({ body: "visit", date: "2015-04-20" }),
      makeMeeting({ body: "visit", date: "2018-04-20" }),
    ]);
    expect(rows).toEqual([
      { year: 2013, jcc: 1, jwg: 2, total: 3 },
      { year: 2014, jcc: 0, jwg: 0, total: 0 },
      { year: 2015, jcc: 0, jwg: 0, total: 0 },
      { year: 2016, jcc: 1, jwg: 0, total: 1 },
    ]);
  });

  it("is empty without meetings", () => {
    expect(meetingsPerYear([])).toEqual([]);
  });
});

describe("workingGroupRows", () => {
  const jcc4 = makeMeeting({ id: "jcc-4", session: 4, date: "2014-12-29" });
  const energy = makeWorkingGroup({
    id: "jwg-energy",
    name: "Energy",
    established: { date: "2013", meetingId: null, note: null },
  });
  const planning = makeWorkingGroup({
    id: "jwg-planning",
    name: "Planning",
    established: { date: "2014-12", meetingId: "jcc-4", note: null },
  });
  const dataset = makeDataset({
    meetings: [
      jcc4,
      makeMeeting({ id: "e-2", body: "jwg", workingGroupId: "jwg-energy", date: "2019-03" }),
      makeMeeting({ id: "e-1", body: "jwg", workingGroupId: "jwg-energy", date: "2014-05-02" }),
      makeMeeting({ id: "e-3", body: "jwg", workingGroupId: "jwg-energy", date: "2021" }),
    ],
    workingGroups: [planning, energy],
  });

  it("gives first and latest meeting and the count, in order of establishment", () => {
    const rows = workingGroupRows(dataset, NO_FILTERS);
    expect(
      rows.map((r) => [
        r.group.id,
        r.establishedAt?.id ?? null,
        r.firstMeeting?.id ?? null,
        r.latestMeeting?.id ?? null,
        r.meetings,
      ]),
    ).toEqual([
      ["jwg-energy", null, "e-1", "e-3", 3],
      ["jwg-planning", "jcc-4", null, null, 0],
    ]);
  });

  it("counts only meetings inside the year range", () => {
    const rows = workingGroupRows(dataset, { ...NO_FILTERS, from: 2015, to: 2020 });
    expect(rows[0]).toMatchObject({
      firstMeeting: { id: "e-2" },
      latestMeeting: { id: "e-2" },
      meetings: 1,
    });
  });
});

describe("selectMeetingsView", () => {
  it("orders JCC sessions by number and applies the year range", () => {
    const dataset = makeDataset({
      meetings: [
        makeMeeting({ id: "jcc-2", session: 2, date: "2014-02-19" }),
        makeMeeting({ id: "jcc-10", session: 10, date: "2021-09-23" }),
        makeMeeting({ id: "jcc-1", session: 1, date: "2013-08-27" }),
        makeMeeting({ id: "visit-1", body: "visit", session: null, date: "2015-04-20" }),
      ],
    });
    const all = selectMeetingsView(dataset, NO_FILTERS);
    expect(all.jcc.map((m) => m.id)).toEqual(["jcc-1", "jcc-2", "jcc-10"]);
    expect(all.visits.map((m) => m.id)).toEqual(["visit-1"]);
    const ranged = selectMeetingsView(dataset, { ...NO_FILTERS, from: 2014, to: 2020 });
    expect(ranged.jcc.map((m) => m.id)).toEqual(["jcc-2"]);
    expect(ranged.perYear).toEqual([{ year: 2014, jcc: 1, jwg: 0, total: 1 }]);
  });
});

describe("meetingDetail", () => {
  it("joins a meeting's documents (listed or naming it), their projects and the groups it set up", () => {
    const group = makeWorkingGroup({ id: "jwg-it", name: "IT" });
    const dataset = makeDataset({
      projects: [makeProject({ id: "sahiwal", name: "Sahiwal Coal Power Plant" })],
      documents: [
        makeDocument({
          id: "doc-b",
          date: "2021-09-23",
          count: 3,
          meetingId: "jcc-10",
          projectIds: ["sahiwal", "missing"],
        }),
        makeDocument({ id: "doc-a", date: "2021-09-22", count: 1 }),
        makeDocument({ id: "doc-other", date: "2021-09-23" }),
      ],
      meetings: [
        makeMeeting({
          id: "jcc-10",
          session: 10,
          documentsSigned: 8,
          documentIds: ["doc-a"],
          workingGroupsEstablished: ["jwg-it"],
        }),
      ],
      workingGroups: [group],
    });
    const detail = meetingDetail(dataset, "jcc-10");
    expect(detail?.documents.map((d) => [d.document.id, d.projects])).toEqual([
      ["doc-a", []],
      ["doc-b", [{ id: "sahiwal", name: "Sahiwal Coal Power Plant" }]],
    ]);
    expect(detail?.itemisedInstruments).toBe(4);
    expect(detail?.workingGroupsEstablished.map((g) => g.id)).toEqual(["jwg-it"]);
    expect(meetingDetail(dataset, "jcc-99")).toBeNull();
    expect(meetingDetail(dataset, null)).toBeNull();
  });
});

describe("selectMeetingsView totals", () => {
  it("counts itemised documents per meeting and finds the busiest year", () => {
    const dataset = makeDataset({
      meetings: [
        makeMeeting({ id: "jcc-1", date: "2013-08-27", documentIds: ["d1"] }),
        makeMeeting({ id: "w-1", body: "jwg", date: "2014-03" }),
        makeMeeting({ id: "w-2", body: "jwg", date: "2014-09" }),
      ],
      documents: [
        makeDocument({ id: "d1", count: 51 }),
        makeDocument({ id: "d2", count: 2, meetingId: "jcc-1" }),
        makeDocument({ id: "d3", count: 1, meetingId: "jcc-1", packageId: "d1" }),
      ],
    });
    const data = selectMeetingsView(dataset, NO_FILTERS);
    expect(data.itemised).toEqual({
      "jcc-1": { records: 3, instruments: 53 },
      "w-1": { records: 0, instruments: 0 },
      "w-2": { records: 0, instruments: 0 },
    });
    expect(data.busiestYear).toEqual({ year: 2014, meetings: 2 });
  });
});
