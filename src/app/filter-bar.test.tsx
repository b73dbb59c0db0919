import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDataset, makeProject } from "@/data/fixtures";
import { renderWithData } from "@/test-utils";
import { FilterBar } from "./filter-bar";

const dataset = makeDataset({
  projects: [
    makeProject({ id: "a", sector: "energy" }),
    makeProject({ id: "b", sector: "transport", subtype: "road", capacity: null }),
    makeProject({ id: "c", sector: "energy", status: "planned" }),
  ],
});

describe("FilterBar", () => {
  it("counts projects by the cards' rule and says how many records it leaves out", async () => {
    const withParts = makeDataset({
      projects: [
        ...dataset.projects,
        makeProject({ id: "dry-port", countInAggregates: false }),
        makeProject({ id: "gwadar-port", preCpec: true }),
      ],
    });
    renderWithData(<FilterBar />, { dataset: withParts });
    expect(await screen.findByText("3 of 3 projects")).toBeInTheDocument();
    expect(
      screen.getByText("(2 more records counted within another project or pre-CPEC)"),
    ).toBeInTheDocument();
  });

  it("filters by sector, shows a chip and the count, and writes the URL", async () => {
    const { updates } = renderWithData(<FilterBar />, { dataset });
    expect(await screen.findByText("3 of 3 projects")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /^Sector/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Energy" }));
    expect(await screen.findByText("2 of 3 projects")).toBeInTheDocument();
    const chips = screen.getByRole("list", { name: "Active filters" });
    expect(
      within(chips).getByRole("button", { name: "Remove filter: Energy" }),
    ).toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("?sector=energy");
  });

  it("removes a filter from its chip and resets all", async () => {
    const { updates } = renderWithData(<FilterBar />, {
      dataset,
      search: "?sector=energy&status=planned",
    });
    expect(await screen.findByText("1 of 3 projects")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove filter: Planned" }));
    expect(await screen.findByText("2 of 3 projects")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(await screen.findByText("3 of 3 projects")).toBeInTheDocument();
    expect(updates.at(-1)?.queryString).toBe("");
  });
});
