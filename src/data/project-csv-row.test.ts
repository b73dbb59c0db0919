import { describe, expect, it } from "vitest";
import { makeProject, makeSource } from "./fixtures";
import { projectCsvRow } from "./project-csv-row";

const a = makeSource({
  publisher: "Board of Investment",
  title: "CPEC projects",
  date: "2022-01",
  url: "https://a.example/1",
});
const b = makeSource({
  publisher: "Xinhua",
  title: "JCC held",
  date: "2021-09-24",
  url: "https://b.example/2",
});
const c = makeSource({
  publisher: "Board of Investment",
  title: "Rate",
  date: null,
  url: "https://a.example/rate",
});

describe("projectCsvRow", () => {
  it("flattens a project into the documented columns", () => {
    const p = makeProject({
      id: "hub",
      name: "Hub Power",
      provinces: ["balochistan", "sindh"],
      location: { precision: "town", point: { name: "Hub", lat: 25.05, lon: 66.9 } },
      sponsors: ["HUBCO", "CPIH (China Power; 47.5%)"],
      sources: [a, b],
    });
    expect(projectCsvRow(p)).toEqual({
      id: "hub",
      name: "Hub Power",
      name_ur: null,
      name_zh: null,
      sector: "energy",
      subtype: "coal",
      provinces: "balochistan;sindh",
      status: "operational",
      capacity_value: 100,
      capacity_unit: "MW",
      capacity_note: null,
      cost_usd_millions: 100,
      cost_stage: "estimated",
      cost_as_of: "2020",
      cost_original_amount: null,
      cost_original_currency: null,
      cost_rate_per_usd: null,
      cost_rate_basis: null,
      cost_rate_source_publisher: null,
      cost_rate_source_title: null,
      cost_rate_source_date: null,
      cost_rate_source_url: null,
      cost_rate_source_note: null,
      start: "2016-01",
      planned_completion: "2018-12",
      completion: "2019-06-30",
      location_precision: "town",
      location_name: "Hub",
      lat: 25.05,
      lon: 66.9,
      line_from_name: null,
      line_from_lat: null,
      line_from_lon: null,
      line_to_name: null,
      line_to_lat: null,
      line_to_lon: null,
      sponsors: "HUBCO | CPIH (China Power; 47.5%)",
      financiers: "",
      count_in_aggregates: true,
      pre_cpec: false,
      last_verified: "2026-11-27",
      confidence: "confirmed",
      notes: null,
      source_publishers: "Board of Investment | Xinhua",
      source_titles: "CPEC projects | JCC held",
      source_dates: "2022-01 | 2021-09-24",
      source_urls: "https://a.example/1 | https://b.example/2",
      source_notes: "",
    });
    expect(
      projectCsvRow(
        makeProject({ location: { precision: "province" }, capacity: null, cost: null }),
      ),
    ).toMatchObject({
      lat: null,
      lon: null,
      location_name: null,
      capacity_value: null,
      cost_usd_millions: null,
    });
  });

  it("writes a line's two ends, a converted cost's rate and source, and escapes | in list entries", () => {
    const row = projectCsvRow(
      makeProject({
        location: {
          precision: "line",
          from: { name: "Karachi", lat: 24.86, lon: 67.01 },
          to: { name: "Peshawar", lat: 34.01, lon: 71.58 },
        },
        cost: {
          usdMillions: 730,
          stage: "final",
          asOf: null,
          original: {
            amount: 118137670000,
            currency: "PKR",
            ratePerUsd: 161.84,
            rateBasis: "2020 annual average",
            rateSource: c,
          },
        },
        financiers: ["ICBC | China Exim"],
        sources: [a, { ...c, note: "undated" }],
      }),
    );
    expect(row).toMatchObject({
      location_name: null,
      lat: null,
      line_from_name: "Karachi",
      line_from_lat: 24.86,
      line_to_name: "Peshawar",
      line_to_lon: 71.58,
      cost_original_amount: 118137670000,
      cost_original_currency: "PKR",
      cost_rate_per_usd: 161.84,
      cost_rate_basis: "2020 annual average",
      cost_rate_source_publisher: "Board of Investment",
      cost_rate_source_title: "Rate",
      cost_rate_source_date: null,
      cost_rate_source_url: "https://a.example/rate",
      financiers: "ICBC \\| China Exim",
      source_dates: "2022-01 | ",
      source_notes: " | undated",
    });
  });
});
