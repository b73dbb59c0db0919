import { describe, expect, it } from "vitest";
import { isCertainlyAfter, isRealDate } from "./check-dates";
import { checkDataset } from "./check-dataset";
import {
  makeDataset,
  makeDocument,
  makeMeeting,
  makeProject,
  makeSource,
  makeWorkingGroup,
} from "./fixtures";
import type { Dataset } from "./schema";

const lines = (d: Dataset) =>
  checkDataset(d, "f.json").map(
    (p) => `${p.severity} ${p.collection}/${p.recordId}:${p.field}: ${p.message}`,
  );

describe("checkDataset", () => {
  it("finds nothing wrong in a consistent dataset", () => {
    const meeting = makeMeeting({ id: "jcc-1", documentIds: ["doc"] });
    const doc = makeDocument({ id: "doc", meetingId: "jcc-1", projectIds: ["p"] });
    expect(
      lines(
        makeDataset({
          projects: [makeProject({ id: "p" })],
          meetings: [meeting],
          documents: [doc],
        }),
      ),
    ).toEqual([]);
  });

  it("flags duplicate ids in every collection", () => {
    const d = makeDataset({
      projects: [makeProject({ id: "p" }), makeProject({ id: "p" })],
      documents: [makeDocument({ id: "d" }), makeDocument({ id: "d" })],
      workingGroups: [makeWorkingGroup({ id: "g" }), makeWorkingGroup({ id: "g" })],
    });
    expect(lines(d)).toEqual([
      'error projects/p:id: duplicate id "p"',
      'error documents/d:id: duplicate id "d"',
      'error workingGroups/g:id: duplicate id "g"',
    ]);
  });

  it("flags references that do not resolve", () => {
    const d = makeDataset({
      documents: [makeDocument({ id: "d", meetingId: "jcc-99", projectIds: ["ghost"] })],
      meetings: [
        makeMeeting({
          id: "m",
          body: "jwg",
          session: 2,
          workingGroupId: "jwg-x",
          workingGroupsEstablished: ["jwg-y"],
          documentIds: ["nope"],
        }),
      ],
      workingGroups: [
        makeWorkingGroup({
          id: "g",
          established: { date: "2015", meetingId: "jcc-0", note: null },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      'error documents/d:meetingId: refers to unknown meetings id "jcc-99"',
      'error documents/d:projectIds.0: refers to unknown projects id "ghost"',
      'error meetings/m:workingGroupId: refers to unknown workingGroups id "jwg-x"',
      'error meetings/m:workingGroupsEstablished.0: refers to unknown workingGroups id "jwg-y"',
      'error meetings/m:documentIds.0: refers to unknown documents id "nope"',
      'error workingGroups/g:established.meetingId: refers to unknown meetings id "jcc-0"',
    ]);
  });

  it("flags a document and a meeting that disagree about where it was signed", () => {
    const d = makeDataset({
      meetings: [
        makeMeeting({ id: "jcc-1", documentIds: [] }),
        makeMeeting({ id: "jcc-2", session: 2, documentIds: ["doc"] }),
      ],
      documents: [makeDocument({ id: "doc", meetingId: "jcc-1" })],
    });
    expect(lines(d)).toEqual([
      'error documents/doc:meetingId: meeting "jcc-1" does not list this document in documentIds',
      'error meetings/jcc-2:documentIds.0: document "doc" names meeting "jcc-1", not this one',
    ]);
  });

  it("flags two meetings with the same JCC session number, and a JCC or JWG meeting missing its key", () => {
    const d = makeDataset({
      meetings: [
        makeMeeting({ id: "a", session: 1 }),
        makeMeeting({ id: "b", session: 1 }),
        makeMeeting({ id: "c", session: null }),
        makeMeeting({ id: "w", body: "jwg", workingGroupId: null }),
      ],
    });
    expect(lines(d)).toEqual([
      "error meetings/c:session: a JCC session needs its number",
      "error meetings/w:workingGroupId: a working-group meeting needs its workingGroupId",
      'error meetings/b:session: JCC session 1 is also "a"',
    ]);
  });

  it("flags dates that do not exist on the calendar", () => {
    const d = makeDataset({
      documents: [makeDocument({ id: "d", date: "2021-02-30" })],
      projects: [makeProject({ id: "p", sources: [makeSource({ date: "2019-04-31" })] })],
    });
    expect(lines(d)).toEqual([
      'error projects/p:sources.0.date: "2019-04-31" is not a calendar date',
      'error documents/d:date: "2021-02-30" is not a calendar date',
    ]);
  });

  it("flags completion before start, only when certain at the known precision", () => {
    const d = makeDataset({
      projects: [
        makeProject({
          id: "bad",
          dates: { start: "2018-05", plannedCompletion: "2017", completion: "2018-04-30" },
        }),
        makeProject({
          id: "same-year",
          dates: { start: "2018-05", plannedCompletion: "2018", completion: "2018" },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/bad:dates.completion: completion 2018-04-30 is before start 2018-05",
      "error projects/bad:dates.plannedCompletion: planned completion 2017 is before start 2018-05",
    ]);
  });

  it("flags coordinates outside Pakistan, but allows a cross-border line with one end inside", () => {
    const d = makeDataset({
      projects: [
        makeProject({
          id: "delhi",
          location: { precision: "town", point: { name: "Delhi", lat: 28.61, lon: 77.21 + 1 } },
        }),
        makeProject({
          id: "to-kashgar",
          subtype: "road",
          capacity: null,
          location: {
            precision: "line",
            from: { name: "Islamabad", lat: 33.69, lon: 73.05 },
            to: { name: "Kashgar", lat: 39.47, lon: 75.99 },
          },
        }),
        makeProject({
          id: "abroad",
          subtype: "road",
          capacity: null,
          location: {
            precision: "line",
            from: { name: "A", lat: 40, lon: 80 },
            to: { name: "B", lat: 41, lon: 81 },
          },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/delhi:location.point: (28.61, 78.21) is outside Pakistan's bounding box",
      "error projects/abroad:location: both ends of the line are outside Pakistan's bounding box",
    ]);
  });

  it("flags a capacity unit that does not fit the subtype", () => {
    const d = makeDataset({
      projects: [makeProject({ id: "w", subtype: "wind", capacity: { value: 50, unit: "km" } })],
    });
    expect(lines(d)).toEqual([
      'error projects/w:capacity.unit: unit "km" does not fit subtype "wind" (expected MW)',
    ]);
  });

  it("requires exactly one used value per conflicting field", () => {
    const c = (used: boolean) => ({
      field: "cost.usdMillions",
      value: 1,
      source: makeSource(),
      used,
      why: "w",
    });
    const d = makeDataset({
      projects: [
        makeProject({ id: "none", conflicts: [c(false), c(false)] }),
        makeProject({ id: "two", conflicts: [c(true), c(true)] }),
      ],
    });
    expect(lines(d)).toEqual([
      'error projects/none:conflicts: field "cost.usdMillions" has 0 values marked used; expected exactly 1',
      'error projects/two:conflicts: field "cost.usdMillions" has 2 values marked used; expected exactly 1',
    ]);
  });

  it("warns (does not fail) when an operational project has no completion date", () => {
    const d = makeDataset({
      projects: [
        makeProject({
          id: "o",
          status: "operational",
          dates: { start: "2015", plannedCompletion: null, completion: null },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "warning projects/o:dates.completion: operational but no completion date",
    ]);
  });
});

describe("date helpers", () => {
  it("knows real calendar dates", () => {
    expect([
      isRealDate("2020-02-29"),
      isRealDate("2021-02-29"),
      isRealDate("2021"),
      isRealDate("2021-02"),
    ]).toEqual([true, false, true, true]);
  });
  it("compares partial dates only where certain", () => {
    expect(isCertainlyAfter("2019", "2018-12-31")).toBe(true);
    expect(isCertainlyAfter("2018", "2018-06")).toBe(false);
    expect(isCertainlyAfter("2018-07", "2018")).toBe(false);
  });
});

describe("signing packages", () => {
  it("flags a packageId that is unknown or not a package", () => {
    const d = makeDataset({
      documents: [
        makeDocument({ id: "mou", type: "mou" }),
        makeDocument({ id: "a", packageId: "ghost" }),
        makeDocument({ id: "b", packageId: "mou" }),
      ],
    });
    expect(lines(d)).toEqual([
      'error documents/a:packageId: refers to unknown documents id "ghost"',
      'error documents/b:packageId: "mou" is not a signing package',
    ]);
  });
});
