import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../filters";
import { makeDataset, makeDocument, makeMeeting } from "../fixtures";
import { timelineItems } from "./timeline";
import { clusterItems, layoutLanes, packRows } from "./timeline-lanes";

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
