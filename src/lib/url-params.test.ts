import { describe, expect, it } from "vitest";
import {
  filtersFromSearch,
  filtersInAddress,
  isParamName,
  PARAM_NAMES,
  viewLink,
} from "./url-params";

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

describe("viewLink", () => {
  it("leaves the presentation's parameters out of the link and keeps the view's", () => {
    expect(
      viewLink(
        "https://cpec.example.org/app/?view=projects&lang=ur&present=1&step=3&sector=energy,transport",
      ),
    ).toBe("https://cpec.example.org/app/?view=projects&lang=ur&sector=energy,transport");
    expect(viewLink("https://cpec.example.org/?present=1")).toBe("https://cpec.example.org/");
    expect(viewLink("https://cpec.example.org/?view=map#x")).toBe(
      "https://cpec.example.org/?view=map#x",
    );
  });

  it("passes an address it cannot read through unchanged", () => {
    expect(viewLink("")).toBe("");
    expect(viewLink("not a url")).toBe("not a url");
    expect(viewLink("https://cpec.example.org/?%E0%A4=1&present=1")).toBe(
      "https://cpec.example.org/?%E0%A4=1",
    );
  });
});
