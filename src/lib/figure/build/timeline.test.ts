import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject, makeSource } from "@/data/fixtures";
import { figureContextFor } from "@/test-utils";
import { altText } from "../alt-text";
import { testFigureContext } from "../figure-test-support";
import { buildTimelineFigure } from "./timeline";

const day = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

const dataset = makeDataset({
  meetings: [
    makeMeeting({ id: "jcc1", session: 1, date: "2013-08-27" }),
    makeMeeting({ id: "jcc2", session: 2, date: "2014-02" }),
  ],
  documents: [
    makeDocument({ id: "d1", title: "MoU one", date: "2015-04-20" }),
    makeDocument({ id: "d2", title: "MoU two", date: "2015-04-20" }),
    makeDocument({
      id: "d3",
      title: "Framework",
      date: "2017",
      sources: [makeSource({ url: "https://example.org/d3" })],
    }),
  ],
  projects: [
    makeProject({
      id: "p1",
      name: "Port Qasim",
      dates: { start: "2015-05", plannedCompletion: null, completion: "2018-04-25" },
    }),
  ],
});

describe("buildTimelineFigure", () => {
  const kinds = ["jcc", "jwg", "document", "start", "completion"] as const;
  const figure = buildTimelineFigure(dataset, testFigureContext("en"), { kinds, range: null });

  it("draws one lane per kind shown, events of a kind on one date as one mark with their number", () => {
    expect(figure.lanes.map((l) => [l.key, l.label, l.color, l.count])).toEqual([
      ["jcc", "JCC sessions", "chart-1", 2],
      ["jwg", "Working-group meetings", "chart-4", 0],
      ["document", "Signed documents", "chart-2", 3],
      ["start", "Project starts", "chart-8", 1],
      ["completion", "Project completions", "chart-3", 1],
    ]);
    expect(figure.lanes[0]!.marks).toEqual([
      {
        date: "2013-08-27",
        start: day(2013, 8, 27),
        end: day(2013, 8, 28),
        precision: "day",
        count: 1,
        label: "1st JCC session",
      },
      {
        date: "2014-02",
        start: day(2014, 2),
        end: day(2014, 3),
        precision: "month",
        count: 1,
        label: "2nd JCC session",
      },
    ]);
    expect(figure.lanes[2]!.marks.map((m) => [m.date, m.count, m.label])).toEqual([
      ["2015-04-20", 2, "Signed documents: 2 on the same date"],
      ["2017", 1, "Framework"],
    ]);
    expect(figure.lanes[3]!.marks.map((m) => m.label)).toEqual(["Start: Port Qasim"]);
  });

  it("runs over whole years from the first event to today, and tables one row per event", () => {
    expect(figure.domain).toEqual({ start: day(2013, 1), end: day(2027, 1) });
    expect(figure.today).toBe(day(2026, 12, 2));
    expect(figure.table.rows).toEqual([
      { date: "2013-08-27", kind: "JCC sessions", title: "1st JCC session" },
      { date: "2014-02", kind: "JCC sessions", title: "2nd JCC session" },
      { date: "2015-04-20", kind: "Signed documents", title: "MoU one" },
      { date: "2015-04-20", kind: "Signed documents", title: "MoU two" },
      { date: "2015-05", kind: "Project starts", title: "Start: Port Qasim" },
      { date: "2017", kind: "Signed documents", title: "Framework" },
      { date: "2018-04-25", kind: "Project completions", title: "Completed: Port Qasim" },
    ]);
    expect(figure.sources.count).toBe(2);
  });

  it("shows only the kinds and the range asked for", () => {
    const f = buildTimelineFigure(dataset, testFigureContext("en"), {
      kinds: ["document"],
      range: { from: day(2016, 1), to: day(2019, 1) },
    });
    expect(f.lanes.map((l) => [l.key, l.count])).toEqual([["document", 1]]);
    expect(f.domain).toEqual({ start: day(2016, 1), end: day(2019, 1) });
    expect(f.table.rows).toEqual([{ date: "2017", kind: "Signed documents", title: "Framework" }]);
    expect(f.sources.list.map((s) => s.url)).toEqual(["https://example.org/d3"]);
  });
});

describe("the timeline's sentences", () => {
  const kinds = ["jcc", "document"] as const;

  it("list each lane's count with the language's own colon and separator", async () => {
    const en = buildTimelineFigure(dataset, await figureContextFor("en"), { kinds, range: null });
    expect(en.summary).toContain("JCC sessions: 2; Signed documents: 3.");
    const zh = buildTimelineFigure(dataset, await figureContextFor("zh"), { kinds, range: null });
    // Chinese punctuation, with no Latin space after it.
    expect(zh.summary).toContain("联委会会议：2；签署文件：3。");
  });

  it("alt text names the lanes' measure, the events, not the table's first column", async () => {
    const ctx = await figureContextFor("en");
    const figure = buildTimelineFigure(dataset, ctx, { kinds, range: null });
    expect(altText(figure, ctx.t, ctx.format)).toContain(
      "Largest number of events: Signed documents (3); smallest: JCC sessions (2).",
    );
  });
});
