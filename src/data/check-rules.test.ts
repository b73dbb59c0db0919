import { describe, expect, it } from "vitest";
import { checkDataset } from "./check-dataset";
import {
  makeAggregate,
  makeDataset,
  makeMeeting,
  makeMetadata,
  makeProject,
  makeSource,
  makeWorkingGroup,
} from "./fixtures";
import { DatasetError, parseDataset } from "./load-dataset";
import type { Dataset } from "./schema";

const lines = (d: Dataset) =>
  checkDataset(d, "f.json").map(
    (p) => `${p.severity} ${p.collection}/${p.recordId}:${p.field}: ${p.message}`,
  );

const meta = (overrides: Parameters<typeof makeMetadata>[0]) => makeMetadata(overrides);

describe("dates in every field", () => {
  it("flags a date that is not on the calendar, wherever it is", () => {
    const d = makeDataset({
      metadata: meta({
        releaseDate: "2026-02-30",
        dataAsOf: "2025-02-29",
        changelog: [{ version: "1.0.0", date: "2026-04-31", changes: ["x"] }],
      }),
      projects: [
        makeProject({
          id: "p",
          lastVerified: "2025-06-31",
          cost: { usdMillions: 100, stage: "estimated", asOf: "2019-09-31" },
          sources: [makeSource({ date: "2019-11-31" })],
        }),
      ],
      workingGroups: [
        makeWorkingGroup({
          id: "g",
          established: { date: "2018-02-30", meetingId: null, note: null },
        }),
      ],
      aggregates: [makeAggregate({ id: "a", asOf: "2021-09-31" })],
    });
    expect(lines(d)).toEqual([
      'error metadata/null:releaseDate: "2026-02-30" is not a calendar date',
      'error metadata/null:dataAsOf: "2025-02-29" is not a calendar date',
      'error metadata/null:changelog.0.date: "2026-04-31" is not a calendar date',
      'error projects/p:lastVerified: "2025-06-31" is not a calendar date',
      'error projects/p:cost.asOf: "2019-09-31" is not a calendar date',
      'error projects/p:sources.0.date: "2019-11-31" is not a calendar date',
      'error workingGroups/g:established.date: "2018-02-30" is not a calendar date',
      'error aggregates/a:asOf: "2021-09-31" is not a calendar date',
    ]);
  });

  it("flags years outside 1990–2045", () => {
    const d = makeDataset({
      projects: [
        makeProject({
          id: "p",
          dates: { start: "1989", plannedCompletion: "2046-01", completion: null },
          status: "under-construction",
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/p:dates.start: year 1989 is outside 1990–2045",
      "error projects/p:dates.plannedCompletion: year 2046 is outside 1990–2045",
    ]);
  });

  it("flags a record verified after the release, and data as of after the release", () => {
    const d = makeDataset({
      metadata: meta({ releaseDate: "2026-11-27", dataAsOf: "2026-11-28" }),
      projects: [makeProject({ id: "p", lastVerified: "2026-11-28" })],
    });
    expect(lines(d)).toEqual([
      "error metadata/null:dataAsOf: data as of 2026-11-28 is after the release 2026-11-27",
      "error projects/p:lastVerified: last verified 2026-11-28 is after the release 2026-11-27",
    ]);
  });
});

describe("amounts", () => {
  it("bounds a cost by its sector and refuses 0 and 1e308", () => {
    const cost = (usdMillions: number) => ({
      usdMillions,
      stage: "estimated" as const,
      asOf: null,
    });
    const d = makeDataset({
      projects: [
        makeProject({ id: "big", sector: "energy", cost: cost(1e308) }),
        makeProject({
          id: "school",
          sector: "social",
          subtype: "education",
          capacity: null,
          cost: cost(2500),
        }),
        makeProject({ id: "zero", cost: cost(0) }),
        makeProject({
          id: "ml1",
          sector: "transport",
          subtype: "rail",
          capacity: null,
          cost: cost(9850),
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/big:cost.usdMillions: US$1e+308 million is above the energy bound of US$15000 million",
      "error projects/school:cost.usdMillions: US$2500 million is above the social bound of US$2000 million",
      "error projects/zero:cost.usdMillions: a cost of 0: an unreported cost is null",
    ]);
  });

  it("checks a converted cost against its original amount and rate", () => {
    const rateSource = makeSource();
    const d = makeDataset({
      projects: [
        makeProject({
          id: "ok",
          cost: {
            usdMillions: 341.4,
            stage: "estimated",
            asOf: null,
            original: {
              amount: 36e9,
              currency: "PKR",
              ratePerUsd: 105.46,
              rateBasis: "x",
              rateSource,
            },
          },
        }),
        makeProject({
          id: "slip",
          cost: {
            usdMillions: 36,
            stage: "estimated",
            asOf: null,
            original: {
              amount: 36e9,
              currency: "PKR",
              ratePerUsd: 105.46,
              rateBasis: "x",
              rateSource,
            },
          },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/slip:cost.original: 36000000000 PKR at 105.46 per US$ is 341.4, not 36",
    ]);
  });

  it("bounds aggregates by metric", () => {
    const d = makeDataset({
      aggregates: [
        makeAggregate({ id: "a", metric: "direct-investment-usd-bn", value: 254 }),
        makeAggregate({ id: "b", metric: "jobs", value: 255_000 }),
      ],
    });
    expect(lines(d)).toEqual([
      "error aggregates/a:value: 254 is above the direct-investment-usd-bn bound of 200",
    ]);
  });
});

describe("status against dates", () => {
  const asOf = meta({ dataAsOf: "2025-09-26" });
  it("flags statuses their dates contradict", () => {
    const d = makeDataset({
      metadata: asOf,
      projects: [
        makeProject({
          id: "future",
          status: "operational",
          dates: { start: "2026-01", plannedCompletion: null, completion: "2027" },
        }),
        makeProject({
          id: "done",
          status: "under-construction",
          dates: { start: "2016", plannedCompletion: null, completion: "2019-06-30" },
        }),
        makeProject({
          id: "begun",
          status: "planned",
          dates: { start: "2023-07-15", plannedCompletion: null, completion: null },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/future:dates.completion: completion 2027 is after the data-as-of date 2025-09-26",
      "error projects/future:status: operational but work starts 2026-01, after the data-as-of date 2025-09-26",
      "error projects/done:status: under-construction but completed 2019-06-30",
      "error projects/begun:status: planned but work started 2023-07-15",
    ]);
  });

  it("warns when a passed planned completion has not been checked since", () => {
    const d = makeDataset({
      metadata: asOf,
      projects: [
        makeProject({
          id: "stale",
          status: "under-construction",
          lastVerified: "2020-01-01",
          dates: { start: "2016", plannedCompletion: "2021-06", completion: null },
        }),
        makeProject({
          id: "checked",
          status: "under-construction",
          lastVerified: "2025-09-01",
          dates: { start: "2016", plannedCompletion: "2021-06", completion: null },
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "warning projects/stale:lastVerified: under-construction with planned completion 2021-06 passed, not checked since",
    ]);
  });
});

describe("the JCC sequence", () => {
  it("names every missing session and an undated one without a reason", () => {
    const d = makeDataset({
      meetings: [
        makeMeeting({ id: "jcc-01", session: 1 }),
        makeMeeting({ id: "jcc-02", session: 2, date: null }),
        makeMeeting({ id: "jcc-05", session: 5, date: "2015-11" }),
        makeMeeting({ id: "v", body: "visit", session: null, date: null, dateNote: "unknown" }),
      ],
    });
    expect(lines(d)).toEqual([
      "error meetings/jcc-02:dateNote: no date and no dateNote saying why",
      "error meetings/v:date: only a JCC session may be undated (it keeps its place)",
      "error meetings/null:session: JCC session 3 is missing: sessions 1 to 5 each need a record (undated: date null with a dateNote)",
      "error meetings/null:session: JCC session 4 is missing: sessions 1 to 5 each need a record (undated: date null with a dateNote)",
    ]);
  });

  it("accepts an undated session that says why", () => {
    const d = makeDataset({
      meetings: [
        makeMeeting({ id: "jcc-01", session: 1 }),
        makeMeeting({
          id: "jcc-02",
          session: 2,
          date: null,
          dateNote: "Date not publicly reported",
        }),
      ],
    });
    expect(lines(d)).toEqual([]);
  });
});

describe("official figures", () => {
  const official = makeSource({
    publisher: "Ministry of Planning",
    url: "https://example.org/official",
  });
  const figure = {
    listedAs: "Test Power Plant",
    status: "operational" as const,
    costUsdMillions: 120,
    capacity: { value: 100, unit: "MW" as const },
    asOf: "2024",
    source: official,
  };
  it("needs the official value in conflicts where the chosen one differs", () => {
    const d = makeDataset({
      projects: [
        makeProject({
          id: "p",
          status: "under-construction",
          dates: { start: "2016", plannedCompletion: null, completion: null },
          official: figure,
        }),
      ],
    });
    expect(lines(d)).toEqual([
      "error projects/p:cost.usdMillions: differs from the official 120 (Ministry of Planning); add the official value to conflicts with the reason for the choice",
      "error projects/p:status: differs from the official operational (Ministry of Planning); add the official value to conflicts with the reason for the choice",
    ]);
  });

  it("is satisfied by the official value in conflicts, from the official source", () => {
    const conflict = (field: string, value: string | number, used: boolean, source = official) => ({
      field,
      value,
      source,
      used,
      why: "test",
    });
    const d = makeDataset({
      projects: [
        makeProject({
          id: "p",
          official: { ...figure, status: null },
          conflicts: [
            conflict("cost.usdMillions", 120, false),
            conflict("cost.usdMillions", 100, true, makeSource()),
          ],
        }),
      ],
    });
    expect(lines(d)).toEqual([]);
  });
});

describe("web addresses", () => {
  it("refuses a javascript: licence URL when a file is opened", () => {
    const input = makeDataset({
      metadata: meta({
        licence: {
          data: "CC BY 4.0",
          boundaries: { name: "b", attribution: "a", url: "javascript:alert(1)" },
        },
      }),
    });
    let error: unknown;
    try {
      parseDataset(input, "mine.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      {
        file: "mine.json",
        collection: "metadata",
        recordId: null,
        field: "licence.boundaries.url",
        message: "expected an http(s) URL",
      },
    ]);
  });
});
