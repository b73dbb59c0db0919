import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadUrlState, serializeUrlState, toFilters } from "./url-state";

describe("URL state", () => {
  it("reads readable parameters", () => {
    const s = loadUrlState(
      "?view=projects&sector=energy,transport&status=operational&province=sindh&from=2015&to=2020&q=thar",
    );
    expect(s).toEqual({
      view: "projects",
      lang: "en",
      sector: ["energy", "transport"],
      status: ["operational"],
      province: ["sindh"],
      from: 2015,
      to: 2020,
      q: "thar",
    });
  });

  it("round-trips and leaves defaults out", () => {
    const state = loadUrlState("?view=map&sector=gwadar&from=2016");
    expect(serializeUrlState(state)).toBe("?view=map&sector=gwadar&from=2016");
    expect(serializeUrlState(loadUrlState(""))).toBe("");
  });

  it("falls back to defaults for garbage, drops unknown list items and repeats", () => {
    const s = loadUrlState(
      "?view=admin&lang=klingon&sector=energy,mining,energy&status=&from=abc&to=1850&province=%3Cscript%3E",
    );
    expect(s).toEqual({
      view: "overview",
      lang: "en",
      sector: ["energy"],
      status: [],
      province: [],
      from: null,
      to: null,
      q: "",
    });
  });

  it("cuts a very long search text", () => {
    expect(loadUrlState(`?q=${"x".repeat(5000)}`).q).toHaveLength(100);
  });

  it("reads a reversed year range in order", () => {
    expect(toFilters(loadUrlState("?from=2022&to=2016"))).toMatchObject({ from: 2016, to: 2022 });
  });

  it("reads any query string as a state that writes back to itself, its range in order", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom("to", "view", "status", "province", "q", "lang"), fc.string()),
        fc.oneof(fc.integer({ min: 1990, max: 2060 }).map(String), fc.string()),
        (key, value) => {
          const params = new URLSearchParams();
          params.append(key, value);
          params.append("sector", value);
          params.append("from", value);
          const state = loadUrlState(`?${params.toString()}`);
          const filters = toFilters(state);
          if (filters.from !== null && filters.to !== null)
            expect(filters.from).toBeLessThanOrEqual(filters.to);
          expect(loadUrlState(serializeUrlState(state))).toEqual(state);
        },
      ),
    );
  });
});
