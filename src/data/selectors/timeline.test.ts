import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../filters";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "../fixtures";
import {
  countByKind,
  dateExtent,
  rangeToParams,
  timelineExtent,
  timelineItems,
  timelineKinds,
  utcDay,
  visibleItems,
  wholeYears,
  zoomRange,
} from "./timeline";
import { timeTicks } from "./time-ticks";

describe("dateExtent", () => {
  it("spans a year, a month or a day", () => {
    expect(dateExtent("2017")).toEqual({
      date: "2017",
      precision: "year",
      from: Date.UTC(2017, 0, 1),
      to: Date.UTC(2018, 0, 1),
    });
    expect(dateExtent("2017-12")).toEqual({
      date: "2017-12",
      precision: "month",
      from: Date.UTC(2017, 11, 1),
      to: Date.UTC(2018, 0, 1),
    });
    expect(dateExtent("2016-02-29")).toEqual({
      date: "2016-02-29",
      precision: "day",
      from: Date.UTC(2016, 1, 29),
      to: Date.UTC(2016, 2, 1),
    });
  });
  it("utcDay drops the time of day", () => {
    expect(utcDay(new Date(Date.UTC(2026, 10, 27, 21, 14)))).toBe(Date.UTC(2026, 10, 27));
  });
});

describe("timelineItems", () => {
  const jcc = makeMeeting({ id: "jcc-1", body: "jcc", date: "2013-08-27" });
  const jwg = makeMeeting({ id: "jwg-1", body: "jwg", date: "2016-05" });
  const visit = makeMeeting({ id: "visit-1", body: "visit", date: "2015-04-20" });
  const doc = makeDocument({ id: "doc-1", date: "2015" });
  const energy = makeProject({
    id: "sahiwal",
    sector: "energy",
    dates: { start: "2015-07", plannedCompletion: "2017-12", completion: "2017-06-03" },
  });
  const road = makeProject({
    id: "road",
    sector: "transport",
    dates: { start: "2016", plannedCompletion: null, completion: null },
  });
  const dataset = makeDataset({
    meetings: [jwg, jcc, visit],
    documents: [doc],
    projects: [energy, road],
  });

  it("lists every kind in time order, with keys unique across kinds", () => {
    const items = timelineItems(dataset, NO_FILTERS);
    expect(items.map((x) => [x.key, x.kind])).toEqual([
      ["meeting:jcc-1", "jcc"],
      ["document:doc-1", "document"],
      ["meeting:visit-1", "visit"],
      ["project:sahiwal:start", "start"],
      ["project:road:start", "start"],
      ["meeting:jwg-1", "jwg"],
      ["project:sahiwal:completion", "completion"],
    ]);
  });

  it("applies the project filters to milestones and the year range to everything", () => {
    const bySector = timelineItems(dataset, { ...NO_FILTERS, sectors: ["transport"] });
    expect(bySector.map((x) => x.key)).toEqual([
      "meeting:jcc-1",
      "document:doc-1",
      "meeting:visit-1",
      "project:road:start",
      "meeting:jwg-1",
    ]);
    const years = timelineItems(dataset, { ...NO_FILTERS, from: 2016, to: 2016 });
    // Sahiwal overlaps 2016 but neither its start (2015) nor its completion (2017) falls in it.
    expect(years.map((x) => x.key)).toEqual(["project:road:start", "meeting:jwg-1"]);
  });

  it("offers the visits lane only when there are visits", () => {
    expect(timelineKinds(dataset)).toEqual([
      "jcc",
      "jwg",
      "visit",
      "document",
      "start",
      "completion",
    ]);
    expect(timelineKinds(makeDataset({ meetings: [jcc] }))).toEqual([
      "jcc",
      "jwg",
      "document",
      "start",
      "completion",
    ]);
  });

  it("filters by kind and by range overlap", () => {
    const items = timelineItems(dataset, NO_FILTERS);
    expect(visibleItems(items, ["start", "completion", "visit"], null).map((x) => x.key)).toEqual([
      "meeting:jcc-1",
      "document:doc-1",
      "meeting:jwg-1",
    ]);
    // The document dated "2015" overlaps a range starting in December 2015; the visit in April does not.
    const range = { from: Date.UTC(2015, 11, 1), to: Date.UTC(2016, 6, 1) };
    expect(visibleItems(items, [], range).map((x) => x.key)).toEqual([
      "document:doc-1",
      "project:road:start",
      "meeting:jwg-1",
    ]);
  });

  it("spans from the earliest item to today or the latest item", () => {
    const items = timelineItems(dataset, NO_FILTERS);
    const today = Date.UTC(2026, 10, 27);
    expect(timelineExtent(items, today)).toEqual({ from: Date.UTC(2013, 7, 27), to: today });
    expect(timelineExtent(items, Date.UTC(2017, 0, 1))).toEqual({
      from: Date.UTC(2013, 7, 27),
      to: Date.UTC(2017, 5, 4),
    });
    expect(timelineExtent([], today)).toBeNull();
  });
});

