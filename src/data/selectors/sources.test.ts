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
import { collectSources, searchSources, selectSelection } from "./sources";

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
