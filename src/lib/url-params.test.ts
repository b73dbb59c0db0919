import { describe, expect, it } from "vitest";
import { filtersFromSearch, filtersInAddress, isParamName, PARAM_NAMES } from "./url-params";

const none = { sectors: [], statuses: [], provinces: [], from: null, to: null, query: "" };

describe("the URL parameter registry", () => {
  it("finds only its own parameters, never an inherited property", () => {
    expect(["view", "present", "step", "amounts", "tto"].every(isParamName)).toBe(true);
    for (const name of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"])
      expect(isParamName(name)).toBe(false);
    expect(PARAM_NAMES).toHaveLength(32);
  });

  it("writes the filters as the address does, each by its parser, empty when none", () => {
    expect(filtersInAddress(none)).toBe("");
    expect(
      filtersInAddress({
        ...none,
        sectors: ["energy", "transport"],
        provinces: ["sindh"],
        from: 2015,
        query: " coal ",
      }),
    ).toBe("sector=energy,transport; province=sindh; from=2015; q=coal");
  });

  it("reads the filters of an address with the page's parsers, a reversed range in order", () => {
    expect(filtersFromSearch("?sector=energy,mining,energy&from=2022&to=2016&q=thar")).toEqual({
      ...none,
      sectors: ["energy"],
      from: 2016,
      to: 2022,
      query: "thar",
    });
    expect(filtersFromSearch("?sector=constructor&status=__proto__&from=toString")).toEqual(none);
  });
});