describe("zoomRange", () => {
  const extent = { from: Date.UTC(2013, 0, 1), to: Date.UTC(2026, 11, 1) };
  it("reads years and months inclusively, in either order", () => {
    expect(zoomRange("2013", "2017", extent)).toEqual({
      from: Date.UTC(2013, 0, 1),
      to: Date.UTC(2018, 0, 1),
    });
    expect(zoomRange("2017-03", "2015", extent)).toEqual({
      from: Date.UTC(2015, 0, 1),
      to: Date.UTC(2017, 3, 1),
    });
  });
  it("leaves a missing end open to the data's extent", () => {
    expect(zoomRange("2020", null, extent)).toEqual({
      from: Date.UTC(2020, 0, 1),
      to: Date.UTC(2026, 11, 1),
    });
    expect(zoomRange(null, "2014-06", extent)).toEqual({
      from: Date.UTC(2013, 0, 1),
      to: Date.UTC(2014, 6, 1),
    });
    expect(zoomRange("2030", null, extent)).toEqual({
      from: Date.UTC(2030, 0, 1),
      to: Date.UTC(2031, 0, 1),
    });
    expect(zoomRange(null, null, extent)).toBeNull();
  });
});

describe("axis and brush helpers", () => {
  it("labels ticks at their own precision", () => {
    expect(
      timeTicks({ from: Date.UTC(2014, 0, 1), to: Date.UTC(2018, 0, 1) }, 4).map((x) => x.date),
    ).toEqual(["2014", "2015", "2016", "2017", "2018"]);
    expect(
      timeTicks({ from: Date.UTC(2017, 0, 1), to: Date.UTC(2017, 6, 1) }, 3).map((x) => x.date),
    ).toEqual(["2017", "2017-04", "2017-07"]);
  });
  it("turns a brushed range into whole months, or years when aligned", () => {
    expect(rangeToParams({ from: Date.UTC(2015, 4, 17), to: Date.UTC(2016, 1, 3) })).toEqual({
      from: "2015-05",
      to: "2016-02",
    });
    expect(rangeToParams({ from: Date.UTC(2013, 0, 1), to: Date.UTC(2018, 0, 1) })).toEqual({
      from: "2013",
      to: "2017",
    });
  });
  it("counts items per kind", () => {
    const d = makeDataset({
      meetings: [makeMeeting(), makeMeeting({ body: "jwg" })],
      documents: [makeDocument()],
    });
    expect(countByKind(timelineItems(d, NO_FILTERS))).toEqual({
      jcc: 1,
      jwg: 1,
      visit: 0,
      document: 1,
      start: 0,
      completion: 0,
    });
  });
});

describe("wholeYears", () => {
  it("widens to year boundaries, keeping a range that already ends on one", () => {
    expect(wholeYears({ from: Date.UTC(2013, 7, 27), to: Date.UTC(2026, 10, 28) })).toEqual({
      from: Date.UTC(2013, 0, 1),
      to: Date.UTC(2027, 0, 1),
    });
    expect(wholeYears({ from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) })).toEqual({
      from: Date.UTC(2015, 0, 1),
      to: Date.UTC(2016, 0, 1),
    });
  });
});

describe("timelineItems and pre-CPEC works", () => {
  const dataset = makeDataset({
    projects: [
      makeProject({
        id: "gwadar-port",
        preCpec: true,
        dates: { start: "2002-03-22", plannedCompletion: null, completion: "2007-03-20" },
      }),
    ],
    meetings: [makeMeeting({ id: "jcc-03", session: 3, date: null, dateNote: "not reported" })],
  });
  it("keeps a pre-CPEC work and an undated session off the default axis", () => {
    expect(timelineItems(dataset, NO_FILTERS)).toEqual([]);
  });
  it("shows the pre-CPEC milestones once the reader sets a start year", () => {
    expect(timelineItems(dataset, { ...NO_FILTERS, from: 2000 }).map((x) => x.key)).toEqual([
      "project:gwadar-port:start",
      "project:gwadar-port:completion",
    ]);
  });
});
