import { describe, expect, it } from "vitest";
import {
  makeAggregate,
  makeDataset,
  makeDocument,
  makeMeeting,
  makeProject,
  makeSource,
  makeWorkingGroup,
} from "../fixtures";
import { NO_FILTERS } from "../filters";
import {
  collectSources,
  exportFileName,
  projectCsvRow,
  searchSources,
  selectSelection,
} from "./sources";

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

describe("collectSources", () => {
  it("keeps one entry per URL with every record citing it, once each", () => {
    const dataset = makeDataset({
      projects: [
        makeProject({
          id: "p1",
          name: "Port Qasim",
          sources: [a, { ...a, title: "Another title for the same page" }],
        }),
        makeProject({
          id: "p2",
          name: "Karot",
          sources: [b],
          cost: {
            usdMillions: 1,
            stage: "estimated",
            asOf: "2020",
            original: {
              amount: 160,
              currency: "PKR",
              ratePerUsd: 160,
              rateBasis: "r",
              rateSource: c,
            },
          },
        }),
      ],
      documents: [makeDocument({ id: "d1", title: "MoU on ports", sources: [a] })],
      meetings: [makeMeeting({ id: "jcc-10", sources: [b] })],
      workingGroups: [makeWorkingGroup({ id: "g1", name: "Energy JWG", sources: [b] })],
      aggregates: [makeAggregate({ id: "ag", label: "Direct investment", sources: [b] })],
    });
    const entries = collectSources(dataset);
    expect(
      entries.map((e) => [e.publisher, e.title, e.url, e.citedBy.map((r) => `${r.kind}:${r.id}`)]),
    ).toEqual([
      [
        "Board of Investment",
        "CPEC projects",
        "https://a.example/1",
        ["project:p1", "document:d1"],
      ],
      ["Board of Investment", "Rate", "https://a.example/rate", ["project:p2"]],
      [
        "Xinhua",
        "JCC held",
        "https://b.example/2",
        ["project:p2", "meeting:jcc-10", "workingGroup:g1", "aggregate:ag"],
      ],
    ]);
    expect(entries[0]?.citedBy[0]).toEqual({ kind: "project", id: "p1", name: "Port Qasim" });
    expect(searchSources(entries, "xinhua").map((e) => e.url)).toEqual(["https://b.example/2"]);
    expect(searchSources(entries, "A.EXAMPLE/RATE").map((e) => e.url)).toEqual([
      "https://a.example/rate",
    ]);
  });
});

describe("selectSelection", () => {
  it("filters projects by all filters, documents and meetings by year (documents also by text)", () => {
    const dataset = makeDataset({
      projects: [
        makeProject({ id: "e", sector: "energy" }),
        makeProject({ id: "t", sector: "transport" }),
      ],
      documents: [
        makeDocument({ id: "d14", date: "2014" }),
        makeDocument({ id: "d16", date: "2016" }),
      ],
      meetings: [
        makeMeeting({ id: "m13", date: "2013" }),
        makeMeeting({ id: "m17", date: "2017" }),
      ],
    });
    const s = selectSelection(dataset, { ...NO_FILTERS, sectors: ["energy"], from: 2015 });
    expect([
      s.projects.map((p) => p.id),
      s.documents.map((d) => d.id),
      s.meetings.map((m) => m.id),
    ]).toEqual([["e"], ["d16"], ["m17"]]);
    expect(s.metadata).toBe(dataset.metadata);
  });
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

describe("exportFileName", () => {
  it("carries the version and release date", () => {
    const meta = makeDataset().metadata;
    expect(exportFileName("projects", "full", meta, "csv")).toBe(
      "cpec-projects_1.0.0_2026-11-27.csv",
    );
    expect(exportFileName("dataset", "selection", meta, "json")).toBe(
      "cpec-dataset-selection_1.0.0_2026-11-27.json",
    );
  });
});
