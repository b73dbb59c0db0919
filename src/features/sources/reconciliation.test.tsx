import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  makeAggregate,
  makeDataset,
  makeOfficialFigure,
  makeMetadata,
  makeProject,
  makeSource,
} from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { Reconciliation } from "./reconciliation";

const list = makeSource({ publisher: "Business Recorder", url: "https://example.org/na-list" });
const dataset = makeDataset({
  metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
  projects: [
    makeProject({
      id: "sahiwal",
      cost: { usdMillions: 1912.2, stage: "estimated", asOf: null },
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
  ],
  aggregates: [
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
  ],
});

describe("Reconciliation", () => {
  it("sets each official tally beside this dataset's count, with why they differ", async () => {
    renderWithData(<Reconciliation />, { dataset });
    const table = await screen.findByRole("table", { name: "Official record and this dataset" });
    const count = within(table).getByRole("row", { name: /^Projects completed/ });
    expect(
      within(count)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      "38Business Recorder, 20 Nov 2024",
      "2Counted from the records, as of 26 Sept 2025",
      "The official tally is as of 20 Nov 2024; this dataset's statuses are as of 26 Sept 2025." +
        "1 of the 2 projects counted here are itemised in this official list with its own figures." +
        "1 project this list counts here has another status in this dataset (see its conflicts)." +
        "This dataset counts its own records: components counted within another record and pre-CPEC works are left out, and a project is completed only when reported in service.",
    ]);
    const value = within(table).getByRole("row", { name: /^Value of completed projects/ });
    expect(within(value).getAllByRole("cell")[1]!.textContent).toBe(
      "US$1.91 billionCounted from the records, as of 26 Sept 2025",
    );
    expect(
      within(value).getByText(/^1 of 2 projects counted here have a reported cost/),
    ).toBeTruthy();
  });
});
