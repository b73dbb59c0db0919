import { describe, expect, it } from "vitest";
import { makeAggregate, makeDataset, makeProject, makeSource } from "@/data/fixtures";
import { figureContextFor } from "@/test-utils";
import { buildProvinceFigure, buildSectorFigure, buildStatusFigure } from "./overview-bars";
import { buildCompletedFigure, buildReportedFigure, yearThrough } from "./overview-time";

const a = makeSource({ url: "https://a.example/1", publisher: "A" });
const b = makeSource({ url: "https://b.example/2", publisher: "B" });

function dataset() {
  return makeDataset({
    projects: [
      makeProject({
        id: "p1",
        sector: "energy",
        cost: { usdMillions: 1000, stage: "estimated", asOf: "2020" },
        dates: { start: "2015-01", plannedCompletion: null, completion: "2017-05" },
        capacity: { value: 660, unit: "MW" },
        sources: [a, b],
      }),
      makeProject({
        id: "p2",
        sector: "energy",
        cost: { usdMillions: 500, stage: "estimated", asOf: "2020" },
        dates: { start: "2016-01", plannedCompletion: null, completion: "2019-02" },
        capacity: { value: 300, unit: "MW" },
        sources: [a],
      }),
      makeProject({
        id: "p3",
        sector: "transport",
        subtype: "road",
        capacity: null,
        cost: { usdMillions: 250, stage: "estimated", asOf: "2020" },
        status: "under-construction",
        provinces: ["sindh", "punjab"],
        dates: { start: "2018", plannedCompletion: "2027", completion: null },
        sources: [b],
      }),
      makeProject({
        id: "p4",
        sector: "social",
        subtype: "education",
        capacity: null,
        cost: null,
        status: "planned",
        dates: { start: null, plannedCompletion: null, completion: null },
      }),
      makeProject({
        id: "umbrella",
        sector: "energy",
        countInAggregates: false,
        cost: { usdMillions: 9999, stage: "estimated", asOf: "2020" },
      }),
    ],
  });
}

describe("overview figure builders", () => {
  it("investment by sector: one bar per sector, not reported is null (never zero), sources of the costed records", async () => {
    const f = buildSectorFigure(dataset(), await figureContextFor("en"));
    expect(f.kind).toBe("bars");
    expect(f.bars.map((x) => [x.key, x.value, x.color])).toEqual([
      ["energy", 1500, "chart-1"],
      ["transport", 250, "chart-2"],
      ["social", null, "chart-5"],
    ]);
    expect(f.table.rows).toEqual([
      { sector: "Energy", usdMillions: 1500, projectsWithCost: 2, projects: 2 },
      { sector: "Transport infrastructure", usdMillions: 250, projectsWithCost: 1, projects: 1 },
      {
        sector: "Social-economic development",
        usdMillions: null,
        projectsWithCost: 0,
        projects: 1,
      },
    ]);
    expect(f.sources.count).toBe(2);
    expect(f.sources.list.map((s) => [s.publisher, s.records])).toEqual([
      ["A", 2],
      ["B", 2],
    ]);
    expect(f.sourceLine).toBe("CPEC Progress Dashboard dataset 1.0.0, from 2 sources");
    expect(f.filters).toEqual([]);
    expect(f.summary).toBe("Energy has the largest share, US$1.5 billion of US$1.75 billion.");
  });

  it("projects by status counts the counted projects only", async () => {
    const f = buildStatusFigure(dataset(), await figureContextFor("en"));
    expect(f.bars.map((x) => [x.key, x.value])).toEqual([
      ["planned", 1],
      ["under-construction", 1],
      ["operational", 2],
    ]);
  });

  it("investment by province puts a multi-province project under Several provinces", async () => {
    const f = buildProvinceFigure(dataset(), await figureContextFor("en"));
    expect(f.bars.map((x) => [x.key, x.value])).toEqual([
      ["punjab", 1500],
      ["several", 250],
    ]);
  });

  it("completed over time: cumulative by year of completion, with the year's own value", async () => {
    const usd = buildCompletedFigure(dataset(), await figureContextFor("en"), "usd");
    expect(usd.points).toEqual([
      { year: 2017, value: 1000 },
      { year: 2018, value: 1000 },
      { year: 2019, value: 1500 },
    ]);
    expect(usd.table.rows[2]).toEqual({ year: 2019, inYear: 500, cumulative: 1500 });
    const mw = buildCompletedFigure(dataset(), await figureContextFor("en"), "mw");
    expect(mw.points.at(-1)).toEqual({ year: 2019, value: 960 });
    // Both run from 2017 through the data-as-of day, 27 Nov 2026 (its 331st day).
    expect(usd.years).toEqual({ from: 2017, to: 2026 + 331 / 365 });
    expect(mw.years).toEqual(usd.years);
  });

  it("sibling cumulative figures share the axis: capacity starts where investment does", async () => {
    const ds = dataset();
    // Only p2 has capacity in MW: the capacity figure starts in 2019, its axis still in 2017.
    ds.projects[0] = { ...ds.projects[0]!, capacity: null };
    const ctx = await figureContextFor("en");
    const mw = buildCompletedFigure(ds, ctx, "mw");
    expect(mw.points).toEqual([{ year: 2019, value: 300 }]);
    expect(mw.years.from).toBe(2017);
    expect(buildCompletedFigure(ds, ctx, "usd").years).toEqual(mw.years);
  });

  it("a year through a day, a month or a year", () => {
    expect(yearThrough("2025-09-26")).toBe(2025 + 269 / 365);
    expect(yearThrough("2024-12-31")).toBe(2025);
    expect(yearThrough("2024-02")).toBe(2024 + 60 / 366);
    expect(yearThrough("2023")).toBe(2024);
  });

  it("filters in words come from the Filters value, in the reader's language", async () => {
    const ctx = await figureContextFor("en", {
      filters: {
        sectors: ["energy"],
        statuses: [],
        provinces: [],
        from: 2015,
        to: null,
        query: "",
      },
    });
    const f = buildSectorFigure(dataset(), ctx);
    expect(f.filters).toEqual(["Sector = Energy", "Years 2015–…"]);
    expect(f.bars.map((x) => x.key)).toEqual(["energy"]);
  });

  it("reported statements are points in US$ millions, each with its publisher", async () => {
    const ds = makeDataset({
      aggregates: [
        makeAggregate({
          id: "r1",
          metric: "direct-investment-usd-bn",
          value: 25.4,
          asOf: "2021-09-23",
          label: "NDRC",
          official: true,
          sources: [a],
        }),
        makeAggregate({
          id: "r2",
          metric: "direct-investment-usd-bn",
          value: 14,
          asOf: "2016-09-27",
          label: "DCM",
          sources: [b],
        }),
      ],
    });
    const f = buildReportedFigure(ds, await figureContextFor("en"), "direct-investment-usd-bn");
    expect(f.points.map((p) => [p.date, p.value])).toEqual([
      ["2016-09-27", 14000],
      ["2021-09-23", 25400],
    ]);
    expect(f.sourceLine).toBe("Statements by officials and the press, from 2 publishers");
    // One group per statement (never joined), coloured by where it comes from.
    expect(f.groups.map((g) => [g.key, g.color])).toEqual([
      ["r2", "chart-7"],
      ["r1", "chart-1"],
    ]);
    expect(f.points.map((p) => p.group)).toEqual(["r2", "r1"]);
    expect(f.legend).toEqual([
      { label: "From the official record", color: "chart-1", shape: "circle" },
      { label: "Reported in the press", color: "chart-7", shape: "circle" },
    ]);
  });
});
