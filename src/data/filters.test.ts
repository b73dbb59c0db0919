import { describe, expect, it } from "vitest";
import { filtersThatEmpty, NO_FILTERS, projectYearSpan, sameFilters } from "./filters";
import { makeProject } from "./fixtures";

describe("projectYearSpan", () => {
  it("runs from start to completion, planned completion, or start alone", () => {
    const span = (
      start: string | null,
      plannedCompletion: string | null,
      completion: string | null,
    ) => projectYearSpan(makeProject({ dates: { start, plannedCompletion, completion } }));
    expect(span("2015-07", "2017", "2018-01-02")).toEqual([2015, 2018]);
    expect(span("2015", "2019", null)).toEqual([2015, 2019]);
    expect(span(null, null, "2020")).toEqual([2020, 2020]);
    expect(span("2021", null, null)).toEqual([2021, 2021]);
    expect(span(null, null, null)).toBeNull();
  });
});

describe("filtersThatEmpty", () => {
  const projects = [makeProject({ id: "a", sector: "energy", provinces: ["sindh"] })];
  it("names each filter whose removal alone brings projects back", () => {
    expect(
      filtersThatEmpty(projects, { ...NO_FILTERS, sectors: ["transport"], query: "zzz" }),
    ).toEqual([]);
    expect(filtersThatEmpty(projects, { ...NO_FILTERS, sectors: ["transport"] })).toEqual([
      "sectors",
    ]);
    expect(
      filtersThatEmpty(projects, { ...NO_FILTERS, provinces: ["punjab"], from: 2030 }),
    ).toEqual([]);
    expect(
      filtersThatEmpty(projects, { ...NO_FILTERS, query: "zzz", sectors: ["energy"] }),
    ).toEqual(["query"]);
  });
});

describe("sameFilters", () => {
  it("compares by value: a copy is the same, any one difference is not", () => {
    const f = { ...NO_FILTERS, sectors: ["energy"] as const, from: 2015 };
    expect(sameFilters(f, { ...f, sectors: ["energy"] })).toBe(true);
    expect(sameFilters(f, { ...f, sectors: ["energy", "transport"] })).toBe(false);
    expect(sameFilters(f, { ...f, statuses: ["operational"] })).toBe(false);
    expect(sameFilters(f, { ...f, provinces: ["punjab"] })).toBe(false);
    expect(sameFilters(f, { ...f, from: 2016 })).toBe(false);
    expect(sameFilters(f, { ...f, to: 2020 })).toBe(false);
    expect(sameFilters(f, { ...f, query: "port" })).toBe(false);
  });
});
