import { describe, expect, it } from "vitest";
import { makeProject } from "../fixtures";
import { dateExtent } from "./timeline";
import { delayBetween, ganttData, ganttRow } from "./gantt";

const today = Date.UTC(2026, 10, 27);

describe("ganttRow", () => {
  it("runs a completed project from start to completion, with its delay in months", () => {
    const row = ganttRow(
      makeProject({
        id: "a",
        dates: { start: "2016-01", plannedCompletion: "2018-12", completion: "2019-06-30" },
      }),
      today,
    );
    expect(row.bar).toEqual({
      from: Date.UTC(2016, 0, 1),
      to: Date.UTC(2019, 6, 1),
      end: "completion",
      startUncertain: { from: Date.UTC(2016, 0, 1), to: Date.UTC(2016, 1, 1) },
      endUncertain: null,
    });
    expect(row.delayMonths).toBe(6);
    expect(row.delayPrecision).toBe("month");
  });

  it("runs works under way to today and a planned project to its planned completion", () => {
    const ongoing = ganttRow(
      makeProject({
        status: "under-construction",
        dates: { start: "2020", plannedCompletion: "2024", completion: null },
      }),
      today,
    );
    expect(ongoing.bar).toEqual({
      from: Date.UTC(2020, 0, 1),
      to: today,
      end: "today",
      startUncertain: { from: Date.UTC(2020, 0, 1), to: Date.UTC(2021, 0, 1) },
      endUncertain: null,
    });
    expect(ongoing.delayMonths).toBeNull();
    const planned = ganttRow(
      makeProject({
        status: "planned",
        dates: { start: "2027-03-01", plannedCompletion: "2030", completion: null },
      }),
      today,
    );
    expect(planned.bar).toEqual({
      from: Date.UTC(2027, 2, 1),
      to: Date.UTC(2031, 0, 1),
      end: "planned",
      startUncertain: null,
      endUncertain: { from: Date.UTC(2030, 0, 1), to: Date.UTC(2031, 0, 1) },
    });
  });

  it("draws only the start when nothing later is known, and no bar without a start", () => {
    const startOnly = ganttRow(
      makeProject({
        status: "suspended",
        dates: { start: "2018-04", plannedCompletion: null, completion: null },
      }),
      today,
    );
    expect(startOnly.bar).toMatchObject({
      from: Date.UTC(2018, 3, 1),
      to: Date.UTC(2018, 4, 1),
      end: "start-only",
    });
    const noStart = ganttRow(
      makeProject({ dates: { start: null, plannedCompletion: "2017", completion: "2018-02" } }),
      today,
    );
    expect(noStart.bar).toBeNull();
    expect(noStart.delayMonths).toBe(12);
    expect(noStart.delayPrecision).toBe("year");
  });
});

describe("delayBetween", () => {
  it("compares months, or whole years when either date is only a year", () => {
    expect(delayBetween(dateExtent("2018-12-31"), dateExtent("2018-11-01"))).toEqual({
      months: -1,
      precision: "month",
    });
    expect(delayBetween(dateExtent("2018-12"), dateExtent("2021-03-15"))).toEqual({
      months: 27,
      precision: "month",
    });
    expect(delayBetween(dateExtent("2019"), dateExtent("2019-12"))).toEqual({
      months: 0,
      precision: "year",
    });
  });
});

describe("ganttData", () => {
  it("counts rows with a known delay and the late ones", () => {
    const late = makeProject({
      dates: { start: "2015", plannedCompletion: "2017-01", completion: "2017-04" },
    });
    const early = makeProject({
      dates: { start: "2015", plannedCompletion: "2017-01", completion: "2016-12-30" },
    });
    const onTime = makeProject({
      dates: { start: "2015", plannedCompletion: "2017", completion: "2017-09" },
    });
    const data = ganttData([late, early, onTime], "sector", today);
    expect(data.groups[0]!.rows.map((r) => r.delayMonths)).toEqual([3, -1, 0]);
    expect([data.withDelay, data.late]).toEqual([3, 1]);
  });

  const a = makeProject({
    id: "a",
    name: "Beta plant",
    sector: "energy",
    provinces: ["sindh"],
    dates: { start: "2016", plannedCompletion: null, completion: "2018" },
  });
  const b = makeProject({
    id: "b",
    name: "Alpha plant",
    sector: "energy",
    provinces: ["punjab"],
    dates: { start: "2016-01-01", plannedCompletion: null, completion: "2017-05" },
  });
  const c = makeProject({
    id: "c",
    name: "Motorway",
    sector: "transport",
    provinces: ["punjab", "sindh"],
    dates: { start: "2014-03", plannedCompletion: null, completion: "2019-11-05" },
  });
  const none = makeProject({
    id: "n",
    name: "Undated park",
    sector: "industrial",
    dates: { start: null, plannedCompletion: null, completion: null },
  });

  it("groups by sector in the sector order, rows by start then name, undated apart", () => {
    const data = ganttData([a, none, c, b], "sector", today);
    expect(data.groups.map((g) => [g.key, g.rows.map((r) => r.id)])).toEqual([
      ["energy", ["b", "a"]],
      ["transport", ["c"]],
    ]);
    expect(data.undated).toEqual([{ id: "n", name: "Undated park" }]);
    expect(data.rowCount).toBe(3);
    expect([data.withDelay, data.late]).toEqual([0, 0]);
    expect(data.domain).toEqual({ from: Date.UTC(2014, 2, 1), to: today });
  });

  it("groups by province, with several provinces under 'several'", () => {
    const data = ganttData([a, b, c], "province", Date.UTC(2019, 0, 1));
    expect(data.groups.map((g) => [g.key, g.rows.map((r) => r.id)])).toEqual([
      ["punjab", ["b"]],
      ["sindh", ["a"]],
      ["several", ["c"]],
    ]);
    expect(data.domain).toEqual({ from: Date.UTC(2014, 2, 1), to: Date.UTC(2019, 10, 6) });
  });

  it("has no domain when nothing can be drawn", () => {
    expect(ganttData([none], "sector", today)).toEqual({
      groups: [],
      undated: [{ id: "n", name: "Undated park" }],
      domain: null,
      rowCount: 0,
      withDelay: 0,
      late: 0,
    });
  });
});
