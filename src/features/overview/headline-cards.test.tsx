import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  makeAggregate,
  makeDataset,
  makeDocument,
  makeMeeting,
  makeMetadata,
  makeProject,
  makeSource,
} from "@/data/fixtures";
import { NO_FILTERS } from "@/data/filters";
import { latestOfficial } from "@/data/selectors/aggregates";
import { selectOverview } from "@/data/selectors/overview";
import { renderWithData } from "@/test-utils";
import { HeadlineCards } from "./headline-cards";

const cost = (usdMillions: number) => ({ usdMillions, stage: "estimated" as const, asOf: null });
const dataset = makeDataset({
  metadata: makeMetadata({ dataAsOf: "2025-09-26" }),
  projects: [
    makeProject({ id: "sahiwal", cost: cost(1912.2) }),
    makeProject({ id: "wind", cost: null, capacity: { value: 49.5, unit: "MW" } }),
    makeProject({
      id: "ml1",
      sector: "transport",
      subtype: "rail",
      capacity: null,
      status: "planned",
      cost: cost(6806),
      dates: { start: null, plannedCompletion: null, completion: null },
    }),
    makeProject({ id: "dry-port", countInAggregates: false, cost: cost(100) }),
    makeProject({ id: "gwadar-port", preCpec: true, cost: cost(248) }),
  ],
  meetings: [
    makeMeeting({ id: "jcc-01", session: 1, date: "2013-08" }),
    makeMeeting({ id: "jcc-02", session: 2, date: null, dateNote: "not reported" }),
    makeMeeting({ id: "jcc-03", session: 3, date: "2015-11" }),
  ],
  documents: [makeDocument({ id: "d", count: 3 })],
  aggregates: [
    makeAggregate({
      id: "ndrc",
      value: 25.4,
      asOf: "2021-09-23",
      official: true,
      scope: "CPEC (NDRC Vice Chairman at the 10th JCC)",
      sources: [makeSource({ publisher: "UrduPoint", url: "https://example.org/ndrc" })],
    }),
    makeAggregate({ id: "press", value: 27.4, asOf: "2023-01-04" }),
  ],
});

function renderCards() {
  const data = selectOverview(dataset, NO_FILTERS);
  const official = latestOfficial(dataset.aggregates, "direct-investment-usd-bn");
  return renderWithData(<HeadlineCards data={data} meta={dataset.metadata} official={official} />, {
    dataset,
  });
}

const card = (name: string) => {
  const cards = within(screen.getByRole("list", { name: "Headline figures" })).getAllByRole(
    "listitem",
  );
  const found = cards.find((c) => c.textContent?.startsWith(name));
  if (!found) throw new Error(`no card ${name}`);
  return found;
};

describe("HeadlineCards", () => {
  it("quotes the latest official direct-investment statement with its scope, not a later press figure", () => {
    renderCards();
    const c = card("Direct investment, latest official statement");
    expect(within(c).getByText("US$25.4 billion")).toBeInTheDocument();
    expect(within(c).getByText("CPEC (NDRC Vice Chairman at the 10th JCC)")).toBeInTheDocument();
    expect(within(c).getByText("Does not follow the filters")).toBeInTheDocument();
    expect(within(c).getByRole("link", { name: "UrduPoint, 23 Sept 2021" })).toHaveAttribute(
      "href",
      "https://example.org/ndrc",
    );
  });

  it("splits costs by stage, and writes a stage without any cost as not reported", () => {
    renderCards();
    expect(
      within(card("Estimated cost of completed projects")).getByText("US$1.91 billion"),
    ).toBeInTheDocument();
    expect(
      within(card("Estimated cost of completed projects")).getByText(
        "1 of 2 projects with a reported cost; the others add nothing",
      ),
    ).toBeInTheDocument();
    expect(
      within(card("Estimated cost of projects under way")).getByText("Not reported"),
    ).toBeInTheDocument();
    expect(
      within(card("Estimated cost of planned projects")).getByText("US$6.81 billion"),
    ).toBeInTheDocument();
  });

  it("counts projects once and says what is left out", () => {
    renderCards();
    expect(within(card("Projects operating")).getByText("2")).toBeInTheDocument();
    expect(
      within(card("Projects operating")).getByText(
        "of 3 projects; completed and in service. Each project counted once: components counted within another project (1) and pre-CPEC works (1) are left out.",
      ),
    ).toBeInTheDocument();
  });

  it("counts JCC sessions with those on record, and says meetings follow years only", () => {
    renderCards();
    const c = card("JCC sessions");
    expect(within(c).getByText("3 sessions, 2 with a public record")).toBeInTheDocument();
    expect(within(c).getByText("Follows the year filter only")).toBeInTheDocument();
    expect(
      within(card("Documents signed")).getByText("Follows the year filter only"),
    ).toBeInTheDocument();
  });

  it("links the project cards to the reconciliation table in Sources", async () => {
    const user = userEvent.setup();
    const { updates } = renderCards();
    const link = within(card("Projects operating")).getByRole("link", {
      name: "Compare with the official record",
    });
    expect(link).toHaveAttribute("href", "?view=sources#reconciliation");
    await user.click(link);
    expect(updates.at(-1)?.queryString).toBe("?view=sources");
  });
});
