import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../filters";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "../fixtures";
import {
  clusterItems,
  countByKind,
  dateExtent,
  layoutLanes,
  packRows,
  rangeToParams,
  resolveItem,
  selectTimelineIndex,
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

describe("packRows", () => {
  it("puts an item on the first sub-row free at its start", () => {
    const rows = packRows(
      [
        { from: 0, to: 10 },
        { from: 5, to: 6 },
        { from: 10, to: 11 },
        { from: 12, to: 13 },
        { from: 12, to: 13 },
      ],
      3,
    );
    // Each item is drawn at least 3 wide: 10–11 fits back on row 0 (free from 10), 12–13 on row 1
    // (free from 8), and the second 12–13 needs a third row.
    expect(rows).toEqual([0, 1, 0, 1, 2]);
  });
});

describe("selectTimelineIndex", () => {
  it("links documents to meetings from either side, once", () => {
    const d1 = makeDocument({ id: "d1", meetingId: "m1", projectIds: ["p1"] });
    const d2 = makeDocument({ id: "d2", meetingId: null });
    const m1 = makeMeeting({ id: "m1", documentIds: ["d1", "d2", "missing"] });
    const index = selectTimelineIndex(makeDataset({ meetings: [m1], documents: [d1, d2] }));
    expect(index.documentsByMeeting.get("m1")?.map((d) => d.id)).toEqual(["d1", "d2"]);
    expect(index.documentsByProject.get("p1")?.map((d) => d.id)).toEqual(["d1"]);
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

describe("layoutLanes", () => {
  const range = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2017, 0, 1) };
  const a = makeMeeting({ id: "a", date: "2015-07-02" });
  const b = makeMeeting({ id: "b", date: "2015-07" });
  const c = makeDocument({ id: "c", date: "2016" });
  const d = makeDocument({ id: "d", date: "2014" });
  const items = timelineItems(makeDataset({ meetings: [a, b], documents: [c, d] }), NO_FILTERS);

  it("places dots and spans as fractions of the range, stacking overlaps, leaving out what is outside", () => {
    const lanes = layoutLanes(items, ["jcc", "document"], range, 0.01);
    const jcc = lanes[0]!;
    expect(jcc.rows).toBe(2);
    expect(jcc.marks.map((m) => [m.key, m.row, m.point])).toEqual([
      // The dot for 2 July is drawn centred, so it begins before the span of July.
      ["meeting:a", 0, true],
      ["meeting:b", 1, false],
    ]);
    const span = range.to - range.from;
    const july = (Date.UTC(2015, 6, 1) - range.from) / span;
    expect(jcc.marks[1]!.left).toBeCloseTo(july, 12);
    expect(jcc.marks[1]!.width).toBeCloseTo(
      (Date.UTC(2015, 7, 1) - Date.UTC(2015, 6, 1)) / span,
      12,
    );
    const dayMid = (Date.UTC(2015, 6, 2, 12) - range.from) / span;
    expect(jcc.marks[0]!.left).toBeCloseTo(dayMid - 0.005, 12);
    expect(jcc.marks[0]!.width).toBe(0.01);
    expect(lanes[1]!.marks.map((m) => [m.key, m.left, m.width])).toEqual([
      // 2015 has 365 days and 2016 has 366 of the range's 731.
      ["document:c", 365 / 731, 366 / 731],
    ]);
  });
});

describe("clusters", () => {
  it("draws items of a kind on the same date as one mark, wider, and finds them again by key", () => {
    const range = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) };
    const docs = ["x", "y", "z"].map((id) => makeDocument({ id, date: "2015-04-20" }));
    const other = makeDocument({ id: "w", date: "2015-04" });
    const items = timelineItems(makeDataset({ documents: [...docs, other] }), NO_FILTERS);
    const [lane] = layoutLanes(items, ["document"], range, 0.01, 0.02);
    expect(lane!.count).toBe(4);
    expect(lane!.marks.map((m) => [m.key, m.items.length, m.width, m.row])).toEqual([
      ["document:w", 1, (Date.UTC(2015, 4, 1) - Date.UTC(2015, 3, 1)) / (range.to - range.from), 0],
      ["cluster:document:2015-04-20", 3, 0.02, 1],
    ]);
    expect(clusterItems("cluster:document:2015-04-20", items).map((x) => x.key)).toEqual([
      "document:x",
      "document:y",
      "document:z",
    ]);
    expect(clusterItems("document:x", items)).toEqual([]);
  });
});

describe("resolveItem", () => {
  const m = makeMeeting({ id: "m", body: "jwg", date: "2016-05" });
  const p = makeProject({
    id: "p",
    dates: { start: "2015", plannedCompletion: null, completion: null },
  });
  const index = selectTimelineIndex(makeDataset({ meetings: [m], projects: [p] }));
  it("finds meetings and milestones by key, and nothing for unknown keys", () => {
    expect(resolveItem("meeting:m", index)).toMatchObject({
      kind: "jwg",
      extent: { date: "2016-05" },
    });
    expect(resolveItem("project:p:start", index)).toMatchObject({
      kind: "start",
      extent: { date: "2015" },
    });
    expect(resolveItem("project:p:completion", index)).toBeNull();
    expect(resolveItem("document:x", index)).toBeNull();
    expect(resolveItem("nonsense", index)).toBeNull();
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
