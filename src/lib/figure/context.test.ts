import { describe, expect, it } from "vitest";
import { filtersInWords } from "./context";

/** A `t` that writes the key and its options, so the test sees what was asked for. */
const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key}(${Object.values(options).join("|")})` : key;

const none = { sectors: [], statuses: [], provinces: [], from: null, to: null, query: "" };

describe("filtersInWords", () => {
  it("says nothing when nothing is filtered", () => {
    expect(filtersInWords(none, t)).toEqual([]);
  });

  it("says each active filter in the registry's order, the years once", () => {
    expect(
      filtersInWords(
        {
          sectors: ["energy", "transport"],
          statuses: [],
          provinces: ["sindh"],
          from: 2015,
          to: null,
          query: "  thar ",
        },
        t,
      ),
    ).toEqual([
      "export.filters.is(filters.sector|sector.energyapp.listSeparatorsector.transport)",
      "export.filters.is(filters.province|province.sindh)",
      "filters.yearsChip(2015|…)",
      "filters.queryChip(thar)",
    ]);
  });
});
