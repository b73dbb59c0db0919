import { describe, expect, it } from "vitest";
import { makeAggregate, makeSource } from "../fixtures";
import { latestOfficial, latestReported, reportedSeries } from "./aggregates";

const aggregates = [
  makeAggregate({
    id: "b",
    metric: "direct-investment-usd-bn",
    value: 25.4,
    asOf: "2021-09-23",
    sources: [makeSource({ publisher: "UrduPoint", url: "https://u.example/1" })],
  }),
  makeAggregate({
    id: "a",
    metric: "direct-investment-usd-bn",
    value: 19,
    asOf: "2018-12",
    label: "Invested",
  }),
  makeAggregate({ id: "j", metric: "jobs", value: 192000, asOf: "2023" }),
];

describe("reported aggregates", () => {
  it("lists a metric's reports oldest first with their publisher", () => {
    expect(reportedSeries(aggregates, "direct-investment-usd-bn")).toEqual([
      {
        id: "a",
        date: "2018-12",
        time: Date.UTC(2018, 11, 1),
        value: 19,
        label: "Invested",
        scope: "Test scope",
        official: false,
        publisher: "Test Publisher",
        url: "https://example.org/article",
      },
      {
        id: "b",
        date: "2021-09-23",
        time: Date.UTC(2021, 8, 23),
        value: 25.4,
        label: "Direct investment",
        scope: "Test scope",
        official: false,
        publisher: "UrduPoint",
        url: "https://u.example/1",
      },
    ]);
  });
  it("gives the latest report, or null", () => {
    expect(latestReported(aggregates, "jobs")?.value).toBe(192000);
    expect(latestReported(aggregates, "capacity-operating-mw")).toBeNull();
  });
});

describe("latestOfficial", () => {
  it("gives the latest official statement, not a later press figure", () => {
    const withOfficial = [
      ...aggregates,
      makeAggregate({ id: "ndrc", value: 25.4, asOf: "2021-09-23", official: true }),
      makeAggregate({ id: "press", value: 27.4, asOf: "2023-01-04" }),
    ];
    expect(latestOfficial(withOfficial, "direct-investment-usd-bn")).toMatchObject({
      id: "ndrc",
      value: 25.4,
      official: true,
    });
    expect(latestReported(withOfficial, "direct-investment-usd-bn")?.id).toBe("press");
    expect(latestOfficial(aggregates, "direct-investment-usd-bn")).toBeNull();
  });
});
