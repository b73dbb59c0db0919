import { describe, expect, it } from "vitest";
import {
  makeAggregate,
  makeDataset,
  makeOfficialFigure,
  makeProject,
  makeSource,
} from "../fixtures";
import { reconciliationRows } from "./reconciliation";

const list = makeSource({ publisher: "Business Recorder", url: "https://example.org/na-list" });
const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: null });

describe("reconciliationRows", () => {
  const dataset = makeDataset({
    projects: [
      makeProject({
        id: "sahiwal",
        cost: cost(1912.2),
        official: makeOfficialFigure({
          listedAs: "Sahiwal Coal Power (1320 MW)",
          costUsdMillions: 1912,
          source: list,
        }),
      }),
      makeProject({ id: "wind", cost: null }),
      makeProject({
        id: "solar",
        status: "partially-operational",
        cost: null,
        official: makeOfficialFigure({
          listedAs: "Quaid-e-Azam Solar Park (400MW)",
          costUsdMillions: 520,
          source: list,
        }),
      }),
      makeProject({
        id: "road",
        sector: "transport",
        subtype: "road",
        capacity: null,
        cost: cost(500),
      }),
      makeProject({ id: "phase-one", cost: cost(248), preCpec: true }),
      makeProject({
        id: "zone",
        sector: "industrial",
        subtype: "sez",
        capacity: null,
        status: "under-construction",
        dates: { start: "2020", plannedCompletion: null, completion: null },
        cost: cost(128),
      }),
    ],
    aggregates: [
      makeAggregate({
        id: "old",
        metric: "projects-completed",
        value: 36,
        asOf: "2024-01",
        official: true,
      }),
      makeAggregate({
        id: "done",
        metric: "projects-completed",
        value: 38,
        asOf: "2024-11-20",
        official: true,
        sources: [list],
      }),
      makeAggregate({
        id: "done-usd",
        metric: "projects-completed-usd-bn",
        value: 25,
        asOf: "2024-11-20",
        official: true,
        sources: [list],
      }),
      makeAggregate({
        id: "energy",
        metric: "projects-completed",
        sector: "energy",
        value: 17,
        asOf: "2024-11-20",
        official: true,
        sources: [list],
      }),
      makeAggregate({
        id: "ui",
        metric: "projects-under-implementation",
        value: 23,
        asOf: "2024-11-20",
        official: true,
        sources: [list],
      }),
      makeAggregate({ id: "press", metric: "projects-completed", value: 40, asOf: "2025-01" }),
    ],
  });

  it("sets the latest official tally of each kind beside this dataset's count of the same scope", () => {
    expect(
      reconciliationRows(dataset).map((r) => [r.id, r.sector, r.official.value, r.dataset]),
    ).toEqual([
      [
        "done",
        null,
        38,
        {
          value: 3,
          projects: 3,
          projectsWithCost: 2,
          matchedToOfficial: 1,
          officialWithOtherStatus: 1,
        },
      ],
      [
        "done-usd",
        null,
        25,
        {
          value: 2.4122,
          projects: 3,
          projectsWithCost: 2,
          matchedToOfficial: 1,
          officialWithOtherStatus: 1,
        },
      ],
      [
        "ui",
        null,
        23,
        {
          value: 2,
          projects: 2,
          projectsWithCost: 1,
          matchedToOfficial: 1,
          officialWithOtherStatus: 0,
        },
      ],
      [
        "energy",
        "energy",
        17,
        {
          value: 2,
          projects: 2,
          projectsWithCost: 1,
          matchedToOfficial: 1,
          officialWithOtherStatus: 1,
        },
      ],
    ]);
  });
});
