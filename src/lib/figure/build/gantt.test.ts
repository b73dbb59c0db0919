import { describe, expect, it } from "vitest";
import { makeDataset, makeMetadata, makeProject, makeSource } from "@/data/fixtures";
import { testFigureContext } from "../figure-test-support";
import { buildGanttFigure } from "./gantt";

const day = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

const dataset = makeDataset({
  metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
  projects: [
    makeProject({
      id: "beta",
      name: "Beta Hydropower",
      status: "under-construction",
      dates: { start: "2020-03-15", plannedCompletion: "2024", completion: null },
      sources: [makeSource({ url: "https://example.org/b" })],
    }),
    makeProject({
      id: "alpha",
      name: "Alpha Power Plant",
      names: { ur: "الفا پاور پلانٹ" },
      status: "operational",
      dates: { start: "2016-01", plannedCompletion: "2018-12", completion: "2019-06-30" },
    }),
    makeProject({
      id: "delta",
      name: "Delta Road",
      sector: "transport",
      status: "planned",
      dates: { start: "2025", plannedCompletion: "2027-06", completion: null },
    }),
    makeProject({
      id: "gamma",
      name: "Gamma Port",
      sector: "transport",
      status: "planned",
      dates: { start: null, plannedCompletion: null, completion: null },
    }),
  ],
});

describe("buildGanttFigure", () => {
  const figure = buildGanttFigure(dataset, testFigureContext("en"), { grouping: "sector" });

  it("draws one row per dated project, grouped, with exact spans; works under way end at the data-as-of day", () => {
    expect(figure.groups.map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ["Energy", ["alpha", "beta"]],
      ["Transport infrastructure", ["delta"]],
    ]);
    const [alpha, beta] = figure.groups[0]!.rows;
    expect(alpha).toEqual({
      id: "alpha",
      label: "Alpha Power Plant",
      status: "operational",
      color: "status-operational",
      bar: {
        start: day(2016, 1),
        end: day(2019, 7, 1),
        ending: "completion",
        startUncertain: { start: day(2016, 1), end: day(2016, 2) },
        endUncertain: null,
      },
      plannedCompletion: { start: day(2018, 12), end: day(2019, 1) },
      completion: { start: day(2019, 6, 30), end: day(2019, 7, 1) },
    });
    expect(beta!.bar).toEqual({
      start: day(2020, 3, 15),
      end: day(2025, 9, 26),
      ending: "as-of",
      startUncertain: null,
      endUncertain: null,
    });
    expect(figure.groups[1]!.rows[0]!.bar).toEqual({
      start: day(2025, 1),
      end: day(2027, 7),
      ending: "planned",
      startUncertain: { start: day(2025, 1), end: day(2026, 1) },
      endUncertain: { start: day(2027, 6), end: day(2027, 7) },
    });
    expect(figure.asOfTime).toBe(day(2025, 9, 26));
    expect(figure.today).toBe(day(2026, 12, 2));
    // Whole years from the first start to past today (2 December 2026) and the last plan (2027).
    expect(figure.domain).toEqual({ start: day(2016, 1), end: day(2028, 1) });
  });

  it("counts the undated projects in a note and draws none of them", () => {
    expect(figure.undated).toBe(1);
    expect(figure.notes).toEqual(["1 project with no dates reported is not drawn."]);
  });

  it("tables exactly the rows it draws, with partial dates as reported", () => {
    expect(figure.table.fields.map((f) => [f.key, f.unit])).toEqual([
      ["project", "text"],
      ["group", "text"],
      ["status", "text"],
      ["start", "date"],
      ["plannedCompletion", "date"],
      ["completion", "date"],
    ]);
    expect(figure.table.rows).toEqual([
      {
        project: "Alpha Power Plant",
        group: "Energy",
        status: "Operational",
        start: "2016-01",
        plannedCompletion: "2018-12",
        completion: "2019-06-30",
      },
      {
        project: "Beta Hydropower",
        group: "Energy",
        status: "Under construction",
        start: "2020-03-15",
        plannedCompletion: "2024",
        completion: null,
      },
      {
        project: "Delta Road",
        group: "Transport infrastructure",
        status: "Planned",
        start: "2025",
        plannedCompletion: "2027-06",
        completion: null,
      },
    ]);
  });

  it("has the status colours, the uncertain span, the planned completion and the two lines in its legend", () => {
    expect(figure.legend.map((l) => [l.shape, l.color, l.label])).toEqual([
      ["square", "status-operational", "Operational"],
      ["square", "status-under-construction", "Under construction"],
      ["square", "status-planned", "Planned"],
      ["hatched", "foreground", "Date known only to the year or month"],
      ["outline", "foreground", "Planned period, not started"],
      ["diamond", "foreground", "Planned completion"],
      ["line", "muted", "Data as of 26 Sept 2025"],
      ["dashed", "foreground", "Today"],
    ]);
  });

  it("cites the distinct sources of the rows drawn", () => {
    expect(figure.sources.count).toBe(2);
    expect(figure.sources.list.map((s) => [s.url, s.records])).toEqual([
      ["https://example.org/article", 2],
      ["https://example.org/b", 1],
    ]);
  });

  it("names projects in the reader's language where a source gives the name, and groups by province", () => {
    const ur = buildGanttFigure(dataset, testFigureContext("ur"), { grouping: "province" });
    expect(ur.groups.map((g) => g.key)).toEqual(["punjab"]);
    expect(ur.groups[0]!.rows.map((r) => r.label)).toEqual([
      "الفا پاور پلانٹ",
      "Beta Hydropower",
      "Delta Road",
    ]);
    expect(ur.id).toBe("projects.gantt.province");
  });

  it("follows the shared filters", () => {
    const ctx = testFigureContext("en", {
      filters: {
        sectors: ["transport"],
        statuses: [],
        provinces: [],
        from: null,
        to: null,
        query: "",
      },
    });
    const f = buildGanttFigure(dataset, ctx, { grouping: "sector" });
    expect(f.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(["delta"]);
    expect(f.undated).toBe(1);
    expect(f.filters).toEqual(["Sector = Transport infrastructure"]);
  });
});
